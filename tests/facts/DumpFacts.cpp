#include "facts/FactsEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <cstdio>

using namespace veille;

// A developer's aid, not a check: VEILLE_DUMP_FACTS=path prints what the engine finds in a
// text file (or a fixture's JSON "text"), to see why a rule fires or does not.
TEST(DumpFacts, PrintsTheFactsOfTheFileNamedInTheEnvironment)
{
    const QByteArray path = qgetenv("VEILLE_DUMP_FACTS");
    if (path.isEmpty())
        GTEST_SKIP() << "set VEILLE_DUMP_FACTS to a file to print its facts";
    QFile f(QString::fromLocal8Bit(path));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QString text = QString::fromUtf8(bytes);
    QString lang;
    if (path.endsWith(".json")) {
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        text = o.value(QStringLiteral("text")).toString();
        lang = o.value(QStringLiteral("language")).toString();
    }
    const KeyFacts k = FactsEngine().extract(text, lang);
    for (const Entity &e : k.entities) {
        QString line = entityTypeName(e.type) + u'\t' + (e.name.isEmpty() ? e.text : e.name);
        if (!e.role.isEmpty())
            line += QStringLiteral("\trole=") + e.role;
        if (e.type == EntityType::Money)
            line += QStringLiteral("\t") + QString::number(e.value, 'g', 15) + u' ' + e.currency;
        if (e.type == EntityType::Date)
            line += u'\t' + e.dateValue;
        line += QStringLiteral("\tx%1").arg(e.mentions.size());
        std::printf("%s\n", line.toUtf8().constData());
    }
    for (const QString &s : k.summary)
        std::printf("SUMMARY %s\n", s.toUtf8().constData());
}
