#!/usr/bin/env python3
"""Build src/editlint/spelling/data/lexicon.bin from the shipped dictionaries.

Sources (Debian bookworm packages, all SCOWL 2020.12.07, permissive licence
in src/editlint/spelling/data/hunspell/COPYRIGHT-SCOWL.txt):

- hunspell-en-us, hunspell-en-au, hunspell-en-ca: the .dic/.aff files,
  copied into src/editlint/spelling/data/hunspell/ and expanded here;
- wbritish: /usr/share/dict/british-english (SCOWL size 50), added to the
  en_AU words to make the en-GB word set (Debian's hunspell-en-gb is
  LibreOffice data under the LGPL, so it is not used);
- scowl: /usr/share/dict/scowl/*-words.NN and friends, SCOWL's lists by
  size level (10 holds the most common words, 95 the rarest), which give
  each word a commonness tier for ranking suggestions.

Usage: apt-get install hunspell-en-us hunspell-en-au hunspell-en-ca wbritish
scowl; then python tools/build_lexicon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from editlint.spelling import lexicon  # noqa: E402
from editlint.spelling.hunspell import expand  # noqa: E402

HUNSPELL = ROOT / "src" / "editlint" / "spelling" / "data" / "hunspell"
DICT = Path("/usr/share/dict")
SCOWL = DICT / "scowl"
# SCOWL size level -> tier (0 most common); words in no list get tier 7.
LEVEL_TIER = {10: 0, 20: 1, 35: 2, 40: 3, 50: 3, 55: 4, 60: 4, 70: 5, 80: 6, 95: 6}


def read_list(path: Path) -> set[str]:
    return {w for w in path.read_text(encoding="utf-8").split("\n") if w}


def main() -> None:
    entries: dict[str, int] = {}
    suggestible: dict[str, bool] = {}
    for name, bit in (("en_US", lexicon.US), ("en_AU", lexicon.AU), ("en_CA", lexicon.CA)):
        forms = expand(HUNSPELL / f"{name}.dic", HUNSPELL / f"{name}.aff")
        for word, may_suggest in forms.items():
            entries[word] = entries.get(word, 0) | bit
            suggestible[word] = suggestible.get(word, True) and may_suggest
            if bit == lexicon.AU:
                entries[word] |= lexicon.GB
    for word in read_list(DICT / "british-english"):
        entries[word] = entries.get(word, 0) | lexicon.GB
        suggestible.setdefault(word, True)
    tiers: dict[str, int] = {}
    for path in SCOWL.iterdir():
        level = int(path.suffix[1:])
        for word in read_list(path):
            tiers[word] = min(tiers.get(word, 7), LEVEL_TIER[level])
    for word in entries:
        tier = tiers.get(word, 7)
        flags = entries[word] | (tier << lexicon.TIER_SHIFT)
        if not suggestible[word]:
            flags |= lexicon.NOSUGGEST
        entries[word] = flags
    lexicon.write(entries, lexicon.DATA)
    print(f"wrote {len(entries)} words to {lexicon.DATA.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
