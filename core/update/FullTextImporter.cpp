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
        return page.error;
    auto parsed = HtmlPageParser::parse(page.body, page.finalUrl);
    if (!parsed)
        return parsed.error().about(page.finalUrl.toString());
    ArticleStore articles(m_db);
    VEILLE_TRY_ASSIGN(const std::optional<Article> stored, articles.article(candidate.article));
    if (!stored)
        return false; // deleted meanwhile (retention): nothing to improve
    Article article = *stored;
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

    return m_db.transaction([&]() -> Result<bool> {
        ImportReport report;
        VEILLE_TRY_ASSIGN(const ArticleId id, FeedItemWriter(m_db, m_facts).write(article, &report));
        VEILLE_TRY(FeedStore(m_db).markFullText(id, candidate.feedHash));
        return true;
    });
}

} // namespace veille
