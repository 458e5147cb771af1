"""The word list the spelling checks read: every form of every word of the
shipped SCOWL dictionaries, with the dialects that accept it and how common
it is.

It is a :class:`~editlint.sortedtable.SortedTable` (``data/lexicon.bin``),
searched in place: a draft of 800 words costs a few milliseconds, where
building a Python set of 170,000 words would cost tens. Each value is one
byte of flags: bits 0-3 the dialects (US, AU, CA, GB), bit 4 "never
suggest", bits 5-7 a commonness tier (0 most common .. 7). The file is built
by ``tools/build_lexicon.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .. import sortedtable

MAGIC = b"EDLEX2\n\0"
US, AU, CA, GB = 1, 2, 4, 8
NOSUGGEST = 16
TIER_SHIFT = 5
#: Commonness tiers from SCOWL size levels: 10, 20, 35, 40-50, 55-60, 70,
#: 80-95, and 7 for words in no level list.
TIERS = 8

DIALECTS = {"en-US": US, "en-AU": AU, "en-CA": CA, "en-GB": GB}
ANY_DIALECT = US | AU | CA | GB
#: Lookups remembered, then forgotten at once. Near-word and suggestion
#: searches look up hundreds of candidates per unknown word, so a draft of
#: unknown words (OCR output, random letters) made an unbounded memo the
#: largest thing in the process: 1.4 GB for 3 MB of them. 200,000 entries
#: are about 25 MB, and more than a news archive's words and names.
MEMO_LIMIT = 200_000

DATA = Path(__file__).resolve().parent / "data" / "lexicon.bin"


class Lexicon:
    def __init__(self, data: bytes) -> None:
        self._table = sortedtable.SortedTable(data, MAGIC)
        self._memo: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._table)

    def flags(self, word: str) -> int:
        """The word's flags, or 0 when no dictionary has it (case-sensitive)."""
        found = self._memo.get(word)
        if found is None:
            value = self._table.get(word)
            found = value[0] if value else 0
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
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

    def entries(self) -> Iterator[tuple[str, int]]:
        """Every (word, flags), in order (for building suggestion tables)."""
        for word, value in self._table.items():
            yield word, value[0]


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
    """Write ``entries`` (word -> flags)."""
    sortedtable.write({word: bytes([flags]) for word, flags in entries.items()}, path, MAGIC)
