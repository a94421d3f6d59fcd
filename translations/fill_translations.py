import re, html, sys
N = '\u00a0'
FR = {
 'Veille': 'Veille',
 'The library could not be opened.\n\n%1': 'La bibliothèque n’a pas pu être ouverte.\n\n%1',
 '(untitled)': '(sans titre)',
 'Imported': 'Importé',
 'In favourites: click to remove': f'Dans les favoris{N}: cliquer pour retirer',
 'Click to add to favourites': 'Cliquer pour ajouter aux favoris',
 'Favourite': 'Favori',
 'Title': 'Titre', 'Source': 'Source', 'Date': 'Date',
 'Untitled article': 'Article sans titre',
 'Imported article': 'Article importé',
 'in French': 'en français', 'in English': 'en anglais',
 'In favourites (remove)': 'Dans les favoris (retirer)',
 'Add to favourites': 'Ajouter aux favoris',
 'Open the original ↗': 'Ouvrir l’original ↗',
 'Key facts': 'Faits clés',
 'from the article': 'de l’article',
 'summary': 'résumé',
 'Companies': 'Entreprises', 'People': 'Personnes', 'Places': 'Lieux', 'Amounts': 'Montants',
 'Percentages': 'Pourcentages', 'Dates': 'Dates',
 'This article has no text here. Open the original to read it.': 'Cet article n’a pas de texte ici. Ouvrez l’original pour le lire.',
 'Highlighting:': f'Surlignage{N}:',
 'company': 'entreprise', 'person': 'personne', 'place': 'lieu', 'amount': 'montant', 'percentage': 'pourcentage', 'date': 'date',
 'click a company to list all its articles': 'cliquer sur une entreprise affiche tous ses articles',
 'H hides the highlighting': 'H masque le surlignage',
 'Highlighting is off. Press H to show the key facts in the text.': 'Le surlignage est désactivé. Appuyez sur H pour montrer les faits clés dans le texte.',
 'All articles': 'Tous les articles', 'Unread': 'Non lus', 'Favourites': 'Favoris',
 'Saved searches': 'Recherches enregistrées', 'Feeds': 'Flux',
 'Type a search, then choose Search › Save this search to keep it here.': 'Tapez une recherche, puis choisissez Recherche › Enregistrer cette recherche pour la garder ici.',
 'Feeds › Import a file or OPML list… adds feeds and articles.': 'Flux › Importer un fichier ou une liste OPML… ajoute des flux et des articles.',
 'None yet: Search › Save': f'Aucune pour l’instant{N}: Recherche › Enregistrer',
 'None yet': 'Aucune pour l’instant',
 'None yet: Feeds › Import…': f'Aucun pour l’instant{N}: Flux › Importer…',
 'The companies most cited across your library; click one to list its articles.': 'Les entreprises les plus citées dans votre bibliothèque{N}; cliquez sur l’une d’elles pour lister ses articles.'.replace('{N}', N),
 'Remove this saved search': 'Supprimer cette recherche enregistrée',
 'About Veille': 'À propos de Veille',
 '<h3>Veille %1</h3><p>A news reader for people who follow companies: it keeps your articles on your computer and finds their key facts.</p>':
   f'<h3>Veille %1</h3><p>Un lecteur d’actualités pour qui suit des entreprises{N}: il garde vos articles sur votre ordinateur et en trouve les faits clés.</p>',
 '&Feeds': '&Flux',
 '&Import a file or OPML list…': '&Importer un fichier ou une liste OPML…',
 '&Export feeds as OPML…': '&Exporter les flux en OPML…',
 '&Quit': '&Quitter', '&View': '&Affichage',
 '&All articles': '&Tous les articles', '&Unread': '&Non lus', '&Favourites': '&Favoris',
 '&Highlight key facts': '&Surligner les faits clés', '&Language': '&Langue',
 '&System language': 'Langue du &système', '&Français': '&Français', '&English': '&English',
 '&Settings…': '&Paramètres…', '&Article': 'A&rticle',
 '&Next article': 'Article &suivant', '&Previous article': 'Article &précédent',
 'Scroll or go to the next article': 'Défiler ou passer à l’article suivant',
 'Add to or remove from &favourites': 'Ajouter aux &favoris ou les retirer',
 'Mark as &read or unread': 'Marquer comme &lu ou non lu',
 '&Open in the web browser': '&Ouvrir dans le navigateur',
 '&Search': '&Recherche', '&Search…': '&Rechercher…', 'Save this search': 'Enregistrer cette recherche',
 '&Help': 'A&ide', '&Keyboard shortcuts': '&Raccourcis clavier', '&About Veille': '&À propos de Veille',
 'This article is no longer in the library.': 'Cet article n’est plus dans la bibliothèque.',
 'Choose an article': 'Choisissez un article',
 'Click an article in the list, or press J to open the next one. Its key facts are highlighted by kind.':
   'Cliquez sur un article de la liste, ou appuyez sur J pour ouvrir le suivant. Ses faits clés sont surlignés par type.',
 'Your library is empty': 'Votre bibliothèque est vide',
 'Use Feeds › Import a file or OPML list… to add articles, feeds or your subscriptions.':
   'Utilisez Flux › Importer un fichier ou une liste OPML… pour ajouter des articles, des flux ou vos abonnements.',
 'Nothing left to read': 'Plus rien à lire',
 'Every article has been read. Press M on an article to mark it unread again.':
   'Tous les articles ont été lus. Appuyez sur M sur un article pour le marquer de nouveau comme non lu.',
 'No favourites yet': 'Pas encore de favoris',
 'Press S, or click the star beside an article, to keep it here.': 'Appuyez sur S, ou cliquez sur l’étoile à côté d’un article, pour le garder ici.',
 'Nothing found': 'Aucun résultat',
 'Try fewer words, a prefix such as invest*, or company:Name. Accents and case do not matter.':
   'Essayez moins de mots, un préfixe comme invest*, ou company:Nom. Les accents et la casse ne comptent pas.',
 'No articles here': 'Aucun article ici',
 'Choose All articles on the left to see the whole library.': 'Choisissez Tous les articles à gauche pour voir toute la bibliothèque.',
 '%n best results shown': ['%n meilleur résultat affiché', '%n meilleurs résultats affichés'],
 '%n article(s) found': ['%n article trouvé', '%n articles trouvés'],
 '%n article(s) loaded, more as you scroll': ['%n article chargé, d’autres en défilant', '%n articles chargés, d’autres en défilant'],
 '%n article(s)': ['%n article', '%n articles'],
 '%n new article(s) imported': ['%n nouvel article importé', '%n nouveaux articles importés'],
 'Added to favourites': 'Ajouté aux favoris', 'Removed from favourites': 'Retiré des favoris',
 'Marked as read': 'Marqué comme lu', 'Marked as unread': 'Marqué comme non lu',
 'This article has no web address: it was imported from a file.': f'Cet article n’a pas d’adresse web{N}: il a été importé d’un fichier.',
 'Import': 'Importer',
 'Articles, feeds and subscription lists (*.txt *.html *.htm *.rss *.xml *.atom *.json *.opml);;All files (*)':
   'Articles, flux et listes d’abonnements (*.txt *.html *.htm *.rss *.xml *.atom *.json *.opml);;Tous les fichiers (*)',
 'The file could not be imported:\n%1': f'Le fichier n’a pas pu être importé{N}:\n%1',
 'Export feeds': 'Exporter les flux', 'veille-feeds.opml': 'veille-flux.opml',
 'Subscription lists (*.opml)': 'Listes d’abonnements (*.opml)',
 'Veille subscriptions': 'Abonnements Veille',
 'The list could not be saved:\n%1': f'La liste n’a pas pu être enregistrée{N}:\n%1',
 'Feeds exported to %1': 'Flux exportés dans %1',
 'Type a search first, then save it.': 'Tapez d’abord une recherche, puis enregistrez-la.',
 'Search (Ctrl+F or /): words, "phrases", company:Name, fav:yes, lang:fr':
   f'Rechercher (Ctrl+F ou /){N}: mots, "expressions", company:Nom, fav:yes, lang:fr',
 'Words must all appear; "exact phrase"; invest* for a prefix; a OR b; -word to exclude;\ncompany:Name for every article about a company; fav:yes, read:no, lang:fr or lang:en.':
   f'Tous les mots doivent figurer{N}; "expression exacte"{N}; invest* pour un préfixe{N}; a OR b{N}; -mot pour exclure{N};\ncompany:Nom pour tous les articles sur une entreprise{N}; fav:yes, read:no, lang:fr ou lang:en.',
 'Settings': 'Paramètres', 'System language': 'Langue du système', 'Français': 'Français', 'English': 'English',
 ' min': ' min', 'Never': 'Jamais',
 'Load images from the web when reading': 'Charger les images du web pendant la lecture',
 'Off: opening an article contacts nobody.': f'Désactivé{N}: ouvrir un article ne contacte personne.',
 'Highlight key facts in the text': 'Surligner les faits clés dans le texte',
 'Choose…': 'Choisir…',
 'A new library location takes effect the next time Veille starts.': 'Un nouvel emplacement de bibliothèque prend effet au prochain démarrage de Veille.',
 'Language:': f'Langue{N}:', 'Refresh feeds every:': f'Actualiser les flux toutes les{N}:',
 'Reading:': f'Lecture{N}:', 'Library file:': f'Fichier de bibliothèque{N}:',
 'Library file': 'Fichier de bibliothèque', 'Veille library (*.sqlite)': 'Bibliothèque Veille (*.sqlite)',
 'J or N': 'J ou N', 'Next article': 'Article suivant', 'K or P': 'K ou P', 'Previous article': 'Article précédent',
 'Space': 'Espace', 'Scroll the article; at its end, go to the next one': f'Faire défiler l’article{N}; à la fin, passer au suivant',
 'S': 'S', 'Add to or remove from favourites': 'Ajouter aux favoris ou les retirer',
 'M': 'M', 'Mark as read or unread': 'Marquer comme lu ou non lu',
 'O': 'O', 'Open the original in the web browser': 'Ouvrir l’original dans le navigateur',
 'H': 'H', 'Show or hide the highlighted key facts': 'Montrer ou masquer le surlignage des faits clés',
 'Ctrl+F or /': 'Ctrl+F ou /', 'Search': 'Rechercher', 'Escape': 'Échap',
 'Leave the search field': 'Quitter le champ de recherche',
 'Ctrl+1, Ctrl+2, Ctrl+3': 'Ctrl+1, Ctrl+2, Ctrl+3',
 'All articles, Unread, Favourites': 'Tous les articles, Non lus, Favoris',
 'F1': 'F1', 'This list': 'Cette liste', 'Keyboard shortcuts': 'Raccourcis clavier', 'Key': 'Touche', 'Action': 'Action',
 'Feeds › Add a feed…': 'Flux › Ajouter un flux…',
 'Feeds › Add a feed… subscribes to a site; Feeds › Import… reads an OPML list.': 'Flux › Ajouter un flux… abonne à un site{N}; Flux › Importer… lit une liste OPML.'.replace('{N}', N),
 'Use Feeds › Add a feed…, or Feeds › Import a file or OPML list… for articles and subscriptions you already have.': 'Utilisez Flux › Ajouter un flux…, ou Flux › Importer un fichier ou une liste OPML… pour les articles et abonnements que vous avez déjà.',
 'Refreshing %n feed(s)…': ['Actualisation de %n flux…', 'Actualisation de %n flux…'],
 'Refreshing feeds: %1 of %2': f'Actualisation des flux{N}: %1 sur %2',
 'Updating the key facts of the library: %1 of %2': f'Mise à jour des faits clés de la bibliothèque{N}: %1 sur %2',
 'Key facts updated for %n article(s)': ['Faits clés mis à jour pour %n article', 'Faits clés mis à jour pour %n articles'],
 'Feeds refreshed: %n new article(s); some feeds failed, see their icons': [f'Flux actualisés{N}: %n nouvel article{N}; certains flux ont échoué, voyez leur icône', f'Flux actualisés{N}: %n nouveaux articles{N}; certains flux ont échoué, voyez leur icône'],
 'Feeds refreshed: %n new article(s)': [f'Flux actualisés{N}: %n nouvel article', f'Flux actualisés{N}: %n nouveaux articles'],
 'Subscribed to %1': 'Abonné à %1',
 'Add a feed': 'Ajouter un flux',
 'No feed could be added from %1:\n%2': f'Aucun flux n’a pu être ajouté depuis %1{N}:\n%2',
 '&Add a feed…': '&Ajouter un flux…',
 '&Refresh all feeds': 'Actualiser &tous les flux',
 'Refresh &this feed': 'Actualiser &ce flux',
 'Address of the feed, or of the site that has one:': f'Adresse du flux, ou du site qui en a un{N}:',
 'This is not a web address: %1': f'Ce n’est pas une adresse web{N}: %1',
 'Looking for a feed at %1…': 'Recherche d’un flux à %1…',
 'Choose a feed on the left first.': 'Choisissez d’abord un flux à gauche.',
 # Opening a library that cannot be read.
 'Veille: library not opened': f'Veille{N}: bibliothèque non ouverte',
 'Start a new library': 'Commencer une nouvelle bibliothèque',
 'Creates an empty library beside this one and opens it from now on.': 'Crée une bibliothèque vide à côté de celle-ci et l’ouvre désormais.',
 'Open another library…': 'Ouvrir une autre bibliothèque…',
 'Quit': 'Quitter',
 'The file %1 is not a Veille library.': 'Le fichier %1 n’est pas une bibliothèque Veille.',
 'The library %1 is damaged and cannot be read.': 'La bibliothèque %1 est endommagée et ne peut pas être lue.',
 'The library %1 was saved by a newer version of Veille.': 'La bibliothèque %1 a été enregistrée par une version plus récente de Veille.',
 'The library %1 cannot be opened.': 'La bibliothèque %1 ne peut pas être ouverte.',
 'It may belong to another program, or have been overwritten.': 'Il appartient peut-être à un autre programme, ou a été écrasé.',
 'Its contents could not be read: part of it may have been lost in a crash, a full disk or a faulty copy.':
   f'Son contenu n’a pas pu être lu{N}: une partie a pu être perdue lors d’un plantage, d’un disque plein ou d’une copie défectueuse.',
 'This version of Veille cannot read it without risking your articles. Install the newer version to open it.':
   'Cette version de Veille ne peut pas la lire sans risquer vos articles. Installez la version plus récente pour l’ouvrir.',
 'Check that it is a file, not a folder, and that you are allowed to read and write where it is.':
   'Vérifiez qu’il s’agit d’un fichier et non d’un dossier, et que vous avez le droit de lire et d’écrire à cet endroit.',
 'Veille has not changed, moved or deleted it: keep it to recover its articles later.':
   f'Veille n’a rien modifié, déplacé ni supprimé{N}: gardez ce fichier pour en récupérer les articles plus tard.',
 'You can start a new, empty library beside it, open another library, or quit.':
   'Vous pouvez commencer une nouvelle bibliothèque vide à côté, ouvrir une autre bibliothèque, ou quitter.',
 'Opened %1. The library that could not be opened is still at %2, unchanged.':
   f'Bibliothèque ouverte{N}: %1. Celle qui n’a pas pu être ouverte est toujours à %2, intacte.',
 'Open a library': 'Ouvrir une bibliothèque',
 # Upgrading an older library on its own thread.
 'Upgrading your library for this version of Veille…\nThis happens once; a large library can take a minute.':
   f'Mise à niveau de votre bibliothèque pour cette version de Veille…\nCela n’arrive qu’une fois{N}; une grande bibliothèque peut prendre une minute.',
 'Loading…': 'Chargement…',
 # Importing files on their own thread.
 'Importing %1…': 'Importation de %1…',
 '%1: %2': f'%1{N}: %2',
 '%n file(s) could not be imported; nothing was stored from them.': ['%n fichier n’a pas pu être importé{N}; rien n’en a été enregistré.'.replace('{N}', N), '%n fichiers n’ont pas pu être importés{N}; rien n’en a été enregistré.'.replace('{N}', N)],
 'Veille libraries (*.sqlite *.db);;All files (*)': 'Bibliothèques Veille (*.sqlite *.db);;Tous les fichiers (*)',
}

