#include "text/ChunkDecoder.h"

#include <QSysInfo>
#include <QUtf8StringView>

#include <cerrno>
#include <iconv.h>

namespace veille {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. Undefined positions keep the
// Latin-1 (C1) value so no byte is lost.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool hasUtf16Pattern(QByteArrayView b, bool *bigEndian)
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

// The length of the bytes up to the last whole UTF-8 sequence: a lead byte near the end
// whose continuation bytes have not all arrived starts the part to keep for later.
qsizetype utf8CompleteLength(QByteArrayView b)
{
    const qsizetype n = b.size();
    for (qsizetype back = 1; back <= 4 && back <= n; ++back) {
        const auto c = static_cast<unsigned char>(b[n - back]);
        if ((c & 0xC0) == 0x80)
            continue;
        const qsizetype need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return need > back ? n - back : n;
    }
    return n;
}

// Puts the bytes kept from the previous piece in front of `bytes`; `joined` holds them
// when there were any.
QByteArrayView afterCarry(QByteArray &carry, QByteArrayView bytes, QByteArray &joined)
{
    if (carry.isEmpty())
        return bytes;
    joined = std::move(carry);
    joined.append(bytes);
    carry.clear();
    return joined;
}

iconv_t toIconv(void *cd)
{
    return static_cast<iconv_t>(cd);
}

} // namespace

char16_t ChunkDecoder::windows1252(unsigned char b)
{
    return (b >= 0x80 && b < 0xA0) ? kCp1252High[b - 0x80] : char16_t(b);
}

QByteArray ChunkDecoder::normalise(QByteArray name)
{
    name = name.trimmed().toLower();
    if (name.startsWith('"') || name.startsWith('\''))
        name = name.mid(1);
    if (name.endsWith('"') || name.endsWith('\''))
        name.chop(1);
    if (name == "utf8" || name == "unicode-1-1-utf-8" || name == "x-unicode20utf8")
        return "utf-8";
    // Labels that in practice mean a superset: browsers read these the same way.
    if (name == "iso-8859-1" || name == "iso8859-1" || name == "latin1" || name == "latin-1"
        || name == "us-ascii" || name == "ascii" || name == "cp1252" || name == "x-cp1252"
        || name == "l1" || name == "iso_8859-1" || name == "iso_8859-1:1987" || name == "cp819"
        || name == "ibm819" || name == "iso-ir-100" || name == "csisolatin1")
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

QByteArray ChunkDecoder::declaredEncoding(QByteArrayView bytes)
{
    // The declaration must come first, but tolerate leading whitespace.
    qsizetype i = 0;
    while (i < bytes.size() && i < 64 && QChar::isSpace(static_cast<unsigned char>(bytes[i])))
        ++i;
    if (!bytes.sliced(i).startsWith("<?xml"))
        return {};
    const qsizetype end = bytes.indexOf("?>", i);
    if (end < 0 || end - i > 512)
        return {};
    const QByteArrayView decl = bytes.sliced(i, end - i);
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
    return decl.sliced(p + 1, close - p - 1).toByteArray().trimmed().toLower();
}

bool ChunkDecoder::isKnown(const QByteArray &charset)
{
    if (charset.isEmpty())
        return false;
    if (charset == "utf-8" || charset == "windows-1252" || charset.startsWith("utf-16"))
        return true;
    iconv_t cd = iconv_open("UTF-16LE", charset.toUpper().constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    iconv_close(cd);
    return true;
}

ChunkDecoder::Choice ChunkDecoder::choose(QByteArrayView head, bool wholeIsValidUtf8, const QString &httpCharset)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return {"utf-8", 3};
    if (head.startsWith("\xFF\xFE"))
        return {"utf-16le", 2};
    if (head.startsWith("\xFE\xFF"))
        return {"utf-16be", 2};
    bool big = false;
    if (hasUtf16Pattern(head, &big))
        return {big ? "utf-16be" : "utf-16le", 0};

    // The declaration is within the first bytes; declaredEncoding ignores one further away.
    const QByteArray declared = normalise(declaredEncoding(head.first(std::min<qsizetype>(head.size(), 4096))));
    if (!declared.isEmpty() && declared != "utf-8" && !declared.startsWith("utf-16") && isKnown(declared))
        return {declared, 0};
    if (declared == "utf-8" && wholeIsValidUtf8)
        return {"utf-8", 0};
    const QByteArray http = normalise(httpCharset.toLatin1());
    if (!http.isEmpty() && !(http == "utf-8" && !wholeIsValidUtf8) && isKnown(http))
        return {http, 0};
    return {wholeIsValidUtf8 ? "utf-8" : "windows-1252", 0};
}

ChunkDecoder::ChunkDecoder() = default;

ChunkDecoder::~ChunkDecoder()
{
    if (m_iconv)
        iconv_close(toIconv(m_iconv));
}

bool ChunkDecoder::open(const QByteArray &charset)
{
    m_carry.clear();
    if (m_iconv) {
        iconv_close(toIconv(m_iconv));
        m_iconv = nullptr;
    }
    if (charset == "utf-8") {
        m_kind = Kind::Utf8;
        return true;
    }
    if (charset == "windows-1252") {
        m_kind = Kind::Windows1252;
        return true;
    }
    // A UTF-16 without a byte order mark is little-endian unless it says otherwise.
    const QByteArray name = charset == "utf-16" ? QByteArray("UTF-16LE") : charset.toUpper();
    const char *target = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? "UTF-16LE" : "UTF-16BE";
    iconv_t cd = iconv_open(target, name.constData());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        m_kind = Kind::None;
        return false;
    }
    m_iconv = cd;
    m_kind = Kind::Iconv;
    return true;
}

