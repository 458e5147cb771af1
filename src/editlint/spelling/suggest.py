"""Suggestions for a misspelt word, best first.

Candidates are the dictionary words one edit away (a letter deleted,
inserted, replaced, two neighbours swapped, or two letters swapped across
a third: "tradegy" for "tragedy"), and two edits away when none is one
away. They are ranked by the slip distance (editlint.analysis.distance), in which the slips people
really make cost less (a neighbouring key, a doubled or dropped double
letter, two letters swapped, one vowel for another), then by how common the
word is, how it sounds, and whether the draft already uses it: "facton" in a
draft that says "faction" elsewhere gets "faction" before "factor".

The ranking weighs a few slips lighter than the reports do (see rank): a
left-out letter, the commonest typo, and two neighbours swapped ("staet"
is "state" before "start"); it weighs commonness more, so that of two
words one slip away the commoner comes first ("outsid": "outside" before
"outdid"); a word that keeps the typo's last letter comes before one
that needs it changed ("quotd": "quoted"), and a possessive the typo has
no apostrophe for comes after the plain words ("threates": "threatens"
before "threat's").

Candidates are looked for among the common words (SCOWL up to size 70,
about 130,000 words): those one edit from a word are found by the
near-word index (editlint.spelling.nearindex) when the caller gives it
(``near``), else in the set of them, and the tens of thousands of strings
two edits away are tested against the set only for a reported word none
is one edit from.
Rarer words (size 80, WordNet's) are suggested only one edit away, looked
up in the lexicon. Suggestions are computed only for words that are
reported, within a time limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..analysis.distance import VOWELS, slip_distance
from .dialects import copy_case

ALPHABET = "abcdefghijklmnopqrstuvwxyz'-"

# How much each commonness tier (SCOWL size 10, 20, 35, 40-50, 55-60, 70,
# 80-95, none) adds to the cost. Twice the cost of the first version: with
# a tier worth a tenth of a slip, a rarer word a vowel away ("outdid")
# beat a common one a left-out letter away ("outside"). Two words of one
# tier ("countries", "contrives") stay unordered: SCOWL's sizes are all
# the frequency the lexicon has.
TIER_COST = (0.0, 0.2, 0.5, 0.8, 1.1, 1.4, 1.7, 2.0)
#: SCOWL lists names from size 35 up and words from size 10: "Poland" and
#: "London" (size 50, tier 3) are as common in news as a size-35 word, and
#: with the doubled tier costs a common word beat a name a likelier slip
#: away ("Dentn": "Dent" before "Denton"). A name counts one tier commoner.
NAME_TIER_SHIFT = 1
IN_DRAFT_BONUS = 0.6
SOUND_BONUS = 0.25
FIRST_LETTER_COST = 0.3
#: The costs of a left-out letter and of two neighbours swapped when
#: suggestions are ranked (the reports keep slip_distance's own, 0.9 and
#: 0.6): both are likelier than any one wrong key, so a word they explain
#: comes before one a replaced letter explains ("increasd": "increased"
#: before "increase"; "staet": "state" before "start").
OMISSION_COST = 0.75
SWAP_COST = 0.45
#: A word ending as the typo ends (its last letter, or its last two
#: swapped) needs no slip at the end: an inflection the typo shows is kept
#: ("monthy": "monthly" before "month").
SAME_ENDING_BONUS = 0.2
#: A possessive ("threat's") for a typo with no apostrophe needs an
#: apostrophe typed for a letter: a rare slip, where the plain word or
#: plural ("threatens", "activists") needs a common one.
POSSESSIVE_COST = 0.5

#: No dictionary word is longer (the longest in SCOWL has 45 letters, and
#: one slip would add one): a longer "word" (a URL fragment, a keyboard run,
#: a chemical name) has no word one slip away. Its edits alone would fill
#: gigabytes: a 3,000-letter run has 170,000 of 3,000 letters each.
LONGEST_WORD = 46


def edits1(word: str) -> set[str]:
    """Every string one edit away from ``word`` (none for a word longer
    than any dictionary word)."""
    if len(word) > LONGEST_WORD:
        return set()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in ALPHABET if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in ALPHABET]
    return set(deletes + swaps + replaces + inserts)


def skip_swaps(word: str) -> set[str]:
    """The strings with two letters swapped across a third ("tragedy" for
    "tradegy", "relevant" for "revelant"): one slip, though edits1 needs two."""
    if len(word) > LONGEST_WORD:
        return set()
    return {word[:i] + word[i + 2] + word[i + 1] + word[i] + word[i + 3 :] for i in range(len(word) - 2)} - {word}


def sound_key(word: str) -> str:
    """A rough phonetic key: spellings that sound alike get the same key."""
    w = word.lower()
    for a, b in (("ph", "f"), ("ck", "k"), ("qu", "kw"), ("x", "ks"), ("c", "k"), ("q", "k"), ("z", "s"), ("wh", "w")):
        w = w.replace(a, b)
    key = w[:1]
    for c in w[1:]:
        if c in VOWELS or c in "hw'-":
            continue
        if key[-1:] != c:
            key += c
    return key


def rank(
    word: str,
    candidates: Iterable[str],
    tier_of: Callable[[str], int],
    in_draft: frozenset[str],
) -> list[tuple[float, str]]:
    lower = word.lower()
    key = sound_key(lower)
    scored = []
    for candidate in candidates:
        c = candidate.lower()
        commonness = min(tier_of(candidate), len(TIER_COST) - 1)
        if candidate != c:
            commonness = max(0, commonness - NAME_TIER_SHIFT)
        distance = slip_distance(lower, c, omission=OMISSION_COST, swap=SWAP_COST)
        cost = distance + TIER_COST[commonness]
        if c[-1:] == lower[-1:] or c[-2:] == lower[:-3:-1]:
            # The typo's last letter kept, or its last two swapped back.
            cost -= SAME_ENDING_BONUS
        if c.endswith("'s") and "'" not in lower:
            cost += POSSESSIVE_COST
        if c[:1] not in lower[:2]:
            # Slips rarely hit the first letter (two swapped ones aside).
            cost += FIRST_LETTER_COST
        if c in in_draft:
            cost -= IN_DRAFT_BONUS
        if distance > 1.2 and sound_key(c) == key:
            # Far in letters but alike in sound: "definately".
            cost -= SOUND_BONUS
        scored.append((round(cost, 6), commonness, candidate))
    scored.sort()
    return [(cost, candidate) for cost, _, candidate in scored]


#: The first slips of a word whose own slips are searched for a common word
#: two edits away (about 0.2 ms each here): every slip of a word of up to
#: 14 letters, the likeliest of a longer one.
MAX_SECOND_EDITS = 800


def suggest(
    word: str,
    spelling_of: Callable[[str], str | None],
    common: Callable[[], frozenset[str]],
    tier_of: Callable[[str], int],
    in_draft: frozenset[str] = frozenset(),
    limit: int = 5,
    deep: bool = True,
    near: Callable[[str], set[str]] | None = None,
) -> list[str]:
    """Up to ``limit`` corrections for ``word``, best first.

    ``spelling_of(candidate)`` gives the dictionary's spelling of a
    lower-case candidate (``"israel"`` gives ``"Israel"``) or None;
    ``common()`` the common words in lower case, the only candidates two
    edits away. ``in_draft`` holds the lower-case words the draft uses.
    ``near(word)``, when given, is ``common() & (edits1(word) |
    skip_swaps(word) | {word})`` found faster (editlint.spelling.nearindex):
    then ``common()``, a set that takes 20 ms to make, is asked for only
    by a search two edits deep.
    """
    lower = word.lower()
    found: dict[str, None] = {}
    first = edits1(lower) | skip_swaps(lower)
    close = near(lower) & first if near is not None else first & common()
    # Common words one slip away, then rarer ones (looked up one by one).
    for candidate in sorted(close) + sorted(first - close):
        spelt = spelling_of(candidate)
        if spelt:
            found[spelt] = None
    if not found and deep and len(lower) > 3:
        # The likeliest first slips first, and no more than MAX_SECOND_EDITS
        # of them: a long word has over a thousand, each a set of its own.
        # A count, not a time limit, so that the same draft gets the same
        # suggestions on a busy machine as on an idle one.
        likeliest = sorted(first, key=lambda e: (slip_distance(lower, e), e))[:MAX_SECOND_EDITS]
        words = common()
        for one in likeliest:
            for candidate in sorted(words & edits1(one)):
                if candidate != lower:
                    spelt = spelling_of(candidate)
                    if spelt:
                        found[spelt] = None
    ranked = rank(word, found, tier_of, in_draft)
    return [_case_like(candidate, word) for _, candidate in ranked[:limit]]


def _case_like(candidate: str, original: str) -> str:
    """Give a lower-case suggestion the capitals of the misspelt word."""
    if candidate != candidate.lower():
        return candidate  # a proper noun keeps its own capitals
    return copy_case(candidate, original)
