#pragma once

#include <QDateTime>
#include <QString>

namespace veille {

// Reads the dates feeds write: RFC 822/1123 and their sloppy variants (odd zones, no
// seconds, no weekday, wrong weekday), French and English month and day names,
// RFC 3339 / ISO 8601 / W3CDTF, "YYYY/M/D HH:MM:SS" and "YYYY-MM-DD HH:MM:SS". The one
// date reader of Veille: feeds and saved pages (meta tags, JSON-LD, <time>) alike.
class DateParser {
public:
    // The instant in UTC; an invalid QDateTime when the text is not a readable date.
    // A date without a zone is taken as UTC. An ISO date whose time cannot be read
    // ("2024-03-05T14h30") gives that day at midnight UTC.
    static QDateTime parse(const QString &s);
};

} // namespace veille
