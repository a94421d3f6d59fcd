#include "TestPaths.h"
#include "facts/FactsEngine.h"
#include "facts/Lexicon.h"
#include "text/Fold.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>
#include <cstdio>

using namespace veille;

namespace {

// Precision and recall per entity type over the hand-annotated articles in
// tests/data/facts: each file holds {"text", "language", "expected": {companies, people,
// places, money}}. Names are compared after canonicalisation (gazetteer name for companies
// and places, folded text otherwise); money by currency and exact value.
struct Score {
    int truePositives = 0;
    int predicted = 0;
    int expected = 0;
    double precision() const { return predicted ? double(truePositives) / predicted : 1.0; }
    double recall() const { return expected ? double(truePositives) / expected : 1.0; }
};

QString normalName(const QString &name)
{
    static const QSet<QString> kSuffixes{QStringLiteral("inc"), QStringLiteral("corp"), QStringLiteral("sa"),
                                         QStringLiteral("ag"), QStringLiteral("plc"), QStringLiteral("ltd"),
                                         QStringLiteral("se"), QStringLiteral("nv"), QStringLiteral("co")};
    QStringList words;
    QString w;
    const QString folded = Fold::key(name) + u' ';
    for (QChar c : folded) {
        if (c.isLetterOrNumber() || c == u'&') {
            w += c;
        } else if (!w.isEmpty()) {
            words.append(w);
            w.clear();
        }
    }
    while (!words.isEmpty() && kSuffixes.contains(words.last()))
        words.removeLast();
    return words.join(u' ');
}

QString companyKey(const FactsEngine &engine, const QString &name)
{
    const QString canonical = engine.canonicalCompany(name);
    return normalName(canonical.isEmpty() ? name : canonical);
}

QString placeKey(const Lexicon &lexicon, const QString &name)
{
    const int index = lexicon.findPlace(name);
    return index >= 0 ? QStringLiteral("#") + lexicon.place(index).english : normalName(name);
}

void tally(Score &s, const QSet<QString> &expected, const QSet<QString> &predicted, QStringList &misses, QStringList &extras)
{
    s.expected += int(expected.size());
    s.predicted += int(predicted.size());
    for (const QString &e : expected) {
        if (predicted.contains(e))
            ++s.truePositives;
        else
            misses.append(e);
    }
    for (const QString &p : predicted) {
        if (!expected.contains(p))
            extras.append(p);
    }
}

struct Results {
    Score companies, people, places, money;
    int rolesExpected = 0;
    int rolesRight = 0;
    int articles = 0;
};

Results evaluate(bool verbose)
{
    Results r;
    const FactsEngine engine;
    const std::shared_ptr<const Lexicon> lexicon = Lexicon::shared();
    const QDir dir(test::dataPath(QStringLiteral("facts")));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QJsonObject o = QJsonDocument::fromJson(test::readAll(dir.filePath(file))).object();
        const QJsonObject expected = o.value(QStringLiteral("expected")).toObject();
        const KeyFacts f = engine.extract(o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("language")).toString());
        ++r.articles;

        QSet<QString> ec, pc, ep, pp, el, pl, em, pm;
        QHash<QString, QString> expectedRoles, predictedRoles;
        for (const QJsonValue &v : expected.value(QStringLiteral("companies")).toArray())
            ec.insert(companyKey(engine, v.toString()));
        for (const QJsonValue &v : expected.value(QStringLiteral("people")).toArray()) {
            const QString key = normalName(v.toObject().value(QStringLiteral("name")).toString());
            ep.insert(key);
            expectedRoles.insert(key, v.toObject().value(QStringLiteral("role")).toString());
        }
        for (const QJsonValue &v : expected.value(QStringLiteral("places")).toArray())
            el.insert(placeKey(*lexicon, v.toString()));
        for (const QJsonValue &v : expected.value(QStringLiteral("money")).toArray()) {
            const QJsonObject m = v.toObject();
            em.insert(m.value(QStringLiteral("currency")).toString() + u' ' + QString::number(m.value(QStringLiteral("value")).toDouble(), 'g', 12));
        }
        for (const Entity &e : f.entities) {
            switch (e.type) {
            case EntityType::Company: pc.insert(companyKey(engine, e.name)); break;
            case EntityType::Person:
                pp.insert(normalName(e.name));
                predictedRoles.insert(normalName(e.name), e.role);
                break;
            case EntityType::Place: pl.insert(placeKey(*lexicon, e.name)); break;
            case EntityType::Money: pm.insert(e.currency + u' ' + QString::number(e.value, 'g', 12)); break;
            default: break;
            }
        }
        QStringList misses, extras;
        tally(r.companies, ec, pc, misses, extras);
        tally(r.people, ep, pp, misses, extras);
        tally(r.places, el, pl, misses, extras);
        tally(r.money, em, pm, misses, extras);
        for (auto it = expectedRoles.constBegin(); it != expectedRoles.constEnd(); ++it) {
            if (it.value().isEmpty() || !predictedRoles.contains(it.key()))
                continue;
            ++r.rolesExpected;
            const QString want = normalName(it.value());
            const QString got = normalName(predictedRoles.value(it.key()));
            if (!got.isEmpty() && (got == want || got.contains(want) || want.contains(got)))
                ++r.rolesRight;
            else if (verbose)
                misses.append(QStringLiteral("role of %1: '%2' (got '%3')").arg(it.key(), it.value(), predictedRoles.value(it.key())));
        }
        if (verbose && (!misses.isEmpty() || !extras.isEmpty())) {
            std::printf("%s\n  missed: %s\n  extra:  %s\n", qPrintable(file), qPrintable(misses.join(QStringLiteral(" | "))),
                        qPrintable(extras.join(QStringLiteral(" | "))));
        }
    }
    return r;
}

void printRow(const char *name, const Score &s)
{
    std::printf("  %-10s P %.3f  R %.3f   (%d found, %d expected, %d right)\n", name, s.precision(), s.recall(), s.predicted,
                s.expected, s.truePositives);
}

} // namespace

TEST(EvaluationSet, MeetsThePrecisionAndRecallBarsOnHandAnnotatedArticles)
{
    const Results r = evaluate(!qEnvironmentVariableIsEmpty("VEILLE_FACTS_VERBOSE"));
    ASSERT_GE(r.articles, 32);
    std::printf("Key facts on %d annotated articles:\n", r.articles);
    printRow("companies", r.companies);
    printRow("people", r.people);
    printRow("places", r.places);
    printRow("money", r.money);
    std::printf("  roles      %d/%d right\n", r.rolesRight, r.rolesExpected);
    EXPECT_GE(r.companies.precision(), 0.95);
    EXPECT_GE(r.companies.recall(), 0.90);
    EXPECT_GE(r.money.precision(), 0.97);
    EXPECT_GE(r.money.recall(), 0.95);
    EXPECT_GE(r.people.precision(), 0.90);
    EXPECT_GE(r.people.recall(), 0.85);
    EXPECT_GE(r.places.precision(), 0.90);
    EXPECT_GE(r.places.recall(), 0.85);
    EXPECT_GE(r.rolesRight, r.rolesExpected * 3 / 4);
}
