#pragma once

#include <QCoreApplication>
#include <QPair>
#include <QString>

#include "gui/Listing.h"

namespace veille::app {

// What the reading pane says when it has no article to show: for each view, what to do next.
class EmptyState {
    Q_DECLARE_TR_FUNCTIONS(veille::app::EmptyState)
public:
    // A title and a sentence; hasArticles: the list has articles, none is chosen yet.
    static QPair<QString, QString> message(Listing::Kind kind, bool hasArticles);
};

} // namespace veille::app
