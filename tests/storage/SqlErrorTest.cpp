#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>
#include <gtest/gtest.h>

#include "MadeUp.h"
#include "TempLibrary.h"
#include "storage/SqlUtil.h"

using namespace veille;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

// A plain Qt connection to the file, beside the Database under test, so a test can
// make SQLite fail the way another program would.
class RawConnection {
public:
    RawConnection(const QString &path, const QString &options)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(options);
        EXPECT_TRUE(m_db.open());
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name = QStringLiteral("raw-%1").arg(quintptr(this));
    QSqlDatabase m_db;
};

} // namespace

TEST(SqlError, SqlitePrimaryCodesAreToldApartByNumber)
{
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("5")), ErrorCode::DatabaseBusy);
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("6")), ErrorCode::DatabaseBusy);
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("8")), ErrorCode::DatabaseReadOnly);
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("10")), ErrorCode::DatabaseIo);
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("11")), ErrorCode::DatabaseCorrupt);
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("13")), ErrorCode::DatabaseFull);
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("14")), ErrorCode::DatabaseCantOpen);
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("26")), ErrorCode::DatabaseCorrupt);
}

TEST(SqlError, ExtendedCodesCountByTheirPrimaryCode)
{
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("778")), ErrorCode::DatabaseIo);      // SQLITE_IOERR_WRITE
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("1032")), ErrorCode::DatabaseReadOnly); // SQLITE_READONLY_DBMOVED
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("267")), ErrorCode::DatabaseCorrupt);  // SQLITE_CORRUPT_VTAB
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("517")), ErrorCode::DatabaseBusy);     // SQLITE_BUSY_SNAPSHOT
}

TEST(SqlError, OtherOrMissingCodesAreAPlainDatabaseError)
{
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("19")), ErrorCode::DatabaseError); // a constraint
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("1")), ErrorCode::DatabaseError);
    EXPECT_EQ(SqlUtil::classify(QString()), ErrorCode::DatabaseError);
    EXPECT_EQ(SqlUtil::classify(QStringLiteral("disk I/O error")), ErrorCode::DatabaseError)
        << "the words of a message never decide";
}

TEST(SqlError, AnSqliteHeaderOverGarbageIsADamagedLibrary)
{
    test::TempLibrary lib;
    writeFile(lib.path(), test::corruptLibraryBytes());
    auto db = Database::open(lib.path(), Access::Write);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DatabaseCorrupt) << db.errorMessage().toStdString();
    EXPECT_FALSE(db.error().detail.isEmpty()) << "SQLite's own words go with it";
}

TEST(SqlError, AFileThatIsNotSqliteIsForeignAndAFolderIsSaidToBeOne)
{
    test::TempLibrary lib;
    writeFile(lib.path(), "name,price\napples,3\n");
    EXPECT_EQ(Database::open(lib.path(), Access::Write).error(), makeError(ErrorCode::DatabaseForeign));
    EXPECT_EQ(Database::open(lib.dir(), Access::Write).error(), makeError(ErrorCode::LibraryIsFolder));
}

TEST(SqlError, ALibraryFromANewerSchemaSaysWhichVersionItHas)
{
    test::TempLibrary lib;
    lib.open().reset();
    {
        QFile f(lib.path());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(60);
        char version[4];
        qToBigEndian<qint32>(Database::latestVersion() + 3, version);
        f.write(version, 4);
    }
    EXPECT_EQ(Database::open(lib.path(), Access::Write).error(), makeError(ErrorCode::DatabaseNewer, Database::latestVersion() + 3));
}

TEST(SqlError, AWriteToALibraryOpenedReadOnlyIsReadOnly)
{
    test::TempLibrary lib;
    lib.open().reset();
    RawConnection raw(lib.path(), QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlQuery q(raw.db());
    auto r = SqlUtil::exec(q, QStringLiteral("INSERT INTO feeds (url, title, site_url, added) VALUES ('u', '', '', 0)"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::DatabaseReadOnly) << r.errorMessage().toStdString();
}

TEST(SqlError, AWriteWhileAnotherConnectionWritesIsBusy)
{
    test::TempLibrary lib;
    auto db = lib.open();
    ASSERT_TRUE(db);
    RawConnection other(lib.path(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    // The library holds a write transaction; the other connection, which will not
    // wait, asks for one too.
    auto r = db->transaction([&]() -> Result<void> {
        QSqlQuery q(other.db());
        return SqlUtil::exec(q, QStringLiteral("BEGIN IMMEDIATE"));
    });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::DatabaseBusy) << r.errorMessage().toStdString();
}

TEST(SqlUtilRun, BindsTheValuesInOrderAndRuns)
{
    test::TempLibrary lib;
    auto db = lib.open();
    ASSERT_TRUE(db);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(SqlUtil::run(q, QStringLiteral("SELECT ? || '-' || ?"), {QStringLiteral("a"), 2}).ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("a-2"));
}

TEST(SqlUtilRun, AStatementThatCannotBePreparedIsADatabaseErrorInSqlitesWords)
{
    test::TempLibrary lib;
    auto db = lib.open();
    ASSERT_TRUE(db);
    QSqlQuery q(db->connection());
    auto r = SqlUtil::run(q, QStringLiteral("SELECT title FROM no_such_table WHERE id = ?"), {1});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::DatabaseError);
    EXPECT_TRUE(r.error().detail.contains(QStringLiteral("no_such_table"))) << r.errorMessage().toStdString();
}
