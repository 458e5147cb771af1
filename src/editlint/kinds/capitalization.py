"""capitalization: a unit (usually a heading) must follow a case style.

The one case check of editlint: title case (AP, Chicago or either),
sentence case, the style most of the draft's headings use, upper or lower
case, or a pattern. The headline kind's check: capitalization and Vale's
capitalization rules run on it. The default scope is headings (scope:
heading); with scope: sentence it judges each sentence.

Options:
  match       title (default), sentence, majority (title or sentence case,
              whichever most of the units use; with no majority only the
              first word is checked), upper, lower, or a regular expression
              between slashes (/.../) the whole unit must match
  style       title case rules: ap (default; articles, conjunctions and
              prepositions of up to three letters stay lower case),
              chicago (every preposition stays lower case) or either
  exceptions  words always accepted as written; an entry between slashes
              (/[Gg]it/) is a regular expression a whole word must match
  vocabulary  further words kept as written; filled in from the config's
              vocab.accept lists (words with capitals)
  lowercase_minor  in title case, also lower a capitalised minor word that
              cannot be a verb's particle ("Vows To Expel"; "Sign Up" stays)
  rewrite_from  from this many words to change, report the unit once, with
              the whole unit rewritten as the suggestion (default 0: word
              by word)
  threshold   Vale's judgement: report the unit as a whole (rewritten) when
              no more than this share of its words is right, or its first
              word is wrong (Vale's default is 0.8); unset: every wrong word
  indicators  a word after a token ending with one of these (":") is not
              judged
  prefix      a regular expression for text at the start of a unit that is
              not judged ("Step \\d+: ")

Never wrong: acronyms, words with inner capitals (iPhone), "I", numbers,
words in quotation marks and name particles (al-, bin, van). Sentence case
lowers a capital only on a plainly common word (see editlint.casestyle).

Message fields: {word} (the word, or for a whole unit the unit), {expected}
(as it should be), {style} ("AP title case", "sentence case", "upper
case"...), {basis} ("the house style", "as most headings of this draft
are"). Fixes are unsafe unless the rule says otherwise; a /regex/ offers none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..casestyle import CaseStyle, case_findings
from ..errors import did_you_mean
from ..rule import Scope
from .base import KindRule, OptionError, compile_pattern

MATCHES = ("title", "sentence", "majority", "upper", "lower")


@dataclass(frozen=True)
class Options:
    match: str = "title"
    style: Literal["ap", "chicago", "either"] = "ap"
    exceptions: tuple[str, ...] = ()
    vocabulary: tuple[str, ...] = ()
    lowercase_minor: bool = False
    rewrite_from: int = 0
    threshold: float | None = None
    indicators: tuple[str, ...] = ()
    prefix: str | None = None


class Capitalization(KindRule):
    name = "capitalization"
    Options = Options
    fields = ("word", "expected", "style", "basis")
    default_scope = Scope.parse("heading")
    config_options = ("vocabulary",)

    def compile(self) -> None:
        o = self.options
        self.pattern = None
        if o.match not in MATCHES:
            if not (len(o.match) > 2 and o.match.startswith("/") and o.match.endswith("/")):
                raise OptionError(
                    "match",
                    f'option "match" must be one of {", ".join(MATCHES)} or a /regex/, not {o.match!r}'
                    f"{did_you_mean(o.match, MATCHES)}",
                )
            self.pattern = compile_pattern("match", o.match[1:-1])
        if o.rewrite_from < 0:
            raise OptionError("rewrite_from", 'option "rewrite_from" must not be negative')
        if o.threshold is not None and not 0 <= o.threshold < 1:
            raise OptionError("threshold", f'option "threshold" must be at least 0 and below 1, not {o.threshold}')
        title = {"ap": "title-ap", "chicago": "title-chicago", "either": "title"}[o.style]
        # Words with capitals in the vocabulary are kept as written too.
        plain = [e for e in o.exceptions if not _is_regex(e)]
        patterns = tuple(compile_pattern("exceptions", e[1:-1]) for e in o.exceptions if _is_regex(e))
        keep = frozenset(plain) | frozenset(w for w in o.vocabulary if w != w.lower())
        self.case = CaseStyle(
            title if o.match == "title" else o.match,
            keep,
            o.lowercase_minor,
            o.rewrite_from,
            o.threshold,
            o.indicators,
            compile_pattern("prefix", o.prefix) if o.prefix else None,
            majority_title=title,
            keep_patterns=patterns,
        )

    def check(self, units, document):
        o = self.options
        if o.match in ("title", "sentence", "majority"):
            yield from case_findings(self, self.case, units, document)
            return
        for unit in units:
            text = unit.text
            if o.match in ("upper", "lower"):
                wanted = text.upper() if o.match == "upper" else text.lower()
                if text != wanted:
                    finding = self.finding(
                        document, unit, 0, len(text), (wanted,), word=text, expected=wanted,
                        style=f"{o.match} case", basis="the house style",
                    )  # fmt: skip
                    if finding:
                        yield finding
            elif not self.pattern.fullmatch(text.strip()):
                finding = self.finding(
                    document, unit, 0, len(text), word=text, expected=o.match, style=o.match, basis="the house style"
                )
                if finding:
                    yield finding


def _is_regex(entry: str) -> bool:
    return len(entry) > 2 and entry.startswith("/") and entry.endswith("/")
