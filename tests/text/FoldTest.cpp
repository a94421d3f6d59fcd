// One folding for entity keys, the facts lexicon and tokenizer and the reader's search
// highlights. The three former copies (text/Fold, facts/TextFold and the renderer's
// foldSameLength) disagreed on each case below.
#include "text/Fold.h"
#include "text/QtPrinters.h"

#include <gtest/gtest.h>

using namespace veille;

namespace {

quint64 fnv(QStringView text)
{
    quint64 h = Fold::kSeed;
    for (QChar c : text)
        h = (h ^ c.unicode()) * 1099511628211ULL;
    return h;
}

QString key(const char *utf8)
{
    return Fold::key(QString::fromUtf8(utf8));
}

} // namespace

TEST(Fold, KeySpellsOutLigatures)
{
    // The key kept "æ", "ß" and "ﬁ"; the lexicon's fold turned "ﬁ" into "f" and "ĳ" into "i".
    EXPECT_EQ(key("Œuvre Æsop Straße ﬁnance ﬂeur Ĳssel ẞ"), QStringLiteral("oeuvre aesop strasse finance fleur ijssel ss"));
    EXPECT_EQ(key("ﬃ ﬄ ﬆ"), QStringLiteral("ffi ffl st"));
}

TEST(Fold, KeyRemovesAccentsUnicodeDoesNotDecompose)
{
    // NFD leaves these letters whole, so the key kept them; the lexicon did not.
    EXPECT_EQ(key("Ørsted Łódź Đoković Þór Istanbul İzmir ı"), QStringLiteral("orsted lodz dokovic tor istanbul izmir i"));
    EXPECT_EQ(key("ÉTATS-UNIS Société Générale naïve Ça"), QStringLiteral("etats-unis societe generale naive ca"));
    EXPECT_EQ(key("\u0386\u03B8\u03AE\u03BD\u03B1 \u0401\u043B\u043A\u0430"), QString::fromUtf16(u"\u03B1\u03B8\u03B7\u03BD\u03B1 \u0435\u043B\u043A\u0430"));
}

TEST(Fold, KeyUnifiesDashesAndApostrophes)
{
    // The lexicon kept en and em dashes and the prime; "`" folded only in the key.
    EXPECT_EQ(key("Jean\u2010Luc Jean\u2011Luc a\u2013b a\u2014b a\u2212b a\u2012b a\u2015b"),
              QStringLiteral("jean-luc jean-luc a-b a-b a-b a-b a-b"));
    EXPECT_EQ(key("l’État l‘x dʼy l´z l`w l′v"), QStringLiteral("l'etat l'x d'y l'z l'w l'v"));
}

TEST(Fold, KeyCollapsesEverySpaceAndDropsInvisibleCharacters)
{
    EXPECT_EQ(key("\u00A0Soci\u00ADét\u200Bé\u202FGéné\u2060rale\u2009 SA\uFEFF\t\n"), QStringLiteral("societe generale sa"));
    EXPECT_EQ(key("  a \u3000 b  "), QStringLiteral("a b"));
    EXPECT_EQ(key(""), QString());
}

TEST(Fold, KeyDropsTheCombiningMarksOfDecomposedText)
{
    // The lexicon's fold kept U+0301, so "Ame\u0301lie" and "Amélie" had different keys.
    EXPECT_EQ(key("Ame\u0301lie Zoe\u0308"), QStringLiteral("amelie zoe"));
    EXPECT_EQ(Fold::hash(QString::fromUtf8("Ame\u0301lie")), Fold::hash(QString::fromUtf8("Amélie")));
}

TEST(Fold, KeyReadsFullWidthLettersButLeavesOtherCompatibilityFormsAlone)
{
    // The lexicon took the first character of any decomposition: "½" became "1".
    EXPECT_EQ(key("ＡＢＣ ｄｅｆ"), QStringLiteral("abc def"));
    EXPECT_EQ(key("x² ½ ℃"), QString::fromUtf8("x² ½ ℃"));
}

TEST(Fold, HashOfAWordIsTheHashOfItsKey)
{
    for (const char *word : {"États-Unis", "d’OpenAI", "Œuvre", "Straße", "naïve", "co‐founder", "ABC`s", "Ørsted",
                             "Ame\u0301lie", "ﬁn", "x\u00ADy", "ΑΘΗΝΑ", "東京", "😀"}) {
        const QString w = QString::fromUtf8(word);
        EXPECT_EQ(Fold::hash(w), fnv(Fold::key(w))) << word;
        QString appended;
        for (QChar c : w)
            Fold::appendFolded(c, appended);
        EXPECT_EQ(appended, Fold::key(w)) << word;
    }
}

TEST(Fold, SameLengthKeepsEveryPositionOfTheOriginal)
{
    const QString s = QString::fromUtf8("L’Œuvre — Ørsted\u00A0SA ﬁn Ame\u0301lie x\u00ADy 😀");
    const QString folded = Fold::sameLength(s);
    ASSERT_EQ(folded.size(), s.size());
    // Ligatures, the lone accent and the soft hyphen stay, so offsets map one to one.
    EXPECT_EQ(folded, QString::fromUtf8("l'œuvre - orsted sa ﬁn ame\u0301lie x\u00ADy 😀"));
}

TEST(Fold, SameLengthFoldsLikeTheKeyWhereTheKeyKeepsTheLength)
{
    // The renderer's copy did not unify dashes, "‘", "ʼ" or no-break spaces, nor fold "ø".
    const QString s = QString::fromUtf8("Élysée–Matignon l‘x dʼy Ørsted\u202FSA");
    EXPECT_EQ(Fold::sameLength(s), Fold::key(s));
}
