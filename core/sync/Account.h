#pragma once

#include <QDateTime>
#include <QString>

#include "model/Error.h"

namespace veille {

using AccountId = qint64;

// A sync server account: where the user's subscriptions and read/favourite flags live
// when Veille is one reader among several. The password is never here: SecretStore
// keeps it (the desktop keychain, else a file only the user can read).
struct Account {
    AccountId id = 0;
    QString type;        // "ttrss" (Account::kTtRss); the protocol that speaks to it
    QString url;         // the server's base address, e.g. https://example.org/tt-rss/
    QString user;
    qint64 sinceId = 0;  // the newest server article already stored
    QDateTime lastSync;  // invalid until a sync went well
    Error lastError;     // of the last sync; None when it went well

    static constexpr const char *kTtRss = "ttrss";

    // The key the password is kept under: one per server, user and protocol.
    QString secretKey() const { return type + QLatin1Char(' ') + user + QLatin1Char('@') + url; }
};

} // namespace veille
