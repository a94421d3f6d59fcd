#pragma once

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace veille {

// A queue between one producing and one consuming thread that holds at most `capacity`
// values: the producer waits while it is full, so a fast producer cannot fill memory.
// close() ends it from the producer side (the consumer still gets what is queued);
// cancel() from the consumer side (the producer's next push fails and it should stop).
//
// Threads are woken by batches, not per value: a full queue lets its producer go on once
// it is half empty, and an empty one wakes its consumer once a batch is ready. On a busy
// machine each wake-up can cost a time slice, so handing values over one by one would
// leave both threads waiting for each other.
template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(size_t capacity, size_t batch = 16)
        : m_capacity(capacity > 0 ? capacity : 1), m_batch(std::min(std::max<size_t>(batch, 1), m_capacity))
    {
    }

    // False when the consumer has cancelled: the value is dropped.
    bool push(T value)
    {
        std::unique_lock lock(m_mutex);
        if (m_values.size() >= m_capacity) {
            m_producerWaiting = true;
            m_notFull.wait(lock, [this] { return m_values.size() <= m_capacity / 2 || m_cancelled; });
            m_producerWaiting = false;
        }
        if (m_cancelled)
            return false;
        m_values.push_back(std::move(value));
        if (m_consumerWaiting && m_values.size() >= m_batch)
            m_notEmpty.notify_one();
        return true;
    }

    // The next value; nothing once the queue is closed and empty, or cancelled.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        if (m_values.empty()) {
            m_consumerWaiting = true;
            m_notEmpty.wait(lock, [this] { return m_values.size() >= m_batch || m_closed || m_cancelled; });
            m_consumerWaiting = false;
        }
        if (m_cancelled || m_values.empty())
            return std::nullopt;
        T value = std::move(m_values.front());
        m_values.pop_front();
        if (m_producerWaiting && m_values.size() <= m_capacity / 2)
            m_notFull.notify_one();
        return value;
    }

    // Whether the consumer waits for values now: a hint for the producer (it may hand
    // over work unfinished, for the consumer to finish), stale as soon as it is read.
    bool consumerWaiting()
    {
        std::lock_guard lock(m_mutex);
        return m_consumerWaiting;
    }

    // Whether the consumer has cancelled: a producer that skips values without pushing
    // them asks, to stop as soon as push() would have told it.
    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }

    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_values.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    const size_t m_capacity;
    const size_t m_batch;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_values;
    bool m_producerWaiting = false;
    bool m_consumerWaiting = false;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace veille
