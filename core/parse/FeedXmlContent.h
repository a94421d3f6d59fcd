#pragma once

#include "model/ParsedFeed.h"
#include "parse/XmlNode.h"

#include <QString>

namespace veille::feedxml {

// Media RSS: media:content, media:thumbnail and media:group give the item image, and
// audio or video media:content becomes an enclosure when the item has none of its own.
void applyMedia(const XmlNode &node, ParsedItem *item);

// Rewrites relative href, src, poster and srcset values in an HTML string against the
// element's base, through UrlResolver; fragment-only references ("#fn1") stay as they
// are: they point into the article page, not the feed.
QString resolveHtmlUrls(const QString &html, const XmlNode &context);

// An Atom link element (in an Atom feed or inside RSS): href resolved against the
// element's base, rel trimmed and lower case, empty when absent.
struct AtomLink {
    QString href;
    QString rel;
};
AtomLink readAtomLink(const XmlNode &node);
// Adds the enclosure a link with rel="enclosure" describes, unless the item has one with
// the same URL already.
void addLinkEnclosure(const XmlNode &node, const QString &href, ParsedItem *item);
// Adds an enclosure unless the item has one with the same URL already.
void addEnclosureOnce(ParsedItem *item, const ParsedEnclosure &e);

// "email@example.org (Name)", "Name <email@example.org>", a bare address or a bare name.
ParsedPerson parsePersonText(const QString &text);

} // namespace veille::feedxml
