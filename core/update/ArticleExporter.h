#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

#include "model/Article.h"
#include "model/Result.h"

namespace veille {

class Library;

// Takes a list of articles out of Veille with their key facts: a search's results, a
// company's timeline, the favourites. Three forms:
// - CSV, UTF-8 with a byte order mark (spreadsheets then read French right), one row per
//   article: id, title, url, source, published, language, companies, people (with their
//   roles), places, amounts (normalised: "1400000000000 USD"), key points; lists within a
//   cell are separated by "; ", key points by a line break;
// - Markdown, a brief to read: per article its title as a link, source and date, its key
//   points (or summary) and its facts;
// - JSON, an array of the `show --json` shape plus "facts" (ArticleJson).
// Only http, https and mailto addresses are written; any other is left out.
class ArticleExporter {
public:
    enum class Format { Csv, Markdown, Json };
    // "csv", "md" or "markdown", "json"; none for anything else.
    static std::optional<Format> formatFromName(const QString &name);

    // The words of the Markdown brief. English by default; the front ends pass them
    // translated (core writes no sentences of its own for people).
    struct Labels {
        QString title = QStringLiteral("Veille brief");
        std::function<QString(int)> articles = [](int n) {
            return n == 1 ? QStringLiteral("1 article") : QStringLiteral("%1 articles").arg(n);
        };
        QString keyPoints = QStringLiteral("Key points");
        QString summary = QStringLiteral("Summary");
        QString companies = QStringLiteral("Companies");
        QString people = QStringLiteral("People");
        QString places = QStringLiteral("Places");
        QString amounts = QStringLiteral("Amounts");
        QString noDate = QStringLiteral("undated");
        // An amount's normalised value beside the text as written: "USD 1.4 trillion"
        // beside "1,4 billion de dollars", where the French billion is 10^12.
        std::function<QString(double value, const QString &currency)> amount = &ArticleExporter::englishAmount;
    };
    // The English form of Labels::amount: "USD 1.4 trillion", "EUR 640 million", "USD 35".
    static QString englishAmount(double value, const QString &currency);

    // "1400000000000", "35100000000", "2.5": the value of an amount without exponent or
    // grouping, for a spreadsheet to read as a number.
    static QString plainNumber(double value);

    explicit ArticleExporter(Library &library);
    ArticleExporter(Library &library, Labels labels);

    // The export of these articles, in this order (ids no longer stored are skipped).
    Result<QByteArray> render(const QList<ArticleId> &ids, Format format);
    // The same, written to `path` atomically (QSaveFile): on any error (FileNotWritable,
    // FileIsFolder, with the path as subject) no file is left, and an existing one is
    // untouched.
    Result<void> write(const QList<ArticleId> &ids, Format format, const QString &path);

private:
    struct Item;
    Result<QList<Item>> items(const QList<ArticleId> &ids);
    QByteArray csv(const QList<Item> &items) const;
    QByteArray markdown(const QList<Item> &items) const;
    static QByteArray json(const QList<Item> &items);

    Library &m_library;
    Labels m_labels;
};

} // namespace veille
