#include "update/CompanyBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include "facts/FactsEngine.h"
#include "storage/CompanyArticleStore.h"
#include "storage/Database.h"
#include "storage/FollowStore.h"
#include "storage/SqlUtil.h"
#include "storage/UserCompanyStore.h"
#include "text/Fold.h"
#include "update/CompanyBackfill.h"
#include "update/Library.h"

namespace veille {

namespace {

const QString kFileMark = QStringLiteral("veille_companies");

// The names of a company as the user typed them: spaces trimmed and collapsed, the
// aliases without empty ones, repeats, or the name itself.
UserCompany normalised(const UserCompany &c)
{
    UserCompany out;
    out.name = c.name.simplified();
    out.caseSensitive = c.caseSensitive;
    QSet<QString> seen{Fold::key(out.name)};
    for (const QString &alias : c.aliases) {
        const QString a = alias.simplified();
        if (!a.isEmpty() && !seen.contains(Fold::key(a))) {
            seen.insert(Fold::key(a));
            out.aliases << a;
        }
    }
    return out;
}

QStringList namesOf(const UserCompany &c)
{
    return QStringList{c.name} + c.aliases;
}

bool goesBy(const UserCompany &c, const QString &key)
{
    for (const QString &n : namesOf(c)) {
        if (Fold::key(n) == key)
            return true;
    }
    return false;
}

} // namespace

CompanyBook::CompanyBook(Library &library)
    : m_library(library), m_db(library.database()), m_facts(library.factsEngine())
{
}

Result<std::optional<CompanyName>> CompanyBook::resolve(const QString &nameOrAlias)
{
    const QString key = Fold::key(nameOrAlias);
    if (key.isEmpty())
        return std::optional<CompanyName>();
    VEILLE_TRY_ASSIGN(const QList<UserCompany> own, UserCompanyStore(m_db).all());
    for (const UserCompany &c : own) {
        if (goesBy(c, key))
            return std::optional<CompanyName>(CompanyName{c.name, c.aliases, true, c.caseSensitive});
    }
    const QString canonical = m_facts.canonicalCompany(nameOrAlias);
    if (!canonical.isEmpty()) {
        QStringList aliases = m_facts.companyAliases(canonical);
        aliases.removeAll(canonical);
        return std::optional<CompanyName>(CompanyName{canonical, aliases, false, false});
    }
    // A company the facts found in articles, that no list names.
    QSqlQuery q(m_db.connection());
    // Only while an article names it: a user company removed leaves its row behind.
    VEILLE_TRY(SqlUtil::run(q, QStringLiteral("SELECT name, aliases FROM entities e WHERE type = 'company' AND key = ? "
                                              "AND EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = e.id)"),
                            {key}));
    if (!q.next())
        return std::optional<CompanyName>();
    CompanyName found{q.value(0).toString(), {}, false, false};
    for (const auto &v : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
        found.aliases << v.toString();
    return std::optional<CompanyName>(found);
}

QStringList CompanyBook::keys(const CompanyName &company)
{
    QStringList out;
    for (const QString &n : QStringList{company.name} + company.aliases) {
        const QString k = Fold::key(n);
        if (!k.isEmpty() && !out.contains(k))
            out << k;
    }
    return out;
}

Result<std::optional<CompanyProfile>> CompanyBook::profile(const QString &nameOrAlias, QDate today)
{
    VEILLE_TRY_ASSIGN(const std::optional<CompanyName> company, resolve(nameOrAlias));
    if (!company)
        return std::optional<CompanyProfile>();
    VEILLE_TRY_ASSIGN(CompanyProfile p, CompanyArticleStore(m_db).profile(*company, keys(*company), today));
    VEILLE_TRY_ASSIGN(p.followed, FollowStore(m_db).isFollowed(FollowedItem::Kind::Company, company->name));
    return std::optional<CompanyProfile>(std::move(p));
}

Result<QList<ArticleId>> CompanyBook::articleIds(const QString &nameOrAlias)
{
    VEILLE_TRY_ASSIGN(const std::optional<CompanyName> company, resolve(nameOrAlias));
    if (!company)
        return QList<ArticleId>();
    return CompanyArticleStore(m_db).articleIds(keys(*company));
}

Result<QList<UserCompany>> CompanyBook::userCompanies()
{
    return UserCompanyStore(m_db).all();
}

Result<void> CompanyBook::checkFree(const UserCompany &company, const QString &replacing)
{
    if (company.name.isEmpty())
        return makeError(ErrorCode::CompanyNameEmpty);
    VEILLE_TRY_ASSIGN(const QList<UserCompany> own, UserCompanyStore(m_db).all());
    const QString replacedKey = Fold::key(replacing);
    for (const QString &n : namesOf(company)) {
        const QString key = Fold::key(n);
        if (!m_facts.canonicalCompany(n).isEmpty())
            return makeError(ErrorCode::CompanyNameTaken, n);
        for (const UserCompany &other : own) {
            if (Fold::key(other.name) != replacedKey && goesBy(other, key))
                return makeError(ErrorCode::CompanyNameTaken, n);
        }
    }
    return {};
}

Result<QStringList> CompanyBook::addUserCompany(const UserCompany &company)
{
    const UserCompany c = normalised(company);
    VEILLE_TRY(checkFree(c, QString()));
    VEILLE_TRY(UserCompanyStore(m_db).insert(c));
    return namesOf(c);
}

Result<QStringList> CompanyBook::updateUserCompany(const QString &name, const UserCompany &company)
{
    UserCompanyStore store(m_db);
    VEILLE_TRY_ASSIGN(const std::optional<UserCompany> old, store.find(name));
    if (!old) {
        VEILLE_TRY_ASSIGN(const std::optional<CompanyName> known, resolve(name));
        return makeError(known ? ErrorCode::CompanyNotUserDefined : ErrorCode::CompanyNotFound, name.simplified());
    }
    const UserCompany c = normalised(company);
    VEILLE_TRY(checkFree(c, old->name));
    VEILLE_TRY(m_db.transaction([&]() -> Result<void> {
        VEILLE_TRY(store.replace(old->name, c));
        return FollowStore(m_db).rename(FollowedItem::Kind::Company, old->name, c.name);
    }));
    return namesOf(*old) + namesOf(c);
}

Result<QStringList> CompanyBook::removeUserCompany(const QString &name)
{
    UserCompanyStore store(m_db);
    VEILLE_TRY_ASSIGN(const std::optional<UserCompany> old, store.find(name));
    if (!old) {
        VEILLE_TRY_ASSIGN(const std::optional<CompanyName> known, resolve(name));
        return makeError(known ? ErrorCode::CompanyNotUserDefined : ErrorCode::CompanyNotFound, name.simplified());
    }
    VEILLE_TRY(m_db.transaction([&]() -> Result<bool> {
        VEILLE_TRY(store.remove(old->name));
        return FollowStore(m_db).unfollow(FollowedItem::Kind::Company, old->name);
    }));
    return namesOf(*old);
}

Result<QByteArray> CompanyBook::exportUserCompanies()
{
    VEILLE_TRY_ASSIGN(const QList<UserCompany> own, UserCompanyStore(m_db).all());
    QJsonArray companies;
    for (const UserCompany &c : own)
        companies.append(QJsonObject{{QStringLiteral("name"), c.name},
                                     {QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases)},
                                     {QStringLiteral("case_sensitive"), c.caseSensitive}});
    return QJsonDocument(QJsonObject{{kFileMark, 1}, {QStringLiteral("companies"), companies}}).toJson(QJsonDocument::Indented);
}

Result<QStringList> CompanyBook::importUserCompanies(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::NotACompaniesFile, parseError.errorString());
    const QJsonObject root = doc.object();
    if (!root.contains(kFileMark) || !root.value(QStringLiteral("companies")).isArray())
        return makeError(ErrorCode::NotACompaniesFile);
    QList<UserCompany> incoming;
    for (const QJsonValue &v : root.value(QStringLiteral("companies")).toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("name")).isString())
            return makeError(ErrorCode::NotACompaniesFile, QStringLiteral("a company without a name"));
        UserCompany c;
        c.name = o.value(QStringLiteral("name")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("aliases")).toArray())
            c.aliases << a.toString();
        c.caseSensitive = o.value(QStringLiteral("case_sensitive")).toBool();
        incoming << c;
    }
    // All or nothing: a name taken halfway undoes the companies added before it.
    return m_db.transaction([&]() -> Result<QStringList> {
        QStringList names;
        UserCompanyStore store(m_db);
        for (const UserCompany &c : incoming) {
            VEILLE_TRY_ASSIGN(const std::optional<UserCompany> old, store.find(c.name.simplified()));
            if (!old) {
                VEILLE_TRY_ASSIGN(const QStringList added, addUserCompany(c));
                names += added;
                continue;
            }
            const UserCompany n = normalised(c);
            if (old->aliases == n.aliases && old->caseSensitive == n.caseSensitive && old->name == n.name)
                continue;
            VEILLE_TRY_ASSIGN(const QStringList changed, updateUserCompany(old->name, n));
            names += changed;
        }
        return names;
    });
}

