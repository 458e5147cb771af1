"""Which words of a draft are misspelt, which are another dialect's spelling,
and which are names spelt two ways.

One analysis per draft serves the three spelling rules. Every word token is
looked up in the lexicon for the draft's language:

- tokens that are not words (numbers, times, URLs, handles, hashtags,
  initialisms such as "US" or "AEDT", words with inner capitals such as
  "iPhone", anything with a digit) are never checked;
- a hyphenated word passes when every part does ("tit-for-tat"), a
  prefix such as "multi-" or "pro-" counting as a part, and a possessive
  ("Israel's") is checked without its "'s";
- a capitalised word that no dictionary knows is a name, not a typo, when
  it stands inside a sentence. At the start of a sentence, or in a title-case
  heading, it is a name when the draft also uses it inside a sentence, when
  a capitalised word follows it ("Kataib Hezbollah"), or when no dictionary
  word is one slip away from it; otherwise it is checked as a word.
- names are then compared with each other: one a slip away from another
  ("Hezbolah" beside "Hezbollah") is a name variant.
"""

from __future__ import annotations

import functools
import heapq
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from ..document import Block, BlockKind, Document, Token, TokenKind
from ..userregex import BoundedPattern
from .lexicon import ANY_DIALECT, DIALECTS, NOSUGGEST, Lexicon, lexicon, tier
from .prose import NotProse, not_prose
from .suggest import edits1, suggest, weighted_distance

#: Prefixes written with a hyphen that dictionaries do not list as words.
PREFIXES = frozenset(
    """anti bi co counter cross de dis ex extra hyper inter intra macro mega micro mid mini multi neo
    non over post pre pro pseudo quasi re self semi sub super trans tri ultra un under vice""".split()
)
#: Parts of Arabic, Dutch, French, German, Portuguese and Spanish names.
NAME_PARTICLES = frozenset("al el bin bint ibn abu abd ul ur de da di du van von der den la le dos das del".split())

#: Words a speller remembers the status of: more than the distinct words
#: of a news archive's run (60,000 in 5,000 drafts), and about 15 MB; a
#: draft of random letters, all new words, once filled 500,000 (60 MB).
MEMO_LIMIT = 100_000
#: Seconds a draft may spend on suggestions in all.
SUGGESTION_BUDGET = 2.0
#: The weighted edit distance of a small slip: a left-out letter, a
#: neighbouring key, two letters swapped, a doubled letter, a vowel.
NEAR = 0.9
#: Verbs that follow a person's name ("Dutton said"): a capitalised word
#: before one starts a sentence as a name, not as a misspelt word.
SPEECH_VERBS = frozenset(
    """said says told added asked warned wrote argued claimed announced explained insisted noted
    replied stated believes believed confirmed denied admitted urged vowed described""".split()
)

_NOT_LATIN = regex.compile(r"[^\p{Latin}\p{M}'’-]")
_HEADING_KINDS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING})
_OPENERS = frozenset("\"'“‘«([:—–")
# Spelling differences between dialects, tried both ways for a suggestion.
_DIALECT_PAIRS = (
    ("isation", "ization"), ("ise", "ize"), ("ising", "izing"), ("ised", "ized"), ("iser", "izer"),
    ("yse", "yze"), ("ysing", "yzing"), ("ysed", "yzed"), ("our", "or"), ("tre", "ter"), ("ogue", "og"),
    ("ence", "ense"), ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("ae", "e"), ("oe", "e"),
    ("mme", "m"), ("ll", "l"),
)  # fmt: skip


class WordProblem:
    """One misspelt word, variant spelling or name variant of a draft.

    A typo's suggestions are worked out only when a rule asks for them: the
    variant and name-variant rules share the analysis and never do."""

    __slots__ = ("block", "token", "kind", "word", "detail", "_suggestions", "_confident", "_suggest")

    def __init__(
        self,
        block: Block,
        token: Token,
        kind: str,  # "typo", "variant" or "name-variant"
        word: str,  # the word as checked (possessive removed)
        suggestions: tuple[str, ...] = (),
        detail: str = "",  # the dialect of a variant, or the other spelling of a name
        suggest: Callable[[Token, str], tuple[tuple[str, ...], bool]] | None = None,
    ) -> None:
        self.block = block
        self.token = token
        self.kind = kind
        self.word = word
        self.detail = detail
        self._suggestions: tuple[str, ...] | None = suggestions
        self._confident = False
        self._suggest = suggest
        if suggest is not None:
            self._suggestions = None

    def _work_out(self) -> None:
        if self._suggestions is None:
            self._suggestions, self._confident = self._suggest(self.token, self.word)

    @property
    def suggestions(self) -> tuple[str, ...]:
        self._work_out()
        return self._suggestions

    @property
    def confident(self) -> bool:
        """The first suggestion is the only one, or the only one the draft
        uses elsewhere ("facton" where the draft says "faction"): a safe fix."""
        self._work_out()
        return self._confident


