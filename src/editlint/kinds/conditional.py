"""conditional: where one pattern appears, another must appear too.

The classic use is an abbreviation defined before it is used alone: with
first "\\b[A-Z]{3,5}\\b" and second "(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)",
"WHO" is reported unless the draft has written "World Health Organization
(WHO)" by then. As in Vale's conditional check, units are read in order:
what second captures in a unit, or any unit before it, counts as defined.
When second has no capturing group, any match of it in the unit makes every
match of first there fine.

Options:
  first       a regular expression: the matches that need a second (required)
  second      a regular expression: the matches that allow them (required);
              its first capturing group, if any, is the text it defines
  ignorecase  match regardless of case (default false)
  exceptions  words, phrases or regular expressions: a match of first that
              holds one of them as a whole word is not reported

Message fields: {match}. No fix.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .base import KindRule, OptionError, compile_exceptions, compile_pattern


@dataclass(frozen=True)
class Options:
    first: str = ""
    second: str = ""
    ignorecase: bool = False
    exceptions: tuple[str, ...] = ()


class Conditional(KindRule):
    name = "conditional"
    Options = Options
    default_fix = None

    def compile(self) -> None:
        o = self.options
        for key in ("first", "second"):
            if not getattr(o, key):
                raise OptionError(key, f'option "{key}" is required')
        flags = regex.IGNORECASE if o.ignorecase else 0
        self.first = compile_pattern("first", o.first, flags)
        self.second = compile_pattern("second", o.second, flags)
        self.defines = self.second.compiled.groups > 0
        self.exceptions = compile_exceptions("exceptions", o.exceptions)

    def check(self, units, document):
        defined: set[str] = set()
        for unit in units:
            text = unit.text
            seconds = list(self.second.finditer(text))
            if self.defines:
                defined.update(g for m in seconds for g in m.groups() if g)
            elif seconds:
                continue  # second is here: every first in this unit is fine
            for m in self.first.finditer(text):
                if m.start() == m.end() or m.group() in defined:
                    continue
                if self.exceptions is not None and self.exceptions.search(m.group()):
                    continue
                finding = self.finding(document, unit, m.start(), m.end())
                if finding:
                    yield finding
