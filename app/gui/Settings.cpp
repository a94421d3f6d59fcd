#include "gui/Settings.h"

#include <QSettings>

#include <algorithm>
#include <utility>

namespace veille::app {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kHighlighting = QStringLiteral("reading/highlighting");
const QString kRemoteImages = QStringLiteral("reading/remoteImages");
const QString kReadingFace = QStringLiteral("reading/face");
const QString kReadingSize = QStringLiteral("reading/size");
const QString kSans = QStringLiteral("sans");
const QString kSerif = QStringLiteral("serif");
const QString kRefresh = QStringLiteral("feeds/refreshMinutes");
const QString kSyncOnStart = QStringLiteral("sync/onStart");
const QString kSyncMinutes = QStringLiteral("sync/minutes");
const QString kDataLocation = QStringLiteral("library/path");
const QString kSavedSearches = QStringLiteral("search/saved");
// The window layout's parts and the keys they are saved under.
const std::pair<const char *, QByteArray Settings::WindowLayout::*> kLayoutParts[] = {
    {"window/geometry", &Settings::WindowLayout::geometry},
    {"window/state", &Settings::WindowLayout::state},
    {"window/treeSplitter", &Settings::WindowLayout::treeSplitter},
    {"window/listSplitter", &Settings::WindowLayout::listSplitter},
    {"window/listHeader", &Settings::WindowLayout::listHeader}};
// Followed by the library's path: each library file gets the demo once.
const QString kDemoLoadedPrefix = QStringLiteral("demoLoaded:");
} // namespace

QString Settings::language() { return QSettings().value(kLanguage).toString(); }
void Settings::setLanguage(const QString &code) { QSettings().setValue(kLanguage, code); }
bool Settings::highlighting() { return QSettings().value(kHighlighting, kDefaultHighlighting).toBool(); }
void Settings::setHighlighting(bool on) { QSettings().setValue(kHighlighting, on); }
bool Settings::remoteImages() { return QSettings().value(kRemoteImages, kDefaultRemoteImages).toBool(); }
void Settings::setRemoteImages(bool allowed) { QSettings().setValue(kRemoteImages, allowed); }
ReadingStyle Settings::readingStyle()
{
    const QSettings settings;
    ReadingStyle style;
    style.face = settings.value(kReadingFace, kSerif).toString() == kSans ? ReadingStyle::Face::Sans
                                                                          : ReadingStyle::Face::Serif;
    style.size = ReadingStyle::clampSize(settings.value(kReadingSize, ReadingStyle::kDefaultSize).toInt());
    return style;
}

void Settings::setReadingStyle(const ReadingStyle &style)
{
    QSettings settings;
    settings.setValue(kReadingFace, style.face == ReadingStyle::Face::Sans ? kSans : kSerif);
    settings.setValue(kReadingSize, style.size);
}

int Settings::refreshMinutes() { return QSettings().value(kRefresh, kDefaultRefreshMinutes).toInt(); }
void Settings::setRefreshMinutes(int minutes) { QSettings().setValue(kRefresh, minutes); }
bool Settings::syncOnStart() { return QSettings().value(kSyncOnStart, kDefaultSyncOnStart).toBool(); }
void Settings::setSyncOnStart(bool on) { QSettings().setValue(kSyncOnStart, on); }
int Settings::syncMinutes() { return std::max(0, QSettings().value(kSyncMinutes, kDefaultSyncMinutes).toInt()); }
void Settings::setSyncMinutes(int minutes) { QSettings().setValue(kSyncMinutes, std::max(0, minutes)); }
QString Settings::dataLocation() { return QSettings().value(kDataLocation).toString(); }
void Settings::setDataLocation(const QString &path) { QSettings().setValue(kDataLocation, path); }
QStringList Settings::savedSearches() { return QSettings().value(kSavedSearches).toStringList(); }
void Settings::setSavedSearches(const QStringList &searches) { QSettings().setValue(kSavedSearches, searches); }
bool Settings::demoLoaded(const QString &libraryPath) { return QSettings().value(kDemoLoadedPrefix + libraryPath).toBool(); }
void Settings::setDemoLoaded(const QString &libraryPath) { QSettings().setValue(kDemoLoadedPrefix + libraryPath, true); }

Settings::WindowLayout Settings::windowLayout()
{
    const QSettings settings;
    WindowLayout layout;
    for (const auto &[key, part] : kLayoutParts)
        layout.*part = settings.value(QLatin1String(key)).toByteArray();
    return layout;
}

void Settings::setWindowLayout(const WindowLayout &layout)
{
    QSettings settings;
    for (const auto &[key, part] : kLayoutParts)
        settings.setValue(QLatin1String(key), layout.*part);
}

} // namespace veille::app
