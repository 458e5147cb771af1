"""The parsed form of a draft that every rule reads.

A :class:`Document` is built once per file and never changed. It keeps the
original source and a flat, ordered tuple of :class:`Block` objects. A block's
``text`` is the prose a reader sees (markup, code and URLs left out or
replaced by a placeholder), and its :class:`TextMap` takes any range of that
text back to the exact range of the source it came from. Nothing is ever
located by searching for matched text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from .sentences import split_sentences
from .span import LineIndex, SourceText, Span
from .textmap import PLACEHOLDER, TextMap
from .tokens import Token, TokenKind, tokenize

# The text-level pieces live below this module (textmap, tokens, sentences)
# and never import it; they are named here too because they are the words
# every rule reads a Document in.
__all__ = [
    "PLACEHOLDER", "Block", "BlockKind", "Directive", "Document", "RuleName", "Sentence", "SourceTraits",
    "TextMap", "Token", "TokenKind", "Unit",
]  # fmt: skip


class BlockKind(StrEnum):
    HEADLINE = "headline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    FRONT_MATTER = "front_matter"


@dataclass(frozen=True, eq=False)
class Block:
    """One block of prose: a headline, a heading, a paragraph, a list item...

    ``span`` is the source range from the first to the last character of the
    block's text. ``level`` is a heading's level. ``field`` names the
    front-matter key a front-matter block came from. ``in_quote`` is true for
    anything inside a Markdown block quote.
    """

    kind: BlockKind
    text: str
    textmap: TextMap
    span: Span
    index: int
    level: int | None = None
    field: str | None = None
    in_quote: bool = False

    def source_span(self, start: int, end: int) -> Span:
        return self.textmap.source_span(start, end)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tokenize(self.text, self.textmap)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        # A sentence's tokens run up to the first that starts at or after its
        # end: found by a search in C over the tokens' starts (in order).
        starts = [token.start for token in self.tokens]
        result = []
        token_i = 0
        for start, end in split_sentences(self.text):
            first = token_i
            token_i = bisect_left(starts, end, token_i)
            result.append(Sentence(self, start, end, first, token_i))
        return tuple(result)

    # The Unit protocol (see :class:`Unit`): a block is a unit starting at 0.
    @property
    def block(self) -> Block:
        return self

    @property
    def offset(self) -> int:
        return 0


@dataclass(frozen=True, eq=False)
class Sentence:
    """A sentence of a block: text offsets ``[start, end)`` into ``block.text``
    and the range ``[first_token, last_token)`` of ``block.tokens``."""

    block: Block
    start: int
    end: int
    first_token: int
    last_token: int

    @property
    def offset(self) -> int:
        return self.start

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def span(self) -> Span:
        return self.block.textmap.source_span(self.start, self.end)

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.block.tokens[self.first_token : self.last_token]

    @property
    def kind(self) -> BlockKind:
        return self.block.kind

    def source_span(self, start: int, end: int) -> Span:
        """Source range of ``[start, end)`` given relative to this sentence's text."""
        return self.block.textmap.source_span(self.start + start, self.start + end)


#: What a rule is fed: a whole block or one sentence of it. Both offer
#: ``text``, ``kind``, ``block``, ``offset`` (where ``text`` starts in the
#: block's text), ``tokens`` and ``source_span(start, end)`` for ranges
#: relative to ``text``.
Unit = Block | Sentence


