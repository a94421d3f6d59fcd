// Every article in the list has a date — the published one, else the day it was saved,
// said as such — and a language label, in English and in French.
#include "GuiTestSupport.h"
#include "gui/ArticleListModel.h"
#include "gui/ArticleRenderer.h"
#include "gui/DateLabel.h"
#include "gui/LanguageLabel.h"
#include "gui/LanguageManager.h"

#include <QLocale>
#include <QScopeGuard>

using namespace veille;
using namespace veille::app;

namespace {

const QDateTime kSaved(QDate(QDate::currentDate().year(), 12, 3), QTime(12, 0), Qt::UTC);
const QDateTime kPublished(QDate(2025, 6, 14), QTime(12, 0), Qt::UTC);

// The program in French for as long as it lives, then in English again.
class InFrench {
public:
    InFrench()
    {
        test::guiApp();
        m_languages.apply(QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    ~InFrench()
    {
        m_languages.apply(QStringLiteral("en"));
        QLocale::setDefault(m_before);
    }

private:
    QLocale m_before;
    LanguageManager m_languages;
};

} // namespace

TEST(DateLabel, AnArticleWithoutPublishedDateShowsTheDayItWasSavedAsSuch)
{
    test::guiApp();
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(DateLabel::shortText({}, kSaved, english), QStringLiteral("saved 3 Dec"));
    EXPECT_TRUE(DateLabel::longText({}, kSaved, english).startsWith(QStringLiteral("saved on ")));
    EXPECT_TRUE(DateLabel::longText({}, kSaved, english).contains(QStringLiteral("December")));
    // Another year says which.
    EXPECT_EQ(DateLabel::shortText({}, QDateTime(QDate(2019, 12, 3), QTime(12, 0), Qt::UTC), english),
              QStringLiteral("saved 3 Dec 2019"));
}

TEST(DateLabel, APublishedDateWinsOverTheSavedOne)
{
    test::guiApp();
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(DateLabel::shortText(kPublished, kSaved, english), english.toString(QDate(2025, 6, 14), QLocale::ShortFormat));
    EXPECT_FALSE(DateLabel::longText(kPublished, kSaved, english).contains(QStringLiteral("saved")));
    EXPECT_EQ(DateLabel::shown(kPublished, kSaved), kPublished);
    EXPECT_EQ(DateLabel::shown({}, kSaved), kSaved);
    EXPECT_TRUE(DateLabel::shortText({}, {}, english).isEmpty());
}

TEST(DateLabel, SaysSavedInFrench)
{
    InFrench french;
    const QLocale locale(QLocale::French, QLocale::France);
    EXPECT_EQ(DateLabel::shortText({}, kSaved, locale), QStringLiteral("enregistré le 3 déc."));
    EXPECT_TRUE(DateLabel::longText({}, kSaved, locale).startsWith(QStringLiteral("enregistré le ")));
}

TEST(LanguageLabel, NamesEveryLanguageVeilleTellsAndOther)
{
    test::guiApp();
    EXPECT_EQ(LanguageLabel::shortLabel(QStringLiteral("pt")), QStringLiteral("PT"));
    EXPECT_EQ(LanguageLabel::shortLabel(QStringLiteral("other")), QStringLiteral("other"));
    EXPECT_EQ(LanguageLabel::name(QStringLiteral("pt")), QStringLiteral("Portuguese"));
    EXPECT_EQ(LanguageLabel::name(QStringLiteral("de")), QStringLiteral("German"));
    EXPECT_EQ(LanguageLabel::name(QStringLiteral("nl")), QStringLiteral("Dutch"));
    EXPECT_EQ(LanguageLabel::name(QStringLiteral("ru")), QStringLiteral("Russian"));
    EXPECT_EQ(LanguageLabel::inLanguage(QStringLiteral("pt")), QStringLiteral("in Portuguese"));
    EXPECT_EQ(LanguageLabel::inLanguage(QStringLiteral("other")), QStringLiteral("in another language"));
    EXPECT_EQ(LanguageLabel::inLanguage(QStringLiteral("fr")), QStringLiteral("in French"));
}

TEST(LanguageLabel, NamesThemInFrench)
{
    InFrench french;
    EXPECT_EQ(LanguageLabel::shortLabel(QStringLiteral("other")), QStringLiteral("autre"));
    EXPECT_EQ(LanguageLabel::inLanguage(QStringLiteral("pt")), QStringLiteral("en portugais"));
    EXPECT_EQ(LanguageLabel::inLanguage(QStringLiteral("es")), QStringLiteral("en espagnol"));
    EXPECT_EQ(LanguageLabel::inLanguage(QStringLiteral("other")), QStringLiteral("dans une autre langue"));
}

TEST(ArticlePaneDetails, ShowTheLanguageAndTheSavedDay)
{
    test::guiApp();
    Article a;
    a.title = QStringLiteral("Governo aprova reforma");
    a.language = QStringLiteral("pt");
    a.saved = kSaved;
    RenderOptions o;
    o.uiLanguage = QStringLiteral("en");
    const QString html = ArticleRenderer::render(a, KeyFacts{}, o);
    EXPECT_TRUE(html.contains(QStringLiteral("in Portuguese"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("saved on "))) << html.toStdString();
}

class ListLabels : public test::EmptyLibrary {};

TEST_F(ListLabels, TheListShowsASavedDayAndTheLanguageOfEachArticle)
{
    Article a;
    a.identity = QStringLiteral("hash:pt");
    a.title = QStringLiteral("Governo aprova reforma");
    a.text = QStringLiteral("O Senado aprovou a proposta.");
    a.language = QStringLiteral("pt");
    ASSERT_TRUE(m_library->call([&](Library &writer) { return writer.articles().store(a); }).ok());
    ArticleListModel model(*m_library);
    model.showFilter({});
    ASSERT_EQ(model.rowCount(), 1);
    const QString date = model.data(model.index(0, ArticleListModel::DateColumn), Qt::DisplayRole).toString();
    EXPECT_TRUE(date.startsWith(QStringLiteral("saved "))) << date.toStdString();
    EXPECT_EQ(model.data(model.index(0, ArticleListModel::LanguageColumn), Qt::DisplayRole).toString(), QStringLiteral("PT"));
    EXPECT_EQ(model.data(model.index(0, ArticleListModel::LanguageColumn), Qt::ToolTipRole).toString(),
              QStringLiteral("Portuguese"));
    EXPECT_FALSE(model.headerData(ArticleListModel::LanguageColumn, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
}
