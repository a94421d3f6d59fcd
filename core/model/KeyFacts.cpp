#include "model/KeyFacts.h"

#include <array>

namespace veille {

namespace {
constexpr std::array<std::pair<EntityType, const char *>, 7> kNames{{
    {EntityType::Company, "company"},
    {EntityType::Person, "person"},
    {EntityType::Place, "place"},
    {EntityType::Money, "money"},
    {EntityType::Percent, "percent"},
    {EntityType::Date, "date"},
    {EntityType::Organisation, "organisation"},
}};
}

QString entityTypeName(EntityType type)
{
    for (const auto &[t, name] : kNames) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return {};
}

bool entityTypeFromName(const QString &name, EntityType *type)
{
    for (const auto &[t, n] : kNames) {
        if (name == QLatin1String(n)) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString entityOriginName(EntityOrigin origin)
{
    switch (origin) {
    case EntityOrigin::Builtin:
        return QStringLiteral("builtin");
    case EntityOrigin::Discovered:
        return QStringLiteral("discovered");
    case EntityOrigin::User:
        return QStringLiteral("user");
    }
    return {};
}

EntityOrigin entityOriginFromName(const QString &name)
{
    if (name == QLatin1String("discovered"))
        return EntityOrigin::Discovered;
    if (name == QLatin1String("user"))
        return EntityOrigin::User;
    return EntityOrigin::Builtin;
}

} // namespace veille
