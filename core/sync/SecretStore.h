#pragma once

#include <QJsonObject>
#include <QString>

#include "model/Result.h"

namespace veille {

// Where sync passwords live: the desktop keychain (QtKeychain: Secret Service, KWallet)
// where one runs; else — a server, CI, a desktop without one — a JSON file next to the
// library that only the user can read (mode 0600), with a warning. Never in the library
// or the settings. VEILLE_NO_KEYCHAIN=1 in the environment skips the keychain.
class SecretStore {
public:
    // `file`: the fallback file, e.g. "<library>.secrets".
    explicit SecretStore(QString file) : m_file(std::move(file)) {}

    static QString fileFor(const QString &libraryPath) { return libraryPath + QStringLiteral(".secrets"); }

    // Keeps `secret` under `key`. `warning` is set (PasswordInFile) when it went to the file.
    Result<void> store(const QString &key, const QString &secret, Error *warning = nullptr);
    // The secret under `key`; PasswordMissing when neither place has it.
    Result<QString> secret(const QString &key);
    // Forgets `key` in both places; nothing to forget is fine.
    Result<void> remove(const QString &key);

    const QString &file() const { return m_file; }

private:
    static bool keychainWanted();
    Result<QJsonObject> readFile() const;
    Result<void> writeFile(const QJsonObject &secrets) const;
    Result<void> forgetInFile(const QString &key);

    QString m_file;
};

} // namespace veille
