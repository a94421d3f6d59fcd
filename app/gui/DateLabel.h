#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace veille::app {

// The date an article shows: the day it was published, else the day the library saved it,
// said as such ("saved 3 Dec", "enregistré le 3 déc.") so it is not taken for the other.
class DateLabel {
    Q_DECLARE_TR_FUNCTIONS(veille::app::DateLabel)
public:
    // The list's column: a short date.
    static QString shortText(const QDateTime &published, const QDateTime &saved, const QLocale &locale = {});
    // The pane's details and the list's tooltip: a long date.
    static QString longText(const QDateTime &published, const QDateTime &saved, const QLocale &locale = {});
    // The instant the list orders by: the published one, else the saved one.
    static QDateTime shown(const QDateTime &published, const QDateTime &saved)
    {
        return published.isValid() ? published : saved;
    }
};

} // namespace veille::app
