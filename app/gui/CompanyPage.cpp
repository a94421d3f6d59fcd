#include "gui/CompanyPage.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "gui/AmountFormatter.h"
#include "gui/WeekChart.h"

namespace veille::app {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;   // the article a row opens
constexpr int kSortRole = Qt::UserRole + 2; // what a column sorts by, when not its text
constexpr int kNameRole = Qt::UserRole + 3; // a related company's name

// Sorts by kSortRole when the column has one: amounts by value, dates by time.
class SortableItem : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, kSortRole), theirs = other.data(column, kSortRole);
        if (mine.isValid() && theirs.isValid())
            return QVariant::compare(mine, theirs) < 0;
        return QTreeWidgetItem::operator<(other);
    }
};

QTreeWidget *table(QWidget *parent, const QString &name, int columns)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(columns);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->setAllColumnsShowFocus(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setFrameShape(QFrame::StyledPanel);
    t->header()->setStretchLastSection(false);
    t->header()->setSectionsMovable(false);
    return t;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QWidget *column(QWidget *parent, std::initializer_list<QWidget *> rows, QWidget *stretching)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (QWidget *w : rows)
        layout->addWidget(w, w == stretching ? 1 : 0);
    return box;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

CompanyPage::CompanyPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("companyPage"));
    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("companyBack"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setAutoRaise(true);
    m_forward = new QToolButton(this);
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &CompanyPage::backRequested);
    connect(m_forward, &QToolButton::clicked, this, &CompanyPage::forwardRequested);

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("companyName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_follow = new QPushButton(this);
    m_follow->setObjectName(QStringLiteral("followButton"));
    connect(m_follow, &QPushButton::clicked, this, [this] { emit followChanged(m_profile.name, !m_profile.followed); });
    m_edit = new QPushButton(this);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_profile.name); });
    m_remove = new QPushButton(this);
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_profile.name); });

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_name);
    titles->addWidget(m_details);
    auto *header = new QHBoxLayout;
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addWidget(m_forward, 0, Qt::AlignTop);
    header->addSpacing(6);
    header->addLayout(titles, 1);
    header->addWidget(m_edit, 0, Qt::AlignTop);
    header->addWidget(m_remove, 0, Qt::AlignTop);
    header->addWidget(m_follow, 0, Qt::AlignTop);

    m_chartTitle = sectionTitle(this);
    m_chart = new WeekChart(this);
    connect(m_chart, &WeekChart::weekClicked, this, &CompanyPage::showWeek);
    m_timelineTitle = sectionTitle(this);
    m_allWeeks = new QPushButton(this);
    m_allWeeks->setFlat(true);
    m_allWeeks->hide();
    connect(m_allWeeks, &QPushButton::clicked, this, [this] { showWeek(-1); });
    auto *timelineHeader = new QWidget(this);
    auto *timelineRow = new QHBoxLayout(timelineHeader);
    timelineRow->setContentsMargins(0, 0, 0, 0);
    timelineRow->addWidget(m_timelineTitle, 1);
    timelineRow->addWidget(m_allWeeks);
    m_timeline = table(this, QStringLiteral("companyTimeline"), 3);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_timeline->setColumnWidth(1, 150);
    connect(m_timeline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit articleChosen(item->data(0, kIdRole).toLongLong());
    });
    connect(m_timeline, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        emit articleChosen(item->data(0, kIdRole).toLongLong());
    });

    m_amountsTitle = sectionTitle(this);
    m_amounts = table(this, QStringLiteral("companyAmounts"), 3);
    m_amounts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_amounts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_amounts->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_amounts->setWordWrap(true);
    m_amounts->setUniformRowHeights(false);
    m_amounts->setSortingEnabled(true);
    m_amounts->sortByColumn(0, Qt::DescendingOrder);
    connect(m_amounts, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit articleChosen(item->data(0, kIdRole).toLongLong());
    });

    m_peopleTitle = sectionTitle(this);
    m_people = table(this, QStringLiteral("companyPeople"), 2);
    m_people->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_people->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_relatedTitle = sectionTitle(this);
    m_related = table(this, QStringLiteral("companyRelated"), 2);
    m_related->setRootIsDecorated(true);
    m_related->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_related->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_related, &QTreeWidget::itemClicked, this, &CompanyPage::onRelatedActivated);
    connect(m_related, &QTreeWidget::itemActivated, this, &CompanyPage::onRelatedActivated);

    QWidget *left = column(this, {m_chartTitle, m_chart, timelineHeader, m_timeline}, m_timeline);
    auto *peopleAndRelated = new QSplitter(Qt::Horizontal, this);
    peopleAndRelated->addWidget(column(this, {m_peopleTitle, m_people}, m_people));
    peopleAndRelated->addWidget(column(this, {m_relatedTitle, m_related}, m_related));
    peopleAndRelated->setChildrenCollapsible(false);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(column(this, {m_amountsTitle, m_amounts}, m_amounts));
    right->addWidget(peopleAndRelated);
    right->setChildrenCollapsible(false);
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->setObjectName(QStringLiteral("companyPageSplitter"));
    body->addWidget(left);
    body->addWidget(right);
    body->setStretchFactor(0, 5);
    body->setStretchFactor(1, 6);
    body->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(body, 1);
    retranslate();
    setHistory(false, false);
}

