// Hostile and broken input through the whole import path (veille-cli), each case with
// what the user must see: a clear message or a clean import, never a crash, never a
// damaged or changed library, never a script in what is shown.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <sys/stat.h>

#include "CliRun.h"
#include "FeedWriter.h"
#include "TestPaths.h"
#include "storage/Database.h"

using namespace veille::test;

namespace {

QString hostile(const QString &name)
{
    return dataPath(QStringLiteral("hostile/") + name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray fileBytes(const QString &path)
{
    return readAll(path);
}

// The error contract: exit 1 and one line on stderr that says what went wrong.
void expectClearError(const CliResult &r, const QString &mustMention = {})
{
    EXPECT_FALSE(r.crashed);
    EXPECT_EQ(r.exitCode, 1) << r.err.constData();
    const QString err = QString::fromUtf8(r.err).trimmed();
    EXPECT_FALSE(err.isEmpty());
    EXPECT_FALSE(err.contains(QLatin1Char('\n'))) << qPrintable(err);
    if (!mustMention.isEmpty())
        EXPECT_TRUE(err.contains(mustMention, Qt::CaseInsensitive)) << qPrintable(err);
}

QJsonObject showJson(const QString &db, const QString &id)
{
    const CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("show"), id, QStringLiteral("--json")});
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << "show --json is not JSON: " << r.out.left(200).constData();
    return doc.object();
}

class HostileInput : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
    }
    CliResult import(const QString &path, int timeoutMs = 120000)
    {
        return runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), path}, timeoutMs);
    }
    QString count() { return sqliteScalar(m_db, "SELECT count(*) FROM articles"); }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(HostileInput, BillionLaughsIsNotExpanded)
{
    const CliResult r = import(hostile(QStringLiteral("billion-laughs.rss")), 60000);
    ASSERT_FALSE(r.crashed);
    ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 1) << r.err.constData();
    if (r.exitCode == 1)
        expectClearError(r);
    EXPECT_LT(sqliteScalar(m_db, "SELECT COALESCE(max(length(text) + length(title)), 0) FROM articles").toLongLong(), 100000);
    if (!kSanitized)
        EXPECT_LT(peakChildRssKb(), 300 * 1024);
}

TEST_F(HostileInput, ExternalEntitiesAreNeverResolved)
{
    const CliResult r = import(hostile(QStringLiteral("external-entity-file-passwd.rss")), 60000);
    ASSERT_FALSE(r.crashed);
    ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 1) << r.err.constData();
    EXPECT_EQ(sqliteScalar(m_db, "SELECT count(*) FROM articles WHERE title || text || html LIKE '%root:%' "
                                 "OR title || text || html LIKE '%/bin/%'"),
              r.exitCode == 0 ? QStringLiteral("0") : QString());
}

TEST_F(HostileInput, AHundredMegabyteFeedIsImportedInBoundedMemory)
{
    // 2,000 items whose bulk is an element no reader knows: the parser must read past it
    // without keeping it. Smaller under sanitizers, which are several times slower.
    const int items = kSanitized ? 400 : 2000;
    const QString path = m_dir.filePath(QStringLiteral("huge.rss"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Huge</title>"
                "<link>https://huge.example/</link>\n");
        const QByteArray junk(50 * 1000, 'x');
        for (int i = 0; i < items; ++i) {
            f.write("<item><title>Item " + QByteArray::number(i) + "</title><guid>huge-" + QByteArray::number(i)
                    + "</guid><description>Renault investit 5 millions d'euros à Lyon.</description><x-junk>" + junk
                    + "</x-junk></item>\n");
        }
        f.write("</channel></rss>\n");
    }
    ASSERT_GE(QFileInfo(path).size(), qint64(items) * 50000);
    const CliResult r = import(path, 300000);
    ASSERT_FALSE(r.crashed) << r.err.constData();
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(count(), QString::number(items));
    // What the import holds is a small multiple of the file (bytes, decoded text, parsed
    // items); docs/performance.md has the figures. The ceiling catches a regression.
    if (!kSanitized)
        EXPECT_LT(peakChildRssKb(), 1200 * 1024);
}

