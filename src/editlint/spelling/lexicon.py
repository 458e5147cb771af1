"""The word list the spelling checks read: every word form of SCOWL's lists
(up to size 80, names up to 95), of the shipped Hunspell dictionaries and
of WordNet 3.0, with the dialects that accept it, the dialects whose main
spelling it is, and how common it is.

It is a :class:`~editlint.sortedtable.SortedTable` (``data/lexicon.bin``),
searched in place: a draft of 800 words costs a few milliseconds, where
building a Python set of 300,000 words would cost tens. Each value is two
bytes of flags (little-endian): bits 0-3 the dialects that accept the word
(US, AU, CA, GB), bit 4 "never suggest", bits 5-7 a commonness tier (0 most
common .. 7), bits 8-11 the dialects whose main spelling it is, bits 12-15
the dialects that accept it only as a variant_2 spelling (SCOWL's
"generally considered acceptable": "grey" in en-US).
``data/phrases.bin`` holds WordNet's multi-word expressions in lower case
("joie de vivre", "united nations"). Both are built by
``tools/build_lexicon.py``.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import sortedtable
from ..analysis.memo import remember

MAGIC = b"EDLEX3\n\0"
PHRASE_MAGIC = b"EDPHR1\n\0"
PHRASE_ENDS_MAGIC = b"EDPEN1\n\0"
US, AU, CA, GB = 1, 2, 4, 8
NOSUGGEST = 16
TIER_SHIFT = 5
MAIN_SHIFT = 8
WEAK_SHIFT = 12
#: Commonness tiers from SCOWL size levels: 10, 20, 35, 40-50, 55-60, 70,
#: 80, and 7 for names of size 95 and WordNet's words.
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
PHRASES = DATA.parent / "phrases.bin"
#: By each phrase's last word, the first letters of the phrases ending so.
PHRASE_ENDS = DATA.parent / "phrase_ends.bin"
#: Suggestible words of tiers 0 .. COMMON_TIERS - 1 (SCOWL up to size 60)
#: in lower case, on one line (words separated by tabs): where near misses
#: are looked for; then a line of the capitalised words of SCOWL's "upper"
#: lists up to size 60 (places, days, months, institutions: not people's
#: names).
COMMON = DATA.parent / "common.txt"
COMMON_TIERS = 5
#: Every three-letter sequence of the lexicon's words and names, in lower
#: case, with "^" and "$" for a word's start and end ("^lo", "ndo", "on$"),
#: separated by tabs (see unheard_of).
LETTER_SEQUENCES = DATA.parent / "trigrams.txt"


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
            if value is None and word.endswith(("'s", "’s")):
                value = self._table.get(word[:-2])  # possessives are not stored
            if value is None:
                # Not remembered: the table's hash index says so in a
                # microsecond, and the strings one edit from a misspelt word
                # that are no word (hundreds for each suggestion) filled the
                # memo with misses.
                return 0
            found = remember(self._memo, word, int.from_bytes(value, "little"), MEMO_LIMIT)
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
            yield word, int.from_bytes(value, "little")


def tier(flags: int) -> int:
    return (flags >> TIER_SHIFT) & 7


def main_dialects(flags: int) -> int:
    """The dialect bits of the dialects whose main spelling the word is."""
    return (flags >> MAIN_SHIFT) & ANY_DIALECT


def weak_dialects(flags: int) -> int:
    """The dialect bits of the dialects that accept the word only as a
    variant_2 spelling."""
    return (flags >> WEAK_SHIFT) & ANY_DIALECT


_loaded: Lexicon | None = None


def lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    global _loaded
    if _loaded is None:
        _loaded = Lexicon(sortedtable.map_file(DATA))
    return _loaded


def listed(word: str) -> bool:
    """Whether the dictionaries list ``word`` as written: capitalised, a name
    ("Bush", "Reuters"), not only a headline's capital ("Limits")."""
    return bool(lexicon().flags(word))


_common: frozenset[str] | None = None
_common_list: list[str] | None = None
_common_crc: int | None = None
_names: dict[str, str] | None = None


def common_words() -> frozenset[str]:
    """The suggestible words of the tiers up to COMMON_TIERS - 1 (lower
    case), read once per process: a set answers a few hundred membership
    questions in microseconds, where the sorted table takes milliseconds.
    Made on first use (20 ms): the spelling analysis asks the near-word
    index (editlint.spelling.nearindex) instead; suggestions need the set."""
    global _common
    if _common is None:
        _common = frozenset(common_word_list())
    return _common


def dictionary_names() -> dict[str, str]:
    """The capitalised words of a dictionary ("Wednesday", "Pentagon",
    "London"; not people's names), by their lower-case form."""
    if _names is None:
        _read_common()
    return _names


