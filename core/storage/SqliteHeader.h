#pragma once

#include <QByteArrayView>
#include <QString>

namespace veille {

// What the first bytes of a library file say, read without SQLite: the store uses it to
// refuse another program's file before opening it, the window to explain why a file
// could not be opened. An SQLite file starts with "SQLite format 3\0"; its 100-byte
// header keeps PRAGMA user_version, our schema version, big-endian at byte 60.
struct SqliteHeader {
    enum Kind {
        Empty,     // no bytes: a new library SQLite will fill
        NotSqlite, // another program's file, or overwritten
        Truncated, // the SQLite signature but not a whole header: damaged
        Complete,  // a whole header; userVersion is read
        Unreadable // missing, a folder, or not readable (readFile only)
    };
    static constexpr qsizetype kSize = 100;

    Kind kind = Unreadable;
    qint32 userVersion = 0;

    // Reads the header from the first bytes of a file (kSize or fewer when the file is
    // shorter). Pure: it touches no file.
    static SqliteHeader read(QByteArrayView firstBytes);
    // Reads the first kSize bytes of the file at `path`.
    static SqliteHeader readFile(const QString &path);

    bool isSqlite() const { return kind == Truncated || kind == Complete; }
};

} // namespace veille
