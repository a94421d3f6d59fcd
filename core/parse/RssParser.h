#pragma once

#include "model/ParsedFeed.h"

namespace veille {

namespace feedxml {
class TreeReader;
} // namespace feedxml

// RSS 0.90 to 2.0, including RSS 1.0 (RDF). Items are read one at a time from the stream.
class RssParser {
public:
    // Reads the document whose root element (<rss>, <rdf:RDF> or <channel>) the reader
    // has just entered.
    // Each item goes to `sink` as soon as it is read; `feed` gets the feed's own fields.
    static void read(feedxml::TreeReader &reader, ParsedFeed *feed, const ParsedItemSink &sink);
};

} // namespace veille
