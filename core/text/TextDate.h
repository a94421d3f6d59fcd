#pragma once

#include <QDateTime>
#include <QString>

namespace veille {

// The publication date an article's text gives near its top, for a saved page without
// date metadata or a text file: a byline such as "Publié le 3 décembre 2026 à 14h05",
// "Published December 3, 2026", "Updated 2026-12-03". Read by DateParser, so French and
// English month names.
class TextDate {
public:
    // Only the first lines count, and only short ones (a byline, a dateline), so a date
    // the story talks about ("on 3 March 2020 the company...") is not taken for its own.
    // A date after `now` (plus a day, for time zones) is not a publication date either.
    // Invalid when there is none.
    static QDateTime find(const QString &text, const QDateTime &now = QDateTime::currentDateTimeUtc());

    static constexpr int kLines = 6;          // the title, a standfirst, a byline or two
    static constexpr int kMaxLineLength = 160;
};

} // namespace veille
