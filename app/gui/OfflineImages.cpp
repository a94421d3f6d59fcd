#include "gui/OfflineImages.h"

#include <QTimer>

#include "gui/ArticlePane.h"
#include "gui/ImageKeeperThread.h"
#include "gui/Settings.h"
#include "storage/Database.h"
#include "storage/FeedStore.h"
#include "storage/ImageStore.h"
#include "update/Library.h"

namespace veille::app {

namespace {
// The first pass waits for the window to settle (and never runs in a window opened only
// for a screenshot or a test that closes sooner).
constexpr int kFirstPassDelayMs = 5000;
}

OfflineImages::OfflineImages(Library &library, ArticlePane &pane, QObject *parent)
    : QObject(parent), m_library(library), m_pane(pane),
      m_keeper(new ImageKeeperThread(library, this))
{
    connect(m_keeper, &ImageKeeperThread::articleDone, this, &OfflineImages::onArticleDone);
    QTimer::singleShot(kFirstPassDelayMs, this, &OfflineImages::keep);
}

OfflineImages::~OfflineImages() = default;

bool OfflineImages::remoteAllowed(FeedId feed)
{
    if (feed > 0) {
        if (auto own = m_library.feeds().images(feed); own && own->has_value())
            return **own;
    }
    return Settings::remoteImages();
}

void OfflineImages::prepare(const Article &article)
{
    auto kept = ImageStore(m_library.database()).images(article.id);
    // A library that cannot be read here shows the article without its kept pictures.
    m_pane.setImages(remoteAllowed(article.feedId), kept ? *kept : QHash<QString, QByteArray>());
}

void OfflineImages::keep()
{
    m_keeper->keep();
}

void OfflineImages::onArticleDone(ArticleId article, int kept)
{
    if (kept == 0 || m_pane.articleId() != article)
        return;
    if (auto images = ImageStore(m_library.database()).images(article))
        m_pane.updateKeptImages(*images);
}

} // namespace veille::app
