#pragma once

#include "facts/Lexicon.h"
#include "facts/Token.h"
#include "model/KeyFacts.h"

#include "text/Fold.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <bit>
#include <initializer_list>
#include <QString>
#include <vector>

namespace veille {

// Whether a token's key is one of a few words, written folded ("cote", not "côté").
inline bool inList(quint64 key, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        if (Fold::hash(QStringView(w)) == key)
            return true;
    }
    return false;
}

// The working state of one extraction: the tokens, what each token has been claimed as,
// and the entities found so far, merged by key. Each finder reads and extends it in turn.
class FactsDocument
{
public:
    static constexpr quint8 kStopClaim = 0xFF; // claimed by a name that is not an entity

    FactsDocument(const QString &text, bool french, const Lexicon &lexicon);

    const QString &text() const { return m_text; }
    bool french() const { return m_french; }
    const Lexicon &lexicon() const { return m_lexicon; }
    std::vector<Token> &tokens() { return m_tokens; }
    const std::vector<Token> &tokens() const { return m_tokens; }
    int size() const { return int(m_tokens.size()); }
    const Token &at(int i) const { return m_tokens[size_t(i)]; }
    bool valid(int i) const { return i >= 0 && i < int(m_tokens.size()); }
    bool is(int i, Lexicon::WordFlag f) const { return valid(i) && m_lexicon.has(at(i).lex, f); }
    bool isSymbol(int i, char16_t c) const { return valid(i) && at(i).isSymbol(c); }
    QStringView view(int from, int to) const; // text of tokens [from, to)
    std::vector<quint64> keys(int from, int to) const // token keys of [from, to), to find a name again
    {
        std::vector<quint64> out;
        for (int i = from; i < to; ++i)
            out.push_back(at(i).key);
        return out;
    }
    bool free(int from, int to) const;
    void claim(int from, int to, EntityType type, quint8 value = 0);
    bool sameSentence(int a, int b) const { return at(a).sentence == at(b).sentence; }

    // Adds a mention of the entity with this key, creating it from proto the first time.
    // Returns the entity's index.
    // Entities are merged by a 64-bit key: the type and the folded name (or the value).
    static quint64 entityKey(EntityType type, QStringView name)
    {
        return Fold::hash(name) ^ ((quint64(type) + 1) * 0x9E3779B97F4A7C15ULL);
    }
    static quint64 valueKey(EntityType type, QStringView unit, double value)
    {
        return entityKey(type, unit) ^ (std::bit_cast<quint64>(value) * 0x100000001B3ULL);
    }
    int addMention(quint64 key, const Entity &proto, int fromToken, int toToken);
    int addMentionSpan(quint64 key, const Entity &proto, Span span);
    // Takes back a mention (a place that turned out to start a company name).
    void removeMention(EntityType type, Span span);
    int findEntity(quint64 key) const { return m_entityIndex.value(key, -1); }
    // Later mentions of a name found from its context: every free, capitalised run of these
    // token keys that `whole(start, length)` accepts becomes a mention of the entity with
    // this key, claimed for its type.
    template <class WholeName>
    void propagate(const std::vector<quint64> &keys, quint64 entityKey, WholeName whole)
    {
        const int entity = findEntity(entityKey);
        if (entity < 0 || keys.empty())
            return;
        const Entity proto = m_entities[entity];
        const int len = int(keys.size());
        for (int i = 0; i + len <= size(); ++i) {
            const Token &t = at(i);
            if (t.key != keys[0] || t.claim || !t.has(Token::Upper) || t.has(Token::Boilerplate))
                continue;
            bool ok = true;
            for (int k = 1; k < len && ok; ++k)
                ok = at(i + k).key == keys[size_t(k)] && !at(i + k).claim;
            if (!ok || !whole(i, len))
                continue;
            addMention(entityKey, proto, i, i + len);
            claim(i, i + len, proto.type);
        }
    }
    Entity &entity(int i) { return m_entities[i]; }
    QList<Entity> &entities() { return m_entities; }

private:
    const QString &m_text;
    bool m_french;
    const Lexicon &m_lexicon;
    std::vector<Token> m_tokens;
    QList<Entity> m_entities;
    QHash<quint64, int> m_entityIndex;
    // (entity index, start << 32 | end) of every mention: a text that names the same
    // company thousands of times made the duplicate check a quadratic scan.
    QSet<QPair<int, qint64>> m_mentionSet;
};

} // namespace veille
