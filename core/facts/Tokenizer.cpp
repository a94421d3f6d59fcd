#include "facts/Tokenizer.h"

#include "text/Fold.h"

namespace veille {

namespace {

inline bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    return c.isLetterOrNumber() || c.isMark();
}

inline bool isNumberSpace(QChar c)
{
    return c == u'\u00A0' || c == u'\u202F' || c == u'\u2009';
}

inline bool isDigit(const QChar *p, int i, int n)
{
    return i < n && p[i].unicode() >= '0' && p[i].unicode() <= '9';
}

// French elided articles and conjunctions that are written glued to the next word.
bool isElisionPrefix(const QChar *p, int len)
{
    char buf[8];
    if (len < 1 || len > 7)
        return false;
    for (int k = 0; k < len; ++k) {
        const char16_t u = p[k].unicode();
        if (u >= 0x80)
            return false;
        buf[k] = char((u >= 'A' && u <= 'Z') ? u + 32 : u);
    }
    const std::string_view s(buf, size_t(len));
    return s == "l" || s == "d" || s == "j" || s == "m" || s == "n" || s == "s" || s == "t" || s == "c"
        || s == "qu" || s == "jusqu" || s == "lorsqu" || s == "puisqu" || s == "quoiqu" || s == "presqu";
}

// Abbreviations after which a full stop does not end the sentence.
bool isAbbreviation(QStringView w)
{
    static const char *const kAbbrev[] = {"m", "mm", "mr", "mrs", "ms", "dr", "st", "inc", "corp", "co",
                                          "ltd", "jr", "sr", "vs", "no", "jan", "feb", "aug", "sept", "oct",
                                          "nov", "dec", "mme", "mlle", "me", "pr", "gen", "gov", "sen", "rep",
                                          "av", "bd", "p", "cf", "ex", "env", "approx", "dept", "est"};
    if (w.size() > 6)
        return false;
    const QString f = Fold::key(w);
    for (const char *a : kAbbrev) {
        if (f == QLatin1String(a))
            return true;
    }
    return false;
}

bool isLocativeSuffix(QStringView w)
{
    static const char *const kSuffixes[] = {"based", "headquartered", "born", "owned", "listed", "backed",
                                            "controlled", "made", "built", "focused"};
    for (const char *x : kSuffixes) {
        if (w == QLatin1String(x))
            return true;
    }
    return false;
}

} // namespace

