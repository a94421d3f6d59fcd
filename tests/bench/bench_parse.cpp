#include <QString>
#include <QUrl>
#include <benchmark/benchmark.h>

#include "SyntheticFeed.h"
#include "parse/FeedParser.h"
#include "text/HtmlDocument.h"
#include "text/HtmlSanitizer.h"

using namespace veille;

// The speed figures the unit tests used to print: there they now only check that the
// cost grows linearly (tests/Complexity.h), which a loaded machine cannot upset.

namespace {

// A big feed parsed whole: items per second.
void BM_ParseBigFeed(benchmark::State &state)
{
    const int items = int(state.range(0));
    const QByteArray xml = test::syntheticFeed(items);
    const QUrl url(QStringLiteral("https://example.com/feed"));
    for (auto _ : state) {
        const auto feed = FeedParser::parse(xml, url);
        if (!feed.ok() || feed->items.size() != items)
            state.SkipWithError("the feed did not parse whole");
        benchmark::DoNotOptimize(feed);
    }
    state.SetItemsProcessed(state.iterations() * items);
    state.SetBytesProcessed(state.iterations() * xml.size());
}
BENCHMARK(BM_ParseBigFeed)->Arg(20000)->Unit(benchmark::kMillisecond);

// The ingest path cleans every feed item; items are a few kilobytes each.
void BM_SanitizeFeedItem(benchmark::State &state)
{
    const QString paragraph = QStringLiteral(
        "<div class=\"entry\"><p>OpenAI et <a href=\"/foxconn\">Foxconn</a> concevront des composants "
        "de centres de donn&eacute;es d&rsquo;IA aux &Eacute;tats-Unis.</p><p><img src=\"/a.jpg\" "
        "alt=\"photo\" onload=\"x()\"><em>L&eacute;gende</em></p><ul><li>Un</li><li>Deux &amp; trois</li>"
        "</ul><script>track()</script><p style=\"color:red\">Sam Altman, PDG d&#8217;OpenAI, a "
        "soulign&eacute; l&#x2019;importance de ce partenariat&nbsp;: <strong>100 milliards</strong>.</p></div>\n");
    const QString item = paragraph.repeated(4);
    const QUrl base(QStringLiteral("https://example.com/news/"));
    for (auto _ : state)
        benchmark::DoNotOptimize(HtmlSanitizer::clean(item, base));
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * item.toUtf8().size());
}
BENCHMARK(BM_SanitizeFeedItem);

// Hostile markup: unclosed inline tags, then as many stray end tags.
void BM_ParseHostileHtml(benchmark::State &state)
{
    const int pairs = int(state.range(0));
    QString html;
    for (int i = 0; i < pairs; ++i)
        html += QLatin1StringView("<b><i>");
    for (int i = 0; i < pairs; ++i)
        html += QLatin1StringView("</p></x>");
    for (auto _ : state)
        benchmark::DoNotOptimize(HtmlDocument::parse(html));
    state.SetBytesProcessed(state.iterations() * html.size() * 2);
}
BENCHMARK(BM_ParseHostileHtml)->Arg(500000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
