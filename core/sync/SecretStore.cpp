#include "sync/SecretStore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#ifdef VEILLE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace veille {

namespace {

constexpr char kService[] = "Veille";

#ifdef VEILLE_HAVE_KEYCHAIN
// Runs a keychain job to its end; the job's error, NoError when it went well.
QKeychain::Error runJob(QKeychain::Job &job, QString *reason)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    *reason = job.errorString();
    return job.error();
}
#endif

} // namespace

bool SecretStore::keychainWanted()
{
#ifdef VEILLE_HAVE_KEYCHAIN
    return qEnvironmentVariable("VEILLE_NO_KEYCHAIN") != QLatin1String("1");
#else
    return false;
#endif
}

Result<void> SecretStore::store(const QString &key, const QString &secret, Error *warning)
{
#ifdef VEILLE_HAVE_KEYCHAIN
    if (keychainWanted()) {
        QKeychain::WritePasswordJob job(QString::fromLatin1(kService));
        job.setKey(key);
        job.setTextData(secret);
        QString reason;
        if (runJob(job, &reason) == QKeychain::NoError) {
            // A password kept in the file before a keychain ran is not left behind.
            return forgetInFile(key);
        }
        // No keychain runs (no Secret Service, no KWallet): the file below.
    }
#endif
    VEILLE_TRY_ASSIGN(QJsonObject secrets, readFile());
    secrets.insert(key, secret);
    VEILLE_TRY(writeFile(secrets));
    if (warning)
        *warning = makeError(ErrorCode::PasswordInFile, m_file);
    return {};
}

Result<QString> SecretStore::secret(const QString &key)
{
#ifdef VEILLE_HAVE_KEYCHAIN
    if (keychainWanted()) {
        QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
        job.setKey(key);
        QString reason;
        if (runJob(job, &reason) == QKeychain::NoError)
            return job.textData();
    }
#endif
    VEILLE_TRY_ASSIGN(const QJsonObject secrets, readFile());
    const QJsonValue v = secrets.value(key);
    if (!v.isString())
        return makeError(ErrorCode::PasswordMissing, key);
    return v.toString();
}

Result<void> SecretStore::remove(const QString &key)
{
#ifdef VEILLE_HAVE_KEYCHAIN
    if (keychainWanted()) {
        QKeychain::DeletePasswordJob job(QString::fromLatin1(kService));
        job.setKey(key);
        QString reason;
        runJob(job, &reason); // absent, or no keychain: nothing to forget there
    }
#endif
    return forgetInFile(key);
}

Result<void> SecretStore::forgetInFile(const QString &key)
{
    VEILLE_TRY_ASSIGN(QJsonObject secrets, readFile());
    if (!secrets.contains(key))
        return {};
    secrets.remove(key);
    return writeFile(secrets);
}

Result<QJsonObject> SecretStore::readFile() const
{
    QFile file(m_file);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, file.errorString(), m_file};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return Error{ErrorCode::MalformedJson, QString(), m_file};
    return doc.object();
}

Result<void> SecretStore::writeFile(const QJsonObject &secrets) const
{
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::FileNotWritable, file.errorString(), m_file};
    // Only the user may read it, from the first byte on (the temporary file is the one
    // renamed over the old one).
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{ErrorCode::FileNotWritable, file.errorString(), m_file};
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{ErrorCode::FileNotWritable, file.errorString(), m_file};
    return {};
}

} // namespace veille
