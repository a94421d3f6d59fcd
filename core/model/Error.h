#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace veille {

// Every way core can fail, named once. The list drives both the enum and the stable
// names stored in the library (a feed's last error), so a name, once shipped, stays.
// The comment says what `detail` holds; core never writes a sentence for people:
// app/messages/ErrorText turns a code into one, in the user's language.
#define VEILLE_ERROR_CODES(X)                                                              \
    X(None)                     /* no error */                                             \
    /* The library file */                                                                 \
    X(LibraryIsFolder)          /* nothing: the caller knows the path */                   \
    X(LibraryFolderNotCreated)  /* the folder */                                           \
    X(DatabaseForeign)          /* nothing: not an SQLite file */                          \
    X(DatabaseCorrupt)          /* SQLite's text */                                        \
    X(DatabaseNewer)            /* the file's schema version */                            \
    X(DatabaseCantOpen)         /* SQLite's text */                                        \
    X(DatabaseBusy)             /* SQLite's text */                                        \
    X(DatabaseReadOnly)         /* SQLite's text */                                        \
    X(DatabaseFull)             /* SQLite's text */                                        \
    X(DatabaseIo)               /* SQLite's text */                                        \
    X(DatabaseError)            /* SQLite's text: any other SQL failure */                 \
    X(SchemaStepMissing)        /* the step number */                                      \
    X(SearchUnavailable)        /* SQLite's text, or empty when FTS5 is missing */         \
    /* Things looked up by id */                                                           \
    X(ArticleNotFound)          /* the id */                                               \
    X(FeedNotFound)             /* the id or address */                                    \
    X(DemoArticleMissing)       /* the file name */                                        \
    /* Companies of the user's own, followed companies */                                 \
    X(CompanyNotFound)          /* the name asked for */                                   \
    X(CompanyNameEmpty)         /* nothing: the name is empty or only spaces */            \
    X(CompanyNameTaken)         /* the name or alias already taken */                      \
    X(CompanyNotUserDefined)    /* the name: a built-in or discovered company */           \
    X(NotACompaniesFile)        /* the reason: not the JSON of `companies export` */       \
    /* Files */                                                                            \
    X(FileNotFound)             /* nothing; the subject is the path */                     \
    X(FileIsFolder)             /* nothing; the subject is the path */                     \
    X(FileUnreadable)           /* the system's reason */                                  \
    X(FileNotWritable)          /* the system's reason */                                  \
    X(FileTooLarge)             /* the limit, in MB */                                     \
    X(FileEmpty)                /* nothing */                                              \
    X(FileIsBinary)             /* nothing */                                              \
    X(FileHasNoText)            /* nothing */                                              \
    X(UnknownFileType)          /* nothing */                                              \
    /* Feeds, lists and pages that cannot be read */                                       \
    X(NotAFeed)                 /* nothing: neither XML nor JSON, or no format matched */  \
    X(FeedIsHtmlPage)           /* nothing */                                              \
    X(FeedIsOpml)               /* nothing */                                              \
    X(FeedUnknownXml)           /* the root element's name */                              \
    X(MalformedXml)             /* the parser's position and reason */                     \
    X(MalformedJson)            /* the parser's reason and offset */                       \
    X(FeedNotJsonFeed)          /* nothing */                                              \
    X(OpmlEmpty)                /* nothing */                                              \
    X(OpmlUnknownXml)           /* the root element's name */                              \
    X(NoArticleText)            /* nothing */                                              \
    X(NoFeedFound)              /* how many addresses were tried */                        \
    X(FeedIsFile)               /* the file's path: refreshed by importing it again */    \
    X(NotAFactsLine)            /* the line number: not a JSON object with a "text" */     \
    /* The network */                                                                      \
    X(NotAWebAddress)           /* the address */                                          \
    X(HttpStatus)               /* the status and the server's reason, "404 Not Found" */  \
    X(TooLarge)                 /* the host */                                             \
    X(ConnectionRefused)        /* the host */                                             \
    X(ConnectionClosed)         /* the host */                                             \
    X(HostNotFound)             /* the host */                                             \
    X(NetworkTimeout)           /* the host */                                             \
    X(TlsFailure)               /* the TLS library's reasons */                            \
    X(NetworkUnreachable)       /* Qt's reason */                                          \
    X(ProxyFailure)             /* Qt's reason */                                          \
    X(NetworkError)             /* Qt's reason: any other network failure */               \
    X(Undecompressable)         /* the Content-Encoding */                                 \
    X(TooManyRedirects)         /* the last address */                                     \
    X(RedirectLoop)             /* the address that came back */                           \
    X(BadRedirect)              /* the Location sent, possibly empty */                    \
    /* Sync servers and their accounts */                                                 \
    X(SyncLoginRefused)         /* the user name */                                        \
    X(SyncApiDisabled)          /* the user name */                                        \
    X(SyncBadAnswer)            /* the call whose answer was not the expected JSON */      \
    X(SyncServerRefused)        /* the call and the server's word, "op: INCORRECT_USAGE" */ \
    X(SyncRedirected)           /* the address the server redirected to */                 \
    X(AccountNotFound)          /* the id */                                               \
    X(AccountExists)            /* "user@server" */                                        \
    X(UnknownAccountType)       /* the type given */                                       \
    X(PasswordMissing)          /* "user@server" */                                        \
    X(KeychainFailure)          /* the keychain's reason */                                \
    /* Warnings: the file or feed was read, but not all of it */                          \
    X(FeedCutOff)               /* the XML parser's position and reason */                 \
    X(FeedItemMalformed)        /* the XML parser's position and reason; read on after it */ \
    X(JsonCutOff)               /* the offset where the JSON breaks */                     \
    X(DoctypeEntitiesIgnored)   /* nothing */                                              \
    X(ForbiddenCharactersRemoved) /* nothing: characters XML forbids */                    \
    X(FeedMovedToKnownAddress)  /* the new address, already another feed's */              \
    X(AddressesRefused)         /* how many addresses were dropped: not web addresses */  \
    X(PasswordInFile)           /* the file: no keychain runs, the password is kept there */ \
    /* Read back from a library written before errors had codes */                        \
    X(OldMessage)               /* the English text stored then, shown as it is */

