"""Splitting a block's text into tokens that know their source range."""

from __future__ import annotations

import re
import sys
from enum import StrEnum

import regex

from .span import Span
from .textmap import PLACEHOLDER, TextMap


class TokenKind(StrEnum):
    WORD = "word"
    NUMBER = "number"  # also times, money, ordinals and decades: 4:00pm, $3.50, 21st, 1990s
    ACRONYM = "acronym"  # dotted abbreviations and initialisms: U.S., p.m.
    URL = "url"
    FILE = "file"  # report.pdf
    EMAIL = "email"
    HANDLE = "handle"  # @someone
    HASHTAG = "hashtag"
    PUNCT = "punct"
    SYMBOL = "symbol"
    HIDDEN = "hidden"  # a placeholder for content that is never checked


class Token:
    """A token of a block's text.

    ``start``/``end`` are offsets into the block's text; ``span`` is the exact
    source range, worked out when asked for (most tokens never are).
    """

    __slots__ = ("text", "kind", "start", "end", "_textmap")

    def __init__(self, text: str, kind: TokenKind, start: int, end: int, textmap: TextMap) -> None:
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self._textmap = textmap

    @property
    def span(self) -> Span:
        return self._textmap.source_span(self.start, self.end)

    @property
    def is_word(self) -> bool:
        return self.kind is TokenKind.WORD

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.text, self.kind, self.start, self.end, self.span) == (
            other.text, other.kind, other.start, other.end, other.span,
        )  # fmt: skip

    def __hash__(self) -> int:
        return hash((self.text, self.kind, self.start, self.end))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.kind.name}, {self.start}, {self.end}, {self.span})"


_LETTER = r"\p{L}\p{M}"
# Alternatives are tried in order; the first that matches at a position wins.
# The first is a shortcut for the commonest token, a run of letters that
# ends where no other alternative could take it further (before a space,
# a comma, a quote mark; or a full stop that no letter, digit, "_" or "-"
# follows: no domain, file name or dotted initialism goes on that way): the
# token the word alternative makes there, found without first trying the
# domain and file name alternatives over the same letters (a third of the
# tokenizer's time). tests/test_speed.py checks it against the long way.
_WORD_SHORTCUT = r"(?P<plainword>\p{L}+(?=[^\p{L}\p{M}\p{N}'’\-._]|\.(?:[^\p{L}\p{M}\p{N}_\-]|\Z)|\Z))"
_TOKEN = regex.compile(
    rf"""
    {_WORD_SHORTCUT}
  | (?P<hidden>{PLACEHOLDER}+)
  | (?P<url>(?:[\p{{L}}\p{{N}}-]+\.)+
        (?:com|org|net|gov|edu|mil|int|info|biz|io|co|uk|au|nz|ca|us|ie|in|de|fr|eu|news|tv|ly|me)
        (?![\p{{L}}\p{{N}}])(?:/[^\s]*[^\s.,;:!?)\]'"’”])?)
  | (?P<file>[\p{{L}}\p{{N}}_-]+(?:\.[\p{{L}}\p{{N}}_-]+)*\.
        (?:pdf|docx?|xlsx?|pptx?|odt|rtf|txt|md|csv|json|xml|ya?ml|html?|jpe?g|png|gif|svg|webp|
           mp[34]|mov|wav|zip|tar|gz|py|js|exe|dmg|apk)(?![\p{{L}}\p{{N}}]))
  | (?P<handle>(?<![\w@])@[A-Za-z0-9_]{{1,30}}(?![\w@]))
  | (?P<hashtag>(?<![\w#&])\#[\p{{L}}\p{{N}}_]*\p{{L}}[\p{{L}}\p{{N}}_]*)
  | (?P<number>
        [$€£¥]\d+(?:,\d{{3}})*(?:\.\d+)?(?:[mbk]n?|\s?(?:million|billion|trillion)\b)?   # money
      | \d{{1,2}}(?::\d\d){{1,2}}(?:\s?(?:[ap]\.m\.|[ap]m\b))?                       # 4:00pm, 10:30 a.m.
      | \d+(?:,\d{{3}})*(?:\.\d+)?(?:[\p{{L}}%°]+)?                                  # 21st, 1990s, 35C, 10am
    )
  | (?P<acronym>(?:\p{{L}}\.){{2,}}(?!\p{{L}}))
  | (?P<word>[{_LETTER}\p{{N}}]*\p{{L}}[{_LETTER}\p{{N}}]*(?:['’\-][{_LETTER}\p{{N}}]+)*)
  | (?P<punct>\p{{P}})
  | (?P<symbol>[^\s])
    """,
    regex.VERBOSE,
)

_KINDS = {
    "hidden": TokenKind.HIDDEN,
    "url": TokenKind.URL,
    "file": TokenKind.FILE,
    "handle": TokenKind.HANDLE,
    "hashtag": TokenKind.HASHTAG,
    "number": TokenKind.NUMBER,
    "acronym": TokenKind.ACRONYM,
    "word": TokenKind.WORD,
    "plainword": TokenKind.WORD,
    "punct": TokenKind.PUNCT,
    "symbol": TokenKind.SYMBOL,
}

