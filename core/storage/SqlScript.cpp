#include "storage/SqlScript.h"

#include <sqlite3.h>

namespace veille {

QStringList SqlScript::statements(const QString &script)
{
    QStringList out;
    QString pending;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (pending.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        pending += line;
        pending += QLatin1Char('\n');
        if (sqlite3_complete(pending.toUtf8().constData())) {
            out << pending.trimmed();
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        out << pending.trimmed();
    return out;
}

} // namespace veille
