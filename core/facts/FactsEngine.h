#pragma once

#include "model/KeyFacts.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace veille {

class Lexicon;

// The key-facts engine: companies, people and their roles, places, sums of money,
// percentages and dates found in an article's plain text, plus its summary sentences.
// Pure and thread-safe: the gazetteers are loaded once and shared read-only by every engine.
class FactsEngine
{
public:
    // The version of what extract() returns, stored with every article's facts. Raise it
    // whenever the output changes (a finder, the lexicon, the summary): facts made by
    // another version are recomputed when an article is read (Library::facts), so an
    // upgraded library shows the new facts without a `reindex`.
    // 2: names are folded by text/Fold alone (ligatures spelt out, ø ł đ ı þ unaccented).
    // 3: organisations (type "organisation"), companies found from the text marked
    // "discovered", given names of many countries, people by context, lakh and crore.
    // 4: towns of 15,000 people or more, places, clubs and one-word people from their context.
    // 5: amounts and dates of the key points and the title; people after a title ("Colonel
    // Bauer") or taken up by a pronoun; rivers, ranges and historic lands; languages and
    // peoples are not places; towns as clubs in a player's season.
    // 6: a surname that is also a company's name ("Nadia Ferrari, présidente de Neoen") is
    // the person's where the article gives a role, words said or an age; in English, a
    // given name after "the" or "a" opens a thing ("the Mac Pro"); a common word shown to be
    // a company anywhere in the text is the company at each mention, earlier ones too.
    // 7: that surname alone ("Ferrari a rappelé que...") is the person's too, unless the
    // article shows the company as one ("PDG de Ferrari", "le groupe Ferrari"); in English
    // an everyday word or a company's name with "'s" is no person ("Let's", "Apple's"), nor
    // after "in" or "at" a place ("in Swift", "at Apple").
    static constexpr int kVersion = 7;

    FactsEngine();

    // text: blocks (paragraphs, headings) separated by "\n\n" or "\n"; language "fr" or
    // "en"; any other code ("pt", "other") gives no entities, only the summary; empty lets
    // the text decide.
    // Spans are UTF-16 indices into text. keyPoints: the article's own box, when it has one;
    // then it is copied and no summary is made. Sums of money, percentages and dates written
    // only in the key points or the title are facts too: they are listed with no mention in
    // the text (the key-points box highlights them where they are written).
    KeyFacts extract(const QString &text, const QString &language, const QStringList &keyPoints = {},
                     const QString &title = {}) const;

    // The canonical name and all aliases of a company ("tsmc", "hon hai"), empty when unknown.
    QStringList companyAliases(const QString &name) const;
    QString canonicalCompany(const QString &name) const;
    // The same for an organisation of the built-in list ("amf", "ecb"), empty when unknown.
    QStringList organisationAliases(const QString &name) const;

private:
    std::shared_ptr<const Lexicon> m_lexicon;
};

} // namespace veille
