#include "text/HtmlContentFinder.h"

#include "text/Boilerplate.h"
#include "text/HtmlDocument.h"
#include "text/HtmlText.h"

#include <QRegularExpression>

#include <vector>

namespace veille {

namespace {

QLatin1StringView L(const char *s) { return QLatin1StringView(s); }

constexpr int kMinParagraph = 25;
constexpr int kMinArticleText = 140;
constexpr int kLongestRelatedBlock = 1500;

// Words of a class or id (split at anything not a letter or digit) that mark boilerplate.
constexpr const char *kBadWords[] = {
    "cookie", "cookies", "consent", "gdpr", "banner", "related", "recommended", "recommendations",
    "share", "sharing", "social", "socials", "comment", "comments", "newsletter", "newsletters",
    "subscribe", "subscription", "promo", "promotion", "advert", "advertisement", "ad", "ads",
    "adsbygoogle", "sponsor", "sponsored", "outbrain", "taboola", "sidebar", "popup", "modal",
    "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "footer", "masthead",
    "byline", "author", "authors", "toolbar", "print", "tags", "readmore", "lire", "aussi", "also",
    "more", "widget", "disqus", "paywall", "signup", "follow", "pub", "publicite",
};

// Substrings that mark boilerplate even inside longer words ("cookieBanner").
constexpr const char *kBadParts[] = {
    "cookie", "consent", "gdpr", "newsletter", "outbrain", "taboola", "advert", "related",
    "recommend", "social", "sharing", "sharebar", "comment", "subscribe", "sponsor",
    "breadcrumb", "popup", "banner",
};

// Words that say the element is the article itself; they protect it from the above.
constexpr const char *kGoodWords[] = {
    "article", "articlebody", "story", "content", "entry", "post", "body", "main", "text",
};

constexpr const char *kBadRoles[] = {
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
    "menu", "menubar",
};

bool inList(QStringView word, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; ++i)
        if (word == QLatin1StringView(list[i]))
            return true;
    return false;
}

enum class Verdict { Neutral, Bad, Good };

Verdict classVerdict(const HtmlDocument &doc, int index)
{
    const QString s = (doc.attribute(index, L("class")) + QLatin1Char(' ') + doc.attribute(index, L("id"))).toLower();
    if (s.trimmed().isEmpty())
        return Verdict::Neutral;
    bool bad = false;
    bool good = false;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool word = i < s.size() && s[i].isLetterOrNumber();
        if (word && start < 0)
            start = i;
        if (!word && start >= 0) {
            const QStringView w = QStringView(s).mid(start, i - start);
            bad = bad || inList(w, kBadWords, std::size(kBadWords));
            good = good || inList(w, kGoodWords, std::size(kGoodWords));
            start = -1;
        }
    }
    for (const char *part : kBadParts)
        bad = bad || s.contains(L(part));
    if (bad)
        return Verdict::Bad;
    return good ? Verdict::Good : Verdict::Neutral;
}

bool isHidden(const HtmlDocument &doc, int index)
{
    if (doc.hasAttribute(index, L("hidden")) || doc.attribute(index, L("aria-hidden")) == L("true"))
        return true;
    const QString style = doc.attribute(index, L("style"));
    if (style.isEmpty())
        return false;
    QString compact = style.toLower();
    compact.remove(QLatin1Char(' '));
    return compact.contains(L("display:none")) || compact.contains(L("visibility:hidden"));
}

bool alwaysBoilerplate(HtmlTag t)
{
    using T = HtmlTag;
    return t == T::Script || t == T::Style || t == T::Noscript || t == T::Template || t == T::Svg
        || t == T::Iframe || t == T::Nav || t == T::Footer || t == T::Aside || t == T::Form
        || t == T::Button || t == T::Select || t == T::Input || t == T::Textarea || t == T::Dialog
        || t == T::Object || t == T::Embed || t == T::Head;
}

QString folded(const QString &text) { return Boilerplate::normalized(text); }

// "À lire aussi", "Read more", "More stories", "Related articles" ...
bool isRelatedHeading(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[\\[(«\"]?\\s*(a lire aussi|lire aussi|lire egalement|a lire egalement|a lire|voir aussi|sur le meme sujet|"
        "dans la meme rubrique|les plus lus|les plus partages|nos articles|read more|read also|also read|"
        "more stories|more from|related|related articles|related stories|related content|"
        "recommended|recommended for you|you may also like|you might also like|most read|most popular|"
        "top stories|more on this story|more on this topic|trending|popular now)\\b"));
    const QString key = folded(text);
    return key.size() <= 80 && re.match(key).hasMatch();
}

struct Lengths {
    std::vector<int> text;  // all text under the node
    std::vector<int> link;  // text under <a> elements
    std::vector<int> para;  // text under paragraphs (p, pre, blockquote), at least kMinParagraph
};

Lengths measure(const HtmlDocument &doc)
{
    Lengths l;
    l.text = doc.textLengths();
    l.link.assign(l.text.size(), 0);
    l.para.assign(l.text.size(), 0);
    for (size_t i = l.text.size(); i-- > 1;) {
        const HtmlNode &n = doc.node(int(i));
        if (n.removed)
            continue;
        if (n.tag == HtmlTag::A)
            l.link[i] = l.text[i];
        if ((n.tag == HtmlTag::P || n.tag == HtmlTag::Pre || n.tag == HtmlTag::Blockquote)
            && l.text[i] >= kMinParagraph)
            l.para[i] = std::max(l.para[i], l.text[i] - l.link[i]);
        const size_t p = size_t(n.parent);
        l.link[p] += l.link[i];
        l.para[p] += l.para[i];
    }
    return l;
}

bool containsExplicitContent(const HtmlDocument &doc, int index)
{
    return doc.tag(index) == HtmlTag::Article || doc.tag(index) == HtmlTag::Main
        || doc.attribute(index, L("itemprop")) == L("articleBody");
}

} // namespace

