#pragma once

#include <QString>
#include <QStringList>

namespace veille::app {

// The user's preferences, kept with QSettings under one set of keys so the dialog, the
// window and main() agree on names and defaults.
class Settings {
public:
    static QString language();            // "" follows the system, else "fr" or "en"
    static void setLanguage(const QString &code);
    static bool highlighting();
    static void setHighlighting(bool on);
    static bool remoteImages();
    static void setRemoteImages(bool allowed);
    static int refreshMinutes();          // 0: never refresh by itself
    static void setRefreshMinutes(int minutes);
    static QString dataLocation();        // "" uses the default library file
    static void setDataLocation(const QString &path);
    static QStringList savedSearches();
    static void setSavedSearches(const QStringList &searches);
};

} // namespace veille::app
