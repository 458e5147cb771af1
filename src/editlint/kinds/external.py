"""What the kinds that call an external checker (LanguageTool, Harper) share:
one text for the whole draft, and the way back from its offsets to units."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..document import PLACEHOLDER, Unit

#: Between units: a paragraph break, so no checker reads two blocks as one sentence.
SEPARATOR = "\n\n"


class JoinedText:
    """The units' texts joined by blank lines, sent to a checker in one go."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self.units = list(units)
        self.starts: list[int] = []
        parts = []
        position = 0
        for unit in self.units:
            self.starts.append(position)
            parts.append(unit.text)
            position += len(unit.text) + len(SEPARATOR)
        self.text = SEPARATOR.join(parts)

    def locate(self, start: int, end: int) -> tuple[Unit, int, int] | None:
        """The unit holding ``text[start:end]`` and the range within it; None
        when the range crosses units or covers content never checked."""
        i = bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        unit = self.units[i]
        local_start, local_end = start - self.starts[i], end - self.starts[i]
        if local_end > len(unit.text) or local_start < 0:
            return None
        if PLACEHOLDER in unit.text[local_start:local_end]:
            return None
        return unit, local_start, local_end
