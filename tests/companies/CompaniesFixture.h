#pragma once

#include <gtest/gtest.h>

#include "../TestPaths.h"
#include "../storage/TempLibrary.h"
#include "facts/FactsEngine.h"
#include "update/Library.h"

namespace veille::test {

// A library in a temporary folder, opened with one facts engine shared by every test (it
// loads the gazetteers once), and the ways the company tests fill it.
class CompaniesFixture : public ::testing::Test {
protected:
    static const FactsEngine &engine()
    {
        static const FactsEngine facts;
        return facts;
    }

    void SetUp() override
    {
        auto lib = Library::open(m_temp.path(), engine());
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
    }

    Library &library() { return *m_library; }
    CompanyBook &book() { return m_library->companyBook(); }

    // Imports a fixture of tests/data; returns the new articles' ids.
    QList<ArticleId> importData(const QString &name)
    {
        auto report = m_library->importer().importFile(dataPath(name));
        EXPECT_TRUE(report.ok()) << report.errorMessage().toStdString();
        QList<ArticleId> ids;
        if (report.ok()) {
            for (const ImportedArticle &a : report->added)
                ids << a.id;
        }
        return ids;
    }

    // The demo articles and the seed article; returns the seed's id (0 without ../shared).
    ArticleId loadDemoAndSeed()
    {
        auto demo = m_library->loadDemo();
        EXPECT_TRUE(demo.ok()) << demo.errorMessage().toStdString();
        if (!sharedAvailable())
            return 0;
        auto report = m_library->importer().importFile(sharedPath(QStringLiteral("seed/000_d317fdffa79cbfba.txt")));
        EXPECT_TRUE(report.ok()) << report.errorMessage().toStdString();
        return report.ok() && !report->added.isEmpty() ? report->added.first().id : 0;
    }

    QList<ArticleId> searchIds(const QString &query)
    {
        auto hits = m_library->search(query, 1000);
        EXPECT_TRUE(hits.ok()) << hits.errorMessage().toStdString();
        QList<ArticleId> ids;
        if (hits.ok()) {
            for (const SearchHit &h : *hits)
                ids << h.id;
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static UserCompany acme()
    {
        return UserCompany{QStringLiteral("Acme Robotics"), {QStringLiteral("Acme")}, false};
    }

    TempLibrary m_temp;
    std::unique_ptr<Library> m_library;
};

} // namespace veille::test
