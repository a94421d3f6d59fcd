#include "CompaniesFixture.h"

#include <QSqlQuery>

#include "storage/UserCompanyStore.h"

using namespace veille;
using veille::test::CompaniesFixture;

namespace {

class UserCompanies : public CompaniesFixture {};

} // namespace

TEST_F(UserCompanies, AreStoredWithTheirNamesTidied)
{
    auto added = book().addUserCompany(UserCompany{QStringLiteral("  Kestrel   Drones "),
                                                   {QStringLiteral(" Kestrel "), QString(), QStringLiteral("kestrel drones"),
                                                    QStringLiteral("KESTREL")},
                                                   true});
    ASSERT_TRUE(added.ok()) << added.errorMessage().toStdString();
    EXPECT_EQ(*added, (QStringList{QStringLiteral("Kestrel Drones"), QStringLiteral("Kestrel")}));
    auto all = book().userCompanies();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().name, QStringLiteral("Kestrel Drones"));
    EXPECT_EQ(all->first().aliases, QStringList{QStringLiteral("Kestrel")});
    EXPECT_TRUE(all->first().caseSensitive);
}

TEST_F(UserCompanies, RefuseAnEmptyOrBlankNameAndChangeNothing)
{
    for (const QString &name : {QString(), QStringLiteral("   "), QStringLiteral("\t\n")}) {
        auto added = book().addUserCompany(UserCompany{name, {QStringLiteral("Alias")}, false});
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().code, ErrorCode::CompanyNameEmpty);
    }
    EXPECT_TRUE(book().userCompanies()->isEmpty());
}

TEST_F(UserCompanies, RefuseANameOrAliasOfABuiltInCompany)
{
    auto byName = book().addUserCompany(UserCompany{QStringLiteral("foxconn"), {}, false});
    ASSERT_FALSE(byName.ok());
    EXPECT_EQ(byName.error().code, ErrorCode::CompanyNameTaken);
    EXPECT_EQ(byName.error().detail, QStringLiteral("foxconn"));

    auto byAlias = book().addUserCompany(UserCompany{QStringLiteral("Ma Fonderie"), {QStringLiteral("Hon Hai")}, false});
    ASSERT_FALSE(byAlias.ok());
    EXPECT_EQ(byAlias.error().code, ErrorCode::CompanyNameTaken);
    EXPECT_EQ(byAlias.error().detail, QStringLiteral("Hon Hai"));
    EXPECT_TRUE(book().userCompanies()->isEmpty());
}

TEST_F(UserCompanies, RefuseANameOrAliasAnotherUserCompanyGoesBy)
{
    ASSERT_TRUE(book().addUserCompany(acme()).ok());
    auto sameAlias = book().addUserCompany(UserCompany{QStringLiteral("Acme Foods"), {QStringLiteral("ACMÉ")}, false});
    ASSERT_FALSE(sameAlias.ok());
    EXPECT_EQ(sameAlias.error().code, ErrorCode::CompanyNameTaken);
    auto sameName = book().addUserCompany(UserCompany{QStringLiteral("acme robotics"), {}, false});
    ASSERT_FALSE(sameName.ok());
    EXPECT_EQ(sameName.error().code, ErrorCode::CompanyNameTaken);
    EXPECT_EQ(book().userCompanies()->size(), 1);
}

TEST_F(UserCompanies, CanBeRenamedAndKeepTheirOwnAliasesWhenEdited)
{
    ASSERT_TRUE(book().addUserCompany(acme()).ok());
    auto changed = book().updateUserCompany(QStringLiteral("acme robotics"),
                                            UserCompany{QStringLiteral("Acme Robotique"), {QStringLiteral("Acme")}, false});
    ASSERT_TRUE(changed.ok()) << changed.errorMessage().toStdString();
    EXPECT_TRUE(changed->contains(QStringLiteral("Acme Robotics")));
    EXPECT_TRUE(changed->contains(QStringLiteral("Acme Robotique")));
    ASSERT_EQ(book().userCompanies()->size(), 1);
    EXPECT_EQ(book().userCompanies()->first().name, QStringLiteral("Acme Robotique"));
}

TEST_F(UserCompanies, CannotEditOrRemoveABuiltInOrUnknownCompany)
{
    auto builtin = book().removeUserCompany(QStringLiteral("Foxconn"));
    ASSERT_FALSE(builtin.ok());
    EXPECT_EQ(builtin.error().code, ErrorCode::CompanyNotUserDefined);
    auto unknown = book().updateUserCompany(QStringLiteral("Nobody Ltd"), acme());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::CompanyNotFound);
}

