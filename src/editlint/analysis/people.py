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
from dataclasses import dataclass, field
from functools import cached_property

from ..document import Block, BlockKind, Document, Sentence, TokenKind
from ..grammar.lexicon import entry
from ..spelling.lexicon import tier
from .attribution import SPEECH_VERBS, speaker_label, transcript
from .quotations import Quotes, quoted_ranges
from .reading import SUFFIXES, NameRun, PeopleReader, ReadSentence, TitleMatch, is_capitalised, particle_word
from .titlelist import COURTESY, DESCRIPTIVE, FIRST_NAME_HONORIFICS, HONORIFICS, TITLES, fold, title_forms
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
#: Korea's commonest family names (Statistics Korea, 2015 census) that are
#: also English given names or words: a family name only before a given
#: name written with a hyphen ("Kim Min-woo", "Lee Jae-myung"; not "Kim
#: Beazley").
_KOREAN_FAMILY = frozenset("Kim Lee Kang Cho Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong".split())
#: Words that open the name of a place, not of a person: compass points and
#: "New" ("West Virginia", "New Orleans"), and the generic words of place
#: names in English and the Romance languages ("St Helens", "Puerto Rico",
#: "Port Moresby", "Mount Isa").
_PLACE_OPENERS = frozenset(
    """New North South East West Upper Lower St Saint Ste San Santa Santo São Sao Puerto Porto Port Fort Mount Mt
    Lake Cape""".split()
)  # fmt: skip
#: Particles that open a surname when the name opens with them ("La Riva",
#: "De Gaulle", "Van Gogh", "Al Jazeera"): the run is a surname (or a name of
#: one word), not a full name. Not the Arabic "Abu", "Bin"...: "Abu Bakr
#: al-Baghdadi" is a full name.
_SURNAME_PARTICLES = NAME_PARTICLES - frozenset("abu abd bin bint ibn ul ur".split())
#: Where the people of a draft are read from.
BODY = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE})


def reader_for(
    titles: tuple[str, ...] = TITLES,
    descriptive: tuple[str, ...] = DESCRIPTIVE,
    courtesy: tuple[str, ...] = COURTESY,
    honorifics: tuple[str, ...] = HONORIFICS,
) -> PeopleReader:
    """The reader of a title list, one per list in a process, so the rules
    with the same list share one reading of each draft (the lists passed
    on, so that the defaults and the same lists written out are one key)."""
    return _reader(tuple(titles), tuple(descriptive), tuple(courtesy), tuple(honorifics))


@functools.lru_cache(maxsize=64)
def _reader(titles, descriptive, courtesy, honorifics) -> PeopleReader:
    return PeopleReader(title_forms(titles, descriptive), frozenset(courtesy), frozenset(honorifics))


# --------------------------------------------------------------------------- mentions of people


@dataclass(slots=True)
class Mention:
    s: ReadSentence
    run: NameRun
    title: TitleMatch | None  # a title directly before the name
    courtesy: int | None  # index of a courtesy title or honorific before the name
    evidence: bool  # this mention shows the run is a person
    #: A label, not a reference of the prose: a transcript's speaker label
    #: ("((Sara Seager))", "Natasha Gownaris:"), a name signing a quotation.
    label: bool = False
    #: The name's words (the run's): kept on the mention, as the draft's
    #: indexes of names (things, persons...) ask for it tens of thousands
    #: of times.
    key: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.key = self.run.words

    @property
    def quoted(self) -> bool:
        return any(self.s.quoted[self.run.start : self.run.end])

    @property
    def honorific(self) -> str | None:
        """The courtesy title or honorific before the name, as written."""
        return None if self.courtesy is None else self.s.tokens[self.courtesy].text

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


