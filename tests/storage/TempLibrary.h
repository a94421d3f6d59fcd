#pragma once

#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "storage/Database.h"

namespace veille::test {

// A fresh library file in a temporary folder, removed with the test.
class TempLibrary {
public:
    TempLibrary() { EXPECT_TRUE(m_dir.isValid()); }

    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString dir() const { return m_dir.path(); }

    std::unique_ptr<Database> open()
    {
        auto db = Database::open(path(), Access::Write);
        EXPECT_TRUE(db.ok()) << db.errorMessage().toStdString();
        return db.ok() ? std::move(db).value() : nullptr;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace veille::test
