#pragma once

#include <QString>

namespace veille::app {

// Why a library file could not be opened, told from the file itself so the window can
// explain it; the file is only read, a few bytes of its header, never written.
struct LibraryProblem {
    enum Kind {
        NotALibrary, // not an SQLite file at all: another program's file, or overwritten
        Damaged,     // an SQLite file whose contents cannot be read
        Newer,       // written by a newer Veille, whose schema this one does not know
        Unreachable, // a folder, a missing permission, a folder that cannot be created
    };

    Kind kind = Unreachable;
    QString path;
    QString detail; // core's error worded by ErrorText, shown under "details"

    static LibraryProblem diagnose(const QString &path, const QString &detail);

    // Where a new library can start without touching the one that failed: a name not yet
    // taken next to it ("library-new.sqlite", "library-new-2.sqlite", ...), or in the
    // default data folder when its own folder cannot be written.
    static QString freshPath(const QString &failedPath);
};

} // namespace veille::app
