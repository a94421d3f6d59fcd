#pragma once

#include <QByteArray>
#include <QString>

#include "model/Result.h"

namespace veille {

// Writes a whole file or nothing (QSaveFile): what exports and the user's companies file
// need, so that a full disk or a folder without write access never leaves half a file or
// damages the one already there.
class AtomicFile {
public:
    // FileIsFolder or FileNotWritable (the system's reason), about `path`, on failure.
    static Result<void> write(const QString &path, const QByteArray &bytes);
};

} // namespace veille
