#include "storage/StateStore.h"

#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlUtil.h"

namespace veille {

Result<ArticleState> StateStore::state(ArticleId id)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT favourite, read FROM article_states WHERE article_id = ?"),
                               {id}));
    if (!q.next())
        return makeError(ErrorCode::ArticleNotFound, id);
    return ArticleState{q.value(0).toBool(), q.value(1).toBool()};
}

Result<void> StateStore::setFlag(const char *column, ArticleId id, bool value)
{
    QSqlQuery q(m_db.connection());
    // column is one of two literals chosen in this file, never user text.
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("UPDATE article_states SET %1 = ? WHERE article_id = ?").arg(QLatin1String(column)),
                               {value ? 1 : 0, id}));
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::ArticleNotFound, id);
    return {};
}

Result<void> StateStore::setFavourite(ArticleId id, bool favourite)
{
    return setFlag("favourite", id, favourite);
}

Result<void> StateStore::setRead(ArticleId id, bool read)
{
    return setFlag("read", id, read);
}

Result<void> StateStore::setRead(const QList<ArticleId> &ids, bool read)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE article_states SET read = ? WHERE article_id = ?"));
        for (ArticleId id : ids) {
            q.addBindValue(read ? 1 : 0);
            q.addBindValue(id);
            VEILLE_TRY(SqlUtil::exec(q));
        }
        return {};
    });
}

} // namespace veille
