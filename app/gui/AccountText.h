#pragma once

#include <QCoreApplication>
#include <QString>

#include "sync/Account.h"

namespace veille::app {

// How a sync account reads in the window: its short name, its protocol's name, when it
// last synced and how that went. One place, so the accounts dialog, the sidebar and the
// status bar say the same thing.
class AccountText {
    Q_DECLARE_TR_FUNCTIONS(AccountText)

public:
    // "Tiny Tiny RSS" for "ttrss"; an unknown type as it is.
    static QString typeName(const QString &type);
    // "admin@rss.example.org": the user at the server's host (and port, when not the
    // usual one), enough to tell two accounts apart.
    static QString name(const Account &account);
    static QString name(const QString &user, const QString &url);
    // The date and time of the last sync that went well, or "Never".
    static QString lastSync(const Account &account);
    // The error of the last sync as a sentence; "" when it went well.
    static QString lastError(const Account &account);
    // Several lines for a tooltip: protocol and address, last sync, last error.
    static QString summary(const Account &account);
};

} // namespace veille::app
