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

A paragraph whose whole text is a suppression (``editlint-disable
spelling.typo``, with or without the ``<!-- -->`` of Markdown) works as the
comment does in plain text, its paragraph being its line.
"""

from __future__ import annotations

import dataclasses
import re

from ..document import Block, BlockKind, Directive, Document, RuleName, SourceTraits
from .directives import ACTIONS
from .reader import Reader
from .text import TextBuilder
from .wordfix import write_tracked_changes
from .wordtext import BREAK, OBJECT, WordParagraph, load, source_of, word_paragraphs

#: Headings are styles; a fix may change only a paragraph's plain text (never
#: across a paragraph break, a footnote mark or a field).
TRAITS = SourceTraits(headings_marked=True, fixes_in_text_only=True)

_HEADING = re.compile(r"heading ([1-9])")
_QUOTES = ("quote", "intense quote")
_DIRECTIVE = re.compile(
    r"\s*(?:<!--\s*)?editlint-(" + "|".join(ACTIONS) + r")(?=\s|$|-->)(.*?)(?:-->)?\s*",
    re.DOTALL,
)
_RULE = re.compile(r"[^\s,]+")


def read_docx(path: str, data: bytes) -> Document:
    paragraphs = word_paragraphs(load(data))
    source = source_of(paragraphs)
    blocks: list[Block] = []
    directives: list[Directive] = []
    start = 0
    for number, paragraph in enumerate(paragraphs, start=1):
        directive = _directive(paragraph.text, start, number)
        if directive is not None:
            directives.append(directive)
        else:
            built = _text(paragraph, start)
            if built is not None:
                text, textmap, span = built
                kind, level = _kind(paragraph)
                in_quote = kind is BlockKind.BLOCKQUOTE
                blocks.append(Block(kind, text, textmap, span, len(blocks), level, None, in_quote))
        start += len(paragraph.text) + 1
    return Document(
        path, source, "docx", tuple(_choose_headline(blocks)), tuple(directives), traits=TRAITS, paragraphs=True
    )


def _text(paragraph: WordParagraph, line_start: int):
    builder = TextBuilder()
    for atom in paragraph.atoms:
        at = line_start + atom.start
        if atom.kind == "object":
            builder.hidden(at, at + 1)
        elif atom.text == BREAK:
            builder.replaced(at, at + 1, "\n")
        else:
            # Text (a line break typed into it reads as one), a tab, a hyphen.
            cursor = 0
            for i, char in enumerate(atom.text):
                if char == BREAK:
                    builder.verbatim(at + cursor, atom.text[cursor:i])
                    builder.replaced(at + i, at + i + 1, "\n")
                    cursor = i + 1
            builder.verbatim(at + cursor, atom.text[cursor:])
    return builder.build()


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


def _directive(text: str, line_start: int, line: int) -> Directive | None:
    """The suppression a paragraph is, when its whole text is one."""
    if "editlint-" not in text or OBJECT in text:
        return None
    match = _DIRECTIVE.fullmatch(text)
    if match is None:
        return None
    names = tuple(
        RuleName(m.group(), line_start + m.start(), line_start + m.end())
        for m in _RULE.finditer(text, match.start(2), match.end(2))
    )
    return Directive(match.group(1), tuple(name.pattern for name in names), line, line, names)


READER = Reader(
    name="docx",
    label="Word",
    suffixes=(".docx",),
    read=read_docx,
    walked_suffixes=(".docx",),
    binary=True,
    write=write_tracked_changes,
    paragraphs=True,
)
