#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "GuiTestSupport.h"
#include "TsFile.h"

using namespace veille;
using veille::test::readTs;
using veille::test::TsMessage;

namespace {

QStringList tsFiles()
{
    const QDir dir(test::sourceDir() + QStringLiteral("/translations"));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files))
        out << dir.filePath(name);
    return out;
}

} // namespace

TEST(Translations, BothLanguagesHaveATsFile)
{
    const QStringList files = tsFiles();
    EXPECT_TRUE(files.contains(test::sourceDir() + QStringLiteral("/translations/veille_fr.ts"))) << files.join(' ').toStdString();
    EXPECT_TRUE(files.contains(test::sourceDir() + QStringLiteral("/translations/veille_en.ts")));
}

TEST(Translations, NoEntryIsUnfinishedOrEmpty)
{
    for (const QString &path : tsFiles()) {
        const QList<TsMessage> messages = readTs(path);
        EXPECT_FALSE(messages.isEmpty()) << path.toStdString();
        for (const TsMessage &m : messages) {
            // Finished, vanished and obsolete are the other types: all but finished are work
            // left for a translator or an lupdate run.
            EXPECT_TRUE(m.type.isEmpty()) << path.toStdString() << ": " << m.source.toStdString() << " is " << m.type.toStdString();
            for (const QString &form : m.forms)
                EXPECT_FALSE(form.isEmpty()) << path.toStdString() << ": " << m.source.toStdString();
            EXPECT_FALSE(m.forms.isEmpty()) << path.toStdString() << ": " << m.source.toStdString();
        }
    }
}

TEST(Translations, FrenchUsesFrenchTypography)
{
    // A plain space before : ; ? ! and straight double quotes are English habits.
    static const QRegularExpression plainSpaceBefore(QStringLiteral(" [:;?!]"));
    static const QRegularExpression colonGlued(QStringLiteral("[\\p{L}\\d)][;?!](\\s|$)|[\\p{L}\\d)]:(\\s|$)"));
    for (const TsMessage &m : readTs(test::sourceDir() + QStringLiteral("/translations/veille_fr.ts"))) {
        const QString translation = m.translation();
        QString t = translation;
        t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));     // markup
        t.remove(QRegularExpression(QStringLiteral("\\b(company|fav|read|lang):\\S*"))); // search syntax
        t.remove(QRegularExpression(QStringLiteral("https?://\\S+")));
        EXPECT_FALSE(t.contains(plainSpaceBefore)) << translation.toStdString();
        EXPECT_FALSE(t.contains(colonGlued)) << translation.toStdString();
        // Straight quotes are allowed only where they show the search syntax.
        EXPECT_FALSE(t.contains(QStringLiteral("\"")) && !m.source.contains(QStringLiteral("\"")))
            << translation.toStdString();
    }
}

TEST(Translations, NoVisibleStringLiteralInTheWindowEscapesTr)
{
    // Calls that show text to the user; a string literal passed straight to one of them
    // would stay English in the French window.
    static const QRegularExpression visible(QStringLiteral(
        "\\b(setText|setTitle|setWindowTitle|setPlaceholderText|setToolTip|setStatusTip|showMessage|addAction|addMenu|"
        "setSuffix|setSpecialValueText|addItem|setHorizontalHeaderLabels|information|warning|critical|about|question|"
        "addRow|QLabel|QCheckBox|QPushButton|QRadioButton|QGroupBox|showMessage)\\(\\s*(this,\\s*)?(QStringLiteral\\(|QString\\()?\"[^\"]*[A-Za-z]{2}"));
    const QDir gui(test::sourceDir() + QStringLiteral("/app/gui"));
    const QStringList sources = gui.entryList({QStringLiteral("*.cpp")}, QDir::Files);
    ASSERT_FALSE(sources.isEmpty());
    for (const QString &name : sources) {
        QFile file(gui.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        int line = 0;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            ++line;
            const QString text = QString::fromUtf8(raw);
            EXPECT_FALSE(text.contains(visible)) << name.toStdString() << ":" << line << ": " << text.trimmed().toStdString();
        }
    }
}
