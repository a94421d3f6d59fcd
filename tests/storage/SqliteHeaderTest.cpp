// The store (Database::open, storedVersion) and the window (LibraryProblem) read a
// library's header through SqliteHeader now; the copies disagreed on short files and on
// where a version can be read.
#include "SqliteHeaderBytes.h"
#include "storage/SqliteHeader.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace veille;

TEST(SqliteHeader, ReadsTheUserVersionOfAWholeHeader)
{
    const SqliteHeader h = SqliteHeader::read(sqliteHeaderBytes(7, SqliteHeader::kSize));
    EXPECT_EQ(h.kind, SqliteHeader::Complete);
    EXPECT_EQ(h.userVersion, 7);
    EXPECT_TRUE(h.isSqlite());
    EXPECT_EQ(SqliteHeader::read(sqliteHeaderBytes(0x01020304, 4096)).userVersion, 0x01020304);
}

TEST(SqliteHeader, CallsAnEmptyFileEmptyNotForeign)
{
    // The window said "not a library" of an empty file, which the store opens as a new one.
    EXPECT_EQ(SqliteHeader::read(QByteArrayView()).kind, SqliteHeader::Empty);
    EXPECT_FALSE(SqliteHeader::read(QByteArrayView()).isSqlite());
}

TEST(SqliteHeader, CallsAShortFileWithTheSignatureTruncated)
{
    // The store accepted a bare 16-byte signature yet read no version below 64 bytes; the
    // window read a version from 64 bytes. A header is 100 bytes.
    for (qsizetype size : {16, 63, 64, 99}) {
        const SqliteHeader h = SqliteHeader::read(sqliteHeaderBytes(3, size));
        EXPECT_EQ(h.kind, SqliteHeader::Truncated) << size;
        EXPECT_TRUE(h.isSqlite());
        EXPECT_EQ(h.userVersion, 0);
    }
}

TEST(SqliteHeader, CallsAnythingElseNotSqlite)
{
    EXPECT_EQ(SqliteHeader::read("PK\x03\x04 a zip file, not a library").kind, SqliteHeader::NotSqlite);
    EXPECT_EQ(SqliteHeader::read(QByteArrayView("SQLite format 2\0", 16)).kind, SqliteHeader::NotSqlite);
    EXPECT_EQ(SqliteHeader::read("SQLite").kind, SqliteHeader::NotSqlite);
}

TEST(SqliteHeader, ReadsFilesAndTellsMissingOrFoldersApart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    EXPECT_EQ(SqliteHeader::readFile(path).kind, SqliteHeader::Unreadable);
    EXPECT_EQ(SqliteHeader::readFile(dir.path()).kind, SqliteHeader::Unreadable);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(sqliteHeaderBytes(5, 4096));
    file.close();
    const SqliteHeader h = SqliteHeader::readFile(path);
    EXPECT_EQ(h.kind, SqliteHeader::Complete);
    EXPECT_EQ(h.userVersion, 5);
}
