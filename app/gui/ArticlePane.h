#pragma once

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBrowser>

#include "gui/ArticleRenderer.h"

class QNetworkAccessManager;

namespace veille::app {

// The reading pane. QTextBrowser runs no scripts; remote images are fetched only when the
// user allowed them, so reading an article contacts nobody by default. Links inside the
// pane say what they want (a company's articles, the favourite flag) instead of opening.
class ArticlePane : public QTextBrowser {
    Q_OBJECT
public:
    explicit ArticlePane(QWidget *parent = nullptr);
    // The context menu for this point: the standard one, with "Follow as a company" first
    // when a short text is selected in an article. The caller owns it.
    QMenu *contextMenuAt(const QPoint &pos);

    void showArticle(const Article &article, const KeyFacts &facts, const RenderOptions &options);
    void showMessage(const QString &title, const QString &text);
    void setRemoteImagesAllowed(bool allowed);
    void setReadingStyle(const ReadingStyle &style);
    const ReadingStyle &readingStyle() const { return m_style; }
    // Before showArticle: whether this article may load remote images (its feed's setting,
    // else the global one) and the pictures the library keeps for it, by address. Kept
    // pictures show even when remote images are not allowed, and offline.
    void setImages(bool remoteAllowed, const QHash<QString, QByteArray> &kept);
    // The pictures the library now keeps for the article shown (they arrived meanwhile).
    void updateKeptImages(const QHash<QString, QByteArray> &kept);
    // The article's pictures that the pane shows: all when remote images are allowed, else
    // the kept ones.
    QStringList shownPictures() const;
    bool hasArticle() const { return m_hasArticle; }
    ArticleId articleId() const { return m_hasArticle ? m_article.id : 0; }
    // Scrolls one page; false when already at the bottom.
    bool pageDown();

signals:
    void companyClicked(const QString &name);
    void favouriteClicked();
    // A link the pane would not open (ExternalLink): the window says why.
    void linkRefused(const QUrl &url);
    // "Follow as a company" on a name selected in the article.
    void followAsCompany(const QString &name);
    // Ctrl and the wheel: the text one size larger (1) or smaller (-1). The window decides,
    // so that the menu, the settings and the pane agree.
    void textSizeStep(int step);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void onAnchor(const QUrl &url);
    void render();
    bool isDark() const;
    // The stylesheet and the default font for the palette and the reading style.
    void applyStyle(bool dark);
    // Centres a column of about 72 characters of body text, whatever the pane's width.
    void fitMeasure();
    // The margin either side of that column for the pane's width.
    qreal sideMargin() const;
    // The picture made no wider than the text column.
    QImage fitted(const QImage &image);
    int columnWidth() const;

    Article m_article;
    KeyFacts m_facts;
    RenderOptions m_options;
    ReadingStyle m_style;
    // What showMessage last showed, laid out again when the style changes.
    QString m_messageTitle, m_messageText;
    bool m_hasArticle = false;
    bool m_remoteAllowed = false;
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, QByteArray> m_kept; // pictures kept in the library, by address
    QHash<QUrl, QImage> m_images; // the pictures of the article shown, as they came
    int m_fittedColumn = 0; // the text column the pictures were last fitted to
    QSet<QUrl> m_pending;
};

} // namespace veille::app
