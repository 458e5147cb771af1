"""Word drafts (``.docx``), read with python-docx (the ``editlint[docx]`` extra).

A .docx is a zip of XML, so this reader is given the file's bytes. The
Document it makes has for source the draft's paragraphs, one a line, in
reading order (editlint.parsing.wordtext says which paragraphs, in what
order, and how each character maps to the XML). So a report's line is the
paragraph's number and its column the code point in that paragraph's
text, and the text report writes them ``story.docx:¶12:40``
(docs/output.md). Every paragraph counts, empty ones too.

What each paragraph is, from its style (and the styles it is based on):
"Title" is the headline, else the first "Heading 1"; "Heading N", or an
outline level, a heading of level N; "Quote" and "Intense Quote" a block
quote; a numbered or bulleted paragraph a list item; a paragraph in a
table a table cell; any other a paragraph.

Suppressions work as in plain text, a paragraph being a line: a paragraph
whose whole text is one (``editlint-disable spelling.typo``, with or
without the ``<!-- -->`` of Markdown) is no text, and an ``<!--
editlint-... -->`` comment inside a paragraph is left out of its text.
"""

from __future__ import annotations

import dataclasses
import re

from ..document import Block, BlockKind, Directive, Document, RuleName, SourceTraits
from .directives import ACTIONS, DIRECTIVE, directives_in
from .text import TextBuilder
from .wordtext import BREAK, OBJECT, WordParagraph, load, source_of, word_paragraphs

#: Headings are styles; a fix may change only a paragraph's plain text (never
#: across a paragraph break, a footnote mark or a field).
TRAITS = SourceTraits(headings_marked=True, fixes_in_text_only=True)

_HEADING = re.compile(r"heading ([1-9])")
_QUOTES = ("quote", "intense quote")
# A paragraph that is a suppression without the comment's markers (Word
# users type it as it reads); the names hold no "<" or ">", so a paragraph
# with a comment in it is never taken for one.
_BARE_DIRECTIVE = re.compile(r"\s*editlint-(" + "|".join(ACTIONS) + r")(?=\s|$)([^<>]*?)\s*")
_RULE = re.compile(r"[^\s,]+")


def read_docx(path: str, data: bytes) -> Document:
    paragraphs = word_paragraphs(load(data))
    source = source_of(paragraphs)
    blocks: list[Block] = []
    directives: list[Directive] = []
    start = 0
    builder = TextBuilder()  # the text of a paragraph, or of paragraphs Word shows joined
    for number, paragraph in enumerate(paragraphs, start=1):
        directive = _bare_directive(paragraph.text, start, number) if not len(builder) else None
        joined = paragraph.joined_to_next and number < len(paragraphs) and paragraphs[number].where == paragraph.where
        if directive is not None and not joined:
            directives.append(directive)
        else:
            directives.extend(directives_in(paragraph.text, lambda _, line=number: line, base=start))
            _add_text(builder, paragraph, start, _comments(paragraph))
            if not joined:
                built = builder.build()
                builder = TextBuilder()
                if built is not None:
                    text, textmap, span = built
                    # The paragraph's mark, the last one's, holds what the joined paragraph is.
                    kind, level = _kind(paragraph)
                    in_quote = kind is BlockKind.BLOCKQUOTE
                    blocks.append(Block(kind, text, textmap, span, len(blocks), level, None, in_quote))
        start += len(paragraph.text) + 1
    return Document(
        path, source, "docx", tuple(_choose_headline(blocks)), tuple(directives), traits=TRAITS, paragraphs=True
    )


def _comments(paragraph: WordParagraph) -> list[tuple[int, int]]:
    """The ``<!-- editlint-... -->`` comments in a paragraph's text, as
    ranges of it. One with nothing but spaces (and other comments) between
    it and an end of the paragraph takes those spaces with it, as in plain
    text, so that no placeholder is left at the edge."""
    text = paragraph.text
    ranges = [[m.start(), m.end()] for m in DIRECTIVE.finditer(text)]
    if ranges and not text[: ranges[0][0]].strip():
        ranges[0][0] = 0
    if ranges and not text[ranges[-1][1] :].strip():
        ranges[-1][1] = len(text)
    return [(a, b) for a, b in ranges]


