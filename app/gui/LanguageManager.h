#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace veille::app {

// Installs Veille's and Qt's own translations for the chosen language and swaps them at
// run time: installing a translator sends QEvent::LanguageChange to every widget, which
// retranslates itself, so no restart is needed.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // code: "fr", "en", or "" for the system language. Returns the language now in use.
    QString apply(const QString &code);
    QString current() const { return m_current; }

    // "fr" or "en": the languages Veille has; anything else falls back to English.
    static QString resolve(const QString &code);
    // Veille's own compiled translation for a resolved language, in the resources: French
    // has every string, English only the plural forms of its "%n ..." strings.
    static QString translationFile(const QString &language);

private:
    QTranslator *m_qt = nullptr;
    QTranslator *m_own = nullptr;
    QString m_current;
};

} // namespace veille::app
