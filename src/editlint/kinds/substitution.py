"""substitution: a word or phrase that has a preferred replacement.

Options:
  swap        mapping of bad -> good ("and also": "and"); a value may be a
              list of alternatives, the first being the fix, or empty (flag
              the word, offer nothing)
  regex       the keys are regular expressions; values may use \\1 or \\g<name>
  ignorecase  match regardless of case (default true); a lower-case
              replacement then takes the capitalisation of the match

Message fields: {match}, {suggestion}. Fixes are unsafe by default: a
wording change can alter meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .base import KindRule, OptionError, compile_pattern, match_case, normalise, phrase_regex


@dataclass(frozen=True)
class Options:
    swap: dict[str, tuple[str, ...]] = field(default_factory=dict)
    regex: bool = False
    ignorecase: bool = True


class Substitution(KindRule):
    name = "substitution"
    Options = Options

    def compile(self) -> None:
        o = self.options
        if not o.swap:
            raise OptionError("swap", "a substitution rule needs a swap mapping of bad: good")
        flags = regex.IGNORECASE if o.ignorecase else 0
        if o.regex:
            # One combined pattern finds the matches; each key's own pattern
            # then expands the replacement, so \1 counts that key's groups.
            self.entries = [(f"s{i}", compile_pattern("swap", bad, flags), good) for i, (bad, good) in enumerate(o.swap.items())]
            body = "|".join(f"(?P<s{i}>{bad})" for i, bad in enumerate(o.swap))
        else:
            self.lookup = {normalise(bad) if o.ignorecase else " ".join(bad.split()): good for bad, good in o.swap.items()}
            body = "|".join(phrase_regex(bad) for bad in sorted(o.swap, key=len, reverse=True))
        self.pattern = compile_pattern("swap", body, flags)

    def _replacements(self, m) -> tuple[str, ...] | None:
        if self.options.regex:
            for group, own, good in self.entries:
                if m.group(group) is not None:
                    own_match = own.match(m.string, m.start())
                    return tuple(own_match.expand(g) for g in good) if own_match else None
            return None
        key = normalise(m.group()) if self.options.ignorecase else " ".join(m.group().split())
        return self.lookup.get(key)

    def check(self, units, document):
        for unit in units:
            for m in self.pattern.finditer(unit.text):
                if m.start() == m.end():
                    continue
                replacements = self._replacements(m)
                if replacements is None:
                    continue
                suggestions = tuple(match_case(r, m.group()) for r in replacements)
                if m.group() in suggestions:
                    continue  # already written the preferred way
                finding = self.finding(document, unit, m.start(), m.end(), suggestions)
                if finding:
                    yield finding
