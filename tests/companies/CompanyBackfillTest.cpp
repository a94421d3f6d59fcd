#include "CompaniesFixture.h"

#include "storage/Database.h"
#include "update/CompanyBackfill.h"

using namespace veille;
using veille::test::CompaniesFixture;

namespace {

class CompanyBackfillTest : public CompaniesFixture {
protected:
    bool namesAcme(ArticleId id)
    {
        auto facts = library().facts(id);
        EXPECT_TRUE(facts.ok());
        for (const Entity &e : facts->entities) {
            if (e.type == EntityType::Company && e.name == u"Acme Robotics")
                return e.origin == EntityOrigin::User;
        }
        return false;
    }
};

} // namespace

TEST_F(CompanyBackfillTest, AddingACompanyFindsItInArticlesAlreadyStored)
{
    const QList<ArticleId> ids = importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    ASSERT_EQ(ids.size(), 3);
    EXPECT_TRUE(searchIds(QStringLiteral("company:acme")).isEmpty());

    auto names = book().addUserCompany(acme());
    ASSERT_TRUE(names.ok());
    auto done = book().backfill(*names);
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    EXPECT_EQ(*done, 2); // the third article names no Acme: not read again

    EXPECT_EQ(searchIds(QStringLiteral("company:acme")), (QList<ArticleId>{ids[0], ids[1]}));
    EXPECT_EQ(searchIds(QStringLiteral("company:\"acme robotics\"")), (QList<ArticleId>{ids[0], ids[1]}));
    EXPECT_TRUE(namesAcme(ids[0]));
    EXPECT_TRUE(namesAcme(ids[1]));
    EXPECT_FALSE(namesAcme(ids[2]));
}

TEST_F(CompanyBackfillTest, RemovingTheCompanyUndoesIt)
{
    const QList<ArticleId> ids = importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    ASSERT_TRUE(book().backfill(*book().addUserCompany(acme())).ok());
    ASSERT_EQ(searchIds(QStringLiteral("company:acme")).size(), 2);

    auto names = book().removeUserCompany(QStringLiteral("ACME ROBOTICS"));
    ASSERT_TRUE(names.ok());
    ASSERT_TRUE(book().backfill(*names).ok());
    EXPECT_TRUE(searchIds(QStringLiteral("company:acme")).isEmpty());
    EXPECT_FALSE(namesAcme(ids[0]));
    EXPECT_FALSE(namesAcme(ids[1]));
    // The engine still finds "Acme Robotics" by itself in the first article (a legal
    // context: "a annoncé la société"); the company is no longer the user's, and "Acme"
    // alone no longer stands for it.
    auto left = book().resolve(QStringLiteral("Acme Robotics"));
    ASSERT_TRUE(left.ok());
    if (left->has_value())
        EXPECT_FALSE((*left)->userDefined);
    EXPECT_FALSE(book().resolve(QStringLiteral("Acme"))->has_value());
}

TEST_F(CompanyBackfillTest, AnEditedAliasFollowsInTheArticles)
{
    const QList<ArticleId> ids = importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    // Without the alias, the article that only says "Acme" is not about it.
    ASSERT_TRUE(book().backfill(*book().addUserCompany(UserCompany{QStringLiteral("Acme Robotics"), {}, false})).ok());
    EXPECT_EQ(searchIds(QStringLiteral("company:\"acme robotics\"")), QList<ArticleId>{ids[0]});
    auto names = book().updateUserCompany(QStringLiteral("Acme Robotics"), acme());
    ASSERT_TRUE(names.ok());
    ASSERT_TRUE(book().backfill(*names).ok());
    EXPECT_EQ(searchIds(QStringLiteral("company:\"acme robotics\"")), (QList<ArticleId>{ids[0], ids[1]}));
}

TEST_F(CompanyBackfillTest, LaterImportsFindTheCompanyToo)
{
    ASSERT_TRUE(book().addUserCompany(acme()).ok());
    const QList<ArticleId> ids = importData(QStringLiteral("companies/acme-robotics-later.xml"));
    ASSERT_EQ(ids.size(), 2);
    EXPECT_EQ(searchIds(QStringLiteral("company:acme")), ids);
}

