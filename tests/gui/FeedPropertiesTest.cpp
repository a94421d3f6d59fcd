// A feed's Properties dialog: what it shows is what the library holds, what it writes is
// read back the same by the window and by `veille-cli feed`, and a bad address changes
// nothing.
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

#include "GuiTestSupport.h"
#include "gui/FeedPropertiesDialog.h"
#include "gui/LanguageManager.h"
#include "storage/FeedStore.h"

using namespace veille;
using namespace veille::app;

namespace {

class FeedPropertiesTest : public test::EmptyLibrary {
protected:
    void SetUp() override
    {
        test::EmptyLibrary::SetUp();
        auto id = m_library->call([&](Library &writer) { return writer.feeds().ensure(QStringLiteral("https://example.org/feed.xml"), QStringLiteral("Exemple"),
                                            QStringLiteral("https://example.org/")); });
        ASSERT_TRUE(id.ok());
        m_id = *id;
        ASSERT_TRUE(m_library->call([&](Library &writer) { return writer.feeds().ensure(QStringLiteral("https://other.example/rss"), QStringLiteral("Autre"), QString()); }).ok());
    }

    FeedId m_id = 0;
};

} // namespace

TEST_F(FeedPropertiesTest, ANewFeedShowsItsNameAddressAndDefaults)
{
    const auto values = FeedPropertiesDialog::read(*m_library, m_id);
    ASSERT_TRUE(values.ok());
    EXPECT_EQ(values->title, QStringLiteral("Exemple"));
    EXPECT_EQ(values->url, QStringLiteral("https://example.org/feed.xml"));
    EXPECT_EQ(values->folder, QString());
    EXPECT_EQ(values->intervalMinutes, 0);
    EXPECT_EQ(values->keepDays, 0);
    EXPECT_EQ(values->keepCount, 0);
    EXPECT_FALSE(values->fullText);
}

TEST_F(FeedPropertiesTest, WhatIsWrittenIsReadBackAndReachesTheFeedStore)
{
    FeedProperties changed;
    changed.title = QStringLiteral("Mon exemple");
    changed.url = QStringLiteral("https://example.org/new-feed.xml");
    changed.folder = QStringLiteral("Presse/Économie");
    changed.intervalMinutes = 90;
    changed.keepDays = 30;
    changed.keepCount = 500;
    changed.fullText = true;
    ASSERT_TRUE(FeedPropertiesDialog::write(*m_library, m_id, changed).ok());
    EXPECT_EQ(*FeedPropertiesDialog::read(*m_library, m_id), changed);
    const RetentionPolicy policy = *m_library->feeds().retention(m_id);
    EXPECT_EQ(policy.maxAgeDays, 30);
    EXPECT_EQ(policy.maxCount, 500);
}

TEST_F(FeedPropertiesTest, AnAddressThatIsNotAWebOneOrIsAnotherFeedsChangesNothing)
{
    const FeedProperties before = *FeedPropertiesDialog::read(*m_library, m_id);
    FeedProperties changed = before;
    changed.keepDays = 7;
    changed.url = QStringLiteral("file:///etc/passwd");
    const auto refused = FeedPropertiesDialog::write(*m_library, m_id, changed);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotAWebAddress);
    changed.url = QStringLiteral("https://other.example/rss");
    EXPECT_FALSE(FeedPropertiesDialog::write(*m_library, m_id, changed).ok()) << "two feeds cannot share an address";
    EXPECT_EQ(*FeedPropertiesDialog::read(*m_library, m_id), before) << "all or nothing";
}

TEST_F(FeedPropertiesTest, TheDialogGivesBackWhatItsFieldsHold)
{
    const FeedProperties before = *FeedPropertiesDialog::read(*m_library, m_id);
    FeedPropertiesDialog dialog(before, true);
    EXPECT_EQ(dialog.values(), before);
    dialog.findChildren<QLineEdit *>().at(0)->setText(QStringLiteral("  Nouveau   nom "));
    const auto boxes = dialog.findChildren<QSpinBox *>();
    ASSERT_EQ(boxes.size(), 3);
    boxes.at(1)->setValue(14);
    dialog.findChild<QCheckBox *>()->setChecked(true);
    const FeedProperties after = dialog.values();
    EXPECT_EQ(after.title, QStringLiteral("Nouveau nom"));
    EXPECT_EQ(after.keepDays, 14);
    EXPECT_TRUE(after.fullText);
    EXPECT_EQ(after.url, before.url);
}

