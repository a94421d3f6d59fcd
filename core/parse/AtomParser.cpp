#include "parse/AtomParser.h"

#include "parse/FeedXmlContent.h"
#include "parse/TreeReader.h"
#include "text/DateParser.h"

#include <QUtf8StringView>

namespace veille {

using feedxml::Ns;
using feedxml::XmlNode;

namespace {

bool isAtom(const XmlNode &n)
{
    return n.ns == Ns::Atom || n.ns == Ns::Atom03 || n.ns == Ns::None;
}

enum class TextKind { Text, Html, Xhtml, Base64 };

TextKind kindOf(const XmlNode &node)
{
    const QString type = node.attr(u"type").trimmed().toLower();
    if (type == u"html" || type == u"text/html")
        return TextKind::Html;
    if (type == u"xhtml" || type == u"application/xhtml+xml")
        return TextKind::Xhtml;
    // RFC 4287 4.1.3.3: a media type that is neither text nor XML is base64.
    if (type.contains(u'/') && !type.startsWith(QLatin1StringView("text/")) && !type.endsWith(QLatin1StringView("xml")))
        return TextKind::Base64;
    return TextKind::Text;
}

bool isAlternate(const XmlNode &link)
{
    const QString rel = link.attr(u"rel").trimmed().toLower();
    return rel.isEmpty() || rel == u"alternate";
}

} // namespace

ParsedPerson AtomParser::person(const XmlNode &node)
{
    ParsedPerson p;
    for (const XmlNode &c : node.children) {
        if (c.name == u"name")
            p.name = c.value();
        else if (c.name == u"email")
            p.email = c.value();
        else if (c.name == u"uri" || c.name == u"url" || c.name == u"homepage")
            p.uri = c.resolve(c.value());
    }
    if (node.children.empty())
        p = feedxml::parsePersonText(node.text);
    return p;
}

QString AtomParser::text(const XmlNode &node, bool asHtml)
{
    const TextKind kind = kindOf(node);
    const QString mode = node.attr(u"mode").trimmed().toLower();
    if (mode == u"base64" || kind == TextKind::Base64) {
        // A type we do not know may still be plain text: keep it when it is not base64.
        const auto decoded = QByteArray::fromBase64Encoding(node.text.trimmed().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && (mode == u"base64" || QUtf8StringView(*decoded).isValidUtf8())) {
            const QString text = QString::fromUtf8(*decoded);
            return kind != TextKind::Html && asHtml ? feedxml::escapeHtml(text) : text;
        }
    }
    if (kind == TextKind::Xhtml) {
        const XmlNode *div = nullptr;
        for (const XmlNode &c : node.children) {
            if (c.name == u"div") {
                div = &c;
                break;
            }
        }
        // As HTML the wrapper div is kept: its xmlns says the markup is XHTML.
        if (asHtml)
            return node.innerXml(true).trimmed();
        return (div ? div->innerXml(true) : node.innerXml(true)).trimmed();
    }
    if (!node.children.empty()) // markup written straight into the element
        return node.innerXml(true).trimmed();
    if (kind == TextKind::Html)
        return feedxml::resolveHtmlUrls(node.text.trimmed(), node);
    return asHtml ? feedxml::escapeHtml(node.text.trimmed()) : node.text.trimmed();
}

namespace {

bool sameHost(const QString &a, const QString &b)
{
    const QString ha = QUrl(a).host().toLower();
    const QString hb = QUrl(b).host().toLower();
    auto bare = [](const QString &h) { return h.startsWith(QLatin1StringView("www.")) ? h.mid(4) : h; };
    return !ha.isEmpty() && bare(ha) == bare(hb);
}

// `siteUrl` is the feed's home page as far as it is known: a link-blog entry whose
// alternate link points elsewhere keeps its own page, given as rel="related" on the
// same site, as its link.
ParsedItem readEntry(const XmlNode &entry, const QString &siteUrl, QString *language)
{
    ParsedItem item;
    QString firstLink;
    QString related;
    if (language->isEmpty())
        *language = entry.attr(Ns::Xml, u"lang").trimmed();
    for (const XmlNode &c : entry.children) {
        if (c.ns == Ns::Media) {
            feedxml::applyMedia(c, &item);
            continue;
        }
        if (!isAtom(c))
            continue;
        const QStringView name = c.name;
        if (name == u"title") {
            item.title = AtomParser::text(c, false);
        } else if (name == u"id") {
            item.guid = c.value();
        } else if (name == u"link") {
            const auto [href, rel] = feedxml::readAtomLink(c);
            if (href.isEmpty())
                continue;
            if (rel == u"enclosure") {
                feedxml::addLinkEnclosure(c, href, &item);
            } else if (rel == u"related") {
                if (related.isEmpty())
                    related = href;
            } else if (isAlternate(c)) {
                const QString type = c.attr(u"type").toLower();
                if (item.link.isEmpty() && (type.isEmpty() || type.contains(u"html")))
                    item.link = href;
                if (firstLink.isEmpty())
                    firstLink = href;
            }
        } else if (name == u"published" || name == u"issued" || (name == u"created" && !item.published.isValid())) {
            const QDateTime d = DateParser::parse(c.text);
            if (d.isValid())
                item.published = d;
        } else if (name == u"updated" || name == u"modified") {
            item.updated = DateParser::parse(c.text);
        } else if (name == u"author") {
            const ParsedPerson p = AtomParser::person(c);
            if (!p.name.isEmpty() || !p.email.isEmpty() || !p.uri.isEmpty())
                item.authors.append(p);
        } else if (name == u"content") {
            if (language->isEmpty())
                *language = c.attr(Ns::Xml, u"lang").trimmed();
            if (c.attr(u"src").isEmpty())
                item.contentHtml = AtomParser::text(c, true);
        } else if (name == u"summary") {
            item.summaryHtml = AtomParser::text(c, true);
        } else if (name == u"category") {
            QString term = c.attr(u"term").trimmed();
            if (term.isEmpty())
                term = c.attr(u"label").trimmed();
            if (term.isEmpty())
                term = c.value();
            if (!term.isEmpty())
                item.categories.append(term);
        }
    }
    if (item.link.isEmpty())
        item.link = firstLink;
    if (!related.isEmpty() && !siteUrl.isEmpty() && sameHost(related, siteUrl) && !sameHost(item.link, siteUrl))
        item.link = related;
    // An entry must have <updated>, not <published>; the reader sorts on published.
    if (!item.published.isValid())
        item.published = item.updated;
    return item;
}

} // namespace

void AtomParser::read(feedxml::TreeReader &reader, ParsedFeed *feed, const ParsedItemSink &sink)
{
    feed->format = FeedFormat::Atom;
    const QString version = reader.attr(u"version").trimmed();
    feed->version = reader.ns() == Ns::Atom03 || version == u"0.3" ? QStringLiteral("atom03")
                                                                   : QStringLiteral("atom10");
    feed->language = reader.attr(u"lang").trimmed();
    QString icon;
    QString logo;
    QString firstAlternate;
    QString entryLanguage;
    while (reader.nextStart()) {
        const bool atom = reader.ns() == Ns::Atom || reader.ns() == Ns::Atom03 || reader.ns() == Ns::None;
        if (atom && reader.name() == u"entry") {
            const XmlNode node = reader.readElement();
            // Nothing of it could be read: the reader looks for the next one.
            if (reader.hasError() && node.children.empty())
                continue;
            ParsedItem item = readEntry(node, feed->siteUrl.isEmpty() ? firstAlternate : feed->siteUrl, &entryLanguage);
            // Many feeds state their language only on entries or their content.
            if (feed->language.isEmpty())
                feed->language = entryLanguage;
            if (!sink(std::move(item), *feed))
                break;
            continue;
        }
        const XmlNode c = reader.readElement();
        if (c.ns == Ns::Media && feed->imageUrl.isEmpty() && c.name == u"thumbnail") {
            feed->imageUrl = c.resolve(c.attr(u"url"));
            continue;
        }
        if (!isAtom(c))
            continue;
        const QStringView name = c.name;
        if (name == u"title") {
            feed->title = text(c, false);
        } else if (name == u"subtitle" || name == u"tagline") {
            feed->description = text(c, false);
        } else if (name == u"link") {
            const auto [href, rel] = feedxml::readAtomLink(c);
            if (href.isEmpty())
                continue;
            if (rel == u"self") {
                if (feed->feedUrl.isEmpty())
                    feed->feedUrl = href;
            } else if (isAlternate(c)) {
                const QString type = c.attr(u"type").toLower();
                if (feed->siteUrl.isEmpty() && (type.isEmpty() || type.contains(u"html")))
                    feed->siteUrl = href;
                if (firstAlternate.isEmpty())
                    firstAlternate = href;
            }
        } else if (name == u"updated" || name == u"modified") {
            feed->updated = DateParser::parse(c.text);
        } else if (name == u"icon") {
            icon = c.resolve(c.value());
        } else if (name == u"logo") {
            logo = c.resolve(c.value());
        } else if (name == u"author") {
            const ParsedPerson p = person(c);
            if (!p.name.isEmpty() || !p.email.isEmpty() || !p.uri.isEmpty())
                feed->authors.append(p);
        }
    }
    if (feed->siteUrl.isEmpty())
        feed->siteUrl = firstAlternate;
    if (feed->language.isEmpty())
        feed->language = entryLanguage;
    if (feed->imageUrl.isEmpty())
        feed->imageUrl = !icon.isEmpty() ? icon : logo;
    // An entry without an author has the feed's (RFC 4287, 4.2.1): feed->authors, which
    // the consumer of the items applies, since they may come after some entries.
}

} // namespace veille