TEST_F(CompanyBackfillTest, ReadingAnArticleWithoutFactsFindsTheCompany)
{
    const QList<ArticleId> ids = importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    ASSERT_TRUE(book().addUserCompany(acme()).ok());
    // Facts of another engine version are recomputed on reading, with the user's companies.
    QSqlQuery q(library().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE article_facts SET engine = 0")));
    EXPECT_TRUE(namesAcme(ids[0]));
}

TEST_F(CompanyBackfillTest, TheFactsPassFindsTheCompany)
{
    const QList<ArticleId> ids = importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    ASSERT_TRUE(book().addUserCompany(acme()).ok());
    QSqlQuery q(library().database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE article_facts SET engine = 0")));
    auto done = library().importer().refreshFacts();
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(searchIds(QStringLiteral("company:acme")), (QList<ArticleId>{ids[0], ids[1]}));
}

TEST_F(CompanyBackfillTest, CandidatesComeFromTheFullTextIndex)
{
    const QList<ArticleId> ids = importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    CompanyBackfill backfill(library().database(), engine());
    auto found = backfill.candidates({QStringLiteral("ACMÉ"), QStringLiteral("  "), QStringLiteral("quote\"inside")});
    ASSERT_TRUE(found.ok()) << found.errorMessage().toStdString();
    EXPECT_EQ(*found, (QList<ArticleId>{ids[0], ids[1]}));
}

TEST_F(CompanyBackfillTest, ReportsProgressAndStopsWhenAsked)
{
    // More articles than one batch, each naming the company.
    QString items;
    for (int i = 0; i < CompanyBackfill::kBatch + 20; ++i)
        items += QStringLiteral("<item><guid>g%1</guid><title>Acme Robotics, épisode %1</title>"
                                "<description>Acme Robotics livre le robot numéro %1.</description></item>")
                     .arg(i);
    const QByteArray rss = QStringLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Acme</title>%1</channel></rss>")
                               .arg(items)
                               .toUtf8();
    ASSERT_TRUE(library().importer().importBytes(rss, QUrl(QStringLiteral("file:///acme.rss"))).ok());
    auto names = book().addUserCompany(acme());
    ASSERT_TRUE(names.ok());

    CompanyBackfill backfill(library().database(), engine());
    QList<std::pair<int, int>> steps;
    auto stopped = backfill.run(*names, [&](int done, int total) {
        steps.append({done, total});
        return false;
    });
    ASSERT_TRUE(stopped.ok());
    EXPECT_EQ(*stopped, CompanyBackfill::kBatch);
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps[0], std::make_pair(CompanyBackfill::kBatch, CompanyBackfill::kBatch + 20));

    std::atomic<bool> cancel{true};
    auto cancelled = backfill.run(*names, {}, &cancel);
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(*cancelled, 0);

    steps.clear();
    auto all = backfill.run(*names, [&](int done, int total) {
        steps.append({done, total});
        return true;
    });
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(*all, CompanyBackfill::kBatch + 20);
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(steps.last().first, steps.last().second);
    EXPECT_EQ(searchIds(QStringLiteral("company:acme")).size(), CompanyBackfill::kBatch + 20);
}

TEST_F(CompanyBackfillTest, RunsOnAConnectionOfItsOwn)
{
    const QList<ArticleId> ids = importData(QStringLiteral("companies/acme-robotics-two-articles.xml"));
    auto names = book().addUserCompany(acme());
    ASSERT_TRUE(names.ok());
    // As the window's storage thread does: another connection to the same file.
    auto other = Database::open(m_temp.path(), Access::Write);
    ASSERT_TRUE(other.ok());
    auto done = CompanyBackfill(**other, engine()).run(*names);
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    EXPECT_EQ(*done, 2);
    EXPECT_EQ(searchIds(QStringLiteral("company:acme")), (QList<ArticleId>{ids[0], ids[1]}));
}
