// Fuzz target for the HTML code: charset decoding, tokenizer, tree builder, sanitizer
// and the page importer. Build with clang -fsanitize=fuzzer,address against veille_core.
#include "parse/HtmlPageParser.h"
#include "text/Boilerplate.h"
#include "text/HtmlCharset.h"
#include "text/HtmlImages.h"
#include "text/HtmlSanitizer.h"
#include "text/TrackingFilter.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace {

// Whether markup the sanitizer's subset lacks is in its HTML. Text is written with '<' and
// '>' escaped and attribute values with '<', '>' and '"' escaped, so each '<' opens a tag
// that the next '>' closes; only inside tags can these strings be markup. Text may read
// `="javascript:` (a quotation mark needs no escaping there): that is words, not a link.
bool markupLetThrough(const QString &html)
{
    for (qsizetype open = html.indexOf(u'<'); open >= 0; open = html.indexOf(u'<', open + 1)) {
        const qsizetype close = html.indexOf(u'>', open);
        const QStringView tag = QStringView(html).mid(open, close < 0 ? -1 : close - open);
        for (const char *forbidden : {"<script", "<iframe", "<svg", "<style", "<object", "<embed", "<form",
                                      "=\"javascript:", "=\"vbscript:", "=\"data:"}) {
            if (tag.contains(QLatin1StringView(forbidden), Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = veille::HtmlCharset::decode(bytes);
    const QUrl base(QStringLiteral("https://example.com/a/b.html"));

    const veille::CleanHtml clean = veille::HtmlSanitizer::clean(text, base);
    // What the sanitizer writes must be stable: cleaning it again changes nothing
    // that matters for safety, and never lets markup the subset lacks through.
    const veille::CleanHtml again = veille::HtmlSanitizer::clean(clean.html, base);
    for (const QString &html : {clean.html, again.html}) {
        if (markupLetThrough(html))
            __builtin_trap();
    }

    (void)veille::HtmlPageParser::parse(bytes, base);
    (void)veille::HtmlPageParser::looksLikeHtml(bytes);
    // The pictures of any clean HTML are found, and tracking parameters once removed stay
    // removed: a second pass over an address changes nothing.
    (void)veille::HtmlImages::sources(clean.html);
    if (text.size() < 1000) {
        const QString stripped = veille::TrackingFilter::withoutTrackingParameters(text);
        if (veille::TrackingFilter::withoutTrackingParameters(stripped) != stripped)
            __builtin_trap();
        (void)veille::Boilerplate::isPromotional(text);
        (void)veille::Boilerplate::isKeyPointsHeading(text);
    }
    return 0;
}