@functools.lru_cache(maxsize=32)
def speller(language: str, accept: tuple[str, ...], vocabulary: tuple[str, ...] = ()) -> Speller:
    """One speller per language and vocabulary, shared by the spelling rules
    of a run (so they share one analysis of each draft)."""
    return Speller(language, accept, vocabulary)


class Speller:
    """Lookups for one language and one vocabulary."""

    def __init__(
        self, language: str, accept: tuple[str, ...] = (), vocabulary: tuple[str, ...] = (), lex: Lexicon | None = None
    ) -> None:
        self.lexicon = lex or lexicon()
        self.mask = DIALECTS[language]
        self.language = language
        self.exact: set[str] = set()
        self.folded: set[str] = set()
        self._accepted_spelling: dict[str, str] = {}
        patterns = []
        # The config's vocabulary in other capitals is vocab.terms' to report
        # (with the right capitals as its fix), not a typo.
        self.vocabulary_folded = {e.casefold() for e in vocabulary if not e.startswith("/")}
        for entry in (*accept, *vocabulary):
            if len(entry) > 2 and entry.startswith("/") and entry.endswith("/"):
                patterns.append(entry[1:-1])
            elif entry != entry.lower():
                self.exact.add(entry.replace("’", "'"))  # with capitals: as written
            else:
                self.folded.add(entry.replace("’", "'").casefold())
        # /regex/ entries come from rule files and configs: bounded in time.
        self.pattern = (
            BoundedPattern(regex.compile("|".join(f"(?:{p})" for p in patterns), regex.VERSION0)) if patterns else None
        )
        # Accepted words are suggestions too: "iowarfare" gives "biowarfare".
        for word in (*self.folded, *self.exact):
            self._accepted_spelling.setdefault(word.lower(), word)
        self._table: dict[str, str] | None = None
        # News repeats its words: each is looked up once per run.
        self._word_status: dict[str, str] = {}
        self._near_word: dict[str, bool] = {}

    def accepted(self, word: str) -> bool:
        return (
            word in self.exact
            or word.casefold() in self.folded
            or word.casefold() in self.vocabulary_folded
            or (self.pattern is not None and self.pattern.fullmatch(word) is not None)
        )

    def status(self, word: str) -> str:
        """ "ok", "variant" (another dialect's spelling) or "unknown"."""
        if self.accepted(word):
            return "ok"
        flags = self.lexicon.lookup(word)
        if flags & self.mask:
            return "ok"
        return "variant" if flags & ANY_DIALECT else "unknown"

    def word_status(self, word: str) -> str:
        """Status of a whole word token: "ok", "variant", "name" (a capitalised
        unknown part of a compound) or "unknown"."""
        found = self._word_status.get(word)
        if found is None:
            if len(self._word_status) >= MEMO_LIMIT:
                self._word_status.clear()
            found = self._word_status[word] = self._word_status_of(word)
        return found

    def _word_status_of(self, word: str) -> str:
        word = word.replace("’", "'")
        status = self.status(word)
        if status != "unknown":
            return status
        base = _without_possessive(word)
        if base != word:
            status = self.status(base)
            if status != "unknown":
                return status
        if "-" not in base:
            return "unknown"
        worst = "ok"
        order = ("ok", "variant", "name", "unknown")
        parts = base.split("-")
        for i, part in enumerate(parts):
            if not part or self.accepted(part) or part.lower() in NAME_PARTICLES:
                continue
            if i < len(parts) - 1 and part.lower() in PREFIXES:
                continue
            part_status = self.status(part)
            if part_status == "unknown" and part[:1].isupper() and self.near_name(part) is None:
                part_status = "name"  # al-Askari, Kataib-led
            if order.index(part_status) > order.index(worst):
                worst = part_status
        return worst

    # ------------------------------------------------------------------ suggestions

    def _suggestible(self, flags: int) -> bool:
        return bool(flags & self.mask) and not flags & NOSUGGEST

    def spelling_of(self, candidate: str) -> str | None:
        """The dictionary's spelling of a lower-case candidate: itself, or a
        name ("israel" gives "Israel"); None when it is no suggestible word."""
        if self._suggestible(self.lexicon.flags(candidate)):
            return candidate
        name = candidate[:1].upper() + candidate[1:]
        if self._suggestible(self.lexicon.flags(name)):
            return name
        return self._accepted_spelling.get(candidate)

    def table(self):
        """A dictionary lookup for many candidates, built on first use (a
        lookup in the file costs microseconds; two edits away means
        hundreds of thousands of candidates)."""
        if self._table is None:
            table: dict[str, str] = {}
            for word, flags in self.lexicon.entries():
                if self._suggestible(flags):
                    key = word.lower()
                    # Prefer the lower-case entry ("march") to the name ("March").
                    if key not in table or word == key:
                        table[key] = word
            for key, word in self._accepted_spelling.items():
                table.setdefault(key, word)
            self._table = table
        return self._table

    def suggestions(self, word: str, in_draft: frozenset[str], limit: int = 5) -> list[str]:
        def tier_of(candidate: str) -> int:
            flags = self.lexicon.flags(candidate)
            # An accepted word the dictionaries lack counts as middling.
            return tier(flags) if flags else 3

        return suggest(word, self.spelling_of, self.table, tier_of, in_draft, limit)

    def near_word(self, word: str) -> bool:
        """Whether a common dictionary word is one small slip away (a name
        rarely is)."""
        found = self._near_word.get(word)
        if found is None:
            if len(self._near_word) >= MEMO_LIMIT:
                self._near_word.clear()
            found = self._near_word[word] = self._near_word_of(word)
        return found

    def _near_word_of(self, word: str) -> bool:
        lower = word.lower()
        for candidate in edits1(lower):
            spelt = self.spelling_of(candidate)
            if spelt and spelt == candidate and tier(self.lexicon.flags(spelt)) <= 3:
                if weighted_distance(lower, candidate) <= NEAR:
                    return True
        return False

    def near_name(self, part: str) -> str | None:
        """A dictionary name one small slip from ``part`` ("Octobr" gives
        "October"), or None."""
        lower = part.lower()
        for candidate in edits1(lower):
            spelt = self.spelling_of(candidate)
            if spelt and spelt != candidate and weighted_distance(lower, candidate) <= NEAR:
                return spelt
        return None

    def _variant_flags(self, word: str) -> int:
        """The dialect flags that make ``word`` a variant: its own, or those
        of the first of its pieces that is one."""
        for piece in _variant_parts(word):
            if piece and self.status(piece) == "variant":
                return self.lexicon.lookup(piece)
        return self.lexicon.lookup(word)

    def dialect_spelling(self, word: str) -> tuple[str | None, str]:
        """The target dialect's spelling of another dialect's word, and the
        dialect the word belongs to."""
        flags = self._variant_flags(word.replace("’", "'"))
        others = [name for name in ("en-GB", "en-AU", "en-CA", "en-US") if name != self.language]
        # Every variant has a dialect (its own flags, or its parts'); "the
        # en-GB/en-AU/en-CA spelling" is only a fallback that still reads.
        dialect = next((name for name in others if flags & DIALECTS[name]), "/".join(others))
        lower = word.lower()
        for a, b in _DIALECT_PAIRS:
            for old, new in ((a, b), (b, a)):
                start = lower.find(old)
                while start >= 0:
                    candidate = lower[:start] + new + lower[start + len(old) :]
                    if self.word_status(candidate) == "ok":
                        return _copy_case(candidate, word), dialect
                    start = lower.find(old, start + 1)
        return None, dialect


