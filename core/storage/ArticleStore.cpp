#include "storage/ArticleStore.h"

#include <QHash>

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteStatement.h"
#include "storage/StoredFacts.h"
#include "text/TextBlocks.h"
#include "text/WordHash.h"

namespace veille {

namespace {

// Blocks as stored: "h0:12 p14:200 l202:230", a kind letter and a UTF-16 range each.
QString blocksToStored(const QList<TextBlock> &blocks)
{
    QString out;
    out.reserve(blocks.size() * 10);
    for (const TextBlock &b : blocks) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += b.kind == TextBlock::Kind::Heading ? QLatin1Char('h') : b.kind == TextBlock::Kind::ListItem ? QLatin1Char('l') : QLatin1Char('p');
        out += QString::number(b.start) + QLatin1Char(':') + QString::number(b.end);
    }
    return out;
}

// The stored blocks, or none when they are absent or do not fit the text.
QList<TextBlock> blocksFromStored(QStringView stored, qsizetype textSize)
{
    QList<TextBlock> out;
    for (QStringView part : stored.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        bool startOk = false;
        bool endOk = false;
        TextBlock b;
        b.kind = part.front() == u'h' ? TextBlock::Kind::Heading : part.front() == u'l' ? TextBlock::Kind::ListItem : TextBlock::Kind::Paragraph;
        if (colon > 1) {
            b.start = part.mid(1, colon - 1).toInt(&startOk);
            b.end = part.mid(colon + 1).toInt(&endOk);
        }
        if (!startOk || !endOk)
            return {};
        out.append(b);
    }
    return TextBlocks::fit(out, textSize) ? out : QList<TextBlock>();
}

// The WHERE clause and its bound values for a filter; never built from user text.
QString whereClause(const ArticleFilter &f, QVariantList *binds)
{
    QStringList conditions;
    if (f.feedId) {
        conditions << QStringLiteral("a.feed_id = ?");
        *binds << *f.feedId;
    }
    if (f.favouritesOnly)
        conditions << QStringLiteral("s.favourite = 1");
    if (f.unreadOnly)
        conditions << QStringLiteral("s.read = 0");
    if (f.entityId) {
        conditions << QStringLiteral("s.article_id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)");
        *binds << *f.entityId;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The ORDER BY clause; the id breaks ties so paging with OFFSET is stable.
QString orderClause(const ArticleFilter &f)
{
    const QString dir = f.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (f.order) {
    case ArticleOrder::Title:
        return QStringLiteral(" ORDER BY a.title COLLATE NOCASE") + dir + QStringLiteral(", a.id") + dir;
    case ArticleOrder::Source:
        return QStringLiteral(" ORDER BY COALESCE(f.title, '') COLLATE NOCASE") + dir + QStringLiteral(", a.sort_time DESC, a.id DESC");
    case ArticleOrder::Date:
        break;
    }
    return QStringLiteral(" ORDER BY a.sort_time") + dir + QStringLiteral(", a.id") + dir;
}

} // namespace

QString ArticleStore::contentHash(const Article &a)
{
    // Two lanes of the word hash over the UTF-16 as it is: the SHA-1 of the fields' UTF-8,
    // which version 1 was, took a twentieth of an import's time.
    WordHash first;
    WordHash second(0x84222325cbf29ce4ULL, 0xC2B2AE3D27D4EB4FULL);
    const auto add = [&](QStringView field) {
        first.add(field);
        second.add(field);
    };
    for (const QString *field : {&a.title, &a.url, &a.author, &a.html, &a.text})
        add(*field);
    first.addNumber(quint64(a.keyPoints.size()));
    second.addNumber(quint64(a.keyPoints.size()));
    for (const QString &point : a.keyPoints)
        add(point);
    return QStringLiteral("%1:%2%3")
        .arg(kContentHashVersion)
        .arg(first.value(), 16, 16, QLatin1Char('0'))
        .arg(second.value(), 16, 16, QLatin1Char('0'));
}

bool ArticleStore::sameContent(const Article &a, QStringView stored, const QString &hash)
{
    if (stored == hash)
        return true;
    // Version 1, 40 hex digits and no version: the SHA-1 of the fields' UTF-8, one after
    // the other with a unit separator. Compared as it was, so that an article stored then
    // does not count as changed.
    if (stored.size() != 40 || stored.contains(u':'))
        return false;
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const QString &part : {a.title, a.url, a.author, a.html, a.text, a.keyPoints.join(QLatin1Char('\n'))}) {
        h.addData(part.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    }
    return stored == QLatin1StringView(h.result().toHex());
}

ArticleStore::Encoded ArticleStore::encode(const Article &a)
{
    // toUtf8() keeps room for three bytes a character. The long columns wait, in the
    // import's queue and in the full-text batch (Database::indexLater), a thousand
    // articles at a time: held at their size, an article's HTML and text take 7 KB
    // rather than 20 KB on tools/bench's feed.
    const auto utf8 = [](const QString &s) {
        QByteArray bytes = s.toUtf8();
        bytes.squeeze();
        return bytes;
    };
    return Encoded{contentHash(a), a.identity.toUtf8(), a.title.toUtf8(), utf8(a.html), utf8(a.text), a.language.toUtf8()};
}

Result<StoreOutcome> ArticleStore::store(const Article &article, const QString &sourceHash, const Encoded *encoded)
{
    // The row and its full-text entry are two statements (see Database::indexLater).
    return m_db.transaction([&] {
        return encoded ? storeInTransaction(article, sourceHash, *encoded)
                       : storeInTransaction(article, sourceHash, encode(article));
    });
}

Result<StoreOutcome> ArticleStore::storeInTransaction(const Article &a, const QString &sourceHash, const Encoded &e)
{
    const QString &hash = e.contentHash;
    VEILLE_TRY_ASSIGN(SqliteStatement *lookup, m_db.statement(QStringLiteral("SELECT id, content_hash, source_hash FROM articles WHERE identity = ?")));
    lookup->bindText(1, e.identity);
    VEILLE_TRY_ASSIGN(const bool found, lookup->next());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVariant published = a.published.isValid() ? QVariant(a.published.toMSecsSinceEpoch()) : QVariant();
    const QVariant feed = a.feedId > 0 ? QVariant(a.feedId) : QVariant();
    const QByteArray source = sourceHash.toUtf8();

    if (found) {
        const ArticleId id = lookup->columnInt64(0);
        const QString storedHash = QString::fromUtf8(lookup->columnText(1));
        const bool same = sameContent(a, storedHash, hash);
        const bool sameSource = lookup->columnText(2) == QByteArrayView(source);
        lookup->reset();
        if (same) {
            // Stored before fingerprints, or by another ItemFingerprint version: recorded
            // now, so the next import of the item skips it before building it.
            if (!sameSource && !sourceHash.isEmpty()) {
                VEILLE_TRY_ASSIGN(QSqlQuery *mark, m_db.prepared(QStringLiteral("UPDATE articles SET source_hash = ? WHERE id = ?")));
                mark->addBindValue(sourceHash);
                mark->addBindValue(id);
                VEILLE_TRY(SqlUtil::exec(*mark));
            }
            // A hash of an earlier version is replaced once, so that the next comparison
            // (a sync sends the same article again) is not made the old way.
            if (storedHash != hash) {
                VEILLE_TRY_ASSIGN(QSqlQuery *rehash, m_db.prepared(QStringLiteral("UPDATE articles SET content_hash = ? WHERE id = ?")));
                rehash->addBindValue(hash);
                rehash->addBindValue(id);
                VEILLE_TRY(SqlUtil::exec(*rehash));
            }
            return StoreOutcome{id, StoreOutcome::Unchanged};
        }
        // The update's trigger takes the old text out of the full-text index: it must be in.
        VEILLE_TRY(m_db.flushIndex());
        VEILLE_TRY_ASSIGN(QSqlQuery *update, m_db.prepared(QStringLiteral(
            "UPDATE articles SET title = ?, url = ?, author = ?, published = ?, "
            "sort_time = COALESCE(?, added), language = ?, html = ?, text = ?, blocks = ?, key_points = ?, "
            "content_hash = ?, source_hash = ?, feed_id = COALESCE(?, feed_id) WHERE id = ?")));
        QSqlQuery &u = *update;
        for (const QVariant &v : {SqlUtil::text(a.title), SqlUtil::text(a.url), SqlUtil::text(a.author), published, published,
                                  SqlUtil::text(a.language), SqlUtil::text(a.html), SqlUtil::text(a.text),
                                  QVariant(blocksToStored(a.blocks)), QVariant(StoredFacts::encodeKeyPoints(a.keyPoints)), QVariant(hash),
                                  SqlUtil::text(sourceHash), feed, QVariant(id)})
            u.addBindValue(v);
        VEILLE_TRY(SqlUtil::exec(u));
        return StoreOutcome{id, StoreOutcome::Updated};
    }

    // A new article, the common case of an import: through SQLite's own interface, with
    // the long columns already UTF-8.
    VEILLE_TRY_ASSIGN(SqliteStatement *insert, m_db.statement(QStringLiteral(
        "INSERT INTO articles (feed_id, identity, title, url, author, published, added, sort_time, "
        "language, html, text, blocks, key_points, content_hash, source_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")));
    const QByteArray url = a.url.toUtf8();
    const QByteArray author = a.author.toUtf8();
    const QByteArray blocks = blocksToStored(a.blocks).toLatin1();
    const QByteArray keyPoints = StoredFacts::encodeKeyPoints(a.keyPoints).toUtf8();
    const QByteArray contentHash = hash.toUtf8();
    if (a.feedId > 0)
        insert->bind(1, a.feedId);
    else
        insert->bindNull(1);
    insert->bindText(2, e.identity);
    insert->bindText(3, e.title);
    insert->bindText(4, url);
    insert->bindText(5, author);
    if (a.published.isValid())
        insert->bind(6, a.published.toMSecsSinceEpoch());
    else
        insert->bindNull(6);
    insert->bind(7, now);
    insert->bind(8, a.published.isValid() ? a.published.toMSecsSinceEpoch() : now);
    insert->bindText(9, e.language);
    insert->bindText(10, e.html);
    insert->bindText(11, e.text);
    insert->bindText(12, blocks);
    insert->bindText(13, keyPoints);
    insert->bindText(14, contentHash);
    insert->bindText(15, source);
    VEILLE_TRY(insert->run());
    const ArticleId id = insert->lastInsertId();
    VEILLE_TRY(m_db.indexLater(id, e.title, e.text, e.language));
    return StoreOutcome{id, StoreOutcome::Added};
}

Result<std::optional<Article>> ArticleStore::article(ArticleId id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, COALESCE(feed_id, 0), identity, title, url, author, published, language, html, "
                             "text, key_points, blocks, added FROM articles WHERE id = ?"));
    q.addBindValue(id);
    VEILLE_TRY(SqlUtil::exec(q));
    if (!q.next())
        return std::optional<Article>();
    Article a;
    a.id = q.value(0).toLongLong();
    a.feedId = q.value(1).toLongLong();
    a.identity = q.value(2).toString();
    a.title = q.value(3).toString();
    a.url = q.value(4).toString();
    a.author = q.value(5).toString();
    if (!q.value(6).isNull())
        a.published = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    a.language = q.value(7).toString();
    a.saved = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    a.html = q.value(8).toString();
    a.text = q.value(9).toString();
    a.keyPoints = StoredFacts::decodeKeyPoints(q.value(10).toString());
    // Stored before version 7 (or unreadable): found again from the stored HTML.
    a.blocks = blocksFromStored(q.value(11).toString(), a.text.size());
    if (a.blocks.isEmpty() && !a.text.isEmpty())
        a.blocks = TextBlocks::recover(a.html, a.text);
    return std::optional<Article>(a);
}

