#include "gui/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "gui/Settings.h"
#include "storage/Database.h"

namespace veille::app {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    //: A language's name stays in that language, so a reader of it finds it.
    m_language->addItem(tr("Français"), QStringLiteral("fr"));
    //: A language's name stays in that language, so a reader of it finds it.
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::language())));

    m_refresh = new QSpinBox(this);
    m_refresh->setRange(0, 24 * 60);
    m_refresh->setSingleStep(15);
    //: After the number of minutes between two refreshes (keep the leading space).
    m_refresh->setSuffix(tr(" min"));
    //: Refresh interval 0: feeds are never refreshed by themselves.
    m_refresh->setSpecialValueText(tr("Never"));
    m_refresh->setValue(Settings::refreshMinutes());

    m_images = new QCheckBox(tr("Load images from the web when reading"), this);
    m_images->setToolTip(tr("Off: opening an article contacts nobody."));
    m_images->setChecked(Settings::remoteImages());
    m_highlight = new QCheckBox(tr("Highlight key facts in the text"), this);
    m_highlight->setChecked(Settings::highlighting());

    m_location = new QLineEdit(Settings::dataLocation(), this);
    m_location->setPlaceholderText(Database::defaultPath());
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseLocation);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    auto *note = new QLabel(tr("A new library location takes effect the next time Veille starts."), this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Refresh feeds every:"), m_refresh);
    //: Label of the options about reading an article.
    form->addRow(tr("Reading:"), m_highlight);
    form->addRow(QString(), m_images);
    form->addRow(tr("Library file:"), locationRow);
    form->addRow(QString(), note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, 300);
}

void SettingsDialog::chooseLocation()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Library file"), m_location->text(),
                                                      tr("Veille library (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_location->setText(path);
}

void SettingsDialog::save() const
{
    Settings::setLanguage(m_language->currentData().toString());
    Settings::setRefreshMinutes(m_refresh->value());
    Settings::setRemoteImages(m_images->isChecked());
    Settings::setHighlighting(m_highlight->isChecked());
    Settings::setDataLocation(m_location->text().trimmed());
}

} // namespace veille::app
