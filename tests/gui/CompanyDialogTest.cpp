#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>

#include "GuiTestSupport.h"
#include "gui/CompanyDialog.h"

using namespace veille;
using namespace veille::app;

TEST(CompanyDialog, AnEmptyOrBlankNameIsRefusedWithAMessageAndNothingIsSaved)
{
    test::guiApp();
    int saves = 0;
    CompanyDialog dialog({}, [&saves](const UserCompany &) { ++saves; return QString(); });
    dialog.nameEdit()->setText(QStringLiteral("   "));
    dialog.accept();
    EXPECT_EQ(saves, 0);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.error().contains(QStringLiteral("empty"))) << dialog.error().toStdString();
}

TEST(CompanyDialog, GivesTheCompanyWithItsAliasesTrimmedAndWithoutRepeats)
{
    test::guiApp();
    UserCompany saved;
    CompanyDialog dialog({}, [&saved](const UserCompany &c) { saved = c; return QString(); });
    dialog.nameEdit()->setText(QStringLiteral("  Mistral   AI "));
    dialog.aliasesEdit()->setPlainText(QStringLiteral("Mistral\n\n  Mistral \nMistral AI\nLe Chat"));
    dialog.caseSensitiveBox()->setChecked(true);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(saved.name, QStringLiteral("Mistral AI"));
    EXPECT_EQ(saved.aliases, (QStringList{QStringLiteral("Mistral"), QStringLiteral("Le Chat")}));
    EXPECT_TRUE(saved.caseSensitive);
}

TEST(CompanyDialog, WhatTheLibraryRefusesStaysOnScreenAndTheDialogStaysOpen)
{
    test::guiApp();
    CompanyDialog dialog({QStringLiteral("Acme"), {}, false},
                         [](const UserCompany &) { return QStringLiteral("The alias \"Apple\" is already a name of Apple."); });
    dialog.aliasesEdit()->setPlainText(QStringLiteral("Apple"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.error(), QStringLiteral("The alias \"Apple\" is already a name of Apple."));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit a company"));
}
