"""Subjects found by the shape of their clause: verb phrases, a gerund or
an infinitive with its object ("Running for president is", "To win the seat
requires"); a question ("What technologies were used"); a clause after a
verb of perception ("I felt my heart was"); nouns joined by "or" ("The
mayor or her deputy is"); a number after an opening phrase left without its
comma. Used by the subject finder (``subjects``)."""

from __future__ import annotations

from collections.abc import Sequence

from .nounphrase import _FINITE, _NOUN_PHRASE, _NOUNS, _can, _lemmas, _phrase_start, after_opening_phrase
from .number import _BOUNDARIES, PLURAL, SINGULAR, _first_word, _lower, noun_number
from .relatives import relative_pronoun
from .wordclasses import BARE_INFINITIVE_VERBS, COLLECTIVE_NOUNS, PREPOSITIONS, QUANTITY_OF, SAYING_LEMMAS

#: Forms in -ing that open a phrase as prepositions do ("According to ..., officials have").
_PREPOSITION_GERUNDS = frozenset("according considering pending barring given owing".split())


def verb_phrase_subject(tokens, tags: Sequence[str], verb: int) -> tuple[int, str | None] | None:
    """A gerund or an infinitive with its object or phrase as the subject of
    "are", "were" or a plural verb: "Running for president are a costly
    business", "To win the seat require a swing": one thing, singular. The
    phrase opens the sentence or a clause after "that", and the gerund has
    an object or a phrase ("Rising prices are" is a plural noun phrase).
    Not when a noun phrase that may be plural or is definite follows the
    verb: "Joining him on stage were his wife and sons", "Taking the lead
    were the home side" are inversions (a definite one is taken for the
    subject's complement after "that": "concluded that running for office
    are the best way")."""
    if tags[verb] not in ("VBP", "VBD") or _lower(tokens, verb) == "was":
        return None
    if tags[verb - 1] in ("NNS", "NNPS", "CD"):
        return None  # "According to the ministry over 345 pilgrims have": a comma left out; the plural is the subject
    first = next((k for k in range(verb - 1, max(-1, verb - 14), -1) if _opens_clause(tokens, tags, k)), None)
    if first is None or first + 2 >= verb:
        return None
    word = _lower(tokens, first)
    if word == "to":
        if tags[first + 1] != "VB":
            return None  # "To the north are hills": a place
        opening = first + 1
    elif word in PREPOSITIONS or word in _PREPOSITION_GERUNDS:
        return None  # "According to the ministry ...": a preposition, not a gerund
    elif tags[first] == "VBG" and _can(word, "VBG") and tags[first + 1] in ("IN", "TO", "DT", "PRP$", "PRP"):
        opening = first
    else:
        return None
    for k in range(opening + 1, verb):
        if tags[k] in _FINITE or tags[k] in ("WDT", "WP", "CC") or tokens[k].text in _BOUNDARIES:
            return None  # "Running and jumping are", "Running a firm that makes cars is": not one phrase
    after = verb + 1
    definite = after < len(tokens) and tags[after] in ("DT", "PDT", "PRP$") and _lower(tokens, after) not in ("a", "an")
    if definite and not (first > 0 and _lower(tokens, first - 1) == "that"):
        return None  # "Taking the lead were the home side": an inversion (rare after "that")
    k = verb + 1
    while k < len(tokens) and (tags[k] in _NOUN_PHRASE | {"CC"} - {"VBN", "VBG"}) and k - verb < 9:
        if tags[k] in ("NNS", "NNP", "NNPS", "CD", "CC") or _lower(tokens, k) in COLLECTIVE_NOUNS:
            return None  # "Remaining in the city are 300 residents": an inversion
        k += 1
    return opening, SINGULAR


