"""The analyses of one draft that several rules share, each worked out once.

A rule reaches them through ``analyses(document)``, a typed object, rather
than through keys of its own making in a dictionary: each analysis has one
home (the module that computes it) and one place where it is kept for the
draft (here). What an analysis depends on besides the draft is its
parameter: the speller (language and vocabulary) for the spelling
analysis, the title list for the people analysis.

A rule kind's own memo that is not an analysis of the draft (the pattern
kind's view of each unit, the phrase tables' matches) is kept here too,
under its own type (:meth:`Analyses.memo`), so that it lives exactly as
long as the draft.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TypeVar

from ..document import BlockKind, Document, Unit
from ..grammar.tagger import shared_tags
from ..span import Span
from ..spelling.check import Analysis as SpellingAnalysis
from ..spelling.check import analyse as analyse_spelling
from ..spelling.speller import Speller
from .people import People
from .quotations import Quotes, find_quotations, quoted_spans
from .reading import PeopleReader
from .words import CapitalisedWords, Uses, capitalised_words, find_words

_Memo = TypeVar("_Memo")


class Analyses:
    """The shared analyses of one draft, each made on first use."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._tags: dict[tuple[int, int, int], Sequence[str]] = {}
        self._spelling: dict[int, tuple[Speller, SpellingAnalysis]] = {}
        self._people: dict[int, tuple[PeopleReader, People]] = {}
        self._memos: dict[type, object] = {}

    @cached_property
    def quotations(self) -> Quotes:
        """The quotations of the body (editlint.analysis.quotations)."""
        return find_quotations(self.document)

    @cached_property
    def quoted_source_spans(self) -> tuple[Span, ...]:
        """The source ranges that hold someone's words, in order: every
        quotation (body, headings, front matter) and every block quote."""
        return quoted_spans(self.document, self.quotations)

    def in_quotation(self, span: Span) -> bool:
        """Whether ``span`` (a source range) lies in someone's quoted words."""
        spans = self.quoted_source_spans
        # Sorted by start: only those starting at or before ``span`` can hold it.
        before = spans[: bisect.bisect_right(spans, span)]
        return any(quoted.start <= span.start and span.end <= quoted.end for quoted in before)

    @cached_property
    def words(self) -> Uses:
        """Each word of the draft with where it stands (editlint.analysis.words)."""
        return find_words(self.document)

    @cached_property
    def capitalised_words(self) -> CapitalisedWords:
        """How the body writes its words: capitalised inside a sentence, or in lower case."""
        return capitalised_words(self.document, self.words)

    def tags(self, unit: Unit) -> Sequence[str]:
        """The part-of-speech tags of a unit's tokens, one tagging per
        sentence whatever rules ask."""
        block = unit.block
        # A sentence's length from its offsets: its text is a new string each time.
        key = (block.index, 0, len(block.text)) if unit is block else (block.index, unit.start, unit.end - unit.start)
        found = self._tags.get(key)
        if found is None:
            if unit is block:
                # Its sentences' tags, each kept as the sentence's own.
                found = []
                for sentence in block.sentences:
                    found.extend(self.tags(sentence))
            else:
                # The tagger's own tuple: kept for every sentence of the draft,
                # it is shared with the sentences of the same words, not copied.
                found = shared_tags(unit.tokens, block.kind in (BlockKind.HEADLINE, BlockKind.HEADING))
            self._tags[key] = found
        return found

    def spelling(self, speller: Speller, max_suggestions: int = 5) -> SpellingAnalysis:
        """Every spelling problem of the draft for ``speller`` (one analysis
        per speller: the spelling rules of a run share theirs)."""
        # Keyed by the speller alone: the first rule's max_suggestions serves all.
        key = id(speller)
        found = self._spelling.get(key)
        if found is None:
            # The speller is kept beside its analysis, so its id is not reused.
            found = self._spelling[key] = (
                speller,
                analyse_spelling(self.words, self.capitalised_words, speller, max_suggestions),
            )
        return found[1]

    def people(self, reader: PeopleReader) -> People:
        """Who the draft names, with their titles (editlint.analysis.people),
        as ``reader`` (a title list) reads them."""
        found = self._people.get(id(reader))
        if found is None:
            found = self._people[id(reader)] = (
                reader,
                People(reader, self.document, self.tags, self.capitalised_words, self.quotations),
            )
        return found[1]

    def memo(self, kind: type[_Memo], make: Callable[[], _Memo] | None = None) -> _Memo:
        """The one ``kind`` object of this draft (made by ``make``, else by
        ``kind()``): a rule kind's memo of its own."""
        found = self._memos.get(kind)
        if found is None:
            found = self._memos[kind] = (make or kind)()
        return found  # type: ignore[return-value]


def analyses(document: Document) -> Analyses:
    """The shared analyses of ``document`` (made on first use, kept on it)."""
    found = document.analyses
    if found is None:
        found = Analyses(document)
        # The document is frozen: its analyses are derived data, set once.
        object.__setattr__(document, "analyses", found)
    return found  # type: ignore[return-value]
