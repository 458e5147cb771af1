"""The number of a noun phrase: singular ("the minister"), plural
("residents"), a collective noun, a name or a person named with a title, or
unknown (a noun the same in both numbers, a plural-looking name). Used by
the subject finder (``subjects``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..spelling.lexicon import COMMON_TIERS, lexicon, listed, tier
from .lexicon import entry, inflections
from .wordclasses import (
    COLLECTIVE_NOUNS,
    EITHER_NOUNS,
    PEOPLE_ADJECTIVES,
    PLURAL_NOUNS,
    PLURAL_PRONOUNS,
    SINGULAR_PLURALS,
    SINGULAR_PRONOUNS,
    TITLES,
    UNCOUNTED_PLURALS,
)

SINGULAR, PLURAL, COLLECTIVE, NAME, PERSON = "singular", "plural", "collective", "name", "person"
NUMBERS = (SINGULAR, PLURAL, COLLECTIVE, NAME, PERSON)
_BOUNDARIES = frozenset({",", ";", ":", "(", ")", "—", "–", "-", '"', "“", "”", "``", "''"})


def _lower(tokens, i: int) -> str:
    return tokens[i].text.replace("’", "'").lower()


def noun_number(tokens, tags: Sequence[str], head: int, start: int) -> str | None:
    """The number of the noun phrase ``tokens[start:head + 1]`` with head ``head``."""
    word = _lower(tokens, head)
    tag = tags[head]
    text = tokens[head].text
    if word.endswith("'s"):
        return None  # a possessive: the noun it belongs to comes after
    if tag == "CD" and word != "one":
        return None
    if (
        start == head
        and (head == _first_word(tokens) or tokens[head - 1].text in _BOUNDARIES)
        and text[:1].isupper()
        and not text.isupper()
        and tag in ("NNP", "NNPS", "NNS")
    ):
        lowered = entry(word)
        if lowered is not None and lowered.noun_lemma and not listed(text):
            tag = "NNS" if "NNS" in lowered.tags and "NN" not in lowered.tags else "NN"  # "Women say", "Residents"
    if tag == "NNS" and text[:1].isupper() and head != _first_word(tokens) and tokens[head - 1].text not in _BOUNDARIES:
        return None  # part of a name: "the United Nations", "Presidential Electors"
    if tag == "PRP" or word in SINGULAR_PRONOUNS or word in PLURAL_PRONOUNS:
        if word in ("he", "she", "it") or (word in SINGULAR_PRONOUNS and head == start):
            return SINGULAR
        if word in ("we", "they") or (word in PLURAL_PRONOUNS and head == start):
            return PLURAL
        return None  # I, you: their own rules
    if tag == "CD":
        return SINGULAR if word == "one" and head == start else None
    if tag in ("NNP", "NNPS") or (text[:1].isupper() and tag not in ("NN", "NNS")):
        if tag == "NNPS" or (text.endswith("s") and not text.isupper()):
            return None  # the Greens, the Philippines, Reuters, Williams
        titles = {tokens[k].text.rstrip(".").lower() for k in range(start, head) if tokens[k].text[:1].isupper()}
        if titles & TITLES:
            return PERSON  # "Mr Karzai", "President Obama"
        # An initialism is one body ("US Know its Limits"); other names may
        # be peoples or teams ("The Taliban have", "Chelsea have").
        if text.isupper() and len(text) >= 2 and not _shouted(word):
            return NAME
        return None
    if word in PEOPLE_ADJECTIVES and tag in ("JJ", "NN") and head > start and _lower(tokens, head - 1) == "the":
        return PLURAL  # "the poor are", "the elderly were": people
    noun_gerund = tag == "NN" and word.endswith("ing") and _gerund_only(word)
    if noun_gerund or tag == "VBG" and head > start and tags[head - 1] in ("DT", "PRP$", "JJ"):
        # "the fighting continues", "the heavy shelling was", "Sentencing is", "where fishing was": a
        # gerund read as a noun, or after a determiner, is one thing (not "the following are", "the
        # living are": people or things, either number)
        return SINGULAR if word not in _EITHER_GERUNDS else None
    if tag not in ("NN", "NNS"):
        return None
    if word in PLURAL_NOUNS:
        return PLURAL
    if word in SINGULAR_PLURALS:
        return SINGULAR
    following = _lower(tokens, head + 1) if head + 1 < len(tokens) else ""
    if word in _COUNTED_WITHOUT_OF and following != "of":
        return SINGULAR  # "the most difficult part was": no "of ..." to take the number of
    if word in EITHER_NOUNS or word in UNCOUNTED_PLURALS:
        return None
    if word in COLLECTIVE_NOUNS:
        if text.islower() or head == _first_word(tokens) and (start < head or word in _BARE_BODIES):
            return COLLECTIVE
        return None  # "University have", "University were able" (no article): a team's name
    found = entry(word)
    if found is not None and not found.noun_lemma and found.tags == {"NNS"} and word.endswith("s"):
        return PLURAL  # a plural the inflection table lacks: "survivors"
    if found is not None and not found.noun_lemma and found.tags == {"NN"} and len(word) > 2 and word[-1] not in "sa":
        return SINGULAR  # a singular noun the inflection table lacks: "bio", "fundraiser"
    if found is None and text.islower():
        return _number_by_spelling(word, tag)
    if found is None or not found.noun_lemma:
        return None
    if tag == "NNS" or ("NNS" in found.tags and "NN" not in found.tags):
        if "NN" not in found.tags or _regular_plural(word, found.noun_lemma):
            return PLURAL  # "troops", "goods": a plural the lexicon also lists as a singular, by a slip
        return None  # "fish", "sheep": either
    return SINGULAR if "NNS" not in found.tags or word.endswith("ss") else None


#: Forms in -ing that after "the" name people or things of either number.
_EITHER_GERUNDS = frozenset("following living dying remaining starving suffering".split())


#: Nouns whose number is that of what follows "of" ("part of the votes are"), singular without it.
_COUNTED_WITHOUT_OF = frozenset(
    "part portion share range variety type kind sort total host score proportion percentage".split()
)


def _number_by_spelling(word: str, tag: str) -> str | None:
    """The number of a noun the tagger's lexicon does not know ("website",
    "podcasts"), from the common words of the spelling dictionaries (where
    a mass noun's rare plural is not: "phytoplanktons"): singular when they
    have its plural in -s, plural when it ends in -s and they have its
    singular."""
    if tag == "NN" and not word.endswith("s") and _common(word) and _common(word + "s"):
        return SINGULAR
    if tag == "NNS" and word.endswith("s") and not word.endswith("ss") and _common(word) and _common(word[:-1]):
        return PLURAL
    return None


def _common(word: str) -> bool:
    """Whether the spelling dictionaries have ``word`` among their common words (SCOWL up to size 60)."""
    flags = lexicon().flags(word)
    return bool(flags) and tier(flags) < COMMON_TIERS


def _gerund_only(word: str) -> bool:
    """Whether the lexicon knows ``word`` as a form in -ing and a noun with
    no plural ("drinking", "looting"; not "building", "meeting")."""
    found = entry(word)
    return found is not None and "VBG" in found.tags and not found.noun_lemma


def _regular_plural(word: str, lemma: str) -> bool:
    """Whether the inflection table gives ``word`` as the plural of the noun
    ``lemma`` and not as its singular ("troops" of "troop"; not "fish")."""
    forms = inflections(lemma)
    return word != lemma and word in forms.get("NNS", ()) and word not in forms.get("NN", ())


#: Bodies named without an article ("Congress has"); another collective
#: noun without one opening a sentence is a name ("University were able").
_BARE_BODIES = frozenset("congress parliament senate government management cabinet opposition".split())


def _shouted(word: str) -> bool:
    """Whether an all-capitals word is an ordinary word set in capitals
    ("certainly DO NOT want"), not an initialism ("US", "UN")."""
    found = entry(word)
    return found is not None and bool(found.tags & {"VB", "VBP", "VBZ", "VBD", "MD", "RB", "DT", "IN", "CC"})


def _first_word(tokens) -> int:
    for k, token in enumerate(tokens):
        if token.text not in _BOUNDARIES:
            return k
    return 0
