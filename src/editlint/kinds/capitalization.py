"""capitalization: a unit (usually a heading) must follow a case style.

The default scope is headings (scope: heading).

Options:
  match       title (default), sentence, upper, lower, or a regular
              expression between slashes (/.../) the whole unit must match
  style       ap or chicago: which short words stay lower-case in title case
              (AP: articles, conjunctions and prepositions of up to three
              letters; Chicago: articles, conjunctions and all prepositions)
  exceptions  words always accepted as written (iPhone, eBay, de)
  lowercase_minor  in title case, also flag a capitalised minor word ("To")

Message fields: {word}, {expected}. In title case each wrong word is
reported with its fix. Sentence case checks only the first word: a capital
later in a sentence may be a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..document import TokenKind
from ..errors import did_you_mean
from ..rule import Scope
from .base import KindRule, OptionError, compile_pattern

STYLES = ("title", "sentence", "upper", "lower")

ARTICLES = frozenset("a an the".split())
CONJUNCTIONS = frozenset("and but or nor for yet so".split())
SHORT_PREPOSITIONS = frozenset("as at by for in of off on out per to up via vs".split())
PREPOSITIONS = SHORT_PREPOSITIONS | frozenset(
    """about above across after against along amid among amongst around before behind below
    beneath beside besides between beyond despite down during except from inside into like
    near onto outside over past since than through throughout till toward towards under
    underneath until upon with within without""".split()
)
# Particles of names, lower-case even in a title: "al-Askari", "van Gogh".
NAME_PARTICLES = frozenset("al el bin bint ibn abu de da di du van von der den la le dos das del".split())


@dataclass(frozen=True)
class Options:
    match: str = "title"
    style: Literal["ap", "chicago"] = "ap"
    exceptions: tuple[str, ...] = ()
    lowercase_minor: bool = False


class Capitalization(KindRule):
    name = "capitalization"
    Options = Options
    fields = ("word", "expected")
    default_scope = Scope.parse("heading")

    def compile(self) -> None:
        o = self.options
        self.pattern = None
        if o.match not in STYLES:
            if not (len(o.match) > 2 and o.match.startswith("/") and o.match.endswith("/")):
                raise OptionError(
                    "match",
                    f'option "match" must be one of {", ".join(STYLES)} or a /regex/, not {o.match!r}'
                    f"{did_you_mean(o.match, STYLES)}",
                )
            self.pattern = compile_pattern("match", o.match[1:-1])
        self.minor = ARTICLES | CONJUNCTIONS | (SHORT_PREPOSITIONS if o.style == "ap" else PREPOSITIONS)
        self.exceptions = frozenset(o.exceptions)

    def check(self, units, document):
        o = self.options
        for unit in units:
            text = unit.text
            if o.match == "title":
                yield from self._title(unit, document)
            elif o.match == "sentence":
                words = self._words(unit)
                if words and words[0][1][:1].islower() and words[0][1] not in self.exceptions:
                    yield from self._word(unit, document, words[0], words[0][1][0].upper() + words[0][1][1:])
            elif o.match in ("upper", "lower"):
                wanted = text.upper() if o.match == "upper" else text.lower()
                if text != wanted:
                    finding = self.finding(document, unit, 0, len(text), (wanted,), word=text, expected=o.match)
                    if finding:
                        yield finding
            elif not self.pattern.fullmatch(text.strip()):
                finding = self.finding(document, unit, 0, len(text), word=text, expected=o.match)
                if finding:
                    yield finding

    def _words(self, unit):
        """(token, first part of the word, starts a phrase) for each word."""
        words = []
        after_colon = True
        for token in unit.tokens:
            if token.kind is TokenKind.PUNCT and token.text in ":—–?!":
                after_colon = True
            if token.kind is not TokenKind.WORD:
                continue
            part = token.text.split("-")[0]
            words.append((token, part, after_colon))
            after_colon = False
        return words

    def _title(self, unit, document):
        words = self._words(unit)
        for n, (token, part, starts_phrase) in enumerate(words):
            last = n == len(words) - 1
            if part in self.exceptions or token.text in self.exceptions or not part[:1].isalpha():
                continue
            lower = part.lower()
            if part[:1].islower():
                if lower in NAME_PARTICLES and not starts_phrase:
                    continue
                if lower in self.minor and not starts_phrase and not last:
                    continue
                yield from self._word(unit, document, (token, part, starts_phrase), part[0].upper() + part[1:])
            elif (
                self.options.lowercase_minor
                and lower in self.minor
                and part == part.capitalize()
                and not starts_phrase
                and not last
            ):
                yield from self._word(unit, document, (token, part, starts_phrase), lower)

    def _word(self, unit, document, word, replacement):
        token, part, _ = word
        start = token.start - unit.offset
        finding = self.finding(
            document, unit, start, start + len(part), (replacement,), word=part, expected=self.options.match
        )
        if finding:
            yield finding
