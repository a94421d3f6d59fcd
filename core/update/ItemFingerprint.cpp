#include "update/ItemFingerprint.h"

#include "update/ArticleBuilder.h"

namespace veille {

namespace {

class Fnv64 {
public:
    void add(QStringView s)
    {
        addNumber(quint64(s.size()));
        for (const QChar c : s)
            addUnit(c.unicode());
    }
    void addNumber(quint64 n)
    {
        for (int i = 0; i < 4; ++i)
            addUnit(quint16(n >> (16 * i)));
    }
    quint64 value() const { return m_hash; }

private:
    void addUnit(quint16 unit)
    {
        // Both bytes of the unit, so that a change in either moves the hash.
        m_hash = (m_hash ^ (unit & 0xff)) * kPrime;
        m_hash = (m_hash ^ (unit >> 8)) * kPrime;
    }
    static constexpr quint64 kPrime = 0x100000001b3ULL;
    quint64 m_hash = 0xcbf29ce484222325ULL;
};

void addDate(Fnv64 &h, const QDateTime &d)
{
    h.addNumber(d.isValid() ? quint64(d.toMSecsSinceEpoch()) : ~quint64(0));
}

} // namespace

QString ItemFingerprint::of(const ParsedItem &item, const ParsedFeed &feed, const QUrl &base)
{
    Fnv64 h;
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
