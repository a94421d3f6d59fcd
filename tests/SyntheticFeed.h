#pragma once

#include <QByteArray>

namespace veille::test {

// An RSS feed of `items` items of about a kilobyte each (title, link, guid, date, author,
// category, description and an HTML body with entities), as a big news feed has. Used by
// the parser's tests and by tests/bench/bench_parse.
inline QByteArray syntheticFeed(int items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                     "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Big</title>"
                     "<link>https://example.com/</link>\n";
    const QByteArray paragraph = QByteArray("<p>Le groupe a annoncé une hausse de 12 % de son chiffre d&apos;affaires, "
                                            "à 1,4 milliard d&apos;euros, selon son PDG.</p>")
                                     .repeated(8);
    for (int i = 0; i < items; ++i) {
        xml += "<item><title>Article numéro " + QByteArray::number(i) + " &amp; suite</title>"
               "<link>https://example.com/articles/" + QByteArray::number(i) + "</link>"
               "<guid isPermaLink=\"false\">id-" + QByteArray::number(i) + "</guid>"
               "<pubDate>Thu, 10 Apr 2025 14:30:00 +0200</pubDate><dc:creator>Jean Dupont</dc:creator>"
               "<category>Économie</category><description>Résumé de l&apos;article &nbsp; " + QByteArray::number(i) +
               "</description><content:encoded><![CDATA[" + paragraph + "]]></content:encoded></item>\n";
    }
    return xml + "</channel></rss>\n";
}

} // namespace veille::test
