#include "parse/FeedParser.h"

#include "parse/AtomParser.h"
#include "parse/CdfParser.h"
#include "parse/FeedTextSource.h"
#include "parse/JsonFeedParser.h"
#include "parse/TreeReader.h"
#include "parse/RssParser.h"
#include "parse/TextDecoder.h"

namespace veille {

using feedxml::Ns;

namespace {

enum class RootKind { Rss, Atom, Cdf, Json, Html, Opml, OtherXml, Text, Empty, BrokenXml };

// The first non-blank character of the text, skipping a decoded BOM.
QChar firstSignificant(const QString &text, qsizetype *at)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i].isSpace() || text[i] == QChar(0xFEFF)))
        ++i;
    *at = i;
    return i < text.size() ? text[i] : QChar();
}

bool looksLikeHtml(const QString &text, qsizetype from)
{
    const QString head = text.mid(from, 4096).toLower();
    return head.startsWith(QLatin1StringView("<!doctype html")) || head.contains(QLatin1StringView("<html"))
        || head.contains(QLatin1StringView("<head>")) || head.contains(QLatin1StringView("<body"));
}

RootKind classifyRoot(const feedxml::TreeReader &reader)
{
    const Ns ns = reader.ns();
    const QStringView name = reader.name();
    if (CdfParser::isCdfRoot(name, !reader.attr(u"HREF").isEmpty() || !reader.attr(u"href").isEmpty()))
        return RootKind::Cdf;
    if (name == u"rss" || name == u"RDF" || (name == u"channel" && ns != Ns::Atom))
        return RootKind::Rss;
    if (name == u"feed")
        return RootKind::Atom;
    if (name.compare(u"html", Qt::CaseInsensitive) == 0)
        return RootKind::Html;
    if (name == u"opml")
        return RootKind::Opml;
    return RootKind::OtherXml;
}

Error notAFeed(RootKind kind, const QString &detail = {})
{
    switch (kind) {
    case RootKind::Empty:
        return makeError(ErrorCode::FileEmpty);
    case RootKind::Html:
        return makeError(ErrorCode::FeedIsHtmlPage);
    case RootKind::Opml:
        return makeError(ErrorCode::FeedIsOpml);
    case RootKind::OtherXml:
        return makeError(ErrorCode::FeedUnknownXml, detail);
    case RootKind::BrokenXml:
        return makeError(ErrorCode::MalformedXml, detail);
    default:
        return makeError(ErrorCode::NotAFeed);
    }
}

} // namespace

Result<ParsedFeed> FeedParser::parse(const QByteArray &bytes, const QUrl &url, const QString &httpCharset)
{
    FeedTextSource source(bytes, httpCharset, 256 * 1024);
    QList<ParsedItem> items;
    auto feed = read(source, url, [&items](ParsedItem &&item, const ParsedFeed &) {
        items.append(std::move(item));
        return true;
    });
    if (!feed)
        return feed;
    ParsedFeed whole = std::move(feed).value();
    whole.items = std::move(items);
    // An entry without an author has the feed's (RFC 4287, 4.2.1), wherever the feed names them.
    if (!whole.authors.isEmpty()) {
        for (ParsedItem &item : whole.items) {
            if (item.authors.isEmpty())
                item.authors = whole.authors;
        }
    }
    return whole;
}

Result<ParsedFeed> FeedParser::read(QIODevice &device, const QUrl &url, const QString &httpCharset,
                                    const ParsedItemSink &sink)
{
    FeedTextSource source(device, httpCharset);
    return read(source, url, sink);
}

Result<ParsedFeed> FeedParser::read(FeedTextSource &source, const QUrl &url, const ParsedItemSink &sink)
{
    qsizetype start = 0;
    const QChar first = source.firstSignificant(&start);
    if (first.isNull())
        return notAFeed(RootKind::Empty);
    if (first == u'{' || first == u'[') {
        auto json = JsonFeedParser::parse(source.readAllText().mid(start).toUtf8(), url);
        if (!json)
            return json;
        ParsedFeed feed = std::move(json).value();
        QList<ParsedItem> items = std::move(feed.items);
        feed.items.clear();
        for (ParsedItem &item : items) {
            if (!sink(std::move(item), feed))
                break;
        }
        return feed;
    }
    if (first != u'<')
        return notAFeed(RootKind::Text);

    ParsedFeed feed;
    feedxml::TreeReader reader(source, url);
    if (!reader.nextStart()) {
        if (looksLikeHtml(source.head(), start))
            return notAFeed(RootKind::Html);
        return notAFeed(reader.hasError() ? RootKind::BrokenXml : RootKind::OtherXml,
                        reader.hasError() ? reader.errorString() : QString());
    }
    const RootKind kind = classifyRoot(reader);
    qsizetype delivered = 0;
    bool stopped = false;
    const ParsedItemSink counted = [&](ParsedItem &&item, const ParsedFeed &f) {
        ++delivered;
        stopped = !sink(std::move(item), f);
        return !stopped;
    };
    if (kind == RootKind::Rss)
        RssParser::read(reader, &feed, counted);
    else if (kind == RootKind::Atom)
        AtomParser::read(reader, &feed, counted);
    else if (kind == RootKind::Cdf)
        CdfParser::read(reader, &feed, counted);
    else if (kind == RootKind::OtherXml && looksLikeHtml(source.head(), start))
        return notAFeed(RootKind::Html);
    else
        return notAFeed(kind, reader.name().toString());

    // The clean-up's warnings cover the whole file, read or not.
    if (!stopped)
        source.drain();
    feed.warnings = source.warnings() + feed.warnings;
    for (const QString &fault : reader.recoveredErrors())
        feed.warnings << makeError(ErrorCode::FeedItemMalformed, fault);
    if (reader.hasError()) {
        const bool nothingRead = delivered == 0 && feed.title.isEmpty() && feed.siteUrl.isEmpty()
            && feed.description.isEmpty() && feed.language.isEmpty();
        if (nothingRead)
            return notAFeed(RootKind::BrokenXml, reader.errorString());
        feed.warnings << makeError(ErrorCode::FeedCutOff, reader.errorString());
    }
    return feed;
}

bool FeedParser::looksLikeFeed(const QByteArray &bytes)
{
    // The root element or the JSON keys are near the start; 64 KiB leaves room for
    // long comments and stylesheets before them.
    const QByteArray head = bytes.left(64 * 1024);
    const QString text = TextDecoder::decode(head);
    qsizetype start = 0;
    const QChar first = firstSignificant(text, &start);
    if (first == u'{') {
        return text.contains(QLatin1StringView("jsonfeed.org/version"))
            || QStringView(text).mid(start, 200).contains(QLatin1StringView("\"rss\""))
            || (text.contains(QLatin1StringView("\"version\"")) && text.contains(QLatin1StringView("\"items\"")));
    }
    if (first != u'<')
        return false;
    feedxml::TreeReader reader(TextDecoder::cleanXml(text), QUrl());
    if (!reader.nextStart())
        return false;
    const RootKind kind = classifyRoot(reader);
    return kind == RootKind::Rss || kind == RootKind::Atom || kind == RootKind::Cdf;
}

} // namespace veille