TEST_F(UserCompanies, ResolveByNameOrAliasWithAccentsAndCaseIgnored)
{
    ASSERT_TRUE(book().addUserCompany(UserCompany{QStringLiteral("Société Robotique"), {QStringLiteral("SoRo")}, true}).ok());
    for (const QString &asked : {QStringLiteral("societe robotique"), QStringLiteral("SOCIÉTÉ  ROBOTIQUE"), QStringLiteral("soro")}) {
        auto found = book().resolve(asked);
        ASSERT_TRUE(found.ok());
        ASSERT_TRUE(found->has_value()) << asked.toStdString();
        EXPECT_EQ((*found)->name, QStringLiteral("Société Robotique"));
        EXPECT_TRUE((*found)->userDefined);
        EXPECT_TRUE((*found)->caseSensitive);
    }
}

TEST_F(UserCompanies, ResolveBuiltInCompaniesThroughTheGazetteer)
{
    auto found = book().resolve(QStringLiteral("hon hai"));
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->name, QStringLiteral("Foxconn"));
    EXPECT_FALSE((*found)->userDefined);
    EXPECT_FALSE((*found)->aliases.contains(QStringLiteral("Foxconn")));
    EXPECT_TRUE(CompanyBook::keys(**found).contains(QStringLiteral("foxconn")));
    EXPECT_TRUE(CompanyBook::keys(**found).contains(QStringLiteral("hon hai")));
}

TEST_F(UserCompanies, ResolveNothingForAnUnknownOrBlankName)
{
    EXPECT_FALSE(book().resolve(QStringLiteral("Nobody Ltd"))->has_value());
    EXPECT_FALSE(book().resolve(QStringLiteral("   "))->has_value());
}

TEST_F(UserCompanies, TravelAsASmallJsonFileToAnotherLibrary)
{
    ASSERT_TRUE(book().addUserCompany(acme()).ok());
    ASSERT_TRUE(book().addUserCompany(UserCompany{QStringLiteral("Kestrel Drones"), {QStringLiteral("Kestrel")}, true}).ok());
    auto json = book().exportUserCompanies();
    ASSERT_TRUE(json.ok());
    EXPECT_TRUE(json->contains("\"veille_companies\""));

    veille::test::TempLibrary other;
    auto lib = Library::open(other.path(), engine());
    ASSERT_TRUE(lib.ok());
    auto names = (*lib)->companyBook().importUserCompanies(*json);
    ASSERT_TRUE(names.ok()) << names.errorMessage().toStdString();
    EXPECT_TRUE(names->contains(QStringLiteral("Kestrel")));
    auto imported = (*lib)->companyBook().userCompanies();
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported->size(), 2);
    EXPECT_EQ(imported->at(1).name, QStringLiteral("Kestrel Drones"));
    EXPECT_TRUE(imported->at(1).caseSensitive);

    // The same file again changes nothing and asks for no backfill.
    auto again = (*lib)->companyBook().importUserCompanies(*json);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->isEmpty());
}

TEST_F(UserCompanies, ImportAllOrNothing)
{
    const QByteArray json = R"({"veille_companies": 1, "companies": [
        {"name": "Acme Robotics", "aliases": ["Acme"]},
        {"name": "Fausse Foxconn", "aliases": ["Foxconn"]}]})";
    auto names = book().importUserCompanies(json);
    ASSERT_FALSE(names.ok());
    EXPECT_EQ(names.error().code, ErrorCode::CompanyNameTaken);
    EXPECT_TRUE(book().userCompanies()->isEmpty());
}

TEST_F(UserCompanies, ImportRefusesWhatIsNotACompaniesFile)
{
    for (const QByteArray &bad : {QByteArray("not json"), QByteArray("[1, 2]"), QByteArray(R"({"companies": []})"),
                                  QByteArray(R"({"veille_companies": 1, "companies": [{"aliases": []}]})")}) {
        auto names = book().importUserCompanies(bad);
        ASSERT_FALSE(names.ok()) << bad.constData();
        EXPECT_EQ(names.error().code, ErrorCode::NotACompaniesFile) << bad.constData();
    }
}

TEST_F(UserCompanies, SurviveClosingAndReopeningTheLibrary)
{
    ASSERT_TRUE(book().addUserCompany(acme()).ok());
    m_library.reset();
    auto lib = Library::open(m_temp.path(), engine());
    ASSERT_TRUE(lib.ok());
    auto all = (*lib)->companyBook().userCompanies();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().aliases, QStringList{QStringLiteral("Acme")});
}

TEST_F(UserCompanies, AreListedWithTheCompaniesEvenBeforeAnArticleNamesThem)
{
    ASSERT_TRUE(book().addUserCompany(acme()).ok());
    auto companies = library().entities().companies();
    ASSERT_TRUE(companies.ok());
    auto it = std::find_if(companies->begin(), companies->end(),
                           [](const CompanyCount &c) { return c.name == u"Acme Robotics"; });
    ASSERT_NE(it, companies->end());
    EXPECT_TRUE(it->userDefined);
    EXPECT_EQ(it->articles, 0);
    EXPECT_EQ(it->aliases, QStringList{QStringLiteral("Acme")});
}
