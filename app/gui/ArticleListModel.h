#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "storage/ArticleStore.h"

namespace veille {
class Library;
}

namespace veille::app {

// The article list, read from the store a page at a time (canFetchMore/fetchMore), so a
// library of any size opens at once. Either a filtered listing or a search's hits.
class ArticleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, SourceColumn, DateColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, FavouriteRole, ReadRole };

    explicit ArticleListModel(Library &library, QObject *parent = nullptr);

    void showFilter(const ArticleFilter &filter);
    void showIds(const QList<ArticleListItem> &items); // search results, in rank order
    void setFavourite(int row, bool favourite);
    void setRead(int row, bool read);
    int rowOfId(ArticleId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 200;

signals:
    void loadFailed(const QString &message);

private:
    Library &m_library;
    ArticleFilter m_filter;
    QList<ArticleListItem> m_items;
    bool m_paged = true;
    bool m_exhausted = false;
};

} // namespace veille::app
