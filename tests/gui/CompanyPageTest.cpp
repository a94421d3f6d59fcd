#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "GuiTestSupport.h"
#include "gui/CompanyPage.h"
#include "gui/LanguageManager.h"
#include "gui/WeekChart.h"

using namespace veille;
using namespace veille::app;

namespace {

CompanyProfile foxconn()
{
    CompanyProfile p;
    p.name = QStringLiteral("Foxconn");
    p.aliases = {QStringLiteral("Hon Hai")};
    p.followed = false;
    p.articles = 3;
    p.unread = 2;
    const QDate monday(2026, 6, 1);
    for (int i = 0; i < 26; ++i) {
        CompanyProfile::Week w;
        w.monday = monday.addDays(7 * i);
        w.isoWeek = QStringLiteral("2026-W%1").arg(23 + i);
        w.articles = i == 24 ? 2 : i == 25 ? 1 : 0;
        p.weeks << w;
    }
    const QDateTime lastWeek(monday.addDays(7 * 25 + 2), QTime(9, 0), Qt::UTC);
    const QDateTime weekBefore(monday.addDays(7 * 24 + 1), QTime(9, 0), Qt::UTC);
    p.timeline = {{11, QStringLiteral("OpenAI et Foxconn s'associent"), QStringLiteral("Le Monde"), lastWeek, false},
                  {12, QStringLiteral("Foxconn earnings"), QStringLiteral("Reuters"), weekBefore, true},
                  {13, QStringLiteral("Foxconn in Wisconsin"), QString(), weekBefore.addSecs(3600), false}};
    p.amounts = {{1.4e12, QStringLiteral("USD"), QStringLiteral("1 400 milliards de dollars"),
                  QStringLiteral("Un plan de 1 400 milliards de dollars."), 11, lastWeek},
                 {5e6, QStringLiteral("EUR"), QStringLiteral("5 millions d'euros"), QStringLiteral("Cinq millions."), 12, weekBefore},
                 {3e9, QStringLiteral("USD"), QStringLiteral("$3 billion"), QStringLiteral("Three billion."), 13, weekBefore}};
    p.people = {{QStringLiteral("Young Liu"), QStringLiteral("président de Foxconn"), 2}, {QStringLiteral("Sam Altman"), QString(), 1}};
    p.coMentioned = {{QStringLiteral("OpenAI"), 2}, {QStringLiteral("Apple"), 1}};
    p.places = {{QStringLiteral("Taïwan"), 2}};
    return p;
}

QStringList column(QTreeWidget *tree, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(column);
    return out;
}

class CompanyPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_languages.apply(QStringLiteral("en"));
        m_page.resize(1100, 600);
        m_page.setProfile(foxconn());
        m_page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_page));
    }
    void TearDown() override { m_languages.apply(QStringLiteral("en")); }

    // First: the page is a widget, made with the fixture, and needs the application.
    QApplication &m_app = test::guiApp();
    LanguageManager m_languages;
    CompanyPage m_page;
};

} // namespace

TEST_F(CompanyPageTest, ShowsTheNameAliasesAndCounts)
{
    EXPECT_EQ(m_page.findChild<QLabel *>(QStringLiteral("companyName"))->text(), QStringLiteral("Foxconn"));
    bool found = false;
    for (QLabel *label : m_page.findChildren<QLabel *>())
        found = found || (label->text().contains(QStringLiteral("Also known as Hon Hai")) && label->text().contains(QStringLiteral("3 articles"))
                          && label->text().contains(QStringLiteral("2 unread articles")));
    EXPECT_TRUE(found);
    EXPECT_EQ(m_page.followButton()->text(), QStringLiteral("Follow"));
}

TEST_F(CompanyPageTest, TheTimelineListsTheArticlesNewestFirstWithUnreadOnesInBold)
{
    EXPECT_EQ(column(m_page.timeline(), 0), (QStringList{QStringLiteral("OpenAI et Foxconn s'associent"), QStringLiteral("Foxconn earnings"),
                                                         QStringLiteral("Foxconn in Wisconsin")}));
    EXPECT_EQ(m_page.timeline()->topLevelItem(0)->text(1), QStringLiteral("Le Monde"));
    EXPECT_TRUE(m_page.timeline()->topLevelItem(0)->font(0).bold());
    EXPECT_FALSE(m_page.timeline()->topLevelItem(1)->font(0).bold());
}

TEST_F(CompanyPageTest, ClickingATimelineRowAsksForItsArticle)
{
    QSignalSpy chosen(&m_page, &CompanyPage::articleChosen);
    QTreeWidget *t = m_page.timeline();
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualItemRect(t->topLevelItem(1)).center());
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.first().first().toLongLong(), 12);
}

