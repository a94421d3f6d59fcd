#include "parse/RssParser.h"

#include "parse/AtomParser.h"
#include "parse/FeedXmlContent.h"
#include "parse/TreeReader.h"
#include "text/DateParser.h"

namespace veille {

using feedxml::Ns;
using feedxml::XmlNode;

namespace {

// An atom:link of an RSS channel: rel="self" names the feed, an alternate one the site.
void applyChannelLink(const feedxml::AtomLink &link, ParsedFeed *feed)
{
    if (link.href.isEmpty())
        return;
    if (link.rel == u"self") {
        if (feed->feedUrl.isEmpty())
            feed->feedUrl = link.href;
    } else if ((link.rel.isEmpty() || link.rel == u"alternate") && feed->siteUrl.isEmpty()) {
        feed->siteUrl = link.href;
    }
}

// Elements RSS itself defines: no namespace (0.9x, 2.0) or the RSS 1.0 / 0.90 ones.
bool isRss(const XmlNode &n)
{
    return n.ns == Ns::None || n.ns == Ns::Rss10 || n.ns == Ns::Rss090;
}

bool isRss(Ns ns)
{
    return ns == Ns::None || ns == Ns::Rss10 || ns == Ns::Rss090;
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(QLatin1StringView("http://")) || s.startsWith(QLatin1StringView("https://"));
}

void addPerson(ParsedItem *item, const ParsedPerson &p)
{
    if (p.name.isEmpty() && p.email.isEmpty())
        return;
    for (const ParsedPerson &existing : item->authors) {
        if (existing.name == p.name && existing.email == p.email)
            return;
    }
    item->authors.append(p);
}

ParsedItem readItem(const XmlNode &node)
{
    ParsedItem item;
    QString guid;
    bool guidIsPermaLink = true;
    QString atomAlternate;
    QString description;
    QString dcDescription;
    QString itunesSummary;
    QString atomSummary;
    QString atomContent;
    QString dcTitle;
    QDateTime pubDate;
    QDateTime dcDate;
    QDateTime atomPublished;
    QDateTime atomUpdated;
    QDateTime dcModified;
    QList<ParsedPerson> rssAuthors;
    QList<ParsedPerson> atomAuthors;
    QList<ParsedPerson> dcCreators;
    QList<ParsedPerson> otherAuthors;
    QStringList keywords;
    QStringList dcSubjects;
    QStringList atomCategories;
    QString itunesImage;

    for (const XmlNode &c : node.children) {
        const QStringView name = c.name;
        if (isRss(c)) {
            if (name == u"title") {
                item.title = c.value();
            } else if (name == u"link") {
                QString link = c.value();
                if (link.isEmpty())
                    link = c.attr(u"href").trimmed();
                if (!link.isEmpty())
                    item.link = c.resolve(link); // a later link replaces an earlier one
            } else if (name == u"guid") {
                guid = c.value();
                guidIsPermaLink = c.attr(u"isPermaLink").trimmed().compare(u"false", Qt::CaseInsensitive) != 0;
            } else if (name == u"description") {
                description = c.value();
            } else if (name == u"pubDate") {
                pubDate = DateParser::parse(c.text);
            } else if (name == u"author") {
                if (!c.children.empty()) {
                    // Some feeds nest name/email (and even a job title) inside <author>.
                    const ParsedPerson p = AtomParser::person(c);
                    rssAuthors.append(ParsedPerson{p.name, p.email, {}});
                } else {
                    rssAuthors.append(feedxml::parsePersonText(c.text));
                }
            } else if (name == u"category") {
                const QString cat = c.value();
                if (!cat.isEmpty())
                    item.categories.append(cat);
            } else if (name == u"enclosure") {
                ParsedEnclosure e;
                e.url = c.resolve(c.attr(u"url"));
                e.type = c.attr(u"type").trimmed();
                e.length = c.attr(u"length").trimmed().toLongLong();
                if (!e.url.isEmpty())
                    item.enclosures.append(e);
            }
            continue;
        }
        switch (c.ns) {
        case Ns::Content:
            if (name == u"encoded") {
                const QString html = c.value();
                if (!html.isEmpty() && item.contentHtml.isEmpty())
                    item.contentHtml = html;
            }
            break;
        case Ns::Dc:
        case Ns::DcTerms:
            if (name == u"creator" || name == u"author" || name == u"contributor") {
                const ParsedPerson p = feedxml::parsePersonText(c.value());
                (name == u"creator" ? dcCreators : otherAuthors).append(p);
            } else if (name == u"date" || name == u"issued" || name == u"created") {
                if (!dcDate.isValid())
                    dcDate = DateParser::parse(c.text);
            } else if (name == u"modified") {
                dcModified = DateParser::parse(c.text);
            } else if (name == u"title") {
                dcTitle = c.value();
            } else if (name == u"description") {
                dcDescription = c.value();
            } else if (name == u"subject") {
                const QString s = c.value();
                if (!s.isEmpty())
                    dcSubjects.append(s);
            } else if (name == u"identifier" && guid.isEmpty()) {
                guid = c.value();
                guidIsPermaLink = false;
            }
            break;
        case Ns::Atom:
        case Ns::Atom03:
            if (name == u"link") {
                const feedxml::AtomLink link = feedxml::readAtomLink(c);
                if (link.href.isEmpty())
                    break;
                if (link.rel == u"enclosure")
                    feedxml::addLinkEnclosure(c, link.href, &item);
                else if ((link.rel.isEmpty() || link.rel == u"alternate") && atomAlternate.isEmpty())
                    atomAlternate = link.href;
            } else if (name == u"author") {
                atomAuthors.append(AtomParser::person(c));
            } else if (name == u"content") {
                atomContent = AtomParser::text(c, true);
            } else if (name == u"summary") {
                atomSummary = AtomParser::text(c, true);
            } else if (name == u"published") {
                atomPublished = DateParser::parse(c.text);
            } else if (name == u"updated") {
                atomUpdated = DateParser::parse(c.text);
            } else if (name == u"category") {
                const QString term = c.attr(u"term").trimmed();
                if (!term.isEmpty())
                    atomCategories.append(term);
            } else if (name == u"id" && guid.isEmpty()) {
                guid = c.value();
                guidIsPermaLink = false;
            } else if (name == u"title" && item.title.isEmpty()) {
                dcTitle = AtomParser::text(c, false);
            }
            break;
        case Ns::Media:
            feedxml::applyMedia(c, &item);
            break;
        case Ns::Itunes:
            if (name == u"summary") {
                itunesSummary = c.value();
            } else if (name == u"author") {
                otherAuthors.append(feedxml::parsePersonText(c.value()));
            } else if (name == u"image") {
                itunesImage = c.resolve(c.attr(u"href"));
            } else if (name == u"keywords") {
                for (const QString &k : c.value().split(u',', Qt::SkipEmptyParts)) {
                    if (!k.trimmed().isEmpty())
                        keywords.append(k.trimmed());
                }
            }
            break;
        default:
            break;
        }
    }

    if (item.title.isEmpty())
        item.title = dcTitle;
    // RSS 1.0 names each item by its URL.
    const QString about = node.attr(Ns::Rdf, u"about").trimmed();
    if (item.link.isEmpty())
        item.link = atomAlternate;
    if (item.link.isEmpty() && guidIsPermaLink && looksLikeUrl(guid))
        item.link = guid;
    if (item.link.isEmpty() && !about.isEmpty())
        item.link = node.resolve(about);
    item.guid = !guid.isEmpty() && guidIsPermaLink ? guid : !about.isEmpty() ? about : guid;

    item.summaryHtml = !description.isEmpty() ? description
        : !dcDescription.isEmpty()            ? dcDescription
        : !atomSummary.isEmpty()              ? atomSummary
                                              : itunesSummary;
    if (item.contentHtml.isEmpty())
        item.contentHtml = atomContent;
    item.contentHtml = feedxml::resolveHtmlUrls(item.contentHtml, node);
    item.summaryHtml = feedxml::resolveHtmlUrls(item.summaryHtml, node);

    item.published = pubDate.isValid() ? pubDate : atomPublished.isValid() ? atomPublished : dcDate;
    item.updated = atomUpdated.isValid() ? atomUpdated : dcModified.isValid() ? dcModified : dcDate;

    for (const auto *list : {&rssAuthors, &atomAuthors, &dcCreators, &otherAuthors}) {
        if (!item.authors.isEmpty())
            break;
        for (const ParsedPerson &p : *list)
            addPerson(&item, p);
    }
    item.categories << keywords << dcSubjects << atomCategories;
    if (item.imageUrl.isEmpty())
        item.imageUrl = itunesImage;
    return item;
}

void applyChannelElement(const XmlNode &c, ParsedFeed *feed, QDateTime *pubDate, QDateTime *lastBuild)
{
    const QStringView name = c.name;
    if (isRss(c)) {
        if (name == u"title") {
            if (feed->title.isEmpty())
                feed->title = c.value();
        } else if (name == u"link") {
            QString link = c.value();
            if (link.isEmpty())
                link = c.attr(u"href").trimmed();
            if (!link.isEmpty()) // a later link replaces an earlier one, as for items
                feed->siteUrl = c.resolve(link);
        } else if (name == u"description") {
            if (feed->description.isEmpty())
                feed->description = c.value();
        } else if (name == u"language") {
            feed->language = c.value();
        } else if (name == u"image") {
            if (const XmlNode *url = c.child(c.ns, u"url")) {
                if (feed->imageUrl.isEmpty())
                    feed->imageUrl = url->resolve(url->value());
            } else if (!c.attr(Ns::Rdf, u"resource").isEmpty() && feed->imageUrl.isEmpty()) {
                feed->imageUrl = c.resolve(c.attr(Ns::Rdf, u"resource"));
            }
        } else if (name == u"pubDate") {
            *pubDate = DateParser::parse(c.text);
        } else if (name == u"lastBuildDate") {
            *lastBuild = DateParser::parse(c.text);
        }
        return;
    }
    switch (c.ns) {
    case Ns::Atom:
    case Ns::Atom03:
        if (name == u"link")
            applyChannelLink(feedxml::readAtomLink(c), feed);
        break;
    case Ns::Dc:
    case Ns::DcTerms:
        if (name == u"title" && feed->title.isEmpty())
            feed->title = c.value();
        else if (name == u"language" && feed->language.isEmpty())
            feed->language = c.value();
        else if (name == u"date" && !lastBuild->isValid())
            *lastBuild = DateParser::parse(c.text);
        else if (name == u"description" && feed->description.isEmpty())
            feed->description = c.value();
        break;
    case Ns::Itunes:
        if (name == u"image" && feed->imageUrl.isEmpty())
            feed->imageUrl = c.resolve(c.attr(u"href"));
        else if ((name == u"summary" || name == u"subtitle") && feed->description.isEmpty())
            feed->description = c.value();
        break;
    case Ns::Media:
        if ((name == u"thumbnail" || name == u"content") && feed->imageUrl.isEmpty()) {
            const QString type = c.attr(u"type");
            const QString medium = c.attr(u"medium");
            if (name == u"thumbnail" || medium == u"image" || type.startsWith(QLatin1StringView("image/")))
                feed->imageUrl = c.resolve(c.attr(u"url"));
        }
        break;
    default:
        break;
    }
}

} // namespace

void RssParser::read(feedxml::TreeReader &reader, ParsedFeed *feed, const ParsedItemSink &sink)
{
    feed->format = FeedFormat::Rss;
    if (reader.name() == u"rss") {
        feed->version = reader.attr(u"version").trimmed();
        if (feed->version.isEmpty())
            feed->version = QStringLiteral("2.0");
    } else {
        feed->version = QStringLiteral("1.0");
    }
    QDateTime pubDate;
    QDateTime lastBuild;
    bool sawRss090 = false;
    while (reader.nextStart()) {
        const Ns ns = reader.ns();
        if (isRss(ns) && reader.name() == u"channel") {
            sawRss090 = sawRss090 || ns == Ns::Rss090;
            continue; // descend: its children are channel elements and (RSS 2.0) items
        }
        if (isRss(ns) && reader.name() == u"item") {
            const XmlNode node = reader.readElement();
            // Nothing of it could be read: the reader looks for the next one.
            if (reader.hasError() && node.children.empty())
                continue;
            if (!sink(readItem(node), *feed))
                break;
            continue;
        }
        const XmlNode node = reader.readElement();
        applyChannelElement(node, feed, &pubDate, &lastBuild);
    }
    if (sawRss090)
        feed->version = QStringLiteral("0.90");
    feed->updated = lastBuild.isValid() ? lastBuild : pubDate;
}

} // namespace veille
