#pragma once

#include <QStringList>
#include <QTextStream>
#include <memory>

#include "model/Error.h"

namespace veille {
class Library;
}

namespace veille::cli {

// veille-cli: the headless face of the core, with the commands and JSON shapes of
// DESIGN.md. Exit codes: 0 done, 1 error (one line on stderr), 2 usage error.
class Cli {
public:
    Cli();
    ~Cli();
    int run(const QStringList &arguments);

    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

private:
    int openLibrary();
    int cmdImport(const QStringList &args);
    int cmdList(const QStringList &args);
    int cmdShow(const QStringList &args);
    int cmdFacts(const QStringList &args);
    int cmdSearch(const QStringList &args);
    int cmdCompanies(const QStringList &args);
    int cmdFeeds(const QStringList &args);
    int cmdState(const QString &command, const QStringList &args);
    int cmdReindex(const QStringList &args);
    int cmdSubscribe(const QStringList &args);
    int cmdRefresh(const QStringList &args);
    int cmdExportOpml(const QStringList &args);
    int importUrl(const QString &url);

    int usage(const QString &message);
    int fail(const QString &message);
    int fail(const Error &error); // worded by ErrorText, in English

    QString m_dbPath;
    std::unique_ptr<Library> m_library;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace veille::cli