# The common cases, found by the standard library's `re`, which scans plain
# text about twice as fast as the `regex` module (whose Unicode classes and
# time limits _TOKEN needs): at each position the token _TOKEN would give
# there when it can be told from ASCII alone:
# 1. a run of ASCII letters that _WORD_SHORTCUT takes (the next character a
#    space, a comma, a bracket or a double quote, or a full stop before one
#    of those or the end: no letter of any script, mark, digit, apostrophe
#    or hyphen);
# 2. a punctuation mark that no alternative before _TOKEN's "punct" can
#    start (not "-", which may open a domain or a file name);
# 3. ASCII letters joined by apostrophes or hyphens ("don't", "co-op"),
#    _TOKEN's "word", before a space, a comma, a bracket or a double quote
#    (not a full stop: "well-known.com" is a domain);
# 4. ASCII digits before a space, a bracket, a double quote, or a comma,
#    full stop or colon before a space or the end (no thousands, decimals
#    or clock times follow): _TOKEN's "number".
# At any other character that is not an ASCII space, no group: _TOKEN is
# asked from there, and this scan goes on after its token. Neither pattern
# matches at an ASCII space, so both skip the same spaces between tokens.
# tests/test_tagger_speed.py holds the two ways together on every draft of
# both corpora and on hostile text.
_SAFE_AFTER_WORD = r"""[ \t\n\r,;:!?()"“”]"""
_FAST_TOKEN = re.compile(
    rf"""([A-Za-z]+(?={_SAFE_AFTER_WORD}|\.(?:{_SAFE_AFTER_WORD}|\Z)|\Z))"""
    r"""|([,.;:!?()"“”'’‘\[\]—–/])"""
    rf"""|([A-Za-z]+(?:['’-][A-Za-z]+)+(?={_SAFE_AFTER_WORD}|\Z))"""
    r"""|([0-9]+(?=[ \t\n\r;!?()"“”]|[,.:](?:[ \t\n\r]|\Z)|\Z))"""
    r"""|[^ \t\n\r]"""
)
#: After this many tokens from _TOKEN in a block, a quarter of its tokens so
#: far, the rest of the block is left to _TOKEN alone (see tokenize).
_SLOW_TOKENS = 16
#: The token kind of each of _FAST_TOKEN's groups (by m.lastindex); None: ask _TOKEN.
_FAST_KINDS = {1: TokenKind.WORD, 2: TokenKind.PUNCT, 3: TokenKind.WORD, 4: TokenKind.NUMBER, None: None}

#: Offsets up to this are shared int objects (see tokenize).
SHARED_OFFSETS = 1 << 16
_offsets: list[int] = list(range(257))


def _shared_offsets(length: int) -> list[int]:
    """The shared ints, enough for a text of ``length`` (up to SHARED_OFFSETS)."""
    wanted = min(length, SHARED_OFFSETS) + 1
    if len(_offsets) < wanted:
        _offsets.extend(range(len(_offsets), wanted))
    return _offsets


def tokenize(text: str, textmap: TextMap) -> tuple[Token, ...]:
    # A draft's tokens stay in memory while its rules run (a 5 MB draft has
    # a million), and the objects they point to cost more than the tokens:
    # - their texts are interned: most are words the draft uses many times
    #   over ("the", "said"), so one string per distinct word is kept, not
    #   one per use;
    # - their offsets are shared ints: CPython makes a new 32-byte object
    #   for every int above 256, two per token, so offsets into a block
    #   (mostly short) come from one table of ints made once per process.
    # Together they take a long draft's tokens from 120 to 60 bytes a word.
    kinds = _KINDS
    intern = sys.intern
    shared = _shared_offsets(len(text))
    limit = len(shared)
    fast_kinds = _FAST_KINDS
    tokens = []
    restart: int | None = 0
    slow = 0
    while restart is not None:
        if slow > _SLOW_TOKENS and slow * 4 > len(tokens):
            # Text the fast scan seldom takes (another script, figures): each
            # token from _TOKEN and a new scan after it would cost more than
            # _TOKEN alone, so the rest of the block is _TOKEN's.
            for m in _TOKEN.finditer(text, restart):
                start, end = m.span()
                if end < limit:
                    start, end = shared[start], shared[end]
                tokens.append(Token(intern(m.group()), kinds[m.lastgroup], start, end, textmap))
            break
        matches = _FAST_TOKEN.finditer(text, restart)
        restart = None
        for m in matches:
            kind = fast_kinds[m.lastindex]
            if kind is None:
                # Not a token told from ASCII alone: _TOKEN's, then the fast
                # scan again after it.
                m = _TOKEN.search(text, m.start())
                if m is None:
                    break  # nothing but what _TOKEN skips is left
                kind = kinds[m.lastgroup]
                restart = m.end()
                slow += 1
            start, end = m.span()
            if end < limit:
                start, end = shared[start], shared[end]
            tokens.append(Token(intern(m.group()), kind, start, end, textmap))
            if restart is not None:
                break
    return tuple(tokens)
