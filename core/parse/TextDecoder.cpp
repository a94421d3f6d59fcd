#include "parse/TextDecoder.h"

#include <QSysInfo>
#include <QUtf8StringView>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace veille {

namespace {

struct EntityEntry {
    const char *name;
    char32_t code;
};

// HTML 4 named entities, sorted by name for binary search. The five XML entities
// (amp, lt, gt, quot, apos) are not here: XML handles them itself.
constexpr EntityEntry kHtmlEntities[] = {
    {"AElig", 0xC6},
    {"Aacute", 0xC1},
    {"Acirc", 0xC2},
    {"Agrave", 0xC0},
    {"Alpha", 0x391},
    {"Aring", 0xC5},
    {"Atilde", 0xC3},
    {"Auml", 0xC4},
    {"Beta", 0x392},
    {"Ccedil", 0xC7},
    {"Chi", 0x3A7},
    {"Dagger", 0x2021},
    {"Delta", 0x394},
    {"ETH", 0xD0},
    {"Eacute", 0xC9},
    {"Ecirc", 0xCA},
    {"Egrave", 0xC8},
    {"Epsilon", 0x395},
    {"Eta", 0x397},
    {"Euml", 0xCB},
    {"Gamma", 0x393},
    {"Iacute", 0xCD},
    {"Icirc", 0xCE},
    {"Igrave", 0xCC},
    {"Iota", 0x399},
    {"Iuml", 0xCF},
    {"Kappa", 0x39A},
    {"Lambda", 0x39B},
    {"Mu", 0x39C},
    {"Ntilde", 0xD1},
    {"Nu", 0x39D},
    {"OElig", 0x152},
    {"Oacute", 0xD3},
    {"Ocirc", 0xD4},
    {"Ograve", 0xD2},
    {"Omega", 0x3A9},
    {"Omicron", 0x39F},
    {"Oslash", 0xD8},
    {"Otilde", 0xD5},
    {"Ouml", 0xD6},
    {"Phi", 0x3A6},
    {"Pi", 0x3A0},
    {"Prime", 0x2033},
    {"Psi", 0x3A8},
    {"Rho", 0x3A1},
    {"Scaron", 0x160},
    {"Sigma", 0x3A3},
    {"THORN", 0xDE},
    {"Tau", 0x3A4},
    {"Theta", 0x398},
    {"Uacute", 0xDA},
    {"Ucirc", 0xDB},
    {"Ugrave", 0xD9},
    {"Upsilon", 0x3A5},
    {"Uuml", 0xDC},
    {"Xi", 0x39E},
    {"Yacute", 0xDD},
    {"Yuml", 0x178},
    {"Zeta", 0x396},
    {"aacute", 0xE1},
    {"acirc", 0xE2},
    {"acute", 0xB4},
    {"aelig", 0xE6},
    {"agrave", 0xE0},
    {"alefsym", 0x2135},
    {"alpha", 0x3B1},
    {"and", 0x2227},
    {"ang", 0x2220},
    {"aring", 0xE5},
    {"asymp", 0x2248},
    {"atilde", 0xE3},
    {"auml", 0xE4},
    {"bdquo", 0x201E},
    {"beta", 0x3B2},
    {"brvbar", 0xA6},
    {"bull", 0x2022},
    {"cap", 0x2229},
    {"ccedil", 0xE7},
    {"cedil", 0xB8},
    {"cent", 0xA2},
    {"chi", 0x3C7},
    {"circ", 0x2C6},
    {"clubs", 0x2663},
    {"cong", 0x2245},
    {"copy", 0xA9},
    {"crarr", 0x21B5},
    {"cup", 0x222A},
    {"curren", 0xA4},
    {"dArr", 0x21D3},
    {"dagger", 0x2020},
    {"darr", 0x2193},
    {"deg", 0xB0},
    {"delta", 0x3B4},
    {"diams", 0x2666},
    {"divide", 0xF7},
    {"eacute", 0xE9},
    {"ecirc", 0xEA},
    {"egrave", 0xE8},
    {"empty", 0x2205},
    {"emsp", 0x2003},
    {"ensp", 0x2002},
    {"epsilon", 0x3B5},
    {"equiv", 0x2261},
    {"eta", 0x3B7},
    {"eth", 0xF0},
    {"euml", 0xEB},
    {"euro", 0x20AC},
    {"exist", 0x2203},
    {"fnof", 0x192},
    {"forall", 0x2200},
    {"frac12", 0xBD},
    {"frac14", 0xBC},
    {"frac34", 0xBE},
    {"frasl", 0x2044},
    {"gamma", 0x3B3},
    {"ge", 0x2265},
    {"hArr", 0x21D4},
    {"harr", 0x2194},
    {"hearts", 0x2665},
    {"hellip", 0x2026},
    {"iacute", 0xED},
    {"icirc", 0xEE},
    {"iexcl", 0xA1},
    {"igrave", 0xEC},
    {"image", 0x2111},
    {"infin", 0x221E},
    {"int", 0x222B},
    {"iota", 0x3B9},
    {"iquest", 0xBF},
    {"isin", 0x2208},
    {"iuml", 0xEF},
    {"kappa", 0x3BA},
    {"lArr", 0x21D0},
    {"lambda", 0x3BB},
    {"lang", 0x2329},
    {"laquo", 0xAB},
    {"larr", 0x2190},
    {"lceil", 0x2308},
    {"ldquo", 0x201C},
    {"le", 0x2264},
    {"lfloor", 0x230A},
    {"lowast", 0x2217},
    {"loz", 0x25CA},
    {"lrm", 0x200E},
    {"lsaquo", 0x2039},
    {"lsquo", 0x2018},
    {"macr", 0xAF},
    {"mdash", 0x2014},
    {"micro", 0xB5},
    {"middot", 0xB7},
    {"minus", 0x2212},
    {"mu", 0x3BC},
    {"nabla", 0x2207},
    {"nbsp", 0xA0},
    {"ndash", 0x2013},
    {"ne", 0x2260},
    {"ni", 0x220B},
    {"not", 0xAC},
    {"notin", 0x2209},
    {"nsub", 0x2284},
    {"ntilde", 0xF1},
    {"nu", 0x3BD},
    {"oacute", 0xF3},
    {"ocirc", 0xF4},
    {"oelig", 0x153},
    {"ograve", 0xF2},
    {"oline", 0x203E},
    {"omega", 0x3C9},
    {"omicron", 0x3BF},
    {"oplus", 0x2295},
    {"or", 0x2228},
    {"ordf", 0xAA},
    {"ordm", 0xBA},
    {"oslash", 0xF8},
    {"otilde", 0xF5},
    {"otimes", 0x2297},
    {"ouml", 0xF6},
    {"para", 0xB6},
    {"part", 0x2202},
    {"permil", 0x2030},
    {"perp", 0x22A5},
    {"phi", 0x3C6},
    {"pi", 0x3C0},
    {"piv", 0x3D6},
    {"plusmn", 0xB1},
    {"pound", 0xA3},
    {"prime", 0x2032},
    {"prod", 0x220F},
    {"prop", 0x221D},
    {"psi", 0x3C8},
    {"rArr", 0x21D2},
    {"radic", 0x221A},
    {"rang", 0x232A},
    {"raquo", 0xBB},
    {"rarr", 0x2192},
    {"rceil", 0x2309},
    {"rdquo", 0x201D},
    {"real", 0x211C},
    {"reg", 0xAE},
    {"rfloor", 0x230B},
    {"rho", 0x3C1},
    {"rlm", 0x200F},
    {"rsaquo", 0x203A},
    {"rsquo", 0x2019},
    {"sbquo", 0x201A},
    {"scaron", 0x161},
    {"sdot", 0x22C5},
    {"sect", 0xA7},
    {"shy", 0xAD},
    {"sigma", 0x3C3},
    {"sigmaf", 0x3C2},
    {"sim", 0x223C},
    {"spades", 0x2660},
    {"sub", 0x2282},
    {"sube", 0x2286},
    {"sum", 0x2211},
    {"sup", 0x2283},
    {"sup1", 0xB9},
    {"sup2", 0xB2},
    {"sup3", 0xB3},
    {"supe", 0x2287},
    {"szlig", 0xDF},
    {"tau", 0x3C4},
    {"there4", 0x2234},
    {"theta", 0x3B8},
    {"thetasym", 0x3D1},
    {"thinsp", 0x2009},
    {"thorn", 0xFE},
    {"tilde", 0x2DC},
    {"times", 0xD7},
    {"trade", 0x2122},
    {"uArr", 0x21D1},
    {"uacute", 0xFA},
    {"uarr", 0x2191},
    {"ucirc", 0xFB},
    {"ugrave", 0xF9},
    {"uml", 0xA8},
    {"upsih", 0x3D2},
    {"upsilon", 0x3C5},
    {"uuml", 0xFC},
    {"weierp", 0x2118},
    {"xi", 0x3BE},
    {"yacute", 0xFD},
    {"yen", 0xA5},
    {"yuml", 0xFF},
    {"zeta", 0x3B6},
    {"zwj", 0x200D},
    {"zwnj", 0x200C},
};

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. Undefined positions keep the
// Latin-1 (C1) value so no byte is lost.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeCp1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        dst[i] = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return out;
}

