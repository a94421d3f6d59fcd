#pragma once

#include "parse/XmlNode.h"

#include <QString>
#include <QUrl>
#include <QXmlStreamReader>

#include <vector>

namespace veille {
class FeedTextSource;
} // namespace veille

namespace veille::feedxml {

// Streams a document with namespace processing done by hand: feeds use prefixes they
// never declare (itunes:, media:, dc:), which a strict reader rejects.
class TreeReader {
public:
    TreeReader(const QString &xml, const QUrl &documentUrl);
    // Reads the text piece by piece from the source, as the parse needs it.
    TreeReader(FeedTextSource &source, const QUrl &documentUrl);

    // Advances to the next start element; false at the end or on an error.
    bool nextStart();
    // After nextStart(): the element's identity without reading it.
    Ns ns() const { return m_currentNs; }
    QStringView name() const { return m_currentName; }
    const QUrl &base() const { return m_bases.back(); }
    QString attr(QStringView localName) const;
    // Reads the current element and its subtree; on a parse error the node holds what
    // was read before it.
    XmlNode readElement();
    // Skips the current element's subtree.
    void skipElement();

    bool hasError() const { return m_reader.hasError() || !m_trailingError.isEmpty(); }
    QString errorString() const;
    // The depth of the current element (1 for the root).
    int depth() const { return static_cast<int>(m_bases.size()) - 1; }

private:
    // The next token; when the text given so far runs out, the next piece is added.
    QXmlStreamReader::TokenType next();
    // After the root element of a streamed text: whether anything but blanks, comments
    // and processing instructions follows (which a reader of the whole text reports).
    bool trailingContent();
    void enter();
    void leave();
    Ns resolveNs(QStringView prefix) const;

    QXmlStreamReader m_reader;
    FeedTextSource *m_source = nullptr;
    QString m_lastPiece;     // the text added last, where the root element ends
    qint64 m_added = 0;      // characters added so far
    QString m_trailingError;
    struct Scope {
        QString prefix;
        Ns ns;
        int depth;
    };
    std::vector<Scope> m_scopes;
    std::vector<QUrl> m_bases;
    Ns m_currentNs = Ns::None;
    QString m_currentName;
    bool m_pendingEnter = false;
};

} // namespace veille::feedxml
