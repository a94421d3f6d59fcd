#include "text/HtmlEntities.h"

#include "text/ChunkDecoder.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace veille {

namespace {

struct Entity {
    const char *name;
    char32_t code;
};

// Latin-1 names, in code point order from U+00A0. HTML allows these (and the four
// markup ones) without the final ';' for compatibility with old pages.
constexpr const char *kLatin1Names[] = {
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy",
    "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3",
    "acute", "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14",
    "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring",
    "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc",
    "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave",
    "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute",
    "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
    "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml"};
static_assert(std::size(kLatin1Names) == 96, "one name per code point U+00A0..U+00FF");

// The other names, as "name code" pairs (code in decimal): HTML 5's names for ASCII
// punctuation, Latin Extended, Greek, punctuation, arrows and symbols.
constexpr char kOtherEntities[] =
    "quot 34 QUOT 34 amp 38 AMP 38 lt 60 LT 60 gt 62 GT 62 apos 39 COPY 169 REG 174 Tab 9 "
    "NewLine 10 excl 33 num 35 dollar 36 percnt 37 lpar 40 rpar 41 ast 42 midast 42 "
    "plus 43 comma 44 period 46 sol 47 colon 58 semi 59 equals 61 quest 63 commat 64 "
    "lsqb 91 lbrack 91 bsol 92 rsqb 93 rbrack 93 Hat 94 lowbar 95 UnderBar 95 grave 96 "
    "DiacriticalGrave 96 lcub 123 lbrace 123 verbar 124 vert 124 VerticalLine 124 rcub 125 "
    "rbrace 125 NonBreakingSpace 160 centerdot 183 half 189 OElig 338 oelig 339 Scaron 352 "
    "scaron 353 Yuml 376 fnof 402 circ 710 tilde 732 Alpha 913 Beta 914 Gamma 915 "
    "Delta 916 Epsilon 917 Zeta 918 Eta 919 Theta 920 Iota 921 Kappa 922 Lambda 923 Mu 924 "
    "Nu 925 Xi 926 Omicron 927 Pi 928 Rho 929 Sigma 931 Tau 932 Upsilon 933 Phi 934 "
    "Chi 935 Psi 936 Omega 937 alpha 945 beta 946 gamma 947 delta 948 epsilon 949 zeta 950 "
    "eta 951 theta 952 iota 953 kappa 954 lambda 955 mu 956 nu 957 xi 958 omicron 959 "
    "pi 960 rho 961 sigmaf 962 sigma 963 tau 964 upsilon 965 phi 966 chi 967 psi 968 "
    "omega 969 thetasym 977 upsih 978 piv 982 ensp 8194 emsp 8195 thinsp 8201 "
    "ThinSpace 8201 hairsp 8202 ZeroWidthSpace 8203 zwnj 8204 zwj 8205 lrm 8206 rlm 8207 "
    "hyphen 8208 dash 8208 ndash 8211 mdash 8212 horbar 8213 Verbar 8214 lsquo 8216 "
    "OpenCurlyQuote 8216 rsquo 8217 rsquor 8217 CloseCurlyQuote 8217 sbquo 8218 "
    "lsquor 8218 ldquo 8220 OpenCurlyDoubleQuote 8220 rdquo 8221 rdquor 8221 "
    "CloseCurlyDoubleQuote 8221 bdquo 8222 ldquor 8222 dagger 8224 Dagger 8225 "
    "ddagger 8225 bull 8226 bullet 8226 nldr 8229 hellip 8230 mldr 8230 permil 8240 "
    "prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250 oline 8254 frasl 8260 NoBreak 8288 "
    "euro 8364 image 8465 weierp 8472 real 8476 trade 8482 TRADE 8482 alefsym 8501 "
    "larr 8592 uarr 8593 rarr 8594 darr 8595 harr 8596 crarr 8629 lArr 8656 uArr 8657 "
    "rArr 8658 dArr 8659 hArr 8660 forall 8704 part 8706 exist 8707 empty 8709 nabla 8711 "
    "isin 8712 notin 8713 ni 8715 prod 8719 sum 8721 minus 8722 lowast 8727 radic 8730 "
    "prop 8733 infin 8734 ang 8736 and 8743 or 8744 cap 8745 cup 8746 int 8747 there4 8756 "
    "sim 8764 cong 8773 asymp 8776 ne 8800 equiv 8801 le 8804 ge 8805 sub 8834 sup 8835 "
    "nsub 8836 sube 8838 supe 8839 oplus 8853 otimes 8855 perp 8869 sdot 8901 lceil 8968 "
    "rceil 8969 lfloor 8970 rfloor 8971 lang 10216 rang 10217 loz 9674 spades 9824 "
    "clubs 9827 hearts 9829 diams 9830 check 10003 cross 10007 star 9734 starf 9733 "
    "phone 9742 female 9792 male 9794 ";

// The whole table, sorted by name once for binary search; immutable afterwards.
const std::vector<Entity> &sortedEntities()
{
    static const std::vector<Entity> table = [] {
        // The pairs' names are read in place: each space after a name becomes its end.
        static char pairs[sizeof(kOtherEntities)];
        std::memcpy(pairs, kOtherEntities, sizeof(kOtherEntities));
        std::vector<Entity> all;
        all.reserve(std::size(kLatin1Names) + 256);
        for (size_t i = 0; i < std::size(kLatin1Names); ++i)
            all.push_back({kLatin1Names[i], char32_t(0xA0 + i)});
        for (char *p = pairs; *p;) {
            char *name = p;
            while (*p != ' ')
                ++p;
            *p++ = '\0';
            char32_t code = 0;
            while (*p >= '0' && *p <= '9')
                code = code * 10 + char32_t(*p++ - '0');
            if (*p == ' ')
                ++p;
            all.push_back({name, code});
        }
        std::sort(all.begin(), all.end(), [](const Entity &a, const Entity &b) {
            return std::strcmp(a.name, b.name) < 0;
        });
        return all;
    }();
    return table;
}

int compareName(const char *a, QStringView b)
{
    qsizetype i = 0;
    for (; a[i] && i < b.size(); ++i) {
        const char16_t bc = b[i].unicode();
        const char16_t ac = char16_t(uchar(a[i]));
        if (ac != bc)
            return ac < bc ? -1 : 1;
    }
    if (a[i])
        return 1;
    return i < b.size() ? -1 : 0;
}

bool isLegacyWithoutSemicolon(QStringView name, char32_t code)
{
    if (code >= 0xA0 && code <= 0xFF)
        return true;
    return name == u"amp" || name == u"AMP" || name == u"lt" || name == u"LT"
        || name == u"gt" || name == u"GT" || name == u"quot" || name == u"QUOT"
        || name == u"COPY" || name == u"REG";
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out.append(QChar(0xFFFD));
    } else if (cp >= 0x80 && cp <= 0x9F) {
        // What browsers read for references in the C1 range, which pages written in
        // Windows-1252 use for curly quotes, dashes and the euro sign.
        out.append(QChar(ChunkDecoder::windows1252(static_cast<unsigned char>(cp))));
    } else if (cp > 0xFFFF) {
        const char32_t v = cp - 0x10000;
        out.append(QChar(char16_t(0xD800 + (v >> 10))));
        out.append(QChar(char16_t(0xDC00 + (v & 0x3FF))));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int hexValue(char16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr qsizetype kLongestName = 32;

} // namespace

HtmlEntities::NumericReference HtmlEntities::readNumeric(QStringView in, qsizetype at, qsizetype maxDigits)
{
    NumericReference ref;
    const qsizetype n = in.size();
    qsizetype j = at;
    const bool hex = j < n && (in[j] == u'x' || in[j] == u'X');
    if (hex)
        ++j;
    const qsizetype digitsStart = j;
    bool overflow = false;
    while (j < n && j - digitsStart < maxDigits) {
        const int d = hex ? hexValue(in[j].unicode())
                          : (in[j] >= u'0' && in[j] <= u'9' ? in[j].unicode() - '0' : -1);
        if (d < 0)
            break;
        if (!overflow) {
            ref.value = ref.value * (hex ? 16 : 10) + char32_t(d);
            overflow = ref.value > 0x10FFFF;
        }
        ++j;
    }
    ref.hasDigits = j > digitsStart;
    ref.end = j;
    ref.semicolon = j < n && in[j] == u';';
    if (overflow)
        ref.value = 0x110000;
    return ref;
}

char32_t HtmlEntities::named(QStringView name)
{
    const auto &table = sortedEntities();
    auto it = std::lower_bound(table.begin(), table.end(), name,
                               [](const Entity &e, QStringView n) { return compareName(e.name, n) < 0; });
    if (it != table.end() && compareName(it->name, name) == 0)
        return it->code;
    return 0;
}

QString HtmlEntities::decode(QStringView in, bool inAttribute)
{
    QString out;
    appendDecoded(out, in, inAttribute);
    return out;
}

void HtmlEntities::appendDecoded(QString &out, QStringView in, bool inAttribute)
{
    const qsizetype n = in.size();
    qsizetype i = 0;
    out.reserve(out.size() + n);
    while (i < n) {
        const qsizetype amp = in.indexOf(u'&', i);
        if (amp < 0) {
            out.append(in.mid(i));
            return;
        }
        out.append(in.mid(i, amp - i));
        i = amp + 1;
        if (i >= n) {
            out.append(u'&');
            return;
        }
        if (in[i] == u'#') {
            const NumericReference ref = readNumeric(in, i + 1);
            if (!ref.hasDigits) { // "&#" or "&#x" with no digits: not a reference
                out.append(u'&');
                continue;
            }
            appendCodePoint(out, ref.value);
            i = ref.semicolon ? ref.end + 1 : ref.end;
            continue;
        }
        // Named: the longest name in the table that the text starts with.
        qsizetype j = i;
        while (j < n && j - i < kLongestName && isAsciiAlnum(in[j].unicode()))
            ++j;
        if (j == i) {
            out.append(u'&');
            continue;
        }
        if (j < n && in[j] == u';') {
            if (const char32_t cp = named(in.mid(i, j - i))) {
                appendCodePoint(out, cp);
                i = j + 1;
                continue;
            }
        }
        // No ';': try the legacy names, longest prefix first ("&notit;" is "¬it;").
        bool matched = false;
        for (qsizetype len = std::min<qsizetype>(j - i, 6); len >= 2; --len) {
            const QStringView candidate = in.mid(i, len);
            const char32_t cp = named(candidate);
            if (!cp || !isLegacyWithoutSemicolon(candidate, cp))
                continue;
            const qsizetype after = i + len;
            if (inAttribute && after < n
                && (isAsciiAlnum(in[after].unicode()) || in[after] == u'='))
                break;
            appendCodePoint(out, cp);
            i = after;
            matched = true;
            break;
        }
        if (!matched)
            out.append(u'&');
    }
}

} // namespace veille
