#include "parse/TextDecoder.h"

#include "text/ChunkDecoder.h"
#include "parse/XmlCleaner.h"

#include <QUtf8StringView>

#include <algorithm>

namespace veille {

bool TextDecoder::decodeAs(const QByteArray &bytes, const QByteArray &charset, QString *out)
{
    QByteArray name = ChunkDecoder::normalise(charset);
    if (name == "utf-16") {
        bool big = false;
        if (bytes.size() >= 4 && bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0)
            big = true;
        name = big ? "utf-16be" : "utf-16le";
    }
    ChunkDecoder decoder;
    if (!ChunkDecoder::isKnown(name) || !decoder.open(name))
        return false;
    out->clear();
    decoder.decode(bytes, true, out);
    return true;
}

QString TextDecoder::decode(const QByteArray &bytes, const QString &httpCharset, QString *usedCharset)
{
    const ChunkDecoder::Choice choice = ChunkDecoder::choose(bytes, QUtf8StringView(bytes).isValidUtf8(), httpCharset);
    if (usedCharset)
        *usedCharset = QString::fromLatin1(choice.charset);
    QString out;
    ChunkDecoder decoder;
    if (decoder.open(choice.charset))
        decoder.decode(QByteArrayView(bytes).sliced(std::min(choice.bomLength, bytes.size())), true, &out);
    return out;
}

QString TextDecoder::cleanXml(const QString &xml, QList<Error> *warnings)
{
    XmlCleaner cleaner;
    QString out;
    out.reserve(xml.size() + 64);
    cleaner.clean(xml, true, &out);
    if (warnings)
        warnings->append(cleaner.warnings());
    return out;
}

} // namespace veille
