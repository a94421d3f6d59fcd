<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>LibraryOpener</name>
    <message>
        <source>Upgrading your library for this version of Veille…
This happens once; a large library can take a minute.</source>
        <translation>Upgrading your library for this version of Veille…
This happens once; a large library can take a minute.</translation>
    </message>
    <message>
        <source>Veille</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>Opened %1. The library that could not be opened is still at %2, unchanged.</source>
        <translation>Opened %1. The library that could not be opened is still at %2, unchanged.</translation>
    </message>
    <message>
        <source>Open a library</source>
        <translation>Open a library</translation>
    </message>
    <message>
        <source>Veille libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Veille libraries (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>veille::app::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>In favourites: click to remove</source>
        <translation>In favourites: click to remove</translation>
    </message>
    <message>
        <source>Click to add to favourites</source>
        <translation>Click to add to favourites</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>veille::app::ArticleRenderer</name>
    <message>
        <source>Untitled article</source>
        <translation>Untitled article</translation>
    </message>
    <message>
        <source>Imported article</source>
        <translation>Imported article</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>in French</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>in English</translation>
    </message>
    <message>
        <source>In favourites (remove)</source>
        <translation>In favourites (remove)</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Add to favourites</translation>
    </message>
    <message>
        <source>Open the original ↗</source>
        <translation>Open the original ↗</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Key facts</translation>
    </message>
    <message>
        <source>from the article</source>
        <translation>from the article</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Percentages</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>This article has no text here. Open the original to read it.</source>
        <translation>This article has no text here. Open the original to read it.</translation>
    </message>
    <message>
        <source>Highlighting:</source>
        <translation>Highlighting:</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>click a company to list all its articles</source>
        <translation>click a company to list all its articles</translation>
    </message>
    <message>
        <source>H hides the highlighting</source>
        <translation>H hides the highlighting</translation>
    </message>
    <message>
        <source>Highlighting is off. Press H to show the key facts in the text.</source>
        <translation>Highlighting is off. Press H to show the key facts in the text.</translation>
    </message>
</context>
<context>
    <name>veille::app::EmptyState</name>
    <message>
        <source>Choose an article</source>
        <translation>Choose an article</translation>
    </message>
    <message>
        <source>Click an article in the list, or press J to open the next one. Its key facts are highlighted by kind.</source>
        <translation>Click an article in the list, or press J to open the next one. Its key facts are highlighted by kind.</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Your library is empty</translation>
    </message>
    <message>
        <source>Use Feeds › Add a feed…, or Feeds › Import a file or OPML list… for articles and subscriptions you already have.</source>
        <translation>Use Feeds › Add a feed…, or Feeds › Import a file or OPML list… for articles and subscriptions you already have.</translation>
    </message>
    <message>
        <source>Nothing left to read</source>
        <translation>Nothing left to read</translation>
    </message>
    <message>
        <source>Every article has been read. Press M on an article to mark it unread again.</source>
        <translation>Every article has been read. Press M on an article to mark it unread again.</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>No favourites yet</translation>
    </message>
    <message>
        <source>Press S, or click the star beside an article, to keep it here.</source>
        <translation>Press S, or click the star beside an article, to keep it here.</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>Try fewer words, a prefix such as invest*, or company:Name. Accents and case do not matter.</source>
        <translation>Try fewer words, a prefix such as invest*, or company:Name. Accents and case do not matter.</translation>
    </message>
    <message>
        <source>No articles here</source>
        <translation>No articles here</translation>
    </message>
    <message>
        <source>Choose All articles on the left to see the whole library.</source>
        <translation>Choose All articles on the left to see the whole library.</translation>
    </message>
</context>
<context>
    <name>veille::app::FeedActions</name>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Refreshing %n feed…</numerusform>
            <numerusform>Refreshing %n feeds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing feeds: %1 of %2</source>
        <translation>Refreshing feeds: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Feeds refreshed: %n new article(s); some feeds failed, see their icons</source>
        <translation>
            <numerusform>Feeds refreshed: %n new article; some feeds failed, see their icons</numerusform>
            <numerusform>Feeds refreshed: %n new articles; some feeds failed, see their icons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds refreshed: %n new article(s)</source>
        <translation>
            <numerusform>Feeds refreshed: %n new article</numerusform>
            <numerusform>Feeds refreshed: %n new articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>Subscribed to %1</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Add a feed</translation>
    </message>
    <message>
        <source>No feed could be added from %1:
%2</source>
        <translation>No feed could be added from %1:
%2</translation>
    </message>
    <message>
        <source>&amp;Add a feed…</source>
        <translation>&amp;Add a feed…</translation>
    </message>
    <message>
        <source>&amp;Refresh all feeds</source>
        <translation>&amp;Refresh all feeds</translation>
    </message>
    <message>
        <source>Refresh &amp;this feed</source>
        <translation>Refresh &amp;this feed</translation>
    </message>
    <message>
        <source>&amp;Import a file or OPML list…</source>
        <translation>&amp;Import a file or OPML list…</translation>
    </message>
    <message>
        <source>&amp;Export feeds as OPML…</source>
        <translation>&amp;Export feeds as OPML…</translation>
    </message>
    <message>
        <source>Address of the feed, or of the site that has one:</source>
        <translation>Address of the feed, or of the site that has one:</translation>
    </message>
    <message>
        <source>This is not a web address: %1</source>
        <translation>This is not a web address: %1</translation>
    </message>
    <message>
        <source>Looking for a feed at %1…</source>
        <translation>Looking for a feed at %1…</translation>
    </message>
    <message>
        <source>Choose a feed on the left first.</source>
        <translation>Choose a feed on the left first.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Articles, feeds and subscription lists (*.txt *.html *.htm *.rss *.xml *.atom *.json *.opml);;All files (*)</source>
        <translation>Articles, feeds and subscription lists (*.txt *.html *.htm *.rss *.xml *.atom *.json *.opml);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) imported</source>
        <translation>
            <numerusform>%n new article imported</numerusform>
            <numerusform>%n new articles imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Export feeds</source>
        <translation>Export feeds</translation>
    </message>
    <message>
        <source>veille-feeds.opml</source>
        <translation>veille-feeds.opml</translation>
    </message>
    <message>
        <source>Subscription lists (*.opml)</source>
        <translation>Subscription lists (*.opml)</translation>
    </message>
    <message>
        <source>The list could not be saved:
