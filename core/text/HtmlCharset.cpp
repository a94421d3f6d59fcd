#include "text/HtmlCharset.h"

#include <QStringDecoder>

#include <iconv.h>

#include <cerrno>
#include <cstring>

namespace veille {

namespace {

constexpr qsizetype kPrescanBytes = 4096;

constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

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

enum class Kind { Utf8, Windows1252, Utf16Le, Utf16Be, Other };

Kind classify(const QByteArray &name)
{
    if (name == "utf-8" || name == "utf8" || name == "unicode-1-1-utf-8")
        return Kind::Utf8;
    if (name == "iso-8859-1" || name == "iso8859-1" || name == "latin1" || name == "latin-1"
        || name == "l1" || name == "us-ascii" || name == "ascii" || name == "windows-1252"
        || name == "cp1252" || name == "x-cp1252" || name == "iso_8859-1" || name == "cp819")
        return Kind::Windows1252;
    // A page cannot describe itself in UTF-16 from an ASCII meta tag; browsers read
    // such a label as UTF-8.
    if (name.startsWith("utf-16") || name.startsWith("ucs-2") || name == "unicode")
        return Kind::Utf8;
    return Kind::Other;
}

} // namespace

QByteArray HtmlCharset::declared(const QByteArray &bytes)
{
    const QByteArray lower = bytes.left(kPrescanBytes).toLower();
    if (lower.startsWith("<?xml")) {
        const qsizetype end = lower.indexOf("?>");
        const qsizetype enc = lower.indexOf("encoding", 5);
        if (enc > 0 && (end < 0 || enc < end)) {
            qsizetype i = enc + 8;
            while (i < lower.size() && (lower[i] == ' ' || lower[i] == '=' || lower[i] == '"'
                                        || lower[i] == '\''))
                ++i;
            const qsizetype start = i;
            while (i < lower.size() && isNameChar(lower[i]))
                ++i;
            if (i > start)
                return lower.mid(start, i - start);
        }
    }
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

bool HtmlCharset::isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Fast path over ASCII, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 chunk;
            memcpy(&chunk, p + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += extra + 1;
    }
    return true;
}

QString HtmlCharset::fromWindows1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = uchar(bytes[i]);
        o[i] = (c >= 0x80 && c <= 0x9F) ? QChar(kWindows1252High[c - 0x80]) : QChar(c);
    }
    return out;
}

bool HtmlCharset::decodeWithIconv(const QByteArray &bytes, const QByteArray &charset, QString *out)
{
    iconv_t cd = iconv_open("UTF-16LE", charset.constData());
    if (cd == iconv_t(-1))
        return false;
    QByteArray buffer;
    buffer.resize(bytes.size() * 4 + 16);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = buffer.data();
    size_t outLeft = size_t(buffer.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) != size_t(-1))
            break;
        if (errno == EILSEQ || errno == EINVAL) {
            // An invalid or truncated sequence: one replacement character, skip a byte.
            if (outLeft < 2)
                break;
            *outPtr++ = char(0xFD);
            *outPtr++ = char(0xFF);
            outLeft -= 2;
            ++in;
            --inLeft;
            continue;
        }
        break; // E2BIG cannot happen with four bytes out per byte in
    }
    iconv_close(cd);
    const qsizetype produced = qsizetype(outPtr - buffer.data()) / 2;
    *out = QString(reinterpret_cast<const QChar *>(buffer.constData()), produced);
    return true;
}

QString HtmlCharset::decode(const QByteArray &bytes, QByteArray *usedCharset)
{
    auto used = [&](const char *name) {
        if (usedCharset)
            *usedCharset = name;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        used("utf-8");
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = uchar(bytes[0]) == 0xFF;
        used(le ? "utf-16le" : "utf-16be");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return decoder(bytes.sliced(2));
    }
    const QByteArray declaredName = declared(bytes);
    const Kind kind = declaredName.isEmpty() ? Kind::Utf8 : classify(declaredName);
    if (kind == Kind::Other) {
        QString out;
        if (decodeWithIconv(bytes, declaredName, &out)) {
            if (usedCharset)
                *usedCharset = declaredName;
            return out;
        }
    }
    if (kind != Kind::Windows1252 && isValidUtf8(bytes)) {
        used("utf-8");
        return QString::fromUtf8(bytes);
    }
    used("windows-1252");
    return fromWindows1252(bytes);
}

} // namespace veille