def _opens_clause(tokens, tags: Sequence[str], k: int) -> bool:
    """Whether a clause opens at ``k``: the sentence's first word, after the
    conjunction "that" ("the conclusion that running for president is"),
    after a verb of saying ("He said running for president is") or after a
    phrase that opens the sentence ("On Monday, running for president is")."""
    if k == _first_word(tokens):
        return True
    if k == 0:
        return False
    previous = _lower(tokens, k - 1)
    if previous == "that" and tags[k - 1] == "IN" or previous in (";", '"', "“", "``"):
        return True  # "... that running is", "It rained; running is", 'He said: "Running is'
    if previous in ("and", "but") and k - 1 == _first_word(tokens):
        return True  # "And running for president is"
    if tags[k - 1] in _FINITE and _lemmas(tokens[k - 1].text) & SAYING_LEMMAS:
        return True
    return after_opening_phrase(tokens, tags, k - 1)


def perceived_subject(tokens, tags: Sequence[str], verb: int) -> tuple[int, str | None] | None:
    """After "felt", "saw", "heard"... a noun phrase and "is", "are", "was"
    or "were" make a clause of their own ("I felt my heart was going to
    stop"): a form of "be" that is no bare infinitive ("saw Mr Blair
    predict") is finite, so the noun phrase is its subject."""
    j = verb - 1
    if _lower(tokens, verb) not in ("is", "are", "was", "were") or tags[j] not in _NOUNS | {"PRP"}:
        return None
    start = _phrase_start(tokens, tags, j)
    if start == 0 or not tags[start - 1].startswith("VB"):
        return None
    if not _lemmas(tokens[start - 1].text) & BARE_INFINITIVE_VERBS - {"have", "help", "bid", "make", "let"}:
        return None  # "made the cakes was": no clause follows "make" or "let"
    if relative_pronoun(tokens, tags, start - 1) is not None:
        return None  # "The man who saw the thieves were": the thieves, or the man (``_head``)
    return j, noun_number(tokens, tags, j, start)


def question_subject(tokens, tags: Sequence[str], verb: int) -> tuple[int, str | None] | None:
    """The subject of a verb after "what" or "which" and a noun phrase,
    when a participle follows: "What technologies were used", "which
    countries have signed" (not "which countries does he visit", where
    the subject comes after the verb)."""
    j = verb - 1
    if verb + 1 >= len(tokens) or tags[verb + 1] not in ("VBN", "VBG") or tags[j] not in ("NN", "NNS"):
        return None
    start = _phrase_start(tokens, tags, j)
    if start == 0 or _lower(tokens, start - 1) not in ("what", "which") or _lower(tokens, j) in QUANTITY_OF:
        return None
    return j, noun_number(tokens, tags, j, start)


def alternatives(tokens, tags: Sequence[str], j: int, number: str | None, conjunction: int) -> tuple[int, str] | None:
    """The subject "<noun> or <noun phrase ending at j>" (or "nor") that
    opens the sentence: the nearer noun decides, so only two of one number
    are sure ("The mayor or her deputy is", "Neither the coach nor the
    players were"); "the minister or his aides" may mean either. Not after
    "if" or "whether", where "were" may be the subjunctive."""
    left = conjunction - 1
    if left < 0 or tags[left] not in ("NN", "NNS") or number not in (SINGULAR, PLURAL):
        return None
    start = _phrase_start(tokens, tags, left)
    if start > 0 and _lower(tokens, start - 1) in ("either", "neither"):
        start -= 1
    if start != _first_word(tokens) or _lower(tokens, start) in ("either", "neither") and number == PLURAL:
        return None
    return (j, number) if noun_number(tokens, tags, left, _phrase_start(tokens, tags, left)) == number else None


def opening_phrase_ends(tokens, tags: Sequence[str], k: int) -> bool:
    """Whether a phrase that opens the sentence without a comma ends at
    ``k``: "According to the ministry", "In the town" (no verb, no comma
    from the first word on)."""
    first = _first_word(tokens)
    if first >= k or tags[first] != "IN" and _lower(tokens, first) != "according" or tags[k] not in _NOUNS:
        return False
    return not any(tags[n] in _FINITE or tokens[n].text in _BOUNDARIES for n in range(first, k + 1))
