#pragma once

#include <QStringList>

namespace veille {
class FactsEngine;
}

namespace veille::cli {

// veille-cli: the headless face of the core, with the commands and JSON shapes of
// DESIGN.md. Reads the global options, then hands the command to ReadCommands or
// WriteCommands. Exit codes: 0 done, 1 error (one line on stderr), 2 usage error.
class Cli {
public:
    // `facts` is the program's one engine, made in main().
    explicit Cli(const FactsEngine &facts) : m_facts(facts) {}

    int run(const QStringList &arguments);

private:
    const FactsEngine &m_facts;
};

} // namespace veille::cli
