#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

#include "model/Article.h"
#include "model/Result.h"

namespace veille {

class Database;

// How a list is ordered; the newest first unless the user sorts by another column.
enum class ArticleOrder { Date, Title, Source };

// Which articles a list shows. Fields combine with AND.
struct ArticleFilter {
    std::optional<FeedId> feedId;
    bool favouritesOnly = false;
    bool unreadOnly = false;
    std::optional<qint64> entityId; // articles that mention this entity
    ArticleOrder order = ArticleOrder::Date;
    bool ascending = false;
    int limit = 100;
    int offset = 0;
};

// One row of an article list: what the list needs, not the body.
struct ArticleListItem {
    ArticleId id = 0;
    QString title;
    FeedId feedId = 0;
    QString feedTitle;
    QDateTime published;
    QDateTime saved;        // when it was stored: the date shown when it has no published one
    QString language;
    bool favourite = false;
    bool read = false;
};

struct StoreOutcome {
    enum Kind { Added, Updated, Unchanged };
    ArticleId id = 0;
    Kind kind = Added;
};

class ArticleStore {
public:
    explicit ArticleStore(Database &db) : m_db(db) {}

    // What storing an article computes from it before any SQL: its content hash and its
    // long columns as UTF-8. An import makes it on its parsing thread (encode), so that
    // the storing thread, which sets the pace, does not.
    struct Encoded {
        QString contentHash;
        QByteArray identity;
        QByteArray title;
        QByteArray html;
        QByteArray text;
        QByteArray language;
    };
    static Encoded encode(const Article &article);

    // Stores an article by its identity: a new identity is added; a known one whose
    // content changed is updated in place (same id, state untouched); else unchanged.
    // Joins the caller's transaction, or runs in one of its own. `sourceHash`, when
    // given, is the fingerprint of the feed item the article was built from
    // (ItemFingerprint), kept so that the same item is skipped before it is built again.
    // `encoded`, when given, is encode(article) made ahead.
    Result<StoreOutcome> store(const Article &article, const QString &sourceHash = QString(),
                               const Encoded *encoded = nullptr);

    Result<std::optional<Article>> article(ArticleId id);
    Result<QList<ArticleListItem>> list(const ArticleFilter &filter);
    // The list columns of these articles, in this order; ids not stored are left out.
    Result<QList<ArticleListItem>> listItems(const QList<ArticleId> &ids);
    Result<int> count(const ArticleFilter &filter);
    Result<std::optional<ArticleId>> idForIdentity(const QString &identity);
    // The fingerprint of the feed item the article with this identity was stored from
    // (ItemFingerprint); empty when none is stored or the article is not.
    Result<QString> sourceHash(const QString &identity);
    // Writes blocks that article() found again from the HTML of an article stored before
    // schema 7, so later reads need not; an article that has blocks keeps its own.
    Result<void> keepRecoveredBlocks(ArticleId id, const QList<TextBlock> &blocks);

    // A fingerprint of what the reader shows of an article (articles.content_hash), to tell
    // whether a known article changed: "2:" and 32 hex digits.
    static QString contentHash(const Article &article);
    // Whether `article` is what a content hash stored earlier (`stored`) was made from;
    // `hash` is contentHash(article). A hash of an earlier version is compared as that
    // version made it.
    static bool sameContent(const Article &article, QStringView stored, const QString &hash);
    // 2: the word hash on two lanes (1: SHA-1 of the UTF-8).
    static constexpr int kContentHashVersion = 2;

private:
    Result<StoreOutcome> storeInTransaction(const Article &article, const QString &sourceHash, const Encoded &encoded);

    Database &m_db;
};

} // namespace veille
