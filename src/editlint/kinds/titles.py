"""titles: people's titles and names.

A formal title directly before a name is capitalised ("Secretary of State
Antony Blinken", "President Macron"); the same title after the name, or
standing alone, is lower case ("Blinken, the secretary of state"). A job
description stays lower case even before a name ("spokesman John Smith").
Across a draft, one person keeps one title and one spelling, and after the
first full reference is named by surname.

How a name is told: a capitalised word (or a run of them: "Abu Ali
al-Askari", "George W. Bush") that is not a sentence's opening word whose
lower-case form is an ordinary word ("Yesterday", "The"), and not a
function word. A run holding an institution word ("Party", "Institute",
"Forces"...) is an organisation, not a person. A run is a person when the
draft gives evidence somewhere: a title, a job description or a courtesy
title before it ("Mr", "Ms"), a speech verb after it ("said", also after an
apposition: "Stephanie Savell, a researcher, said"), or its surname used
alone with one of those ("Savell said").

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
                  name-spelling     one person's full name written two ways
                                    ("Muammar Gaddafi", "Muammar Kaddafi";
                                    "Ray McDonald", "Ray MacDonald"; "Natasha
                                    Stott Despoja", "Natasha Stott-Despoja"):
                                    one word a slip away, or the same
                                    letters with other capitals, hyphens or
                                    spaces. The form used more often (or
                                    first) is suggested at the others
                  surname           a later reference that repeats the full
                                    name ("Stephanie Savell", then "Ms
                                    Stephanie Savell"): suggests the surname
                                    ("Savell"). Never in quotations, and not
                                    when two people of the draft share the
                                    surname
  titles        formal titles, capitalised as before a name; longest match
                wins ("Deputy Prime Minister" over "Prime Minister" over
                "Minister"). The default is a list of government, military,
                church and royal titles
  extra_titles  more formal titles, added to titles (for a config)
  descriptive   job descriptions, lower case even before a name
                (spokesman, press secretary, chief executive...)
  extra_descriptive  more job descriptions, added to descriptive
  courtesy      courtesy titles (default Mr, Mrs, Ms, Miss, Mx, Dr)
  concurrent    inconsistent-title: titles held beside an office, never
                compared (Senator, Deputy Prime Minister, military ranks,
                church and royal titles): "Defence Minister Robert Hill",
                then "Senator Hill", is right
  headings      also check headings and the headline (default false)
  quotes        before-name, job-before-name, after-name, alone: also check
                words inside quotation marks (default true). The checks
                across the draft never report a quotation, except
                name-spelling
  after_modifier  before-name: also report an all-lower-case title after a
                capitalised modifier ("Queensland senator Andrew Bartlett",
                "US president George Bush"), as AP style would (default
                false)
  keep_courtesy   surname: leave a courtesy title in place ("Ms Stephanie
                Savell" gives "Ms Savell"; default false: "Savell")
  defer_to_spelling  name-spelling: leave out a slip in a word that the
                spelling rules report (spelling.name-variant reports
                "Savel" beside "Savell"), so that one slip is reported once
                (default true)
  language, vocabulary  the dictionaries that decide, with
                defer_to_spelling, what the spelling rules report; filled in
                from the config like the spelling rules'

Message fields: {title} (the title as written), {expected} (how it should
be written), {name} (the person's name as written), {other} (the other
title or spelling, or the first full reference). Fixes are unsafe.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from types import MappingProxyType
from typing import Literal

from ..document import Block, BlockKind, Document, Sentence, Token, TokenKind
from ..spelling.check import SPEECH_VERBS, Speller, analyse
from ..spelling.lexicon import lexicon
from .base import KindRule, OptionError
from .pattern import sentence_tags

#: Formal titles, capitalised before a name (AP and ABC style agree on these).
TITLES = (
    "President", "Vice President", "Vice-President", "President-elect",
    "Prime Minister", "Deputy Prime Minister", "Premier", "Deputy Premier", "Chief Minister",
    "Minister", "Foreign Minister", "Defence Minister", "Defense Minister", "Finance Minister",
    "Health Minister", "Trade Minister", "Immigration Minister", "Education Minister",
    "Environment Minister", "Interior Minister", "Justice Minister", "Energy Minister",
    "Home Affairs Minister", "Treasurer", "Attorney-General", "Attorney General",
    "Senator", "Congressman", "Congresswoman", "Representative", "Governor", "Governor-General",
    "Lieutenant Governor", "Mayor", "Lord Mayor", "Chancellor",
    "Secretary of State", "Secretary of Defense", "Secretary of Homeland Security", "Secretary of the Treasury",
    "Defence Secretary", "Defense Secretary", "Foreign Secretary", "Home Secretary",
    "Secretary-General", "Secretary", "Commissioner", "Police Commissioner", "Ambassador",
    "Chief Justice", "Justice", "Judge", "Magistrate", "Coroner",
    "General", "Lieutenant General", "Major General", "Brigadier General", "Brigadier",
    "Admiral", "Vice Admiral", "Rear Admiral", "Air Chief Marshal", "Air Marshal",
    "Colonel", "Lieutenant Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Corporal",
    "Superintendent", "Chief Inspector", "Inspector", "Detective Inspector", "Detective Sergeant",
    "Detective Superintendent", "Constable", "Senior Constable",
    "Pope", "King", "Queen", "Prince", "Princess", "Cardinal", "Archbishop", "Bishop", "Rabbi",
)  # fmt: skip

#: Job descriptions: lower case before a name too (AP: "spokesman John Smith").
DESCRIPTIVE = (
    "spokesman", "spokeswoman", "spokesperson", "press secretary", "chief executive",
    "chief executive officer", "chief operating officer", "chief financial officer",
    "managing director", "general manager",
)  # fmt: skip

COURTESY = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")

#: Titles held beside an office: a senator is often a minister ("Defence
#: Minister Robert Hill", then "Senator Hill"), a general a secretary of
#: state, a deputy prime minister a portfolio minister.
CONCURRENT = (
    "Senator", "Congressman", "Congresswoman", "Representative", "Deputy Prime Minister", "Deputy Premier",
    "General", "Lieutenant General", "Major General", "Brigadier General", "Brigadier", "Admiral",
    "Vice Admiral", "Rear Admiral", "Air Chief Marshal", "Air Marshal", "Colonel", "Lieutenant Colonel",
    "Major", "Captain", "Lieutenant", "Sergeant", "Corporal",
    "Pope", "King", "Queen", "Prince", "Princess", "Cardinal", "Archbishop", "Bishop", "Rabbi",
)  # fmt: skip

#: Lower-case words between a verb and a title that leave the title a title:
#: "met former president Bill Clinton".
_TRANSPARENT = frozenset("former then late outgoing incoming acting ex interim".split())
#: Tags after which an all-lower-case title before a name must be a title.
_TITLE_CONTEXT_TAGS = frozenset(
    "VB VBD VBZ VBP VBN VBG IN CC TO MD WRB WP WDT RB RBR RP".split()
)  # fmt: skip
#: Adverbs the tagger may take for adjectives or nouns ("Later president Bush said").
_ADVERBS = frozenset("later earlier yesterday today tonight meanwhile however also now separately instead".split())
_OPENERS = frozenset(",;:([{“‘\"'—–-")
#: Tags a capitalised word never has when it is a name.
_FUNCTION_TAGS = frozenset("DT IN CC PRP PRP$ WDT WP WP$ WRB MD TO EX PDT".split())
#: Single-word titles that are also ordinary words: lower case, they count as
#: a title only before a full name ("general Peter Cosgrove", not "in
#: general Labor voters").
_AMBIGUOUS = frozenset(
    "general major premier justice judge captain chief private marshal first queen king prince bishop".split()
)  # fmt: skip
#: Titles that are also surnames ("Julie Bishop", "John Major", "Martin
#: Luther King"): capitalised and not followed by a name, they are a name.
_SURNAME_TITLES = frozenset("bishop king major judge justice marshal constable cardinal prince queen".split())
_NAME_PARTICLES = frozenset("al el bin bint ibn abu de da di du van von der den la le dos das del ter ten".split())
_INFLECTIONS = frozenset("s es n an ian i is ese ns ans ians".split())
_SUFFIXES = frozenset("Jr Sr II III IV V".split())
_DAYS_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)  # fmt: skip
#: Words that make a run of capitalised words an organisation or a place.
_INSTITUTIONS = frozenset(
    """party government parliament senate congress house council office department ministry institute
    university college school bank court forces force army navy police group committee commission
    agency association union church foundation company corporation club league authority service
    services board assembly airport hospital street road river island islands city county state
    states republic kingdom territory province district region museum centre center""".split()
)  # fmt: skip
_SPEECH = frozenset(SPEECH_VERBS) | frozenset(
    """say tell tells add adds warn warns write writes argue argues claim claims announce announces explain
    explains insist insists note notes reply replies state states confirm confirms deny denies admit
    admits urge urges vow vows describe describes tweeted posted responded agreed disagreed""".split()
)  # fmt: skip
_DETERMINERS = frozenset("the a an his her its their our your this that".split())
#: Family name first: Chinese and Korean family names that are not also
#: English given names (for a surname on second reference).
_FAMILY_FIRST = frozenset(
    """Xi Hu Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Gao Lin Guo Luo Zheng Liang Xie Tang
    Deng Feng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin
    Fu Zhong Wen Bo Park Yoon Moon Choi Jung""".split()
)  # fmt: skip
#: Vietnamese, Burmese and Cambodian names: the second reference is not a
#: surname, so the surname check leaves them alone.
_NO_SURNAME = frozenset("Nguyen Tran Pham Le Hoang Vo Dang Bui Do Ngo Duong Ly Aung Thein Hun U Daw".split())
_BODY = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE})
_HEADINGS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING})


@dataclass(frozen=True)
class Options:
    check: Literal[
        "before-name", "job-before-name", "after-name", "alone", "inconsistent-title", "name-spelling", "surname"
    ]
    titles: tuple[str, ...] = TITLES
    extra_titles: tuple[str, ...] = ()
    descriptive: tuple[str, ...] = DESCRIPTIVE
    extra_descriptive: tuple[str, ...] = ()
    courtesy: tuple[str, ...] = COURTESY
    concurrent: tuple[str, ...] = CONCURRENT
    headings: bool = False
    quotes: bool = True
    after_modifier: bool = False
    keep_courtesy: bool = False
    defer_to_spelling: bool = True
    language: Literal["en-US", "en-GB", "en-AU", "en-CA"] = "en-US"
    vocabulary: tuple[str, ...] = ()


# --------------------------------------------------------------------------- the title list


@dataclass(frozen=True)
class TitleForm:
    words: tuple[str, ...]  # case-folded, as tokens
    written: tuple[str, ...]  # as the list writes it
    formal: bool


@dataclass(frozen=True)
class _TitleMatch:
    start: int  # token indexes into the sentence's tokens
    end: int
    form: TitleForm
    possessive: str = ""  # "'s" on the last word: "the Prime Minister's office"


def _fold(text: str) -> str:
    return text.replace("’", "'").casefold()


def _forms(titles: Sequence[str], descriptive: Sequence[str]) -> dict[str, list[TitleForm]]:
    """Title forms by first word, longest first."""
    by_first: dict[str, list[TitleForm]] = defaultdict(list)
    seen = set()
    for entries, formal in ((descriptive, False), (titles, True)):
        for entry in entries:
            written = tuple(entry.split())
            words = tuple(_fold(w) for w in written)
            if words in seen:
                continue
            seen.add(words)
            by_first[words[0]].append(TitleForm(words, written, formal))
    for forms in by_first.values():
        forms.sort(key=lambda f: -len(f.words))
    return dict(by_first)


# --------------------------------------------------------------------------- reading a sentence


def _strip_possessive(text: str) -> tuple[str, str]:
    """(the word without "'s" or a plural's "'", the suffix)."""
    for suffix in ("'s", "’s", "'S", "’S"):
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)], suffix
    if text.endswith(("s'", "s’")) and len(text) > 2:
        return text[:-1], text[-1]
    return text, ""


