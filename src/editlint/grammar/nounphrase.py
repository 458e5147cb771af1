"""Noun phrases: the tags inside one, where one starts, and what the
lexicon says of a word (its lemmas, whether it can take a tag). Shared by
the subject finder (``subjects``), asides (``asides``) and verb-phrase
subjects (``clauses``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .lexicon import entry
from .number import _BOUNDARIES, _first_word, _lower
from .wordclasses import COMPLEMENT_ADJECTIVES, SAYING_LEMMAS

#: Words that may stand between a subject and its verb.
_ADVERBS = frozenset("RB RBR RBS".split())
#: Tags of the words inside a noun phrase, before its head.
_NOUN_PHRASE = frozenset("NN NNS NNP NNPS JJ JJR JJS RBS CD DT PDT PRP$ POS VBN VBG HYPH".split())
_NOUNS = frozenset("NN NNS NNP NNPS".split())
_FINITE = frozenset("VBZ VBD VBP MD".split())
_DETERMINERS = frozenset("DT PDT PRP$ WP$ POS CD JJ".split())
#: Words no determiner comes before, so "that" before them is a conjunction.
_NO_DETERMINER = frozenset(
    "such everyone everybody everything someone somebody something anyone anybody anything nobody nothing".split()
)


@lru_cache(maxsize=65536)
def _lemmas(word: str) -> frozenset[str]:
    # Asked of every word before a "that" at each verb of the sentence: a
    # set built each time was a fifth of the pattern rules' time on news.
    found = entry(word) or entry(word.lower())
    return frozenset({word.lower(), *(found.lemmas if found else ())})


def _verb_only(word: str) -> bool:
    """Whether the lexicon knows ``word`` as a verb and nothing else ("was", "came", "follows")."""
    found = entry(word.lower())
    return found is not None and bool(found.tags) and all(tag.startswith("VB") or tag == "MD" for tag in found.tags)


def _can(word: str, tag: str) -> bool:
    found = entry(word.lower())
    return found is not None and tag in found.tags


def _phrase_start(tokens, tags: Sequence[str], head: int) -> int:
    """The first token of the noun phrase ending at ``head``."""
    start = head
    while start > 0 and (tokens[start - 1].text not in _BOUNDARIES or _joins(tokens, start - 1)):
        if _joins(tokens, start - 1):
            start -= 2  # "the 55-member AU": one word
            continue
        if _lower(tokens, start - 1) in ("which", "what", "whose", "whatever"):
            break  # "by which warm ocean currents erode": the clause's own subject
        previous = tags[start - 1]
        if _lower(tokens, start) == "such" and previous in _NOUNS:
            break  # "the impact such decisions carry": a clause of its own, with its own subject
        if _lower(tokens, start - 1) == "that" and start > 1 and _lower(tokens, start - 2) in ("and", "but"):
            break  # "viewed the debt as an issue and that government has": "that" opens a second clause
        if _lower(tokens, start - 1) == "that" and _lower(tokens, start) in _NO_DETERMINER:
            break  # "to the extent that such information is", "certain that everyone knows": a conjunction
        if _lower(tokens, start - 1) in ("this", "that", "these", "those") and tags[start] in ("NN", "NNS", "JJ"):
            previous = "DT"  # "in that state": the tagger may read a preposition
            if _lower(tokens, start - 1) in ("this", "that") and tags[head] == "NNS":
                break  # "specifies that officials are": a conjunction, not "that" + a plural
            if _lower(tokens, start - 1) == "that" and start > 1 and tags[start - 2].startswith("VB"):
                if _lemmas(tokens[start - 2].text) & SAYING_LEMMAS:
                    break  # "argued that technology is": the conjunction after a verb of saying
        in_phrase = previous in _NOUN_PHRASE or previous == "VBD"
        if previous == "RB":
            in_phrase = start > 1 and tags[start - 2] == "DT"  # "the far East"
        if not in_phrase:
            break
        if tags[start] in ("DT", "PDT", "PRP$") and previous != "PDT":
            break  # nothing but "all the" comes before a determiner
        opens = start - 1 == _first_word(tokens) and previous in ("VBN", "VBD") and _can(tokens[start - 1].text, "VBN")
        if opens and tags[start] in ("NN", "NNS", "JJ"):
            start -= 1  # "Armed men were", "Quoted speech is": a participle that opens the sentence is an adjective
            continue
        if previous in ("VBN", "VBG", "VBD") and (start < 2 or tags[start - 2] not in _DETERMINERS | {"IN"}):
            break  # "products shipped", "conducting surgical competitions"; but "the ruling party"
        if previous == "VBG" and _lower(tokens, start - 2) == "those":
            break  # "those giving evidence": "those" is the head, not "evidence"
        start -= 1
    return start


def _joins(tokens, k: int) -> bool:
    """Whether the hyphen at ``k`` joins the words either side ("55-member"), not a dash."""
    return (
        tokens[k].text == "-"
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def after_opening_phrase(tokens, tags: Sequence[str], comma: int) -> bool:
    """Whether the comma at ``comma`` closes a phrase that opens the
    sentence with a preposition or an adverb and has no verb ("On Monday,",
    "However,", "According to police,"), so a subject follows it."""
    first = _first_word(tokens)
    if first >= comma or tags[first] not in ("IN", "RB", "VBG") or tokens[comma].text != ",":
        return False
    if tags[first] == "VBG" and _lower(tokens, first) != "according":
        return False
    return not any(tags[n] in _FINITE or tokens[n].text == "," for n in range(first, comma))


#: Words that take the number of the noun after "of": "some of these activities have", "149 of the survivors".
QUANTIFIERS = frozenset("some many most all several both few half".split())


#: Fractions: "a third of the students have", "two thirds of the vote is" (but "the third of the suspects").
_FRACTIONS = frozenset("third thirds quarter quarters fifth fifths tenth tenths".split())


def quantifier(tokens, tags: Sequence[str], k: int) -> bool:
    word = _lower(tokens, k)
    if word in _FRACTIONS:
        return k > 0 and (_lower(tokens, k - 1) in ("a", "one") or tags[k - 1] == "CD")
    if word in QUANTIFIERS:
        return k == 0 or tags[k - 1] not in ("DT", "PRP$", "JJ") and tokens[k - 1].text not in ("'s", "’s")
    return tags[k] == "CD" and word not in ("one", "1") and (k == 0 or tags[k - 1] not in ("DT", "PRP$", "NNP"))


#: Particles of phrasal verbs: "locked up", "carried out", "set off".
_PARTICLES = frozenset("up down out off back away".split())


def _can_participle(tokens, tags: Sequence[str], k: int) -> bool:
    """Whether a past form the tagger read as a verb after a noun is a
    participle that hangs on it ("other items kept from victims")."""
    return k > 0 and tags[k - 1] in _NOUNS and _can(tokens[k].text, "VBN")


def _participle_at(tokens, tags: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` (or before its particle: "carried out")
    is a participle after a noun ("the tests carried out", "the money
    raised") or a passive one ("who were arrested")."""
    if k > 0 and _lower(tokens, k) in _PARTICLES:
        k -= 1
    if k > 0 and tags[k] == "VBN" and _lower(tokens, k - 1) in ("is", "are", "was", "were", "been", "being"):
        return True
    return k > 0 and (
        tags[k] == "VBN" and tags[k - 1] in _NOUNS or tags[k] == "VBD" and _can_participle(tokens, tags, k)
    )


def _participle_hangs_on(tokens, tags: Sequence[str], noun: int) -> bool:
    """Whether a participle after the noun phrase ending at ``noun`` hangs
    on it ("the measures introduced last year"); not when the phrase is the
    subject of a clause inside another ("the man the police arrested in
    May was": the police did the arresting, the man was released)."""
    opening = _phrase_start(tokens, tags, noun)
    return opening == 0 or tags[opening - 1] not in _NOUNS


def _mostly_verb(word: str) -> bool:
    """Whether the lexicon's likeliest tag of ``word`` is a verb's ("say",
    not "plane")."""
    found = entry(word.lower())
    return found is not None and found.tag in ("VB", "VBP", "VBZ", "VBD")


def _postnominal(tokens, tags: Sequence[str], k: int) -> bool:
    """Whether the adjective at ``k`` follows the noun it describes and
    opens its phrase ("a book critical of the government", "buildings
    adjacent to the break")."""
    return k > 0 and tags[k] == "JJ" and _lower(tokens, k) in COMPLEMENT_ADJECTIVES and tags[k - 1] in _NOUNS