%1</source>
        <translation>The list could not be saved:
%1</translation>
    </message>
    <message>
        <source>Feeds exported to %1</source>
        <translation>Feeds exported to %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; nothing was stored from them.</source>
        <translation>
            <numerusform>%n file could not be imported; nothing was stored from them.</numerusform>
            <numerusform>%n files could not be imported; nothing was stored from them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::app::FeedTree</name>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Type a search, then choose Search › Save this search to keep it here.</source>
        <translation>Type a search, then choose Search › Save this search to keep it here.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>The companies most cited across your library; click one to list its articles.</source>
        <translation>The companies most cited across your library; click one to list its articles.</translation>
    </message>
    <message>
        <source>Remove this saved search</source>
        <translation>Remove this saved search</translation>
    </message>
    <message>
        <source>Feeds › Add a feed… subscribes to a site; Feeds › Import… reads an OPML list.</source>
        <translation>Feeds › Add a feed… subscribes to a site; Feeds › Import… reads an OPML list.</translation>
    </message>
    <message>
        <source>Feeds › Add a feed…</source>
        <translation>Feeds › Add a feed…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>veille::app::LibraryProblemDialog</name>
    <message>
        <source>Veille: library not opened</source>
        <translation>Veille: library not opened</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>Start a new library</translation>
    </message>
    <message>
        <source>Creates an empty library beside this one and opens it from now on.</source>
        <translation>Creates an empty library beside this one and opens it from now on.</translation>
    </message>
    <message>
        <source>Open another library…</source>
        <translation>Open another library…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The file %1 is not a Veille library.</source>
        <translation>The file %1 is not a Veille library.</translation>
    </message>
    <message>
        <source>The library %1 is damaged and cannot be read.</source>
        <translation>The library %1 is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The library %1 was saved by a newer version of Veille.</source>
        <translation>The library %1 was saved by a newer version of Veille.</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened.</source>
        <translation>The library %1 cannot be opened.</translation>
    </message>
    <message>
        <source>It may belong to another program, or have been overwritten.</source>
        <translation>It may belong to another program, or have been overwritten.</translation>
    </message>
    <message>
        <source>Its contents could not be read: part of it may have been lost in a crash, a full disk or a faulty copy.</source>
        <translation>Its contents could not be read: part of it may have been lost in a crash, a full disk or a faulty copy.</translation>
    </message>
    <message>
        <source>This version of Veille cannot read it without risking your articles. Install the newer version to open it.</source>
        <translation>This version of Veille cannot read it without risking your articles. Install the newer version to open it.</translation>
    </message>
    <message>
        <source>Check that it is a file, not a folder, and that you are allowed to read and write where it is.</source>
        <translation>Check that it is a file, not a folder, and that you are allowed to read and write where it is.</translation>
    </message>
    <message>
        <source>Veille has not changed, moved or deleted it: keep it to recover its articles later.</source>
        <translation>Veille has not changed, moved or deleted it: keep it to recover its articles later.</translation>
    </message>
    <message>
        <source>You can start a new, empty library beside it, open another library, or quit.</source>
        <translation>You can start a new, empty library beside it, open another library, or quit.</translation>
    </message>
