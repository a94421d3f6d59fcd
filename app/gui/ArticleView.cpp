#include "gui/ArticleView.h"

#include <QLocale>

namespace veille::app {

ArticleView::ArticleView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    document()->setDocumentMargin(18);
}

QVariant ArticleView::loadResource(int type, const QUrl &name)
{
    const QString scheme = name.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("ftp")) {
        if (!m_remoteAllowed)
            return {};
        return {}; // remote loading is done by the window's image loader, never synchronously here
    }
    if (scheme == QLatin1String("file") || scheme.isEmpty())
        return {};
    return QTextBrowser::loadResource(type, name);
}

void ArticleView::showArticle(const Article &a, const QString &source, const KeyFacts &facts)
{
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(a.title.toHtmlEscaped());
    QStringList meta;
    if (!source.isEmpty())
        meta << source.toHtmlEscaped();
    if (!a.author.isEmpty())
        meta << a.author.toHtmlEscaped();
    if (a.published.isValid())
        meta << QLocale().toString(a.published.toLocalTime(), QLocale::LongFormat).toHtmlEscaped();
    if (!meta.isEmpty())
        html += QStringLiteral("<p style=\"color:gray\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
    const QStringList &points = !a.keyPoints.isEmpty() ? a.keyPoints : facts.summary;
    if (!points.isEmpty()) {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"10\" bgcolor=\"%1\"><tr><td>")
                    .arg(palette().color(QPalette::AlternateBase).name());
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Key facts").toHtmlEscaped());
        for (const QString &p : points)
            html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
        html += QStringLiteral("</ul></td></tr></table>");
    }
    html += a.html;
    if (!a.url.isEmpty())
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(a.url.toHtmlEscaped(), tr("Open the original article").toHtmlEscaped());
    setHtml(html);
}

void ArticleView::showMessage(const QString &title, const QString &text)
{
    setHtml(QStringLiteral("<h2 style=\"color:gray\">%1</h2><p style=\"color:gray\">%2</p>")
                .arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}

} // namespace veille::app