TEST_F(HostileInput, ATenMegabyteFieldIsImportedInBoundedMemory)
{
    const int megabytes = kSanitized ? 2 : 10;
    QByteArray body;
    body.reserve(megabytes * 1024 * 1024 + 200);
    const QByteArray sentence = "Le groupe Renault a investi 12 milliards d'euros en France, selon Luca de Meo. ";
    while (body.size() < megabytes * 1024 * 1024)
        body += sentence;
    const QString path = m_dir.filePath(QStringLiteral("field.rss"));
    ASSERT_TRUE(writeFile(path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Field</title>"
                                "<link>https://field.example/</link><item><title>One huge field</title><guid>field-1</guid>"
                                "<description>" + body + "</description></item></channel></rss>\n"));
    const CliResult r = import(path, 300000);
    ASSERT_FALSE(r.crashed) << r.err.constData();
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(count(), QStringLiteral("1"));
    if (!kSanitized)
        EXPECT_LT(peakChildRssKb(), 1200 * 1024);
}

TEST_F(HostileInput, InvalidUtf8IsReadAsReplacementCharacters)
{
    const QByteArray bad = QByteArray("\xff\xfe ") + "\xc0\xaf " + "\xed\xa0\x80 " + "\xe2\x82 " + "\xf8\x88\x80\x80\x80 ";
    const QString feed = m_dir.filePath(QStringLiteral("bad-utf8.rss"));
    ASSERT_TRUE(writeFile(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Bad "
                                + bad + "</title><link>https://bad.example/</link><item><title>Titre " + bad
                                + "Renault</title><guid>bad-1</guid><description>Texte " + bad
                                + "de Renault à Lyon.</description></item></channel></rss>\n"));
    const QString text = m_dir.filePath(QStringLiteral("bad-utf8.txt"));
    ASSERT_TRUE(writeFile(text, "Un titre " + bad + "\n\nRenault investit " + bad + " 5 millions d'euros.\n"));
    for (const QString &path : {feed, text}) {
        const CliResult r = import(path);
        ASSERT_FALSE(r.crashed);
        if (r.exitCode != 0) {
            expectClearError(r);
            continue;
        }
        const QString id = QString::fromUtf8(r.out).section(QLatin1Char('\t'), 0, 0);
        const QJsonObject shown = showJson(m_db, id);
        EXPECT_FALSE(shown.value(QStringLiteral("title")).toString().isEmpty());
    }
}

TEST_F(HostileInput, DeeplyNestedHtmlDoesNotExhaustTheStack)
{
    const int depth = kSanitized ? 20000 : 100000;
    QByteArray page = "<!DOCTYPE html><html><head><title>Nested</title></head><body>";
    page += QByteArray("<div>").repeated(depth) + "Renault investit à Lyon." + QByteArray("</div>").repeated(depth);
    page += QByteArray("<b><i><span>").repeated(depth / 3) + "</body></html>";
    const QString html = m_dir.filePath(QStringLiteral("nested.html"));
    ASSERT_TRUE(writeFile(html, page));
    QByteArray escaped = page;
    escaped.replace("&", "&amp;").replace("<", "&lt;");
    const QString feed = m_dir.filePath(QStringLiteral("nested.rss"));
    ASSERT_TRUE(writeFile(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Nested</title>"
                                "<link>https://nested.example/</link><item><title>Nested</title><guid>nested-1</guid>"
                                "<description>" + escaped + "</description></item></channel></rss>\n"));
    for (const QString &path : {html, feed}) {
        const CliResult r = import(path);
        ASSERT_FALSE(r.crashed) << qPrintable(path) << r.err.constData();
        EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 1) << r.err.constData();
    }
    // And the nesting of XML elements themselves, in a feed.
    const QString xml = m_dir.filePath(QStringLiteral("nested-xml.rss"));
    ASSERT_TRUE(writeFile(xml, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>X</title><item><title>Deep</title>"
                               "<guid>deep-1</guid><description>ok</description>" + QByteArray("<x>").repeated(depth)
                               + QByteArray("</x>").repeated(depth) + "</item></channel></rss>\n"));
    const CliResult r = import(xml);
    ASSERT_FALSE(r.crashed) << r.err.constData();
}

