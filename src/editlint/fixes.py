"""Applying fixes: edits in source order, skipping any that overlap."""

from __future__ import annotations

from collections.abc import Iterable

from .diagnostic import Edit


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


def non_overlapping(edits: Iterable[Edit]) -> list[Edit]:
    """The edits in source order, less any that overlaps one taken before it
    (two insertions at one place overlap too: their order would be a guess)."""
    taken: list[Edit] = []
    last_end = -1
    for edit in sorted(edits):
        if edit.span.start < last_end or (edit.span.start == last_end and edit.span.start == edit.span.end):
            continue
        taken.append(edit)
        last_end = edit.span.end
    return taken
