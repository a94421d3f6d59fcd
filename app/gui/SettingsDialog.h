#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace veille::app {

// Preferences: language, refresh interval, remote images, highlighting, data location.
// Reads Settings when opened and writes them on OK; the window applies what changed.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void save() const;

private:
    void chooseLocation();

    QComboBox *m_language = nullptr;
    QSpinBox *m_refresh = nullptr;
    QCheckBox *m_images = nullptr;
    QCheckBox *m_highlight = nullptr;
    QLineEdit *m_location = nullptr;
};

} // namespace veille::app
