"""sequence: a run of tokens, each described by a matcher.

Options:
  tokens      the matchers, in order. A matcher is a word ("of"), a regex
              between slashes ("/could|should|would/"), or a mapping with
              any of: text (a word or a list of words), regex, kind (word,
              number, punct, ...), not (true: anything but this), optional
              (true: may be absent), mark (true: part of the reported span;
              by default the whole sequence is reported)
  suggest     replacements for the marked tokens: {0} is the marked text,
              {1}, {2}... the text each matcher matched ("{1} have")
  ignorecase  words and regexes match regardless of case (default true)

Tokens are words, numbers and single punctuation marks; whitespace between
them is ignored, so "flees , leaves" and "flees, leaves" are the same.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

import regex

from ..document import TokenKind
from .base import KindRule, OptionError, compile_pattern

_SPACES = regex.compile(r"(?<=\S) {2,}(?=\S)")
_MATCHER_KEYS = ("text", "regex", "kind", "not", "optional", "mark")


@dataclass(frozen=True)
class Options:
    tokens: tuple = ()
    suggest: tuple[str, ...] = ()
    ignorecase: bool = True


@dataclass(frozen=True)
class Matcher:
    words: frozenset[str] | None
    pattern: regex.Pattern | None
    kind: TokenKind | None
    negate: bool
    optional: bool
    mark: bool
    ignorecase: bool

    def matches(self, token) -> bool:
        ok = True
        if self.words is not None:
            ok = (token.text.casefold() if self.ignorecase else token.text) in self.words
        if ok and self.pattern is not None:
            ok = self.pattern.fullmatch(token.text) is not None
        if ok and self.kind is not None:
            ok = token.kind is self.kind
        return ok != self.negate


class Sequence(KindRule):
    name = "sequence"
    Options = Options

    def compile(self) -> None:
        o = self.options
        if not o.tokens:
            raise OptionError("tokens", "a sequence rule needs a list of token matchers")
        self.matchers = [self._matcher(m) for m in o.tokens]
        if all(m.optional for m in self.matchers):
            raise OptionError("tokens", "a sequence needs at least one matcher that is not optional")
        marked = [i for i, m in enumerate(self.matchers) if m.mark]
        self.marked = marked or list(range(len(self.matchers)))
        for template in o.suggest:
            for _, name, _, _ in string.Formatter().parse(template):
                if name is not None and not (name.isdigit() and int(name) <= len(self.matchers)):
                    raise OptionError(
                        "suggest", f'suggest "{template}" uses {{{name}}}; use {{0}} to {{{len(self.matchers)}}}'
                    )

    def _matcher(self, raw) -> Matcher:
        ignorecase = self.options.ignorecase
        fold = (lambda w: w.casefold()) if ignorecase else (lambda w: w)
        flags = regex.IGNORECASE if ignorecase else 0
        if isinstance(raw, str):
            if len(raw) > 1 and raw.startswith("/") and raw.endswith("/"):
                return Matcher(None, compile_pattern("tokens", raw[1:-1], flags), None, False, False, False, ignorecase)
            return Matcher(frozenset({fold(raw)}), None, None, False, False, False, ignorecase)
        if not isinstance(raw, dict):
            raise OptionError("tokens", f"a token matcher is a word, a /regex/ or a mapping, not {raw!r}")
        unknown = set(raw) - set(_MATCHER_KEYS)
        if unknown:
            raise OptionError("tokens", f'unknown matcher key "{sorted(unknown)[0]}" (use {", ".join(_MATCHER_KEYS)})')
        words = raw.get("text")
        if words is not None:
            words = [words] if isinstance(words, str) else words
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise OptionError("tokens", "a matcher's text is a word or a list of words")
            words = frozenset(fold(w) for w in words)
        pattern = compile_pattern("tokens", raw["regex"], flags) if "regex" in raw else None
        kind = raw.get("kind")
        if kind is not None:
            try:
                kind = TokenKind(kind)
            except ValueError:
                raise OptionError(
                    "tokens", f"unknown token kind {kind!r} (use {', '.join(k.value for k in TokenKind)})"
                ) from None
        for flag in ("not", "optional", "mark"):
            if not isinstance(raw.get(flag, False), bool):
                raise OptionError("tokens", f"a matcher's {flag} must be true or false")
        return Matcher(
            words, pattern, kind, raw.get("not", False), raw.get("optional", False), raw.get("mark", False), ignorecase
        )

    def _match(self, tokens, start: int, m: int, taken: list):
        """Match matchers[m:] from tokens[start:]; fills ``taken`` (token index or None)."""
        if m == len(self.matchers):
            return True
        matcher = self.matchers[m]
        if start < len(tokens) and matcher.matches(tokens[start]):
            taken.append(start)
            if self._match(tokens, start + 1, m + 1, taken):
                return True
            taken.pop()
        if matcher.optional:
            taken.append(None)
            if self._match(tokens, start, m + 1, taken):
                return True
            taken.pop()
        return False

    def check(self, units, document):
        for unit in units:
            tokens = unit.tokens
            base = unit.offset
            i = 0
            while i < len(tokens):
                taken: list = []
                if not self._match(tokens, i, 0, taken) or all(t is None for t in taken):
                    i += 1
                    continue
                marked = [tokens[taken[k]] for k in self.marked if taken[k] is not None]
                if not marked:
                    i += 1
                    continue
                start, end = marked[0].start - base, marked[-1].end - base
                texts = [unit.text[start:end]] + [tokens[t].text if t is not None else "" for t in taken]
                # An absent optional token leaves a double space: close it up.
                suggestions = tuple(_SPACES.sub(" ", template.format(*texts)) for template in self.options.suggest)
                finding = self.finding(document, unit, start, end, suggestions)
                if finding:
                    yield finding
                i = max(t for t in taken if t is not None) + 1
