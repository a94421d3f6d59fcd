#include "facts/FactsEngine.h"

#include <QStringList>
#include <benchmark/benchmark.h>
#include <random>

using namespace veille;

namespace {

// Business news of about 300 words, assembled from sentence patterns with varied companies,
// people, places and amounts, in French and English, so the engine sees the mix it meets at
// ingest rather than one text repeated.
class ArticleGenerator
{
public:
    explicit ArticleGenerator(unsigned seed) : m_rng(seed) {}

    QString article(bool french)
    {
        QStringList blocks;
        {
            QString h = pick(french ? m_headingsFr : m_headingsEn);
            blocks << (h.contains(u'%') ? h.arg(pick(m_companies)) : h);
        }
        int words = 0;
        QString paragraph;
        while (words < 300) {
            const QString s = sentence(french);
            words += int(s.count(u' ')) + 1;
            paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + s;
            if (paragraph.size() > 400) {
                blocks << paragraph;
                paragraph.clear();
            }
        }
        if (!paragraph.isEmpty())
            blocks << paragraph;
        return blocks.join(QStringLiteral("\n\n"));
    }

private:
    const QString &pick(const QStringList &l) { return l.at(int(m_rng() % unsigned(l.size()))); }
    int num(int lo, int hi) { return lo + int(m_rng() % unsigned(hi - lo + 1)); }

    QString sentence(bool french)
    {
        const QStringList &patterns = french ? m_fr : m_en;
        QString s = pick(patterns);
        s.replace(QStringLiteral("{C}"), pick(m_companies));
        s.replace(QStringLiteral("{D}"), pick(m_companies));
        s.replace(QStringLiteral("{P}"), pick(m_people));
        s.replace(QStringLiteral("{L}"), pick(french ? m_placesFr : m_placesEn));
        s.replace(QStringLiteral("{N}"), QString::number(num(2, 950)));
        s.replace(QStringLiteral("{F}"), QStringLiteral("%1%2%3").arg(num(1, 99)).arg(french ? u',' : u'.').arg(num(1, 9)));
        s.replace(QStringLiteral("{Y}"), QString::number(num(2019, 2031)));
        s.replace(QStringLiteral("{K}"), QStringLiteral("%1 %2").arg(num(1, 9)).arg(num(100, 999)));
        return s;
    }

