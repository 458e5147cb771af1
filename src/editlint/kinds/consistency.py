"""consistency: two accepted spellings, but one draft should use one.

Options:
  either      mapping of one form to the other ("e-mail": "email"); whichever
              the draft uses first wins, and later uses of the other are flagged
  ignorecase  match regardless of case (default true)

Message fields: {match}, {expected} (the form used first), {suggestion}.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..phrases import PhraseTable
from .base import KindRule, OptionError, match_case


@dataclass(frozen=True)
class Options:
    either: dict[str, str] = field(default_factory=dict)
    ignorecase: bool = True


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
        self.phrases = PhraseTable(entries, self.options.ignorecase)

    def may_report(self, document) -> bool:
        return self.phrases.in_draft(document)

    def check(self, units, document):
        # The form each pair first appeared in, in document order: the only
        # state, and it lives for one call.
        winner: dict[int, str] = {}
        for unit in units:
            for start, end, (pair, side) in self.phrases.finditer(unit, document):
                if pair not in winner:
                    winner[pair] = side
                    continue
                if winner[pair] == side:
                    continue
                expected = self.pairs[pair][0 if winner[pair] == "a" else 1]
                suggestion = match_case(expected, unit.text[start:end])
                finding = self.finding(document, unit, start, end, (suggestion,), expected=expected)
                if finding:
                    yield finding
