"""repetition: a word repeated by mistake ("the the"), or too close to itself.

Options:
  window       how many words apart a repeat still counts; 1 (default) means
               adjacent. Beyond 1 the words between must be plain words: a
               comma or a full stop ends the search.
  min_length   ignore words shorter than this (useful with a wider window)
  exceptions   words that may legitimately repeat ("had had", "that that")
  ignore_names skip two capitalised words side by side ("Bora Bora") (default true)
  tokens       regular expressions for what counts as a token (Vale's
               repetition): two matches in a row with the same text, in one
               sentence, are a repeat, whatever lies between them; window,
               min_length and ignore_names then do not apply. No fix.
  max          with tokens: how many repeats in a row pass (default 0)
  alpha        with tokens: only tokens of letters count (default false)
  ignorecase   repeats are compared regardless of case (default true)

Message field: {word}. Adjacent repeats of words have a safe fix: keep one.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import regex

from ..diagnostic import Applicability
from ..document import TokenKind
from .base import KindRule, OptionError, compile_pattern


@dataclass(frozen=True)
class Options:
    window: int = 1
    min_length: int = 1
    exceptions: tuple[str, ...] = ()
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
        self.exceptions = frozenset(e.casefold() for e in self.options.exceptions)
        self.pattern = None
        if self.options.tokens:
            for token in self.options.tokens:
                compile_pattern("tokens", token)  # report the faulty pattern itself
            flags = regex.IGNORECASE if self.options.ignorecase else 0
            self.pattern = compile_pattern("tokens", "|".join(f"(?:{t})" for t in self.options.tokens), flags)
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
                if len(self._memo) >= MEMO_LIMIT:
                    self._memo.clear()
                # Interned: the memos of the other rules keep the same text.
                repeats = self._matched_repeats(unit) if self.pattern is not None else self._repeats(unit)
                found = self._memo[sys.intern(unit.text)] = tuple(repeats) or ()
            for start, end, suggestions, word in found:
                finding = self.finding(document, unit, start, end, suggestions, word=word)
                if finding:
                    yield finding

    def _repeats(self, unit):
        """(start, end, suggestions, word) of each repeat in the unit's text."""
        window = self.options.window
        words = [t for t in unit.tokens if t.kind is TokenKind.WORD]
        text = unit.text
        base = unit.offset
        i = 0
        while i < len(words):
            first = words[i]
            key = first.text.casefold() if self.options.ignorecase else first.text
            found = None
            if len(first.text) >= self.options.min_length and key not in self.exceptions:
                for j in range(i + 1, min(i + window, len(words) - 1) + 1):
                    between = text[words[j - 1].end - base : words[j].start - base]
                    if between.strip():
                        break  # punctuation or hidden content: a new clause
                    if (words[j].text.casefold() if self.options.ignorecase else words[j].text) == key:
                        found = j
                        break
            if found is None:
                i += 1
                continue
            second = words[found]
            is_name_pair = found == i + 1 and first.text[0].isupper() and second.text[0].isupper()
            if not (self.options.ignore_names and is_name_pair):
                suggestions = (first.text,) if found == i + 1 else ()
                yield first.start - base, second.end - base, suggestions, first.text
            # Side by side: "the the the" is one slip. Further apart, the
            # next word may start its own repeat ("the dog the dog").
            i = found + 1 if window == 1 else i + 1

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
                    yield previous_start, m.end(), (), current
                count = 0
            previous, previous_start = key, m.start()


def _one_sentence(unit, start: int, end: int) -> bool:
    """Whether ``unit.text[start:end]`` lies in one sentence of its block."""
    base = unit.offset
    return any(s.start <= base + start and base + end <= s.end for s in unit.block.sentences)
