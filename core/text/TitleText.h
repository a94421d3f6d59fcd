#pragma once

#include <QString>
#include <QStringView>

namespace veille {

// A title as a reader expects to see it: text, never markup. Feeds give titles as HTML
// (Atom type="html" or "xhtml", RSS titles holding tags), escaped once more than needed
// ("AT&amp;amp;T", "&lt;b&gt;New&lt;/b&gt;") or as plain text; the list, the pane, search
// and exports all show the text alone ("AT&T", "New"). Plain text that merely contains
// "<" or "&" ("Fish & Chips <3", "a < b") is left as it is.
class TitleText {
public:
    static QString plain(QStringView raw);

    // Whether `s` holds a tag ("<b", "</", "<!") or a character reference ("&amp;",
    // "&#38;"): what plain() reads as HTML.
    static bool looksLikeMarkup(QStringView s);
};

} // namespace veille
