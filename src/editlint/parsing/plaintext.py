"""Plain-text drafts (``.txt``), such as copy pasted out of a CMS.

Paragraphs are separated by blank lines. A paragraph of one short line with
no closing punctuation is a heading; when it is the first block of the draft
it is the headline. A line holding only an ``<!-- editlint-... -->`` comment
is a suppression directive, not text.
"""

from __future__ import annotations

import re

from ..document import Block, BlockKind, Document
from ..span import LineIndex
from .directives import DIRECTIVE, directives_in
from .sentences import split_sentences
from .text import TextBuilder

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_DIRECTIVE_LINE = re.compile(r"\s*" + DIRECTIVE.pattern + r"\s*$", re.DOTALL)
# Closing punctuation, possibly inside closing quotes or brackets.
_CLOSED = re.compile(r"[.!?:;,…][\"'”’)\]]*$")

HEADING_MAX_CHARS = 120
HEADING_MAX_WORDS = 20


def parse_text(path: str, source: str) -> Document:
    index = LineIndex(source)
    paragraphs: list[list[tuple[int, str]]] = []  # lines as (offset, content)
    current: list[tuple[int, str]] = []
    directive_lines: list[tuple[int, str]] = []
    for m in _LINE.finditer(source):
        if m.start() == len(source) and m.start() > 0:
            break
        content = m.group().rstrip("\r\n")
        if not content.strip() or _DIRECTIVE_LINE.match(content):
            if content.strip():
                directive_lines.append((m.start(), content))
            if current:
                paragraphs.append(current)
                current = []
            continue
        current.append((m.start(), content))
    if current:
        paragraphs.append(current)

    blocks: list[Block] = []
    for lines in paragraphs:
        builder = TextBuilder()
        previous_end = None
        for offset, content in lines:
            start = offset + (len(content) - len(content.lstrip()))
            end = offset + len(content.rstrip())
            if previous_end is not None:
                # The line break (with the spaces around it) reads as one space.
                builder.replaced(previous_end, start, "\n")
            builder.verbatim(start, source[start:end])
            previous_end = end
        built = builder.build()
        if built is None:
            continue
        text, textmap, span = built
        kind = BlockKind.PARAGRAPH
        if len(lines) == 1 and _looks_like_heading(text):
            kind = BlockKind.HEADLINE if not blocks else BlockKind.HEADING
        blocks.append(Block(kind, text, textmap, span, len(blocks)))

    directives = []
    for offset, content in directive_lines:
        directives.extend(directives_in(content, lambda i, o=offset: index.line_col(o + i)[0]))
    return Document(path, source, "text", tuple(blocks), tuple(directives))


def _looks_like_heading(text: str) -> bool:
    return (
        len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and not _CLOSED.search(text)
        # One sentence only ("U.S. Army Withdraws" is one; "Done. Next" is not).
        and len(split_sentences(text)) == 1
    )
