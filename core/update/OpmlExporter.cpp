#include "update/OpmlExporter.h"

#include <QMap>
#include <QSaveFile>
#include <QUrl>

#include "text/AddressPolicy.h"

namespace veille {

namespace {

struct Folder {
    QString title;
    QMap<QString, Folder> folders; // by folded title, so the order ignores case
    QList<OpmlOutline> feeds;
};

bool isWebFeed(const Feed &feed)
{
    return AddressPolicy::isWeb(QUrl(feed.address()));
}

QList<OpmlOutline> toOutlines(const Folder &folder)
{
    QList<OpmlOutline> out;
    for (const Folder &sub : folder.folders) {
        OpmlOutline o;
        o.title = sub.title;
        o.children = toOutlines(sub);
        out << o;
    }
    QList<OpmlOutline> feeds = folder.feeds;
    std::stable_sort(feeds.begin(), feeds.end(), [](const OpmlOutline &a, const OpmlOutline &b) {
        return a.title.compare(b.title, Qt::CaseInsensitive) < 0;
    });
    return out + feeds;
}

} // namespace

QList<OpmlOutline> OpmlExporter::outlines(const QList<Feed> &feeds)
{
    Folder root;
    for (const Feed &feed : feeds) {
        if (!isWebFeed(feed))
            continue;
        Folder *folder = &root;
        for (const QString &part : feed.folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            if (name.isEmpty())
                continue;
            Folder &sub = folder->folders[name.toCaseFolded() + QLatin1Char('\x1f') + name];
            sub.title = name;
            folder = &sub;
        }
        OpmlOutline o;
        // An account's feed goes out under the server's address of it: subscribing to
        // the export elsewhere subscribes to the feed itself.
        o.title = feed.title.isEmpty() ? feed.address() : feed.title;
        o.xmlUrl = feed.address();
        // A library written before sites were checked may hold any scheme: not exported.
        o.htmlUrl = AddressPolicy::storable(feed.siteUrl);
        folder->feeds << o;
    }
    return toOutlines(root);
}

Result<int> OpmlExporter::writeFile(const QList<Feed> &feeds, const QString &path)
{
    int count = 0;
    for (const Feed &feed : feeds)
        count += isWebFeed(feed) ? 1 : 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::FileNotWritable, file.errorString()).about(path);
    file.write(OpmlParser::write(outlines(feeds), QStringLiteral("Veille subscriptions")));
    if (!file.commit())
        return makeError(ErrorCode::FileNotWritable, file.errorString()).about(path);
    return count;
}

} // namespace veille
