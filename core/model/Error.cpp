#include "model/Error.h"

#include <QList>

namespace veille {

namespace {

struct CodeName {
    ErrorCode code;
    const char *name;
};

constexpr CodeName kCodeNames[] = {
#define VEILLE_ERROR_NAME_(name) {ErrorCode::name, #name},
    VEILLE_ERROR_CODES(VEILLE_ERROR_NAME_)
#undef VEILLE_ERROR_NAME_
};

constexpr QChar kField = QLatin1Char('\t');

} // namespace

Error Error::about(const QString &what) const
{
    Error e = *this;
    if (e.subject.isEmpty())
        e.subject = what;
    return e;
}

QString Error::debugText() const
{
    QString text = codeName(code);
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    if (!subject.isEmpty())
        text += QStringLiteral(" (") + subject + QLatin1Char(')');
    return text;
}

QString Error::toStored() const
{
    if (isNone())
        return QString();
    QString stored = codeName(code);
    // Tabs and line breaks in the facts would split the fields; a space says as much.
    auto field = [](QString s) { return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    if (!detail.isEmpty() || !subject.isEmpty())
        stored += kField + field(detail);
    if (!subject.isEmpty())
        stored += kField + field(subject);
    return stored;
}

Error Error::fromStored(const QString &stored)
{
    if (stored.isEmpty())
        return Error();
    const QStringList fields = stored.split(kField);
    bool known = false;
    const ErrorCode code = codeFromName(fields.first(), &known);
    if (!known || fields.size() > 3)
        return Error{ErrorCode::OldMessage, stored, QString()};
    return Error{code, fields.value(1), fields.value(2)};
}

QString Error::codeName(ErrorCode code)
{
    for (const CodeName &c : kCodeNames)
        if (c.code == code)
            return QString::fromLatin1(c.name);
    return QStringLiteral("Unknown");
}

ErrorCode Error::codeFromName(const QString &name, bool *known)
{
    for (const CodeName &c : kCodeNames) {
        if (name == QLatin1String(c.name)) {
            if (known)
                *known = true;
            return c.code;
        }
    }
    if (known)
        *known = false;
    return ErrorCode::None;
}

QList<ErrorCode> Error::allCodes()
{
    QList<ErrorCode> codes;
    for (const CodeName &c : kCodeNames)
        codes << c.code;
    return codes;
}

} // namespace veille
