#include "update/FactsLines.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "facts/FactsEngine.h"
#include "update/ArticleBuilder.h"

namespace veille {

bool FactsLines::factsFor(const QJsonObject &object, FactsLine *line) const
{
    const QJsonValue text = object.value(QStringLiteral("text"));
    if (!text.isString())
        return false;
    line->text = text.toString();
    line->keyPoints.clear();
    for (const QJsonValue &v : object.value(QStringLiteral("key_points")).toArray())
        line->keyPoints << v.toString();
    // As import chooses it (there is no title here).
    line->language = ArticleBuilder::chooseLanguage(object.value(QStringLiteral("language")).toString(), QString(),
                                                    line->keyPoints, line->text);
    line->facts = m_engine.extract(line->text, line->language, line->keyPoints);
    return true;
}

Result<int> FactsLines::read(QIODevice &device, const Sink &sink) const
{
    int lineNumber = 0;
    int texts = 0;
    while (!device.atEnd()) {
        const QByteArray bytes = device.readLine().trimmed();
        ++lineNumber;
        if (bytes.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        FactsLine line;
        line.lineNumber = lineNumber;
        if (!doc.isObject() || !factsFor(doc.object(), &line))
            return makeError(ErrorCode::NotAFactsLine, lineNumber);
        sink(line);
        ++texts;
    }
    return texts;
}

} // namespace veille
