#include "update/ItemFingerprint.h"

#include "update/ArticleBuilder.h"

#include <cstring>

namespace veille {

namespace {

// Four UTF-16 units (eight bytes) at a time, each word mixed in by one multiplication and
// a shift: a re-import hashes every item of the file, and FNV-1a's two multiplications per
// unit were a tenth of its time.
class WordHash {
public:
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
        m_hash = (m_hash ^ word) * kMultiplier;
        m_hash ^= m_hash >> 29;
    }
    static constexpr quint64 kMultiplier = 0x9E3779B97F4A7C15ULL;
    quint64 m_hash = 0xcbf29ce484222325ULL;
};

void addDate(WordHash &h, const QDateTime &d)
{
    h.addNumber(d.isValid() ? quint64(d.toMSecsSinceEpoch()) : ~quint64(0));
}

} // namespace

QString ItemFingerprint::of(const ParsedItem &item, const ParsedFeed &feed, const QUrl &base)
{
    WordHash h;
    for (const QString *field : {&item.guid, &item.link, &item.title, &item.contentHtml, &item.summaryHtml, &feed.language})
        h.add(*field);
    addDate(h, item.published);
    addDate(h, item.updated);
    // An item without authors takes the feed's; links resolve against `base` when the
    // item has none of its own.
    const QList<ParsedPerson> &authors = item.authors.isEmpty() ? feed.authors : item.authors;
    h.addNumber(quint64(authors.size()));
    for (const ParsedPerson &p : authors) {
        h.add(p.name);
        h.add(p.email);
    }
    h.add(item.link.isEmpty() ? base.toString() : QString());
    return QString::number(kVersion) + QLatin1Char(':') + QString::number(h.value(), 16);
}

QString ItemFingerprint::identity(const ParsedItem &item)
{
    if (item.guid.trimmed().isEmpty() && item.link.trimmed().isEmpty())
        return {};
    return ArticleBuilder::identity(item.guid, item.link, QString(), QString());
}

} // namespace veille
