#include "text/HtmlCharset.h"

#include "text/ChunkDecoder.h"

#include <QUtf8StringView>

namespace veille {

namespace {

constexpr qsizetype kPrescanBytes = 4096;

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
        || c == ':';
}

// Reads "charset = name" starting at `from` in a lower-case buffer, up to `end`.
QByteArray charsetAfter(const QByteArray &lower, qsizetype from, qsizetype end)
{
    qsizetype i = lower.indexOf("charset", from);
    if (i < 0 || i >= end)
        return {};
    i += 7;
    while (i < end && (lower[i] == ' ' || lower[i] == '\t' || lower[i] == '\n' || lower[i] == '\r'))
        ++i;
    if (i >= end || lower[i] != '=')
        return {};
    ++i;
    while (i < end && (lower[i] == ' ' || lower[i] == '"' || lower[i] == '\''))
        ++i;
    const qsizetype start = i;
    while (i < end && isNameChar(lower[i]))
        ++i;
    return lower.mid(start, i - start);
}

// A page cannot describe itself in UTF-16 from an ASCII meta tag; browsers read such a
// label as UTF-8.
bool meansUtf8(const QByteArray &normalised)
{
    return normalised == "utf-8" || normalised.startsWith("utf-16") || normalised.startsWith("ucs-2")
        || normalised == "unicode";
}

} // namespace

QByteArray HtmlCharset::declared(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(kPrescanBytes);
    const QByteArray xml = ChunkDecoder::declaredEncoding(head);
    if (!xml.isEmpty())
        return xml;
    const QByteArray lower = head.toLower();
    qsizetype from = 0;
    while (true) {
        const qsizetype meta = lower.indexOf("<meta", from);
        if (meta < 0)
            return {};
        qsizetype end = lower.indexOf('>', meta);
        if (end < 0)
            end = lower.size();
        const QByteArray name = charsetAfter(lower, meta, end);
        if (!name.isEmpty())
            return name;
        from = end;
    }
}

QString HtmlCharset::decode(const QByteArray &bytes, QByteArray *usedCharset)
{
    QByteArray charset;
    qsizetype skip = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        charset = "utf-8";
        skip = 3;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        charset = uchar(bytes[0]) == 0xFF ? "utf-16le" : "utf-16be";
        skip = 2;
    }
    ChunkDecoder decoder;
    bool opened = false;
    if (charset.isEmpty()) {
        const QByteArray label = ChunkDecoder::normalise(declared(bytes));
        if (!label.isEmpty() && label != "windows-1252" && !meansUtf8(label) && decoder.open(label)) {
            charset = label;
            opened = true;
        } else if (label != "windows-1252" && QUtf8StringView(bytes).isValidUtf8()) {
            charset = "utf-8";
        } else {
            charset = "windows-1252";
        }
    }
    if (!opened)
        decoder.open(charset);
    if (usedCharset)
        *usedCharset = charset;
    QString out;
    decoder.decode(QByteArrayView(bytes).sliced(skip), true, &out);
    return out;
}

} // namespace veille