void HtmlContentFinder::removeBoilerplate(HtmlDocument &doc)
{
    // Ancestors of explicit article markup are never removed, whatever their class.
    std::vector<char> protectedNode(size_t(doc.size()), 0);
    for (int i = 0; i < doc.size(); ++i) {
        if (!containsExplicitContent(doc, i))
            continue;
        for (int a = i; a >= 0 && !protectedNode[size_t(a)]; a = doc.node(a).parent)
            protectedNode[size_t(a)] = 1;
    }
    const std::vector<int> lengths = doc.textLengths();
    const int total = std::max(1, lengths[0]);

    for (int i = 1; i < doc.size(); ++i) {
        HtmlNode &n = doc.node(i);
        if (!n.isElement() || protectedNode[size_t(i)])
            continue;
        const HtmlTag t = n.tag;
        if (t == HtmlTag::Body || t == HtmlTag::Html)
            continue;
        bool remove = alwaysBoilerplate(t) || isHidden(doc, i);
        if (!remove && t == HtmlTag::Header) {
            // A page header goes; an article's own header (title, standfirst) stays.
            bool inArticle = false;
            for (int a = n.parent; a > 0 && !inArticle; a = doc.node(a).parent)
                inArticle = containsExplicitContent(doc, a);
            remove = !inArticle;
        }
        if (!remove) {
            const QString role = doc.attribute(i, L("role")).toLower();
            remove = !role.isEmpty() && inList(role, kBadRoles, std::size(kBadRoles));
        }
        if (!remove && classVerdict(doc, i) == Verdict::Bad) {
            // A wrapper with a bad word that holds most of the page is a layout class.
            remove = lengths[size_t(i)] < total / 2;
        }
        if (remove)
            n.removed = true;
    }

    // Related-article blocks announced by a heading, and "Lire aussi" paragraphs.
    for (int i = 1; i < doc.size(); ++i) {
        const HtmlTag t = doc.tag(i);
        const bool headingLike = (t >= HtmlTag::H2 && t <= HtmlTag::H6) || t == HtmlTag::P
            || t == HtmlTag::Strong || t == HtmlTag::Span || t == HtmlTag::Div || t == HtmlTag::Li;
        if (!headingLike || lengths[size_t(i)] == 0 || lengths[size_t(i)] > 300 || doc.isRemoved(i))
            continue;
        const QString text = HtmlText::simplified(doc.textContent(i));
        if (!isRelatedHeading(text))
            continue;
        const int parent = doc.node(i).parent;
        const HtmlTag pt = parent > 0 ? doc.tag(parent) : HtmlTag::Document;
        if (t >= HtmlTag::H2 && t <= HtmlTag::H6 && parent > 0 && !protectedNode[size_t(parent)]
            && (pt == HtmlTag::Div || pt == HtmlTag::Section || pt == HtmlTag::Ul)
            && lengths[size_t(parent)] <= kLongestRelatedBlock) {
            doc.node(parent).removed = true;
            continue;
        }
        doc.node(i).removed = true;
        // A heading followed by its list of links.
        for (int s = doc.node(i).nextSibling; s >= 0; s = doc.node(s).nextSibling) {
            if (doc.node(s).isText() && HtmlText::simplified(doc.node(s).text).isEmpty())
                continue;
            if (doc.tag(s) == HtmlTag::Ul || doc.tag(s) == HtmlTag::Ol)
                doc.node(s).removed = true;
            break;
        }
    }
}

