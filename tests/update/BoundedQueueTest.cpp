#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "update/BoundedQueue.h"

using namespace veille;

TEST(BoundedQueue, DeliversEveryValueInOrderWhileHoldingNoMoreThanItsCapacity)
{
    BoundedQueue<int> queue(4, 3);
    std::thread producer([&] {
        for (int i = 0; i < 1000; ++i)
            ASSERT_TRUE(queue.push(i));
        queue.close();
    });
    std::vector<int> got;
    while (auto v = queue.pop())
        got.push_back(*v);
    producer.join();
    ASSERT_EQ(got.size(), 1000u);
    for (int i = 0; i < 1000; ++i)
        EXPECT_EQ(got[static_cast<size_t>(i)], i);
}

TEST(BoundedQueue, AClosedQueueGivesWhatIsLeftEvenLessThanABatch)
{
    BoundedQueue<int> queue(64, 16);
    ASSERT_TRUE(queue.push(1));
    ASSERT_TRUE(queue.push(2));
    queue.close();
    EXPECT_EQ(queue.pop(), 1);
    EXPECT_EQ(queue.pop(), 2);
    EXPECT_EQ(queue.pop(), std::nullopt);
}

TEST(BoundedQueue, CancellingReleasesAProducerWaitingOnAFullQueue)
{
    BoundedQueue<int> queue(2, 1);
    bool lastPush = true;
    std::thread producer([&] {
        int i = 0;
        while (queue.push(i++)) {
        }
        lastPush = false;
    });
    EXPECT_EQ(queue.pop(), 0);
    queue.cancel();
    producer.join();
    EXPECT_FALSE(lastPush);
    EXPECT_EQ(queue.pop(), std::nullopt);
}
