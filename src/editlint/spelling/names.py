"""Names spelt two ways in one draft.

Every capitalised word is compared with the draft's other capitalised
words. One that no dictionary knows and that is one slip away (two for
names of seven letters or more) from another with the same first letter is
a name variant ("Hezbolah" beside "Hezbollah"); so is a transliteration
of another ("Gaddafi" beside "Qaddafi", "Aleksandr" beside "Alexander"),
dictionary names included. The spelling a dictionary knows, or the more
frequent one, is suggested; when neither wins both places are reported.

Not variants: inflections and derived forms ("Iran"/"Iranian",
"Zealand"/"Zealander"); two people ("Cheng Chung-tai" and "Fernando
Cheung", "Pam Shriver" and "Joe Schriner": each spelling only ever stands
beside other names, and never the same ones); a part of a longer foreign
name against a dictionary name ("Chia" in "Lian Chia Liang" against
"China"). The same word with other capitals ("Geo-Science" beside
"Geo-science", both inside sentences) is a case variant, reported as such.
"""

from __future__ import annotations

import functools
import heapq
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..analysis.distance import derived, edit_distance, fold, one_slip_apart

#: Titles that stand before a name and say nothing about who it is.
TITLES = frozenset(
    """mr mrs ms mx dr prof sir dame lord lady rev sen rep gov gen col capt lt sgt st president minister prime
    premier chancellor senator governor mayor judge justice king queen prince princess sheikh imam""".split()
)


@dataclass(slots=True)
class NameUse:
    """One use of a capitalised word: the word (possessive removed), the
    other names beside it (a multi-word name's other parts), whether the
    lexicon lacks one of them, and where it stands."""

    name: str
    partners: frozenset[str]
    foreign_partner: bool
    position: str  # "inner", "initial" or "heading"
    item: object  # what a finding is made from (the analysis's use of the word)


@dataclass(slots=True)
class Variant:
    use: NameUse
    other: str
    kind: str  # "name-variant" or "case-variant"


def name_variants(
    uses: Sequence[NameUse], known: Callable[[str], bool], common: Callable[[str], bool] = lambda name: False
) -> list[Variant]:
    """Names one slip, or a transliteration, from another name of the draft;
    and names written with other capitals elsewhere. ``known`` says whether
    a dictionary has a name, ``common`` whether it is a common word
    ("President"), which stands beside many people."""
    counts = Counter(u.name for u in uses)
    is_known = {name: known(name) for name in counts}
    by_name: dict[str, list[NameUse]] = {}
    for use in uses:
        by_name.setdefault(use.name, []).append(use)
    found: list[Variant] = []
    found.extend(_case_variants(by_name, counts))
    distinct = sorted(counts)
    # Only a name with the same first letter and a length within two can be
    # close (see one_slip_apart); each bucket keeps the sorted order, and merged
    # they give the candidates in that order. Comparing every name with
    # every other took a long draft's thousands of names to millions.
    buckets: dict[tuple[str, int], list[str]] = {}
    for other in distinct:
        if len(other) >= 4:
            buckets.setdefault((other[0], len(other)), []).append(other)
    for name in distinct:
        if is_known[name] or len(name) < 4:
            continue
        near = [buckets.get((name[0], size), []) for size in range(len(name) - 2, len(name) + 3)]
        for other in heapq.merge(*near):
            if other == name or not one_slip_apart(name, other):
                continue
            if not common(other) and _distinct(by_name[name], by_name[other], is_known[other]):
                continue
            if (
                is_known[other]
                or counts[other] > counts[name]
                or (counts[other] == counts[name] and not is_known[name] and _first(by_name[other], by_name[name]))
            ):
                # The other spelling wins: it is a dictionary word, or the
                # more frequent, or (neither being either) the one the draft
                # used first. Only the losing spelling is reported, so the
                # fixes agree and --fix settles.
                found.extend(Variant(use, other, "name-variant") for use in by_name[name])
                break
    found.extend(_transliterations(by_name, counts, is_known))
    return found