TEST_F(HostileInput, ScriptsFramesObjectsAndDangerousUrlsNeverSurviveSanitizing)
{
    const CliResult r = import(hostile(QStringLiteral("sanitizer-tricks.rss")));
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QString id = QString::fromUtf8(r.out).section(QLatin1Char('\t'), 0, 0);
    const QJsonObject shown = showJson(m_db, id);
    const QString html = shown.value(QStringLiteral("html")).toString();
    EXPECT_TRUE(html.contains(QStringLiteral("Renault investit"))) << qPrintable(html);
    EXPECT_TRUE(html.contains(QStringLiteral("Fin de l"))) << qPrintable(html);
    EXPECT_TRUE(html.contains(QStringLiteral("https://ok.example/"))) << qPrintable(html);

    // Every tag left must be harmless: no forbidden element, no event handler, no
    // script or data URL, no style that can load or run anything.
    static const QRegularExpression tagRe(QStringLiteral("<[^>]*>"));
    static const QStringList forbiddenTags = {
        QStringLiteral("script"), QStringLiteral("iframe"), QStringLiteral("object"), QStringLiteral("embed"),
        QStringLiteral("svg"), QStringLiteral("math"), QStringLiteral("style"), QStringLiteral("link"),
        QStringLiteral("meta"), QStringLiteral("base"), QStringLiteral("form"), QStringLiteral("input"),
        QStringLiteral("frame"), QStringLiteral("frameset"), QStringLiteral("applet"), QStringLiteral("param"),
        QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("noscript"), QStringLiteral("body")};
    static const QRegularExpression handlerRe(QStringLiteral("\\son[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption);
    for (auto it = tagRe.globalMatch(html); it.hasNext();) {
        const QString tag = it.next().captured(0).toLower();
        const QString name = tag.mid(1).section(QRegularExpression(QStringLiteral("[\\s/>]")), 0, 0).remove(QLatin1Char('/'));
        EXPECT_FALSE(forbiddenTags.contains(name)) << qPrintable(tag);
        EXPECT_FALSE(handlerRe.match(tag).hasMatch()) << qPrintable(tag);
        for (const char *bad : {"javascript:", "vbscript:", "data:", "expression(", "url(", "-moz-binding", "behavior:", "srcdoc"})
            EXPECT_FALSE(tag.contains(QLatin1String(bad))) << qPrintable(tag);
    }
    // Text is escaped, so a raw "<script" can only be markup.
    EXPECT_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
}

TEST_F(HostileInput, SearchStringsOfEveryFts5OperatorAndQuoteAreAnsweredNotRefused)
{
    QString feed = m_dir.filePath(QStringLiteral("some.rss"));
    ASSERT_TRUE(FeedWriter::write(feed, QStringLiteral("some"), 20));
    ASSERT_EQ(import(feed).exitCode, 0);
    QStringList queries = {
        QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("\"renault"), QStringLiteral("renault\""),
        QStringLiteral("a\"b\"c\""), QStringLiteral("'"), QStringLiteral("''"), QStringLiteral("*"), QStringLiteral("**"),
        QStringLiteral("re*nault"), QStringLiteral("*renault"), QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"),
        QStringLiteral("renault AND"), QStringLiteral("OR renault"), QStringLiteral("NOT renault"), QStringLiteral("renault NOT"),
        QStringLiteral("AND OR NOT"), QStringLiteral("NEAR"), QStringLiteral("NEAR("), QStringLiteral("NEAR(renault lyon"),
        QStringLiteral("NEAR(renault lyon, 2)"), QStringLiteral("renault NEAR/2 lyon"), QStringLiteral("("), QStringLiteral(")"),
        QStringLiteral("(renault"), QStringLiteral("renault)"), QStringLiteral("((()))"), QStringLiteral("^"), QStringLiteral("^renault"),
        QStringLiteral("title:renault"), QStringLiteral("text:"), QStringLiteral(":"), QStringLiteral("::"),
        QStringLiteral("{title text}: renault"), QStringLiteral("{"), QStringLiteral("}"), QStringLiteral("-"), QStringLiteral("--"),
        QStringLiteral("-renault"), QStringLiteral("- -"), QStringLiteral("+"), QStringLiteral("+renault"), QStringLiteral("\\"),
        QStringLiteral("\\\""), QStringLiteral(","), QStringLiteral(";"), QStringLiteral("%"), QStringLiteral("_"),
        QStringLiteral("company:"), QStringLiteral("company:\""), QStringLiteral("company:\"\""), QStringLiteral("company:*"),
        QStringLiteral("company:renault OR"), QStringLiteral("lang:"), QStringLiteral("lang:xx"), QStringLiteral("fav:maybe"),
        QStringLiteral("read:"), QStringLiteral("«renault»"), QStringLiteral("“renault”"), QStringLiteral("‘"), QStringLiteral("renault'); DROP TABLE articles; --"),
        QStringLiteral("rowid:1"), QStringLiteral("articles_fts:renault"), QStringLiteral("\t\n"), QStringLiteral("   ")};
    queries << queries.join(QLatin1Char(' ')) << queries.join(QString());
    for (const QString &q : std::as_const(queries)) {
        const CliResult r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("search"), q, QStringLiteral("--json")});
        ASSERT_FALSE(r.crashed) << qPrintable(q);
        if (q.trimmed().isEmpty()) {
            EXPECT_EQ(r.exitCode, 2) << "a blank query is a usage error";
            continue;
        }
        EXPECT_EQ(r.exitCode, 0) << qPrintable(q) << ": " << r.err.constData();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        EXPECT_TRUE(error.error == QJsonParseError::NoError && doc.isArray()) << qPrintable(q) << ": " << r.out.left(200).constData();
    }
    EXPECT_EQ(count(), QStringLiteral("20"));
}

