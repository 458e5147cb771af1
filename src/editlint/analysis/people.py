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
cells. Any block's sentences can be read (the title rules check headings
on request). The title list is the reader's (:class:`PeopleReader`): rules
with the same list share one reading of each draft.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from ..document import Block, BlockKind, Document, Sentence, Token, TokenKind
from ..spelling.lexicon import lexicon
from .attribution import SPEECH_VERBS
from .quotations import Quotes, quoted_ranges
from .titlelist import COURTESY, DESCRIPTIVE, TITLES, TitleForm, fold, title_forms
from .wordlists import CALENDAR, NAME_PARTICLES
from .words import CapitalisedWords, without_possessive

#: Tags a capitalised word never has when it is a name.
_FUNCTION_TAGS = frozenset("DT IN CC PRP PRP$ WDT WP WP$ WRB MD TO EX PDT".split())
#: Titles that are also surnames ("Julie Bishop", "John Major", "Martin
#: Luther King"): capitalised and not followed by a name, they are a name.
_SURNAME_TITLES = frozenset("bishop king major judge justice marshal constable cardinal prince queen".split())
SUFFIXES = frozenset("Jr Sr II III IV V".split())
#: Words that make a run of capitalised words an organisation or a place.
INSTITUTIONS = frozenset(
    """party government parliament senate congress house council office department ministry institute
    university college school bank court forces force army navy police group committee commission
    agency association union church foundation company corporation club league authority service
    services board assembly airport hospital street road river island islands city county state
    states republic kingdom territory province district region museum centre center""".split()
)  # fmt: skip
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


def split_possessive(text: str) -> tuple[str, str]:
    """(the word without "'s" or a plural's "'", the ending)."""
    base = without_possessive(text)
    return base, text[len(base) :]


def is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def particle_word(text: str) -> bool:
    """A lower-case particle joined to a capitalised name: al-Askari, bin-Talal."""
    head, sep, rest = text.partition("-")
    return bool(sep) and head.lower() in NAME_PARTICLES and is_capitalised(rest)


@dataclass(frozen=True)
class TitleMatch:
    start: int  # token indexes into the sentence's tokens
    end: int
    form: TitleForm
    possessive: str = ""  # "'s" on the last word: "the Prime Minister's office"


# --------------------------------------------------------------------------- a sentence read


# NameRun, ReadSentence and Mention have slots: one of each per sentence or
# name of the draft is kept while its rules run.
@dataclass(slots=True)
class NameRun:
    """A run of name words: tokens [start, end) of a sentence."""

    start: int
    end: int
    words: tuple[str, ...]  # possessive removed from the last
    suffix: str  # the possessive of the last word, if any
    org: bool


@dataclass(slots=True)
class ReadSentence:
    block: Block
    sentence: Sentence
    tokens: tuple[Token, ...]
    tags: Sequence[str]
    quoted: bytes  # 1 for a token inside quotation marks (bytes: one per token, kept for the whole draft)
    starts: Collection[int]  # indexes of tokens that open a sentence or a quotation
    titles: list[TitleMatch] = field(default_factory=list)
    title_ending: dict[int, TitleMatch] = field(default_factory=dict)  # end index -> match
    in_title: set[int] = field(default_factory=set)
    courtesy: set[int] = field(default_factory=set)
    runs: list[NameRun] = field(default_factory=list)
    run_at: dict[int, NameRun] = field(default_factory=dict)  # start index -> run

    def settle(self) -> None:
        """Once read, a sentence never changes, and it is kept while the
        draft is checked: most find no title, courtesy title or name, and
        their empty containers (about 700 bytes a sentence) give way to
        shared empty ones."""
        self.titles = self.titles or _NO_ITEMS
        self.title_ending = self.title_ending or _NO_ENTRIES
        self.in_title = self.in_title or _NO_INDEXES
        self.courtesy = self.courtesy or _NO_INDEXES
        self.runs = self.runs or _NO_ITEMS
        self.run_at = self.run_at or _NO_ENTRIES

    def text(self, start: int, end: int) -> str:
        """The text of tokens [start, end)."""
        return self.block.text[self.tokens[start].start : self.tokens[end - 1].end]


# The shared empty containers of settled sentences (read-only).
_NO_ITEMS: tuple = ()
_NO_ENTRIES: Mapping = MappingProxyType({})
_NO_INDEXES: frozenset[int] = frozenset()


