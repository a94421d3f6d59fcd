#include "gui/ArticleListModel.h"

#include <QFont>
#include <QLocale>

#include "update/Library.h"

namespace veille::app {

ArticleListModel::ArticleListModel(Library &library, QObject *parent) : QAbstractTableModel(parent), m_library(library)
{
}

void ArticleListModel::showFilter(const ArticleFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = kPageSize;
    m_filter.offset = 0;
    m_items.clear();
    m_paged = true;
    m_exhausted = false;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

void ArticleListModel::showIds(const QList<ArticleListItem> &items)
{
    beginResetModel();
    m_items = items;
    m_paged = false;
    m_exhausted = true;
    endResetModel();
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_paged && !m_exhausted;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ArticleFilter page = m_filter;
    page.offset = int(m_items.size());
    auto items = m_library.articles().list(page);
    if (!items) {
        m_exhausted = true;
        emit loadFailed(items.errorMessage());
        return;
    }
    if (items->size() < page.limit)
        m_exhausted = true;
    if (items->isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + items->size() - 1));
    m_items.append(*items);
    endInsertRows();
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
        case TitleColumn:
            return (item.favourite ? QStringLiteral("★ ") : QString()) + item.title;
        case SourceColumn:
            return item.feedTitle;
        case DateColumn:
            return item.published.isValid() ? QLocale().toString(item.published.toLocalTime().date(), QLocale::ShortFormat)
                                            : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? item.title : QVariant();
    case Qt::FontRole:
        if (!item.read) {
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
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case DateColumn:
        return tr("Date");
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

} // namespace veille::app
