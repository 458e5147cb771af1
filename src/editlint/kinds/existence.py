"""existence: flag words, phrases or patterns that should not appear.

Options:
  tokens      words or phrases, matched as whole words (whitespace in a
              phrase matches any whitespace, including a line break)
  raw         regular expressions, used as written
  ignorecase  match regardless of case (default true)
  whole       the pattern must make up the whole unit (a block, or a
              sentence with scope: sentence), as web-page residue does
  suggest     replacements to offer ("" offers deleting the match)
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .base import KindRule, OptionError, compile_pattern, phrase_regex


@dataclass(frozen=True)
class Options:
    tokens: tuple[str, ...] = ()
    raw: tuple[str, ...] = ()
    ignorecase: bool = True
    whole: bool = False
    suggest: tuple[str, ...] = ()


class Existence(KindRule):
    name = "existence"
    Options = Options

    def compile(self) -> None:
        o = self.options
        if not any(t.strip() for t in o.tokens) and not any(r for r in o.raw):
            raise OptionError("tokens", "an existence rule needs tokens or raw patterns")
        for raw in o.raw:
            compile_pattern("raw", raw)  # report the faulty pattern itself
        # Longest phrases first, so "click here to" wins over "click here".
        alternatives = [phrase_regex(t) for t in sorted(o.tokens, key=len, reverse=True) if t.strip()]
        alternatives += [f"(?:{r})" for r in o.raw]
        body = "|".join(alternatives)
        if o.whole:
            body = rf"^\s*(?P<match>{body})\s*$"
        flags = regex.IGNORECASE if o.ignorecase else 0
        self.pattern = compile_pattern("raw" if o.raw else "tokens", body, flags)

    def check(self, units, document):
        for unit in units:
            for m in self.pattern.finditer(unit.text):
                start, end = m.span("match") if self.options.whole else m.span()
                if start == end:
                    continue
                finding = self.finding(document, unit, start, end, self.options.suggest)
                if finding:
                    yield finding
