#include "text/HtmlImages.h"

#include <QRegularExpression>

#include "text/HtmlEntities.h"

namespace veille {

QStringList HtmlImages::sources(const QString &cleanHtml)
{
    // The cleaner writes every picture as <img src="..."> with src first and its value
    // escaped, so a plain match is exact on its output (and only its output is stored).
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]*)\""));
    QStringList out;
    for (auto it = image.globalMatch(cleanHtml); it.hasNext();) {
        const QString src = HtmlEntities::decode(it.next().capturedView(1), true);
        if (!src.isEmpty() && !out.contains(src))
            out << src;
    }
    return out;
}

} // namespace veille
