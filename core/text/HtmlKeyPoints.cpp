#include "text/HtmlKeyPoints.h"

#include "text/Boilerplate.h"
#include "text/HtmlDocument.h"
#include "text/HtmlText.h"

namespace veille {

namespace {

constexpr int kLongestBox = 4000;
constexpr int kMostItems = 12;

QLatin1StringView L(const char *s) { return QLatin1StringView(s); }

bool isBoxTag(HtmlTag t)
{
    return t == HtmlTag::Aside || t == HtmlTag::Div || t == HtmlTag::Section
        || t == HtmlTag::Figure || t == HtmlTag::Details || t == HtmlTag::Blockquote;
}

bool isListTag(HtmlTag t) { return t == HtmlTag::Ul || t == HtmlTag::Ol; }

bool isHeadingLike(HtmlTag t)
{
    return (t >= HtmlTag::H1 && t <= HtmlTag::H6) || t == HtmlTag::Strong || t == HtmlTag::B
        || t == HtmlTag::P || t == HtmlTag::Span || t == HtmlTag::Div || t == HtmlTag::Header
        || t == HtmlTag::Summary || t == HtmlTag::Figcaption || t == HtmlTag::Caption
        || t == HtmlTag::Dt || t == HtmlTag::Em;
}

bool hasKeyPointsClass(const HtmlDocument &doc, int index)
{
    const QString s = (doc.attribute(index, L("class")) + QLatin1Char(' ') + doc.attribute(index, L("id"))).toLower();
    if (s.isEmpty())
        return false;
    for (const char *word : {"key-points", "keypoints", "key_points", "key-facts", "keyfacts",
                             "essentiel", "a-retenir", "aretenir", "highlights", "takeaways",
                             "tldr", "en-bref", "points-cles"})
        if (s.contains(L(word)))
            return true;
    return false;
}

int nextElementSibling(const HtmlDocument &doc, int index)
{
    for (int s = doc.node(index).nextSibling; s >= 0; s = doc.node(s).nextSibling) {
        if (doc.node(s).isElement())
            return s;
        if (!HtmlText::simplified(doc.node(s).text).isEmpty())
            return -1;
    }
    return -1;
}

void collectItems(const HtmlDocument &doc, int scope, int skip, HtmlTag tag, QStringList &items)
{
    for (int i = doc.nextInOrder(scope, scope); i >= 0;) {
        if (i == skip) {
            i = doc.nextInOrder(i, scope, true);
            continue;
        }
        if (doc.tag(i) == tag) {
            const QString text = HtmlText::simplified(doc.textContent(i));
            if (!text.isEmpty() && !Boilerplate::isKeyPointsHeading(text))
                items << text;
            i = doc.nextInOrder(i, scope, true);
            continue;
        }
        i = doc.nextInOrder(i, scope);
    }
}

QStringList itemsOf(const HtmlDocument &doc, int scope, int heading)
{
    QStringList items;
    collectItems(doc, scope, heading, HtmlTag::Li, items);
    if (items.isEmpty())
        collectItems(doc, scope, heading, HtmlTag::P, items);
    if (items.size() > kMostItems)
        return {};
    return items;
}

// The heading element as the box sees it: climbs from <strong> to the <p> or <div>
// that holds nothing else.
int headingBlock(const HtmlDocument &doc, int index, const QString &text)
{
    int h = index;
    while (true) {
        const int p = doc.node(h).parent;
        if (p <= 0 || !isHeadingLike(doc.tag(p)) || doc.tag(p) == HtmlTag::Div)
            break;
        if (HtmlText::simplified(doc.textContent(p)) != text)
            break;
        h = p;
    }
    return h;
}

} // namespace

QStringList HtmlKeyPoints::extract(HtmlDocument &doc)
{
    const std::vector<int> lengths = doc.textLengths();
    // 1. A heading that names the box.
    for (int i = 0; i < doc.size(); ++i) {
        const HtmlTag t = doc.tag(i);
        if (!doc.node(i).isElement() || !isHeadingLike(t) || lengths[size_t(i)] > 120
            || lengths[size_t(i)] == 0 || doc.isRemoved(i))
            continue;
        const QString text = HtmlText::simplified(doc.textContent(i));
        if (text.isEmpty() || text.size() > 60 || !Boilerplate::isKeyPointsHeading(text))
            continue;
        const int heading = headingBlock(doc, i, text);
        const int parent = doc.node(heading).parent;
        const int next = nextElementSibling(doc, heading);

        // The heading's parent is the box when it is a box-like element of modest size.
        if (parent > 0 && (isBoxTag(doc.tag(parent)) || isListTag(doc.tag(parent)))
            && lengths[size_t(parent)] <= kLongestBox) {
            const QStringList items = itemsOf(doc, parent, heading);
            // The parent is the box only when the heading and the items are nearly all
            // it holds; otherwise it is the article body and only heading + list go.
            qsizetype itemsLength = text.size();
            for (const QString &item : items)
                itemsLength += item.size();
            const qsizetype rest = lengths[size_t(parent)] - itemsLength;
            if (!items.isEmpty()
                && (doc.tag(parent) == HtmlTag::Aside || rest <= std::max<qsizetype>(200, lengths[size_t(parent)] / 4))) {
                doc.node(parent).removed = true;
                return items;
            }
        }
        // Otherwise a heading followed by a list inside the article body.
        if (next >= 0 && isListTag(doc.tag(next))) {
            QStringList items;
            collectItems(doc, next, -1, HtmlTag::Li, items);
            if (!items.isEmpty() && items.size() <= kMostItems) {
                doc.node(heading).removed = true;
                doc.node(next).removed = true;
                return items;
            }
        }
    }
    // 2. An element whose class says it is the box.
    for (int i = 0; i < doc.size(); ++i) {
        const HtmlTag t = doc.tag(i);
        if (!(isBoxTag(t) || isListTag(t)) || lengths[size_t(i)] > kLongestBox
            || doc.isRemoved(i) || !hasKeyPointsClass(doc, i))
            continue;
        const QStringList items = itemsOf(doc, i, -1);
        if (!items.isEmpty()) {
            doc.node(i).removed = true;
            return items;
        }
    }
    return {};
}

} // namespace veille
