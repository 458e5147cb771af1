"""The common words one slip from a word, found by a symmetric-delete index.

The spelling analysis asks, for each unknown word, which common words
(``data/common.txt``, 92,000 of them) are one edit from it: a letter
left out, added or replaced, two neighbours swapped, or two letters
swapped across a third. The search before this index made the 55 strings
each letter of the word gives and looked each up in a set (about 0.1 ms
a word). Two words one edit apart share a string with a letter
deleted, or are one such string of the other: "recieve" and "receive"
both give "receve", "untied" and "united" both give "unted". So the index
keeps, for each common word, itself and the strings it gives with one
letter deleted (742,000 of them), and a search looks up the word and its
own deletions (its length plus one strings) and checks the few words
found (:func:`one_edit`): a third of the time.

``data/near_index.bin`` holds the index without its keys: each key is
hashed (CRC-32 of its UTF-8) into one of 2**19 buckets, and a bucket lists
the numbers of the words (their places on common.txt's first line) whose
keys hash there. Keys that share a bucket only add words to check. Layout,
little-endian: magic, the count of words and the CRC-32 of common.txt (the
index is refused for another file), the count of buckets; then each
bucket's start in the numbers (one more than the buckets), then the
numbers, four bytes each. About 5.4 MB, mapped: a
search reads a few pages. Built by ``tools/build_lexicon.py`` with
common.txt (alone: ``python tools/build_lexicon.py --near-index``).

Two letters swapped across a third share no string with a letter deleted
("tradegy", "tragedy"): those few strings are looked up as words, as is
the word itself (:meth:`NearIndex.holds`: a word is its own first key, so
its bucket lists it). The analysis thus needs no set of the 92,000 common
words, which takes 20 ms to make: only suggestions do
(editlint.spelling.suggest), for a word a rule reports.
"""

from __future__ import annotations

import struct
import sys
import zlib
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path

from .. import sortedtable
from . import lexicon
from .suggest import ALPHABET, LONGEST_WORD

MAGIC = b"EDNEAR1\n"
DATA = lexicon.DATA.parent / "near_index.bin"
#: Buckets of the index: about 1.4 keys a bucket for the 742,000 keys.
BUCKETS = 1 << 19
_HEADER = struct.Struct("<III")
_ALPHABET = frozenset(ALPHABET)


def deletion_keys(word: str) -> set[str]:
    """``word`` and every string it gives with one letter deleted."""
    return {word, *[word[:i] + word[i + 1 :] for i in range(len(word))]}


def one_edit(word: str, other: str) -> bool:
    """Whether ``other`` is ``word``, or one edit from it as
    editlint.spelling.suggest.edits1 and skip_swaps make them: a letter
    deleted, a letter of ALPHABET added or put for another, two neighbours
    swapped, two letters swapped across a third."""
    n, m = len(word), len(other)
    i = 0
    shorter = min(n, m)
    while i < shorter and word[i] == other[i]:
        i += 1
    # ``i`` is the first place they differ: any edit that explains them is
    # made there (an edit further left would make them differ sooner).
    if n == m:
        if i == n:
            return True
        if word[i + 1 :] == other[i + 1 :]:
            return other[i] in _ALPHABET  # a letter put for another
        if i + 1 < n and word[i] == other[i + 1] and word[i + 1] == other[i] and word[i + 2 :] == other[i + 2 :]:
            return True  # neighbours swapped
        return (
            i + 2 < n
            and word[i] == other[i + 2]
            and word[i + 2] == other[i]
            and word[i + 1] == other[i + 1]
            and word[i + 3 :] == other[i + 3 :]
        )  # swapped across a third
    if m == n - 1:
        return word[i + 1 :] == other[i:]  # a letter deleted
    if m == n + 1:
        return other[i] in _ALPHABET and other[i + 1 :] == word[i:]  # a letter added
    return False


def build(words: Sequence[str], fingerprint: int) -> bytes:
    """The index of ``words`` (common.txt's first line, in its order; the
    file's CRC-32 is ``fingerprint``)."""
    mask = BUCKETS - 1
    buckets: list[list[int]] = [[] for _ in range(BUCKETS)]
    for number, word in enumerate(words):
        for key in deletion_keys(word):
            bucket = buckets[zlib.crc32(key.encode("utf-8")) & mask]
            if not bucket or bucket[-1] != number:  # two keys of a word in one bucket
                bucket.append(number)
    starts, numbers = array("I", [0]), array("I")
    for bucket in buckets:
        numbers.extend(bucket)
        starts.append(len(numbers))
    if sys.byteorder != "little":
        starts.byteswap()
        numbers.byteswap()
    header = MAGIC + _HEADER.pack(len(words), fingerprint, BUCKETS)
    return header + starts.tobytes() + numbers.tobytes()


