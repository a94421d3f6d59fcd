#include "update/UrlImporter.h"

#include <QEventLoop>

#include <optional>

#include "fetch/Fetcher.h"

namespace veille {

Result<ImportReport> UrlImporter::importFetched(Importer &importer, const FetchResult &fetched, const QUrl &requested)
{
    if (!fetched.ok())
        return fetched.error.about(requested.toString());
    return importer.importBytes(fetched.body, fetched.movedTo.isValid() ? fetched.movedTo : requested);
}

void UrlImporter::import(const QUrl &url, Done done)
{
    Importer &importer = m_importer;
    m_fetcher.get({url, {}, {}}, [&importer, url, done = std::move(done)](const FetchResult &fetched) {
        done(importFetched(importer, fetched, url));
    });
}

Result<ImportReport> UrlImporter::importNow(const QUrl &url)
{
    std::optional<Result<ImportReport>> outcome;
    QEventLoop loop;
    import(url, [&](const Result<ImportReport> &r) {
        outcome = r;
        loop.quit();
    });
    loop.exec();
    // Every fetch ends by itself (FetchLimits); no answer at all is a network failure.
    return outcome ? *outcome : Result<ImportReport>(makeError(ErrorCode::NetworkError).about(url.toString()));
}

} // namespace veille
