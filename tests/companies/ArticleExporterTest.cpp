#include "CompaniesFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "update/ArticleExporter.h"

using namespace veille;
using veille::test::CompaniesFixture;

namespace {

class ArticleExporterTest : public CompaniesFixture {
protected:
    void SetUp() override
    {
        CompaniesFixture::SetUp();
        m_ids = importData(QStringLiteral("companies/hostile-links-and-accents.xml"));
        ASSERT_EQ(m_ids.size(), 2);
    }

    QByteArray render(ArticleExporter::Format format)
    {
        auto bytes = ArticleExporter(library()).render(m_ids, format);
        EXPECT_TRUE(bytes.ok()) << bytes.errorMessage().toStdString();
        return bytes.ok() ? *bytes : QByteArray();
    }

    // The CSV as Python's csv module reads it: rows of fields.
    static QList<QStringList> pythonRows(const QByteArray &csv)
    {
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"), QStringLiteral("import csv, io, json, sys\n"
                                                           "text = sys.stdin.buffer.read().decode('utf-8-sig')\n"
                                                           "print(json.dumps(list(csv.reader(io.StringIO(text, newline='')))))")});
        if (!python.waitForStarted())
            return {};
        python.write(csv);
        python.closeWriteChannel();
        python.waitForFinished();
        QList<QStringList> rows;
        for (const QJsonValue &row : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
            QStringList fields;
            for (const QJsonValue &f : row.toArray())
                fields << f.toString();
            rows << fields;
        }
        return rows;
    }

    QList<ArticleId> m_ids;
};

} // namespace

TEST_F(ArticleExporterTest, KnowsItsFormatsByName)
{
    EXPECT_EQ(ArticleExporter::formatFromName(QStringLiteral("CSV")), ArticleExporter::Format::Csv);
    EXPECT_EQ(ArticleExporter::formatFromName(QStringLiteral("md")), ArticleExporter::Format::Markdown);
    EXPECT_EQ(ArticleExporter::formatFromName(QStringLiteral("markdown")), ArticleExporter::Format::Markdown);
    EXPECT_EQ(ArticleExporter::formatFromName(QStringLiteral("json")), ArticleExporter::Format::Json);
    EXPECT_FALSE(ArticleExporter::formatFromName(QStringLiteral("xlsx")).has_value());
}

TEST_F(ArticleExporterTest, WritesAmountsAsPlainNumbers)
{
    EXPECT_EQ(ArticleExporter::plainNumber(1.4e12), QStringLiteral("1400000000000"));
    EXPECT_EQ(ArticleExporter::plainNumber(3.51e10), QStringLiteral("35100000000"));
    EXPECT_EQ(ArticleExporter::plainNumber(2.5), QStringLiteral("2.5"));
    EXPECT_EQ(ArticleExporter::plainNumber(0), QStringLiteral("0"));
}

TEST_F(ArticleExporterTest, WritesAmountsInEnglishWithTheirScale)
{
    EXPECT_EQ(ArticleExporter::englishAmount(1.4e12, QStringLiteral("USD")), QStringLiteral("USD 1.4 trillion"));
    EXPECT_EQ(ArticleExporter::englishAmount(6.4e8, QStringLiteral("EUR")), QStringLiteral("EUR 640 million"));
    EXPECT_EQ(ArticleExporter::englishAmount(3.51e10, QStringLiteral("USD")), QStringLiteral("USD 35.1 billion"));
    EXPECT_EQ(ArticleExporter::englishAmount(35, QStringLiteral("USD")), QStringLiteral("USD 35"));
}

TEST_F(ArticleExporterTest, CsvStartsWithAByteOrderMarkAndReadsBackIntoItsColumns)
{
    const QByteArray csv = render(ArticleExporter::Format::Csv);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = pythonRows(csv);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("source"),
                                    QStringLiteral("published"), QStringLiteral("language"), QStringLiteral("companies"),
                                    QStringLiteral("people"), QStringLiteral("places"), QStringLiteral("amounts"),
                                    QStringLiteral("key_points")}));
    const QStringList &first = rows[1];
    ASSERT_EQ(first.size(), 11);
    EXPECT_EQ(first[0], QString::number(m_ids[0]));
    EXPECT_EQ(first[1], QStringLiteral("Renault, Stellantis et « l'électrique » : le défi des prix"));
    EXPECT_EQ(first[2], QStringLiteral("https://eco.example.org/renault-stellantis"));
    EXPECT_EQ(first[3], QStringLiteral("Économie « française »"));
    EXPECT_EQ(first[4], QStringLiteral("2026-11-30T07:30:00Z"));
    EXPECT_EQ(first[5], QStringLiteral("fr"));
    EXPECT_TRUE(first[6].contains(QStringLiteral("Renault"))) << first[6].toStdString();
    EXPECT_TRUE(first[6].contains(QStringLiteral("Stellantis"))) << first[6].toStdString();
    EXPECT_TRUE(first[7].contains(QStringLiteral("Luca de Meo"))) << first[7].toStdString();
    EXPECT_TRUE(first[8].contains(QStringLiteral("Paris"))) << first[8].toStdString();
    EXPECT_FALSE(first[10].isEmpty());
    const QStringList &second = rows[2];
    EXPECT_EQ(second[9], QStringLiteral("2000000000 EUR"));
}

TEST_F(ArticleExporterTest, NoExportCarriesALinkOtherThanHttpHttpsOrMailto)
{
    for (auto format : {ArticleExporter::Format::Csv, ArticleExporter::Format::Markdown, ArticleExporter::Format::Json})
        EXPECT_FALSE(render(format).contains("javascript")) << int(format);
}

