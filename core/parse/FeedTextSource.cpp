#include "parse/FeedTextSource.h"

#include <QIODevice>
#include <QUtf8StringView>

namespace veille {

namespace {

constexpr qsizetype kSniffLength = 4096;

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF);
}

} // namespace

FeedTextSource::FeedTextSource(QIODevice &device, const QString &httpCharset, qsizetype pieceSize)
    : m_device(&device), m_httpCharset(httpCharset), m_pieceSize(std::max<qsizetype>(pieceSize, 1))
{
}

FeedTextSource::FeedTextSource(const QByteArray &bytes, const QString &httpCharset, qsizetype pieceSize)
    : m_memory(bytes), m_httpCharset(httpCharset), m_pieceSize(std::max<qsizetype>(pieceSize, 1))
{
}

bool FeedTextSource::readBytes(QByteArray *bytes)
{
    if (m_bytesDone)
        return false;
    if (m_device) {
        *bytes = m_device->read(m_pieceSize);
        if (bytes->isEmpty() || m_device->atEnd())
            m_bytesDone = true;
        return !bytes->isEmpty() || !m_bytesDone;
    }
    *bytes = m_memory.mid(m_memoryAt, m_pieceSize);
    m_memoryAt += bytes->size();
    if (m_memoryAt >= m_memory.size())
        m_bytesDone = true;
    return true;
}

void FeedTextSource::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_device && !m_device->isSequential()) {
        // One pass ahead: the charset depends on whether every byte is valid UTF-8.
        const qint64 origin = m_device->pos();
        Utf8Validator validator;
        QByteArray head;
        while (true) {
            const QByteArray bytes = m_device->read(1 << 20);
            if (bytes.isEmpty())
                break;
            if (head.size() < kSniffLength)
                head.append(bytes.left(kSniffLength - head.size()));
            validator.add(bytes);
        }
        m_device->seek(origin);
        const auto choice = ChunkDecoder::choose(head, validator.finish(), m_httpCharset);
        m_decoder.open(choice.charset);
        if (choice.bomLength > 0)
            m_device->read(choice.bomLength);
        return;
    }
    if (m_device) {
        m_memory = m_device->readAll();
        m_device = nullptr;
    }
    const auto choice = ChunkDecoder::choose(m_memory, QUtf8StringView(m_memory).isValidUtf8(), m_httpCharset);
    m_decoder.open(choice.charset);
    m_memoryAt = choice.bomLength;
    m_bytesDone = m_memoryAt >= m_memory.size();
}

bool FeedTextSource::decodeMore(QString *out)
{
    start();
    QByteArray bytes;
    if (!readBytes(&bytes))
        return false;
    m_decoder.decode(bytes, m_bytesDone, out);
    return true;
}

QChar FeedTextSource::firstSignificant(qsizetype *at)
{
    qsizetype i = 0;
    while (true) {
        while (i < m_head.size() && isBlank(m_head[i]))
            ++i;
        if (i < m_head.size() && m_head.size() - i >= kSniffLength)
            break;
        if (!decodeMore(&m_head))
            break;
    }
    *at = i;
    return i < m_head.size() ? m_head[i] : QChar();
}

QString FeedTextSource::readAllText()
{
    QString text = m_head;
    m_head.clear();
    m_headGiven = true;
    while (decodeMore(&text)) {
    }
    return text;
}

bool FeedTextSource::nextXml(QString *piece)
{
    piece->clear();
    while (!m_cleanDone) {
        QString decoded;
        bool last;
        if (!m_headGiven) {
            m_headGiven = true;
            decoded = m_head;
            last = m_started && m_bytesDone;
        } else {
            decodeMore(&decoded);
            last = m_bytesDone;
        }
        m_cleaner.clean(decoded, last, piece);
        m_cleanDone = last;
        if (!piece->isEmpty())
            return true;
    }
    return false;
}

void FeedTextSource::drain()
{
    QString piece;
    while (nextXml(&piece)) {
    }
}

} // namespace veille
