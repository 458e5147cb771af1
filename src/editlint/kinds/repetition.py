"""repetition: a word repeated by mistake ("the the"), or too close to itself.

Options:
  window        how many words apart a repeat still counts; 1 (default) means
                adjacent. Beyond 1 the words between must be plain words: a
                comma or a full stop ends the search.
  min_distance  how many words apart a repeat must be to count (default 1);
                2 leaves side-by-side repeats to a rule of their own
  min_length    ignore words shorter than this (useful with a wider window)
  exceptions    words that may legitimately repeat ("had had", "that that")
  joining_words a repeat with one of these as the only word between is an
                idiom and is not reported ("fewer and fewer", "person to
                person", "hours upon hours")
  ignore_names  skip a repeat whose two copies are capitalised: names
                ("Bora Bora", "Lincoln in Lincoln Park") (default true)
  tokens        regular expressions for what counts as a token (Vale's
                repetition): two matches in a row with the same text, in one
                sentence, are a repeat, whatever lies between them; window,
                min_distance, min_length, joining_words and ignore_names then
                do not apply. No fix.
  max           with tokens: how many repeats in a row pass (default 0)
  alpha         with tokens: only tokens of letters count (default false)
  ignorecase    repeats are compared regardless of case (default true)

A word beside the same word in capitals ("the first FIRST Global
competition") is a word and an acronym or a name, not a repeat.

Message field: {word}. Adjacent repeats have a safe fix: keep one; when the
second copy alone is capitalised ("to the The Independent") the fix keeps
it and is unsafe, as it may start a name or be a stray capital.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from itertools import compress
from operator import eq

import regex

from ..analysis.memo import remember
from ..diagnostic import Applicability
from ..document import TokenKind
from .base import KindRule, OptionError, alternation, compile_pattern


@dataclass(frozen=True)
class Options:
    window: int = 1
    min_distance: int = 1
    min_length: int = 1
    exceptions: tuple[str, ...] = ()
    joining_words: tuple[str, ...] = ()
    ignore_names: bool = True
    tokens: tuple[str, ...] = ()
    max: int = 0
    alpha: bool = False
    ignorecase: bool = True


#: Unit texts whose repeats a rule keeps; the memo is emptied when full.
MEMO_LIMIT = 10_000


class Repetition(KindRule):
    name = "repetition"
    Options = Options
    fields = ("word",)
    default_fix = Applicability.SAFE

    def compile(self) -> None:
        if self.options.window < 1:
            raise OptionError("window", 'option "window" must be at least 1')
        if not 1 <= self.options.min_distance <= self.options.window:
            raise OptionError("min_distance", 'option "min_distance" must be at least 1 and at most "window"')
        self.exceptions = frozenset(e.casefold() for e in self.options.exceptions)
        self.joining_words = frozenset(w.casefold() for w in self.options.joining_words)
        self.pattern = None
        if self.options.tokens:
            flags = regex.IGNORECASE if self.options.ignorecase else 0
            self.pattern = compile_pattern("tokens", alternation("tokens", self.options.tokens), flags)
        if self.options.max < 0:
            raise OptionError("max", 'option "max" must not be negative')
        #: Unit text -> the repeats found there.
        self._memo: dict[str, tuple] = {}

    def check(self, units, document):
        for unit in units:
            # The repeats of a unit depend on its text alone: a sentence met
            # in an earlier draft (archives repeat them) is not read again.
            found = self._memo.get(unit.text)
            if found is None:
                repeats = self._matched_repeats(unit) if self.pattern is not None else self._repeats(unit)
                # Interned: the memos of the other rules keep the same text.
                found = remember(self._memo, sys.intern(unit.text), tuple(repeats) or (), MEMO_LIMIT)
            for start, end, suggestions, applicability, word in found:
                finding = self.finding(document, unit, start, end, suggestions, applicability, word=word)
                if finding:
                    yield finding

    def _repeats(self, unit):
        """(start, end, suggestions, applicability, word) of each repeat in
        the unit's text."""
        window = self.options.window
        WORD = TokenKind.WORD  # a local: read once, not once per token
        words = [t for t in unit.tokens if t.kind is WORD]
        text = unit.text
        base = unit.offset
        # The words with a copy within the window (alike as _is_repeat
        # compares them): no other word starts a repeat, and most words have
        # none, so the window is walked only from these.
        keys = [w.text for w in words]
        if self.options.ignorecase:
            keys = list(map(str.casefold, keys))  # in C
        walked_to = 0  # the words before this are passed over
        for i in _with_copy_within(keys, window):
            if i < walked_to:
                continue
            first = words[i]
            found = None
            if len(first.text) >= self.options.min_length and first.text.casefold() not in self.exceptions:
                for j in range(i + 1, min(i + window, len(words) - 1) + 1):
                    between = text[words[j - 1].end - base : words[j].start - base]
                    if between.strip():
                        break  # punctuation or hidden content: a new clause
                    if self._is_repeat(words, i, j):
                        found = j
                        break
            if found is None:
                continue
            second = words[found]
            if found == i + 1:
                kept, applicability = _kept_copy(first.text, second.text)
                yield first.start - base, second.end - base, (kept,), applicability, first.text
            else:
                yield first.start - base, second.end - base, (), None, first.text
            # Side by side: "the the the" is one slip. Further apart, the
            # next word may start its own repeat ("the dog the dog").
            walked_to = found + 1 if window == 1 else i + 1

    def _is_repeat(self, words, i: int, j: int) -> bool:
        """Whether word ``j`` repeats word ``i`` in a way this rule reports."""
        first, second = words[i].text, words[j].text
        same = first.casefold() == second.casefold() if self.options.ignorecase else first == second
        if not same or j - i < self.options.min_distance:
            return False
        if _acronym_beside_word(first, second):
            return False  # "the first FIRST Global competition"
        if self.options.ignore_names and first[0].isupper() and second[0].isupper():
            return False  # "Bora Bora", "Lincoln in Lincoln Park"
        return not (j == i + 2 and words[i + 1].text.casefold() in self.joining_words)

    def _matched_repeats(self, unit):
        """Repeats of the tokens pattern's matches (Vale's repetition): the
        same text twice in a row, more than ``max`` times, in one sentence."""
        o = self.options
        previous, previous_start, count = None, 0, 0
        for m in self.pattern.finditer(unit.text):
            current = m.group().strip()
            key = current.casefold() if o.ignorecase else current
            hit = bool(current) and key == previous and (not o.alpha or current.isalpha())
            count = count + 1 if hit else 0
            if hit and count > o.max and _one_sentence(unit, previous_start, m.end()):
                if key.casefold() not in self.exceptions:
                    yield previous_start, m.end(), (), None, current
                count = 0
            previous, previous_start = key, m.start()


