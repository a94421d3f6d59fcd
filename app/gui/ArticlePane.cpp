#include "gui/ArticlePane.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QEvent>
#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextFrame>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QWheelEvent>

#include "gui/ExternalLink.h"
#include "text/HtmlImages.h"

namespace veille::app {

namespace {
constexpr qint64 kMaxImageBytes = 8 * 1024 * 1024;
// About this many characters of body text a line, however wide the pane: a longer line is
// hard to follow back to the start of the next (typography's 65 to 85).
constexpr qreal kLineCharacters = 72;
// The margin either side when the pane is narrower than that measure.
constexpr qreal kMinSideMargin = 22;
constexpr int kMaxCompanyName = 80; // a longer selection is a sentence, not a name
}

ArticlePane::ArticlePane(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(kMinSideMargin);
    connect(this, &QTextBrowser::anchorClicked, this, &ArticlePane::onAnchor);
}

bool ArticlePane::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void ArticlePane::showArticle(const Article &article, const KeyFacts &facts, const RenderOptions &options)
{
    if (!m_hasArticle || article.id != m_article.id) {
        m_images.clear(); // another article's pictures are not kept in memory,
        m_pending.clear(); // nor those still on their way
    }
    m_article = article;
    m_facts = facts;
    m_options = options;
    m_hasArticle = true;
    render();
}

void ArticlePane::render()
{
    if (!m_hasArticle) {
        if (!m_messageTitle.isEmpty())
            showMessage(m_messageTitle, m_messageText); // in the new palette or style
        return;
    }
    m_options.dark = isDark();
    m_options.images = m_remoteAllowed;
    m_options.pictures = shownPictures();
    const int scroll = verticalScrollBar()->value();
    const bool same = document()->property("articleId").toLongLong() == m_article.id;
    applyStyle(m_options.dark);
    const QString html = ArticleRenderer::render(m_article, m_facts, m_options);
    setHtml(html);
    fitMeasure();
    // Pictures are fitted to the text column, which is known only once the text is laid
    // out: when they were fitted to another, they are fitted again.
    if (!m_options.pictures.isEmpty() && m_fittedColumn != columnWidth()) {
        setHtml(html);
        fitMeasure();
    }
    document()->setProperty("articleId", m_article.id);
    if (same)
        verticalScrollBar()->setValue(scroll);
}

void ArticlePane::showMessage(const QString &title, const QString &text)
{
    m_hasArticle = false;
    m_messageTitle = title;
    m_messageText = text;
    document()->setProperty("articleId", QVariant());
    applyStyle(isDark());
    setHtml(ArticleRenderer::message(title, text));
    fitMeasure();
}

qreal ArticlePane::sideMargin() const
{
    // The body is set in the document's default font (applyStyle), so the measure is known
    // before the text is laid out: pictures loaded during the layout fit the column too.
    // A font's "average" character is wider than prose's, spaces included: measured on prose.
    static const QString prose = QStringLiteral("Le constructeur annonce une usine de batteries; the company said "
                                                "it would hire a thousand people by the end of the year. ");
    const qreal measure = QFontMetricsF(document()->defaultFont()).horizontalAdvance(prose) / prose.size() * kLineCharacters;
    return std::max(kMinSideMargin, (viewport()->width() - measure) / 2);
}

void ArticlePane::fitMeasure()
{
    const qreal side = sideMargin();
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (qAbs(format.leftMargin() - side) < 0.5 && qAbs(format.rightMargin() - side) < 0.5)
        return;
    // Left and right only: the text keeps its place at the top.
    format.setLeftMargin(side);
    format.setRightMargin(side);
    root->setFrameFormat(format);
}

void ArticlePane::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitMeasure();
    // A new width of the column: the pictures are fitted to it again.
    if (m_hasArticle && !m_options.pictures.isEmpty() && m_fittedColumn != columnWidth())
        render();
}

void ArticlePane::setRemoteImagesAllowed(bool allowed)
{
    if (m_remoteAllowed == allowed)
        return;
    m_remoteAllowed = allowed;
    render();
}

void ArticlePane::applyStyle(bool dark)
{
    document()->setDefaultStyleSheet(ArticleRenderer::styleSheet(dark, m_style));
    // The fragment the renderer writes has no <body> for the sheet's body rule to match:
    // the document's own font is what paragraphs inherit.
    QFont font(m_style.face == ReadingStyle::Face::Serif ? QStringLiteral("DejaVu Serif") : QStringLiteral("DejaVu Sans"));
    font.setStyleHint(m_style.face == ReadingStyle::Face::Serif ? QFont::Serif : QFont::SansSerif);
    font.setPixelSize(m_style.size);
    document()->setDefaultFont(font);
}

