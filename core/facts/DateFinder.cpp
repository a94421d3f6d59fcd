#include "facts/DateFinder.h"

#include "facts/FactsDocument.h"

namespace veille {

namespace {

// A plain 4-digit number in the range where a year is plausible.
int yearAt(const FactsDocument &doc, int i)
{
    if (!doc.valid(i))
        return 0;
    const Token &t = doc.at(i);
    if (t.kind != Token::Number || t.claim || t.decimals != 0 || t.has(Token::Grouped) || t.length() != 4)
        return 0;
    if (t.mantissa < 1900 || t.mantissa > 2100)
        return 0;
    return int(t.mantissa);
}

int dayAt(const FactsDocument &doc, int i)
{
    if (!doc.valid(i))
        return 0;
    const Token &t = doc.at(i);
    if (t.kind != Token::Number || t.claim || t.decimals != 0 || t.length() > 2)
        return 0;
    return (t.mantissa >= 1 && t.mantissa <= 31) ? int(t.mantissa) : 0;
}

QString two(int v)
{
    return QString::number(v).rightJustified(2, u'0');
}

void add(FactsDocument &doc, int from, int to, const QString &iso)
{
    Entity e;
    e.type = EntityType::Date;
    e.dateValue = iso;
    e.text = doc.view(from, to).toString();
    doc.addMention(FactsDocument::entityKey(EntityType::Date, iso), e, from, to);
    doc.claim(from, to, EntityType::Date);
}

int monthAt(const FactsDocument &doc, int i)
{
    if (!doc.is(i, Lexicon::Month) || doc.at(i).claim)
        return 0;
    const Token &t = doc.at(i);
    // English month names are capitalised; "may" is a verb otherwise.
    if (!doc.french() && !t.has(Token::Upper))
        return 0;
    return doc.lexicon().word(t.lex).month;
}

} // namespace

void DateFinder::find(FactsDocument &doc)
{
    const int n = doc.size();
    for (int i = 0; i < n; ++i) {
        const Token &t = doc.at(i);
        if (t.claim || t.has(Token::Boilerplate))
            continue;
        // 10 avril 2025 / 1er avril 2025 / 10 April 2025
        if (const int day = dayAt(doc, i)) {
            int m = i + 1;
            if (doc.valid(m) && doc.at(m).kind == Token::Word && doc.at(m).has(Token::Glued))
                ++m; // "1er"
            if (const int month = monthAt(doc, m)) {
                if (const int year = yearAt(doc, m + 1)) {
                    add(doc, i, m + 2, QString::number(year) + u'-' + two(month) + u'-' + two(day));
                    i = m + 1;
                    continue;
                }
            }
        }
        if (const int month = monthAt(doc, i)) {
            // April 10, 2025
            if (const int day = dayAt(doc, i + 1)) {
                const int y = doc.isSymbol(i + 2, u',') ? i + 3 : i + 2;
                if (const int year = yearAt(doc, y)) {
                    add(doc, i, y + 1, QString::number(year) + u'-' + two(month) + u'-' + two(day));
                    i = y;
                    continue;
                }
            }
            // mars 2024 / March 2024
            if (const int year = yearAt(doc, i + 1)) {
                add(doc, i, i + 2, QString::number(year) + u'-' + two(month));
                i = i + 1;
                continue;
            }
        }
        const int year = yearAt(doc, i);
        if (!year)
            continue;
        if (doc.valid(i + 1) && doc.at(i + 1).has(Token::Glued) && doc.at(i + 1).kind == Token::Word)
            continue; // "2030s", "2025e"
        const bool cueBefore = doc.is(i - 1, Lexicon::DateCue) || (doc.valid(i - 1) && doc.at(i - 1).kind == Token::Elision);
        bool ok = cueBefore;
        if (!ok) {
            if (!doc.valid(i + 1) || doc.at(i + 1).block != t.block) {
                ok = true;
            } else {
                const Token &next = doc.at(i + 1);
                if (next.kind == Token::Symbol)
                    ok = next.symbol != u'%' && next.symbol != u'$' && next.symbol != u'\u20AC';
                else if (next.kind == Token::Word)
                    ok = next.has(Token::Upper) || doc.is(i + 1, Lexicon::Function) || doc.is(i + 1, Lexicon::Verb);
            }
        }
        if (doc.is(i + 1, Lexicon::CountNoun) || doc.is(i + 1, Lexicon::Scale))
            ok = false;
        if (ok)
            add(doc, i, i + 1, QString::number(year));
    }
}

} // namespace veille
