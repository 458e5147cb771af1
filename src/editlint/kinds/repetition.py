"""repetition: a word repeated by mistake ("the the"), or too close to itself.

Options:
  window       how many words apart a repeat still counts; 1 (default) means
               adjacent. Beyond 1 the words between must be plain words: a
               comma or a full stop ends the search.
  min_length   ignore words shorter than this (useful with a wider window)
  exceptions   words that may legitimately repeat ("had had", "that that")
  ignore_names skip two capitalised words side by side ("Bora Bora") (default true)

Message field: {word}. Adjacent repeats have a safe fix: keep one.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from ..diagnostic import Applicability
from ..document import TokenKind
from .base import KindRule, OptionError


@dataclass(frozen=True)
class Options:
    window: int = 1
    min_length: int = 1
    exceptions: tuple[str, ...] = ()
    ignore_names: bool = True


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
                found = self._memo[sys.intern(unit.text)] = tuple(self._repeats(unit)) or ()
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
            key = first.text.casefold()
            found = None
            if len(first.text) >= self.options.min_length and key not in self.exceptions:
                for j in range(i + 1, min(i + window, len(words) - 1) + 1):
                    between = text[words[j - 1].end - base : words[j].start - base]
                    if between.strip():
                        break  # punctuation or hidden content: a new clause
                    if words[j].text.casefold() == key:
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
