"""The words of a draft: which tokens are words to check, where each
stands (inside a sentence, first in one, in a heading), which capitalised
words stand together as one multi-word name, and which are parts of a
longer word (written across editorial brackets, "[e]xtremely", or inside a
domain, "napster.no"). Worked out once per draft, whatever the language,
for the spelling rules; and from them the words the body capitalises
inside a sentence (:func:`capitalised_words`), which tell a name opening a
sentence ("Ban") from an ordinary word ("Attacks") for the spelling, case
and people analyses alike.
"""

from __future__ import annotations

import functools
import operator
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress

import regex

from ..document import Block, BlockKind, Document, Token, TokenKind
from .attribution import SPEECH_VERBS
from .memo import remember
from .wordlists import FUNCTION_WORDS, NAME_PARTICLES

_NOT_LATIN = regex.compile(r"[^\p{Latin}\p{M}'’-]")
#: A name written with its particle: "al-Sharabi", "bin-Laden", "el-Gebel".
PARTICLE_NAME = regex.compile(r"(?:{})-\p{{Lu}}".format("|".join(sorted(NAME_PARTICLES))))
_HEADING_KINDS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING})
_OPENERS = frozenset("\"'“‘«([:—–")
_TEXT = operator.attrgetter("text")


def is_checked(token: Token) -> bool:
    """Word tokens a speller reads: not initialisms, inner capitals or digits."""
    return token.kind is TokenKind.WORD and is_checked_word(token.text)


@functools.lru_cache(maxsize=65536)
def is_checked_word(text: str) -> bool:
    if text.isascii() and text.isalpha() and text[1:].islower():
        # Most words: letters alone, none but the first a capital (no
        # initialism, no inner capital), checked when of two letters or more.
        return True
    return _is_checked_by_rule(text)


