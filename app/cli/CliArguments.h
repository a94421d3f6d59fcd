#pragma once

#include <QString>
#include <QStringList>

namespace veille::cli {

// The arguments of one command, taken as they are read: flags and options are removed,
// what remains are the operands. Also the usage text, so the syntax lives in one place.
class CliArguments {
public:
    explicit CliArguments(QStringList args) : m_args(std::move(args)) {}

    // Removes every `flag`; true when it was there.
    bool takeFlag(const QString &flag);
    // Removes "NAME VALUE" and sets `value`; false when NAME is last, with no value. Leaves
    // `value` as it was when NAME is absent.
    bool takeOption(const QString &name, QString *value);
    // The same for a count ("--limit N"): false as well when N is not a number >= 0.
    bool takeCount(const QString &name, int *value);
    // Removes and returns the first operand (the command's name, at the start).
    QString takeFirst() { return m_args.takeFirst(); }

    // The one remaining operand as an id > 0; false when there is not exactly one.
    bool onlyId(qint64 *id) const;

    const QStringList &operands() const { return m_args; }
    bool isEmpty() const { return m_args.isEmpty(); }
    qsizetype size() const { return m_args.size(); }
    const QString &first() const { return m_args.first(); }

    // A number > 0 ("12"), as ids are written.
    static bool toId(const QString &text, qint64 *id);
    // http:// or https://, any case.
    static bool isWebAddress(const QString &text);
    // What `veille-cli --help` prints, and what follows a usage error.
    static const char *usage();

private:
    QStringList m_args;
};

} // namespace veille::cli
