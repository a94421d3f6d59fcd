// The gofeed test corpus, read in place from the shared folder. Each feed has the
// output gofeed expects; the fields a reader stores are compared with ours.
#include <gtest/gtest.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include "QtPrinters.h"
#include "TestPaths.h"
#include "parse/FeedParser.h"

using namespace veille;

namespace {

// Failures accepted on purpose, with the reason. Any other failure fails the test.
const QMap<QString, QString> &acceptedFailures()
{
    // RSS 1.0 items carry their URI in rdf:about (the spec says it should equal <link>).
    // Veille keeps it as the item id, and as the link when there is no <link>, so a
    // refresh recognises the item; gofeed leaves both empty.
    static const QString kRdfAbout = QStringLiteral("rdf:about is used as guid and link fallback");
    static const QMap<QString, QString> kAccepted = {
        {QStringLiteral("translator/rss/feed_item_description_-_rdf_item_description.xml"), kRdfAbout},
        {QStringLiteral("translator/rss/feed_item_link_-_rdf_item_link.xml"), kRdfAbout},
        {QStringLiteral("translator/rss/feed_item_title_-_rdf_item_title.xml"), kRdfAbout},
    };
    return kAccepted;
}

QString unescape(QString s)
{
    s.replace(QLatin1StringView("&lt;"), QLatin1StringView("<"));
    s.replace(QLatin1StringView("&gt;"), QLatin1StringView(">"));
    s.replace(QLatin1StringView("&quot;"), QLatin1StringView("\""));
    s.replace(QLatin1StringView("&#39;"), QLatin1StringView("'"));
    s.replace(QLatin1StringView("&amp;"), QLatin1StringView("&"));
    return s;
}

bool sameText(const QString &expected, const QString &actual)
{
    if (expected.simplified() == actual.simplified())
        return true;
    return unescape(expected).simplified() == unescape(actual).simplified();
}

QJsonObject loadJson(const QString &path)
{
    return QJsonDocument::fromJson(test::readAll(path)).object();
}

class Checker {
public:
    void text(const QString &what, const QString &expected, const QString &actual)
    {
        if (!sameText(expected, actual))
            m_problems << QStringLiteral("%1: expected [%2] got [%3]").arg(what, expected.left(200), actual.left(200));
    }
    void date(const QString &what, const QJsonValue &expected, const QDateTime &actual)
    {
        if (!expected.isString())
            return; // gofeed could not read it either; any reading is fine
        const QDateTime want = QDateTime::fromString(expected.toString(), Qt::ISODateWithMs);
        if (!actual.isValid() || actual.toMSecsSinceEpoch() != want.toMSecsSinceEpoch())
            m_problems << QStringLiteral("%1: expected %2 got %3")
                              .arg(what, expected.toString(), actual.toUTC().toString(Qt::ISODateWithMs));
    }
    void fail(const QString &what) { m_problems << what; }
    bool ok() const { return m_problems.isEmpty(); }
    QString report() const { return m_problems.join(QStringLiteral("; ")); }

private:
    QStringList m_problems;
};

void checkUniversal(const QJsonObject &want, const ParsedFeed &feed, Checker &c)
{
    c.text(QStringLiteral("feed title"), want.value("title").toString(), feed.title);
    c.text(QStringLiteral("feed link"), want.value("link").toString(), feed.siteUrl);
    const QJsonArray items = want.value("items").toArray();
    if (items.size() != feed.items.size()) {
        c.fail(QStringLiteral("item count: expected %1 got %2").arg(items.size()).arg(feed.items.size()));
        return;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject w = items[i].toObject();
        const ParsedItem &it = feed.items[i];
        const QString p = QStringLiteral("item %1 ").arg(i);
        c.text(p + "title", w.value("title").toString(), it.title);
        c.text(p + "link", w.value("link").toString(), it.link);
        c.text(p + "guid", w.value("guid").toString(), it.guid);
        c.date(p + "published", w.value("publishedParsed"), it.published);
        c.date(p + "updated", w.value("updatedParsed"), it.updated);
        QString author = w.value("author").toObject().value("name").toString();
        if (author.isEmpty())
            author = w.value("authors").toArray().first().toObject().value("name").toString();
        c.text(p + "author", author, it.authors.isEmpty() ? QString() : it.authors.first().name);
        c.text(p + "content", w.value("content").toString(), it.contentHtml);
        c.text(p + "description", w.value("description").toString(), it.summaryHtml);
        const QJsonArray enc = w.value("enclosures").toArray();
        if (enc.size() != it.enclosures.size()) {
            c.fail(p + QStringLiteral("enclosures: expected %1 got %2").arg(enc.size()).arg(it.enclosures.size()));
            continue;
        }
        for (qsizetype e = 0; e < enc.size(); ++e) {
            const QJsonObject we = enc[e].toObject();
            c.text(p + "enclosure url", we.value("url").toString(), it.enclosures[e].url);
            c.text(p + "enclosure type", we.value("type").toString(), it.enclosures[e].type);
            const qint64 length = we.value("length").toString().toLongLong();
            if (length != it.enclosures[e].length)
                c.fail(p + QStringLiteral("enclosure length: expected %1 got %2").arg(length).arg(it.enclosures[e].length));
        }
    }
}

// The format-specific models: feed title, item count, item titles and links, and Atom
// entries' content and summary.
void checkFormatModel(const QJsonObject &want, const ParsedFeed &feed, Checker &c)
{
    c.text(QStringLiteral("feed title"), want.value("title").toString(), feed.title);
    const bool atom = want.contains("entries") || feed.format == FeedFormat::Atom;
    const QJsonArray items = want.value(atom ? "entries" : "items").toArray();
    if (items.size() != feed.items.size()) {
        c.fail(QStringLiteral("item count: expected %1 got %2").arg(items.size()).arg(feed.items.size()));
        return;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject w = items[i].toObject();
        const ParsedItem &it = feed.items[i];
        const QString p = QStringLiteral("item %1 ").arg(i);
        c.text(p + "title", w.value("title").toString(), it.title);
        if (atom) {
            // The entry's content and summary as gofeed reads them: xml:base applied to
            // the links inside, base64 (Atom 0.3) decoded, each kept apart.
            if (w.contains("content"))
                c.text(p + "content", w.value("content").toObject().value("value").toString(), it.contentHtml);
            if (w.contains("summary"))
                c.text(p + "summary", w.value("summary").toString(), it.summaryHtml);
            for (const QJsonValue &l : w.value("links").toArray()) {
                const QJsonObject lo = l.toObject();
                const QString rel = lo.value("rel").toString();
                if (rel.isEmpty() || rel == u"alternate") {
                    c.text(p + "link", lo.value("href").toString(), it.link);
                    break;
                }
            }
        } else if (w.contains("link")) {
            c.text(p + "link", w.value("link").toString(), it.link);
        }
    }
}

struct Case {
    QString input;
    QString expected;
};

QList<Case> casesIn(const QString &folder)
{
    QList<Case> out;
    const QDir dir(test::sharedPath(QStringLiteral("corpus/gofeed/") + folder));
    const bool json = folder.endsWith(QLatin1StringView("json"));
    const QStringList files = dir.entryList(QStringList() << (json ? "*.json" : "*.xml"), QDir::Files, QDir::Name);
    for (const QString &f : files) {
        if (json && f.endsWith(QLatin1StringView("_expected.json")))
            continue;
        const QString base = f.left(f.lastIndexOf(u'.'));
        const QString expected = json ? base + "_expected.json" : base + ".json";
        if (dir.exists(expected))
            out.append({dir.filePath(f), dir.filePath(expected)});
    }
    return out;
}

void runFolder(const QString &folder, bool universal)
{
    const QList<Case> cases = casesIn(folder);
    ASSERT_FALSE(cases.isEmpty()) << folder.toStdString();
    int passed = 0;
    QStringList unexpected;
    for (const Case &k : cases) {
        const QString name = QFileInfo(k.input).fileName();
        const QString key = folder + "/" + name;
        const auto result = FeedParser::parse(test::readAll(k.input), QUrl());
        Checker c;
        if (!result.ok())
            c.fail(QStringLiteral("parse failed: ") + result.errorMessage());
        else if (universal)
            checkUniversal(loadJson(k.expected), result.value(), c);
        else
            checkFormatModel(loadJson(k.expected), result.value(), c);
        if (c.ok()) {
            ++passed;
            EXPECT_FALSE(acceptedFailures().contains(key)) << key.toStdString() << " passes now: remove it from the accepted list";
        } else if (!acceptedFailures().contains(key)) {
            unexpected << key + ": " + c.report();
        }
    }
    std::printf("gofeed/%s: %d/%lld\n", qPrintable(folder), passed, static_cast<long long>(cases.size()));
    EXPECT_TRUE(unexpected.isEmpty()) << unexpected.join(QStringLiteral("\n")).toStdString();
}

} // namespace

