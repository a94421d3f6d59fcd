#pragma once

#include <QSqlQuery>
#include <gtest/gtest.h>

#include "../storage/TempLibrary.h"
#include "FakeTtRss.h"
#include "facts/FactsEngine.h"
#include "storage/AccountStore.h"
#include "sync/SecretStore.h"
#include "sync/SyncAccounts.h"
#include "update/Library.h"

namespace veille::test {

// A library with one Tiny Tiny RSS account on a FakeTtRss, and what the tests ask of it.
class SyncFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_lib.path(), m_facts);
        ASSERT_TRUE(lib.ok()) << lib.errorMessage().toStdString();
        m_library = std::move(lib).value();
        m_secrets = std::make_unique<SecretStore>(SecretStore::fileFor(m_lib.path()));
        m_accounts = std::make_unique<SyncAccounts>(*m_library, *m_secrets);
        m_accounts->setTimeoutMs(2000);
        auto id = m_accounts->add(Account::kTtRss, m_server.url(), m_server.user, m_server.password, true);
        ASSERT_TRUE(id.ok()) << id.errorMessage().toStdString();
        m_account = *id;
    }

    Account account()
    {
        return AccountStore(m_library->database()).account(m_account)->value();
    }

    SyncReport sync()
    {
        return m_accounts->sync(account());
    }

    // The stored article behind a server article; 0 when there is none.
    ArticleId local(qint64 remoteId)
    {
        QSqlQuery q(m_library->database().connection());
        q.prepare(QStringLiteral("SELECT article_id FROM remote_articles WHERE account_id = ? AND remote_id = ?"));
        q.addBindValue(m_account);
        q.addBindValue(remoteId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    ArticleState state(qint64 remoteId) { return *m_library->states().state(local(remoteId)); }

    int count(const QString &sql)
    {
        QSqlQuery q(m_library->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    int queued() { return count(QStringLiteral("SELECT count(*) FROM sync_queue")); }

    const FactsEngine m_facts;
    TempLibrary m_lib;
    FakeTtRss m_server;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SyncAccounts> m_accounts;
    AccountId m_account = 0;
};

} // namespace veille::test
