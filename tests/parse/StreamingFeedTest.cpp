#include <gtest/gtest.h>

#include <QBuffer>
#include <QStringEncoder>

#include "QtPrinters.h"
#include "TestPaths.h"
#include "text/ChunkDecoder.h"
#include "parse/FeedParser.h"
#include "parse/FeedTextSource.h"
#include "parse/TextDecoder.h"
#include "parse/XmlCleaner.h"

using namespace veille;

namespace {

// Everything that could come apart at a piece boundary: the declaration, a DOCTYPE with
// an entity, comments, CDATA, HTML and numeric entities, a stray ampersand, a character
// XML forbids, accents and a character outside the BMP.
QString trickyFeed(bool withEmoji)
{
    QString items;
    for (int i = 0; i < 6; ++i) {
        items += QStringLiteral(
                     "<item><title>Caf&eacute; n&#176;%1 &amp; cr&egrave;me &#x2019;s &#150; AT&T</title>"
                     "<link>https://example.com/a/%1</link><guid isPermaLink=\"false\">id-%1</guid>"
                     "<!-- a comment with <tags> & ampersands -->"
                     "<description><![CDATA[<p>Déjà vu: 1 000 € for ÉDF &nbsp; ]] ]]></description>"
                     "<content:encoded>&lt;p&gt;Second&#160;part %2 \x01 end&lt;/p&gt;</content:encoded>"
                     "<pubDate>Mon, 0%3 Jun 2025 10:00:00 +0200</pubDate><author>jo@example.com (Jo Ñandú)</author>"
                     "<category>Économie</category></item>\n")
                     .arg(i)
                     .arg(withEmoji ? QStringLiteral("\U0001F680 launch") : QStringLiteral("launch"))
                     .arg(i + 1);
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"%1\"?>\n"
                          "<!DOCTYPE rss [ <!ENTITY wow \"such\"> ]>\n"
                          "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                          "<channel><title>Le fil &laquo; test &raquo;</title><link>https://example.com/</link>"
                          "<language>fr</language><description>Tout &hellip;</description>\n")
        + items + QStringLiteral("</channel></rss>\n");
}

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QByteArray windows1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        char byte = '?';
        if (c.unicode() < 0x80 || (c.unicode() >= 0xA0 && c.unicode() < 0x100)) {
            byte = static_cast<char>(c.unicode());
        } else {
            for (int b = 0x80; b < 0xA0; ++b) {
                if (ChunkDecoder::windows1252(static_cast<unsigned char>(b)) == c.unicode())
                    byte = static_cast<char>(b);
            }
        }
        out.append(byte);
    }
    return out;
}

struct Streamed {
    Result<ParsedFeed> feed = ParsedFeed();
    QList<ParsedItem> items;
};

Streamed readInPieces(const QByteArray &bytes, qsizetype piece)
{
    Streamed out;
    FeedTextSource source(bytes, QString(), piece);
    out.feed = FeedParser::read(source, QUrl(QStringLiteral("https://example.com/feed")),
                                [&out](ParsedItem &&item, const ParsedFeed &) {
                                    out.items.append(std::move(item));
                                    return true;
                                });
    return out;
}

void expectSameItem(const ParsedItem &a, const ParsedItem &b)
{
    EXPECT_EQ(a.guid, b.guid);
    EXPECT_EQ(a.link, b.link);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.summaryHtml, b.summaryHtml);
    EXPECT_EQ(a.contentHtml, b.contentHtml);
    EXPECT_EQ(a.published, b.published);
    EXPECT_EQ(a.categories, b.categories);
    ASSERT_EQ(a.authors.size(), b.authors.size());
    for (qsizetype i = 0; i < a.authors.size(); ++i) {
        EXPECT_EQ(a.authors[i].name, b.authors[i].name);
        EXPECT_EQ(a.authors[i].email, b.authors[i].email);
    }
}

// Reading in pieces of every size gives what reading the bytes whole gives.
void expectSameInEveryPieceSize(const QByteArray &bytes)
{
    const auto whole = FeedParser::parse(bytes, QUrl(QStringLiteral("https://example.com/feed")));
    ASSERT_TRUE(whole.ok()) << whole.errorMessage().toStdString();
    ASSERT_FALSE(whole->items.isEmpty());
    for (const qsizetype piece : {1, 2, 3, 7, 64, 4096}) {
        SCOPED_TRACE(piece);
        const Streamed streamed = readInPieces(bytes, piece);
        ASSERT_TRUE(streamed.feed.ok()) << streamed.feed.errorMessage().toStdString();
        EXPECT_EQ(streamed.feed->title, whole->title);
        EXPECT_EQ(streamed.feed->siteUrl, whole->siteUrl);
        EXPECT_EQ(streamed.feed->language, whole->language);
        EXPECT_EQ(streamed.feed->description, whole->description);
        EXPECT_EQ(streamed.feed->warnings, whole->warnings);
        ASSERT_EQ(streamed.items.size(), whole->items.size());
        for (qsizetype i = 0; i < streamed.items.size(); ++i) {
            // Streamed Atom entries without an author leave the feed's to their consumer.
            ParsedItem item = streamed.items[i];
            if (item.authors.isEmpty())
                item.authors = streamed.feed->authors;
            expectSameItem(item, whole->items[i]);
        }
    }
}

} // namespace