TEST(GofeedCorpus, UniversalRssMatchesWhatGofeedExpects)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    runFolder(QStringLiteral("translator/rss"), true);
}

TEST(GofeedCorpus, UniversalAtomMatchesWhatGofeedExpects)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    runFolder(QStringLiteral("translator/atom"), true);
}

TEST(GofeedCorpus, UniversalJsonFeedMatchesWhatGofeedExpects)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    runFolder(QStringLiteral("translator/json"), true);
}

TEST(GofeedCorpus, RssTitlesAndLinksMatchTheFormatModel)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    runFolder(QStringLiteral("parser/rss"), false);
}

TEST(GofeedCorpus, AtomTitlesAndLinksMatchTheFormatModel)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    runFolder(QStringLiteral("parser/atom"), false);
}

TEST(GofeedCorpus, JsonFeedTitlesAndLinksMatchTheFormatModel)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    runFolder(QStringLiteral("parser/json"), false);
}

TEST(GofeedCorpus, InvalidJsonFeedIsRefused)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const auto result = FeedParser::parse(
        test::readAll(test::sharedPath(QStringLiteral("corpus/gofeed/parser/json/invalid/invalid.json"))), QUrl());
    EXPECT_FALSE(result.ok());
}

TEST(GofeedCorpus, UniversalSniffingMatchesTheExpectedTable)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const QString table = QString::fromUtf8(test::readAll(test::sharedPath(QStringLiteral("corpus/gofeed/EXPECTED-universal.tsv"))));
    int total = 0;
    int passed = 0;
    for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#') || line.startsWith(QLatin1StringView("file\t")))
            continue;
        const QStringList f = line.split(u'\t');
        ASSERT_EQ(f.size(), 5) << line.toStdString();
        ++total;
        const QByteArray bytes = test::readAll(test::sharedPath(QStringLiteral("corpus/gofeed/parser/universal/") + f[0]));
        const auto result = FeedParser::parse(bytes, QUrl());
        const bool wantError = f[4] == u"yes";
        bool ok = result.ok() != wantError;
        if (ok && result.ok()) {
            const QString type = result->format == FeedFormat::Atom ? "atom"
                : result->format == FeedFormat::Rss                 ? "rss"
                                                                     : "json";
            ok = type == f[2] && result->title == f[3];
        }
        const bool sniffed = FeedParser::looksLikeFeed(bytes);
        const bool wantSniffed = f[1] == u"atom" || f[1] == u"rss" || f[1] == u"json";
        ok = ok && sniffed == wantSniffed;
        EXPECT_TRUE(ok) << f[0].toStdString() << " " << result.errorMessage().toStdString();
        passed += ok ? 1 : 0;
    }
    std::printf("gofeed/parser/universal: %d/%d\n", passed, total);
}
