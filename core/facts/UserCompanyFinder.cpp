#include "facts/UserCompanyFinder.h"

#include <algorithm>

#include "text/Fold.h"

namespace veille {

namespace {

bool isWordUnit(const QString &text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isLetterOrNumber();
}

bool overlaps(const Span &a, const Span &b)
{
    return a.start < b.end && b.start < a.end;
}

bool isName(EntityType type)
{
    return type == EntityType::Company || type == EntityType::Person || type == EntityType::Place;
}

} // namespace

UserCompanyFinder::UserCompanyFinder(const QList<UserCompany> &companies) : m_companies(companies)
{
    for (int c = 0; c < m_companies.size(); ++c) {
        const UserCompany &company = m_companies.at(c);
        QStringList names{company.name};
        names += company.aliases;
        for (const QString &name : names) {
            const QString trimmed = name.simplified();
            if (trimmed.isEmpty())
                continue;
            m_patterns.append({company.caseSensitive ? trimmed : Fold::sameLength(trimmed), c, company.caseSensitive});
        }
    }
    std::stable_sort(m_patterns.begin(), m_patterns.end(),
                     [](const Pattern &a, const Pattern &b) { return a.text.size() > b.text.size(); });
}

void UserCompanyFinder::addTo(KeyFacts &facts, const QString &text) const
{
    if (m_patterns.isEmpty() || text.isEmpty())
        return;
    // Folded once for every pattern that ignores case and accents: one unit per unit,
    // so a position in it is a position in the text.
    QString folded;
    const bool anyFolded = std::any_of(m_patterns.begin(), m_patterns.end(), [](const Pattern &p) { return !p.caseSensitive; });
    if (anyFolded)
        folded = Fold::sameLength(text);

    QList<QList<Span>> found(m_companies.size());
    QList<Span> taken; // by a longer user name already
    for (const Pattern &p : m_patterns) {
        const QString &haystack = p.caseSensitive ? text : folded;
        for (qsizetype at = haystack.indexOf(p.text); at >= 0; at = haystack.indexOf(p.text, at + 1)) {
            const Span span{int(at), int(at + p.text.size())};
            if (isWordUnit(text, at - 1) || isWordUnit(text, span.end))
                continue;
            if (std::any_of(taken.begin(), taken.end(), [&](const Span &t) { return overlaps(t, span); }))
                continue;
            taken.append(span);
            found[p.company].append(span);
        }
    }

    // The engine's names meet the user's: a longer name the engine found around a user
    // name is kept ("Acme" inside a longer built-in name); otherwise the user's list wins
    // and the engine's mention goes. Amounts, dates and percentages are never displaced.
    QList<Entity> &entities = facts.entities;
    for (QList<Span> &spans : found) {
        spans.removeIf([&](const Span &span) {
            for (const Entity &e : entities) {
                for (const Span &m : e.mentions) {
                    if (!overlaps(m, span))
                        continue;
                    if (!isName(e.type))
                        return true;
                    if (m.start <= span.start && m.end >= span.end && m.end - m.start > span.end - span.start)
                        return true;
                }
            }
            return false;
        });
    }
    bool any = false;
    for (int c = 0; c < m_companies.size(); ++c) {
        if (found.at(c).isEmpty())
            continue;
        any = true;
        for (Entity &e : entities) {
            if (!isName(e.type))
                continue;
            e.mentions.removeIf([&](const Span &m) {
                return std::any_of(found.at(c).begin(), found.at(c).end(), [&](const Span &s) { return overlaps(m, s); });
            });
        }
    }
    if (!any)
        return;
    entities.removeIf([](const Entity &e) { return e.mentions.isEmpty(); });

    for (int c = 0; c < m_companies.size(); ++c) {
        QList<Span> spans = found.at(c);
        if (spans.isEmpty())
            continue;
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        const UserCompany &company = m_companies.at(c);
        const QString key = Fold::key(company.name);
        // The engine may already know the name as a company of its own finding: one entity.
        auto same = std::find_if(entities.begin(), entities.end(), [&](const Entity &e) {
            return e.type == EntityType::Company && Fold::key(e.name) == key;
        });
        if (same != entities.end()) {
            same->mentions += spans;
            std::sort(same->mentions.begin(), same->mentions.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
            same->name = company.name;
            same->aliases = company.aliases;
            same->origin = EntityOrigin::User;
            continue;
        }
        Entity e;
        e.type = EntityType::Company;
        e.name = company.name;
        e.aliases = company.aliases;
        e.origin = EntityOrigin::User;
        e.mentions = spans;
        entities.append(e);
    }
    // The engine's order: by type, then by first mention.
    std::stable_sort(entities.begin(), entities.end(), [](const Entity &a, const Entity &b) {
        if (a.type != b.type)
            return int(a.type) < int(b.type);
        return a.mentions.value(0).start < b.mentions.value(0).start;
    });
}

} // namespace veille
