#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "model/Article.h"

namespace veille {

// A company of the user's own: found in every article like a built-in one, with origin
// EntityOrigin::User. A name that is a common word asks for a case-sensitive match.
struct UserCompany {
    QString name;
    QStringList aliases;
    bool caseSensitive = false;
};

// What the library knows about one company, from the entity index and the stored key facts:
// the company page of the window and `veille-cli company NAME --json`.
struct CompanyProfile {
    struct Week {
        QDate monday;        // first day of the ISO week
        QString isoWeek;     // "2026-W48"
        int articles = 0;
    };
    struct TimelineEntry {
        ArticleId id = 0;
        QString title;
        QString feed;        // the feed's title, empty for an imported article
        QDateTime published; // invalid when unknown
        bool read = false;
    };
    struct Amount {
        double value = 0;    // in units of currency
        QString currency;    // ISO 4217
        QString text;        // as written
        QString sentence;    // the sentence it comes from
        ArticleId articleId = 0;
        QDateTime published;
    };
    struct Person {
        QString name;
        QString role;        // as an article states it, empty when none does
        int articles = 0;
    };
    struct Named {           // a company mentioned with it, or a place
        QString name;
        int articles = 0;
    };

    QString name;
    QStringList aliases;
    bool userDefined = false;
    bool followed = false;
    int articles = 0;
    int unread = 0;
    QList<Week> weeks;              // the last 26 ISO weeks, oldest first, empty ones included
    QList<TimelineEntry> timeline;  // newest first
    QList<Amount> amounts;
    QList<Person> people;           // most articles first
    QList<Named> coMentioned;       // most articles first
    QList<Named> places;            // most articles first
};

// A company as the library knows it, whatever its origin: a user company, a company of
// the built-in gazetteer, or one the facts found in articles (discovered). What a name or
// an alias typed by the user resolves to (CompanyBook::resolve).
struct CompanyName {
    QString name;          // canonical name
    QStringList aliases;   // the other names it goes by, canonical name excluded
    bool userDefined = false;
    bool caseSensitive = false; // user companies only
};

// A followed company or saved search, with what the watchlist shows beside it.
struct FollowedItem {
    enum class Kind { Company, Search };
    Kind kind = Kind::Company;
    QString name;    // the company's name, or the saved search's query
    int articles = 0;
    int unread = 0;
};

// What to announce after a refresh: a followed item and how many of its articles arrived
// since the last announcement (CompanyBook::newArticlesSinceLastAnnounce).
struct FollowNews {
    FollowedItem item;
    int newArticles = 0;
};

// The news of every followed item that has some, and the newest article they were
// counted up to: give it back to CompanyBook::markAnnounced, so that an article stored
// between the two calls is announced next time rather than never.
struct FollowAnnouncement {
    QList<FollowNews> news;
    ArticleId upTo = 0;
};

} // namespace veille
