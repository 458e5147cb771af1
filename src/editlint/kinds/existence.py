"""existence: flag words, phrases or patterns that should not appear.

Options:
  tokens      words or phrases, matched as whole words (whitespace in a
              phrase matches any whitespace, including a line break)
  raw         regular expressions, used as written
  ignorecase  match regardless of case (default true)
  whole       the pattern must make up the whole unit (a block, or a
              sentence with scope: sentence), as web-page residue does
  suggest     replacements to offer ("" offers deleting the match)
  with_story_lines
              a fix deleting a whole block also deletes the related-story
              lines under it (for "Keep Reading" and its kin: see
              editlint.edits.story_lines)
  quotes      false: leave matches inside quotation marks (and block
              quotes) alone, as house style leaves what people said
              (default true)
  exceptions  words, phrases or regular expressions: a match that holds
              one of them as a whole word is not reported
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import regex

from ..diagnostic import Edit, Fix
from ..document import Block
from ..edits import story_lines
from ..phrases import PhraseTable
from .base import KindRule, OptionError, alternation, compile_exceptions, compile_pattern, in_quotation


@dataclass(frozen=True)
class Options:
    tokens: tuple[str, ...] = ()
    raw: tuple[str, ...] = ()
    ignorecase: bool = True
    whole: bool = False
    suggest: tuple[str, ...] = ()
    with_story_lines: bool = False
    quotes: bool = True
    exceptions: tuple[str, ...] = ()


class Existence(KindRule):
    name = "existence"
    Options = Options

    def compile(self) -> None:
        o = self.options
        if not any(t.strip() for t in o.tokens) and not any(r for r in o.raw):
            raise OptionError("tokens", "an existence rule needs tokens or raw patterns")
        # Words and phrases are looked up token by token; only raw patterns
        # are regular expressions.
        self.phrases = PhraseTable(((t, None) for t in o.tokens if t.strip()), o.ignorecase)
        self.pattern = None
        if o.raw:
            body = alternation("raw", o.raw)
            if o.whole:
                body = rf"^\s*(?P<match>{body})\s*$"
            self.pattern = compile_pattern("raw", body, regex.IGNORECASE if o.ignorecase else 0)
        self.exceptions = compile_exceptions("exceptions", o.exceptions)

    def _matches(self, unit, document):
        text = unit.text
        found = []
        if self.phrases:
            for start, end, _ in self.phrases.finditer(unit, document):
                if not self.options.whole or (not text[:start].strip() and not text[end:].strip()):
                    found.append((start, end))
        if self.pattern is not None:
            for m in self.pattern.finditer(text):
                found.append(m.span("match") if self.options.whole else m.span())
        return sorted(found)

    def may_report(self, document) -> bool:
        return self.pattern is not None or self.phrases.in_draft(document)

    def check(self, units, document):
        for unit in units:
            for start, end in self._matches(unit, document):
                if start == end:
                    continue
                if self.exceptions is not None and self.exceptions.search(unit.text[start:end].strip()):
                    continue
                finding = self.finding(document, unit, start, end, self.options.suggest)
                if finding and not self.options.quotes and in_quotation(document, finding.span):
                    continue
                if finding and self.options.with_story_lines:
                    finding = self._with_story_lines(document, unit, finding)
                if finding:
                    yield finding

    @staticmethod
    def _with_story_lines(document, unit, finding):
        """The finding with its fix taking the story lines under the block
        it deletes whole, as the message says it does."""
        fix = finding.fix
        if fix is None or not isinstance(unit, Block) or len(fix.edits) != 1 or fix.edits[0].replacement:
            return finding
        lines = fix.edits[0].span
        if not lines.contains(unit.span):
            return finding  # words inside a block, not the block
        edit = Edit(story_lines(document, unit, lines), "")
        return dataclasses.replace(finding, fix=Fix((edit,), fix.applicability, fix.note))