class PeopleReader:
    """Reads the sentences of a draft with one title list: titles,
    courtesy titles and names."""

    def __init__(self, forms: dict[str, list[TitleForm]], courtesy: frozenset[str]) -> None:
        self.forms = forms
        self.courtesy = courtesy
        self.lexicon = lexicon()

    def read(
        self, document: Document, tags: Callable[[Sentence], Sequence[str]], capitals: CapitalisedWords, quotes: Quotes
    ) -> People:
        """The people of ``document`` (see editlint.analysis.analyses for the
        one reading per draft and title list)."""
        return People(self, document, tags, capitals, quotes)

    def read_sentence(self, block: Block, sentence: Sentence, tags, quoted, capitals) -> ReadSentence:
        tokens = sentence.tokens
        found = []
        opening = True
        for i, t in enumerate(tokens):
            if t.kind is TokenKind.PUNCT:
                if t.text in "“‘\"'(:—–":
                    opening = True
                continue
            if opening:
                found.append(i)
            opening = False
        # Most sentences have one or two: a tuple is a quarter of the size of
        # a set (kept for every sentence of the draft) and as quick to search.
        starts = tuple(found) if len(found) <= 8 else frozenset(found)
        s = ReadSentence(block, sentence, tokens, tags, quoted, starts)
        self._titles(s)
        self._runs(s, capitals)
        s.settle()
        return s

    def _titles(self, s: ReadSentence) -> None:
        tokens = s.tokens
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t.kind is TokenKind.WORD and fold(t.text) in self.forms:
                match = None
                for form in self.forms[fold(t.text)]:
                    n = len(form.words)
                    if i + n > len(tokens) or not all(tokens[i + k].kind is TokenKind.WORD for k in range(n)):
                        continue
                    last, possessive = split_possessive(tokens[i + n - 1].text.replace("’", "'"))
                    folded = [fold(tokens[i + k].text) for k in range(n - 1)] + [fold(last)]
                    if tuple(folded) == form.words:
                        match = TitleMatch(i, i + n, form, possessive)
                        break
                if match is not None:
                    s.titles.append(match)
                    s.title_ending[match.end] = match
                    s.in_title.update(range(match.start, match.end))
                    i = match.end
                    continue
            if t.kind is TokenKind.WORD and t.text in self.courtesy:
                s.courtesy.add(i)
            i += 1

    def _name_word(self, s: ReadSentence, i: int, capitals: CapitalisedWords) -> bool:
        """Whether token ``i`` can be part of a name."""
        t = s.tokens[i]
        if t.kind is not TokenKind.WORD or i in s.courtesy:
            return False
        text = t.text
        base, _ = split_possessive(text.replace("’", "'"))
        if text in SUFFIXES:
            return True
        if not is_capitalised(text):
            return particle_word(text)
        letters = [c for c in base if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return False  # US, ABC, AFP
        if base.lower() in CALENDAR or base == "I":
            return False
        if s.tags[i] in _FUNCTION_TAGS:
            return False
        if i in s.starts:
            # "Yesterday", "Attacks": an ordinary word capitalised to open the
            # sentence; "Ban" is a name where the body writes "Aides to Ban".
            if not self.lexicon.flags(base) and self.lexicon.flags(base.lower()) and base not in capitals.words:
                return False
        return True

    def _runs(self, s: ReadSentence, capitals: CapitalisedWords) -> None:
        tokens = s.tokens
        n = len(tokens)
        name = [False] * n
        for i in range(n):
            if i in s.in_title:
                continue
            name[i] = self._name_word(s, i, capitals)
        # A title that is also a surname, capitalised, after a name and not
        # before one, is part of the name: "Julie Bishop said".
        for match in s.titles:
            if match.end - match.start != 1 or match.form.words[0] not in _SURNAME_TITLES:
                continue
            i = match.start
            if is_capitalised(tokens[i].text) and i > 0 and name[i - 1]:
                if not (match.end < n and name[match.end]):
                    name[i] = True
        i = 0
        while i < n:
            if not name[i] or (tokens[i].text in SUFFIXES):
                i += 1
                continue
            start = i
            words = []
            end = i
            j = i
            while j < n:
                t = tokens[j]
                if name[j] or (t.kind is TokenKind.WORD and t.text.lower() in NAME_PARTICLES and words):
                    words.append(t.text)
                    end = j + 1
                    if split_possessive(t.text)[1]:
                        break
                    j += 1
                    continue
                # The dot after an initial: "George W. Bush".
                if (
                    t.text == "."
                    and words
                    and len(words[-1]) == 1
                    and words[-1].isupper()
                    and j + 1 < n
                    and name[j + 1]
                ):
                    j += 1
                    continue
                break
            # A particle cannot end a name.
            while words and words[-1].lower() in NAME_PARTICLES:
                words.pop()
                end -= 1
                while end > start and tokens[end - 1].kind is not TokenKind.WORD:
                    end -= 1
            if words:
                last, suffix = split_possessive(words[-1])
                words[-1] = last
                org = any(w.lower() in INSTITUTIONS for w in words)
                run = NameRun(start, end, tuple(words), suffix, org)
                s.runs.append(run)
                s.run_at[start] = run
            i = max(end, i + 1)


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
