"""Splitting a block's text into tokens that know their source range."""

from __future__ import annotations

import sys

import regex

from ..document import PLACEHOLDER, TextMap, Token, TokenKind

_LETTER = r"\p{L}\p{M}"
# Alternatives are tried in order; the first that matches at a position wins.
_TOKEN = regex.compile(
    rf"""
    (?P<hidden>{PLACEHOLDER}+)
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
    "punct": TokenKind.PUNCT,
    "symbol": TokenKind.SYMBOL,
}


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
    tokens = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if end < limit:
            start, end = shared[start], shared[end]
        tokens.append(Token(intern(m.group()), kinds[m.lastgroup], start, end, textmap))
    return tuple(tokens)
