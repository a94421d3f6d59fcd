#pragma once

#include <QtGlobal>
#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <limits>

namespace veille::test {

// Work on 8 times the input takes about 8 times as long when it is linear, 64 times when
// it is quadratic. A check sits between the two with a wide margin either side, so that
// neither cache misses on the larger input nor a loaded machine reach it, and a quadratic
// path is far past it. Nothing here depends on how fast the machine is.
inline constexpr int kGrowth = 8;
inline constexpr double kLinearBound = 24.0;

// The processor time this thread has used, in nanoseconds: unlike the clock on the wall,
// it does not run on while other processes have the processor.
inline qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// How many times longer `larger` takes than `smaller`, in processor time, each the fastest
// of `runs`: the fastest run is the one least disturbed by other processes (caches, memory).
// The runs alternate, so a burst of load elsewhere falls on both sizes alike.
inline double timeRatio(const std::function<void()> &smaller, const std::function<void()> &larger, int runs = 3)
{
    qint64 fastest[2] = {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()};
    for (int run = 0; run < runs; ++run) {
        int which = 0;
        for (const auto *work : {&smaller, &larger}) {
            const qint64 start = threadCpuNs();
            (*work)();
            fastest[which] = std::min(fastest[which], threadCpuNs() - start);
            ++which;
        }
    }
    return double(fastest[1]) / double(std::max<qint64>(fastest[0], 1));
}

// Whether `larger`, the same work on kGrowth times the input of `smaller`, stays under
// kLinearBound times as long. The message says what was measured.
inline ::testing::AssertionResult growsLinearly(const std::function<void()> &smaller, const std::function<void()> &larger)
{
    const double ratio = timeRatio(smaller, larger);
    if (ratio < kLinearBound)
        return ::testing::AssertionSuccess() << kGrowth << " times the input took " << ratio << " times as long";
    return ::testing::AssertionFailure() << kGrowth << " times the input took " << ratio << " times as long (bound "
                                         << kLinearBound << "): the work grows faster than the input";
}

} // namespace veille::test
