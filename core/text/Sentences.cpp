#include "text/Sentences.h"

namespace veille {

namespace {

bool isAbbreviation(QStringView word)
{
    static const char *const kAbbrev[] = {"M", "Mme", "Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Corp", "Co", "Ltd",
                                          "Jr", "Sr", "vs", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov",
                                          "Dec", "Gen", "Gov", "Sen", "Rep", "etc", "cf", "Mlle", "Pr"};
    if (word.size() == 1 && word.at(0).isUpper())
        return true; // an initial
    for (const char *a : kAbbrev) {
        if (word == QLatin1String(a))
            return true;
    }
    return false;
}

void push(QList<Span> &out, const QString &text, int s, int e)
{
    while (s < e && text.at(s).isSpace())
        ++s;
    while (e > s && text.at(e - 1).isSpace())
        --e;
    if (e > s)
        out.append(Span{s, e});
}

} // namespace

QList<Span> Sentences::split(const QString &text)
{
    QList<Span> out;
    const int n = int(text.size());
    int start = 0;
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            push(out, text, start, i);
            start = i + 1;
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?' && c != u'\u2026')
            continue;
        int j = i + 1;
        while (j < n && (text.at(j) == u'"' || text.at(j) == u'\u00BB' || text.at(j) == u'\u201D' || text.at(j) == u')'
                         || text.at(j) == u'.' || text.at(j) == u'!' || text.at(j) == u'?'))
            ++j;
        if (j < n && !text.at(j).isSpace())
            continue;
        if (c == u'.') {
            int w = i;
            while (w > start && text.at(w - 1).isLetter())
                --w;
            if (w < i && isAbbreviation(QStringView(text).mid(w, i - w)))
                continue;
        }
        push(out, text, start, j);
        start = j;
        i = j - 1;
    }
    push(out, text, start, n);
    return out;
}

} // namespace veille
