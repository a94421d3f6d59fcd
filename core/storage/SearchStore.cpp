#include "storage/SearchStore.h"

#include <QHash>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlUtil.h"

namespace veille {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace

Result<QList<SearchHit>> SearchStore::search(const SearchQuery &query, const QList<QStringList> &companyKeys, int limit)
{
    QStringList where;
    QVariantList binds;
    const bool fullText = !query.ftsInclude.isEmpty();

    QString select;
    QString order;
    if (fullText) {
        // Title matches weigh more than body matches. Snippets are made afterwards for
        // the hits kept: asked for here, SQLite would build one for every match before
        // sorting, which made a common word cost a snippet per article in the library.
        select = QStringLiteral("SELECT a.id, a.title, '', -bm25(articles_fts, 8.0, 1.0) AS score "
                                "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                                "JOIN article_states s ON s.article_id = a.id");
        where << QStringLiteral("articles_fts MATCH ?");
        binds << query.ftsInclude;
        order = QStringLiteral(" ORDER BY score DESC, a.sort_time DESC");
    } else {
        // Filters alone: newest first; a company filter ranks by how much the article
        // talks about the company.
        const QString mentions = companyKeys.isEmpty()
            ? QStringLiteral("0")
            : QStringLiteral("(SELECT COALESCE(max(ae.mentions), 0) FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
                             "WHERE ae.article_id = a.id AND e.type = 'company' AND e.key IN (%1))")
                  .arg(placeholders(companyKeys.first().size()));
        select = QStringLiteral("SELECT a.id, a.title, substr(a.text, 1, 200), %1 AS score "
                                "FROM articles a JOIN article_states s ON s.article_id = a.id")
                     .arg(mentions);
        if (!companyKeys.isEmpty())
            for (const QString &k : companyKeys.first())
                binds << k;
        order = QStringLiteral(" ORDER BY score DESC, a.sort_time DESC, a.id DESC");
    }

    for (const QStringList &keys : companyKeys) {
        where << QStringLiteral("a.id IN (SELECT ae.article_id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
                                "WHERE e.type = 'company' AND e.key IN (%1))")
                     .arg(placeholders(keys.size()));
        for (const QString &k : keys)
            binds << k;
    }
    if (!query.ftsExclude.isEmpty()) {
        where << QStringLiteral("a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
        binds << query.ftsExclude;
    }
    if (query.favourite) {
        where << QStringLiteral("s.favourite = ?");
        binds << (*query.favourite ? 1 : 0);
    }
    if (query.read) {
        where << QStringLiteral("s.read = ?");
        binds << (*query.read ? 1 : 0);
    }
    if (!query.language.isEmpty()) {
        where << QStringLiteral("a.language = ?");
        binds << query.language;
    }

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(select + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "))) + order
              + QStringLiteral(" LIMIT ?"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    VEILLE_TRY(SqlUtil::exec(q));
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit h;
        h.id = q.value(0).toLongLong();
        h.title = q.value(1).toString();
        h.snippet = q.value(2).toString().simplified();
        h.score = q.value(3).toDouble();
        hits.append(h);
    }
    q.finish();
    if (fullText && !hits.isEmpty()) {
        QSqlQuery snippets(m_db.connection());
        snippets.setForwardOnly(true);
        snippets.prepare(QStringLiteral("SELECT rowid, snippet(articles_fts, -1, '%1', '%2', '…', 16) FROM articles_fts "
                                        "WHERE articles_fts MATCH ? AND rowid IN (%3)")
                             .arg(kMarkOpen, kMarkClose, placeholders(hits.size())));
        snippets.addBindValue(query.ftsInclude);
        for (const SearchHit &h : hits)
            snippets.addBindValue(h.id);
        VEILLE_TRY(SqlUtil::exec(snippets));
        QHash<ArticleId, QString> byId;
        while (snippets.next())
            byId.insert(snippets.value(0).toLongLong(), snippets.value(1).toString().simplified());
        for (SearchHit &h : hits)
            h.snippet = byId.value(h.id);
    }
    return hits;
}

} // namespace veille
