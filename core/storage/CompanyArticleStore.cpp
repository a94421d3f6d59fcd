#include "storage/CompanyArticleStore.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <QTimeZone>

#include <algorithm>

#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/StoredFacts.h"
#include "text/Fold.h"
#include "text/Sentences.h"

namespace veille {

namespace {

// The articles linked to any entity stored under one of the keys, each once.
QString articlesOf(qsizetype keys)
{
    return QStringLiteral("SELECT DISTINCT article_id FROM article_entities WHERE entity_id IN "
                          "(SELECT id FROM entities WHERE type = 'company' AND key IN (%1))")
        .arg(SqlUtil::placeholders(keys));
}

// The sentences of an article's text around its amounts: each block (paragraph) is split
// once, however many amounts it holds.
class SentenceFinder {
public:
    explicit SentenceFinder(const QString &text) : m_text(text) {}

    QString around(const Span &span)
    {
        if (span.start < 0 || span.end > m_text.size())
            return QString();
        const qsizetype from = m_text.lastIndexOf(u'\n', span.start) + 1;
        qsizetype to = m_text.indexOf(u'\n', span.end);
        if (to < 0)
            to = m_text.size();
        auto split = m_blocks.find(from);
        if (split == m_blocks.end())
            split = m_blocks.insert(from, Sentences::split(m_text.mid(from, to - from)));
        for (const Span &s : *split) {
            if (from + s.start <= span.start && from + s.end >= span.end)
                return m_text.mid(from + s.start, s.end - s.start);
        }
        return m_text.mid(from, to - from).trimmed();
    }

private:
    const QString &m_text;
    QHash<qsizetype, QList<Span>> m_blocks; // block start -> its sentences
};

} // namespace

Result<CompanyProfile> CompanyArticleStore::profile(const CompanyName &company, const QStringList &keys, QDate today)
{
    CompanyProfile p;
    p.name = company.name;
    p.aliases = company.aliases;
    p.userDefined = company.userDefined;

    // The weeks charted: the 26 ISO weeks ending with today's, oldest first.
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    for (int w = kWeeks - 1; w >= 0; --w) {
        CompanyProfile::Week week;
        week.monday = thisMonday.addDays(-7 * w);
        int year = 0;
        const int number = week.monday.weekNumber(&year);
        week.isoWeek = QStringLiteral("%1-W%2").arg(year).arg(number, 2, 10, QLatin1Char('0'));
        p.weeks << week;
    }
    if (keys.isEmpty())
        return p;

    // The first query: the articles, newest first, with what their stored facts say of
    // amounts and people (the facts are read only when they hold some), and their text
    // only when there is an amount (its sentence is shown).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QVariantList keyValues(keys.begin(), keys.end());
    VEILLE_TRY(SqlUtil::run(q,
                            QStringLiteral("SELECT a.id, a.title, COALESCE(f.title, ''), a.published, a.sort_time, s.read, "
                                           "CASE WHEN instr(af.facts, '\"money\"') > 0 OR instr(af.facts, '\"person\"') > 0 "
                                           "THEN af.facts END, "
                                           "CASE WHEN instr(af.facts, '\"money\"') > 0 THEN a.text END "
                                           "FROM (%1) x JOIN articles a ON a.id = x.article_id "
                                           "LEFT JOIN feeds f ON f.id = a.feed_id "
                                           "LEFT JOIN article_states s ON s.article_id = a.id "
                                           "LEFT JOIN article_facts af ON af.article_id = a.id "
                                           "ORDER BY a.sort_time DESC, a.id DESC")
                                .arg(articlesOf(keys.size())),
                            keyValues));

    QHash<QString, QString> roles; // folded name -> the newest role an article gives
    const qint64 firstWeek = QDateTime(p.weeks.first().monday, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    while (q.next()) {
        CompanyProfile::TimelineEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.title = q.value(1).toString();
        entry.feed = q.value(2).toString();
        if (!q.value(3).isNull())
            entry.published = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        entry.read = q.value(5).toBool();
        ++p.articles;
        if (!entry.read)
            ++p.unread;
        const qint64 when = q.value(4).toLongLong();
        if (when >= firstWeek) {
            const qint64 week = (when - firstWeek) / (7LL * 24 * 3600 * 1000);
            if (week < p.weeks.size())
                ++p.weeks[week].articles;
        }
        p.timeline << entry;

        if (q.value(6).isNull())
            continue;
        const QString text = q.value(7).toString();
        SentenceFinder sentences(text);
        for (const Entity &e : StoredFacts::decodeEntities(q.value(6).toByteArray(), {EntityType::Money, EntityType::Person})) {
            if (e.type == EntityType::Person) {
                QString &role = roles[Fold::key(e.name)];
                if (role.isEmpty())
                    role = e.role;
                continue;
            }
            CompanyProfile::Amount a;
            a.value = e.value;
            a.currency = e.currency;
            a.text = e.text;
            a.articleId = entry.id;
            a.published = entry.published;
            if (!e.mentions.isEmpty())
                a.sentence = sentences.around(e.mentions.first());
            p.amounts << a;
        }
    }

    // The second: the people, companies and places named in those articles, counted by
    // the entity index rather than by reading every article's facts.
    VEILLE_TRY(SqlUtil::run(q,
                            // CROSS JOIN: the company's articles drive the join (SQLite would
                            // otherwise walk every person and place of the library first).
                            QStringLiteral("SELECT e.type, e.name, e.key, count(*) AS n FROM (%1) x "
                                           "CROSS JOIN article_entities ae ON ae.article_id = x.article_id "
                                           "JOIN entities e ON e.id = ae.entity_id "
                                           "WHERE e.type IN ('company', 'person', 'place') "
                                           "GROUP BY e.id ORDER BY n DESC, e.name COLLATE NOCASE")
                                .arg(articlesOf(keys.size())),
                            keyValues));
    const QSet<QString> own(keys.begin(), keys.end());
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        const QString key = q.value(2).toString();
        const int n = q.value(3).toInt();
        if (type == u"person" && p.people.size() < kListed)
            p.people << CompanyProfile::Person{name, roles.value(key), n};
        else if (type == u"company" && !own.contains(key) && p.coMentioned.size() < kListed)
            p.coMentioned << CompanyProfile::Named{name, n};
        else if (type == u"place" && p.places.size() < kListed)
            p.places << CompanyProfile::Named{name, n};
    }
    return p;
}

Result<CompanyArticleStore::Counts> CompanyArticleStore::counts(const QStringList &keys, ArticleId newAfter)
{
    Counts c;
    if (keys.isEmpty())
        return c;
    QSqlQuery q(m_db.connection());
    QVariantList values{newAfter};
    values += QVariantList(keys.begin(), keys.end());
    VEILLE_TRY(SqlUtil::run(q,
                            QStringLiteral("SELECT count(*), COALESCE(SUM(s.read = 0), 0), COALESCE(SUM(x.article_id > ?), 0) "
                                           "FROM (%1) x LEFT JOIN article_states s ON s.article_id = x.article_id")
                                .arg(articlesOf(keys.size())),
                            values));
    if (q.next()) {
        c.articles = q.value(0).toInt();
        c.unread = q.value(1).toInt();
        c.newSince = q.value(2).toInt();
    }
    return c;
}

Result<QList<ArticleId>> CompanyArticleStore::articleIds(const QStringList &keys)
{
    QList<ArticleId> ids;
    if (keys.isEmpty())
        return ids;
    QSqlQuery q(m_db.connection());
    VEILLE_TRY(SqlUtil::run(q,
                            QStringLiteral("SELECT a.id FROM (%1) x JOIN articles a ON a.id = x.article_id "
                                           "ORDER BY a.sort_time DESC, a.id DESC")
                                .arg(articlesOf(keys.size())),
                            QVariantList(keys.begin(), keys.end())));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace veille
