"""``--shard I/N``: one of N deterministic shards of a run's drafts.

A draft's shard is decided by a digest of its name as given (``drafts/a.md``,
with / for separators), so it is the same on every machine and in every run,
and a draft added to an archive leaves every other draft in its shard: N CI
jobs running ``--shard 1/N`` ... ``--shard N/N`` over the same paths check
each draft exactly once. Shards are even in the number of drafts (a digest
spreads names evenly), not in words.

Rules that compare drafts (the same headline in two drafts) see only the
drafts of their shard: a duplicate split across two shards is not found.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .collect import DraftItem


@dataclass(frozen=True)
class Shard:
    #: 1-based: shard 1/N ... N/N.
    index: int
    count: int

    @classmethod
    def parse(cls, value: str) -> Shard:
        """ "2/4" -> Shard(2, 4); ValueError with the reason otherwise."""
        index, slash, count = value.partition("/")
        try:
            shard = cls(int(index), int(count)) if slash else None
        except ValueError:
            shard = None
        if shard is None or not 1 <= shard.index <= shard.count:
            raise ValueError(f"must be I/N with 1 <= I <= N (such as 1/4), not {value!r}")
        return shard

    def holds(self, name: str) -> bool:
        """Whether the draft named ``name`` falls in this shard."""
        key = os.path.normpath(name).replace(os.sep, "/")
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index - 1

    def of(self, items: list[DraftItem]) -> list[DraftItem]:
        """The drafts of ``items`` in this shard, in their order."""
        return [item for item in items if self.holds(item.shown)]

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"
