#include "TestPaths.h"
#include "facts/FactsEngine.h"

#include <gtest/gtest.h>

using namespace veille;

namespace {

struct Seed {
    QString text;
    QStringList keyPoints;
};

// The seed as an ingester would hand it over: the key-points box taken out and passed
// apart, the two promotional lines at the end dropped.
Seed loadSeed()
{
    const QString raw = QString::fromUtf8(test::readAll(test::sharedPath(QStringLiteral("seed/000_d317fdffa79cbfba.txt"))));
    QStringList lines = raw.split(u'\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    Seed seed;
    const int box = int(lines.indexOf(QStringLiteral("Principaux renseignements")));
    if (box >= 0) {
        for (int i = 0; i < 3 && box + 1 < lines.size() && lines.at(box + 1).startsWith(QStringLiteral("- ")); ++i)
            seed.keyPoints.append(lines.takeAt(box + 1).mid(2));
        lines.removeAt(box);
    }
    lines.removeLast();
    lines.removeLast();
    seed.text = lines.join(u'\n');
    return seed;
}

const Entity *findNamed(const KeyFacts &f, EntityType type, const QString &name)
{
    for (const Entity &e : f.entities) {
        if (e.type == type && e.name == name)
            return &e;
    }
    return nullptr;
}

bool hasMoney(const KeyFacts &f, double value, const QString &currency)
{
    for (const Entity &e : f.entities) {
        if (e.type == EntityType::Money && e.currency == currency && std::abs(e.value - value) < value * 1e-9)
            return true;
    }
    return false;
}

} // namespace

TEST(SeedArticle, FindsTheCompaniesButNotThePublicationOrTheHeadings)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const Seed seed = loadSeed();
    ASSERT_FALSE(seed.text.isEmpty());
    const KeyFacts f = FactsEngine().extract(seed.text, QStringLiteral("fr"), seed.keyPoints);
    for (const char *name : {"OpenAI", "Foxconn", "Nvidia", "Microsoft", "Google", "Amazon", "Apple"})
        EXPECT_NE(findNamed(f, EntityType::Company, QString::fromUtf8(name)), nullptr) << name;
    for (const char *name : {"Business AM", "Google Actualités", "Prochaines étapes", "Ambitions et projections",
                             "Expertise en matière de fabrication", "Expertise"})
        EXPECT_EQ(findNamed(f, EntityType::Company, QString::fromUtf8(name)), nullptr) << name;
}

TEST(SeedArticle, FindsBothPeopleWithTheirRoles)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const Seed seed = loadSeed();
    const KeyFacts f = FactsEngine().extract(seed.text, QStringLiteral("fr"), seed.keyPoints);
    const Entity *altman = findNamed(f, EntityType::Person, QStringLiteral("Sam Altman"));
    ASSERT_NE(altman, nullptr);
    EXPECT_TRUE(altman->role == QStringLiteral("PDG d’OpenAI") || altman->role == QStringLiteral("PDG d'OpenAI")) << altman->role.toStdString();
    EXPECT_GE(altman->mentions.size(), 2) << "the later \"Altman prévoit\" is him too";
    const Entity *liu = findNamed(f, EntityType::Person, QStringLiteral("Young Liu"));
    ASSERT_NE(liu, nullptr);
    EXPECT_EQ(liu->role, QStringLiteral("président de Foxconn"));
}

TEST(SeedArticle, FindsTheStatesAndTheCountry)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const Seed seed = loadSeed();
    const KeyFacts f = FactsEngine().extract(seed.text, QStringLiteral("fr"), seed.keyPoints);
    for (const char *name : {"Wisconsin", "Ohio", "Texas", "Virginie", "Indiana", "États-Unis"})
        EXPECT_NE(findNamed(f, EntityType::Place, QString::fromUtf8(name)), nullptr) << name;
}

TEST(SeedArticle, ReadsEveryAmountWithFrenchScales)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const Seed seed = loadSeed();
    const KeyFacts f = FactsEngine().extract(seed.text, QStringLiteral("fr"), seed.keyPoints);
    EXPECT_TRUE(hasMoney(f, 1e11, QStringLiteral("USD")));
    EXPECT_TRUE(hasMoney(f, 1.4e12, QStringLiteral("USD")));
    EXPECT_TRUE(hasMoney(f, 1.2e12, QStringLiteral("EUR")));
    EXPECT_TRUE(hasMoney(f, 2e10, QStringLiteral("USD")));
    EXPECT_TRUE(hasMoney(f, 1.74e10, QStringLiteral("EUR")));
    int money = 0;
    bool year2030 = false;
    for (const Entity &e : f.entities) {
        money += e.type == EntityType::Money;
        year2030 = year2030 || (e.type == EntityType::Date && e.dateValue == QStringLiteral("2030"));
    }
    EXPECT_EQ(money, 5) << "\"plusieurs centaines de milliards\" has no currency";
    EXPECT_TRUE(year2030);
}

TEST(SeedArticle, CopiesTheBoxAndMakesNoSummary)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const Seed seed = loadSeed();
    ASSERT_EQ(seed.keyPoints.size(), 3);
    const KeyFacts f = FactsEngine().extract(seed.text, QStringLiteral("fr"), seed.keyPoints);
    EXPECT_EQ(f.keyPoints, seed.keyPoints);
    EXPECT_TRUE(f.summary.isEmpty());
}

TEST(SeedArticle, SpansPointAtTheNamesOnly)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const Seed seed = loadSeed();
    const KeyFacts f = FactsEngine().extract(seed.text, QStringLiteral("fr"), seed.keyPoints);
    for (const Entity &e : f.entities) {
        for (const Span &s : e.mentions) {
            ASSERT_TRUE(s.start >= 0 && s.start < s.end && s.end <= seed.text.size());
            if (e.type == EntityType::Company && e.name == QStringLiteral("OpenAI"))
                EXPECT_EQ(seed.text.mid(s.start, s.end - s.start), QStringLiteral("OpenAI"));
        }
    }
}
