#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace veille {

// Organisation: a body that is not a company (regulator, ministry, central bank, union,
// university, club...). Last, so that the numbers of the older types stay as they were.
enum class EntityType { Company, Person, Place, Money, Percent, Date, Organisation };

// Where a company's name comes from: the built-in gazetteer, evidence in the text (a legal
// form, a cue phrase, a ticker), or the user's own list.
enum class EntityOrigin { Builtin, Discovered, User };

// A span in an article's plain text, in UTF-16 code units (QString indices), end exclusive.
struct Span {
    int start = 0;
    int end = 0;
    friend bool operator==(const Span &, const Span &) = default;
};

struct Entity {
    EntityType type = EntityType::Company;
    QString name;       // company/person/place: canonical name
    QString text;       // money/percent/date: the text as written at its first mention
    QString role;       // person: the role the text gives ("PDG d'OpenAI"), else empty
    double value = 0;   // money: amount in units of currency; percent: the number
    QString currency;   // money: ISO 4217 code
    QString dateValue;  // date: ISO form, "2030", "2025-04-10"
    QStringList aliases; // company: known aliases (from the gazetteer)
    EntityOrigin origin = EntityOrigin::Builtin; // company: see EntityOrigin
    QList<Span> mentions;
};

struct KeyFacts {
    QStringList keyPoints; // the article's own box (given to the engine), may be empty
    QStringList summary;   // up to 3 informative sentences when keyPoints is empty
    QList<Entity> entities;
};

QString entityTypeName(EntityType type);        // "company", "person", ...
bool entityTypeFromName(const QString &name, EntityType *type);
QString entityOriginName(EntityOrigin origin);  // "builtin", "discovered", "user"
EntityOrigin entityOriginFromName(const QString &name); // Builtin for an unknown name

} // namespace veille
