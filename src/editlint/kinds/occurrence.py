"""occurrence: limits on how many of something a unit may hold.

With scope: sentence and max: 45 it limits sentence length in words; with
scope: headline and a token of "." it limits a headline's characters.

Options:
  max, min   the limits (at least one)
  token      a regex for what to count; by default words and numbers
  per        unit (default): each unit is counted on its own, and a unit
             over (or under) the limits is reported whole; draft: the
             units of the whole draft are counted together and each match
             past max is reported ("amid" used a second time); takes max
             and a token, not min

Message fields: {count} (how many in the unit, or in the draft so far),
{max}, {min}. A unit's finding covers the whole unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..document import TokenKind
from .base import KindRule, OptionError, compile_pattern

_COUNTED = frozenset({TokenKind.WORD, TokenKind.NUMBER, TokenKind.ACRONYM})


@dataclass(frozen=True)
class Options:
    max: int | None = None
    min: int | None = None
    token: str | None = None
    per: Literal["unit", "draft"] = "unit"


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
        if o.per == "draft" and (o.max is None or o.min is not None or self.pattern is None):
            raise OptionError("per", "per: draft counts a token across the draft: give token and max, not min")

    def count(self, unit) -> int:
        if self.pattern is not None:
            return sum(1 for _ in self.pattern.finditer(unit.text))
        return sum(1 for t in unit.tokens if t.kind in _COUNTED)

    def check(self, units, document):
        o = self.options
        if o.per == "draft":
            yield from self._past_max(units, document)
            return
        for unit in units:
            n = self.count(unit)
            if (o.max is not None and n > o.max) or (o.min is not None and n < o.min):
                finding = self.finding(document, unit, 0, len(unit.text), count=n, max=o.max, min=o.min)
                if finding:
                    yield finding

    def _past_max(self, units, document):
        """Each match of the token after the first ``max`` in the draft."""
        count = 0
        for unit in units:
            for m in self.pattern.finditer(unit.text):
                count += 1
                if count > self.options.max:
                    finding = self.finding(document, unit, m.start(), m.end(), count=count, max=self.options.max)
                    if finding:
                        yield finding
