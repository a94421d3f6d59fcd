#include "text/Boilerplate.h"

#include "text/Fold.h"

#include <QRegularExpression>

namespace veille {

namespace {

constexpr int kLongestPromotionalLine = 240;
constexpr int kLongestHeading = 60;

// Compared after normalized() and after leading/trailing punctuation is stripped.
constexpr const char *kKeyPointsHeadings[] = {
    "principaux renseignements", "a retenir", "ce qu'il faut retenir", "ce qu'il faut savoir",
    "l'essentiel", "l essentiel", "lessentiel", "essentiel", "l'essentiel en bref",
    "l'essentiel a retenir", "en bref", "en resume", "points cles", "les points cles",
    "points cles a retenir", "les principaux points", "points a retenir", "faits cles",
    "les faits cles", "key points", "the key points", "key facts", "key takeaways",
    "takeaways", "the takeaways", "main takeaways", "key highlights", "highlights",
    "story highlights", "article highlights", "at a glance", "tl;dr", "tldr", "tl dr",
    "in brief", "in short", "the essentials", "what you need to know", "summary points",
};

// Substrings of a promotional line, after normalized().
constexpr const char *kPromotionalMarks[] = {
    // French
    "abonnez-vous", "abonnez vous", "suivez-nous", "suivez nous", "suivez egalement",
    "suivez-moi", "retrouvez-nous sur", "rejoignez-nous sur", "sur google actualites",
    "sur google news", "inscrivez-vous a notre newsletter", "inscrivez-vous a nos newsletters",
    "inscrivez-vous a la newsletter", "inscrivez-vous gratuitement", "recevez notre newsletter",
    "recevez nos newsletters", "recevez gratuitement", "partagez cet article",
    "partager cet article", "partagez l'article", "telechargez notre application",
    "telechargez l'application", "cet article vous a plu", "cet article est reserve aux abonnes",
    "si vous souhaitez acceder a tous les articles", "lire la suite de l'article",
    "newsletter gratuite", "s'abonner a la newsletter", "votre avis nous interesse",
    // English
    "follow us", "follow me on", "subscribe to our", "subscribe now", "subscribe here",
    "subscribe for", "subscribe today", "sign up for our", "sign up to our", "sign up for the",
    "sign up to the", "sign up here", "share this article", "share this story",
    "share this post", "share on facebook", "share on twitter", "download our app",
    "download the app", "click here to subscribe", "on google news", "like us on facebook",
    "join our newsletter", "get our newsletter", "get the newsletter", "our free newsletter",
    "newsletter sign-up", "newsletter signup", "become a subscriber", "support our journalism",
};

bool isStrippable(QChar c)
{
    return c.isSpace() || c.isPunct() || c.isSymbol();
}

QString stripEdges(const QString &s)
{
    qsizetype start = 0;
    qsizetype end = s.size();
    // Leading bullets, emoji, dashes; trailing colons and dots. ';' inside "tl;dr" stays.
    while (start < end && isStrippable(s[start]) && !s[start].isLetterOrNumber())
        ++start;
    while (end > start && isStrippable(s[end - 1]) && !s[end - 1].isLetterOrNumber())
        --end;
    return s.mid(start, end - start);
}

} // namespace

QString Boilerplate::normalized(const QString &line)
{
    return Fold::key(line);
}

bool Boilerplate::isKeyPointsHeading(const QString &line)
{
    if (line.size() > kLongestHeading * 2)
        return false;
    const QString key = stripEdges(normalized(line));
    if (key.isEmpty() || key.size() > kLongestHeading)
        return false;
    for (const char *heading : kKeyPointsHeadings)
        if (key == QLatin1StringView(heading))
            return true;
    return false;
}

bool Boilerplate::isPromotional(const QString &line)
{
    if (line.size() > kLongestPromotionalLine * 2)
        return false;
    const QString key = normalized(line);
    if (key.isEmpty() || key.size() > kLongestPromotionalLine)
        return false;
    for (const char *mark : kPromotionalMarks)
        if (key.contains(QLatin1StringView(mark)))
            return true;
    // "Suivez Business AM sur Google Actualités / LinkedIn / X", "Follow X on Twitter".
    static const QRegularExpression follow(QStringLiteral(
        "^(suivez|follow|retrouvez)\\b.{0,60}\\b(sur|on) (google|facebook|twitter|x|instagram|"
        "linkedin|youtube|tiktok|threads|bluesky|mastodon|whatsapp|telegram)\\b"));
    return follow.match(key).hasMatch();
}

} // namespace veille
