#include "storage/CompanyArticleStore.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <QTimeZone>

#include <algorithm>
#include <numeric>

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

// The sentence of `text` around `span`: its block split into sentences, not the whole text.
QString sentenceAround(const QString &text, const Span &span)
{
    if (span.start < 0 || span.end > text.size())
        return QString();
    const qsizetype from = text.lastIndexOf(u'\n', span.start) + 1;
    qsizetype to = text.indexOf(u'\n', span.end);
    if (to < 0)
        to = text.size();
    const QString block = text.mid(from, to - from);
    for (const Span &s : Sentences::split(block)) {
        if (from + s.start <= span.start && from + s.end >= span.end)
            return block.mid(s.start, s.end - s.start);
    }
    return block.trimmed();
}

// Names counted by the articles that give them, shown as first written.
struct Tally {
    QHash<QString, int> index; // folded name -> position in named
    QList<CompanyProfile::Named> named;
    QList<QString> roles;      // people only: the newest role stated

    void add(const QString &name, const QString &role = QString())
    {
        const QString key = Fold::key(name);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(named.size()));
            named.append({name, 0});
            roles.append(QString());
        }
        ++named[*it].articles;
        if (roles.at(*it).isEmpty())
            roles[*it] = role;
    }
    // Most articles first, then by name; at most `limit`. Returns positions in named.
    QList<int> ranked(int limit) const
    {
        QList<int> order(named.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            if (named.at(a).articles != named.at(b).articles)
                return named.at(a).articles > named.at(b).articles;
            return named.at(a).name.compare(named.at(b).name, Qt::CaseInsensitive) < 0;
        });
        if (order.size() > limit)
            order.resize(limit);
        return order;
    }
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

    // One query: the articles, newest first, with their stored facts, and their text
    // only when the facts hold an amount (its sentence is shown).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    VEILLE_TRY(SqlUtil::run(q,
                            QStringLiteral("SELECT a.id, a.title, COALESCE(f.title, ''), a.published, a.sort_time, s.read, "
                                           "af.facts, CASE WHEN instr(af.facts, '\"money\"') > 0 THEN a.text END "
                                           "FROM (%1) x JOIN articles a ON a.id = x.article_id "
                                           "LEFT JOIN feeds f ON f.id = a.feed_id "
                                           "LEFT JOIN article_states s ON s.article_id = a.id "
                                           "LEFT JOIN article_facts af ON af.article_id = a.id "
                                           "ORDER BY a.sort_time DESC, a.id DESC")
                                .arg(articlesOf(keys.size())),
                            QVariantList(keys.begin(), keys.end())));

    const QSet<QString> own(keys.begin(), keys.end());
    Tally people, companies, places;
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

        const KeyFacts facts = StoredFacts::decode(q.value(6).toByteArray(), {});
        const QString text = q.value(7).toString();
        // Each name counts once per article.
        QSet<QString> seenPeople, seenCompanies, seenPlaces;
        for (const Entity &e : facts.entities) {
            const QString key = Fold::key(e.name);
            switch (e.type) {
            case EntityType::Person:
                if (!seenPeople.contains(key)) {
                    seenPeople.insert(key);
                    people.add(e.name, e.role);
                }
                break;
            case EntityType::Company:
                if (!own.contains(key) && !seenCompanies.contains(key)) {
                    seenCompanies.insert(key);
                    companies.add(e.name);
                }
                break;
            case EntityType::Place:
                if (!seenPlaces.contains(key)) {
                    seenPlaces.insert(key);
                    places.add(e.name);
                }
                break;
            case EntityType::Money: {
                CompanyProfile::Amount a;
                a.value = e.value;
                a.currency = e.currency;
                a.text = e.text;
                a.articleId = entry.id;
                a.published = entry.published;
                if (!e.mentions.isEmpty())
                    a.sentence = sentenceAround(text, e.mentions.first());
                p.amounts << a;
                break;
            }
            default:
                break;
            }
        }
        p.timeline << entry;
    }
    for (int i : people.ranked(kListed))
        p.people << CompanyProfile::Person{people.named.at(i).name, people.roles.at(i), people.named.at(i).articles};
    for (int i : companies.ranked(kListed))
        p.coMentioned << companies.named.at(i);
    for (int i : places.ranked(kListed))
        p.places << places.named.at(i);
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
