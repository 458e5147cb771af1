"""headline: the headline and the headings of a draft.

The headline is what the Document marks as BlockKind.HEADLINE: the
front-matter title (or headline), else the first H1, else a heading opening
the draft; in plain text, a heading-like first line. Titles are compared
case, punctuation and whitespace insensitive ("U.S." and "US" match, as do
"Anti-Aircraft" and "anti aircraft").

Options:
  check       what this rule reports (required):
                duplicate             the headline printed again in the
                                      draft (a heading, paragraph, list item
                                      or quote holding nothing else); the
                                      repeat is reported, with deleting it
                                      as the fix; with across_drafts, also
                                      two drafts of one run that share a
                                      headline (each draft is reported,
                                      naming the others)
                near-duplicate        a block that nearly repeats the
                                      headline: a few characters or one or
                                      two words changed
                duplicate-subheading  a subheading used twice
                capitalization        a heading out of step with the case
                                      style (see style)
                length                a headline over max_chars characters
                                      or max_words words
                final-period          a headline or subheading ending with
                                      a full stop (? and ! are fine, and so
                                      are an ellipsis and an abbreviation
                                      such as "U.S." or "Inc.")
  across_drafts   duplicate: also compare the headlines of every draft of
                  the run (default true)
  max_distance    near-duplicate: at most this many character edits
                  (default 3; never more than a seventh of the headline)
  max_changed_words  near-duplicate: at most this many words changed,
                  added or dropped (default 2; never more than a third of
                  the headline's words)
  min_words       near-duplicate: shorter headlines are not compared
                  (default 4)
  style           capitalization: title-ap (AP: articles, coordinating
                  conjunctions and prepositions of up to three letters stay
                  lower-case), title-chicago (Chicago: articles,
                  coordinating conjunctions and all prepositions), title
                  (either of the two), sentence, or majority (default: the
                  style most of the draft's headings use, title meaning
                  AP or Chicago; when there is no majority only the first
                  word is checked)
  exceptions      capitalization: words always accepted as written
  vocabulary      capitalization: further words kept as written; filled in
                  from the config's vocab.accept lists
  rewrite_from    capitalization: when a heading has this many words to
                  change or more, report the heading once with the whole
                  heading rewritten as the suggestion (default 3; 0: always
                  report word by word)
  max_chars       length: the most characters a headline may have (default
                  100)
  max_words       length: the most words (and numbers) it may have (default
                  16)
  abbreviations   final-period: further words that end with their own full
                  stop ("Bros", "Pty"); Inc., Ltd., Co., Jr., St., Dr. and
                  other common ones are known

In title case the first and last words and the first word after a colon,
dash, question or exclamation mark are capitalised; so is every part of a
hyphenated compound except minor words and the word after a prefix such as
anti- or co- ("Anti-aircraft" and "Anti-Aircraft" are both accepted).
A capital on a minor word that cannot be a verb's particle is lowered
("Vows To Expel", "Day Of"); "Take Over" and "Sign Up" are left alone.
Acronyms (US, NATO), words with inner capitals (iPhone), numbers, words in
quotation marks and name particles (al-Askari, bin, van) are left as they
are. In sentence case a capitalised word is made lower-case only when it is
plainly a common word: not a name in the dictionaries, not one the draft
capitalises in its body, not in the exceptions, not after a name particle
("bin Laden") and, in a heading otherwise in sentence case, not one of a run
of capitalised words ("Police Ombudsman", "Department of Education"). In
plain text a subheading with no capital at all is taken for a stray line
(a byline such as "administrator"), not a heading, and is not checked.

Each check has its own default scope (a rule's scope: replaces it):
duplicate and near-duplicate look at headings, paragraphs, list items and
block quotes; duplicate-subheading at subheadings; length at the headline;
capitalization and final-period at the headline and subheadings.

Message fields: {headline} (the headline), {where} (where it appears again:
"again (first on line 1)" or "in two drafts: b.md and a.md"; past five
drafts, the first four and how many others), {line} (the line of the first
occurrence), {word} and {expected} (the word as written
and as it should be; for a whole heading, the heading and its rewrite),
{style} ("title case", "AP title case", "Chicago title case", "sentence
case", or "every style" for a first word), {basis} (why: "the house style",
"as most headings of this draft are"), {length} and
{limit} ("112 characters", "16 words"), {heading} ("headline" or
"subheading"). Fixes are unsafe unless the rule says otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

import regex

from ..diagnostic import Finding
from ..document import PLACEHOLDER, Block, BlockKind, Document, Token, TokenKind
from ..rule import Scope
from ..span import Span
from .base import KindRule, OptionError
from .capitalization import ARTICLES, CONJUNCTIONS, NAME_PARTICLES, PREPOSITIONS, SHORT_PREPOSITIONS

# The minor words each title-case style keeps lower-case inside a title.
_AP_MINOR = ARTICLES | CONJUNCTIONS | SHORT_PREPOSITIONS
_CHICAGO_MINOR = ARTICLES | CONJUNCTIONS | PREPOSITIONS
# Lower-case words that are never wrong inside a title ("rock 'n' roll").
_ALWAYS_LOWER = frozenset({"n", "v", "vs"})
# Minor words that cannot be an adverb or a verb particle, so a capital on
# them is wrong in title case ("Vows To Expel"). "Over", "Up", "Off", "In"...
# may be particles ("Take Over", "Sign Up") and are left alone.
_NEVER_ADVERBS = ARTICLES | frozenset(
    """and but or nor of to as at for via per vs from into onto upon with than among amid amongst
    despite during toward towards until till against unlike""".split()
)
# Prefixes after which Chicago keeps the second part lower-case ("Anti-aircraft").
_PREFIXES = frozenset(
    """anti co counter de e ex extra inter intra mid multi non post pre pro re semi sub super trans
    ultra un""".split()
)
# Lower-case words inside a name: "Department of Education", "Osama bin Laden".
_CONNECTORS = frozenset({"of", "for"}) | NAME_PARTICLES
# Words that end with their own full stop.
_ABBREVIATIONS = frozenset(
    """inc ltd co corp plc llc jr sr st dr mr mrs ms mt ft gov sen rep gen lt col capt sgt prof
    ave rd blvd no nos dept est etc jan feb mar apr aug sept sep oct nov dec vol approx""".split()
)
# Marks after which title case starts again.
_PHRASE_BREAKS = frozenset(":—–?!|-")
_OPENING_QUOTES = frozenset("“‘«")
_CLOSING_QUOTES = frozenset("”’»")
_CLOSERS = "\"'”’)]»"
_WORDLIKE = frozenset({TokenKind.WORD, TokenKind.NUMBER, TokenKind.ACRONYM})
_WORDS = regex.compile(rf"[\p{{L}}\p{{M}}\p{{N}}]+|{PLACEHOLDER}")
# Dots and apostrophes inside a word ("U.S.", "Israel's") join it.
_INNER = regex.compile(r"(?<=[\p{L}\p{N}])[.'’](?=[\p{L}\p{N}])")

_SCOPES = {
    "duplicate": frozenset(
        {BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE, BlockKind.LIST_ITEM}
    ),
    "duplicate-subheading": frozenset({BlockKind.HEADING}),
    "capitalization": frozenset({BlockKind.HEADLINE, BlockKind.HEADING}),
    "length": frozenset({BlockKind.HEADLINE}),
    "final-period": frozenset({BlockKind.HEADLINE, BlockKind.HEADING}),
}
_SCOPES["near-duplicate"] = _SCOPES["duplicate"]


@dataclass(frozen=True)
class Options:
    check: Literal["duplicate", "near-duplicate", "duplicate-subheading", "capitalization", "length", "final-period"]
    across_drafts: bool = True
    max_distance: int = 3
    max_changed_words: int = 2
    min_words: int = 4
    style: Literal["majority", "title", "title-ap", "title-chicago", "sentence"] = "majority"
    exceptions: tuple[str, ...] = ()
    vocabulary: tuple[str, ...] = ()
    rewrite_from: int = 3
    max_chars: int = 100
    max_words: int = 16
    abbreviations: tuple[str, ...] = ()


class Headline(KindRule):
    name = "headline"
    Options = Options
    fields = ("headline", "where", "line", "word", "expected", "style", "basis", "length", "limit", "heading")
    config_options = ("vocabulary",)

    def compile(self) -> None:
        o = self.options
        for key in ("max_distance", "max_changed_words", "min_words", "rewrite_from"):
            if getattr(o, key) < 0:
                raise OptionError(key, f'option "{key}" must not be negative')
        for key in ("max_chars", "max_words"):
            if getattr(o, key) < 1:
                raise OptionError(key, f'option "{key}" must be at least 1')
        # Whole-block findings (a repeat, a long headline) may hold code or a URL.
        self.covers_hidden = o.check in ("duplicate", "near-duplicate", "duplicate-subheading", "length")
        self.across_drafts = o.check == "duplicate" and o.across_drafts
        self.keep = frozenset(o.exceptions) | frozenset(w for w in o.vocabulary if w != w.lower())
        self.abbreviations = _ABBREVIATIONS | frozenset(a.lower().rstrip(".") for a in o.abbreviations)
        # By default each check sees what it is about: duplicate and
        # near-duplicate the headings, paragraphs, list items and quotes;
        # length the headline; the others the headline and subheadings.
        self.scope = self.spec.scope or Scope(_SCOPES[o.check])

    def check(self, units, document):
        check = self.options.check
        if check == "duplicate":
            yield from self._duplicate(units, document)
        elif check == "near-duplicate":
            yield from self._near_duplicate(units, document)
        elif check == "duplicate-subheading":
            yield from self._duplicate_subheading(units, document)
        elif check == "capitalization":
            yield from _Capitals(self, units, document).findings()
        elif check == "length":
            yield from self._length(units, document)
        else:
            yield from self._final_period(units, document)

    # ----------------------------------------------------------------------- repeats

    def _line(self, document: Document, block: Block) -> int:
        return document.line_index.line_col(block.span.start)[0]

    def _whole(self, document: Document, block: Block, suggestions=(), **fields) -> Finding | None:
        return self.finding(document, block, 0, len(block.text), suggestions, **fields)

    def _duplicate(self, units, document):
        headline = document.headline
        key = title_key(headline.text) if headline is not None else ""
        if not key:
            return
        first_line = self._line(document, headline)
        for block in units:
            if block.block is headline or title_key(block.text) != key:
                continue
            finding = self._whole(
                document,
                block.block,
                ("",),
                headline=_shown(headline.text),
                where=f"again (first on line {first_line})",
                line=first_line,
            )
            if finding:
                yield finding

    def draft_facts(self, document: Document) -> dict | None:
        headline = document.headline
        key = title_key(headline.text) if headline is not None else ""
        if not key or (PLACEHOLDER in headline.text and not self.covers_hidden):
            return None
        span = headline.source_span(0, len(headline.text))
        return {
            "key": key,
            "span": [span.start, span.end],
            "text": headline.text,
            "line": self._line(document, headline),
        }

    def check_drafts(self, drafts: Sequence[tuple[str, dict]]) -> Iterator[tuple[int, Finding]]:
        groups: dict[str, list[int]] = {}
        for index, (_, facts) in enumerate(drafts):
            groups.setdefault(facts["key"], []).append(index)
        for group in groups.values():
            paths = list(dict.fromkeys(drafts[i][0] for i in group))
            if len(paths) < 2:
                continue
            done = set()
            for index in group:
                path, facts = drafts[index]
                if path in done:
                    continue
                done.add(path)
                others = [p for p in paths if p != path]
                where = f"in {_count(len(paths))} drafts: {_join(_named([path, *others]))}"
                text = facts["text"]
                message = self.message_for(text, headline=_shown(text), where=where, line=facts["line"])
                yield index, Finding(Span(*facts["span"]), message)

    def _near_duplicate(self, units, document):
        headline = document.headline
        if headline is None:
            return
        o = self.options
        key = title_key(headline.text)
        words = key.split()
        if len(words) < max(1, o.min_words):
            return
        first_line = self._line(document, headline)
        for block in units:
            if block.block is headline:
                continue
            other = title_key(block.text)
            other_words = other.split()
            if other == key or not other_words or abs(len(other_words) - len(words)) > o.max_changed_words:
                continue
            longest = max(len(words), len(other_words))
            word_limit = min(o.max_changed_words, longest // 3)
            char_limit = min(o.max_distance, max(len(key), len(other)) // 7)
            near = (word_limit and edit_distance(words, other_words, word_limit) <= word_limit) or (
                char_limit and edit_distance(key, other, char_limit) <= char_limit
            )
            if not near:
                continue
            finding = self._whole(
                document,
                block.block,
                headline=_shown(headline.text),
                where=f"nearly again (the headline is on line {first_line})",
                line=first_line,
            )
            if finding:
                yield finding

    def _duplicate_subheading(self, units, document):
        headline = document.headline
        headline_key = title_key(headline.text) if headline is not None else ""
        seen: dict[str, Block] = {}
        for unit in units:
            block = unit.block
            if block.kind is not BlockKind.HEADING:
                continue
            key = title_key(block.text)
            if not key or key == headline_key:
                continue
            if key not in seen:
                seen[key] = block
                continue
            first_line = self._line(document, seen[key])
            finding = self._whole(document, block, where=f"again (first on line {first_line})", line=first_line)
            if finding:
                yield finding

    # ----------------------------------------------------------------------- form

    def _length(self, units, document):
        o = self.options
        for unit in units:
            block = unit.block
            if block.kind is not BlockKind.HEADLINE:
                continue
            chars = len(" ".join(block.text.split()))
            words = sum(1 for t in block.tokens if t.kind in _WORDLIKE)
            over, limits = [], []
            if chars > o.max_chars:
                over.append(f"{chars} characters")
                limits.append(f"{o.max_chars} characters")
            if words > o.max_words:
                over.append(f"{words} words")
                limits.append(f"{o.max_words} words")
            if not over:
                continue
            finding = self._whole(
                document, block, headline=_shown(block.text), length=" and ".join(over), limit=" and ".join(limits)
            )
            if finding:
                yield finding

    def _final_period(self, units, document):
        for unit in units:
            block = unit.block
            if block.kind not in (BlockKind.HEADLINE, BlockKind.HEADING):
                continue
            tokens = [t for t in block.tokens if not (t.kind is TokenKind.PUNCT and t.text in _CLOSERS)]
            if len(tokens) < 2:
                continue
            last, before = tokens[-1], tokens[-2]
            if last.kind is not TokenKind.PUNCT or last.text != ".":
                continue
            if (before.kind is TokenKind.PUNCT and before.text in ".…") or before.end != last.start:
                continue  # an ellipsis, or a stray dot after a space
            if before.kind is TokenKind.WORD and before.text.lower() in self.abbreviations:
                continue
            finding = self.finding(
                document,
                block,
                last.start,
                last.end,
                ("",),
                heading="headline" if block.kind is BlockKind.HEADLINE else "subheading",
            )
            if finding:
                yield finding


# --------------------------------------------------------------------------- capitals


@dataclass
class _Word:
    """One part of a heading's word (a hyphenated word has several)."""

    text: str
    start: int  # offset in the block's text
    part: int  # 0 for the first part of a hyphenated word
    first: bool  # the heading's first word
    last: bool  # the heading's last word (its last part)
    opens_phrase: bool  # first word after a colon, a dash...
    quoted: bool
    prefix: str | None  # the part before, in a hyphenated word
    end: int  # where the whole word ends in the block's text

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
        letters = [c for c in self.text if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return True
        return any(c.isupper() for c in self.text[1:]) or self.text in ("I", "I’m", "I'm", "I’ll", "I'll", "I’d")


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def _lower(word: str) -> str:
    return word[:1].lower() + word[1:]


class _Capitals:
    """The capitalization check of one draft's headings."""

    def __init__(self, rule: Headline, units, document: Document) -> None:
        self.rule = rule
        self.document = document
        self.blocks = [
            u.block
            for u in units
            if u.block.kind is BlockKind.HEADLINE
            or (u.block.kind is BlockKind.HEADING and (document.traits.headings_marked or not u.block.text.islower()))
        ]
        self.style = rule.options.style
        self._names: frozenset[str] | None = None

    # What the draft's body says about names.
    def _body_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """Words the draft's body writes capitalised inside a sentence, and
        the words it writes in lower case (memoised on the document)."""
        key = ("headline-body-words",)
        cached = self.document.cache.get(key)
        if cached is None:
            capitalised, lower = set(), set()
            for block in self.document.blocks:
                if block.kind in (BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.FRONT_MATTER):
                    continue
                for sentence in block.sentences:
                    words = [t for t in sentence.tokens if t.kind is TokenKind.WORD]
                    for n, token in enumerate(words):
                        for part in token.text.split("-"):
                            if part[:1].isupper():
                                if n:
                                    capitalised.add(_bare(part))
                            elif part[:1].islower():
                                lower.add(_bare(part))
            cached = self.document.cache[key] = (frozenset(capitalised), frozenset(lower))
        return cached

    @property
    def names(self) -> frozenset[str]:
        """Words the draft's body writes capitalised inside a sentence."""
        if self._names is None:
            self._names = self._body_words()[0]
        return self._names

    def lower_name(self, word: _Word) -> bool:
        """A name written in lower case ("editlint"): no dictionary word,
        and the body writes it in lower case too."""
        from ..spelling.lexicon import lexicon

        bare = _bare(word.text)
        return bare in self._body_words()[1] and not lexicon().flags(bare) and not lexicon().flags(bare.capitalize())

    def maybe_name(self, word: _Word) -> bool:
        """Whether a capitalised word may be a name (so sentence case keeps it)."""
        from ..spelling.lexicon import lexicon

        bare = _bare(word.text)
        if bare in self.names or bare.upper() in self.names or word.text in self.rule.keep or bare in self.rule.keep:
            return True
        words = lexicon()
        # Listed with its capital ("Reading", "Bush"), or no common word ("Kataib").
        return bool(words.flags(bare)) or not words.flags(bare.lower())

    def words(self, block: Block) -> list[_Word]:
        tokens = block.tokens
        # The last word may be a number: "in" is not last in "Rise in 2023".
        word_tokens = [i for i, t in enumerate(tokens) if t.kind in _WORDLIKE]
        last_word = word_tokens[-1] if word_tokens else -1
        result = []
        opens = True
        quoted = False
        seen_word = False
        for i, token in enumerate(tokens):
            if token.kind is TokenKind.PUNCT:
                if token.text == '"':
                    quoted = not quoted
                elif token.text in _OPENING_QUOTES:
                    quoted = True
                elif token.text in _CLOSING_QUOTES:
                    quoted = False
                elif token.text in _PHRASE_BREAKS:
                    opens = True
                continue
            if token.kind is not TokenKind.WORD:
                seen_word, opens = True, False  # a number, an acronym, code: the heading has begun
                continue
            result.extend(self._parts(token, i == last_word, not seen_word, opens and seen_word, quoted))
            seen_word, opens = True, False
        return result

    @staticmethod
    def _parts(token: Token, last: bool, first: bool, opens: bool, quoted: bool) -> list[_Word]:
        parts = token.text.split("-")
        result = []
        offset = token.start
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
                        token.end,
                    )
                )
            offset += len(part) + 1
        return result

    def skipped(self, word: _Word) -> bool:
        text = word.text
        return (
            word.quoted
            or not text[:1].isalpha()
            or word.fixed_case
            or text in self.rule.keep
            or _bare(text) in self.rule.keep
        )

    # Which style a heading is in.
    def leaning(self, words: list[_Word]) -> str | None:
        title, sentence = self.evidence(words)
        if title > sentence:
            return "title"
        if sentence > title:
            return "sentence"
        return None

    def evidence(self, words: list[_Word]) -> tuple[int, int]:
        """How many words show title case, and how many sentence case
        (words that both styles write alike show nothing)."""
        title = sentence = 0
        for word in words:
            if word.part or word.first or word.opens_phrase or self.skipped(word):
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
        headings = [(block, self.words(block)) for block in self.blocks]
        style, basis = self.style, "the house style"
        if style == "majority":
            leanings = [self.leaning(words) for _, words in headings]
            titles, sentences = leanings.count("title"), leanings.count("sentence")
            if titles > sentences:
                style = "title"
            elif sentences > titles:
                style = "sentence"
            else:
                style = None
            basis = "as most headings of this draft are" if len(headings) > 1 else "as most of this headline is"
        if style is None:
            basis = "a heading starts with a capital"
        for block, words in headings:
            yield from self.report(block, self.changes(block, words, style), style, basis)

    def changes(self, block: Block, words: list[_Word], style: str | None) -> list[tuple[_Word, str]]:
        result = []
        names = self.name_phrases(block, words) if style == "sentence" else frozenset()
        for word in words:
            if self.skipped(word):
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

    @staticmethod
    def title(word: _Word, style: str) -> str | None:
        minor = {"title": _CHICAGO_MINOR, "title-ap": _AP_MINOR, "title-chicago": _CHICAGO_MINOR}[style]
        # Capitals required of minor words only where both styles agree.
        lowered = _NEVER_ADVERBS & (_CHICAGO_MINOR if style == "title-chicago" else _AP_MINOR)
        lower = word.lower
        if word.part and word.prefix in _PREFIXES and not word.capitalised:
            return None  # "Anti-aircraft", "Co-founder"
        if word.last or word.opens_phrase:
            return None if word.capitalised else _capitalise(word.text)
        if word.capitalised:
            if word.part == 0 and lower in lowered:
                return lower
            return None
        if lower in minor or lower in _ALWAYS_LOWER:
            return None
        if word.part == 0 and lower in NAME_PARTICLES:
            return None
        return _capitalise(word.text)

    def name_phrases(self, block: Block, words: list[_Word]) -> frozenset[int]:
        """Starts of the words that sentence case keeps as parts of names:
        the word after a particle ("bin Laden") and, unless the heading is
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
        title, sentence = self.evidence(words)
        if title - sentence >= 2:
            # Plainly title case: its capitals say nothing about names.
            return frozenset(kept)
        text = block.text
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

    def report(self, block: Block, changes, style: str | None, basis: str) -> Iterator[Finding]:
        if not changes:
            return
        labels = {
            "title": "title case",
            "title-ap": "AP title case",
            "title-chicago": "Chicago title case",
            "sentence": "sentence case",
            None: "every style",
        }
        rule = self.rule
        fields = {"style": labels[style], "basis": basis}
        if rule.options.rewrite_from and len(changes) >= rule.options.rewrite_from:
            text = block.text
            for word, wanted in sorted(changes, key=lambda c: -c[0].start):
                text = text[: word.start] + wanted + text[word.start + len(word.text) :]
            finding = rule.finding(
                self.document, block, 0, len(block.text), (text,), word=_shown(block.text), expected=text, **fields
            )
            if finding:
                yield finding
            return
        for word, wanted in changes:
            finding = rule.finding(
                self.document, block, word.start, word.start + len(word.text), (wanted,), word=word.text,
                expected=wanted, **fields,
            )  # fmt: skip
            if finding:
                yield finding


# --------------------------------------------------------------------------- helpers


def _bare(word: str) -> str:
    """A word without a possessive ending ("Israel’s" -> "Israel")."""
    for ending in ("’s", "'s", "’", "'"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def title_key(text: str) -> str:
    """How titles are compared: lower-case words, punctuation and spacing
    left out ("U.S. Forces" and "us forces" give the same key)."""
    words = _WORDS.findall(_INNER.sub("", text.casefold()))
    # Code or a URL stands as one word; a title of nothing else has no key.
    return " ".join(words) if any(w != PLACEHOLDER for w in words) else ""


def edit_distance(a: Sequence, b: Sequence, limit: int) -> int:
    """Levenshtein distance of two strings or word lists; any distance over
    ``limit`` is given as ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def _shown(text: str) -> str:
    return " ".join(text.split())


def _count(n: int) -> str:
    return "two" if n == 2 else "three" if n == 3 else str(n)


#: The most drafts a message across drafts names: every draft of a group
#: naming every other made the output grow with the square of the group (an
#: archive of 5,000 drafts sharing a placeholder headline wrote 600 MB).
MAX_NAMED_DRAFTS = 5


def _named(paths: list[str]) -> list[str]:
    """The first MAX_NAMED_DRAFTS paths, then how many more."""
    if len(paths) <= MAX_NAMED_DRAFTS:
        return paths
    return [*paths[: MAX_NAMED_DRAFTS - 1], f"{len(paths) - MAX_NAMED_DRAFTS + 1} others"]


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
