#include "gui/EmptyState.h"

namespace veille::app {

QPair<QString, QString> EmptyState::message(Listing::Kind kind, bool hasArticles)
{
    if (hasArticles) {
        return {tr("Choose an article"), tr("Click an article in the list, or press J to open the next one. Its key facts are highlighted by kind.")};
    }
    switch (kind) {
    case Listing::All:
        return {tr("Your library is empty"), tr("Use Feeds › Add a feed…, or Feeds › Import a file or OPML list… for articles and subscriptions you already have.")};
    case Listing::Unread:
        return {tr("Nothing left to read"), tr("Every article has been read. Press M on an article to mark it unread again.")};
    case Listing::Favourites:
        return {tr("No favourites yet"), tr("Press S, or click the star beside an article, to keep it here.")};
    case Listing::Search:
        return {tr("Nothing found"), tr("Try fewer words, a prefix such as invest*, or company:Name. Accents and case do not matter.")};
    case Listing::Feed:
    case Listing::Company:
        return {tr("No articles here"), tr("Choose All articles on the left to see the whole library.")};
    }    return {};
}

} // namespace veille::app
