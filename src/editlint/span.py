"""Positions in a draft.

editlint has one kind of offset: a Python string index into the decoded
source text (a Unicode code point count, with any byte-order mark already
removed). Ranges are half-open. Offsets become 1-based lines and columns only
at the edge, in reporters, through :class:`LineIndex`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# CommonMark, and every editor we know of, ends a line at CRLF, LF or a lone CR.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """The half-open range ``[start, end)`` of code-point offsets into a source text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the spans share a character (an empty span shares none,
        unless it sits strictly inside the other)."""
        if self.start == self.end:
            return other.start < self.start < other.end
        if other.start == other.end:
            return self.start < other.start < self.end
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


class LineIndex:
    """Turns source offsets into 1-based line and column numbers.

    Columns count code points from the start of the line, so a tab, an emoji
    or a combining accent is one column each. A line break belongs to the line
    it ends.
    """

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0]
        self._starts.extend(m.end() for m in _LINE_BREAK.finditer(text))

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``; the text's length is a valid offset."""
        if not 0 <= offset <= len(self._text):
            raise ValueError(f"offset {offset} outside text of length {len(self._text)}")
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._starts[line - 1]

    def line_end(self, line: int) -> int:
        """Offset just past the last character of 1-based ``line``, before its line break."""
        if line < len(self._starts):
            end = self._starts[line]
            if self._text.startswith("\r\n", end - 2):
                return end - 2
            return end - 1
        return len(self._text)

    def line_text(self, line: int) -> str:
        return self._text[self.line_start(line) : self.line_end(line)]
