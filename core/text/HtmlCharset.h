#pragma once

#include <QByteArray>
#include <QString>

namespace veille {

// Bytes of an HTML page to text. Order of trust: a byte order mark, the charset a
// <meta> (or an XML declaration) names, UTF-8 when the bytes are valid UTF-8, else
// Windows-1252 (which browsers use for pages labelled ISO-8859-1 too). A page that
// says UTF-8 but is not falls back to Windows-1252 rather than showing replacement
// characters; other charsets go through ChunkDecoder (iconv), with its aliases.
class HtmlCharset {
public:
    static QString decode(const QByteArray &bytes, QByteArray *usedCharset = nullptr);

    // The charset the page declares in its first few kilobytes, lower case, or empty.
    static QByteArray declared(const QByteArray &bytes);
};

} // namespace veille