std::vector<Token> Tokenizer::tokenize(const QString &text, bool french, const QHash<quint64, int> *index)
{
    std::vector<Token> out;
    out.reserve(size_t(text.size() / 5 + 8));
    const QChar *p = text.constData();
    const int n = int(text.size());
    int block = 0;
    int sentence = 0;
    bool space = true;
    bool blockStart = true;
    bool sentenceStart = true;

    auto push = [&](Token t) {
        if (!space)
            t.flags |= Token::Glued;
        if (blockStart)
            t.flags |= Token::BlockStart;
        if (sentenceStart && (t.kind == Token::Word || t.kind == Token::Number || t.kind == Token::Elision)) {
            t.flags |= Token::SentenceStart;
            sentenceStart = false;
        }
        t.block = block;
        t.sentence = sentence;
        if (index && t.kind != Token::Symbol)
            t.lex = index->value(t.key, -1);
        out.push_back(t);
        space = false;
        blockStart = false;
    };

    int i = 0;
    while (i < n) {
        const QChar c = p[i];
        if (c == u'\n') {
            if (!out.empty() && !blockStart) {
                ++block;
                if (!sentenceStart)
                    ++sentence;
            }
            blockStart = true;
            sentenceStart = true;
            space = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        if (c.isLetter()) {
            // Inner hyphens and apostrophes are only those joining two word characters;
            // the first apostrophe and the last hyphen are noted on the way.
            int j = i + 1;
            int firstApostrophe = -1;
            int lastHyphen = -1;
            while (j < n) {
                const QChar d = p[j];
                if (isWordChar(d)) {
                    ++j;
                } else if ((d == u'-' || d == u'\u2011' || d == u'&' || isApostrophe(d)) && j + 1 < n && isWordChar(p[j + 1])) {
                    if (d == u'-' || d == u'\u2011')
                        lastHyphen = j;
                    else if (firstApostrophe < 0 && d != u'&')
                        firstApostrophe = j;
                    j += 2;
                } else {
                    break;
                }
            }
            int start = i;
            // Split a French elision ("d'OpenAI", "l’Ohio") off the word.
            if (const int a = firstApostrophe; a > i && a - i <= 7) {
                if (isElisionPrefix(p + i, a - i) && p[a + 1].isLetter()) {
                    Token e;
                    e.kind = Token::Elision;
                    e.start = i;
                    e.end = a + 1;
                    quint64 h = Fold::kSeed;
                    for (int k = i; k <= a; ++k)
                        h = Fold::feed(h, p[k]);
                    e.key = h;
                    if (p[i].isUpper())
                        e.flags |= Token::Upper;
                    push(e);
                    start = a + 1;
                }
            }
            int wordEnd = j;
            // "Texas-based", "London-headquartered": the place is a word of its own.
            int suffixStart = -1;
            if (lastHyphen > start && isLocativeSuffix(QStringView(p + lastHyphen + 1, j - lastHyphen - 1)))
                suffixStart = lastHyphen;
            if (suffixStart > start) {
                wordEnd = suffixStart;
            }
            bool possessive = false;
            if (j - start > 2 && isApostrophe(p[j - 2]) && (p[j - 1] == u's' || p[j - 1] == u'S')) {
                wordEnd = j - 2;
                possessive = true;
            }
            Token t;
            t.kind = Token::Word;
            t.start = start;
            t.end = wordEnd;
            quint64 h = Fold::kSeed;
            int letters = 0, uppers = 0;
            for (int k = start; k < wordEnd; ++k) {
                h = Fold::feed(h, p[k]);
                if (p[k].isLetter()) {
                    ++letters;
                    if (p[k].isUpper())
                        ++uppers;
                }
            }
            t.key = h;
            if (p[start].isUpper())
                t.flags |= Token::Upper;
            if (letters >= 2 && uppers == letters)
                t.flags |= Token::AllCaps;
            push(t);
            if (suffixStart > start) {
                Token x;
                x.kind = Token::Word;
                x.start = suffixStart;
                x.end = j;
                x.key = Fold::hash(QStringView(p + suffixStart, j - suffixStart));
                space = false;
                push(x);
                i = j;
                continue;
            }
            if (possessive) {
                Token s;
                s.kind = Token::Possessive;
                s.start = wordEnd;
                s.end = j;
                s.key = Fold::hash(u"'s");
                space = false;
                push(s);
            }
            i = j;
            continue;
        }
        if (isDigit(p, i, n)) {
            Token t;
            t.kind = Token::Number;
            t.start = i;
            qint64 mantissa = 0;
            int decimals = 0;
            bool big = false;
            auto addDigit = [&](char16_t u, bool fractional) {
                if (mantissa < 100000000000000000LL) {
                    mantissa = mantissa * 10 + (u - '0');
                    if (fractional)
                        ++decimals;
                } else if (!fractional) {
                    --decimals;
                    big = true;
                }
            };
            int j = i;
            int firstGroup = 0;
            while (isDigit(p, j, n)) {
                addDigit(p[j].unicode(), false);
                ++j;
                ++firstGroup;
            }
            bool decimal = false;
            bool grouped = false;
            while (j < n && !decimal) {
                const QChar s = p[j];
                int k = 0;
                while (isDigit(p, j + 1 + k, n))
                    ++k;
                if (k == 0)
                    break;
                const bool point = s == u'.' || s == u',';
                const bool blank = s == u' ' || isNumberSpace(s);
                if (point) {
                    const bool decimalSep = french ? s == u',' : s == u'.';
                    if (!decimalSep && k == 3 && (grouped || firstGroup <= 3)) {
                        grouped = true;
                    } else if (!grouped || decimalSep) {
                        decimal = true;
                    } else {
                        break;
                    }
                } else if (blank && k == 3 && firstGroup <= 3 && (french || s != u' ')) {
                    grouped = true;
                } else {
                    break;
                }
                for (int d = 0; d < k; ++d)
                    addDigit(p[j + 1 + d].unicode(), decimal);
                j += 1 + k;
            }
            Q_UNUSED(big);
            t.end = j;
            t.mantissa = mantissa;
            t.decimals = decimals;
            if (decimal)
                t.flags |= Token::HasDecimal;
            if (grouped)
                t.flags |= Token::Grouped;
            t.key = Fold::hash(QStringView(p + i, j - i));
            push(t);
            i = j;
            continue;
        }
        Token t;
        t.kind = Token::Symbol;
        t.start = i;
        t.end = i + 1;
        t.symbol = c.unicode();
        t.key = Fold::feed(Fold::kSeed, c);
        push(t);
        if ((c == u'.' || c == u'!' || c == u'?' || c == u'\u2026') && (i + 1 >= n || p[i + 1].isSpace() || p[i + 1] == u'"' || p[i + 1] == u'\u00BB' || p[i + 1] == u'\u201D')) {
            bool ends = true;
            if (c == u'.' && out.size() >= 2) {
                const Token &prev = out[out.size() - 2];
                if (prev.kind == Token::Word && prev.end == i) {
                    const QStringView w(p + prev.start, prev.end - prev.start);
                    if ((w.size() == 1 && w.at(0).isUpper()) || isAbbreviation(w))
                        ends = false;
                }
            }
            if (ends) {
                ++sentence;
                sentenceStart = true;
            }
        }
        ++i;
    }
    return out;
}

} // namespace veille
