// An item's fingerprint tells whether a stored article would come out the same from it:
// every field the builder reads moves it, and nothing else does.
#include <QBuffer>
#include <QProcess>
#include <gtest/gtest.h>

#include "update/ArticleBuilder.h"
#include "update/ItemFingerprint.h"

using namespace veille;

namespace {

ParsedItem item()
{
    ParsedItem i;
    i.guid = QStringLiteral("eco-1");
    i.link = QStringLiteral("https://eco.example.fr/michelin");
    i.title = QStringLiteral("Michelin ferme deux sites");
    i.contentHtml = QStringLiteral("<p>Michelin a annoncé la fermeture de deux usines.</p>");
    i.summaryHtml = QStringLiteral("Court résumé.");
    i.authors = {ParsedPerson{QStringLiteral("Claire Martin"), QString(), QString()}};
    i.published = QDateTime(QDate(2024, 11, 5), QTime(9, 0), Qt::UTC);
    return i;
}

ParsedFeed feed()
{
    ParsedFeed f;
    f.title = QStringLiteral("Éco Express");
    f.language = QStringLiteral("fr");
    return f;
}

const QUrl kBase(QStringLiteral("https://eco.example.fr/feed.xml"));

QString fingerprint(const ParsedItem &i, const ParsedFeed &f = feed(), const QUrl &base = kBase)
{
    return ItemFingerprint::of(i, f, base);
}

} // namespace

TEST(ItemFingerprint, TheSameItemReadTwiceHasTheSameFingerprint)
{
    EXPECT_EQ(fingerprint(item()), fingerprint(item()));
    EXPECT_TRUE(fingerprint(item()).startsWith(QString::number(ItemFingerprint::kVersion) + QLatin1Char(':')));
}

TEST(ItemFingerprint, EveryFieldTheBuilderReadsMovesIt)
{
    const QString before = fingerprint(item());
    const QList<std::function<void(ParsedItem &)>> changes = {
        [](ParsedItem &i) { i.guid += QLatin1Char('x'); },
        [](ParsedItem &i) { i.link += QLatin1Char('x'); },
        [](ParsedItem &i) { i.title = QStringLiteral("Michelin ferme trois sites"); },
        [](ParsedItem &i) { i.contentHtml.replace(QStringLiteral("deux"), QStringLiteral("trois")); },
        [](ParsedItem &i) { i.summaryHtml += QLatin1Char('.'); },
        [](ParsedItem &i) { i.authors.first().name = QStringLiteral("Claire Martín"); },
        [](ParsedItem &i) { i.authors.first().email = QStringLiteral("c@example.fr"); },
        [](ParsedItem &i) { i.authors.clear(); },
        [](ParsedItem &i) { i.published = i.published.addSecs(60); },
        [](ParsedItem &i) { i.updated = i.published; },
    };
    for (qsizetype n = 0; n < changes.size(); ++n) {
        ParsedItem changed = item();
        changes[n](changed);
        EXPECT_NE(fingerprint(changed), before) << "change " << n;
    }
}

TEST(ItemFingerprint, ASingleCharacterMovedBetweenTwoFieldsIsAChange)
{
    // Each field is counted with its length: "ab" + "c" is not "a" + "bc".
    ParsedItem a = item();
    a.title = QStringLiteral("ab");
    a.summaryHtml = QStringLiteral("c");
    ParsedItem b = item();
    b.title = QStringLiteral("a");
    b.summaryHtml = QStringLiteral("bc");
    EXPECT_NE(fingerprint(a), fingerprint(b));
}

TEST(ItemFingerprint, TheFeedsLanguageAndAuthorsCountOnlyWhereTheBuilderUsesThem)
{
    ParsedFeed other = feed();
    other.language = QStringLiteral("en");
    EXPECT_NE(fingerprint(item(), other), fingerprint(item()));

    // The feed's authors stand in for an item without any.
    ParsedItem anonymous = item();
    anonymous.authors.clear();
    ParsedFeed withAuthor = feed();
    withAuthor.authors = {ParsedPerson{QStringLiteral("Rédaction"), QString(), QString()}};
    EXPECT_NE(fingerprint(anonymous, withAuthor), fingerprint(anonymous));
    EXPECT_EQ(fingerprint(item(), withAuthor), fingerprint(item()));

    // Only a title change of the feed: the same article.
    ParsedFeed renamed = feed();
    renamed.title = QStringLiteral("Éco Express (archives)");
    EXPECT_EQ(fingerprint(item(), renamed), fingerprint(item()));
}

