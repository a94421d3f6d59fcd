#include "text/LanguageGuesser.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace veille {

namespace {

constexpr int kLanguages = 8;
// The last is no language: the function words of others Veille meets in European news
// (Slovak, Czech, Polish, Swedish, Danish, Norwegian, Romanian), so that their "o", "na" or
// "do" do not make them Portuguese.
constexpr std::array<const char *, kLanguages> kCodes = {"fr", "en", "de", "es", "pt", "it", "nl", "other"};

// The commonest short words of news prose in each language. A word several languages share
// ("de", "la", "in") counts for each, divided among them, so only distinctive words decide.
constexpr std::array<const char16_t *, kLanguages> kWords = {
    u"le la les des du de un une et est pour dans que qui sur au aux avec par pas sont ont il elle ce cette en "
    u"selon plus mais son ses leur été être à où ne se nous vous ils était aussi après entre",
    u"the and of to is in that for with on was as by are it has have from this said its be at an were will "
    u"which their but not more he she they would been who after about also we you our your can should "
    u"could what how when there if or than into these those had his her them just out up over why",
    u"der die das und ist nicht mit den dem von zu auf für ein eine einen sich auch des im bei wird wurde "
    u"sind oder aus wie noch nach über dass werden hat es zum zur einem einer sie kann aber keine kein "
    u"jetzt können nur vor alle am um bis seine ihre man schon mehr gegen unter",
    u"el la los las del de a que y en por con para una es se no lo como más pero sus al fue ha este esta según "
    u"también entre sobre desde donde hay muy ya",
    u"o os as do da dos das de a que e em para com um uma não no na nos nas por se ao mais como foi pelo pela "
    u"são também ser está à seu sua entre sobre já",
    u"il lo la gli della delle dei degli di a che e è per con un una non nel nella sono anche più come alla "
    u"alle del al da ha si questo questa dal dalla sul sulla tra",
    u"de het een en van is dat niet op te voor met zijn aan er ook als bij door om naar maar wordt worden "
    u"hij deze uit werd nog dan wel heeft",
    u"je sa že do na pre po za od ako aj ktorý ktorá sú bol bola v z k w się jest nie oraz jak czy który są "
    u"och att det som är för på med av till inte har jag kan om og ikke af ved "
    u"și în cu pe la din care este nu sau mai fost",
};

struct Weights {
    std::array<float, kLanguages> w{};
};

// A word of up to seven Latin letters packed into a number, nine bits a letter: the lists'
// words are all that short, so a longer word is none of them, and a packed word is looked
// up without hashing a string (the guess runs on every article imported, and hashing each
// word as a QString was a quarter of the parsing thread's time).
class PackedWord {
public:
    static constexpr int kMaxLetters = 7;

    void add(char16_t lower)
    {
        ++m_letters;
        const unsigned code = lower >= u'a' && lower <= u'z' ? unsigned(lower - u'a' + 1)
            : lower >= 0xC0 && lower < 0x250                ? unsigned(lower - 0xC0 + 27)
                                                            : 0;
        if (code == 0 || m_letters > kMaxLetters)
            m_fits = false;
        else
            m_key = (m_key << 9) | code;
    }
    bool isEmpty() const { return m_letters == 0; }
    // 0 when the word cannot be one of the lists'.
    quint64 key() const { return m_fits ? m_key : 0; }
    void clear() { *this = PackedWord(); }

    static quint64 of(QStringView word)
    {
        PackedWord p;
        for (const QChar c : word)
            p.add(c.unicode());
        return p.key();
    }

private:
    quint64 m_key = 0;
    int m_letters = 0;
    bool m_fits = true;
};

// Open addressing over the packed words; 0 marks a free slot.
class WordTable {
public:
    static constexpr size_t kSlots = 1024; // over twice the words of the lists

    Weights &insert(quint64 key)
    {
        size_t i = slot(key);
        while (m_keys[i] != 0 && m_keys[i] != key)
            i = (i + 1) % kSlots;
        m_keys[i] = key;
        return m_weights[i];
    }
    const Weights *find(quint64 key) const
    {
        if (key == 0)
            return nullptr;
        for (size_t i = slot(key);; i = (i + 1) % kSlots) {
            if (m_keys[i] == key)
                return &m_weights[i];
            if (m_keys[i] == 0)
                return nullptr;
        }
    }

private:
    static size_t slot(quint64 key) { return size_t((key * 0x9E3779B97F4A7C15ull) >> 54) % kSlots; }