TEST_F(CompanyPageTest, AmountsAreWrittenForTheInterfaceLanguageAndSortByValue)
{
    QTreeWidget *a = m_page.amounts();
    EXPECT_EQ(column(a, 0).first(), QStringLiteral("$1.4 trillion")) << "largest first";
    m_page.amounts()->sortByColumn(0, Qt::AscendingOrder);
    EXPECT_EQ(column(a, 0), (QStringList{QStringLiteral("€5 million"), QStringLiteral("$3 billion"), QStringLiteral("$1.4 trillion")}));
    EXPECT_EQ(a->topLevelItem(2)->text(2), QStringLiteral("Un plan de 1 400 milliards de dollars."));
    m_page.amounts()->sortByColumn(1, Qt::DescendingOrder);
    EXPECT_EQ(a->topLevelItem(0)->text(0), QStringLiteral("$1.4 trillion")) << "newest first by date";

    m_languages.apply(QStringLiteral("fr"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    // French groups thousands with a narrow no-break space: "1 400 Md$".
    EXPECT_EQ(column(a, 0).filter(QStringLiteral("Md$")).filter(QStringLiteral("400")).size(), 1)
        << column(a, 0).join(QLatin1Char('|')).toStdString();
}

TEST_F(CompanyPageTest, PeopleShowTheirRoleAndArticleCount)
{
    EXPECT_EQ(m_page.people()->topLevelItem(0)->text(0), QStringLiteral("Young Liu — président de Foxconn"));
    EXPECT_EQ(m_page.people()->topLevelItem(0)->text(1), QStringLiteral("2"));
    EXPECT_EQ(m_page.people()->topLevelItem(1)->text(0), QStringLiteral("Sam Altman")) << "no dash without a role";
}

TEST_F(CompanyPageTest, ClickingACompanyMentionedWithItAsksForItsPageButAPlaceDoesNot)
{
    QSignalSpy chosen(&m_page, &CompanyPage::companyChosen);
    QTreeWidget *r = m_page.related();
    QTreeWidgetItem *companies = r->topLevelItem(0);
    QTreeWidgetItem *places = r->topLevelItem(1);
    ASSERT_EQ(companies->child(0)->text(0), QStringLiteral("OpenAI"));
    ASSERT_EQ(places->child(0)->text(0), QStringLiteral("Taïwan"));
    QTest::mouseClick(r->viewport(), Qt::LeftButton, {}, r->visualItemRect(companies->child(0)).center());
    QTest::mouseClick(r->viewport(), Qt::LeftButton, {}, r->visualItemRect(places->child(0)).center());
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.first().first().toString(), QStringLiteral("OpenAI"));
}

TEST_F(CompanyPageTest, ClickingABarListsOnlyThatWeeksArticlesUntilEveryWeekIsAskedFor)
{
    WeekChart *chart = m_page.chart();
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(24).center());
    EXPECT_EQ(m_page.shownWeek(), 24);
    EXPECT_EQ(column(m_page.timeline(), 0), (QStringList{QStringLiteral("Foxconn earnings"), QStringLiteral("Foxconn in Wisconsin")}));
    m_page.showWeek(-1);
    EXPECT_EQ(m_page.timeline()->topLevelItemCount(), 3);
}

TEST_F(CompanyPageTest, TheFollowButtonAsksForTheOppositeOfTheCurrentState)
{
    QSignalSpy follow(&m_page, &CompanyPage::followChanged);
    m_page.followButton()->click();
    ASSERT_EQ(follow.size(), 1);
    EXPECT_TRUE(follow.first().at(1).toBool());
    CompanyProfile followed = foxconn();
    followed.followed = true;
    m_page.setProfile(followed);
    EXPECT_EQ(m_page.followButton()->text(), QStringLiteral("Unfollow"));
    m_page.followButton()->click();
    EXPECT_FALSE(follow.last().at(1).toBool());
}

TEST_F(CompanyPageTest, EditAndRemoveAreOfferedOnlyForTheUsersOwnCompanies)
{
    auto buttonNamed = [this](const QString &text) {
        for (QPushButton *b : m_page.findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return static_cast<QPushButton *>(nullptr);
    };
    ASSERT_NE(buttonNamed(QStringLiteral("Edit…")), nullptr);
    EXPECT_FALSE(buttonNamed(QStringLiteral("Edit…"))->isVisible());
    CompanyProfile own = foxconn();
    own.userDefined = true;
    m_page.setProfile(own);
    EXPECT_TRUE(buttonNamed(QStringLiteral("Edit…"))->isVisible());
    EXPECT_TRUE(buttonNamed(QStringLiteral("Remove"))->isVisible());
}

TEST(WeekChart, ABarIsFoundUnderTheMouseAndTallerBarsHoldMoreArticles)
{
    test::guiApp();
    WeekChart chart;
    chart.resize(520, 130);
    chart.setWeeks(foxconn().weeks);
    EXPECT_EQ(chart.weekAt(chart.barRect(0).center()), 0);
    EXPECT_EQ(chart.weekAt(chart.barRect(25).center()), 25);
    EXPECT_EQ(chart.weekAt(QPoint(2, 2)), -1) << "the axis is no week";
    EXPECT_LT(chart.barRect(0).right(), chart.barRect(1).left());
    const QImage picture = chart.grab().toImage();
    EXPECT_FALSE(picture.isNull());
}
