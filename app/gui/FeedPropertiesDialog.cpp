#include "gui/FeedPropertiesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "storage/Database.h"
#include "storage/FeedStore.h"
#include "text/AddressPolicy.h"
#include "update/Library.h"

namespace veille::app {

namespace {

// A week of minutes, ten years of days, a hundred thousand articles: beyond is "always".
constexpr int kMaxInterval = 7 * 24 * 60;
constexpr int kMaxDays = 3650;
constexpr int kMaxCount = 100000;

QSpinBox *spinBox(int max, const QString &suffix, const QString &zero, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setSuffix(suffix);
    box->setSpecialValueText(zero);
    box->setValue(value);
    return box;
}

} // namespace

FeedPropertiesDialog::FeedPropertiesDialog(const FeedProperties &values, bool webFeed, QWidget *parent)
    : QDialog(parent), m_ofAccount(values.ofAccount)
{
    setWindowTitle(tr("Feed properties"));
    m_title = new QLineEdit(values.title, this);
    m_url = new QLineEdit(values.url, this);
    m_url->setReadOnly(!webFeed);
    m_folder = new QLineEdit(values.folder, this);
    //: Placeholder of the folder field: folders nest with a slash.
    m_folder->setPlaceholderText(tr("None (Folder/Subfolder)"));
    //: After a number of minutes (keep the leading space).
    m_interval = spinBox(kMaxInterval, tr(" min"), tr("As in the settings"), values.intervalMinutes, this);
    //: After a number of days (keep the leading space).
    m_keepDays = spinBox(kMaxDays, tr(" days"), tr("Any age"), values.keepDays, this);
    //: After a number of articles (keep the leading space).
    m_keepCount = spinBox(kMaxCount, tr(" articles"), tr("Any number"), values.keepCount, this);
    m_fullText = new QCheckBox(tr("Fetch the whole article when the feed gives only a summary"), this);
    m_fullText->setChecked(values.fullText);
    m_images = new QComboBox(this);
    m_images->setObjectName(QStringLiteral("images"));
    m_images->addItem(tr("As in the settings"), QVariant());
    m_images->addItem(tr("Load them"), true);
    m_images->addItem(tr("Never load them"), false);
    m_images->setCurrentIndex(!values.images ? 0 : *values.images ? 1 : 2);
    m_offlineImages = new QCheckBox(tr("Keep the pictures of every new article for reading offline"), this);
    m_offlineImages->setObjectName(QStringLiteral("offlineImages"));
    m_offlineImages->setChecked(values.offlineImages);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_title);
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("Folder:"), m_folder);
    form->addRow(tr("Refresh every:"), m_interval);
    form->addRow(tr("Keep articles for:"), m_keepDays);
    form->addRow(tr("Keep at most:"), m_keepCount);
    form->addRow(QString(), m_fullText);
    form->addRow(tr("Images from the web:"), m_images);
    form->addRow(QString(), m_offlineImages);
    auto *note = new QLabel(tr("Favourites are always kept, with their pictures for reading offline."), this);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

FeedProperties FeedPropertiesDialog::values() const
{
    FeedProperties v;
    v.title = m_title->text().simplified();
    v.url = m_url->text().trimmed();
    v.folder = m_folder->text().trimmed();
    v.intervalMinutes = m_interval->value();
    v.keepDays = m_keepDays->value();
    v.keepCount = m_keepCount->value();
    v.fullText = m_fullText->isChecked();
    v.ofAccount = m_ofAccount;
    const QVariant images = m_images->currentData();
    v.images = images.isValid() ? std::optional<bool>(images.toBool()) : std::nullopt;
    v.offlineImages = m_offlineImages->isChecked();
    return v;
}

Result<FeedProperties> FeedPropertiesDialog::read(Library &library, FeedId id)
{
    FeedStore &feeds = library.feeds();
    VEILLE_TRY_ASSIGN(const std::optional<Feed> feed, feeds.feed(id));
    if (!feed)
        return makeError(ErrorCode::FeedNotFound, id);
    VEILLE_TRY_ASSIGN(const RetentionPolicy policy, feeds.retention(id));
    FeedProperties v;
    v.title = feed->title;
    v.url = feed->address();
    v.ofAccount = feed->account != 0;
    v.folder = feed->folder;
    v.intervalMinutes = feed->updateIntervalMinutes;
    v.keepDays = policy.maxAgeDays;
    v.keepCount = policy.maxCount;
    v.fullText = feed->fullText;
    v.images = feed->images;
    v.offlineImages = feed->offlineImages;
    return v;
}

Result<void> FeedPropertiesDialog::write(Library &library, FeedId id, const FeedProperties &values)
{
    VEILLE_TRY_ASSIGN(const FeedProperties before, read(library, id));
    const bool moved = values.url != before.url;
    if (moved && !AddressPolicy::isWeb(QUrl(values.url)))
        return makeError(ErrorCode::NotAWebAddress, values.url);
    return library.call([&](Library &writer) {
        FeedStore &feeds = writer.feeds();
        return writer.database().transaction([&]() -> Result<void> {
        if (values.title != before.title)
            VEILLE_TRY(feeds.setTitle(id, values.title));
        if (moved)
            VEILLE_TRY(feeds.setUrl(id, values.url));
        VEILLE_TRY(feeds.setFolder(id, values.folder));
        VEILLE_TRY(feeds.setUpdateInterval(id, values.intervalMinutes));
        VEILLE_TRY(feeds.setRetention(id, {values.keepDays, values.keepCount}));
        VEILLE_TRY(feeds.setImages(id, values.images));
        VEILLE_TRY(feeds.setOfflineImages(id, values.offlineImages));
        return feeds.setFullText(id, values.fullText);
        });
    }, Lane::Priority);
}

} // namespace veille::app
