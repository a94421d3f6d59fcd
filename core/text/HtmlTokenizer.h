#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace veille {

struct HtmlAttribute {
    QString name;  // lower case
    QString value; // character references decoded
};

struct HtmlToken {
    enum class Type { StartTag, EndTag, Text };
    Type type = Type::Text;
    QString name; // lower-case tag name
    QList<HtmlAttribute> attributes;
    QString text; // decoded text
    bool selfClosing = false;
};

// A forgiving HTML tokenizer in the spirit of the WHATWG one: it never fails, drops
// comments, doctypes and processing instructions, reads the content of script, style,
// textarea, title (and the like) as raw text, and consumes every character once, so
// hostile input (an unterminated comment or attribute, millions of tags) stays linear.
class HtmlTokenizer {
public:
    explicit HtmlTokenizer(QStringView input);

    // Reads the next token into `token`; false at the end of the input.
    bool next(HtmlToken &token);

private:
    bool readStartTag(HtmlToken &token);
    bool readEndTag(HtmlToken &token);
    qsizetype readTagName(qsizetype i, QString &name) const;
    void skipBogusComment();
    bool readRawText(HtmlToken &token);

    QStringView m_in;
    qsizetype m_pos = 0;
    QString m_rawTextEnd; // the element whose end tag ends the raw text we are in
    bool m_rawTextDecodes = false;
};

} // namespace veille
