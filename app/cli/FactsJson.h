#pragma once

#include <QJsonObject>

#include "model/KeyFacts.h"

namespace veille::cli {

// The JSON of `facts --json` and `facts --jsonl` (without id, title and language): a
// public contract of DESIGN.md, kept apart from how storage encodes facts.
QJsonObject factsToJson(const KeyFacts &facts);
QJsonObject entityToJson(const Entity &entity);

} // namespace veille::cli