def _add_text(builder: TextBuilder, paragraph: WordParagraph, line_start: int, comments: list[tuple[int, int]]):
    """Add a paragraph's text, without its suppression comments, to ``builder``."""
    if comments and all(not paragraph.text[a:b].strip() for a, b in _between(comments, len(paragraph.text))):
        return  # nothing but suppressions
    for atom in paragraph.atoms:
        for start, end, comment in _pieces(atom.start, atom.end, comments):
            at = line_start + start
            text = atom.text[start - atom.start : end - atom.start]
            if comment is not None:
                # One at an edge of the paragraph is left out; one inside, a placeholder.
                if not (comment[0] == 0 or comment[1] == len(paragraph.text)):
                    builder.hidden(at, line_start + end)
            elif atom.kind == "object":
                builder.hidden(at, at + 1)
            else:
                # Text (a line break typed into it reads as one), a tab, a hyphen.
                cursor = 0
                i = text.find(BREAK)
                while i >= 0:
                    builder.verbatim(at + cursor, text[cursor:i])
                    builder.replaced(at + i, at + i + 1, "\n")
                    cursor = i + 1
                    i = text.find(BREAK, cursor)
                builder.verbatim(at + cursor, text[cursor:])


def _between(ranges: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The ranges of a text of ``length`` that lie outside ``ranges``."""
    outside, cursor = [], 0
    for a, b in ranges:
        outside.append((cursor, a))
        cursor = b
    outside.append((cursor, length))
    return outside


def _pieces(start: int, end: int, comments: list[tuple[int, int]]) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The range ``start:end`` of a paragraph's text cut where comments
    begin and end: (start, end, the comment it is in, or None)."""
    pieces, cursor = [], start
    for a, b in comments:
        if b <= cursor or a >= end:
            continue
        if a > cursor:
            pieces.append((cursor, a, None))
        pieces.append((max(a, cursor), min(b, end), (a, b)))
        cursor = min(b, end)
    if cursor < end:
        pieces.append((cursor, end, None))
    return pieces


def _kind(paragraph: WordParagraph) -> tuple[BlockKind, int | None]:
    if paragraph.where == "cell":
        return BlockKind.TABLE_CELL, None
    names = paragraph.style
    if "title" in names[:1]:
        return BlockKind.HEADLINE, 1
    for name in names:
        match = _HEADING.fullmatch(name)
        if match:
            return BlockKind.HEADING, int(match.group(1))
    if paragraph.outline_level is not None:
        return BlockKind.HEADING, paragraph.outline_level
    if any(name in _QUOTES for name in names):
        return BlockKind.BLOCKQUOTE, None
    if paragraph.listed or any(name.startswith("list") for name in names[:1]):
        return BlockKind.LIST_ITEM, None
    return BlockKind.PARAGRAPH, None


def _choose_headline(blocks: list[Block]) -> list[Block]:
    """The first "Title" paragraph is the headline (any other is a heading);
    without one, the first Heading 1, else a heading that opens the draft."""
    titles = [block for block in blocks if block.kind is BlockKind.HEADLINE]
    for extra in titles[1:]:
        blocks[extra.index] = dataclasses.replace(extra, kind=BlockKind.HEADING)
    if titles:
        return blocks
    chosen = next((b for b in blocks if b.kind is BlockKind.HEADING and b.level == 1), None)
    if chosen is None and blocks and blocks[0].kind is BlockKind.HEADING:
        chosen = blocks[0]
    if chosen is not None:
        blocks[chosen.index] = dataclasses.replace(chosen, kind=BlockKind.HEADLINE)
    return blocks


def _bare_directive(text: str, line_start: int, line: int) -> Directive | None:
    """The suppression a paragraph is, when its whole text is one without
    the comment's markers."""
    if "editlint-" not in text or OBJECT in text:
        return None
    match = _BARE_DIRECTIVE.fullmatch(text)
    if match is None:
        return None
    names = tuple(
        RuleName(m.group(), line_start + m.start(), line_start + m.end())
        for m in _RULE.finditer(text, match.start(2), match.end(2))
    )
    return Directive(match.group(1), tuple(name.pattern for name in names), line, line, names)
