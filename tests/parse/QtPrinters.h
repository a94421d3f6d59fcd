#pragma once

#include <QString>

#include <ostream>

// Lets GoogleTest print QString values in failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
