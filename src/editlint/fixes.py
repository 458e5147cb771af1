"""Applying fixes: edits in source order, skipping any that overlap."""

from __future__ import annotations

from collections.abc import Iterable

from .diagnostic import Edit
from .span import edited, non_overlapping


def apply_edits(source: str, edits: Iterable[Edit]) -> tuple[str, list[Edit]]:
    """``source`` with the edits applied, and the edits applied. An edit that
    overlaps one already taken is skipped (a later pass can apply it)."""
    taken = non_overlapping(edits)
    return edited(source, taken), taken