Result<int> CompanyBook::backfill(const QStringList &names)
{
    return CompanyBackfill(m_db, m_facts).run(names);
}

Result<void> CompanyBook::follow(FollowedItem::Kind kind, const QString &nameOrQuery)
{
    if (kind == FollowedItem::Kind::Search)
        return FollowStore(m_db).follow(kind, nameOrQuery.simplified());
    VEILLE_TRY_ASSIGN(const std::optional<CompanyName> company, resolve(nameOrQuery));
    if (!company)
        return makeError(ErrorCode::CompanyNotFound, nameOrQuery.simplified());
    return FollowStore(m_db).follow(kind, company->name);
}

Result<bool> CompanyBook::unfollow(FollowedItem::Kind kind, const QString &nameOrQuery)
{
    FollowStore store(m_db);
    if (kind == FollowedItem::Kind::Company) {
        VEILLE_TRY_ASSIGN(const std::optional<CompanyName> company, resolve(nameOrQuery));
        if (company) {
            VEILLE_TRY_ASSIGN(const bool removed, store.unfollow(kind, company->name));
            if (removed)
                return true;
        }
    }
    return store.unfollow(kind, nameOrQuery.simplified());
}

Result<bool> CompanyBook::isFollowed(FollowedItem::Kind kind, const QString &nameOrQuery)
{
    FollowStore store(m_db);
    if (kind == FollowedItem::Kind::Company) {
        VEILLE_TRY_ASSIGN(const std::optional<CompanyName> company, resolve(nameOrQuery));
        if (company)
            return store.isFollowed(kind, company->name);
    }
    return store.isFollowed(kind, nameOrQuery.simplified());
}