enum class ErrorCode {
#define VEILLE_ERROR_ENUM_(name) name,
    VEILLE_ERROR_CODES(VEILLE_ERROR_ENUM_)
#undef VEILLE_ERROR_ENUM_
};

// A failure as data: what went wrong (`code`), the facts that go with it (`detail`: a
// path, a host, an HTTP status, SQLite's own text; never a sentence of ours), and what
// it concerns when the caller cannot know (`subject`: the imported file, the feed
// address tried). Code None is "no error", for the places that carry an optional one.
struct Error {
    ErrorCode code = ErrorCode::None;
    QString detail;
    QString subject;

    bool isNone() const { return code == ErrorCode::None; }
    bool operator==(const Error &) const = default;

    // The same error, said to concern `what` unless it already names something.
    Error about(const QString &what) const;

    // "HttpStatus: 404 Not Found": for logs and test output, never shown in the window.
    QString debugText() const;

    // A form kept in the library ("HttpStatus\t404 Not Found", plus "\tsubject" when set)
    // and read back by fromStored(). A text that is not one (a library from before codes
    // were stored) comes back as OldMessage; an empty text is no error.
    QString toStored() const;
    static Error fromStored(const QString &stored);

    static QString codeName(ErrorCode code);
    static ErrorCode codeFromName(const QString &name, bool *known = nullptr);
    static QList<ErrorCode> allCodes();
};

inline Error makeError(ErrorCode code, const QString &detail = QString())
{
    return Error{code, detail, QString()};
}
inline Error makeError(ErrorCode code, qint64 detail)
{
    return Error{code, QString::number(detail), QString()};
}

} // namespace veille

Q_DECLARE_METATYPE(veille::Error)
