#pragma once

#include <QJsonObject>

#include "model/KeyFacts.h"

namespace veille {

// The JSON form of key facts: the `facts --json` shape of DESIGN.md (without id and
// title), used both for output and for what storage keeps per article.
class KeyFactsJson {
public:
    static QJsonObject toJson(const KeyFacts &facts);
    // The same as QJsonDocument(toJson(facts)).toJson(Compact), written directly: what
    // storage keeps for every article.
    static QByteArray toCompactJson(const KeyFacts &facts);
    static KeyFacts fromJson(const QJsonObject &object);
    static QJsonObject entityToJson(const Entity &entity);
};

} // namespace veille
