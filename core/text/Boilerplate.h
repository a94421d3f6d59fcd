#pragma once

#include <QString>

namespace veille {

// Lines that are not part of an article: the promotional lines sites append ("Suivez-nous
// sur ...", "Sign up for our newsletter") and the headings of key-points boxes. Shared by
// the HTML and plain-text importers. Matching ignores case, accents and the kind of
// apostrophe, so "L’ESSENTIEL" and "l'essentiel" are the same heading.
class Boilerplate {
public:
    // A short line that asks the reader to follow, subscribe, share or download.
    static bool isPromotional(const QString &line);

    // A key-points heading such as "Principaux renseignements", "À retenir :",
    // "L’essentiel", "Key points", "TL;DR"; ordinary sentences are rejected.
    static bool isKeyPointsHeading(const QString &line);

    // The line lower-cased, without accents, apostrophes as ', dashes as '-', spaces
    // collapsed and trimmed: the form the two tests above compare.
    static QString normalized(const QString &line);
};

} // namespace veille