def _is_label(m: Mention, words: tuple[int, int] | None, label_end: int, opens_transcript_line: bool) -> bool:
    """Whether a mention labels what follows or what went before rather
    than referring to a person in the prose: a speaker label opening a
    line of a transcript (inside "((Sara Seager))" or "Natasha Gownaris:",
    or the name opening a transcript's line without one: "Michael Siegel I
    am a professor"), a name standing alone as a sentence (a quotation's
    signature), or a name after a dash at the end of its block ("... —
    Aparna Garg"). ``words``: the positions of the sentence's first and
    last words (None: it has none)."""
    tokens = m.s.tokens
    if tokens[m.run.start].start < label_end:
        return True
    run_words = _word_ends(tokens, m.run.start, m.run.end)
    if words is None or run_words is None:
        return False
    if opens_transcript_line and words[0] == m.run.start:
        return True
    if words[0] >= run_words[0] and words[1] <= run_words[1]:
        return True  # a name standing alone (every word of the sentence is the run's): a signature
    # A pull quote's signature: a dash after the closing mark (or opening
    # the sentence), then the name ("...a big change.” — Aparna Garg,
    # Railway Manager"). The two tokens before the name that are more
    # than zero-width characters, walked back from it.
    before = []
    for i in range(m.run.start - 1, -1, -1):
        if tokens[i].text.strip("\u200b\u200c\u200d\ufeff"):
            before.append(tokens[i].text)
            if len(before) == 2:
                break
    dash = bool(before) and before[0] in ("—", "–", "-", "--")
    if not dash:
        return False
    signed = len(before) == 1 or before[1] in ("”", '"', "’", "'")
    return signed or (words[1] == run_words[1] and m.s.sentence is m.s.block.sentences[-1])


def _word_ends(tokens, start: int, end: int) -> tuple[int, int] | None:
    """The positions of the first and the last word among tokens [start,
    end), None when there is none: walked in from both ends."""
    WORD = TokenKind.WORD
    for first in range(start, end):
        if tokens[first].kind is WORD:
            break
    else:
        return None
    last = end - 1
    while tokens[last].kind is not WORD:
        last -= 1
    return first, last


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


def _proper_adjective(word: str) -> bool:
    """A nationality or another proper adjective ("Swiss", "British",
    "Magyar"): Brill's lexicon can tag it an adjective, as it never tags a
    given name."""
    found = entry(word)
    return found is not None and "JJ" in found.tags


