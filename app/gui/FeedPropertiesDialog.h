#pragma once

#include <QDialog>

#include "model/Feed.h"
#include "model/Result.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace veille {
class Library;
}

namespace veille::app {

// What a feed's Properties dialog shows and changes.
struct FeedProperties {
    QString title;
    QString url;
    QString folder;
    int intervalMinutes = 0; // 0: the refresh interval of the settings
    int keepDays = 0;        // 0: any age
    int keepCount = 0;       // 0: any number; favourites are always kept
    bool fullText = false;   // fetch the page of items that carry only a summary
    bool ofAccount = false;  // a sync account's feed: the server owns its address
    std::optional<bool> images; // remote images while reading; none: as in the settings
    bool offlineImages = false; // keep every new article's pictures, not only favourites'
    friend bool operator==(const FeedProperties &, const FeedProperties &) = default;
};

// A feed's own settings in the window: its name, address, folder, refresh interval,
// how long its articles are kept, whether summaries are completed from their page, whether
// remote images load and whether every article's pictures are kept for reading offline.
// The same settings as `veille-cli feed ID --set`, on FeedStore.
class FeedPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    // `webFeed`: the address may be edited (a feed read from a file keeps its path).
    FeedPropertiesDialog(const FeedProperties &values, bool webFeed, QWidget *parent = nullptr);

    FeedProperties values() const;

    static Result<FeedProperties> read(Library &library, FeedId id);
    // All or nothing, in one transaction. A new address must be a web one (NotAWebAddress).
    static Result<void> write(Library &library, FeedId id, const FeedProperties &values);

private:
    QLineEdit *m_title = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QSpinBox *m_keepCount = nullptr;
    QCheckBox *m_fullText = nullptr;
    bool m_ofAccount = false;
    QComboBox *m_images = nullptr;
    QCheckBox *m_offlineImages = nullptr;
};

} // namespace veille::app
