"""A read-only string-keyed table stored as one sorted binary file.

The word lists editlint ships (the spelling lexicon, the part-of-speech
lexicon, inflections) have 100,000 entries or more; building a Python dict of
them costs tens of milliseconds at every start, which a pre-commit hook
cannot afford. This layout is searched in place instead: a lookup is a
binary search over the encoded keys, and nothing is parsed at load. The file
is mapped into memory (:func:`map_file`), not read: a cold start reads only
the pages its lookups touch (reading the four tables' 13 MB and copying
their offsets took about 0.013 s), and worker processes share the pages.

Layout (integers little-endian uint32)::

    magic          8 bytes
    N              the number of entries
    key_offsets    N + 1 offsets into the key blob
    value_offsets  N + 1 offsets into the value blob
    key blob       the UTF-8 keys, sorted by their bytes, no separators
    value blob     the values, in key order
"""

from __future__ import annotations

import mmap
import struct
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from pathlib import Path
from zlib import crc32


class _Keys:
    """The sorted keys as a sequence of bytes, for bisect."""

    __slots__ = ("_data", "_base", "_offsets")

    def __init__(self, data: bytes, base: int, offsets: array | memoryview) -> None:
        # The file's bytes and where the key blob starts in them: slicing
        # bytes is one step, where a memoryview slice is two (slice, copy),
        # and bisect takes 17 of these per lookup.
        self._data = data
        self._base = base
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> bytes:
        base, offsets = self._base, self._offsets
        return self._data[base + offsets[i] : base + offsets[i + 1]]


def _offsets(data: bytes, pos: int, count: int) -> array | memoryview:
    if len(data) < pos + 4 * count:
        raise ValueError("a truncated table")
    if sys.byteorder == "little":
        # The file's own bytes, read as integers where they lie: no copy.
        return memoryview(data)[pos : pos + 4 * count].cast("I")
    result = array("I")
    result.frombytes(data[pos : pos + 4 * count])
    if sys.byteorder != "little":
        result.byteswap()
    return result


def map_file(path: Path) -> bytes | mmap.mmap:
    """The bytes of ``path``, mapped read-only into memory (read, where it
    cannot be mapped): what SortedTable takes."""
    try:
        with path.open("rb") as file:
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return path.read_bytes()


class SortedTable:
    def __init__(self, data: bytes, magic: bytes) -> None:
        if len(magic) != 8 or data[:8] != magic:
            raise ValueError("not an editlint table of this kind")
        (count,) = struct.unpack_from("<I", data, 8)
        pos = 12
        key_offsets = _offsets(data, pos, count + 1)
        pos += 4 * (count + 1)
        self._value_offsets = _offsets(data, pos, count + 1)
        pos += 4 * (count + 1)
        self._keys = _Keys(data, pos, key_offsets)
        self._values = memoryview(data)[pos + key_offsets[-1] :]
        # Where the keys of each two-byte prefix lie, found on first use
        # (two searches of the whole table): a lookup then searches those
        # few hundred keys, 9 steps instead of 17. One entry per prefix met.
        self._prefix_ranges: dict[bytes, tuple[int, int]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def value(self, i: int) -> bytes:
        return bytes(self._values[self._value_offsets[i] : self._value_offsets[i + 1]])

    def get(self, key: str) -> bytes | None:
        encoded = key.encode("utf-8")
        keys = self._keys
        prefix = encoded[:2]
        bounds = self._prefix_ranges.get(prefix)
        if bounds is None:
            # No UTF-8 text holds the byte 0xFF: every key with the prefix
            # sorts before prefix + 0xFF.
            bounds = self._prefix_ranges[prefix] = (bisect_left(keys, prefix), bisect_left(keys, prefix + b"\xff"))
        lo, hi = bounds
        i = bisect_left(keys, encoded, lo, hi)
        if i < hi and keys[i] == encoded:
            return self.value(i)
        return None

    def keys(self) -> Iterator[str]:
        for i in range(len(self._keys)):
            yield self._keys[i].decode("utf-8")

    def items(self) -> Iterator[tuple[str, bytes]]:
        for i in range(len(self._keys)):
            yield self._keys[i].decode("utf-8"), self.value(i)


def write(entries: Mapping[str, bytes], path: Path, magic: bytes) -> None:
    """Write ``entries`` (key -> value bytes) in the layout above."""
    if len(magic) != 8:
        raise ValueError("the magic is 8 bytes")
    rows = sorted((key.encode("utf-8"), value) for key, value in entries.items())
    key_offsets, value_offsets = array("I", [0]), array("I", [0])
    for key, value in rows:
        key_offsets.append(key_offsets[-1] + len(key))
        value_offsets.append(value_offsets[-1] + len(value))
    if sys.byteorder != "little":
        key_offsets.byteswap()
        value_offsets.byteswap()
    with path.open("wb") as out:
        out.write(magic)
        out.write(struct.pack("<I", len(rows)))
        out.write(key_offsets.tobytes())
        out.write(value_offsets.tobytes())
        out.write(b"".join(key for key, _ in rows))
        out.write(b"".join(value for _, value in rows))


#: The hash index's magic (see HashedTable).
INDEX_MAGIC = b"EDHASH1\n"


class HashedTable(SortedTable):
    """A :class:`SortedTable` with a hash index of its keys beside it (a
    second file, :func:`write_index`): a lookup reads one or two keys, not
    the nine or so of a binary search, each a Python call (the
    part-of-speech lexicon's first lookups of a run's 14,000 distinct words
    took 0.08 s; the index takes about a third).

    Index layout (integers little-endian uint32)::

        magic          8 bytes
        N              the table's number of entries
        size           the number of slots, a power of two
        table bytes    the table file's length, to tell an index of another table
        slots          size slots: 0 empty, else a key's position + 1, at
                       crc32(key) modulo size or the next free slot after it
    """

    def __init__(self, data: bytes, magic: bytes, index: bytes) -> None:
        super().__init__(data, magic)
        if len(index) < 20 or index[:8] != INDEX_MAGIC:
            raise ValueError("not an editlint table index")
        count, size, table_bytes = struct.unpack_from("<III", index, 8)
        if count != len(self) or table_bytes != len(data) or size & (size - 1) or size <= count:
            raise ValueError("an index of another table")
        self._slots = _offsets(index, 20, size)
        self._mask = size - 1

    def get(self, key: str) -> bytes | None:
        encoded = key.encode("utf-8")
        keys, slots, mask = self._keys, self._slots, self._mask
        # Open addressing: the slots from the key's hash to the first empty one.
        at = crc32(encoded) & mask
        while slot := slots[at]:
            if keys[slot - 1] == encoded:
                return self.value(slot - 1)
            at = (at + 1) & mask
        return None


def write_index(table_path: Path, magic: bytes, path: Path) -> None:
    """Write the hash index of the table at ``table_path`` (see HashedTable)."""
    data = table_path.read_bytes()
    table = SortedTable(data, magic)
    size = 1
    while size < 2 * len(table):  # half full at most: a lookup of an absent key stops soon
        size <<= 1
    slots = array("I", bytes(4 * size))
    for i in range(len(table)):
        at = crc32(table._keys[i]) & (size - 1)
        while slots[at]:
            at = (at + 1) & (size - 1)
        slots[at] = i + 1
    if sys.byteorder != "little":
        slots.byteswap()
    with path.open("wb") as out:
        out.write(INDEX_MAGIC)
        out.write(struct.pack("<III", len(table), size, len(data)))
        out.write(slots.tobytes())
