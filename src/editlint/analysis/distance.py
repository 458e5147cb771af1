"""How far apart two spellings are: the one home of editlint's edit distances.

- :func:`edit_distance` counts edits (a letter, or a word of a word list,
  left out, put in or changed; two neighbours swapped): the headline rules
  compare headlines with it, the name analyses the words of names.
- :func:`slip_distance` weighs the same edits by how often people make them
  at a keyboard (a neighbouring key, a doubled letter, one vowel for
  another cost less; two letters swapped across a third is one slip): the
  speller ranks its suggestions with it.
- :func:`one_slip_apart` is the test of two names being one name spelt two
  ways ("Hezbolah", "Hezbollah"), not a name and its derived form ("Iran",
  "Iranian"): the spelling analysis and the people analysis both ask it.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

#: Endings that make a derived form or an inflection of a name, never a
#: slip: plurals ("Karzais", "Koreans"), demonyms ("Iranian", "Zealander",
#: "Japanese", "Iraqi", "Danish"), adjectives and isms ("Islamic",
#: "Thatcherism"). The people analysis once knew 11 of these and the
#: spelling analysis 15, so "Korea"/"Koreans" was a slip to one and not to
#: the other; every one of them names a real derived form, so the test
#: knows them all.
DERIVED_ENDINGS = frozenset("s es ns n an ans ian ians i is er ers ese ish ic ism".split())

_LIGATURES = str.maketrans({"æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O"})


def fold(word: str) -> str:
    """The word with ligatures written out and accents left off ("anærobic"
    gives "anaerobic", "złotys" gives "zlotys")."""
    if word.isascii():
        return word
    spelt = word.translate(_LIGATURES)
    return "".join(c for c in unicodedata.normalize("NFKD", spelt) if not unicodedata.combining(c))


def edit_distance(a: Sequence, b: Sequence, limit: int | None = None, *, swaps: bool = True) -> int:
    """The number of edits from ``a`` to ``b`` (strings, or lists of words):
    deletions, insertions, substitutions and, with ``swaps``, two
    neighbours swapped (optimal string alignment). With a ``limit``, any
    distance over it is given as ``limit + 1``, found without filling the
    whole table."""
    n, m = len(a), len(b)
    if limit is not None and abs(n - m) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(m + 1))
    for i in range(1, n + 1):
        current = [i] + [0] * m
        x = a[i - 1]
        for j in range(1, m + 1):
            y = b[j - 1]
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
            if swaps and i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                best = min(best, previous2[j - 2] + 1)
            current[j] = best
        if limit is not None and min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    distance = previous[m]
    return distance if limit is None else min(distance, limit + 1)


# --------------------------------------------------------------------------- slips at a keyboard

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
VOWELS = frozenset("aeiouy")
#: Two letters swapped across a third ("tradegy"): one slip, dearer than a
#: swap of neighbours.
SKIP_SWAP_COST = 0.8


def _neighbours() -> dict[str, frozenset[str]]:
    position = {c: (r, i) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    result = {}
    for c, (r, i) in position.items():
        result[c] = frozenset(
            d
            for d, (r2, i2) in position.items()
            if d != c and abs(r - r2) <= 1 and abs((i + 0.5 * r) - (i2 + 0.5 * r2)) <= 1
        )
    return result


NEIGHBOURS = _neighbours()


def substitution_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if b in NEIGHBOURS.get(a, ()):
        return 0.6
    if a in VOWELS and b in VOWELS:
        return 0.7
    return 1.0


#: A letter left out of the word (the commonest typo of all) and two
#: neighbours swapped: the costs :func:`slip_distance` gives them unless told.
OMISSION_COST = 0.9
SWAP_COST = 0.6


def slip_distance(source: str, target: str, *, omission: float = OMISSION_COST, swap: float = SWAP_COST) -> float:
    """:func:`edit_distance` with the costs of real slips (and two letters
    swapped across a third as one slip): never more than it. The speller's
    reports use the default costs; its ranking of suggestions may weigh a
    left-out letter (``omission``, for ``target`` having a letter
    ``source`` lacks) and a swap of neighbours (``swap``) otherwise."""
    n, m = len(source), len(target)
    previous3: list[float] = []
    previous2: list[float] = []
    previous = [float(j) for j in range(m + 1)]
    for i in range(1, n + 1):
        current = [float(i)] + [0.0] * m
        for j in range(1, m + 1):
            a, b = source[i - 1], target[j - 1]
            # Doubling a letter or dropping a double is a small slip, and a
            # left-out letter is the commonest typo of all.
            delete_cost = 0.5 if i > 1 and source[i - 2] == a else 1.0
            insert_cost = 0.5 if j > 1 and target[j - 2] == b else omission
            best = min(
                previous[j] + delete_cost,
                current[j - 1] + insert_cost,
                previous[j - 1] + substitution_cost(a, b),
            )
            if i > 1 and j > 1 and a == target[j - 2] and source[i - 2] == b:
                best = min(best, previous2[j - 2] + swap)
            if (
                i > 2 and j > 2 and a == target[j - 3] and source[i - 3] == b and source[i - 2] == target[j - 2]
                and a != b
            ):  # fmt: skip
                best = min(best, previous3[j - 3] + SKIP_SWAP_COST)
            current[j] = best
        previous3, previous2, previous = previous2, previous, current
    return previous[m]


# --------------------------------------------------------------------------- one name, two spellings


def derived(a: str, b: str) -> bool:
    """Whether one word is the other with an inflection or a derivational
    ending ("Turpins" of "Turpin", "Zealander" of "Zealand")."""
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    return longer.startswith(shorter) and longer[len(shorter) :] in DERIVED_ENDINGS


@functools.lru_cache(maxsize=65536)  # the same names meet again draft after draft
def one_slip_apart(a: str, b: str) -> bool:
    """Two spellings of one name: one slip apart (two for names of seven
    letters or more), or the same letters with and without accents; not
    the same word in other capitals, and not a word and its derived form
    ("Iran", "Iranian"). Hyphenated names are compared part by part."""
    if abs(len(a) - len(b)) > 2 or a.lower() == b.lower():
        return False
    lower_a, lower_b = a.lower(), b.lower()
    parts_a, parts_b = lower_a.split("-"), lower_b.split("-")
    if len(parts_a) == len(parts_b) > 1:
        # Of hyphenated names, the one part that differs is compared, and a
        # part of two or three letters is a syllable, not a word to slip in:
        # "Jong-un" and "Jong-il" are two people, "al-Askari" and
        # "al-Askary" one.
        differing = [(x, y) for x, y in zip(parts_a, parts_b, strict=True) if x != y]
        if len(differing) != 1 or min(len(differing[0][0]), len(differing[0][1])) < 4:
            return False
        lower_a, lower_b = differing[0]
    if derived(lower_a, lower_b):
        return False  # Karzai / Karzais, Iran / Iranian, Korea / Koreans
    if fold(lower_a) == fold(lower_b):
        return True  # Erdoğan / Erdogan: one name, spelt with and without an accent
    limit = 1 if min(len(lower_a), len(lower_b)) < 7 else 2
    return edit_distance(lower_a, lower_b, limit) <= limit
