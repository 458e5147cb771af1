"""A block's text and the map that takes it back to the draft's source.

The lowest layer of the Document: a reader builds a block's text segment by
segment (see editlint.parsing.text), and every range of that text can be
turned into the exact source range it came from. Tokens and sentences are
cut from the text (editlint.tokens, editlint.sentences); the Document
(editlint.document) holds them all. Nothing here imports upwards.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from .span import Span

#: Stands in for content that is never checked but sits inside prose (inline
#: code, a URL, an image), so the words around it keep their spacing and no
#: rule sees the hidden content.
PLACEHOLDER = "\ufffc"


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

    def verbatim_ranges(self) -> list[tuple[int, int]]:
        """The source ranges the text copies character for character (not
        an entity, a line break read as a space, a placeholder)."""
        return [(start, end) for _, start, end, exact in self._segments if exact]

    def source_span(self, start: int, end: int) -> Span:
        """The source range that the text range ``[start, end)`` came from."""
        if not self._segments:
            return Span(0, 0)
        begin = self.source_offset(start)
        if end <= start:
            return Span(begin, begin)
        return Span(begin, max(begin, self.source_end(end)))
