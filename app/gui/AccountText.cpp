#include "gui/AccountText.h"

#include <QLocale>
#include <QUrl>

#include "messages/ErrorText.h"

namespace veille::app {

QString AccountText::typeName(const QString &type)
{
    if (type == QLatin1String(Account::kTtRss))
        //: The name of a news server program; keep it as it is.
        return tr("Tiny Tiny RSS");
    return type;
}

QString AccountText::name(const QString &user, const QString &url)
{
    const QUrl address(url);
    QString host = address.host();
    if (host.isEmpty())
        return user + QLatin1Char('@') + url;
    const int port = address.port();
    const bool usualPort = port < 0 || (port == 443 && address.scheme() == QLatin1String("https"))
                           || (port == 80 && address.scheme() == QLatin1String("http"));
    if (!usualPort)
        host += QLatin1Char(':') + QString::number(port);
    return user + QLatin1Char('@') + host;
}

QString AccountText::name(const Account &account)
{
    return name(account.user, account.url);
}

QString AccountText::lastSync(const Account &account)
{
    if (!account.lastSync.isValid())
        //: When an account last synced: never yet.
        return tr("Never");
    return QLocale().toString(account.lastSync.toLocalTime(), QLocale::ShortFormat);
}

QString AccountText::lastError(const Account &account)
{
    return account.lastError.isNone() ? QString() : ErrorText::of(account.lastError);
}

QString AccountText::summary(const Account &account)
{
    QStringList lines{typeName(account.type) + QStringLiteral(": ") + account.url,
                      tr("Last sync: %1").arg(lastSync(account))};
    if (const QString error = lastError(account); !error.isEmpty())
        lines << tr("Last error: %1").arg(error);
    return lines.join(QLatin1Char('\n'));
}

} // namespace veille::app
