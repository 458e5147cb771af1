"""The bounded memo of editlint's per-text caches (tags, rule matches,
phrase scans, word statuses, sentence readings): a plain dict that is
emptied at once when it holds its limit of entries (cheaper than keeping
an order of use, and a run that fills it meets mostly new keys anyway)."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(memo: dict[K, V], key: K, value: V, limit: int) -> V:
    """Keep ``value`` under ``key`` in ``memo`` and return it; a memo that
    holds ``limit`` entries already is emptied first."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value
