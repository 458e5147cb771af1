"""Plain-text drafts (``.txt``), such as copy pasted out of a CMS.

Paragraphs are separated by blank lines. A paragraph of one short line with
no closing punctuation is a heading; when it is the first block of the draft
it is the headline. An ``<!-- editlint-... -->`` comment is a suppression
directive wherever it is, as in Markdown, and never text: a line holding
nothing else (or several lines, for a comment that spans them) separates
paragraphs, and one inside a line is left out of that line's text, so no
rule reads (or "fixes") its words.
"""

from __future__ import annotations

import re

from ..document import Block, BlockKind, Document, SourceTraits
from ..sentences import split_sentences
from ..span import LineIndex
from .directives import DIRECTIVE, directives_in
from .reader import Reader
from .text import TextBuilder

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# Closing punctuation, possibly inside closing quotes or brackets.
_CLOSED = re.compile(r"[.!?:;,…][\"'”’)\]]*$")

HEADING_MAX_CHARS = 120
HEADING_MAX_WORDS = 20

#: Headings are guessed from the shape of a line, not marked.
TRAITS = SourceTraits(headings_marked=False)


def parse_text(path: str, source: str) -> Document:
    index = LineIndex(source)
    comments = [(m.start(), m.end()) for m in DIRECTIVE.finditer(source)]
    paragraphs: list[list[list[tuple[int, int, bool]]]] = []  # lines, as pieces (start, end, is_text)
    current: list[list[tuple[int, int, bool]]] = []
    for m in _LINE.finditer(source):
        if m.start() == len(source) and m.start() > 0:
            break
        pieces = _pieces(source, m.start(), m.start() + len(m.group().rstrip("\r\n")), comments)
        if not pieces:  # blank, or nothing but directives
            if current:
                paragraphs.append(current)
                current = []
            continue
        current.append(pieces)
    if current:
        paragraphs.append(current)

    blocks: list[Block] = []
    for lines in paragraphs:
        builder = TextBuilder()
        previous_end = None
        for pieces in lines:
            if previous_end is not None:
                # The line break (with the spaces around it) reads as one space.
                builder.replaced(previous_end, pieces[0][0], "\n")
            for start, end, is_text in pieces:
                if is_text:
                    builder.verbatim(start, source[start:end])
                else:
                    builder.hidden(start, end)
            previous_end = pieces[-1][1]
        built = builder.build()
        if built is None:
            continue
        text, textmap, span = built
        kind = BlockKind.PARAGRAPH
        if len(lines) == 1 and _looks_like_heading(text):
            kind = BlockKind.HEADLINE if not blocks else BlockKind.HEADING
        blocks.append(Block(kind, text, textmap, span, len(blocks)))

    directives = directives_in(source, lambda i: index.line_col(i)[0])
    return Document(path, source, "text", tuple(blocks), tuple(directives), traits=TRAITS)


def _pieces(source: str, start: int, end: int, comments: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The line ``source[start:end]`` as (start, end, is_text) pieces: text,
    and directives inside it to hide (a placeholder keeps the words on
    either side apart). Spaces at either end, and directives with nothing
    but spaces between them and an end, are left out. Empty when the line
    holds no text."""
    pieces = []
    cursor = start
    for a, b in comments:
        if b <= start or a >= end:
            continue
        if a > cursor:
            pieces.append((cursor, a, True))
        pieces.append((max(a, start), min(b, end), False))
        cursor = min(b, end)
    if cursor < end:
        pieces.append((cursor, end, True))

    def blank(piece) -> bool:
        return not piece[2] or not source[piece[0] : piece[1]].strip()

    while pieces and blank(pieces[0]):
        pieces.pop(0)
    while pieces and blank(pieces[-1]):
        pieces.pop()
    if not pieces:
        return []
    first_start, first_end, _ = pieces[0]
    pieces[0] = (first_start + len(source[first_start:first_end]) - len(source[first_start:first_end].lstrip()),
                 first_end, True)  # fmt: skip
    last_start, last_end, _ = pieces[-1]
    pieces[-1] = (pieces[-1][0], last_start + len(source[last_start:last_end].rstrip()), True)
    return pieces


def _looks_like_heading(text: str) -> bool:
    return (
        len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and not _CLOSED.search(text)
        # One sentence only ("U.S. Army Withdraws" is one; "Done. Next" is not).
        and len(split_sentences(text)) == 1
    )


READER = Reader(
    name="text",
    label="plain text",
    suffixes=(".txt",),
    read=parse_text,
    walked_suffixes=(".txt",),
)
