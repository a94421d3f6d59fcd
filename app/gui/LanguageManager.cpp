#include "gui/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace veille::app {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent)
{
    m_qt = new QTranslator(this);
    m_own = new QTranslator(this);
}

QString LanguageManager::resolve(const QString &code)
{
    const QString name = code.isEmpty() ? QLocale::system().name() : code;
    return name.startsWith(QLatin1String("fr")) ? QStringLiteral("fr") : QStringLiteral("en");
}

QString LanguageManager::translationFile(const QString &language)
{
    return QStringLiteral(":/i18n/veille_") + language + QStringLiteral(".qm");
}

QString LanguageManager::apply(const QString &code)
{
    const QString language = resolve(code);
    QCoreApplication::removeTranslator(m_qt);
    QCoreApplication::removeTranslator(m_own);
    const QLocale locale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                         language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    m_current = language;
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    // Installed last so that it is asked first; it always sends LanguageChange.
    if (m_own->load(translationFile(language)))
        QCoreApplication::installTranslator(m_own);
    return language;
}

} // namespace veille::app
