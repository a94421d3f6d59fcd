#include "storage/SearchStore.h"

#include <QHash>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlUtil.h"

namespace veille {

namespace {

// The words of a search are looked for in these columns of the index; its third column,
// the article's language, is matched by a filter alone.
QString inTitleOrText(const QString &expression)
{
    if (expression.isEmpty())
        return expression;
    return QStringLiteral("{title text} : (%1)").arg(expression);
}

// A hit as a ranking query reads it; the snippet is added later, for the hits kept only
// (and the title too, for keyword hits).
SearchHit hitOf(ArticleId id, double score, const QString &title = {})
{
    SearchHit hit;
    hit.id = id;
    hit.title = title;
    hit.score = score;
    return hit;
}

QString quotedPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

// The filters of a query (company, favourite, read, language, excluded words), each
// written two ways: as a condition on the joined rows `a` (articles) and `s`
// (article_states), for queries that walk a few rows; and as membership of a set of
// article ids, for the full-text walk, where reading each match's article row to test it
// cost more than the search (a word in 45,000 articles, 45,000 row reads).
struct SearchStore::Filters {
    struct Filter {
        QString onRows;
        QString ids;
        QVariantList binds;
        bool exclude = false;
    };
    QList<Filter> list;

    // " AND ..." for each filter, or nothing.
    QString onRows(QVariantList *binds) const
    {
        QString sql;
        for (const Filter &f : list) {
            sql += QStringLiteral(" AND ") + f.onRows;
            *binds << f.binds;
        }
        return sql;
    }
    QString asIdSets(const QString &column, QVariantList *binds) const
    {
        QString sql;
        for (const Filter &f : list) {
            sql += QStringLiteral(" AND %1 %2 (%3)").arg(column, f.exclude ? QStringLiteral("NOT IN") : QStringLiteral("IN"), f.ids);
            *binds << f.binds;
        }
        return sql;
    }
};

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(QLatin1Char(','));
}

Result<void> bindAndRun(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    q.prepare(sql);   // a preparation error is the one exec() reports
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return SqlUtil::exec(q);
}

} // namespace

