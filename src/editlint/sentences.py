"""Sentence boundaries in news text.

A rule-based splitter rather than a library: the candidates measured for
this project (syntok, pysbd, punkt) are unmaintained or large, and each one
breaks on a news abbreviation ("Staff-Insp.", "Det.", "Supt.") or on "$3.50.
AMP's". News text needs a short list of abbreviations and one idea: after an
abbreviation that can also end a sentence ("Inc.", "U.S.", "a.m."), a new
sentence starts only when the next word is one that typically opens one.
"""

from __future__ import annotations

import unicodedata

import regex

# A terminator run, any closing quotes or brackets, then whitespace.
_CANDIDATE = regex.compile(r"(?:[.!?]+|…)[\"'”’)\]»]*(?=\s+(\S))")

# Titles and abbreviations that precede a name or a number: never the end of
# a sentence when a capital or a digit follows.
# The next word, past any opening quotes or brackets.
_NEXT_WORD = regex.compile(r"\s+[\"'“‘(\[«]*([\p{L}\p{M}]+)")
_NEXT_VISIBLE = regex.compile(r"\s+[\"'“‘(\[«]*(\S)")

_NEVER_FINAL = frozenset(
    """mr mrs ms mx dr prof gen lt col maj sgt cpl pte capt cmdr cdr adm gov sen rep rev hon
    insp supt det const pres fr st mt ft messrs mme mlle sgt-maj brig lt-col lt-gen maj-gen
    staff-insp det-sgt det-insp det-supt snr-const sr-const vs v fig figs approx dept est
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Abbreviations that precede a number: "No. 10", "Vol. 3", "p. 12".
_BEFORE_NUMBER = frozenset("no nos vol vols p pp ch art para cl".split())
# Abbreviations that may also end a sentence.
_MAYBE_FINAL = frozenset("inc ltd co corp plc llc pty bros jr sr etc al esq ave rd blvd hwy".split())
# Words that open sentences far more often than they follow "Inc." or "U.S.".
_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our my your this that these those
    there then but and or so yet if when while after before as in on at for from with by to
    however meanwhile police officials mr mrs ms dr prof what who why how where some many
    most all no one two three several both earlier later last next today yesterday""".split()
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges ``[start, end)`` of ``text``, without surrounding whitespace."""
    sentences = []
    start = _skip_space(text, 0)
    for m in _CANDIDATE.finditer(text):
        if m.end() <= start:
            continue
        if _is_boundary(text, m):
            sentences.append((start, m.end()))
            start = _skip_space(text, m.end())
    end = len(text.rstrip())
    if start < end:
        sentences.append((start, end))
    return sentences


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _word_before(text: str, period: int) -> str:
    """The abbreviation-like run (letters, marks, dots, hyphens) ending at ``period``."""
    pos = period
    while pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] in ".-" or _is_mark(text[pos - 1])):
        pos -= 1
    return text[pos:period].lstrip(".-")


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _is_boundary(text: str, m: regex.Match) -> bool:
    terminator = m.group()
    next_char = _NEXT_VISIBLE.match(text, m.end()).group(1)
    next_word = _NEXT_WORD.match(text, m.end())
    next_lower = next_word.group(1).lower() if next_word else ""
    if m.group(1).islower() or next_char.islower():
        return False
    if not terminator.startswith("."):
        # "!", "?" and "…": a boundary unless the next word is lower-case.
        return True
    if terminator.startswith(".."):
        return True
    word = _word_before(text, m.start())
    lower = word.lower()
    if not word:
        return True
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        # Dotted abbreviations (U.S., a.m., e.g., Ph.D.) may end a sentence.
        return next_lower in _OPENERS
    if lower in _NEVER_FINAL and (next_char.isupper() or next_char.isdigit()):
        return False
    if lower in _BEFORE_NUMBER and next_char.isdigit():
        return False
    if lower in _MAYBE_FINAL or (len(word) == 1 and word.isupper()):
        # "Inc. The company", but "J. R. Smith" and "Dow Jones Co. Chairman".
        return next_lower in _OPENERS
    return True
