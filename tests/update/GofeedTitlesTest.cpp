// Titles are text, checked on the gofeed corpus read in place: every feed and item title
// gofeed expects (which keeps markup and escapes as the feed wrote them) is turned into
// the text a reader expects by a small reference written here, and compared with the
// title Veille stores (ArticleBuilder for items, TitleText as FeedStore does for feeds).
#include <gtest/gtest.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "TestPaths.h"
#include "parse/FeedParser.h"
#include "text/TitleText.h"
#include "update/ArticleBuilder.h"

using namespace veille;

namespace {

// The reference: tags removed, the usual references decoded, up to three times (a title
// escaped twice), spaces collapsed. Deliberately simple and independent of TitleText.
QString referenceText(QString s)
{
    static const QRegularExpression tag(QStringLiteral("<[A-Za-z/!][^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#([xX]?)([0-9A-Fa-f]+);"));
    for (int pass = 0; pass < 3; ++pass) {
        const QString before = s;
        s.replace(tag, QStringLiteral(" "));
        QString out;
        qsizetype last = 0;
        for (auto it = numeric.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            out += s.mid(last, m.capturedStart() - last);
            const uint code = m.captured(2).toUInt(nullptr, m.captured(1).isEmpty() ? 10 : 16);
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            last = m.capturedEnd();
        }
        s = out + s.mid(last);
        s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        s.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
        s.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
        s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        if (s == before)
            break;
    }
    return s.simplified();
}

struct Tally {
    int titles = 0;
    int rawMatching = 0;    // the title as the parser gives it, spaces collapsed
    int storedMatching = 0; // the title Veille stores
    QStringList mismatches;

    void check(const QString &where, const QString &expected, const QString &raw, const QString &stored)
    {
        const QString want = referenceText(expected);
        if (want.isEmpty())
            return; // no title to show: Veille makes one from the text
        ++titles;
        rawMatching += raw.simplified() == want ? 1 : 0;
        if (stored == want)
            ++storedMatching;
        else
            mismatches << QStringLiteral("%1: expected [%2] stored [%3]").arg(where, want, stored);
    }
};

void tallyFolder(const QString &folder, Tally &tally)
{
    const QDir dir(test::sharedPath(QStringLiteral("corpus/gofeed/") + folder));
    for (const QString &file : dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
        const QString expectedPath = dir.filePath(file.left(file.size() - 4) + QStringLiteral(".json"));
        const QJsonObject want = QJsonDocument::fromJson(test::readAll(expectedPath)).object();
        if (want.isEmpty())
            continue;
        const auto parsed = FeedParser::parse(test::readAll(dir.filePath(file)), QUrl());
        if (!parsed.ok())
            continue; // what cannot be read is the corpus test's business
        const QString where = folder + QLatin1Char('/') + file;
        tally.check(where + QStringLiteral(" feed"), want.value(QStringLiteral("title")).toString(), parsed->title,
                    TitleText::plain(parsed->title));
        QJsonArray items = want.value(QStringLiteral("items")).toArray();
        if (items.isEmpty())
            items = want.value(QStringLiteral("entries")).toArray();
        if (items.size() != parsed->items.size())
            continue;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const ParsedItem &item = parsed->items.at(i);
            const Article built = ArticleBuilder::fromFeedItem(item, *parsed, QUrl());
            tally.check(where + QStringLiteral(" item %1").arg(i), items.at(i).toObject().value(QStringLiteral("title")).toString(),
                        item.title, built.title);
        }
    }
}

} // namespace

TEST(GofeedTitles, EveryTitleOfTheCorpusIsStoredAsTheTextAReaderExpects)
{
    VEILLE_SKIP_WITHOUT_SHARED();
    Tally tally;
    for (const char *folder : {"parser/atom", "parser/rss", "translator/atom", "translator/rss"})
        tallyFolder(QString::fromLatin1(folder), tally);
    ASSERT_GT(tally.titles, 80);
    std::printf("gofeed titles as text: %d/%d as parsed, %d/%d as stored\n", tally.rawMatching, tally.titles,
                tally.storedMatching, tally.titles);
    EXPECT_EQ(tally.storedMatching, tally.titles) << tally.mismatches.join(QLatin1Char('\n')).toStdString();
    EXPECT_GT(tally.storedMatching, tally.rawMatching);
}
