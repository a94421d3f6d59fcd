<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AccountText</name>
    <message>
        <source>Tiny Tiny RSS</source>
        <extracomment>The name of a news server program; keep it as it is.</extracomment>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>When an account last synced: never yet.</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is a folder, not a library file.</source>
        <translation>C’est un dossier, pas un fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>This file is not a Veille library (not an SQLite database); it was left untouched.</source>
        <translation>Ce fichier n’est pas une bibliothèque Veille (ce n’est pas une base SQLite)&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The library file is damaged and cannot be read; it was left untouched.</source>
        <translation>Le fichier de la bibliothèque est endommagé et ne peut pas être lu&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The library was written by a newer version of Veille (schema %1); it was left untouched.</source>
        <translation>La bibliothèque a été écrite par une version plus récente de Veille (schéma %1)&#xa0;; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The library file cannot be opened.</source>
        <translation>Le fichier de la bibliothèque ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The library is busy in another program; try again in a moment.</source>
        <translation>La bibliothèque est occupée par un autre programme&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The library is read-only: nothing could be saved.</source>
        <translation>La bibliothèque est en lecture seule&#xa0;: rien n’a pu être enregistré.</translation>
    </message>
    <message>
        <source>The disk is full: what was being written was not saved.</source>
        <translation>Le disque est plein&#xa0;: ce qui était en cours d’écriture n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The disk could not be read or written.</source>
        <translation>Le disque n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The library reported an error.</source>
        <translation>La bibliothèque a signalé une erreur.</translation>
    </message>
    <message>
        <source>This build of Veille lacks the library upgrade step %1.</source>
        <translation>Il manque à cette version de Veille l’étape %1 de mise à niveau de la bibliothèque.</translation>
    </message>
    <message>
        <source>Search is unavailable: this SQLite has no full-text search (FTS5).</source>
        <translation>La recherche est indisponible&#xa0;: ce SQLite n’a pas la recherche plein texte (FTS5).</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Il n’y a pas d’article d’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no feed %1.</source>
        <translation>Il n’y a pas de flux %1.</translation>
    </message>
    <message>
        <source>The demo article %1 is missing from this build.</source>
        <translation>L’article de démonstration %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>C’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Le fichier ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The file is too large to import (the limit is %1 MB).</source>
        <translation>Le fichier est trop gros pour être importé (la limite est de %1 Mo).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is binary data, not an article or a feed.</source>
        <translation>Le fichier contient des données binaires, ni un article ni un flux.</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>Le fichier ne contient aucun texte.</translation>
    </message>
    <message>
        <source>The file&apos;s format is not one Veille reads.</source>
        <translation>Veille ne sait pas lire le format de ce fichier.</translation>
    </message>
    <message>
        <source>This is not a feed.</source>
        <translation>Ce n’est pas un flux.</translation>
    </message>
    <message>
        <source>This is a web page, not a feed.</source>
        <translation>C’est une page web, pas un flux.</translation>
    </message>
    <message>
        <source>This is a subscription list (OPML), not a feed; import it instead.</source>
        <translation>C’est une liste d’abonnements (OPML), pas un flux&#xa0;; importez-la plutôt.</translation>
    </message>
    <message>
        <source>This is not a feed: the XML root element &lt;%1&gt; is not RSS or Atom.</source>
        <translation>Ce n’est pas un flux&#xa0;: l’élément racine XML &lt;%1&gt; n’est ni RSS ni Atom.</translation>
    </message>
    <message>
        <source>The XML is malformed.</source>
        <translation>Le XML est mal formé.</translation>
    </message>
    <message>
        <source>The JSON is malformed.</source>
        <translation>Le JSON est mal formé.</translation>
    </message>
    <message>
        <source>This JSON is not a JSON Feed.</source>
        <translation>Ce JSON n’est pas un JSON Feed.</translation>
    </message>
    <message>
        <source>The subscription list is empty.</source>
        <translation>La liste d’abonnements est vide.</translation>
    </message>
    <message>
        <source>This is not a subscription list (OPML): the root element is &lt;%1&gt;.</source>
        <translation>Ce n’est pas une liste d’abonnements (OPML)&#xa0;: l’élément racine est &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>No article text was found.</source>
        <translation>Aucun texte d’article n’a été trouvé.</translation>
    </message>
    <message>
        <source>No feed was found at this address.</source>
        <translation>Aucun flux n’a été trouvé à cette adresse.</translation>
    </message>
    <message>
        <source>No feed was found at this address (addresses tried: %1).</source>
        <translation>Aucun flux n’a été trouvé à cette adresse (adresses essayées&#xa0;: %1).</translation>
    </message>
    <message>
        <source>%1 is a file, not a web address; import the file again to update it.</source>
        <translation>%1 est un fichier, pas une adresse web&#xa0;; importez de nouveau le fichier pour le mettre à jour.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object with a &quot;text&quot; string.</source>
        <translation>La ligne %1 n’est pas un objet JSON avec une chaîne «&#xa0;text&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation>%1 n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The server answered with an error: HTTP %1.</source>
        <translation>Le serveur a répondu par une erreur&#xa0;: HTTP %1.</translation>
    </message>
    <message>
        <source>The answer from %1 is too large; it was not downloaded.</source>
        <translation>La réponse de %1 est trop volumineuse&#xa0;; elle n’a pas été téléchargée.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering in full.</source>
        <translation>%1 a fermé la connexion avant d’avoir entièrement répondu.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Le serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 took too long to answer; Veille gave up.</source>
        <translation>%1 a mis trop de temps à répondre&#xa0;; Veille a abandonné.</translation>
    </message>
    <message>
        <source>The secure connection failed.</source>
        <translation>La connexion sécurisée a échoué.</translation>
    </message>
    <message>
        <source>The network is unavailable.</source>
        <translation>Le réseau est indisponible.</translation>
    </message>
    <message>
        <source>The proxy failed.</source>
        <translation>Le proxy a échoué.</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>Le téléchargement a échoué.</translation>
    </message>
    <message>
        <source>The answer could not be decompressed (Content-Encoding: %1).</source>
        <translation>La réponse n’a pas pu être décompressée (Content-Encoding&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Too many redirects; the last one was to %1.</source>
        <translation>Trop de redirections&#xa0;; la dernière menait à %1.</translation>
    </message>
    <message>
        <source>The redirects go round in a loop back to %1.</source>
        <translation>Les redirections tournent en boucle et reviennent à %1.</translation>
    </message>
    <message>
        <source>The server redirected without saying where.</source>
        <translation>Le serveur a redirigé sans dire vers où.</translation>
    </message>
    <message>
        <source>The server redirected to %1, which is not a web address.</source>
        <translation>Le serveur a redirigé vers %1, qui n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The feed is malformed (%1); the items before the fault were kept.</source>
        <translation>Le flux est mal formé (%1)&#xa0;; les articles qui précèdent l’erreur ont été gardés.</translation>
    </message>
    <message>
        <source>The JSON is cut off or malformed at offset %1; the items before it were kept.</source>
        <translation>Le JSON est tronqué ou mal formé à la position %1&#xa0;; les articles qui précèdent ont été gardés.</translation>
    </message>
    <message>
        <source>Entity declarations in the DOCTYPE were ignored.</source>
        <translation>Les déclarations d’entités du DOCTYPE ont été ignorées.</translation>
    </message>
    <message>
        <source>Characters that XML forbids were removed.</source>
        <translation>Des caractères interdits en XML ont été retirés.</translation>
    </message>
    <message>
        <source>The feed moved to %1, which is already another feed; its address was kept.</source>
        <translation>Le flux a déménagé vers %1, qui est déjà un autre flux&#xa0;; son adresse a été gardée.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Erreur inconnue.</translation>
    </message>
    <message>
        <source>No company is known by the name “%1”.</source>
        <translation>Aucune entreprise ne porte le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A company needs a name: it cannot be empty or only spaces.</source>
        <translation>Une entreprise doit avoir un nom&#xa0;: il ne peut pas être vide ni fait seulement d’espaces.</translation>
    </message>
    <message>
        <source>The name “%1” is already used by another company; nothing was changed.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est déjà celui d’une autre entreprise&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is one of Veille&apos;s built-in companies: only companies you added can be changed or removed.</source>
        <translation>%1 fait partie des entreprises connues de Veille&#xa0;: seules les entreprises que vous avez ajoutées peuvent être modifiées ou supprimées.</translation>
    </message>
    <message>
        <source>This is not a file of companies exported by Veille; nothing was imported.</source>
        <translation>Ce n’est pas un fichier d’entreprises exporté par Veille&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Addresses that were not web pages (javascript:, file:...) were left out: %1; the articles and feeds they belonged to were kept.</source>
        <translation>Des adresses qui n’étaient pas des pages web (javascript:, file:…) ont été écartées&#xa0;: %1&#xa0;; les articles et les flux auxquels elles appartenaient ont été gardés.</translation>
    </message>
    <message>
        <source>The server refused the user name or password of %1.</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe de %1.</translation>
    </message>
    <message>
        <source>The server does not allow %1 to use its API; enable API access in its preferences.</source>
        <translation>Le serveur n’autorise pas %1 à utiliser son API&#xa0;; activez l’accès à l’API dans ses préférences.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 is not what its protocol promises; nothing of it was used.</source>
        <translation>La réponse du serveur à %1 n’est pas celle que promet son protocole&#xa0;; rien n’en a été utilisé.</translation>
    </message>
    <message>
        <source>The server refused a request (%1).</source>
        <translation>Le serveur a refusé une requête (%1).</translation>
    </message>
    <message>
        <source>The server sent Veille to %1; use that address for the account.</source>
        <translation>Le serveur a renvoyé Veille vers %1&#xa0;; utilisez cette adresse pour le compte.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n’y a pas de compte %1.</translation>
    </message>
    <message>
        <source>The account %1 is already there.</source>
        <translation>Le compte %1 existe déjà.</translation>
    </message>
    <message>
        <source>Veille cannot speak to servers of type %1.</source>
        <translation>Veille ne sait pas dialoguer avec les serveurs de type %1.</translation>
    </message>
    <message>
        <source>The password of %1 is not stored any more; add the account again.</source>
        <translation>Le mot de passe de %1 n’est plus enregistré&#xa0;; ajoutez de nouveau le compte.</translation>
    </message>
    <message>
        <source>The keychain could not keep or give the password.</source>
        <translation>Le trousseau n’a pas pu garder ou donner le mot de passe.</translation>
    </message>
    <message>
        <source>No keychain is running: the password is kept in %1, readable only by you.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: le mot de passe est gardé dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>An item of the feed is malformed (%1); the items after it were kept.</source>
        <translation>Un article du flux est mal formé (%1)&#xa0;; les articles qui le suivent ont été gardés.</translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <source>Upgrading your library for this version of Veille…
This happens once; a large library can take a minute.</source>
        <translation>Mise à niveau de votre bibliothèque pour cette version de Veille…
Cela n’arrive qu’une fois&#xa0;; une grande bibliothèque peut prendre une minute.</translation>
    </message>
    <message>
        <source>Veille</source>
        <extracomment>The application&apos;s name: keep it as it is.</extracomment>
        <translation>Veille</translation>
    </message>
    <message>
        <source>Opened %1. The library that could not be opened is still at %2, unchanged.</source>
        <translation>Bibliothèque ouverte&#xa0;: %1. Celle qui n’a pas pu être ouverte est toujours à %2, intacte.</translation>
    </message>
    <message>
        <source>Open a library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Veille libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Bibliothèques Veille (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Veille, a news reader that finds the key facts</source>
        <translation>Veille, un lecteur d’actualités qui trouve les faits clés</translation>
    </message>
    <message>
        <source>Library file to open.</source>
        <extracomment>Placeholders in capitals (FILE, LANG, ID, QUERY) name the value typed after the option.</extracomment>
        <translation>Fichier de bibliothèque à ouvrir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation>Langue de l’interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Article to select.</source>
        <translation>Article à sélectionner.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Search to run.</source>
        <translation>Recherche à lancer.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>REQUÊTE</translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>Enregistrer la fenêtre dans un PNG et quitter.</translation>
    </message>
    <message>
        <source>Company whose page to open.</source>
        <translation>Entreprise dont ouvrir la page.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Utiliser des couleurs sombres.</translation>
    </message>
    <message>
        <source>Window size for the screenshot, as WIDTHxHEIGHT.</source>
        <translation>Taille de la fenêtre pour la capture, en LARGEURxHAUTEUR.</translation>
    </message>
    <message>
        <source>Open Settings › Accounts (with --screenshot: render it).</source>
        <translation>Ouvrir Paramètres › Comptes (avec --screenshot&#xa0;: en faire l’image).</translation>
    </message>
</context>
<context>
    <name>veille::app::AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Veille syncs your subscriptions and what you read or star with a %1 server.</source>
        <translation>Veille synchronise vos abonnements et ce que vous lisez ou mettez en favori avec un serveur %1.</translation>
    </message>
    <message>
        <source>https://rss.example.org/tt-rss/</source>
        <translation>https://rss.exemple.org/tt-rss/</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keychain; where none runs, in a file beside the library that only you can read.</source>
        <translation>Le mot de passe est gardé dans le trousseau du bureau&#xa0;; à défaut, dans un fichier à côté de la bibliothèque que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected: the server accepted %1.</source>
        <translation>Connecté&#xa0;: le serveur a accepté %1.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>veille::app::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Sync servers keep your subscriptions and what you read or star the same on every computer and phone you read on.</source>
        <translation>Les serveurs de synchronisation gardent vos abonnements et ce que vous lisez ou mettez en favori identiques sur chaque ordinateur et téléphone où vous lisez.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Quand synchroniser</translation>
    </message>
    <message>
        <source>Sync when Veille starts</source>
        <translation>Synchroniser au démarrage de Veille</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Toutes les %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Toutes les %n heure</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync on a timer:</source>
        <translation>Synchroniser régulièrement&#xa0;:</translation>
    </message>
    <message>
        <source>Feeds › Refresh all feeds (F5) also syncs every account.</source>
        <translation>Flux › Actualiser tous les flux (F5) synchronise aussi chaque compte.</translation>
    </message>
    <message>
        <source>No account yet: Add… connects Veille to a server.</source>
        <translation>Aucun compte pour l’instant&#xa0;: Ajouter… connecte Veille à un serveur.</translation>
    </message>
    <message>
        <source>A sync is under way; try again when it is over.</source>
        <translation>Une synchronisation est en cours&#xa0;; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Account %1 added: refresh all feeds (F5) to sync it.</source>
        <translation>Compte %1 ajouté&#xa0;: actualisez tous les flux (F5) pour le synchroniser.</translation>
    </message>
    <message>
        <source>Account %1 added: refresh all feeds (F5) to sync it. %2</source>
        <translation>Compte %1 ajouté&#xa0;: actualisez tous les flux (F5) pour le synchroniser. %2</translation>
    </message>
    <message>
        <source>Remove the account %1?

Its feeds and their articles leave the library. Your favourites are kept, as articles of no feed. The server keeps everything.</source>
        <translation>Supprimer le compte %1&#xa0;?

Ses flux et leurs articles quittent la bibliothèque. Vos favoris sont conservés, comme articles sans flux. Le serveur garde tout.</translation>
    </message>
    <message numerus="yes">
        <source>Account %1 removed; %n favourite(s) kept.</source>
        <translation>
            <numerusform>Compte %1 supprimé&#xa0;; %n favori conservé.</numerusform>
            <numerusform>Compte %1 supprimé&#xa0;; %n favoris conservés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::app::Announcer</name>
    <message numerus="yes">
        <source>%1: %n new article(s)</source>
        <extracomment>%1 a followed company or search; then how many new articles it has.</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %n nouvel article</numerusform>
            <numerusform>%1&#xa0;: %n nouveaux articles</numerusform>
        </translation>
    </message>
    <message>
        <source>New articles in your watchlist</source>
        <translation>Nouveaux articles dans votre suivi</translation>
    </message>
    <message>
        <source>Open the page of %1</source>
        <translation>Ouvrir la page de %1</translation>
    </message>
</context>
<context>
    <name>veille::app::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>Source column of an article that came from a file rather than a feed.</extracomment>
        <translation>Importé</translation>
    </message>
    <message>
        <source>In favourites: click to remove</source>
        <translation>Dans les favoris&#xa0;: cliquer pour retirer</translation>
    </message>
    <message>
        <source>Click to add to favourites</source>
        <translation>Cliquer pour ajouter aux favoris</translation>
    </message>
    <message>
        <source>Favourite</source>
        <extracomment>Tooltip of the star column&apos;s header: whether an article is a favourite.</extracomment>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column header: the article&apos;s title.</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: the feed an article comes from.</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column header: the day an article was published.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lang.</source>
        <extracomment>Column header, kept short: the language an article is written in.</extracomment>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>veille::app::ArticlePane</name>
    <message>
        <source>Follow “%1” as a company…</source>
        <translation>Suivre «&#xa0;%1&#xa0;» comme entreprise…</translation>
    </message>
</context>
<context>
    <name>veille::app::ArticleRenderer</name>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Imported article</source>
        <translation>Article importé</translation>
    </message>
    <message>
        <source>In favourites (remove)</source>
        <translation>Dans les favoris (retirer)</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Open the original ↗</source>
        <translation>Ouvrir l’original ↗</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Faits clés</translation>
    </message>
    <message>
        <source>from the article</source>
        <extracomment>Where the key facts box&apos;s points come from: the article&apos;s own points, or its &quot;summary&quot; (a noun).</extracomment>
        <translation>de l’article</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Pourcentages</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>This article has no text here. Open the original to read it.</source>
        <translation>Cet article n’a pas de texte ici. Ouvrez l’original pour le lire.</translation>
    </message>
    <message>
        <source>Highlighting:</source>
        <translation>Surlignage&#xa0;:</translation>
    </message>
    <message>
        <source>company</source>
        <extracomment>The legend&apos;s kinds of key fact: company, organisation, person, place, amount, percentage, date.</extracomment>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>click a company to list all its articles</source>
        <translation>cliquer sur une entreprise affiche tous ses articles</translation>
    </message>
    <message>
        <source>H hides the highlighting</source>
        <translation>H masque le surlignage</translation>
    </message>
    <message>
        <source>Highlighting is off. Press H to show the key facts in the text.</source>
        <translation>Le surlignage est désactivé. Appuyez sur H pour montrer les faits clés dans le texte.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
</context>
<context>
    <name>veille::app::CompanyActions</name>
    <message>
        <source>Looking for %1 in the library: %2 of %3</source>
        <translation>Recherche de %1 dans la bibliothèque&#xa0;: %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 found in %n article(s)</source>
        <translation>
            <numerusform>%1 trouvée dans %n article</numerusform>
            <numerusform>%1 trouvée dans %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a company…</source>
        <translation>&amp;Ajouter une entreprise…</translation>
    </message>
    <message>
        <source>&amp;Edit one of your companies…</source>
        <translation>&amp;Modifier une de vos entreprises…</translation>
    </message>
    <message>
        <source>&amp;Remove one of your companies…</source>
        <translation>&amp;Retirer une de vos entreprises…</translation>
    </message>
    <message>
        <source>Edit a company</source>
        <translation>Modifier une entreprise</translation>
    </message>
    <message>
        <source>You have no companies of your own yet: Companies › Add a company… adds one.</source>
        <translation>Vous n’avez encore aucune entreprise à vous&#xa0;: Entreprises › Ajouter une entreprise… en ajoute une.</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Remove a company</source>
        <translation>Retirer une entreprise</translation>
    </message>
    <message>
        <source>Remove %1 from your companies? Articles stay; they are no longer linked to it.</source>
        <translation>Retirer %1 de vos entreprises&#xa0;? Les articles restent&#xa0;; ils ne lui sont plus liés.</translation>
    </message>
    <message>
        <source>%1 removed from your companies</source>
        <translation>%1 retirée de vos entreprises</translation>
    </message>
    <message>
        <source>Give the company a name: it cannot be empty or only spaces.</source>
        <translation>Donnez un nom à l’entreprise&#xa0;: il ne peut pas être vide ni fait seulement d’espaces.</translation>
    </message>
    <message>
        <source>Follow as a company</source>
        <translation>Suivre comme entreprise</translation>
    </message>
</context>
<context>
    <name>veille::app::CompanyController</name>
    <message>
        <source>Following %1: its new articles will be announced</source>
        <translation>Vous suivez %1&#xa0;: ses nouveaux articles seront annoncés</translation>
    </message>
    <message>
        <source>No longer following %1</source>
        <translation>Vous ne suivez plus %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
</context>
<context>
    <name>veille::app::CompanyDialog</name>
    <message>
        <source>Add a company</source>
        <translation>Ajouter une entreprise</translation>
    </message>
    <message>
        <source>Edit a company</source>
        <translation>Modifier une entreprise</translation>
    </message>
    <message>
        <source>Mistral AI</source>
        <translation>Mistral AI</translation>
    </message>
    <message>
        <source>Mistral
(one other name a line)</source>
        <translation>Mistral
(un autre nom par ligne)</translation>
    </message>
    <message>
        <source>Match the capitals exactly</source>
        <translation>Respecter exactement les majuscules</translation>
    </message>
    <message>
        <source>For a name that is also a common word: &quot;Orange&quot; the company, not the fruit.</source>
        <translation>Pour un nom qui est aussi un mot courant&#xa0;: «&#xa0;Orange&#xa0;» l’entreprise, pas le fruit.</translation>
    </message>
    <message>
        <source>Veille finds the company in every article already in the library, and in every new one.</source>
        <translation>Veille trouve l’entreprise dans chaque article déjà présent dans la bibliothèque, et dans chaque nouvel article.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>&amp;Autres noms&#xa0;:</translation>
    </message>
    <message>
        <source>Give the company a name: it cannot be empty or only spaces.</source>
        <translation>Donnez un nom à l’entreprise&#xa0;: il ne peut pas être vide ni fait seulement d’espaces.</translation>
    </message>
</context>
<context>
    <name>veille::app::CompanyPage</name>
    <message>
        <source>Reading the library…</source>
        <translation>Lecture de la bibliothèque…</translation>
    </message>
    <message>
        <source>Also known as %1</source>
        <extracomment>Before a company&apos;s other names: &quot;Also known as Hon Hai, 鴻海&quot;.</extracomment>
        <translation>Aussi appelée %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>one of your companies</source>
        <translation>une de vos entreprises</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Ne plus suivre</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Stop announcing this company&apos;s new articles</source>
        <translation>Ne plus annoncer les nouveaux articles de cette entreprise</translation>
    </message>
    <message>
        <source>Add this company to the watchlist and announce its new articles</source>
        <translation>Ajouter cette entreprise au suivi et annoncer ses nouveaux articles</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n article(s)</source>
        <extracomment>The timeline shows one week: %1 its first day, then how many articles it has.</extracomment>
        <translation>
            <numerusform>Semaine du %1&#xa0;: %n article</numerusform>
            <numerusform>Semaine du %1&#xa0;: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles, newest first (%1)</source>
        <translation>Articles, du plus récent au plus ancien (%1)</translation>
    </message>
    <message>
        <source>Amounts announced (%1)</source>
        <translation>Montants annoncés (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A person and the role an article gives them: &quot;Young Liu — président de Foxconn&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personnes (%1)</translation>
    </message>
    <message>
        <source>Open the page of %1</source>
        <translation>Ouvrir la page de %1</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no company or place</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Companies</source>
        <extracomment>Companies named in the same articles as this one.</extracomment>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Mentioned with it</source>
        <translation>Citées avec elle</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Articles per week, last 26 weeks</source>
        <translation>Articles par semaine, 26 dernières semaines</translation>
    </message>
    <message>
        <source>Show every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Person and role</source>
        <translation>Personne et rôle</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message numerus="yes">
        <source>%n unread article(s)</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::app::DateLabel</name>
    <message>
        <source>saved %1</source>
        <extracomment>List&apos;s date column of an article with no published date: the day it was saved (&quot;saved 3 Dec&quot;).</extracomment>
        <translation>enregistré le %1</translation>
    </message>
    <message>
        <source>saved on %1</source>
        <extracomment>Details of an article with no published date: the day it was saved (&quot;saved on Thursday 3 December 2026&quot;).</extracomment>
        <translation>enregistré le %1</translation>
    </message>
</context>
<context>
    <name>veille::app::EmptyState</name>
    <message>
        <source>Choose an article</source>
        <translation>Choisissez un article</translation>
    </message>
    <message>
        <source>Click an article in the list, or press J to open the next one. Its key facts are highlighted by kind.</source>
        <translation>Cliquez sur un article de la liste, ou appuyez sur J pour ouvrir le suivant. Ses faits clés sont surlignés par type.</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Votre bibliothèque est vide</translation>
    </message>
    <message>
        <source>Use Feeds › Add a feed…, or Feeds › Import a file or OPML list… for articles and subscriptions you already have.</source>
        <translation>Utilisez Flux › Ajouter un flux…, ou Flux › Importer un fichier ou une liste OPML… pour les articles et abonnements que vous avez déjà.</translation>
    </message>
    <message>
        <source>Nothing left to read</source>
        <translation>Plus rien à lire</translation>
    </message>
    <message>
        <source>Every article has been read. Press M on an article to mark it unread again.</source>
        <translation>Tous les articles ont été lus. Appuyez sur M sur un article pour le marquer de nouveau comme non lu.</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Pas encore de favoris</translation>
    </message>
    <message>
        <source>Press S, or click the star beside an article, to keep it here.</source>
        <translation>Appuyez sur S, ou cliquez sur l’étoile à côté d’un article, pour le garder ici.</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Try fewer words, a prefix such as invest*, or company:Name. Accents and case do not matter.</source>
        <translation>Essayez moins de mots, un préfixe comme invest*, ou company:Nom. Les accents et la casse ne comptent pas.</translation>
    </message>
    <message>
        <source>No articles here</source>
        <translation>Aucun article ici</translation>
    </message>
    <message>
        <source>Choose All articles on the left to see the whole library.</source>
        <translation>Choisissez Tous les articles à gauche pour voir toute la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>veille::app::ExternalLink</name>
    <message>
        <source>This link was not opened: it is not a web address.</source>
        <translation>Ce lien n’a pas été ouvert&#xa0;: ce n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>This link was not opened: only web pages and mail addresses open outside Veille, not &quot;%1:&quot; addresses.</source>
        <extracomment>%1 is the refused scheme, e.g. &quot;javascript&quot; or &quot;file&quot;</extracomment>
        <translation>Ce lien n’a pas été ouvert&#xa0;: seules les pages web et les adresses de courriel s’ouvrent hors de Veille, pas les adresses «&#xa0;%1:&#xa0;».</translation>
    </message>
</context>
<context>
    <name>veille::app::FeedActions</name>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Actualisation de %n flux…</numerusform>
            <numerusform>Actualisation de %n flux…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing feeds: %1 of %2</source>
        <translation>Actualisation des flux&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Feeds refreshed: %n new article(s); some feeds failed, see their icons</source>
        <translation>
            <numerusform>Flux actualisés&#xa0;: %n nouvel article&#xa0;; certains flux ont échoué, voyez leur icône</numerusform>
            <numerusform>Flux actualisés&#xa0;: %n nouveaux articles&#xa0;; certains flux ont échoué, voyez leur icône</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds refreshed: %n new article(s)</source>
        <translation>
            <numerusform>Flux actualisés&#xa0;: %n nouvel article</numerusform>
            <numerusform>Flux actualisés&#xa0;: %n nouveaux articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>Abonné à %1</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>No feed could be added from %1:
%2</source>
        <translation>Aucun flux n’a pu être ajouté depuis %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>&amp;Add a feed…</source>
        <translation>&amp;Ajouter un flux…</translation>
    </message>
    <message>
        <source>&amp;Refresh all feeds</source>
        <translation>Actualiser &amp;tous les flux</translation>
    </message>
    <message>
        <source>Refresh &amp;this feed</source>
        <translation>Actualiser &amp;ce flux</translation>
    </message>
    <message>
        <source>&amp;Import a file or OPML list…</source>
        <translation>&amp;Importer un fichier ou une liste OPML…</translation>
    </message>
    <message>
        <source>&amp;Export feeds as OPML…</source>
        <translation>&amp;Exporter les flux en OPML…</translation>
    </message>
    <message>
        <source>Address of the feed, or of the site that has one:</source>
        <translation>Adresse du flux, ou du site qui en a un&#xa0;:</translation>
    </message>
    <message>
        <source>This is not a web address: %1</source>
        <translation>Ce n’est pas une adresse web&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looking for a feed at %1…</source>
        <translation>Recherche d’un flux à %1…</translation>
    </message>
    <message>
        <source>Choose a feed on the left first.</source>
        <translation>Choisissez d’abord un flux à gauche.</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Title of the file dialog that chooses files to import.</extracomment>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Articles, feeds and subscription lists (*.txt *.html *.htm *.rss *.xml *.atom *.json *.opml);;All files (*)</source>
        <translation>Articles, flux et listes d’abonnements (*.txt *.html *.htm *.rss *.xml *.atom *.json *.opml);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) imported</source>
        <translation>
            <numerusform>%n nouvel article importé</numerusform>
            <numerusform>%n nouveaux articles importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Export feeds</source>
        <translation>Exporter les flux</translation>
    </message>
    <message>
        <source>veille-feeds.opml</source>
        <translation>veille-flux.opml</translation>
    </message>
    <message>
        <source>Subscription lists (*.opml)</source>
        <translation>Listes d’abonnements (*.opml)</translation>
    </message>
    <message>
        <source>The list could not be saved:
%1</source>
        <translation>La liste n’a pas pu être enregistrée&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Feeds exported to %1</source>
        <translation>Flux exportés dans %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a file&apos;s path, %2 why it could not be imported.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; nothing was stored from them.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être importé&#xa0;; rien n’en a été enregistré.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être importés&#xa0;; rien n’en a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed &amp;properties…</source>
        <translation>&amp;Propriétés du flux…</translation>
    </message>
</context>
<context>
    <name>veille::app::FeedPropertiesDialog</name>
    <message>
        <source>Feed properties</source>
        <translation>Propriétés du flux</translation>
    </message>
    <message>
        <source>None (Folder/Subfolder)</source>
        <extracomment>Placeholder of the folder field: folders nest with a slash.</extracomment>
        <translation>Aucun (Dossier/Sous-dossier)</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes (keep the leading space).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>As in the settings</source>
        <translation>Comme dans les paramètres</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>After a number of days (keep the leading space).</extracomment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Quel que soit leur âge</translation>
    </message>
    <message>
        <source> articles</source>
        <extracomment>After a number of articles (keep the leading space).</extracomment>
        <translation> articles</translation>
    </message>
    <message>
        <source>Any number</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Fetch the whole article when the feed gives only a summary</source>
        <translation>Chercher l’article entier quand le flux n’en donne qu’un résumé</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>Actualiser toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Keep articles for:</source>
        <translation>Garder les articles&#xa0;:</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>En garder au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Load them</source>
        <translation>Les charger</translation>
    </message>
    <message>
        <source>Never load them</source>
        <translation>Ne jamais les charger</translation>
    </message>
    <message>
        <source>Keep the pictures of every new article for reading offline</source>
        <translation>Garder les images de chaque nouvel article pour les lire hors ligne</translation>
    </message>
    <message>
        <source>Images from the web:</source>
        <translation>Images du web&#xa0;:</translation>
    </message>
    <message>
        <source>Favourites are always kept, with their pictures for reading offline.</source>
        <translation>Les favoris sont toujours gardés, avec leurs images pour les lire hors ligne.</translation>
    </message>
</context>
<context>
    <name>veille::app::FeedTree</name>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <extracomment>The list of articles not read yet (plural).</extracomment>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Feeds</source>
        <extracomment>News feeds (RSS, Atom) the user subscribes to.</extracomment>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Type a search, then choose Search › Save this search to keep it here.</source>
        <translation>Tapez une recherche, puis choisissez Recherche › Enregistrer cette recherche pour la garder ici.</translation>
    </message>
    <message>
        <source>The companies most cited across your library; click one to list its articles.</source>
        <translation>Les entreprises les plus citées dans votre bibliothèque&#xa0;; cliquez sur l’une d’elles pour lister ses articles.</translation>
    </message>
    <message>
        <source>Remove this saved search</source>
        <translation>Supprimer cette recherche enregistrée</translation>
    </message>
    <message>
        <source>Feeds › Add a feed… subscribes to a site; Feeds › Import… reads an OPML list.</source>
        <translation>Flux › Ajouter un flux… abonne à un site&#xa0;; Flux › Importer… lit une liste OPML.</translation>
    </message>
    <message>
        <source>Feeds › Add a feed…</source>
        <translation>Flux › Ajouter un flux…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>None yet</source>
        <comment>no saved search or company yet</comment>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <extracomment>The sidebar&apos;s section of followed companies and searches.</extracomment>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Companies and searches you follow; their new articles are announced after each refresh.</source>
        <translation>Les entreprises et recherches que vous suivez&#xa0;; leurs nouveaux articles sont annoncés après chaque actualisation.</translation>
    </message>
    <message>
        <source>Follow a company from its page</source>
        <translation>Suivez une entreprise depuis sa page</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfollow this search</source>
        <translation>Ne plus suivre cette recherche</translation>
    </message>
    <message>
        <source>Follow this search: announce its new articles</source>
        <translation>Suivre cette recherche&#xa0;: annoncer ses nouveaux articles</translation>
    </message>
    <message numerus="yes">
        <source>%n unread article(s)</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::app::LanguageLabel</name>
    <message>
        <source>other</source>
        <comment>language</comment>
        <extracomment>List column: an article whose language could not be told.</extracomment>
        <translation>autre</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>une autre langue</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>en français</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en anglais</translation>
    </message>
    <message>
        <source>in another language</source>
        <translation>dans une autre langue</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>The language of an article in the pane&apos;s details: &quot;in Portuguese&quot;, &quot;in Russian&quot;.</extracomment>
        <translation>en %1</translation>
    </message>
</context>
<context>
    <name>veille::app::LibraryProblemDialog</name>
    <message>
        <source>Veille: library not opened</source>
        <translation>Veille&#xa0;: bibliothèque non ouverte</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>Commencer une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Creates an empty library beside this one and opens it from now on.</source>
        <translation>Crée une bibliothèque vide à côté de celle-ci et l’ouvre désormais.</translation>
    </message>
    <message>
        <source>Open another library…</source>
        <translation>Ouvrir une autre bibliothèque…</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Button: quit Veille without opening a library.</extracomment>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The file %1 is not a Veille library.</source>
        <translation>Le fichier %1 n’est pas une bibliothèque Veille.</translation>
    </message>
    <message>
        <source>The library %1 is damaged and cannot be read.</source>
        <translation>La bibliothèque %1 est endommagée et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The library %1 was saved by a newer version of Veille.</source>
        <translation>La bibliothèque %1 a été enregistrée par une version plus récente de Veille.</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened.</source>
        <translation>La bibliothèque %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>It may belong to another program, or have been overwritten.</source>
        <translation>Il appartient peut-être à un autre programme, ou a été écrasé.</translation>
    </message>
    <message>
        <source>Its contents could not be read: part of it may have been lost in a crash, a full disk or a faulty copy.</source>
        <translation>Son contenu n’a pas pu être lu&#xa0;: une partie a pu être perdue lors d’un plantage, d’un disque plein ou d’une copie défectueuse.</translation>
    </message>
    <message>
        <source>This version of Veille cannot read it without risking your articles. Install the newer version to open it.</source>
        <translation>Cette version de Veille ne peut pas la lire sans risquer vos articles. Installez la version plus récente pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Check that it is a file, not a folder, and that you are allowed to read and write where it is.</source>
        <translation>Vérifiez qu’il s’agit d’un fichier et non d’un dossier, et que vous avez le droit de lire et d’écrire à cet endroit.</translation>
    </message>
    <message>
        <source>Veille has not changed, moved or deleted it: keep it to recover its articles later.</source>
        <translation>Veille n’a rien modifié, déplacé ni supprimé&#xa0;: gardez ce fichier pour en récupérer les articles plus tard.</translation>
    </message>
    <message>
        <source>You can start a new, empty library beside it, open another library, or quit.</source>
        <translation>Vous pouvez commencer une nouvelle bibliothèque vide à côté, ouvrir une autre bibliothèque, ou quitter.</translation>
    </message>
</context>
<context>
    <name>veille::app::ListExporter</name>
    <message>
        <source>favourites</source>
        <comment>a file name: keep it lower case, no spaces</comment>
        <translation>favoris</translation>
    </message>
    <message>
        <source>unread</source>
        <comment>a file name: keep it lower case, no spaces</comment>
        <translation>non-lus</translation>
    </message>
    <message>
        <source>Veille brief</source>
        <extracomment>The title of an exported Markdown brief.</extracomment>
        <translation>Note de veille</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>undated</source>
        <extracomment>An article without a date, in an exported brief.</extracomment>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>Tableur, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Brief, Markdown (*.md)</source>
        <translation>Note, Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) exported to %1</source>
        <translation>
            <numerusform>%n article exporté dans %1</numerusform>
            <numerusform>%n articles exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be exported to %1:
%2</source>
        <translation>La liste n’a pas pu être exportée dans %1&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>veille::app::MainWindow</name>
    <message>
        <source>Updating the key facts of the library: %1 of %2</source>
        <translation>Mise à jour des faits clés de la bibliothèque&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Key facts updated for %n article(s)</source>
        <translation>
            <numerusform>Faits clés mis à jour pour %n article</numerusform>
            <numerusform>Faits clés mis à jour pour %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>About Veille</source>
        <translation>À propos de Veille</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veille %1&lt;/h3&gt;&lt;p&gt;A news reader for people who follow companies: it keeps your articles on your computer and finds their key facts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veille %1&lt;/h3&gt;&lt;p&gt;Un lecteur d’actualités pour qui suit des entreprises&#xa0;: il garde vos articles sur votre ordinateur et en trouve les faits clés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Veille</source>
        <extracomment>The application&apos;s name: keep it as it is.</extracomment>
        <translation>Veille</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;All articles</source>
        <translation>&amp;Tous les articles</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Non lus</translation>
    </message>
    <message>
        <source>&amp;Favourites</source>
        <translation>&amp;Favoris</translation>
    </message>
    <message>
        <source>&amp;Highlight key facts</source>
        <translation>&amp;Surligner les faits clés</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Français</source>
        <extracomment>A language&apos;s name stays in that language, so a reader of it finds it.</extracomment>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <extracomment>A language&apos;s name stays in that language, so a reader of it finds it.</extracomment>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>Scroll or go to the next article</source>
        <translation>Défiler ou passer à l’article suivant</translation>
    </message>
    <message>
        <source>Add to or remove from &amp;favourites</source>
        <translation>Ajouter aux &amp;favoris ou les retirer</translation>
    </message>
    <message>
        <source>Mark as &amp;read or unread</source>
        <translation>Marquer comme &amp;lu ou non lu</translation>
    </message>
    <message>
        <source>&amp;Open in the web browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <extracomment>Menu title (a noun): the menu of searches.</extracomment>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Veille</source>
        <translation>&amp;À propos de Veille</translation>
    </message>
    <message>
        <source>This article is no longer in the library.</source>
        <translation>Cet article n’est plus dans la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>%n best results shown</source>
        <translation>
            <numerusform>%n meilleur résultat affiché</numerusform>
            <numerusform>%n meilleurs résultats affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article trouvé</numerusform>
            <numerusform>%n articles trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n article chargé, d’autres en défilant</numerusform>
            <numerusform>%n articles chargés, d’autres en défilant</numerusform>
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
        <translation>Ajouté aux favoris</translation>
    </message>
    <message>
        <source>Removed from favourites</source>
        <translation>Retiré des favoris</translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translation>Marqué comme lu</translation>
    </message>
    <message>
        <source>Marked as unread</source>
        <translation>Marqué comme non lu</translation>
    </message>
    <message>
        <source>This article has no web address: it was imported from a file.</source>
        <translation>Cet article n’a pas d’adresse web&#xa0;: il a été importé d’un fichier.</translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>Tapez d’abord une recherche, puis enregistrez-la.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>The menu of files (File).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>&amp;Entreprises</translation>
    </message>
</context>
<context>
    <name>veille::app::ReadingActions</name>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Default size</source>
        <translation>Taille par &amp;défaut</translation>
    </message>
    <message>
        <source>Se&amp;rif (like print)</source>
        <translation>Avec &amp;empattements (comme sur papier)</translation>
    </message>
    <message>
        <source>S&amp;ans-serif (like a screen)</source>
        <translation>&amp;Sans empattements (comme à l’écran)</translation>
    </message>
</context>
<context>
    <name>veille::app::SearchBar</name>
    <message>
        <source>Search (Ctrl+F or /): words, &quot;phrases&quot;, company:Name, fav:yes, lang:fr</source>
        <translation>Rechercher (Ctrl+F ou /)&#xa0;: mots, &quot;expressions&quot;, company:Nom, fav:yes, lang:fr</translation>
    </message>
    <message>
        <source>Words must all appear; &quot;exact phrase&quot;; invest* for a prefix; a OR b; -word to exclude;
company:Name for every article about a company, org:Name about an organisation;
fav:yes, read:no, lang:fr or lang:en.</source>
        <translation>Tous les mots doivent figurer&#xa0;; &quot;expression exacte&quot;&#xa0;; invest* pour un préfixe&#xa0;; a OR b&#xa0;; -mot pour exclure&#xa0;;
company:Nom pour tous les articles sur une entreprise, org:Nom sur une organisation&#xa0;;
fav:yes, read:no, lang:fr ou lang:en.</translation>
    </message>
</context>
<context>
    <name>veille::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Français</source>
        <extracomment>A language&apos;s name stays in that language, so a reader of it finds it.</extracomment>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>A language&apos;s name stays in that language, so a reader of it finds it.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes between two refreshes (keep the leading space).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Refresh interval 0: feeds are never refreshed by themselves.</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Load images from the web when reading</source>
        <translation>Charger les images du web pendant la lecture</translation>
    </message>
    <message>
        <source>Off: opening an article contacts nobody.</source>
        <translation>Désactivé&#xa0;: ouvrir un article ne contacte personne.</translation>
    </message>
    <message>
        <source>Highlight key facts in the text</source>
        <translation>Surligner les faits clés dans le texte</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>A new library location takes effect the next time Veille starts.</source>
        <translation>Un nouvel emplacement de bibliothèque prend effet au prochain démarrage de Veille.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh feeds every:</source>
        <translation>Actualiser les flux toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Reading:</source>
        <extracomment>Label of the options about reading an article.</extracomment>
        <translation>Lecture&#xa0;:</translation>
    </message>
    <message>
        <source>Library file:</source>
        <translation>Fichier de bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Fichier de bibliothèque</translation>
    </message>
    <message>
        <source>Veille library (*.sqlite)</source>
        <translation>Bibliothèque Veille (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>veille::app::ShortcutsDialog</name>
    <message>
        <source>J or N</source>
        <translation>J ou N</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Article suivant</translation>
    </message>
    <message>
        <source>K or P</source>
        <translation>K ou P</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Article précédent</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Scroll the article; at its end, go to the next one</source>
        <translation>Faire défiler l’article&#xa0;; à la fin, passer au suivant</translation>
    </message>
    <message>
        <source>S</source>
        <extracomment>A key of the keyboard: change it only if the shortcut&apos;s key is different.</extracomment>
        <translation>S</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>Ajouter aux favoris ou les retirer</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Mark as read or unread</source>
        <translation>Marquer comme lu ou non lu</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Open the original in the web browser</source>
        <translation>Ouvrir l’original dans le navigateur</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Show or hide the highlighted key facts</source>
        <translation>Montrer ou masquer le surlignage des faits clés</translation>
    </message>
    <message>
        <source>Ctrl+F or /</source>
        <translation>Ctrl+F ou /</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Leave the search field</source>
        <translation>Quitter le champ de recherche</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3</translation>
    </message>
    <message>
        <source>All articles, Unread, Favourites</source>
        <translation>Tous les articles, Non lus, Favoris</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>action: start a search</comment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>keyboard key, column header</comment>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Gauche</translation>
    </message>
    <message>
        <source>Back: the article or company page shown before</source>
        <translation>Précédent&#xa0;: l’article ou la page d’entreprise vus juste avant</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Droite</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the list with its key facts</source>
        <translation>Exporter la liste avec ses faits clés</translation>
    </message>
    <message>
        <source>Ctrl++ or Ctrl+wheel up</source>
        <translation>Ctrl++ ou Ctrl+molette vers le haut</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Ctrl+- or Ctrl+wheel down</source>
        <translation>Ctrl+- ou Ctrl+molette vers le bas</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Text at its default size</source>
        <translation>Texte à sa taille par défaut</translation>
    </message>
</context>
<context>
    <name>veille::app::SyncController</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n account(s) failed</source>
        <translation>
            <numerusform>Synchronisation&#xa0;: %n compte en échec</numerusform>
            <numerusform>Synchronisation&#xa0;: %n comptes en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with the servers…</source>
        <translation>Synchronisation avec les serveurs…</translation>
    </message>
    <message>
        <source>Syncing with %1 (%2 of %3)…</source>
        <translation>Synchronisation avec %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n new article(s)</source>
        <translation>
            <numerusform>Synchronisation terminée&#xa0;: %n nouvel article</numerusform>
            <numerusform>Synchronisation terminée&#xa0;: %n nouveaux articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::app::WeekChart</name>
    <message numerus="yes">
        <source>Week of %1: %n article(s)</source>
        <extracomment>Tooltip of a bar of the chart: %1 the week&apos;s first day; then the number of articles.</extracomment>
        <translation>
            <numerusform>Semaine du %1&#xa0;: %n article</numerusform>
            <numerusform>Semaine du %1&#xa0;: %n articles</numerusform>
        </translation>
    </message>
</context>
</TS>
