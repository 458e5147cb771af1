"""HTML as a list of tokens, each with its exact range in the source.

Python's own ``html.parser`` is the tokenizer: it follows the HTML
tokenizing rules browsers use closely enough for prose (tags, character
references, comments, ``<script>`` and ``<style>`` read as raw text), and it
is the only parser measured (docs/formats.md) that tells where each token
starts in the source. With ``convert_charrefs=False`` it hands every
character reference over on its own, so text reaches the reader exactly as
it stands in the source, and each reference is mapped to its own span.

Offsets are code points into the source. ``html.parser`` counts lines at
LF only and columns from the last LF, which is what :class:`_Tokenizer`
turns back into offsets; a token whose text is not the source at the
place it was given (which would be a bug here) raises ValueError, so a
reader never places text by a guess.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

# A numeric character reference as html.parser reads one: "&#8217;",
# "&#x2019;", or without the semicolon.
_CHARREF = re.compile(r"&#(?:[xX][0-9a-fA-F]+|[0-9]+);?")


@dataclass(frozen=True, slots=True)
class Token:
    """``kind`` is "start" (a start tag; ``name`` the tag, lower case), "end"
    (an end tag), "text" (text as it stands in the source), "ref" (a
    character reference; ``value`` what it stands for) or "comment".
    ``start`` and ``end`` are the token's source range."""

    kind: str
    name: str
    start: int
    end: int
    value: str = ""


class _Tokenizer(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.tokens: list[Token] = []
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def _here(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        start = self._here()
        self.tokens.append(Token("start", tag, start, start + len(self.get_starttag_text())))

    def handle_startendtag(self, tag, attrs):
        # "<br/>"; in HTML a "/" closes nothing else ("<p/>" opens a paragraph).
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        start = self._here()
        close = self.source.find(">", start)
        self.tokens.append(Token("end", tag, start, close + 1 if close >= 0 else len(self.source)))

    def handle_data(self, data):
        start = self._here()
        if self.source[start : start + len(data)] != data:
            raise ValueError(f"text at {start} is not the source there")
        self.tokens.append(Token("text", "", start, start + len(data)))

    def handle_charref(self, name):
        start = self._here()
        match = _CHARREF.match(self.source, start)
        if match is None:
            raise ValueError(f"no character reference at {start}")
        self.tokens.append(Token("ref", "", start, match.end(), html.unescape(match.group())))

    def handle_entityref(self, name):
        start = self._here()
        end = start + 1 + len(name)
        if self.source.startswith(";", end):
            end += 1
        if self.source[start + 1 : start + 1 + len(name)] != name:
            raise ValueError(f"no entity reference at {start}")
        self.tokens.append(Token("ref", "", start, end, html.unescape(self.source[start:end])))

    def handle_comment(self, data):
        start = self._here()
        # "<!--" data "-->", or a bogus comment "<!" data ">": the ">" after the data.
        close = self.source.find(">", start + 2 + len(data))
        self.tokens.append(Token("comment", "", start, close + 1 if close >= 0 else len(self.source)))


def tokenize(source: str) -> list[Token]:
    """The tokens of ``source``, in order. Doctypes and processing
    instructions are left out; a tag's attributes are part of its token."""
    tokenizer = _Tokenizer(source)
    tokenizer.feed(source)
    tokenizer.close()
    return tokenizer.tokens
