#pragma once

#include <QByteArrayView>
#include <QString>
#include <QUrl>

class QIODevice;

#include "model/ParsedFeed.h"

namespace veille {

// What a feed item was before it was built into an article: a fingerprint of every field
// ArticleBuilder::fromFeedItem reads. An item whose identity is stored with the same
// fingerprint would build the same article, so a re-import or a refresh skips it before
// sanitizing, language guessing and key facts (the costly part of an import).
//
// A 64-bit hash over the UTF-16 units, eight bytes at a time, each field preceded by its
// length: a changed item keeps its old fingerprint with a chance of about 2^-64. Fingerprints are stored
// (articles.source_hash), so the function must not change without bumping kVersion:
// articles stored under another version are built again, once.
class ItemFingerprint {
public:
    // 2: eight bytes at a time instead of FNV-1a byte by byte.
    static constexpr int kVersion = 2;

    // The fingerprint, as hex text prefixed with the version ("1:89ab..."), of `item` as
    // read from `feed`, links resolved against `base`.
    static QString of(const ParsedItem &item, const ParsedFeed &feed, const QUrl &base);
    // A digest of a whole feed document's bytes, with the versions of this class and of
    // the document digest in it ("1.2:SIZE:HEX"): the same bytes from the same place are
    // the same items, none of which needs reading again (FeedStore::knownDocument).
    static QString ofDocument(QByteArrayView bytes);
    // The same of what `device` holds from its current position, to which it is brought
    // back; empty when the device cannot go back (a pipe), or on a read error.
    static QString ofDocument(QIODevice &device);

    // The identity the built article will have, when the item gives it (a guid or a
    // link); empty when it depends on the built text (ArticleBuilder::identity).
    static QString identity(const ParsedItem &item);
};

} // namespace veille
