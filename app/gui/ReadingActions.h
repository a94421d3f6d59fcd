#pragma once

#include <QObject>

#include "gui/ReadingStyle.h"

class QAction;
class QActionGroup;
class QMenu;

namespace veille::app {

class ArticlePane;

// View › Text: the reading pane's face (serif or sans-serif) and its size, larger with
// Ctrl++ (or Ctrl and the wheel over the article), smaller with Ctrl+-, back to the
// default with Ctrl+0. The choice is kept in the settings and applies at once.
class ReadingActions : public QObject {
    Q_OBJECT
public:
    explicit ReadingActions(ArticlePane &pane, QObject *parent = nullptr);

    void fillMenu(QMenu *viewMenu);
    void retranslate();

    void larger();
    void smaller();
    void defaultSize();
    void setFace(ReadingStyle::Face face);

private:
    void apply(const ReadingStyle &style);

    ArticlePane &m_pane;
    QMenu *m_menu = nullptr;
    QAction *m_larger = nullptr, *m_smaller = nullptr, *m_default = nullptr, *m_serif = nullptr, *m_sans = nullptr;
};

} // namespace veille::app
