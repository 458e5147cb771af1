"""spelling: misspelt words, other dialects' spellings, names spelt two ways.

The draft's words are looked up in SCOWL dictionaries (en-US, en-GB, en-AU,
en-CA) that ship with editlint; see editlint.spelling.check for which words
are checked and how names are told from typos.

Options:
  check         what this rule reports: typo (default: a word one slip
                from a common word, "collasped", or a capitalised word one
                slip from a common name, "Wednsday"), unknown (a word no
                dictionary knows and no evidence calls a slip:
                "sevengill"), variant (a word spelt as another dialect
                spells it: "organisation" in an en-US draft), name-variant
                (a name one slip from another name in the draft:
                "Hezbolah" beside "Hezbollah") or case-variant (a
                hyphenated name with other capitals elsewhere:
                "Geo-Science" beside "Geo-science"); likely-typo (a
                larger slip from a common word, or a capitalised word one
                slip from a dictionary's place, day or institution:
                "Lousiana")
  language      en-US (default), en-GB, en-AU or en-CA; the config's
                language: sets it for every spelling rule
  accept        words the dictionaries lack but the newsroom uses; an entry
                with capitals must match exactly, one in lower case matches
                any capitals, and /regex/ entries must match the whole word
  vocabulary    further accepted words; filled in from the config's
                vocab.accept and vocab.accept_files
  max_suggestions  how many corrections to offer (default 5)

Message fields: {word} (the word as checked), {dialect} (the dialect a
variant belongs to), {other} (the other spelling of a name), {language}
(the draft's language). Fixes are unsafe (a speller cannot be sure), but
safe for a typo whose only suggestion, or whose first suggestion alone, the
draft spells right elsewhere ("facton" where the draft says "faction").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from ..analysis.analyses import analyses
from ..analysis.fullnames import full_name_variants
from ..analysis.people import reader_for
from ..analysis.words import without_possessive
from ..diagnostic import Applicability
from ..document import TokenKind
from ..spelling.check import speller
from ..spelling.prose import NotProse
from .base import KindRule, OptionError, compile_pattern


@dataclass(frozen=True)
class Options:
    check: Literal["typo", "likely-typo", "unknown", "variant", "name-variant", "case-variant"] = "typo"
    language: Literal["en-US", "en-GB", "en-AU", "en-CA"] = "en-US"
    accept: tuple[str, ...] = ()
    vocabulary: tuple[str, ...] = ()
    max_suggestions: int = 5


class Spelling(KindRule):
    name = "spelling"
    Options = Options
    fields = ("word", "dialect", "other", "language")
    #: Filled in from the config (language:, vocab.accept) unless the rule sets them.
    config_options = ("language", "vocabulary")

    def compile(self) -> None:
        if self.options.max_suggestions < 0:
            raise OptionError("max_suggestions", 'option "max_suggestions" must not be negative')
        for entry in self.options.accept:
            if len(entry) > 2 and entry.startswith("/") and entry.endswith("/"):
                compile_pattern("accept", entry[1:-1])  # the speller uses the same syntax
        self.speller = speller(
            self.options.language, tuple(sorted(set(self.options.accept))), tuple(sorted(set(self.options.vocabulary)))
        )

    def check(self, units, document):
        blocks = {id(unit.block) for unit in units}
        analysis = analyses(document).spelling(self.speller, self.options.max_suggestions)
        if analysis.not_prose is not None:
            if self.options.check == "typo":
                yield from self._not_prose(analysis.not_prose, units, document)
            return
        for problem in analysis.problems:
            if problem.kind != self.options.check or id(problem.block) not in blocks:
                continue
            token = problem.token
            block = problem.block
            # Report on the unit holding the token (a block, or one of its sentences).
            unit = _unit_at(units, block, token.start)
            offset = unit.offset
            suggestions = problem.suggestions[: self.options.max_suggestions]
            finding = self.finding(
                document,
                unit,
                token.start - offset,
                token.end - offset,
                suggestions,
                applicability=Applicability.SAFE if problem.confident and self.spec.fix is None else None,
                word=problem.word,
                dialect=problem.detail if problem.kind == "variant" else "",
                other=problem.detail if problem.kind in ("name-variant", "case-variant") else "",
                language=self.options.language,
            )
            if finding:
                yield finding
        if self.options.check == "name-variant":
            yield from self._full_names(analysis, units, document)

    def _full_names(self, analysis, units, document):
        """A person's full name written two ways where no word of it is a
        problem already ("Muammar Kaddafi" beside "Muammar Gaddafi", "Ray
        MacDonald", "Natasha Stott-Despoja"): the whole name, with the
        draft's other spelling as the fix."""
        flagged = {(p.block.index, p.token.start) for p in analysis.problems}
        people = analyses(document).people(reader_for())
        for variant in full_name_variants(people):
            m, other = variant.mention, variant.other
            if _word_reported(variant.mention, variant.others, flagged):
                continue  # a word of it is reported as itself ("Savel" beside "Savell")
            block = m.s.block
            start, end = m.s.tokens[m.run.start].start, m.s.tokens[m.run.end - 1].end
            unit = _unit_at(units, block, start)
            if unit is None or end > unit.offset + len(unit.text):
                continue
            suggestion = " ".join(other) + m.run.suffix
            finding = self.finding(
                document, unit, start - unit.offset, end - unit.offset, (suggestion,),
                word=m.s.text(m.run.start, m.run.end), dialect="", other=" ".join(other),
                language=self.options.language,
            )  # fmt: skip
            if finding:
                yield finding

    def _not_prose(self, found: NotProse, units, document):
        """The one finding for a draft that is not prose, on its first
        unknown word; the rule's message template is about one word, so
        this message is its own."""
        token, block = found.token, found.block
        unit = _unit_at(units, block, token.start)
        if unit is None:
            return
        finding = self.finding(document, unit, token.start - unit.offset, token.end - unit.offset, word=token.text,
                               dialect="", other="", language=self.options.language)  # fmt: skip
        if finding is not None:
            message = (
                f"This draft does not read as English prose: {found.unknown:,} of its {found.words:,} words "
                f"({found.unknown / found.words:.0%}) are in no dictionary (OCR output, another language?), "
                "so its words are not checked one by one"
            )
            yield replace(finding, message=message)


def _unit_at(units, block, offset: int):
    """The unit (a block, or one of its sentences) that holds ``offset`` of
    ``block``, or None."""
    return next((u for u in units if u.block is block and u.offset <= offset < u.offset + len(u.text)), None)


def _word_reported(mention, others, flagged: set[tuple[int, int]]) -> bool:
    """Whether a word in which two spellings of a full name differ is a
    spelling problem of its own (one slip, one finding)."""
    shared = set(mention.key) & set(others[0].key)
    for m in (mention, *others):
        for t in m.s.tokens[m.run.start : m.run.end]:
            if t.kind is TokenKind.WORD and (m.s.block.index, t.start) in flagged:
                if without_possessive(t.text.replace("’", "'")) not in shared:
                    return True
    return False
