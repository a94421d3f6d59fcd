#include "CompanyCommands.h"

#include <QDate>
#include <QFile>
#include <QTextStream>

#include <algorithm>

#include "CliJson.h"
#include "CliSession.h"
#include "ReadCommands.h"
#include "update/ArticleExporter.h"
#include "update/AtomicFile.h"
#include "update/Library.h"

namespace veille::cli {

namespace {

const QString kJson = QStringLiteral("--json");
const QString kSearch = QStringLiteral("--search");

QString dayText(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("----------");
}

} // namespace

Library *CompanyCommands::openFor(const CliArguments &args, const QString &needs, int *exit)
{
    if (args.size() != 1) {
        *exit = m_session.usage(needs);
        return nullptr;
    }
    Library *library = m_session.library();
    if (!library)
        *exit = CliSession::Failed;
    return library;
}

int CompanyCommands::company(CliArguments args)
{
    const bool asJson = args.takeFlag(kJson);
    int exit = CliSession::Ok;
    Library *library = openFor(args, QStringLiteral("company needs one name (quote a name of several words)"), &exit);
    if (!library)
        return exit;
    const auto profile = library->companyProfile(args.first(), QDate::currentDate());
    if (!profile)
        return m_session.fail(profile.error());
    if (!*profile)
        return m_session.fail(makeError(ErrorCode::CompanyNotFound, args.first().simplified()));
    if (asJson)
        m_session.out() << CliJson::indented(CliJson::companyProfile(**profile));
    else
        printProfile(**profile);
    return CliSession::Ok;
}

void CompanyCommands::printProfile(const CompanyProfile &p)
{
    QTextStream &out = m_session.out();
    out << p.name;
    if (!p.aliases.isEmpty())
        out << " (" << p.aliases.join(QStringLiteral(", ")) << ')';
    if (p.userDefined)
        out << " [your company]";
    if (p.followed)
        out << " [followed]";
    out << '\n' << p.articles << (p.articles == 1 ? " article, " : " articles, ") << p.unread << " unread\n";

    int busiest = 0;
    for (const CompanyProfile::Week &w : p.weeks)
        busiest = std::max(busiest, w.articles);
    if (busiest > 0) {
        out << "\nArticles per week (last " << p.weeks.size() << " weeks, weeks with articles):\n";
        for (const CompanyProfile::Week &w : p.weeks) {
            if (w.articles > 0)
                out << "  " << w.isoWeek << "  " << QString(std::max(1, w.articles * 30 / busiest), u'#') << ' ' << w.articles << '\n';
        }
    }
    if (!p.timeline.isEmpty()) {
        out << "\nArticles:\n";
        for (const CompanyProfile::TimelineEntry &t : p.timeline)
            out << "  " << dayText(t.published) << "  " << (t.read ? ' ' : 'N') << ' ' << t.id << '\t' << t.title
                << (t.feed.isEmpty() ? QString() : QStringLiteral(" — ") + t.feed) << '\n';
    }
    if (!p.amounts.isEmpty()) {
        out << "\nAmounts:\n";
        for (const CompanyProfile::Amount &a : p.amounts)
            out << "  " << a.text << " = " << ArticleExporter::plainNumber(a.value) << ' ' << a.currency << "  (article "
                << a.articleId << ")\n";
    }
    if (!p.people.isEmpty()) {
        out << "\nPeople:\n";
        for (const CompanyProfile::Person &person : p.people)
            out << "  " << person.name << (person.role.isEmpty() ? QString() : QStringLiteral(" — ") + person.role) << "  ("
                << person.articles << ")\n";
    }
    const auto named = [&](const char *title, const QList<CompanyProfile::Named> &list) {
        if (list.isEmpty())
            return;
        out << '\n' << title << ":\n";
        for (const CompanyProfile::Named &n : list)
            out << "  " << n.name << "  (" << n.articles << ")\n";
    };
    named("Mentioned with", p.coMentioned);
    named("Places", p.places);
}

int CompanyCommands::companies(CliArguments args)
{
    if (args.isEmpty() || args.first().startsWith(u'-'))
        return ReadCommands(m_session).companies(args);
    const QString sub = args.takeFirst();
    if (sub == u"add")
        return add(args);
    if (sub == u"remove")
        return remove(args);
    if (sub == u"export")
        return exportFile(args);
    if (sub == u"import")
        return importFile(args);
    return m_session.usage(QStringLiteral("companies: unknown subcommand %1").arg(sub));
}

int CompanyCommands::add(CliArguments args)
{
    UserCompany company;
    company.caseSensitive = args.takeFlag(QStringLiteral("--case-sensitive"));
    for (;;) {
        QString alias;
        if (!args.takeOption(QStringLiteral("--alias"), &alias))
            return m_session.usage(QStringLiteral("--alias needs a name"));
        if (alias.isNull())
            break;
        company.aliases << alias;
    }
    if (args.size() != 1)
        return m_session.usage(QStringLiteral("companies add needs one name (quote a name of several words)"));
    company.name = args.first();
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    const auto names = library->companyBook().addUserCompany(company);
    if (!names)
        return m_session.fail(names.error());
    return backfill(*names, QStringLiteral("added %1").arg(company.name.simplified()));
}

int CompanyCommands::remove(CliArguments args)
{
    int exit = CliSession::Ok;
    Library *library = openFor(args, QStringLiteral("companies remove needs one name"), &exit);
    if (!library)
        return exit;
    const auto names = library->companyBook().removeUserCompany(args.first());
    if (!names)
        return m_session.fail(names.error());
    return backfill(*names, QStringLiteral("removed %1").arg(names->value(0)));
}

int CompanyCommands::backfill(const QStringList &names, const QString &done)
{
    const auto recomputed = m_session.library()->companyBook().backfill(names);
    if (!recomputed)
        return m_session.fail(recomputed.error());
    m_session.out() << done << "; " << *recomputed << (*recomputed == 1 ? " article" : " articles") << " looked at again\n";
    return CliSession::Ok;
}

int CompanyCommands::exportFile(CliArguments args)
{
    int exit = CliSession::Ok;
    Library *library = openFor(args, QStringLiteral("companies export needs one file"), &exit);
    if (!library)
        return exit;
    const auto json = library->companyBook().exportUserCompanies();
    if (!json)
        return m_session.fail(json.error());
    const auto written = AtomicFile::write(args.first(), *json);
    return written ? int(CliSession::Ok) : m_session.fail(written.error());
}

int CompanyCommands::importFile(CliArguments args)
{
    int exit = CliSession::Ok;
    Library *library = openFor(args, QStringLiteral("companies import needs one file"), &exit);
    if (!library)
        return exit;
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return m_session.fail(makeError(file.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileNotFound, file.errorString())
                                  .about(args.first()));
    const auto names = library->companyBook().importUserCompanies(file.readAll());
    if (!names)
        return m_session.fail(names.error().about(args.first()));
    return backfill(*names, QStringLiteral("imported %1").arg(args.first()));
}

int CompanyCommands::follow(CliArguments args)
{
    const FollowedItem::Kind kind = args.takeFlag(kSearch) ? FollowedItem::Kind::Search : FollowedItem::Kind::Company;
    int exit = CliSession::Ok;
    Library *library = openFor(args, QStringLiteral("follow needs one company name, or --search QUERY"), &exit);
    if (!library)
        return exit;
    const auto followed = library->companyBook().follow(kind, args.first());
    return followed ? int(CliSession::Ok) : m_session.fail(followed.error());
}

int CompanyCommands::unfollow(CliArguments args)
{
    const FollowedItem::Kind kind = args.takeFlag(kSearch) ? FollowedItem::Kind::Search : FollowedItem::Kind::Company;
    int exit = CliSession::Ok;
    Library *library = openFor(args, QStringLiteral("unfollow needs one company name, or --search QUERY"), &exit);
    if (!library)
        return exit;
    const auto removed = library->companyBook().unfollow(kind, args.first());
    if (!removed)
        return m_session.fail(removed.error());
    if (!*removed)
        return m_session.fail(QStringLiteral("%1 is not followed").arg(args.first().simplified()));
    return CliSession::Ok;
}

int CompanyCommands::following(CliArguments args)
{
    const bool asJson = args.takeFlag(kJson);
    if (!args.isEmpty())
        return m_session.usage(QStringLiteral("following takes no argument"));
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    const auto items = library->companyBook().following();
    if (!items)
        return m_session.fail(items.error());
    if (asJson) {
        m_session.out() << CliJson::indented(CliJson::array(*items, &CliJson::followedItem));
        return CliSession::Ok;
    }
    for (const FollowedItem &i : *items)
        m_session.out() << i.unread << '\t' << i.articles << '\t' << (i.kind == FollowedItem::Kind::Search ? "search: " : "")
                        << i.name << '\n';
    return CliSession::Ok;
}

} // namespace veille::cli
