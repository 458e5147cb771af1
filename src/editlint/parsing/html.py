"""HTML drafts (``.html``, ``.htm``): CMS exports, archived pages.

The tokens come from editlint.parsing.htmltokens, each with its exact
range in the source; this module walks them keeping the few facts prose
needs (which block a piece of text is in), the way a browser would close
elements the source leaves open: a ``<p>`` ends where a heading, a list or
another ``<p>`` starts, an ``<li>`` where the next ``<li>`` starts, a cell
where the next cell or row starts.

What is read:

- the prose of headings (the first ``<h1>`` is the headline; without one,
  the ``<title>``), paragraphs, list items, table cells, block quotes and
  figure captions, and any text directly in a ``<div>`` or ``<section>``;
- of a page that is a whole website, only its ``<article>`` elements when
  it has any, else its ``<main>``: navigation, footers and related links
  around them are the site's, not the draft's;
- never ``<script>``, ``<style>``, ``<pre>``, ``<nav>``, ``<aside>``,
  ``<footer>``, forms and embedded objects; attributes and comments are
  never text. ``<code>``, ``<sup>`` and ``<sub>`` inside prose are hidden
  (a placeholder keeps the words around them apart), as inline code is in
  Markdown.

Inline tags (``<b>``, ``<a>``, ``<em>``) do not split a sentence. A run of
white space with a line break in it reads as one line break, as in plain
text; character references read as the characters they stand for, each
mapped to its own source range. ``<!-- editlint-... -->`` comments are
suppressions, as in Markdown.
"""

from __future__ import annotations

import dataclasses
import re

from ..document import Block, BlockKind, Document, SourceTraits
from ..span import LineIndex
from .directives import directives_in
from .htmltokens import Token, tokenize
from .reader import unplaced
from .text import TextBuilder

#: Headings are marked up; a fix may not edit across a tag or a reference,
#: and its words are written as HTML ("&" as "&amp;").
TRAITS = SourceTraits(headings_marked=True, fixes_in_text_only=True, fixes_escaped_as_html=True)

