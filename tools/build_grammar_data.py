#!/usr/bin/env python3
"""Build src/editlint/grammar/data/ from Brill's tagger data and lemminflect.

Sources (installed from PyPI into any virtualenv; pass its site-packages):

- textblob 0.20.1, textblob/en/en-lexicon.txt, en-context.txt and
  en-morphology.txt: Brill's rule-based tagger v1.14 data (Copyright 1993
  MIT and the University of Pennsylvania, MIT licence), with additions from
  CMU's Twitter POS data (CC BY 3.0), as distributed by Pattern (BSD) and
  TextBlob (MIT). The context and morphology rules are copied as they are;
  the lexicon goes into words.bin.
- lemminflect 0.2.3 (MIT), resources/infl_lu.csv.gz: every inflection of
  40,000 English lemmas, which gives each word form the tags it can have and
  its lemma, and gives inflections.bin (lemma -> forms) for suggestions.

Usage: python -m venv /tmp/v && /tmp/v/bin/pip install textblob==0.20.1 lemminflect==0.2.3
       python tools/build_grammar_data.py /tmp/v/lib/python3.11/site-packages
       python tools/build_grammar_data.py --index    # words.bin given its hash index, its entries as they are
"""

from __future__ import annotations

import gzip
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from editlint import sortedtable  # noqa: E402
from editlint.grammar.lexicon import (  # noqa: E402
    INFLECTIONS,
    INFLECTIONS_MAGIC,
    NO_TAG,
    TAG_INDEX,
    WORDS,
    WORDS_MAGIC,
)

DATA = ROOT / "src" / "editlint" / "grammar" / "data"

# The verb "be" and a few others lemminflect handles outside its table.
EXTRA = {
    "be": {
        "VB": ["be"],
        "VBP": ["are", "am"],
        "VBZ": ["is"],
        "VBD": ["was", "were"],
        "VBN": ["been"],
        "VBG": ["being"],
    },
}


def brill_lexicon(path: Path) -> dict[str, str]:
    lexicon = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(";;;") or not line.strip():
            continue
        word, _, tag = line.partition(" ")
        tag = tag.split("|")[0].strip()
        tag = {"NP": "NNP", "PP": "PRP"}.get(tag, tag)
        if tag in TAG_INDEX:
            lexicon[word] = tag
    return lexicon


def write_index() -> None:
    """words.bin written again with a hash index (sortedtable.write's
    ``hashed``), its entries unchanged."""
    table = sortedtable.SortedTable(WORDS.read_bytes(), WORDS_MAGIC)
    sortedtable.write(dict(table.items()), WORDS, WORDS_MAGIC, hashed=True)
    print(f"wrote {WORDS.relative_to(ROOT)} with its hash index")


def main() -> None:
    if sys.argv[1] == "--index":
        write_index()
        return
    site = Path(sys.argv[1])
    brill = site / "textblob" / "en"
    DATA.mkdir(parents=True, exist_ok=True)
    for name in ("en-context.txt", "en-morphology.txt"):
        shutil.copy(brill / name, DATA / name)

    tags: dict[str, set[str]] = {}
    lemmas: dict[str, dict[str, str]] = {}  # form -> {"v": lemma, "n": lemma}
    inflections: dict[str, dict[str, list[str]]] = {}  # lemma -> {tag: forms}

    def add(form: str, tag: str, lemma: str, kind: str) -> None:
        tags.setdefault(form, set()).add(tag)
        lemmas.setdefault(form, {}).setdefault(kind, lemma)
        inflections.setdefault(lemma, {}).setdefault(tag, [])
        if form not in inflections[lemma][tag]:
            inflections[lemma][tag].append(form)

    with gzip.open(site / "lemminflect" / "resources" / "infl_lu.csv.gz", "rt", encoding="utf-8") as rows:
        for row in rows:
            lemma, category, *forms = row.rstrip("\n").split(",")
            variants = [f.split("/") if f else [] for f in forms]
            proper = lemma[:1].isupper()
            if category == "verb":
                past, participle, gerund, third = variants
                add(lemma, "VB", lemma, "v")
                add(lemma, "VBP", lemma, "v")
                for form in past:
                    add(form, "VBD", lemma, "v")
                for form in participle or past:
                    add(form, "VBN", lemma, "v")
                for form in gerund:
                    add(form, "VBG", lemma, "v")
                for form in third:
                    add(form, "VBZ", lemma, "v")
            elif category == "noun":
                add(lemma, "NNP" if proper else "NN", lemma, "n")
                for form in variants[0] if variants else []:
                    if form != lemma:
                        add(form, "NNPS" if proper else "NNS", lemma, "n")
            elif category in ("adj", "adv"):
                base, comparative, superlative = ("JJ", "JJR", "JJS") if category == "adj" else ("RB", "RBR", "RBS")
                add(lemma, base, lemma, "a")
                for form in variants[0] if variants else []:
                    add(form, comparative, lemma, "a")
                for form in variants[1] if len(variants) > 1 else []:
                    add(form, superlative, lemma, "a")
    for lemma, forms in EXTRA.items():
        for tag, words in forms.items():
            for form in words:
                add(form, tag, lemma, "v")

    brill_tags = brill_lexicon(brill / "en-lexicon.txt")
    words = {}
    for form in set(tags) | set(brill_tags):
        brill_tag = brill_tags.get(form)
        mask = 0
        for tag in tags.get(form, ()):
            mask |= 1 << TAG_INDEX[tag]
        if brill_tag:
            mask |= 1 << TAG_INDEX[brill_tag]
        lemma = lemmas.get(form, {})
        text = "\t".join(lemma.get(k, "") for k in ("v", "n", "a")).rstrip("\t")
        words[form] = struct.pack("<BQ", TAG_INDEX[brill_tag] if brill_tag else NO_TAG, mask) + text.encode("utf-8")
    sortedtable.write(words, WORDS, WORDS_MAGIC, hashed=True)
    table = {
        lemma: "\t".join(f"{tag}={'/'.join(forms)}" for tag, forms in sorted(by_tag.items())).encode("utf-8")
        for lemma, by_tag in inflections.items()
    }
    sortedtable.write(table, INFLECTIONS, INFLECTIONS_MAGIC)
    print(f"wrote {len(words)} word forms to {WORDS.relative_to(ROOT)}")
    print(f"wrote {len(table)} lemmas to {INFLECTIONS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