def english(src):
    if '(s)' in src:
        return [src.replace('(s)', ''), src.replace('(s)', 's')]
    return src

def fill(path, lang):
    s = open(path, encoding='utf-8').read()
    missing = []
    def repl(m):
        numerus = m.group(1) or ''
        src_raw = m.group(2)
        src = html.unescape(src_raw)
        if lang == 'fr':
            tr = FR.get(src)
            if tr is None:
                missing.append(src)
                return m.group(0)
        else:
            tr = english(src) if numerus else src
        if numerus:
            forms = tr if isinstance(tr, list) else [tr, tr]
            body = ''.join(f'\n            <numerusform>{html.escape(f, quote=False)}</numerusform>' for f in forms)
            trans = f'<translation>{body}\n        </translation>'
        else:
            trans = f'<translation>{html.escape(tr, quote=False)}</translation>'
        return f'<message{numerus}>\n        <source>{src_raw}</source>\n        {trans}'
    s = re.sub(r'<message( numerus="yes")?>\s*<source>(.*?)</source>\s*<translation[^>]*?(?:/>|>.*?</translation>)', repl, s, flags=re.S)
    open(path, 'w', encoding='utf-8').write(s)
    return missing

m = fill(sys.argv[1] + '/veille_fr.ts', 'fr')
fill(sys.argv[1] + '/veille_en.ts', 'en')
if m:
    print('MISSING FRENCH:', *map(repr, m), sep='\n')
    sys.exit(1)
