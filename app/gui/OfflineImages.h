#pragma once

#include <QObject>

#include "model/Article.h"

namespace veille {
class Library;
struct ImageLimits;
}

namespace veille::app {

class ArticlePane;
class ImageKeeperThread;

// The window's side of pictures: which ones an article shows (remote images allowed by its
// feed, else by the global setting; the ones the library keeps, always), and the keeper
// that fetches favourites' pictures in the background, whose news reaches the pane.
class OfflineImages : public QObject {
    Q_OBJECT
public:
    OfflineImages(Library &library, ArticlePane &pane, QObject *parent = nullptr);
    ~OfflineImages() override;

    // Before the pane shows `article`: its remote-image rule and its kept pictures.
    void prepare(const Article &article);
    // Asks the keeper for a pass (after a star, after a refresh brought new articles).
    void keep();
    // Whether the article's feed lets its remote images load (its own setting, else the
    // global one).
    bool remoteAllowed(FeedId feed);
    ImageKeeperThread &keeper() { return *m_keeper; }

private:
    void onArticleDone(ArticleId article, int kept);

    Library &m_library;
    ArticlePane &m_pane;
    ImageKeeperThread *m_keeper;
};

} // namespace veille::app
