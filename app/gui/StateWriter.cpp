#include "gui/StateWriter.h"

#include "gui/ArticleListModel.h"
#include "gui/FeedTree.h"
#include "messages/ErrorText.h"
#include "update/Library.h"

namespace veille::app {

StateWriter::StateWriter(Library &library, ArticleListModel &model, FeedTree &tree, QObject *parent)
    : QObject(parent), m_library(library), m_model(model), m_tree(tree)
{
}

void StateWriter::setRead(int row, bool read)
{
    const ArticleId id = m_model.idAt(row);
    const FeedId feed = m_model.index(row, 0).data(ArticleListModel::FeedIdRole).toLongLong();
    m_model.setRead(row, read);
    m_library.write(Lane::Priority, this, [id, read](Library &writer) { return writer.states().setRead(id, read); },
                    [this, id, feed, read](const Result<void> &written) {
                        if (written) {
                            // The counts follow once the mark is stored: the watchlist they
                            // refresh reads it back from the library.
                            m_tree.adjustUnread(feed, read ? -1 : 1);
                            return;
                        }
                        // The list may have changed meanwhile: the article is found again by its id.
                        if (const int now = m_model.rowOfId(id); now >= 0)
                            m_model.setRead(now, !read);
                        emit failed(ErrorText::of(written.error()));
                    });
}

void StateWriter::setFavourite(int row, bool favourite)
{
    const ArticleId id = m_model.idAt(row);
    m_model.setFavourite(row, favourite);
    m_library.write(Lane::Priority, this,
                    [id, favourite](Library &writer) { return writer.states().setFavourite(id, favourite); },
                    [this, id, favourite](const Result<void> &written) {
                        if (written) {
                            m_tree.adjustFavourites(favourite ? 1 : -1);
                            emit favouriteStored(id, favourite);
                            return;
                        }
                        if (const int now = m_model.rowOfId(id); now >= 0)
                            m_model.setFavourite(now, !favourite);
                        emit failed(ErrorText::of(written.error()));
                    });
}

} // namespace veille::app
