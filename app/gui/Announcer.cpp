#include "gui/Announcer.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace veille::app {

namespace {
constexpr int kShownMs = 30000;
}

Announcer::Announcer(QMainWindow &window) : QObject(&window), m_window(window)
{
    m_link = new QLabel(&window);
    m_link->setObjectName(QStringLiteral("announceLink"));
    m_link->setTextFormat(Qt::RichText);
    // Permanent: a passing message would hide an ordinary status bar widget.
    window.statusBar()->addPermanentWidget(m_link);
    m_link->hide();
    connect(m_link, &QLabel::linkActivated, this, [this] { open(); });
    m_hide = new QTimer(this);
    m_hide->setSingleShot(true);
    connect(m_hide, &QTimer::timeout, m_link, &QLabel::hide);
}

QString Announcer::message(const QList<FollowNews> &news)
{
    QStringList parts;
    for (const FollowNews &n : news)
        if (n.newArticles > 0)
            //: %1 a followed company or search; then how many new articles it has.
            parts << tr("%1: %n new article(s)", nullptr, n.newArticles).arg(n.item.name);
    return parts.join(QStringLiteral(" · "));
}

void Announcer::announce(const QList<FollowNews> &news)
{
    const QString text = message(news);
    if (text.isEmpty())
        return;
    for (const FollowNews &n : news) {
        if (n.newArticles > 0) {
            m_first = n.item;
            break;
        }
    }
    m_last = text;
    ++m_count;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window.windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Announcer::open);
            connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
                m_window.showNormal();
                m_window.activateWindow();
            });
        }
        m_tray->setToolTip(text);
        m_tray->show();
        m_tray->showMessage(tr("New articles in your watchlist"), text, QSystemTrayIcon::Information, 10000);
        return;
    }
    // No tray: a link in the status bar, beside the passing messages, for a while.
    const QString link = QStringLiteral("<a href=\"open\">") + text.toHtmlEscaped() + QStringLiteral("</a>");
    m_link->setText(link);
    m_link->setToolTip(tr("Open the page of %1").arg(m_first.name));
    m_link->show();
    m_hide->start(kShownMs);
}

void Announcer::open()
{
    m_link->hide();
    m_window.showNormal();
    m_window.activateWindow();
    if (m_first.kind == FollowedItem::Kind::Company)
        emit companyChosen(m_first.name);
    else
        emit searchChosen(m_first.name);
}

} // namespace veille::app
