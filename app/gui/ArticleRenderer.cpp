#include "gui/ArticleRenderer.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <algorithm>

#include "gui/AmountFormatter.h"
#include "text/Fold.h"

namespace veille::app {

namespace {

const QString kScheme = QStringLiteral("veille");

// One highlighted range of a string: an entity (cls set) or a search hit.
struct Mark {
    int start = 0;
    int end = 0;
    QString cls;      // "co", "pe", ... or "hit"
    QString company;  // for companies: the name a click searches for
};

QString classOf(EntityType type)
{
    switch (type) {
    case EntityType::Company: return QStringLiteral("co");
    case EntityType::Person: return QStringLiteral("pe");
    case EntityType::Place: return QStringLiteral("pl");
    case EntityType::Money: return QStringLiteral("mo");
    case EntityType::Percent: return QStringLiteral("pc");
    case EntityType::Date: return QStringLiteral("da");
    }
    return {};
}

// Keeps marks sorted and without overlaps: the earliest, then the longest, wins.
QList<Mark> disjoint(QList<Mark> marks)
{
    std::sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<Mark> out;
    for (const Mark &m : marks) {
        if (m.end <= m.start)
            continue;
        if (!out.isEmpty() && m.start < out.last().end)
            continue;
        out.append(m);
    }
    return out;
}

bool wordStart(const QString &s, int i) { return i == 0 || !s.at(i - 1).isLetterOrNumber(); }
bool wordEnd(const QString &s, int i) { return i >= s.size() || !s.at(i).isLetterOrNumber(); }

QList<Mark> searchMarks(const QString &text, const QStringList &terms)
{
    QList<Mark> marks;
    const QString folded = Fold::sameLength(text);
    for (const QString &term : terms) {
        const QString t = Fold::sameLength(term.trimmed());
        if (t.size() < 2)
            continue;
        for (int i = int(folded.indexOf(t)); i >= 0; i = int(folded.indexOf(t, i + 1))) {
            if (!wordStart(folded, i))
                continue;
            int end = i + int(t.size());
            while (end < folded.size() && folded.at(end).isLetterOrNumber()) // a prefix lights its whole word
                ++end;
            marks.append({i, end, QStringLiteral("hit"), {}});
        }
    }
    return disjoint(marks);
}

QString escapeSegment(const QString &s)
{
    QString e = s.toHtmlEscaped();
    e.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return e;
}

// The text of [from, to) with its marks as spans; a segment may carry an entity and a hit.
QString renderRange(const QString &text, int from, int to, const QList<Mark> &entities, const QList<Mark> &hits)
{
    QList<int> cuts{from, to};
    for (const QList<Mark> *list : {&entities, &hits})
        for (const Mark &m : *list) {
            if (m.end <= from || m.start >= to)
                continue;
            cuts << std::max(m.start, from) << std::min(m.end, to);
        }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    auto covering = [](const QList<Mark> &marks, int a, int b) -> const Mark * {
        for (const Mark &m : marks)
            if (m.start <= a && m.end >= b)
                return &m;
        return nullptr;
    };
    QString html;
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const int a = cuts.at(i);
        const int b = cuts.at(i + 1);
        QString piece = escapeSegment(text.mid(a, b - a));
        if (covering(hits, a, b))
            piece = QStringLiteral("<span class=\"hit\">%1</span>").arg(piece);
        if (const Mark *m = covering(entities, a, b)) {
            piece = QStringLiteral("<span class=\"%1\">%2</span>").arg(m->cls, piece);
            if (!m->company.isEmpty())
                piece = QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(ArticleRenderer::companyUrl(m->company).toString(QUrl::FullyEncoded).toHtmlEscaped(), piece);
        }
        html += piece;
    }
    return html;
}

QString plainFromHtml(QString s)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    s.remove(tags);
    s.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&nbsp;"), QString(QChar(0x00a0))).replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s.simplified();
}

