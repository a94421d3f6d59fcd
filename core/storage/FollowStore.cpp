#include "storage/FollowStore.h"

#include <QDateTime>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "text/Fold.h"

namespace veille {

namespace {

QString kindName(FollowedItem::Kind kind)
{
    return kind == FollowedItem::Kind::Company ? QStringLiteral("company") : QStringLiteral("search");
}

// A company is followed under its folded name; a search under its query with case and
// spaces folded, so that "Fav:yes  lang:fr" is the search "fav:yes lang:fr".
QString keyOf(const QString &name)
{
    return Fold::key(name);
}

} // namespace

Result<QList<FollowStore::Row>> FollowStore::all()
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("SELECT kind, name, announced_up_to FROM follows ORDER BY id")));
    QList<Row> out;
    while (q.next()) {
        Row r;
        r.kind = q.value(0).toString() == u"company" ? FollowedItem::Kind::Company : FollowedItem::Kind::Search;
        r.name = q.value(1).toString();
        r.announcedUpTo = q.value(2).toLongLong();
        out << r;
    }
    return out;
}

Result<bool> FollowStore::isFollowed(FollowedItem::Kind kind, const QString &name)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT 1 FROM follows WHERE kind = ? AND key = ?"), {kindName(kind), keyOf(name)}));
    return q.next();
}

Result<void> FollowStore::follow(FollowedItem::Kind kind, const QString &name)
{
    VEILLE_TRY_ASSIGN(const ArticleId newest, newestArticleId());
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q,
                        QStringLiteral("INSERT INTO follows (kind, name, key, announced_up_to, added) VALUES (?, ?, ?, ?, ?) "
                                       "ON CONFLICT (kind, key) DO NOTHING"),
                        {kindName(kind), name, keyOf(name), newest, QDateTime::currentMSecsSinceEpoch()});
}

Result<bool> FollowStore::unfollow(FollowedItem::Kind kind, const QString &name)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("DELETE FROM follows WHERE kind = ? AND key = ?"), {kindName(kind), keyOf(name)}));
    return q.numRowsAffected() > 0;
}

Result<void> FollowStore::rename(FollowedItem::Kind kind, const QString &from, const QString &to)
{
    QSqlQuery q(m_db.connection());
    // OR IGNORE: when the new name is followed already, the old row simply stays behind
    // and is removed below.
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("UPDATE OR IGNORE follows SET name = ?, key = ? WHERE kind = ? AND key = ?"),
                            {to, keyOf(to), kindName(kind), keyOf(from)}));
    if (keyOf(from) == keyOf(to))
        return {};
    return SqlUtil::run(q, QStringLiteral("DELETE FROM follows WHERE kind = ? AND key = ?"), {kindName(kind), keyOf(from)});
}

Result<void> FollowStore::markAllAnnounced(ArticleId upTo)
{
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE follows SET announced_up_to = MAX(announced_up_to, ?)"), {upTo});
}

Result<ArticleId> FollowStore::newestArticleId()
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM articles")));
    return q.next() ? q.value(0).toLongLong() : ArticleId(0);
}

} // namespace veille
