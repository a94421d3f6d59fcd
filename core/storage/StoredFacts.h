#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include "model/KeyFacts.h"

namespace veille {

// How storage keeps an article's key facts: a private encoding, read and written by
// core/storage alone (the public JSON of `facts --json` is made elsewhere and may differ).
// Stored with the version of the engine that made them (article_facts.engine), so a newer
// engine knows which facts to recompute. The key points are not in it: they are the
// article's own (articles.key_points), stored there once and given back on decoding.
class StoredFacts {
public:
    // Compact JSON written directly, for speed on import: {"entities":[...],"summary":[...]}
    // with each entity's fields as in the CLI's entities, but for its mentions: a flat
    // array of start, end pairs (since schema 15; the objects stored before are read too).
    static QByteArray encode(const KeyFacts &facts);
    // The facts of `encoded`, with the article's key points. Facts stored before the key
    // points left this encoding carry a copy of them, which is ignored.
    static KeyFacts decode(QByteArrayView encoded, const QStringList &keyPoints);

    // Only the entities of these types, in order, without reading the others: what a page
    // over many articles needs (CompanyArticleStore).
    static QList<Entity> decodeEntities(QByteArrayView encoded, const QList<EntityType> &types);

    // articles.key_points: a JSON array of strings.
    static QString encodeKeyPoints(const QStringList &points);
    static QStringList decodeKeyPoints(const QString &stored);
};

} // namespace veille
