"""The parsed form of a draft that every rule reads.

A :class:`Document` is built once per file and never changed. It keeps the
original source and a flat, ordered tuple of :class:`Block` objects. A block's
``text`` is the prose a reader sees (markup, code and URLs left out or
replaced by a placeholder), and its :class:`TextMap` takes any range of that
text back to the exact range of the source it came from. Nothing is ever
located by searching for matched text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from .span import LineIndex, Span

#: Stands in for content that is never checked but sits inside prose (inline
#: code, a URL, an image), so the words around it keep their spacing and no
#: rule sees the hidden content.
PLACEHOLDER = "\ufffc"


class BlockKind(StrEnum):
    HEADLINE = "headline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    FRONT_MATTER = "front_matter"


class TextMap:
    """Maps offsets in a block's text to offsets in the document source.

    The text is a concatenation of segments. An *exact* segment is a verbatim
    copy of a source range, so every character maps one to one. Any other
    segment (an entity such as ``&amp;``, a CRLF shown as ``\\n``, a
    placeholder) maps as a whole onto its source range.
    """

    __slots__ = ("_text_starts", "_segments")

    def __init__(self, segments: Sequence[tuple[int, int, int, bool]]) -> None:
        # Each segment: (text_start, source_start, source_end, exact).
        self._segments = tuple(segments)
        self._text_starts = [s[0] for s in self._segments]

    def _segment(self, index: int) -> tuple[int, int, int, bool]:
        return self._segments[bisect_right(self._text_starts, index) - 1]

    def source_offset(self, index: int) -> int:
        """Source offset of the character at text ``index`` (its start)."""
        text_start, source_start, source_end, exact = self._segment(index)
        if exact:
            return source_start + (index - text_start)
        return source_start if index == text_start else source_end

    def source_end(self, index: int) -> int:
        """Source offset just past the text character before ``index``."""
        text_start, source_start, source_end, exact = self._segment(index - 1)
        if exact:
            return source_start + (index - text_start)
        return source_end

    def source_span(self, start: int, end: int) -> Span:
        """The source range that the text range ``[start, end)`` came from."""
        if not self._segments:
            return Span(0, 0)
        begin = self.source_offset(start)
        if end <= start:
            return Span(begin, begin)
        return Span(begin, max(begin, self.source_end(end)))


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
        from .parsing.tokens import tokenize

        return tokenize(self.text, self.textmap)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        from .parsing.sentences import split_sentences

        tokens = self.tokens
        result = []
        token_i = 0
        for start, end in split_sentences(self.text):
            first = token_i
            while token_i < len(tokens) and tokens[token_i].start < end:
                token_i += 1
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


@dataclass(frozen=True, eq=False)
class Document:
    path: str
    source: str
    format: str  # "markdown" or "text"
    blocks: tuple[Block, ...]
    directives: tuple[Directive, ...] = ()
    #: Rule ids or globs listed under ``editlint-disable`` in the front matter.
    disabled_rules: tuple[str, ...] = ()
    #: ``disabled_rules`` with their places in the source.
    disabled_names: tuple[RuleName, ...] = ()
    #: Problems met while parsing (for example, front matter that is not
    #: valid YAML): (line, message). The draft is still checked.
    problems: tuple[tuple[int, str], ...] = field(default_factory=tuple)
    #: Analyses that several rules share (the spelling of every word, say),
    #: keyed by what they depend on. Derived data only: the document itself
    #: never changes.
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def line_index(self) -> LineIndex:
        return LineIndex(self.source)

    @property
    def rule_names(self) -> tuple[RuleName, ...]:
        """Every rule the draft's suppressions name, in the draft's order."""
        names = [*self.disabled_names, *(name for d in self.directives for name in d.names)]
        return tuple(sorted(names, key=lambda name: name.start))

    @property
    def headline(self) -> Block | None:
        for block in self.blocks:
            if block.kind is BlockKind.HEADLINE:
                return block
        return None
