#include "text/LanguageGuesser.h"

#include <string_view>

namespace veille {

namespace {

constexpr std::string_view kFrench[] = {"le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "pour", "dans",
                                        "que", "qui", "sur", "au", "aux", "avec", "par", "pas", "sont", "ont", "il",
                                        "elle", "ce", "cette", "selon", "plus", "mais", "son", "ses", "leur"};
constexpr std::string_view kEnglish[] = {"the", "and", "of", "to", "is", "in", "that", "for", "with", "on", "was",
                                         "as", "by", "are", "it", "has", "have", "from", "this", "said", "its",
                                         "be", "at", "an", "were", "will", "which", "their", "but", "not", "more"};

template <size_t N>
bool contains(const std::string_view (&words)[N], std::string_view w)
{
    for (std::string_view x : words) {
        if (x == w)
            return true;
    }
    return false;
}

} // namespace

QString LanguageGuesser::guess(const QString &text)
{
    const int n = int(std::min<qsizetype>(text.size(), 4000));
    int fr = 0, en = 0;
    char buf[8];
    int len = 0;
    bool ascii = true;
    for (int i = 0; i <= n; ++i) {
        const char16_t c = i < n ? text.at(i).unicode() : u' ';
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= 0xC0 && c < 0x250);
        if (letter) {
            if (len < 8)
                buf[len] = char(c < 0x80 ? (c | 0x20) : '#');
            ++len;
            ascii = ascii && c < 0x80;
            continue;
        }
        // French elisions ("l'", "d'", "qu'") are a strong sign on their own.
        if ((c == u'\'' || c == u'\u2019') && len == 1 && (buf[0] == 'l' || buf[0] == 'd'))
            ++fr;
        if (len > 0 && len <= 8 && ascii) {
            const std::string_view w(buf, size_t(len));
            if (contains(kFrench, w))
                ++fr;
            if (contains(kEnglish, w))
                ++en;
        }
        len = 0;
        ascii = true;
    }
    return fr > en ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace veille
