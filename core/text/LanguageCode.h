#pragma once

#include <QString>
#include <QStringView>

namespace veille {

// The language a page or feed declares, as Veille stores it: a two-letter ISO 639-1 code
// ("fr", "en", "pt", "de"...) or empty.
class LanguageCode {
public:
    // Reads the first tag of a declaration (lang="fr-FR", og:locale "pt_BR", a
    // Content-Language list "en-us, fr"): case and spaces do not matter, the region is
    // dropped. A two-letter primary subtag is kept as it is; ISO 639-2 codes ("fra", "deu",
    // "por") and the language's own or English name ("français", "Deutsch", "Portuguese")
    // are read for the languages Veille tells apart (fr, en, de, es, pt, it, nl). Anything
    // else ("frr" North Frisian, "enm" Middle English, "x-fr") is empty.
    static QString normalise(QStringView declared);
};

} // namespace veille
