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

    // The character a named reference stands for (name without '&' and ';'), or 0.
    static char32_t named(QStringView name);
};

} // namespace veille
