#pragma once

#include <QList>
#include <QWidget>

#include "model/CompanyProfile.h"

namespace veille::app {

// Articles per week as bars, drawn with QPainter in the palette's colours so it reads in
// the light and the dark palette alike. A click on a bar says which week it was.
class WeekChart : public QWidget {
    Q_OBJECT
public:
    explicit WeekChart(QWidget *parent = nullptr);

    void setWeeks(const QList<CompanyProfile::Week> &weeks);
    const QList<CompanyProfile::Week> &weeks() const { return m_weeks; }
    // The week's bar (its whole column, so a week without articles can be clicked too).
    QRect barRect(int index) const;
    int weekAt(const QPoint &pos) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void weekClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRect plotArea() const;
    int maximum() const;

    QList<CompanyProfile::Week> m_weeks;
    int m_hovered = -1;
};

} // namespace veille::app
