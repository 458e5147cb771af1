"""Reading one sentence of a draft for people: the titles in it (as a
title list has them), courtesy titles and honorifics ("Mr", "Sir",
"Lord"), and the runs of words
that may be a name ("Abu Ali al-Askari", "George W. Bush"). A run holding
an institution word ("Party", "Institute", "Forces"...) is an organisation.
Who of them is a person is the draft's to show (editlint.analysis.people).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from types import MappingProxyType

from ..document import Block, Sentence, Token, TokenKind
from ..spelling.lexicon import lexicon
from .memo import remember
from .titlelist import TitleForm, fold
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


#: The most sentence readings a reader keeps (emptied when full). A
#: language server's draft of 5,000 words has about 250 sentences; 10,000
#: kept a long run's every sentence alive, and the garbage collector's
#: walks over them cost a run of unique news (60k words) more than the
#: memo saved (2.9 s against 2.8 s of CPU); at 2,000 the cost is not seen.
READINGS_LIMIT = 2_000
#: The token kinds a reading tells apart.
_READ_KINDS = {TokenKind.WORD: 1, TokenKind.PUNCT: 2}

# The shared empty containers of settled sentences (read-only).
_NO_ITEMS: tuple = ()
_NO_ENTRIES: Mapping = MappingProxyType({})
_NO_INDEXES: frozenset[int] = frozenset()


#: The last characters of a possessive ("Bush's", "Jones'"): see without_possessive.
_POSSESSIVE_LAST = frozenset("sS'’")
#: Marks after which a word opens a phrase (see _starts).
_OPENERS = "“‘\"'(:—–"
#: Every text that ``text in _OPENERS`` holds for (each substring).
_OPENER_TEXTS = frozenset(_OPENERS[i:j] for i in range(len(_OPENERS) + 1) for j in range(i, len(_OPENERS) + 1))


def _starts(texts: list[str], kinds: list[TokenKind]) -> list[int]:
    """The positions of the tokens (any but punctuation) that open the
    sentence or a phrase: the first, and the first after each opening
    quotation mark, bracket, colon or dash."""
    PUNCT = TokenKind.PUNCT
    if _OPENER_TEXTS.isdisjoint(texts):
        # Most sentences hold no such mark (a test in C): only the first opens.
        for i, kind in enumerate(kinds):
            if kind is not PUNCT:
                return [i]
        return []
    found = []
    opening = True
    for i, text in enumerate(texts):
        if kinds[i] is PUNCT:
            if text in _OPENERS:
                opening = True
            continue
        if opening:
            found.append(i)
        opening = False
    return found


#: The most word verdicts a reader keeps (see _word_verdict; emptied when full).
VERDICTS_LIMIT = 50_000


def _word_verdict(text: str) -> bool | str:
    """Whether a word can be part of a name, as far as its text alone
    tells (True or False); for a capitalised word that may be a name, the
    word without its possessive, for its place in the sentence to decide
    (PeopleReader._name_word)."""
    if text in SUFFIXES:
        return True
    if not is_capitalised(text):
        return particle_word(text)
    base, _ = split_possessive(text.replace("’", "'"))
    letters = [c for c in base if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return False  # US, ABC, AFP
    if base.lower() in CALENDAR or base == "I":
        return False
    return base


class PeopleReader:
    """Reads the sentences of a draft with one title list: titles,
    courtesy titles and names."""

    def __init__(
        self, forms: dict[str, list[TitleForm]], courtesy: frozenset[str], honorifics: frozenset[str] = frozenset()
    ) -> None:
        self.forms = forms
        self.courtesy = courtesy
        #: Honorifics of rank ("Sir", "Lord", "Baroness"): like a courtesy
        #: title, no part of the name, but only before a capitalised word
        #: ("the Lord Mayor" is a title, "Lord of the Flies" no honorific).
        self.honorifics = honorifics
        self.lexicon = lexicon()
        #: Readings of sentences read before, by what a reading depends on
        #: (see read_sentence): a language server reads a draft again at
        #: each edit, and an archive repeats sentences.
        self._readings: dict[tuple, tuple] = {}
        #: What each word's text alone says of it as part of a name (see
        #: _word_verdict), by text: most words of a draft come again and again.
        self._verdicts: dict[str, bool | str] = {}
        #: Whether a word may open a title or be a courtesy title or an
        #: honorific (see _title_words), by text.
        self._may_open_title: dict[str, bool] = {}

    def read_sentence(self, block: Block, sentence: Sentence, tags, quoted, capitals) -> ReadSentence:
        tokens = sentence.tokens
        # The tokens' texts and kinds, gathered once: the reading asks of
        # them by list, in comprehensions and C, not token by token.
        texts = [t.text for t in tokens]
        kinds = [t.kind for t in tokens]
        found = _starts(texts, kinds)
        # Most sentences have one or two: a tuple is a quarter of the size of
        # a set (kept for every sentence of the draft) and as quick to search.
        starts = tuple(found) if len(found) <= 8 else frozenset(found)
        s = ReadSentence(block, sentence, tokens, tags, quoted, starts)
        # What the reading depends on: the sentence's words, their kinds and
        # tags, and, of the draft, only which words opening a phrase its body
        # writes capitalised elsewhere (_name_word).
        key = (
            tuple(texts),
            bytes(map(_READ_KINDS.get, kinds, repeat(0))),
            tuple(tags),
            tuple(i for i in found if without_possessive(texts[i].replace("’", "'")) in capitals.words),
        )
        reading = self._readings.get(key)
        if reading is None:
            self._titles(s, texts, kinds)
            self._runs(s, capitals, texts, kinds)
            s.settle()
            remember(
                self._readings,
                key,
                (s.titles, s.title_ending, s.in_title, s.courtesy, s.runs, s.run_at),
                READINGS_LIMIT,
            )
        else:
            # Settled readings are never changed: sentences of the same words share one.
            s.titles, s.title_ending, s.in_title, s.courtesy, s.runs, s.run_at = reading
        return s

    def _titles(self, s: ReadSentence, texts: list[str], kinds: list[TokenKind]) -> None:
        tokens = s.tokens
        next_free = 0  # the token after the last title found
        for i in self._title_words(texts, kinds):
            if i < next_free:
                continue  # inside a title
            t = tokens[i]
            forms = self.forms.get(fold(t.text))
            if forms is not None:
                match = None
                for form in forms:
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
                    next_free = match.end
                    continue
            if t.text in self.courtesy or (t.text in self.honorifics and self._honorific(tokens, i)):
                s.courtesy.add(i)

    def _title_words(self, texts: list[str], kinds: list[TokenKind]) -> list[int]:
        """The positions of the words that may open a title or be a courtesy
        title or honorific, in order: the few the reading of titles looks
        at (whether a word may, its text alone says, kept by text)."""
        known = self._may_open_title
        mays = list(map(known.get, texts))  # None: not known yet
        if None in mays:
            for i in [i for i, may in enumerate(mays) if may is None]:
                text = texts[i]
                may = mays[i] = fold(text) in self.forms or text in self.courtesy or text in self.honorifics
                remember(known, text, may, VERDICTS_LIMIT)
        if True not in mays:
            return []  # most sentences: no word that may open a title (a test in C)
        WORD = TokenKind.WORD
        return [i for i, may in enumerate(mays) if may and kinds[i] is WORD]

    def _honorific(self, tokens, i: int) -> bool:
        if tokens[i].text not in self.honorifics or i + 1 >= len(tokens):
            return False
        following = tokens[i + 1]
        return following.kind is TokenKind.WORD and is_capitalised(following.text)

    def _name_word(self, s: ReadSentence, i: int, capitals: CapitalisedWords) -> bool:
        """Whether token ``i`` can be part of a name."""
        t = s.tokens[i]
        if t.kind is not TokenKind.WORD or i in s.courtesy:
            return False
        verdict = self._verdicts.get(t.text)
        if verdict is None:
            verdict = remember(self._verdicts, t.text, _word_verdict(t.text), VERDICTS_LIMIT)
        if isinstance(verdict, bool):
            return verdict
        base = verdict  # a capitalised word: its place in the sentence decides
        if s.tags[i] in _FUNCTION_TAGS:
            return False
        if i in s.starts:
            # "Yesterday", "Attacks": an ordinary word capitalised to open the
            # sentence; "Ban" is a name where the body writes "Aides to Ban".
            if not self.lexicon.flags(base) and self.lexicon.flags(base.lower()) and base not in capitals.words:
                return False
        return True

    def _runs(self, s: ReadSentence, capitals: CapitalisedWords, texts: list[str], kinds: list[TokenKind]) -> None:
        tokens = s.tokens
        n = len(tokens)
        name = [False] * n
        # Most words are no name by their text alone (lower case): the
        # reader's verdicts say so, looked up in C; only the others are asked
        # of. No token but a word is a name.
        known = self._verdicts
        verdicts = list(map(known.get, texts))
        if None in verdicts:
            # Texts not met yet. Of one neither capitalised nor hyphenated
            # (a word in lower case, a number, a mark) _word_verdict says no
            # (a particle joins a capitalised name with a hyphen: al-Askari;
            # the suffixes are capitalised): that is kept without asking.
            for i in [i for i, verdict in enumerate(verdicts) if verdict is None]:
                text = texts[i]
                if not is_capitalised(text) and "-" not in text:
                    verdicts[i] = remember(known, text, False, VERDICTS_LIMIT)
        WORD, in_title = TokenKind.WORD, s.in_title
        for i in [i for i, verdict in enumerate(verdicts) if verdict is not False]:
            if kinds[i] is WORD and i not in in_title:
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
        while True:
            try:
                i = name.index(True, i)  # the next name word, found in C
            except ValueError:
                break
            if tokens[i].text in SUFFIXES:
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
                    # A possessive ends the name; only a word ending in s or
                    # an apostrophe can be one (most are not asked).
                    if t.text[-1] in _POSSESSIVE_LAST and split_possessive(t.text)[1]:
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
                org = not INSTITUTIONS.isdisjoint(map(str.lower, words))
                run = NameRun(start, end, tuple(words), suffix, org)
                s.runs.append(run)
                s.run_at[start] = run
            i = max(end, i + 1)
