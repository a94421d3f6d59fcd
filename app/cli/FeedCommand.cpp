#include "FeedCommand.h"

#include <QMap>

#include "CliSession.h"
#include "storage/Database.h"
#include "storage/FeedStore.h"
#include "update/Library.h"

namespace veille::cli {

namespace {

const QString kKeepDays = QStringLiteral("keep_days");
const QString kKeepCount = QStringLiteral("keep_count");
const QString kFullText = QStringLiteral("full_text");
const QString kInterval = QStringLiteral("interval");
const QString kImages = QStringLiteral("images");
const QString kOfflineImages = QStringLiteral("offline_images");
// images=default: the feed follows the reader's global setting (stored as no value).
constexpr int kImagesDefault = -1;

// The largest number a setting takes: a century of days, a million articles or minutes.
constexpr int kMaxSetting = 1'000'000;

bool toCount(const QString &text, int *value)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0 || n > kMaxSetting)
        return false;
    *value = n;
    return true;
}

bool toBool(const QString &text, int *value)
{
    const QString t = text.toLower();
    if (t == u"true" || t == u"yes" || t == u"on" || t == u"1")
        *value = 1;
    else if (t == u"false" || t == u"no" || t == u"off" || t == u"0")
        *value = 0;
    else
        return false;
    return true;
}

} // namespace

QStringList FeedCommand::keys()
{
    return {kKeepDays, kKeepCount, kFullText, kInterval, kImages, kOfflineImages};
}

int FeedCommand::run(CliArguments args)
{
    // Every "--set key=value", checked before anything is written.
    QMap<QString, int> changes;
    const QString setOption = QStringLiteral("--set");
    while (args.operands().contains(setOption)) {
        QString set;
        if (!args.takeOption(setOption, &set))
            return m_session.usage(QStringLiteral("--set needs key=value"));
        const qsizetype eq = set.indexOf(QLatin1Char('='));
        const QString key = set.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : set.mid(eq + 1).trimmed();
        if (eq < 0)
            return m_session.usage(QStringLiteral("--set needs key=value, got \"%1\"").arg(set));
        if (!keys().contains(key))
            return m_session.usage(QStringLiteral("unknown feed setting \"%1\": the settings are %2")
                                       .arg(key, keys().join(QStringLiteral(", "))));
        int n = 0;
        if (key == kImages) {
            if (value.toLower() == u"default")
                n = kImagesDefault;
            else if (!toBool(value, &n))
                return m_session.usage(QStringLiteral("%1 is on, off or default, not \"%2\"").arg(key, value));
            changes.insert(key, n);
            continue;
        }
        const bool isBool = key == kFullText || key == kOfflineImages;
        if (isBool ? !toBool(value, &n) : !toCount(value, &n))
            return m_session.usage(isBool ? QStringLiteral("%1 is true or false, not \"%2\"").arg(key, value)
                                          : QStringLiteral("%1 is a whole number from 0 to %2, not \"%3\"")
                                                .arg(key).arg(kMaxSetting).arg(value));
        changes.insert(key, n);
    }
    qint64 id = 0;
    if (!args.onlyId(&id))
        return m_session.usage(QStringLiteral("feed needs one feed id"));
    Library *library = m_session.library();
    if (!library)
        return CliSession::Failed;
    FeedStore &feeds = library->feeds();
    auto feed = feeds.feed(id);
    if (!feed)
        return m_session.fail(feed.error());
    if (!feed->has_value())
        return m_session.fail(makeError(ErrorCode::FeedNotFound, id));

    if (!changes.isEmpty()) {
        auto written = library->database().transaction([&]() -> Result<void> {
            VEILLE_TRY_ASSIGN(RetentionPolicy policy, feeds.retention(id));
            policy.maxAgeDays = changes.value(kKeepDays, policy.maxAgeDays);
            policy.maxCount = changes.value(kKeepCount, policy.maxCount);
            VEILLE_TRY(feeds.setRetention(id, policy));
            if (changes.contains(kFullText))
                VEILLE_TRY(feeds.setFullText(id, changes.value(kFullText) != 0));
            if (changes.contains(kInterval))
                VEILLE_TRY(feeds.setUpdateInterval(id, changes.value(kInterval)));
            if (changes.contains(kImages)) {
                const int images = changes.value(kImages);
                VEILLE_TRY(feeds.setImages(id, images == kImagesDefault ? std::nullopt : std::optional<bool>(images != 0)));
            }
            if (changes.contains(kOfflineImages))
                VEILLE_TRY(feeds.setOfflineImages(id, changes.value(kOfflineImages) != 0));
            return {};
        });
        if (!written)
            return m_session.fail(written.error());
        feed = feeds.feed(id);
        if (!feed || !feed->has_value())
            return m_session.fail(feed ? makeError(ErrorCode::FeedNotFound, id) : feed.error());
    }
    auto policy = feeds.retention(id);
    if (!policy)
        return m_session.fail(policy.error());
    QTextStream &out = m_session.out();
    out << kKeepDays << '=' << policy->maxAgeDays << '\n'
        << kKeepCount << '=' << policy->maxCount << '\n'
        << kFullText << '=' << ((*feed)->fullText ? "true" : "false") << '\n'
        << kInterval << '=' << (*feed)->updateIntervalMinutes << '\n'
        << kImages << '=' << (!(*feed)->images ? "default" : *(*feed)->images ? "on" : "off") << '\n'
        << kOfflineImages << '=' << ((*feed)->offlineImages ? "true" : "false") << '\n';
    return CliSession::Ok;
}

} // namespace veille::cli