QByteArray normaliseCharset(QByteArray name)
{
    name = name.trimmed().toLower();
    if (name.startsWith('"') || name.startsWith('\''))
        name = name.mid(1);
    if (name.endsWith('"') || name.endsWith('\''))
        name.chop(1);
    if (name == "utf8")
        return "utf-8";
    // Labels that in practice mean a superset: browsers read these the same way.
    if (name == "iso-8859-1" || name == "iso8859-1" || name == "latin1" || name == "latin-1"
        || name == "us-ascii" || name == "ascii" || name == "cp1252" || name == "l1"
        || name == "iso_8859-1")
        return "windows-1252";
    if (name == "gb2312" || name == "gbk" || name == "x-gbk" || name == "cp936"
        || name == "euc-cn" || name == "gb_2312-80")
        return "gb18030";
    if (name == "cp1251" || name == "win-1251")
        return "windows-1251";
    if (name == "x-sjis" || name == "shift-jis" || name == "sjis")
        return "shift_jis";
    return name;
}

bool hasUtf16Pattern(const QByteArray &b, bool *bigEndian)
{
    if (b.size() < 4)
        return false;
    if (b[0] == 0 && b[1] == '<' && b[2] == 0) {
        *bigEndian = true;
        return true;
    }
    if (b[0] == '<' && b[1] == 0 && b[2] != 0 && b[3] == 0) {
        *bigEndian = false;
        return true;
    }
    return false;
}

