#include "text/TextDate.h"

#include <QRegularExpression>

#include "text/DateParser.h"

namespace veille {

namespace {

// ISO day; day month year ("3 décembre 2026", "1er mars 2025", "3 Dec. 2026"); month day,
// year ("December 3, 2026", "Dec 3rd 2026"). The month is any word: DateParser decides.
const QRegularExpression &datePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((\b\d{4}-\d{2}-\d{2}\b)|)"
                       R"((\b\d{1,2}(?:er|st|nd|rd|th)?\.?\s+\p{L}{3,10}\.?\s+\d{4}\b)|)"
                       R"((\b\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

QDateTime TextDate::find(const QString &text, const QDateTime &now)
{
    const QDateTime latest = now.addDays(1);
    int seen = 0;
    qsizetype start = 0;
    while (seen < kLines && start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        ++seen;
        if (line.size() > kMaxLineLength)
            continue;
        auto matches = datePattern().globalMatch(line);
        while (matches.hasNext()) {
            const QDateTime d = DateParser::parse(matches.next().captured(0));
            if (d.isValid() && d <= latest && d.date().year() >= 1990)
                return d;
        }
    }
    return {};
}

} // namespace veille
