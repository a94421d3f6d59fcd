#pragma once

#include <QString>
#include <QStringView>

namespace veille {

// Character references of HTML: named (&eacute;), decimal (&#233;) and hexadecimal
// (&#xE9;). Decoding follows the browsers' rules closely enough that what a browser
// would read as "javascript:" we read the same way, which is what the sanitizer needs.
class HtmlEntities {
public:
    // Appends `in` to `out` with its character references decoded. In attribute values
    // a legacy reference without ';' followed by a letter, digit or '=' stays as written.
    static void appendDecoded(QString &out, QStringView in, bool inAttribute = false);
    static QString decode(QStringView in, bool inAttribute = false);

    // The character a named reference stands for (name without '&' and ';'), or 0. The
    // one table of named references: HTML 4's, the HTML 5 names feeds use, and HTML 5's
    // values where they differ (&lang; is U+27E8).
    static char32_t named(QStringView name);

    // A numeric reference read from `at`, just after "&#": decimal or, after 'x' or 'X',
    // hexadecimal, at most `maxDigits` digits. A value past U+10FFFF reads as 0x110000.
    struct NumericReference {
        char32_t value = 0;
        qsizetype end = 0;      // just after the digits
        bool hasDigits = false; // "&#;" and "&#x;" are not references
        bool semicolon = false; // whether a ';' is at `end`
    };
    static NumericReference readNumeric(QStringView in, qsizetype at, qsizetype maxDigits = 1 << 20);
};

} // namespace veille
