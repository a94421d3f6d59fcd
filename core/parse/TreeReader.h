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

    // Advances to the next start element; false at the end or on an error. A malformed
    // item or entry (an unescaped "&", a tag left open) does not end the reading: the
    // next item's start tag is looked for after the fault and the reading resumes there,
    // at the same depth, the fault kept in recoveredErrors().
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
    // The faults read past, one per malformed item ("line 12: ..."), in order.
    const QStringList &recoveredErrors() const { return m_recovered; }
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
    // After a well-formedness error: restarts the reader at the next start tag of the kind
    // of item last entered, the open elements above it given again; false when there is none.
    bool recover();
    // Where the next item starts in `text` from `from`, or -1.
    qsizetype findItemStart(const QString &text, qsizetype from) const;
    Ns resolveNs(QStringView prefix) const;

    QXmlStreamReader m_reader;
    FeedTextSource *m_source = nullptr;
    QString m_lastPiece;     // the text added last, where the root element ends
    QString m_previousPiece; // the one before: a fault may lie there when a token spans both
    qint64 m_added = 0;      // characters added so far
    QString m_trailingError;
    struct Scope {
        QString prefix;
        Ns ns;
        int depth;
    };
    std::vector<Scope> m_scopes;
    std::vector<QUrl> m_bases;
    std::vector<QString> m_names;   // qualified names of the open elements, root first
    QString m_itemName;             // the qualified name of the last item or entry entered
    int m_itemDepth = 0;            // and its depth; 0 before any
    int m_syntheticStarts = 0;      // start tags given again after a recovery, not entered anew
    qint64 m_lineBase = 0;          // lines before the text the reader holds now
    QStringList m_recovered;
    Ns m_currentNs = Ns::None;
    QString m_currentName;
    bool m_pendingEnter = false;
};

} // namespace veille::feedxml
