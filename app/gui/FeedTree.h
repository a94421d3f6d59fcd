#pragma once

#include <QHash>
#include <QTreeWidget>

#include "gui/Listing.h"
#include "model/CompanyProfile.h"
#include "model/Error.h"
#include "sync/Account.h"

namespace veille {
class Library;
}

namespace veille::app {

struct LibraryOverview;
class OverviewLoader;

// The left pane: the fixed views with their counts, saved searches, the companies found
// across the library, and the feeds in their folders with unread counts and errors.
class FeedTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit FeedTree(Library &library, QWidget *parent = nullptr);

    // Reads the saved searches again now, and the feeds, companies and counts on the
    // overview's thread (a few queries over the whole library); keeps the current choice.
    void reload();
    // True until the feeds, companies and counts asked for last are shown.
    bool isLoading() const;
    // Every company of the library, most cited first (the tree shows the first ones).
    const QStringList &companyNames() const { return m_companyNames; }
    // Counts moved by one article, without asking the library: reading an article in a
    // library of 100,000 must not cost a count over all of them.
    void adjustUnread(FeedId feed, int delta);
    void adjustFavourites(int delta);
    void select(const Listing &listing);
    void setFeedError(FeedId id, const veille::Error &error);
    Listing current() const;
    // The followed companies and searches at the top, with their unread counts (bold when
    // there are some).
    void setWatchlist(const QList<veille::FollowedItem> &items);
    const QList<veille::FollowedItem> &watchlist() const { return m_watchItems; }
    QTreeWidgetItem *watchlistItem(const QString &name) const;

signals:
    void listingChosen(const veille::app::Listing &listing);
    void removeSavedSearch(const QString &query);
    void followSearch(const QString &query, bool follow);
    void loadFailed(const QString &message);
    void companiesChanged(const QStringList &names);
    // A followed company, or a company of the Companies section, was clicked: its page.
    void companyChosen(const QString &name);
    // An article's read state moved (adjustUnread): counts read elsewhere are out of date.
    void unreadAdjusted();
    // The feeds, companies and counts asked for last are shown.
    void overviewApplied();

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QTreeWidgetItem *addView(Listing::Kind kind);
    QTreeWidgetItem *addSection();
    void addPlaceholder(QTreeWidgetItem *section, int kind);
    void retranslate();
    // The warning icon and the error under the address in the tooltip; none for None.
    void showFeedError(QTreeWidgetItem *item, const veille::Error &error);
    void fillSearches();
    void restoreCurrent(const Listing &before, bool keepNone);
    void applyOverview(const LibraryOverview &overview);
    void onCurrentChanged(QTreeWidgetItem *item);
    QTreeWidgetItem *itemFor(const Listing &listing) const;

    Library &m_library;
    QTreeWidgetItem *m_all = nullptr;
    QTreeWidgetItem *m_unread = nullptr;
    QTreeWidgetItem *m_favourites = nullptr;
    QTreeWidgetItem *m_watch = nullptr;
    QTreeWidgetItem *m_searches = nullptr;
    QTreeWidgetItem *m_companies = nullptr;
    QTreeWidgetItem *m_feeds = nullptr;
    QList<Account> m_accounts; // the sync accounts the Feeds section shows
    OverviewLoader *m_loader = nullptr;
    QStringList m_companyNames;
    QList<veille::FollowedItem> m_watchItems;
    QHash<QString, qint64> m_companyIds;
    bool m_rebuilding = false;
    bool m_requested = false;
    bool m_adjustedWhilePending = false;
    int m_unreadCount = 0;
    int m_favouriteCount = 0;
};

} // namespace veille::app
