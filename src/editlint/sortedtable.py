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
    and optionally a hash index (``write(..., hashed=True)``):
    HASH_MAGIC     8 bytes
    S              the number of slots, a power of two, at least 2N
    slots          S entries: 1 + the index of a key, or 0 for none; a key
                   is in the slot its CRC-32 names or the next one after
                   it (linear probing), before any empty slot

A lookup in a table with the index hashes the key and compares it with
one key or two (about a third of a binary search's time, which makes
nine Python calls for its nine steps); without it, it searches the keys
that share the key's first two bytes. A reader that knows no index reads
the table as before: the index lies after the values.
"""

from __future__ import annotations

import mmap
import struct
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from pathlib import Path


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


HASH_MAGIC = b"EDHASH1\0"


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
        # Where the value blob starts: a value is a slice of the file's bytes
        # (one step; a memoryview slice copied to bytes is two).
        self._data = data
        self._values_at = pos + key_offsets[-1]
        # Where the keys of each two-byte prefix lie, found on first use
        # (two searches of the whole table): a lookup then searches those
        # few hundred keys, 9 steps instead of 17. One entry per prefix met.
        self._prefix_ranges: dict[bytes, tuple[int, int]] = {}
        self._slots: array | memoryview | None = None
        self._slot_mask = 0
        end = pos + key_offsets[-1] + self._value_offsets[-1]
        if data[end : end + 8] == HASH_MAGIC:
            (size,) = struct.unpack_from("<I", data, end + 8)
            if size & (size - 1) or size < count:
                raise ValueError("a damaged hash index")
            self._slots = _offsets(data, end + 12, size)
            self._slot_mask = size - 1

    def __len__(self) -> int:
        return len(self._keys)

    def value(self, i: int) -> bytes:
        at, offsets = self._values_at, self._value_offsets
        return self._data[at + offsets[i] : at + offsets[i + 1]]

    def get(self, key: str) -> bytes | None:
        encoded = key.encode("utf-8")
        keys = self._keys
        slots = self._slots
        if slots is not None:
            data, base, offsets, mask = keys._data, keys._base, keys._offsets, self._slot_mask
            slot = zlib.crc32(encoded) & mask
            while i := slots[slot]:
                i -= 1
                if data[base + offsets[i] : base + offsets[i + 1]] == encoded:
                    return self.value(i)
                slot = (slot + 1) & mask
            return None
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
        return iter(self.key_list())

    def key_list(self) -> list[str]:
        """Every key, in order. ASCII keys (WordNet's phrases, most words)
        are cut from the key blob decoded at once: about half the time of
        decoding each key's bytes."""
        keys = self._keys
        offsets = keys._offsets.tolist()
        blob = keys._data[keys._base : keys._base + offsets[-1]]
        if blob.isascii():
            text = blob.decode("ascii")
            return [text[start:end] for start, end in zip(offsets, offsets[1:], strict=False)]
        return [blob[start:end].decode("utf-8") for start, end in zip(offsets, offsets[1:], strict=False)]

    def items(self) -> Iterator[tuple[str, bytes]]:
        for i in range(len(self._keys)):
            yield self._keys[i].decode("utf-8"), self.value(i)


def write(entries: Mapping[str, bytes], path: Path, magic: bytes, hashed: bool = False) -> None:
    """Write ``entries`` (key -> value bytes) in the layout above, with a
    hash index when ``hashed`` (8 to 16 bytes a key)."""
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
        if hashed:
            out.write(HASH_MAGIC)
            slots = _hash_slots([key for key, _ in rows])
            out.write(struct.pack("<I", len(slots)))
            out.write(slots.tobytes())


def _hash_slots(keys: list[bytes]) -> array:
    """The hash index's slots for ``keys`` (in table order), little-endian."""
    size = 8
    while size < 2 * len(keys):
        size *= 2
    mask = size - 1
    slots = array("I", bytes(4 * size))
    for i, key in enumerate(keys):
        slot = zlib.crc32(key) & mask
        while slots[slot]:
            slot = (slot + 1) & mask
        slots[slot] = i + 1
    if sys.byteorder != "little":
        slots.byteswap()
    return slots
