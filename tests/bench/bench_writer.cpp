// The window's mark-read while a large import runs, both through the library's one writer
// (Library::openWithWriter): the import is a normal job that commits in batches; every
// ~50 ms another thread posts a mark-read on the priority lane and measures how long it
// takes from post to done. The window's target is p95 < 100 ms.
//
//   bench_writer FEED [--db FILE]        imports FEED (tools/bench/generate.py's RSS)
//   bench_writer --count N [--db FILE]   generates N articles first (--seed 11)
//
// Prints "mark-read-during-import P50_MS P95_MS MAX_MS SAMPLES IMPORT_S ARTICLES".
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>

#include "facts/FactsEngine.h"
#include "update/Library.h"

using namespace veille;

namespace {

bool generate(const QString &out, int count, int seed, int start)
{
    const QString script = QStringLiteral(VEILLE_SOURCE_DIR "/tools/bench/generate.py");
    const int code = QProcess::execute(QStringLiteral("python3"),
                                       {script, QStringLiteral("--count"), QString::number(count), QStringLiteral("--out"), out,
                                        QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--start"),
                                        QString::number(start)});
    if (code != 0)
        std::fprintf(stderr, "bench_writer: generate.py failed (%d)\n", code);
    return code == 0;
}

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype at = std::min(sorted.size() - 1, qsizetype(p * double(sorted.size() - 1) + 0.5));
    return sorted.at(at);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the writer's thread runs an event loop
    QStringList args = app.arguments().mid(1);
    QTemporaryDir work;
    QString feed;
    QString db = work.filePath(QStringLiteral("library.sqlite"));
    int count = 0;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--count") && i + 1 < args.size())
            count = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
            db = args.at(++i);
        else
            feed = args.at(i);
    }
    if (feed.isEmpty() && count <= 0) {
        std::fprintf(stderr, "usage: bench_writer FEED | --count N [--db FILE]\n");
        return 2;
    }
    if (feed.isEmpty()) {
        feed = work.filePath(QStringLiteral("feed.xml"));
        if (!generate(feed, count, 11, 0))
            return 1;
    }
    // A few articles already in the library: the ones the "window" marks read and unread.
    const QString seedFeed = work.filePath(QStringLiteral("seed.xml"));
    if (!generate(seedFeed, 50, 5, 10000000))
        return 1;

    const FactsEngine facts;
    auto opened = Library::openWithWriter(db, facts);
    if (!opened) {
        std::fprintf(stderr, "bench_writer: %s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    Library &library = **opened;
    auto seeded = library.call([&](Library &writer) { return writer.importer().importFile(seedFeed); });
    if (!seeded || seeded->added.isEmpty()) {
        std::fprintf(stderr, "bench_writer: the seed feed was not imported: %s\n", qPrintable(seeded.errorMessage()));
        return 1;
    }
    QList<ArticleId> ids;
    for (const auto &added : seeded->added)
        ids << added.id;

    std::atomic<bool> importDone{false};
    std::atomic<int> imported{0};
    std::atomic<qint64> importMs{0};
    QElapsedTimer importClock;
    importClock.start();
    library.post([&](Library *writer, const Error &error) {
        if (!writer) {
            std::fprintf(stderr, "bench_writer: %s\n", qPrintable(error.debugText()));
        } else if (auto report = writer->importer().importFile(feed); !report) {
            std::fprintf(stderr, "bench_writer: import failed: %s\n", qPrintable(report.errorMessage()));
        } else {
            imported = int(report->added.size());
        }
        importMs = importClock.elapsed();
        importDone = true;
    });

    // The "window": a mark-read (or unread) every 50 ms until the import ends, each waited
    // for, from post to done.
    QList<double> latencies;
    int failures = 0;
    for (int i = 0; !importDone; ++i) {
        QThread::msleep(50);
        if (importDone)
            break;
        const ArticleId id = ids.at(i % ids.size());
        const bool read = (i / ids.size()) % 2 == 0;
        QElapsedTimer clock;
        clock.start();
        const Result<void> marked =
            library.call([id, read](Library &writer) { return writer.states().setRead(id, read); }, Lane::Priority);
        latencies << double(clock.nsecsElapsed()) / 1e6;
        if (!marked)
            ++failures;
    }
    library.drain();
    std::sort(latencies.begin(), latencies.end());
    if (failures > 0)
        std::fprintf(stderr, "bench_writer: %d mark-read writes failed\n", failures);
    std::printf("mark-read-during-import %.1f %.1f %.1f %lld %.2f %d\n", percentile(latencies, 0.5),
                percentile(latencies, 0.95), latencies.isEmpty() ? 0.0 : latencies.last(), qlonglong(latencies.size()),
                double(importMs) / 1000.0, int(imported));
    return failures == 0 && imported > 0 ? 0 : 1;
}
