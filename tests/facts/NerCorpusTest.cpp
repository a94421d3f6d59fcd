#include "TestPaths.h"
#include "facts/FactsEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <cstdio>

using namespace veille;

namespace {

// Measures the engine on the shared NER sample (corpus/ner: Wikipedia sentences annotated by
// others with PER, ORG, LOC and MISC). Read in place, never copied into the project. Prints
// precision, recall and F1 per label and language, on exact spans and on overlapping spans;
// companies and organisations both count as ORG, MISC is not scored.
//   build/tests/test_facts --gtest_filter='NerCorpus*'
// VEILLE_NER_ERRORS=fr:ORG (or en:PER...) also prints that label's misses and false finds.

enum Label { Per, Loc, Org, kLabels };

// Overlap F1 reached (engine 5, December 2026): PER fr 0.85 en 0.81, LOC fr 0.84 en 0.81,
// ORG fr 0.68 en 0.58; ORG precision 0.81 and 0.82. The bars hold the lower language a little
// under that.
constexpr double kPersonBar = 0.78;
constexpr double kPlaceBar = 0.78;
constexpr double kOrgBar = 0.53;
constexpr double kOrgPrecisionBar = 0.77;
const char *const kLabelNames[kLabels] = {"PER", "LOC", "ORG"};

struct Mention {
    int start;
    int end;
    int label;
};

struct Counts {
    int predicted = 0;
    int gold = 0;
    int exactHits = 0;   // predictions equal to a gold span
    int overlapPred = 0; // predictions that overlap a gold span of the label
    int overlapGold = 0; // gold spans overlapped by a prediction of the label
};

double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

struct Figures {
    double precision, recall, f1;
};

Figures exact(const Counts &c)
{
    const double p = c.predicted ? double(c.exactHits) / c.predicted : 0;
    const double r = c.gold ? double(c.exactHits) / c.gold : 0;
    return {p, r, f1(p, r)};
}

Figures overlap(const Counts &c)
{
    const double p = c.predicted ? double(c.overlapPred) / c.predicted : 0;
    const double r = c.gold ? double(c.overlapGold) / c.gold : 0;
    return {p, r, f1(p, r)};
}

int labelOf(EntityType type)
{
    switch (type) {
    case EntityType::Person: return Per;
    case EntityType::Place: return Loc;
    case EntityType::Company:
    case EntityType::Organisation: return Org;
    default: return -1;
    }
}

int labelOf(const QString &name)
{
    for (int l = 0; l < kLabels; ++l) {
        if (name == QLatin1String(kLabelNames[l]))
            return l;
    }
    return -1;
}

bool overlaps(const Mention &a, const Mention &b)
{
    return a.label == b.label && a.start < b.end && b.start < a.end;
}

struct LanguageResult {
    Counts counts[kLabels];
    int sentences = 0;
};

LanguageResult measure(const FactsEngine &engine, const QString &language, const QString &showErrors)
{
    LanguageResult result;
    QFile file(test::sharedPath(QStringLiteral("corpus/ner/%1_wikineural_dev.jsonl").arg(language)));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const int showLabel = showErrors.startsWith(language + u':') ? labelOf(showErrors.mid(3)) : -1;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString text = o.value(u"text").toString();
        std::vector<Mention> gold, predicted;
        for (const QJsonValue &v : o.value(u"entities").toArray()) {
            const QJsonObject e = v.toObject();
            const int label = labelOf(e.value(u"label").toString());
            if (label >= 0)
                gold.push_back({e.value(u"start").toInt(), e.value(u"end").toInt(), label});
        }
        const KeyFacts facts = engine.extract(text, language);
        for (const Entity &e : facts.entities) {
            const int label = labelOf(e.type);
            if (label < 0)
                continue;
            for (const Span &s : e.mentions)
                predicted.push_back({s.start, s.end, label});
        }
        ++result.sentences;
        for (const Mention &p : predicted) {
            Counts &c = result.counts[p.label];
            ++c.predicted;
            bool hit = false, over = false;
            for (const Mention &g : gold) {
                hit = hit || (g.label == p.label && g.start == p.start && g.end == p.end);
                over = over || overlaps(p, g);
            }
            c.exactHits += hit;
            c.overlapPred += over;
            if (!over && p.label == showLabel)
                std::printf("  false %s: %s   | %s\n", kLabelNames[p.label], qPrintable(text.mid(p.start, p.end - p.start)), qPrintable(text));
        }
        for (const Mention &g : gold) {
            Counts &c = result.counts[g.label];
            ++c.gold;
            bool over = false;
            for (const Mention &p : predicted)
                over = over || overlaps(p, g);
            c.overlapGold += over;
            if (!over && g.label == showLabel)
                std::printf("  missed %s: %s   | %s\n", kLabelNames[g.label], qPrintable(text.mid(g.start, g.end - g.start)), qPrintable(text));
        }
    }
    return result;
}

