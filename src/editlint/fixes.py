"""Applying fixes: edits in source order, skipping any that overlap."""

from __future__ import annotations

from collections.abc import Iterable

from .diagnostic import Edit
from .span import non_overlapping


def apply_edits(source: str, edits: Iterable[Edit]) -> tuple[str, list[Edit]]:
    """``source`` with the edits applied, and the edits applied. An edit that
    overlaps one already taken is skipped (a later pass can apply it)."""
    taken = non_overlapping(edits)
    parts = []
    pos = 0
    for edit in taken:
        parts.append(source[pos : edit.span.start])
        parts.append(edit.replacement)
        pos = edit.span.end
    parts.append(source[pos:])
    return "".join(parts), taken
