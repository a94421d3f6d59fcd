#pragma once

#include <QTextBrowser>

#include "model/Article.h"
#include "model/KeyFacts.h"

namespace veille::app {

// The reading pane. QTextBrowser runs no scripts; remote resources (images) are only
// loaded when the user allowed them, so opening an article contacts nobody.
class ArticleView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void showArticle(const Article &article, const QString &source, const KeyFacts &facts);
    void showMessage(const QString &title, const QString &text);
    void setRemoteImagesAllowed(bool allowed) { m_remoteAllowed = allowed; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    bool m_remoteAllowed = false;
};

} // namespace veille::app
