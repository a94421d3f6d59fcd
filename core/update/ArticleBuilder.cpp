#include "update/ArticleBuilder.h"

#include <QCryptographicHash>

#include "parse/PlainTextParser.h"
#include "text/HtmlSanitizer.h"
#include "text/LanguageCode.h"
#include "text/LanguageGuesser.h"
#include "text/TitleText.h"
#include "text/TrackingFilter.h"

namespace veille {

// A feed's declared language is often wrong (a French blog left at "en-us"), so it only
// counts on texts too short for the guesser, or where the guesser can only say "other" (a
// feed declared "ru" in Cyrillic is "ru"). A text nobody can tell is "other": never French
// or English by default, whose fact rules would misread it.
QString ArticleBuilder::chooseLanguage(const QString &declared, const QString &title, const QStringList &keyPoints,
                                       const QString &body)
{
    const QString text = keyPoints.isEmpty() ? body : keyPoints.join(QLatin1Char('\n')) + QLatin1Char('\n') + body;
    const QString sample = title + QLatin1Char('\n') + text.left(4000);
    const QString guessed = LanguageGuesser::guess(sample);
    const QString code = LanguageCode::normalise(declared);
    if (guessed == u"other" && (code.isEmpty() || LanguageGuesser::hasFactRules(code)))
        return guessed;
    if (text.size() >= 200 && !guessed.isEmpty() && guessed != u"other")
        return guessed;
    if (!code.isEmpty())
        return code;
    // Too short to tell, and nothing declared ("Nvidia grows."): left undetermined rather
    // than "other", so that a headline-only item still has its companies found by name.
    return guessed;
}

QString ArticleBuilder::identity(const QString &guid, const QString &url, const QString &title, const QString &text)
{
    if (!guid.trimmed().isEmpty())
        return QStringLiteral("guid:") + guid.trimmed();
    if (!url.trimmed().isEmpty())
        return QStringLiteral("url:") + url.trimmed();
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(title.simplified().toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(text.simplified().toUtf8());
    return QStringLiteral("hash:") + QString::fromLatin1(h.result().toHex());
}

Article ArticleBuilder::fromFeedItem(const ParsedItem &item, const ParsedFeed &feed, const QUrl &feedUrl)
{
    Article a;
    const QString body = !item.contentHtml.trimmed().isEmpty() ? item.contentHtml : item.summaryHtml;
    const QUrl base = item.link.isEmpty() ? feedUrl : QUrl(item.link);
    const CleanHtml clean = HtmlSanitizer::clean(body, base);
    a.html = clean.html;
    a.text = clean.text;
    a.blocks = clean.blocks;
    // The identity keeps the link as the feed gives it (articles stored before stay the
    // same); the address kept and opened has no tracking parameters.
    a.url = TrackingFilter::withoutTrackingParameters(item.link);
    QStringList authors;
    // An Atom entry without an author has the feed's (RFC 4287, 4.2.1).
    for (const ParsedPerson &p : item.authors.isEmpty() ? feed.authors : item.authors) {
        if (!p.name.trimmed().isEmpty())
            authors << p.name.trimmed();
        else if (!p.email.trimmed().isEmpty())
            authors << p.email.trimmed();
    }
    a.author = authors.join(QStringLiteral(", "));
    a.published = item.published.isValid() ? item.published : item.updated;
    // Feeds give titles as HTML, or escaped once too often: stored as the text shown.
    a.title = TitleText::plain(item.title);
    if (a.title.isEmpty())
        a.title = PlainTextParser::deriveTitle({}, a.text);
    a.language = chooseLanguage(feed.language, a.title, {}, a.text);
    a.identity = identity(item.guid, item.link, a.title, a.text);
    return a;
}

Article ArticleBuilder::fromParsedArticle(const ParsedArticle &parsed, const QUrl &source)
{
    Article a;
    a.title = parsed.title.simplified();
    const bool fromWeb = source.scheme() == QLatin1String("http") || source.scheme() == QLatin1String("https");
    a.url = TrackingFilter::withoutTrackingParameters(!parsed.url.isEmpty() ? parsed.url
                                                                            : (fromWeb ? source.toString() : QString()));
    a.author = parsed.author;
    a.published = parsed.published;
    a.html = parsed.html;
    a.text = parsed.text;
    a.blocks = parsed.blocks;
    a.keyPoints = parsed.keyPoints;
    if (a.title.isEmpty())
        a.title = PlainTextParser::deriveTitle(a.keyPoints, a.text);
    a.language = chooseLanguage(parsed.language, a.title, a.keyPoints, a.text);
    // A saved file is the same article when its text is: the path may change.
    a.identity = identity(QString(), a.url, a.title, a.text);
    return a;
}

} // namespace veille
