#include "update/AtomicFile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace veille {

Result<void> AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo(path).isDir())
        return makeError(ErrorCode::FileIsFolder).about(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::FileNotWritable, file.errorString()).about(path);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::FileNotWritable, reason).about(path);
    }
    if (!file.commit())
        return makeError(ErrorCode::FileNotWritable, file.errorString()).about(path);
    return {};
}

} // namespace veille
