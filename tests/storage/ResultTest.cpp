#include <QSqlQuery>
#include <gtest/gtest.h>

#include "TempLibrary.h"
#include "model/Result.h"
#include "storage/FeedStore.h"

using namespace veille;

namespace {

Result<int> half(int n)
{
    if (n % 2 != 0)
        return makeError(ErrorCode::NotAFeed, n);
    return n / 2;
}

// Two binding tries in a row: the first error stops the function.
Result<int> quarter(int n, int *reached)
{
    VEILLE_TRY_ASSIGN(const int h, half(n));
    ++*reached;
    VEILLE_TRY_ASSIGN(const int q, half(h));
    ++*reached;
    return q;
}

Result<void> checkEven(int n)
{
    VEILLE_TRY(half(n));
    return {};
}

Result<QString> movedOut()
{
    VEILLE_TRY_ASSIGN(QString text, Result<QString>(QStringLiteral("kept")));
    text += QStringLiteral(" whole");
    return text;
}

// A library with its feed store, for the transactions below.
class TransactionTest : public ::testing::Test {
protected:
    test::TempLibrary m_lib;
    std::unique_ptr<Database> m_db = m_lib.open();
    FeedStore m_feeds{*m_db};
};

} // namespace

TEST(Result, TryAssignBindsTheValueAndStopsAtTheFirstError)
{
    int reached = 0;
    auto ok = quarter(12, &reached);
    ASSERT_TRUE(ok.ok()) << ok.errorMessage().toStdString();
    EXPECT_EQ(*ok, 3);
    EXPECT_EQ(reached, 2);

    reached = 0;
    auto early = quarter(7, &reached);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error(), makeError(ErrorCode::NotAFeed, 7));
    EXPECT_EQ(reached, 0);

    reached = 0;
    auto late = quarter(6, &reached);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error(), makeError(ErrorCode::NotAFeed, 3));
    EXPECT_EQ(reached, 1);
}

TEST(Result, TryPassesTheErrorOnUnchangedAndIgnoresTheValue)
{
    EXPECT_TRUE(checkEven(4).ok());
    EXPECT_EQ(checkEven(5).error(), makeError(ErrorCode::NotAFeed, 5));
}

TEST(Result, TryAssignCanDeclareAMutableValue)
{
    EXPECT_EQ(*movedOut(), QStringLiteral("kept whole"));
}

TEST(Result, ErrorMessageIsTheCodeAndDetailForLogsAndEmptyOnSuccess)
{
    EXPECT_EQ(Result<int>(1).errorMessage(), QString());
    EXPECT_EQ(Result<int>(makeError(ErrorCode::HttpStatus, QStringLiteral("404 Not Found"))).errorMessage(),
              QStringLiteral("HttpStatus: 404 Not Found"));
    EXPECT_EQ(Result<void>(makeError(ErrorCode::FileEmpty).about(QStringLiteral("a.rss"))).errorMessage(),
              QStringLiteral("FileEmpty (a.rss)"));
}

TEST(Error, AboutNamesTheSubjectOnlyWhenNoneIsNamedYet)
{
    const Error inner = makeError(ErrorCode::FileEmpty).about(QStringLiteral("inner.rss"));
    EXPECT_EQ(inner.about(QStringLiteral("outer.rss")).subject, QStringLiteral("inner.rss"));
    EXPECT_EQ(makeError(ErrorCode::FileEmpty).about(QStringLiteral("outer.rss")).subject, QStringLiteral("outer.rss"));
}

TEST(Error, EveryCodeHasANameThatReadsBackAsTheSameCode)
{
    const QList<ErrorCode> codes = Error::allCodes();
    EXPECT_GT(codes.size(), 40);
    QSet<QString> names;
    for (ErrorCode code : codes) {
        const QString name = Error::codeName(code);
        EXPECT_FALSE(name.isEmpty());
        names.insert(name);
        bool known = false;
        EXPECT_EQ(Error::codeFromName(name, &known), code) << name.toStdString();
        EXPECT_TRUE(known);
    }
    EXPECT_EQ(names.size(), codes.size()) << "two codes share a name";
    bool known = true;
    Error::codeFromName(QStringLiteral("NoSuchCode"), &known);
    EXPECT_FALSE(known);
}

