#include "CliArguments.h"

namespace veille::cli {

const char *CliArguments::usage()
{
    return "usage: veille-cli [--db FILE] COMMAND ...\n"
           "  import PATH|URL ...        import articles (.txt, .html), feeds (RSS, Atom, JSON Feed) or OPML\n"
           "  subscribe URL              subscribe to a feed, or to the feed a site announces\n"
           "  refresh [FEED_ID]          fetch every web feed, or one; prints ID<TAB>N new per feed\n"
           "  export-opml FILE           write the subscriptions, with their folders, as OPML\n"
           "  list [--favourites] [--unread] [--feed ID] [--limit N] [--json]\n"
           "  show ID [--json]\n"
           "  facts ID [--json] | facts --jsonl FILE\n"
           "  search QUERY [--limit N] [--json]   words, \"phrases\", prefix*, OR, -word, company:NAME, org:NAME, fav:yes, lang:fr\n"
           "  companies [--json]         --json marks the companies you added: \"user_defined\": true\n"
           "  companies add NAME [--alias ALIAS]... [--case-sensitive] | companies remove NAME\n"
           "  companies export FILE | companies import FILE   your companies as a small JSON file\n"
           "  company NAME [--json]      a company's page: articles, amounts, people, companies and places\n"
           "  follow NAME | unfollow NAME   a company; with --search, a saved search (QUERY)\n"
           "  following [--json]         followed companies and searches with their articles and unread ones\n"
           "  export QUERY --format csv|md|json [--out FILE]   the articles a search finds, with their facts\n"
           "  feeds [--json]\n"
           "  feed ID [--set key=value]...   a feed's settings: keep_days, keep_count, full_text, interval,\n"
           "                                 images (on|off|default), offline_images\n"
           "  fav ID | unfav ID | read ID | unread ID\n"
           "  reindex                    recompute key facts made by an older engine\n"
           "  account add ttrss URL --user USER --password-stdin [--no-check] | account remove ID\n"
           "  accounts [--json]          the sync server accounts\n"
           "  sync [--json]              sync every account: feeds, new articles, read and starred both ways\n";
}

bool CliArguments::takeFlag(const QString &flag)
{
    return m_args.removeAll(flag) > 0;
}

bool CliArguments::takeOption(const QString &name, QString *value)
{
    const qsizetype i = m_args.indexOf(name);
    if (i < 0)
        return true;
    if (i + 1 >= m_args.size())
        return false;
    *value = m_args.at(i + 1);
    m_args.remove(i, 2);
    return true;
}

bool CliArguments::takeCount(const QString &name, int *value)
{
    if (!m_args.contains(name))
        return true;
    QString text;
    if (!takeOption(name, &text))
        return false;
    bool ok = false;
    const int count = text.toInt(&ok);
    if (!ok || count < 0)
        return false;
    *value = count;
    return true;
}

bool CliArguments::onlyId(qint64 *id) const
{
    return m_args.size() == 1 && toId(m_args.first(), id);
}

bool CliArguments::toId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

bool CliArguments::isWebAddress(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

} // namespace veille::cli