void ChunkDecoder::decode(QByteArrayView bytes, bool last, QString *out)
{
    switch (m_kind) {
    case Kind::Utf8: {
        QByteArray joined;
        bytes = afterCarry(m_carry, bytes, joined);
        const qsizetype whole = last ? bytes.size() : utf8CompleteLength(bytes);
        out->append(QString::fromUtf8(bytes.first(whole)));
        if (whole < bytes.size())
            m_carry = bytes.sliced(whole).toByteArray();
        return;
    }
    case Kind::Windows1252: {
        const qsizetype at = out->size();
        out->resize(at + bytes.size());
        QChar *dst = out->data() + at;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            dst[i] = QChar(windows1252(static_cast<unsigned char>(bytes[i])));
        return;
    }
    case Kind::Iconv:
        decodeIconv(bytes, last, out);
        return;
    case Kind::None:
        return;
    }
}

void ChunkDecoder::decodeIconv(QByteArrayView bytes, bool last, QString *out)
{
    QByteArray joined;
    bytes = afterCarry(m_carry, bytes, joined);
    iconv_t cd = toIconv(m_iconv);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = static_cast<size_t>(bytes.size());
    qsizetype produced = out->size();
    out->resize(produced + bytes.size() + 16);
    while (inLeft > 0) {
        if (out->size() - produced < 8)
            out->resize(out->size() * 2 + 16);
        char *outPtr = reinterpret_cast<char *>(out->data() + produced);
        size_t outLeft = static_cast<size_t>(out->size() - produced) * 2;
        const size_t outStart = outLeft;
        const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        produced += static_cast<qsizetype>((outStart - outLeft) / 2);
        if (rc != static_cast<size_t>(-1))
            break;
        if (errno == E2BIG) {
            out->resize(out->size() * 2 + 16);
        } else if (errno == EINVAL && !last) {
            // A sequence cut by the end of this piece: it completes with the next one.
            m_carry = QByteArray(in, static_cast<qsizetype>(inLeft));
            break;
        } else if (errno == EILSEQ || errno == EINVAL) {
            // An invalid or truncated sequence: replace one byte and resynchronise, so a
            // single bad byte never loses the rest of the file.
            if (out->size() - produced < 1)
                out->resize(out->size() * 2 + 16);
            (*out)[produced++] = QChar(0xFFFD);
            ++in;
            --inLeft;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        } else {
            break;
        }
    }
    out->truncate(produced);
}

void Utf8Validator::add(QByteArrayView bytes)
{
    if (!m_valid)
        return;
    QByteArray joined;
    bytes = afterCarry(m_carry, bytes, joined);
    const qsizetype whole = utf8CompleteLength(bytes);
    m_valid = QUtf8StringView(bytes.first(whole)).isValidUtf8();
    if (whole < bytes.size())
        m_carry = bytes.sliced(whole).toByteArray();
}

bool Utf8Validator::finish()
{
    if (m_valid && !m_carry.isEmpty())
        m_valid = QUtf8StringView(m_carry).isValidUtf8();
    m_carry.clear();
    return m_valid;
}

} // namespace veille
