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
    ("European Union", "Union européenne", "EU|UE"), ("Gulf", "Golfe", "Persian Gulf|golfe Persique"),
    ("Scandinavia", "Scandinavie", ""), ("Balkans", "Balkans", ""), ("Sahel", "Sahel", ""), ("Maghreb", "Maghreb", ""),
    ("Catalonia", "Catalogne", "Catalunya"), ("Lombardy", "Lombardie", "Lombardia"), ("Flanders", "Flandre", "Vlaanderen"),
    ("Wallonia", "Wallonie", ""), ("Alsace", "Alsace", ""), ("Lorraine", "Lorraine", ""), ("Provence", "Provence", ""),
    ("Brittany", "Bretagne", ""), ("Normandy", "Normandie", ""), ("Burgundy", "Bourgogne", ""), ("Corsica", "Corse", ""),
    ("Greater Bay Area", "Grand Baie", ""), ("Ruhr", "Ruhr", ""), ("Patagonia", "Patagonie", ""), ("Siberia", "Sibérie", ""),
    ("Arctic", "Arctique", ""), ("Hong Kong", "Hong Kong", "Hongkong"), ("Macau", "Macao", ""),
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
]
# Subdivision names that are more often a person or a common word than a place.
SKIP_SUBDIVISIONS = {"Georgia"}


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
            or (code.startswith("FR-") and kind == "Metropolitan region") or code.startswith("CN-")
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