void print(const QString &language, const LanguageResult &r)
{
    std::printf("%s (%d sentences)   exact P / R / F1        overlap P / R / F1     predicted gold\n",
                qPrintable(language), r.sentences);
    for (int l = 0; l < kLabels; ++l) {
        const Figures e = exact(r.counts[l]), o = overlap(r.counts[l]);
        std::printf("  %s   %.3f %.3f %.3f     %.3f %.3f %.3f     %5d %5d\n", kLabelNames[l], e.precision, e.recall, e.f1,
                    o.precision, o.recall, o.f1, r.counts[l].predicted, r.counts[l].gold);
    }
}

class NerCorpus : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!test::sharedAvailable() || !QFile::exists(test::sharedPath(QStringLiteral("corpus/ner/fr_wikineural_dev.jsonl"))))
            return;
        const FactsEngine engine;
        const QString errors = qEnvironmentVariable("VEILLE_NER_ERRORS");
        s_fr = new LanguageResult(measure(engine, QStringLiteral("fr"), errors));
        s_en = new LanguageResult(measure(engine, QStringLiteral("en"), errors));
        print(QStringLiteral("fr"), *s_fr);
        print(QStringLiteral("en"), *s_en);
    }
    static void TearDownTestSuite()
    {
        delete s_fr;
        delete s_en;
        s_fr = s_en = nullptr;
    }
    void SetUp() override
    {
        if (!s_fr)
            GTEST_SKIP() << "corpus/ner is not in the shared folder (" VEILLE_SHARED_DIR "): nothing to measure";
    }
    static LanguageResult *s_fr;
    static LanguageResult *s_en;
};

LanguageResult *NerCorpus::s_fr = nullptr;
LanguageResult *NerCorpus::s_en = nullptr;

} // namespace

// The bars sit a little under the figures reached (see docs/facts-companies.md), so that a
// rule that loses people, places or organisations on unseen text shows up here.
TEST_F(NerCorpus, ReadsEveryFrenchAndEnglishSentence)
{
    EXPECT_EQ(s_fr->sentences, 1000);
    EXPECT_EQ(s_en->sentences, 1000);
}

TEST_F(NerCorpus, FindsPeopleWithOverlapF1AboveTheBarInBothLanguages)
{
    EXPECT_GE(overlap(s_fr->counts[Per]).f1, kPersonBar);
    EXPECT_GE(overlap(s_en->counts[Per]).f1, kPersonBar);
}

TEST_F(NerCorpus, FindsPlacesWithOverlapF1AboveTheBarInBothLanguages)
{
    EXPECT_GE(overlap(s_fr->counts[Loc]).f1, kPlaceBar);
    EXPECT_GE(overlap(s_en->counts[Loc]).f1, kPlaceBar);
}

TEST_F(NerCorpus, FindsOrganisationsWithOverlapF1AboveTheBarInBothLanguages)
{
    EXPECT_GE(overlap(s_fr->counts[Org]).f1, kOrgBar);
    EXPECT_GE(overlap(s_en->counts[Org]).f1, kOrgBar);
}

TEST_F(NerCorpus, KeepsOrganisationPrecisionHigh)
{
    EXPECT_GE(overlap(s_fr->counts[Org]).precision, kOrgPrecisionBar);
    EXPECT_GE(overlap(s_en->counts[Org]).precision, kOrgPrecisionBar);
}