TEST(Error, TheStoredFormReadsBackWithItsDetailAndSubject)
{
    const QList<Error> errors = {
        makeError(ErrorCode::HttpStatus, QStringLiteral("503 Service Unavailable")),
        makeError(ErrorCode::FileEmpty),
        makeError(ErrorCode::FileEmpty).about(QStringLiteral("/tmp/a.rss")),
        makeError(ErrorCode::MalformedXml, QStringLiteral("3: unexpected end")).about(QStringLiteral("https://example.org/rss")),
    };
    for (const Error &e : errors)
        EXPECT_EQ(Error::fromStored(e.toStored()), e) << e.toStored().toStdString();
    EXPECT_EQ(Error().toStored(), QString());
    EXPECT_TRUE(Error::fromStored(QString()).isNone());
}

TEST(Error, TabsAndLineBreaksInTheFactsDoNotSplitTheStoredForm)
{
    const Error e = makeError(ErrorCode::TlsFailure, QStringLiteral("expired\tcertificate\nfor host"));
    const Error back = Error::fromStored(e.toStored());
    EXPECT_EQ(back.code, ErrorCode::TlsFailure);
    EXPECT_EQ(back.detail, QStringLiteral("expired certificate for host"));
}

TEST(Error, AnEnglishTextStoredByAnOlderVeilleComesBackAsIs)
{
    const Error old = Error::fromStored(QStringLiteral("HTTP 500 Internal Server Error"));
    EXPECT_EQ(old.code, ErrorCode::OldMessage);
    EXPECT_EQ(old.detail, QStringLiteral("HTTP 500 Internal Server Error"));
}

TEST_F(TransactionTest, TransactionReturnsTheValueOfWhatItRanAndCommitsIt)
{
    auto id = m_db->transaction([&]() -> Result<FeedId> {
        VEILLE_TRY_ASSIGN(const FeedId made, m_feeds.ensure(QStringLiteral("https://example.org/rss"), QStringLiteral("Ex"), {}));
        return made;
    });
    ASSERT_TRUE(id.ok()) << id.errorMessage().toStdString();
    EXPECT_GT(*id, 0);
    EXPECT_EQ(m_feeds.feeds()->size(), 1);
}

TEST_F(TransactionTest, ATransactionThatReturnsAnErrorRollsBackAndReturnsThatError)
{
    auto r = m_db->transaction([&]() -> Result<FeedId> {
        VEILLE_TRY(m_feeds.ensure(QStringLiteral("https://example.org/rss"), QStringLiteral("Ex"), {}));
        return makeError(ErrorCode::FeedIsHtmlPage);
    });
    EXPECT_EQ(r.error(), makeError(ErrorCode::FeedIsHtmlPage));
    EXPECT_TRUE(m_feeds.feeds()->isEmpty());
}

TEST_F(TransactionTest, ANestedTransactionJoinsTheOuterOneAndItsErrorUndoesBoth)
{
    auto r = m_db->transaction([&]() -> Result<int> {
        VEILLE_TRY(m_feeds.ensure(QStringLiteral("https://example.org/a"), QStringLiteral("A"), {}));
        auto inner = m_db->transaction([&]() -> Result<int> {
            VEILLE_TRY(m_feeds.ensure(QStringLiteral("https://example.org/b"), QStringLiteral("B"), {}));
            return 2;
        });
        EXPECT_EQ(*inner, 2);
        EXPECT_EQ(m_feeds.feeds()->size(), 2);
        return makeError(ErrorCode::DatabaseFull);
    });
    EXPECT_EQ(r.error().code, ErrorCode::DatabaseFull);
    EXPECT_TRUE(m_feeds.feeds()->isEmpty());
    // The connection is usable again: the next transaction commits.
    auto next = m_db->transaction([&]() -> Result<FeedId> { return m_feeds.ensure(QStringLiteral("https://example.org/c"), {}, {}); });
    ASSERT_TRUE(next.ok()) << next.errorMessage().toStdString();
    EXPECT_EQ(m_feeds.feeds()->size(), 1);
}
