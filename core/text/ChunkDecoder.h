#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <memory>

namespace veille {

// Decodes bytes that arrive in pieces: a multi-byte character cut by the end of a piece
// is kept until the next one, so a file decodes the same whole or piece by piece.
// TextDecoder::decode is this class applied to one piece.
class ChunkDecoder {
public:
    // How the bytes starting with `head` are decoded, in TextDecoder::decode's order of
    // trust. `wholeIsValidUtf8` is about all the bytes, not just the head; the head must
    // hold at least the first kilobyte (or all the bytes) so the XML declaration is seen.
    struct Choice {
        QByteArray charset;      // normalised name: "utf-8", "windows-1252", "utf-16le" ...
        qsizetype bomLength = 0; // bytes to skip before decoding
    };
    static Choice choose(QByteArrayView head, bool wholeIsValidUtf8, const QString &httpCharset);

    // The normalised name of a charset label, lower case: the labels browsers read as
    // Windows-1252 ("latin1", "iso-8859-1", "us-ascii", "cp819" ...) give "windows-1252",
    // those of UTF-8 "utf-8", of GB2312 and GBK their superset "gb18030", "cp1251"
    // "windows-1251", "sjis" "shift_jis"; any other label is returned lower-cased for iconv.
    static QByteArray normalise(QByteArray label);
    // The encoding an XML declaration names at the start of the bytes (leading whitespace
    // allowed, value quoted), lower case, or empty.
    static QByteArray declaredEncoding(QByteArrayView bytes);
    // Whether `charset` (a normalised name) can be decoded.
    static bool isKnown(const QByteArray &charset);
    // The character a Windows-1252 byte stands for.
    static char16_t windows1252(unsigned char byte);

    ChunkDecoder();
    ~ChunkDecoder();
    ChunkDecoder(const ChunkDecoder &) = delete;
    ChunkDecoder &operator=(const ChunkDecoder &) = delete;

    // False when the charset is unknown.
    bool open(const QByteArray &charset);
    // Decodes the next piece; with `last`, an incomplete sequence at the end becomes U+FFFD
    // per byte. A sequence the codec rejects becomes U+FFFD and decoding goes on.
    void decode(QByteArrayView bytes, bool last, QString *out);

private:
    enum class Kind { None, Utf8, Windows1252, Iconv };
    void decodeIconv(QByteArrayView bytes, bool last, QString *out);

    Kind m_kind = Kind::None;
    QStringDecoder m_utf8;
    void *m_iconv = nullptr;
    QByteArray m_carry; // the start of a sequence cut by the end of the previous piece
};

// Checks piece by piece that bytes are valid UTF-8, with the same answer as checking them
// whole.
class Utf8Validator {
public:
    void add(QByteArrayView bytes);
    bool finish();

private:
    QByteArray m_carry;
    bool m_valid = true;
};

} // namespace veille
