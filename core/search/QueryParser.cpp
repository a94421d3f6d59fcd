#include "search/QueryParser.h"

#include <QList>

namespace veille {

namespace {

struct Term {
    QString text;      // the words, without quotes or operators
    bool phrase = false;
    bool prefix = false;
    bool negated = false;
    bool orWithPrevious = false;
};

// A token of the raw input: a bare word (may carry -, *, key:) or a quoted phrase.
struct Token {
    QString text;
    bool quoted = false;
    bool negated = false;
    QString key;   // for key:value and key:"value"
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// Keeps only what FTS5's tokenizer would index anyway: letters, digits and the
// separators inside words. Everything else becomes a space.
QString cleanWords(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        out += isWordChar(c) ? c : QLatin1Char(' ');
    return out.simplified();
}

QString quoted(const QString &words)
{
    QString escaped = words;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QList<Token> tokenize(const QString &input)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(input.size());
    while (i < n) {
        if (input.at(i).isSpace()) {
            ++i;
            continue;
        }
        Token t;
        if (input.at(i) == QLatin1Char('-') && i + 1 < n && !input.at(i + 1).isSpace()) {
            t.negated = true;
            ++i;
        }
        // key:"value" or key:value
        int j = i;
        while (j < n && input.at(j).isLetter())
            ++j;
        if (j > i && j < n && input.at(j) == QLatin1Char(':')) {
            t.key = input.mid(i, j - i).toLower();
            i = j + 1;
        }
        if (i < n && input.at(i) == QLatin1Char('"')) {
            const int close = int(input.indexOf(QLatin1Char('"'), i + 1));
            if (close >= 0) {
                t.text = input.mid(i + 1, close - i - 1);
                t.quoted = true;
                i = close + 1;
                tokens.append(t);
                continue;
            }
            ++i; // an unbalanced quote: the rest is read as plain words
        }
        int end = i;
        while (end < n && !input.at(end).isSpace() && input.at(end) != QLatin1Char('"'))
            ++end;
        t.text = input.mid(i, end - i);
        i = end;
        if (!t.text.isEmpty() || !t.key.isEmpty())
            tokens.append(t);
    }
    return tokens;
}

bool readYesNo(const QString &value, bool *out)
{
    const QString v = value.toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("oui") || v == QLatin1String("true") || v == QLatin1String("1")) {
        *out = true;
        return true;
    }
    if (v == QLatin1String("no") || v == QLatin1String("non") || v == QLatin1String("false") || v == QLatin1String("0")) {
        *out = false;
        return true;
    }
    return false;
}

// Applies a key:value filter; false when the key is not one of ours.
bool applyFilter(const Token &t, SearchQuery *q)
{
    const QString value = t.text.trimmed();
    bool flag = false;
    if (t.key == QLatin1String("company") || t.key == QLatin1String("entreprise") || t.key == QLatin1String("societe")
        || t.key == QLatin1String("société")) {
        if (!value.isEmpty())
            q->companies << value;
        return true;
    }
    if (t.key == QLatin1String("org") || t.key == QLatin1String("organisation") || t.key == QLatin1String("organization")) {
        if (!value.isEmpty())
            q->organisations << value;
        return true;
    }
    if ((t.key == QLatin1String("fav") || t.key == QLatin1String("favori")) && readYesNo(value, &flag)) {
        q->favourite = t.negated ? !flag : flag;
        return true;
    }
    if ((t.key == QLatin1String("read") || t.key == QLatin1String("lu")) && readYesNo(value, &flag)) {
        q->read = t.negated ? !flag : flag;
        return true;
    }
    if ((t.key == QLatin1String("lang") || t.key == QLatin1String("langue"))
        && (value.compare(QLatin1String("fr"), Qt::CaseInsensitive) == 0
            || value.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)) {
        q->language = value.toLower();
        return true;
    }
    return false;
}

QString termExpression(const Term &t)
{
    QString e = quoted(t.text);
    if (t.prefix)
        e += QLatin1Char('*');
    return e;
}

// AND of groups, each group an OR of terms.
QString expression(const QList<QList<Term>> &groups)
{
    QStringList parts;
    for (const auto &group : groups) {
        QStringList alternatives;
        for (const Term &t : group)
            alternatives << termExpression(t);
        parts << (alternatives.size() == 1 ? alternatives.first()
                                           : QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    // FTS5 reads "a b" as a AND b, but refuses an implicit AND next to a group,
    // "a (b OR c)" or "(a OR b) c": there the AND is written out.
    QString out;
    bool previousIsGroup = false;
    for (const QString &part : parts) {
        const bool isGroup = part.startsWith(QLatin1Char('('));
        if (!out.isEmpty())
            out += (isGroup || previousIsGroup) ? QLatin1String(" AND ") : QLatin1String(" ");
        out += part;
        previousIsGroup = isGroup;
    }
    return out;
}

} // namespace

SearchQuery QueryParser::parse(const QString &input)
{
    SearchQuery query;
    QList<Term> terms;
    bool pendingOr = false;

    for (const Token &tok : tokenize(input)) {
        if (!tok.key.isEmpty() && applyFilter(tok, &query))
            continue;
        QString raw = tok.key.isEmpty() ? tok.text : tok.key + QLatin1Char(' ') + tok.text;
        if (!tok.quoted && !tok.negated && raw == QLatin1String("OR")) {
            pendingOr = !terms.isEmpty();
            continue;
        }
        Term term;
        term.negated = tok.negated;
        if (tok.quoted) {
            term.text = cleanWords(raw);
            term.phrase = true;
        } else {
            term.prefix = raw.endsWith(QLatin1Char('*'));
            term.text = cleanWords(raw);
            // "l'IA" or "rachat-fusion" are several words; only the last takes the prefix.
        }
        if (term.text.isEmpty())
            continue;
        term.orWithPrevious = pendingOr && !term.negated && !terms.isEmpty() && !terms.last().negated;
        pendingOr = false;
        terms.append(term);
    }

    QList<QList<Term>> include;
    QList<QList<Term>> exclude;
    for (const Term &t : terms) {
        if (t.negated) {
            exclude.append({t});
        } else if (t.orWithPrevious && !include.isEmpty()) {
            include.last().append(t);
        } else {
            include.append({t});
        }
        if (!t.negated)
            query.highlightTerms << t.text;
    }
    query.ftsInclude = expression(include);
    // Any excluded term rules an article out.
    QStringList ex;
    for (const auto &g : exclude)
        ex << expression({g});
    query.ftsExclude = ex.join(QLatin1String(" OR "));
    return query;
}

} // namespace veille
