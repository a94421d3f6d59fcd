#pragma once

#include <QString>
#include <QTextStream>
#include <memory>

#include "model/Error.h"

namespace veille {
class FactsEngine;
class Library;
}

namespace veille::cli {

// What every command of one veille-cli run shares: its output streams, the library file
// (opened on first use, with the program's one facts engine) and the way it ends with an
// error. Exit codes: 0 done, 1 error (one line on stderr), 2 usage error.
class CliSession {
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    explicit CliSession(const FactsEngine &facts);
    ~CliSession();

    QTextStream &out() { return m_out; }
    const FactsEngine &facts() const { return m_facts; }

    // The library file to open; the GUI's own one when never set.
    void setDatabasePath(const QString &path) { m_dbPath = path; }
    // The library, opened at the first call. Null when it cannot be opened: the error has
    // then been printed, and the command returns Failed.
    Library *library();

    // The one way an error is told: "veille-cli: MESSAGE" on stderr. Returns Failed.
    int fail(const QString &message);
    // An Error worded by ErrorText (English: the command line loads no translator).
    int fail(const Error &error);
    // A problem that does not stop the command: "veille-cli: WHERE: warning: MESSAGE".
    void warn(const QString &where, const Error &warning);
    // A usage error: the message (if any), then the usage text. Returns Usage.
    int usage(const QString &message);
    void printUsage();

    void flush();

private:
    const FactsEngine &m_facts;
    QString m_dbPath;
    std::unique_ptr<Library> m_library;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace veille::cli