int HtmlContentFinder::findContent(const HtmlDocument &doc)
{
    const Lengths l = measure(doc);
    const int n = doc.size();

    // Paragraph scores go to the parent in full and to the grandparent in half.
    std::vector<double> score(size_t(n), 0.0);
    for (int i = 1; i < n; ++i) {
        const HtmlTag t = doc.tag(i);
        if ((t != HtmlTag::P && t != HtmlTag::Pre && t != HtmlTag::Td && t != HtmlTag::Blockquote)
            || l.text[size_t(i)] < kMinParagraph || doc.isRemoved(i))
            continue;
        const QString text = doc.textContent(i);
        const double s = 1.0 + double(text.count(QLatin1Char(','))) + std::min(3.0, double(text.size()) / 100.0);
        int p = doc.node(i).parent;
        double share = 1.0;
        for (int level = 0; level < 3 && p > 0; ++level, p = doc.node(p).parent) {
            score[size_t(p)] += s * share;
            share = level == 0 ? 0.5 : share / 1.5;
        }
    }
    int best = -1;
    double bestScore = 0;
    for (int i = 1; i < n; ++i) {
        if (score[size_t(i)] <= 0)
            continue;
        const double links = l.text[size_t(i)] > 0 ? double(l.link[size_t(i)]) / l.text[size_t(i)] : 0;
        const double s = score[size_t(i)] * (1.0 - links);
        if (s > bestScore) {
            bestScore = s;
            best = i;
        }
    }
    // The article body may be split over sibling blocks: take the parent when the
    // best block holds too little of the parent's paragraph text.
    while (best > 0) {
        const int p = doc.node(best).parent;
        if (p <= 0 || doc.tag(p) == HtmlTag::Body || doc.tag(p) == HtmlTag::Html)
            break;
        const double links = l.text[size_t(p)] > 0 ? double(l.link[size_t(p)]) / l.text[size_t(p)] : 0;
        if (l.para[size_t(best)] * 10 >= l.para[size_t(p)] * 6 || links > 0.35)
            break;
        best = p;
    }

    // Explicit markup wins when it holds a fair share of the text.
    const int scored = best;
    const int scoredPara = scored > 0 ? l.para[size_t(scored)] : 0;
    auto pickExplicit = [&](auto &&accept) {
        int found = -1;
        for (int i = 1; i < n; ++i) {
            if (!accept(i) || doc.isRemoved(i))
                continue;
            if (found < 0 || l.para[size_t(i)] > l.para[size_t(found)])
                found = i;
        }
        if (found >= 0 && l.text[size_t(found)] >= kMinArticleText
            && l.para[size_t(found)] * 2 >= scoredPara)
            return found;
        return -1;
    };
    int chosen = pickExplicit([&](int i) { return doc.attribute(i, L("itemprop")) == L("articleBody"); });
    if (chosen < 0)
        chosen = pickExplicit([&](int i) { return doc.tag(i) == HtmlTag::Article; });
    if (chosen < 0)
        chosen = pickExplicit([&](int i) {
            return doc.tag(i) == HtmlTag::Main || doc.attribute(i, L("role")) == L("main");
        });
    if (chosen < 0)
        chosen = scored;
    if (chosen < 0) {
        // No paragraphs at all: the body, if it has any text.
        const int body = doc.firstElement(HtmlTag::Body);
        chosen = body >= 0 ? body : doc.root();
    }
    return l.text[size_t(chosen)] > 0 ? chosen : -1;
}

void HtmlContentFinder::trimContent(HtmlDocument &doc, int content, const QString &title,
                                     const QString &author)
{
    const QString authorKey = folded(author);
    // The title heading repeats ParsedArticle::title.
    const QString titleKey = folded(title);
    std::vector<int> blocks;
    for (int i = doc.nextInOrder(content, content); i >= 0;) {
        const HtmlNode &n = doc.node(i);
        if (n.removed) {
            i = doc.nextInOrder(i, content, true);
            continue;
        }
        const HtmlTag t = n.tag;
        if (t >= HtmlTag::H1 && t <= HtmlTag::H6 && !titleKey.isEmpty()
            && folded(HtmlText::simplified(doc.textContent(i))) == titleKey) {
            doc.node(i).removed = true;
            i = doc.nextInOrder(i, content, true);
            continue;
        }
        if (t == HtmlTag::P && !authorKey.isEmpty()) {
            // A byline paragraph ("By Jane Doe") left inside the body.
            const QString key = folded(HtmlText::simplified(doc.textContent(i)));
            if (key == authorKey || key == QLatin1StringView("by ") + authorKey
                || key == QLatin1StringView("par ") + authorKey) {
                doc.node(i).removed = true;
                i = doc.nextInOrder(i, content, true);
                continue;
            }
        }
        if (t == HtmlTag::P || (t >= HtmlTag::H1 && t <= HtmlTag::H6) || t == HtmlTag::Li
            || t == HtmlTag::Blockquote) {
            blocks.push_back(i);
            i = doc.nextInOrder(i, content, true);
            continue;
        }
        if (n.isText() && !HtmlText::simplified(n.text).isEmpty())
            blocks.push_back(i);
        i = doc.nextInOrder(i, content);
    }
    // Promotional blocks are dropped from the end, skipping blank ones; a block that
    // is a "Lire aussi" link or a promotion in the middle goes too.
    bool trailing = true;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
        const QString text = HtmlText::simplified(doc.textContent(*it));
        if (text.isEmpty())
            continue;
        const bool promo = Boilerplate::isPromotional(text);
        if (promo && (trailing || text.size() < 120))
            doc.node(*it).removed = true;
        else if (!promo)
            trailing = false;
    }
}

} // namespace veille