def common_word_list() -> list[str]:
    """The words of common_words() in common.txt's order (what the near-word
    index numbers: editlint.spelling.nearindex)."""
    if _common_list is None:
        _read_common()
    return _common_list


def common_fingerprint() -> int:
    """The CRC-32 of common.txt as read (the near-word index is built for one)."""
    if _common_crc is None:
        _read_common()
    return _common_crc


def common_lines(raw: bytes) -> tuple[list[str], list[str]]:
    """common.txt's two lines, as lists of words."""
    lines = raw.decode("utf-8").split("\n")
    return lines[0].split("\t"), lines[1].split("\t")


def _read_common() -> None:
    global _common_list, _common_crc, _names
    raw = COMMON.read_bytes()
    _common_crc = zlib.crc32(raw)
    _common_list, names = common_lines(raw)
    _names = {name.lower(): name for name in names}


def letter_sequences(words: Iterator[str]) -> set[str]:
    """The three-letter sequences of ``words`` (lower case, "^" and "$" at
    the ends), from their words of ASCII letters alone."""
    found = set()
    for word in words:
        if word.isascii() and word.isalpha():
            marked = f"^{word.lower()}$"
            found.update(marked[i : i + 3] for i in range(len(marked) - 2))
    return found


@functools.cache
def _known_sequences() -> frozenset[str]:
    return frozenset(LETTER_SEQUENCES.read_text(encoding="utf-8").split())


def unheard_of(word: str) -> bool:
    """Whether ``word`` holds three letters in a row that no word or name of
    the lexicon holds (340,000 of them, foreign names of SCOWL's largest
    lists included): "Pzland", "Moscnw", "Bvses", not "Przemysl" or
    "Nguyen". A random slip of the keyboard makes one about a time in five;
    of the lexicon's own rarest names, each left out of the count in turn,
    fewer than one in a hundred has one, and of the foreign names of real
    news no dictionary has, about one in forty ("Krzysztof"): evidence only
    for a word one slip from a known word. So is a word of four letters or
    more with no vowel at all, nor "w" or "y" ("Mrch"; "Cwm" and "Glyn"
    have theirs)."""
    known = _known_sequences()
    marked = f"^{word.lower()}$"
    if len(word) >= 4 and word.isalpha() and not any(c in "aeiouwy" for c in marked):
        return True
    return any(marked[i : i + 3] not in known for i in range(len(marked) - 2))


_phrases: sortedtable.SortedTable | None = None


def _phrase_table() -> sortedtable.SortedTable:
    global _phrases
    if _phrases is None:
        _phrases = sortedtable.SortedTable(sortedtable.map_file(PHRASES), PHRASE_MAGIC)
    return _phrases


def is_phrase(words: str) -> bool:
    """Whether WordNet has ``words`` (lower case, one space between words)
    as a multi-word expression ("per se", "loya jirga")."""
    return _phrase_table().get(words) is not None


_ends: sortedtable.SortedTable | None = None


def _phrase_end_table() -> sortedtable.SortedTable:
    global _ends
    if _ends is None:
        _ends = sortedtable.SortedTable(sortedtable.map_file(PHRASE_ENDS), PHRASE_ENDS_MAGIC)
    return _ends


def may_end_phrase(word: str, first: str = "") -> bool:
    """Whether some multi-word expression of WordNet's may end with ``word``
    (lower case), after words that start with ``first`` when it is given
    (a letter): False only when none does, so that a word before it makes
    no phrase whatever that word is, and a search for one that would
    ("Untied Nations") need not be made; nor a search among the words
    starting with ``first`` when no phrase before ``word`` starts so
    ("Foreign Minister": no phrase "f... minister")."""
    firsts = _phrase_end_table().get(word)
    return firsts is not None and (not first or first in firsts.decode("utf-8"))


def phrase_ends(phrases: Iterable[str]) -> dict[str, bytes]:
    """``data/phrase_ends.bin``: by the last word of each phrase, the first
    letters of the phrases that end with it ("nations": "lu", for "league
    of nations" and "united nations"), what may_end_phrase reads."""
    firsts: dict[str, set[str]] = {}
    for phrase in phrases:
        head, _, end = phrase.rpartition(" ")
        firsts.setdefault(end, set()).update(head[:1])
    return {end: "".join(sorted(letters)).encode("utf-8") for end, letters in firsts.items()}


def write(entries: dict[str, int], path: Path) -> None:
    """Write ``entries`` (word -> flags)."""
    sortedtable.write({word: flags.to_bytes(2, "little") for word, flags in entries.items()}, path, MAGIC)