def _is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def _particle_word(text: str) -> bool:
    """A lower-case particle joined to a capitalised name: al-Askari, bin-Talal."""
    head, sep, rest = text.partition("-")
    return bool(sep) and head.lower() in _NAME_PARTICLES and _is_capitalised(rest)


# _Run, _Sentence and _Mention have slots: one of each per sentence or name
# of the draft is kept while its rules run.
@dataclass(slots=True)
class _Run:
    """A run of name words: tokens [start, end) of a sentence."""

    start: int
    end: int
    words: tuple[str, ...]  # possessive removed from the last
    suffix: str  # the possessive of the last word, if any
    org: bool


@dataclass(slots=True)
class _Sentence:
    block: Block
    sentence: Sentence
    tokens: tuple[Token, ...]
    tags: Sequence[str]
    quoted: bytes  # 1 for a token inside quotation marks (bytes: one per token, kept for the whole draft)
    starts: Collection[int]  # indexes of tokens that open a sentence or a quotation
    inner: frozenset[str]  # capitalised words the draft uses inside sentences
    titles: list[_TitleMatch] = field(default_factory=list)
    title_ending: dict[int, _TitleMatch] = field(default_factory=dict)  # end index -> match
    in_title: set[int] = field(default_factory=set)
    courtesy: set[int] = field(default_factory=set)
    runs: list[_Run] = field(default_factory=list)
    run_at: dict[int, _Run] = field(default_factory=dict)  # start index -> run

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


