"""Partitions of a run's drafts for the Dask workers, sized by words.

A task per draft would cost the scheduler more than a short draft costs
to check; a task per file count would make one partition of long features
take ten times another of briefs. So the drafts, in order, are cut into
runs of about the same number of words: at most :data:`WORDS_PER_PARTITION`
(a second or two of checking), and small enough that each worker gets several
partitions, so that a slow one does not leave the others idle at the end.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TypeVar

from ..collect import DraftItem

#: One to two seconds of checking on one core (16,000 words a core-second
#: on the Wikinews articles, benchmarks/scale.py): long enough that the
#: scheduler's few milliseconds a task are nothing, short enough that a lost
#: worker costs little to redo.
WORDS_PER_PARTITION = 30_000

#: Partitions per worker, at least, when the run is small.
PARTITIONS_PER_WORKER = 4

#: A word of news copy and the space after it, in UTF-8 bytes (lee.cor:
#: 5.9): a file's size tells its words before it is read.
BYTES_PER_WORD = 6

T = TypeVar("T")


def words_in(item: DraftItem) -> int:
    """The words of a draft: counted in bytes already read, estimated from
    the size of a file (at least 1, so that every draft weighs something)."""
    if item.data is not None:
        return max(1, len(item.data.split()))
    try:
        return max(1, os.stat(item.path).st_size // BYTES_PER_WORD)
    except (OSError, TypeError):
        return 1  # unreadable: its worker says why, at once


def partitions(
    entries: Sequence[T], words: Sequence[int], workers: int, most: int = WORDS_PER_PARTITION
) -> list[list[T]]:
    """``entries`` cut, in order, into runs of about the same ``words``
    (one count per entry)."""
    total = sum(words)
    target = max(1, min(most, -(-total // (max(1, workers) * PARTITIONS_PER_WORKER))))
    cut: list[list[T]] = []
    current: list[T] = []
    size = 0
    for entry, count in zip(entries, words, strict=True):
        current.append(entry)
        size += count
        if size >= target:
            cut.append(current)
            current, size = [], 0
    if current:
        cut.append(current)
    return cut
