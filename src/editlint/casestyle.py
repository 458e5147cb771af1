"""Case styles of headings and sentences: title case (AP, Chicago or either),
sentence case, and the style most of a draft's headings use.

The one analysis behind the ``capitalization`` kind (and the headline
kind's ``check: capitalization``, which is the same check under the option
names it always had). For each unit it works out which words are out of
step with the style and what they should be, then reports them word by
word, as one rewrite of the unit, or (with a threshold, as Vale judges a
heading) the unit as a whole.

What is never wrong: acronyms (US, NATO), words with inner capitals
(iPhone), "I", numbers, words in quotation marks, name particles (al-, bin,
van) and the words a rule keeps as written. Sentence case lowers a capital
only on a plainly common word: not a name in the dictionaries, not one the
draft capitalises in its body, not after a name particle, and (in a heading
not plainly in title case) not one of a run of capitalised words ("Police
Ombudsman", "Department of Education").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .analysis.analyses import analyses
from .analysis.wordlists import ARTICLES, CONJUNCTIONS, HYPHEN_PREFIXES, NAME_PARTICLES, NEVER_PARTICLES, PREPOSITIONS
from .analysis.wordlists import SHORT_PREPOSITIONS as _SHORT
from .analysis.words import without_possessive
from .diagnostic import Finding
from .document import BlockKind, Document, Token, TokenKind
from .userregex import BoundedPattern

#: The styles a unit can be judged by.
STYLES = ("majority", "title", "title-ap", "title-chicago", "sentence")
LABELS = {
    "title": "title case",
    "title-ap": "AP title case",
    "title-chicago": "Chicago title case",
    "sentence": "sentence case",
    None: "every style",
}
_AP_MINOR = ARTICLES | CONJUNCTIONS | _SHORT
_CHICAGO_MINOR = ARTICLES | CONJUNCTIONS | PREPOSITIONS
# Lower-case words that are never wrong inside a title ("rock 'n' roll").
_ALWAYS_LOWER = frozenset({"n", "v", "vs"})
# Lower-case words inside a name: "Department of Education", "Osama bin Laden".
_CONNECTORS = frozenset({"of", "for"}) | NAME_PARTICLES
# Marks after which title case starts again.
_PHRASE_BREAKS = frozenset(":—–?!|-")
_WORDLIKE = frozenset({TokenKind.WORD, TokenKind.NUMBER, TokenKind.ACRONYM})


@dataclass(frozen=True)
class CaseStyle:
    """How a rule judges case: the style, the words kept as written, and how
    findings are reported."""

    style: str  # one of STYLES
    keep: frozenset[str] = frozenset()
    #: In title case, lower a capitalised minor word that cannot be a verb's
    #: particle ("Vows To Expel"); otherwise capitals on minor words pass.
    lowercase_minor: bool = True
    #: From this many words to change, report the unit once, rewritten (0: never).
    rewrite_from: int = 3
    #: Vale's judgement: report the unit as a whole when no more than this
    #: share of its words is already right (or its first word is wrong).
    threshold: float | None = None
    #: A word after a token ending with one of these is not judged.
    indicators: tuple[str, ...] = ()
    #: Text at the start of a unit that is not judged ("Step 1:").
    prefix: BoundedPattern | None = None
    #: Only headings (and the headline) are judged, whatever the scope.
    headings_only: bool = False
    #: The title case a majority of title-case units is judged by.
    majority_title: str = "title"
    #: Words kept as written when one of these matches the whole word.
    keep_patterns: tuple[BoundedPattern, ...] = ()

    def keeps(self, word: str) -> bool:
        return word in self.keep or bool(self.keep_patterns and any(p.fullmatch(word) for p in self.keep_patterns))


@dataclass
class _Word:
    """One part of a word of the unit (a hyphenated word has several)."""

    text: str
    start: int  # offset in the unit's text
    part: int  # 0 for the first part of a hyphenated word
    first: bool  # the unit's first word
    last: bool  # the unit's last word (its last part)
    opens_phrase: bool  # first word after a colon, a dash...
    quoted: bool
    prefix: str | None  # the part before, in a hyphenated word
    end: int  # where the whole word ends in the unit's text

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def fixed_case(self) -> bool:
        """An acronym (US, NATO), a word with inner capitals (iPhone,
        McCain) or "I": its case is part of the word."""
        return _fixed_case(self.text)


@lru_cache(maxsize=4096)
def _fixed_case(text: str) -> bool:
    """_Word.fixed_case, by text: each word of a heading is asked about
    up to three times (which style the heading leans to, twice, and what
    to change), letter by letter."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return any(c.isupper() for c in text[1:]) or text in ("I", "I’m", "I'm", "I’ll", "I'll", "I’d")


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def _lower(word: str) -> str:
    return word[:1].lower() + word[1:]


