#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include "model/Article.h"
#include "model/KeyFacts.h"

namespace veille {

// The public JSON of an article and of its key facts: `veille-cli show --json` and
// `facts --json`, and the JSON export (ArticleExporter). One place, so that a script
// reading either reads the same shape. Built from the model's structs, not from how
// storage encodes them (StoredFacts).
class ArticleJson {
public:
    // show --json: {id,title,url,author,published,language,feed,feed_id,text,html,
    // key_points,favourite,read}; feed and feed_id null for an article without a feed.
    static QJsonObject article(const Article &article, const QString &feedTitle, const ArticleState &state);
    // key_points, summary and entities.
    static QJsonObject facts(const KeyFacts &facts);
    static QJsonObject entity(const Entity &entity);
    // ISO 8601 in UTC, null when unknown.
    static QJsonValue date(const QDateTime &date);
    // `value`, or null for an article without a feed.
    static QJsonValue ofFeed(FeedId feedId, const QJsonValue &value);
};

} // namespace veille