TEST(StreamingFeed, HandsEachItemOverBeforeTheRestOfTheFileIsRead)
{
    QString many = trickyFeed(true).arg(QStringLiteral("utf-8"));
    // Make the file large next to the pieces: many items after the first.
    const qsizetype firstItem = many.indexOf(QStringLiteral("<item>"));
    const QString item = many.mid(firstItem, many.indexOf(QStringLiteral("</item>")) + 7 - firstItem);
    for (int i = 0; i < 2000; ++i)
        many.insert(many.lastIndexOf(QStringLiteral("</channel>")), item);
    QByteArray bytes = encoded(many, QStringConverter::Utf8, false);
    QBuffer device(&bytes);
    ASSERT_TRUE(device.open(QIODevice::ReadOnly));

    int delivered = 0;
    qint64 readWhenFirst = -1;
    const auto feed = FeedParser::read(device, QUrl(QStringLiteral("https://example.com/feed")), QString(),
                                       [&](ParsedItem &&item, const ParsedFeed &soFar) {
                                           if (delivered++ == 0) {
                                               readWhenFirst = device.pos();
                                               // The channel's fields before the items are known.
                                               EXPECT_EQ(soFar.title, QStringLiteral("Le fil « test »"));
                                               EXPECT_EQ(soFar.language, QStringLiteral("fr"));
                                               EXPECT_EQ(item.link, QStringLiteral("https://example.com/a/0"));
                                           }
                                           return delivered < 3; // stop after the third
                                       });
    ASSERT_TRUE(feed.ok()) << feed.errorMessage().toStdString();
    EXPECT_EQ(delivered, 3);
    EXPECT_TRUE(feed->items.isEmpty());
    EXPECT_GT(readWhenFirst, 0);
    EXPECT_LT(readWhenFirst, bytes.size() / 4) << "the first item came only after most of the file was read";
    EXPECT_LT(device.pos(), bytes.size() / 4);
}

TEST(StreamingFeed, Utf8InPiecesOfAnySizeReadsLikeTheWholeFile)
{
    const QString text = trickyFeed(true).arg(QStringLiteral("utf-8"));
    expectSameInEveryPieceSize(encoded(text, QStringConverter::Utf8, false));
}

TEST(StreamingFeed, Utf16WithByteOrderMarkInPiecesReadsLikeTheWholeFile)
{
    const QString text = trickyFeed(true).arg(QStringLiteral("utf-16"));
    expectSameInEveryPieceSize(encoded(text, QStringConverter::Utf16LE, true));
    expectSameInEveryPieceSize(encoded(text, QStringConverter::Utf16BE, true));
}

TEST(StreamingFeed, Windows1252InPiecesReadsLikeTheWholeFile)
{
    const QString text = trickyFeed(false).arg(QStringLiteral("windows-1252"));
    const QByteArray bytes = windows1252(text);
    ASSERT_TRUE(bytes.contains('\x80')); // the euro sign, where Windows-1252 differs from Latin-1
    expectSameInEveryPieceSize(bytes);
    const auto whole = FeedParser::parse(bytes, QUrl());
    ASSERT_TRUE(whole.ok());
    EXPECT_TRUE(whole->items[0].summaryHtml.contains(QStringLiteral("1 000 €")));
}

TEST(StreamingFeed, Gb18030InPiecesReadsLikeTheWholeFile)
{
    QString text = trickyFeed(false).arg(QStringLiteral("gb18030"));
    text.replace(QStringLiteral("Économie"), QStringLiteral("经济新闻"));
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid())
        GTEST_SKIP() << "Qt was built without GB18030";
    expectSameInEveryPieceSize(encoder.encode(text));
}

TEST(StreamingFeed, TheFixturesReadInSmallPiecesLikeWhole)
{
    for (const char *name : {"lesechos-latin1-accented-titles.xml", "rss-gb2312-declared-really-gbk.xml",
                             "rss-iso-8859-15-euro.xml", "rss-windows-1251.xml", "rss-windows-1252-undeclared.xml",
                             "rss091-html-entities.xml", "atom-xml-base-relative-links.xml",
                             "billion-laughs-with-external-entity.xml", "rss-truncated-midway.xml"}) {
        SCOPED_TRACE(name);
        expectSameInEveryPieceSize(test::readAll(test::dataPath(QStringLiteral("feeds/") + QLatin1String(name))));
    }
}

TEST(StreamingFeed, AnHtmlPageOrBrokenXmlIsStillNotAFeed)
{
    const QByteArray html = test::readAll(test::dataPath(QStringLiteral("feeds/html-error-page-saved-as.rss")));
    const Streamed streamed = readInPieces(html, 7);
    ASSERT_FALSE(streamed.feed.ok());
    EXPECT_EQ(streamed.feed.error().code, ErrorCode::FeedIsHtmlPage) << streamed.feed.errorMessage().toStdString();
    EXPECT_TRUE(streamed.items.isEmpty());
    EXPECT_EQ(streamed.feed.error(), FeedParser::parse(html, QUrl()).error());

    const Streamed empty = readInPieces("  \n ", 1);
    EXPECT_FALSE(empty.feed.ok());
}

