#include "gui/AmountFormatter.h"

#include <QLocale>
#include <cmath>

namespace veille::app {

namespace {

QString symbolOf(const QString &currency)
{
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (currency == QLatin1String("JPY") || currency == QLatin1String("CNY"))
        return QStringLiteral("¥");
    return {};
}

// Three significant digits at most, no trailing zeros: 1.65, 17.4, 1400.
QString number(double n, const QLocale &locale)
{
    const double magnitude = std::fabs(n);
    int decimals = 0;
    if (magnitude < 10)
        decimals = 2;
    else if (magnitude < 100)
        decimals = 1;
    QString s = locale.toString(n, 'f', decimals);
    if (decimals > 0) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(locale.decimalPoint()))
            s.chop(locale.decimalPoint().size());
    }
    return s;
}

QString french(double value, const QString &currency)
{
    const QLocale locale(QLocale::French, QLocale::France);
    const QString symbol = symbolOf(currency);
    const QString unit = symbol.isEmpty() ? QChar(0x00a0) + currency : symbol;
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e9)
        return number(value / 1e9, locale) + QStringLiteral("\u00a0Md") + unit.trimmed();
    if (magnitude >= 1e6)
        return number(value / 1e6, locale) + QStringLiteral("\u00a0M") + unit.trimmed();
    return locale.toString(value, 'f', value == std::floor(value) ? 0 : 2) + QChar(0x00a0) + unit.trimmed();
}

QString english(double value, const QString &currency)
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const QString symbol = symbolOf(currency);
    const QString prefix = symbol.isEmpty() ? currency + QLatin1Char(' ') : symbol;
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e12)
        return prefix + number(value / 1e12, locale) + QStringLiteral(" trillion");
    if (magnitude >= 1e9)
        return prefix + number(value / 1e9, locale) + QStringLiteral(" billion");
    if (magnitude >= 1e6)
        return prefix + number(value / 1e6, locale) + QStringLiteral(" million");
    return prefix + locale.toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

} // namespace

QString AmountFormatter::money(double value, const QString &currency, const QString &language)
{
    return language == QLatin1String("fr") ? french(value, currency) : english(value, currency);
}

QString AmountFormatter::percent(double value, const QString &language)
{
    if (language == QLatin1String("fr"))
        return number(value, QLocale(QLocale::French, QLocale::France)) + QStringLiteral("\u00a0%");
    return number(value, QLocale(QLocale::English, QLocale::UnitedStates)) + QStringLiteral("%");
}

} // namespace veille::app