# The shared empty containers of settled sentences (read-only).
_NO_ITEMS: tuple = ()
_NO_ENTRIES: Mapping = MappingProxyType({})
_NO_INDEXES: frozenset[int] = frozenset()


_QUOTE_MARK = re.compile("[\"'“”‘’]")


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges of ``text`` inside quotation marks; an unclosed quotation runs
    to the end of the block."""
    ranges = []
    double_open: int | None = None
    single_open: int | None = None
    for match in _QUOTE_MARK.finditer(text):
        i = match.start()
        c = text[i]
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opening_context = before.isspace() or before in "([{—–-/\u00a0“‘\"'"
        if c == "“" or (c == '"' and double_open is None and opening_context):
            if double_open is None:
                double_open = i
        elif c == "”" or c == '"':
            if double_open is not None:
                ranges.append((double_open, i + 1))
                double_open = None
        elif c in "‘'" and opening_context and after.isalpha() and single_open is None and double_open is None:
            single_open = i
        elif c in "’'" and single_open is not None and not after.isalpha() and not before.isspace():
            ranges.append((single_open, i + 1))
            single_open = None
    for start in (double_open, single_open):
        if start is not None:
            ranges.append((start, len(text)))
    return ranges


class _Quoted:
    """A block's quoted ranges, asked whether one covers a token.

    A block may hold thousands of quotations (a transcript pasted as one
    paragraph), and testing every token against every range made reading
    it quadratic. Sorted by start, with the furthest end reached so far: a
    range covers [start, end) when one starting at or before ``start``
    reaches ``end``, which one bisection tells.
    """

    __slots__ = ("_starts", "_reach")

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end


class _Reader:
    """Reads the sentences of a draft: titles, courtesy titles and names."""

    def __init__(self, forms: dict[str, list[TitleForm]], courtesy: frozenset[str]) -> None:
        self.forms = forms
        self.courtesy = courtesy
        self.lexicon = lexicon()

    def sentences(self, document: Document, block: Block) -> list[_Sentence]:
        key = ("titles.sentences", id(self), block.index)
        cached = document.cache.get(key)
        if cached is None:
            if block.in_quote or block.kind is BlockKind.BLOCKQUOTE:
                ranges = _Quoted([(0, len(block.text))])
            else:
                ranges = _Quoted(_quoted_ranges(block.text))
            inner = self._inner_capitalised(document)
            cached = [self._read(document, block, s, ranges, inner) for s in block.sentences]
            document.cache[key] = cached
        return cached

    @staticmethod
    def _inner_capitalised(document: Document) -> frozenset[str]:
        """Capitalised words the draft's body uses inside a sentence: "Ban"
        opening a sentence is a name when the draft writes "Aides to Ban"."""
        key = ("titles.inner",)
        cached = document.cache.get(key)
        if cached is None:
            words = set()
            for block in document.blocks:
                if block.kind not in _BODY:
                    continue
                for sentence in block.sentences:
                    tokens = sentence.tokens
                    for i in range(1, len(tokens)):
                        t, before = tokens[i], tokens[i - 1]
                        if t.kind is TokenKind.WORD and _is_capitalised(t.text) and before.kind is TokenKind.WORD:
                            words.add(_strip_possessive(t.text.replace("’", "'"))[0])
            cached = document.cache[key] = frozenset(words)
        return cached

    def _read(self, document: Document, block: Block, sentence: Sentence, ranges: _Quoted, inner) -> _Sentence:
        tokens = sentence.tokens
        tags = sentence_tags(document, sentence)
        quoted = bytes(ranges.covers(t.start, t.end) for t in tokens)
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
        s = _Sentence(block, sentence, tokens, tags, quoted, starts, inner)
        self._titles(s)
        self._runs(s)
        s.settle()
        return s

    def _titles(self, s: _Sentence) -> None:
        tokens = s.tokens
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t.kind is TokenKind.WORD and _fold(t.text) in self.forms:
                match = None
                for form in self.forms[_fold(t.text)]:
                    n = len(form.words)
                    if i + n > len(tokens) or not all(tokens[i + k].kind is TokenKind.WORD for k in range(n)):
                        continue
                    last, possessive = _strip_possessive(tokens[i + n - 1].text.replace("’", "'"))
                    folded = [_fold(tokens[i + k].text) for k in range(n - 1)] + [_fold(last)]
                    if tuple(folded) == form.words:
                        match = _TitleMatch(i, i + n, form, possessive)
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

    def _name_word(self, s: _Sentence, i: int) -> bool:
        """Whether token ``i`` can be part of a name."""
        t = s.tokens[i]
        if t.kind is not TokenKind.WORD or i in s.courtesy:
            return False
        text = t.text
        base, _ = _strip_possessive(text.replace("’", "'"))
        if text in _SUFFIXES:
            return True
        if not _is_capitalised(text):
            return _particle_word(text)
        letters = [c for c in base if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return False  # US, ABC, AFP
        if base.lower() in _DAYS_MONTHS or base == "I":
            return False
        if s.tags[i] in _FUNCTION_TAGS:
            return False
        if i in s.starts:
            # "Yesterday", "Attacks": an ordinary word capitalised to open the sentence.
            if not self.lexicon.flags(base) and self.lexicon.flags(base.lower()) and base not in s.inner:
                return False
        return True

    def _runs(self, s: _Sentence) -> None:
        tokens = s.tokens
        n = len(tokens)
        name = [False] * n
        for i in range(n):
            if i in s.in_title:
                continue
            name[i] = self._name_word(s, i)
        # A title that is also a surname, capitalised, after a name and not
        # before one, is part of the name: "Julie Bishop said".
        for match in s.titles:
            if match.end - match.start != 1 or match.form.words[0] not in _SURNAME_TITLES:
                continue
            i = match.start
            if _is_capitalised(tokens[i].text) and i > 0 and name[i - 1]:
                if not (match.end < n and name[match.end]):
                    name[i] = True
        i = 0
        while i < n:
            if not name[i] or (tokens[i].text in _SUFFIXES):
                i += 1
                continue
            start = i
            words = []
            end = i
            j = i
            while j < n:
                t = tokens[j]
                if name[j] or (t.kind is TokenKind.WORD and t.text.lower() in _NAME_PARTICLES and words):
                    words.append(t.text)
                    end = j + 1
                    if _strip_possessive(t.text)[1]:
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
            while words and words[-1].lower() in _NAME_PARTICLES:
                words.pop()
                end -= 1
                while end > start and tokens[end - 1].kind is not TokenKind.WORD:
                    end -= 1
            if words:
                last, suffix = _strip_possessive(words[-1])
                words[-1] = last
                org = any(w.lower() in _INSTITUTIONS for w in words)
                run = _Run(start, end, tuple(words), suffix, org)
                s.runs.append(run)
                s.run_at[start] = run
            i = max(end, i + 1)


# --------------------------------------------------------------------------- mentions of people


@dataclass(slots=True)
class _Mention:
    s: _Sentence
    run: _Run
    title: _TitleMatch | None  # a title directly before the name
    courtesy: int | None  # index of a courtesy title before the name
    evidence: bool  # this mention shows the run is a person

    @property
    def key(self) -> tuple[str, ...]:
        return self.run.words

    @property
    def quoted(self) -> bool:
        return any(self.s.quoted[self.run.start : self.run.end])


def _mentions(s: _Sentence) -> list[_Mention]:
    result = []
    tokens = s.tokens
    for run in s.runs:
        before = run.start - 1
        if before >= 0 and tokens[before].text == "." and before - 1 in s.courtesy:
            before -= 1  # "Mr. Howard"
        title = s.title_ending.get(run.start)
        courtesy = before if before in s.courtesy else None
        # A lower-case title is weak evidence: "as prime minister Australia's leader".
        capital_title = title is not None and any(
            _is_capitalised(tokens[i].text) for i in range(title.start, title.end)
        )
        evidence = (
            capital_title
            or (title is not None and len(run.words) >= 2)
            or courtesy is not None
            or _speaks_after(s, run.end)
        )
        if (
            run.start >= 2
            and _fold(tokens[run.start - 1].text) == "to"
            and _fold(tokens[run.start - 2].text) == "according"
        ):
            evidence = True
        result.append(_Mention(s, run, title, courtesy, evidence))
    return result


def _speaks_after(s: _Sentence, i: int) -> bool:
    """A speech verb follows, straight away or after an apposition
    (", a researcher, said"; ", who")."""
    tokens = s.tokens
    if i < len(tokens) and _fold(tokens[i].text) in _SPEECH:
        return True
    if i < len(tokens) and tokens[i].text == ",":
        if i + 1 < len(tokens) and _fold(tokens[i + 1].text) == "who":
            return True
        for j in range(i + 1, min(len(tokens), i + 20)):
            if tokens[j].text == ",":
                return j + 1 < len(tokens) and _fold(tokens[j + 1].text) in _SPEECH
            if tokens[j].kind is TokenKind.PUNCT and tokens[j].text not in "-’'":
                return False
    return False


@dataclass
class _People:
    """Every mention of a name in the body of a draft."""

    mentions: list[_Mention]
    persons: set[tuple[str, ...]]  # keys of full names (2+ words) shown to be people
    surnames_used: dict[str, int]  # a surname used alone, with evidence, and how often

    # Indexes for the questions the checks ask name by name: answered by
    # going through every mention or person each time, a long draft's
    # checks took time in the square of its names.
    @cached_property
    def evidenced(self) -> frozenset[tuple[str, ...]]:
        """Keys of the mentions that show a person."""
        return frozenset(m.key for m in self.mentions if m.evidence)

    @cached_property
    def persons_by_last_word(self) -> dict[str, list[tuple[str, ...]]]:
        """The persons by the last word of their name (see _last_word)."""
        found: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in self.persons:
            found[_last_word(key)].append(key)
        return dict(found)


def _people(reader: _Reader, document: Document) -> _People:
    key = ("titles.people", id(reader))
    cached = document.cache.get(key)
    if cached is not None:
        return cached
    mentions = []
    for block in document.blocks:
        if block.kind not in _BODY:
            continue
        for s in reader.sentences(document, block):
            mentions.extend(_mentions(s))
    single_evidence: dict[str, int] = defaultdict(int)
    for m in mentions:
        if len(m.key) == 1 and m.evidence and not m.run.org:
            single_evidence[m.key[0]] += 1
    persons = set()
    for m in mentions:
        if len(m.key) < 2 or m.run.org:
            continue
        if m.evidence or _last_word(m.key) in single_evidence:
            persons.add(m.key)
    people = _People(mentions, persons, dict(single_evidence))
    document.cache[key] = people
    return people


def _surname(key: tuple[str, ...], people: _People) -> tuple[str, ...] | None:
    """The words a later reference keeps, or None when unsure."""
    words = [w for w in key if w not in _SUFFIXES]
    if len(words) < 2 or words[0] in _NO_SURNAME:
        return None
    # What the draft itself uses alone ("Mr Howard", "Saddam said").
    for n in range(len(words) - 1, 0, -1):
        for part in (tuple(words[-n:]), tuple(words[:n])):
            if len(part) == 1 and part[0] in people.surnames_used:
                return part
            if len(part) > 1 and part in people.evidenced:
                return part
    last = words[-1]
    if words[0] in _FAMILY_FIRST or ("-" in last and last.split("-", 1)[1][:1].islower()):
        return (words[0],)  # Xi Jinping, Kim Jong-un
    # A particle starts the surname: bin Laden, van Gogh, de Gaulle.
    for i in range(1, len(words)):
        if words[i].lower() in _NAME_PARTICLES:
            return tuple(words[i:])
    middle = words[1:-1]
    if all(len(w) == 1 for w in middle) or _particle_word(last):
        return (last,)
    return None


# --------------------------------------------------------------------------- distances


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][len(b)]


def _slip(a: str, b: str) -> bool:
    """Two spellings of one name word: a slip or two apart, not an inflection."""
    la, lb = a.lower(), b.lower()
    if la == lb:
        return False
    pa, pb = la.split("-"), lb.split("-")
    if len(pa) == len(pb):
        diffs = [(x, y) for x, y in zip(pa, pb, strict=True) if x != y]
        if len(diffs) != 1:
            return False
        la, lb = diffs[0]
    if min(len(la), len(lb)) < 4:
        return False
    longer, shorter = (la, lb) if len(la) >= len(lb) else (lb, la)
    if longer.startswith(shorter) and longer[len(shorter) :] in _INFLECTIONS:
        return False  # Korea, Korean
    limit = 2 if min(len(la), len(lb)) >= 7 else 1
    return _distance(la, lb) <= limit


def _squash(key: tuple[str, ...]) -> str:
    return "".join(key).replace("-", "").replace("'", "").replace("’", "")


# --------------------------------------------------------------------------- the kind


@dataclass
class _Report:
    block: Block
    start: int  # offsets into block.text
    end: int
    suggestion: str
    fields: dict


class Titles(KindRule):
    name = "titles"
    Options = Options
    fields = ("title", "expected", "name", "other")
    config_options = ("language", "vocabulary")

    def compile(self) -> None:
        o = self.options
        for key in ("titles", "extra_titles", "descriptive", "extra_descriptive", "courtesy"):
            for entry in getattr(o, key):
                if not entry.strip():
                    raise OptionError(key, f'option "{key}" has an empty entry')
        titles = (*o.titles, *o.extra_titles)
        if not titles and o.check not in ("job-before-name", "name-spelling", "surname"):
            raise OptionError("titles", 'option "titles" must list at least one title')
        forms = _forms(titles, (*o.descriptive, *o.extra_descriptive))
        self.reader = _shared_reader(forms, frozenset(o.courtesy))
        self._concurrent = {_normal_title(tuple(_fold(w) for w in entry.split())) for entry in o.concurrent}
        self._speller: Speller | None = None

    # ------------------------------------------------------------------ running

    def check(self, units, document) -> Iterator:
        check = self.options.check
        if check in ("before-name", "job-before-name", "after-name", "alone"):
            reports = self._per_sentence(units, document)
        elif check == "inconsistent-title":
            reports = self._inconsistent(document)
        elif check == "name-spelling":
            reports = self._name_spelling(document)
        else:
            reports = self._surname(document)
        # A block's units (itself, or its sentences) come in order and do not
        # overlap, so the one unit that can hold a report is the last that
        # starts at or before it: found by bisection, as a block may hold
        # thousands of sentences and of reports.
        by_block: dict[int, list] = defaultdict(list)
        for unit in units:
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

    def _sentences_of(self, unit, document) -> list[_Sentence]:
        read = self.reader.sentences(document, unit.block)
        if isinstance(unit, Sentence):
            # Each sentence of a block starts after the one before: bisect,
            # not a scan of every sentence for each (quadratic in a long block).
            i = bisect_left(read, unit.start, key=_sentence_start)
            return read[i : i + 1] if i < len(read) and read[i].sentence.start == unit.start else []
        return read

    def _per_sentence(self, units, document) -> list[_Report]:
        reports = []
        check = self.options.check
        for unit in units:
            if unit.block.kind in _HEADINGS and not self.options.headings:
                continue
            for s in self._sentences_of(unit, document):
                if check == "before-name":
                    reports.extend(self._before_name(s, _people(self.reader, document)))
                elif check == "job-before-name":
                    reports.extend(self._job_before_name(s))
                elif check == "after-name":
                    reports.extend(m for m in (self._after_name(s, t) for t in s.titles) if m)
                else:
                    reports.extend(self._alone(s))
        return reports

    def _skip_quoted(self, s: _Sentence, start: int, end: int) -> bool:
        return not self.options.quotes and any(s.quoted[start:end])

    def _text(self, s: _Sentence, start: int, end: int) -> str:
        return s.block.text[s.tokens[start].start : s.tokens[end - 1].end]

    def _report(self, s: _Sentence, start: int, end: int, suggestion: str, **fields) -> _Report:
        return _Report(s.block, s.tokens[start].start, s.tokens[end - 1].end, suggestion, fields)

    def _name_after(self, s: _Sentence, match: _TitleMatch) -> _Run | None:
        if match.possessive:
            return None
        run = s.run_at.get(match.end)
        if run is None or run.org:
            return None
        return run

    # ------------------------------------------------------------------ before a name

    def _known_person(self, s: _Sentence, run: _Run, people: _People) -> bool:
        word = run.words[0]
        return _speaks_after(s, run.end) or word in people.surnames_used or word in people.persons_by_last_word

    def _before_name(self, s: _Sentence, people: _People) -> Iterator[_Report]:
        for match in s.titles:
            if not match.form.formal:
                continue
            run = self._name_after(s, match)
            if run is None or self._skip_quoted(s, match.start, run.end):
                continue
            written = [s.tokens[i].text for i in range(match.start, match.end)]
            expected = list(match.form.written)
            if written == expected or all(w.isupper() for w in written):
                continue
            at_start = match.start in s.starts
            lowered = all(w == w.lower() for w in written) or (
                at_start and written[0][:1].isupper() and all(w == w.lower() for w in written[1:])
            )
            if lowered and not at_start:
                if not self._title_position(s, match.start):
                    continue
            if lowered and len(run.words) < 2:
                if len(match.form.words) == 1 and match.form.words[0] in _AMBIGUOUS:
                    continue
                # A one-word name a dictionary knows may be a place ("as prime
                # minister Australia's leader"): the draft must show a person.
                if self.reader.lexicon.flags(run.words[0]) and not self._known_person(s, run, people):
                    continue
            yield self._report(
                s, match.start, match.end, " ".join(expected),
                title=self._text(s, match.start, match.end), expected=" ".join(expected),
                name=" ".join(run.words),
            )  # fmt: skip

    def _title_position(self, s: _Sentence, i: int) -> bool:
        """Whether an all-lower-case title at token ``i`` stands where only a
        title can: not after "the", a possessive, an adjective or a noun."""
        j = i - 1
        while j >= 0 and _fold(s.tokens[j].text) in _TRANSPARENT:
            j -= 1
        if j < 0:
            return True
        t = s.tokens[j]
        if t.kind is TokenKind.PUNCT:
            return t.text in _OPENERS
        if t.kind is not TokenKind.WORD:
            return False
        heading = s.block.kind in _HEADINGS  # every word is capitalised: that says nothing
        if _is_capitalised(t.text) and not heading:
            base = _strip_possessive(t.text.replace("’", "'"))[0]
            ordinary = not self.reader.lexicon.flags(base) and self.reader.lexicon.flags(base.lower())
            if j not in s.starts or not ordinary:
                # A capitalised modifier: "Queensland senator Andrew Bartlett".
                return self.options.after_modifier and not _strip_possessive(t.text)[1]
        if _strip_possessive(t.text.replace("’", "'"))[1]:
            return False
        if _fold(t.text) in _DETERMINERS:
            return False
        return s.tags[j] in _TITLE_CONTEXT_TAGS or _fold(t.text) in _ADVERBS

    def _job_before_name(self, s: _Sentence) -> Iterator[_Report]:
        for match in s.titles:
            if match.form.formal:
                continue
            run = self._name_after(s, match)
            if run is None or self._skip_quoted(s, match.start, run.end):
                continue
            written = [s.tokens[i].text for i in range(match.start, match.end)]
            if all(w.isupper() for w in written):
                continue
            expected = list(match.form.written)
            expected = [w.lower() for w in expected]
            if match.start in s.starts:
                expected[0] = expected[0][:1].upper() + expected[0][1:]
            if written == expected:
                continue
            yield self._report(
                s, match.start, match.end, " ".join(expected),
                title=self._text(s, match.start, match.end), expected=" ".join(expected),
                name=" ".join(run.words),
            )  # fmt: skip

    # ------------------------------------------------------------------ after a name, alone

    def _lower_form(self, s: _Sentence, match: _TitleMatch) -> str:
        return " ".join(s.tokens[i].text.lower() for i in range(match.start, match.end))

    def _capitalised_title(self, s: _Sentence, match: _TitleMatch) -> bool:
        written = [s.tokens[i].text for i in range(match.start, match.end)]
        if all(w.isupper() for w in written):
            return False
        if match.start in s.starts:
            written = written[1:]
        return any(w[:1].isupper() for w in written)

    def _after_name(self, s: _Sentence, match: _TitleMatch) -> _Report | None:
        """NAME, [the] [modifiers] TITLE [of/for ...] (, or the end)."""
        tokens = s.tokens
        if not self._capitalised_title(s, match):
            return None  # a job description after a name is lower case too
        if self._skip_quoted(s, match.start, match.end):
            return None
        # Back to the comma after the name.
        j = match.start - 1
        steps = 0
        while j >= 0 and tokens[j].kind is TokenKind.WORD and steps < 5:
            if _strip_possessive(tokens[j].text.replace("’", "'"))[1]:
                return None
            if s.tags[j].startswith("VB") and not _is_capitalised(tokens[j].text):
                return None
            j -= 1
            steps += 1
        if j < 1 or tokens[j].text != ",":
            return None
        between = [_fold(tokens[k].text) for k in range(j + 1, match.start)]
        if between and between[0] not in _DETERMINERS and not _is_capitalised(tokens[j + 1].text):
            if between[0] not in _TRANSPARENT and between[0] not in ("deputy", "acting", "assistant"):
                return None
        if any(k in s.run_at for k in range(j + 1, match.start)) and any(w in ("and", "or") for w in between):
            return None
        name_end = j  # token index just past the name
        if not any(run.end == name_end and not run.org for run in s.runs):
            return None
        # After the title: "of"/"for" and its object, then a closing mark.
        k = match.end
        if match.possessive:
            return None
        if k < len(tokens) and _fold(tokens[k].text) in ("of", "for"):
            k += 1
            while k < len(tokens) and tokens[k].kind is TokenKind.WORD and k - match.end < 8:
                k += 1
        if k < len(tokens) and not (tokens[k].kind is TokenKind.PUNCT and tokens[k].text in ",;).—–:”’\"'!?"):
            return None
        lower = self._lower_form(s, match)
        name = " ".join(next(r.words for r in s.runs if r.end == name_end))
        return self._report(
            s, match.start, match.end, lower, title=self._text(s, match.start, match.end), expected=lower, name=name
        )

    def _alone(self, s: _Sentence) -> Iterator[_Report]:
        tokens = s.tokens
        for match in s.titles:
            if not match.form.formal or not self._capitalised_title(s, match):
                continue
            if self._skip_quoted(s, match.start, match.end) or self._after_name(s, match) is not None:
                continue
            k = match.end
            if k < len(tokens) and tokens[k].kind is TokenKind.WORD:
                nxt = tokens[k]
                if _is_capitalised(nxt.text):
                    continue  # a name, or an institution: "the Prime Minister's Office"
                if not match.possessive and (s.tags[k].startswith("NN") or _fold(nxt.text) in ("of", "for")):
                    continue  # a modifier ("the Secretary of State spokesperson") or "of France"
            # "the" before it, past capitalised modifiers ("the US President").
            j = match.start - 1
            while j >= 0 and tokens[j].kind is TokenKind.WORD and _is_capitalised(tokens[j].text) and j not in s.starts:
                j -= 1
            if j < 0 or _fold(tokens[j].text) != "the":
                continue
            if j >= 1 and _fold(tokens[j - 1].text) == "of":
                continue  # the Office of the President
            lower = self._lower_form(s, match)
            yield self._report(
                s, match.start, match.end, lower, title=self._text(s, match.start, match.end), expected=lower, name=""
            )

    # ------------------------------------------------------------------ across the draft

    def _person_key(self, m: _Mention, people: _People) -> tuple[str, ...] | None:
        if len(m.key) >= 2:
            return m.key if m.key in people.persons else None
        owners = people.persons_by_last_word.get(m.key[0], ())
        return next(iter(owners)) if len(owners) == 1 else None

    def _inconsistent(self, document: Document) -> list[_Report]:
        people = _people(self.reader, document)
        first: dict[tuple[str, ...], tuple[_Mention, int, tuple[str, ...]]] = {}
        reports = []
        for m in people.mentions:
            if m.title is None or not m.title.form.formal or m.quoted:
                continue
            person = self._person_key(m, people)
            if person is None:
                continue
            # The title as listed: "US" or "Iraqi" before it is no part of it.
            start, words = m.title.start, _normal_title(m.title.form.words)
            if words in self._concurrent:
                continue
            if person not in first:
                first[person] = (m, start, words)
                continue
            fm, fstart, fwords = first[person]
            if _compatible(words, fwords):
                continue
            other = self._text(fm.s, fstart, fm.title.end)
            reports.append(
                self._report(
                    m.s, start, m.title.end, other,
                    title=self._text(m.s, start, m.title.end), expected=other, other=other,
                    name=" ".join(person),
                )
            )  # fmt: skip
        return reports

    def _spelling_tokens(self, document: Document) -> set[tuple[int, int]]:
        if self._speller is None:
            # A speller of its own: its analysis is kept apart from the
            # spelling rules' (which also compute suggestions).
            self._speller = Speller(self.options.language, (), tuple(sorted(set(self.options.vocabulary))))
        analysis = analyse(document, self._speller, 0)
        return {(p.block.index, p.token.start) for p in analysis.problems}

    def _name_spelling(self, document: Document) -> list[_Report]:
        people = _people(self.reader, document)
        by_key: dict[tuple[str, ...], list[_Mention]] = defaultdict(list)
        for m in people.mentions:
            if len(m.key) >= 2 and not m.run.org:
                by_key[m.key].append(m)
        spelling = self._spelling_tokens(document) if self.options.defer_to_spelling else set()
        keys = list(by_key)
        candidates = _variant_candidates(keys)
        reports = []
        for key in keys:
            best = None
            for other in candidates(key):
                if other == key or not (key in people.persons or other in people.persons):
                    continue
                if not self._variant(key, other, by_key):
                    continue
                mine, theirs = by_key[key], by_key[other]
                if len(mine) > len(theirs):
                    continue
                if len(mine) == len(theirs) and _position(mine[0]) < _position(theirs[0]):
                    continue
                if spelling and self._spelling_reports(key, other, mine + theirs, spelling):
                    continue
                best = other
                break
            if best is None:
                continue
            for m in by_key[key]:
                suggestion = " ".join(best) + m.run.suffix
                reports.append(
                    self._report(
                        m.s, m.run.start, m.run.end, suggestion,
                        name=self._text(m.s, m.run.start, m.run.end), other=" ".join(best),
                    )
                )  # fmt: skip
        return reports

    def _variant(self, a: tuple[str, ...], b: tuple[str, ...], by_key) -> bool:
        # (_variant_candidates lists every key this can accept: keep them in step.)
        if _squash(a).casefold() == _squash(b).casefold():
            if _squash(a) == _squash(b):
                return True  # hyphens or spaces: "Stott Despoja", "Stott-Despoja"
            # Other capitals; not just a particle capitalised to open a sentence.
            if len(a) == len(b) and a[1:] == b[1:] and a[0].lower() == b[0].lower():
                if a[0][1:] == b[0][1:]:
                    return False
            return True
        if len(a) != len(b):
            return False
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) != 1:
            return False
        if not any(a[i] == b[i] and len(a[i]) > 1 for i in range(len(a))):
            return False
        return _slip(a[diffs[0]], b[diffs[0]])

    def _spelling_reports(self, a, b, mentions: list[_Mention], spelling: set[tuple[int, int]]) -> bool:
        """Whether the spelling rules report a word where the two forms differ."""
        for m in mentions:
            for i in range(m.run.start, m.run.end):
                t = m.s.tokens[i]
                if t.kind is TokenKind.WORD and (m.s.block.index, t.start) in spelling:
                    if _strip_possessive(t.text)[0] not in set(a) & set(b):
                        return True
        return False

    def _surname(self, document: Document) -> list[_Report]:
        people = _people(self.reader, document)
        surnames: dict[tuple[str, ...], tuple[str, ...] | None] = {key: _surname(key, people) for key in people.persons}
        # A surname two people of the draft share names neither.
        owners: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for m in people.mentions:
            if len(m.key) >= 2 and not m.run.org:
                owners[_last_word(m.key).casefold()].add(m.key)
        for key in people.persons:
            if surnames[key]:
                owners[" ".join(surnames[key]).casefold()].add(key)
        for name, keys in owners.items():
            # "Stott Despoja" is Natasha Stott Despoja's surname, not another person.
            owners[name] = {k for k in keys if not any(o != k and _suffix(k, o) for o in keys)}
        seen: set[tuple[str, ...]] = set()
        reports = []
        for m in people.mentions:
            key = m.key
            if key not in people.persons or m.quoted:
                continue  # a quotation is the speaker's words: no reference of the draft's own
            if key not in seen:
                seen.add(key)
                continue
            surname = surnames[key]
            if surname is None:
                continue
            text = " ".join(surname)
            if len(owners[text.casefold()]) > 1 or len(owners[_last_word(key).casefold()]) > 1:
                continue
            start = m.run.start
            if m.courtesy is not None and not self.options.keep_courtesy:
                start = m.courtesy
            suggestion = text + m.run.suffix
            if start in m.s.starts:
                suggestion = suggestion[:1].upper() + suggestion[1:]
            reports.append(
                self._report(
                    m.s, start, m.run.end, suggestion,
                    name=self._text(m.s, m.run.start, m.run.end), other=" ".join(key),
                )
            )  # fmt: skip
        return reports


def _variant_candidates(keys: list[tuple[str, ...]]):
    """For a key, in the order of ``keys``, the others that _variant may
    accept: the same letters but for spaces, hyphens, apostrophes and case,
    or the same words but one. Comparing every key with every other took a
    long draft's thousands of names into millions of comparisons."""
    order = {key: n for n, key in enumerate(keys)}
    groups: dict[tuple, list[tuple[str, ...]]] = defaultdict(list)

    def group_keys(key: tuple[str, ...]) -> list[tuple]:
        found: list[tuple] = [("letters", _squash(key).casefold())]
        found += [("all but", i, key[:i] + key[i + 1 :]) for i in range(len(key))]
        return found

    for key in keys:
        for group in group_keys(key):
            groups[group].append(key)

    def candidates(key: tuple[str, ...]) -> list[tuple[str, ...]]:
        found = {other for group in group_keys(key) for other in groups[group]}
        return sorted(found, key=order.__getitem__)

    return candidates


