#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace veille::app {

// The one door by which an address leaves Veille for the desktop (the browser, the mail
// program): "open in browser", a link in the pane, a feed's site, a company page's
// sources. Only web pages (http, https) and mail addresses open; a "javascript:",
// "file:", "smb:" or custom-scheme address, which a desktop may hand to any program, is
// refused and never reaches QDesktopServices.
class ExternalLink {
    Q_DECLARE_TR_FUNCTIONS(veille::app::ExternalLink)
public:
    // Whether `url` may leave Veille (AddressPolicy::canOpen).
    static bool allowed(const QUrl &url);
    // Hands `url` to the desktop when allowed; false when refused (or the desktop failed).
    static bool open(const QUrl &url);
    // The status bar's sentence for an address that was refused.
    static QString refusal(const QUrl &url);
};

} // namespace veille::app
