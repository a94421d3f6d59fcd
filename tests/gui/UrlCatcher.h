#pragma once

#include <QDesktopServices>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace veille::test {

// Takes the desktop's place for the given schemes while it lives: every URL that
// QDesktopServices::openUrl would have handed to a browser, a mail program, a file manager
// or any other handler is caught here instead, and nothing is opened.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    explicit UrlCatcher(const QStringList &schemes) : m_schemes(schemes)
    {
        for (const QString &scheme : m_schemes)
            QDesktopServices::setUrlHandler(scheme, this, "catchUrl");
    }
    ~UrlCatcher() override
    {
        for (const QString &scheme : m_schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    }

    QList<QUrl> caught;

public slots:
    void catchUrl(const QUrl &url) { caught << url; }

private:
    QStringList m_schemes;
};

} // namespace veille::test
