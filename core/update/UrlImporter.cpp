#include "update/UrlImporter.h"

#include <QEventLoop>

#include "fetch/Fetcher.h"

namespace veille {

Result<ImportReport> UrlImporter::importFetched(Importer &importer, const FetchResult &fetched, const QUrl &requested)
{
    if (!fetched.ok())
        return makeError(QStringLiteral("%1: %2").arg(requested.toString(), fetched.error));
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
    Result<ImportReport> outcome = makeError(QStringLiteral("%1: the fetch did not finish").arg(url.toString()));
    QEventLoop loop;
    import(url, [&](const Result<ImportReport> &r) {
        outcome = r;
        loop.quit();
    });
    loop.exec();
    return outcome;
}

} // namespace veille