TEST_F(HostileInput, ACorruptLibraryGetsAClearMessageAndIsLeftUntouched)
{
    QString feed = m_dir.filePath(QStringLiteral("some.rss"));
    ASSERT_TRUE(FeedWriter::write(feed, QStringLiteral("some"), 200));
    ASSERT_EQ(import(feed).exitCode, 0);
    ASSERT_TRUE(sqliteExec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray good = fileBytes(m_db);
    ASSERT_GT(good.size(), 8192);

    struct Case {
        const char *name;
        QByteArray bytes;
    };
    QByteArray scrambled = good;
    for (qsizetype i = 4096; i < scrambled.size(); i += 7)
        scrambled[i] = char(scrambled[i] ^ 0x5a);
    QByteArray badHeader = good;
    badHeader.replace(16, 8, QByteArray(8, '\xff'));
    const Case cases[] = {{"truncated", good.left(good.size() / 2)},
                          {"scrambled pages", scrambled},
                          {"broken header", badHeader},
                          {"not a database", QByteArray("<html><body>Not Found</body></html>\n")},
                          {"zeros", QByteArray(65536, '\0')}};
    for (const Case &c : cases) {
        const QString path = m_dir.filePath(QStringLiteral("corrupt-%1.sqlite").arg(QString::fromLatin1(c.name).replace(QLatin1Char(' '), QLatin1Char('-'))));
        ASSERT_TRUE(writeFile(path, c.bytes));
        for (const QStringList &command : {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("import"), feed},
                                           QStringList{QStringLiteral("search"), QStringLiteral("renault")}}) {
            const CliResult r = runCli(QStringList{QStringLiteral("--db"), path} + command);
            SCOPED_TRACE(std::string(c.name) + " / " + command.first().toStdString());
            ASSERT_FALSE(r.crashed);
            // A file cut or scrambled beyond the pages a command reads can still answer
            // it; what must never happen is a write or a crash.
            if (r.exitCode != 0)
                expectClearError(r);
            EXPECT_EQ(fileBytes(path), c.bytes) << "the damaged file was changed";
        }
    }
}

TEST_F(HostileInput, ALibraryFromANewerVersionIsRefusedAndLeftUntouched)
{
    QString feed = m_dir.filePath(QStringLiteral("some.rss"));
    ASSERT_TRUE(FeedWriter::write(feed, QStringLiteral("some"), 5));
    ASSERT_EQ(import(feed).exitCode, 0);
    ASSERT_TRUE(sqliteExec(m_db, "PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);"));
    const QByteArray before = fileBytes(m_db);
    for (const QStringList &command : {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("import"), feed}}) {
        const CliResult r = runCli(QStringList{QStringLiteral("--db"), m_db} + command);
        expectClearError(r, QStringLiteral("newer version"));
        EXPECT_EQ(fileBytes(m_db), before);
    }
}

