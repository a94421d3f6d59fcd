#pragma once

#include <QString>
#include <QStringList>

namespace veille {

// The pictures an article's stored HTML names (the cleaner's output, see HtmlSanitizer):
// the addresses of its <img> elements, in order, each once, as the reading pane will ask
// for them. The offline keeper fetches these; the pane shows them.
class HtmlImages {
public:
    static QStringList sources(const QString &cleanHtml);
};

} // namespace veille
