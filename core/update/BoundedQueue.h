#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace veille {

// A queue between one producing and one consuming thread that holds at most `capacity`
// values: the producer waits while it is full, so a fast producer cannot fill memory.
// close() ends it from the producer side (the consumer still gets what is queued);
// cancel() from the consumer side (the producer's next push fails and it should stop).
template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(size_t capacity) : m_capacity(capacity > 0 ? capacity : 1) {}

    // False when the consumer has cancelled: the value is dropped.
    bool push(T value)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_values.size() < m_capacity || m_cancelled; });
        if (m_cancelled)
            return false;
        m_values.push_back(std::move(value));
        m_notEmpty.notify_one();
        return true;
    }

    // The next value; nothing once the queue is closed and empty, or cancelled.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_values.empty() || m_closed || m_cancelled; });
        if (m_cancelled || m_values.empty())
            return std::nullopt;
        T value = std::move(m_values.front());
        m_values.pop_front();
        m_notFull.notify_one();
        return value;
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

    bool cancelled() const
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

private:
    const size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_values;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace veille