QString CompanyPage::language() const
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void CompanyPage::setHistory(bool canGoBack, bool canGoForward)
{
    m_back->setEnabled(canGoBack);
    m_forward->setEnabled(canGoForward);
}

void CompanyPage::showLoading(const QString &name)
{
    CompanyProfile empty;
    empty.name = name;
    m_profile = empty;
    m_week = -1;
    fill();
    m_details->setText(tr("Reading the library…"));
}

void CompanyPage::setProfile(const CompanyProfile &profile)
{
    const bool same = profile.name == m_profile.name;
    m_profile = profile;
    if (!same || m_week >= m_profile.weeks.size())
        m_week = -1;
    fill();
}

void CompanyPage::fill()
{
    fillHeader();
    m_chart->setWeeks(m_profile.weeks);
    fillTimeline();
    fillAmounts();
    fillPeople();
    fillRelated();
}

void CompanyPage::fillHeader()
{
    m_name->setText(m_profile.name);
    QStringList parts;
    if (!m_profile.aliases.isEmpty())
        //: Before a company's other names: "Also known as Hon Hai, 鴻海".
        parts << tr("Also known as %1").arg(QLocale().createSeparatedList(m_profile.aliases));
    parts << tr("%n article(s)", nullptr, m_profile.articles);
    parts << tr("%n unread article(s)", nullptr, m_profile.unread);
    if (m_profile.userDefined)
        parts << tr("one of your companies");
    m_details->setText(parts.join(QStringLiteral("  ·  ")));
    m_follow->setText(m_profile.followed ? tr("Unfollow") : tr("Follow"));
    m_follow->setToolTip(m_profile.followed ? tr("Stop announcing this company's new articles")
                                            : tr("Add this company to the watchlist and announce its new articles"));
    m_follow->setEnabled(!m_profile.name.isEmpty());
    m_edit->setVisible(m_profile.userDefined);
    m_remove->setVisible(m_profile.userDefined);
}

void CompanyPage::fillTimeline()
{
    m_timeline->clear();
    QDate from, to;
    if (m_week >= 0) {
        from = m_profile.weeks.at(m_week).monday;
        to = from.addDays(7);
    }
    QList<QTreeWidgetItem *> items;
    for (const auto &entry : m_profile.timeline) {
        const QDate day = entry.published.toLocalTime().date();
        if (m_week >= 0 && (!entry.published.isValid() || day < from || day >= to))
            continue;
        auto *item = new QTreeWidgetItem({entry.title, entry.feed.isEmpty() ? tr("Imported") : entry.feed, dateText(entry.published)});
        item->setData(0, kIdRole, entry.id);
        item->setToolTip(0, entry.title);
        if (!entry.read) {
            QFont f = m_timeline->font();
            f.setBold(true);
            item->setFont(0, f);
        }
        items << item;
    }
    m_timeline->addTopLevelItems(items);
    if (m_week >= 0) {
        //: The timeline shows one week: %1 its first day, then how many articles it has.
        m_timelineTitle->setText(tr("Week of %1: %n article(s)", nullptr, int(items.size()))
                                     .arg(QLocale().toString(from, QLocale::LongFormat)));
    } else {
        m_timelineTitle->setText(tr("Articles, newest first (%1)").arg(items.size()));
    }
    m_allWeeks->setVisible(m_week >= 0);
}

