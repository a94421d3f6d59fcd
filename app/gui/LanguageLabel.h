#pragma once

#include <QCoreApplication>
#include <QString>

namespace veille::app {

// How the window names an article's language (ArticleBuilder::chooseLanguage's codes): a
// short label for the list's column, a phrase for the pane's line of details. "other" is a
// text whose language could not be told; it is never shown as French or English.
class LanguageLabel {
    Q_DECLARE_TR_FUNCTIONS(veille::app::LanguageLabel)
public:
    // "FR", "PT", "other"; empty for an article stored without a language.
    static QString shortLabel(const QString &code);
    // "French", "Portuguese", "another language"; a rarer declared code by Qt's own name.
    static QString name(const QString &code);
    // "in Portuguese", "in another language": the pane's details.
    static QString inLanguage(const QString &code);
};

} // namespace veille::app
