#pragma once

#include "facts/FactsEngine.h"

#include <QStringList>

namespace veille::test {

inline const QString kFr = QStringLiteral("fr");
inline const QString kEn = QStringLiteral("en");

// The entities of one type that the engine finds in a text, and their names.
inline QList<Entity> entitiesOf(const QString &text, const QString &language, EntityType type)
{
    QList<Entity> out;
    for (const Entity &e : FactsEngine().extract(text, language).entities) {
        if (e.type == type)
            out.append(e);
    }
    return out;
}

inline QStringList namesOf(const QString &text, const QString &language, EntityType type)
{
    QStringList out;
    for (const Entity &e : entitiesOf(text, language, type))
        out.append(e.name);
    return out;
}

// Names found of one type, for the rule tests.
inline QStringList placesIn(const QString &text, const QString &language)
{
    return namesOf(text, language, EntityType::Place);
}

inline QStringList peopleIn(const QString &text, const QString &language)
{
    return namesOf(text, language, EntityType::Person);
}

inline QStringList organisationsIn(const QString &text, const QString &language)
{
    return namesOf(text, language, EntityType::Organisation);
}

inline Entity entityNamed(const QString &text, const QString &language, EntityType type, const QString &name)
{
    for (const Entity &e : entitiesOf(text, language, type)) {
        if (e.name == name)
            return e;
    }
    return {};
}

} // namespace veille::test
