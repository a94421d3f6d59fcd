#include "gui/ListExporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

#include "gui/AmountFormatter.h"
#include "messages/ErrorText.h"
#include "text/Fold.h"
#include "update/Library.h"

namespace veille::app {

namespace {
constexpr int kAllArticles = 1000000; // a listing's every article, for the export
}

ListExporter::ListExporter(Library &library, QMainWindow &window) : QObject(&window), m_library(library), m_window(window) {}

Result<QList<ArticleId>> ListExporter::articles(const Listing &listing, const QString &company)
{
    if (!company.isEmpty())
        return m_library.companyBook().articleIds(company);
    QList<ArticleId> ids;
    if (listing.kind == Listing::Search) {
        auto hits = m_library.search(listing.text, CompanyBook::kSearchLimit, SearchStore::Detail::RankOnly);
        if (!hits)
            return hits.error();
        for (const SearchHit &hit : *hits)
            ids << hit.id;
        return ids;
    }
    ArticleFilter filter = listing.filter();
    filter.limit = kAllArticles;
    auto items = m_library.articles().list(filter);
    if (!items)
        return items.error();
    for (const ArticleListItem &item : *items)
        ids << item.id;
    return ids;
}

QString ListExporter::suggestedName(const Listing &listing, const QString &company)
{
    QString what;
    if (!company.isEmpty())
        what = company;
    else if (listing.kind == Listing::Search || listing.kind == Listing::Company)
        what = listing.text;
    else if (listing.kind == Listing::Favourites)
        what = tr("favourites", "a file name: keep it lower case, no spaces");
    else if (listing.kind == Listing::Unread)
        what = tr("unread", "a file name: keep it lower case, no spaces");
    // Letters and digits only, so that every system takes the name.
    QString slug;
    for (const QChar c : Fold::key(what))
        slug += c.isLetterOrNumber() ? c : QLatin1Char('-');
    slug = slug.split(QLatin1Char('-'), Qt::SkipEmptyParts).join(QLatin1Char('-'));
    return QStringLiteral("veille") + (slug.isEmpty() ? QString() : QLatin1Char('-') + slug.left(60)) + QStringLiteral(".csv");
}

std::optional<ArticleExporter::Format> ListExporter::formatOf(const QString &path)
{
    return ArticleExporter::formatFromName(QFileInfo(path).suffix().toLower());
}

ArticleExporter::Labels ListExporter::labels() const
{
    ArticleExporter::Labels l;
    //: The title of an exported Markdown brief.
    l.title = tr("Veille brief");
    l.articles = [](int n) { return tr("%n article(s)", nullptr, n); };
    l.keyPoints = tr("Key points");
    l.summary = tr("Summary");
    l.companies = tr("Companies");
    l.people = tr("People");
    l.places = tr("Places");
    l.amounts = tr("Amounts");
    //: An article without a date, in an exported brief.
    l.noDate = tr("undated");
    // Amounts as the window writes them: "1 400 Md$" for a French reader.
    const QString language = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    l.amount = [language](double value, const QString &currency) { return AmountFormatter::money(value, currency, language); };
    return l;
}

Result<int> ListExporter::write(const Listing &listing, const QString &company, const QString &path)
{
    const auto format = formatOf(path);
    auto ids = articles(listing, company);
    if (!ids)
        return ids.error();
    auto written = ArticleExporter(m_library, labels()).write(*ids, format.value_or(ArticleExporter::Format::Csv), path);
    if (!written)
        return written.error();
    return int(ids->size());
}

void ListExporter::exportList(const Listing &listing, const QString &company)
{
    const QString csv = tr("Spreadsheet, CSV (*.csv)"), md = tr("Brief, Markdown (*.md)"), json = tr("JSON (*.json)");
    QString filter = csv;
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Export the list"), suggestedName(listing, company),
                                                QStringList{csv, md, json}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!formatOf(path))
        path += filter == md ? QStringLiteral(".md") : filter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    const auto written = write(listing, company, path);
    if (written) {
        m_window.statusBar()->showMessage(tr("%n article(s) exported to %1", nullptr, *written).arg(QDir::toNativeSeparators(path)), 8000);
        return;
    }
    // Not modal, like the import's: the window stays usable and the message stays.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export the list"),
                                tr("The list could not be exported to %1:\n%2")
                                    .arg(QDir::toNativeSeparators(path), ErrorText::of(written.error(), path)),
                                QMessageBox::Ok, &m_window);
    box->setObjectName(QStringLiteral("exportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace veille::app