def _sentence_start(s: _Sentence) -> int:
    return s.sentence.start


def _normal_title(words: tuple[str, ...]) -> tuple[str, ...]:
    """One spelling of a title for comparing: "Secretary of Defense" and
    "Defence Secretary" are one title."""
    words = tuple("defence" if w == "defense" else w for w in words)
    if len(words) > 2 and words[1] == "of" and words[0] in ("secretary", "minister"):
        words = (*[w for w in words[2:] if w != "the"], words[0])
    return words


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One title, or a longer or shorter form of it: "Minister" and "Foreign
    Minister", "Secretary" and "Secretary of State"."""
    return _suffix(a, b) or _suffix(b, a) or (len(a) == 1 and a[0] in b) or (len(b) == 1 and b[0] in a)


def _last_word(key: tuple[str, ...]) -> str:
    """The last word of a name but a suffix: "Jones" of "Peter Jones Jr"."""
    words = [w for w in key if w not in _SUFFIXES]
    return words[-1] if words else key[-1]


def _suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return len(short) <= len(long) and long[len(long) - len(short) :] == short


def _position(m: _Mention) -> tuple[int, int]:
    return (m.s.block.index, m.s.tokens[m.run.start].start)


_READERS: dict = {}


def _shared_reader(forms: dict[str, list[TitleForm]], courtesy: frozenset[str]) -> _Reader:
    """One reader per title list, so the title rules of a run share their
    reading of each draft (it is memoised on the document by reader)."""
    key = (tuple(sorted((k, tuple(v)) for k, v in forms.items())), courtesy)
    reader = _READERS.get(key)
    if reader is None:
        reader = _READERS[key] = _Reader(forms, courtesy)
    return reader
