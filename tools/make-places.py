#!/usr/bin/env python3
"""Generate resources/gazetteers/places.tsv from Debian's iso-codes plus curated names.

Run once when the list needs to change; the output is committed and compiled in.
Line format: kind<TAB>english<TAB>french<TAB>other|aliases
"""
import gettext
import json
import os
import sys

ISO = "/usr/share/iso-codes/json"
MO = "/usr/share/locale/fr/LC_MESSAGES"

# iso-codes names that are not what a journalist writes ("Korea, Republic of").
COUNTRY_EN = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "Democratic Republic of the Congo", "CG": "Congo",
    "CZ": "Czech Republic", "FM": "Micronesia", "IR": "Iran", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "RU": "Russia",
    "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania", "VE": "Venezuela", "VN": "Vietnam",
    "GB": "United Kingdom", "US": "United States", "VA": "Vatican", "MK": "North Macedonia",
    "CI": "Ivory Coast", "TR": "Turkey", "NL": "Netherlands",
}
COUNTRY_FR = {
    "BO": "Bolivie", "CD": "République démocratique du Congo", "CG": "Congo", "CZ": "République tchèque",
    "IR": "Iran", "KP": "Corée du Nord", "KR": "Corée du Sud", "LA": "Laos", "MD": "Moldavie",
    "PS": "Palestine", "RU": "Russie", "SY": "Syrie", "TW": "Taïwan", "TZ": "Tanzanie",
    "VE": "Venezuela", "VN": "Vietnam", "VA": "Vatican", "MK": "Macédoine du Nord",
    "CI": "Côte d'Ivoire", "FM": "Micronésie", "BN": "Brunei",
}
COUNTRY_ALIASES = {
    "US": "USA|U.S.|US|U.S.A.|Amérique|America|Etats-Unis", "GB": "UK|U.K.|Britain|Great Britain|Grande-Bretagne",
    "CZ": "Czechia|Tchéquie", "NL": "Holland|Hollande", "CI": "Côte d’Ivoire", "KR": "Corée", "TR": "Türkiye|Turquie",
    "CN": "Chine continentale|mainland China", "AE": "UAE|EAU|Emirats arabes unis", "CH": "Suisse",
}
# Countries whose names are too often something else in news text.
SKIP_COUNTRIES = {"AQ", "UM", "BV", "HM", "TF", "IO", "PN", "SJ", "CX", "CC", "NF", "TK", "NU", "WF", "MF", "BL", "SX", "BQ", "CW"}

DE_LANDER = [
    ("Baden-Württemberg", "Bade-Wurtemberg", ""), ("Bavaria", "Bavière", "Bayern"), ("Berlin", "Berlin", ""),
    ("Brandenburg", "Brandebourg", ""), ("Bremen", "Brême", ""), ("Hamburg", "Hambourg", ""),
    ("Hesse", "Hesse", "Hessen"), ("Lower Saxony", "Basse-Saxe", "Niedersachsen"),
    ("Mecklenburg-Western Pomerania", "Mecklembourg-Poméranie-Occidentale", "Mecklenburg-Vorpommern"),
    ("North Rhine-Westphalia", "Rhénanie-du-Nord-Westphalie", "Nordrhein-Westfalen"),
    ("Rhineland-Palatinate", "Rhénanie-Palatinat", "Rheinland-Pfalz"), ("Saarland", "Sarre", ""),
    ("Saxony", "Saxe", "Sachsen"), ("Saxony-Anhalt", "Saxe-Anhalt", "Sachsen-Anhalt"),
    ("Schleswig-Holstein", "Schleswig-Holstein", ""), ("Thuringia", "Thuringe", "Thüringen"),
]
GB_NATIONS = [("England", "Angleterre", ""), ("Scotland", "Écosse", ""), ("Wales", "Pays de Galles", ""),
              ("Northern Ireland", "Irlande du Nord", "")]