void CompanyPage::showWeek(int index)
{
    m_week = index >= 0 && index < m_profile.weeks.size() ? index : -1;
    fillTimeline();
}

void CompanyPage::fillAmounts()
{
    m_amounts->setSortingEnabled(false);
    m_amounts->clear();
    const QString lang = language();
    QList<QTreeWidgetItem *> items;
    for (const auto &amount : m_profile.amounts) {
        auto *item = new SortableItem(QStringList{AmountFormatter::money(amount.value, amount.currency, lang),
                                                  dateText(amount.published), amount.sentence});
        item->setData(0, kIdRole, amount.articleId);
        item->setData(0, kSortRole, amount.value);
        item->setData(1, kSortRole, amount.published);
        item->setToolTip(0, amount.text);
        item->setToolTip(2, amount.sentence);
        QFont f = m_amounts->font();
        f.setBold(true);
        item->setFont(0, f);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignTop);
        item->setTextAlignment(1, Qt::AlignLeft | Qt::AlignTop);
        items << item;
    }
    m_amounts->addTopLevelItems(items);
    m_amounts->setSortingEnabled(true);
    m_amountsTitle->setText(tr("Amounts announced (%1)").arg(items.size()));
}

void CompanyPage::fillPeople()
{
    m_people->clear();
    for (const auto &person : m_profile.people) {
        //: A person and the role an article gives them: "Young Liu — président de Foxconn".
        const QString text = person.role.isEmpty() ? person.name : tr("%1 — %2").arg(person.name, person.role);
        auto *item = new QTreeWidgetItem(m_people, {text, QString::number(person.articles)});
        item->setToolTip(0, text);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_peopleTitle->setText(tr("People (%1)").arg(m_profile.people.size()));
}

void CompanyPage::fillRelated()
{
    m_related->clear();
    const auto group = [this](const QString &title, const QList<CompanyProfile::Named> &names, bool companies) {
        auto *top = new QTreeWidgetItem(m_related, {title});
        top->setFlags(Qt::ItemIsEnabled);
        QFont bold = m_related->font();
        bold.setBold(true);
        top->setFont(0, bold);
        for (const auto &named : names) {
            auto *item = new QTreeWidgetItem(top, {named.name, QString::number(named.articles)});
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (companies) {
                item->setData(0, kNameRole, named.name);
                item->setForeground(0, palette().brush(QPalette::Link));
                item->setToolTip(0, tr("Open the page of %1").arg(named.name));
            }
        }
        if (names.isEmpty()) {
            auto *none = new QTreeWidgetItem(top, {tr("None", "no company or place")});
            none->setFlags(Qt::ItemIsEnabled);
            none->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        top->setExpanded(true);
    };
    //: Companies named in the same articles as this one.
    group(tr("Companies"), m_profile.coMentioned, true);
    group(tr("Places"), m_profile.places, false);
    m_relatedTitle->setText(tr("Mentioned with it"));
}

void CompanyPage::onRelatedActivated(QTreeWidgetItem *item)
{
    if (const QString name = item->data(0, kNameRole).toString(); !name.isEmpty())
        emit companyChosen(name);
}

void CompanyPage::retranslate()
{
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_chartTitle->setText(tr("Articles per week, last 26 weeks"));
    m_chart->setToolTip(QString());
    m_allWeeks->setText(tr("Show every week"));
    m_timeline->setHeaderLabels({tr("Title"), tr("Source"), tr("Date")});
    m_amounts->setHeaderLabels({tr("Amount"), tr("Date"), tr("Sentence")});
    m_people->setHeaderLabels({tr("Person and role"), tr("Articles")});
    m_related->setHeaderLabels({tr("Name"), tr("Articles")});
    fill();
}

void CompanyPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_back)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_related)
        fillRelated();
}

} // namespace veille::app
