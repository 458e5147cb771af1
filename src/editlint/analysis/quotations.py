"""Quotations in a draft: where each one opens and closes, and which marks
never pair up.

News copy mixes straight and curly marks, nests single quotes in double
ones, runs one quote over several paragraphs (no closing mark at the end of
a paragraph when the next one opens with a mark and goes on), and uses the
same character for an apostrophe and a closing single quote ("it’s",
"Hezbollah’s", "’90s", "soldiers’"), and the same for an inch mark and a
closing double quote ("the 6'2" centre"). The analysis here decides each mark
from its neighbours and a stack of open quotes, once per draft, and the
quote rules read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate

from ..document import Block, BlockKind, Document
from ..span import Span

DOUBLE, SINGLE = "double", "single"
_OPENING_CONTEXT = " \t\n([{—–-/\u00a0“‘\"'"
# Words that start with an apostrophe: 'n', 'em, '90s, 'til; and the
# endings of a bracketed word ("Rocky['s]", "[they]'ll").
_ELISION = re.compile(
    r"(?:\d\d?s?\b|n[’']|em\b|til\b|tis\b|cause\b|twas\b|bout\b|round\b|(?:s|ll|ve|d|m|t)\b)", re.IGNORECASE
)
# Feet and inches (6'2", 5' 11"): the marks after the digits are primes.
_FEET_INCHES = re.compile(r"(?<![\w.])\d{1,2}['’′]\s?\d{1,2}(?:\.\d+)?$")
# What follows a closing mark, not an opening one: "'cop'", ...".
_AFTER_CLOSING = frozenset(",;:!?)]}.")
# The marks that reopen a quote going on into the next paragraph: double
# marks in American and Australian copy, single ones in British copy.
_REOPENING = {DOUBLE: '“"', SINGLE: "‘'"}
_BODY = frozenset({BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL})
#: Every quotation mark and apostrophe the scan reads.
_MARKS = re.compile("[“”\"‘’']")


@dataclass
class Quotation:
    """One quotation: from its opening mark to its closing mark (exclusive),
    as offsets into the text of each block it spans."""

    mark: str  # DOUBLE or SINGLE
    blocks: list[Block]
    start: int  # offset of the opening mark in blocks[0].text
    end: int  # offset just past the closing mark in blocks[-1].text (or the block's end if unclosed)
    closed: bool = True
    nested: bool = False
    #: A straight mark that looked like a closing one with no quote open
    #: (said," [Warhol] ... looked"): it opens a quote if a mark later in
    #: the paragraph closes it, and is a stray closing mark otherwise.
    tentative: bool = False

    def text(self) -> str:
        if len(self.blocks) == 1:
            return self.blocks[0].text[self.start : self.end]
        parts = [self.blocks[0].text[self.start :]]
        parts += [b.text for b in self.blocks[1:-1]]
        parts.append(self.blocks[-1].text[: self.end])
        return "\n".join(parts)

    def words(self) -> int:
        return len(re.findall(r"[\w’'-]+", self.text()))

    def ranges(self) -> Iterator[tuple[Block, int, int]]:
        """Each block the quotation spans, with the range of its text inside."""
        last = len(self.blocks) - 1
        for k, block in enumerate(self.blocks):
            yield block, self.start if k == 0 else 0, self.end if k == last else len(block.text)


@dataclass
class StrayMark:
    block: Block
    offset: int
    mark: str
    opening: bool  # an opening mark never closed, or a closing one never opened


@dataclass
class Quotes:
    quotations: list[Quotation] = field(default_factory=list)
    stray: list[StrayMark] = field(default_factory=list)
    #: For each block, the ranges of its text inside quotation marks.
    inside: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    #: (block index, offset) of each double mark that is a prime: 6'2", a 12" screen.
    primes: set[tuple[int, int]] = field(default_factory=set)

    def quoted(self, block: Block, start: int, end: int) -> bool:
        """Whether ``block.text[start:end]`` lies inside a quotation."""
        return any(a <= start and end <= b for a, b in self.inside.get(block.index, ()))


def _classify(text: str, i: int) -> tuple[str, str] | None:
    """(DOUBLE or SINGLE, "open", "close", "either", "prime", "inch" or
    "apostrophe") for the mark at ``i``. A double mark after feet (6'2") is
    an "inch" mark; after any other digit it is a "prime": it closes a quote
    that is open (the number ends the quote) and is an inch mark otherwise."""
    c = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if c in '”"' and before.isdigit():
        return DOUBLE, "inch" if _FEET_INCHES.search(text, 0, i) else "prime"
    if c == "“":
        return DOUBLE, "open"
    if c == "”":
        return DOUBLE, "close"
    if c == '"':
        opens_word = not after.isspace() and (after not in _AFTER_CLOSING or text.startswith("...", i + 1))
        if before in _OPENING_CONTEXT and opens_word:
            return DOUBLE, "open"
        return DOUBLE, "close"
    if c in "‘’'":
        if before.isalnum() and after.isalnum():
            return SINGLE, "apostrophe"  # it's, Hezbollah's
        if before in _OPENING_CONTEXT and not after.isspace():
            if _ELISION.match(text, i + 1):
                return SINGLE, "apostrophe"  # '90s, rock 'n' roll
            return SINGLE, "open" if c != "’" else "either"
        if c == "‘":
            return SINGLE, "open"
        if before.isalnum() or before in ".,!?;:…":
            # A closing quote, or the apostrophe of "soldiers’": the stack decides.
            return SINGLE, "either"
        return SINGLE, "apostrophe"
    return None


def find_quotations(document: Document) -> Quotes:
    """The quotations of the draft's body (kept per draft by
    editlint.analysis.analyses: ``analyses(document).quotations``)."""
    return _scan([b for b in document.blocks if b.kind in _BODY])


def quoted_spans(document: Document, body: Quotes) -> tuple[Span, ...]:
    """The ranges of the draft's source that hold someone's words, in
    order: every quotation, marks included (in the body, as ``body`` found
    them, and in headlines, headings and front-matter fields, each read on
    its own), and the whole of each Markdown block quote, which quotes by
    its markup."""
    quotations = list(body.quotations)
    for block in document.blocks:
        if block.kind not in _BODY:
            quotations.extend(_scan([block]).quotations)
    spans = [block.span for block in document.blocks if block.in_quote]
    for quotation in quotations:
        for block, start, end in quotation.ranges():
            spans.append(block.source_span(start, end))
    return tuple(sorted(spans))


def _scan(blocks: list[Block]) -> Quotes:
    """The quotations of ``blocks``, read in order as one text (a quote may
    run on from one paragraph to the next)."""
    result = Quotes()
    stack: list[Quotation] = []
    continuing = False
    for n, block in enumerate(blocks):
        text = block.text
        # Only the marks are read (found by the regex engine, not a walk of
        # every character in Python): a paragraph holds a few.
        for found in _MARKS.finditer(text):
            i, char = found.start(), found.group()
            if i == 0 and continuing:
                continue  # a continuing quote's new opening mark opens nothing
            kind = _classify(text, i)
            if kind is None or kind[1] == "apostrophe":
                continue
            if kind[1] == "inch":
                result.primes.add((block.index, i))
                continue
            mark, role = kind
            top = stack[-1] if stack else None
            if role == "prime":
                if not any(q.mark == DOUBLE for q in stack):
                    result.primes.add((block.index, i))
                    continue  # an inch mark: a 12" screen
                role = "close"
            if role == "either":
                if top is not None and top.mark == SINGLE:
                    role = "close"
                elif text[i + 1 : i + 2].isalnum():
                    role = "open"
                else:
                    continue  # soldiers’: an apostrophe
            if role == "open":
                nested = any(not q.tentative for q in stack)
                stack.append(Quotation(mark, [block], i, len(text), closed=False, nested=nested))
                continue
            # A closing mark: close the innermost quote of its kind.
            match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].mark == mark), None)
            if match is None:
                if char == '"':
                    # Straight marks pair in order: this one opens a quote
                    # if another closes it before the paragraph ends.
                    nested = bool(stack)
                    stack.append(Quotation(mark, [block], i, len(text), closed=False, nested=nested, tentative=True))
                elif mark == DOUBLE:
                    result.stray.append(StrayMark(block, i, mark, opening=False))
                continue
            for unclosed in stack[match + 1 :]:
                # Inner quotes still open when the outer one closes.
                if unclosed.tentative:
                    result.stray.append(StrayMark(block, unclosed.start, unclosed.mark, opening=False))
                    continue
                result.stray.append(StrayMark(unclosed.blocks[0], unclosed.start, unclosed.mark, opening=True))
                unclosed.end = len(unclosed.blocks[-1].text) if unclosed.blocks[-1] is not block else i
                result.quotations.append(unclosed)
            quotation = stack[match]
            del stack[match:]
            quotation.end = i + 1
            quotation.closed = True
            quotation.tentative = False
            result.quotations.append(quotation)
        # The end of a paragraph: a quote still open continues only if the
        # next paragraph opens with a mark of its kind (news convention;
        # single marks where the house quotes in single marks).
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        still_open = []
        for quotation in stack:
            if quotation.tentative:
                result.stray.append(StrayMark(block, quotation.start, quotation.mark, opening=False))
                continue
            continues = (
                following is not None
                and not quotation.nested
                and following.text[:1] in _REOPENING[quotation.mark]
                and (quotation.mark == DOUBLE or _classify(following.text, 0) == (SINGLE, "open"))
            )
            if continues:
                quotation.blocks.append(following)
                still_open.append(quotation)
            else:
                result.stray.append(StrayMark(quotation.blocks[0], quotation.start, quotation.mark, opening=True))
                quotation.end = len(quotation.blocks[-1].text)
                result.quotations.append(quotation)
        stack = still_open
        continuing = bool(stack)
    for quotation in result.quotations:
        _mark_inside(result, quotation)
    result.quotations.sort(key=lambda q: (q.blocks[0].index, q.start))
    return result


def _mark_inside(result: Quotes, quotation: Quotation) -> None:
    for block, start, end in quotation.ranges():
        result.inside.setdefault(block.index, []).append((start, end))


class QuotedRanges:
    """A block's quoted ranges, asked which tokens of a sentence they cover.

    A block may hold thousands of quotations (a transcript pasted as one
    paragraph), and testing every token against every range made reading
    it quadratic. Sorted by start, with the furthest end reached so far: a
    range covers [start, end) when one starting at or before ``start``
    reaches ``end``; the tokens, in order, are walked along the ranges.
    """

    __slots__ = ("_starts", "_reach")

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))

    def covering(self, tokens) -> bytes:
        """1 for each of ``tokens`` (in the order of the text, as a
        sentence's are) that a range covers, else 0: one walk along the
        ranges, not a search of them for each token."""
        if not self._starts:
            return bytes(len(tokens))  # most blocks quote no one
        starts, reach = self._starts, self._reach
        flags = bytearray(len(tokens))
        i, count = 0, len(starts)
        for k, token in enumerate(tokens):
            # i: how many ranges start at or before the token.
            while i < count and starts[i] <= token.start:
                i += 1
            if i and reach[i - 1] >= token.end:
                flags[k] = 1
        return bytes(flags)


def quoted_ranges(block: Block, body: Quotes) -> QuotedRanges:
    """The quoted ranges of ``block``: as ``body`` (the body's quotations)
    found them, a heading's or front-matter field's read on its own, and
    the whole of a block quote."""
    if block.in_quote or block.kind is BlockKind.BLOCKQUOTE:
        return QuotedRanges([(0, len(block.text))])
    if block.kind in _BODY:
        return QuotedRanges(body.inside.get(block.index, []))
    return QuotedRanges(_scan([block]).inside.get(block.index, []))
