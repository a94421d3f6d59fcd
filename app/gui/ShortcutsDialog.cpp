#include "gui/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace veille::app {

QList<QPair<QString, QString>> ShortcutsDialog::shortcuts()
{
    return {
        {tr("J or N"), tr("Next article")},
        {tr("K or P"), tr("Previous article")},
        {tr("Space"), tr("Scroll the article; at its end, go to the next one")},
        //: A key of the keyboard: change it only if the shortcut's key is different.
        {tr("S"), tr("Add to or remove from favourites")},
        {tr("M"), tr("Mark as read or unread")},
        {tr("O"), tr("Open the original in the web browser")},
        {tr("H"), tr("Show or hide the highlighted key facts")},
        {tr("Ctrl+F or /"), tr("Search", "action: start a search")},
        {tr("Escape"), tr("Leave the search field")},
        {tr("Ctrl+1, Ctrl+2, Ctrl+3"), tr("All articles, Unread, Favourites")},
        {tr("Alt+Left"), tr("Back: the article or company page shown before")},
        {tr("Alt+Right"), tr("Forward")},
        {tr("Ctrl+E"), tr("Export the list with its key facts")},
        {tr("Ctrl++ or Ctrl+wheel up"), tr("Larger text")},
        {tr("Ctrl+- or Ctrl+wheel down"), tr("Smaller text")},
        {tr("Ctrl+0"), tr("Text at its default size")},
        {tr("F1"), tr("This list")},
    };
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto rows = shortcuts();
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setHorizontalHeaderLabels({tr("Key", "keyboard key, column header"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setShowGrid(false);
    table->setFocusPolicy(Qt::NoFocus);
    for (int i = 0; i < rows.size(); ++i) {
        auto *key = new QTableWidgetItem(rows.at(i).first);
        QFont f = key->font();
        f.setBold(true);
        key->setFont(f);
        table->setItem(i, 0, key);
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace veille::app
