#pragma once

#include <QSqlDatabase>

#include "model/Result.h"

namespace veille {

// veille_fold(text): Fold::key of a text, for schema steps that must recompute what the
// C++ side keys by (entities.key). NULL stays NULL. Registered on every connection by
// Database::open, before the schema steps run.
Result<void> registerFoldFunction(QSqlDatabase &db);

} // namespace veille
