#include "facts/FactsDocument.h"

#include "facts/Tokenizer.h"

namespace veille {

FactsDocument::FactsDocument(const QString &text, bool french, const Lexicon &lexicon)
    : m_text(text), m_french(french), m_lexicon(lexicon)
{
    m_tokens = Tokenizer::tokenize(text, french, &lexicon.index());
}

QStringView FactsDocument::view(int from, int to) const
{
    if (from >= to)
        return {};
    const int s = at(from).start;
    const int e = at(to - 1).end;
    return QStringView(m_text).mid(s, e - s);
}

bool FactsDocument::free(int from, int to) const
{
    if (from < 0 || to > size())
        return false;
    for (int i = from; i < to; ++i) {
        if (m_tokens[size_t(i)].claim)
            return false;
    }
    return true;
}

void FactsDocument::claim(int from, int to, EntityType type, quint8 value)
{
    const quint8 c = value ? value : quint8(int(type) + 1);
    for (int i = from; i < to && i < size(); ++i)
        m_tokens[size_t(i)].claim = c;
}

int FactsDocument::addMention(quint64 key, const Entity &proto, int fromToken, int toToken)
{
    return addMentionSpan(key, proto, Span{at(fromToken).start, at(toToken - 1).end});
}

int FactsDocument::addMentionSpan(quint64 key, const Entity &proto, Span span)
{
    int index = m_entityIndex.value(key, -1);
    if (index < 0) {
        index = int(m_entities.size());
        m_entities.append(proto);
        m_entities.last().mentions.clear();
        m_entityIndex.insert(key, index);
    }
    Entity &e = m_entities[index];
    const QPair<int, qint64> mention(index, (qint64(span.start) << 32) | quint32(span.end));
    if (!m_mentionSet.contains(mention)) {
        m_mentionSet.insert(mention);
        e.mentions.append(span);
    }
    return index;
}

void FactsDocument::removeMention(EntityType type, Span span)
{
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        Entity &e = m_entities[i];
        if (e.type == type && e.mentions.removeAll(span) > 0)
            m_mentionSet.remove(QPair<int, qint64>(int(i), (qint64(span.start) << 32) | quint32(span.end)));
    }
}

} // namespace veille