    std::array<quint64, kSlots> m_keys{};
    std::array<Weights, kSlots> m_weights{};
};

const WordTable &table()
{
    static const WordTable words = [] {
        QHash<QString, std::array<bool, kLanguages>> in;
        for (int l = 0; l < kLanguages; ++l) {
            for (const QString &w : QString::fromUtf16(kWords[size_t(l)]).split(u' ', Qt::SkipEmptyParts))
                in[w][size_t(l)] = true;
        }
        WordTable out;
        for (auto it = in.cbegin(); it != in.cend(); ++it) {
            const int shared = int(std::count(it->begin(), it->end(), true));
            Weights &x = out.insert(PackedWord::of(it.key()));
            for (int l = 0; l < kLanguages; ++l)
                x.w[size_t(l)] = (*it)[size_t(l)] ? 1.0f / float(shared) : 0.0f;
        }
        return out;
    }();
    return words;
}

// Letters only some of the languages write, as a little evidence each: "ñ" is Spanish,
// "ã" Portuguese, "ß" German, "ó" Spanish or Portuguese, "č" or "ł" none of the seven. "é",
// which most write, says nothing.
void addLetter(char16_t lower, std::array<float, kLanguages> &score)
{
    constexpr float kWeight = 0.5f;
    constexpr int fr = 0, de = 2, es = 3, pt = 4, it = 5, other = 7;
    const auto give = [&score](std::initializer_list<int> languages) {
        for (int l : languages)
            score[size_t(l)] += kWeight / float(languages.size());
    };
    switch (lower) {
    case u'ñ': case u'¿': case u'¡': give({es}); break;
    case u'ã': case u'õ': give({pt}); break;
    case u'ß': case u'ä': case u'ö': case u'ü': give({de}); break;
    case u'ó': case u'í': case u'á': case u'ú': give({es, pt}); break;
    case u'ç': case u'ê': case u'ô': give({fr, pt}); break;
    case u'è': give({fr, it}); break;
    case u'ò': case u'ì': case u'ù': give({it}); break;
    case u'î': case u'û': case u'ë': case u'ï': case u'œ': give({fr}); break;
    // Czech and Slovak, Polish, Romanian, the Nordic languages.
    case u'č': case u'š': case u'ž': case u'ť': case u'ň': case u'ď': case u'ľ': case u'ĺ': case u'ř': case u'ě':
    case u'ů': case u'ý': case u'ł': case u'ą': case u'ę': case u'ś': case u'ź': case u'ż': case u'ń': case u'ć':
    case u'ș': case u'ş': case u'ț': case u'ţ': case u'ă': case u'å': case u'ø': case u'æ':
        give({other});
        break;
    default: break;
    }
}

bool isLatinLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= 0xC0 && c < 0x250 && c != 0xD7 && c != 0xF7);
}

constexpr int kFrench = 0, kItalian = 5;
// At least this share of the words must be function words of the winner: a Slovak or
// Swedish article meets "to", "na" or "de" now and then; news prose in one of the seven
// has a third or more of its words in its list.
constexpr float kMinShare = 0.15f;
constexpr int kEnoughWords = 20;
// Evidence enough to name a language: one word of its own ("of", "der"), or its share of
// words several languages have, more than any other language's.
constexpr float kEnough = 1.0f;

} // namespace

QString LanguageGuesser::guess(const QString &text)
{
    const WordTable &words = table();
    static const quint64 d = PackedWord::of(u"d"), qu = PackedWord::of(u"qu"), n_ = PackedWord::of(u"n"),
                         j = PackedWord::of(u"j"), l_ = PackedWord::of(u"l"), dell = PackedWord::of(u"dell"),
                         nell = PackedWord::of(u"nell"), all = PackedWord::of(u"all"), dall = PackedWord::of(u"dall"),
                         un = PackedWord::of(u"un"), sull = PackedWord::of(u"sull");
    const int n = int(std::min<qsizetype>(text.size(), 4000));
    std::array<float, kLanguages> score{};
    int latin = 0, otherScript = 0, wordCount = 0;
    PackedWord word;
    for (int i = 0; i <= n; ++i) {
        const char16_t c = i < n ? text.at(i).unicode() : u' ';
        if (c == u'¿' || c == u'¡')
            addLetter(c, score);
        if (isLatinLetter(c)) {
            ++latin;
            if (c >= 0xC0)
                addLetter(QChar::toLower(c), score);
            word.add(c < 0x80 ? (c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) : QChar::toLower(c));
            continue;
        }
        if (QChar::isLetter(c))
            ++otherScript;
        if (word.isEmpty())
            continue;
        ++wordCount;
        // Elisions: "l'", "d'", "qu'" are French, "dell'", "nell'", "all'", "un'" Italian;
        // "l'" is both.
        if (c == u'\'' || c == u'\u2019') {
            const quint64 w = word.key();
            if (w == d || w == qu || w == n_ || w == j)
                score[kFrench] += 1.0f;
            else if (w == l_)
                score[kFrench] += 0.5f, score[kItalian] += 0.5f;
            else if (w == dell || w == nell || w == all || w == dall || w == un || w == sull)
                score[kItalian] += 1.0f;
        }
        if (const Weights *found = words.find(word.key())) {
            for (int l = 0; l < kLanguages; ++l)
                score[size_t(l)] += found->w[size_t(l)];
        }
        word.clear();
    }
    if (otherScript > latin && otherScript >= 8)
        return QStringLiteral("other");
    int best = 0;
    for (int l = 1; l < kLanguages; ++l) {
        if (score[size_t(l)] > score[size_t(best)])
            best = l;
    }
    const float top = score[size_t(best)];
    bool tie = false;
    float second = 0;
    for (int l = 0; l < kLanguages; ++l) {
        if (l != best) {
            tie = tie || score[size_t(l)] == top;
            second = std::max(second, score[size_t(l)]);
        }
    }
    // A headline-like text of nouns (a German teaser) has few function words, but all of
    // one language: that is enough.
    const bool clearWinner = top >= kEnough && top >= 1.5f * second;
    if (wordCount >= kEnoughWords && top < kMinShare * float(wordCount) && !clearWinner)
        return QStringLiteral("other");
    if (top < kEnough || tie)
        return {};
    return QString::fromLatin1(kCodes[size_t(best)]);
}

} // namespace veille
