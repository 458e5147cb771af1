#!/usr/bin/env python3
"""Build src/editlint/spelling/data/lexicon.bin and phrases.bin.

Sources, all with licences that allow shipping what is built from them
(credited in src/editlint/spelling/data/README.md):

- SCOWL 2020.12.07 (Kevin Atkinson; Debian package ``scowl``,
  /usr/share/dict/scowl/): word lists by spelling category (english,
  american, british, canadian, australian and their variant levels) and
  by size (10 the commonest words .. 95 the rarest). They say which
  dialects accept a word, whether it is a dialect's main spelling or an
  accepted variant ("ageing" is an accepted American variant, "colour" is
  no American spelling at all), and how common it is. Permissive licence:
  hunspell/COPYRIGHT-SCOWL.txt.
- The SCOWL Hunspell dictionaries that ship in data/hunspell/ (Debian
  ``hunspell-en-us``, ``hunspell-en-au``, ``hunspell-en-ca``): every form
  they accept is accepted for their dialect, and their NOSUGGEST words
  (offensive words) are never suggested.
- WordNet 3.0 (Princeton University; Debian ``wordnet-base``,
  /usr/share/wordnet/): single-word lemmas no SCOWL list has ("niqab",
  "takedown", "jirga"), accepted in every dialect with regular noun
  plurals, and multi-word lemmas ("joie de vivre", "quo warranto", "loya
  jirga", "United Nations"), written to phrases.bin: a word that only
  such a phrase has ("vivre", "warranto") is accepted inside that phrase.
  WordNet 3.0 licence: data/WORDNET-LICENSE.txt.

What is accepted: SCOWL words, upper-case words, abbreviations and
contractions up to size 80 (size 95 is SCOWL's "insane" level, which
holds misspellings such as "diety"), proper names up to size 95 (a name
is never a typo), and WordNet's lemmas. Main and variant levels: a
dialect accepts its own lists and its variant_1 and variant_2 lists
(American variants are the unprefixed variant_* lists), and a word only
a variant_2 list gives it is marked "weak" there (the speller reports
"grey" in en-US, where it is accepted but "gray" is the main spelling); a
word only a variant_3 list has (seldom-used variants such as "leant") is
accepted in every dialect. SCOWL's british_z lists (Oxford -ize
spellings) are left out: to a British newsroom "organize" is the American
form.

Possessives ("Israel's") are left out: the lexicon looks a possessive up
without its ending.

Usage: apt-get install scowl wordnet-base hunspell-en-us hunspell-en-au
hunspell-en-ca; then python tools/build_lexicon.py. The output is the same
byte for byte from the same inputs.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from editlint import sortedtable  # noqa: E402
from editlint.spelling import lexicon, nearindex  # noqa: E402
from editlint.spelling.hunspell import expand  # noqa: E402

HUNSPELL = ROOT / "src" / "editlint" / "spelling" / "data" / "hunspell"
SCOWL = Path("/usr/share/dict/scowl")
WORDNET = Path("/usr/share/wordnet")
# SCOWL size level -> tier (0 most common); WordNet-only words get tier 7.
LEVEL_TIER = {10: 0, 20: 1, 35: 2, 40: 3, 50: 3, 55: 4, 60: 4, 70: 5, 80: 6, 95: 7}
LARGEST = 80  # for words; names are taken up to 95
SCOWL_DIALECTS = {"american": lexicon.US, "australian": lexicon.AU, "canadian": lexicon.CA, "british": lexicon.GB}
_FILE = re.compile(
    r"(?P<category>[a-z_0-9]+?)-(?P<kind>words|upper|proper-names|abbreviations|contractions)\.(?P<size>\d+)$"
)


def scowl_lists():
    """(category, kind, size, words) for every SCOWL list."""
    for path in sorted(SCOWL.iterdir()):
        found = _FILE.match(path.name)
        if not found:
            continue  # special-hacker, special-roman-numerals
        words = [w for w in path.read_text(encoding="utf-8").split("\n") if w]
        yield found["category"], found["kind"], int(found["size"]), words


def dialect_bits(category: str) -> tuple[int, int, int]:
    """(accepted, main, weak) dialect bits of a SCOWL spelling category:
    the dialects that accept its words, those whose main spelling they
    are, and those that accept them only as variant_2 ("generally
    considered acceptable": "grey" in American English)."""
    if category == "english":
        return lexicon.ANY_DIALECT, lexicon.ANY_DIALECT, 0
    if category == "british_z":
        return 0, 0, 0  # Oxford -ize spellings: American forms to a British newsroom
    name, _, level = category.partition("variant_")
    bit = SCOWL_DIALECTS.get(name.rstrip("_"), lexicon.US)  # unprefixed variant lists are American
    if level == "1":
        return bit, 0, 0
    if level == "2":
        return bit, 0, bit
    if not level:
        return bit, bit, 0
    return 0, 0, 0  # variant_3 is handled apart


def wordnet_lemmas() -> tuple[set[str], set[str], set[str]]:
    """WordNet's single-word lemmas written in lower case in its data files
    (its names are left to SCOWL's lists, which are cleaner: WordNet has
    "Ukranian"), its nouns among them, and its multi-word lemmas as written
    (with capitals)."""
    single, nouns, phrases = set(), set(), set()
    for part in ("noun", "verb", "adj", "adv"):
        for line in (WORDNET / f"data.{part}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split(" ")
            count = int(fields[3], 16)
            for k in range(count):
                lemma = re.sub(r"\(.*\)$", "", fields[4 + 2 * k])  # adjective markers: (a), (p)
                if "_" in lemma:
                    phrases.add(lemma.replace("_", " "))
                elif lemma.islower():
                    single.add(lemma)
                    if part == "noun":
                        nouns.add(lemma)
    return single, nouns, phrases


def plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def main() -> None:
    accepted: dict[str, int] = {}
    main_in: dict[str, int] = {}
    weak: dict[str, int] = {}
    tiers: dict[str, int] = {}
    variant_3: set[str] = set()
    dictionary_names: set[str] = set()
    for category, kind, size, words in scowl_lists():
        if kind == "upper" and size <= 60:
            # Capitalised words a dictionary has: places, days, months,
            # institutions (people's names are SCOWL's proper-names lists).
            dictionary_names.update(w for w in words if w[:1].isupper() and w[1:].islower() and "'" not in w)
        limit = 95 if kind == "proper-names" or kind == "upper" else LARGEST
        if size > limit:
            continue
        tier = LEVEL_TIER[size]
        bits, main_bits, weak_bits = dialect_bits(category)
        if category == "variant_3":
            variant_3.update(words)
        for word in words:
            if bits:
                accepted[word] = accepted.get(word, 0) | bits
                main_in[word] = main_in.get(word, 0) | main_bits
                weak[word] = weak.get(word, 0) | weak_bits
            if bits or category == "variant_3":
                tiers[word] = min(tiers.get(word, 7), tier)
    # SCOWL's larger upper-case and name lists (sizes 70-95) hold common
    # words capitalised in some name ("The", "Forces", "Nations"): such an
    # entry is left out (the lower-case word still accepts the capitalised
    # form), so that a capitalised entry means a name.
    for word in [w for w, t in tiers.items() if t >= 5 and w[:1].isupper() and w[1:].islower()]:
        if tiers.get(word.lower(), 7) <= 4 and word in accepted and word.lower() in accepted:
            del accepted[word]
    for word in variant_3:
        if not accepted.get(word):
            accepted[word] = lexicon.ANY_DIALECT  # a seldom-used spelling, no dialect's: no typo
    suggestible: dict[str, bool] = {}
    for name, bit in (("en_US", lexicon.US), ("en_AU", lexicon.AU), ("en_CA", lexicon.CA)):
        for word, may_suggest in expand(HUNSPELL / f"{name}.dic", HUNSPELL / f"{name}.aff").items():
            accepted[word] = accepted.get(word, 0) | bit
            if bit == lexicon.AU and not accepted[word] & lexicon.GB and word not in main_in:
                accepted[word] |= lexicon.GB  # Australian forms SCOWL files under no category
            suggestible[word] = suggestible.get(word, True) and may_suggest
    single, nouns, phrases = wordnet_lemmas()
    known_lower = {w.lower() for w in accepted}
    for lemma in sorted(single):
        if lemma in known_lower or not re.fullmatch(r"[a-z][a-z'-]*[a-z]", lemma):
            continue
        forms = [lemma, plural(lemma)] if lemma in nouns else [lemma]
        for form in forms:
            if form.lower() not in known_lower:
                accepted[form] = lexicon.ANY_DIALECT
                tiers.setdefault(form, 7)
    entries: dict[str, bytes] = {}
    for word, bits in accepted.items():
        if word.endswith("'s") and accepted.get(word[:-2], 0) & bits == bits:
            continue  # possessives are looked up without their ending
        flags = bits | (tiers.get(word, 7) << lexicon.TIER_SHIFT)
        # Offensive words (Hunspell's NOSUGGEST), and names only SCOWL's
        # largest lists have ("Thokk"), are never suggested.
        if not suggestible.get(word, True) or (tiers.get(word, 7) == 7 and word[:1].isupper()):
            flags |= lexicon.NOSUGGEST
        # Weak: accepted only through a variant_2 list (not also as a main or variant_1 spelling).
        strong = bits & ~weak.get(word, 0) | main_in.get(word, 0)
        flags |= main_in.get(word, 0) << lexicon.MAIN_SHIFT
        flags |= (weak.get(word, 0) & ~strong & lexicon.ANY_DIALECT) << lexicon.WEAK_SHIFT
        entries[word] = flags.to_bytes(2, "little")
    sortedtable.write(entries, lexicon.DATA, lexicon.MAGIC, hashed=True)
    # The words near misses are looked for among: suggestible words up to
    # size 60 (tiers 0-4), in lower case, on one line; then the capitalised
    # words of SCOWL's "upper" lists up to size 60, as spelt.
    common = set()
    for word, value in entries.items():
        flags = int.from_bytes(value, "little")
        if not flags & lexicon.NOSUGGEST and lexicon.tier(flags) < lexicon.COMMON_TIERS and "'" not in word:
            common.add(word.lower())
    lines = ["\t".join(sorted(common)), "\t".join(sorted(dictionary_names))]
    lexicon.COMMON.write_text("\n".join(lines) + "\n", encoding="utf-8")
    nearindex.write()  # for the common words just written
    write_letter_sequences(entries)

    # A phrase is kept when it is a name (capitalised) or when some word of
    # it is not a common word of every dialect ("per se", "joie de vivre"):
    # the rest are ordinary word sequences.
    def common_everywhere(word: str) -> bool:
        flags = accepted.get(word, 0) or accepted.get(word.lower(), 0)
        tier = min(tiers.get(word, 7), tiers.get(word.lower(), 7))
        return flags == lexicon.ANY_DIALECT and tier < 6

    kept = {}
    for phrase in phrases:
        words = re.split(r"[ -]", phrase)
        if len(words) < 2 or not all(re.fullmatch(r"[A-Za-z][a-z'.]*", w) for w in words):
            continue
        if phrase != phrase.lower() or not all(common_everywhere(w) for w in words):
            kept[phrase.lower()] = b""
    sortedtable.write(kept, lexicon.PHRASES, lexicon.PHRASE_MAGIC, hashed=True)
    sortedtable.write(lexicon.phrase_ends(kept), lexicon.PHRASE_ENDS, lexicon.PHRASE_ENDS_MAGIC, hashed=True)
    print(f"wrote {len(entries)} words ({len(common)} common) to {lexicon.DATA.relative_to(ROOT)}, "
          f"{len(kept)} phrases to "
          f"{lexicon.PHRASES.relative_to(ROOT)}")  # fmt: skip


def write_letter_sequences(words) -> None:
    """data/trigrams.txt: every three-letter sequence of the lexicon's words
    and names (what editlint.spelling.lexicon.unheard_of reads). Alone:
    ``python tools/build_lexicon.py --letter-sequences`` (from lexicon.bin)."""
    sequences = lexicon.letter_sequences(iter(words))
    lexicon.LETTER_SEQUENCES.write_text("\t".join(sorted(sequences)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--near-index"]:
        nearindex.write()  # from common.txt
        sys.exit()
    if sys.argv[1:] == ["--letter-sequences"]:
        write_letter_sequences(word for word, _ in lexicon.lexicon().entries())
        sys.exit()
    main()
