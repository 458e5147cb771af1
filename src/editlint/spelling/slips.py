"""Evidence from the draft that a capitalised word is a slip, not a name.

A capitalised word the dictionaries lack is mostly a name, and a name is
often a letter from some word or other name by chance. Three kinds of
evidence tell a slip apart (the spelling analysis,
:mod:`editlint.spelling.check`, weighs them):

- the words beside it: a word one slip away makes a WordNet phrase with
  them where the word as written makes none ("Unitde States", "Sovyet
  Union", "Secretary of Stte");
- the draft's own names: a word the dictionaries know only as a rare word
  or name ("Kenedy", "Tump", "Madid"), used once, a letter from a common
  name the draft uses more than once ("Kennedy", "Trump", "Madrid");
- its letters: three in a row that no word or name of the lexicon has
  (:func:`editlint.spelling.lexicon.unheard_of`: "Pzland", "Moscnw").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from ..analysis import titlelist
from ..analysis.distance import derived, edit_distance
from ..analysis.words import Uses, without_possessive
from .lexicon import is_phrase
from .names import NameUse

#: The commonness tier from which a known word or name is rare (SCOWL
#: size 70 and more, and WordNet's words): a slip of a common name lands
#: on one of those oftener than a writer means one.
RARE_TIER = 5
#: ... and the tiers of a common name (SCOWL up to size 50).
COMMON_NAME_TIER = 3
#: The longest run of words a phrase is looked for in.
LONGEST_PHRASE = 4
#: The words of the titles people hold before a name ("President",
#: "Lieutenant", "Professor"), in lower case: a slip of one before a name
#: is a slip, not a name.
TITLE_WORDS = frozenset(
    part.lower() for title in (*titlelist.TITLES, *titlelist.HONORIFICS) for part in title.replace("-", " ").split()
    if len(part) >= 5
)  # fmt: skip


def phrase_target(uses: Uses, i: int, near: Sequence[str]) -> str | None:
    """The first of ``near`` (spellings one slip from word ``i``) that makes a
    WordNet phrase with the words beside word ``i`` in its block, capitalised."""
    if not near:
        return None
    first, end = uses.block_range(i)  # the runs of words around it within its block
    reach = range(max(first, i - LONGEST_PHRASE + 1), min(end, i + LONGEST_PHRASE))
    around = {k: without_possessive(uses.word(k)) for k in reach}
    for size in range(2, LONGEST_PHRASE + 1):
        for start in range(max(first, i - size + 1), min(i, end - size) + 1):
            words = [around[k] for k in range(start, start + size)]  # "Ufnited Kingdom's"
            for spelling in near:
                words[i - start] = spelling.lower()
                if is_phrase(" ".join(words)):
                    return spelling[0].upper() + spelling[1:]
    return None


def rare_slips(names: Sequence[NameUse], tier_of: Callable[[str], int | None]) -> frozenset[str]:
    """The names of ``names`` (the capitalised words the dictionaries know)
    that are rare (``tier_of`` at least RARE_TIER; None for a word no
    dictionary has), used once, and one letter from a common name that the
    draft uses more than once, with the same first letter and not a derived
    form of it, standing alone (no other name beside it): "Kenedy" beside
    "Kennedy" x5, "Tump" beside "Trump" x33."""
    counts = Counter(use.name for use in names)
    # Beside another name it is a name of its own ("Marc Lamont Hill" where
    # the draft also quotes a Mark): only a name standing alone is weighed.
    alone = {use.name for use in names if not use.partners}
    common = [name for name, count in counts.items() if count > 1 and (tier_of(name) or RARE_TIER) <= COMMON_NAME_TIER]
    if not common:
        return frozenset()
    found = set()
    for name, count in counts.items():
        if count > 1 or name not in alone or len(name) < 4 or not name[1:].islower():
            continue
        if (tier_of(name) or 0) < RARE_TIER:
            continue
        lower = name.lower()
        if any(
            other[0] == name[0] and not derived(lower, other.lower()) and edit_distance(lower, other.lower(), 1) == 1
            for other in common
        ):
            found.add(name)
    return frozenset(found)


def swapped(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with two neighbouring letters swapped."""
    if len(a) != len(b):
        return False
    differ = [k for k in range(len(a)) if a[k] != b[k]]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and a[differ[1]] == b[differ[0]]
    )


def vowel_for_vowel(a: str, b: str) -> bool:
    """Whether two words of one length differ in one vowel only."""
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differ) == 1 and differ[0][0] in "aeiouy" and differ[0][1] in "aeiouy"


def name_partners(uses: Uses, i: int, stops: Callable[[str], bool]) -> list[str]:
    """The other words of the name word ``i`` stands in: its run of
    capitalised words up to a title word or a word ``stops`` says ends a name
    (a title, a common word) on either side, the words before it first
    ("Turkish President Recep Tayyip Erdogan": "Recep" is no partner of
    "Turkish")."""
    found = []
    run = uses.runs[i]
    for step in (-1, 1):
        j = i + step
        while run and 0 <= j < len(uses.tokens) and uses.runs[j] == run:
            text = uses.tokens[j].text
            if text.lower() in TITLE_WORDS or stops(text):
                break
            found.append(text)
            j += step
    return found


def title_slip(uses: Uses, i: int, near: Sequence[str]) -> str | None:
    """The title word among ``near`` (spellings one slip from word ``i``),
    capitalised, when a capitalised word follows word ``i`` and no name comes
    before it in its run ("Profbessor Carl Lipo", "Lieutenanft Governor");
    or None."""
    run = uses.runs[i]
    if len(uses.word(i)) < 5 or not run or i + 1 >= len(uses.tokens) or uses.runs[i + 1] != run:
        return None
    if i and uses.runs[i - 1] == run and uses.word(i - 1) not in TITLE_WORDS:
        return None
    for spelling in near:
        if spelling.lower() in TITLE_WORDS:
            return spelling[0].upper() + spelling[1:].lower()
    return None


def in_list_of_names(uses: Uses, i: int, names: Mapping[str, str]) -> bool:
    """Whether word ``i`` stands in a list, by a comma, beside one of
    ``names`` as spelt there (the dictionary's places by their lower-case
    form: "Tennessee, Texes, Utah")."""
    block, token = uses.block(i), uses.tokens[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(uses.tokens) and uses.block(j) is block and names.get(uses.word(j)) == uses.tokens[j].text:
            between = (
                block.text[uses.tokens[j].end : token.start] if j < i else block.text[token.end : uses.tokens[j].start]
            )
            if between.strip() == ",":
                return True
    return False
