<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>veille::app::AccountsDialog</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account %1 removed; %n favourite(s) kept.</source>
        <translation>
            <numerusform>Account %1 removed; %n favourite kept.</numerusform>
            <numerusform>Account %1 removed; %n favourites kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::app::Announcer</name>
    <message numerus="yes">
        <source>%1: %n new article(s)</source>
        <extracomment>%1 a followed company or search; then how many new articles it has.</extracomment>
        <translation>
            <numerusform>%1: %n new article</numerusform>
            <numerusform>%1: %n new articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::app::CompanyActions</name>
    <message numerus="yes">
        <source>%1 found in %n article(s)</source>
        <translation>
            <numerusform>%1 found in %n article</numerusform>
            <numerusform>%1 found in %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::app::CompanyPage</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n article(s)</source>
        <extracomment>The timeline shows one week: %1 its first day, then how many articles it has.</extracomment>
        <translation>
            <numerusform>Week of %1: %n article</numerusform>
            <numerusform>Week of %1: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread article(s)</source>
        <translation>
            <numerusform>%n unread article</numerusform>
            <numerusform>%n unread articles</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n new article(s) imported</source>
        <translation>
            <numerusform>%n new article imported</numerusform>
            <numerusform>%n new articles imported</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread article(s)</source>
        <translation>
            <numerusform>%n unread article</numerusform>
            <numerusform>%n unread articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::app::ListExporter</name>
    <message numerus="yes">
        <source>%n article(s) exported to %1</source>
        <translation>
            <numerusform>%n article exported to %1</numerusform>
            <numerusform>%n articles exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::app::MainWindow</name>
    <message numerus="yes">
        <source>Key facts updated for %n article(s)</source>
        <translation>
            <numerusform>Key facts updated for %n article</numerusform>
            <numerusform>Key facts updated for %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n best results shown</source>
        <translation>
            <numerusform>%n best result shown</numerusform>
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
</context>
<context>
    <name>veille::app::SyncController</name>
    <message numerus="yes">
        <source>Sync: %n account(s) failed</source>
        <translation>
            <numerusform>Sync: %n account failed</numerusform>
            <numerusform>Sync: %n accounts failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n new article(s)</source>
        <translation>
            <numerusform>Sync done: %n new article</numerusform>
            <numerusform>Sync done: %n new articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::app::WeekChart</name>
    <message numerus="yes">
        <source>Week of %1: %n article(s)</source>
        <extracomment>Tooltip of a bar of the chart: %1 the week&apos;s first day; then the number of articles.</extracomment>
        <translation>
            <numerusform>Week of %1: %n article</numerusform>
            <numerusform>Week of %1: %n articles</numerusform>
        </translation>
    </message>
</context>
</TS>
