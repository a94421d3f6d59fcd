#include "gui/WeekChart.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace veille::app {

namespace {
constexpr int kGap = 3;       // between two bars, in pixels
constexpr int kAxisWidth = 28; // the counts on the left
constexpr int kLabelHeight = 18;
}

WeekChart::WeekChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void WeekChart::setWeeks(const QList<CompanyProfile::Week> &weeks)
{
    m_weeks = weeks;
    m_hovered = -1;
    update();
}

QSize WeekChart::sizeHint() const { return {520, 130}; }
QSize WeekChart::minimumSizeHint() const { return {200, 110}; }

QRect WeekChart::plotArea() const
{
    return rect().adjusted(kAxisWidth, 8, -4, -kLabelHeight);
}

int WeekChart::maximum() const
{
    int most = 1;
    for (const auto &w : m_weeks)
        most = std::max(most, w.articles);
    return most;
}

QRect WeekChart::barRect(int index) const
{
    if (index < 0 || index >= m_weeks.size())
        return {};
    const QRect plot = plotArea();
    const double step = double(plot.width()) / m_weeks.size();
    const int left = plot.left() + int(index * step);
    const int right = plot.left() + int((index + 1) * step) - kGap;
    return QRect(QPoint(left, plot.top()), QPoint(std::max(left, right), plot.bottom()));
}

int WeekChart::weekAt(const QPoint &pos) const
{
    for (int i = 0; i < m_weeks.size(); ++i)
        if (barRect(i).adjusted(0, 0, kGap, kLabelHeight).contains(pos))
            return i;
    return -1;
}

void WeekChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRect plot = plotArea();
    const int most = maximum();
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    QColor muted = pal.color(QPalette::Text);
    muted.setAlpha(150);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    // Two grid lines, at the top count and at half of it, with their numbers.
    for (int value : {most, most / 2}) {
        if (value <= 0)
            continue;
        const int y = plot.bottom() - int(double(value) / most * plot.height());
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(muted);
        p.drawText(QRect(0, y - 8, kAxisWidth - 6, 16), Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }
    p.setPen(grid);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    const QColor bar = pal.color(QPalette::Highlight);
    QColor hover = bar.lighter(pal.color(QPalette::Base).lightness() < 128 ? 130 : 115);
    const QLocale locale;
    int lastLabelRight = -1000;
    for (int i = 0; i < m_weeks.size(); ++i) {
        const auto &week = m_weeks.at(i);
        const QRect column = barRect(i);
        if (week.articles > 0) {
            const int h = std::max(2, int(double(week.articles) / most * plot.height()));
            const QRect r(column.left(), plot.bottom() - h + 1, column.width(), h);
            p.setPen(Qt::NoPen);
            p.setBrush(i == m_hovered ? hover : bar);
            p.drawRoundedRect(r, 2, 2);
        } else if (i == m_hovered) {
            p.setPen(Qt::NoPen);
            p.setBrush(grid);
            p.drawRect(column.left(), plot.bottom() - 1, column.width(), 2);
        }
        // The month under the first week that starts in it, when there is room.
        const QDate monday = week.monday;
        const bool newMonth = i == 0 || m_weeks.at(i - 1).monday.month() != monday.month();
        if (newMonth && monday.isValid() && column.left() > lastLabelRight + 6) {
            const QString label = locale.monthName(monday.month(), QLocale::ShortFormat);
            const QRect text(column.left(), plot.bottom() + 3, 80, kLabelHeight - 3);
            p.setPen(muted);
            p.drawText(text, Qt::AlignLeft | Qt::AlignTop, label);
            lastLabelRight = column.left() + p.fontMetrics().horizontalAdvance(label);
        }
    }
}

void WeekChart::mouseMoveEvent(QMouseEvent *event)
{
    const int week = weekAt(event->position().toPoint());
    if (week != m_hovered) {
        m_hovered = week;
        update();
    }
    if (week < 0) {
        QToolTip::hideText();
        setCursor(Qt::ArrowCursor);
        return;
    }
    setCursor(Qt::PointingHandCursor);
    const auto &w = m_weeks.at(week);
    //: Tooltip of a bar of the chart: %1 the week's first day; then the number of articles.
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("Week of %1: %n article(s)", nullptr, w.articles).arg(QLocale().toString(w.monday, QLocale::LongFormat)),
                       this, barRect(week));
}

void WeekChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const int week = weekAt(event->position().toPoint()); week >= 0)
        emit weekClicked(week);
}

void WeekChart::leaveEvent(QEvent *)
{
    m_hovered = -1;
    setCursor(Qt::ArrowCursor);
    update();
}

} // namespace veille::app