def _variant_parts(word: str) -> list[str]:
    """The word, then its possessive's base, then its hyphenated parts: the
    pieces whose dialects make it a variant ("two-storey": "storey")."""
    base = _without_possessive(word)
    return [word, base, *base.split("-")] if "-" in base else [word, base]


def _without_possessive(word: str) -> str:
    if word.endswith(("'s", "'S")):
        return word[:-2]
    if word.endswith("'") and word[-2:-1] in "sS":
        return word[:-1]
    return word


def _copy_case(candidate: str, original: str) -> str:
    if original.isupper():
        return candidate.upper()
    if original[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate


def is_checked(token: Token) -> bool:
    """Word tokens a speller reads: not initialisms, inner capitals or digits."""
    return token.kind is TokenKind.WORD and _is_checked_word(token.text)


@functools.lru_cache(maxsize=65536)
def _is_checked_word(text: str) -> bool:
    if len(text) < 2 or any(c.isdigit() for c in text):
        return False
    letters = [c for c in text if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    if upper >= 2 and (upper == len(letters) or text.rstrip("s").isupper()):
        return False  # US, AEDT, MPs, CEOs
    core = _without_possessive(text.replace("’", "'"))
    for part in core.split("-"):
        # Inner capitals (iPhone, McDonald, YouTube) mark a brand or a name.
        if any(c.isupper() for c in part[1:]):
            return False
    # Only Latin-script words: the dictionaries hold no others.
    return text.isascii() or _NOT_LATIN.search(text) is None


@dataclass(slots=True)
class _Use:
    block: Block
    token: Token
    position: str  # "inner", "initial" or "heading"
    next_capitalised: bool
    next_is_speech_verb: bool = False


_POSITIONS = ("inner", "initial", "heading")
_NEXT_CAPITALISED = 4
_NEXT_SPEECH_VERB = 8


class _Uses:
    """Each word of the draft with where it stands (the same for every
    speller), kept for as long as the draft's rules run.

    A draft of 5 MB has 800,000 words: an object for each took 80 bytes a
    word, so they are kept compactly (9 bytes a word) and a :class:`_Use`
    is made only for a word that needs one (a name, a problem). ``flags``
    holds a word's position (an index into _POSITIONS) and the _NEXT_*
    bits; ``block_starts`` the index of each block's first word.
    """

    __slots__ = (
        "tokens", "flags", "_blocks", "_block_starts", "_in_draft", "_inner_capitalised", "_inner_by_initial",
    )  # fmt: skip

    def __init__(self) -> None:
        self.tokens: list[Token] = []
        self.flags = bytearray()
        self._blocks: list[Block] = []
        self._block_starts: list[int] = []
        self._in_draft: frozenset[str] | None = None
        self._inner_capitalised: frozenset[str] | None = None
        self._inner_by_initial: dict[str, list[str]] | None = None

    def add(self, block: Block, token: Token, position: str, next_capitalised: bool, next_is_speech_verb: bool) -> None:
        if not self._blocks or self._blocks[-1] is not block:
            self._blocks.append(block)
            self._block_starts.append(len(self.tokens))
        self.tokens.append(token)
        flags = _POSITIONS.index(position)
        if next_capitalised:
            flags |= _NEXT_CAPITALISED
        if next_is_speech_verb:
            flags |= _NEXT_SPEECH_VERB
        self.flags.append(flags)

    def block(self, i: int) -> Block:
        """The block of word ``i``."""
        return self._blocks[bisect_right(self._block_starts, i) - 1]

    def use(self, i: int) -> _Use:
        flags = self.flags[i]
        return _Use(
            self.block(i), self.tokens[i], _POSITIONS[flags & 3], bool(flags & _NEXT_CAPITALISED),
            bool(flags & _NEXT_SPEECH_VERB),
        )  # fmt: skip

    @property
    def in_draft(self) -> frozenset[str]:
        """Every word of the draft, in lower case."""
        if self._in_draft is None:
            self._in_draft = frozenset(t.text.lower() for t in self.tokens)
        return self._in_draft

    @property
    def inner_capitalised(self) -> frozenset[str]:
        """Capitalised words the draft uses inside a sentence."""
        if self._inner_capitalised is None:
            inner = _POSITIONS.index("inner")
            pairs = zip(self.tokens, self.flags, strict=True)
            self._inner_capitalised = frozenset(
                t.text for t, flags in pairs if flags & 3 == inner and t.text[:1].isupper()
            )
        return self._inner_capitalised

    @property
    def inner_by_initial(self) -> dict[str, list[str]]:
        """:attr:`inner_capitalised` by first letter."""
        if self._inner_by_initial is None:
            self._inner_by_initial = {}
            for name in self.inner_capitalised:
                self._inner_by_initial.setdefault(name[:1], []).append(name)
        return self._inner_by_initial


@dataclass
class Analysis:
    problems: list[WordProblem] = field(default_factory=list)
    #: Set when the draft is not prose (see NOT_PROSE_SHARE): then there
    #: are no problems.
    not_prose: NotProse | None = None


def _uses(document: Document) -> _Uses:
    """Each word of the draft with where it stands (the same for every speller)."""
    cached = document.cache.get("spelling.uses")
    if cached is None:
        cached = document.cache["spelling.uses"] = _find_uses(document)
    return cached


def _find_uses(document: Document) -> _Uses:
    uses = _Uses()
    for block in document.blocks:
        heading = block.kind in _HEADING_KINDS
        for sentence in block.sentences:
            tokens = sentence.tokens
            starts_phrase = True
            for i, token in enumerate(tokens):
                if token.kind is TokenKind.PUNCT or token.kind is TokenKind.SYMBOL:
                    if token.text in _OPENERS:
                        starts_phrase = True
                    continue
                if token.kind is not TokenKind.WORD:
                    starts_phrase = False
                    continue
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                next_word = nxt.text if nxt and nxt.kind is TokenKind.WORD else ""
                position = "heading" if heading else ("initial" if starts_phrase else "inner")
                # In a title-case heading every word is capitalised: that says nothing.
                next_capitalised = next_word[:1].isupper() and not heading
                uses.add(block, token, position, next_capitalised, next_word.lower() in SPEECH_VERBS)
                starts_phrase = False
    return uses


def analyse(document: Document, speller: Speller, max_suggestions: int = 5) -> Analysis:
    """Every spelling problem of the draft (memoised on the document)."""
    key = ("spelling", speller.language, id(speller))
    cached = document.cache.get(key)
    if cached is not None:
        return cached
    uses = _uses(document)
    analysis = Analysis(not_prose=not_prose(uses, speller.word_status, is_checked))
    if analysis.not_prose is not None:
        document.cache[key] = analysis
        return analysis
    in_draft = uses.in_draft
    names: list[tuple[_Use, str]] = []
    suggestions_cache: dict[str, tuple[str, ...]] = {}
    # A draft full of unknown words (a foreign-language quote, a table of
    # codes) must not take long: past the budget, typos get no suggestions.
    # The budget starts with the first suggestion asked for.
    budget_end: list[float] = []

    def suggestions_for(word: str) -> tuple[str, ...]:
        if word not in suggestions_cache:
            if not budget_end:
                budget_end.append(time.perf_counter() + SUGGESTION_BUDGET)
            if time.perf_counter() > budget_end[0] or max_suggestions == 0:
                return ()
            suggestions_cache[word] = tuple(speller.suggestions(word, in_draft, max_suggestions))
        return suggestions_cache[word]

    def typo_suggestions(token: Token, text: str) -> tuple[tuple[str, ...], bool]:
        base = _without_possessive(text)
        # A possessive goes back on each suggestion, with the draft's apostrophe.
        suffix = token.text[len(base) :]
        suggestions = tuple(s + suffix for s in _compound_suggestions(base, speller, suggestions_for))
        used = [s.lower() in in_draft for s in suggestions]
        confident = len(suggestions) == 1 or (len(used) > 1 and used[0] and not any(used[1:]))
        return suggestions, confident

    for i, token in enumerate(uses.tokens):
        if not is_checked(token):
            continue
        text = token.text.replace("’", "'")
        status = speller.word_status(text)
        capitalised = text[:1].isupper()
        if status == "ok":
            if capitalised:
                names.append((uses.use(i), _without_possessive(text)))
            continue
        if status == "variant":
            if capitalised:
                # A name keeps its own spelling: Department of Defense, Labor Party.
                names.append((uses.use(i), _without_possessive(text)))
                continue
            spelling, dialect = speller.dialect_spelling(text)
            suggestions = (spelling,) if spelling else ()
            analysis.problems.append(WordProblem(uses.block(i), token, "variant", text, suggestions, dialect))
            continue
        use = uses.use(i)
        if status == "name" or capitalised:
            if use.position == "inner" or status == "name" or _looks_like_name(use, text, uses, speller):
                names.append((use, _without_possessive(text)))
                continue
        analysis.problems.append(
            # One callable for every typo of the draft (a partial each took
            # 130 bytes a typo, for suggestions most are never asked for).
            WordProblem(use.block, token, "typo", text, suggest=typo_suggestions)
        )
    analysis.problems.extend(_name_variants(names, speller))
    analysis.problems.sort(key=lambda p: p.token.span.start)
    document.cache[key] = analysis
    return analysis


def _compound_suggestions(word: str, speller: Speller, suggestions_for) -> tuple[str, ...]:
    """Suggestions for a word; for a hyphenated one, for its first unknown
    part, put back in place ("tit-for-tatt" gives "tit-for-tat")."""
    if "-" not in word:
        return suggestions_for(word)
    parts = word.split("-")
    for i, part in enumerate(parts):
        if part and speller.status(part) == "unknown" and part.lower() not in PREFIXES | NAME_PARTICLES:
            return tuple("-".join([*parts[:i], s, *parts[i + 1 :]]) for s in suggestions_for(part))
    return ()


def _looks_like_name(use: _Use, text: str, uses: _Uses, speller: Speller) -> bool:
    """A capitalised unknown word at the start of a sentence or in a heading."""
    base = _without_possessive(text)
    inner_capitalised = uses.inner_capitalised
    if text in inner_capitalised or base in inner_capitalised or use.next_capitalised or use.next_is_speech_verb:
        return True
    # Close to a name the draft uses (one with its first letter): a name
    # variant, reported as such.
    if any(_close(base, _without_possessive(name)) for name in uses.inner_by_initial.get(base[:1], ())):
        return True
    return not speller.near_word(base)


def _name_variants(names: list[tuple[_Use, str]], speller: Speller) -> list[WordProblem]:
    """Names one or two slips from another name of the same draft."""
    counts = Counter(name for _, name in names)
    # A name some dictionary knows (another dialect's included) is no variant.
    known = {name: speller.status(name) != "unknown" for name in counts}
    by_name: dict[str, list[_Use]] = {}
    for use, name in names:
        by_name.setdefault(name, []).append(use)
    problems = []
    distinct = sorted(counts)
    # Only a name with the same first letter and a length within two can be
    # close (see _close); each bucket keeps the sorted order, and merged
    # they give the candidates in that order. Comparing every name with
    # every other took a long draft's thousands of names to millions.
    buckets: dict[tuple[str, int], list[str]] = {}
    for other in distinct:
        if len(other) >= 4:
            buckets.setdefault((other[0], len(other)), []).append(other)
    for name in distinct:
        if known[name] or len(name) < 4:
            continue
        near = [buckets.get((name[0], size), []) for size in range(len(name) - 2, len(name) + 3)]
        for other in heapq.merge(*near):
            if other == name or not _close(name, other):
                continue
            if known[other] or counts[other] > counts[name] or (counts[other] == counts[name] and not known[name]):
                # The other spelling wins (it is a dictionary word or the more
                # frequent), or neither does: say so at each.
                for use in by_name[name]:
                    suffix = use.token.text[len(name) :]
                    problems.append(WordProblem(use.block, use.token, "name-variant", name, (other + suffix,), other))
                break
    return problems


@functools.lru_cache(maxsize=65536)  # the same names meet again draft after draft
def _close(a: str, b: str) -> bool:
    """One slip apart (two for long names), and not just an inflection."""
    if abs(len(a) - len(b)) > 2:
        return False
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    if longer.startswith(shorter) and longer[len(shorter) :] in ("s", "es", "n", "an", "ian", "i", "is"):
        return False  # Karzai / Karzais, Iran / Iranian, Israel / Israeli
    limit = 1.0 if min(len(a), len(b)) < 7 else 2.0
    return _edit_distance(a.lower(), b.lower()) <= limit


def _edit_distance(a: str, b: str) -> float:
    """Plain Damerau-Levenshtein distance."""
    n, m = len(a), len(b)
    previous2: list[int] = []
    previous = list(range(m + 1))
    for i in range(1, n + 1):
        current = [i] + [0] * m
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, previous2[j - 2] + 1)
            current[j] = best
        previous2, previous = previous, current
    return previous[m]
