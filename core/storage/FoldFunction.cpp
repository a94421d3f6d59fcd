#include "storage/FoldFunction.h"

#include "storage/SqliteHandle.h"
#include "text/Fold.h"

namespace veille {

namespace {

void fold(sqlite3_context *context, int, sqlite3_value **args)
{
    if (sqlite3_value_type(args[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(args[0]));
    const int bytes = sqlite3_value_bytes16(args[0]);
    const QString key = Fold::key(QStringView(text, bytes / 2));
    sqlite3_result_text16(context, key.utf16(), int(key.size() * 2), SQLITE_TRANSIENT);
}

} // namespace

Result<void> registerFoldFunction(QSqlDatabase &db)
{
    sqlite3 *sqlite = sqliteHandle(db);
    if (!sqlite)
        return makeError(ErrorCode::DatabaseCantOpen, QStringLiteral("veille_fold"));
    const int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function(sqlite, "veille_fold", 1, flags, nullptr, fold, nullptr, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::DatabaseError, QString::fromUtf8(sqlite3_errmsg(sqlite)));
    return {};
}

} // namespace veille