def _is_checked_by_rule(text: str) -> bool:
    if len(text) < 2 or any(c.isdigit() for c in text):
        return False
    letters = [c for c in text if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    if upper >= 2 and (upper == len(letters) or text.rstrip("s").isupper()):
        return False  # US, AEDT, MPs, CEOs
    core = without_possessive(text.replace("’", "'"))
    for part in core.split("-"):
        # Inner capitals (iPhone, McDonald, YouTube) mark a brand or a name.
        if any(c.isupper() for c in part[1:]):
            return False
    # Only Latin-script words: the dictionaries hold no others.
    return text.isascii() or _NOT_LATIN.search(text) is None


POSITIONS = ("inner", "initial", "heading")
NEXT_CAPITALISED = 4
NEXT_SPEECH_VERB = 8
JOINED = 16  # part of a word written across editorial brackets or a domain: not checked alone


@dataclass(slots=True)
class Use:
    block: Block
    token: Token
    position: str  # "inner", "initial" or "heading"
    next_capitalised: bool
    next_is_speech_verb: bool = False


class Uses:
    """Each word of the draft with where it stands (the same for every
    speller), kept for as long as the draft's rules run.

    A draft of 5 MB has 800,000 words: an object for each took 80 bytes a
    word, so they are kept compactly (13 bytes a word) and a :class:`_Use`
    is made only for a word that needs one (a name, a problem). ``flags``
    holds a word's position (an index into POSITIONS) and the bits above;
    ``runs`` numbers the runs of capitalised words (a multi-word name),
    0 for a word in none; ``block_starts`` the index of each block's first
    word.
    """

    __slots__ = (
        "tokens", "flags", "runs", "_blocks", "_block_starts", "_in_draft", "_counts",
    )  # fmt: skip

    def __init__(self) -> None:
        self.tokens: list[Token] = []
        self.flags = bytearray()
        self.runs: list[int] = []
        self._blocks: list[Block] = []
        self._block_starts: list[int] = []
        self._in_draft: frozenset[str] | None = None
        self._counts: Counter | None = None

    def start_block(self, block: Block) -> None:
        """The words appended from now on (to ``tokens``, ``flags`` and
        ``runs``: find_words fills them) are ``block``'s."""
        self._blocks.append(block)
        self._block_starts.append(len(self.tokens))

    def block(self, i: int) -> Block:
        """The block of word ``i``."""
        return self._blocks[bisect_right(self._block_starts, i) - 1]

    def block_range(self, i: int) -> tuple[int, int]:
        """The indexes of the first word of word ``i``'s block and of the
        word after its last."""
        starts = self._block_starts
        k = bisect_right(starts, i)
        return starts[k - 1], starts[k] if k < len(starts) else len(self.tokens)

    def use(self, i: int) -> Use:
        flags = self.flags[i]
        return Use(
            self.block(i), self.tokens[i], POSITIONS[flags & 3], bool(flags & NEXT_CAPITALISED),
            bool(flags & NEXT_SPEECH_VERB),
        )  # fmt: skip

    def by_block(self) -> Iterator[tuple[Block, range]]:
        """Each block with words, and the indexes of its words."""
        ends = [*self._block_starts[1:], len(self.tokens)] if self._blocks else []
        for block, start, end in zip(self._blocks, self._block_starts, ends, strict=True):
            yield block, range(start, end)

    def position(self, i: int) -> str:
        return POSITIONS[self.flags[i] & 3]

    def word(self, i: int) -> str:
        """Word ``i`` in lower case, or "" before the first and after the last."""
        return self.tokens[i].text.lower() if 0 <= i < len(self.tokens) else ""

    def partners(self, i: int) -> list[str]:
        """The other words of word ``i``'s run of capitalised words."""
        run = self.runs[i]
        if not run:
            return []
        found = []
        j = i - 1
        while j >= 0 and self.runs[j] == run:
            found.append(self.tokens[j].text)
            j -= 1
        j = i + 1
        while j < len(self.tokens) and self.runs[j] == run:
            found.append(self.tokens[j].text)
            j += 1
        return found

    @property
    def in_draft(self) -> frozenset[str]:
        """Every word of the draft, in lower case."""
        if self._in_draft is None:
            self._in_draft = frozenset(map(str.lower, self.texts()))
        return self._in_draft

    def texts(self) -> Counter:
        """How often the draft writes each text (counted in C), for working
        out what depends on a word's text alone once per text: a draft
        writes each text about twice. Counted at each call, not kept: a
        draft of garbled words has as many texts as words."""
        return Counter(map(_TEXT, self.tokens))

    @property
    def counts(self) -> Counter:
        """How often the draft uses each word (in lower case, possessive removed)."""
        if self._counts is None:
            # Counted by text first: a draft writes each text about twice.
            counts: Counter = Counter()
            for text, uses in self.texts().items():
                counts[without_possessive(text.replace("’", "'")).lower()] += uses
            self._counts = counts
        return self._counts


def without_possessive(word: str) -> str:
    """The word without a possessive ending ("Israel's" gives "Israel",
    "soldiers'" gives "soldiers"); a curly apostrophe counts too."""
    if word.endswith(("'s", "'S", "’s", "’S")):
        return word[:-2]
    if word.endswith(("'", "’")) and word[-2:-1] in "sS":
        return word[:-1]
    return word


#: What find_words asks of a word's text, worked out once per distinct
#: text of a draft (a draft of 400 words has about 200), as these bits.
_CAPITALISED = 1  # capitalised (or a name with its particle) and no function word
_PARTICLE = 2  # a name particle ("bin", "de")
_UPPER_FIRST = 4  # starts with a capital: NEXT_CAPITALISED for the word before
_SPEECH_VERB = 8  # a verb of saying: NEXT_SPEECH_VERB for the word before


#: _word_facts and _capitals by text, kept for the process: what they say
#: depends on the text alone, and news repeats its words from draft to
#: draft (142 drafts write 31,000 texts, 12,000 of them distinct). Emptied
#: when full, as the other per-text memos are (editlint.analysis.memo).
_FACTS: dict[str, int] = {}
_CAPITALS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {}
MEMO_LIMIT = 100_000


def _word_facts(text: str) -> int:
    lower = text.lower()
    facts = 0
    if lower not in FUNCTION_WORDS and (text[:1].isupper() or PARTICLE_NAME.match(text) is not None):
        facts |= _CAPITALISED
    if lower in NAME_PARTICLES:
        facts |= _PARTICLE
    if text[:1].isupper():
        facts |= _UPPER_FIRST
    if lower in SPEECH_VERBS:
        facts |= _SPEECH_VERB
    return facts


#: A sentence holding neither a bracket nor a full stop before another
#: character holds no word joined across one (see _joined_words).
_MAY_JOIN = regex.compile(r"[\[\]]|\.\S")


def find_words(document: Document) -> Uses:
    """Each word of the draft with where it stands (the same for every
    speller); see editlint.analysis.analyses for the one copy per draft.

    Every word token of a draft passes here, so the loop asks each distinct
    text its facts once (_word_facts) and fills the Uses' lists itself."""
    uses = Uses()
    tokens_of, flags_of, runs_of = uses.tokens, uses.flags, uses.runs
    facts_of = _FACTS
    word, punct, symbol = TokenKind.WORD, TokenKind.PUNCT, TokenKind.SYMBOL
    run = 0
    for block in document.blocks:
        heading = block.kind in _HEADING_KINDS
        # In a title-case heading every word is capitalised: that says nothing.
        next_capitalised = 0 if heading else NEXT_CAPITALISED
        block_started = False
        for sentence in block.sentences:
            tokens = sentence.tokens
            starts_phrase = True
            previous_capitalised = False
            joined = _joined_words(tokens) if _MAY_JOIN.search(sentence.text) else ()
            last = len(tokens) - 1
            for i, token in enumerate(tokens):
                kind = token.kind
                if kind is not word:
                    if kind is punct or kind is symbol:
                        if token.text in _OPENERS:
                            starts_phrase = True
                    else:
                        starts_phrase = False
                    previous_capitalised = False
                    continue
                flags = 2 if heading else (1 if starts_phrase else 0)  # an index into POSITIONS
                if i < last:
                    nxt = tokens[i + 1]
                    if nxt.kind is word:
                        following = facts_of.get(nxt.text)
                        if following is None:
                            following = remember(facts_of, nxt.text, _word_facts(nxt.text), MEMO_LIMIT)
                        if following & _UPPER_FIRST:
                            flags |= next_capitalised
                        # A capitalised word before a verb of saying ("Dutton
                        # said") opens a sentence as a name, not as a misspelt word.
                        if following & _SPEECH_VERB:
                            flags |= NEXT_SPEECH_VERB
                if i in joined:
                    flags |= JOINED
                facts = facts_of.get(token.text)
                if facts is None:
                    facts = remember(facts_of, token.text, _word_facts(token.text), MEMO_LIMIT)
                # A run of capitalised words (name particles inside: "Institut
                # National de Recherche") is one multi-word name.
                capitalised = not heading and facts & _CAPITALISED
                if capitalised or (facts & _PARTICLE and previous_capitalised):
                    if not previous_capitalised:
                        run += 1
                    runs_of.append(run)
                    previous_capitalised = True
                else:
                    runs_of.append(0)
                    previous_capitalised = False
                if not block_started:
                    uses.start_block(block)
                    block_started = True
                tokens_of.append(token)
                flags_of.append(flags)
                starts_phrase = False
    return uses


def _joined_words(tokens) -> set[int]:
    """Indexes of word tokens written against an editorial bracket
    ("[e]xtremely", "sow[ing]") or a full stop inside a domain
    ("napster.no", "alt.religion.scientology"): parts of a longer word."""
    joined = set()
    for i in range(1, len(tokens)):
        a, b = tokens[i - 1], tokens[i]
        if a.end != b.start:
            continue
        if b.text in "[]" or a.text in "[]":
            for k in (i - 2, i - 1, i, i + 1):
                if 0 <= k < len(tokens) and tokens[k].kind is TokenKind.WORD:
                    if (k < i and tokens[k].end == tokens[k + 1].start) or (
                        k >= i and tokens[k - 1].end == tokens[k].start
                    ):
                        joined.add(k)
        elif a.text == "." and i >= 2 and tokens[i - 2].end == a.start and b.kind is TokenKind.WORD:
            joined.update((i - 2, i))
    return joined


#: The blocks of a draft that are its body: not its headline or headings
#: (title case capitalises every word there) nor its front matter (a title
#: or standfirst field may be in title case too).
_NOT_BODY = frozenset({BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.FRONT_MATTER})


@dataclass(frozen=True)
class CapitalisedWords:
    """How the body of a draft writes its words: a word capitalised inside
    a sentence (not first in a sentence, a quotation or a bracket) is a
    name the draft uses ("Aides to Ban said"), so the same word opening a
    sentence is that name too."""

    #: Words capitalised inside a sentence, possessive removed ("Ban", "al-Askari").
    words: frozenset[str]
    #: ... and each capitalised part of a hyphenated one ("Stott", "Despoja").
    parts: frozenset[str]
    #: Words and parts of words the body writes in lower case anywhere.
    lower: frozenset[str]

    @functools.cached_property
    def by_initial(self) -> dict[str, list[str]]:
        """:attr:`words` by first letter."""
        found: dict[str, list[str]] = {}
        for name in sorted(self.words):
            found.setdefault(name[:1], []).append(name)
        return found


def capitalised_words(document: Document, uses: Uses) -> CapitalisedWords:
    """How the body of ``document`` (read into ``uses``) writes its words."""
    # What a word adds depends on its text and on whether it stands inside
    # a sentence: the body's texts, and those it writes inside a sentence,
    # are gathered in C (a flag byte translated to 1 for "inside", then
    # itertools.compress), and what each text says is worked out once.
    body, inner = set(), set()
    tokens, flags = uses.tokens, uses.flags
    for block, indexes in uses.by_block():
        if block.kind in _NOT_BODY:
            continue
        texts = list(map(_TEXT, tokens[indexes.start : indexes.stop]))
        body.update(texts)
        inner.update(compress(texts, flags[indexes.start : indexes.stop].translate(_INSIDE)))
    words, parts, lower = set(), set(), set()
    capitals_of = _CAPITALS
    for raw in body:
        found = capitals_of.get(raw)
        if found is None:
            found = remember(capitals_of, raw, _capitals(raw), MEMO_LIMIT)
        capitalised, later_capitals, lower_parts = found
        if capitalised and raw in inner:
            words.add(capitalised)
            parts.add(capitalised.split("-", 1)[0])
        if later_capitals:
            parts.update(later_capitals)
        if lower_parts:
            lower.update(lower_parts)
    return CapitalisedWords(frozenset(words), frozenset(parts), frozenset(lower))


#: A word's flags (see Uses) translated to 1 when it stands inside a
#: sentence (position "inner", 0), else 0.
_INSIDE = bytes(int(flags & 3 == POSITIONS.index("inner")) for flags in range(256))


def _capitals(raw: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """What a word of the body says of how the draft writes its words (see
    capitalised_words): the word, possessive removed, if it is capitalised
    (else ""); its capitalised parts after the first ("Stott" of
    "Natasha-Stott"); its parts in lower case."""
    if raw.isalpha():
        # Most words: one part, no apostrophe (what the lines below give).
        return (raw if raw[:1].isupper() else ""), (), ((raw,) if raw[:1].islower() else ())
    text = without_possessive(raw.replace("’", "'"))
    pieces = text.split("-")
    later = tuple(piece for piece in pieces[1:] if piece[:1].isupper())
    lower = tuple(piece for piece in pieces if piece[:1].islower())
    return (text if text[:1].isupper() else ""), later, lower
