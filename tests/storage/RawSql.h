#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <gtest/gtest.h>

#include "TempLibrary.h"
#include "storage/Database.h"

namespace veille::test {

// Runs statements on a library file outside Database, as an older Veille would have
// left it, then closes the connection: how schema step tests make an older library.
inline void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-sql");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
    }
    QSqlDatabase::removeDatabase(name);
}

// What schema step 16 adds (the feed documents and their triggers), taken away: every step
// test that turns a library back into one from before that step starts with these.
inline QStringList withoutFeedDocuments()
{
    return {QStringLiteral("DROP TRIGGER feed_documents_article_added"),
            QStringLiteral("DROP TRIGGER feed_documents_article_deleted"),
            QStringLiteral("DROP TRIGGER feed_documents_article_changed"),
            QStringLiteral("DROP TRIGGER feed_documents_age_limit"),
            QStringLiteral("DROP TABLE feed_documents")};
}

// One article, "Michelin ferme deux sites." (id 1), with its full-text row: what the step
// tests store before turning the library back into an older one.
inline QStringList oneIndexedArticle()
{
    return {QStringLiteral("INSERT INTO articles (id, identity, title, text, language, added, sort_time, content_hash) "
                           "VALUES (1, 'guid:a', 'Michelin', 'Michelin ferme deux sites.', 'fr', 0, 0, 'old')"),
            QStringLiteral("INSERT INTO articles_fts (rowid, title, text, language) "
                           "VALUES (1, 'Michelin', 'Michelin ferme deux sites.', 'fr')")};
}

// The first column of the first row of `sql`, read through the library's connection.
inline QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    return q.value(0);
}

// A new library turned back into one an older Veille left at schema `version`, holding
// one indexed article (oneIndexedArticle): `undo` takes away what the steps after
// `version` added (step 16's feed documents are always taken away).
inline void makeOlderLibrary(TempLibrary &lib, int version, const QStringList &undo)
{
    ASSERT_TRUE(lib.open());
    rawSql(lib.path(), withoutFeedDocuments() + oneIndexedArticle() + undo
                           + QStringList{QStringLiteral("PRAGMA user_version = %1").arg(version)});
}

} // namespace veille::test
