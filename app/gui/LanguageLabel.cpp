#include "gui/LanguageLabel.h"

#include <QLocale>

namespace veille::app {

QString LanguageLabel::shortLabel(const QString &code)
{
    if (code == u"other")
        //: List column: an article whose language could not be told.
        return tr("other", "language");
    return code.toUpper();
}

QString LanguageLabel::name(const QString &code)
{
    if (code == u"fr")
        return tr("French");
    if (code == u"en")
        return tr("English");
    if (code == u"de")
        return tr("German");
    if (code == u"es")
        return tr("Spanish");
    if (code == u"pt")
        return tr("Portuguese");
    if (code == u"it")
        return tr("Italian");
    if (code == u"nl")
        return tr("Dutch");
    if (code.isEmpty() || code == u"other")
        return tr("another language");
    // A code a feed declared: Qt knows its (English) name.
    const QLocale::Language language = QLocale::codeToLanguage(code);
    return language == QLocale::AnyLanguage ? code : QLocale::languageToString(language);
}

QString LanguageLabel::inLanguage(const QString &code)
{
    if (code == u"fr")
        return tr("in French");
    if (code == u"en")
        return tr("in English");
    if (code.isEmpty() || code == u"other")
        return tr("in another language");
    //: The language of an article in the pane's details: "in Portuguese", "in Russian".
    return tr("in %1").arg(name(code));
}

} // namespace veille::app