#: Up to this window, the words with a copy within it are found by
#: comparing the keys with themselves shifted by 1, 2... places, in C.
SHIFTED_WINDOW = 8


def _with_copy_within(keys: list[str], window: int) -> list[int]:
    """The positions, in order, of the keys that come again at most
    ``window`` places further on."""
    n = len(keys)
    if window == 1:
        return list(compress(range(n), map(eq, keys, keys[1:])))
    if window <= SHIFTED_WINDOW:
        found: set[int] = set()
        for distance in range(1, min(window, n - 1) + 1):
            found.update(compress(range(n), map(eq, keys, keys[distance:])))
        return sorted(found)
    # A wide window: where each key comes next, walked back from the end.
    next_copy = [n + window] * n
    last_seen: dict[str, int] = {}
    for k in range(n - 1, -1, -1):
        next_copy[k] = last_seen.get(keys[k], next_copy[k])
        last_seen[keys[k]] = k
    return [k for k in range(n) if next_copy[k] <= k + window]


def _acronym_beside_word(first: str, second: str) -> bool:
    """One copy in capitals (two letters or more), the other not."""
    return (len(first) > 1 and first.isupper()) != (len(second) > 1 and second.isupper())


def _kept_copy(first: str, second: str):
    """The copy a side-by-side repeat's fix keeps, and how sure the fix is
    (None: the rule's own setting)."""
    if second[0].isupper() and not first[0].isupper():
        # "to the The Independent": the capital may start a name.
        return second, Applicability.UNSAFE
    return first, None


def _one_sentence(unit, start: int, end: int) -> bool:
    """Whether ``unit.text[start:end]`` lies in one sentence of its block."""
    base = unit.offset
    return any(s.start <= base + start and base + end <= s.end for s in unit.block.sentences)
