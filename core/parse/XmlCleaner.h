#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include "model/Error.h"

namespace veille {

// The clean-up TextDecoder::cleanXml describes, done piece by piece: a piece may end in
// the middle of an entity, a comment, a CDATA section or the DOCTYPE, and the result is
// the same as cleaning the whole text at once. What cannot be decided yet (an entity cut
// in two, say) is kept for the next piece; long comments and CDATA sections pass through
// without being held, so memory stays bounded whatever the input.
class XmlCleaner {
public:
    // Cleans the next piece and appends the result to `out`. `last`: nothing follows.
    void clean(QStringView piece, bool last, QString *out);
    // What was removed or ignored; complete after the last piece.
    QList<Error> warnings() const;

private:
    enum class Inside { Nothing, Copied, Dropped, Doctype };

    qsizetype cleanFrom(const QString &xml, qsizetype i, bool last, QString *out);
    qsizetype finishConstruct(const QString &xml, qsizetype i, bool last, QString *out);
    qsizetype finishDoctype(const QString &xml, qsizetype i, bool last);
    void copyLiteral(const QString &xml, qsizetype from, qsizetype to, QString *out);

    QString m_pending;            // the undecided end of the previous piece
    bool m_atStart = true;        // before the first markup: whitespace and declaration go
    Inside m_inside = Inside::Nothing;
    QLatin1StringView m_close;    // what ends the comment, CDATA or instruction we are in
    int m_bracket = 0;            // DOCTYPE internal subset depth
    QChar m_quote;                // DOCTYPE quoted string
    bool m_doctypeEntities = false;
    bool m_droppedIllegal = false;
    QList<Error> m_warnings;
};

} // namespace veille
