#include "gui/LibraryProblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include "storage/Database.h"

namespace veille::app {

namespace {

// An SQLite file begins with this string; its header keeps PRAGMA user_version, our
// schema version, as a big-endian integer at byte 60.
const QByteArray kSqliteMagic("SQLite format 3\0", 16);
constexpr int kUserVersionOffset = 60;

bool taken(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return true;
    return false;
}

bool writableFolder(const QString &folder)
{
    const QFileInfo info(folder);
    return info.isDir() && info.isWritable();
}

} // namespace

LibraryProblem LibraryProblem::diagnose(const QString &path, const QString &detail)
{
    LibraryProblem problem;
    problem.path = QFileInfo(path).absoluteFilePath();
    problem.detail = detail;
    const QFileInfo info(path);
    if (!info.exists() || info.isDir())
        return problem;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problem;
    const QByteArray head = file.read(100);
    if (!head.startsWith(kSqliteMagic)) {
        problem.kind = NotALibrary;
        return problem;
    }
    problem.kind = Damaged;
    if (head.size() >= kUserVersionOffset + 4) {
        const qint32 version = qFromBigEndian<qint32>(head.constData() + kUserVersionOffset);
        if (version > Database::latestVersion())
            problem.kind = Newer;
    }
    return problem;
}

QString LibraryProblem::freshPath(const QString &failedPath)
{
    const QFileInfo failed(failedPath);
    QString folder = failed.absolutePath();
    if (!writableFolder(folder))
        folder = QFileInfo(Database::defaultPath()).absolutePath();
    QString base = failed.completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("library");
    const QString suffix = failed.suffix().isEmpty() || failed.isDir() ? QStringLiteral("sqlite") : failed.suffix();
    const QDir dir(folder);
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? QStringLiteral("%1-new.%2").arg(base, suffix)
                                    : QStringLiteral("%1-new-%2.%3").arg(base).arg(n).arg(suffix);
        const QString candidate = dir.filePath(name);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace veille::app