TEST(StreamingFeed, ContentAfterTheRootElementIsReportedButCommentsAreNot)
{
    const QByteArray feed = "<rss><channel><title>T</title><item><title>One</title></item></channel></rss>\n";
    for (const qsizetype piece : {1, 7, 4096}) {
        SCOPED_TRACE(piece);
        const Streamed junk = readInPieces(feed + "\n<p>oops</p>", piece);
        ASSERT_TRUE(junk.feed.ok());
        EXPECT_EQ(junk.items.size(), 1);
        ASSERT_EQ(junk.feed->warnings.size(), 1);
        EXPECT_EQ(junk.feed->warnings[0].code, ErrorCode::FeedCutOff);
        EXPECT_TRUE(junk.feed->warnings[0].detail.contains(QStringLiteral("Extra content")))
            << junk.feed->warnings[0].debugText().toStdString();

        const Streamed tidy = readInPieces(feed + "<!-- generated <in> 3 ms -->\n<?done?>\n  ", piece);
        ASSERT_TRUE(tidy.feed.ok());
        EXPECT_EQ(tidy.items.size(), 1);
        EXPECT_TRUE(tidy.feed->warnings.isEmpty()) << tidy.feed->warnings.first().debugText().toStdString();
    }
}

TEST(XmlCleaner, CleansTheSameWhereverThePiecesAreCut)
{
    const QStringList samples = {
        trickyFeed(true).arg(QStringLiteral("utf-8")),
        QStringLiteral("  <?xml version='1.0'?><a>x &eacute;&#233;&#x1F680;&bogus; & &#99999999; y</a>"),
        QStringLiteral("<!DOCTYPE a [ <!ENTITY x \"]>\"> ]><a><![CDATA[a]]b]]]><!-- -- --><?pi ?\?></a>"),
        QStringLiteral("<a>\U0001F680\U0001F680 \x0B \xD800 x\xDC00</a><!-- unterminated \U0001F680"),
        QStringLiteral("<a>&amp;&lt;&gt;&quot;&apos;&nbsp</a>"),
        QStringLiteral("<?xml version=\"1.0\"?>"),
    };
    for (const QString &xml : samples) {
        QList<Error> wholeWarnings;
        const QString whole = TextDecoder::cleanXml(xml, &wholeWarnings);
        for (qsizetype cut = 0; cut <= xml.size(); ++cut) {
            XmlCleaner cleaner;
            QString out;
            cleaner.clean(QStringView(xml).left(cut), false, &out);
            cleaner.clean(QStringView(xml).mid(cut), true, &out);
            ASSERT_EQ(out, whole) << "cut at " << cut << " in " << xml.toStdString();
            ASSERT_EQ(cleaner.warnings(), wholeWarnings) << "cut at " << cut;
        }
        XmlCleaner oneByOne;
        QString out;
        for (qsizetype i = 0; i < xml.size(); ++i)
            oneByOne.clean(QStringView(xml).mid(i, 1), false, &out);
        oneByOne.clean(QStringView(), true, &out);
        EXPECT_EQ(out, whole);
    }
}

TEST(ChunkDecoder, DecodesTheSameWhereverThePiecesAreCut)
{
    const QString text = QStringLiteral("Grève à l'Élysée: 1 000 € \U0001F680 经济 ok");
    struct Case {
        QByteArray charset;
        QByteArray bytes;
    };
    const QList<Case> cases = {
        {"utf-8", encoded(text, QStringConverter::Utf8, false)},
        {"utf-16le", encoded(text, QStringConverter::Utf16LE, false)},
        {"utf-16be", encoded(text, QStringConverter::Utf16BE, false)},
        {"gb18030", QStringEncoder("GB18030").encode(text)},
    };
    for (const Case &c : cases) {
        if (c.bytes.isEmpty())
            continue; // a codec this Qt lacks
        QString whole;
        ASSERT_TRUE(TextDecoder::decodeAs(c.bytes, c.charset, &whole));
        EXPECT_EQ(whole, text) << c.charset.constData();
        for (qsizetype cut = 0; cut <= c.bytes.size(); ++cut) {
            ChunkDecoder decoder;
            ASSERT_TRUE(decoder.open(c.charset));
            QString out;
            decoder.decode(QByteArrayView(c.bytes).first(cut), false, &out);
            decoder.decode(QByteArrayView(c.bytes).sliced(cut), true, &out);
            ASSERT_EQ(out, whole) << c.charset.constData() << " cut at " << cut;
        }
    }
}

TEST(ChunkDecoder, ATruncatedSequenceAtTheEndBecomesAReplacementCharacter)
{
    ChunkDecoder decoder;
    ASSERT_TRUE(decoder.open("utf-16le"));
    QString out;
    decoder.decode(QByteArray("a\0b", 3), false, &out);
    decoder.decode(QByteArrayView(), true, &out);
    EXPECT_EQ(out, QStringLiteral("a\uFFFD"));
}
