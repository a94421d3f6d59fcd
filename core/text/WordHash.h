#pragma once

#include <QStringView>
#include <QtGlobal>

#include <cstring>

namespace veille {

// A 64-bit hash of text read four UTF-16 units (eight bytes) at a time, each word mixed
// in by one multiplication and a shift. Not for adversaries: for telling whether text
// changed. Each step is a bijection of the state, so two texts of the same length that
// differ in one word never hash alike; every string is preceded by its length.
class WordHash {
public:
    WordHash() = default;
    // Another lane: a different seed and odd multiplier give a hash independent enough
    // of the default one to be used beside it as 128 bits.
    WordHash(quint64 seed, quint64 multiplier) : m_hash(seed), m_multiplier(multiplier) {}

    void add(QStringView s)
    {
        addNumber(quint64(s.size()));
        const char16_t *p = s.utf16();
        qsizetype n = s.size();
        for (; n >= 4; n -= 4, p += 4) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            mix(word);
        }
        quint64 tail = 0;
        for (qsizetype i = 0; i < n; ++i)
            tail |= quint64(p[i]) << (16 * i);
        mix(tail);
    }
    void addNumber(quint64 n) { mix(n); }
    quint64 value() const { return m_hash; }

private:
    void mix(quint64 word)
    {
        m_hash = (m_hash ^ word) * m_multiplier;
        m_hash ^= m_hash >> 29;
    }
    quint64 m_hash = 0xcbf29ce484222325ULL;
    quint64 m_multiplier = 0x9E3779B97F4A7C15ULL;
};

} // namespace veille
