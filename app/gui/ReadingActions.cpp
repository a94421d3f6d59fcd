#include "gui/ReadingActions.h"

#include <QActionGroup>
#include <QMenu>

#include "gui/ArticlePane.h"
#include "gui/Settings.h"

namespace veille::app {

ReadingActions::ReadingActions(ArticlePane &pane, QObject *parent) : QObject(parent), m_pane(pane)
{
    m_pane.setReadingStyle(Settings::readingStyle());
    connect(&m_pane, &ArticlePane::textSizeStep, this, [this](int step) { step > 0 ? larger() : smaller(); });
}

void ReadingActions::fillMenu(QMenu *viewMenu)
{
    m_menu = viewMenu->addMenu(QString());
    m_menu->setObjectName(QStringLiteral("textMenu"));
    m_larger = m_menu->addAction(QString(), this, &ReadingActions::larger);
    // Ctrl+= as well: on many layouts "+" needs Shift, and people press Ctrl and the key.
    m_larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_smaller = m_menu->addAction(QString(), this, &ReadingActions::smaller);
    m_smaller->setShortcuts(QKeySequence::ZoomOut);
    m_default = m_menu->addAction(QString(), this, &ReadingActions::defaultSize);
    m_default->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_menu->addSeparator();
    auto *faces = new QActionGroup(this);
    m_serif = m_menu->addAction(QString(), this, [this] { setFace(ReadingStyle::Face::Serif); });
    m_sans = m_menu->addAction(QString(), this, [this] { setFace(ReadingStyle::Face::Sans); });
    for (QAction *a : {m_serif, m_sans}) {
        a->setCheckable(true);
        faces->addAction(a);
    }
    (m_pane.readingStyle().face == ReadingStyle::Face::Serif ? m_serif : m_sans)->setChecked(true);
    retranslate();
}

void ReadingActions::retranslate()
{
    if (!m_menu)
        return;
    m_menu->setTitle(tr("&Text"));
    m_larger->setText(tr("&Larger text"));
    m_smaller->setText(tr("&Smaller text"));
    m_default->setText(tr("&Default size"));
    m_serif->setText(tr("Se&rif (like print)"));
    m_sans->setText(tr("S&ans-serif (like a screen)"));
}

void ReadingActions::larger()
{
    apply(m_pane.readingStyle().larger());
}

void ReadingActions::smaller()
{
    apply(m_pane.readingStyle().smaller());
}

void ReadingActions::defaultSize()
{
    ReadingStyle style = m_pane.readingStyle();
    style.size = ReadingStyle::kDefaultSize;
    apply(style);
}

void ReadingActions::setFace(ReadingStyle::Face face)
{
    ReadingStyle style = m_pane.readingStyle();
    style.face = face;
    apply(style);
}

void ReadingActions::apply(const ReadingStyle &style)
{
    m_pane.setReadingStyle(style);
    Settings::setReadingStyle(style);
    if (m_serif)
        (style.face == ReadingStyle::Face::Serif ? m_serif : m_sans)->setChecked(true);
}

} // namespace veille::app