REGIONS = [
    ("Europe", "Europe", ""), ("Asia", "Asie", ""), ("Africa", "Afrique", ""), ("North America", "Amérique du Nord", ""),
    ("South America", "Amérique du Sud", ""), ("Latin America", "Amérique latine", ""), ("Middle East", "Moyen-Orient", ""),
    ("Oceania", "Océanie", ""), ("Southeast Asia", "Asie du Sud-Est", ""), ("Silicon Valley", "Silicon Valley", "Silicon Valley"),
("Gulf", "Golfe", "Persian Gulf|golfe Persique"),
    ("Scandinavia", "Scandinavie", ""), ("Balkans", "Balkans", ""), ("Sahel", "Sahel", ""), ("Maghreb", "Maghreb", ""),
    ("Catalonia", "Catalogne", "Catalunya"), ("Lombardy", "Lombardie", "Lombardia"), ("Flanders", "Flandre", "Vlaanderen"),
    ("Wallonia", "Wallonie", ""), ("Alsace", "Alsace", ""), ("Lorraine", "Lorraine", ""), ("Provence", "Provence", ""),
    ("Brittany", "Bretagne", ""), ("Normandy", "Normandie", ""), ("Burgundy", "Bourgogne", ""), ("Corsica", "Corse", ""),
    ("North Sea", "mer du Nord", "Mer du Nord"), ("Baltic Sea", "mer Baltique", ""), ("Mediterranean", "Méditerranée", ""),
    ("Red Sea", "mer Rouge", ""), ("Gulf of Mexico", "golfe du Mexique", ""), ("Strait of Hormuz", "détroit d'Ormuz", ""),
    ("Greater Bay Area", "Grand Baie", ""), ("Ruhr", "Ruhr", ""), ("Patagonia", "Patagonie", ""), ("Siberia", "Sibérie", ""),
    ("Arctic", "Arctique", ""), ("Hong Kong", "Hong Kong", "Hongkong"), ("Macau", "Macao", ""),
    # Lands, rivers, ranges, deserts, islands and seas that news and history name without a cue.
    ("Soviet Union", "Union soviétique", "USSR|URSS"), ("Czechoslovakia", "Tchécoslovaquie", ""),
    ("East Germany", "Allemagne de l'Est", "RDA"), ("West Germany", "Allemagne de l'Ouest", "RFA"),
    ("Kosovo", "Kosovo", ""), ("Tibet", "Tibet", ""), ("Xinjiang", "Xinjiang", ""), ("Kashmir", "Cachemire", ""),
    ("Punjab", "Pendjab", ""), ("Bengal", "Bengale", ""), ("Darfur", "Darfour", ""), ("Kurdistan", "Kurdistan", ""),
    ("Donbas", "Donbass", "Donbass"), ("Crimea", "Crimée", ""), ("Balochistan", "Baloutchistan", ""),
    ("Levant", "Levant", ""), ("Mesopotamia", "Mésopotamie", ""), ("Anatolia", "Anatolie", ""), ("Manchuria", "Mandchourie", ""),
    ("Indochina", "Indochine", ""), ("Bohemia", "Bohême", ""), ("Moravia", "Moravie", ""), ("Silesia", "Silésie", ""),
    ("Transylvania", "Transylvanie", ""), ("Prussia", "Prusse", ""), ("Thrace", "Thrace", ""), ("Dalmatia", "Dalmatie", ""),
    ("Istria", "Istrie", ""), ("Attica", "Attique", ""), ("Peloponnese", "Péloponnèse", ""), ("Andalusia", "Andalousie", ""),
    ("Basque Country", "Pays basque", ""), ("Tuscany", "Toscane", ""), ("Sicily", "Sicile", ""), ("Sardinia", "Sardaigne", ""),
    ("Crete", "Crète", ""), ("Cornwall", "Cornouailles", ""), ("Ulster", "Ulster", ""), ("Lapland", "Laponie", ""),
    ("Greenland", "Groenland", ""), ("Svalbard", "Svalbard", ""), ("Borneo", "Bornéo", ""), ("Sumatra", "Sumatra", ""),
    ("Bali", "Bali", ""), ("Luzon", "Luçon", ""), ("Mindanao", "Mindanao", ""), ("Hokkaido", "Hokkaidō", ""),
    ("Okinawa", "Okinawa", ""), ("Tasmania", "Tasmanie", ""), ("Zanzibar", "Zanzibar", ""), ("Canary Islands", "îles Canaries", "Canaries"),
    ("Balearic Islands", "îles Baléares", "Baléares"), ("Faroe Islands", "îles Féroé", ""), ("Antarctica", "Antarctique", ""),
    ("Rhine", "Rhin", ""), ("Danube", "Danube", ""), ("Elbe", "Elbe", ""), ("Vistula", "Vistule", ""), ("Dnieper", "Dniepr", ""),
    ("Volga", "Volga", ""), ("Thames", "Tamise", ""), ("Seine", "Seine", ""), ("Loire", "Loire", ""), ("Rhône", "Rhône", "Rhone"),
    ("Garonne", "Garonne", ""), ("Meuse", "Meuse", ""), ("Moselle", "Moselle", ""), ("Tiber", "Tibre", ""), ("Tagus", "Tage", ""),
    ("Nile", "Nil", ""), ("Tigris", "Tigre", ""), ("Euphrates", "Euphrate", ""), ("Indus", "Indus", ""), ("Ganges", "Gange", ""),
    ("Mekong", "Mékong", ""), ("Yangtze", "Yangzi", "Yangtze River|Yangzi Jiang"), ("Yellow River", "fleuve Jaune", ""),
    ("Rio Grande", "Rio Grande", ""), ("Zambezi", "Zambèze", ""), ("Yenisei", "Ienisseï", ""),
    ("Alps", "Alpes", ""), ("Andes", "Andes", ""), ("Himalayas", "Himalaya", "Himalaya"), ("Pyrenees", "Pyrénées", ""),
    ("Urals", "Oural", "Ural Mountains"), ("Caucasus", "Caucase", ""), ("Rocky Mountains", "montagnes Rocheuses", "Rockies|Rocheuses"),
    ("Appalachians", "Appalaches", ""), ("Carpathians", "Carpates", ""), ("Apennines", "Apennins", ""), ("Dolomites", "Dolomites", ""),
    ("Hindu Kush", "Hindou Kouch", ""), ("Karakoram", "Karakoram", ""), ("Vosges", "Vosges", ""), ("Massif Central", "Massif central", ""),
    ("Sahara", "Sahara", ""), ("Gobi", "Gobi", ""), ("Kalahari", "Kalahari", ""), ("Atacama", "Atacama", ""), ("Negev", "Néguev", ""),
    ("Sinai", "Sinaï", ""), ("Aegean", "mer Égée", "Aegean Sea"), ("Adriatic", "Adriatique", "Adriatic Sea"),
    ("Caspian Sea", "mer Caspienne", "Caspian"), ("Black Sea", "mer Noire", ""), ("Dead Sea", "mer Morte", ""),
    ("South China Sea", "mer de Chine méridionale", ""), ("East China Sea", "mer de Chine orientale", ""),
    ("Arabian Sea", "mer d'Arabie", ""), ("Bay of Bengal", "golfe du Bengale", ""), ("Pacific", "Pacifique", "Pacific Ocean"),
    ("Atlantic", "Atlantique", "Atlantic Ocean"), ("Indian Ocean", "océan Indien", ""),
]
CITIES = [
    ("Paris", "Paris", ""), ("London", "Londres", ""), ("New York", "New York", "New York City|NYC"), ("Beijing", "Pékin", "Peking|Beijing"),
    ("Shanghai", "Shanghai", "Shanghaï"), ("Tokyo", "Tokyo", ""), ("Berlin", "Berlin", ""), ("Munich", "Munich", "München"),
    ("Frankfurt", "Francfort", "Frankfurt am Main"), ("Hamburg", "Hambourg", ""), ("Stuttgart", "Stuttgart", ""), ("Cologne", "Cologne", "Köln"),
    ("Düsseldorf", "Düsseldorf", "Dusseldorf"), ("Wolfsburg", "Wolfsburg", ""), ("Brussels", "Bruxelles", ""), ("Antwerp", "Anvers", "Antwerpen"),
    ("Amsterdam", "Amsterdam", ""), ("Rotterdam", "Rotterdam", ""), ("Eindhoven", "Eindhoven", ""), ("The Hague", "La Haye", ""),
    ("Luxembourg", "Luxembourg", ""), ("Geneva", "Genève", ""), ("Zurich", "Zurich", "Zürich"), ("Basel", "Bâle", ""), ("Lausanne", "Lausanne", ""),
    ("Madrid", "Madrid", ""), ("Barcelona", "Barcelone", ""), ("Lisbon", "Lisbonne", "Lisboa"), ("Rome", "Rome", "Roma"), ("Milan", "Milan", "Milano"),
    ("Turin", "Turin", "Torino"), ("Vienna", "Vienne", "Wien"), ("Prague", "Prague", "Praha"), ("Warsaw", "Varsovie", ""), ("Budapest", "Budapest", ""),
    ("Stockholm", "Stockholm", ""), ("Oslo", "Oslo", ""), ("Copenhagen", "Copenhague", ""), ("Helsinki", "Helsinki", ""), ("Dublin", "Dublin", ""),
    ("Edinburgh", "Édimbourg", ""), ("Manchester", "Manchester", ""), ("Birmingham", "Birmingham", ""), ("Athens", "Athènes", ""),
    ("Istanbul", "Istanbul", ""), ("Moscow", "Moscou", ""), ("Kyiv", "Kiev", "Kiev|Kyïv"), ("Lyon", "Lyon", ""), ("Marseille", "Marseille", "Marseilles"),
    ("Toulouse", "Toulouse", ""), ("Bordeaux", "Bordeaux", ""), ("Lille", "Lille", ""), ("Nantes", "Nantes", ""), ("Strasbourg", "Strasbourg", ""),
    ("Grenoble", "Grenoble", ""), ("Rennes", "Rennes", ""), ("Montpellier", "Montpellier", ""), ("Le Havre", "Le Havre", ""), ("Dunkirk", "Dunkerque", ""),
    ("Saclay", "Saclay", ""), ("Sochaux", "Sochaux", ""), ("Flins", "Flins", ""), ("Douai", "Douai", ""), ("Clermont-Ferrand", "Clermont-Ferrand", ""),
    ("Boulogne-Billancourt", "Boulogne-Billancourt", ""), ("La Défense", "La Défense", ""), ("Nice", "Nice", ""), ("Monaco", "Monaco", ""),
    ("Washington", "Washington", "Washington D.C.|Washington, D.C."), ("San Francisco", "San Francisco", ""), ("Los Angeles", "Los Angeles", ""),
    ("Chicago", "Chicago", ""), ("Boston", "Boston", ""), ("Seattle", "Seattle", ""), ("Austin", "Austin", ""), ("Houston", "Houston", ""),
    ("Dallas", "Dallas", ""), ("Detroit", "Detroit", "Détroit"), ("Atlanta", "Atlanta", ""), ("Miami", "Miami", ""), ("Phoenix", "Phoenix", ""),
    ("Denver", "Denver", ""), ("Philadelphia", "Philadelphie", ""), ("Pittsburgh", "Pittsburgh", ""), ("San Diego", "San Diego", ""),
    ("San Jose", "San José", "San Jose"), ("Santa Clara", "Santa Clara", ""), ("Cupertino", "Cupertino", ""), ("Mountain View", "Mountain View", ""),
    ("Palo Alto", "Palo Alto", ""), ("Menlo Park", "Menlo Park", ""), ("Redmond", "Redmond", ""), ("Las Vegas", "Las Vegas", ""),
    ("Nashville", "Nashville", ""), ("Charlotte", "Charlotte", ""), ("Minneapolis", "Minneapolis", ""), ("Columbus", "Columbus", ""),
    ("Toronto", "Toronto", ""), ("Montreal", "Montréal", "Montreal"), ("Vancouver", "Vancouver", ""), ("Ottawa", "Ottawa", ""), ("Calgary", "Calgary", ""),
    ("Mexico City", "Mexico", "Ciudad de México"), ("São Paulo", "São Paulo", "Sao Paulo"), ("Rio de Janeiro", "Rio de Janeiro", ""),
    ("Buenos Aires", "Buenos Aires", ""), ("Santiago", "Santiago", ""), ("Bogotá", "Bogota", "Bogota"), ("Lima", "Lima", ""),
    ("Hong Kong", "Hong Kong", ""), ("Shenzhen", "Shenzhen", ""), ("Guangzhou", "Canton", "Guangzhou"), ("Hangzhou", "Hangzhou", ""),
    ("Wuhan", "Wuhan", ""), ("Chengdu", "Chengdu", ""), ("Nanjing", "Nankin", "Nanjing"), ("Tianjin", "Tianjin", ""), ("Zhengzhou", "Zhengzhou", ""),
    ("Taipei", "Taipei", "Taïpei"), ("Hsinchu", "Hsinchu", ""), ("Kaohsiung", "Kaohsiung", ""), ("Tainan", "Tainan", ""), ("Seoul", "Séoul", ""),
    ("Busan", "Busan", ""), ("Osaka", "Osaka", ""), ("Kyoto", "Kyoto", ""), ("Nagoya", "Nagoya", ""), ("Kumamoto", "Kumamoto", ""),
    ("Singapore", "Singapour", ""), ("Bangkok", "Bangkok", ""), ("Jakarta", "Jakarta", ""), ("Kuala Lumpur", "Kuala Lumpur", ""),
    ("Manila", "Manille", ""), ("Hanoi", "Hanoï", "Hanoi"), ("Ho Chi Minh City", "Hô Chi Minh-Ville", "Saigon"), ("Mumbai", "Bombay", "Mumbai"),
    ("New Delhi", "New Delhi", "Delhi"), ("Bangalore", "Bangalore", "Bengaluru"), ("Chennai", "Chennai", "Madras"), ("Hyderabad", "Hyderabad", ""),
    ("Dubai", "Dubaï", "Dubai"), ("Abu Dhabi", "Abou Dhabi", "Abu Dhabi"), ("Doha", "Doha", ""), ("Riyadh", "Riyad", "Riyadh"),
    ("Tel Aviv", "Tel-Aviv", "Tel Aviv"), ("Jerusalem", "Jérusalem", ""), ("Cairo", "Le Caire", ""), ("Casablanca", "Casablanca", ""),
    ("Algiers", "Alger", ""), ("Tunis", "Tunis", ""), ("Dakar", "Dakar", ""), ("Abidjan", "Abidjan", ""), ("Lagos", "Lagos", ""),
    ("Nairobi", "Nairobi", ""), ("Johannesburg", "Johannesburg", ""), ("Cape Town", "Le Cap", ""), ("Sydney", "Sydney", ""),
    ("Melbourne", "Melbourne", ""), ("Auckland", "Auckland", ""), ("Brisbane", "Brisbane", ""), ("Perth", "Perth", ""),
    # More cities business news mentions: capitals, industrial and port cities, headquarters towns.
    ("Dresden", "Dresde", ""), ("Leipzig", "Leipzig", ""), ("Hanover", "Hanovre", "Hannover"), ("Nuremberg", "Nuremberg", "Nürnberg"),
    ("Bremen", "Brême", ""), ("Essen", "Essen", ""), ("Dortmund", "Dortmund", ""), ("Bonn", "Bonn", ""), ("Ingolstadt", "Ingolstadt", ""),
    ("Osnabrück", "Osnabrück", "Osnabruck"), ("Mannheim", "Mannheim", ""), ("Walldorf", "Walldorf", ""), ("Ludwigshafen", "Ludwigshafen", ""),
    ("Leverkusen", "Leverkusen", ""), ("Darmstadt", "Darmstadt", ""), ("Aberdeen", "Aberdeen", ""), ("Liverpool", "Liverpool", ""),
    ("Cambridge", "Cambridge", ""), ("Oxford", "Oxford", ""), ("Bristol", "Bristol", ""), ("Leeds", "Leeds", ""), ("Glasgow", "Glasgow", ""),
    ("Cardiff", "Cardiff", ""), ("Belfast", "Belfast", ""), ("Sheffield", "Sheffield", ""), ("Newcastle", "Newcastle", ""),
    ("Guadalajara", "Guadalajara", ""), ("Monterrey", "Monterrey", ""), ("Puebla", "Puebla", ""), ("Tijuana", "Tijuana", ""),
    ("Bilbao", "Bilbao", ""), ("Valencia", "Valence", "València"), ("Seville", "Séville", "Sevilla"), ("Malaga", "Malaga", "Málaga"),
    ("Porto", "Porto", ""), ("Naples", "Naples", "Napoli"), ("Bologna", "Bologne", ""), ("Genoa", "Gênes", "Genova"), ("Venice", "Venise", ""),
    ("Florence", "Florence", "Firenze"), ("Trieste", "Trieste", ""), ("Maranello", "Maranello", ""), ("Gothenburg", "Göteborg", "Goteborg"),
    ("Malmö", "Malmö", "Malmo"), ("Aarhus", "Aarhus", ""), ("Bergen", "Bergen", ""), ("Stavanger", "Stavanger", ""), ("Espoo", "Espoo", ""),
    ("Gdansk", "Gdansk", "Gdańsk"), ("Krakow", "Cracovie", "Kraków"), ("Wroclaw", "Wroclaw", "Wrocław"), ("Brno", "Brno", ""),
    ("Linz", "Linz", ""), ("Graz", "Graz", ""), ("Salzburg", "Salzbourg", ""), ("Ghent", "Gand", "Gent"), ("Liège", "Liège", "Liege"),
    ("Charleroi", "Charleroi", ""), ("Leuven", "Louvain", ""), ("Utrecht", "Utrecht", ""), ("Veldhoven", "Veldhoven", ""),
    ("Vevey", "Vevey", ""), ("Bern", "Berne", ""), ("Lugano", "Lugano", ""), ("Zug", "Zoug", ""),
    ("Quebec City", "Québec", "Ville de Québec"), ("Winnipeg", "Winnipeg", ""), ("Edmonton", "Edmonton", ""), ("Halifax", "Halifax", ""),
    ("Laval", "Laval", ""), ("Orlando", "Orlando", ""), ("Tampa", "Tampa", ""), ("Jacksonville", "Jacksonville", ""), ("Raleigh", "Raleigh", ""),
    ("Cleveland", "Cleveland", ""), ("Cincinnati", "Cincinnati", ""), ("Indianapolis", "Indianapolis", ""), ("Milwaukee", "Milwaukee", ""),
    ("Kansas City", "Kansas City", ""), ("St. Louis", "Saint-Louis", "St Louis"), ("New Orleans", "La Nouvelle-Orléans", ""),
    ("Salt Lake City", "Salt Lake City", ""), ("Portland", "Portland", ""), ("Sacramento", "Sacramento", ""), ("Oakland", "Oakland", ""),
    ("Fremont", "Fremont", ""), ("Irvine", "Irvine", ""), ("Baltimore", "Baltimore", ""), ("Omaha", "Omaha", ""), ("Memphis", "Memphis", ""),
    ("Louisville", "Louisville", ""), ("Buffalo", "Buffalo", ""), ("Newark", "Newark", ""), ("Reno", "Reno", ""), ("Boise", "Boise", ""),
    ("Albuquerque", "Albuquerque", ""), ("Tucson", "Tucson", ""), ("El Paso", "El Paso", ""), ("San Antonio", "San Antonio", ""),
    ("Fort Worth", "Fort Worth", ""), ("Abilene", "Abilene", ""), ("Bentonville", "Bentonville", ""), ("Armonk", "Armonk", ""),
    ("Sunnyvale", "Sunnyvale", ""), ("Hawthorne", "Hawthorne", ""), ("Everett", "Everett", ""), ("Wichita", "Wichita", ""),
    ("Caen", "Caen", ""), ("Rouen", "Rouen", ""), ("Reims", "Reims", ""), ("Metz", "Metz", ""), ("Dijon", "Dijon", ""), ("Tours", "Tours", ""),
    ("Angers", "Angers", ""), ("Le Mans", "Le Mans", ""), ("Orléans", "Orléans", "Orleans"), ("Limoges", "Limoges", ""), ("Poitiers", "Poitiers", ""),
    ("Pau", "Pau", ""), ("Bayonne", "Bayonne", ""), ("Perpignan", "Perpignan", ""), ("Toulon", "Toulon", ""), ("Avignon", "Avignon", ""),
    ("Saint-Étienne", "Saint-Étienne", "Saint-Etienne"), ("Brest", "Brest", ""), ("Lorient", "Lorient", ""), ("Vannes", "Vannes", ""),
    ("Cholet", "Cholet", ""), ("Saint-Nazaire", "Saint-Nazaire", ""), ("Valenciennes", "Valenciennes", ""), ("Amiens", "Amiens", ""),
    ("Calais", "Calais", ""), ("Mulhouse", "Mulhouse", ""), ("Besançon", "Besançon", "Besancon"), ("Belfort", "Belfort", ""),
    ("Annecy", "Annecy", ""), ("Chambéry", "Chambéry", ""), ("Nîmes", "Nîmes", "Nimes"), ("Massy", "Massy", ""), ("Évry", "Évry", "Evry"),
    ("Cergy", "Cergy", ""), ("Roissy", "Roissy", ""), ("Orly", "Orly", ""), ("Vélizy", "Vélizy", "Velizy"), ("Nanterre", "Nanterre", ""),
    ("Issy-les-Moulineaux", "Issy-les-Moulineaux", ""), ("Courbevoie", "Courbevoie", ""), ("Saint-Denis", "Saint-Denis", ""),
    ("Lisieux", "Lisieux", ""), ("Compiègne", "Compiègne", "Compiegne"), ("Fos-sur-Mer", "Fos-sur-Mer", ""), ("Cherbourg", "Cherbourg", ""),
    ("Chongqing", "Chongqing", ""), ("Suzhou", "Suzhou", ""), ("Xi'an", "Xi'an", ""), ("Qingdao", "Qingdao", ""), ("Dalian", "Dalian", ""),
    ("Hefei", "Hefei", ""), ("Changsha", "Changsha", ""), ("Xiamen", "Xiamen", ""), ("Ningbo", "Ningbo", ""), ("Dongguan", "Dongguan", ""),
    ("Yokohama", "Yokohama", ""), ("Kobe", "Kobe", ""), ("Fukuoka", "Fukuoka", ""), ("Sapporo", "Sapporo", ""), ("Hiroshima", "Hiroshima", ""),
    ("Incheon", "Incheon", ""), ("Pyeongtaek", "Pyeongtaek", ""), ("Ulsan", "Ulsan", ""), ("Pune", "Pune", ""), ("Kolkata", "Calcutta", "Kolkata"),
    ("Ahmedabad", "Ahmedabad", ""), ("Gurugram", "Gurugram", "Gurgaon"), ("Noida", "Noida", ""), ("Jeddah", "Djeddah", "Jeddah"),
    ("Karachi", "Karachi", ""), ("Lahore", "Lahore", ""), ("Almaty", "Almaty", ""), ("Accra", "Accra", ""), ("Addis Ababa", "Addis-Abeba", ""),
    ("Kigali", "Kigali", ""), ("Dar es Salaam", "Dar es Salaam", ""), ("Luanda", "Luanda", ""), ("Kinshasa", "Kinshasa", ""),
    ("Marrakesh", "Marrakech", ""), ("Tangier", "Tanger", ""), ("Maputo", "Maputo", ""), ("Rabat", "Rabat", ""), ("Tripoli", "Tripoli", ""),
    ("Ankara", "Ankara", ""), ("Tehran", "Téhéran", ""), ("Baghdad", "Bagdad", ""), ("Damascus", "Damas", ""), ("Beirut", "Beyrouth", ""),
    ("Amman", "Amman", ""), ("Muscat", "Mascate", ""), ("Islamabad", "Islamabad", ""), ("Dhaka", "Dacca", "Dhaka"), ("Colombo", "Colombo", ""),
    ("Baku", "Bakou", ""), ("Tbilisi", "Tbilissi", ""), ("Vilnius", "Vilnius", ""), ("Riga", "Riga", ""), ("Tallinn", "Tallinn", ""),
    ("Bucharest", "Bucarest", ""), ("Sofia", "Sofia", ""), ("Belgrade", "Belgrade", ""), ("Zagreb", "Zagreb", ""), ("Ljubljana", "Ljubljana", ""),
    ("Bratislava", "Bratislava", ""), ("Reykjavik", "Reykjavik", ""), ("Canberra", "Canberra", ""), ("Wellington", "Wellington", ""),
    ("Caracas", "Caracas", ""), ("Quito", "Quito", ""), ("Montevideo", "Montevideo", ""), ("Havana", "La Havane", ""), ("Phnom Penh", "Phnom Penh", ""),
    ("Yangon", "Rangoun", "Yangon"), ("Ulaanbaatar", "Oulan-Bator", ""), ("Pyongyang", "Pyongyang", ""), ("Astana", "Astana", ""),
]
# Subdivision names that are more often a person or a common word than a place.
SKIP_SUBDIVISIONS = {"Georgia", "Ain", "Cher", "Lot", "Var", "Aube", "Somme", "Vienne", "Gers", "Indre", "Orne", "Eure",
                     "Aude", "Gard", "Manche", "Landes", "Uri", "Freiburg"}


