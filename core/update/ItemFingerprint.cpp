#include "update/ItemFingerprint.h"

#include "text/WordHash.h"
#include "update/ArticleBuilder.h"

#include <QIODevice>

#include <cstring>

namespace veille {

namespace {

// Bytes eight at a time; every piece but the last a multiple of eight bytes long.
class ByteDigest {
public:
    void add(QByteArrayView bytes)
    {
        Q_ASSERT(!m_ended);
        const char *p = bytes.data();
        qsizetype n = bytes.size();
        m_size += quint64(n);
        for (; n >= 8; n -= 8, p += 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            m_hash.addNumber(word);
        }
        if (n > 0) {
            quint64 tail = 0;
            std::memcpy(&tail, p, size_t(n));
            m_hash.addNumber(tail);
            m_ended = true;
        }
    }
    QString finish()
    {
        m_hash.addNumber(m_size);
        return QStringLiteral("%1.%2:%3:%4")
            .arg(kDocumentVersion)
            .arg(ItemFingerprint::kVersion)
            .arg(m_size)
            .arg(m_hash.value(), 0, 16);
    }

private:
    // 1: the first.
    static constexpr int kDocumentVersion = 1;
    WordHash m_hash;
    quint64 m_size = 0;
    bool m_ended = false;
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

QString ItemFingerprint::ofDocument(QByteArrayView bytes)
{
    ByteDigest digest;
    digest.add(bytes);
    return digest.finish();
}

QString ItemFingerprint::ofDocument(QIODevice &device)
{
    if (device.isSequential())
        return {};
    const qint64 origin = device.pos();
    ByteDigest digest;
    QByteArray block(1 << 20, Qt::Uninitialized);
    bool failed = false;
    for (bool more = true; more && !failed;) {
        // Each block filled whole, but the last.
        qint64 filled = 0;
        while (filled < block.size()) {
            const qint64 n = device.read(block.data() + filled, block.size() - filled);
            if (n <= 0) {
                failed = n < 0;
                more = false;
                break;
            }
            filled += n;
        }
        digest.add(QByteArrayView(block.constData(), filled));
    }
    if (!device.seek(origin) || failed)
        return {};
    return digest.finish();
}

} // namespace veille
