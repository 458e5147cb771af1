"""consistency: two accepted spellings, but one draft should use one.

Options:
  either      mapping of one form to the other ("e-mail": "email"); whichever
              the draft uses first wins, and later uses of the other are flagged
  ignorecase  match regardless of case (default true)
  regex       the forms are regular expressions (as written: add \\b for
              word boundaries); no fix is offered, as a pattern is no
              spelling to put in

Message fields: {match}, {expected} (the form used first), {suggestion}.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..phrases import PhraseTable
from .base import KindRule, OptionError, compile_pattern, match_case


@dataclass(frozen=True)
class Options:
    either: dict[str, str] = field(default_factory=dict)
    ignorecase: bool = True
    regex: bool = False


class Consistency(KindRule):
    name = "consistency"
    Options = Options
    fields = ("expected",)

    def compile(self) -> None:
        if not self.options.either:
            raise OptionError("either", "a consistency rule needs an either mapping of one form: the other")
        self.pairs = list(self.options.either.items())
        entries = []
        for i, (one, other) in enumerate(self.pairs):
            entries += [(one, (i, "a")), (other, (i, "b"))]
        if self.options.regex:
            flags = regex.IGNORECASE if self.options.ignorecase else 0
            self.patterns = [(compile_pattern("either", form, flags), value) for form, value in entries]
        else:
            self.phrases = PhraseTable(entries, self.options.ignorecase)

    def may_report(self, document) -> bool:
        return self.options.regex or self.phrases.in_draft(document)

    def _matches(self, unit, document):
        if not self.options.regex:
            yield from self.phrases.finditer(unit, document)
            return
        found = sorted((m.start(), m.end(), value) for p, value in self.patterns for m in p.finditer(unit.text))
        yield from (f for f in found if f[0] < f[1])

    def check(self, units, document):
        # The form each pair first appeared in, in document order: the only
        # state, and it lives for one call.
        winner: dict[int, str] = {}
        for unit in units:
            for start, end, (pair, side) in self._matches(unit, document):
                if pair not in winner:
                    winner[pair] = side
                    continue
                if winner[pair] == side:
                    continue
                expected = self.pairs[pair][0 if winner[pair] == "a" else 1]
                suggestions = () if self.options.regex else (match_case(expected, unit.text[start:end]),)
                finding = self.finding(document, unit, start, end, suggestions, expected=expected)
                if finding:
                    yield finding
