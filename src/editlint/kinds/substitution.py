"""substitution: a word or phrase that has a preferred replacement.

Options:
  swap        mapping of bad -> good ("and also": "and"); a value may be a
              list of alternatives, the first being the fix, or empty (flag
              the word, offer nothing)
  regex       the keys are regular expressions; values may use \\1 or \\g<name>
  context     (with regex) a regular expression holding {swap} once: each
              key is matched in its place, so lookbehinds and lookaheads
              written once say where every key counts. (?x) at its start
              allows spaces and # comments (keys are read without it); its
              groups should not capture, or \\1 in a value counts them too
  ignorecase  match regardless of case (default true); a lower-case
              replacement then takes the capitalisation of the match
  match_case  false: offer replacements exactly as written, whatever the
              capitals of the match ("10 AM" gives "10 a.m.") (default true)
  quotes      false: leave matches inside quotation marks (and block
              quotes) alone, as house style leaves what people said
              (default true)
  exceptions  words, phrases or regular expressions: a match that holds
              one of them as a whole word is not reported

Message fields: {match}, {suggestion}. Fixes are unsafe by default: a
wording change can alter meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..phrases import PhraseTable
from .base import KindRule, OptionError, compile_exceptions, compile_pattern, in_quotation, match_case


@dataclass(frozen=True)
class Options:
    swap: dict[str, tuple[str, ...]] = field(default_factory=dict)
    regex: bool = False
    context: str | None = None
    ignorecase: bool = True
    match_case: bool = True
    quotes: bool = True
    exceptions: tuple[str, ...] = ()


class Substitution(KindRule):
    name = "substitution"
    Options = Options

    def compile(self) -> None:
        o = self.options
        if not o.swap:
            raise OptionError("swap", "a substitution rule needs a swap mapping of bad: good")
        flags = regex.IGNORECASE if o.ignorecase else 0
        self.exceptions = compile_exceptions("exceptions", o.exceptions)
        if o.context is not None and (not o.regex or o.context.count("{swap}") != 1):
            raise OptionError("context", 'option "context" goes with regex: true and holds {swap} once')
        if o.regex:
            # Each key keeps its own pattern, so \1 in a key or a value counts
            # that key's groups.
            self.entries = [(self._compile_key(bad, flags), good) for bad, good in o.swap.items()]
        else:
            # A table of phrases, not a regular expression: a thousand swaps
            # cost about what ten do.
            self.phrases = PhraseTable(((bad, good) for bad, good in o.swap.items() if bad.strip()), o.ignorecase)
            if not self.phrases:
                raise OptionError("swap", "swap keys must not be empty")

    def _compile_key(self, key: str, flags: int):
        context = self.options.context
        if context is None:
            return compile_pattern("swap", key, flags)
        compile_pattern("swap", key, flags)  # report a faulty key as itself
        return compile_pattern("context", context.replace("{swap}", f"(?-x:{key})"), flags)

    def _matches(self, unit, document):
        """(start, end, replacements) for each match, in order, without overlaps."""
        text = unit.text
        if not self.options.regex:
            yield from self.phrases.finditer(unit, document)
            return
        found = []
        for pattern, good in self.entries:
            for m in pattern.finditer(text):
                if m.start() < m.end():
                    found.append((m.start(), -m.end(), tuple(m.expand(g) for g in good)))
        last_end = 0
        for start, neg_end, replacements in sorted(found):
            if start >= last_end:
                yield start, -neg_end, replacements
                last_end = -neg_end

    def may_report(self, document) -> bool:
        return bool(self.options.regex) or self.phrases.in_draft(document)

    def check(self, units, document):
        for unit in units:
            for start, end, replacements in self._matches(unit, document):
                if replacements is None:
                    continue
                matched = unit.text[start:end]
                if self.exceptions is not None and self.exceptions.search(matched.strip()):
                    continue
                suggestions = replacements
                if self.options.match_case:
                    suggestions = tuple(match_case(r, matched) for r in replacements)
                if matched in suggestions:
                    continue  # already written the preferred way
                finding = self.finding(document, unit, start, end, suggestions)
                if finding and (self.options.quotes or not in_quotation(document, finding.span)):
                    yield finding
