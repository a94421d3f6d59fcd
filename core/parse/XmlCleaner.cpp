#include "parse/XmlCleaner.h"

#include "text/ChunkDecoder.h"
#include "text/HtmlEntities.h"

namespace veille {

namespace {

// The longest text an entity or a markup opening needs to be decided: "&#x" and ten
// digits and ";", a 32-letter name and ";", "<!DOCTYPE".
constexpr qsizetype kEntityLookahead = 40;
constexpr qsizetype kMarkupLookahead = 9;

bool isXmlChar(char32_t c)
{
    if (c < 0x20)
        return c == 0x9 || c == 0xA || c == 0xD;
    if (c < 0xD800)
        return true;
    if (c < 0xE000)
        return false;
    if (c < 0xFFFE)
        return true;
    return c >= 0x10000 && c <= 0x10FFFF;
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

void appendCodePoint(QString *out, char32_t c)
{
    if (c >= 0x10000) {
        out->append(QChar(QChar::highSurrogate(c)));
        out->append(QChar(QChar::lowSurrogate(c)));
    } else {
        out->append(QChar(static_cast<char16_t>(c)));
    }
}

// The character of an HTML named reference, written so XML reads it back: the five
// characters XML escapes itself ("&AMP;", "&QUOT;") stay references.
void appendEntityValue(QString *out, char32_t c)
{
    switch (c) {
    case u'&': out->append(QLatin1StringView("&amp;")); return;
    case u'<': out->append(QLatin1StringView("&lt;")); return;
    case u'>': out->append(QLatin1StringView("&gt;")); return;
    case u'"': out->append(QLatin1StringView("&quot;")); return;
    case u'\'': out->append(QLatin1StringView("&apos;")); return;
    default: appendCodePoint(out, c);
    }
}

bool startsWithAt(const QString &s, qsizetype i, QLatin1StringView what)
{
    return QStringView(s).mid(i, what.size()) == what;
}

} // namespace

QList<Error> XmlCleaner::warnings() const
{
    QList<Error> all = m_warnings;
    if (m_droppedIllegal)
        all.append(makeError(ErrorCode::ForbiddenCharactersRemoved));
    return all;
}

void XmlCleaner::clean(QStringView piece, bool last, QString *out)
{
    QString xml;
    if (m_pending.isEmpty()) {
        xml = piece.toString();
    } else {
        xml = std::move(m_pending);
        xml.append(piece);
    }
    m_pending.clear();
    const qsizetype n = xml.size();
    qsizetype i = 0;
    if (m_atStart) {
        // Leading whitespace and the XML declaration: the reader gets decoded text, so the
        // declared encoding must not be honoured again.
        while (i < n && xml[i].isSpace())
            ++i;
        if (!last && n - i < 6) {
            m_pending = xml.mid(i);
            return;
        }
        m_atStart = false;
        if (startsWithAt(xml, i, QLatin1StringView("<?xml")) && i + 5 < n
            && (xml[i + 5].isSpace() || xml[i + 5] == u'?')) {
            m_inside = Inside::Dropped;
            m_close = QLatin1StringView("?>");
            i += 5;
        }
    }
    while (i < n) {
        qsizetype next;
        switch (m_inside) {
        case Inside::Copied:
        case Inside::Dropped:
            next = finishConstruct(xml, i, last, out);
            break;
        case Inside::Doctype:
            next = finishDoctype(xml, i, last);
            break;
        case Inside::Nothing:
        default:
            next = cleanFrom(xml, i, last, out);
            break;
        }
        if (next < 0) {
            // Undecided until more text comes: keep it.
            m_pending = xml.mid(-next - 1);
            return;
        }
        i = next;
    }
}

// Copies [from, to) dropping characters XML forbids; clean runs are appended whole.
void XmlCleaner::copyLiteral(const QString &xml, qsizetype from, qsizetype to, QString *out)
{
    qsizetype run = from;
    for (qsizetype k = from; k < to; ++k) {
        const QChar c = xml[k];
        const char16_t u = c.unicode();
        bool bad = false;
        if (u < 0x20)
            bad = u != 0x9 && u != 0xA && u != 0xD;
        else if (c.isSurrogate())
            bad = !(c.isHighSurrogate() && k + 1 < to && xml[k + 1].isLowSurrogate())
                && !(c.isLowSurrogate() && k > from && xml[k - 1].isHighSurrogate());
        else
            bad = u == 0xFFFE || u == 0xFFFF;
        if (bad) {
            out->append(QStringView(xml).mid(run, k - run));
            run = k + 1;
            m_droppedIllegal = true;
        }
    }
    out->append(QStringView(xml).mid(run, to - run));
}

// Inside a comment, CDATA section or processing instruction: copied (or, for the XML
// declaration, dropped) up to its end. Returns where to go on, or -(i + 1) to wait.
qsizetype XmlCleaner::finishConstruct(const QString &xml, qsizetype i, bool last, QString *out)
{
    const qsizetype n = xml.size();
    const bool copy = m_inside == Inside::Copied;
    const qsizetype end = xml.indexOf(m_close, i);
    if (end >= 0) {
        const qsizetype stop = end + m_close.size();
        if (copy)
            copyLiteral(xml, i, stop, out);
        m_inside = Inside::Nothing;
        return stop;
    }
    if (last) {
        if (copy)
            copyLiteral(xml, i, n, out);
        return n;
    }
    // The end of the piece may hold the start of the closing delimiter; a surrogate pair
    // stays whole.
    qsizetype stop = n - (m_close.size() - 1);
    if (stop > i && xml[stop - 1].isHighSurrogate())
        --stop;
    if (stop <= i)
        return -(i + 1);
    if (copy)
        copyLiteral(xml, i, stop, out);
    return -(stop + 1);
}

// Inside a DOCTYPE, which is dropped whole (no DTD entities, so no expansion bombs); it
// may hold an internal subset in brackets.
qsizetype XmlCleaner::finishDoctype(const QString &xml, qsizetype i, bool last)
{
    const qsizetype n = xml.size();
    const qsizetype limit = last ? n : n - 8; // "<!ENTITY" must be seen whole
    for (qsizetype k = i; k < limit; ++k) {
        const QChar d = xml[k];
        if (d == u'<' && !m_doctypeEntities && startsWithAt(xml, k, QLatin1StringView("<!ENTITY")))
            m_doctypeEntities = true;
        if (!m_quote.isNull()) {
            if (d == m_quote)
                m_quote = QChar();
        } else if (d == u'"' || d == u'\'') {
            m_quote = d;
        } else if (d == u'[') {
            ++m_bracket;
        } else if (d == u']') {
            --m_bracket;
        } else if (d == u'>' && m_bracket <= 0) {
            if (m_doctypeEntities)
                m_warnings.append(makeError(ErrorCode::DoctypeEntitiesIgnored));
            m_inside = Inside::Nothing;
            return k + 1;
        }
    }
    if (last) {
        if (m_doctypeEntities)
            m_warnings.append(makeError(ErrorCode::DoctypeEntitiesIgnored));
        m_inside = Inside::Nothing;
        return n;
    }
    return -(std::max(limit, i) + 1);
}

qsizetype XmlCleaner::cleanFrom(const QString &xml, qsizetype i, bool last, QString *out)
{
    const qsizetype n = xml.size();
    qsizetype copiedUpTo = i;
    auto flush = [&](qsizetype upTo) {
        if (upTo > copiedUpTo)
            out->append(QStringView(xml).mid(copiedUpTo, upTo - copiedUpTo));
    };
    // Undecided until more text comes: what comes before is written, the rest kept.
    auto wait = [&] {
        flush(i);
        return -(i + 1);
    };
    auto enter = [&](Inside inside, QLatin1StringView opening, QLatin1StringView close) {
        flush(i);
        out->append(opening);
        m_inside = inside;
        m_close = close;
        return i + opening.size();
    };
    while (i < n) {
        const QChar c = xml[i];
        const char16_t u = c.unicode();
        // Most characters need nothing: not markup, not an entity, not a control
        // character or a surrogate.
        if (u >= 0x20 && u < 0xD800 && u != u'<' && u != u'&') {
            ++i;
            continue;
        }
        if (u == u'<') {
            if (!last && n - i < kMarkupLookahead)
                return wait();
            if (i + 1 < n && (xml[i + 1] == u'!' || xml[i + 1] == u'?')) {
                // Comments, CDATA and processing instructions are copied whole, the DOCTYPE dropped.
                if (startsWithAt(xml, i, QLatin1StringView("<!--")))
                    return enter(Inside::Copied, QLatin1StringView("<!--"), QLatin1StringView("-->"));
                if (startsWithAt(xml, i, QLatin1StringView("<![CDATA[")))
                    return enter(Inside::Copied, QLatin1StringView("<![CDATA["), QLatin1StringView("]]>"));
                if (xml[i + 1] == u'?')
                    return enter(Inside::Copied, QLatin1StringView("<?"), QLatin1StringView("?>"));
                if (QStringView(xml).mid(i, 9).compare(QLatin1StringView("<!DOCTYPE"), Qt::CaseInsensitive) == 0) {
                    flush(i);
                    m_inside = Inside::Doctype;
                    m_bracket = 0;
                    m_quote = QChar();
                    m_doctypeEntities = false;
                    return i + 9;
                }
                ++i;
                continue;
            }
        }
        if (u == u'&') {
            if (!last && n - i < kEntityLookahead)
                return wait();
            flush(i);
            qsizetype k = i + 1;
            if (k < n && xml[k] == u'#') {
                // Ten digits at most, so a reference is decided within kEntityLookahead.
                const HtmlEntities::NumericReference ref = HtmlEntities::readNumeric(xml, k + 1, 10);
                if (ref.hasDigits && ref.semicolon) {
                    if (ref.value >= 0x80 && ref.value < 0xA0) {
                        // A Windows-1252 code point written as a reference, a common mistake
                        // that browsers (and HTML5) read as the Windows-1252 character.
                        appendCodePoint(out, ChunkDecoder::windows1252(static_cast<unsigned char>(ref.value)));
                    } else if (isXmlChar(ref.value)) {
                        out->append(QStringView(xml).mid(i, ref.end + 1 - i));
                    } else {
                        m_droppedIllegal = true;
                    }
                    i = ref.end + 1;
                } else {
                    out->append(QLatin1StringView("&amp;"));
                    i = i + 1;
                }
                copiedUpTo = i;
                continue;
            }
            while (k < n && k - i <= 32 && (k == i + 1 ? isNameStart(xml[k]) : isNameChar(xml[k])))
                ++k;
            if (k > i + 1 && k < n && xml[k] == u';') {
                const QStringView name = QStringView(xml).mid(i + 1, k - i - 1);
                if (name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" || name == u"apos") {
                    out->append(QStringView(xml).mid(i, k + 1 - i));
                } else if (const char32_t code = HtmlEntities::named(name)) {
                    appendEntityValue(out, code);
                } else {
                    out->append(QLatin1StringView("&amp;"));
                    out->append(name);
                    out->append(u';');
                }
                i = k + 1;
            } else {
                out->append(QLatin1StringView("&amp;"));
                i = i + 1;
            }
            copiedUpTo = i;
            continue;
        }
        if (c.isHighSurrogate() && i + 1 == n && !last)
            return wait();
        if ((u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || u == 0xFFFE || u == 0xFFFF
            || (c.isSurrogate() && !(c.isHighSurrogate() && i + 1 < n && xml[i + 1].isLowSurrogate()))) {
            flush(i);
            m_droppedIllegal = true;
            ++i;
            copiedUpTo = i;
            continue;
        }
        if (c.isHighSurrogate())
            ++i; // its low half is valid, checked above
        ++i;
    }
    flush(n);
    return n;
}

} // namespace veille
