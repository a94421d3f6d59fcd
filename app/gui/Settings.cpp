#include "gui/Settings.h"

#include <QSettings>

namespace veille::app {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kHighlighting = QStringLiteral("reading/highlighting");
const QString kRemoteImages = QStringLiteral("reading/remoteImages");
const QString kRefresh = QStringLiteral("feeds/refreshMinutes");
const QString kDataLocation = QStringLiteral("library/path");
const QString kSavedSearches = QStringLiteral("search/saved");
} // namespace

QString Settings::language() { return QSettings().value(kLanguage).toString(); }
void Settings::setLanguage(const QString &code) { QSettings().setValue(kLanguage, code); }
bool Settings::highlighting() { return QSettings().value(kHighlighting, true).toBool(); }
void Settings::setHighlighting(bool on) { QSettings().setValue(kHighlighting, on); }
bool Settings::remoteImages() { return QSettings().value(kRemoteImages, false).toBool(); }
void Settings::setRemoteImages(bool allowed) { QSettings().setValue(kRemoteImages, allowed); }
int Settings::refreshMinutes() { return QSettings().value(kRefresh, 60).toInt(); }
void Settings::setRefreshMinutes(int minutes) { QSettings().setValue(kRefresh, minutes); }
QString Settings::dataLocation() { return QSettings().value(kDataLocation).toString(); }
void Settings::setDataLocation(const QString &path) { QSettings().setValue(kDataLocation, path); }
QStringList Settings::savedSearches() { return QSettings().value(kSavedSearches).toStringList(); }
void Settings::setSavedSearches(const QStringList &searches) { QSettings().setValue(kSavedSearches, searches); }

} // namespace veille::app
