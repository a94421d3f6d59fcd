#!/usr/bin/env python3
"""Cuts each item's description in a generated feed to its first N words: the short items
on which ingest memory is also measured (tools/bench/run.sh). The description is escaped
HTML; a paragraph cut open is closed again."""
import argparse
import re


def shorten(description, words):
    kept = description.split()[:words]
    text = " ".join(kept)
    if text.count("&lt;p&gt;") > text.count("&lt;/p&gt;"):
        text += "&lt;/p&gt;"
    return text


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("source")
    p.add_argument("out")
    p.add_argument("--words", type=int, default=255)
    args = p.parse_args()
    with open(args.source, encoding="utf-8") as f:
        xml = f.read()
    xml = re.sub(r"<description>(.*?)</description>",
                 lambda m: "<description>" + shorten(m.group(1), args.words) + "</description>", xml, flags=re.S)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(xml)


if __name__ == "__main__":
    main()
