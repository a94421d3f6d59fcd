#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "gui/Listing.h"
#include "model/Article.h"
#include "model/Result.h"
#include "update/ArticleExporter.h"

class QAction;
class QMainWindow;
class QMenu;

namespace veille {
class Library;
}

namespace veille::app {

// File › Export…: the list shown (a search, a company's timeline, the favourites, a feed)
// with the key facts, as CSV, Markdown or JSON (ArticleExporter, written atomically).
class ListExporter : public QObject {
    Q_OBJECT
public:
    ListExporter(Library &library, QMainWindow &window);

    // The articles of the list, in the order shown: a company's page (`company` not
    // empty) is its timeline, else the listing.
    Result<QList<ArticleId>> articles(const Listing &listing, const QString &company);
    // A file name to offer: "veille-foxconn.csv".
    static QString suggestedName(const Listing &listing, const QString &company);
    // The form a file name asks for by its extension, none when it names none.
    static std::optional<ArticleExporter::Format> formatOf(const QString &path);
    // Writes the list to `path`; the number of articles written.
    Result<int> write(const Listing &listing, const QString &company, const QString &path);
    // Asks where, writes, and says how it went (a message that stays, on an error).
    void exportList(const Listing &listing, const QString &company);

private:
    ArticleExporter::Labels labels() const;

    Library &m_library;
    QMainWindow &m_window;
};

} // namespace veille::app