def _writes_as_a_thing(m: Mention) -> bool:
    """Whether a mention writes the name as a thing, not a person: "the"
    directly before it ("the Coast Guard said", "told The Jakarta Post
    it", "the Red Hat maintained"), unless the name modifies a noun after
    it ("the Obama administration")."""
    tokens, i, j = m.s.tokens, m.run.start, m.run.end
    if i == 0 or fold(tokens[i - 1].text) != "the":
        return False
    modifier = not m.run.suffix and j < len(tokens) and tokens[j].kind is TokenKind.WORD and m.s.tags[j][:2] == "NN"
    return not modifier


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
                self.reader.read_sentence(block, s, self._tags(s), ranges.covering(s.tokens), self._capitals)
                for s in block.sentences
            ]
        return found

    @cached_property
    def mentions(self) -> list[Mention]:
        """Every mention of a name in the body, in the draft's order."""
        body = [block for block in self.document.blocks if block.kind in BODY]
        interview = transcript(body)
        found = []
        for block in body:
            label_end = speaker_label(block.text) if interview else 0
            for k, s in enumerate(self.sentences(block)):
                mentions = _mentions(s)
                if not mentions:
                    continue
                words = _word_ends(s.tokens, 0, len(s.tokens))
                for m in mentions:
                    m.label = _is_label(m, words, label_end, k == 0 and block.index in interview)
                    # A speaker is a person.
                    m.evidence = m.evidence or (m.label and label_end > 0)
                    found.append(m)
        return found

    @cached_property
    def things(self) -> frozenset[tuple[str, ...]]:
        """Names of two words or more that the draft shows are no person's:
        written after "the" or ending in a plural ("the Coast Guard",
        "Liberal Democrats"), a place ("New Orleans", "St Helens"), a name
        opened by a nationality ("Swiss Re") or by a particle ("La Riva" is
        a surname), or made of common words that are no names ("Typhoon
        Phanfone", "Sky News")."""
        found = {m.key for m in self.mentions if len(m.key) >= 2 and _writes_as_a_thing(m)}
        # A plural at its end: "Liberal Democrats", "British Airways", "Iraqi Security Forces".
        found.update(m.key for m in self.mentions if len(m.key) >= 2 and m.s.tags[m.run.end - 1] == "NNPS")
        for key in {m.key for m in self.mentions if len(m.key) >= 2}:
            first, last = key[0], last_word(key)
            if first in _PLACE_OPENERS or first.lower() in _SURNAME_PARTICLES:
                found.add(key)  # a place; "La Riva", "Al Jazeera": a surname, or one name, with its particle
            elif _proper_adjective(first):
                found.add(key)  # "Swiss Re", "Magyar Nemzet": a nationality opens a company's name, not a person's
            elif first not in _FAMILY_FIRST and "-" not in last and self._common_word(first, 2):
                # "Coast Guard", "Typhoon Phanfone": no given name opens it
                # ("Ban Ki-moon": a family name before a hyphenated given name).
                found.add(key)
            elif self._common_word(last, 1):
                found.add(key)  # "Red Hat", "Sky News": no surname ends it
        return frozenset(found)

    def _common_word(self, word: str, commonest_tier: int) -> bool:
        """A capitalised common word that is no name: no dictionary lists it
        with its capital (as it lists "Mark", "Bill", "Smith", "Trump"), and
        its lower case is among the commonest words (SCOWL's tiers up to
        ``commonest_tier``): "Coast", "Guard", "Hat", "News"."""
        if not word[:1].isupper() or not word[1:].islower():
            return False
        words = self.reader.lexicon
        if words.flags(word):
            return False
        flags = words.flags(word.lower())
        return bool(flags) and tier(flags) <= commonest_tier

    @cached_property
    def short_forms(self) -> frozenset[tuple[str, ...]]:
        """Names of two words or more written after a courtesy title or an
        honorific that end a longer name of the draft: the surname the draft
        uses on later references ("Mr Saumarez Smith" of "Charles Saumarez
        Smith"), not a full name."""
        longer: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in {m.key for m in self.mentions}:
            longer[key[-1]].append(key)
        return frozenset(
            m.key
            for m in self.mentions
            if m.courtesy is not None
            and len(m.key) >= 2
            and any(len(k) > len(m.key) and is_suffix(m.key, k) for k in longer[m.key[-1]])
        )

    @cached_property
    def surnames_used(self) -> dict[str, int]:
        """A one-word name used alone with evidence of a person, and how
        often; not a knight's or a dame's first name ("Sir Nicholas")."""
        found: dict[str, int] = defaultdict(int)
        for m in self.mentions:
            if len(m.key) == 1 and m.evidence and not m.run.org and m.honorific not in FIRST_NAME_HONORIFICS:
                found[m.key[0]] += 1
        return dict(found)

    @cached_property
    def persons(self) -> frozenset[tuple[str, ...]]:
        """Keys of full names (two words or more) shown to be people."""
        return frozenset(
            m.key
            for m in self.mentions
            if len(m.key) >= 2
            and not m.run.org
            and m.key not in self.things
            and m.key not in self.short_forms
            and (m.evidence or last_word(m.key) in self.surnames_used)
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
        whose name ends in a shorter mention; None when unsure."""
        if m.key in self.persons:
            return m.key
        owners = [k for k in self.persons_by_last_word.get(last_word(m.key), ()) if is_suffix(m.key, k)]
        return owners[0] if len(owners) == 1 else None

    @cached_property
    def honorific_style(self) -> bool:
        """Whether the draft keeps courtesy titles and honorifics on later
        references, as British papers do: it writes one before a short form
        of a name ("Mr Howard", "Lord Browne", "Mr Saumarez Smith", "Sir
        Nicholas") outside quotations."""
        return any(
            m.courtesy is not None and not m.quoted and not m.label and (len(m.key) == 1 or m.key in self.short_forms)
            for m in self.mentions
        )

    @cached_property
    def honorifics(self) -> dict[tuple[str, ...], str]:
        """The courtesy title or honorific the draft gives each person
        (the first it writes)."""
        found: dict[tuple[str, ...], str] = {}
        for m in self.mentions:
            if m.courtesy is not None and not m.quoted:
                person = self.person_of(m)
                if person is not None:
                    found.setdefault(person, m.honorific)
        return found

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
        if len(words) == 2 and "-" in last and words[0] in _KOREAN_FAMILY:
            return (words[0],)  # Kim Min-Woo
        # A particle starts the surname: bin Laden, van Gogh, de Gaulle.
        for i in range(1, len(words)):
            if words[i].lower() in NAME_PARTICLES:
                return tuple(words[i:])
        middle = words[1:-1]
        if all(len(w) == 1 for w in middle) or particle_word(last):
            return (last,)
        return None
