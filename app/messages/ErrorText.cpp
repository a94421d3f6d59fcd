#include "messages/ErrorText.h"

namespace veille::app {

namespace {

// "sentence (detail)" when there is a detail: SQLite's or Qt's own words, kept as they
// are since they help whoever reports the problem.
QString withDetail(const QString &sentence, const QString &detail)
{
    return detail.isEmpty() ? sentence : ErrorText::tr("%1 (%2)").arg(sentence, detail);
}

} // namespace

QString ErrorText::of(const Error &error)
{
    if (error.isNone())
        return QString();
    const QString text = sentence(error.code, error.detail);
    return error.subject.isEmpty() ? text : tr("%1: %2").arg(error.subject, text);
}

QString ErrorText::of(const Error &error, const QString &shown)
{
    Error e = error;
    if (e.subject == shown)
        e.subject.clear();
    return of(e);
}

QString ErrorText::sentence(ErrorCode code, const QString &detail)
{
    switch (code) {
    case ErrorCode::None:
        return QString();
    case ErrorCode::LibraryIsFolder:
        return tr("This is a folder, not a library file.");
    case ErrorCode::LibraryFolderNotCreated:
        return tr("The folder %1 could not be created.").arg(detail);
    case ErrorCode::DatabaseForeign:
        return tr("This file is not a Veille library (not an SQLite database); it was left untouched.");
    case ErrorCode::DatabaseCorrupt:
        return withDetail(tr("The library file is damaged and cannot be read; it was left untouched."), detail);
    case ErrorCode::DatabaseNewer:
        return tr("The library was written by a newer version of Veille (schema %1); it was left untouched.").arg(detail);
    case ErrorCode::DatabaseCantOpen:
        return withDetail(tr("The library file cannot be opened."), detail);
    case ErrorCode::DatabaseBusy:
        return withDetail(tr("The library is busy in another program; try again in a moment."), detail);
    case ErrorCode::DatabaseReadOnly:
        return withDetail(tr("The library is read-only: nothing could be saved."), detail);
    case ErrorCode::DatabaseFull:
        return withDetail(tr("The disk is full: what was being written was not saved."), detail);
    case ErrorCode::DatabaseIo:
        return withDetail(tr("The disk could not be read or written."), detail);
    case ErrorCode::DatabaseError:
        return withDetail(tr("The library reported an error."), detail);
    case ErrorCode::SchemaStepMissing:
        return tr("This build of Veille lacks the library upgrade step %1.").arg(detail);
    case ErrorCode::SearchUnavailable:
        return withDetail(tr("Search is unavailable: this SQLite has no full-text search (FTS5)."), detail);
    case ErrorCode::ArticleNotFound:
        return tr("There is no article with id %1.").arg(detail);
    case ErrorCode::FeedNotFound:
        return tr("There is no feed %1.").arg(detail);
    case ErrorCode::DemoArticleMissing:
        return tr("The demo article %1 is missing from this build.").arg(detail);
    case ErrorCode::CompanyNotFound:
        return tr("No company is known by the name \u201c%1\u201d.").arg(detail);
    case ErrorCode::CompanyNameEmpty:
        return tr("A company needs a name: it cannot be empty or only spaces.");
    case ErrorCode::CompanyNameTaken:
        return tr("The name \u201c%1\u201d is already used by another company; nothing was changed.").arg(detail);
    case ErrorCode::CompanyNotUserDefined:
        return tr("%1 is one of Veille's built-in companies: only companies you added can be changed or removed.").arg(detail);
    case ErrorCode::NotACompaniesFile:
        return withDetail(tr("This is not a file of companies exported by Veille; nothing was imported."), detail);
    case ErrorCode::FileNotFound:
        return tr("No such file.");
    case ErrorCode::FileIsFolder:
        return tr("This is a folder, not a file.");
    case ErrorCode::FileUnreadable:
        return withDetail(tr("The file cannot be read."), detail);
    case ErrorCode::FileNotWritable:
        return withDetail(tr("The file cannot be written."), detail);
    case ErrorCode::FileTooLarge:
        return tr("The file is too large to import (the limit is %1 MB).").arg(detail);
    case ErrorCode::FileEmpty:
        return tr("The file is empty.");
    case ErrorCode::FileIsBinary:
        return tr("The file is binary data, not an article or a feed.");
    case ErrorCode::FileHasNoText:
        return tr("The file holds no text.");
    case ErrorCode::UnknownFileType:
        return tr("The file's format is not one Veille reads.");
    case ErrorCode::NotAFeed:
        return tr("This is not a feed.");
    case ErrorCode::FeedIsHtmlPage:
        return tr("This is a web page, not a feed.");
    case ErrorCode::FeedIsOpml:
        return tr("This is a subscription list (OPML), not a feed; import it instead.");
    case ErrorCode::FeedUnknownXml:
        return tr("This is not a feed: the XML root element <%1> is not RSS or Atom.").arg(detail);
    case ErrorCode::MalformedXml:
        return withDetail(tr("The XML is malformed."), detail);
    case ErrorCode::MalformedJson:
        return withDetail(tr("The JSON is malformed."), detail);
    case ErrorCode::FeedNotJsonFeed:
        return tr("This JSON is not a JSON Feed.");
    case ErrorCode::OpmlEmpty:
        return tr("The subscription list is empty.");
    case ErrorCode::OpmlUnknownXml:
        return tr("This is not a subscription list (OPML): the root element is <%1>.").arg(detail);
    case ErrorCode::NoArticleText:
        return tr("No article text was found.");
    case ErrorCode::NoFeedFound:
        return detail.isEmpty() ? tr("No feed was found at this address.")
                                : tr("No feed was found at this address (addresses tried: %1).").arg(detail);
    case ErrorCode::FeedIsFile:
        return tr("%1 is a file, not a web address; import the file again to update it.").arg(detail);
    case ErrorCode::NotAFactsLine:
        return tr("Line %1 is not a JSON object with a \"text\" string.").arg(detail);
    case ErrorCode::NotAWebAddress:
        return tr("%1 is not a web address.").arg(detail);
    case ErrorCode::HttpStatus:
        return tr("The server answered with an error: HTTP %1.").arg(detail);
    case ErrorCode::TooLarge:
        return tr("The answer from %1 is too large; it was not downloaded.").arg(detail);
    case ErrorCode::ConnectionRefused:
        return tr("%1 refused the connection.").arg(detail);
    case ErrorCode::ConnectionClosed:
        return tr("%1 closed the connection before answering in full.").arg(detail);
    case ErrorCode::HostNotFound:
        return tr("The server %1 was not found.").arg(detail);
    case ErrorCode::NetworkTimeout:
        return tr("%1 took too long to answer; Veille gave up.").arg(detail);
    case ErrorCode::TlsFailure:
        return withDetail(tr("The secure connection failed."), detail);
    case ErrorCode::NetworkUnreachable:
        return withDetail(tr("The network is unavailable."), detail);
    case ErrorCode::ProxyFailure:
        return withDetail(tr("The proxy failed."), detail);
    case ErrorCode::NetworkError:
        return withDetail(tr("The download failed."), detail);
    case ErrorCode::Undecompressable:
        return tr("The answer could not be decompressed (Content-Encoding: %1).").arg(detail);
    case ErrorCode::TooManyRedirects:
        return tr("Too many redirects; the last one was to %1.").arg(detail);
    case ErrorCode::RedirectLoop:
        return tr("The redirects go round in a loop back to %1.").arg(detail);
    case ErrorCode::BadRedirect:
        return detail.isEmpty() ? tr("The server redirected without saying where.")
                                : tr("The server redirected to %1, which is not a web address.").arg(detail);
    case ErrorCode::SyncLoginRefused:
        return tr("The server refused the user name or password of %1.").arg(detail);
    case ErrorCode::SyncApiDisabled:
        return tr("The server does not allow %1 to use its API; enable API access in its preferences.").arg(detail);
    case ErrorCode::SyncBadAnswer:
        return tr("The server's answer to %1 is not what its protocol promises; nothing of it was used.").arg(detail);
    case ErrorCode::SyncServerRefused:
        return tr("The server refused a request (%1).").arg(detail);
    case ErrorCode::SyncRedirected:
        return tr("The server sent Veille to %1; use that address for the account.").arg(detail);
    case ErrorCode::AccountNotFound:
        return tr("There is no account %1.").arg(detail);
    case ErrorCode::AccountExists:
        return tr("The account %1 is already there.").arg(detail);
    case ErrorCode::UnknownAccountType:
        return tr("Veille cannot speak to servers of type %1.").arg(detail);
    case ErrorCode::PasswordMissing:
        return tr("The password of %1 is not stored any more; add the account again.").arg(detail);
    case ErrorCode::KeychainFailure:
        return withDetail(tr("The keychain could not keep or give the password."), detail);
    case ErrorCode::PasswordInFile:
        return tr("No keychain is running: the password is kept in %1, readable only by you.").arg(detail);
    case ErrorCode::FeedCutOff:
        return tr("The feed is malformed (%1); the items before the fault were kept.").arg(detail);
    case ErrorCode::FeedItemMalformed:
        return tr("An item of the feed is malformed (%1); the items after it were kept.").arg(detail);
    case ErrorCode::JsonCutOff:
        return tr("The JSON is cut off or malformed at offset %1; the items before it were kept.").arg(detail);
    case ErrorCode::DoctypeEntitiesIgnored:
        return tr("Entity declarations in the DOCTYPE were ignored.");
    case ErrorCode::ForbiddenCharactersRemoved:
        return tr("Characters that XML forbids were removed.");
    case ErrorCode::FeedMovedToKnownAddress:
        return tr("The feed moved to %1, which is already another feed; its address was kept.").arg(detail);
    case ErrorCode::AddressesRefused:
        return tr("Addresses that were not web pages (javascript:, file:...) were left out: %1; the articles "
                  "and feeds they belonged to were kept.").arg(detail);
    case ErrorCode::OldMessage:
        return detail;
    }
    return withDetail(tr("Unknown error."), detail);
}

} // namespace veille::app
