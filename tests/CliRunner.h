#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sys/types.h>
#include <unistd.h>

namespace veille::test {

// What one run of veille-cli did.
struct CliResult {
    int exitCode = -1;
    bool crashed = false; // a signal, or no end before the timeout
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Runs the real veille-cli binary to its end (or `timeoutMs`, which counts as a crash):
// the one way every test program starts it. `asUser`: when the test runs as root, run the
// child as this uid, so that file permissions apply to it. `input`, when given, is
// written to its standard input, which is then closed.
inline CliResult runCli(const QStringList &args, int timeoutMs = 120000, uid_t asUser = 0, const QByteArray &input = {})
{
    QProcess p;
    if (asUser != 0 && geteuid() == 0) {
        p.setChildProcessModifier([asUser] {
            if (setgid(asUser) != 0 || setuid(asUser) != 0)
                _exit(99);
        });
    }
    p.start(QStringLiteral(VEILLE_CLI_PATH), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The same on the library file `db` ("--db DB" before the command).
inline CliResult runCliOn(const QString &db, const QStringList &args, int timeoutMs = 120000)
{
    return runCli(QStringList{QStringLiteral("--db"), db} + args, timeoutMs);
}

} // namespace veille::test
