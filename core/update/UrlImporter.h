#pragma once

#include <QUrl>

#include <functional>

#include "model/Result.h"
#include "update/Importer.h"

namespace veille {

class Fetcher;
struct FetchResult;

// Imports what a web address serves the way a file is imported: the fetched bytes go
// through Importer::importBytes, named by the address they came from (the new one when
// the address moved permanently), so a feed, a page or an OPML file is recognised as it
// would be on disk. `veille-cli import URL` uses it; the window can too.
class UrlImporter {
public:
    using Done = std::function<void(const Result<ImportReport> &)>;

    UrlImporter(Importer &importer, Fetcher &fetcher) : m_importer(importer), m_fetcher(fetcher) {}

    // Fetches `url`, then imports it on this thread; `done` is called once, later, unless
    // the Fetcher is destroyed or aborted first.
    void import(const QUrl &url, Done done);

    // The same, waiting in a local event loop: for a command line, not for a window.
    Result<ImportReport> importNow(const QUrl &url);

    // What a finished fetch of `requested` gives: its error ("URL: why"), or the import
    // of its body.
    static Result<ImportReport> importFetched(Importer &importer, const FetchResult &fetched, const QUrl &requested);

private:
    Importer &m_importer;
    Fetcher &m_fetcher;
};

} // namespace veille
