#pragma once

#include <QCoreApplication>
#include <QString>

#include "model/Error.h"

namespace veille::app {

// The one place where an Error becomes a sentence for people: the window and veille-cli
// both word core's errors here, through tr(), so the window speaks the user's language
// (the CLI loads no translator and prints English).
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // "The library file is damaged (file is not a database).", prefixed with the error's
    // subject ("feed.xml: ...") when it has one. Empty for code None.
    static QString of(const Error &error);
    // The same for a message that already names `shown` ("No feed could be added from
    // URL: ..."): a subject that is `shown` is not said twice.
    static QString of(const Error &error, const QString &shown);

    // The sentence for a code alone, with `detail` put in where the sentence takes it.
    static QString sentence(ErrorCode code, const QString &detail);
};

} // namespace veille::app
