// Which addresses are kept and which may leave Veille (AddressPolicy): the rule behind
// every stored article, feed and site address, and behind ExternalLink in the window.
#include "text/AddressPolicy.h"
#include "text/QtPrinters.h"

#include <gtest/gtest.h>

using namespace veille;

namespace {

QUrl url(const char *text)
{
    return QUrl(QString::fromUtf8(text));
}

} // namespace

TEST(AddressPolicy, WebAddressesAreHttpAndHttpsWithAHost)
{
    EXPECT_TRUE(AddressPolicy::isWeb(url("https://example.com/a?b=1#c")));
    EXPECT_TRUE(AddressPolicy::isWeb(url("http://example.com")));
    EXPECT_TRUE(AddressPolicy::isWeb(url("HTTPS://Example.COM/")));
    EXPECT_FALSE(AddressPolicy::isWeb(url("http:no-host")));
    EXPECT_FALSE(AddressPolicy::isWeb(url("https:///path-only")));
    EXPECT_FALSE(AddressPolicy::isWeb(url("/relative/path")));
    EXPECT_FALSE(AddressPolicy::isWeb(QUrl()));
}

TEST(AddressPolicy, EveryOtherSchemeIsNotAWebAddress)
{
    for (const char *other : {"javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox(1)",
                              "file:///etc/passwd", "data:text/html,<script>alert(1)</script>",
                              "smb://evil.example/share", "ftp://example.com/x", "mailto:a@example.com",
                              "ms-msdt:/id PCWDiagnostic", "evilapp://launch?cmd=calc", "about:blank"})
        EXPECT_FALSE(AddressPolicy::isWeb(url(other))) << other;
}

TEST(AddressPolicy, OnlyWebPagesAndMailAddressesMayBeOpened)
{
    EXPECT_TRUE(AddressPolicy::canOpen(url("https://example.com/article")));
    EXPECT_TRUE(AddressPolicy::canOpen(url("http://example.com/article")));
    EXPECT_TRUE(AddressPolicy::canOpen(url("mailto:redaction@example.com")));
    EXPECT_TRUE(AddressPolicy::canOpen(url("MAILTO:redaction@example.com?subject=Bonjour")));
    EXPECT_FALSE(AddressPolicy::canOpen(url("mailto:")));
    for (const char *other : {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "smb://evil.example/s",
                              "ms-msdt:/id PCWDiagnostic", "evilapp://launch", "ftp://example.com/x", "http:no-host"})
        EXPECT_FALSE(AddressPolicy::canOpen(url(other))) << other;
}

TEST(AddressPolicy, AStoredAddressIsTheWebAddressCleanedOrNothing)
{
    EXPECT_EQ(AddressPolicy::storable(QStringLiteral("  https://example.com/a\n")), QStringLiteral("https://example.com/a"));
    EXPECT_EQ(AddressPolicy::storable(QStringLiteral("https://exam\tple.com/a")), QStringLiteral("https://example.com/a"));
    EXPECT_EQ(AddressPolicy::storable(QStringLiteral("javascript:alert(1)")), QString());
    EXPECT_EQ(AddressPolicy::storable(QStringLiteral("java\tscript:alert(1)")), QString());
    EXPECT_EQ(AddressPolicy::storable(QStringLiteral(" \x01javascript:alert(1)")), QString());
    EXPECT_EQ(AddressPolicy::storable(QStringLiteral("file:///etc/passwd")), QString());
    EXPECT_EQ(AddressPolicy::storable(QStringLiteral("mailto:a@example.com")), QString());
    EXPECT_EQ(AddressPolicy::storable(QStringLiteral("relative/page.html")), QString());
    EXPECT_EQ(AddressPolicy::storable(QString()), QString());
}

TEST(AddressPolicy, OnlyANonEmptyAddressThatIsNotAWebOneCountsAsRefused)
{
    EXPECT_TRUE(AddressPolicy::isRefused(QStringLiteral("javascript:alert(1)")));
    EXPECT_TRUE(AddressPolicy::isRefused(QStringLiteral("smb://evil.example/share")));
    EXPECT_FALSE(AddressPolicy::isRefused(QStringLiteral("https://example.com/")));
    EXPECT_FALSE(AddressPolicy::isRefused(QString()));
    EXPECT_FALSE(AddressPolicy::isRefused(QStringLiteral(" \n\t")));
}
