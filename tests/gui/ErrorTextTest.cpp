#include <QCoreApplication>
#include <QTranslator>

#include "GuiTestSupport.h"
#include "messages/ErrorText.h"

using namespace veille;
using namespace veille::app;

namespace {

// The French catalogue as the window loads it (LanguageManager), from the build's own
// resources, without switching the whole program's language.
class FrenchCatalogue {
public:
    FrenchCatalogue()
    {
        test::guiApp();
        m_loaded = m_translator.load(QStringLiteral(":/i18n/veille_fr"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~FrenchCatalogue() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

// Codes whose text is not ours to translate.
bool wordedByUs(ErrorCode code)
{
    return code != ErrorCode::None && code != ErrorCode::OldMessage;
}

} // namespace

TEST(ErrorText, EveryCodeHasAnEnglishSentence)
{
    test::guiApp();
    for (ErrorCode code : Error::allCodes()) {
        if (!wordedByUs(code))
            continue;
        const QString text = ErrorText::sentence(code, QStringLiteral("X"));
        EXPECT_FALSE(text.trimmed().isEmpty()) << Error::codeName(code).toStdString();
        EXPECT_TRUE(text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(')'))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("%1"))) << "a placeholder left unfilled: " << text.toStdString();
    }
}

TEST(ErrorText, EveryCodeHasAFrenchTranslationInTheShippedCatalogue)
{
    test::guiApp();
    QMap<ErrorCode, QString> english;
    for (ErrorCode code : Error::allCodes())
        english.insert(code, ErrorText::sentence(code, QStringLiteral("X")));
    FrenchCatalogue french;
    ASSERT_TRUE(french.loaded());
    for (ErrorCode code : Error::allCodes()) {
        if (!wordedByUs(code))
            continue;
        const QString text = ErrorText::sentence(code, QStringLiteral("X"));
        EXPECT_FALSE(text.isEmpty()) << Error::codeName(code).toStdString();
        EXPECT_NE(text, english.value(code)) << Error::codeName(code).toStdString() << " is not translated";
    }
}

TEST(ErrorText, NoErrorIsNoText)
{
    EXPECT_EQ(ErrorText::of(Error()), QString());
}

TEST(ErrorText, TheSubjectComesFirstAndTheDetailGoesWhereTheSentenceSaysIt)
{
    test::guiApp();
    EXPECT_EQ(ErrorText::of(makeError(ErrorCode::FileEmpty).about(QStringLiteral("notes.txt"))),
              QStringLiteral("notes.txt: The file is empty."));
    EXPECT_EQ(ErrorText::of(makeError(ErrorCode::HttpStatus, QStringLiteral("404 Not Found"))),
              QStringLiteral("The server answered with an error: HTTP 404 Not Found."));
    EXPECT_EQ(ErrorText::of(makeError(ErrorCode::DatabaseFull, QStringLiteral("database or disk is full"))),
              QStringLiteral("The disk is full: what was being written was not saved. (database or disk is full)"));
}

TEST(ErrorText, ASubjectTheMessageAlreadyNamesIsNotSaidTwice)
{
    test::guiApp();
    const Error e = makeError(ErrorCode::NoFeedFound).about(QStringLiteral("https://example.org/"));
    EXPECT_EQ(ErrorText::of(e, QStringLiteral("https://example.org/")), QStringLiteral("No feed was found at this address."));
    EXPECT_EQ(ErrorText::of(e, QStringLiteral("https://other.example/")),
              QStringLiteral("https://example.org/: No feed was found at this address."));
}

TEST(ErrorText, AnOldStoredMessageIsShownAsItWas)
{
    EXPECT_EQ(ErrorText::of(Error::fromStored(QStringLiteral("HTTP 500 Internal Server Error"))),
              QStringLiteral("HTTP 500 Internal Server Error"));
}

TEST(ErrorText, InFrenchTheSentenceAndItsPunctuationAreFrench)
{
    FrenchCatalogue french;
    ASSERT_TRUE(french.loaded());
    EXPECT_EQ(ErrorText::of(makeError(ErrorCode::FileEmpty).about(QStringLiteral("notes.txt"))),
              QStringLiteral("notes.txt\u00a0: Le fichier est vide."));
    EXPECT_EQ(ErrorText::of(makeError(ErrorCode::ConnectionRefused, QStringLiteral("127.0.0.1:9"))),
              QStringLiteral("127.0.0.1:9 a refusé la connexion."));
}
