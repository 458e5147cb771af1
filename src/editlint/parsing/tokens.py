"""Splitting a block's text into tokens that know their source range."""

from __future__ import annotations

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


def tokenize(text: str, textmap: TextMap) -> tuple[Token, ...]:
    kinds = _KINDS
    return tuple(Token(m.group(), kinds[m.lastgroup], m.start(), m.end(), textmap) for m in _TOKEN.finditer(text))
