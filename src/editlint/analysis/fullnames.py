"""One person's full name written two ways in a draft: "Muammar Gaddafi"
and "Muammar Kaddafi" (one word a slip away), "Ray McDonald" and "Ray
MacDonald", "Natasha Stott Despoja" and "Natasha Stott-Despoja" (the same
letters with other capitals, hyphens or spaces).

The spelling rule spelling.name-variant reports these beside the names it
compares word by word (editlint.spelling.names); this analysis finds what
that comparison cannot see: a slip in a first letter, a word with inner
capitals, a name split or joined. The form used more often (or first)
wins; only the other is reported, so the fixes agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .distance import one_slip_apart
from .people import Mention, People


@dataclass(frozen=True)
class FullNameVariant:
    mention: Mention  # a mention of the losing spelling
    other: tuple[str, ...]  # the winning spelling's words
    others: tuple[Mention, ...]  # the winning spelling's mentions


def full_name_variants(people: People) -> list[FullNameVariant]:
    """Each mention, outside headings, of a person's full name that the
    draft writes another way more often (or first)."""
    by_key: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for m in people.mentions:
        if len(m.key) >= 2 and not m.run.org:
            by_key[m.key].append(m)
    keys = list(by_key)
    candidates = _variant_candidates(keys)
    found = []
    for key in keys:
        best = None
        for other in candidates(key):
            if other == key or not (key in people.persons or other in people.persons):
                continue
            if not _variant(key, other):
                continue
            mine, theirs = by_key[key], by_key[other]
            if len(mine) > len(theirs):
                continue
            if len(mine) == len(theirs) and mine[0].position < theirs[0].position:
                continue
            best = other
            break
        if best is not None:
            found.extend(FullNameVariant(m, best, tuple(by_key[best])) for m in by_key[key])
    return found


def _squash(key: tuple[str, ...]) -> str:
    return "".join(key).replace("-", "").replace("'", "").replace("’", "")


def _variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    # (_variant_candidates lists every key this can accept: keep them in step.)
    if _squash(a).casefold() == _squash(b).casefold():
        if _squash(a) == _squash(b):
            return True  # hyphens or spaces: "Stott Despoja", "Stott-Despoja"
        # Other capitals; not just a particle capitalised to open a sentence.
        if len(a) == len(b) and a[1:] == b[1:] and a[0].lower() == b[0].lower():
            if a[0][1:] == b[0][1:]:
                return False
        return True
    if len(a) != len(b):
        return False
    diffs = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diffs) != 1:
        return False
    if not any(a[i] == b[i] and len(a[i]) > 1 for i in range(len(a))):
        return False
    return _word_slip(a[diffs[0]], b[diffs[0]])


def _word_slip(a: str, b: str) -> bool:
    """Two spellings of one word of a full name (of four letters or more)."""
    return min(len(a), len(b)) >= 4 and one_slip_apart(a, b)


def _variant_candidates(keys: list[tuple[str, ...]]):
    """For a key, in the order of ``keys``, the others that _variant may
    accept: the same letters but for spaces, hyphens, apostrophes and case,
    or the same words but one. Comparing every key with every other took a
    long draft's thousands of names into millions of comparisons."""
    order = {key: n for n, key in enumerate(keys)}
    groups: dict[tuple, list[tuple[str, ...]]] = defaultdict(list)

    def group_keys(key: tuple[str, ...]) -> list[tuple]:
        found: list[tuple] = [("letters", _squash(key).casefold())]
        found += [("all but", i, key[:i] + key[i + 1 :]) for i in range(len(key))]
        return found

    for key in keys:
        for group in group_keys(key):
            groups[group].append(key)

    def candidates(key: tuple[str, ...]) -> list[tuple[str, ...]]:
        found = {other for group in group_keys(key) for other in groups[group]}
        return sorted(found, key=order.__getitem__)

    return candidates
