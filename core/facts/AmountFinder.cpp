#include "facts/AmountFinder.h"

#include "facts/FactsDocument.h"
#include "text/Fold.h"

#include <cmath>

namespace veille {

namespace {

double pow10(int e)
{
    static const double kPow[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (e >= 0 && e <= 22)
        return kPow[e];
    return std::pow(10.0, e);
}

// Exact scaling: mantissa * 10^exp with one rounding at most.
double scaled(qint64 mantissa, int exponent)
{
    if (exponent >= 0)
        return double(mantissa) * pow10(exponent);
    return double(mantissa) / pow10(-exponent);
}

QString symbolCurrency(char16_t c)
{
    switch (c) {
    case u'$': return QStringLiteral("USD");
    case u'\u20AC': return QStringLiteral("EUR");
    case u'\u00A3': return QStringLiteral("GBP");
    case u'\u00A5': return QStringLiteral("JPY");
    case u'\u20B9': return QStringLiteral("INR");
    case u'\u20A9': return QStringLiteral("KRW");
    case u'\u20BD': return QStringLiteral("RUB");
    case u'\u20BA': return QStringLiteral("TRY");
    default: return {};
    }
}

// "US$", "C$", "HK$"... : the letters glued before a dollar sign.
QString dollarPrefix(QStringView w)
{
    if (w == u"US" || w == u"U.S.")
        return QStringLiteral("USD");
    if (w == u"C" || w == u"CA" || w == u"Can")
        return QStringLiteral("CAD");
    if (w == u"A" || w == u"AU")
        return QStringLiteral("AUD");
    if (w == u"HK")
        return QStringLiteral("HKD");
    if (w == u"S" || w == u"SG")
        return QStringLiteral("SGD");
    if (w == u"NZ")
        return QStringLiteral("NZD");
    if (w == u"R")
        return QStringLiteral("BRL");
    if (w == u"NT")
        return QStringLiteral("TWD");
    return {};
}

struct Amount {
    qint64 mantissa = 0;
    int exponent = 0; // value = mantissa * 10^exponent
    int end = 0;      // token after the number and its scale words
};

class Scanner
{
public:
    explicit Scanner(FactsDocument &doc) : m_doc(doc), m_lex(doc.lexicon()) {}

    void run()
    {
        const int n = m_doc.size();
        for (int i = 0; i < n; ++i) {
            const Token &t = m_doc.at(i);
            if (t.claim || t.has(Token::Boilerplate))
                continue;
            if (t.kind == Token::Symbol || t.kind == Token::Word) {
                if (int next = prefixed(i); next > i) {
                    i = next - 1;
                    continue;
                }
            }
            if (t.kind == Token::Number || (t.kind == Token::Word && m_doc.is(i, Lexicon::NumberWord))) {
                if (int next = suffixed(i); next > i)
                    i = next - 1;
            }
        }
    }

private:
    // Reads a number at i and the scale words after it.
    bool number(int i, Amount &a) const
    {
        const Token &t = m_doc.at(i);
        bool wordNumber = false;
        if (t.kind == Token::Number) {
            if (m_doc.valid(i + 1) && m_doc.at(i + 1).kind == Token::Word && m_doc.at(i + 1).has(Token::Glued)
                && !m_doc.is(i + 1, Lexicon::Scale) && !m_doc.is(i + 1, Lexicon::CurrencyCode)) {
                return false; // "4G", "A380": not an amount
            }
            a.mantissa = t.mantissa;
            a.exponent = -t.decimals;
        } else {
            a.mantissa = m_lex.word(t.lex).number;
            a.exponent = 0;
            wordNumber = true;
        }
        int j = i + 1;
        int scales = 0;
        while (m_doc.valid(j) && m_doc.is(j, Lexicon::Scale) && scales < 2) {
            const Token &s = m_doc.at(j);
            const Lexicon::Word &w = m_lex.word(s.lex);
            const bool letter = s.length() == 1;
            // A lone "m", "b" or "k" is a scale only glued to the number ("£300m") or to a
            // currency sign ("12 M€").
            if (letter && !s.has(Token::Glued) && !(m_doc.valid(j + 1) && m_doc.at(j + 1).kind == Token::Symbol
                                                   && m_doc.at(j + 1).has(Token::Glued)
                                                   && !symbolCurrency(m_doc.at(j + 1).symbol).isEmpty()))
                break;
            a.exponent += m_doc.french() ? w.scaleFr : w.scaleEn;
            ++scales;
            ++j;
        }
        if (wordNumber && scales == 0)
            return false;
        a.end = j;
        return true;
    }

    // Currency written after the amount: sign, ISO code, name, or "de dollars".
    int currencyAfter(int j, QString &currency) const
    {
        if (!m_doc.valid(j))
            return 0;
        const Token &t = m_doc.at(j);
        if (t.kind == Token::Symbol) {
            currency = symbolCurrency(t.symbol);
            if (!currency.isEmpty() && m_doc.isSymbol(j + 1, u'$'))
                return 0;
            return currency.isEmpty() ? 0 : j + 1;
        }
        int k = j;
        const bool connector = t.kind == Token::Elision || (t.kind == Token::Word && (t.key == m_deKey || t.key == m_ofKey));
        if (connector)
            ++k;
        if (!m_doc.valid(k))
            return 0;
        const Token &c = m_doc.at(k);
        if (c.kind != Token::Word)
            return 0;
        if (!connector && m_doc.is(k, Lexicon::CurrencyCode) && c.has(Token::AllCaps)) {
            currency = m_lex.currency(m_lex.word(c.lex).currency);
            return k + 1;
        }
        if (c.lex < 0)
            return 0;
        const Lexicon::Word &w = m_lex.word(c.lex);
        for (int p : w.phrases) {
            const Lexicon::Phrase &ph = m_lex.phrase(p);
            if (ph.type != Lexicon::Phrase::Currency)
                continue;
            const int len = int(ph.keys.size());
            if (!m_doc.valid(k + len - 1))
                continue;
            bool ok = true;
            for (int x = 1; x < len && ok; ++x)
                ok = m_doc.at(k + x).key == ph.keys[size_t(x)];
            if (ok) {
                currency = m_lex.currency(ph.target);
                return k + len;
            }
        }
        if (w.currency >= 0 && !(w.flags & Lexicon::CurrencyCode)) {
            currency = m_lex.currency(w.currency);
            return k + 1;
        }
        // Bare "crowns" are the Scandinavian currency the article has already named.
        if (!m_lastCrown.isEmpty() && (c.key == m_crownsKey || c.key == m_couronnesKey || c.key == m_kronerKey)) {
            currency = m_lastCrown;
            return k + 1;
        }
        return 0;
    }

    void add(int from, int to, const Amount &a, const QString &currency)
    {
        Entity e;
        e.type = EntityType::Money;
        e.value = scaled(a.mantissa, a.exponent);
        e.currency = currency;
        e.text = m_doc.view(from, to).toString();
        const quint64 key = FactsDocument::valueKey(EntityType::Money, currency, e.value);
        m_doc.addMention(key, e, from, to);
        m_doc.claim(from, to, EntityType::Money);
        m_lastCurrency = currency;
        m_lastSentence = m_doc.at(from).sentence;
        m_lastToken = to;
        if (currency == u"SEK" || currency == u"NOK" || currency == u"DKK")
            m_lastCrown = currency;
    }

    // "$35.1 billion", "US$3.5 million", "€1.2tn", "CHF 40 millions".
    int prefixed(int i)
    {
        const Token &t = m_doc.at(i);
        QString currency;
        int j = i + 1;
        if (t.kind == Token::Symbol) {
            currency = symbolCurrency(t.symbol);
        } else if (t.kind == Token::Word) {
            if (m_doc.isSymbol(i + 1, u'$') && m_doc.at(i + 1).has(Token::Glued)) {
                currency = dollarPrefix(m_doc.view(i, i + 1));
                j = i + 2;
            } else if (t.has(Token::AllCaps) && m_doc.is(i, Lexicon::CurrencyCode)) {
                currency = m_lex.currency(m_lex.word(t.lex).currency);
            } else if (t.key == m_rsKey && t.has(Token::Upper)) {
                // "Rs 500 crore", "Rs. 2 lakh": the Indian rupee's usual sign in print.
                currency = QStringLiteral("INR");
                if (m_doc.isSymbol(j, u'.'))
                    ++j;
            }
        }
        if (currency.isEmpty() || !m_doc.valid(j) || m_doc.at(j).kind != Token::Number || m_doc.at(j).claim)
            return 0;
        Amount a;
        if (!number(j, a))
            return 0;
        add(i, a.end, a, currency);
        return a.end;
    }

    // "100 milliards de dollars", "12 M€", "1 250,50 €", "1.5 billion euros", "94 %".
    int suffixed(int i)
    {
        Amount a;
        if (!number(i, a))
            return 0;
        QString currency;
        const int end = currencyAfter(a.end, currency);
        if (end > 0) {
            add(i, end, a, currency);
            return end;
        }
        if (const int range = rangeEnd(i, a); range > 0)
            return range;
        const bool scaled = a.end > i + 1;
        // "contre 5,6 milliards un an plus tôt": the currency of the amount just before.
        if (scaled && !m_lastCurrency.isEmpty() && m_lastSentence == m_doc.at(i).sentence && i - m_lastToken < 40
            && !m_doc.is(a.end, Lexicon::CountNoun) && !m_doc.is(a.end + 1, Lexicon::CountNoun)) {
            add(i, a.end, a, m_lastCurrency);
            return a.end;
        }
        if (m_doc.at(i).kind != Token::Number || scaled)
            return 0;
        return percent(i);
    }

    // "entre 4,4 et 5 milliards d'euros", "between $2 billion and $4 billion": the first
    // number takes the scale and currency of the second.
    int rangeEnd(int i, const Amount &first)
    {
        const int sep = first.end;
        if (!m_doc.valid(sep + 1))
            return 0;
        const quint64 k = m_doc.at(sep).key;
        const bool joins = k == m_etKey || k == m_andKey || k == m_toKey || k == m_aKey || m_doc.isSymbol(sep, u'-')
            || m_doc.isSymbol(sep, u'\u2013');
        if (!joins || m_doc.at(sep + 1).kind != Token::Number)
            return 0;
        Amount second;
        if (!number(sep + 1, second))
            return 0;
        QString currency;
        const int end = currencyAfter(second.end, currency);
        if (end <= 0)
            return 0;
        Amount a = first;
        if (first.end == i + 1)
            a.exponent += second.exponent + m_doc.at(sep + 1).decimals;
        add(i, first.end, a, currency);
        add(sep + 1, end, second, currency);
        return end;
    }

    int percent(int i)
    {
        int end = 0;
        if (m_doc.isSymbol(i + 1, u'%'))
            end = i + 2;
        else if (m_doc.is(i + 1, Lexicon::Percent))
            end = i + 2;
        else if (m_doc.valid(i + 2) && m_doc.at(i + 2).key == m_centKey
                 && (m_doc.at(i + 1).key == m_pourKey || m_doc.at(i + 1).key == m_perKey))
            end = i + 3;
        if (!end)
            return 0;
        const Token &t = m_doc.at(i);
        Entity e;
        e.type = EntityType::Percent;
        e.value = scaled(t.mantissa, -t.decimals);
        e.text = m_doc.view(i, end).toString();
        m_doc.addMention(FactsDocument::valueKey(EntityType::Percent, {}, e.value), e, i, end);
        m_doc.claim(i, end, EntityType::Percent);
        return end;
    }

    FactsDocument &m_doc;
    const Lexicon &m_lex;
    const quint64 m_deKey = Fold::hash(u"de");
    const quint64 m_ofKey = Fold::hash(u"of");
    const quint64 m_centKey = Fold::hash(u"cent");
    const quint64 m_pourKey = Fold::hash(u"pour");
    const quint64 m_perKey = Fold::hash(u"per");
    const quint64 m_etKey = Fold::hash(u"et");
    const quint64 m_andKey = Fold::hash(u"and");
    const quint64 m_toKey = Fold::hash(u"to");
    const quint64 m_aKey = Fold::hash(u"\u00e0");
    const quint64 m_crownsKey = Fold::hash(u"crowns");
    const quint64 m_rsKey = Fold::hash(u"rs");
    const quint64 m_couronnesKey = Fold::hash(u"couronnes");
    const quint64 m_kronerKey = Fold::hash(u"kroner");
    QString m_lastCurrency;
    QString m_lastCrown;
    int m_lastSentence = -1;
    int m_lastToken = -1000;
};

} // namespace

void AmountFinder::find(FactsDocument &doc)
{
    Scanner(doc).run();
}

} // namespace veille
