"""A title directly before a name: a formal title is capitalised as the
list writes it ("President Macron", titles.capitalized-before-name), a job
description stays lower case ("spokesman Ari Fleischer",
titles.lowercase-job-description)."""

from __future__ import annotations

from collections.abc import Iterator

from ...analysis.people import speaks_after
from ...analysis.reading import NameRun, ReadSentence, TitleMatch, is_capitalised, split_possessive
from ...analysis.titlelist import fold
from ...document import TokenKind
from .common import DETERMINERS, HEADINGS, TRANSPARENT, Context, Report, possessive, report

#: Tags after which an all-lower-case title before a name must be a title.
_TITLE_CONTEXT_TAGS = frozenset("VB VBD VBZ VBP VBN VBG IN CC TO MD WRB WP WDT RB RBR RP".split())
#: Adverbs the tagger may take for adjectives or nouns ("Later president Bush said").
_ADVERBS = frozenset("later earlier yesterday today tonight meanwhile however also now separately instead".split())
_OPENERS = frozenset(",;:([{“‘\"'—–-")
#: Single-word titles that are also ordinary words: lower case, they count as
#: a title only before a full name ("general Peter Cosgrove", not "in
#: general Labor voters").
_AMBIGUOUS = frozenset(
    "general major premier justice judge captain chief private marshal first queen king prince bishop".split()
)


def name_after(s: ReadSentence, match: TitleMatch) -> NameRun | None:
    """The person's name right after a title, if any."""
    if match.possessive:
        return None
    run = s.run_at.get(match.end)
    if run is None or run.org:
        return None
    return run


def capitalized_before_name(ctx: Context, s: ReadSentence) -> Iterator[Report]:
    for match in s.titles:
        if not match.form.formal:
            continue
        run = name_after(s, match)
        if run is None or ctx.skip_quoted(s, match.start, run.end):
            continue
        written = [s.tokens[i].text for i in range(match.start, match.end)]
        expected = list(match.form.written)
        if written == expected or all(w.isupper() for w in written):
            continue
        at_start = match.start in s.starts
        lowered = all(w == w.lower() for w in written) or (
            at_start and written[0][:1].isupper() and all(w == w.lower() for w in written[1:])
        )
        if lowered and not at_start and not _title_position(ctx, s, match.start):
            continue
        if lowered and len(run.words) < 2:
            if len(match.form.words) == 1 and match.form.words[0] in _AMBIGUOUS:
                continue
            # A one-word name a dictionary knows may be a place ("as prime
            # minister Australia's leader"): the draft must show a person.
            if ctx.people.reader.lexicon.flags(run.words[0]) and not _known_person(ctx, s, run):
                continue
        yield report(
            s, match.start, match.end, " ".join(expected),
            title=s.text(match.start, match.end), expected=" ".join(expected), name=" ".join(run.words),
        )  # fmt: skip


def _known_person(ctx: Context, s: ReadSentence, run: NameRun) -> bool:
    word = run.words[0]
    people = ctx.people
    return speaks_after(s, run.end) or word in people.surnames_used or word in people.persons_by_last_word


def _title_position(ctx: Context, s: ReadSentence, i: int) -> bool:
    """Whether an all-lower-case title at token ``i`` stands where only a
    title can: not after "the", a possessive, an adjective or a noun."""
    j = i - 1
    while j >= 0 and fold(s.tokens[j].text) in TRANSPARENT:
        j -= 1
    if j < 0:
        return True
    t = s.tokens[j]
    if t.kind is TokenKind.PUNCT:
        return t.text in _OPENERS
    if t.kind is not TokenKind.WORD:
        return False
    heading = s.block.kind in HEADINGS  # every word is capitalised: that says nothing
    if is_capitalised(t.text) and not heading:
        base = split_possessive(t.text.replace("’", "'"))[0]
        words = ctx.people.reader.lexicon
        ordinary = not words.flags(base) and words.flags(base.lower())
        if j not in s.starts or not ordinary:
            # A capitalised modifier: "Queensland senator Andrew Bartlett".
            return ctx.options.after_modifier and not split_possessive(t.text)[1]
    if possessive(t.text):
        return False
    if fold(t.text) in DETERMINERS:
        return False
    if j > 0 and fold(s.tokens[j - 1].text) in DETERMINERS and s.tags[j][:2] in ("VB", "JJ"):
        return False  # "the exiting governor Rosselló": a description after an article and an adjective
    return s.tags[j] in _TITLE_CONTEXT_TAGS or fold(t.text) in _ADVERBS


def lowercase_job_description(ctx: Context, s: ReadSentence) -> Iterator[Report]:
    for match in s.titles:
        if match.form.formal:
            continue
        run = name_after(s, match)
        if run is None or ctx.skip_quoted(s, match.start, run.end):
            continue
        written = [s.tokens[i].text for i in range(match.start, match.end)]
        if all(w.isupper() for w in written):
            continue
        expected = [w.lower() for w in match.form.written]
        if match.start in s.starts:
            expected[0] = expected[0][:1].upper() + expected[0][1:]
        if written == expected:
            continue
        yield report(
            s, match.start, match.end, " ".join(expected),
            title=s.text(match.start, match.end), expected=" ".join(expected), name=" ".join(run.words),
        )  # fmt: skip
