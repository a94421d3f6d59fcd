#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "gui/ReadingStyle.h"

namespace veille::app {

// The user's preferences and the window's remembered shape, kept with QSettings. This class is
// the only one that names a key, so the dialog, the window and main() agree on names and
// defaults; nothing else in app/ opens QSettings.
class Settings {
public:
    // The window's shape, as QMainWindow, QSplitter and QHeaderView save and restore it.
    struct WindowLayout {
        QByteArray geometry;
        QByteArray state;         // toolbars and docks
        QByteArray treeSplitter;  // the tree beside the list and the article
        QByteArray listSplitter;  // the list above the article
        QByteArray listHeader;    // column widths and order
    };

    static constexpr bool kDefaultHighlighting = true;
    static constexpr bool kDefaultRemoteImages = false;  // reading contacts nobody by default
    static constexpr int kDefaultRefreshMinutes = 60;
    static constexpr bool kDefaultSyncOnStart = false;   // the user asks for it
    static constexpr int kDefaultSyncMinutes = 0;        // no sync on a timer unless asked

    static QString language();            // "" follows the system, else "fr" or "en"
    static void setLanguage(const QString &code);
    static bool highlighting();
    static void setHighlighting(bool on);
    static bool remoteImages();
    static void setRemoteImages(bool allowed);
    static ReadingStyle readingStyle();   // the reading pane's face and text size
    static void setReadingStyle(const ReadingStyle &style);
    static int refreshMinutes();          // 0: never refresh by itself
    static void setRefreshMinutes(int minutes);
    // The sync accounts: synced when the window opens, and every N minutes (0: never).
    static bool syncOnStart();
    static void setSyncOnStart(bool on);
    static int syncMinutes();
    static void setSyncMinutes(int minutes);
    static QString dataLocation();        // "" uses the default library file
    static void setDataLocation(const QString &path);
    static QStringList savedSearches();
    static void setSavedSearches(const QStringList &searches);
    static WindowLayout windowLayout();   // empty arrays before the first save
    static void setWindowLayout(const WindowLayout &layout);
    // Whether the demo articles were offered to this library file once already.
    static bool demoLoaded(const QString &libraryPath);
    static void setDemoLoaded(const QString &libraryPath);
};

} // namespace veille::app
