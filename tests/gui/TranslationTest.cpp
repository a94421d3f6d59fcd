#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include "GuiTestSupport.h"

using namespace veille;

namespace {

struct Message {
    QString source;
    QString translation;   // numerus forms joined with '|'
    QString type;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            current = {};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    text += xml.readElementText() + QLatin1Char('|');
                else if (xml.isCharacters())
                    text += xml.text();
            }
            current.translation = text.trimmed();
            out << current;
        }
    }
    return out;
}

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
        const QList<Message> messages = readTs(path);
        EXPECT_GT(messages.size(), 100) << path.toStdString();
        for (const Message &m : messages) {
            EXPECT_NE(m.type, QStringLiteral("unfinished")) << path.toStdString() << ": " << m.source.toStdString();
            EXPECT_NE(m.type, QStringLiteral("vanished")) << path.toStdString() << ": " << m.source.toStdString();
            EXPECT_FALSE(QString(m.translation).remove(QLatin1Char('|')).isEmpty()) << path.toStdString() << ": " << m.source.toStdString();
        }
    }
}

TEST(Translations, FrenchUsesFrenchTypography)
{
    // A plain space before : ; ? ! and straight double quotes are English habits.
    static const QRegularExpression plainSpaceBefore(QStringLiteral(" [:;?!]"));
    static const QRegularExpression colonGlued(QStringLiteral("[\\p{L}\\d)][;?!](\\s|$)|[\\p{L}\\d)]:(\\s|$)"));
    for (const Message &m : readTs(test::sourceDir() + QStringLiteral("/translations/veille_fr.ts"))) {
        QString t = m.translation;
        t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));     // markup
        t.remove(QRegularExpression(QStringLiteral("\\b(company|fav|read|lang):\\S*"))); // search syntax
        t.remove(QRegularExpression(QStringLiteral("https?://\\S+")));
        EXPECT_FALSE(t.contains(plainSpaceBefore)) << m.translation.toStdString();
        EXPECT_FALSE(t.contains(colonGlued)) << m.translation.toStdString();
        // Straight quotes are allowed only where they show the search syntax.
        EXPECT_FALSE(t.contains(QStringLiteral("\"")) && !m.source.contains(QStringLiteral("\"")))
            << m.translation.toStdString();
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