</context>
<context>
    <name>veille::app::MainWindow</name>
    <message>
        <source>Updating the key facts of the library: %1 of %2</source>
        <translation>Updating the key facts of the library: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Key facts updated for %n article(s)</source>
        <translation>
            <numerusform>Key facts updated for %n article</numerusform>
            <numerusform>Key facts updated for %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>About Veille</source>
        <translation>About Veille</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veille %1&lt;/h3&gt;&lt;p&gt;A news reader for people who follow companies: it keeps your articles on your computer and finds their key facts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veille %1&lt;/h3&gt;&lt;p&gt;A news reader for people who follow companies: it keeps your articles on your computer and finds their key facts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Veille</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Feeds</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;All articles</source>
        <translation>&amp;All articles</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Unread</translation>
    </message>
    <message>
        <source>&amp;Favourites</source>
        <translation>&amp;Favourites</translation>
    </message>
    <message>
        <source>&amp;Highlight key facts</source>
        <translation>&amp;Highlight key facts</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
    <message>
        <source>&amp;Français</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>&amp;Next article</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>&amp;Previous article</translation>
    </message>
    <message>
        <source>Scroll or go to the next article</source>
        <translation>Scroll or go to the next article</translation>
    </message>
    <message>
        <source>Add to or remove from &amp;favourites</source>
        <translation>Add to or remove from &amp;favourites</translation>
    </message>
    <message>
        <source>Mark as &amp;read or unread</source>
        <translation>Mark as &amp;read or unread</translation>
    </message>
    <message>
        <source>&amp;Open in the web browser</source>
        <translation>&amp;Open in the web browser</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Save this search</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Veille</source>
        <translation>&amp;About Veille</translation>
    </message>
    <message>
        <source>This article is no longer in the library.</source>
        <translation>This article is no longer in the library.</translation>
    </message>
    <message numerus="yes">
        <source>%n best results shown</source>
        <translation>
            <numerusform>%n best results shown</numerusform>
            <numerusform>%n best results shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n article loaded, more as you scroll</numerusform>
            <numerusform>%n articles loaded, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to favourites</source>
        <translation>Added to favourites</translation>
    </message>
    <message>
        <source>Removed from favourites</source>
        <translation>Removed from favourites</translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translation>Marked as read</translation>
    </message>
    <message>
        <source>Marked as unread</source>
        <translation>Marked as unread</translation>
    </message>
    <message>
        <source>This article has no web address: it was imported from a file.</source>
        <translation>This article has no web address: it was imported from a file.</translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>Type a search first, then save it.</translation>
    </message>
</context>
<context>
    <name>veille::app::SearchBar</name>
    <message>
        <source>Search (Ctrl+F or /): words, &quot;phrases&quot;, company:Name, fav:yes, lang:fr</source>
        <translation>Search (Ctrl+F or /): words, "phrases", company:Name, fav:yes, lang:fr</translation>
    </message>
    <message>
        <source>Words must all appear; &quot;exact phrase&quot;; invest* for a prefix; a OR b; -word to exclude;
company:Name for every article about a company; fav:yes, read:no, lang:fr or lang:en.</source>
        <translation>Words must all appear; "exact phrase"; invest* for a prefix; a OR b; -word to exclude;
company:Name for every article about a company; fav:yes, read:no, lang:fr or lang:en.</translation>
    </message>
</context>
<context>
    <name>veille::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Load images from the web when reading</source>
        <translation>Load images from the web when reading</translation>
    </message>
    <message>
        <source>Off: opening an article contacts nobody.</source>
        <translation>Off: opening an article contacts nobody.</translation>
    </message>
    <message>
        <source>Highlight key facts in the text</source>
        <translation>Highlight key facts in the text</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>A new library location takes effect the next time Veille starts.</source>
        <translation>A new library location takes effect the next time Veille starts.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Refresh feeds every:</source>
        <translation>Refresh feeds every:</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>Reading:</translation>
    </message>
    <message>
        <source>Library file:</source>
        <translation>Library file:</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Library file</translation>
    </message>
    <message>
        <source>Veille library (*.sqlite)</source>
        <translation>Veille library (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>veille::app::ShortcutsDialog</name>
    <message>
        <source>J or N</source>
        <translation>J or N</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Next article</translation>
    </message>
    <message>
        <source>K or P</source>
        <translation>K or P</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Scroll the article; at its end, go to the next one</source>
        <translation>Scroll the article; at its end, go to the next one</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>Add to or remove from favourites</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Mark as read or unread</source>
        <translation>Mark as read or unread</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Open the original in the web browser</source>
        <translation>Open the original in the web browser</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Show or hide the highlighted key facts</source>
        <translation>Show or hide the highlighted key facts</translation>
    </message>
    <message>
        <source>Ctrl+F or /</source>
        <translation>Ctrl+F or /</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Leave the search field</source>
        <translation>Leave the search field</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3</translation>
    </message>
    <message>
        <source>All articles, Unread, Favourites</source>
        <translation>All articles, Unread, Favourites</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
</TS>