Result<QList<qint64>> SearchStore::companyEntities(const QStringList &keys)
{
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(bindAndRun(q,
                          QStringLiteral("SELECT id FROM entities WHERE type = 'company' AND key IN (%1) ORDER BY id")
                              .arg(SqlUtil::placeholders(keys.size())),
                          QVariantList(keys.begin(), keys.end())));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<SearchHit>> SearchStore::search(const SearchQuery &query, const QList<QStringList> &companyKeys, int limit,
                                             Detail detail)
{
    if (limit <= 0)
        return QList<SearchHit>();

    // Company names become entity ids first: a name nobody mentions matches nothing, and
    // the article queries below can then walk the entity index directly.
    QList<QList<qint64>> companies;
    for (const QStringList &keys : companyKeys) {
        VEILLE_TRY_ASSIGN(const QList<qint64> ids, companyEntities(keys));
        if (ids.isEmpty())
            return QList<SearchHit>();
        companies << ids;
    }

    const bool fullText = !query.ftsInclude.isEmpty();
    // Excluded words join the match expression (FTS5 answers "a NOT b" from its own
    // doclists); alone, they are a filter over the other conditions. The index also
    // holds each article's language: the words are looked for in the title and text
    // only, and a language filter is one more list for FTS5 to intersect.
    QString match = query.ftsInclude;
    if (fullText && !query.ftsExclude.isEmpty())
        match = QStringLiteral("(%1) NOT (%2)").arg(query.ftsInclude, query.ftsExclude);
    match = inTitleOrText(match);
    QString rankedMatch = match;
    if (fullText && !query.language.isEmpty())
        rankedMatch += QStringLiteral(" AND language : %1").arg(quotedPhrase(query.language));

    Filters filters;
    // With full text, the first company is a filter too; without, it drives the query.
    for (qsizetype i = fullText ? 0 : 1; i < companies.size(); ++i) {
        const QString ids = QStringLiteral("SELECT article_id FROM article_entities WHERE entity_id IN (%1)").arg(idList(companies.at(i)));
        filters.list.append({QStringLiteral("a.id IN (%1)").arg(ids), ids, {}});
    }
    if (!fullText && !query.ftsExclude.isEmpty()) {
        const QString ids = QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?");
        filters.list.append({QStringLiteral("a.id NOT IN (%1)").arg(ids), ids, {inTitleOrText(query.ftsExclude)}, true});
    }
    if (query.favourite) {
        filters.list.append({QStringLiteral("s.favourite = ?"), QStringLiteral("SELECT article_id FROM article_states WHERE favourite = ?"),
                             {*query.favourite ? 1 : 0}});
    }
    if (query.read) {
        filters.list.append({QStringLiteral("s.read = ?"), QStringLiteral("SELECT article_id FROM article_states WHERE read = ?"),
                             {*query.read ? 1 : 0}});
    }
    if (!fullText && !query.language.isEmpty()) {
        filters.list.append({QStringLiteral("a.language = ?"), QStringLiteral("SELECT id FROM articles WHERE language = ?"),
                             {query.language}});
    }

    QList<SearchHit> hits;
    if (fullText) {
        VEILLE_TRY_ASSIGN(hits, rankedMatches(rankedMatch, filters, limit, detail));
    } else {
        QString sql;
        QVariantList binds;
        if (!companies.isEmpty()) {
            // The article that talks most about the company first. With one entity, the
            // index on (entity, mentions) hands rows over in that order and SQLite stops
            // after `limit` of them; aliases stored as several entities take the sort.
            const QList<qint64> &first = companies.first();
            // The state rows are joined only for a favourite or read filter: 500 hits, 500
            // lookups saved.
            sql = first.size() == 1
                ? QStringLiteral("SELECT a.id, a.title, ae.mentions AS score FROM article_entities ae "
                                 "JOIN articles a ON a.id = ae.article_id%3 "
                                 "WHERE ae.entity_id = %1%2 ORDER BY ae.mentions DESC, a.sort_time DESC, a.id DESC LIMIT ?")
                : QStringLiteral("SELECT a.id, a.title, max(ae.mentions) AS score FROM article_entities ae "
                                 "JOIN articles a ON a.id = ae.article_id%3 "
                                 "WHERE ae.entity_id IN (%1)%2 GROUP BY a.id ORDER BY score DESC, a.sort_time DESC, a.id DESC LIMIT ?");
            const bool states = query.favourite || query.read;
            sql = sql.arg(idList(first), filters.onRows(&binds),
                          states ? QStringLiteral(" JOIN article_states s ON s.article_id = a.id") : QString());
        } else {
            // Filters alone: newest first, as in the article list.
            sql = QStringLiteral("SELECT a.id, a.title, 0 AS score FROM articles a "
                                 "JOIN article_states s ON s.article_id = a.id WHERE 1%1 ORDER BY a.sort_time DESC, a.id DESC LIMIT ?")
                      .arg(filters.onRows(&binds));
        }
        binds << limit;
        QSqlQuery q(m_db.connection());
        VEILLE_TRY(bindAndRun(q, sql, binds));
        // The snippet is added below, for the kept hits only.
        while (q.next())
            hits.append(hitOf(q.value(0).toLongLong(), q.value(2).toDouble(), q.value(1).toString()));
    }
    if (hits.isEmpty() || detail == Detail::RankOnly)
        return hits;
    VEILLE_TRY(addSnippets(&hits, fullText ? match : QString()));
    return hits;
}

Result<QList<SearchHit>> SearchStore::rankedMatches(const QString &match, const Filters &filters, int limit, Detail detail)
{
    // Ranking by bm25 scores every match before the first is known: for a common word in
    // a library of 100,000 articles, tens of thousands of rows and about a second. So only
    // the newest matches are ranked, the last `window` stored (FTS5 walks its doclists
    // from the newest and stops there): the best of recent news, which is what a reader
    // of news looks for; a search with fewer matches than that ranks them all. The
    // filters count: a favourite that matches is in the window even when thousands of
    // newer articles that are not favourites match. (The unary + keeps SQLite from
    // handing each id of a filter's set to FTS5 as a lookup of its own.)
    //
    // One walk: FTS5 hands the matches over from the newest, BM25 scores each of the
    // first `window` (veille_rank, which estimates how common each phrase is from its
    // first matches rather than counting them all: see RankFunction.h), and SQLite sorts
    // those. Title matches weigh more than body matches; the language column, matched by
    // a filter only, weighs nothing. Equal scores, the newer first. The titles are read
    // for the hits kept only.
    const int window = std::max(m_rankWindow, limit);
    qint64 firstId = 0, lastId = 0;
    {
        QSqlQuery q(m_db.connection());
        // Two subqueries: SQLite answers a lone min() or max() from the ends of the index, but
        // both in one SELECT by reading every row.
        VEILLE_TRY(bindAndRun(q, QStringLiteral("SELECT (SELECT min(id) FROM articles), (SELECT max(id) FROM articles)"), {}));
        if (q.next()) {
            firstId = q.value(0).toLongLong();
            lastId = q.value(1).toLongLong();
        }
    }
    QList<SearchHit> hits;
    {
        QSqlQuery q(m_db.connection());
        QVariantList binds{firstId, lastId, m_phraseCountLimit, match};
        const QString sql = QStringLiteral("SELECT id, score FROM ("
                                           "SELECT rowid AS id, veille_rank(articles_fts, ?, ?, ?, 8.0, 1.0, 0.0) AS score "
                                           "FROM articles_fts WHERE articles_fts MATCH ?%1 ORDER BY rowid DESC LIMIT ?) "
                                           "ORDER BY score DESC, id DESC LIMIT ?")
                                .arg(filters.asIdSets(QStringLiteral("+rowid"), &binds));
        binds << window << limit;
        VEILLE_TRY(bindAndRun(q, sql, binds));
        while (q.next())
            hits.append(hitOf(q.value(0).toLongLong(), q.value(1).toDouble()));
    }
    if (hits.isEmpty() || detail == Detail::RankOnly)
        return hits;
    QSqlQuery q(m_db.connection());
    QVariantList ids;
    for (const SearchHit &h : hits)
        ids << h.id;
    VEILLE_TRY(bindAndRun(q, QStringLiteral("SELECT id, title FROM articles WHERE id IN (%1)").arg(SqlUtil::placeholders(hits.size())), ids));
    QHash<ArticleId, QString> titles;
    while (q.next())
        titles.insert(q.value(0).toLongLong(), q.value(1).toString());
    for (SearchHit &h : hits)
        h.title = titles.value(h.id);
    return hits;
}

Result<void> SearchStore::addSnippets(QList<SearchHit> *hits, const QString &match)
{
    // Made for the hits kept only: asked for in the ranking query, SQLite would build one
    // for every row it sorts.
    QSqlQuery q(m_db.connection());
    QVariantList binds;
    QString sql;
    if (!match.isEmpty()) {
        // One walk over the hits' id range, not one lookup per hit: FTS5 starts every
        // lookup of a prefix query (econ*) by merging the doclists of all its words.
        ArticleId first = hits->first().id, last = first;
        for (const SearchHit &h : *hits) {
            first = std::min(first, h.id);
            last = std::max(last, h.id);
        }
        sql = QStringLiteral("SELECT rowid, snippet(articles_fts, -1, '%1', '%2', '…', 16) FROM articles_fts "
                             "WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (%3)")
                  .arg(kMarkOpen, kMarkClose, SqlUtil::placeholders(hits->size()));
        binds << match << first << last;
    } else {
        sql = QStringLiteral("SELECT id, substr(text, 1, 200) FROM articles WHERE id IN (%1)").arg(SqlUtil::placeholders(hits->size()));
    }
    for (const SearchHit &h : *hits)
        binds << h.id;
    VEILLE_TRY(bindAndRun(q, sql, binds));
    QHash<ArticleId, QString> byId;
    while (q.next())
        byId.insert(q.value(0).toLongLong(), q.value(1).toString().simplified());
    for (SearchHit &h : *hits)
        h.snippet = byId.value(h.id);
    return {};
}

} // namespace veille
