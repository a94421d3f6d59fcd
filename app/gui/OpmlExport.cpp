#include "gui/OpmlExport.h"

#include <QSaveFile>

#include "parse/OpmlParser.h"
#include "update/Library.h"

namespace veille::app {

namespace {

// The outline list of a folder path ("A/B"), created on the way down.
QList<OpmlOutline> *folderOutlines(QList<OpmlOutline> *top, const QString &folder)
{
    QList<OpmlOutline> *level = top;
    for (const QString &part : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        auto it = std::find_if(level->begin(), level->end(),
                               [&](const OpmlOutline &o) { return o.xmlUrl.isEmpty() && o.title == part; });
        if (it == level->end()) {
            OpmlOutline o;
            o.title = part;
            level->append(o);
            it = level->end() - 1;
        }
        level = &it->children;
    }
    return level;
}

} // namespace

Result<void> OpmlExport::save(Library &library, const QString &path, const QString &title)
{
    auto feeds = library.feeds().feeds();
    if (!feeds)
        return feeds.error();
    QList<OpmlOutline> top;
    for (const Feed &f : *feeds) {
        // Articles imported from files hang on a feed whose address is a local path: not a subscription.
        if (!f.url.startsWith(QLatin1String("http://")) && !f.url.startsWith(QLatin1String("https://")))
            continue;
        OpmlOutline o;
        o.title = f.title;
        o.xmlUrl = f.url;
        o.htmlUrl = f.siteUrl;
        folderOutlines(&top, f.folder)->append(o);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(file.errorString());
    file.write(OpmlParser::write(top, title));
    if (!file.commit())
        return makeError(file.errorString());
    return {};
}

} // namespace veille::app