def _case_variants(by_name: dict[str, list[NameUse]], counts: Counter) -> list[Variant]:
    """Hyphenated words written with other capitals after their first letter
    (which the start of a sentence explains); a title-case heading says
    nothing about a word's capitals."""
    inner: dict[str, list[str]] = {}
    for name, uses in by_name.items():
        if "-" in name and any(u.position != "heading" for u in uses):
            inner.setdefault(name[0].lower() + name[1:].lower(), []).append(name)
    found = []
    for spellings in inner.values():
        if len({s[1:] for s in spellings}) < 2:
            continue
        # The most frequent spelling wins; between equals, the one used first.
        spellings.sort(key=lambda s: (-counts[s], by_name[s][0].item))
        usual = spellings[0]
        for other in spellings[1:]:
            if other[1:] == usual[1:]:
                continue
            found.extend(Variant(u, usual, "case-variant") for u in by_name[other] if u.position != "heading")
    return found


def _first(uses: list[NameUse], others: list[NameUse]) -> bool:
    """Whether ``uses`` (in the draft's order) begin before ``others``."""
    return uses[0].item < others[0].item


def _distinct(uses: list[NameUse], others: list[NameUse], other_known: bool) -> bool:
    """Whether two close names are two names, not one spelt two ways: two
    people (each spelling stands only beside other names, never the same
    ones), or a part of a longer foreign name against a dictionary name."""
    partners = [u.partners for u in uses]
    if all(partners) and other_known and all(u.foreign_partner for u in uses):
        return True  # "Chia" in "Lian Chia Liang" is no misspelt "China"
    other_partners = [u.partners for u in others]
    if all(partners) and all(other_partners):
        return not frozenset().union(*partners) & frozenset().union(*other_partners)
    return False


def _transliterations(by_name: dict[str, list[NameUse]], counts: Counter, is_known: dict[str, bool]) -> list[Variant]:
    """Two spellings of one transliterated name ("Gaddafi", "Qaddafi";
    "Aleksandr", "Alexander"), dictionary names included."""
    keyed: dict[str, list[str]] = {}
    for name in by_name:
        if len(name) >= 5 and name[:1].isupper() and name[1:].islower():
            keyed.setdefault(_consonants(skeleton(name)), []).append(name)
    found = []
    for names in keyed.values():
        names.sort()
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if one_slip_apart(a, b) and not (is_known[a] and is_known[b]):
                    continue  # a name variant of an unknown name, found above
                if a == b or not _same_transliteration(a, b) or _distinct(by_name[a], by_name[b], False):
                    continue
                # The less used spelling is reported; between equals, the
                # one the draft uses second (so the fixes agree).
                if counts[a] != counts[b]:
                    rare, usual = (a, b) if counts[a] < counts[b] else (b, a)
                else:
                    rare, usual = (b, a) if _first(by_name[a], by_name[b]) else (a, b)
                found.extend(Variant(u, usual, "name-variant") for u in by_name[rare])
    return found


_TRANSLITERATION = (
    ("dh", "d"), ("kh", "k"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("q", "k"), ("x", "ks"),
    ("ou", "u"), ("ee", "i"), ("y", "i"), ("w", "v"),
)  # fmt: skip
_VOWELS = frozenset("aeiou")


@functools.lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """A spelling that transliterations of one name share: accents left
    off, "q" and a first "g" as "k", "x" as "ks", "y" as "i", "kh" as "k"
    ("Qaddafi" and "Gaddafi" give "kaddafi")."""
    key = fold(name).lower()
    for a, b in _TRANSLITERATION:
        key = key.replace(a, b)
    return "k" + key[1:] if key[:1] == "g" else key


@functools.lru_cache(maxsize=65536)  # each name of a draft is keyed by it, and names come back
def _consonants(key: str) -> str:
    return key[:1] + "".join(c for c in key[1:] if c not in _VOWELS)


def _same_transliteration(a: str, b: str) -> bool:
    """Two spellings that transliteration explains: the same skeleton
    ("Qaddafi"/"Gaddafi", "Soleimani"/"Soleymani"), or the same consonants
    and one vowel more or less inside the name ("Aleksandr"/"Alexander");
    not two names that differ in a doubled letter ("Baron"/"Barron"), a
    last vowel ("Roberto"/"Roberta") or an ending ("Texas"/"Texans")."""
    ka, kb = skeleton(a), skeleton(b)
    if ka[:1] != kb[:1] or derived(a, b):
        return False
    if ka == kb:
        return True
    consonants = _consonants(ka)
    return consonants == _consonants(kb) and len(consonants) >= 4 and ka[-1] == kb[-1] and edit_distance(ka, kb) <= 1
