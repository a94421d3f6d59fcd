#include "parse/OpmlParser.h"

#include "parse/TextDecoder.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace veille {

namespace {

constexpr int kMaxDepth = 64;

QString attribute(const QXmlStreamAttributes &attrs, QLatin1StringView name)
{
    // Exporters disagree on case (xmlUrl, xmlurl, XMLURL).
    for (const auto &a : attrs) {
        if (a.name().compare(name, Qt::CaseInsensitive) == 0)
            return a.value().trimmed().toString();
    }
    return {};
}

// Reads the outlines under the current element until its end tag.
QList<OpmlOutline> readOutlines(QXmlStreamReader &reader, int depth)
{
    QList<OpmlOutline> out;
    while (reader.readNextStartElement()) {
        if (reader.name() != u"outline" || depth > kMaxDepth) {
            reader.skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes attrs = reader.attributes();
        OpmlOutline o;
        o.title = attribute(attrs, QLatin1StringView("title"));
        if (o.title.isEmpty())
            o.title = attribute(attrs, QLatin1StringView("text"));
        o.xmlUrl = attribute(attrs, QLatin1StringView("xmlUrl"));
        o.htmlUrl = attribute(attrs, QLatin1StringView("htmlUrl"));
        o.children = readOutlines(reader, depth + 1);
        out.append(o);
    }
    return out;
}

void writeOutlines(QXmlStreamWriter &w, const QList<OpmlOutline> &outlines)
{
    for (const OpmlOutline &o : outlines) {
        w.writeStartElement(QStringLiteral("outline"));
        w.writeAttribute(QStringLiteral("text"), o.title);
        w.writeAttribute(QStringLiteral("title"), o.title);
        if (!o.xmlUrl.isEmpty()) {
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
            w.writeAttribute(QStringLiteral("xmlUrl"), o.xmlUrl);
        }
        if (!o.htmlUrl.isEmpty())
            w.writeAttribute(QStringLiteral("htmlUrl"), o.htmlUrl);
        writeOutlines(w, o.children);
        w.writeEndElement();
    }
}

Error xmlError(const QXmlStreamReader &reader)
{
    return makeError(ErrorCode::MalformedXml, QStringLiteral("%1: %2").arg(reader.lineNumber()).arg(reader.errorString()));
}

} // namespace

Result<QList<OpmlOutline>> OpmlParser::parse(const QByteArray &bytes)
{
    const QString xml = TextDecoder::cleanXml(TextDecoder::decode(bytes));
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement()) {
        if (reader.hasError())
            return xmlError(reader);
        return makeError(ErrorCode::OpmlEmpty);
    }
    if (reader.name() != u"opml")
        return makeError(ErrorCode::OpmlUnknownXml, reader.name().toString());
    QList<OpmlOutline> outlines;
    while (reader.readNextStartElement()) {
        if (reader.name() == u"body")
            outlines += readOutlines(reader, 0);
        else
            reader.skipCurrentElement();
    }
    if (reader.hasError() && outlines.isEmpty())
        return xmlError(reader);
    return outlines;
}

QByteArray OpmlParser::write(const QList<OpmlOutline> &outlines, const QString &title)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("opml"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    w.writeStartElement(QStringLiteral("head"));
    w.writeTextElement(QStringLiteral("title"), title);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("body"));
    writeOutlines(w, outlines);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace veille
