#include "gui/SearchBar.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QStringListModel>
#include <QTimer>

#include "search/QueryParser.h"

namespace veille::app {

SearchBar::SearchBar(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    m_names = new QStringListModel(this);
    m_completer = new QCompleter(m_names, this);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &SearchBar::insertCompletion);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, [this] { emit searchRequested(text()); });
    connect(this, &QLineEdit::textEdited, this, &SearchBar::onEdited);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emit searchRequested(text());
    });
    retranslate();
}

void SearchBar::retranslate()
{
    setPlaceholderText(tr("Search (Ctrl+F or /): words, \"phrases\", company:Name, fav:yes, lang:fr"));
    setToolTip(tr("Words must all appear; \"exact phrase\"; invest* for a prefix; a OR b; -word to exclude;\n"
                  "company:Name for every article about a company, org:Name about an organisation;\n"
                  "fav:yes, read:no, lang:fr or lang:en."));
}

void SearchBar::setCompanies(const QStringList &names)
{
    QStringList entries;
    for (const QString &n : names)
        entries << QStringLiteral("company:") + (n.contains(QLatin1Char(' ')) ? QLatin1Char('"') + n + QLatin1Char('"') : n);
    m_names->setStringList(entries);
}

void SearchBar::showQuery(const QString &query)
{
    m_debounce->stop();
    setText(query);
}

QStringList SearchBar::highlightTerms() const
{
    return QueryParser::parse(text()).highlightTerms;
}

QString SearchBar::lastToken(int *start) const
{
    const QString t = text().left(cursorPosition());
    int i = int(t.size());
    bool quoted = false;
    while (i > 0) {
        const QChar c = t.at(i - 1);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c.isSpace() && !quoted)
            break;
        --i;
    }
    *start = i;
    return t.mid(i);
}

void SearchBar::onEdited()
{
    int start = 0;
    const QString token = lastToken(&start);
    const QString bare = token.startsWith(QLatin1String("company:"), Qt::CaseInsensitive) ? token.mid(8) : token;
    if (bare.size() >= 2 && !token.startsWith(QLatin1Char('-'))) {
        m_completer->setCompletionPrefix(bare.startsWith(QLatin1Char('"')) ? bare.mid(1) : bare);
        if (m_completer->completionCount() > 0)
            m_completer->complete();
        else
            m_completer->popup()->hide();
    } else {
        m_completer->popup()->hide();
    }
    m_debounce->start();
}

void SearchBar::insertCompletion(const QString &completion)
{
    int start = 0;
    lastToken(&start);
    const QString before = text().left(start);
    const QString after = text().mid(cursorPosition());
    setText(before + completion + QLatin1Char(' ') + after.trimmed());
    setCursorPosition(int(before.size() + completion.size() + 1));
    m_debounce->stop();
    emit searchRequested(text());
    QString name = completion.startsWith(QLatin1String("company:")) ? completion.mid(8) : completion;
    if (name.size() > 1 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    emit companyCompleted(name);
}

void SearchBar::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        QLineEdit::keyPressEvent(event); // the popup handles its own keys
        return;
    }
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Down) {
        emit leaveRequested();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchBar::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace veille::app