TEST_F(FeedPropertiesTest, AFeedReadFromAFileKeepsItsPath)
{
    FeedPropertiesDialog dialog(FeedProperties{QStringLiteral("Fichier"), QStringLiteral("file:///tmp/feed.xml")}, false);
    EXPECT_TRUE(dialog.findChildren<QLineEdit *>().at(1)->isReadOnly());
}

TEST_F(FeedPropertiesTest, RemoteImagesFollowTheSettingsUntilTheFeedSaysOtherwise)
{
    const FeedProperties before = *FeedPropertiesDialog::read(*m_library, m_id);
    EXPECT_FALSE(before.images.has_value());
    EXPECT_FALSE(before.offlineImages);
    for (const std::optional<bool> images : {std::optional<bool>(true), std::optional<bool>(false), std::optional<bool>()}) {
        FeedProperties changed = before;
        changed.images = images;
        ASSERT_TRUE(FeedPropertiesDialog::write(*m_library, m_id, changed).ok());
        EXPECT_EQ(FeedPropertiesDialog::read(*m_library, m_id)->images, images);
        EXPECT_EQ(*m_library->feeds().images(m_id), images);
    }
}

TEST_F(FeedPropertiesTest, KeepingEveryArticlesPicturesIsWrittenAndReadBack)
{
    FeedProperties changed = *FeedPropertiesDialog::read(*m_library, m_id);
    changed.offlineImages = true;
    ASSERT_TRUE(FeedPropertiesDialog::write(*m_library, m_id, changed).ok());
    EXPECT_TRUE(FeedPropertiesDialog::read(*m_library, m_id)->offlineImages);
    EXPECT_TRUE((*m_library->feeds().feed(m_id))->offlineImages);
}

TEST_F(FeedPropertiesTest, TheDialogShowsAndGivesBackTheImageChoices)
{
    FeedProperties values = *FeedPropertiesDialog::read(*m_library, m_id);
    values.images = false;
    values.offlineImages = true;
    FeedPropertiesDialog dialog(values, true);
    auto *images = dialog.findChild<QComboBox *>(QStringLiteral("images"));
    auto *offline = dialog.findChild<QCheckBox *>(QStringLiteral("offlineImages"));
    ASSERT_TRUE(images && offline);
    EXPECT_EQ(images->count(), 3);
    EXPECT_EQ(images->currentIndex(), 2);
    EXPECT_TRUE(offline->isChecked());
    EXPECT_EQ(dialog.values(), values);
    images->setCurrentIndex(1);
    EXPECT_EQ(dialog.values().images, std::optional<bool>(true));
    images->setCurrentIndex(0);
    EXPECT_FALSE(dialog.values().images.has_value());
    offline->setChecked(false);
    EXPECT_FALSE(dialog.values().offlineImages);
}

// Not a check: the pictures of docs/screenshots, made when VEILLE_SCREENSHOT_DIR names a
// folder (`VEILLE_SCREENSHOT_DIR=docs/screenshots test_gui --gtest_filter=*Screenshot*`).
TEST_F(FeedPropertiesTest, ScreenshotOfTheDialogInFrenchAndEnglish)
{
    const QString dir = qEnvironmentVariable("VEILLE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "VEILLE_SCREENSHOT_DIR is not set";
    LanguageManager languages;
    FeedProperties values = *FeedPropertiesDialog::read(*m_library, m_id);
    values.folder = QStringLiteral("Presse/Économie");
    values.keepDays = 90;
    values.images = false;
    values.offlineImages = true;
    for (const QString language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        languages.apply(language);
        FeedPropertiesDialog dialog(values, true);
        dialog.resize(560, dialog.sizeHint().height());
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        EXPECT_TRUE(dialog.grab().save(dir + QStringLiteral("/veille-") + language + QStringLiteral("-feed-properties.png")));
    }
    languages.apply(QStringLiteral("en"));
}
