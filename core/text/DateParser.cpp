#include "text/DateParser.h"

#include <QStringList>
#include <QTimeZone>

namespace veille {

namespace {

struct Parts {
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    int offsetSeconds = 0;
};

QDateTime build(const Parts &p)
{
    int year = p.year;
    if (year >= 0 && year < 100)
        year += year < 50 ? 2000 : 1900;
    const QDate date(year, p.month, p.day);
    if (!date.isValid())
        return {};
    int hour = p.hour;
    int minute = p.minute;
    int second = p.second;
    bool nextDay = false;
    if (hour == 24 && minute == 0 && second == 0) {
        hour = 0;
        nextDay = true;
    }
    if (second == 60)
        second = 59; // a leap second
    const QTime time(hour, minute, second, p.msec);
    if (!time.isValid())
        return {};
    QDateTime dt(nextDay ? date.addDays(1) : date, time, Qt::UTC);
    return dt.addSecs(-p.offsetSeconds);
}

int digitsAt(QStringView s, qsizetype &i, int maxDigits, int *count = nullptr)
{
    int value = 0;
    int n = 0;
    while (i < s.size() && n < maxDigits && s[i].isDigit()) {
        value = value * 10 + s[i].digitValue();
        ++i;
        ++n;
    }
    if (count)
        *count = n;
    return n == 0 ? -1 : value;
}

// Named zones feeds use. Military letters other than Z are too ambiguous in practice
// and are read as UTC.
bool zoneOffset(QStringView name, int *seconds)
{
    struct Zone {
        const char16_t *name;
        int hours10; // tenths of hours avoided: minutes below
        int minutes;
    };
    static constexpr Zone kZones[] = {
        {u"z", 0, 0}, {u"ut", 0, 0}, {u"utc", 0, 0}, {u"gmt", 0, 0}, {u"wet", 0, 0},
        {u"est", -5, 0}, {u"edt", -4, 0}, {u"cst", -6, 0}, {u"cdt", -5, 0},
        {u"mst", -7, 0}, {u"mdt", -6, 0}, {u"pst", -8, 0}, {u"pdt", -7, 0},
        {u"akst", -9, 0}, {u"akdt", -8, 0}, {u"hst", -10, 0}, {u"ast", -4, 0}, {u"adt", -3, 0},
        {u"nst", -3, -30}, {u"ndt", -2, -30},
        {u"bst", 1, 0}, {u"ist", 5, 30}, {u"cet", 1, 0}, {u"cest", 2, 0}, {u"met", 1, 0},
        {u"mest", 2, 0}, {u"mez", 1, 0}, {u"mesz", 2, 0}, {u"eet", 2, 0}, {u"eest", 3, 0},
        {u"west", 1, 0}, {u"msk", 3, 0}, {u"jst", 9, 0}, {u"kst", 9, 0}, {u"hkt", 8, 0},
        {u"sgt", 8, 0}, {u"awst", 8, 0}, {u"acst", 9, 30}, {u"aest", 10, 0}, {u"aedt", 11, 0},
        {u"nzst", 12, 0}, {u"nzdt", 13, 0},
    };
    for (const Zone &z : kZones) {
        if (name.compare(QStringView(z.name), Qt::CaseInsensitive) == 0) {
            *seconds = z.hours10 * 3600 + z.minutes * 60;
            return true;
        }
    }
    if (name.size() == 1 && name[0].isLetter()) {
        *seconds = 0;
        return true;
    }
    return false;
}

// "+0200", "+02:00", "-05", "+2" at s[i]; advances i.
bool numericZone(QStringView s, qsizetype &i, int *seconds)
{
    if (i >= s.size() || (s[i] != u'+' && s[i] != u'-'))
        return false;
    const int sign = s[i] == u'-' ? -1 : 1;
    qsizetype k = i + 1;
    int n = 0;
    int first = digitsAt(s, k, 4, &n);
    if (first < 0)
        return false;
    int hours = 0;
    int minutes = 0;
    if (n == 4) {
        hours = first / 100;
        minutes = first % 100;
    } else if (n == 3) {
        hours = first / 100;
        minutes = first % 100;
    } else {
        hours = first;
        if (k < s.size() && s[k] == u':') {
            ++k;
            minutes = digitsAt(s, k, 2);
            if (minutes < 0)
                return false;
        }
    }
    if (hours > 14 || minutes > 59)
        return false;
    *seconds = sign * (hours * 3600 + minutes * 60);
    i = k;
    return true;
}

// "HH:MM[:SS[.fff]]" at s[i]; advances i.
bool readTime(QStringView s, qsizetype &i, Parts *p)
{
    qsizetype k = i;
    const int h = digitsAt(s, k, 2);
    if (h < 0 || k >= s.size() || s[k] != u':')
        return false;
    ++k;
    const int m = digitsAt(s, k, 2);
    if (m < 0)
        return false;
    int sec = 0;
    int ms = 0;
    if (k < s.size() && s[k] == u':') {
        ++k;
        sec = digitsAt(s, k, 2);
        if (sec < 0)
            return false;
        if (k < s.size() && (s[k] == u'.' || s[k] == u',')) {
            ++k;
            int n = 0;
            const qsizetype start = k;
            int frac = digitsAt(s, k, 9, &n);
            if (frac < 0)
                return false;
            while (n > 3) {
                frac /= 10;
                --n;
            }
            while (n < 3) {
                frac *= 10;
                ++n;
            }
            ms = frac;
            while (k < s.size() && s[k].isDigit())
                ++k;
            Q_UNUSED(start);
        }
    }
    p->hour = h;
    p->minute = m;
    p->second = sec;
    p->msec = ms;
    i = k;
    return true;
}

// ISO 8601 / RFC 3339 / W3CDTF and the "YYYY/M/D HH:MM:SS" variant.
QDateTime parseIsoLike(QStringView s)
{
    Parts p;
    qsizetype i = 0;
    int n = 0;
    p.year = digitsAt(s, i, 4, &n);
    if (n != 4)
        return {};
    if (i == s.size()) {
        p.month = 1;
        p.day = 1;
        return build(p);
    }
    const QChar sep = s[i];
    if (sep != u'-' && sep != u'/')
        return {};
    ++i;
    p.month = digitsAt(s, i, 2);
    if (p.month < 0)
        return {};
    if (i == s.size()) {
        p.day = 1;
        return build(p);
    }
    if (s[i] != sep)
        return {};
    ++i;
    p.day = digitsAt(s, i, 2);
    if (p.day < 0)
        return {};
    if (i < s.size() && (s[i] == u'T' || s[i] == u't' || s[i] == u' ')) {
        ++i;
        while (i < s.size() && s[i] == u' ')
            ++i;
        if (!readTime(s, i, &p))
            return {};
    }
    while (i < s.size() && s[i] == u' ')
        ++i;
    if (i < s.size()) {
        if (s[i] == u'+' || s[i] == u'-') {
            if (!numericZone(s, i, &p.offsetSeconds))
                return {};
        } else {
            qsizetype k = i;
            while (k < s.size() && s[k].isLetter())
                ++k;
            if (!zoneOffset(s.mid(i, k - i), &p.offsetSeconds))
                return {};
            i = k;
        }
    }
    while (i < s.size() && s[i].isSpace())
        ++i;
    if (i != s.size())
        return {};
    return build(p);
}

QString foldAccents(QStringView word)
{
    QString out;
    out.reserve(word.size());
    for (QChar c : word) {
        switch (c.unicode()) {
        case u'é': case u'è': case u'ê': case u'ë': out += u'e'; break;
        case u'û': case u'ù': case u'ü': out += u'u'; break;
        case u'à': case u'â': out += u'a'; break;
        case u'ô': out += u'o'; break;
        case u'î': case u'ï': out += u'i'; break;
        case u'ç': out += u'c'; break;
        default: out += c.toLower();
        }
    }
    return out;
}

// Month number for an English or French name or abbreviation; 0 when not a month.
// "mar" is both March and the French "mardi" abbreviation: it is taken as a month,
// and the caller prefers any other month name in the text.
int monthNumber(const QString &w)
{
    if (w.size() < 3)
        return 0;
    struct Month {
        const char16_t *prefix;
        const char16_t *full;
        int number;
    };
    static constexpr Month kMonths[] = {
        {u"jan", u"january", 1}, {u"jan", u"janvier", 1}, {u"janv", u"janvier", 1},
        {u"feb", u"february", 2}, {u"fev", u"fevrier", 2}, {u"fevr", u"fevrier", 2},
        {u"mar", u"march", 3}, {u"mar", u"mars", 3},
        {u"apr", u"april", 4}, {u"avr", u"avril", 4},
        {u"may", u"may", 5}, {u"mai", u"mai", 5},
        {u"jun", u"june", 6}, {u"juin", u"juin", 6},
        {u"jul", u"july", 7}, {u"juil", u"juillet", 7},
        {u"aug", u"august", 8}, {u"aou", u"aout", 8},
        {u"sep", u"september", 9}, {u"sept", u"september", 9}, {u"sept", u"septembre", 9},
        {u"oct", u"october", 10}, {u"oct", u"octobre", 10},
        {u"nov", u"november", 11}, {u"nov", u"novembre", 11},
        {u"dec", u"december", 12}, {u"dec", u"decembre", 12},
    };
    for (const Month &m : kMonths) {
        const QStringView full(m.full);
        const QStringView prefix(m.prefix);
        if (w == full || (w.size() >= prefix.size() && full.startsWith(w) && w.startsWith(prefix)))
            return m.number;
    }
    return 0;
}

bool isWeekday(const QString &w)
{
    static constexpr const char16_t *kDays[] = {
        u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday",
        u"lundi", u"mardi", u"mercredi", u"jeudi", u"vendredi", u"samedi", u"dimanche",
    };
    if (w.size() < 2)
        return false;
    for (const char16_t *d : kDays) {
        const QStringView day(d);
        if (day.startsWith(w) && w.size() >= 3)
            return true;
        if (w == u"tues" || w == u"thur" || w == u"thurs")
            return true;
    }
    return false;
}

// RFC 822 and its relatives: tokens in any reasonable order.
QDateTime parseTextual(const QString &input)
{
    QString s = input;
    for (QChar &c : s) {
        if (c == u',' || c == u'\t')
            c = u' ';
    }
    // RFC 850 "10-Apr-25" and "10-Apr-2025": dashes between date parts.
    QStringList raw = s.split(u' ', Qt::SkipEmptyParts);
    QStringList tokens;
    for (const QString &t : raw) {
        if (t.contains(u'-') && !t.contains(u':') && !t.startsWith(u'-') && !t.startsWith(u'+')) {
            tokens << t.split(u'-', Qt::SkipEmptyParts);
        } else {
            tokens << t;
        }
    }
    Parts p;
    bool haveTime = false;
    bool haveZone = false;
    bool pm = false;
    bool am = false;
    int ambiguousMar = 0;
    QList<int> numbers;
    for (const QString &t : tokens) {
        if (t.contains(u':') && t[0].isDigit()) {
            qsizetype i = 0;
            if (!readTime(t, i, &p))
                return {};
            haveTime = true;
            QStringView rest = QStringView(t).mid(i);
            if (!rest.isEmpty()) {
                qsizetype k = 0;
                if (rest[0] == u'+' || rest[0] == u'-') {
                    if (!numericZone(rest, k, &p.offsetSeconds))
                        return {};
                    haveZone = true;
                } else if (!zoneOffset(rest, &p.offsetSeconds)) {
                    const QString ampm = rest.toString().toLower();
                    if (ampm == u"pm")
                        pm = true;
                    else if (ampm == u"am")
                        am = true;
                    else
                        return {};
                } else {
                    haveZone = true;
                }
            }
            continue;
        }
        if (t[0] == u'+' || (t[0] == u'-' && t.size() > 1 && t[1].isDigit())) {
            qsizetype i = 0;
            if (numericZone(t, i, &p.offsetSeconds) && i == t.size()) {
                haveZone = true;
                continue;
            }
            return {};
        }
        if (t[0].isDigit()) {
            qsizetype i = 0;
            int n = 0;
            const int v = digitsAt(t, i, 4, &n);
            QStringView suffix = QStringView(t).mid(i);
            // "1st", "10th", "10." are days.
            if (!suffix.isEmpty() && suffix != u"." && suffix != u"er" && suffix != u"st"
                && suffix != u"nd" && suffix != u"rd" && suffix != u"th")
                return {};
            if (n == 4 || v > 31) {
                if (p.year >= 0)
                    return {};
                p.year = v;
            } else {
                numbers << v;
            }
            continue;
        }
        QString w = foldAccents(t);
        while (w.endsWith(u'.'))
            w.chop(1);
        if (w.isEmpty())
            continue;
        if (w == u"am") {
            am = true;
            continue;
        }
        if (w == u"pm") {
            pm = true;
            continue;
        }
        if (w == u"mar") {
            ++ambiguousMar;
            continue;
        }
        if (const int m = monthNumber(w)) {
            if (p.month > 0 && p.month != m)
                return {};
            p.month = m;
            continue;
        }
        if (isWeekday(w))
            continue;
        if (w == u"le" || w == u"the" || w == u"of" || w == u"at" || w == u"a" || w == u"de")
            continue;
        int offset = 0;
        if (zoneOffset(w, &offset)) {
            p.offsetSeconds = offset;
            haveZone = true;
            continue;
        }
        return {};
    }
    if (p.month < 0 && ambiguousMar > 0)
        p.month = 3;
    if (p.month < 0)
        return {};
    // Day and two-digit year from the bare numbers: the first is the day.
    if (numbers.size() >= 1)
        p.day = numbers[0];
    if (numbers.size() >= 2 && p.year < 0)
        p.year = numbers[1];
    if (numbers.size() > 2 || (numbers.size() == 2 && p.year != numbers[1]))
        return {};
    if (p.day < 0 || p.year < 0)
        return {};
    if (pm && p.hour < 12)
        p.hour += 12;
    if (am && p.hour == 12)
        p.hour = 0;
    Q_UNUSED(haveTime);
    Q_UNUSED(haveZone);
    return build(p);
}

} // namespace

QDateTime DateParser::parse(const QString &input)
{
    const QString s = input.trimmed();
    if (s.size() < 4 || s.size() > 100)
        return {};
    if (s[0].isDigit() && s.size() >= 4 && s[1].isDigit() && s[2].isDigit() && s[3].isDigit()) {
        const QDateTime iso = parseIsoLike(s);
        if (iso.isValid())
            return iso;
    }
    const QDateTime textual = parseTextual(s);
    if (textual.isValid())
        return textual;
    // Pages write "2024-03-05T14h30" or "2024-03-05 à 14:30": the day is still worth having.
    if (s.size() > 10 && s[4] == u'-' && s[7] == u'-' && (s[10] == u'T' || s[10] == u' '))
        return parseIsoLike(QStringView(s).left(10));
    return {};
}

} // namespace veille
