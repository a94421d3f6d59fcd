#include "gui/FeedTree.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QShowEvent>
#include <QStyle>

#include "gui/AccountItems.h"
#include "gui/OverviewLoader.h"
#include "gui/Settings.h"
#include "messages/ErrorText.h"
#include "update/Library.h"

namespace veille::app {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
constexpr int kTextRole = Qt::UserRole + 3;
constexpr int kPlaceholderRole = Qt::UserRole + 4;
constexpr int kUrlRole = Qt::UserRole + 5;   // a feed's address, first line of its tooltip
constexpr int kErrorRole = Qt::UserRole + 6; // its last error (Error::toStored), worded anew on a language change
constexpr int kCompanyLimit = 60; // the most cited; the search bar reaches the others

enum Placeholder { NoSearches = 1, NoCompanies, NoFeeds, Loading, NoFollowed };

Listing listingOf(const QTreeWidgetItem *item)
{
    Listing l;
    l.kind = Listing::Kind(item->data(0, kKindRole).toInt());
    l.id = item->data(0, kIdRole).toLongLong();
    l.text = item->data(0, kTextRole).toString();
    return l;
}

void setListing(QTreeWidgetItem *item, const Listing &l)
{
    item->setData(0, kKindRole, int(l.kind));
    item->setData(0, kIdRole, l.id);
    item->setData(0, kTextRole, l.text);
}

QString countText(int n) { return n > 0 ? QString::number(n) : QString(); }

} // namespace

FeedTree::FeedTree(Library &library, QWidget *parent)
    : QTreeWidget(parent), m_library(library), m_loader(new OverviewLoader(library.database().path(), this))
{
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setIndentation(14);
    setUniformRowHeights(true);
    setFrameShape(QFrame::NoFrame);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { onCurrentChanged(item); });
    connect(m_loader, &OverviewLoader::loaded, this, &FeedTree::applyOverview);

    m_rebuilding = true;
    m_watch = addSection();
    m_watch->setData(0, Qt::AccessibleDescriptionRole, QStringLiteral("watchlist"));
    addPlaceholder(m_watch, NoFollowed);
    m_all = addView(Listing::All);
    m_unread = addView(Listing::Unread);
    m_favourites = addView(Listing::Favourites);
    m_searches = addSection();
    m_companies = addSection();
    m_feeds = addSection();
    addPlaceholder(m_companies, Loading);
    addPlaceholder(m_feeds, Loading);
    fillSearches();
    for (QTreeWidgetItem *section : {m_watch, m_searches, m_companies, m_feeds})
        section->setExpanded(true);
    retranslate();
    setCurrentItem(m_all);
    m_rebuilding = false;
}

QTreeWidgetItem *FeedTree::addView(Listing::Kind kind)
{
    auto *item = new QTreeWidgetItem(this);
    setListing(item, {kind, 0, {}});
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTreeWidgetItem *FeedTree::addSection()
{
    auto *item = new QTreeWidgetItem(this);
    item->setFlags(Qt::ItemIsEnabled);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.9);
    item->setFont(0, f);
    item->setData(0, kKindRole, -1);
    return item;
}

void FeedTree::addPlaceholder(QTreeWidgetItem *section, int kind)
{
    auto *item = new QTreeWidgetItem(section);
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(0, kKindRole, -1);
    item->setData(0, kPlaceholderRole, kind);
    QFont f = font();
    f.setItalic(true);
    item->setFont(0, f);
    item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
}

void FeedTree::showEvent(QShowEvent *event)
{
    QTreeWidget::showEvent(event);
    // Asked for once the window is about to be drawn, after the first article was opened
    // (and marked read), so the counts read on the other thread already include it.
    if (!m_requested)
        reload();
}

void FeedTree::reload()
{
    m_requested = true;
    m_adjustedWhilePending = false;
    const Listing before = current();
    const bool keepNone = !currentItem(); // an unsaved search is showing
    m_rebuilding = true;
    fillSearches();
    retranslate();
    restoreCurrent(before, keepNone);
    m_loader->request();
}

