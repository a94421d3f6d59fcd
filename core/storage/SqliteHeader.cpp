#include "storage/SqliteHeader.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace veille {

namespace {

constexpr QByteArrayView kSignature("SQLite format 3\0", 16);
constexpr qsizetype kUserVersionOffset = 60;

} // namespace

SqliteHeader SqliteHeader::read(QByteArrayView firstBytes)
{
    SqliteHeader header;
    if (firstBytes.isEmpty()) {
        header.kind = Empty;
    } else if (!firstBytes.startsWith(kSignature)) {
        header.kind = NotSqlite;
    } else if (firstBytes.size() < kSize) {
        header.kind = Truncated;
    } else {
        header.kind = Complete;
        header.userVersion = qFromBigEndian<qint32>(firstBytes.data() + kUserVersionOffset);
    }
    return header;
}

SqliteHeader SqliteHeader::readFile(const QString &path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.exists() || info.isDir() || !file.open(QIODevice::ReadOnly))
        return {};
    return read(file.read(kSize));
}

} // namespace veille
