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

check: capitalization is the capitalization kind's check (match: majority,
title or sentence; see editlint.kinds.capitalization and editlint.casestyle)
under this kind's option names, with capitals on minor words that cannot be
a verb's particle lowered ("Vows To Expel"). In title case the first and
last words and the first word after a colon, dash, question or exclamation
mark are capitalised; so is every part of a hyphenated compound except
minor words and the word after a prefix such as anti- or co-. In plain text
a subheading with no capital at all is taken for a stray line (a byline
such as "administrator"), not a heading, and is not checked.

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
from itertools import islice
from typing import Literal

from ..analysis.analyses import analyses
from ..analysis.distance import edit_distance
from ..casestyle import CaseStyle, case_findings
from ..diagnostic import Finding
from ..document import PLACEHOLDER, Block, BlockKind, Document, TokenKind
from ..rule import Scope
from ..span import Span
from ..userregex import compiled_once
from .base import KindRule, OptionError

# Words that end with their own full stop.
_ABBREVIATIONS = frozenset(
    """inc ltd co corp plc llc jr sr st dr mr mrs ms mt ft gov sen rep gen lt col capt sgt prof
    ave rd blvd no nos dept est etc jan feb mar apr aug sept sep oct nov dec vol approx""".split()
)
_CLOSERS = "\"'”’)]»"
_WORDLIKE = frozenset({TokenKind.WORD, TokenKind.NUMBER, TokenKind.ACRONYM})
_WORDS = compiled_once(rf"[\p{{L}}\p{{M}}\p{{N}}]+|{PLACEHOLDER}")
# Dots and apostrophes inside a word ("U.S.", "Israel's") join it.
_INNER = compiled_once(r"(?<=[\p{L}\p{N}])[.'’](?=[\p{L}\p{N}])")

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
        # The capitalization check is the capitalization kind's, under the
        # option names this kind always had.
        keep = frozenset(o.exceptions) | frozenset(w for w in o.vocabulary if w != w.lower())
        self.case = CaseStyle(o.style, keep, rewrite_from=o.rewrite_from, headings_only=True)
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
            yield from case_findings(self, self.case, units, document)
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
        words = key.split()
        for block in units:
            # A paragraph's words are compared with the headline's one by
            # one, up to the first that differs (most differ at once): the
            # keys are equal when the words are.
            if block.block is headline or not _same_words(_folded_text(document, block.text), words):
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
            # A block of more words than the headline's and the words that
            # may change is never near: its words are read only that far.
            other_words = _key_words(_folded_text(document, block.text), len(words) + o.max_changed_words + 1)
            other = " ".join(other_words)
            if other == key or not other_words or abs(len(other_words) - len(words)) > o.max_changed_words:
                continue
            longest = max(len(words), len(other_words))
            word_limit = min(o.max_changed_words, longest // 3)
            char_limit = min(o.max_distance, max(len(key), len(other)) // 7)
            # Swapped neighbours count as two edits here, as they always
            # have: two words swapped in a headline are two changed words.
            near = (word_limit and edit_distance(words, other_words, word_limit, swaps=False) <= word_limit) or (
                char_limit and edit_distance(key, other, char_limit, swaps=False) <= char_limit
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


# --------------------------------------------------------------------------- helpers


def title_key(text: str) -> str:
    """How titles are compared: lower-case words, punctuation and spacing
    left out ("U.S. Forces" and "us forces" give the same key)."""
    words = _WORDS.findall(_title_text(text))
    # Code or a URL stands as one word; a title of nothing else has no key.
    return " ".join(words) if any(w != PLACEHOLDER for w in words) else ""


def _title_text(text: str) -> str:
    """The text whose words make its title key: case folded, the dots and
    apostrophes inside a word taken out ("U.S." gives "us")."""
    return _INNER.sub("", text.casefold())


class _TitleTexts(dict):
    """A draft's texts as title keys read them (see _title_text), by text:
    the duplicate and near-duplicate checks read every paragraph."""


def _folded_text(document: Document, text: str) -> str:
    memo = analyses(document).memo(_TitleTexts)
    found = memo.get(text)
    if found is None:
        found = memo[text] = _title_text(text)
    return found


def _key_words(folded: str, most: int) -> list[str]:
    """The first ``most`` words of the title key of the text ``folded``
    reads (see _title_text; all of them when it has fewer), read no
    further: a paragraph's words after those never count when it has too
    many to be a headline's near repeat."""
    words = [m.group() for m in islice(_WORDS.finditer(folded), most)]
    return words if any(w != PLACEHOLDER for w in words) or len(words) == most else []


def _same_words(folded: str, words: list[str]) -> bool:
    """Whether the title key of the text ``folded`` reads (see _title_text)
    is ``" ".join(words)`` (``words``: a key's words, not all placeholders),
    read up to the first word that differs. Words hold no space, so the
    keys are equal when the words are."""
    found = _WORDS.finditer(folded)
    for word in words:
        m = next(found, None)
        if m is None or m.group() != word:
            return False
    return next(found, None) is None


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
