#pragma once

#include <QString>
#include <QStringList>

namespace veille {

// Splits an SQL script into complete statements (trigger bodies included), using
// SQLite's own notion of a complete statement.
class SqlScript {
public:
    static QStringList statements(const QString &script);
};

} // namespace veille
