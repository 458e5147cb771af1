"""The part-of-speech lexicon: for each word form, the tag Brill's tagger
gives it out of context, every Penn tag it can have, and its lemmas; and for
each lemma, its inflections (for suggestions such as "worth engaging").

Both tables are :class:`~editlint.sortedtable.SortedTable` files built by
``tools/build_grammar_data.py`` from Brill's tagger lexicon (MIT; as
distributed by Pattern and TextBlob) and lemminflect's inflection table
(MIT); see ``data/NOTICE.txt``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import sortedtable

DATA = Path(__file__).resolve().parent / "data"
WORDS = DATA / "words.bin"
INFLECTIONS = DATA / "inflections.bin"
WORDS_MAGIC = b"EDPOS1\n\0"
INFLECTIONS_MAGIC = b"EDINF1\n\0"

#: The Penn Treebank tags, in a fixed order (a word's possible tags are a bit mask).
TAGS = (
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT",
    "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
    "WDT", "WP", "WP$", "WRB", ",", ".", ":", "(", ")", "``", "''", '"', "#", "$",
)  # fmt: skip
TAG_INDEX = {tag: i for i, tag in enumerate(TAGS)}
NO_TAG = 255


@dataclass(frozen=True, slots=True)
class Entry:
    tag: str | None  # Brill's tag out of context
    tags: frozenset[str]  # every tag the word can have
    verb_lemma: str = ""
    noun_lemma: str = ""
    other_lemma: str = ""  # of an adjective or adverb

    @property
    def lemmas(self) -> tuple[str, ...]:
        return tuple(x for x in (self.verb_lemma, self.noun_lemma, self.other_lemma) if x)

    @property
    def inflected(self) -> bool:
        """Whether the inflection table has the word (it has a lemma): the
        tagger asks of every word, and needs no tuple of them."""
        return bool(self.verb_lemma or self.noun_lemma or self.other_lemma)


@lru_cache(maxsize=1)
def _words() -> sortedtable.SortedTable:
    # Every word of a run is looked up here: the table carries a hash index
    # (sortedtable.write(..., hashed=True)), a step or two of Python where a
    # binary search takes nine.
    return sortedtable.SortedTable(sortedtable.map_file(WORDS), WORDS_MAGIC)


@lru_cache(maxsize=1)
def _inflections() -> sortedtable.SortedTable:
    return sortedtable.SortedTable(sortedtable.map_file(INFLECTIONS), INFLECTIONS_MAGIC)


@lru_cache(maxsize=65536)
def entry(word: str) -> Entry | None:
    """What the lexicon knows of ``word`` (case-sensitive), or None."""
    value = _words().get(word)
    if value is None:
        return None
    tag_index, mask = struct.unpack_from("<BQ", value)
    lemmas = value[9:].decode("utf-8").split("\t") + ["", "", ""]
    return Entry(TAGS[tag_index] if tag_index != NO_TAG else None, _tags_of(mask), *lemmas[:3])


@lru_cache(maxsize=4096)
def _tags_of(mask: int) -> frozenset[str]:
    """The tags of a bit mask: a few hundred masks serve every word."""
    return frozenset(tag for i, tag in enumerate(TAGS) if mask >> i & 1)


@lru_cache(maxsize=8192)
def inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    """The forms of ``lemma`` by tag: {"VBG": ("engaging",), ...}."""
    value = _inflections().get(lemma)
    if value is None:
        return {}
    result = {}
    for part in value.decode("utf-8").split("\t"):
        tag, _, forms = part.partition("=")
        result[tag] = tuple(forms.split("/"))
    return result


# Negated forms that exist: "doesn't", "isn't", "hasn't"... but no "cansn't".
_NEGATABLE = frozenset("do does did is are was were has have had".split())


def inflect(word: str, tag: str) -> str | None:
    """``word`` put into the form ``tag`` ("engage", "VBG" gives "engaging";
    "know", "VBZ" gives "knows"), keeping its capitals; None if unknown."""
    if word.lower().endswith(("n't", "n’t")) and len(word) > 3:
        # "don't" -> "doesn't", "aren't" -> "isn't": inflect the verb, keep the n't.
        base = {"ca": "can", "wo": "will", "sha": "shall"}.get(word[:-3].lower(), word[:-3])
        inflected = inflect(base, tag)
        if inflected is not None and inflected.lower() == base.lower():
            return word  # already that form: "can't" as VB
        if inflected is None or inflected.lower() not in _NEGATABLE:
            return None
        return inflected + word[-3:]
    lower = word.lower()
    found = entry(lower) or entry(word)
    if found is None:
        return None
    if tag.startswith("VB"):
        lemma = found.verb_lemma
    elif tag.startswith("NN"):
        lemma = found.noun_lemma
    else:
        lemma = found.other_lemma
    lemma = lemma or (found.lemmas[0] if found.lemmas else lower)
    forms = inflections(lemma).get(tag)
    if not forms:
        return None
    form = forms[0]
    if word.isupper() and len(word) > 1:
        return form.upper()
    if word[:1].isupper():
        form = form[:1].upper() + form[1:]
    return form
