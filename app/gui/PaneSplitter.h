#pragma once

#include <QList>
#include <QString>
#include <Qt>

class QSplitter;
class QWidget;

namespace veille::app {

// The window's two splitters: two panes side by side or one above the other.
class PaneSplitter {
public:
    // The name is what the saved layout knows the splitter by; only the second pane grows
    // with the window when the first's stretch is 0.
    static QSplitter *make(Qt::Orientation orientation, const QString &name, QWidget *first, QWidget *second,
                           int firstStretch, int secondStretch, const QList<int> &sizes, QWidget *parent);
};

} // namespace veille::app