namespace {

// The list columns of an article, as list() and listItems() select them.
const QString kListSelect = QStringLiteral(
    "SELECT a.id, a.title, COALESCE(a.feed_id, 0), COALESCE(f.title, ''), a.published, a.language, "
    "s.favourite, s.read, a.added FROM articles a JOIN article_states s ON s.article_id = a.id "
    "LEFT JOIN feeds f ON f.id = a.feed_id");

ArticleListItem listItem(const QSqlQuery &q)
{
    ArticleListItem item;
    item.id = q.value(0).toLongLong();
    item.title = q.value(1).toString();
    item.feedId = q.value(2).toLongLong();
    item.feedTitle = q.value(3).toString();
    if (!q.value(4).isNull())
        item.published = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    item.language = q.value(5).toString();
    item.favourite = q.value(6).toBool();
    item.read = q.value(7).toBool();
    item.saved = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    return item;
}

} // namespace

Result<QList<ArticleListItem>> ArticleStore::list(const ArticleFilter &filter)
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kListSelect + where + orderClause(filter) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    VEILLE_TRY(SqlUtil::exec(q));
    QList<ArticleListItem> out;
    while (q.next())
        out.append(listItem(q));
    return out;
}

Result<QList<ArticleListItem>> ArticleStore::listItems(const QList<ArticleId> &ids)
{
    QHash<ArticleId, ArticleListItem> found;
    // In slices, well under SQLite's limit on bound values.
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < ids.size(); from += kSlice) {
        const QList<ArticleId> slice = ids.mid(from, kSlice);
        QStringList marks;
        for (qsizetype i = 0; i < slice.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(kListSelect + QStringLiteral(" WHERE a.id IN (%1)").arg(marks.join(QLatin1Char(','))));
        for (ArticleId id : slice)
            q.addBindValue(id);
        VEILLE_TRY(SqlUtil::exec(q));
        while (q.next()) {
            const ArticleListItem item = listItem(q);
            found.insert(item.id, item);
        }
    }
    QList<ArticleListItem> out;
    out.reserve(ids.size());
    for (ArticleId id : ids)
        if (auto it = found.constFind(id); it != found.constEnd())
            out.append(*it);
    return out;
}

