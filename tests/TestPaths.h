#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace veille::test {

// Fixtures written for Veille's own tests.
inline QString dataPath(const QString &name)
{
    return QStringLiteral(VEILLE_TEST_DATA_DIR "/") + name;
}

// The shared corpus and seed, outside the project; tests skip when it is absent.
inline QString sharedPath(const QString &name)
{
    return QDir::cleanPath(QStringLiteral(VEILLE_SHARED_DIR "/") + name);
}

inline bool sharedAvailable()
{
    return QDir(QStringLiteral(VEILLE_SHARED_DIR)).exists();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace veille::test

#define VEILLE_SKIP_WITHOUT_SHARED()                                                     \
    do {                                                                                 \
        if (!veille::test::sharedAvailable())                                            \
            GTEST_SKIP() << "../shared is absent: the shared corpus and seed are not here"; \
    } while (false)
