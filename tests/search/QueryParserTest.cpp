#include <gtest/gtest.h>

#include "search/QueryParser.h"

using namespace veille;

namespace {
std::string include(const QString &q) { return QueryParser::parse(q).ftsInclude.toStdString(); }
}

TEST(QueryParser, RequiresEveryWordByDefault)
{
    EXPECT_EQ(include(QStringLiteral("foxconn wisconsin")), "\"foxconn\" \"wisconsin\"");
}

TEST(QueryParser, KeepsQuotedPhrasesTogether)
{
    EXPECT_EQ(include(QStringLiteral("\"centres de donnees\" IA")), "\"centres de donnees\" \"IA\"");
}

TEST(QueryParser, ReadsPrefixesAndOr)
{
    EXPECT_EQ(include(QStringLiteral("semicond* OR puce nvidia")), "(\"semicond\"* OR \"puce\") AND \"nvidia\"");
}

TEST(QueryParser, PutsExclusionsApart)
{
    const SearchQuery q = QueryParser::parse(QStringLiteral("apple -iphone -\"vision pro\""));
    EXPECT_EQ(q.ftsInclude, QStringLiteral("\"apple\""));
    EXPECT_EQ(q.ftsExclude, QStringLiteral("\"iphone\" OR \"vision pro\""));
}

TEST(QueryParser, ReadsFilters)
{
    const SearchQuery q = QueryParser::parse(QStringLiteral("company:\"Société Générale\" company:tsmc fav:yes lang:FR read:no"));
    EXPECT_EQ(q.companies, (QStringList{QStringLiteral("Société Générale"), QStringLiteral("tsmc")}));
    ASSERT_TRUE(q.favourite.has_value());
    EXPECT_TRUE(*q.favourite);
    ASSERT_TRUE(q.read.has_value());
    EXPECT_FALSE(*q.read);
    EXPECT_EQ(q.language, QStringLiteral("fr"));
    EXPECT_TRUE(q.ftsInclude.isEmpty());
}

TEST(QueryParser, ReadsOrganisationFiltersInEitherSpelling)
{
    const SearchQuery q = QueryParser::parse(QStringLiteral("org:amf organisation:\"Banque mondiale\" organization:ecb"));
    EXPECT_EQ(q.organisations, (QStringList{QStringLiteral("amf"), QStringLiteral("Banque mondiale"), QStringLiteral("ecb")}));
    EXPECT_TRUE(q.companies.isEmpty());
    EXPECT_TRUE(q.ftsInclude.isEmpty());
    EXPECT_FALSE(q.isEmpty());
}

TEST(QueryParser, AnUnknownFilterIsSearchedAsWords)
{
    EXPECT_EQ(include(QStringLiteral("note:important")), "\"note important\"");
}

TEST(QueryParser, AnUnbalancedQuoteSearchesTheWords)
{
    EXPECT_EQ(include(QStringLiteral("\"fusion acquisition")), "\"fusion\" \"acquisition\"");
}

TEST(QueryParser, StrayOperatorsBecomeNothingOrWords)
{
    EXPECT_EQ(include(QStringLiteral("OR")), "");
    EXPECT_EQ(include(QStringLiteral("AND NOT NEAR(")), "\"AND\" \"NOT\" \"NEAR\"");
    EXPECT_EQ(include(QStringLiteral("* ^ ( ) : - \"\" '")), "");
    EXPECT_EQ(include(QStringLiteral("l'IA")), "\"l IA\"");
}

TEST(QueryParser, CollectsWordsToHighlight)
{
    EXPECT_EQ(QueryParser::parse(QStringLiteral("\"chaîne d'approvisionnement\" foxconn -apple")).highlightTerms,
              (QStringList{QStringLiteral("chaîne d approvisionnement"), QStringLiteral("foxconn")}));
}
