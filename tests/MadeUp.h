#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>

namespace veille::test {

// A free port on 127.0.0.1 that nothing listens on: a connection to it is refused.
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// A real SQLite header over pages of noise: a disk or a copy gone wrong.
inline QByteArray corruptLibraryBytes()
{
    QByteArray bytes("SQLite format 3\0", 16);
    for (int i = 0; i < 8192; ++i)
        bytes.append(char((i * 131 + 7) % 251));
    return bytes;
}

} // namespace veille::test
