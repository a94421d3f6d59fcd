#include "CompaniesFixture.h"

#include "storage/CompanyArticleStore.h"

using namespace veille;
using veille::test::CompaniesFixture;

namespace {

class CompanyProfileTest : public CompaniesFixture {
protected:
    CompanyProfile profileOf(const QString &name, QDate today = QDate(2026, 12, 6))
    {
        auto p = library().companyProfile(name, today);
        EXPECT_TRUE(p.ok()) << p.errorMessage().toStdString();
        EXPECT_TRUE(p.ok() && p->has_value()) << name.toStdString();
        return p.ok() && p->has_value() ? **p : CompanyProfile();
    }
};

template <typename T>
const T *byName(const QList<T> &list, const QString &name)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const T &x) { return x.name == name; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace

TEST_F(CompanyProfileTest, FoxconnsPageHoldsTheSeedArticleItsAmountItsChairmanAndOpenAI)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    const ArticleId seed = loadDemoAndSeed();
    ASSERT_GT(seed, 0);
    const CompanyProfile p = profileOf(QStringLiteral("foxconn"));
    EXPECT_EQ(p.name, QStringLiteral("Foxconn"));
    EXPECT_FALSE(p.userDefined);
    EXPECT_GE(p.articles, 2); // the seed and the demo's English article
    EXPECT_EQ(p.articles, p.timeline.size());
    EXPECT_TRUE(std::any_of(p.timeline.begin(), p.timeline.end(), [&](const auto &t) { return t.id == seed; }));

    EXPECT_TRUE(std::any_of(p.amounts.begin(), p.amounts.end(), [&](const CompanyProfile::Amount &a) {
        return a.value == 1.4e12 && a.currency == u"USD" && a.articleId == seed && a.sentence.contains(a.text);
    }));
    const CompanyProfile::Person *liu = byName(p.people, QStringLiteral("Young Liu"));
    ASSERT_NE(liu, nullptr);
    EXPECT_FALSE(liu->role.isEmpty());
    EXPECT_TRUE(liu->role.contains(QStringLiteral("Foxconn"), Qt::CaseInsensitive)) << liu->role.toStdString();
    const CompanyProfile::Named *openai = byName(p.coMentioned, QStringLiteral("OpenAI"));
    ASSERT_NE(openai, nullptr);
    EXPECT_GE(openai->articles, 1);
    EXPECT_EQ(byName(p.coMentioned, QStringLiteral("Foxconn")), nullptr); // not mentioned "with" itself
    EXPECT_NE(byName(p.places, QStringLiteral("Wisconsin")), nullptr);
}

TEST_F(CompanyProfileTest, AnAliasAndAnyCaseOpenTheSamePage)
{
    loadDemoAndSeed();
    EXPECT_EQ(profileOf(QStringLiteral("HON HAI")).name, QStringLiteral("Foxconn"));
    EXPECT_EQ(profileOf(QStringLiteral("hon hai")).articles, profileOf(QStringLiteral("Foxconn")).articles);
}

TEST_F(CompanyProfileTest, AnUnknownNameHasNoPage)
{
    loadDemoAndSeed();
    auto p = library().companyProfile(QStringLiteral("Nobody Ltd"), QDate(2026, 12, 6));
    ASSERT_TRUE(p.ok());
    EXPECT_FALSE(p->has_value());
}

TEST_F(CompanyProfileTest, ChartsTwentySixIsoWeeksEndingThisWeek)
{
    const CompanyProfile p = profileOf(QStringLiteral("Foxconn"), QDate(2026, 12, 6));
    ASSERT_EQ(p.weeks.size(), CompanyArticleStore::kWeeks);
    EXPECT_EQ(p.weeks.last().isoWeek, QStringLiteral("2026-W49"));
    EXPECT_EQ(p.weeks.last().monday, QDate(2026, 11, 30));
    EXPECT_EQ(p.weeks.first().monday, QDate(2026, 11, 30).addDays(-7 * 25));
    for (qsizetype i = 1; i < p.weeks.size(); ++i)
        EXPECT_EQ(p.weeks[i - 1].monday.addDays(7), p.weeks[i].monday);
    // A year that begins on a Thursday has 53 weeks: its last is W53.
    const CompanyProfile early = profileOf(QStringLiteral("Foxconn"), QDate(2027, 1, 1));
    EXPECT_EQ(early.weeks.last().isoWeek, QStringLiteral("2026-W53"));
}

TEST_F(CompanyProfileTest, CountsArticlesPerWeekTheTimelineNewestFirstAndTheUnreadOnes)
{
    const QList<ArticleId> ids = importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    ASSERT_TRUE(book().backfill(*book().addUserCompany(acme())).ok());
    ASSERT_TRUE(library().states().setRead(ids[0], true).ok());

    const CompanyProfile p = profileOf(QStringLiteral("acme"), QDate(2026, 12, 6));
    EXPECT_TRUE(p.userDefined);
    EXPECT_EQ(p.aliases, QStringList{QStringLiteral("Acme")});
    EXPECT_EQ(p.articles, 2);
    EXPECT_EQ(p.unread, 1);
    ASSERT_EQ(p.timeline.size(), 2);
    EXPECT_EQ(p.timeline[0].id, ids[1]); // 2 December before 1 December
    EXPECT_EQ(p.timeline[1].id, ids[0]);
    EXPECT_TRUE(p.timeline[1].read);
    EXPECT_EQ(p.timeline[0].feed, QStringLiteral("Robotique Hebdo"));
    EXPECT_EQ(p.timeline[0].published, QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC));
    EXPECT_EQ(p.weeks.last().articles, 2);
    int charted = 0;
    for (const CompanyProfile::Week &w : p.weeks)
        charted += w.articles;
    EXPECT_EQ(charted, 2);

    ASSERT_EQ(p.amounts.size(), 1);
    EXPECT_EQ(p.amounts[0].value, 4e7);
    EXPECT_EQ(p.amounts[0].currency, QStringLiteral("EUR"));
    EXPECT_TRUE(p.amounts[0].sentence.startsWith(QStringLiteral("Acme Robotics investira 40 millions d'euros")))
        << p.amounts[0].sentence.toStdString();
    EXPECT_TRUE(p.amounts[0].sentence.endsWith(QStringLiteral("la société."))) << p.amounts[0].sentence.toStdString();
    EXPECT_NE(byName(p.places, QStringLiteral("Lyon")), nullptr);
}

TEST_F(CompanyProfileTest, KnowsWhetherTheCompanyIsFollowed)
{
    EXPECT_FALSE(profileOf(QStringLiteral("Foxconn")).followed);
    ASSERT_TRUE(book().follow(FollowedItem::Kind::Company, QStringLiteral("hon hai")).ok());
    EXPECT_TRUE(profileOf(QStringLiteral("Foxconn")).followed);
}
