#pragma once

#include <QString>
#include <QStringList>

#include <functional>

#include "model/KeyFacts.h"
#include "model/Result.h"

class QIODevice;
class QJsonObject;

namespace veille {

class FactsEngine;

// One text of a JSON-lines file and its key facts, nothing stored.
struct FactsLine {
    int lineNumber = 0;
    QString text;
    QString language; // the one chosen, as import chooses it: "fr" or "en"
    QStringList keyPoints;
    KeyFacts facts;
};

// Key facts for texts that are not in a library: each line of a JSON-lines file is an
// object {"text": ..., "language": "fr"|"en", "key_points": [...]} (language and key points
// optional). The language is chosen as import chooses an article's, so a text gets the
// same facts here as once imported. `veille-cli facts --jsonl` and any front end share it.
class FactsLines {
public:
    using Sink = std::function<void(const FactsLine &)>;

    explicit FactsLines(const FactsEngine &engine) : m_engine(engine) {}

    // Reads `device` to its end, handing each line's facts to `sink` as soon as they are
    // found; blank lines are skipped. Stops at the first line that is not such an object,
    // with an error that names the line ("3: expected ..."). Returns how many texts it read.
    Result<int> read(QIODevice &device, const Sink &sink) const;

    // The facts of one object of the file; false when it has no "text" string.
    bool factsFor(const QJsonObject &object, FactsLine *line) const;

private:
    const FactsEngine &m_engine;
};

} // namespace veille
