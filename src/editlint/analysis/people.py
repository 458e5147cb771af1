"""Who a draft names: people, their titles and courtesy titles, and how
the draft refers to each of them.

How a name is told: a capitalised word (or a run of them: "Abu Ali
al-Askari", "George W. Bush") that is not a sentence's opening word whose
lower-case form is an ordinary word ("Yesterday", "The"), and not a
function word. A run holding an institution word ("Party", "Institute",
"Forces"...) is an organisation, not a person. A run is a person when the
draft gives evidence somewhere: a title, a job description or a courtesy
title before it ("Mr", "Ms"), a verb of saying after it ("said", also after
an apposition: "Stephanie Savell, a researcher, said"), or its surname used
alone with one of those ("Savell said").

The people of the draft are read from its body: paragraphs, list items and
block quotes; never headings, front matter (standfirst, caption) or table
cells. Any block's sentences can be read (editlint.analysis.reading; the
title rules check headings on request). The title list is the reader's
(:func:`reader_for`): rules with the same list share one reading of each
draft.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from ..document import Block, BlockKind, Document, Sentence, TokenKind
from .attribution import SPEECH_VERBS
from .quotations import Quotes, quoted_ranges
from .reading import SUFFIXES, NameRun, PeopleReader, ReadSentence, TitleMatch, is_capitalised, particle_word
from .titlelist import COURTESY, DESCRIPTIVE, TITLES, fold, title_forms
from .wordlists import NAME_PARTICLES
from .words import CapitalisedWords

#: Family name first: Chinese and Korean family names that are not also
#: English given names (for a surname on second reference).
_FAMILY_FIRST = frozenset(
    """Xi Hu Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Gao Lin Guo Luo Zheng Liang Xie Tang
    Deng Feng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin
    Fu Zhong Wen Bo Park Yoon Moon Choi Jung""".split()
)  # fmt: skip
#: Vietnamese, Burmese and Cambodian names: the second reference is not a
#: surname, so no surname is offered for them.
_NO_SURNAME = frozenset("Nguyen Tran Pham Le Hoang Vo Dang Bui Do Ngo Duong Ly Aung Thein Hun U Daw".split())
#: Where the people of a draft are read from.
BODY = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE})


@functools.lru_cache(maxsize=64)
def reader_for(
    titles: tuple[str, ...] = TITLES, descriptive: tuple[str, ...] = DESCRIPTIVE, courtesy: tuple[str, ...] = COURTESY
) -> PeopleReader:
    """The reader of a title list, one per list in a process, so the rules
    with the same list share one reading of each draft."""
    return PeopleReader(title_forms(titles, descriptive), frozenset(courtesy))


# --------------------------------------------------------------------------- mentions of people


@dataclass(slots=True)
class Mention:
    s: ReadSentence
    run: NameRun
    title: TitleMatch | None  # a title directly before the name
    courtesy: int | None  # index of a courtesy title before the name
    evidence: bool  # this mention shows the run is a person

    @property
    def key(self) -> tuple[str, ...]:
        return self.run.words

    @property
    def quoted(self) -> bool:
        return any(self.s.quoted[self.run.start : self.run.end])

    @property
    def position(self) -> tuple[int, int]:
        """Where the mention stands in the draft, for ordering."""
        return (self.s.block.index, self.s.tokens[self.run.start].start)


def _mentions(s: ReadSentence) -> list[Mention]:
    result = []
    tokens = s.tokens
    for run in s.runs:
        before = run.start - 1
        if before >= 0 and tokens[before].text == "." and before - 1 in s.courtesy:
            before -= 1  # "Mr. Howard"
        title = s.title_ending.get(run.start)
        courtesy = before if before in s.courtesy else None
        # A lower-case title is weak evidence: "as prime minister Australia's leader".
        capital_title = title is not None and any(is_capitalised(tokens[i].text) for i in range(title.start, title.end))
        evidence = (
            capital_title
            or (title is not None and len(run.words) >= 2)
            or courtesy is not None
            or speaks_after(s, run.end)
        )
        if (
            run.start >= 2
            and fold(tokens[run.start - 1].text) == "to"
            and fold(tokens[run.start - 2].text) == "according"
        ):
            evidence = True
        result.append(Mention(s, run, title, courtesy, evidence))
    return result


def speaks_after(s: ReadSentence, i: int) -> bool:
    """A verb of saying follows, straight away or after an apposition
    (", a researcher, said"; ", who")."""
    tokens = s.tokens
    if i < len(tokens) and fold(tokens[i].text) in SPEECH_VERBS:
        return True
    if i < len(tokens) and tokens[i].text == ",":
        if i + 1 < len(tokens) and fold(tokens[i + 1].text) == "who":
            return True
        for j in range(i + 1, min(len(tokens), i + 20)):
            if tokens[j].text == ",":
                return j + 1 < len(tokens) and fold(tokens[j + 1].text) in SPEECH_VERBS
            if tokens[j].kind is TokenKind.PUNCT and tokens[j].text not in "-’'":
                return False
    return False


def last_word(key: tuple[str, ...]) -> str:
    """The last word of a name but a suffix: "Jones" of "Peter Jones Jr"."""
    words = [w for w in key if w not in SUFFIXES]
    return words[-1] if words else key[-1]


def is_suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return len(short) <= len(long) and long[len(long) - len(short) :] == short


class People:
    """The people of one draft as a reader reads them: each sentence read
    (on request, for any block), and every mention of a name in the body."""

    def __init__(
        self,
        reader: PeopleReader,
        document: Document,
        tags: Callable[[Sentence], Sequence[str]],
        capitals: CapitalisedWords,
        quotes: Quotes,
    ) -> None:
        self.reader = reader
        self.document = document
        self._tags = tags
        self._capitals = capitals
        self._quotes = quotes
        self._sentences: dict[int, list[ReadSentence]] = {}

    def sentences(self, block: Block) -> list[ReadSentence]:
        """The sentences of ``block``, read."""
        found = self._sentences.get(block.index)
        if found is None:
            ranges = quoted_ranges(block, self._quotes)
            found = self._sentences[block.index] = [
                self.reader.read_sentence(
                    block, s, self._tags(s), bytes(ranges.covers(t.start, t.end) for t in s.tokens), self._capitals
                )
                for s in block.sentences
            ]
        return found

    @cached_property
    def mentions(self) -> list[Mention]:
        """Every mention of a name in the body, in the draft's order."""
        found = []
        for block in self.document.blocks:
            if block.kind in BODY:
                for s in self.sentences(block):
                    found.extend(_mentions(s))
        return found

    @cached_property
    def surnames_used(self) -> dict[str, int]:
        """A one-word name used alone with evidence of a person, and how often."""
        found: dict[str, int] = defaultdict(int)
        for m in self.mentions:
            if len(m.key) == 1 and m.evidence and not m.run.org:
                found[m.key[0]] += 1
        return dict(found)

    @cached_property
    def persons(self) -> frozenset[tuple[str, ...]]:
        """Keys of full names (two words or more) shown to be people."""
        return frozenset(
            m.key
            for m in self.mentions
            if len(m.key) >= 2 and not m.run.org and (m.evidence or last_word(m.key) in self.surnames_used)
        )

    # Indexes for the questions the rules ask name by name: answered by
    # going through every mention or person each time, a long draft's
    # checks took time in the square of its names.
    @cached_property
    def evidenced(self) -> frozenset[tuple[str, ...]]:
        """Keys of the mentions that show a person."""
        return frozenset(m.key for m in self.mentions if m.evidence)

    @cached_property
    def persons_by_last_word(self) -> dict[str, list[tuple[str, ...]]]:
        """The persons by the last word of their name (see last_word)."""
        found: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in sorted(self.persons):
            found[last_word(key)].append(key)
        return dict(found)

    def person_of(self, m: Mention) -> tuple[str, ...] | None:
        """The person a mention names: its full name, or the one person
        whose name ends in a one-word mention; None when unsure."""
        if len(m.key) >= 2:
            return m.key if m.key in self.persons else None
        owners = self.persons_by_last_word.get(m.key[0], ())
        return owners[0] if len(owners) == 1 else None

    def surname(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        """The words a later reference to the person ``key`` keeps, or None
        when unsure."""
        words = [w for w in key if w not in SUFFIXES]
        if len(words) < 2 or words[0] in _NO_SURNAME:
            return None
        # What the draft itself uses alone ("Mr Howard", "Saddam said").
        for n in range(len(words) - 1, 0, -1):
            for part in (tuple(words[-n:]), tuple(words[:n])):
                if len(part) == 1 and part[0] in self.surnames_used:
                    return part
                if len(part) > 1 and part in self.evidenced:
                    return part
        last = words[-1]
        if words[0] in _FAMILY_FIRST or ("-" in last and last.split("-", 1)[1][:1].islower()):
            return (words[0],)  # Xi Jinping, Kim Jong-un
        # A particle starts the surname: bin Laden, van Gogh, de Gaulle.
        for i in range(1, len(words)):
            if words[i].lower() in NAME_PARTICLES:
                return tuple(words[i:])
        middle = words[1:-1]
        if all(len(w) == 1 for w in middle) or particle_word(last):
            return (last,)
        return None
