#pragma once

#include <QByteArray>
#include <QtEndian>

// The first `size` bytes of an SQLite file whose user_version is `userVersion`: the
// signature, zeros, and the version big-endian at byte 60 when the bytes reach it.
inline QByteArray sqliteHeaderBytes(qint32 userVersion, qsizetype size)
{
    QByteArray bytes("SQLite format 3\0", 16);
    bytes.append(QByteArray(size - bytes.size(), '\0'));
    if (size >= 64)
        qToBigEndian<qint32>(userVersion, bytes.data() + 60);
    return bytes;
}