def bare(word: str) -> str:
    """A word without a possessive ending ("Israel’s" -> "Israel")."""
    return without_possessive(word)


def case_findings(rule, case: CaseStyle, units, document: Document) -> Iterator[Finding]:
    """The findings of ``rule`` (a KindRule: its ``finding`` builds them)
    on the units of one draft, judged by ``case``."""
    yield from _Judge(rule, case, units, document).findings()


class _Judge:
    """The case check of one draft's units."""

    def __init__(self, rule, case: CaseStyle, units, document: Document) -> None:
        self.rule = rule
        self.case = case
        self.document = document
        self.units = [u for u in units if self._judged(u)]
        self._names: frozenset[str] | None = None

    def _judged(self, unit) -> bool:
        kind = unit.block.kind
        if kind is BlockKind.HEADING and not self.document.traits.headings_marked and unit.block.text.islower():
            return False  # a stray line of plain text (a byline), not a heading
        return kind in (BlockKind.HEADLINE, BlockKind.HEADING) or not self.case.headings_only

    @property
    def names(self) -> frozenset[str]:
        """Words (and parts of words) the draft's body writes capitalised
        inside a sentence."""
        if self._names is None:
            self._names = analyses(self.document).capitalised_words.parts
        return self._names

    def lower_name(self, word: _Word) -> bool:
        """A name written in lower case ("editlint"): no dictionary word,
        and the body writes it in lower case too."""
        from .spelling.lexicon import lexicon

        word_text = bare(word.text)
        return (
            word_text in analyses(self.document).capitalised_words.lower
            and not lexicon().flags(word_text)
            and not lexicon().flags(word_text.capitalize())
        )

    def maybe_name(self, word: _Word) -> bool:
        """Whether a capitalised word may be a name (so sentence case keeps it)."""
        from .spelling.lexicon import lexicon

        word_text = bare(word.text)
        if word_text in self.names or word_text.upper() in self.names or self.case.keeps(word.text):
            return True
        if self.case.keeps(word_text):
            return True
        words = lexicon()
        # Listed with its capital ("Reading", "Bush"), or no common word ("Kataib").
        return bool(words.flags(word_text)) or not words.flags(word_text.lower())

    def words(self, unit) -> list[_Word]:
        tokens = unit.tokens
        base = unit.offset
        skip_to = 0
        if self.case.prefix is not None:
            found = self.case.prefix.match(unit.text)
            skip_to = found.end() if found else 0
        tokens = [t for t in tokens if t.start - base >= skip_to]
        # The last word may be a number: "in" is not last in "Rise in 2023".
        word_tokens = [i for i, t in enumerate(tokens) if t.kind in _WORDLIKE]
        last_word = word_tokens[-1] if word_tokens else -1
        result = []
        opens = True
        seen_word = False
        shared = analyses(self.document)
        # A token's source range lies in its block's: where no quotation
        # reaches the block (most headings), no word of it is quoted, and no
        # token's source range need be worked out.
        block_span = unit.block.span
        near_quotes = any(q.start <= block_span.end and block_span.start <= q.end for q in shared.quoted_source_spans)
        for i, token in enumerate(tokens):
            if token.kind is TokenKind.PUNCT:
                if token.text in _PHRASE_BREAKS:
                    opens = True
                continue
            if token.kind is not TokenKind.WORD:
                seen_word, opens = True, False  # a number, an acronym, code: the unit has begun
                continue
            # Words in quotation marks (the one quotation analysis) are someone's: as written.
            quoted = near_quotes and shared.in_quotation(token.span)
            result.extend(_parts(token, base, i == last_word, not seen_word, opens and seen_word, quoted))
            seen_word, opens = True, False
        return result

    def skipped(self, word: _Word, unit) -> bool:
        text = word.text
        if word.quoted or not text[:1].isalpha() or word.fixed_case:
            return True
        if self.case.keeps(text) or self.case.keeps(bare(text)):
            return True
        if self.case.indicators and word.part == 0:
            before = unit.text[: word.start].rstrip()
            return bool(before) and before.endswith(self.case.indicators)
        return False

    # Which style a unit is in.
    def leaning(self, unit, words: list[_Word]) -> str | None:
        title, sentence = self.evidence(unit, words)
        if title > sentence:
            return "title"
        if sentence > title:
            return "sentence"
        return None

    def evidence(self, unit, words: list[_Word]) -> tuple[int, int]:
        """How many words show title case, and how many sentence case
        (words that both styles write alike show nothing)."""
        title = sentence = 0
        for word in words:
            if word.part or word.first or word.opens_phrase or self.skipped(word, unit):
                continue
            lower = word.lower
            if not word.capitalised:
                if lower not in _CHICAGO_MINOR and lower not in NAME_PARTICLES and lower not in _ALWAYS_LOWER:
                    sentence += 1
            elif lower in _CHICAGO_MINOR:
                if not word.last:
                    title += 1  # "To", "With": a capital no sentence gives them
            elif not self.maybe_name(word):
                title += 1
        return title, sentence

    def findings(self) -> Iterator[Finding]:
        units = [(unit, self.words(unit)) for unit in self.units]
        style, basis = self.case.style, "the house style"
        if style == "majority":
            leanings = [self.leaning(unit, words) for unit, words in units]
            titles, sentences = leanings.count("title"), leanings.count("sentence")
            if titles > sentences:
                style = self.case.majority_title
            elif sentences > titles:
                style = "sentence"
            else:
                style = None
            basis = "as most headings of this draft are" if len(units) > 1 else "as most of this headline is"
        if style is None:
            basis = "a heading starts with a capital"
        for unit, words in units:
            yield from self.report(unit, words, self.changes(unit, words, style), style, basis)

    def changes(self, unit, words: list[_Word], style: str | None) -> list[tuple[_Word, str]]:
        result = []
        names = self.name_phrases(unit, words) if style == "sentence" else frozenset()
        for word in words:
            if self.skipped(word, unit):
                continue
            if word.first and word.part == 0:
                # A lower-case letter may have no capital ("º", "ª"): then
                # there is nothing to change, and a "fix" to the same text
                # would never go away.
                capital = _capitalise(word.text)
                if not word.capitalised and capital != word.text and not self.lower_name(word):
                    result.append((word, capital))
                continue
            if style is None:
                continue
            if style == "sentence":
                wanted = None if word.start in names else self.sentence(word)
            else:
                wanted = self.title(word, style)
            if wanted is not None and wanted != word.text:
                result.append((word, wanted))
        return result

    def title(self, word: _Word, style: str) -> str | None:
        minor = {"title": _CHICAGO_MINOR, "title-ap": _AP_MINOR, "title-chicago": _CHICAGO_MINOR}[style]
        # Capitals required of minor words only where both styles agree.
        lowered = NEVER_PARTICLES & (_CHICAGO_MINOR if style == "title-chicago" else _AP_MINOR)
        lower = word.lower
        if word.part and word.prefix in HYPHEN_PREFIXES and not word.capitalised:
            return None  # "Anti-aircraft", "Co-founder"
        if word.last or word.opens_phrase:
            return None if word.capitalised else _capitalise(word.text)
        if word.capitalised:
            if word.part == 0 and lower in lowered and self.case.lowercase_minor:
                return lower
            return None
        if lower in minor or lower in _ALWAYS_LOWER:
            return None
        if word.part == 0 and lower in NAME_PARTICLES:
            return None
        return _capitalise(word.text)

    def name_phrases(self, unit, words: list[_Word]) -> frozenset[int]:
        """Starts of the words that sentence case keeps as parts of names:
        the word after a particle ("bin Laden") and, unless the unit is
        plainly in title case, every word of a run of capitalised words
        ("Police Ombudsman", "Department of Education", "Tamil Tiger")."""
        kept = set()
        heads = [w for w in words if w.part == 0]
        for before, word in zip(heads, heads[1:], strict=False):
            if before.lower in NAME_PARTICLES and not before.capitalised:
                kept.add(word.start)
        for word in words:
            if word.part and word.prefix in NAME_PARTICLES:
                kept.add(word.start)
        title, sentence = self.evidence(unit, words)
        if title - sentence >= 2:
            # Plainly title case: its capitals say nothing about names.
            return frozenset(kept)
        text = unit.text
        run: list[_Word] = []

        def close() -> None:
            while run and not run[-1].capitalised:
                run.pop()  # a connector ends no name
            if sum(1 for w in run if w.capitalised) >= 2:
                kept.update(w.start for w in run)
            run.clear()

        for word in heads:
            joined = bool(run) and not text[run[-1].end : word.start].strip()
            capital = word.capitalised and not word.quoted and (not word.first or self.maybe_name(word))
            if capital and (joined or not run):
                run.append(word)
            elif joined and not word.capitalised and word.lower in _CONNECTORS and run[-1].capitalised:
                run.append(word)
            else:
                close()
                if capital:
                    run.append(word)
        close()
        return frozenset(kept)

    def sentence(self, word: _Word) -> str | None:
        if not word.capitalised or word.opens_phrase or self.maybe_name(word):
            return None
        return _lower(word.text)

    def report(self, unit, words, changes, style: str | None, basis: str) -> Iterator[Finding]:
        if not changes:
            return
        rule, case = self.rule, self.case
        fields = {"style": LABELS[style], "basis": basis}
        whole = case.rewrite_from and len(changes) >= case.rewrite_from
        if case.threshold is not None:
            if not _fails(unit, changes, case.threshold):
                return
            whole = True
        if whole:
            text = unit.text
            for word, wanted in sorted(changes, key=lambda c: -c[0].start):
                text = text[: word.start] + wanted + text[word.start + len(word.text) :]
            shown = " ".join(unit.text.split())
            finding = rule.finding(self.document, unit, 0, len(unit.text), (text,), word=shown, expected=text, **fields)
            if finding:
                yield finding
            return
        for word, wanted in changes:
            finding = rule.finding(
                self.document, unit, word.start, word.start + len(word.text), (wanted,), word=word.text,
                expected=wanted, **fields,
            )  # fmt: skip
            if finding:
                yield finding


def _parts(token: Token, base: int, last: bool, first: bool, opens: bool, quoted: bool) -> list[_Word]:
    parts = token.text.split("-")
    result = []
    offset = token.start - base
    for n, part in enumerate(parts):
        if part:
            result.append(
                _Word(
                    part,
                    offset,
                    n,
                    first and n == 0,
                    last and n == len(parts) - 1,
                    opens and n == 0,
                    quoted,
                    parts[n - 1].lower() if n else None,
                    token.end - base,
                )
            )
        offset += len(part) + 1
    return result


def _fails(unit, changes: list[tuple[_Word, str]], threshold: float) -> bool:
    """Vale's judgement of a unit: it fails when its first word is wrong, or
    when no more than ``threshold`` of its words are right."""
    words = sum(1 for t in unit.tokens if t.kind in _WORDLIKE)
    wrong = {word.end for word, _ in changes}
    if any(word.first for word, _ in changes):
        return True
    return not words or (words - len(wrong)) / words <= threshold
