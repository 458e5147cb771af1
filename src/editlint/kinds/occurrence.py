"""occurrence: limits on how many of something a unit may hold.

With scope: sentence and max: 45 it limits sentence length in words; with
scope: headline and a token of "." it limits a headline's characters.

Options:
  max, min   the limits (at least one)
  token      a regex for what to count; by default words and numbers

Message fields: {count}, {max}, {min}. The finding covers the whole unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import TokenKind
from .base import KindRule, OptionError, compile_pattern

_COUNTED = frozenset({TokenKind.WORD, TokenKind.NUMBER, TokenKind.ACRONYM})


@dataclass(frozen=True)
class Options:
    max: int | None = None
    min: int | None = None
    token: str | None = None


class Occurrence(KindRule):
    name = "occurrence"
    Options = Options
    fields = ("count", "max", "min")
    default_fix = None
    covers_hidden = True

    def compile(self) -> None:
        o = self.options
        if o.max is None and o.min is None:
            raise OptionError("max", "an occurrence rule needs max or min")
        for key in ("max", "min"):
            if (getattr(o, key) or 0) < 0:
                raise OptionError(key, f'option "{key}" must not be negative')
        if o.max is not None and o.min is not None and o.max < o.min:
            raise OptionError("max", f'option "max" ({o.max}) is below "min" ({o.min})')
        self.pattern = compile_pattern("token", o.token) if o.token else None

    def count(self, unit) -> int:
        if self.pattern is not None:
            return sum(1 for _ in self.pattern.finditer(unit.text))
        return sum(1 for t in unit.tokens if t.kind in _COUNTED)

    def check(self, units, document):
        o = self.options
        for unit in units:
            n = self.count(unit)
            if (o.max is not None and n > o.max) or (o.min is not None and n < o.min):
                finding = self.finding(document, unit, 0, len(unit.text), count=n, max=o.max, min=o.min)
                if finding:
                    yield finding
