"""titles: people's titles and names.

A formal title directly before a name is capitalised ("Secretary of State
Antony Blinken", "President Macron"); the same title after the name, or
standing alone, is lower case ("Blinken, the secretary of state"). A job
description stays lower case even before a name ("spokesman John Smith").
Across a draft, one person keeps one title, and after the first full
reference is named by surname.

Who is named, with which titles, is the people analysis's to tell
(editlint.analysis.people); each check here is a small rule over it
(before.py, after.py, references.py). A full name written two ways is
spelling.name-variant's to report (editlint.analysis.fullnames).

Headings are skipped by default (title case capitalises every word), and
the checks across the draft read only the body: paragraphs, list items and
block quotes; never headings, front matter (standfirst, caption) or table
cells.

Options:
  check         what this rule reports (required):
                  before-name       a formal title directly before a name,
                                    not capitalised as the list writes it
                                    ("president Macron", "Prime minister
                                    Anthony Albanese"). An all-lower-case
                                    title is reported only where it cannot
                                    be a description: at a sentence start,
                                    after punctuation, a verb, a
                                    preposition or a conjunction ("said
                                    president Macron"), also past "former",
                                    "then", "late"... Not after "the", a
                                    possessive, an adjective or noun, or a
                                    capitalised modifier ("Queensland
                                    senator Andrew Bartlett", ABC style;
                                    see after_modifier)
                  job-before-name   a job description before a name written
                                    with capitals ("Spokesman Ari
                                    Fleischer" in mid-sentence)
                  after-name        a capitalised title or job description
                                    set off after a name by a comma
                                    ("Blinken, the Secretary of State,
                                    said")
                  alone             a capitalised formal title standing
                                    alone after "the" ("the President said",
                                    "The Prime Minister's visit"); a
                                    stylebook question (the ABC capitalises
                                    "the Prime Minister"), shipped off
                  inconsistent-title  one person given two different titles
                                    ("Prime Minister Anthony Albanese", then
                                    "Treasurer Anthony Albanese"); a longer
                                    form of the same title ("US Secretary of
                                    State", "Foreign Minister" and
                                    "Minister") is not a difference
                  surname           a later reference that repeats the full
                                    name ("Stephanie Savell", then "Ms
                                    Stephanie Savell"): suggests the short
                                    form ("Savell", or "Ms Savell"; see
                                    second_reference). Never in quotations
                                    or a transcript's speaker labels, and
                                    not when two people of the draft share
                                    the surname
  titles        formal titles, capitalised as before a name; longest match
                wins ("Deputy Prime Minister" over "Prime Minister" over
                "Minister"). The default is a list of government, military,
                church and royal titles
  extra_titles  more formal titles, added to titles (for a config)
  descriptive   job descriptions, lower case even before a name
                (spokesman, press secretary, chief executive...)
  extra_descriptive  more job descriptions, added to descriptive
  courtesy      courtesy titles (default Mr, Mrs, Ms, Miss, Mx, Dr)
  honorifics    honorifics of knighthood, peerage and the professoriate,
                no part of the name (default Sir, Dame, Lord, Lady, Baron,
                Baroness, Viscount, Viscountess, Earl, Countess, Marquess,
                Marchioness, Duke, Duchess, Professor, Prof)
  concurrent    inconsistent-title: titles held beside an office, never
                compared (Senator, Deputy Prime Minister, military ranks,
                church and royal titles): "Defence Minister Robert Hill",
                then "Senator Hill", is right
  headings      also check headings and the headline (default false)
  quotes        before-name, job-before-name, after-name, alone: also check
                words inside quotation marks (default true). The checks
                across the draft never report a quotation
  after_modifier  before-name: also report an all-lower-case title after a
                capitalised modifier ("Queensland senator Andrew Bartlett",
                "US president George Bush"), as AP style would (default
                false)
  second_reference  surname: how a later reference is written, a house
                choice: "surname" (AP: "Savell", "Browne", "Serota"),
                "honorific" (British papers and the ABC: "Ms Savell",
                "Lord Browne", "Sir Nicholas" for a knight, "Dame Judi" for
                a dame; a full name with no honorific gets the one the draft
                gives the person elsewhere), or "draft" (default): the
                draft's own, honorific when it writes a courtesy title or
                honorific before a short form of a name anywhere ("Mr
                Howard", "Lord Browne"), surname otherwise
  keep_courtesy   surname: the same as second_reference: honorific (kept
                for configs that set it; default false)

Message fields: {title} (the title as written), {expected} (how it should
be written), {name} (the person's name as written), {other} (the other
title, or the first full reference). Fixes are unsafe.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator

from ...analysis.analyses import analyses
from ...analysis.people import reader_for
from ...analysis.reading import ReadSentence
from ...document import Sentence
from ..base import KindRule, OptionError
from .after import lowercase_after_name, lowercase_alone
from .before import capitalized_before_name, lowercase_job_description
from .common import HEADINGS, Context, Options, Report, concurrent_titles
from .references import inconsistent_title, surname_on_second_reference

#: The checks of one sentence at a time, and those across the draft.
_SENTENCE_CHECKS = {
    "before-name": capitalized_before_name,
    "job-before-name": lowercase_job_description,
    "after-name": lowercase_after_name,
    "alone": lowercase_alone,
}
_DRAFT_CHECKS = {"inconsistent-title": inconsistent_title, "surname": surname_on_second_reference}

__all__ = ["Options", "Titles"]


class Titles(KindRule):
    name = "titles"
    Options = Options
    fields = ("title", "expected", "name", "other")

    def compile(self) -> None:
        o = self.options
        for key in ("titles", "extra_titles", "descriptive", "extra_descriptive", "courtesy", "honorifics"):
            for entry in getattr(o, key):
                if not entry.strip():
                    raise OptionError(key, f'option "{key}" has an empty entry')
        titles = (*o.titles, *o.extra_titles)
        if not titles and o.check not in ("job-before-name", "surname"):
            raise OptionError("titles", 'option "titles" must list at least one title')
        self.reader = reader_for(titles, (*o.descriptive, *o.extra_descriptive), tuple(o.courtesy), tuple(o.honorifics))
        self._concurrent = concurrent_titles(o.concurrent)

    def check(self, units, document) -> Iterator:
        ctx = Context(self.options, analyses(document).people(self.reader), self._concurrent)
        check = self.options.check
        if check in _SENTENCE_CHECKS:
            reports = self._per_sentence(ctx, units)
        else:
            reports = _DRAFT_CHECKS[check](ctx)
        if not reports:
            return  # most checks of most drafts: no unit need be indexed
        # A block's units (itself, or its sentences) come in order and do not
        # overlap, so the one unit that can hold a report is the last that
        # starts at or before it: found by bisection, as a block may hold
        # thousands of sentences and of reports. Only the blocks with a
        # report are indexed.
        reported = {id(r.block) for r in reports}
        by_block: dict[int, list] = defaultdict(list)
        for unit in units:
            if id(unit.block) in reported:
                by_block[id(unit.block)].append(unit)
        offsets = {key: [unit.offset for unit in block_units] for key, block_units in by_block.items()}
        for r in reports:
            key = id(r.block)
            i = bisect_right(offsets.get(key, ()), r.start) - 1
            if i < 0:
                continue
            unit = by_block[key][i]
            if r.end <= unit.offset + len(unit.text):
                found = self.finding(
                    document, unit, r.start - unit.offset, r.end - unit.offset,
                    (r.suggestion,) if r.suggestion else (), **r.fields,
                )  # fmt: skip
                if found:
                    yield found

    def _per_sentence(self, ctx: Context, units) -> list[Report]:
        reports: list[Report] = []
        check = _SENTENCE_CHECKS[self.options.check]
        for unit in units:
            if unit.block.kind in HEADINGS and not self.options.headings:
                continue
            for s in _sentences_of(ctx, unit):
                reports.extend(check(ctx, s))
        return reports


def _sentences_of(ctx: Context, unit) -> list[ReadSentence]:
    read = ctx.people.sentences(unit.block)
    if isinstance(unit, Sentence):
        # Each sentence of a block starts after the one before: bisect,
        # not a scan of every sentence for each (quadratic in a long block).
        i = bisect_left(read, unit.start, key=_sentence_start)
        return read[i : i + 1] if i < len(read) and read[i].sentence.start == unit.start else []
    return read


def _sentence_start(s: ReadSentence) -> int:
    return s.sentence.start