    std::mt19937 m_rng;
    const QStringList m_companies{QStringLiteral("Nvidia"), QStringLiteral("Foxconn"), QStringLiteral("OpenAI"),
                                  QStringLiteral("TotalEnergies"), QStringLiteral("Renault"), QStringLiteral("Siemens"),
                                  QStringLiteral("Samsung"), QStringLiteral("LVMH"), QStringLiteral("Airbus"),
                                  QStringLiteral("Microsoft"), QStringLiteral("Stellantis"), QStringLiteral("Sanofi"),
                                  QStringLiteral("BNP Paribas"), QStringLiteral("Volkswagen"), QStringLiteral("TSMC"),
                                  QStringLiteral("Kering"), QStringLiteral("Orange"), QStringLiteral("Apple")};
    const QStringList m_people{QStringLiteral("Sam Altman"), QStringLiteral("Jensen Huang"), QStringLiteral("Christine Lagarde"),
                               QStringLiteral("Luca de Meo"), QStringLiteral("Young Liu"), QStringLiteral("Patrick Pouyanné"),
                               QStringLiteral("Satya Nadella"), QStringLiteral("Catherine MacGregor")};
    const QStringList m_placesFr{QStringLiteral("Wisconsin"), QStringLiteral("Texas"), QStringLiteral("l'Ohio"),
                                 QStringLiteral("Californie"), QStringLiteral("Chine"), QStringLiteral("Allemagne"),
                                 QStringLiteral("Pékin"), QStringLiteral("Londres"), QStringLiteral("Lyon")};
    const QStringList m_placesEn{QStringLiteral("Wisconsin"), QStringLiteral("Texas"), QStringLiteral("Ohio"),
                                 QStringLiteral("California"), QStringLiteral("China"), QStringLiteral("Germany"),
                                 QStringLiteral("Beijing"), QStringLiteral("London"), QStringLiteral("Lyon")};
    const QStringList m_headingsFr{QStringLiteral("%1 accélère ses investissements"), QStringLiteral("Prochaines étapes pour %1"),
                                   QStringLiteral("Ambitions et projections")};
    const QStringList m_headingsEn{QStringLiteral("%1 steps up investment"), QStringLiteral("What comes next for %1"),
                                   QStringLiteral("Ambitions and projections")};
    const QStringList m_fr{
        QStringLiteral("{C} a annoncé un investissement de {N} milliards de dollars dans {L} d'ici à {Y}."),
        QStringLiteral("Le chiffre d'affaires du groupe a progressé de {F} % sur un an, à {F} milliards d'euros."),
        QStringLiteral("« Nous voulons accélérer », a déclaré {P}, PDG de {C}, lors d'une conférence avec les analystes."),
        QStringLiteral("Les deux entreprises mettent l'accent sur le déploiement de leurs usines en {L}."),
        QStringLiteral("Selon les termes du partenariat, {C} et {D} développeront plusieurs générations de serveurs."),
        QStringLiteral("Le titre a reculé de {F} % à la Bourse de Paris, où il a perdu {N} millions d'euros de capitalisation."),
        QStringLiteral("La société emploie environ {K} personnes et prévoit d'en recruter davantage en {Y}."),
        QStringLiteral("Ces engagements s'élèvent à environ {F} billion de dollars ({F} billion d'euros)."),
        QStringLiteral("Les analystes de {C} estiment que la demande restera soutenue au cours des prochains trimestres."),
    };
    const QStringList m_en{
        QStringLiteral("{C} said on Monday it would invest ${N} billion in {L} by {Y}."),
        QStringLiteral("Revenue rose {F}% from a year earlier to ${F} billion, ahead of analysts' forecasts."),
        QStringLiteral("\"We are moving faster than ever,\" said {P}, chief executive of {C}, in a statement."),
        QStringLiteral("The company employs about {N},{N} people and plans to hire more in {L} next year."),
        QStringLiteral("Shares of {C} fell {F}% in New York, while {D} gained {F}%."),
        QStringLiteral("The deal values the business at about €{F}bn, or {F} billion euros including debt."),
        QStringLiteral("Analysts at {D} said demand for data centre equipment would remain strong through {Y}."),
        QStringLiteral("The partnership covers several generations of servers built in {L} and assembled in Mexico."),
    };
};

std::vector<std::pair<QString, QString>> corpus()
{
    static const std::vector<std::pair<QString, QString>> articles = [] {
        std::vector<std::pair<QString, QString>> out;
        ArticleGenerator gen(2025);
        for (int i = 0; i < 3000; ++i) {
            const bool french = i % 2 == 0;
            out.emplace_back(gen.article(french), french ? QStringLiteral("fr") : QStringLiteral("en"));
        }
        return out;
    }();
    return articles;
}

void BM_ExtractArticles(benchmark::State &state)
{
    const auto articles = corpus();
    const FactsEngine engine;
    size_t i = 0;
    qint64 entities = 0;
    for (auto _ : state) {
        const auto &[text, lang] = articles[i++ % articles.size()];
        // A headline as import gives one: the title's figures are read too.
        const QString title = text.left(int(text.indexOf(QLatin1Char('.'))));
        const KeyFacts f = engine.extract(text, lang, {}, title);
        entities += f.entities.size();
        benchmark::DoNotOptimize(f);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["articles/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["entities/article"] = double(entities) / double(std::max<int64_t>(1, state.iterations()));
}
BENCHMARK(BM_ExtractArticles)->MinTime(3.0)->Unit(benchmark::kMicrosecond);


} // namespace

BENCHMARK_MAIN();
