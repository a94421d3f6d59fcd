#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "model/CompanyProfile.h"

class QLabel;
class QMainWindow;
class QSystemTrayIcon;
class QTimer;

namespace veille::app {

// Says that followed companies and searches have new articles: the system tray's message
// where there is a tray, else a link in the status bar. A click opens the first one named.
class Announcer : public QObject {
    Q_OBJECT
public:
    explicit Announcer(QMainWindow &window);

    // Says which followed items have new articles, and how many; nothing when none has.
    void announce(const QList<veille::FollowNews> &news);
    // The sentence for these items ("Foxconn: 2 new articles"), empty when none is new.
    static QString message(const QList<veille::FollowNews> &news);
    QString lastMessage() const { return m_last; }
    int announcements() const { return m_count; }
    // The status bar's link (shown while the announce lasts), for the tests.
    QLabel *statusLink() const { return m_link; }

signals:
    void companyChosen(const QString &name);
    void searchChosen(const QString &query);

private:
    void open();

    QMainWindow &m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_link = nullptr;
    QTimer *m_hide = nullptr;
    veille::FollowedItem m_first;
    QString m_last;
    int m_count = 0;
};

} // namespace veille::app
