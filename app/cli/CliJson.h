#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include "model/Article.h"
#include "model/CompanyProfile.h"
#include "model/Feed.h"
#include "model/KeyFacts.h"
#include "storage/ArticleStore.h"
#include "storage/EntityStore.h"
#include "storage/SearchStore.h"
#include "sync/Account.h"
#include "sync/Synchronizer.h"

namespace veille::cli {

// Every JSON shape veille-cli prints, as DESIGN.md gives them: scripts and tests read
// these, so they change here, on purpose, or not at all. Built from the model's structs,
// not from how storage encodes them.
class CliJson {
public:
    // list --json: one element.
    static QJsonObject listItem(const ArticleListItem &item);
    // show --json.
    static QJsonObject article(const Article &article, const QString &feedTitle, const ArticleState &state);
    // facts --json: the facts with the article's id, title and language.
    static QJsonObject articleFacts(const KeyFacts &facts, ArticleId id, const QString &title, const QString &language);
    // facts --jsonl: one line's facts with the language they were found in.
    static QJsonObject textFacts(const KeyFacts &facts, const QString &language);
    // key_points, summary and entities: what both facts shapes share.
    static QJsonObject facts(const KeyFacts &facts);
    static QJsonObject entity(const Entity &entity);
    // search --json: one element.
    static QJsonObject searchHit(const SearchHit &hit);
    // companies --json: one element.
    static QJsonObject company(const CompanyCount &company);
    // feeds --json: one element.
    static QJsonObject feed(const Feed &feed);
    // accounts --json: one element.
    static QJsonObject account(const Account &account);
    // sync --json: the sum of the accounts' reports, and their errors.
    static QJsonObject syncSummary(const QList<SyncReport> &reports, const QList<Account> &accounts);
    // company NAME --json.
    static QJsonObject companyProfile(const CompanyProfile &profile);
    // following --json: one element.
    static QJsonObject followedItem(const FollowedItem &item);

    // An array of `items`, each made by `shape`.
    template <typename Item>
    static QJsonArray array(const QList<Item> &items, QJsonObject (*shape)(const Item &))
    {
        QJsonArray out;
        for (const Item &item : items)
            out.append(shape(item));
        return out;
    }

    // The printed forms: indented for one document, one line for JSON lines.
    static QByteArray indented(const QJsonObject &object);
    static QByteArray indented(const QJsonArray &array);
    static QByteArray line(const QJsonObject &object);
};

} // namespace veille::cli
