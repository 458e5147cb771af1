"""What the title rules share: their options and the findings they make."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ...analysis.people import People
from ...analysis.reading import ReadSentence, TitleMatch, split_possessive
from ...analysis.titlelist import CONCURRENT, COURTESY, DESCRIPTIVE, HONORIFICS, TITLES, fold
from ...document import Block, BlockKind

HEADINGS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING})
#: Lower-case words between a verb and a title that leave the title a title:
#: "met former president Bill Clinton".
TRANSPARENT = frozenset("former then late outgoing incoming acting ex interim".split())
DETERMINERS = frozenset("the a an his her its their our your this that".split())


@dataclass(frozen=True)
class Options:
    check: Literal["before-name", "job-before-name", "after-name", "alone", "inconsistent-title", "surname"]
    titles: tuple[str, ...] = TITLES
    extra_titles: tuple[str, ...] = ()
    descriptive: tuple[str, ...] = DESCRIPTIVE
    extra_descriptive: tuple[str, ...] = ()
    courtesy: tuple[str, ...] = COURTESY
    honorifics: tuple[str, ...] = HONORIFICS
    concurrent: tuple[str, ...] = CONCURRENT
    headings: bool = False
    quotes: bool = True
    after_modifier: bool = False
    keep_courtesy: bool = False
    second_reference: Literal["draft", "surname", "honorific"] = "draft"


@dataclass
class Report:
    block: Block
    start: int  # offsets into block.text
    end: int
    suggestion: str
    fields: dict


@dataclass(frozen=True)
class Context:
    """What a title check reads: the rule's options, the draft's people
    and the titles held beside an office (normalised)."""

    options: Options
    people: People
    concurrent: frozenset[tuple[str, ...]]

    def skip_quoted(self, s: ReadSentence, start: int, end: int) -> bool:
        return not self.options.quotes and any(s.quoted[start:end])


def report(s: ReadSentence, start: int, end: int, suggestion: str, **fields) -> Report:
    """A report on tokens [start, end) of a sentence."""
    return Report(s.block, s.tokens[start].start, s.tokens[end - 1].end, suggestion, fields)


def lower_form(s: ReadSentence, match: TitleMatch) -> str:
    return " ".join(s.tokens[i].text.lower() for i in range(match.start, match.end))


def capitalised_title(s: ReadSentence, match: TitleMatch) -> bool:
    """A title written with a capital that no sentence start explains."""
    written = [s.tokens[i].text for i in range(match.start, match.end)]
    if all(w.isupper() for w in written):
        return False
    if match.start in s.starts:
        written = written[1:]
    return any(w[:1].isupper() for w in written)


def possessive(text: str) -> bool:
    return bool(split_possessive(text.replace("’", "'"))[1])


def normal_title(words: tuple[str, ...]) -> tuple[str, ...]:
    """One spelling of a title for comparing: "Secretary of Defense" and
    "Defence Secretary" are one title."""
    words = tuple("defence" if w == "defense" else w for w in words)
    if len(words) > 2 and words[1] == "of" and words[0] in ("secretary", "minister"):
        words = (*[w for w in words[2:] if w != "the"], words[0])
    return words


def concurrent_titles(entries: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(normal_title(tuple(fold(w) for w in entry.split())) for entry in entries)
