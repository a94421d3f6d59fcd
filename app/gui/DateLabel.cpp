#include "gui/DateLabel.h"

namespace veille::app {

QString DateLabel::shortText(const QDateTime &published, const QDateTime &saved, const QLocale &locale)
{
    if (published.isValid())
        return locale.toString(published.toLocalTime().date(), QLocale::ShortFormat);
    if (!saved.isValid())
        return {};
    const QDate day = saved.toLocalTime().date();
    // The year only when it is not this one: "saved 3 Dec", "saved 3 Dec 2024".
    const QString format = day.year() == QDate::currentDate().year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
    //: List's date column of an article with no published date: the day it was saved ("saved 3 Dec").
    return tr("saved %1").arg(locale.toString(day, format));
}

QString DateLabel::longText(const QDateTime &published, const QDateTime &saved, const QLocale &locale)
{
    if (published.isValid())
        return locale.toString(published.toLocalTime().date(), QLocale::LongFormat);
    if (!saved.isValid())
        return {};
    //: Details of an article with no published date: the day it was saved ("saved on Thursday 3 December 2026").
    return tr("saved on %1").arg(locale.toString(saved.toLocalTime().date(), QLocale::LongFormat));
}

} // namespace veille::app

