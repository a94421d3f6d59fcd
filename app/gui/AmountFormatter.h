#pragma once

#include <QString>

namespace veille::app {

// Normalised amounts written the way a reader of the interface language expects them:
// 1.4e12 USD is "1 400 Md$" in French and "$1.4 trillion" in English.
class AmountFormatter {
public:
    static QString money(double value, const QString &currency, const QString &language);
    static QString percent(double value, const QString &language);
};

} // namespace veille::app
