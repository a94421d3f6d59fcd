#pragma once

#include <QWidget>

#include "model/CompanyProfile.h"

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace veille::app {

class WeekChart;

// The company page of the reading area: who the company is, how often the library speaks
// of it week by week, its articles, the amounts announced, the people and their roles, and
// the companies and places named with it. It shows a CompanyProfile and says what the user
// chose; reading the profile and acting on it is the window's part.
class CompanyPage : public QWidget {
    Q_OBJECT
public:
    explicit CompanyPage(QWidget *parent = nullptr);

    void setProfile(const CompanyProfile &profile);
    // Said while the profile is read, so an older page does not pass for the new one.
    void showLoading(const QString &name);
    const CompanyProfile &profile() const { return m_profile; }
    QString companyName() const { return m_profile.name; }
    void setHistory(bool canGoBack, bool canGoForward);

    // Only the articles of this week in the timeline (an index into profile().weeks), or
    // all of them again with -1.
    void showWeek(int index);
    int shownWeek() const { return m_week; }

    // The parts, for the tests and the screenshots.
    WeekChart *chart() const { return m_chart; }
    QTreeWidget *timeline() const { return m_timeline; }
    QTreeWidget *amounts() const { return m_amounts; }
    QTreeWidget *people() const { return m_people; }
    QTreeWidget *related() const { return m_related; }
    QPushButton *followButton() const { return m_follow; }

signals:
    void articleChosen(veille::ArticleId id);
    void companyChosen(const QString &name);
    void followChanged(const QString &name, bool follow);
    void editRequested(const QString &name);
    void removeRequested(const QString &name);
    void backRequested();
    void forwardRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void fillHeader();
    void fillTimeline();
    void fillAmounts();
    void fillPeople();
    void fillRelated();
    QString language() const;
    void onRelatedActivated(QTreeWidgetItem *item);

    CompanyProfile m_profile;
    int m_week = -1;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_follow = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_chartTitle = nullptr;
    WeekChart *m_chart = nullptr;
    QLabel *m_timelineTitle = nullptr;
    QPushButton *m_allWeeks = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QLabel *m_amountsTitle = nullptr;
    QTreeWidget *m_amounts = nullptr;
    QLabel *m_peopleTitle = nullptr;
    QTreeWidget *m_people = nullptr;
    QLabel *m_relatedTitle = nullptr;
    QTreeWidget *m_related = nullptr;
};

} // namespace veille::app
