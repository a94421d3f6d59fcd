// The shipped translations against the code as it is now: lupdate reads every visible string
// of app/ (as the update_translations target does) and each one must have a finished French
// translation in the .qm the window loads. A tr() added without its French fails here.
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include "GuiTestSupport.h"
#include "TsFile.h"
#include "gui/LanguageManager.h"

#include <algorithm>

using namespace veille;
using veille::test::readTs;
using veille::test::TsMessage;

namespace {

// The sources whose strings the user sees: app/ but its English-only command-line tool.
QStringList visibleSources()
{
    const QString app = test::sourceDir() + QStringLiteral("/app");
    QStringList out;
    QDirIterator it(app, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.startsWith(app + QStringLiteral("/cli/")))
            out << path;
    }
    out.sort();
    return out;
}

// lupdate's reading of the code, into a fresh .ts that has no translation at all.
QList<TsMessage> extract(const QStringList &sources, QString *error)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("code_fr.ts"));
    QStringList args{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                     test::sourceDir() + QStringLiteral("/app"), QStringLiteral("-I"), test::sourceDir() + QStringLiteral("/core")};
    args << sources << QStringLiteral("-ts") << ts;
    QProcess lupdate;
    lupdate.start(QStringLiteral(VEILLE_LUPDATE_PATH), args);
    if (!lupdate.waitForFinished(60000) || lupdate.exitCode() != 0) {
        *error = QString::fromLocal8Bit(lupdate.readAllStandardError());
        return {};
    }
    return readTs(ts);
}