def catalog(name):
    with open(os.path.join(MO, name), "rb") as f:
        return gettext.GNUTranslations(f)._catalog


def main(out_path):
    fr1 = catalog("iso_3166-1.mo")
    fr2 = catalog("iso_3166-2.mo")
    rows = []
    for c in json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]:
        code = c["alpha_2"]
        if code in SKIP_COUNTRIES:
            continue
        en = COUNTRY_EN.get(code) or c.get("common_name") or c["name"]
        fr = COUNTRY_FR.get(code) or fr1.get(c["name"], en)
        if "," in en or "," in fr:
            continue
        rows.append(("country", en, fr, COUNTRY_ALIASES.get(code, "")))
    subdivisions = json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]
    for s in subdivisions:
        code, kind = s["code"], s["type"]
        keep = (code.startswith("US-") and kind in ("State", "District")) or code.startswith("CA-") \
            or code.startswith("AU-") or (code.startswith("IN-") and kind == "State") \
            or (code.startswith("FR-") and kind in ("Metropolitan region", "Metropolitan department")) or code.startswith("CN-") \
            or (code.startswith("CH-") and kind == "Canton")
        if not keep:
            continue
        en = s["name"].replace(" Sheng", "").replace(" Shi", "").replace(" SAR", "")
        if " Zizhiqu" in en or en in SKIP_SUBDIVISIONS or code in ("CN-TW", "CN-HK", "CN-MO"):
            continue
        fr = fr2.get(s["name"], en)
        aliases = ""
        if code == "US-DC":
            en, fr = "District of Columbia", "district de Columbia"
        if code.startswith("US-") and en == "Washington":
            en, fr, aliases = "Washington State", "État de Washington", "Washington state|l'État de Washington"
        if code.startswith("CH-"):
            en = en.split(" (")[0]
        rows.append(("state" if code[:2] in ("US", "AU", "IN") else "region", en, fr, aliases))
    for en, fr, al in DE_LANDER:
        rows.append(("region", en, fr, al))
    for en, fr, al in GB_NATIONS:
        rows.append(("region", en, fr, al))
    for en, fr, al in REGIONS:
        rows.append(("region", en, fr, al))
    for en, fr, al in CITIES:
        rows.append(("city", en, fr, al))
    seen = set()
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# kind\tenglish\tfrench\taliases (generated by tools/make-places.py)\n")
        for kind, en, fr, al in rows:
            if (en, fr) in seen:
                continue
            seen.add((en, fr))
            out.write(f"{kind}\t{en}\t{fr}\t{al}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "resources/gazetteers/places.tsv")
