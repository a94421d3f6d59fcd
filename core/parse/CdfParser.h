#pragma once

#include "model/ParsedFeed.h"

namespace veille {

namespace feedxml {
class TreeReader;
} // namespace feedxml

// Microsoft's Channel Definition Format (CDF, 1997): a <CHANNEL HREF="..."> with a TITLE,
// an ABSTRACT, a LOGO and ITEMs, each an HREF with its own TITLE, ABSTRACT and LASTMOD;
// channels may hold channels, whose items are the feed's too. Element and attribute
// names are read in any case (files were written both ways), and a channel's BASE
// attribute is the base of the addresses inside it, as xml:base is.
class CdfParser {
public:
    // Whether a root element is a CDF channel rather than a bare RSS <channel>: CDF
    // writes it in capitals, or gives it an HREF.
    static bool isCdfRoot(QStringView name, bool hasHref);

    // Reads the document whose root <CHANNEL> the reader has just entered.
    static void read(feedxml::TreeReader &reader, ParsedFeed *feed, const ParsedItemSink &sink);
};

} // namespace veille
