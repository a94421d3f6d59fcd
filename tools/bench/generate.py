#!/usr/bin/env python3
"""Writes a library of generated business news as RSS 2.0 files, for benchmarks and
reliability tests.

Articles are French or English (about half each), 200-800 words, built from sentence
patterns filled with companies from resources/gazetteers/companies.tsv, people with roles,
places from places.tsv and amounts in the formats the key-facts engine reads
("1,4 milliard d'euros", "$35.1 billion", "640 M€", "12,5 %"). The output depends only on
the seed, so two runs give the same bytes.

    generate.py --count 20000 --out feed.xml
    generate.py --count 1000000 --per-file 10000 --out-dir cache/1m     (feed-0000.xml, ...)
"""

import argparse
import datetime
import os
import random
import sys
from xml.sax.saxutils import escape

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
GAZ = os.path.join(ROOT, "resources", "gazetteers")

SURNAMES = ("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
            "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Andre Mercier Dupont Lambert "
            "Bonnet Francois Martinez Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor "
            "Moore Jackson White Harris Clark Lewis Walker Hall Young King Wright Scott Green Baker Adams "
            "Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart "
            "Morris Murphy Cook Rogers Schneider Fischer Weber Wagner Becker Hoffmann Rossi Russo Ferrari "
            "Nakamura Tanaka Suzuki Chen Wang Li Zhang Kim Park Singh Patel Gupta Sharma").split()

ROLES_FR = ["PDG de {C}", "directeur financier de {C}", "présidente de {C}", "directrice générale de {C}",
            "analyste chez {C}", "fondateur de {C}", "porte-parole de {C}", "directeur de la stratégie de {C}"]
ROLES_EN = ["chief executive of {C}", "chief financial officer of {C}", "chair of {C}", "president of {C}",
            "an analyst at {C}", "founder of {C}", "a spokesperson for {C}", "head of strategy at {C}"]

# {C}/{D} companies, {P} a person with a role, {Q} a person's surname, {L} a place,
# {M} an amount of money, {R} a percentage, {Y} a year, {N} a count.
FR = [
    "{C} a annoncé un investissement de {M} dans une nouvelle usine en {L}.",
    "Selon {P}, le groupe vise une croissance de {R} de son chiffre d'affaires d'ici {Y}.",
    "Le chiffre d'affaires de {C} a atteint {M} au troisième trimestre, en hausse de {R} sur un an.",
    "{C} et {D} ont signé un accord de partenariat portant sur {M}.",
    "L'action {C} a reculé de {R} à la Bourse de Paris après la publication des résultats.",
    "« Nous restons prudents pour {Y} », a déclaré {P} lors d'une conférence téléphonique.",
    "Le groupe emploie désormais {N} salariés en {L}, contre {N2} il y a deux ans.",
    "{C} prévoit de supprimer {N} postes, soit {R} de ses effectifs, d'ici {Y}.",
    "La marge opérationnelle de {C} s'est établie à {R}, un niveau jugé solide par les analystes.",
    "{Q} a rappelé que {C} avait déjà levé {M} l'an dernier auprès de fonds souverains.",
    "Les autorités de la concurrence examinent le rachat de {D} par {C} pour {M}.",
    "Cette opération devrait être finalisée au premier semestre {Y}, sous réserve des autorisations.",
    "Le site de {L} produira à terme {N} unités par an, selon la direction.",
    "{C} a relevé ses prévisions annuelles et table sur un bénéfice net de {M}.",
    "Les investisseurs saluent la discipline financière du groupe, qui a réduit sa dette de {M}.",
    "Le marché européen reste difficile, a reconnu {P}, citant la concurrence de {D}.",
]
EN = [
    "{C} announced a {M} investment in a new plant in {L}.",
    "According to {P}, the group aims to grow revenue by {R} by {Y}.",
    "{C}'s revenue reached {M} in the third quarter, up {R} from a year earlier.",
    "{C} and {D} signed a partnership agreement worth {M}.",
    "Shares of {C} fell {R} in New York after the results were published.",
    "\"We remain cautious about {Y},\" {P} told analysts on a conference call.",
    "The company now employs {N} people in {L}, up from {N2} two years ago.",
    "{C} plans to cut {N} jobs, or {R} of its workforce, by {Y}.",
    "{C}'s operating margin came in at {R}, a level analysts called solid.",
    "{Q} noted that {C} had already raised {M} last year from sovereign funds.",
    "Competition authorities are reviewing {C}'s {M} takeover of {D}.",
    "The deal is expected to close in the first half of {Y}, subject to approvals.",
    "The {L} site will eventually produce {N} units a year, management said.",
    "{C} raised its full-year guidance and now expects net income of {M}.",
    "Investors welcomed the group's financial discipline after it cut debt by {M}.",
    "The European market remains tough, {P} acknowledged, pointing to competition from {D}.",
]
TITLES_FR = ["{C} accélère ses investissements en {L}", "{C} : des résultats au-dessus des attentes",
             "{C} et {D} scellent un accord de {M}", "{C} supprime {N} postes", "Les ambitions de {C} pour {Y}"]
