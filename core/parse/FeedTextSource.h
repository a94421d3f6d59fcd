#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "text/ChunkDecoder.h"
#include "parse/XmlCleaner.h"

class QIODevice;

namespace veille {

// The text of a feed file, read piece by piece from a device (or from bytes already in
// memory): decoded with a stateful decoder and cleaned for QXmlStreamReader as it goes,
// so memory holds a piece, never the file. The charset is chosen as TextDecoder::decode
// chooses it; since that choice depends on whether all the bytes are valid UTF-8, a
// seekable device is read once ahead to check (an unseekable one is read whole).
class FeedTextSource {
public:
    static constexpr qsizetype kDefaultPiece = 64 * 1024;

    // Reads the device from its current position; it must stay open while the source lives.
    FeedTextSource(QIODevice &device, const QString &httpCharset, qsizetype pieceSize = kDefaultPiece);
    FeedTextSource(const QByteArray &bytes, const QString &httpCharset, qsizetype pieceSize = kDefaultPiece);

    // The first character that is not blank (nor a decoded byte order mark) and its index
    // in head(); a null QChar when the text is blank.
    QChar firstSignificant(qsizetype *at);
    // The start of the decoded text, up to 4 KiB past the first significant character:
    // enough to tell HTML from XML.
    const QString &head() const { return m_head; }
    // All the decoded text (JSON Feed is read whole).
    QString readAllText();
    // The next piece of cleaned XML; false when all was given.
    bool nextXml(QString *piece);
    // Cleans the rest without keeping it, so warnings() covers the whole file.
    void drain();
    // What the cleaning removed or ignored.
    QList<Error> warnings() const { return m_cleaner.warnings(); }

private:
    void start();
    bool readBytes(QByteArray *bytes);
    bool decodeMore(QString *out);

    QIODevice *m_device = nullptr;
    QByteArray m_memory;
    qsizetype m_memoryAt = 0;
    QString m_httpCharset;
    qsizetype m_pieceSize;
    bool m_started = false;
    bool m_bytesDone = false;
    QByteArray m_firstBytes;
    ChunkDecoder m_decoder;
    XmlCleaner m_cleaner;
    QString m_head;
    bool m_headGiven = false;
    bool m_cleanDone = false;
};

} // namespace veille
