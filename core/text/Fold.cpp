#include "text/Fold.h"

namespace veille {

QString Fold::key(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Mark_NonSpacing || u == 0x200B || u == 0xAD || u == 0xFEFF)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (u == 0x2019 || u == 0x2018 || u == 0x02BC || u == 0x00B4 || u == 0x0060 || u == 0x2032)
            out += QLatin1Char('\'');
        else if (u == 0x2010 || u == 0x2011 || u == 0x2013 || u == 0x2014)
            out += QLatin1Char('-');
        else if (u == 0x0153 || u == 0x0152)
            out += QLatin1String("oe");
        else
            out += c.toLower();
    }
    return out;
}

} // namespace veille