TITLES_EN = ["{C} steps up investment in {L}", "{C} beats expectations", "{C} and {D} strike {M} deal",
             "{C} to cut {N} jobs", "{C}'s ambitions for {Y}"]
BOX_FR = ["Principaux renseignements", "À retenir", "L'essentiel"]
BOX_EN = ["Key points", "Key takeaways", "Highlights"]
TAIL_FR = "Abonnez-vous à notre lettre d'information pour recevoir l'actualité des entreprises."
TAIL_EN = "Follow us and subscribe to our newsletter for more business news."


def load_companies():
    names = []
    with open(os.path.join(GAZ, "companies.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name = line.split("\t")[0].strip()
            if name and not name.startswith("?"):
                names.append(name)
    return names


def load_places():
    fr, en = [], []
    with open(os.path.join(GAZ, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3 and cols[1] and cols[2]:
                en.append(cols[1])
                fr.append(cols[2])
    return fr, en


def load_firstnames():
    names = []
    with open(os.path.join(GAZ, "firstnames.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                names.extend(line.split())
    return names


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.companies = load_companies()
        self.places_fr, self.places_en = load_places()
        self.first = load_firstnames()

    def money(self, fr):
        r = self.rng
        kind = r.randrange(6)
        whole = r.randrange(1, 950)
        dec = r.randrange(1, 10)
        if fr:
            cur = r.choice(["d'euros", "de dollars", "de livres"])
            if kind == 0:
                return f"{whole},{dec} milliards {cur}"
            if kind == 1:
                return f"{whole} millions {cur}"
            if kind == 2:
                return f"{whole} M€"
            if kind == 3:
                return f"{r.randrange(1, 9)},{dec} billion {cur}"
            if kind == 4:
                return f"{r.randrange(1, 99)} {r.randrange(100, 999)} euros"
            return f"{whole} Md€"
        if kind == 0:
            return f"${whole}.{dec} billion"
        if kind == 1:
            return f"{whole} million euros"
        if kind == 2:
            return f"€{whole}m"
        if kind == 3:
            return f"£{whole}.{dec}bn"
        if kind == 4:
            return f"${r.randrange(1, 99)},{r.randrange(100, 999)}"
        return f"{whole} million dollars"

    def cast(self, fr):
        """An article is about a few companies, people and places, named again and again,
        as real business news is: not thirty companies in thirty sentences."""
        r = self.rng
        self.main = r.sample(self.companies, r.randrange(1, 3))
        self.others = r.sample(self.companies, r.randrange(1, 5))
        self.people = []
        for _ in range(r.randrange(1, 4)):
            first = r.choice(self.first)
            last = r.choice(SURNAMES)
            role = r.choice(ROLES_FR if fr else ROLES_EN).replace("{C}", r.choice(self.main))
            self.people.append((f"{first} {last}, {role}", last))
        self.places = r.sample(self.places_fr if fr else self.places_en, r.randrange(1, 4))

    def fill(self, pattern, fr):
        r = self.rng
        s = pattern
        if "{C}" in s:
            s = s.replace("{C}", r.choice(self.main))
        if "{D}" in s:
            s = s.replace("{D}", r.choice(self.others))
        if "{P}" in s or "{Q}" in s:
            p, last = r.choice(self.people)
            s = s.replace("{P}", p).replace("{Q}", last)
        if "{L}" in s:
            s = s.replace("{L}", r.choice(self.places))
        if "{M}" in s:
            s = s.replace("{M}", self.money(fr))
        if "{R}" in s:
            s = s.replace("{R}", f"{r.randrange(1, 60)},{r.randrange(10)} %" if fr else f"{r.randrange(1, 60)}.{r.randrange(10)}%")
        if "{Y}" in s:
            s = s.replace("{Y}", str(r.randrange(2024, 2032)))
        if "{N2}" in s:
            s = s.replace("{N2}", f"{r.randrange(1, 90)} {r.randrange(100, 999)}" if fr else f"{r.randrange(1, 90)},{r.randrange(100, 999)}")
        if "{N}" in s:
            s = s.replace("{N}", str(r.randrange(50, 9000)))
        return s

    def article(self, index):
        r = self.rng
        fr = r.random() < 0.5
        self.cast(fr)
        title = self.fill(r.choice(TITLES_FR if fr else TITLES_EN), fr)
        target = r.randrange(200, 801)
        words = 0
        parts = []
        if r.random() < 0.3:
            points = [self.fill(r.choice(FR if fr else EN), fr) for _ in range(3)]
            parts.append("<h3>%s</h3><ul>%s</ul>" % (r.choice(BOX_FR if fr else BOX_EN),
                                                    "".join("<li>%s</li>" % escape(p) for p in points)))
            words += sum(p.count(" ") + 1 for p in points)
        patterns = FR if fr else EN
        while words < target:
            para = []
            for _ in range(r.randrange(2, 6)):
                s = self.fill(r.choice(patterns), fr)
                para.append(s)
                words += s.count(" ") + 1
            parts.append("<p>%s</p>" % escape(" ".join(para)))
        parts.append("<p>%s</p>" % (TAIL_FR if fr else TAIL_EN))
        return fr, title, "".join(parts)


def write_feed(path, gen, start, count, base_time):
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n')
        out.write("<title>Veille bench %d</title>\n<link>https://bench.example/</link>\n" % start)
        out.write("<description>Generated business news</description>\n<language>fr</language>\n")
        for i in range(start, start + count):
            fr, title, html = gen.article(i)
            when = base_time - datetime.timedelta(minutes=7 * i)
            out.write("<item>\n<title>%s</title>\n" % escape(title))
            out.write("<link>https://bench.example/%s/%d</link>\n" % ("fr" if fr else "en", i))
            out.write('<guid isPermaLink="false">bench-%d</guid>\n' % i)
            out.write("<pubDate>%s</pubDate>\n" % when.strftime("%a, %d %b %Y %H:%M:%S +0000"))
            out.write("<description>%s</description>\n</item>\n" % escape(html))
        out.write("</channel>\n</rss>\n")
    os.replace(tmp, path)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--count", type=int, required=True, help="number of articles")
    p.add_argument("--out", help="one RSS file with every article")
    p.add_argument("--out-dir", help="a folder of RSS files, --per-file articles each")
    p.add_argument("--per-file", type=int, default=10000)
    p.add_argument("--seed", type=int, default=6)
    p.add_argument("--start", type=int, default=0, help="index of the first article (guids are bench-INDEX)")
    args = p.parse_args()
    if bool(args.out) == bool(args.out_dir):
        p.error("give exactly one of --out and --out-dir")
    base_time = datetime.datetime(2025, 6, 30, 12, 0, tzinfo=datetime.timezone.utc)
    if args.out:
        write_feed(args.out, Generator(args.seed), args.start, args.count, base_time)
        return 0
    os.makedirs(args.out_dir, exist_ok=True)
    n = 0
    for first in range(args.start, args.start + args.count, args.per_file):
        count = min(args.per_file, args.start + args.count - first)
        path = os.path.join(args.out_dir, "feed-%04d.xml" % n)
        # Each file has its own seed so files can be made again one at a time.
        if not os.path.exists(path):
            write_feed(path, Generator(args.seed * 1000003 + first), first, count, base_time)
        n += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
