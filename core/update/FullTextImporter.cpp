#include "update/FullTextImporter.h"

#include "parse/HtmlPageParser.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/FeedStore.h"
#include "update/ArticleBuilder.h"
#include "update/FeedItemWriter.h"

namespace veille {

Result<bool> FullTextImporter::store(const FullTextCandidate &candidate, const FetchResult &page)
{
    Result<bool> replaced = replace(candidate, page);
    if (!replaced || !*replaced) {
        // Fails only when the article is gone meanwhile: then there is nothing to remember.
        (void)FeedStore(m_db).markFullText(candidate.article, candidate.feedHash);
    }
    return replaced;
}

Result<bool> FullTextImporter::replace(const FullTextCandidate &candidate, const FetchResult &page)
{
    if (!page.ok())
        return makeError(page.error);
    auto parsed = HtmlPageParser::parse(page.body, page.finalUrl);
    if (!parsed)
        return makeError(QStringLiteral("%1: %2").arg(page.finalUrl.toString(), parsed.errorMessage()));
    ArticleStore articles(m_db);
    auto stored = articles.article(candidate.article);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return false; // deleted meanwhile (retention): nothing to improve
    Article article = **stored;
    const Article fromPage = ArticleBuilder::fromParsedArticle(*parsed, page.finalUrl);
    if (fromPage.text.size() <= article.text.size())
        return false;

    // The feed's own title, link and date stay: they identify the item. The body, its
    // key points and the language come from the page.
    article.html = fromPage.html;
    article.text = fromPage.text;
    article.blocks = fromPage.blocks;
    article.keyPoints = fromPage.keyPoints;
    article.language = fromPage.language;
    if (article.author.isEmpty())
        article.author = fromPage.author;
    if (!article.published.isValid())
        article.published = fromPage.published;

    VEILLE_TRY(m_db.transaction([&]() -> Result<void> {
        ImportReport report;
        auto id = FeedItemWriter(m_db, m_facts).write(article, &report);
        if (!id)
            return id.error();
        return FeedStore(m_db).markFullText(*id, candidate.feedHash);
    }));
    return true;
}

} // namespace veille
