#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "storage/ArticleStore.h"

namespace veille {
class Library;
}

namespace veille::app {

// The article list, read from the store a page at a time (canFetchMore/fetchMore), so a
// library of any size opens at once. Either a filtered listing, sorted by the store, or a
// search's hits in rank order, whose rows are read a page at a time too; the hits are few
// (hundreds), so sorting them reads the rest and sorts here.
class ArticleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StarColumn, TitleColumn, SourceColumn, DateColumn, LanguageColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, FavouriteRole, ReadRole, FeedIdRole, FeedTitleRole };

    explicit ArticleListModel(Library &library, QObject *parent = nullptr);

    void showFilter(const ArticleFilter &filter);
    void showHits(const QList<ArticleId> &ids); // search results, in rank order
    // A search's hits, read or not yet.
    int hitCount() const { return int(m_hits.size()); }
    void setFavourite(int row, bool favourite);
    void setRead(int row, bool read);
    int rowOfId(ArticleId id) const;
    ArticleId idAt(int row) const;
    // Headers and texts again, in the new language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static constexpr int kPageSize = 100;   // three screens of rows or so

signals:
    void loadFailed(const QString &message);

private:
    // The rows of the next page of hits (fewer if some hits' articles were removed since).
    Result<QList<ArticleListItem>> nextHits();

    Library &m_library;
    ArticleFilter m_filter;
    QList<ArticleId> m_hits;    // a search's hits; m_hitsRead of them were read (see nextHits)
    qsizetype m_hitsRead = 0;
    QList<ArticleListItem> m_items;
    bool m_paged = true;
    bool m_exhausted = false;
    bool m_resetting = false;
    bool m_fetching = false;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace veille::app
