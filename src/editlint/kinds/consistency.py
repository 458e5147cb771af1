"""consistency: two accepted spellings, but one draft should use one.

Options:
  either      mapping of one form to the other ("e-mail": "email"); whichever
              the draft uses first wins, and later uses of the other are flagged
  ignorecase  match regardless of case (default true)

Message fields: {match}, {expected} (the form used first), {suggestion}.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .base import KindRule, OptionError, compile_pattern, match_case, phrase_regex


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
        groups = []
        for i, (one, other) in enumerate(self.pairs):
            groups.append(f"(?P<a{i}>{phrase_regex(one)})")
            groups.append(f"(?P<b{i}>{phrase_regex(other)})")
        flags = regex.IGNORECASE if self.options.ignorecase else 0
        self.pattern = compile_pattern("either", "|".join(groups), flags)

    def check(self, units, document):
        # The form each pair first appeared in, in document order: the only
        # state, and it lives for one call.
        winner: dict[int, str] = {}
        for unit in units:
            for m in self.pattern.finditer(unit.text):
                name = m.lastgroup
                pair = int(name[1:])
                side = name[0]
                if pair not in winner:
                    winner[pair] = side
                    continue
                if winner[pair] == side:
                    continue
                expected = self.pairs[pair][0 if winner[pair] == "a" else 1]
                suggestion = match_case(expected, m.group())
                finding = self.finding(document, unit, m.start(), m.end(), (suggestion,), expected=expected)
                if finding:
                    yield finding
