#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace veille {

// A user's search, parsed: full-text parts as FTS5 expressions that are always
// well-formed, and the filters.
struct SearchQuery {
    QString ftsInclude;          // FTS5 MATCH expression the articles must satisfy; empty: none
    QString ftsExclude;          // FTS5 MATCH expression they must not satisfy; empty: none
    QStringList companies;       // company:NAME filters, as typed (each must match)
    QStringList organisations;   // org:NAME filters, as typed (each must match)
    std::optional<bool> favourite;  // fav:yes / fav:no
    std::optional<bool> read;       // read:yes / read:no (unread)
    QString language;            // lang:fr / lang:en
    QStringList highlightTerms;  // words and phrases to highlight in the reading pane

    bool isEmpty() const
    {
        return ftsInclude.isEmpty() && ftsExclude.isEmpty() && companies.isEmpty() && organisations.isEmpty() && !favourite && !read
            && language.isEmpty();
    }
};

} // namespace veille