// The code's messages, read once for the whole program.
const QList<TsMessage> &codeMessages()
{
    static QString error;
    static const QList<TsMessage> messages = extract(visibleSources(), &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return messages;
}

QString describe(const TsMessage &m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"')
        + (m.comment.isEmpty() ? QString() : QStringLiteral(" (") + m.comment + QLatin1Char(')'));
}

// What a translator gives for a message: the forms for 1 and 2 of a plural, else the one
// text. An empty string means the .qm has no finished translation for it.
QStringList translated(const QTranslator &translator, const TsMessage &m)
{
    const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
    const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
    if (!m.numerus)
        return {translator.translate(context.constData(), source.constData(), disambiguation)};
    return {translator.translate(context.constData(), source.constData(), disambiguation, 1),
            translator.translate(context.constData(), source.constData(), disambiguation, 2)};
}

// %1..%99 and %n: what QString::arg() and tr()'s plural fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList out;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

QString numerusText(const char *context, const char *source, int n)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

TEST(TranslationCoverage, LupdateFindsTheStringsOfEveryVisibleFolderButNotTheCommandLine)
{
    const QStringList sources = visibleSources();
    EXPECT_TRUE(sources.contains(test::sourceDir() + QStringLiteral("/app/gui/MainWindow.cpp")));
    EXPECT_TRUE(sources.contains(test::sourceDir() + QStringLiteral("/app/main.cpp")));
    EXPECT_TRUE(sources.filter(QStringLiteral("/app/cli/")).isEmpty());
    const QList<TsMessage> &messages = codeMessages();
    EXPECT_GT(messages.size(), 150);
    const auto has = [&](const char *context, const char *source) {
        return std::any_of(messages.begin(), messages.end(), [&](const TsMessage &m) {
            return m.context == QLatin1String(context) && m.source == QLatin1String(source);
        });
    };
    EXPECT_TRUE(has("veille::app::MainWindow", "%n article(s)"));
    EXPECT_TRUE(has("veille::app::FeedTree", "None yet"));
}

TEST(TranslationCoverage, EveryStringInTheCodeHasAFinishedFrenchTranslationInTheShippedQm)
{
    test::guiApp();
    QTranslator french;
    ASSERT_TRUE(french.load(app::LanguageManager::translationFile(QStringLiteral("fr"))));
    QStringList missing;
    for (const TsMessage &m : codeMessages())
        for (const QString &text : translated(french, m))
            if (text.isEmpty())
                missing << describe(m);
    missing.removeDuplicates();
    EXPECT_TRUE(missing.isEmpty()) << "No French for:\n" << missing.join(QLatin1Char('\n')).toStdString()
                                   << "\nRun: cmake --build build --target update_translations, then translate them in "
                                      "translations/veille_fr.ts";
}

TEST(TranslationCoverage, FrenchKeepsEveryPlaceholderOfTheEnglish)
{
    test::guiApp();
    QTranslator french;
    ASSERT_TRUE(french.load(app::LanguageManager::translationFile(QStringLiteral("fr"))));
    for (const TsMessage &m : codeMessages())
        for (const QString &text : translated(french, m))
            EXPECT_EQ(placeholders(text), placeholders(m.source)) << describe(m).toStdString() << " -> " << text.toStdString();
}

TEST(TranslationCoverage, EveryPluralInTheCodeHasItsEnglishSingularAndPlural)
{
    test::guiApp();
    QTranslator english;
    ASSERT_TRUE(english.load(app::LanguageManager::translationFile(QStringLiteral("en"))));
    int plurals = 0;
    for (const TsMessage &m : codeMessages()) {
        if (!m.numerus)
            continue;
        ++plurals;
        const QStringList forms = translated(english, m);
        ASSERT_EQ(forms.size(), 2);
        EXPECT_FALSE(forms[0].isEmpty()) << describe(m).toStdString();
        EXPECT_FALSE(forms[1].isEmpty()) << describe(m).toStdString();
        EXPECT_NE(forms[0], forms[1]) << describe(m).toStdString();
        EXPECT_FALSE(forms[0].contains(QLatin1String("(s)")) || forms[1].contains(QLatin1String("(s)"))) << describe(m).toStdString();
    }
    EXPECT_GE(plurals, 8);
}

TEST(TranslationCoverage, TheEnglishFileHoldsOnlyPluralForms)
{
    // The source strings are English already; a copy of each would only go stale.
    const QList<TsMessage> messages = readTs(test::sourceDir() + QStringLiteral("/translations/veille_en.ts"));
    EXPECT_GE(messages.size(), 8);
    for (const TsMessage &m : messages) {
        EXPECT_TRUE(m.numerus) << m.source.toStdString();
        EXPECT_EQ(m.forms.size(), 2) << m.source.toStdString();
    }
}

TEST(TranslationCoverage, TheEnglishWindowSaysOneArticleAndTwoArticles)
{
    test::guiApp();
    app::LanguageManager languages;
    ASSERT_EQ(languages.apply(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(numerusText("veille::app::MainWindow", "%n article(s)", 1), QStringLiteral("1 article"));
    EXPECT_EQ(numerusText("veille::app::MainWindow", "%n article(s)", 2), QStringLiteral("2 articles"));
    EXPECT_EQ(numerusText("veille::app::MainWindow", "%n best results shown", 1), QStringLiteral("1 best result shown"));
    EXPECT_EQ(numerusText("veille::app::FeedActions", "Refreshing %n feed(s)…", 3), QStringLiteral("Refreshing 3 feeds…"));
    // Strings without a plural stay the source text.
    EXPECT_EQ(QCoreApplication::translate("veille::app::FeedTree", "Unread"), QStringLiteral("Unread"));

    ASSERT_EQ(languages.apply(QStringLiteral("fr")), QStringLiteral("fr"));
    EXPECT_EQ(numerusText("veille::app::MainWindow", "%n article(s)", 1), QStringLiteral("1 article"));
    EXPECT_EQ(numerusText("veille::app::MainWindow", "%n article(s)", 2), QStringLiteral("2 articles"));
    EXPECT_EQ(QCoreApplication::translate("veille::app::FeedTree", "Unread"), QStringLiteral("Non lus"));
    languages.apply(QStringLiteral("en"));
}

TEST(TranslationCoverage, AWordWithTwoMeaningsIsTranslatedByItsDisambiguation)
{
    test::guiApp();
    QTranslator french;
    ASSERT_TRUE(french.load(app::LanguageManager::translationFile(QStringLiteral("fr"))));
    // "Search" the shortcut's action is a verb; "&Search" the menu is a noun.
    EXPECT_EQ(french.translate("veille::app::ShortcutsDialog", "Search", "action: start a search"), QStringLiteral("Rechercher"));
    EXPECT_EQ(french.translate("veille::app::MainWindow", "&Search"), QStringLiteral("&Recherche"));
    // "Key" the keyboard's, not a key fact.
    EXPECT_EQ(french.translate("veille::app::ShortcutsDialog", "Key", "keyboard key, column header"), QStringLiteral("Touche"));
}
