#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace veille {

// Appends JSON text to UTF-8 bytes directly, for what is written once per article on
// import (the stored facts), where building a QJsonObject first cost more than the
// facts engine itself. The output is what QJsonDocument::toJson(Compact) writes for the
// same values, escapes and number forms included, so either can read the other.
namespace CompactJson {

void appendString(QByteArray &out, QStringView s);
void appendNumber(QByteArray &out, double d);
void appendStringArray(QByteArray &out, const QStringList &list);
QByteArray stringArray(const QStringList &list);

} // namespace CompactJson

} // namespace veille
