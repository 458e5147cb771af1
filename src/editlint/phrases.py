"""Word lists matched against tokens, not regular expressions.

Rules that list words and phrases (existence tokens, substitution swaps,
consistency pairs) look them up token by token, keyed by each phrase's first
word, so a thousand phrases cost about what ten do, where a regular
expression of a thousand alternatives takes long to compile and to run. A
phrase matches whole tokens ("cat" never matches inside "concatenate"), in
order, with only whitespace between them (a line break included).

Every table of a process joins one combined index (one per case
sensitivity), and each unit of a draft is scanned once for all of them: a
run with a thousand word-list rules reads each sentence once, not a
thousand times. Each table still sees only its own phrases, longest first
and without overlaps, exactly as if it had scanned alone.
"""

from __future__ import annotations

import sys
from collections.abc import Hashable, Iterable, Iterator

from .analysis.analyses import analyses
from .analysis.memo import remember
from .document import Document
from .textmap import PLACEHOLDER, TextMap
from .tokens import tokenize

#: (start, end, value) of one match, as offsets into the unit's text.
Match = tuple[int, int, Hashable]

#: Unit texts whose matches are kept; the memo is emptied when full.
MEMO_LIMIT = 20_000


class _DraftMatches:
    """One draft's matches, kept while its rules run: by (case sensitivity,
    unit), and the tables matching anywhere in it by case sensitivity; each
    with the count of tables it was made for (a scan made before a table
    was added is stale)."""

    __slots__ = ("by_unit", "present")

    def __init__(self) -> None:
        self.by_unit: dict[tuple[bool, int], tuple[int, dict[int, list[Match]]]] = {}
        self.present: dict[bool, tuple[int, set[int]]] = {}


def _words(text: str, ignorecase: bool) -> tuple[str, ...]:
    text = text.replace("’", "'")
    tokens = tokenize(text, TextMap([(0, 0, len(text), True)]))
    return tuple(t.text.casefold() if ignorecase else t.text for t in tokens)


class _CombinedIndex:
    """The phrases of every table, by first word, each tagged with its table."""

    def __init__(self, ignorecase: bool) -> None:
        self.ignorecase = ignorecase
        self.by_first: dict[str, list[tuple[tuple[str, ...], int, Hashable]]] = {}
        #: Tables added so far; a scan made before the last one was added is stale.
        self.tables = 0
        #: Unit text -> its matches, for the tables there are now.
        self._memo: dict[str, dict[int, list[Match]]] = {}

    def add(self, phrases: list[tuple[tuple[str, ...], Hashable]]) -> int:
        table = self.tables
        self.tables += 1
        self._memo.clear()
        for words, value in phrases:
            entries = self.by_first.setdefault(words[0], [])
            entries.append((words, table, value))
            entries.sort(key=lambda entry: -len(entry[0]))  # the longest phrase first
        return table

    def scan(self, unit, document: Document) -> dict[int, list[Match]]:
        """Each table's matches in ``unit``, in order and without overlaps;
        worked out once per unit (kept with the draft's analyses)."""
        memo = analyses(document).memo(_DraftMatches)
        key = (self.ignorecase, id(unit))
        cached = memo.by_unit.get(key)
        if cached is not None and cached[0] == self.tables:
            return cached[1]
        # The matches depend on the unit's text alone: a sentence met in an
        # earlier draft (archives repeat them) is not scanned again.
        found = self._memo.get(unit.text)
        if found is None:
            # Interned: the memos of the rules keep the same text.
            found = remember(self._memo, sys.intern(unit.text), self._scan(unit), MEMO_LIMIT)
        memo.by_unit[key] = (self.tables, found)
        return found

    def _scan(self, unit) -> dict[int, list[Match]]:
        tokens = unit.tokens
        if self.ignorecase:
            keys = [t.text.replace("’", "'").casefold() for t in tokens]
        else:
            keys = [t.text.replace("’", "'") for t in tokens]
        text = unit.text
        base = unit.offset
        found: dict[int, list[Match]] = {}
        # Where each table may match next: a match hides the phrases of its
        # own table that start inside it, not those of other tables.
        free_from: dict[int, int] = {}
        by_first = self.by_first
        # The few tokens that open a phrase of some table, picked out in one
        # comprehension (most tokens open none).
        for i in [i for i, key in enumerate(keys) if key in by_first]:
            entries = by_first[keys[i]]
            if not entries:
                continue
            done: set[int] = set()
            for words, table, value in entries:
                if table in done or free_from.get(table, 0) > i:
                    continue
                n = len(words)
                if n > 1 and tuple(keys[i : i + n]) != words:
                    continue
                # Only whitespace between the phrase's tokens.
                if n > 1 and any(
                    text[tokens[j].end - base : tokens[j + 1].start - base].strip() for j in range(i, i + n - 1)
                ):
                    continue
                done.add(table)
                free_from[table] = i + n
                start, end = tokens[i].start - base, tokens[i + n - 1].end - base
                if PLACEHOLDER not in text[start:end]:
                    found.setdefault(table, []).append((start, end, value))
        return found

    def present(self, document: Document) -> set[int]:
        """The tables with a match anywhere in the draft's blocks. A unit
        is a block or one of its sentences, so a table missing here matches
        in no unit: its rule can skip the draft without looking at a unit."""
        memo = analyses(document).memo(_DraftMatches)
        cached = memo.present.get(self.ignorecase)
        if cached is None or cached[0] != self.tables:
            found = set()
            for block in document.blocks:
                found.update(self.scan(block, document))
            cached = memo.present[self.ignorecase] = (self.tables, found)
        return cached[1]


_INDEXES = {True: _CombinedIndex(True), False: _CombinedIndex(False)}


class PhraseTable:
    """Phrases (each with a value) to find in a unit's tokens."""

    def __init__(self, phrases: Iterable[tuple[str, Hashable]], ignorecase: bool = True) -> None:
        self.ignorecase = ignorecase
        entries = []
        for phrase, value in phrases:
            words = _words(phrase, ignorecase)
            if words:
                entries.append((words, value))
        self.count = len(entries)
        self._index = _INDEXES[ignorecase]
        self._table = self._index.add(entries) if entries else -1

    def __bool__(self) -> bool:
        return self.count > 0

    def in_draft(self, document: Document) -> bool:
        """Whether any phrase of the table occurs in the draft (a rule with
        none there has nothing to report)."""
        return self._table >= 0 and self._table in self._index.present(document)

    def finditer(self, unit, document: Document) -> Iterator[Match]:
        """(start, end, value) of each match, as offsets into ``unit.text``,
        in order and without overlaps (the longest phrase wins)."""
        if self._table < 0:
            return iter(())
        return iter(self._index.scan(unit, document).get(self._table, ()))