TEST_F(HostileInput, AReadOnlyLibraryOrFolderGivesAClearErrorAndLosesNothing)
{
    // Root ignores permission bits: as root, veille-cli runs as "nobody" for this test.
    const uid_t user = geteuid() == 0 ? 65534 : 0;
    QString feed = m_dir.filePath(QStringLiteral("some.rss"));
    ASSERT_TRUE(FeedWriter::write(feed, QStringLiteral("some"), 10));
    QString more = m_dir.filePath(QStringLiteral("more.rss"));
    ASSERT_TRUE(FeedWriter::write(more, QStringLiteral("more"), 10));
    const QString folder = m_dir.filePath(QStringLiteral("ro"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/library.sqlite");
    ASSERT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), feed}).exitCode, 0);
    ASSERT_TRUE(sqliteExec(db, "PRAGMA wal_checkpoint(TRUNCATE)"));
    ::chmod(m_dir.path().toUtf8().constData(), 0755);
    ::chmod(feed.toUtf8().constData(), 0644);
    ::chmod(more.toUtf8().constData(), 0644);

    // A read-only file in a writable folder, then a writable file in a read-only folder.
    for (int variant = 0; variant < 2; ++variant) {
        SCOPED_TRACE(variant == 0 ? "read-only file" : "read-only folder");
        ::chmod(folder.toUtf8().constData(), variant == 0 ? 0777 : 0555);
        ::chmod(db.toUtf8().constData(), variant == 0 ? 0444 : 0666);
        const QByteArray before = fileBytes(db);
        const CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), more}, 60000, user);
        ASSERT_FALSE(r.crashed);
        EXPECT_NE(r.exitCode, 99) << "could not run as another user";
        expectClearError(r);
        EXPECT_TRUE(QString::fromUtf8(r.err).contains(QStringLiteral("read-only"), Qt::CaseInsensitive)
                    || QString::fromUtf8(r.err).contains(QStringLiteral("cannot"), Qt::CaseInsensitive))
            << r.err.constData();
        EXPECT_EQ(fileBytes(db), before);
    }
    ::chmod(folder.toUtf8().constData(), 0755);
    ::chmod(db.toUtf8().constData(), 0644);
    EXPECT_EQ(sqliteScalar(db, "SELECT count(*) FROM articles"), QStringLiteral("10"));
    EXPECT_EQ(sqliteScalar(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
}

TEST_F(HostileInput, AFullDiskDuringImportGivesAClearErrorAndLosesNothing)
{
    // An 8 MB tmpfs (a new library of 16 KiB pages takes 640 KB empty, its log more), which
    // needs root; elsewhere the test says why it did not run.
    const QString small = m_dir.filePath(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkpath(small));
    if (geteuid() != 0 || ::mount("tmpfs", small.toUtf8().constData(), "tmpfs", 0, "size=8m") != 0)
        GTEST_SKIP() << "mounting a small tmpfs needs root (and a system that allows it)";
    struct Unmount {
        QString path;
        ~Unmount() { ::umount2(path.toUtf8().constData(), MNT_DETACH); }
    } unmount{small};

    const QString db = small + QStringLiteral("/library.sqlite");
    QString seed = m_dir.filePath(QStringLiteral("seed.rss"));
    ASSERT_TRUE(FeedWriter::write(seed, QStringLiteral("seed"), 20));
    ASSERT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), seed}).exitCode, 0);
    ASSERT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("fav"), QStringLiteral("4")}).exitCode, 0);

    QString big = m_dir.filePath(QStringLiteral("big.rss"));
    ASSERT_TRUE(FeedWriter::write(big, QStringLiteral("big"), 3000, 4));
    const CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), big});
    expectClearError(r, QStringLiteral("full"));

    EXPECT_EQ(sqliteScalar(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
    EXPECT_EQ(sqliteScalar(db, "SELECT count(*) FROM articles WHERE identity LIKE 'guid:seed-%'"), QStringLiteral("20"));
    // The import commits in batches: those written before the disk filled stay, whole.
    const int stored = sqliteScalar(db, "SELECT count(*) FROM articles WHERE identity LIKE 'guid:big-%'").toInt();
    EXPECT_LT(stored, 3000);
    EXPECT_EQ(stored % veille::Database::kBatchSize, 0) << stored;
    EXPECT_EQ(sqliteScalar(db, "SELECT group_concat(article_id) FROM article_states WHERE favourite = 1"), QStringLiteral("4"));
    const CliResult list = runCli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(list.exitCode, 0) << list.err.constData();
}
