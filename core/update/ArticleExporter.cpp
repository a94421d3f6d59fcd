#include "update/ArticleExporter.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cmath>

#include "model/KeyFacts.h"
#include "text/HtmlSanitizer.h"
#include "update/AtomicFile.h"
#include "update/ArticleJson.h"
#include "update/Library.h"

namespace veille {

struct ArticleExporter::Item {
    Article article;
    QString feedTitle;
    QString source;   // the feed's title, else the host of the article's address
    QString url;      // http, https or mailto; empty otherwise
    ArticleState state;
    KeyFacts facts;
};

namespace {

QStringList namesOf(const KeyFacts &facts, EntityType type)
{
    QStringList out;
    for (const Entity &e : facts.entities) {
        if (e.type != type || out.contains(e.name))
            continue;
        if (type == EntityType::Person && !e.role.isEmpty())
            out << QStringLiteral("%1 (%2)").arg(e.name, e.role);
        else
            out << e.name;
    }
    return out;
}

// Each amount normalised by `normalise`, after the text as written when `withText`.
QStringList amountsOf(const KeyFacts &facts, const std::function<QString(double, const QString &)> &normalise, bool withText)
{
    QStringList out;
    for (const Entity &e : facts.entities) {
        if (e.type != EntityType::Money)
            continue;
        const QString normalised = normalise(e.value, e.currency);
        out << (withText ? QStringLiteral("%1 (%2)").arg(e.text, normalised) : normalised);
    }
    return out;
}

QString plainAmount(double value, const QString &currency)
{
    return ArticleExporter::plainNumber(value) + u' ' + currency;
}

// The article's own key points, else the sentences the engine picked.
const QStringList &pointsOf(const KeyFacts &facts)
{
    return facts.keyPoints.isEmpty() ? facts.summary : facts.keyPoints;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// Text that Markdown would otherwise read as markup: emphasis, links, code, raw HTML.
QString mdEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString dateOf(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

ArticleExporter::ArticleExporter(Library &library) : m_library(library) {}

ArticleExporter::ArticleExporter(Library &library, Labels labels) : m_library(library), m_labels(std::move(labels)) {}

std::optional<ArticleExporter::Format> ArticleExporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"csv")
        return Format::Csv;
    if (n == u"md" || n == u"markdown")
        return Format::Markdown;
    if (n == u"json")
        return Format::Json;
    return std::nullopt;
}

QString ArticleExporter::plainNumber(double value)
{
    if (!std::isfinite(value))
        return QString();
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return QString::number(qint64(value));
    QString s = QString::number(value, 'f', 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QString ArticleExporter::englishAmount(double value, const QString &currency)
{
    struct Scale {
        double size;
        const char *word;
    };
    static constexpr Scale kScales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
    for (const Scale &s : kScales) {
        if (std::abs(value) >= s.size)
            return QStringLiteral("%1 %2 %3").arg(currency, QString::number(value / s.size, 'g', 4), QLatin1String(s.word));
    }
    return currency + u' ' + plainNumber(value);
}

Result<QList<ArticleExporter::Item>> ArticleExporter::items(const QList<ArticleId> &ids)
{
    QList<Item> out;
    QHash<FeedId, QString> feedTitles;
    for (ArticleId id : ids) {
        VEILLE_TRY_ASSIGN(const std::optional<Article> article, m_library.articles().article(id));
        if (!article)
            continue;
        Item item;
        item.article = *article;
        item.url = HtmlSanitizer::safeUrl(article->url, QUrl(), true);
        if (article->feedId) {
            if (!feedTitles.contains(article->feedId)) {
                VEILLE_TRY_ASSIGN(const std::optional<Feed> feed, m_library.feeds().feed(article->feedId));
                feedTitles.insert(article->feedId, feed ? feed->title : QString());
            }
            item.feedTitle = feedTitles.value(article->feedId);
        }
        item.source = item.feedTitle;
        if (item.source.isEmpty())
            item.source = QUrl(item.url).host();
        VEILLE_TRY_ASSIGN(item.state, m_library.states().state(id));
        VEILLE_TRY_ASSIGN(item.facts, m_library.facts(*article));
        out << item;
    }
    return out;
}

QByteArray ArticleExporter::csv(const QList<Item> &items) const
{
    // The byte order mark tells spreadsheets the file is UTF-8 (else French is mangled).
    QString out = QStringLiteral("\uFEFF");
    const QStringList header{QStringLiteral("id"),        QStringLiteral("title"),     QStringLiteral("url"),
                             QStringLiteral("source"),    QStringLiteral("published"), QStringLiteral("language"),
                             QStringLiteral("companies"), QStringLiteral("people"),    QStringLiteral("places"),
                             QStringLiteral("amounts"),   QStringLiteral("key_points")};
    out += header.join(u',') + QStringLiteral("\r\n");
    const QString sep = QStringLiteral("; ");
    for (const Item &i : items) {
        const QStringList row{QString::number(i.article.id),
                              i.article.title,
                              i.url,
                              i.source,
                              dateOf(i.article.published),
                              i.article.language,
                              namesOf(i.facts, EntityType::Company).join(sep),
                              namesOf(i.facts, EntityType::Person).join(sep),
                              namesOf(i.facts, EntityType::Place).join(sep),
                              amountsOf(i.facts, &plainAmount, false).join(sep),
                              pointsOf(i.facts).join(u'\n')};
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray ArticleExporter::markdown(const QList<Item> &items) const
{
    QString out = QStringLiteral("# %1\n\n%2\n").arg(mdEscaped(m_labels.title), m_labels.articles(int(items.size())));
    // Facts are a list of their own ("*", where key points use "-"), so that Markdown
    // does not run the two together.
    const auto factLine = [&](const QString &label, const QStringList &values) {
        if (!values.isEmpty())
            out += QStringLiteral("* **%1:** %2\n").arg(label, mdEscaped(values.join(QStringLiteral(", "))));
    };
    for (const Item &i : items) {
        const QString title = mdEscaped(i.article.title.simplified());
        out += u'\n';
        if (i.url.isEmpty())
            out += QStringLiteral("## %1\n\n").arg(title);
        else
            out += QStringLiteral("## [%1](<%2>)\n\n").arg(title, QUrl(i.url).toString(QUrl::FullyEncoded));
        QStringList byline;
        if (!i.source.isEmpty())
            byline << mdEscaped(i.source);
        byline << (i.article.published.isValid() ? i.article.published.toUTC().date().toString(Qt::ISODate) : m_labels.noDate);
        out += QStringLiteral("*%1*\n").arg(byline.join(QStringLiteral(" \u00B7 ")));
        const QStringList &points = pointsOf(i.facts);
        if (!points.isEmpty()) {
            out += QStringLiteral("\n**%1**\n\n").arg(i.facts.keyPoints.isEmpty() ? m_labels.summary : m_labels.keyPoints);
            for (const QString &p : points)
                out += QStringLiteral("- %1\n").arg(mdEscaped(p.simplified()));
        }
        const QStringList companies = namesOf(i.facts, EntityType::Company);
        const QStringList people = namesOf(i.facts, EntityType::Person);
        const QStringList places = namesOf(i.facts, EntityType::Place);
        const QStringList amounts = amountsOf(i.facts, m_labels.amount, true);
        if (!companies.isEmpty() || !people.isEmpty() || !places.isEmpty() || !amounts.isEmpty()) {
            out += u'\n';
            factLine(m_labels.companies, companies);
            factLine(m_labels.people, people);
            factLine(m_labels.places, places);
            factLine(m_labels.amounts, amounts);
        }
    }
    return out.toUtf8();
}

QByteArray ArticleExporter::json(const QList<Item> &items)
{
    QJsonArray out;
    for (const Item &i : items) {
        Article shown = i.article;
        shown.url = i.url;
        QJsonObject o = ArticleJson::article(shown, i.feedTitle, i.state);
        o.insert(QStringLiteral("facts"), ArticleJson::facts(i.facts));
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

Result<QByteArray> ArticleExporter::render(const QList<ArticleId> &ids, Format format)
{
    VEILLE_TRY_ASSIGN(const QList<Item> list, items(ids));
    switch (format) {
    case Format::Csv:
        return csv(list);
    case Format::Markdown:
        return markdown(list);
    case Format::Json:
        return json(list);
    }
    return QByteArray();
}

Result<void> ArticleExporter::write(const QList<ArticleId> &ids, Format format, const QString &path)
{
    if (QFileInfo(path).isDir())
        return makeError(ErrorCode::FileIsFolder).about(path);
    // Rendered first: a library error leaves no file behind either.
    VEILLE_TRY_ASSIGN(const QByteArray bytes, render(ids, format));
    return AtomicFile::write(path, bytes);
}

} // namespace veille
