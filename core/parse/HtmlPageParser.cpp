#include "parse/HtmlPageParser.h"

#include "text/HtmlContentFinder.h"
#include "text/HtmlDocument.h"
#include "text/HtmlKeyPoints.h"
#include "text/HtmlMetadata.h"
#include "text/HtmlSanitizer.h"
#include "text/TextDate.h"

namespace veille {

Result<ParsedArticle> HtmlPageParser::parse(const QByteArray &bytes, const QUrl &url)
{
    HtmlDocument doc = HtmlDocument::parseBytes(bytes);
    const HtmlPageMetadata meta = HtmlMetadata::read(doc, url);

    ParsedArticle article;
    article.title = meta.title;
    article.url = url.toString();
    article.author = meta.author;
    article.published = meta.published;
    article.language = meta.language;

    // The key-points box is taken first: it often sits in an <aside>, which the
    // boilerplate pass would otherwise remove with the rest.
    article.keyPoints = HtmlKeyPoints::extract(doc);
    HtmlContentFinder::removeBoilerplate(doc);
    const int content = HtmlContentFinder::findContent(doc);
    if (content < 0)
        return makeError(ErrorCode::NoArticleText);
    HtmlContentFinder::trimContent(doc, content, article.title, article.author);

    const CleanHtml clean = HtmlSanitizer::cleanNode(doc, content, meta.base);
    if (clean.text.trimmed().isEmpty())
        return makeError(ErrorCode::NoArticleText);
    article.html = clean.html;
    article.text = clean.text;
    article.blocks = clean.blocks;
    if (article.title.isEmpty())
        article.title = article.text.section(QLatin1Char('\n'), 0, 0).left(120);
    // No date in the page's metadata: its byline may give one.
    if (!article.published.isValid())
        article.published = TextDate::find(article.text);
    return article;
}

bool HtmlPageParser::looksLikeHtml(const QByteArray &bytes)
{
    QByteArray head = bytes.left(2048).toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3);
    const QByteArray start = head.trimmed();
    if (start.startsWith("<!doctype html") || start.startsWith("<html"))
        return true;
    if (start.startsWith("<?xml")) // XHTML, but not a feed
        return head.contains("<html") && !head.contains("<rss") && !head.contains("<feed")
            && !head.contains("<rdf:rdf");
    if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
        || head.contains("<opml"))
        return false;
    if (!start.startsWith('<') && !start.startsWith("<!--"))
        return head.contains("<html") || head.contains("<body");
    return head.contains("<html") || head.contains("<head") || head.contains("<body")
        || head.contains("<meta") || head.contains("<title") || head.contains("<div")
        || head.contains("<p>");
}

} // namespace veille