// The headings and list items of the stored HTML, by their text, to shape the blocks.
void blockKinds(const QString &html, QSet<QString> *headings, QSet<QString> *items)
{
    static const QRegularExpression heading(QStringLiteral("<h[1-6][^>]*>(.*?)</h[1-6]>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression item(QStringLiteral("<li[^>]*>(.*?)</li>"), QRegularExpression::DotMatchesEverythingOption);
    for (auto it = heading.globalMatch(html); it.hasNext();)
        headings->insert(plainFromHtml(it.next().captured(1)));
    for (auto it = item.globalMatch(html); it.hasNext();)
        items->insert(plainFromHtml(it.next().captured(1)));
}

// Without stored HTML, a short line with no closing punctuation reads as a heading.
bool looksLikeHeading(const QString &block)
{
    const QString t = block.trimmed();
    if (t.isEmpty() || t.size() > 70 || t.contains(QLatin1Char('\n')))
        return false;
    return !QStringLiteral(".!?:;…»\"”,").contains(t.back()) && t.front().isUpper();
}

QList<Mark> entityMarks(const QList<Entity> &entities, int textSize)
{
    QList<Mark> marks;
    for (const Entity &e : entities)
        for (const Span &s : e.mentions) {
            if (s.start < 0 || s.end > textSize)
                continue;
            marks.append({s.start, s.end, classOf(e.type), e.type == EntityType::Company ? e.name : QString()});
        }
    return disjoint(marks);
}

// Marks for a key point, which has no spans of its own: the entities' names and the
// words they were written with in the text.
QList<Mark> pointMarks(const QString &point, const QList<Entity> &entities, const QString &text)
{
    QList<Mark> marks;
    for (const Entity &e : entities) {
        QSet<QString> forms;
        if (!e.name.isEmpty())
            forms.insert(e.name);
        if (!e.text.isEmpty())
            forms.insert(e.text);
        for (const Span &s : e.mentions)
            if (s.start >= 0 && s.end <= text.size())
                forms.insert(text.mid(s.start, s.end - s.start));
        for (const QString &form : forms) {
            if (form.size() < 2)
                continue;
            for (int i = int(point.indexOf(form)); i >= 0; i = int(point.indexOf(form, i + 1)))
                if (wordStart(point, i) && wordEnd(point, i + int(form.size())))
                    marks.append({i, i + int(form.size()), classOf(e.type),
                                  e.type == EntityType::Company ? e.name : QString()});
        }
    }
    return disjoint(marks);
}

QString chip(const QString &cls, const QString &label, const QString &company = {})
{
    const QString span = QStringLiteral("<span class=\"%1\">&nbsp;%2&nbsp;</span>").arg(cls, label.toHtmlEscaped());
    if (company.isEmpty())
        return span;
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(ArticleRenderer::companyUrl(company).toString(QUrl::FullyEncoded).toHtmlEscaped(), span);
}

struct Colours {
    QHash<QString, QString> map;
};

Colours coloursFor(bool dark)
{
    Colours c;
    if (dark) {
        c.map = {{QStringLiteral("text"), QStringLiteral("#e6e6e6")}, {QStringLiteral("muted"), QStringLiteral("#a0a4ab")},
                 {QStringLiteral("link"), QStringLiteral("#8ab4f8")},  {QStringLiteral("box"), QStringLiteral("#3a3528")},
                 {QStringLiteral("boxhead"), QStringLiteral("#e8c766")},
                 {QStringLiteral("co-bg"), QStringLiteral("#1f3a63")}, {QStringLiteral("co-fg"), QStringLiteral("#cfe2ff")},
                 {QStringLiteral("pe-bg"), QStringLiteral("#1e4a2c")}, {QStringLiteral("pe-fg"), QStringLiteral("#cdf0d8")},
                 {QStringLiteral("pl-bg"), QStringLiteral("#5a3a12")}, {QStringLiteral("pl-fg"), QStringLiteral("#ffdcb0")},
                 {QStringLiteral("mo-bg"), QStringLiteral("#45285e")}, {QStringLiteral("mo-fg"), QStringLiteral("#ead7ff")},
                 {QStringLiteral("pc-bg"), QStringLiteral("#5a2236")}, {QStringLiteral("pc-fg"), QStringLiteral("#ffd3e1")},
                 {QStringLiteral("da-bg"), QStringLiteral("#44484f")}, {QStringLiteral("da-fg"), QStringLiteral("#eeeeee")},
                 {QStringLiteral("hit-bg"), QStringLiteral("#7a6a00")}, {QStringLiteral("hit-fg"), QStringLiteral("#ffffff")}};
    } else {
        c.map = {{QStringLiteral("text"), QStringLiteral("#222222")}, {QStringLiteral("muted"), QStringLiteral("#6b6f76")},
                 {QStringLiteral("link"), QStringLiteral("#1a56b0")},  {QStringLiteral("box"), QStringLiteral("#f4f1e8")},
                 {QStringLiteral("boxhead"), QStringLiteral("#7a5c00")},
                 {QStringLiteral("co-bg"), QStringLiteral("#dbe9ff")}, {QStringLiteral("co-fg"), QStringLiteral("#0b3d91")},
                 {QStringLiteral("pe-bg"), QStringLiteral("#dff3e4")}, {QStringLiteral("pe-fg"), QStringLiteral("#0f5d2a")},
                 {QStringLiteral("pl-bg"), QStringLiteral("#fdebd3")}, {QStringLiteral("pl-fg"), QStringLiteral("#8a4b00")},
                 {QStringLiteral("mo-bg"), QStringLiteral("#efe2fb")}, {QStringLiteral("mo-fg"), QStringLiteral("#5b2a86")},
                 {QStringLiteral("pc-bg"), QStringLiteral("#fde2ea")}, {QStringLiteral("pc-fg"), QStringLiteral("#8c1d40")},
                 {QStringLiteral("da-bg"), QStringLiteral("#ececec")}, {QStringLiteral("da-fg"), QStringLiteral("#333333")},
                 {QStringLiteral("hit-bg"), QStringLiteral("#fff176")}, {QStringLiteral("hit-fg"), QStringLiteral("#000000")}};
    }
    return c;
}

} // namespace

QUrl ArticleRenderer::companyUrl(const QString &name)
{
    QUrl url;
    url.setScheme(kScheme);
    url.setPath(QStringLiteral("company"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    url.setQuery(query);
    return url;
}

QUrl ArticleRenderer::favouriteUrl()
{
    QUrl url;
    url.setScheme(kScheme);
    url.setPath(QStringLiteral("favourite"));
    return url;
}

std::optional<QString> ArticleRenderer::companyFromUrl(const QUrl &url)
{
    if (url.scheme() != kScheme || url.path() != QLatin1String("company"))
        return std::nullopt;
    return QUrlQuery(url).queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
}

bool ArticleRenderer::isFavouriteUrl(const QUrl &url)
{
    return url.scheme() == kScheme && url.path() == QLatin1String("favourite");
}

QString ArticleRenderer::styleSheet(bool dark)
{
    QFile file(QStringLiteral(":/app/article.css"));
    QString css = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    const Colours colours = coloursFor(dark);
    for (auto it = colours.map.begin(); it != colours.map.end(); ++it)
        css.replace(QLatin1Char('@') + it.key() + QLatin1Char('@'), it.value());
    return css;
}

QString ArticleRenderer::message(const QString &title, const QString &text)
{
    return QStringLiteral("<p>&nbsp;</p><h1 class=\"empty\">%1</h1><p class=\"empty\">%2</p>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

QString ArticleRenderer::render(const Article &a, const KeyFacts &facts, const RenderOptions &o)
{
    const QLocale ui(o.uiLanguage == QLatin1String("fr") ? QLocale::French : QLocale::English);
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg((a.title.isEmpty() ? tr("Untitled article") : a.title).toHtmlEscaped());

    QStringList meta;
    meta << (o.source.isEmpty() ? tr("Imported article") : o.source).toHtmlEscaped();
    if (!a.author.isEmpty())
        meta << a.author.toHtmlEscaped();
    if (a.published.isValid())
        meta << ui.toString(a.published.toLocalTime().date(), QLocale::LongFormat).toHtmlEscaped();
    if (a.language == QLatin1String("fr"))
        meta << tr("in French").toHtmlEscaped();
    else if (a.language == QLatin1String("en"))
        meta << tr("in English").toHtmlEscaped();
    const QString star = o.favourite ? QStringLiteral("★ ") + tr("In favourites (remove)") : QStringLiteral("☆ ") + tr("Add to favourites");
    meta << QStringLiteral("<a href=\"%1\">%2</a>").arg(favouriteUrl().toString(), star.toHtmlEscaped());
    if (!a.url.isEmpty())
        meta << QStringLiteral("<a href=\"%1\">%2</a>").arg(a.url.toHtmlEscaped(), tr("Open the original ↗").toHtmlEscaped());
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" · ")));

    // The key facts box: the article's own key points, else its summary sentences.
    const bool own = !a.keyPoints.isEmpty() || !facts.keyPoints.isEmpty();
    const QStringList points = !a.keyPoints.isEmpty() ? a.keyPoints : !facts.keyPoints.isEmpty() ? facts.keyPoints : facts.summary;
    if (!points.isEmpty()) {
        const QString head = tr("Key facts").toUpper() + QStringLiteral(" — ")
            + (own ? tr("from the article") : tr("summary")).toUpper();
        html += QStringLiteral("<table class=\"box\" width=\"100%\" cellpadding=\"12\" cellspacing=\"0\"><tr><td>");
        html += QStringLiteral("<p class=\"boxhead\">%1</p><ul style=\"margin-top: 0px; margin-bottom: 0px;\">").arg(head.toHtmlEscaped());
        for (const QString &p : points) {
            const QList<Mark> marks = o.highlight ? pointMarks(p, facts.entities, a.text) : QList<Mark>();
            html += QStringLiteral("<li class=\"point\">%1</li>").arg(renderRange(p, 0, int(p.size()), marks, {}));
        }
        html += QStringLiteral("</ul></td></tr></table>");
    }

    // The facts strip, one row per kind.
    QStringList companies, people, places, amounts, percents, dates;
    QSet<QString> seen;
    for (const Entity &e : facts.entities) {
        switch (e.type) {
        case EntityType::Company:
            companies << chip(QStringLiteral("co"), e.name, e.name);
            break;
        case EntityType::Person:
            people << chip(QStringLiteral("pe"), e.name)
                    + (e.role.isEmpty() ? QString() : QStringLiteral(" <span class=\"role\">%1</span>").arg(e.role.toHtmlEscaped()));
            break;
        case EntityType::Place:
            places << chip(QStringLiteral("pl"), e.name);
            break;
        case EntityType::Money: {
            const QString shown = AmountFormatter::money(e.value, e.currency, o.uiLanguage);
            if (seen.contains(shown))
                break;
            seen.insert(shown);
            const bool sameWords = e.text.simplified().remove(QLatin1Char(' ')) == QString(shown).remove(QChar(0x00a0)).remove(QLatin1Char(' '));
            amounts << chip(QStringLiteral("mo"), shown)
                    + (e.text.isEmpty() || sameWords ? QString() : QStringLiteral(" <span class=\"role\">%1</span>").arg(e.text.toHtmlEscaped()));
            break;
        }
        case EntityType::Percent:
            percents << chip(QStringLiteral("pc"), AmountFormatter::percent(e.value, o.uiLanguage));
            break;
        case EntityType::Date:
            dates << chip(QStringLiteral("da"), e.text.isEmpty() ? e.dateValue : e.text);
            break;
        }
    }
    const QList<std::pair<QString, QStringList>> rows{
        {tr("Companies"), companies}, {tr("People"), people},           {tr("Places"), places},
        {tr("Amounts"), amounts},     {tr("Percentages"), percents},    {tr("Dates"), dates}};
    QString strip;
    for (const auto &[label, chips] : rows) {
        if (chips.isEmpty())
            continue;
        strip += QStringLiteral("<tr><td class=\"k\" width=\"110\">%1</td><td>%2</td></tr>")
                     .arg(label.toUpper().toHtmlEscaped(), chips.join(QStringLiteral(" &nbsp;")));
    }
    if (!strip.isEmpty())
        html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellpadding=\"4\" cellspacing=\"0\" style=\"margin-top: 6px; margin-bottom: 8px;\">%1</table>")
                    .arg(strip);

    // The body, block by block from the plain text.
    QSet<QString> headings, items;
    blockKinds(a.html, &headings, &items);
    const bool guessHeadings = headings.isEmpty() && !a.html.contains(QLatin1String("<p"));
    const QList<Mark> entities = o.highlight ? entityMarks(facts.entities, int(a.text.size())) : QList<Mark>();
    const QList<Mark> hits = searchMarks(a.text, o.searchTerms);
    int pos = 0;
    const QString &text = a.text;
    while (pos < text.size()) {
        int end = int(text.indexOf(QLatin1String("\n\n"), pos));
        if (end < 0)
            end = int(text.size());
        int from = pos;
        int to = end;
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (to > from) {
            const QString block = text.mid(from, to - from);
            const QString inner = renderRange(text, from, to, entities, hits);
            const QString key = block.simplified();
            if (headings.contains(key) || (guessHeadings && looksLikeHeading(block) && end < text.size()))
                html += QStringLiteral("<h3>%1</h3>").arg(inner);
            else if (items.contains(key))
                html += QStringLiteral("<p style=\"margin-left: 18px;\">•&nbsp;%1</p>").arg(inner);
            else
                html += QStringLiteral("<p>%1</p>").arg(inner);
        }
        pos = end + 2;
    }
    if (text.trimmed().isEmpty())
        html += QStringLiteral("<p class=\"empty\">%1</p>").arg(tr("This article has no text here. Open the original to read it.").toHtmlEscaped());

    // The legend.
    if (o.highlight && !facts.entities.isEmpty()) {
        QString legend = tr("Highlighting:").toHtmlEscaped() + QLatin1Char(' ');
        legend += chip(QStringLiteral("co"), tr("company")) + QLatin1Char(' ') + chip(QStringLiteral("pe"), tr("person"))
            + QLatin1Char(' ') + chip(QStringLiteral("pl"), tr("place")) + QLatin1Char(' ') + chip(QStringLiteral("mo"), tr("amount"))
            + QLatin1Char(' ') + chip(QStringLiteral("pc"), tr("percentage")) + QLatin1Char(' ') + chip(QStringLiteral("da"), tr("date"));
        legend += QStringLiteral(" · ") + tr("click a company to list all its articles").toHtmlEscaped() + QStringLiteral(" · ")
            + tr("H hides the highlighting").toHtmlEscaped();
        html += QStringLiteral("<p class=\"legend\">%1</p>").arg(legend);
    } else if (!o.highlight) {
        html += QStringLiteral("<p class=\"legend\">%1</p>").arg(tr("Highlighting is off. Press H to show the key facts in the text.").toHtmlEscaped());
    }
    return html;
}

} // namespace veille::app