Result<QList<ArticleId>> CompanyBook::searchIds(const QString &query)
{
    VEILLE_TRY_ASSIGN(const QList<SearchHit> hits, m_library.search(query, kSearchLimit, SearchStore::Detail::RankOnly));
    QList<ArticleId> ids;
    ids.reserve(hits.size());
    for (const SearchHit &h : hits)
        ids << h.id;
    return ids;
}

Result<FollowNews> CompanyBook::measure(const FollowedItem::Kind kind, const QString &name, ArticleId announcedUpTo)
{
    FollowNews news;
    news.item.kind = kind;
    news.item.name = name;
    if (kind == FollowedItem::Kind::Company) {
        VEILLE_TRY_ASSIGN(const std::optional<CompanyName> company, resolve(name));
        const QStringList k = company ? keys(*company) : QStringList{Fold::key(name)};
        VEILLE_TRY_ASSIGN(const CompanyArticleStore::Counts counts, CompanyArticleStore(m_db).counts(k, announcedUpTo));
        news.item.articles = counts.articles;
        news.item.unread = counts.unread;
        news.newArticles = counts.newSince;
        return news;
    }
    VEILLE_TRY_ASSIGN(const QList<ArticleId> ids, searchIds(name));
    news.item.articles = int(ids.size());
    QStringList list;
    for (ArticleId id : ids) {
        list << QString::number(id);
        if (id > announcedUpTo)
            ++news.newArticles;
    }
    if (ids.isEmpty())
        return news;
    QSqlQuery q(m_db.connection());
    // Ids are numbers read from the library, not user text.
    VEILLE_TRY(SqlUtil::exec(q, QStringLiteral("SELECT count(*) FROM article_states WHERE read = 0 AND article_id IN (%1)")
                                    .arg(list.join(u','))));
    news.item.unread = q.next() ? q.value(0).toInt() : 0;
    return news;
}

Result<QList<FollowedItem>> CompanyBook::following()
{
    VEILLE_TRY_ASSIGN(const QList<FollowStore::Row> rows, FollowStore(m_db).all());
    QList<FollowedItem> out;
    for (const FollowStore::Row &row : rows) {
        VEILLE_TRY_ASSIGN(const FollowNews news, measure(row.kind, row.name, row.announcedUpTo));
        out << news.item;
    }
    return out;
}

Result<FollowAnnouncement> CompanyBook::newArticlesSinceLastAnnounce()
{
    FollowStore store(m_db);
    FollowAnnouncement announcement;
    VEILLE_TRY_ASSIGN(announcement.upTo, store.newestArticleId());
    VEILLE_TRY_ASSIGN(const QList<FollowStore::Row> rows, store.all());
    for (const FollowStore::Row &row : rows) {
        VEILLE_TRY_ASSIGN(const FollowNews news, measure(row.kind, row.name, row.announcedUpTo));
        if (news.newArticles > 0)
            announcement.news << news;
    }
    return announcement;
}

Result<void> CompanyBook::markAnnounced(ArticleId upTo)
{
    return FollowStore(m_db).markAllAnnounced(upTo);
}

} // namespace veille
