#include "gui/ArticleListModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QScopeGuard>
#include <algorithm>

#include "gui/DateLabel.h"
#include "gui/LanguageLabel.h"
#include "messages/ErrorText.h"
#include "update/Library.h"

namespace veille::app {

ArticleListModel::ArticleListModel(Library &library, QObject *parent) : QAbstractTableModel(parent), m_library(library)
{
}

void ArticleListModel::showFilter(const ArticleFilter &filter)
{
    // The first page is read inside the reset, so views (and model testers) that ask for
    // more while the reset is being announced find a consistent model.
    beginResetModel();
    m_resetting = true;
    m_filter = filter;
    m_filter.limit = kPageSize;
    m_filter.offset = 0;
    m_filter.order = m_sortColumn == TitleColumn ? ArticleOrder::Title
        : m_sortColumn == SourceColumn           ? ArticleOrder::Source
                                                 : ArticleOrder::Date;
    m_filter.ascending = m_sortOrder == Qt::AscendingOrder;
    m_items.clear();
    m_hits.clear();
    m_hitsRead = 0;
    m_paged = true;
    m_exhausted = false;
    QString error;
    if (auto items = m_library.articles().list(m_filter)) {
        m_items = *items;
        m_exhausted = items->size() < m_filter.limit;
    } else {
        m_exhausted = true;
        error = ErrorText::of(items.error());
    }
    endResetModel(); // emits modelReset, whose receivers may ask for more: not yet
    m_resetting = false;
    if (!error.isEmpty())
        emit loadFailed(error);
}

void ArticleListModel::showHits(const QList<ArticleId> &ids)
{
    beginResetModel();
    m_resetting = true;
    m_items.clear();
    m_hits = ids;
    m_hitsRead = 0;
    m_paged = false;
    m_exhausted = false;
    QString error;
    if (auto items = nextHits())
        m_items = *items;
    else
        error = ErrorText::of(items.error());
    endResetModel();
    m_resetting = false;
    if (!error.isEmpty())
        emit loadFailed(error);
}

Result<QList<ArticleListItem>> ArticleListModel::nextHits()
{
    const QList<ArticleId> next = m_hits.mid(m_hitsRead, kPageSize);
    auto items = m_library.articles().listItems(next);
    m_hitsRead += next.size();
    m_exhausted = !items || m_hitsRead >= m_hits.size();
    return items;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_resetting && !m_fetching;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Receivers of the insertion signals may ask for more; one page at a time.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    Result<QList<ArticleListItem>> items = QList<ArticleListItem>();
    if (m_paged) {
        ArticleFilter page = m_filter;
        page.offset = int(m_items.size());
        items = m_library.articles().list(page);
        if (items && items->size() < page.limit)
            m_exhausted = true;
    } else {
        items = nextHits();
    }
    if (!items) {
        m_exhausted = true;
        emit loadFailed(ErrorText::of(items.error()));
        return;
    }
    if (items->isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + items->size() - 1));
    m_items.append(*items);
    endInsertRows();
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    // The star and language columns have nothing the store orders by; dates are the
    // natural fallback.
    if (column == StarColumn || column == LanguageColumn)
        column = DateColumn;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_paged) {
        showFilter(m_filter);
        return;
    }
    // Every hit is needed to sort them: the rest are read first.
    while (canFetchMore({}))
        fetchMore({});
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<ArticleId> ids;
    for (const QModelIndex &i : before)
        ids << m_items.at(i.row()).id;
    const bool asc = order == Qt::AscendingOrder;
    std::stable_sort(m_items.begin(), m_items.end(), [column, asc](const ArticleListItem &a, const ArticleListItem &b) {
        int c = 0;
        if (column == TitleColumn)
            c = a.title.compare(b.title, Qt::CaseInsensitive);
        else if (column == SourceColumn)
            c = a.feedTitle.compare(b.feedTitle, Qt::CaseInsensitive);
        else {
            const QDateTime x = DateLabel::shown(a.published, a.saved), y = DateLabel::shown(b.published, b.saved);
            c = x < y ? -1 : (y < x ? 1 : 0);
        }
        return asc ? c < 0 : c > 0;
    });
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after << index(rowOfId(ids.at(k)), before.at(k).column());
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleListItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StarColumn:
            return item.favourite ? QStringLiteral("★") : QStringLiteral("☆");
        case TitleColumn:
            return item.title.isEmpty() ? tr("(untitled)") : item.title;
        case SourceColumn:
            //: Source column of an article that came from a file rather than a feed.
            return item.feedTitle.isEmpty() ? tr("Imported") : item.feedTitle;
        case DateColumn:
            return DateLabel::shortText(item.published, item.saved);
        case LanguageColumn:
            return LanguageLabel::shortLabel(item.language);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StarColumn)
            return item.favourite ? tr("In favourites: click to remove") : tr("Click to add to favourites");
        if (index.column() == TitleColumn)
            return item.title;
        if (index.column() == DateColumn && item.published.isValid())
            return QLocale().toString(item.published.toLocalTime(), QLocale::LongFormat);
        if (index.column() == DateColumn)
            return DateLabel::longText(item.published, item.saved);
        if (index.column() == LanguageColumn)
            return LanguageLabel::name(item.language);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StarColumn && item.favourite)
            return QBrush(QColor(0xd9, 0x9a, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StarColumn || index.column() == LanguageColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if (!item.read && index.column() != StarColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole:
        return item.id;
    case FavouriteRole:
        return item.favourite;
    case ReadRole:
        return item.read;
    case FeedIdRole:
        return item.feedId;
    case FeedTitleRole:
        return item.feedTitle;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == StarColumn)
        //: Tooltip of the star column's header: whether an article is a favourite.
        return tr("Favourite");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StarColumn:
        return QStringLiteral("★");
    case TitleColumn:
        //: Column header: the article's title.
        return tr("Title");
    case SourceColumn:
        //: Column header: the feed an article comes from.
        return tr("Source");
    case DateColumn:
        //: Column header: the day an article was published.
        return tr("Date");
    case LanguageColumn:
        //: Column header, kept short: the language an article is written in.
        return tr("Lang.");
    }
    return {};
}

void ArticleListModel::setFavourite(int row, bool favourite)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_items[row].favourite = favourite;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_items[row].read = read;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ArticleListModel::rowOfId(ArticleId id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return i;
    return -1;
}

void ArticleListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

ArticleId ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0;
}

} // namespace veille::app
