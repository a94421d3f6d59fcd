#include "gui/ArticleRenderer.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QUrlQuery>
#include <algorithm>

#include "gui/AmountFormatter.h"
#include "gui/DateLabel.h"
#include "gui/LanguageLabel.h"
#include "text/Fold.h"
#include "text/TextBlocks.h"

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
    case EntityType::Organisation: return QStringLiteral("or");
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

// An amount or a percentage, as shown or as written, never breaks across lines: "4 800 Md€"
// cut after its "4" reads as two amounts. The layout breaks even at a narrow no-break
// space (French digit groups), so every space in it becomes a no-break space.
QString unbreakable(QString text)
{
    for (QChar &c : text) {
        if (c == u' ' || c == u'\u202F' || c == u'\u2009')
            c = QChar(0x00A0);
    }
    return text;
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
    // Each colour of the stylesheet with its light and its dark value, side by side.
    struct Pair {
        const char *name, *light, *dark;
    };
    static constexpr Pair kPairs[] = {
        {"text", "#222222", "#e6e6e6"},  {"muted", "#6b6f76", "#a0a4ab"}, {"link", "#1a56b0", "#8ab4f8"},
        {"box", "#f4f1e8", "#3a3528"},   {"boxhead", "#7a5c00", "#e8c766"},
        {"co-bg", "#dbe9ff", "#1f3a63"}, {"co-fg", "#0b3d91", "#cfe2ff"}, {"pe-bg", "#dff3e4", "#1e4a2c"},
        // Organisations: teal, apart from the companies' blue and the people's green.
        {"or-bg", "#cdeff0", "#0f4a4d"}, {"or-fg", "#00585c", "#c4f1f2"},
        {"pe-fg", "#0f5d2a", "#cdf0d8"}, {"pl-bg", "#fdebd3", "#5a3a12"}, {"pl-fg", "#8a4b00", "#ffdcb0"},
        {"mo-bg", "#efe2fb", "#45285e"}, {"mo-fg", "#5b2a86", "#ead7ff"}, {"pc-bg", "#fde2ea", "#5a2236"},
        {"pc-fg", "#8c1d40", "#ffd3e1"}, {"da-bg", "#ececec", "#44484f"}, {"da-fg", "#333333", "#eeeeee"},
        {"hit-bg", "#fff176", "#7a6a00"}, {"hit-fg", "#000000", "#ffffff"}};
    Colours c;
    for (const Pair &pair : kPairs)
        c.map.insert(QLatin1String(pair.name), QLatin1String(dark ? pair.dark : pair.light));
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

QString ArticleRenderer::styleSheet(bool dark, const ReadingStyle &style)
{
    QFile file(QStringLiteral(":/app/article.css"));
    QString css = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    QHash<QString, QString> values = coloursFor(dark).map;
    values.insert(QStringLiteral("face"), style.face == ReadingStyle::Face::Serif
                                              ? QStringLiteral("\"DejaVu Serif\", serif")
                                              : QStringLiteral("\"DejaVu Sans\", sans-serif"));
    values.insert(QStringLiteral("size"), QString::number(style.size));
    values.insert(QStringLiteral("title-size"), QString::number(style.scaled(22)));
    values.insert(QStringLiteral("small-12"), QString::number(style.scaled(12)));
    values.insert(QStringLiteral("small-11"), QString::number(style.scaled(11)));
    for (auto it = values.begin(); it != values.end(); ++it)
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
    const QString date = DateLabel::longText(a.published, a.saved, ui);
    if (!date.isEmpty())
        meta << date.toHtmlEscaped();
    if (!a.language.isEmpty())
        meta << LanguageLabel::inLanguage(a.language).toHtmlEscaped();
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
            //: Where the key facts box's points come from: the article's own points, or its "summary" (a noun).
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
    QStringList companies, organisations, people, places, amounts, percents, dates;
    QSet<QString> seen;
    for (const Entity &e : facts.entities) {
        switch (e.type) {
        case EntityType::Company:
            companies << chip(QStringLiteral("co"), e.name, e.name);
            break;
        case EntityType::Organisation:
            organisations << chip(QStringLiteral("or"), e.name);
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
            amounts << chip(QStringLiteral("mo"), unbreakable(shown))
                    + (e.text.isEmpty() || sameWords ? QString() : QStringLiteral(" <span class=\"role\">%1</span>").arg(unbreakable(e.text).toHtmlEscaped()));
            break;
        }
        case EntityType::Percent:
            percents << chip(QStringLiteral("pc"), unbreakable(AmountFormatter::percent(e.value, o.uiLanguage)));
            break;
        case EntityType::Date:
            dates << chip(QStringLiteral("da"), e.text.isEmpty() ? e.dateValue : e.text);
            break;
        }
    }
    const QList<std::pair<QString, QStringList>> rows{
        {tr("Companies"), companies}, {tr("Organisations"), organisations}, {tr("People"), people}, {tr("Places"), places},
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

    // The body, block by block as the importer found them in the article's HTML. With
    // highlighting off and remote images allowed, the stored HTML itself: it has the pictures.
    const QString &text = a.text;
    // The body is built from the text, which has no pictures: the ones to show lead it and
    // follow it, each as its own paragraph.
    const auto picture = [](const QString &src) {
        return QStringLiteral("<p class=\"picture\" align=\"center\"><img src=\"%1\"></p>").arg(src.toHtmlEscaped());
    };
    if (!o.highlight && o.images && a.html.contains(QLatin1String("<img"))) {
        html += a.html;
    } else {
        if (!o.pictures.isEmpty())
            html += picture(o.pictures.first());
        const QList<Mark> entities = o.highlight ? entityMarks(facts.entities, int(text.size())) : QList<Mark>();
        const QList<Mark> hits = searchMarks(text, o.searchTerms);
        const QList<TextBlock> blocks = TextBlocks::fit(a.blocks, text.size()) && !a.blocks.isEmpty()
            ? a.blocks : TextBlocks::paragraphs(text);
        for (const TextBlock &b : blocks) {
            if (b.end <= b.start)
                continue;
            const QString inner = renderRange(text, b.start, b.end, entities, hits);
            switch (b.kind) {
            case TextBlock::Kind::Heading:
                html += QStringLiteral("<h3>%1</h3>").arg(inner);
                break;
            case TextBlock::Kind::ListItem:
                html += QStringLiteral("<p style=\"margin-left: 18px;\">•&nbsp;%1</p>").arg(inner);
                break;
            case TextBlock::Kind::Paragraph:
                html += QStringLiteral("<p>%1</p>").arg(inner);
                break;
            }
        }
        for (qsizetype i = 1; i < o.pictures.size(); ++i)
            html += picture(o.pictures[i]);
    }
    if (text.trimmed().isEmpty())
        html += QStringLiteral("<p class=\"empty\">%1</p>").arg(tr("This article has no text here. Open the original to read it.").toHtmlEscaped());

    // The legend.
    if (o.highlight && !facts.entities.isEmpty()) {
        QString legend = tr("Highlighting:").toHtmlEscaped() + QLatin1Char(' ');
        //: The legend's kinds of key fact: company, organisation, person, place, amount, percentage, date.
        legend += chip(QStringLiteral("co"), tr("company")) + QLatin1Char(' ') + chip(QStringLiteral("or"), tr("organisation"))
            + QLatin1Char(' ') + chip(QStringLiteral("pe"), tr("person"))
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
