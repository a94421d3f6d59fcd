#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

#include "model/Article.h"
#include "model/KeyFacts.h"
#include "gui/ReadingStyle.h"

namespace veille::app {

struct RenderOptions {
    bool highlight = true;      // entities coloured by type in the body
    bool dark = false;          // the palette is dark: use the dark colour set
    bool favourite = false;
    bool images = false;        // remote images allowed: with highlighting off, the body keeps its pictures
    QStringList pictures;       // the article's pictures the pane can show (kept offline, or all when allowed):
                                // with the highlighted body, the first leads it and the others follow it
    QString source;             // the feed's title, empty for an imported file
    QString uiLanguage = QStringLiteral("en"); // how amounts and dates are written
    QStringList searchTerms;    // words and phrases of the current search
};

// Turns an article and its key facts into the HTML the reading pane shows. The body is
// built from the plain text, whose UTF-16 offsets the entity spans refer to, so every
// highlight lands exactly on its words. Pure: no widgets, no library.
class ArticleRenderer {
    Q_DECLARE_TR_FUNCTIONS(veille::app::ArticleRenderer)
public:
    static QString render(const Article &article, const KeyFacts &facts, const RenderOptions &options);
    static QString message(const QString &title, const QString &text);
    // The article stylesheet (a resource) with the palette's colours and the user's face
    // and size filled in.
    static QString styleSheet(bool dark, const ReadingStyle &style = {});

    // The links the pane understands; everything else opens in the browser.
    static QUrl companyUrl(const QString &name);
    static QUrl favouriteUrl();
    static std::optional<QString> companyFromUrl(const QUrl &url);
    static bool isFavouriteUrl(const QUrl &url);
};

} // namespace veille::app
