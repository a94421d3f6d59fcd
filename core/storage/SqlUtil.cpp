#include "storage/SqlUtil.h"

namespace veille {

namespace {

// SQLite's primary result codes (sqlite3.h) and what each means for the user; an
// extended code keeps its primary code in its low byte (SQLITE_IOERR_WRITE is
// 778 = 3 << 8 | 10).
struct Primary {
    int sqlite;
    ErrorCode code;
};
constexpr Primary kPrimaries[] = {
    {5, ErrorCode::DatabaseBusy},      // SQLITE_BUSY
    {6, ErrorCode::DatabaseBusy},      // SQLITE_LOCKED
    {8, ErrorCode::DatabaseReadOnly},  // SQLITE_READONLY
    {10, ErrorCode::DatabaseIo},       // SQLITE_IOERR
    {11, ErrorCode::DatabaseCorrupt},  // SQLITE_CORRUPT
    {13, ErrorCode::DatabaseFull},     // SQLITE_FULL
    {14, ErrorCode::DatabaseCantOpen}, // SQLITE_CANTOPEN
    {26, ErrorCode::DatabaseCorrupt},  // SQLITE_NOTADB
};

} // namespace

ErrorCode SqlUtil::classify(const QString &nativeErrorCode)
{
    bool ok = false;
    const int code = nativeErrorCode.toInt(&ok);
    if (ok) {
        for (const Primary &p : kPrimaries)
            if (p.sqlite == (code & 0xff))
                return p.code;
    }
    return ErrorCode::DatabaseError;
}

} // namespace veille
