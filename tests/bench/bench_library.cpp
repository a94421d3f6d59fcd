// Library-scale figures that Google Benchmark's repeat-until-stable model does not fit:
// search latency over many different queries (each query is asked once, so no result is
// served from a warm cache of the same query), and marking many articles read.
//
//   bench_library search DB [--count N] [--queries-out FILE]
//       prints "keyword median_ms p95_ms hits" and "company median_ms p95_ms hits";
//       FILE receives the FTS5 expressions and company keys used, for the sqlite3 floor.
//   bench_library mark-read DB [--count N]
//       prints "mark-read N ms"
//   bench_library company-page DB [--count N]
//       builds the page (Library::companyProfile) of the company named in the number of
//       articles closest to 1,000, N times; prints "company-page ARTICLES median_ms p95_ms"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

#include "facts/FactsEngine.h"
#include "search/QueryParser.h"
#include "text/Fold.h"
#include "update/Library.h"

using namespace veille;

namespace {

struct Latency {
    double median = 0;
    double p95 = 0;
    qint64 hits = 0;
};

Latency summarise(QList<double> ms, qint64 hits)
{
    std::sort(ms.begin(), ms.end());
    Latency l;
    if (ms.isEmpty())
        return l;
    l.median = ms.at(ms.size() / 2);
    l.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    l.hits = hits;
    return l;
}

// Words from stored articles, sampled across the whole id range, so the queries mix
// common words (found in most articles) with rare ones, as a user's searches do.
QStringList sampleWords(Library &library, std::mt19937 &rng, int wanted)
{
    auto total = library.articles().count({});
    const int n = total ? *total : 0;
    QStringList words;
    if (n == 0)
        return words;
    static const QRegularExpression wordRe(QStringLiteral("[\\p{L}]{5,}"));
    for (int tries = 0; words.size() < wanted && tries < wanted * 4; ++tries) {
        const ArticleId id = 1 + ArticleId(rng() % unsigned(n));
        auto a = library.articles().article(id);
        if (!a || !a->has_value())
            continue;
        const QString &text = (**a).text;
        qsizetype at = text.isEmpty() ? 0 : qsizetype(rng() % unsigned(text.size()));
        at = text.indexOf(QLatin1Char(' '), at);   // start on a whole word
        if (at < 0)
            continue;
        const auto m = wordRe.match(text, at);
        if (!m.hasMatch())
            continue;
        QString phrase = m.captured(0);
        const auto next = wordRe.match(text, m.capturedEnd());
        if (next.hasMatch() && next.capturedStart() - m.capturedEnd() == 1)
            phrase += QLatin1Char(' ') + next.captured(0);
        words << phrase;
    }
    return words;
}

QStringList keywordQueries(const QStringList &samples, std::mt19937 &rng, int count)
{
    QStringList queries;
    for (int i = 0; i < count && !samples.isEmpty(); ++i) {
        const QString s = samples.at(i % samples.size());
        const QStringList parts = s.split(QLatin1Char(' '));
        switch (rng() % 6) {
        case 0:
        case 1:
            queries << parts.first();
            break;
        case 2:
            queries << parts.first() + QLatin1Char(' ') + samples.at(int(rng() % unsigned(samples.size()))).split(QLatin1Char(' ')).first();
            break;
        case 3:
            queries << (parts.size() > 1 ? QLatin1Char('"') + s + QLatin1Char('"') : parts.first());
            break;
        case 4:
            queries << parts.first().left(4) + QLatin1Char('*');
            break;
        default:
            queries << parts.last() + QStringLiteral(" lang:") + (rng() % 2 ? QStringLiteral("fr") : QStringLiteral("en"));
            break;
        }
    }
    return queries;
}

int runSearch(Library &library, int count, const QString &queriesOut)
{
    std::mt19937 rng(20250630);
    const QStringList keywords = keywordQueries(sampleWords(library, rng, count), rng, count);

    QStringList companies;
    {
        auto listed = library.entities().companies();
        if (!listed) {
            std::fprintf(stderr, "bench_library: %s\n", qPrintable(listed.errorMessage()));
            return 1;
        }
        for (const CompanyCount &c : *listed)
            companies << c.name;
    }
    std::shuffle(companies.begin(), companies.end(), rng);
    companies = companies.mid(0, count);

    QFile out(queriesOut);
    QTextStream floor(&out);
    if (!queriesOut.isEmpty() && !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_library: cannot write %s\n", qPrintable(queriesOut));
        return 1;
    }

    // What the window does for a search: the best 500 hits, ranks only, then the list
    // columns of the first page of them (ArticleListModel::showHits, 100 rows).
    constexpr int kLimit = 500;
    constexpr int kFirstPage = 100;
    auto run = [&](const QString &kind, const QStringList &queries) -> bool {
        QList<double> ms;
        qint64 hits = 0;
        for (const QString &query : queries) {
            QElapsedTimer t;
            t.start();
            auto found = library.search(query, kLimit, SearchStore::Detail::RankOnly);
            Result<QList<ArticleListItem>> listed = QList<ArticleListItem>();
            if (found) {
                QList<ArticleId> ids;
                for (const SearchHit &h : found->mid(0, kFirstPage))
                    ids << h.id;
                listed = library.articles().listItems(ids);
            }
            ms << double(t.nsecsElapsed()) / 1e6;
            if (!found || !listed) {
                std::fprintf(stderr, "bench_library: %s: %s\n", qPrintable(query),
                             qPrintable(found ? listed.errorMessage() : found.errorMessage()));
                return false;
            }
            hits += found->size();
            if (out.isOpen()) {
                const SearchQuery parsed = QueryParser::parse(query);
                if (kind == QLatin1String("keyword"))
                    floor << "keyword\t" << parsed.ftsInclude << "\t" << parsed.language << "\n";
                else
                    floor << "company\t" << Fold::key(parsed.companies.value(0)) << "\n";
            }
        }
        // The slowest queries, on stderr: where to look when the p95 is high.
        QList<qsizetype> order(ms.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return ms.at(a) > ms.at(b); });
        for (qsizetype i = 0; i < std::min<qsizetype>(5, order.size()); ++i)
            std::fprintf(stderr, "slowest %s: %.1f ms  %s\n", qPrintable(kind), ms.at(order.at(i)), qPrintable(queries.at(order.at(i))));
        const Latency l = summarise(ms, hits);
        std::printf("%s %.3f %.3f %lld %lld\n", qPrintable(kind), l.median, l.p95, qlonglong(queries.size()), qlonglong(l.hits));
        return true;
    };

