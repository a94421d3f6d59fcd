// Pages (HtmlCharset) and feeds (TextDecoder) decode through ChunkDecoder's one
// Windows-1252 table, iconv wrapper and alias list now; these are the cases where their
// copies used to disagree.
#include "parse/TextDecoder.h"
#include "text/ChunkDecoder.h"
#include "text/HtmlCharset.h"
#include "text/QtPrinters.h"

#include <gtest/gtest.h>

using namespace veille;

TEST(CharsetAliases, NormaliseTheLabelsEitherCopyKnew)
{
    for (const char *label : {"x-cp1252", "cp819", "ISO-8859-1", " 'Latin1' ", "ibm819", "csisolatin1", "US-ASCII"})
        EXPECT_EQ(ChunkDecoder::normalise(label), QByteArray("windows-1252")) << label;
    EXPECT_EQ(ChunkDecoder::normalise("unicode-1-1-utf-8"), QByteArray("utf-8"));
    EXPECT_EQ(ChunkDecoder::normalise("UTF8"), QByteArray("utf-8"));
    EXPECT_EQ(ChunkDecoder::normalise("gb2312"), QByteArray("gb18030"));
    EXPECT_EQ(ChunkDecoder::normalise("x-gbk"), QByteArray("gb18030"));
    EXPECT_EQ(ChunkDecoder::normalise("win-1251"), QByteArray("windows-1251"));
    EXPECT_EQ(ChunkDecoder::normalise("x-sjis"), QByteArray("shift_jis"));
    EXPECT_EQ(ChunkDecoder::normalise("KOI8-R"), QByteArray("koi8-r"));
}

TEST(CharsetAliases, PagesLabelledWin1251AreReadAsCyrillic)
{
    // The page copy gave "win-1251" to iconv, which does not know it, and fell back to
    // Windows-1252: "Ïðèâåò".
    QByteArray used;
    EXPECT_EQ(HtmlCharset::decode("<meta charset=win-1251><p>\xCF\xF0\xE8\xE2\xE5\xF2", &used),
              QString::fromUtf8("<meta charset=win-1251><p>Привет"));
    EXPECT_EQ(used, QByteArray("windows-1251"));
}

TEST(CharsetAliases, FeedsLabelledXCp1252AreReadAsWindows1252EvenWhenTheyLookLikeUtf8)
{
    // The feed copy did not know "x-cp1252" and read these bytes as UTF-8 ("é").
    QString used;
    const QString text = TextDecoder::decode("<?xml version=\"1.0\" encoding=\"x-cp1252\"?><r>\xC3\xA9</r>", {}, &used);
    EXPECT_EQ(used, QStringLiteral("windows-1252"));
    EXPECT_TRUE(text.endsWith(QString::fromUtf8("<r>\u00C3\u00A9</r>"))) << text.toStdString();
}

TEST(CharsetAliases, PagesReadAnXmlDeclarationAfterLeadingBlanks)
{
    // The page copy wanted "<?xml" at the very first byte; ISO-8859-15 has the euro at 0xA4.
    QByteArray used;
    const QString text = HtmlCharset::decode("\n <?xml version=\"1.0\" encoding=\"iso-8859-15\"?><p>\xA4</p>", &used);
    EXPECT_EQ(used, QByteArray("iso-8859-15"));
    EXPECT_TRUE(text.endsWith(QString::fromUtf8("<p>\u20AC</p>")));
}

TEST(CharsetAliases, PagesAndFeedsRejectOverlongSurrogateAndOutOfRangeUtf8)
{
    // Validity now comes from Qt; these are the forms the hand-written check refused too.
    for (const char *bytes : {"caf\xC0\xA9", "x\xED\xA0\x80y", "x\xF4\x90\x80\x80", "x\xC3"}) {
        QByteArray used;
        HtmlCharset::decode(bytes, &used);
        EXPECT_EQ(used, QByteArray("windows-1252")) << bytes;
        QString feedUsed;
        TextDecoder::decode(bytes, {}, &feedUsed);
        EXPECT_EQ(feedUsed, QStringLiteral("windows-1252")) << bytes;
    }
    QByteArray used;
    EXPECT_EQ(HtmlCharset::decode("caf\xC3\xA9 \xF0\x9F\x98\x80", &used), QString::fromUtf8("café 😀"));
    EXPECT_EQ(used, QByteArray("utf-8"));
}

TEST(CharsetAliases, PagesReadAUtf16LabelInAMetaTagAsUtf8)
{
    // A meta tag is ASCII, so a page that names UTF-16 in one is not UTF-16.
    QByteArray used;
    EXPECT_EQ(HtmlCharset::decode("<meta charset=utf-16><p>\xC3\xA9", &used), QString::fromUtf8("<meta charset=utf-16><p>é"));
    EXPECT_EQ(used, QByteArray("utf-8"));
}

TEST(CharsetAliases, ABadByteInAnIconvCharsetBecomesOneReplacementCharacter)
{
    // Shift_JIS: あ is 82 A0, い is 82 A2; 0xFF is no character.
    QByteArray used;
    const QString text = HtmlCharset::decode("<meta charset=sjis>\x82\xA0\xFF\x82\xA2", &used);
    EXPECT_EQ(used, QByteArray("shift_jis"));
    EXPECT_TRUE(text.endsWith(QString::fromUtf8("あ\uFFFDい"))) << text.toStdString();
}

TEST(CharsetAliases, Windows1252KeepsTheFiveUndefinedBytes)
{
    EXPECT_EQ(ChunkDecoder::windows1252(0x80), char16_t(0x20AC));
    EXPECT_EQ(ChunkDecoder::windows1252(0x81), char16_t(0x81));
    EXPECT_EQ(ChunkDecoder::windows1252(0x9F), char16_t(0x178));
    EXPECT_EQ(ChunkDecoder::windows1252(0xE9), char16_t(0xE9));
    EXPECT_EQ(HtmlCharset::decode("\x93x\x94 \x8D"), QString::fromUtf8("“x” \u008D"));
}
