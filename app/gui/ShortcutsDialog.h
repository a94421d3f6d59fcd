#pragma once

#include <QDialog>

namespace veille::app {

// Help › Keyboard shortcuts: every key the window answers to.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // Pairs of (key, what it does), translated; also used by tests.
    static QList<QPair<QString, QString>> shortcuts();
};

} // namespace veille::app
