#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace veille::test {

// Writes RSS 2.0 files of generated business news at test time, so no large fixture is
// kept in the repository. Item i has guid "<prefix>-i"; its text names a company, a
// person, a place and an amount so that key facts are stored with it.
class FeedWriter {
public:
    static bool write(const QString &path, const QString &prefix, int count, int paragraphs = 3)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        static const char *const companies[] = {"Renault", "Foxconn", "Airbus", "Siemens", "TotalEnergies", "Nvidia"};
        static const char *const places[] = {"Lyon", "Texas", "Wisconsin", "Allemagne", "Chine"};
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                "<title>Reliability feed</title><link>https://reliability.example/</link>\n");
        for (int i = 0; i < count; ++i) {
            QByteArray body;
            for (int p = 0; p < paragraphs; ++p) {
                body += QByteArray("&lt;p&gt;") + companies[(i + p) % 6] + " a annoncé un investissement de "
                    + QByteArray::number(i % 900 + 10) + " millions d'euros à " + places[(i + p) % 5]
                    + ", selon Marie Dupont, directrice financière du groupe. Le chiffre d'affaires progresse de "
                    + QByteArray::number(i % 40) + " % sur un an.&lt;/p&gt;";
            }
            f.write("<item><title>Article " + QByteArray::number(i) + " de " + prefix.toUtf8() + "</title><guid>"
                    + prefix.toUtf8() + "-" + QByteArray::number(i) + "</guid><link>https://reliability.example/"
                    + prefix.toUtf8() + "/" + QByteArray::number(i) + "</link><description>" + body
                    + "</description></item>\n");
        }
        f.write("</channel></rss>\n");
        return f.error() == QFile::NoError;
    }
};

} // namespace veille::test
