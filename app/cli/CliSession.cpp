#include "CliSession.h"

#include <cstdio>

#include "CliArguments.h"
#include "messages/ErrorText.h"
#include "update/Library.h"

namespace veille::cli {

CliSession::CliSession(const FactsEngine &facts) : m_facts(facts), m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CliSession::~CliSession()
{
    flush();
}

Library *CliSession::library()
{
    if (m_library)
        return m_library.get();
    auto opened = Library::open(m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath, m_facts);
    if (!opened) {
        fail(opened.error().about(m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath));
        return nullptr;
    }
    m_library = std::move(opened).value();
    return m_library.get();
}

int CliSession::fail(const QString &message)
{
    m_err << "veille-cli: " << message << '\n';
    m_err.flush();
    return Failed;
}

int CliSession::fail(const Error &error)
{
    return fail(app::ErrorText::of(error));
}

void CliSession::warn(const QString &where, const Error &warning)
{
    m_err << "veille-cli: " << where << ": warning: " << app::ErrorText::of(warning) << '\n';
}

int CliSession::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << "veille-cli: " << message << '\n';
    m_err << CliArguments::usage();
    m_err.flush();
    return Usage;
}

void CliSession::printUsage()
{
    m_out << CliArguments::usage();
}

void CliSession::flush()
{
    m_out.flush();
    m_err.flush();
}

} // namespace veille::cli