TEST_F(ArticleExporterTest, JsonIsTheShowShapeWithTheFacts)
{
    const QJsonArray articles = QJsonDocument::fromJson(render(ArticleExporter::Format::Json)).array();
    ASSERT_EQ(articles.size(), 2);
    const QJsonObject a = articles[0].toObject();
    for (const char *key : {"id", "title", "url", "author", "published", "language", "feed", "text", "html", "key_points",
                            "favourite", "read", "facts"})
        EXPECT_TRUE(a.contains(QLatin1String(key))) << key;
    EXPECT_EQ(a.value(QStringLiteral("feed")).toString(), QStringLiteral("Économie « française »"));
    const QJsonObject facts = a.value(QStringLiteral("facts")).toObject();
    EXPECT_TRUE(facts.value(QStringLiteral("entities")).isArray());
    EXPECT_TRUE(facts.value(QStringLiteral("summary")).isArray());
    EXPECT_EQ(articles[1].toObject().value(QStringLiteral("url")).toString(), QString());
}

TEST_F(ArticleExporterTest, MarkdownIsABriefPerArticle)
{
    const QString md = QString::fromUtf8(render(ArticleExporter::Format::Markdown));
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Veille brief\n\n2 articles\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("## [Renault, Stellantis et « l'électrique » : le défi des prix]"
                                           "(<https://eco.example.org/renault-stellantis>)")));
    EXPECT_TRUE(md.contains(QStringLiteral("*Économie « française » · 2026-11-30*")));
    EXPECT_TRUE(md.contains(QStringLiteral("* **Companies:** ")));
    EXPECT_TRUE(md.contains(QStringLiteral("* **Amounts:** 2 milliards d'euros (EUR 2 billion)"))) << md.toStdString();
    // The article without a safe link has a plain title.
    EXPECT_TRUE(md.contains(QStringLiteral("## Un lien \"piégé\" à ne pas suivre\n")));
}

TEST_F(ArticleExporterTest, MarkdownUsesTheLabelsItIsGiven)
{
    ArticleExporter::Labels labels;
    labels.title = QStringLiteral("Synthèse Veille");
    labels.companies = QStringLiteral("Entreprises");
    labels.articles = [](int n) { return QStringLiteral("%1 articles exportés").arg(n); };
    auto bytes = ArticleExporter(library(), labels).render(m_ids, ArticleExporter::Format::Markdown);
    ASSERT_TRUE(bytes.ok());
    const QString md = QString::fromUtf8(*bytes);
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Synthèse Veille\n\n2 articles exportés\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("* **Entreprises:** ")));
}

TEST_F(ArticleExporterTest, MarkdownEscapesWhatWouldBeMarkup)
{
    QFile f(m_temp.dir() + QStringLiteral("/odd.txt"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Les *marges* de [Renault] et <b>Stellantis</b>\n\nRenault publie ses comptes annuels ce matin.\n");
    f.close();
    auto report = library().importer().importFile(f.fileName());
    ASSERT_TRUE(report.ok());
    auto bytes = ArticleExporter(library()).render({report->added.first().id}, ArticleExporter::Format::Markdown);
    ASSERT_TRUE(bytes.ok());
    EXPECT_TRUE(bytes->contains("\\*marges\\* de \\[Renault\\] et \\<b\\>Stellantis\\</b\\>")) << bytes->constData();
}

TEST_F(ArticleExporterTest, WritesTheFileWhole)
{
    const QString path = m_temp.dir() + QStringLiteral("/export.csv");
    ASSERT_TRUE(ArticleExporter(library()).write(m_ids, ArticleExporter::Format::Csv, path).ok());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), render(ArticleExporter::Format::Csv));
}

TEST_F(ArticleExporterTest, AnUnwritablePathGivesAClearErrorAndLeavesNothing)
{
    const QString missingFolder = m_temp.dir() + QStringLiteral("/no/such/folder/export.csv");
    auto result = ArticleExporter(library()).write(m_ids, ArticleExporter::Format::Csv, missingFolder);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::FileNotWritable);
    EXPECT_EQ(result.error().subject, missingFolder);
    EXPECT_FALSE(QFile::exists(missingFolder));

    auto folder = ArticleExporter(library()).write(m_ids, ArticleExporter::Format::Csv, m_temp.dir());
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().code, ErrorCode::FileIsFolder);
}

TEST_F(ArticleExporterTest, AFailedExportLeavesAnExistingFileAsItWas)
{
    const QString path = m_temp.dir() + QStringLiteral("/locked/export.md");
    ASSERT_TRUE(QDir().mkpath(m_temp.dir() + QStringLiteral("/locked")));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("earlier brief");
    }
    QFile::setPermissions(m_temp.dir() + QStringLiteral("/locked"), QFile::ReadOwner | QFile::ExeOwner);
    auto result = ArticleExporter(library()).write(m_ids, ArticleExporter::Format::Markdown, path);
    QFile::setPermissions(m_temp.dir() + QStringLiteral("/locked"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (result.ok())
        GTEST_SKIP() << "running as root: folder permissions do not apply";
    EXPECT_EQ(result.error().code, ErrorCode::FileNotWritable);
    EXPECT_EQ(test::readAll(path), QByteArray("earlier brief"));
}

TEST_F(ArticleExporterTest, SkipsIdsNoLongerStored)
{
    auto bytes = ArticleExporter(library()).render({m_ids[0], 987654}, ArticleExporter::Format::Json);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(QJsonDocument::fromJson(*bytes).array().size(), 1);
}