// Decodes with iconv; a byte sequence the codec rejects becomes U+FFFD and decoding
// goes on, so a single bad byte never loses the rest of the file.
bool iconvDecode(const QByteArray &bytes, const QByteArray &charset, QString *out)
{
    const char *target = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? "UTF-16LE" : "UTF-16BE";
    iconv_t cd = iconv_open(target, charset.constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    QString result(bytes.size() + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = static_cast<size_t>(bytes.size());
    qsizetype produced = 0;
    while (inLeft > 0) {
        if (result.size() - produced < 8)
            result.resize(result.size() * 2 + 16);
        char *outPtr = reinterpret_cast<char *>(result.data() + produced);
        size_t outLeft = static_cast<size_t>(result.size() - produced) * 2;
        const size_t outStart = outLeft;
        const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        produced += static_cast<qsizetype>((outStart - outLeft) / 2);
        if (rc != static_cast<size_t>(-1))
            break;
        if (errno == E2BIG) {
            result.resize(result.size() * 2 + 16);
        } else if (errno == EILSEQ || errno == EINVAL) {
            // An invalid or truncated sequence: replace one byte and resynchronise.
            if (result.size() - produced < 1)
                result.resize(result.size() * 2 + 16);
            result[produced++] = QChar(0xFFFD);
            ++in;
            --inLeft;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        } else {
            break;
        }
    }
    iconv_close(cd);
    result.truncate(produced);
    *out = result;
    return true;
}

bool isXmlChar(char32_t c)
{
    if (c < 0x20)
        return c == 0x9 || c == 0xA || c == 0xD;
    if (c < 0xD800)
        return true;
    if (c < 0xE000)
        return false;
    if (c < 0xFFFE)
        return true;
    return c >= 0x10000 && c <= 0x10FFFF;
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

void appendCodePoint(QString &out, char32_t c)
{
    if (c >= 0x10000) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(static_cast<char16_t>(c));
    }
}

bool startsWithAt(const QString &s, qsizetype i, QLatin1StringView what)
{
    return QStringView(s).mid(i, what.size()) == what;
}

} // namespace

char32_t TextDecoder::htmlEntity(QStringView name)
{
    if (name.isEmpty() || name.size() > 10)
        return 0;
    const QByteArray key = name.toLatin1();
    const auto *begin = std::begin(kHtmlEntities);
    const auto *end = std::end(kHtmlEntities);
    const auto *it = std::lower_bound(begin, end, key, [](const EntityEntry &e, const QByteArray &k) {
        return std::strcmp(e.name, k.constData()) < 0;
    });
    if (it != end && std::strcmp(it->name, key.constData()) == 0)
        return it->code;
    return 0;
}

QByteArray TextDecoder::declaredEncoding(const QByteArray &bytes)
{
    // The declaration must come first, but tolerate leading whitespace.
    qsizetype i = 0;
    while (i < bytes.size() && i < 64 && QChar::isSpace(static_cast<unsigned char>(bytes[i])))
        ++i;
    if (!bytes.mid(i, 5).startsWith("<?xml"))
        return {};
    const qsizetype end = bytes.indexOf("?>", i);
    if (end < 0 || end - i > 512)
        return {};
    const QByteArray decl = bytes.mid(i, end - i);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype p = at + 8;
    while (p < decl.size() && (decl[p] == ' ' || decl[p] == '=' || decl[p] == '\t' || decl[p] == '\n' || decl[p] == '\r'))
        ++p;
    if (p >= decl.size())
        return {};
    const char quote = decl[p];
    if (quote != '"' && quote != '\'')
        return {};
    const qsizetype close = decl.indexOf(quote, p + 1);
    if (close < 0)
        return {};
    return decl.mid(p + 1, close - p - 1).trimmed().toLower();
}

bool TextDecoder::decodeAs(const QByteArray &bytes, const QByteArray &charset, QString *out)
{
    const QByteArray name = normaliseCharset(charset);
    if (name == "utf-8") {
        *out = QString::fromUtf8(bytes);
        return true;
    }
    if (name == "windows-1252") {
        *out = decodeCp1252(bytes);
        return true;
    }
    if (name == "utf-16" || name == "utf-16le" || name == "utf-16be") {
        bool big = name == "utf-16be";
        if (name == "utf-16") {
            bool guessed = false;
            if (hasUtf16Pattern(bytes, &guessed))
                big = guessed;
        }
        return iconvDecode(bytes, big ? "UTF-16BE" : "UTF-16LE", out);
    }
    return iconvDecode(bytes, name.toUpper(), out);
}

QString TextDecoder::decode(const QByteArray &bytes, const QString &httpCharset, QString *usedCharset)
{
    auto done = [&](const QString &text, const char *charset) {
        if (usedCharset)
            *usedCharset = QString::fromLatin1(charset);
        return text;
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return done(QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3), "utf-8");
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QString out;
        const bool big = bytes.startsWith("\xFE\xFF");
        iconvDecode(bytes.mid(2), big ? "UTF-16BE" : "UTF-16LE", &out);
        return done(out, big ? "utf-16be" : "utf-16le");
    }
    bool big = false;
    if (hasUtf16Pattern(bytes, &big)) {
        QString out;
        iconvDecode(bytes, big ? "UTF-16BE" : "UTF-16LE", &out);
        return done(out, big ? "utf-16be" : "utf-16le");
    }

    const bool validUtf8 = QUtf8StringView(bytes).isValidUtf8();
    const QByteArray declared = normaliseCharset(declaredEncoding(bytes));
    QString out;
    if (!declared.isEmpty() && declared != "utf-8" && !declared.startsWith("utf-16")) {
        if (decodeAs(bytes, declared, &out)) {
            if (usedCharset)
                *usedCharset = QString::fromLatin1(declared);
            return out;
        }
    }
    if (declared == "utf-8" && validUtf8)
        return done(QString::fromUtf8(bytes), "utf-8");
    const QByteArray http = normaliseCharset(httpCharset.toLatin1());
    if (!http.isEmpty() && !(http == "utf-8" && !validUtf8) && decodeAs(bytes, http, &out)) {
        if (usedCharset)
            *usedCharset = QString::fromLatin1(http);
        return out;
    }
    if (validUtf8)
        return done(QString::fromUtf8(bytes), "utf-8");
    return done(decodeCp1252(bytes), "windows-1252");
}

