#include <QList>
#include <gtest/gtest.h>

#include "Complexity.h"

// The check the linear-time tests rely on (tests/Complexity.h) must tell linear work from
// quadratic work, whatever the machine's speed.

namespace {

// Sums every element: linear in the list's size.
quint64 sum(const QList<quint32> &values)
{
    quint64 total = 0;
    for (quint32 v : values)
        total += v;
    return total;
}

// Compares every pair: quadratic.
quint64 pairs(const QList<quint32> &values)
{
    quint64 equal = 0;
    for (qsizetype i = 0; i < values.size(); ++i)
        for (qsizetype j = i + 1; j < values.size(); ++j)
            equal += values[i] == values[j];
    return equal;
}

QList<quint32> values(int count)
{
    QList<quint32> out(count);
    for (int i = 0; i < count; ++i)
        out[i] = quint32(i * 2654435761u);
    return out;
}

volatile quint64 g_sink = 0;

} // namespace

TEST(Complexity, LinearWorkPassesTheCheck)
{
    const QList<quint32> fewer = values(200'000);
    const QList<quint32> more = values(200'000 * veille::test::kGrowth);
    EXPECT_TRUE(veille::test::growsLinearly([&] { g_sink = g_sink + sum(fewer); }, [&] { g_sink = g_sink + sum(more); }));
}

TEST(Complexity, QuadraticWorkFailsTheCheck)
{
    const QList<quint32> fewer = values(1000);
    const QList<quint32> more = values(1000 * veille::test::kGrowth);
    EXPECT_FALSE(veille::test::growsLinearly([&] { g_sink = g_sink + pairs(fewer); }, [&] { g_sink = g_sink + pairs(more); }));
}

TEST(Complexity, TheBoundSitsBetweenLinearAndQuadraticGrowth)
{
    EXPECT_GT(veille::test::kLinearBound, 2.0 * veille::test::kGrowth);
    EXPECT_LT(veille::test::kLinearBound, 0.5 * veille::test::kGrowth * veille::test::kGrowth);
}