void FeedTree::fillSearches()
{
    qDeleteAll(m_searches->takeChildren());
    const QStringList searches = Settings::savedSearches();
    for (const QString &q : searches) {
        auto *item = new QTreeWidgetItem(m_searches, {q});
        setListing(item, {Listing::Search, 0, q});
    }
    if (searches.isEmpty())
        addPlaceholder(m_searches, NoSearches);
}

// Puts the current choice back after its section was rebuilt (m_rebuilding is set);
// when it is gone, the tree falls back to All articles and says so.
void FeedTree::restoreCurrent(const Listing &before, bool keepNone)
{
    QTreeWidgetItem *again = keepNone ? nullptr : itemFor(before);
    if (!keepNone)
        setCurrentItem(again ? again : m_all);
    m_rebuilding = false;
    if (!keepNone && !again)
        emit listingChosen(current());
}

void FeedTree::applyOverview(const LibraryOverview &overview)
{
    if (!overview.error.isEmpty())
        emit loadFailed(overview.error);
    const Listing before = current();
    const bool keepNone = !currentItem();
    m_rebuilding = true;

    qDeleteAll(m_companies->takeChildren());
    m_companyNames.clear();
    m_companyIds.clear();
    for (const CompanyCount &c : overview.companies) {
        m_companyNames << c.name;
        m_companyIds.insert(c.name, c.entityId);
    }
    for (int i = 0; i < overview.companies.size() && i < kCompanyLimit; ++i) {
        const CompanyCount &c = overview.companies.at(i);
        auto *item = new QTreeWidgetItem(m_companies, {c.name, QString::number(c.articles)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        setListing(item, {Listing::Company, c.entityId, c.name});
    }
    if (overview.companies.isEmpty())
        addPlaceholder(m_companies, NoCompanies);

    qDeleteAll(m_feeds->takeChildren());
    const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);
    QHash<QString, QTreeWidgetItem *> folders;
    // An account's feeds under the account, first; one's own after them.
    m_accounts = overview.accounts;
    const QHash<AccountId, QTreeWidgetItem *> accounts = AccountItems::make(m_feeds, m_accounts, style());
    for (QTreeWidgetItem *item : accounts)
        item->setData(0, kKindRole, -1);
    for (const Feed &feed : overview.feeds) {
        QTreeWidgetItem *parent = accounts.value(feed.account, m_feeds);
        // Folders of an account are its own: the same name elsewhere is another folder.
        QString path = parent == m_feeds ? QString() : QStringLiteral("account:%1").arg(feed.account);
        for (const QString &part : feed.folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            path += QLatin1Char('/') + part;
            if (!folders.contains(path)) {
                auto *folder = new QTreeWidgetItem(parent, {part});
                folder->setIcon(0, folderIcon);
                folder->setFlags(Qt::ItemIsEnabled);
                folder->setData(0, kKindRole, -1);
                folder->setExpanded(true);
                folders.insert(path, folder);
            }
            parent = folders.value(path);
        }
        auto *item = new QTreeWidgetItem(parent, {feed.title.isEmpty() ? feed.address() : feed.title, countText(feed.unread)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(1, Qt::UserRole, feed.unread);
        setListing(item, {Listing::Feed, feed.id, {}});
        item->setData(0, kUrlRole, feed.address());
        showFeedError(item, feed.lastError);
        if (QTreeWidgetItem *account = accounts.value(feed.account)) {
            const int unread = account->data(1, Qt::UserRole).toInt() + feed.unread;
            account->setData(1, Qt::UserRole, unread);
            account->setText(1, countText(unread));
            account->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (overview.feeds.isEmpty() && overview.accounts.isEmpty())
        addPlaceholder(m_feeds, NoFeeds);

    m_all->setText(1, countText(overview.all));
    m_unreadCount = overview.unread;
    m_favouriteCount = overview.favourites;
    m_unread->setText(1, countText(m_unreadCount));
    m_favourites->setText(1, countText(m_favouriteCount));
    retranslate();
    restoreCurrent(before, keepNone);
    if (!m_watchItems.isEmpty())
        setWatchlist(m_watchItems); // with the entity ids just read
    emit companiesChanged(m_companyNames);
    // A count moved while this was read: the read may or may not have seen the change.
    if (m_adjustedWhilePending)
        reload();
    else
        emit overviewApplied();
}

bool FeedTree::isLoading() const
{
    return !m_requested || m_loader->pending();
}

void FeedTree::adjustUnread(FeedId feed, int delta)
{
    m_adjustedWhilePending = m_adjustedWhilePending || m_loader->pending();
    m_unreadCount = std::max(0, m_unreadCount + delta);
    m_unread->setText(1, countText(m_unreadCount));
    emit unreadAdjusted();
    // The feed's count, and its account's when it has one.
    for (QTreeWidgetItem *item = itemFor({Listing::Feed, feed, {}}); item; item = item->parent()) {
        const bool counts = item->data(0, kKindRole).toInt() == int(Listing::Feed)
                            || item->data(0, AccountItems::kAccountRole).toLongLong() != 0;
        if (!counts)
            continue;
        const int n = std::max(0, item->data(1, Qt::UserRole).toInt() + delta);
        item->setData(1, Qt::UserRole, n);
        item->setText(1, countText(n));
    }
}

void FeedTree::adjustFavourites(int delta)
{
    m_adjustedWhilePending = m_adjustedWhilePending || m_loader->pending();
    m_favouriteCount = std::max(0, m_favouriteCount + delta);
    m_favourites->setText(1, countText(m_favouriteCount));
}

void FeedTree::setFeedError(FeedId id, const Error &error)
{
    if (QTreeWidgetItem *item = itemFor({Listing::Feed, id, {}}))
        showFeedError(item, error);
}

void FeedTree::showFeedError(QTreeWidgetItem *item, const Error &error)
{
    const QString url = item->data(0, kUrlRole).toString();
    item->setData(0, kErrorRole, error.toStored());
    item->setIcon(0, error.isNone() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    item->setToolTip(0, error.isNone() ? url : url + QLatin1Char('\n') + ErrorText::of(error));
}

void FeedTree::retranslate()
{
    m_all->setText(0, tr("All articles"));
    //: The list of articles not read yet (plural).
    m_unread->setText(0, tr("Unread"));
    m_favourites->setText(0, tr("Favourites"));
    //: The sidebar's section of followed companies and searches.
    m_watch->setText(0, tr("Watchlist"));
    m_watch->setToolTip(0, tr("Companies and searches you follow; their new articles are announced after each refresh."));
    m_searches->setText(0, tr("Saved searches"));
    m_companies->setText(0, tr("Companies"));
    //: News feeds (RSS, Atom) the user subscribes to.
    m_feeds->setText(0, tr("Feeds"));
    m_searches->setToolTip(0, tr("Type a search, then choose Search › Save this search to keep it here."));
    m_feeds->setToolTip(0, tr("Feeds › Add a feed… subscribes to a site; Feeds › Import… reads an OPML list."));
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if (const QString error = (*it)->data(0, kErrorRole).toString(); !error.isEmpty())
            showFeedError(*it, Error::fromStored(error));
        if (const AccountId id = (*it)->data(0, AccountItems::kAccountRole).toLongLong())
            for (const Account &account : std::as_const(m_accounts))
                if (account.id == id)
                    AccountItems::describe(*it, account, style());
        switch ((*it)->data(0, kPlaceholderRole).toInt()) {
        case NoSearches:
        case NoCompanies:
            (*it)->setText(0, tr("None yet", "no saved search or company yet"));
            break;
        case NoFollowed:
            (*it)->setText(0, tr("Follow a company from its page"));
            break;
        case NoFeeds:
            (*it)->setText(0, tr("Feeds › Add a feed…"));
            break;
        case Loading:
            (*it)->setText(0, tr("Loading…"));
            break;
        default:
            break;
        }
    }
    m_companies->setToolTip(0, tr("The companies most cited across your library; click one to list its articles."));
}

void FeedTree::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_all)
        retranslate();
}

void FeedTree::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = itemAt(event->pos());
    if (!item || item->data(0, kKindRole).toInt() != Listing::Search)
        return;
    QMenu menu(this);
    const QString query = item->data(0, kTextRole).toString();
    bool followed = false;
    for (const FollowedItem &f : m_watchItems)
        followed = followed || (f.kind == FollowedItem::Kind::Search && f.name == query);
    menu.addAction(followed ? tr("Unfollow this search") : tr("Follow this search: announce its new articles"), this,
                   [this, query, followed] { emit followSearch(query, !followed); });
    if (item->parent() == m_searches)
        menu.addAction(tr("Remove this saved search"), this, [this, query] { emit removeSavedSearch(query); });
    menu.exec(event->globalPos());
}

void FeedTree::onCurrentChanged(QTreeWidgetItem *item)
{
    if (m_rebuilding || !item || item->data(0, kKindRole).toInt() < 0)
        return;
    const Listing listing = listingOf(item);
    emit listingChosen(listing);
    if (listing.kind == Listing::Company)
        emit companyChosen(listing.text);
}

void FeedTree::setWatchlist(const QList<FollowedItem> &items)
{
    const Listing before = current();
    const bool keepNone = !currentItem();
    m_rebuilding = true;
    m_watchItems = items;
    qDeleteAll(m_watch->takeChildren());
    for (const FollowedItem &followed : items) {
        auto *item = new QTreeWidgetItem(m_watch, {followed.name, countText(followed.unread)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        const bool company = followed.kind == FollowedItem::Kind::Company;
        // A company's articles are listed by its entity, known once the overview is read.
        setListing(item, {company ? Listing::Company : Listing::Search, company ? m_companyIds.value(followed.name) : 0,
                          followed.name});
        item->setToolTip(0, tr("%n article(s)", nullptr, followed.articles) + QStringLiteral(" · ")
                                + tr("%n unread article(s)", nullptr, followed.unread));
        QFont f = font();
        f.setBold(followed.unread > 0);
        item->setFont(0, f);
        item->setFont(1, f);
    }
    if (items.isEmpty())
        addPlaceholder(m_watch, NoFollowed);
    retranslate();
    restoreCurrent(before, keepNone);
}

QTreeWidgetItem *FeedTree::watchlistItem(const QString &name) const
{
    for (int i = 0; i < m_watch->childCount(); ++i)
        if (m_watch->child(i)->data(0, kPlaceholderRole).toInt() == 0 && m_watch->child(i)->text(0) == name)
            return m_watch->child(i);
    return nullptr;
}

QTreeWidgetItem *FeedTree::itemFor(const Listing &listing) const
{
    for (QTreeWidgetItemIterator it(const_cast<FeedTree *>(this)); *it; ++it) {
        if ((*it)->data(0, kKindRole).toInt() < 0)
            continue;
        const Listing l = listingOf(*it);
        if (l.kind != listing.kind)
            continue;
        if ((l.kind == Listing::Feed || l.kind == Listing::Company) && l.id != listing.id)
            continue;
        if (l.kind == Listing::Search && l.text != listing.text)
            continue;
        return *it;
    }
    return nullptr;
}

Listing FeedTree::current() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || item->data(0, kKindRole).toInt() < 0)
        return {};
    return listingOf(item);
}

void FeedTree::select(const Listing &listing)
{
    if (QTreeWidgetItem *item = itemFor(listing)) {
        setCurrentItem(item);
        return;
    }
    // A search that is not saved: nothing in the tree stands for it.
    m_rebuilding = true;
    setCurrentItem(nullptr);
    clearSelection();
    m_rebuilding = false;
}

} // namespace veille::app