QString TextDecoder::cleanXml(const QString &xml, QStringList *warnings)
{
    QString out;
    out.reserve(xml.size() + 64);
    const qsizetype n = xml.size();
    qsizetype i = 0;
    // Leading whitespace and the XML declaration: the reader gets decoded text, so the
    // declared encoding must not be honoured again.
    while (i < n && xml[i].isSpace())
        ++i;
    if (startsWithAt(xml, i, QLatin1StringView("<?xml")) && i + 5 < n
        && (xml[i + 5].isSpace() || xml[i + 5] == u'?')) {
        const qsizetype end = xml.indexOf(QLatin1StringView("?>"), i);
        i = end < 0 ? n : end + 2;
    }
    bool droppedIllegal = false;
    qsizetype copiedUpTo = i;
    auto flush = [&](qsizetype upTo) {
        if (upTo > copiedUpTo)
            out.append(QStringView(xml).mid(copiedUpTo, upTo - copiedUpTo));
    };
    // Copies [from, to) dropping characters XML forbids; clean runs are appended whole.
    auto copyLiteral = [&](qsizetype from, qsizetype to) {
        qsizetype run = from;
        for (qsizetype k = from; k < to; ++k) {
            const QChar c = xml[k];
            const char16_t u = c.unicode();
            bool bad = false;
            if (u < 0x20)
                bad = u != 0x9 && u != 0xA && u != 0xD;
            else if (c.isSurrogate())
                bad = !(c.isHighSurrogate() && k + 1 < to && xml[k + 1].isLowSurrogate()) && !(c.isLowSurrogate() && k > from && xml[k - 1].isHighSurrogate());
            else
                bad = u == 0xFFFE || u == 0xFFFF;
            if (bad) {
                out.append(QStringView(xml).mid(run, k - run));
                run = k + 1;
                droppedIllegal = true;
            }
        }
        out.append(QStringView(xml).mid(run, to - run));
    };
    while (i < n) {
        const QChar c = xml[i];
        const char16_t u = c.unicode();
        if (u == u'<' && i + 1 < n && (xml[i + 1] == u'!' || xml[i + 1] == u'?')) {
            // Comments, CDATA, processing instructions and DOCTYPE are copied or dropped whole.
            QLatin1StringView close;
            bool drop = false;
            qsizetype skip = 0;
            if (startsWithAt(xml, i, QLatin1StringView("<!--"))) {
                close = QLatin1StringView("-->");
                skip = 4;
            } else if (startsWithAt(xml, i, QLatin1StringView("<![CDATA["))) {
                close = QLatin1StringView("]]>");
                skip = 9;
            } else if (xml[i + 1] == u'?') {
                close = QLatin1StringView("?>");
                skip = 2;
            } else if (QStringView(xml).mid(i, 9).compare(QLatin1StringView("<!DOCTYPE"), Qt::CaseInsensitive) == 0) {
                // The DOCTYPE may hold an internal subset in brackets.
                flush(i);
                qsizetype k = i + 9;
                int bracket = 0;
                QChar quote;
                for (; k < n; ++k) {
                    const QChar d = xml[k];
                    if (!quote.isNull()) {
                        if (d == quote)
                            quote = QChar();
                    } else if (d == u'"' || d == u'\'') {
                        quote = d;
                    } else if (d == u'[') {
                        ++bracket;
                    } else if (d == u']') {
                        --bracket;
                    } else if (d == u'>' && bracket <= 0) {
                        break;
                    }
                }
                if (warnings && xml.mid(i, k - i).contains(QLatin1StringView("<!ENTITY")))
                    warnings->append(QStringLiteral("entity declarations in the DOCTYPE were ignored"));
                i = k + 1;
                copiedUpTo = i;
                continue;
            } else {
                ++i;
                continue;
            }
            const qsizetype end = xml.indexOf(close, i + skip);
            const qsizetype stop = end < 0 ? n : end + close.size();
            flush(i);
            if (!drop)
                copyLiteral(i, stop);
            i = stop;
            copiedUpTo = i;
            continue;
        }
        if (u == u'&') {
            flush(i);
            qsizetype k = i + 1;
            if (k < n && xml[k] == u'#') {
                ++k;
                const bool hex = k < n && (xml[k] == u'x' || xml[k] == u'X');
                if (hex)
                    ++k;
                const qsizetype digitsStart = k;
                char32_t value = 0;
                bool overflow = false;
                while (k < n && k - digitsStart < 10) {
                    const QChar d = xml[k];
                    int digit = -1;
                    if (d >= u'0' && d <= u'9')
                        digit = d.unicode() - u'0';
                    else if (hex && d >= u'a' && d <= u'f')
                        digit = d.unicode() - u'a' + 10;
                    else if (hex && d >= u'A' && d <= u'F')
                        digit = d.unicode() - u'A' + 10;
                    if (digit < 0)
                        break;
                    value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
                    if (value > 0x10FFFF)
                        overflow = true;
                    ++k;
                }
                if (k > digitsStart && k < n && xml[k] == u';') {
                    if (!overflow && value >= 0x80 && value < 0xA0) {
                        // A Windows-1252 code point written as a reference, a common mistake
                        // that browsers (and HTML5) read as the Windows-1252 character.
                        appendCodePoint(out, kCp1252High[value - 0x80]);
                    } else if (!overflow && isXmlChar(value)) {
                        out.append(QStringView(xml).mid(i, k + 1 - i));
                    } else {
                        droppedIllegal = true;
                    }
                    i = k + 1;
                } else {
                    out += QLatin1StringView("&amp;");
                    i = i + 1;
                }
                copiedUpTo = i;
                continue;
            }
            while (k < n && k - i <= 32 && (k == i + 1 ? isNameStart(xml[k]) : isNameChar(xml[k])))
                ++k;
            if (k > i + 1 && k < n && xml[k] == u';') {
                const QStringView name = QStringView(xml).mid(i + 1, k - i - 1);
                if (name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" || name == u"apos") {
                    out.append(QStringView(xml).mid(i, k + 1 - i));
                } else if (const char32_t code = htmlEntity(name)) {
                    appendCodePoint(out, code);
                } else {
                    out += QLatin1StringView("&amp;");
                    out.append(name);
                    out += u';';
                }
                i = k + 1;
            } else {
                out += QLatin1StringView("&amp;");
                i = i + 1;
            }
            copiedUpTo = i;
            continue;
        }
        if ((u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || u == 0xFFFE || u == 0xFFFF
            || (c.isSurrogate() && !(c.isHighSurrogate() && i + 1 < n && xml[i + 1].isLowSurrogate()))) {
            flush(i);
            droppedIllegal = true;
            ++i;
            copiedUpTo = i;
            continue;
        }
        if (c.isHighSurrogate())
            ++i; // its low half is valid, checked above
        ++i;
    }
    flush(n);
    if (droppedIllegal && warnings)
        warnings->append(QStringLiteral("characters that XML forbids were removed"));
    return out;
}

} // namespace veille
