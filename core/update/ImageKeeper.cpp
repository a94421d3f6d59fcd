#include "update/ImageKeeper.h"

#include <QTimer>

#include "fetch/Fetcher.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/ImageStore.h"
#include "text/AddressPolicy.h"
#include "text/HtmlImages.h"

namespace veille {

ImageKeeper::ImageKeeper(Database &db, Fetcher &fetcher, QObject *parent)
    : QObject(parent), m_db(db), m_write([&db](const std::function<Result<void>(Database &)> &write) { return write(db); }),
      m_fetcher(fetcher)
{
}

bool ImageKeeper::isPicture(const QByteArray &bytes, const QString &contentType)
{
    // The formats Qt reads out of the box (SVG needs a plugin the pane may not have).
    if (bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff") || bytes.startsWith("GIF87a")
        || bytes.startsWith("GIF89a") || bytes.startsWith("BM")
        || (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP"))
        return true;
    // An image type with bytes we do not recognise is still given its chance; an HTML
    // error page served with status 200 is not.
    return contentType.startsWith(QLatin1String("image/")) && contentType != QLatin1String("image/svg+xml")
        && !bytes.trimmed().startsWith('<');
}

void ImageKeeper::run()
{
    if (m_running) {
        m_again = true;
        return;
    }
    auto total = ImageStore(m_db).totalBytes();
    if (!total) {
        emit failed(total.error());
        return;
    }
    m_total = *total;
    m_running = true;
    m_again = false;
    m_done = 0;
    m_articles.clear();
    // From the event loop, so that `finished` never comes from inside run().
    QTimer::singleShot(0, this, &ImageKeeper::nextArticle);
}

void ImageKeeper::nextArticle()
{
    if (m_articles.isEmpty()) {
        auto pending = ImageStore(m_db).pending(m_limits.batch);
        if (!pending)
            return stop(pending.error());
        m_articles = *pending;
        if (m_articles.isEmpty()) {
            m_running = false;
            if (m_again)
                run();
            else
                emit finished(m_done);
            return;
        }
    }
    m_article = m_articles.takeFirst();
    auto article = ArticleStore(m_db).article(m_article);
    if (!article)
        return stop(article.error());
    m_pictures = article->has_value() ? HtmlImages::sources((*article)->html) : QStringList();
    m_pictures = m_pictures.mid(0, m_limits.maxPerArticle);
    m_kept = 0;
    if (m_pictures.isEmpty()) {
        // Nothing to fetch (or the article went): marked, so it is not pending any more.
        if (article->has_value()) {
            const ArticleId id = m_article;
            if (auto r = m_write([id](Database &db) { return ImageStore(db).markEmpty(id); }); !r)
                return stop(r.error());
        }
        QTimer::singleShot(0, this, &ImageKeeper::nextArticle);
        return;
    }
    nextPicture();
}

void ImageKeeper::nextPicture()
{
    if (m_pictures.isEmpty()) {
        ++m_done;
        emit articleDone(m_article, m_kept);
        QTimer::singleShot(0, this, &ImageKeeper::nextArticle);
        return;
    }
    const QUrl url(m_pictures.first());
    if (!AddressPolicy::isWeb(url)) {
        // The cleaner keeps only web pictures; an older library may hold others.
        onFetched(FetchResult{});
        return;
    }
    FetchLimits limits = m_fetcher.limits();
    limits.maxBytes = m_limits.maxImageBytes;
    m_fetcher.setLimits(limits);
    m_fetcher.get(FetchRequest{url, {}, {}}, [this](const FetchResult &result) { onFetched(result); });
}

void ImageKeeper::onFetched(const FetchResult &result)
{
    const QString url = m_pictures.takeFirst();
    const bool picture = result.ok() && result.status == 200 && isPicture(result.body, result.contentType);
    if (!store(url, picture ? result.body : QByteArray()))
        return;
    if (picture)
        ++m_kept;
    nextPicture();
}

bool ImageKeeper::store(const QString &url, const QByteArray &data)
{
    QByteArray kept = data;
    const Result<void> written = m_write([&](Database &db) -> Result<void> {
        ImageStore images(db);
        if (!kept.isEmpty() && m_total + kept.size() > m_limits.maxTotalBytes) {
            VEILLE_TRY_ASSIGN(const qint64 freed, images.freeUnstarred(m_total + kept.size() - m_limits.maxTotalBytes));
            m_total -= freed;
            if (m_total + kept.size() > m_limits.maxTotalBytes)
                kept.clear(); // full of favourites' pictures: this one is not kept
        }
        return images.keep(m_article, url, kept);
    });
    if (!written) {
        stop(written.error());
        return false;
    }
    m_total += kept.size();
    return true;
}

void ImageKeeper::stop(const Error &error)
{
    m_running = false;
    m_articles.clear();
    m_pictures.clear();
    emit failed(error);
}

} // namespace veille