Result<int> ArticleStore::count(const ArticleFilter &filter)
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    QSqlQuery q(m_db.connection());
    // Every article has its state row, so the states alone are counted unless a feed is
    // asked for: a third of the time at 100,000 articles.
    q.prepare((filter.feedId ? QStringLiteral("SELECT count(*) FROM articles a JOIN article_states s ON s.article_id = a.id")
                             : QStringLiteral("SELECT count(*) FROM article_states s"))
              + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    VEILLE_TRY(SqlUtil::exec(q));
    return q.next() ? q.value(0).toInt() : 0;
}

Result<void> ArticleStore::keepRecoveredBlocks(ArticleId id, const QList<TextBlock> &blocks)
{
    if (blocks.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    return SqlUtil::run(q, QStringLiteral("UPDATE articles SET blocks = ? WHERE id = ? AND blocks = ''"),
                        {QVariant(blocksToStored(blocks)), QVariant(id)});
}

Result<std::optional<ArticleId>> ArticleStore::idForIdentity(const QString &identity)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM articles WHERE identity = ?"));
    q.addBindValue(identity);
    VEILLE_TRY(SqlUtil::exec(q));
    if (q.next())
        return std::optional<ArticleId>(q.value(0).toLongLong());
    return std::optional<ArticleId>();
}

Result<QString> ArticleStore::sourceHash(const QString &identity)
{
    VEILLE_TRY_ASSIGN(SqliteStatement *lookup, m_db.statement(QStringLiteral("SELECT source_hash FROM articles WHERE identity = ?")));
    const QByteArray key = identity.toUtf8();
    lookup->bindText(1, key);
    VEILLE_TRY_ASSIGN(const bool found, lookup->next());
    const QString hash = found ? QString::fromUtf8(lookup->columnText(0)) : QString();
    lookup->reset();
    return hash;
}

} // namespace veille