    QStringList companyQueries;
    for (const QString &c : companies)
        companyQueries << (c.contains(QLatin1Char(' ')) ? QStringLiteral("company:\"%1\"").arg(c) : QStringLiteral("company:") + c);
    if (!run(QStringLiteral("keyword"), keywords) || !run(QStringLiteral("company"), companyQueries))
        return 1;
    return 0;
}

int runMarkRead(Library &library, int count)
{
    ArticleFilter all;
    all.limit = count;
    auto items = library.articles().list(all);
    if (!items) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(items.errorMessage()));
        return 1;
    }
    QList<ArticleId> ids;
    for (const ArticleListItem &i : *items)
        ids << i.id;
    QElapsedTimer t;
    t.start();
    auto done = library.states().setRead(ids, true);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!done) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(done.errorMessage()));
        return 1;
    }
    // Put them back so the library can be measured again.
    (void)library.states().setRead(ids, false);
    std::printf("mark-read %lld %.3f\n", qlonglong(ids.size()), ms);
    return 0;
}

// The company page of the target: a company in about 1,000 articles.
int runCompanyPage(Library &library, int count)
{
    auto companies = library.entities().companies();
    if (!companies || companies->isEmpty()) {
        std::fprintf(stderr, "bench_library: no companies: %s\n", qPrintable(companies.errorMessage()));
        return 1;
    }
    const CompanyCount target = *std::min_element(companies->begin(), companies->end(), [](const auto &a, const auto &b) {
        return std::abs(a.articles - 1000) < std::abs(b.articles - 1000);
    });
    QList<double> ms;
    int articles = 0;
    for (int i = 0; i <= count; ++i) {
        QElapsedTimer t;
        t.start();
        auto page = library.companyProfile(target.name, QDate::currentDate());
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (!page || !page->has_value()) {
            std::fprintf(stderr, "bench_library: no page for %s: %s\n", qPrintable(target.name), qPrintable(page.errorMessage()));
            return 1;
        }
        articles = (*page)->articles;
        if (i > 0) // the first reads the pages from disk
            ms << elapsed;
    }
    const Latency l = summarise(ms, articles);
    std::fprintf(stderr, "company page of %s\n", qPrintable(target.name));
    std::printf("company-page %d %.3f %.3f\n", articles, l.median, l.p95);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_library search|mark-read|company-page DB [--count N] [--queries-out FILE]\n");
        return 2;
    }
    const QString command = args.takeFirst();
    const QString db = args.takeFirst();
    int count = command == QLatin1String("search") ? 200 : command == QLatin1String("company-page") ? 20 : 10000;
    QString queriesOut;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--count"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--queries-out"))
            queriesOut = args.at(i + 1);
    }
    const FactsEngine facts;
    auto library = Library::open(db, facts);
    if (!library) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(library.errorMessage()));
        return 1;
    }
    if (command == QLatin1String("search"))
        return runSearch(**library, count, queriesOut);
    if (command == QLatin1String("mark-read"))
        return runMarkRead(**library, count);
    if (command == QLatin1String("company-page"))
        return runCompanyPage(**library, count);
    std::fprintf(stderr, "bench_library: unknown command %s\n", qPrintable(command));
    return 2;
}