#: Elements whose content is never prose: blocks of their own, and
#: elements that may sit inside a paragraph without ending it.
SKIPPED_BLOCKS = frozenset("pre nav aside footer form head".split())
SKIPPED_INLINE = frozenset(
    "script style template noscript svg math iframe object embed canvas video audio select textarea button".split()
)
SKIPPED = SKIPPED_BLOCKS | SKIPPED_INLINE
#: What may stand in a <head> (a page may leave </head> out): anything else ends it.
_IN_HEAD = frozenset("title meta link style script base noscript template".split())
#: Elements whose content is hidden inside prose: a placeholder keeps the words around apart.
HIDDEN = frozenset({"code", "kbd", "samp", "sup", "sub"})
#: Elements that start or end a block: everything else (b, a, em, span,
#: custom elements) is inline and never splits a sentence.
BLOCKS = (
    frozenset(
        "html body address article blockquote caption dd details dialog div dl dt fieldset figcaption figure "
        "h1 h2 h3 h4 h5 h6 header hgroup hr li main menu ol p section summary table tbody td tfoot th thead "
        "tr ul center".split()
    )
    | SKIPPED_BLOCKS
)
#: What closes an open <p> when it starts (the HTML standard's list, near enough).
_CLOSES_P = BLOCKS - {"html", "body", "caption", "dd", "dt", "li", "td", "th", "tr", "tbody", "thead", "tfoot"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
#: Tags that close an open one of the same group, up to (not past) a container.
_SIBLINGS = {
    "li": ({"li"}, {"ul", "ol", "menu"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr"}, {"table"}),
}
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# White space with a line break in it: it reads as one line break.
_BROKEN_SPACE = re.compile(r"[ \t\f]*(?:\r\n|\r|\n)[ \t\f\r\n]*")


def parse_html(path: str, source: str) -> Document:
    index = LineIndex(source)
    try:
        tokens = tokenize(source)
    except ValueError:
        note = (1, unplaced("page"))
        return Document(path, source, "html", (), notes=(note,), traits=TRAITS)
    directives = []
    for token in tokens:
        if token.kind == "comment":
            text = source[token.start : token.end]
            directives.extend(directives_in(text, lambda i, at=token.start: index.line_col(at + i)[0], token.start))
    walker = _Walker(source, _region(tokens))
    for token in tokens:
        walker.take(token)
    walker.flush()
    blocks = _with_headline(walker.blocks, walker.title)
    return Document(path, source, "html", tuple(blocks), tuple(directives), traits=TRAITS)


def _region(tokens: list[Token]) -> str | None:
    """The element whose content is the draft: "article" when the page has
    one, else "main"; None (the whole body) when it has neither."""
    names = {token.name for token in tokens if token.kind == "start"}
    return next((name for name in ("article", "main") if name in names), None)


class _Walker:
    """Turns tokens into blocks, one builder at a time."""

    def __init__(self, source: str, region: str | None) -> None:
        self.source = source
        self.region = region
        self.region_depth = 0  # how many region elements are open
        self.open: list[str] = []  # open block elements, outermost first
        self.skipping: list[str] = []  # open elements whose content is skipped
        self.hiding: tuple[str, int, int] | None = None  # (tag, depth, source start) of hidden inline content
        self.builder = TextBuilder()
        self.kind: tuple[BlockKind, int | None, bool] | None = None
        self.blocks: list[Block] = []
        self.title: TextBuilder | None = None
        self.in_title = False

    # ------------------------------------------------------------------ tokens

    def take(self, token: Token) -> None:
        if token.kind == "start":
            self._start(token)
        elif token.kind == "end":
            self._end(token)
        elif token.kind in ("text", "ref"):
            self._text(token)
        elif token.kind == "comment" and self._reading() and len(self.builder):
            self.builder.hidden(token.start, token.end)  # keeps the words either side apart

    def _start(self, token: Token) -> None:
        name = token.name
        if name == "title" and all(skipped == "head" for skipped in self.skipping):
            self.in_title, self.title = True, TextBuilder()
            return
        if self.skipping == ["head"] and name not in _IN_HEAD:
            self.skipping.clear()  # <body> or a paragraph: the head is over, whether it said so or not
        if self.skipping:
            if name in SKIPPED and name not in _VOID:
                self.skipping.append(name)
            return
        if name == self.region:
            self.region_depth += 1
        if name in SKIPPED:
            if name in SKIPPED_BLOCKS:
                self.flush(token.start)
            self.skipping.append(name)
            return
        if name == "br":
            if self._reading() and len(self.builder):
                self.builder.replaced(token.start, token.end, "\n")
            return
        if name in HIDDEN:
            if self.hiding is None and self._reading():
                self.hiding = (name, 1, token.start)
                if self.kind is None:
                    self.kind = self._kind_here()
            elif self.hiding is not None and self.hiding[0] == name:
                self.hiding = (name, self.hiding[1] + 1, self.hiding[2])
            return
        if name not in BLOCKS:
            return
        self.flush(token.start)
        if name in _CLOSES_P and self.open and self.open[-1] == "p":
            self.open.pop()
        if name in _HEADINGS and self.open and self.open[-1] in _HEADINGS:
            self.open.pop()
        if name in _SIBLINGS:
            same, containers = _SIBLINGS[name]
            for i in range(len(self.open) - 1, -1, -1):
                if self.open[i] in containers:
                    break
                if self.open[i] in same:
                    del self.open[i:]
                    break
        if name not in _VOID:
            self.open.append(name)

    def _end(self, token: Token) -> None:
        name = token.name
        if name == "title" and self.in_title:
            self.in_title = False
            return
        if self.skipping:
            if name in self.skipping:  # closes what it names, and anything left open inside
                del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(name) :]
            return
        if self.hiding is not None and name == self.hiding[0]:
            tag, depth, start = self.hiding
            if depth > 1:
                self.hiding = (tag, depth - 1, start)
            else:
                self.hiding = None
                self.builder.hidden(start, token.end)
            return
        if name == self.region and self.region_depth:
            self.flush(token.start)
            self.region_depth -= 1
        if name not in BLOCKS:
            return
        self.flush(token.start)
        if name in self.open:
            i = len(self.open) - 1 - self.open[::-1].index(name)
            del self.open[i:]

    def _text(self, token: Token) -> None:
        if self.in_title and self.title is not None:
            _add(self.title, self.source, token)
            return
        if self.skipping or self.hiding is not None or not self._reading():
            return
        if self.kind is None:
            if token.kind == "text" and not self.source[token.start : token.end].strip():
                return  # white space between blocks
            self.kind = self._kind_here()
        _add(self.builder, self.source, token)

    # ------------------------------------------------------------------ blocks

    def _reading(self) -> bool:
        return self.region is None or self.region_depth > 0

    def _kind_here(self) -> tuple[BlockKind, int | None, bool]:
        in_quote = "blockquote" in self.open
        for name in reversed(self.open):
            if name in _HEADINGS:
                return BlockKind.HEADING, _HEADINGS[name], in_quote
            if name in ("li", "dt", "dd"):
                return BlockKind.LIST_ITEM, None, in_quote
            if name in ("td", "th"):
                return BlockKind.TABLE_CELL, None, in_quote
        return (BlockKind.BLOCKQUOTE if in_quote else BlockKind.PARAGRAPH), None, in_quote

    def flush(self, at: int | None = None) -> None:
        """End the block being built where a block element starts or ends
        (``at``; None: the end of the source)."""
        if self.hiding is not None:  # an inline element left open: hidden up to here
            self.builder.hidden(self.hiding[2], len(self.source) if at is None else at)
            self.hiding = None
        built = self.builder.build() if self.kind is not None else None
        if built is not None:
            text, textmap, span = built
            kind, level, in_quote = self.kind
            self.blocks.append(Block(kind, text, textmap, span, len(self.blocks), level, None, in_quote))
        self.builder = TextBuilder()
        self.kind = None


def _add(builder: TextBuilder, source: str, token: Token) -> None:
    """Add a text or reference token: text verbatim, except that white space
    with a line break in it reads as one line break; a reference as what it
    stands for (an unknown one, "&foo;", is text)."""
    if token.kind == "ref":
        if token.value == source[token.start : token.end]:
            builder.verbatim(token.start, token.value)
        else:
            builder.replaced(token.start, token.end, token.value)
        return
    cursor = token.start
    for match in _BROKEN_SPACE.finditer(source, token.start, token.end):
        builder.verbatim(cursor, source[cursor : match.start()])
        builder.replaced(match.start(), match.end(), "\n")
        cursor = match.end()
    builder.verbatim(cursor, source[cursor : token.end])


def _with_headline(blocks: list[Block], title: TextBuilder | None) -> list[Block]:
    """The first <h1> is the headline; without one, the <title> is."""
    for block in blocks:
        if block.kind is BlockKind.HEADING and block.level == 1:
            blocks[block.index] = dataclasses.replace(block, kind=BlockKind.HEADLINE)
            return blocks
    built = title.build() if title is not None else None
    if built is None:
        return blocks
    text, textmap, span = built
    headline = Block(BlockKind.HEADLINE, text, textmap, span, 0, 1)
    return [headline, *(dataclasses.replace(block, index=block.index + 1) for block in blocks)]
