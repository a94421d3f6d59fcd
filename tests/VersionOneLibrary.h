#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <gtest/gtest.h>

#include "storage/SqlScript.h"

namespace veille::test {

// Writes a library at `path` as the first release wrote it (schema 1), built by hand
// without Database, with one article, read and in the favourites, whose text says
// "Texte conservé". Call through ASSERT_NO_FATAL_FAILURE.
inline void writeVersionOneLibrary(const QString &path)
{
    const QString connection = QStringLiteral("version-one-library");
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open()) << raw.lastError().text().toStdString();
        QFile step(QStringLiteral(":/sql/001_initial.sql"));
        ASSERT_TRUE(step.open(QIODevice::ReadOnly));
        QSqlQuery q(raw);
        for (const QString &s : SqlScript::statements(QString::fromUtf8(step.readAll())))
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO articles (identity, title, added, sort_time, text) "
                                          "VALUES ('url:https://example.org/a', 'Ancien article', 1, 1, 'Texte conservé')")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE article_states SET favourite = 1, read = 1")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace veille::test
