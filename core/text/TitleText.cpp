#include "text/TitleText.h"

#include <QUrl>

#include "text/HtmlSanitizer.h"
#include "text/HtmlText.h"

namespace veille {

namespace {

// Markup escaped twice is common ("&amp;lt;b&amp;gt;"); three readings undo it without
// letting a hostile title make the work grow.
constexpr int kMaxReadings = 3;

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isReferenceChar(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiLetter(c) || (u >= '0' && u <= '9') || u == '#';
}

} // namespace

bool TitleText::looksLikeMarkup(QStringView s)
{
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        const QChar next = s[i + 1];
        if (s[i] == u'<' && (isAsciiLetter(next) || next == u'/' || next == u'!'))
            return true;
        if (s[i] == u'&' && isReferenceChar(next)) {
            qsizetype j = i + 1;
            while (j < s.size() && j - i <= 32 && isReferenceChar(s[j]))
                ++j;
            if (j < s.size() && s[j] == u';')
                return true;
        }
    }
    return false;
}

QString TitleText::plain(QStringView raw)
{
    QString s = raw.toString();
    for (int reading = 0; reading < kMaxReadings && looksLikeMarkup(s); ++reading) {
        // The sanitiser's text: tags gone (scripts and styles with their content),
        // references decoded, blocks separated; simplified below.
        QString text = HtmlSanitizer::clean(s, QUrl()).text;
        if (text == s)
            break;
        s = std::move(text);
    }
    return HtmlText::simplified(s);
}

} // namespace veille
