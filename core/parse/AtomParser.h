#pragma once

#include "model/ParsedFeed.h"

namespace veille {

namespace feedxml {
class TreeReader;
struct XmlNode;
} // namespace feedxml

// Atom 1.0 and 0.3. Entries are read one at a time from the stream.
class AtomParser {
public:
    // Reads the document whose root <feed> element the reader has just entered.
    // Each item goes to `sink` as soon as it is read; `feed` gets the feed's own fields.
    static void read(feedxml::TreeReader &reader, ParsedFeed *feed, const ParsedItemSink &sink);

    // An Atom text construct (title, summary, content, rights...). As HTML: text is
    // escaped, HTML kept as a string, XHTML serialised with its wrapper div. As text:
    // text unescaped, HTML kept as a string, XHTML serialised without the wrapper.
    static QString text(const feedxml::XmlNode &node, bool asHtml);
    // <author>/<contributor>: name, email, uri (0.3: url, homepage).
    static ParsedPerson person(const feedxml::XmlNode &node);
};

} // namespace veille