@dataclass(frozen=True, slots=True)
class RuleName:
    """A rule id, glob or dotted prefix as a suppression comment (or the
    front matter's ``editlint-disable`` list) writes it, and where: source
    offsets, the end exclusive."""

    pattern: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Directive:
    """An ``editlint-...`` suppression comment found in the draft."""

    action: str  # disable, enable, disable-next-line, disable-line, disable-file
    rules: tuple[str, ...]  # empty means every rule
    line: int  # 1-based line of the comment's start
    end_line: int  # 1-based line of the comment's end
    #: ``rules`` with their places in the source.
    names: tuple[RuleName, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceTraits:
    """What a draft's format tells the rules about its text, set by the
    reader that read it. Rules test these facts, never a format's name, so
    a new reader (Word, HTML) says what holds for it and every rule follows.
    """

    #: Headings are marked as headings in the source (Markdown's ``#``, an
    #: HTML ``<h2>``), not guessed from the shape of a line (plain text's
    #: short line without a full stop), which may be a stray line such as a
    #: byline rather than a heading.
    headings_marked: bool = True
    #: A fix may change only source that the text copies verbatim: what
    #: lies between (HTML tags, an entity, a Word draft's paragraph break
    #: or footnote mark) is not prose, and an edit across it would break
    #: the file. Markdown and plain text say no: a fix there may delete a
    #: block's lines, markup and all.
    fixes_in_text_only: bool = False
    #: The source is HTML markup: a fix's new words go into it with "&",
    #: "<" and ">" written as character references, so that the page reads
    #: them as the fix wrote them ("R&D" must not become a tag or a
    #: reference such as "&copy").
    fixes_escaped_as_html: bool = False


@dataclass(frozen=True, eq=False)
class Document:
    path: str
    source: str
    #: The name of the reader that read it ("markdown", "text"): for the
    #: cache and for people; rules ask ``traits`` instead.
    format: str
    blocks: tuple[Block, ...]
    directives: tuple[Directive, ...] = ()
    #: Rule ids or globs listed under ``editlint-disable`` in the front matter.
    disabled_rules: tuple[str, ...] = ()
    #: ``disabled_rules`` with their places in the source.
    disabled_names: tuple[RuleName, ...] = ()
    #: Problems met while parsing (for example, front matter that is not
    #: valid YAML): (line, message). The draft is still checked.
    problems: tuple[tuple[int, str], ...] = field(default_factory=tuple)
    #: Things worth telling that do not make the draft wrong (a block the
    #: reader could not place exactly in the source, so it is not checked):
    #: (line, message), each shown as a note.
    notes: tuple[tuple[int, str], ...] = ()
    traits: SourceTraits = SourceTraits()
    #: The lines of ``source`` are the draft's paragraphs (a Word draft's
    #: text, one paragraph a line), which reports write as ``¶N``.
    paragraphs: bool = False
    #: The analyses several rules share (an editlint.analysis.analyses.Analyses),
    #: made on first use by editlint.analysis.analyses.analyses(), the one
    #: function that sets it. Derived data only: the document itself never
    #: changes. (The analyses read documents, so this module cannot name
    #: their type.)
    analyses: object = field(default=None, init=False, repr=False, compare=False)

    @cached_property
    def source_text(self) -> SourceText:
        """The text with the name it is reported under: what diagnostics
        are attached to, and what turns their offsets into positions."""
        return SourceText(self.path, self.source, self.paragraphs)

    @property
    def line_index(self) -> LineIndex:
        return self.source_text.line_index

    @property
    def rule_names(self) -> tuple[RuleName, ...]:
        """Every rule the draft's suppressions name, in the draft's order."""
        names = [*self.disabled_names, *(name for d in self.directives for name in d.names)]
        return tuple(sorted(names, key=lambda name: name.start))

    def verbatim(self, span: Span) -> bool:
        """Whether every character of ``span`` is source that a block's text
        copies verbatim (for an empty span: whether it sits in or at the
        edge of such source)."""
        starts, ends = self._verbatim_ranges
        i = bisect_right(starts, span.start) - 1
        return i >= 0 and span.end <= ends[i]

    @cached_property
    def _verbatim_ranges(self) -> tuple[list[int], list[int]]:
        """The starts and ends of the source that blocks copy verbatim,
        merged where they touch."""
        pieces = sorted(r for block in self.blocks for r in block.textmap.verbatim_ranges())
        merged: list[list[int]] = []
        for start, end in pieces:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [r[0] for r in merged], [r[1] for r in merged]

    @property
    def headline(self) -> Block | None:
        for block in self.blocks:
            if block.kind is BlockKind.HEADLINE:
                return block
        return None
