"""Building a block's text together with its map back to the source."""

from __future__ import annotations

import re

from ..span import Span
from ..textmap import PLACEHOLDER, TextMap

# Addresses inside prose are never checked: they become placeholders. Bare
# domains ("abc.net.au") stay text; the tokenizer marks them as URLs.
_ADDRESS = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[^\s<>\"'\u201c\u201d\u2018\u2019]+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
# Punctuation that ends the sentence around an address rather than the address.
_TRAILING = ".,;:!?)]}*_"


def _address_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        # Keep a closing parenthesis that closes one inside the address.
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


class TextBuilder:
    """Accumulates a block's text segment by segment, remembering where each
    segment came from in the source."""

    __slots__ = ("_parts", "_segments", "_length")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[tuple[int, int, int, bool]] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def verbatim(self, source_start: int, text: str) -> None:
        """Add ``text``, which is exactly the source from ``source_start``."""
        self._exact(source_start, text)

    def _exact(self, source_start: int, text: str) -> None:
        if text:
            self._segments.append((self._length, source_start, source_start + len(text), True))
            self._parts.append(text)
            self._length += len(text)

    def replaced(self, source_start: int, source_end: int, text: str) -> None:
        """Add ``text`` standing for the whole source range (an entity, an
        escape, a line break)."""
        if text:
            self._segments.append((self._length, source_start, source_end, False))
            self._parts.append(text)
            self._length += len(text)

    def hidden(self, source_start: int, source_end: int) -> None:
        """Add a placeholder for source that is never checked."""
        if self._parts and self._parts[-1] == PLACEHOLDER:
            # Merge neighbours: `a``b` is one thing to skip, not two.
            text_start, start, _, exact = self._segments[-1]
            self._segments[-1] = (text_start, start, source_end, exact)
            return
        self.replaced(source_start, source_end, PLACEHOLDER)

    def last_char(self) -> str:
        return self._parts[-1][-1] if self._parts else ""

    def build(self) -> tuple[str, TextMap, Span] | None:
        """The text, its map and its source extent; None when empty or only
        whitespace. Web and e-mail addresses become placeholders here, on the
        whole text, so an address with an entity or escape in it
        ("?a=1&amp;b=2") is hidden whole."""
        text = "".join(self._parts)
        if not text.strip():
            return None
        segments = self._segments
        if "@" in text or "://" in text or "www." in text:
            ranges = []
            for m in _ADDRESS.finditer(text):
                end = _address_end(text, m.start(), m.end())
                if end > m.start():
                    ranges.append((m.start(), end))
            if ranges:
                segments, text = _hide(segments, text, ranges)
        # Leading and trailing whitespace is not part of a block.
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if lead or trail < len(text):
            segments, text = _trim(segments, text, lead, trail)
        textmap = TextMap(segments)
        return text, textmap, textmap.source_span(0, len(text))


def _hide(
    segments: list[tuple[int, int, int, bool]], text: str, ranges: list[tuple[int, int]]
) -> tuple[list[tuple[int, int, int, bool]], str]:
    """Replace each text range by one placeholder mapped to its whole source range."""
    old = TextMap(segments)
    ends = [s[0] for s in segments[1:]] + [len(text)]
    # (text offset, text, source start, source end, exact), kept in text order.
    pieces = []
    for (text_start, source_start, source_end, exact), text_end in zip(segments, ends, strict=True):
        cursor = text_start
        for a, b in ranges:
            if b <= cursor or a >= text_end:
                continue
            if exact and a > cursor:
                pieces.append(
                    (cursor, text[cursor:a], source_start + cursor - text_start, source_start + a - text_start, True)
                )
            cursor = min(b, text_end) if exact else text_end
        if cursor < text_end:
            if exact:
                pieces.append((cursor, text[cursor:text_end], source_start + cursor - text_start, source_end, True))
            else:
                pieces.append((cursor, text[cursor:text_end], source_start, source_end, False))
    for a, b in ranges:
        span = old.source_span(a, b)
        pieces.append((a, PLACEHOLDER, span.start, span.end, False))
    pieces.sort(key=lambda p: p[0])
    new_segments = []
    parts = []
    length = 0
    for _, piece, source_start, source_end, exact in pieces:
        new_segments.append((length, source_start, source_end, exact))
        parts.append(piece)
        length += len(piece)
    return new_segments, "".join(parts)


def _trim(
    segments: list[tuple[int, int, int, bool]], text: str, lead: int, trail: int
) -> tuple[list[tuple[int, int, int, bool]], str]:
    trimmed = []
    for text_start, source_start, source_end, exact in segments:
        seg_len = (source_end - source_start) if exact else None
        text_end = text_start + seg_len if seg_len is not None else None
        if exact:
            start = max(text_start, lead)
            end = min(text_end, trail)
            if start >= end:
                continue
            trimmed.append((start - lead, source_start + (start - text_start), source_start + (end - text_start), True))
        else:
            if text_start < lead or text_start >= trail:
                continue
            trimmed.append((text_start - lead, source_start, source_end, False))
    return trimmed, text[lead:trail]


def align(builder: TextBuilder, value: str, source: str, start: int, end: int, escapes: bool) -> int | None:
    """Add ``value`` to ``builder``, matching it against ``source[start:end]``
    where they differ only in whitespace (a folded line break shows as a space)
    or, with ``escapes``, in backslash escapes (``\\|`` shows as ``|``).

    Returns the source offset after the match, or None when ``value`` is not
    such a copy of the source. Characters that match one to one are added
    verbatim; nothing is guessed.
    """
    i = 0
    j = start
    run_start = None  # start of the current verbatim run in source
    n = len(value)
    while i < n:
        c = value[i]
        if c.isspace() and j < end and source[j].isspace():
            i_end = i
            while i_end < n and value[i_end].isspace():
                i_end += 1
            j_end = j
            while j_end < end and source[j_end].isspace():
                j_end += 1
            if value[i:i_end] == source[j:j_end]:
                if run_start is None:
                    run_start = j
            else:
                # A folded line break: the whitespace run stands for the source's run.
                if run_start is not None:
                    builder.verbatim(run_start, source[run_start:j])
                    run_start = None
                builder.replaced(j, j_end, value[i:i_end])
            i, j = i_end, j_end
            continue
        if j < end and source[j] == c:
            if run_start is None:
                run_start = j
            i += 1
            j += 1
            continue
        if run_start is not None:
            builder.verbatim(run_start, source[run_start:j])
            run_start = None
        if escapes and j + 1 < end and source[j] == "\\" and source[j + 1] == c:
            builder.replaced(j, j + 2, c)
            i += 1
            j += 2
            continue
        return None
    if run_start is not None:
        builder.verbatim(run_start, source[run_start:j])
    return j
