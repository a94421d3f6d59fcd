#include "text/TrackingFilter.h"

#include <QStringList>

namespace veille {

namespace {

// Hosts whose images are beacons, not pictures: advertising and analytics networks and
// the open-tracking servers of mailing-list and newsletter services. A host matches when
// it is one of these or ends with "." and one of these.
constexpr const char16_t *kTrackingHosts[] = {
    u"doubleclick.net",     u"google-analytics.com",   u"googletagmanager.com",
    u"googlesyndication.com", u"googleadservices.com", u"stats.g.doubleclick.net",
    u"pixel.wp.com",        u"stats.wp.com",           u"feeds.feedburner.com",
    u"feedproxy.google.com", u"facebook.com",          u"connect.facebook.net",
    u"pixel.facebook.com",  u"analytics.twitter.com",  u"t.co",
    u"bat.bing.com",        u"scorecardresearch.com",  u"quantserve.com",
    u"pixel.quantserve.com", u"chartbeat.net",         u"chartbeat.com",
    u"list-manage.com",     u"mailchimp.com",          u"mcusercontent.com",
    u"hubspot.com",         u"hs-analytics.net",       u"hsforms.net",
    u"sendgrid.net",        u"mandrillapp.com",        u"mailgun.org",
    u"exacttarget.com",     u"matomo.cloud",           u"piwik.pro",
    u"omtrdc.net",          u"2o7.net",                u"demdex.net",
    u"krxd.net",            u"outbrain.com",           u"taboola.com",
    u"adnxs.com",           u"criteo.com",             u"criteo.net",
    u"amazon-adsystem.com", u"newrelic.com",           u"nr-data.net",
    u"hotjar.com",          u"mixpanel.com",           u"segment.io",
    u"segment.com",         u"parsely.com",            u"xiti.com",
    u"ati-host.net",        u"estat.com",              u"mediametrie-estat.com",
    u"gemius.pl",           u"ioam.de",                u"statcounter.com",
    u"pixel.mathtag.com",   u"agkn.com",               u"rlcdn.com",
};

// Parameters that only say where a click came from. Names are compared without case;
// "utm_" covers utm_source, utm_medium, utm_campaign, utm_term, utm_content and the rest.
constexpr const char16_t *kTrackingPrefixes[] = {u"utm_", u"_hs", u"oly_", u"pk_", u"mtm_"};
constexpr const char16_t *kTrackingParameters[] = {
    u"fbclid", u"gclid",    u"gclsrc",   u"dclid",   u"gbraid",    u"wbraid",  u"msclkid",
    u"yclid",  u"mc_cid",   u"mc_eid",   u"mkt_tok", u"igshid",    u"twclid",  u"ttclid",
    u"li_fat_id", u"vero_id", u"vero_conv", u"__s",  u"_openstat", u"ncid",    u"sr_share",
    u"hsctatracking", u"ref_src", u"ref_url", u"s_cid", u"wt_mc",  u"at_medium", u"at_campaign",
    u"xtor",   u"echobox",  u"spm",      u"_ga",     u"_gl",
};

int parameterNameLength(QStringView pair)
{
    const qsizetype eq = pair.indexOf(u'=');
    return int(eq < 0 ? pair.size() : eq);
}

} // namespace

bool TrackingFilter::isTrackingHost(const QString &host)
{
    const QString h = host.toLower();
    for (const char16_t *known : kTrackingHosts) {
        const QStringView k(known);
        if (h == k || (h.size() > k.size() && h.endsWith(k) && h.at(h.size() - k.size() - 1) == u'.'))
            return true;
    }
    return false;
}

bool TrackingFilter::isTrackingImage(const QUrl &url, QStringView width, QStringView height)
{
    // "1", "0", "1px", " 1 ": a size attribute of at most one pixel. Only one of the two
    // is enough: a beacon needs no room in either direction.
    const auto tiny = [](QStringView attribute) {
        QStringView v = attribute.trimmed();
        if (v.endsWith(u"px", Qt::CaseInsensitive))
            v.chop(2);
        bool ok = false;
        const double n = v.trimmed().toDouble(&ok);
        return ok && n <= 1.0;
    };
    if (tiny(width) || tiny(height))
        return true;
    return isTrackingHost(url.host());
}

bool TrackingFilter::isTrackingParameter(QStringView name)
{
    const QString n = name.toString().toLower();
    for (const char16_t *prefix : kTrackingPrefixes) {
        if (n.startsWith(QStringView(prefix)))
            return true;
    }
    for (const char16_t *known : kTrackingParameters) {
        if (n == QStringView(known))
            return true;
    }
    return false;
}

QString TrackingFilter::withoutTrackingParameters(const QString &address)
{
    // Worked on the text, not through QUrl, so that an address without tracking comes back
    // exactly as written (QUrl would re-encode it).
    // The query is what lies between the first "?" and the fragment; a "?" inside the
    // fragment belongs to the fragment.
    qsizetype hash = address.indexOf(u'#');
    if (hash < 0)
        hash = address.size();
    const qsizetype question = address.indexOf(u'?');
    if (question < 0 || question > hash)
        return address;
    const QStringView query = QStringView(address).mid(question + 1, hash - question - 1);
    QStringList kept;
    bool dropped = false;
    for (QStringView pair : query.split(u'&')) {
        if (pair.isEmpty())
            continue;
        const QStringView name = pair.left(parameterNameLength(pair));
        if (isTrackingParameter(QUrl::fromPercentEncoding(name.toUtf8())))
            dropped = true;
        else
            kept << pair.toString();
    }
    if (!dropped)
        return address;
    QString out = address.left(question);
    if (!kept.isEmpty()) {
        out += QLatin1Char('?');
        out += kept.join(QLatin1Char('&'));
    }
    out += QStringView(address).mid(hash);
    return out;
}

} // namespace veille
