#include "text/Fold.h"

namespace veille {

QString Fold::key(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
            c = QLatin1Char('\'');
        else if (c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2013) || c == QChar(0x2014))
            c = QLatin1Char('-');
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c.toLower();
    }
    return out;
}

} // namespace veille
