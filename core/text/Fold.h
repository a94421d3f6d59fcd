#pragma once

#include <QString>

namespace veille {

// Folds a name for matching: lower case, accents removed, apostrophes and dashes
// unified, spaces collapsed. "Société Générale" and "societe  generale" fold alike.
class Fold {
public:
    static QString key(const QString &text);
};

} // namespace veille
