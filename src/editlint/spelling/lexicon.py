"""The word list the spelling checks read: every form of every word of the
shipped SCOWL dictionaries, with the dialects that accept it and how common
it is.

It is stored as one sorted binary file (``data/lexicon.bin``) that is read
without parsing: a lookup is a binary search over byte offsets. A draft of
800 words costs a few milliseconds, where building a Python set of 180,000
words would cost tens. The file is built by ``tools/build_lexicon.py``.

Layout (all integers little-endian)::

    b"EDLEX1\\n"  magic
    uint32       N, the number of words
    uint32[N+1]  byte offsets of each word in the blob
    uint8[N]     flags: bits 0-3 dialects (US, AU, CA, GB), bit 4 never
                 suggest, bits 5-7 commonness tier (0 most common .. 7)
    bytes        the UTF-8 words, sorted by their bytes, no separators
"""

from __future__ import annotations

import struct
import sys
from array import array
from bisect import bisect_left
from pathlib import Path

MAGIC = b"EDLEX1\n"
US, AU, CA, GB = 1, 2, 4, 8
NOSUGGEST = 16
TIER_SHIFT = 5
#: Commonness tiers from SCOWL size levels: 10, 20, 35, 40-50, 55-60, 70,
#: 80-95, and 7 for words in no level list.
TIERS = 8

DIALECTS = {"en-US": US, "en-AU": AU, "en-CA": CA, "en-GB": GB}
ANY_DIALECT = US | AU | CA | GB

DATA = Path(__file__).resolve().parent / "data" / "lexicon.bin"


class _Words:
    """The sorted words as a sequence of bytes, for bisect."""

    __slots__ = ("_blob", "_offsets")

    def __init__(self, blob: memoryview, offsets: array) -> None:
        self._blob = blob
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> bytes:
        return bytes(self._blob[self._offsets[i] : self._offsets[i + 1]])


class Lexicon:
    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise ValueError("not an editlint lexicon")
        pos = len(MAGIC)
        (count,) = struct.unpack_from("<I", data, pos)
        pos += 4
        offsets = array("I")
        offsets.frombytes(data[pos : pos + 4 * (count + 1)])
        if sys.byteorder != "little":
            offsets.byteswap()
        pos += 4 * (count + 1)
        self._flags = data[pos : pos + count]
        pos += count
        self._words = _Words(memoryview(data)[pos:], offsets)
        self._memo: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._words)

    def flags(self, word: str) -> int:
        """The word's flags, or 0 when no dictionary has it (case-sensitive)."""
        found = self._memo.get(word)
        if found is None:
            key = word.encode("utf-8")
            i = bisect_left(self._words, key)
            found = self._flags[i] if i < len(self._words) and self._words[i] == key else 0
            self._memo[word] = found
        return found

    def lookup(self, word: str) -> int:
        """Flags for ``word`` as a speller reads it: a capitalised or
        upper-case form of a lower-case entry counts ("Faction", "FACTION"),
        and an upper-case form of a capitalised one ("ISRAEL")."""
        flags = self.flags(word)
        if word[:1].isupper():
            lower_first = word[0].lower() + word[1:]
            if word[1:].islower() or len(word) == 1:
                flags |= self.flags(lower_first)
            elif word.isupper():
                flags |= self.flags(word.lower()) | self.flags(word[0] + word[1:].lower())
        return flags

    def entries(self):
        """Every (word, flags), in order (for building suggestion tables)."""
        words, flags = self._words, self._flags
        for i in range(len(words)):
            yield words[i].decode("utf-8"), flags[i]


def tier(flags: int) -> int:
    return flags >> TIER_SHIFT


_loaded: Lexicon | None = None


def lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    global _loaded
    if _loaded is None:
        _loaded = Lexicon(DATA.read_bytes())
    return _loaded


def write(entries: dict[str, int], path: Path) -> None:
    """Write ``entries`` (word -> flags) in the layout above."""
    words = sorted((w.encode("utf-8"), f) for w, f in entries.items())
    offsets = array("I", [0])
    for word, _ in words:
        offsets.append(offsets[-1] + len(word))
    if sys.byteorder != "little":
        offsets.byteswap()
    with path.open("wb") as out:
        out.write(MAGIC)
        out.write(struct.pack("<I", len(words)))
        out.write(offsets.tobytes())
        out.write(bytes(f for _, f in words))
        out.write(b"".join(w for w, _ in words))
