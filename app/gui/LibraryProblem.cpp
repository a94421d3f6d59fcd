#include "gui/LibraryProblem.h"

#include <QDir>
#include <QFileInfo>

#include "storage/Database.h"
#include "storage/SqliteHeader.h"

namespace veille::app {

namespace {

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
    const SqliteHeader header = SqliteHeader::readFile(path);
    switch (header.kind) {
    case SqliteHeader::Unreadable:
    case SqliteHeader::Empty: // a new library for the store: what failed is not the file's contents
        break;
    case SqliteHeader::NotSqlite:
        problem.kind = NotALibrary;
        break;
    case SqliteHeader::Truncated:
        problem.kind = Damaged;
        break;
    case SqliteHeader::Complete:
        problem.kind = header.userVersion > Database::latestVersion() ? Newer : Damaged;
        break;
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
