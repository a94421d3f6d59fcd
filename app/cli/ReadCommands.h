#pragma once

#include <optional>

#include "CliArguments.h"
#include "model/Article.h"

namespace veille {
class Library;
}

namespace veille::cli {

class CliSession;

// The commands that only read: list, show, facts, search, companies, feeds. Each prints
// text for people, or with --json the shape of CliJson. `facts --jsonl` reads no library
// at all: it runs the engine on the texts of a file (FactsLines).
class ReadCommands {
public:
    explicit ReadCommands(CliSession &session) : m_session(session) {}

    int list(CliArguments args);
    int show(CliArguments args);
    int facts(CliArguments args);
    int search(CliArguments args);
    int companies(CliArguments args);
    int feeds(CliArguments args);

private:
    int factsOfLines(const QString &path);
    // Opens the library and reads the article with this id; nullopt once the reason it
    // cannot be read has been printed.
    std::optional<Article> openArticle(ArticleId id, Library **library);

    CliSession &m_session;
};

} // namespace veille::cli
