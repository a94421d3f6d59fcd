#pragma once

#include <QString>
#include <QStringView>

namespace veille {

// The language a page or feed declares, as Veille stores it: "fr", "en" or empty.
class LanguageCode {
public:
    // Reads the first tag of a declaration (lang="fr-FR", og:locale "fr_CA", a
    // Content-Language list "en-us, fr"): case and spaces do not matter, the region is
    // dropped, and the primary subtag may be the two-letter code, ISO 639-2 ("fra",
    // "fre", "eng") or the language's own name ("French", "français", "English").
    // Anything else ("de", "frr" North Frisian, "enm" Middle English) is empty.
    static QString normalise(QStringView declared);
};

} // namespace veille