def write(common: Path = lexicon.COMMON, path: Path = DATA) -> None:
    """Write the index of the common words ``common`` (common.txt) holds."""
    raw = common.read_bytes()
    path.write_bytes(build(lexicon.common_lines(raw)[0], zlib.crc32(raw)))


class NearIndex:
    """The index of a list of common words, read from its bytes."""

    def __init__(self, data: bytes, words: Sequence[str], fingerprint: int) -> None:
        """The index ``data`` of ``words``, the first line of a common.txt
        whose CRC-32 is ``fingerprint`` (checked: the numbers mean nothing
        for another list)."""
        if data[: len(MAGIC)] != MAGIC:
            raise ValueError("not a near-word index")
        count, built_for, buckets = _HEADER.unpack_from(data, len(MAGIC))
        if count != len(words) or built_for != fingerprint:
            raise ValueError("a near-word index of another word list: rebuild it (tools/build_lexicon.py --near-index)")
        if buckets & (buckets - 1):
            raise ValueError("a damaged near-word index")
        at = len(MAGIC) + _HEADER.size
        view = memoryview(data)
        end = at + 4 * (buckets + 1)
        if len(data) < end:
            raise ValueError("a damaged near-word index")
        self._starts = _numbers(view[at:end])
        self._numbers = _numbers(view[end:])
        if len(self._numbers) != self._starts[-1]:
            raise ValueError("a damaged near-word index")
        self._mask = buckets - 1
        self._words = words

    def holds(self, word: str) -> bool:
        """Whether ``word`` is one of the index's words (its own first key)."""
        bucket = zlib.crc32(word.encode("utf-8")) & self._mask
        words = self._words
        return any(words[number] == word for number in self._numbers[self._starts[bucket] : self._starts[bucket + 1]])

    def near(self, word: str, extra: Extra | None = None) -> set[str]:
        """The index's words (and ``extra``'s) one edit from ``word`` (see
        one_edit), and ``word`` itself when it is one: what ``words &
        (edits1(word) | skip_swaps(word) | {word})`` holds for ``words``
        all of them."""
        n = len(word)
        holds = self.holds if extra is None else lambda other: self.holds(other) or other in extra.words
        if n > LONGEST_WORD:
            return {word} if holds(word) else set()  # as edits1: no word is that long
        starts, numbers, mask = self._starts, self._numbers, self._mask
        numbered: set[int] = set()
        others: list[str] = []
        for key in deletion_keys(word):
            bucket = zlib.crc32(key.encode("utf-8")) & mask
            numbered.update(numbers[starts[bucket] : starts[bucket + 1]])
            if extra is not None and key in extra.keys:
                others.extend(extra.keys[key])
        index_words = self._words
        found = {other for other in [*map(index_words.__getitem__, numbered), *others] if one_edit(word, other)}
        # Swapped across a third: no deletion is shared.
        found.update(
            swap
            for swap in [word[:i] + word[i + 2] + word[i + 1] + word[i] + word[i + 3 :] for i in range(n - 2)]
            if holds(swap)
        )
        if holds(word):
            found.add(word)
        return found


class Extra:
    """Words the index does not hold (a config's accepted words), and the
    words by each of their deletion keys, for NearIndex.near."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.keys: dict[str, list[str]] = {}
        for word in sorted(self.words):
            for key in deletion_keys(word):
                self.keys.setdefault(key, []).append(word)


def _numbers(view: memoryview) -> Sequence[int]:
    """Little-endian four-byte numbers, read in place where the machine is
    little-endian."""
    if sys.byteorder == "little":
        return view.cast("I")
    found = array("I", view.tobytes())
    found.byteswap()
    return found


_loaded: NearIndex | None = None


def near_index() -> NearIndex:
    """The shipped index, for the shipped common words (read once)."""
    global _loaded
    if _loaded is None:
        _loaded = NearIndex(sortedtable.map_file(DATA), lexicon.common_word_list(), lexicon.common_fingerprint())
    return _loaded