TEST(ItemFingerprint, TheBaseAddressCountsOnlyForAnItemWithoutALink)
{
    const QUrl elsewhere(QStringLiteral("https://mirror.example.org/feed.xml"));
    EXPECT_EQ(fingerprint(item(), feed(), elsewhere), fingerprint(item()));
    ParsedItem unlinked = item();
    unlinked.link.clear();
    EXPECT_NE(fingerprint(unlinked, feed(), elsewhere), fingerprint(unlinked));
}

TEST(ItemFingerprint, TheIdentityIsTheOneTheBuiltArticleGets)
{
    const ParsedItem withGuid = item();
    EXPECT_EQ(ItemFingerprint::identity(withGuid), ArticleBuilder::fromFeedItem(withGuid, feed(), kBase).identity);

    ParsedItem linkOnly = item();
    linkOnly.guid.clear();
    EXPECT_EQ(ItemFingerprint::identity(linkOnly), ArticleBuilder::fromFeedItem(linkOnly, feed(), kBase).identity);
    EXPECT_TRUE(ItemFingerprint::identity(linkOnly).startsWith(QStringLiteral("url:")));
}

TEST(ItemFingerprint, AnItemWithNeitherGuidNorLinkHasNoIdentityBeforeItIsBuilt)
{
    ParsedItem bare = item();
    bare.guid = QStringLiteral("  ");
    bare.link.clear();
    EXPECT_TRUE(ItemFingerprint::identity(bare).isEmpty());
}

TEST(DocumentDigest, ADeviceGivesTheDigestOfItsBytesFromWhereItStandsAndIsBroughtBack)
{
    // Over a megabyte and an odd size: read in blocks, the last one short.
    QByteArray bytes;
    for (int i = 0; bytes.size() < (1 << 20) + 4096; ++i)
        bytes += QByteArray::number(i * 7919) + ' ';
    bytes += "fin";
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    ASSERT_TRUE(buffer.seek(3));
    EXPECT_EQ(ItemFingerprint::ofDocument(buffer), ItemFingerprint::ofDocument(QByteArrayView(bytes).sliced(3)));
    EXPECT_EQ(buffer.pos(), 3);
    EXPECT_TRUE(ItemFingerprint::ofDocument(QByteArrayView(bytes).sliced(3))
                    .startsWith(QStringLiteral("1.%1:%2:").arg(ItemFingerprint::kVersion).arg(bytes.size() - 3)));
}

TEST(DocumentDigest, OneByteChangedOrAddedAnywhereMovesIt)
{
    const QByteArray xml = "<rss><channel><item><title>Michelin</title></item></channel></rss>";
    const QString digest = ItemFingerprint::ofDocument(xml);
    for (qsizetype at = 0; at < xml.size(); ++at) {
        QByteArray changed = xml;
        changed[at] = char(changed[at] ^ 1);
        EXPECT_NE(ItemFingerprint::ofDocument(changed), digest) << at;
    }
    EXPECT_NE(ItemFingerprint::ofDocument(xml + '\0'), digest);
    EXPECT_NE(ItemFingerprint::ofDocument(xml + ' '), digest);
}

TEST(DocumentDigest, ADeviceThatCannotGoBackHasNone)
{
    QProcess echo;
    echo.start(QStringLiteral("/bin/echo"), {QStringLiteral("<rss/>")});
    ASSERT_TRUE(echo.waitForFinished());
    ASSERT_TRUE(echo.isSequential());
    EXPECT_TRUE(ItemFingerprint::ofDocument(echo).isEmpty());
}
