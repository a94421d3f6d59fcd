#include "CliJson.h"

#include <QJsonDocument>

#include "messages/ErrorText.h"
#include "update/ArticleJson.h"

namespace veille::cli {

QJsonObject CliJson::listItem(const ArticleListItem &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("feed"), ArticleJson::ofFeed(i.feedId, i.feedTitle)},
            {QStringLiteral("feed_id"), ArticleJson::ofFeed(i.feedId, i.feedId)},
            {QStringLiteral("published"), ArticleJson::date(i.published)},
            {QStringLiteral("saved"), ArticleJson::date(i.saved)},
            {QStringLiteral("language"), i.language},
            {QStringLiteral("favourite"), i.favourite},
            {QStringLiteral("read"), i.read}};
}

QJsonObject CliJson::article(const Article &a, const QString &feedTitle, const ArticleState &state)
{
    return ArticleJson::article(a, feedTitle, state);
}

QJsonObject CliJson::articleFacts(const KeyFacts &keyFacts, ArticleId id, const QString &title, const QString &language)
{
    QJsonObject o = textFacts(keyFacts, language);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("title"), title);
    return o;
}

QJsonObject CliJson::textFacts(const KeyFacts &keyFacts, const QString &language)
{
    QJsonObject o = facts(keyFacts);
    o.insert(QStringLiteral("language"), language);
    return o;
}

QJsonObject CliJson::facts(const KeyFacts &keyFacts)
{
    return ArticleJson::facts(keyFacts);
}

QJsonObject CliJson::entity(const Entity &e)
{
    return ArticleJson::entity(e);
}

QJsonObject CliJson::searchHit(const SearchHit &h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("title"), h.title},
            {QStringLiteral("snippet"), h.snippet},
            {QStringLiteral("score"), h.score}};
}

QJsonObject CliJson::company(const CompanyCount &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases)},
            {QStringLiteral("articles"), c.articles},
            {QStringLiteral("user_defined"), c.userDefined}};
}

QJsonObject CliJson::feed(const Feed &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("url"), f.url},
            {QStringLiteral("site"), f.siteUrl},
            {QStringLiteral("folder"), f.folder},
            {QStringLiteral("unread"), f.unread},
            {QStringLiteral("last_error"), f.lastError.isNone() ? QJsonValue(QJsonValue::Null) : QJsonValue(app::ErrorText::of(f.lastError))}};
}

QJsonObject CliJson::account(const Account &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("type"), a.type},
            {QStringLiteral("url"), a.url},
            {QStringLiteral("user"), a.user},
            {QStringLiteral("last_sync"), a.lastSync.isValid() ? QJsonValue(a.lastSync.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("error"), a.lastError.isNone() ? QJsonValue(QJsonValue::Null) : QJsonValue(app::ErrorText::of(a.lastError))}};
}

QJsonObject CliJson::syncSummary(const QList<SyncReport> &reports, const QList<Account> &accounts)
{
    int feeds = 0, added = 0, pushed = 0, pulled = 0;
    QJsonArray errors;
    for (const SyncReport &r : reports) {
        feeds += r.feeds;
        added += r.newArticles;
        pushed += r.pushed;
        pulled += r.pulled;
        if (r.error.isNone())
            continue;
        QString url;
        for (const Account &a : accounts)
            if (a.id == r.account)
                url = a.url;
        errors.append(QJsonObject{{QStringLiteral("account"), r.account},
                                  {QStringLiteral("url"), url},
                                  {QStringLiteral("code"), Error::codeName(r.error.code)},
                                  {QStringLiteral("message"), app::ErrorText::of(r.error)}});
    }
    return {{QStringLiteral("accounts"), int(reports.size())},
            {QStringLiteral("feeds"), feeds},
            {QStringLiteral("new_articles"), added},
            {QStringLiteral("pushed"), pushed},
            {QStringLiteral("pulled"), pulled},
            {QStringLiteral("errors"), errors}};
}

QJsonObject CliJson::companyProfile(const CompanyProfile &p)
{
    QJsonArray weeks;
    for (const CompanyProfile::Week &w : p.weeks)
        weeks.append(QJsonObject{{QStringLiteral("week"), w.isoWeek}, {QStringLiteral("articles"), w.articles}});
    QJsonArray timeline;
    for (const CompanyProfile::TimelineEntry &t : p.timeline)
        timeline.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("title"), t.title},
                                    {QStringLiteral("feed"), t.feed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.feed)},
                                    {QStringLiteral("published"), ArticleJson::date(t.published)},
                                    {QStringLiteral("read"), t.read}});
    QJsonArray amounts;
    for (const CompanyProfile::Amount &a : p.amounts)
        amounts.append(QJsonObject{{QStringLiteral("value"), a.value},
                                   {QStringLiteral("currency"), a.currency},
                                   {QStringLiteral("text"), a.text},
                                   {QStringLiteral("sentence"), a.sentence},
                                   {QStringLiteral("article_id"), a.articleId}});
    QJsonArray people;
    for (const CompanyProfile::Person &person : p.people)
        people.append(QJsonObject{{QStringLiteral("name"), person.name},
                                  {QStringLiteral("role"), person.role},
                                  {QStringLiteral("articles"), person.articles}});
    const auto named = [](const QList<CompanyProfile::Named> &list) {
        QJsonArray out;
        for (const CompanyProfile::Named &n : list)
            out.append(QJsonObject{{QStringLiteral("name"), n.name}, {QStringLiteral("articles"), n.articles}});
        return out;
    };
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(p.aliases)},
            {QStringLiteral("user_defined"), p.userDefined},
            {QStringLiteral("followed"), p.followed},
            {QStringLiteral("articles"), p.articles},
            {QStringLiteral("unread"), p.unread},
            {QStringLiteral("weeks"), weeks},
            {QStringLiteral("timeline"), timeline},
            {QStringLiteral("amounts"), amounts},
            {QStringLiteral("people"), people},
            {QStringLiteral("co_mentioned"), named(p.coMentioned)},
            {QStringLiteral("places"), named(p.places)}};
}

QJsonObject CliJson::followedItem(const FollowedItem &item)
{
    return {{QStringLiteral("name"), item.name},
            {QStringLiteral("kind"), item.kind == FollowedItem::Kind::Company ? QStringLiteral("company") : QStringLiteral("search")},
            {QStringLiteral("articles"), item.articles},
            {QStringLiteral("unread"), item.unread}};
}

QByteArray CliJson::indented(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray CliJson::indented(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray CliJson::line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace veille::cli
