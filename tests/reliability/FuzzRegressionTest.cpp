// Inputs that fuzzing (tools/fuzz-smoke.sh) found to break a promise, kept as tests.
#include <gtest/gtest.h>

#include <QString>

#include <sqlite3.h>

#include "parse/FeedParser.h"
#include "search/QueryParser.h"
#include "text/HtmlSanitizer.h"

namespace {

veille::Result<veille::ParsedFeed> parseFeed(const char *json)
{
    return veille::FeedParser::parse(QByteArray(json), QUrl(QStringLiteral("https://example.com/feed.json")));
}

// The FTS5 error for this expression, or an empty string when FTS5 accepts it.
std::string fts5Error(const QString &expression)
{
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(title, text)", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    std::string error;
    sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?", -1, &st, nullptr);
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(st, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_DONE)
        error = sqlite3_errmsg(db);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return error;
}

} // namespace

// fuzz_query: a phrase followed by an OR group gave "a (b OR c)", which FTS5 refuses.
TEST(FuzzRegression, AnOrGroupAfterAWordIsAValidFts5Expression)
{
    for (const char *input : {"\"unclosed AND OR NOT ( ) * : ^ + - 'single'", "nvidia puce OR semicond*",
                              "\"centres de données\" a OR b c OR d -e"}) {
        const veille::SearchQuery q = veille::QueryParser::parse(QString::fromUtf8(input));
        EXPECT_EQ(fts5Error(q.ftsInclude), "") << input << " -> " << q.ftsInclude.toStdString();
        EXPECT_EQ(fts5Error(q.ftsExclude.isEmpty() ? QStringLiteral("x") : q.ftsExclude), "") << input;
    }
}

// fuzz_jsonfeed: a JSON Feed attachment's "size_in_bytes" of 2.04844e+105 was cast to
// qint64, which is undefined for a double out of its range.
TEST(FuzzRegression, AnEnclosureSizeThatIsNotAWholeNumberOfBytesIsUnknown)
{
    const auto feed = parseFeed(R"({"version": "https://jsonfeed.org/version/1.1", "title": "Sizes", "items": [
        {"id": "1", "content_text": "a", "attachments": [
            {"url": "https://example.com/huge.mp3", "size_in_bytes": 2.04844e+105},
            {"url": "https://example.com/negative.mp3", "size_in_bytes": -9.3e18},
            {"url": "https://example.com/below.mp3", "size_in_bytes": -5},
            {"url": "https://example.com/fraction.mp3", "size_in_bytes": 12.5},
            {"url": "https://example.com/text.mp3", "size_in_bytes": "4096"},
            {"url": "https://example.com/words.mp3", "size_in_bytes": "about 4 MB"},
            {"url": "https://example.com/large.mp3", "size_in_bytes": 9007199254740992}]}]})");
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    QList<qint64> sizes;
    for (const veille::ParsedEnclosure &e : feed->items[0].enclosures)
        sizes.append(e.length);
    EXPECT_EQ(sizes, (QList<qint64>{0, 0, 0, 0, 4096, 0, 9007199254740992}));

    const auto rssInJson = parseFeed(R"({"rss": {"version": "2.0", "channel": {"title": "S", "item": [{"title": "One",
        "link": "http://example.com/1", "guid": {"#value": 1e300},
        "enclosure": {"url": "http://example.com/a.mp3", "length": 1e300}}]}}})");
    ASSERT_TRUE(rssInJson.ok()) << rssInJson.errorMessage().toStdString();
    EXPECT_EQ(rssInJson->items[0].enclosures[0].length, 0);
    EXPECT_EQ(rssInJson->items[0].guid, "1e+300");
}

// fuzz_html: an article whose words read `="javascript:` tripped the target's check, which
// looked for that string anywhere in the clean HTML. It is text there, harmless and kept as
// the article wrote it; the check now looks inside tags, where a link would be.
TEST(FuzzRegression, WordsThatReadLikeAScriptLinkStayWords)
{
    const QUrl base(QStringLiteral("https://example.com/a/b.html"));
    const QString html = QStringLiteral(R"html(<p>Le champ ="javascript:alert(1)" et <b>="data:x"</b></p>)html");
    const veille::CleanHtml clean = veille::HtmlSanitizer::clean(html, base);
    EXPECT_EQ(clean.html, html);
    EXPECT_EQ(clean.text, QStringLiteral(R"html(Le champ ="javascript:alert(1)" et ="data:x")html"));
    EXPECT_EQ(veille::HtmlSanitizer::clean(clean.html, base).html, html);
    // The same words as an attribute are a link, and the sanitizer drops it.
    const veille::CleanHtml link = veille::HtmlSanitizer::clean(
        QStringLiteral(R"html(<p><a href="javascript:alert(1)">Le champ</a></p>)html"), base);
    EXPECT_FALSE(link.html.contains(QLatin1StringView("javascript"))) << link.html.toStdString();
}
