"""Relative clauses: the "who", "that" or "which" that opens the clause of
a verb, and the noun it stands for ("people who has": "people"). Used by
the subject finder (``subjects``): the verb of a relative clause agrees
with that noun; the main verb after the clause agrees with the head of the
phrase the clause hangs on.
"""

from __future__ import annotations

from collections.abc import Sequence

from .nounphrase import _NOUNS, _phrase_start, after_opening_phrase, quantifier
from .number import _BOUNDARIES, COLLECTIVE, PERSON, PLURAL, SINGULAR, _first_word, _lower, noun_number
from .wordclasses import EITHER_OF, PREPOSITIONS, QUANTITY_OF, TIME_WORDS

#: Auxiliaries and modals that may stand between a relative pronoun and its verb: "that has never won".
_AUXILIARIES = frozenset(
    """is are was were be been being has have had having do does did will would can could may might must shall
    should""".split()
)


#: Words after which "one" is a pronoun: "but one that", "no one who", "It was one that".
_BEFORE_ONE = frozenset("but and the a any every each only no is was ,".split())


def relative_pronoun(tokens, tags: Sequence[str], verb: int) -> int | None:
    """The index of "who", "that" or "which" when it opens the relative
    clause whose verb is at ``verb``, with only adverbs and auxiliaries
    between ("who often sell", "that has never won", "who did not vote"),
    so the noun it stands for is the subject of the main verb after the
    clause ("Farmers who often sell their produce at the market were").
    "that" read as a conjunction counts right after a noun ("The firm
    that/IN built the bridge"): there a verb cannot follow a conjunction."""
    k = verb - 1
    while k >= 0 and verb - k <= 4 and (tags[k] in ("RB", "MD") or _lower(tokens, k) in _AUXILIARIES):
        k -= 1
    if k < 1 or _lower(tokens, k) not in ("who", "that", "which"):
        return None
    if tags[k] in ("WP", "WDT") or _lower(tokens, k) == "that" and tags[k] == "IN" and tags[k - 1] in ("NN", "NNS"):
        return k
    return None


def antecedent(tokens, tags: Sequence[str], k: int) -> tuple[int, str | None] | None:
    """The noun that "who", "which" or "that" before ``k + 1`` stands for:
    the noun phrase just before it, when nothing else could be ("the
    vulnerabilities of the database which is" could be either)."""
    if k >= 0 and tokens[k].text == ",":
        if _lower(tokens, k + 1) == "which":
            # ", which is not a majority" may stand for the whole clause, which is singular:
            # only a singular noun is sure ("The bill, which was passed on Tuesday, goes"),
            # and not in a phrase of a preposition ("where they feed in winter, which are").
            # Nor where no clause comes before: "The measures, which were announced".
            found = antecedent(tokens, tags, k - 1)
            if found is None:
                return None
            start = _phrase_start(tokens, tags, found[0])
            if start == _first_word(tokens):
                return found
            if found[1] not in (SINGULAR, COLLECTIVE, PERSON) or _lower(tokens, found[0]) in TIME_WORDS:
                return None  # "two contracts last year, which were"
            if start > 0 and (_lower(tokens, start - 1) in PREPOSITIONS | {"of"} or tags[start - 1] in _NOUNS):
                return None
            return found
        k -= 1
    if k >= 0 and _lower(tokens, k) == "those" and tags[k] == "DT":
        return k, PLURAL  # "Those who were injured"
    if k >= 0 and _lower(tokens, k) == "one" and tags[k] == "CD":
        previous = _lower(tokens, k - 1) if k > 0 else ""
        ranked = k > 1 and tags[k - 1] in ("JJ", "JJS") and _lower(tokens, k - 2) in ("the", "a", "an", "every")
        if k == 0 or previous in _BEFORE_ONE or ranked:
            # "a difficult decision, but one that was made", "no one who has", "the first one who has":
            # "one" is a pronoun
            return k, SINGULAR
    age = k >= 0 and tags[k] == "JJ" and _lower(tokens, k).endswith("-old")  # "a 19-year-old who was"
    if k < 0 or tags[k] not in _NOUNS and not age:
        return None
    start = _phrase_start(tokens, tags, k)
    number = SINGULAR if age else noun_number(tokens, tags, k, start)
    if start > 0 and _lower(tokens, start - 1) in (",", "and", "&") and number == PLURAL:
        return k, PLURAL  # "serve on juries, work jobs that require": a list with a plural at its end is plural
    previous = _lower(tokens, start - 1) if start > 0 else ""
    opening = start - 1 == _first_word(tokens) and previous in ("and", "but")
    after_verb = previous in PREPOSITIONS and start > 1 and tags[start - 2].startswith("VB")
    if previous in PREPOSITIONS | {"of"} and not after_verb:
        return _antecedent_after_phrase(tokens, tags, k, number, start - 1)
    if previous in ("and", "or", "&") and not opening:
        return None  # "the minister and the aide who": either or both; not "And the man who"
    if start > 1 and tokens[start - 1].text == "," and tags[start - 2] in _NOUNS:
        if tags[start - 2] == "NNP" and _lower(tokens, start) in ("a", "an"):
            return k, number  # "Walker, a truck driver who": an appositive to a name
        if not after_opening_phrase(tokens, tags, start - 1):
            return None  # "the ministers, the officials who": a list; not "On Monday, the man who"
    return k, number


def _antecedent_after_phrase(
    tokens, tags: Sequence[str], k: int, number: str | None, preposition: int
) -> tuple[int, str | None] | None:
    """The number of "who" or "that" after a noun in a phrase of a
    preposition (at ``preposition``): it may stand for that noun or for the
    noun the phrase hangs on ("the wife of the men who live"), so it is
    sure only where both have the same number ("the largest city in a
    region that has", "thousands of people who have") or the first is a
    quantity ("many of the residents who have", "a lot of people who")."""
    owner = preposition - 1
    if owner < 0 or tokens[owner].text in _BOUNDARIES:
        # ", including children who were", "In towns that has": no noun before the phrase for "who" to stand for
        return (k, number) if number in (SINGULAR, PLURAL) else None
    if owner >= 0 and _lower(tokens, preposition) == "of" and quantifier(tokens, tags, owner):
        return (k, number) if number in (SINGULAR, PLURAL) else None  # "many of the residents who"
    if number not in (SINGULAR, PLURAL) or owner < 0 or tags[owner] not in ("NN", "NNS"):
        return None
    owner_start = _phrase_start(tokens, tags, owner)
    owner_word = _lower(tokens, owner)
    if owner_word in QUANTITY_OF and _lower(tokens, preposition) == "of":
        return k, number  # "a lot of people who", "thousands of people who"
    if owner_word in EITHER_OF or owner_word in ("number", "one", "kind", "sort", "type"):
        return None  # "the number of cases that has risen": the number, or the cases
    if noun_number(tokens, tags, owner, owner_start) != number:
        return None  # "the wife of the men who": either noun
    before = owner_start - 1
    if before >= 0 and (_lower(tokens, before) in ("and", "or", "&") or tokens[before].text == ","):
        return None  # a list: "the ministers, the heads of the agencies who"
    if before > 0 and _lower(tokens, before) in PREPOSITIONS | {"of"} and tags[before - 1] in _NOUNS:
        return None  # a third noun further back: "the son of the owner of the firm who"
    return k, number  # not "wrote to the families of soldiers who": a phrase on a verb