void ArticlePane::setReadingStyle(const ReadingStyle &style)
{
    if (m_style == style)
        return;
    m_style = style;
    render();
}

void ArticlePane::wheelEvent(QWheelEvent *event)
{
    // QTextEdit would zoom its own fonts, behind the settings' back.
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            emit textSizeStep(delta > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void ArticlePane::setImages(bool remoteAllowed, const QHash<QString, QByteArray> &kept)
{
    m_remoteAllowed = remoteAllowed;
    m_kept = kept;
}

void ArticlePane::updateKeptImages(const QHash<QString, QByteArray> &kept)
{
    m_kept = kept;
    render();
}

QStringList ArticlePane::shownPictures() const
{
    if (!m_hasArticle)
        return {};
    QStringList pictures = HtmlImages::sources(m_article.html);
    if (!m_remoteAllowed)
        pictures.removeIf([this](const QString &src) { return !m_kept.contains(src); });
    return pictures;
}

int ArticlePane::columnWidth() const
{
    return int(viewport()->width() - 2 * sideMargin() - 2 * document()->documentMargin());
}

QImage ArticlePane::fitted(const QImage &image)
{
    const int column = columnWidth();
    m_fittedColumn = column;
    if (image.isNull() || column <= 0 || image.width() <= column)
        return image;
    return image.scaledToWidth(column, Qt::SmoothTransformation);
}

bool ArticlePane::pageDown()
{
    QScrollBar *bar = verticalScrollBar();
    if (bar->value() >= bar->maximum())
        return false;
    bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    return true;
}

void ArticlePane::onAnchor(const QUrl &url)
{
    if (const auto company = ArticleRenderer::companyFromUrl(url)) {
        emit companyClicked(*company);
        return;
    }
    if (ArticleRenderer::isFavouriteUrl(url)) {
        emit favouriteClicked();
        return;
    }
    if (!ExternalLink::allowed(url)) {
        emit linkRefused(url);
        return;
    }
    ExternalLink::open(url);
}

QVariant ArticlePane::loadResource(int type, const QUrl &name)
{
    const QString scheme = name.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {}; // no local files, no data the article did not bring
    if (type != QTextDocument::ImageResource)
        return {};
    // Kept as they came, and fitted to the column each time the text is laid out.
    if (const QImage image = m_images.value(name); !image.isNull())
        return fitted(image);
    // A picture the library keeps is shown from there: offline, and without asking anyone.
    if (const auto kept = m_kept.constFind(name.toString(QUrl::FullyEncoded)); kept != m_kept.cend()) {
        const QImage image = QImage::fromData(*kept);
        m_images.insert(name, image);
        return fitted(image);
    }
    if (!m_remoteAllowed || m_images.contains(name))
        return {}; // not allowed, or tried and failed
    if (m_pending.contains(name))
        return {};
    // Fetched in the background; the pane is laid out again when the image arrives.
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_pending.insert(name);
    QNetworkRequest request(name);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // No cookie goes with a picture and none is kept from it (Qt sends no Referer either):
    // image servers cannot follow the reader from article to article.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxImageBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        QImage image;
        if (reply->error() == QNetworkReply::NoError)
            image.loadFromData(reply->readAll());
        if (!m_pending.remove(name))
            return; // for an article no longer shown
        m_images.insert(name, image);
        if (!image.isNull())
            render();
    });
    return {};
}

QMenu *ArticlePane::contextMenuAt(const QPoint &pos)
{
    QMenu *menu = createStandardContextMenu(pos);
    const QString selected = textCursor().selectedText().simplified();
    if (m_hasArticle && !selected.isEmpty() && selected.size() <= kMaxCompanyName) {
        QAction *follow = new QAction(tr("Follow “%1” as a company…").arg(selected), menu);
        follow->setObjectName(QStringLiteral("followAsCompany"));
        connect(follow, &QAction::triggered, this, [this, selected] { emit followAsCompany(selected); });
        QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().first();
        menu->insertAction(first, follow);
        menu->insertSeparator(first);
    }
    return menu;
}

void ArticlePane::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = contextMenuAt(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void ArticlePane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace veille::app
