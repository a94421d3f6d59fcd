#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "model/Error.h"

namespace veille {

// Turns the bytes of a feed or OPML file into text that QXmlStreamReader (or the JSON
// reader) can take. QXmlStreamReader knows few codecs and stops at the first HTML entity,
// so the charset decision and the clean-up happen here, once, before any parsing.
class TextDecoder {
public:
    // Decodes bytes. Order of trust: a byte order mark, the encoding the XML declaration
    // names, the HTTP charset, UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    // A declared UTF-8 that is not valid UTF-8 falls back as if nothing were declared.
    // `usedCharset`, when given, receives the name of the charset that was used.
    static QString decode(const QByteArray &bytes, const QString &httpCharset = {},
                          QString *usedCharset = nullptr);

    // Decodes bytes with a named charset (any name glibc iconv knows, plus common
    // aliases). Returns false when the charset is unknown.
    static bool decodeAs(const QByteArray &bytes, const QByteArray &charset, QString *out);

    // Prepares decoded XML for QXmlStreamReader: drops the XML declaration (the text is
    // already decoded) and the DOCTYPE (no DTD entities, so no expansion bombs), replaces
    // HTML named entities XML does not define by their characters, escapes stray
    // ampersands and unknown entities, and strips characters that XML forbids.
    // CDATA sections and comments are left as they are, apart from illegal characters.
    static QString cleanXml(const QString &xml, QList<Error> *warnings = nullptr);
};

} // namespace veille
