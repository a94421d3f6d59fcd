#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "model/Article.h"
#include "model/CompanyProfile.h"
#include "model/Result.h"

namespace veille {

class Database;
class FactsEngine;
class Library;

// Companies as the user deals with them: what a name stands for, a company's page, the
// user's own companies, and the watchlist of followed companies and saved searches.
// Reached through Library::companyBook(); works on the library's connection.
//
// A change to the user's companies is stored at once but the facts of the articles
// already stored follow only when CompanyBackfill runs over the names returned: the
// window posts it to its storage thread, veille-cli calls backfill() below.
class CompanyBook {
public:
    explicit CompanyBook(Library &library);

    // --- Names

    // The company `nameOrAlias` stands for, accents and case ignored (case-sensitive user
    // companies too: that setting is about finding the name in articles): a user company
    // first, then the gazetteer, then a company the facts found in articles. None when nothing is known by that name.
    Result<std::optional<CompanyName>> resolve(const QString &nameOrAlias);
    // The folded keys the entity index may hold the company under: its name and aliases.
    static QStringList keys(const CompanyName &company);

    // --- The page

    // The page of the company `nameOrAlias` stands for, none when it is unknown. Weeks
    // end with `today`'s. Under 100 ms for a company in 1,000 of 100,000 articles.
    Result<std::optional<CompanyProfile>> profile(const QString &nameOrAlias, QDate today);
    // Its articles newest first (export of a company timeline), empty when unknown.
    Result<QList<ArticleId>> articleIds(const QString &nameOrAlias);

    // --- Companies of the user's own

    Result<QList<UserCompany>> userCompanies();
    // Adds a company. Name and aliases are trimmed and spaces collapsed; empty aliases and
    // aliases equal to the name are dropped. Errors, with nothing changed:
    // CompanyNameEmpty (the name is empty or only spaces), CompanyNameTaken (the name or
    // an alias is already a name or alias of another company, built-in or the user's).
    // Returns the names to backfill (CompanyBackfill::run).
    Result<QStringList> addUserCompany(const UserCompany &company);
    // Replaces the user company named `name` (CompanyNotFound when there is none,
    // CompanyNotUserDefined when it is a built-in one); same checks as adding. A renamed
    // company stays followed under its new name. Returns the old and new names to backfill.
    Result<QStringList> updateUserCompany(const QString &name, const UserCompany &company);
    // Removes it (errors as updateUserCompany), and unfollows it. Returns its names to backfill.
    Result<QStringList> removeUserCompany(const QString &name);

    // The user companies as a small JSON file, to carry them to another library:
    // {"veille_companies":1,"companies":[{"name","aliases":[],"case_sensitive":bool}]}.
    Result<QByteArray> exportUserCompanies();
    // Adds the companies of such a file, all or none: one the library already has with the
    // same name is updated only if its aliases or case differ; any other error (not such a
    // file: NotACompaniesFile; a name taken) leaves the library as it was. Returns the
    // names to backfill.
    Result<QStringList> importUserCompanies(const QByteArray &json);

    // Runs CompanyBackfill in place, on this connection: veille-cli and tests. The window
    // posts it to its storage thread instead.
    Result<int> backfill(const QStringList &names);

    // --- The watchlist

    // Follows a company (by any of its names: stored under its canonical one;
    // CompanyNotFound when unknown) or a saved search (the query as written).
    Result<void> follow(FollowedItem::Kind kind, const QString &nameOrQuery);
    // Returns false when it was not followed. A company is found by any of its names.
    Result<bool> unfollow(FollowedItem::Kind kind, const QString &nameOrQuery);
    Result<bool> isFollowed(FollowedItem::Kind kind, const QString &nameOrQuery);
    // Every followed item with its articles and unread ones, in the order followed.
    Result<QList<FollowedItem>> following();

    // After a refresh: for each followed item with articles stored since the last
    // announcement, how many. Then markAnnounced(announcement.upTo), once told.
    Result<FollowAnnouncement> newArticlesSinceLastAnnounce();
    Result<void> markAnnounced(ArticleId upTo);

    // How many articles a saved search counts at most.
    static constexpr int kSearchLimit = 100000;

private:
    Result<QList<ArticleId>> searchIds(const QString &query);
    // A followed item's counts, and its articles stored after `announcedUpTo`.
    Result<FollowNews> measure(FollowedItem::Kind kind, const QString &name, ArticleId announcedUpTo);
    Result<void> checkFree(const UserCompany &company, const QString &replacing);

    Library &m_library;
    Database &m_db;
    const FactsEngine &m_facts;
};

} // namespace veille
