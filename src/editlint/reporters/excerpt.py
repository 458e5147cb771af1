"""The source excerpt under a text-format diagnostic: a window of the line
around the span, and the carets under the span.

    seed.txt:29:267: error [quotes.unclosed] The quote opened here (‘) is never closed
       29 | …led. Under these circumstances, we are saying ‘Listen, we’re sitting on a powder…
          |                                                ^^^^^^^

(with WINDOW columns of the line, here fewer).

A line of at most WINDOW display columns fits a terminal and is shown
whole. A longer one is cut to a window around the span, with "…" where
text is left out; the span keeps at most WINDOW - MIN_CONTEXT columns (its
start, then "…"), and the rest of the room goes to the text either side of
it, half and half unless one side has less to show.

Carets are placed by display width, as a terminal draws the line: an East
Asian wide character or an emoji (a ZWJ sequence, a flag, a skin tone: one
grapheme cluster) takes two cells, a combining mark none (wcwidth's
tables). A window is only ever cut between grapheme clusters. Tabs are kept
as tabs in the line and in the blank space before the carets, so the two
line up whatever the tab size; a tab inside the span gets carets to the
next multiple of 8. Control characters, which a terminal would act on (an
escape sequence in a draft could recolour or clear the screen), are shown
as their Unicode control pictures (␛, ␀) or � and take one cell.

Right-to-left text is shown in its logical order, as it is stored, and the
carets follow that order; a terminal that reorders it for display moves
the letters, not the carets. Line and column numbers in the header stay
code points: this only draws.
"""

from __future__ import annotations

import re

#: The most display columns of source shown on a line (ellipses aside).
WINDOW = 100
#: Columns kept for the text before a span too long for the window.
MIN_CONTEXT = 20
ELLIPSIS = "…"
TAB_STOP = 8
#: Code points read on each side of a span, and of a span itself: enough
#: for WINDOW columns unless the text is mostly zero-width marks. Bounds
#: the work for a finding on a line of megabytes.
LOOK = 4 * WINDOW

_PLAIN = re.compile(r"[\x20-\x7e]*")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def _control_picture(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ .. ␟
    return "\u2421" if code == 0x7F else "\ufffd"  # ␡, or � for a C1 control


def printable(text: str) -> str:
    """``text`` with each control character but the tab shown as a picture."""
    return _CONTROL.sub(_control_picture, text) if _CONTROL.search(text) else text


class _Clusters:
    """The grapheme clusters of a piece of a line, each with its width (a
    tab's is None: it depends on where it falls)."""

    __slots__ = ("texts", "widths")

    def __init__(self, text: str) -> None:
        if _PLAIN.fullmatch(text):
            self.texts = list(text)
            self.widths = [1] * len(text)
            return
        # Imported here: its tables take 20 ms to import, a tenth of a cold
        # start, and a line of plain ASCII (most news) never needs them.
        from wcwidth import iter_graphemes, wcswidth

        self.texts = []
        self.widths = []
        for cluster in iter_graphemes(printable(text)):
            self.texts.append(cluster)
            self.widths.append(None if cluster == "\t" else max(wcswidth(cluster), 0))

    def budget_width(self, i: int) -> int:
        """The most cells cluster ``i`` can take (a tab: a whole tab stop)."""
        width = self.widths[i]
        return TAB_STOP if width is None else width


def _take(clusters: _Clusters, order: range, room: int) -> int:
    """How many clusters, in ``order``, fit in ``room`` columns."""
    used = taken = 0
    for i in order:
        used += clusters.budget_width(i)
        if used > room:
            break
        taken += 1
    return taken


def excerpt(source: str, index, start: int, end: int, gutter_width: int) -> tuple[str, str, str]:
    """(the line as shown, the blank space before the carets, the carets)
    for the span ``[start, end)`` of ``source``; the gutter before both is
    ``gutter_width`` cells wide (tabs are laid out from the screen's edge)."""
    line, _ = index.line_col(start)
    line_start, line_end = index.line_start(line), index.line_end(line)
    more_lines = end > line_end and index.line_col(end)[0] > line
    span_end = min(end, line_end)
    left_from = max(line_start, start - LOOK)
    span_to = min(span_end, start + LOOK)
    right_to = min(line_end, span_end + LOOK) if span_to == span_end else span_to
    left = _Clusters(source[left_from:start])
    span = _Clusters(source[start:span_to])
    right = _Clusters(source[span_to:right_to])
    whole = left_from == line_start and span_to == span_end and right_to == line_end

    n_left, n_span, n_right = len(left.texts), len(span.texts), len(right.texts)
    full = sum(map(left.budget_width, range(n_left))) + sum(map(span.budget_width, range(n_span)))
    full += sum(map(right.budget_width, range(n_right)))
    if not (whole and full <= WINDOW):
        # A window: the span's start, then the text either side of it.
        n_span = max(1, _take(span, range(len(span.texts)), WINDOW - MIN_CONTEXT)) if span.texts else 0
        room = WINDOW - sum(map(span.budget_width, range(n_span)))
        if n_span < len(span.texts) or span_to < span_end:
            left_room, n_right = room, 0
        else:
            left_width = sum(map(left.budget_width, range(n_left)))
            right_width = sum(map(right.budget_width, range(n_right)))
            left_room = max(room // 2, room - right_width)
            n_right = _take(right, range(n_right), max(room - left_room, room - left_width))
        n_left = _take(left, range(n_left - 1, -1, -1), left_room)
    cut_left = n_left < len(left.texts) or left_from > line_start
    span_cut = n_span < len(span.texts) or span_to < span_end
    cut_right = span_cut or (span_to < line_end and (n_right < len(right.texts) or right_to < line_end))

    shown: list[str] = []
    pad: list[str] = []
    column = gutter_width
    if cut_left:
        shown.append(ELLIPSIS)
        pad.append(" ")
        column += 1
    for i in range(len(left.texts) - n_left, len(left.texts)):
        width = left.widths[i]
        if width is None:
            width = TAB_STOP - column % TAB_STOP
            pad.append("\t")
        else:
            pad.append(" " * width)
        shown.append(left.texts[i])
        column += width
    carets = 0
    for i in range(n_span):
        width = span.widths[i]
        if width is None:
            width = TAB_STOP - column % TAB_STOP
        shown.append(span.texts[i])
        carets += width
        column += width
    shown.extend(right.texts[:n_right])
    if cut_right:
        shown.append(ELLIPSIS)
    marks = "^" * max(1, carets) + (ELLIPSIS if span_cut else " ..." if more_lines else "")
    return "".join(shown), "".join(pad), marks
