"""Positions in a draft.

editlint has one kind of offset: a Python string index into the decoded
source text (a Unicode code point count, with any byte-order mark already
removed). Ranges are half-open. Offsets become 1-based lines and columns only
at the edge, in reporters, through :class:`LineIndex`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
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


# --------------------------------------------------------------------------- other units

#: A character outside the Basic Multilingual Plane: two UTF-16 code units.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

#: How a protocol counts columns: code points (editlint's own, and LSP's
#: "utf-32"), UTF-16 code units (SARIF and LSP by default) or UTF-8 bytes.
ENCODINGS = ("utf-32", "utf-16", "utf-8")


class SourceText:
    """A draft's text and the name it is reported under: what turns
    offsets into lines and columns, in code points or in the units a
    protocol counts. The one place such conversions are made; a front end
    (the reporters, a language server) asks it, never counts for itself.

    Shared by every diagnostic of a draft, so it costs one reference each.

    ``paragraphs`` says the text's lines are a draft's paragraphs rather
    than lines of a file (a Word draft, whose text is one paragraph a
    line): numbers are the same, but people read them as ``¶12:40``.
    """

    __slots__ = ("path", "text", "paragraphs", "_index", "_astral")

    def __init__(self, path: str, text: str, paragraphs: bool = False) -> None:
        self.path = path
        self.text = text
        self.paragraphs = paragraphs
        self._index: LineIndex | None = None
        self._astral: list[int] | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SourceText):
            return NotImplemented
        return self is other or (self.path == other.path and self.text == other.text)

    def __hash__(self) -> int:
        return hash((self.path, len(self.text)))

    def __repr__(self) -> str:
        return f"SourceText({self.path!r}, {len(self.text)} characters)"

    def __getstate__(self):
        return (self.path, self.text, self.paragraphs)

    def __setstate__(self, state) -> None:
        self.path, self.text, self.paragraphs = state
        self._index = self._astral = None

    def place(self, line: int, column: int | None = None) -> str:
        """A position as people read it: "12:40" (a line), "¶12:40" (a
        paragraph of a Word draft); without ``column``, "12" or "¶12"."""
        mark = "\u00b6" if self.paragraphs else ""
        return f"{mark}{line}" if column is None else f"{mark}{line}:{column}"

    @property
    def line_index(self) -> LineIndex:
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index

    def line_col(self, offset: int, encoding: str = "utf-32") -> tuple[int, int]:
        """1-based line and column of a code-point ``offset``, the column
        counted in ``encoding``'s units (see ENCODINGS)."""
        line, column = self.line_index.line_col(offset)
        if encoding == "utf-32" or self.text.isascii():
            return line, column
        start = self.line_index.line_start(line)
        if encoding == "utf-16":
            # Astral characters before the offset on its line, by bisection
            # over where they are in the draft (none, in most drafts).
            astral = self._astral_offsets()
            return line, column + bisect_left(astral, offset) - bisect_left(astral, start)
        if encoding == "utf-8":
            return line, len(self.text[start:offset].encode("utf-8", "surrogatepass")) + 1
        raise ValueError(f"unknown encoding {encoding!r} (one of {', '.join(ENCODINGS)})")

    def offset(self, line: int, column: int, encoding: str = "utf-32") -> int:
        """The code-point offset of a 1-based ``line`` and ``column`` counted
        in ``encoding``'s units: the inverse of :meth:`line_col`. A column
        past the end of its line (or inside a character's code units) is
        taken to the nearest character boundary before it."""
        index = self.line_index
        line = min(max(line, 1), index.line_count)
        start, end = index.line_start(line), index.line_end(line)
        wanted = max(column - 1, 0)
        if encoding == "utf-32" or self.text.isascii():
            return min(start + wanted, end)
        if encoding not in ("utf-16", "utf-8"):
            raise ValueError(f"unknown encoding {encoding!r} (one of {', '.join(ENCODINGS)})")
        units = 0
        for i in range(start, end):
            char = self.text[i]
            if encoding == "utf-16":
                width = 2 if ord(char) > 0xFFFF else 1
            else:
                width = len(char.encode("utf-8", "surrogatepass"))
            if units + width > wanted:
                return i
            units += width
        return end

    def _astral_offsets(self) -> list[int]:
        if self._astral is None:
            self._astral = [m.start() for m in _ASTRAL.finditer(self.text)]
        return self._astral


def non_overlapping(edits: Iterable) -> list:
    """The edits (anything with a ``span``) in source order, less any that
    overlaps one taken before it; two insertions at one place overlap too
    (their order would be a guess). Fixes applied to text and fixes written
    into a Word file choose alike."""
    taken = []
    last_end = -1
    for edit in sorted(edits):
        if edit.span.start < last_end or (edit.span.start == last_end and edit.span.start == edit.span.end):
            continue
        taken.append(edit)
        last_end = edit.span.end
    return taken


def edited(source: str, edits: Iterable) -> str:
    """``source`` with ``edits`` (non-overlapping, in source order, as
    :func:`non_overlapping` gives them) applied."""
    parts = []
    pos = 0
    for edit in edits:
        parts.append(source[pos : edit.span.start])
        parts.append(edit.replacement)
        pos = edit.span.end
    parts.append(source[pos:])
    return "".join(parts)
