#include <QSignalSpy>

#include "GuiTestSupport.h"
#include "gui/ArticlePane.h"
#include "gui/CompanyPage.h"
#include "gui/ReadingArea.h"

using namespace veille;
using namespace veille::app;

namespace {

using Place = ReadingArea::Place;

// Opens what Back and Forward ask for, as the window does.
class ReadingAreaTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::guiApp();
        m_area = std::make_unique<ReadingArea>(new ArticlePane, new CompanyPage);
        QObject::connect(m_area.get(), &ReadingArea::placeRequested, m_area.get(), [this](const Place &p) {
            m_asked << p;
            if (p.article)
                m_area->showArticle(p.article);
            else
                m_area->showCompany(p.company);
        });
    }
    std::unique_ptr<ReadingArea> m_area;
    QList<Place> m_asked;
};

} // namespace

TEST_F(ReadingAreaTest, BackFromACompanyPageReturnsToTheArticleItWasOpenedFrom)
{
    m_area->showArticle(7);
    m_area->showCompany(QStringLiteral("Foxconn"));
    EXPECT_TRUE(m_area->showsCompany());
    ASSERT_TRUE(m_area->canGoBack());
    m_area->back();
    EXPECT_FALSE(m_area->showsCompany());
    ASSERT_EQ(m_asked.size(), 1);
    EXPECT_EQ(m_asked.first().article, 7);
    EXPECT_EQ(m_area->history().size(), 2) << "going back records nothing";
    EXPECT_TRUE(m_area->canGoForward());
    m_area->forward();
    EXPECT_TRUE(m_area->showsCompany());
    EXPECT_EQ(m_asked.last().company, QStringLiteral("Foxconn"));
}

TEST_F(ReadingAreaTest, ANewPlaceAfterGoingBackDropsTheForwardOnes)
{
    m_area->showArticle(1);
    m_area->showCompany(QStringLiteral("Foxconn"));
    m_area->showCompany(QStringLiteral("OpenAI"));
    m_area->back();
    m_area->showArticle(2);
    EXPECT_FALSE(m_area->canGoForward());
    ASSERT_EQ(m_area->history().size(), 3);
    EXPECT_EQ(m_area->history().last().article, 2);
}

TEST_F(ReadingAreaTest, ShowingThePlaceAlreadyShownRecordsItOnce)
{
    m_area->showArticle(1);
    m_area->showArticle(1);
    m_area->showCompany(QStringLiteral("Foxconn"));
    m_area->showCompany(QStringLiteral("Foxconn"));
    EXPECT_EQ(m_area->history().size(), 2);
}

TEST_F(ReadingAreaTest, ThePagesBackButtonFollowsTheHistory)
{
    auto *back = m_area->page()->findChild<QWidget *>(QStringLiteral("companyBack"));
    ASSERT_NE(back, nullptr);
    m_area->showCompany(QStringLiteral("Foxconn"));
    EXPECT_FALSE(back->isEnabled()) << "nothing before the first place";
    m_area->showCompany(QStringLiteral("OpenAI"));
    EXPECT_TRUE(back->isEnabled());
}
