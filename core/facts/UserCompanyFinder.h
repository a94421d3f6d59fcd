#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "model/CompanyProfile.h"
#include "model/KeyFacts.h"

namespace veille {

// Finds the user's own companies in an article's text, beside what FactsEngine finds with
// the built-in gazetteer. Kept apart from the engine on purpose: the engine is made once
// per program and shared by every library, while user companies belong to one library;
// and the engine's own finders change on their own schedule.
//
// Pure and immutable once made, so one finder may be shared between threads (the
// importer's parsing thread prepares facts with it).
class UserCompanyFinder {
public:
    UserCompanyFinder() = default;
    explicit UserCompanyFinder(const QList<UserCompany> &companies);

    bool isEmpty() const { return m_patterns.isEmpty(); }
    const QList<UserCompany> &companies() const { return m_companies; }

    // Adds to `facts` a company entity (origin User, aliases as the user gave them) for each
    // user company named in `text`, with its mentions as UTF-16 spans. A name matches as a
    // whole word, accents and case ignored unless the company asks for a case-sensitive
    // match. A mention inside a name the engine already found (a built-in company, a
    // person, a place) is left to it; a company the engine merely discovered there (a
    // legal form, a cue phrase) gives way to the user's, whose list is the user's word.
    void addTo(KeyFacts &facts, const QString &text) const;

private:
    struct Pattern {
        QString text;       // folded (Fold::sameLength) unless caseSensitive
        int company = 0;    // index in m_companies
        bool caseSensitive = false;
    };
    QList<UserCompany> m_companies;
    QList<Pattern> m_patterns; // longest first, so "Acme Robotics" wins over "Acme"
};

} // namespace veille
