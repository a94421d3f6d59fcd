#include <gtest/gtest.h>

#include <functional>

#include "QtPrinters.h"
#include "TestPaths.h"
#include "parse/OpmlParser.h"

using namespace veille;

TEST(OpmlParser, ReadsNestedFoldersWithTitlesFromTitleOrText)
{
    const auto result = OpmlParser::parse(test::readAll(test::dataPath("feeds/subscriptions-nested-folders.opml")));
    ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
    const QList<OpmlOutline> &top = result.value();
    ASSERT_EQ(top.size(), 2);
    EXPECT_EQ(top[0].title, QStringLiteral("Économie"));
    EXPECT_TRUE(top[0].xmlUrl.isEmpty());
    ASSERT_EQ(top[0].children.size(), 2);
    EXPECT_EQ(top[0].children[0].xmlUrl, "https://www.lesechos.fr/rss.xml");
    EXPECT_EQ(top[0].children[0].htmlUrl, "https://www.lesechos.fr/");
    ASSERT_EQ(top[0].children[1].children.size(), 1);
    EXPECT_EQ(top[0].children[1].children[0].xmlUrl, "https://www.boursorama.com/rss"); // lower-case xmlurl
    EXPECT_EQ(top[1].title, "Hacker News"); // title wins over text
}

TEST(OpmlParser, WritesWhatItReadsBack)
{
    OpmlOutline feed{QStringLiteral("Le Monde — Économie"), QStringLiteral("https://www.lemonde.fr/economie/rss_full.xml?a=1&b=2"),
                     QStringLiteral("https://www.lemonde.fr/economie/"), {}};
    OpmlOutline inner{QStringLiteral("Marchés"), {}, {}, {OpmlOutline{"Bourse <live>", "https://example.com/b.xml", {}, {}}}};
    OpmlOutline folder{QStringLiteral("Presse \"française\""), {}, {}, {feed, inner}};
    const QList<OpmlOutline> outlines{folder, OpmlOutline{"Top", "https://example.com/top.xml", {}, {}}};
    const QByteArray written = OpmlParser::write(outlines, QStringLiteral("Abonnements"));
    const auto read = OpmlParser::parse(written);
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    std::function<void(const QList<OpmlOutline> &, const QList<OpmlOutline> &)> same =
        [&](const QList<OpmlOutline> &a, const QList<OpmlOutline> &b) {
            ASSERT_EQ(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                EXPECT_EQ(a[i].title, b[i].title);
                EXPECT_EQ(a[i].xmlUrl, b[i].xmlUrl);
                EXPECT_EQ(a[i].htmlUrl, b[i].htmlUrl);
                same(a[i].children, b[i].children);
            }
        };
    same(outlines, read.value());
}

TEST(OpmlParser, RefusesAFeedGivenAsOpml)
{
    const auto result = OpmlParser::parse("<rss version=\"2.0\"><channel><title>x</title></channel></rss>");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), makeError(ErrorCode::OpmlUnknownXml, QStringLiteral("rss")));
    EXPECT_FALSE(OpmlParser::parse("").ok());
    EXPECT_EQ(OpmlParser::parse("<opml><body><outline").error().code, ErrorCode::MalformedXml);
}

TEST(OpmlParser, ReadsTheCorpusSubscriptionLists)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    for (const char *name : {"netnewswire/Subs.opml", "netnewswire/SubsNoTitleAttributes.opml"}) {
        const auto result = OpmlParser::parse(test::readAll(test::sharedPath(QStringLiteral("corpus/") + name)));
        ASSERT_TRUE(result.ok()) << name;
        int feeds = 0;
        std::function<void(const QList<OpmlOutline> &)> walk = [&](const QList<OpmlOutline> &list) {
            for (const OpmlOutline &o : list) {
                EXPECT_FALSE(o.title.isEmpty()) << name;
                if (o.children.isEmpty()) {
                    EXPECT_FALSE(o.xmlUrl.isEmpty()) << name << " " << o.title.toStdString();
                    ++feeds;
                }
                walk(o.children);
            }
        };
        walk(result.value());
        EXPECT_GT(feeds, 0) << name;
    }
    EXPECT_FALSE(OpmlParser::parse(test::readAll(test::sharedPath("corpus/netnewswire/DaringFireball.rss"))).ok());
    for (const char *name : {"google-reader.opml", "newsbeuter.opml", "subscriptionList.opml", "tinytinyrss.opml"}) {
        const auto result = OpmlParser::parse(test::readAll(test::sharedPath(QStringLiteral("corpus/picofeed/") + name)));
        EXPECT_TRUE(result.ok() && !result->isEmpty()) << name;
    }
}
