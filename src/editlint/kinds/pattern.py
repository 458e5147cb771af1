"""pattern: a run of tokens, each described by a matcher, with parts of speech.

In the spirit of LanguageTool's pattern rules. Tokens are words, numbers and
single punctuation marks (whitespace between them is ignored), each tagged
with its part of speech (Penn tags: NN, NNS, NNP, VB, VBZ, JJ...; see
editlint.grammar.tagger). The default scope is each sentence.

Options:
  tokens      the matchers, in order. A matcher is a word ("of"), a regex
              between slashes ("/could|should|would/"), or a mapping with:
                text        a word or a list of words
                regex       a regular expression for the whole token
                lemma       a lemma or a list ("be" matches is, was, been...)
                tag         the token's tag: a tag, a list, or a /regex/
                can         a tag (or list) the word can have in some context
                            ("leaves" can be NNS or VBZ)
                kind        word, number, punct, acronym, url...
                case        lower, upper, title or capitalized
                sound       vowel or consonant: how the word starts when
                            spoken ("hour" starts with a vowel, "union" not)
                start       true: the token opens the sentence (only
                            punctuation, such as a quote mark, before it)
                subject     the token is a verb whose subject (the head of
                            its noun phrase, see editlint.grammar.subjects)
                            is singular, plural, collective, name or person
                aside       true: a comma that closes an aside ("The move,
                            which was justified, follows"); false: not
                sole_verb   true: the sentence's only finite verb (VBZ,
                            VBD, VBP, MD) but for verbs of saying; false: not
                not         true: the token must NOT match the rest
                except      a matcher the token must not also match
                optional    true: the token may be absent
                skip        up to this many tokens may come before this one
                mark        true: part of the reported span (by default
                            the whole match is reported)
  exceptions  anti-patterns: lists of matchers; a match whose reported
              tokens an anti-pattern also covers is dropped ("police say"
              is fine, but not inside "the police say")
  suggest     replacements for the reported tokens. {0} is the reported
              text, {1}, {2}... the text each matcher matched, and {3:VBG}
              that word inflected ("worth {3:VBG}" gives "worth engaging")
  ignorecase  words, lemmas and regexes match regardless of case (default true)
  dialects    the languages the rule checks (en-US, en-GB, en-AU, en-CA);
              default all. The config's language: decides.

Wherever a matcher takes a list of words, ``$name`` stands for the rule
set's word list of that name (editlint.rulelists): ``{text: $modals}``.
  quotes      false: leave matches inside quotation marks (and block
              quotes) alone, as house style leaves what people said
              (default true)

Message fields: {match}, {suggestion}. Fixes are unsafe by default.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

import regex

from ..analysis.analyses import analyses
from ..analysis.memo import remember
from ..configvalues import LANGUAGES
from ..document import TokenKind
from ..grammar.lexicon import inflect
from ..grammar.matchers import Matcher, MatcherRun, build_matcher, check_tags, fixed_shift_tests, forms
from ..rule import Scope
from .base import KindRule, OptionError, in_quotation

_TEMPLATE = re.compile(r"\{(\d+)(?::([A-Z$]+))?\}")
_SPACES = regex.compile(r"(?<=\S) {2,}(?=\S)")


@dataclass(frozen=True)
class Options:
    tokens: tuple = ()
    exceptions: tuple = ()
    suggest: tuple[str, ...] = ()
    ignorecase: bool = True
    dialects: tuple[str, ...] = ()
    language: str = "en-US"
    quotes: bool = True


class _UnitView:
    """What every pattern rule needs of one unit, worked out once: the tags
    of its tokens, where its sentences start, and indexes of its tokens by
    lower-case text, by tag and (built on first use) by lemma, each as a
    bit mask of token positions (see _bit_index)."""

    __slots__ = ("tags", "starts", "words", "by_tag", "by_lemma", "subjects")

    def __init__(self, document, unit) -> None:
        tokens = unit.tokens
        self.tags = analyses(document).tags(unit)
        self.starts = _sentence_starts(unit)
        self.words = _bit_index([t.text.replace("’", "'").casefold() for t in tokens])
        self.by_tag = _bit_index(self.tags)
        self.by_lemma: dict[str, int] | None = None
        #: The subjects of its verbs, as the matchers find them (one search
        #: per verb, whichever rules ask).
        self.subjects: dict[int, tuple | None] = {}

    def lemmas(self, tokens) -> dict[str, int]:
        if self.by_lemma is None:
            self.by_lemma = _bit_index_of_pairs(
                ((lemma, i) for i, token in enumerate(tokens) for lemma in forms(token.text.replace("’", "'"))[0]),
                len(tokens),
            )
        return self.by_lemma


#: Up to this many positions, a bit index ORs each bit into its mask (small
#: integers); past it, it gathers the positions first (see _bit_index).
SHORT_INDEX = 256


def _bit_index(keys: list) -> dict:
    """The key at each position (see _bit_index_of_pairs)."""
    if len(keys) > SHORT_INDEX:
        return _bit_index_of_pairs(((key, n) for n, key in enumerate(keys)), len(keys))
    found: dict = {}
    get = found.get
    bit = 1
    for key in keys:
        found[key] = get(key, 0) | bit
        bit <<= 1
    return found


def _bit_index_of_pairs(pairs, size: int) -> dict:
    """``(key, position)`` pairs (positions ascending, below ``size``) as a
    mask per key: bit n set where the key is at position n. A dict of
    strings and integers is left alone by the garbage collector, where a
    list of positions per key, kept for every unit of a draft, had it walk
    every list again and again (a fifth of the pattern rules' time on news
    never met before); and a union or intersection of positions is one OR
    or AND."""
    if size <= SHORT_INDEX:
        found: dict = {}
        get = found.get
        for key, n in pairs:
            found[key] = get(key, 0) | 1 << n
        return found
    # A long unit: each OR above would copy an integer as long as the unit;
    # setting bits in a byte array is linear.
    gathered: dict = {}
    for key, n in pairs:
        gathered.setdefault(key, []).append(n)
    length = (size + 7) // 8
    masks = {}
    for key, positions in gathered.items():
        bits = bytearray(length)
        for n in positions:
            bits[n >> 3] |= 1 << (n & 7)
        masks[key] = int.from_bytes(bits, "little")
    return masks


def _positions(mask: int) -> list[int]:
    """The set bits of ``mask`` (not negative), lowest first."""
    if mask.bit_count() <= 16:
        # Most masks have a bit or two: take the lowest bit off, bit by bit.
        positions = []
        while mask:
            lowest = mask & -mask
            positions.append(lowest.bit_length() - 1)
            mask ^= lowest
        return positions
    return [n for n, digit in enumerate(reversed(bin(mask))) if digit == "1"]


class _UnitViews(dict):
    """A draft's views of its units, by the unit's identity (see _view)."""


#: The most views a draft keeps (see _view).
VIEW_LIMIT = 2_000


def _view(document, unit) -> _UnitView:
    # Units (blocks and their sentences) live as long as the document, so
    # their identity is a sound key. A view serves every pattern rule, but
    # takes 200 bytes a token: kept for every unit, a long draft whose
    # sentences are all new (no memo hit) held 180 MB of views for 5 MB of
    # text. Past VIEW_LIMIT units the oldest view goes; a longer draft's
    # views are built again for each rule, which costs time, not memory.
    views = analyses(document).memo(_UnitViews)
    view = views.get(id(unit))
    if view is None:
        if len(views) >= VIEW_LIMIT:
            del views[next(iter(views))]
        view = views[id(unit)] = _UnitView(document, unit)
    return view


class _UnitIndexes(dict):
    """A draft's indexes of its lists of units (see _unit_index), by the
    list's identity; each entry keeps its list, so the identity stays its own."""


class _UnitIndex:
    """Which units of a list hold each word (as a unit's view folds it) and
    each tag, as bit masks of unit positions (see _bit_index): a rule
    visits only the units that hold a word (or tag) of each matcher it
    cannot do without, not every unit (on news never met before, 9 in 10
    units of a rule lack one)."""

    __slots__ = ("units", "by_word", "by_tag", "word_unions", "tag_unions")

    def __init__(self, document, units) -> None:
        self.units = units
        views = [(n, _view(document, unit)) for n, unit in enumerate(units) if unit.tokens]
        self.by_word = _bit_index_of_pairs(((word, n) for n, view in views for word in view.words), len(units))
        self.by_tag = _bit_index_of_pairs(((tag, n) for n, view in views for tag in view.by_tag), len(units))
        #: The union of the masks of a set of words (or tags), by the set:
        #: rules share sets (a third of the 290 sets of the shipped rules
        #: are another rule's too; see _shared_set).
        self.word_unions: dict[frozenset, int] = {}
        self.tag_unions: dict[frozenset, int] = {}

    def candidates(self, required_words, required_tags) -> list[int]:
        """The positions, in order, of the units that hold a word of each set
        of ``required_words`` and a tag of each set of ``required_tags``."""
        found = -1  # every unit, until a set narrows it
        for masks, unions, sets in (
            (self.by_word, self.word_unions, required_words),
            (self.by_tag, self.tag_unions, required_tags),
        ):
            for required in sets:
                union = unions.get(required)
                if union is None:
                    union = unions[required] = _union(masks, required)
                found &= union
                if not found:
                    return []
        return list(range(len(self.units))) if found == -1 else _positions(found)


#: One of each set of words or tags the rules require (see _shared_set).
_SETS: dict[frozenset, frozenset] = {}


def _shared_set(keys: frozenset) -> frozenset:
    """The one set equal to ``keys`` that every rule holds: a dict keyed by
    sets then finds it by identity, not by comparing every member."""
    return _SETS.setdefault(keys, keys)


def _union(masks: dict, keys: frozenset) -> int:
    """The union of the masks of ``keys`` (those ``masks`` has)."""
    union = 0
    if len(keys) <= FEW_KEYS:
        # Most sets name a tag or a word or two: a lookup each.
        for key in keys:
            union |= masks.get(key, 0)
        return union
    # The keys and the dict meet in C (each key looked up in the dict),
    # not in a loop of lookups here.
    for key in masks.keys() & keys:
        union |= masks[key]
    return union


#: Up to this many keys, _union looks each up; past it, it intersects.
FEW_KEYS = 4


def _unit_index(document, units) -> _UnitIndex:
    indexes = analyses(document).memo(_UnitIndexes)
    found = indexes.get(id(units))
    if found is None:
        found = indexes[id(units)] = _UnitIndex(document, units)
    return found


def _sentence_starts(unit) -> frozenset[int]:
    """Indexes (into ``unit.tokens``) of each sentence's first token that is
    not punctuation: where a ``start`` matcher may match."""
    block = unit.block
    if unit is block:
        spans = [(s.first_token, s.last_token, 0) for s in block.sentences]
    else:
        spans = [(unit.first_token, unit.last_token, unit.first_token)]
    starts = set()
    for first, last, base in spans:
        for i in range(first, last):
            if block.tokens[i].kind is not TokenKind.PUNCT:
                starts.add(i - base)
                break
    return frozenset(starts)


#: Units whose matches a pattern rule keeps (see Pattern.check); the memo is
#: emptied when full.
MEMO_LIMIT = 10_000
#: The keys of the memos, one per unit text, shared by every pattern rule's
#: memo: each rule kept its own copy of the key and of the unit's text, 80 MB
#: in a worker process over an archive of sentences never met before.
#: Emptied when full (the memos keep what they hold).
_SHARED_KEYS: dict[tuple, tuple] = {}


#: Units a rule tries with its matchers as they are before it makes their
#: specialised tests (see Pattern._current_runs).
SPECIALISE_AFTER = 20


def _narrowed(found: int, tests, view: _UnitView) -> int:
    """``found`` (a mask of starts, -1 for all) less the starts where a
    token at start + shift lacks the keys of a test (see
    editlint.grammar.matchers.fixed_shift_tests)."""
    for shift, in_words, keys in tests:
        # Bit n + shift of the keys' mask, shifted down to bit n.
        found &= _union(view.words if in_words else view.by_tag, keys) >> shift
        if not found:
            return 0
    return found


class Pattern(KindRule):
    name = "pattern"
    Options = Options
    config_options = ("language",)
    default_scope: ClassVar[Scope] = Scope.parse(["text", "sentence"])

    def compile(self) -> None:
        o = self.options
        #: (unit text, block kind, sentence starts) -> the matches found there.
        self._memo: dict[tuple, tuple] = {}
        if not o.tokens:
            raise OptionError("tokens", f"a {self.name} rule needs a list of token matchers")
        for dialect in o.dialects:
            # The languages a rule may name, as the config spells them.
            if dialect not in LANGUAGES:
                raise OptionError("dialects", f"dialects are {', '.join(LANGUAGES)}, not {dialect!r}")
        #: Off for a draft in a dialect the rule does not name (British
        #: copy may say "the team are").
        self.active = not o.dialects or o.language in o.dialects
        self.matchers = [self._matcher(m, "tokens") for m in o.tokens]
        if all(m.optional for m in self.matchers):
            raise OptionError("tokens", f"a {self.name} needs at least one matcher that is not optional")
        # What a unit must hold for a match to be possible: a word (or a tag)
        # of each matcher that cannot be left out. Most units of most drafts
        # lack one, and are passed over without trying to match.
        self.required_words = [
            _shared_set(frozenset(w.casefold() for w in m.words))
            for m in self.matchers
            if m.words is not None and not m.optional and not m.negate
        ]
        self.required_tags = [
            _shared_set(m.tags) for m in self.matchers if m.tags is not None and not m.optional and not m.negate
        ]
        #: What the tokens from a match's start must hold, one list of
        #: tests for each way the optional matchers may take (see
        #: editlint.grammar.matchers.fixed_shift_tests).
        self._ways = fixed_shift_tests(self.matchers)
        marked = [i for i, m in enumerate(self.matchers) if m.mark]
        self.marked = marked or list(range(len(self.matchers)))
        self.exceptions = []
        for exception in o.exceptions:
            if not isinstance(exception, list) or not exception:
                raise OptionError("exceptions", "an exception is a list of token matchers")
            self.exceptions.append([self._matcher(m, "exceptions") for m in exception])
        #: The matchers and each exception ready to match (see MatcherRun and
        #: _current_runs), and the units the rule has tried.
        self._runs: tuple[MatcherRun, list[MatcherRun]] | None = None
        self._tried = 0
        for template in o.suggest:
            for number, inflection in _TEMPLATE.findall(template):
                if inflection:
                    check_tags("suggest", [inflection])
                if int(number) > len(self.matchers):
                    raise OptionError(
                        "suggest", f'suggest "{template}" uses {{{number}}}; use {{0}} to {{{len(self.matchers)}}}'
                    )
            leftover = _TEMPLATE.sub("", template)
            if "{" in leftover or "}" in leftover:
                raise OptionError("suggest", f'suggest "{template}": write {{N}} or {{N:TAG}}, like {{3:VBG}}')

    def _current_runs(self) -> tuple[MatcherRun, list[MatcherRun]]:
        """The rule's runs, with each matcher's Matcher.matches for the
        first SPECIALISE_AFTER units the rule tries, and its specialised
        test after: making the tests of every rule (about 7 ms) costs a
        one-draft run more than they save it."""
        self._tried += 1
        runs = self._runs
        if runs is None or (not runs[0].specialised and self._tried > SPECIALISE_AFTER):
            specialise = self._tried > SPECIALISE_AFTER
            runs = self._runs = (
                MatcherRun(self.matchers, specialise),
                [MatcherRun(exception, specialise) for exception in self.exceptions],
            )
        return runs

    def __getstate__(self) -> dict:
        # The runs' tests are functions made at run time, which pickle
        # cannot store: a rule copied to another process makes its own.
        return {**self.__dict__, "_runs": None}

    def _matcher(self, raw, key: str) -> Matcher:
        return build_matcher(raw, key, self.options.ignorecase, self.spec.lists)

    # ------------------------------------------------------------------ matching

    def _match(self, run: MatcherRun, tokens, view: _UnitView, start: int, taken: list) -> bool:
        """Match ``run`` from ``tokens[start]``; fills ``taken`` with token
        indexes (None: an optional matcher's token absent)."""
        if not run.in_a_row:
            return self._match_from(run.steps, tokens, view, start, 0, taken)
        # Each matcher takes the next token: no choice to go back on.
        end = start + len(run.steps)
        if end > len(tokens):
            return False
        tags, starts, found = view.tags, view.starts, view.subjects
        position = start
        for test, at_start, _, _ in run.steps:
            if at_start and position not in starts or not test(tokens, tags, position, found):
                return False
            position += 1
        taken.extend(range(start, end))
        return True

    def _match_from(self, steps, tokens, view: _UnitView, start: int, m: int, taken: list) -> bool:
        """Match ``steps[m:]`` (see MatcherRun) from ``tokens[start:]`` (the first
        of them may skip ahead), trying each way an optional or skipping
        matcher allows."""
        if m == len(steps):
            return True
        test, at_start, optional, skip = steps[m]
        tags = view.tags
        if m and skip:
            positions = range(start, min(len(tokens), start + skip + 1))
        else:
            positions = (start,) if start < len(tokens) else ()
        for position in positions:
            if at_start and position not in view.starts:
                continue
            if test(tokens, tags, position, view.subjects):
                taken.append(position)
                if self._match_from(steps, tokens, view, position + 1, m + 1, taken):
                    return True
                taken.pop()
        if optional:
            taken.append(None)
            if self._match_from(steps, tokens, view, start, m + 1, taken):
                return True
            taken.pop()
        return False

    def _excepted(self, exception_runs: list[MatcherRun], tokens, view: _UnitView, reported: set[int]) -> bool:
        # The view's sentence starts: an exception's "start: true" matcher
        # needs them as much as the rule's own matchers do.
        for exception in exception_runs:
            for start in range(len(tokens)):
                taken: list = []
                if self._match(exception, tokens, view, start, taken):
                    covered = {t for t in taken if t is not None}
                    if covered and min(covered) <= min(reported) and max(reported) <= max(covered):
                        return True
        return False

    def may_report(self, document) -> bool:
        return self.active

    def check(self, units, document):
        if not self.active:
            return
        if self.required_words or self.required_tags:
            # Most units lack a word this rule needs (on news never met
            # before, 9 in 10 of a pattern rule's units): the draft's index
            # of its units names those that hold one of each, and only those
            # are visited, with no memo entry made for the others.
            visited = [
                units[n] for n in _unit_index(document, units).candidates(self.required_words, self.required_tags)
            ]
        else:
            visited = [unit for unit in units if unit.tokens]
        views = analyses(document).memo(_UnitViews)
        for unit in visited:
            view = views.get(id(unit)) or _view(document, unit)
            tokens = unit.tokens
            starts = self._candidates(view, tokens)
            if not starts:
                # No token where a match could start (most units the index
                # names): nothing to find, and no memo entry made.
                continue
            # What a rule finds in a unit depends on nothing but the unit:
            # its text, whether it is a heading, and (for a whole block)
            # where its sentences start. A sentence met before (an archive
            # repeats them: updated stories, boilerplate) is not matched again.
            key = (unit.text, unit.block.kind, () if unit is not unit.block else _sentence_starts(unit))
            found = self._memo.get(key)
            if found is None:
                key = _SHARED_KEYS.get(key) or remember(_SHARED_KEYS, key, key, MEMO_LIMIT)
                matches = tuple(self._matches_in(unit, tokens, view, starts))
                found = remember(self._memo, key, matches or (), MEMO_LIMIT)
            for start, end, suggestions, texts in found:
                # The text each matcher matched: what a Vale message's %[n]s names.
                finding = self.finding(document, unit, start, end, suggestions, tokens=texts)
                if finding and (self.options.quotes or not in_quotation(document, finding.span)):
                    yield finding

    def _matches_in(
        self, unit, tokens, view: _UnitView, starts
    ) -> Iterator[tuple[int, int, tuple[str, ...], tuple[str, ...]]]:
        """(start, end, suggestions, the text each matcher matched) of each
        match in the unit's text, trying each of ``starts`` (see _candidates)."""
        base = unit.offset
        run, exception_runs = self._current_runs()
        next_free = 0
        for i in starts:
            if i < next_free:
                continue
            taken: list = []
            if not self._match(run, tokens, view, i, taken):
                continue
            reported = [taken[k] for k in self.marked if taken[k] is not None]
            if not reported or (self.exceptions and self._excepted(exception_runs, tokens, view, set(reported))):
                continue
            start, end = tokens[reported[0]].start - base, tokens[reported[-1]].end - base
            matched = unit.text[start:end]
            texts = [matched] + [tokens[t].text if t is not None else "" for t in taken]
            suggestions = []
            templates = self.options.suggest
            for template in templates:
                text = self._fill(template, texts)
                if text:
                    first_word = matched.split()[0] if matched.split() else ""
                    if len(first_word) > 1 and first_word.isupper() and matched.isupper():
                        text = text.upper()  # "COULD OF" -> "COULD HAVE"
                    elif matched[:1].isupper() and text[:1].islower():
                        text = text[0].upper() + text[1:]  # "A FBI" -> "An FBI"
                    suggestions.append(text)
            if templates and not suggestions:
                # No suggestion could be made (a word the inflection table
                # lacks, such as "I've" or the name "Ai"): the match is no
                # verb form the rule understands, and a message would read
                # 'takes "", not "Ai"'.
                continue
            yield start, end, tuple(dict.fromkeys(suggestions)), tuple(texts[1:])
            next_free = max(t for t in taken if t is not None) + 1

    def _candidates(self, view: _UnitView, tokens) -> list[int] | range:
        """Where a match can start: for a first matcher that names its words,
        lemmas or tags, only the tokens that have them (looked up in the
        unit's indexes), not every token; and of those, only the tokens
        followed by the words and tags the next matchers name (see
        fixed_shift_tests)."""
        first = self.matchers[0]
        if first.optional:
            return range(len(tokens))
        found = -1  # every token, until an index narrows it
        if first.lemmas is not None and not first.negate:
            found &= _union(view.lemmas(tokens), first.lemmas)
        ways = self._ways
        if len(ways) == 1:
            found = _narrowed(found, ways[0], view)
        else:
            found &= functools.reduce(operator.or_, (_narrowed(found, way, view) for way in ways))
        if not found:
            return ()
        return range(len(tokens)) if found == -1 else _positions(found)

    @staticmethod
    def _fill(template: str, texts: list[str]) -> str | None:
        """The template with each {N} or {N:TAG} filled in; None when a word
        cannot be inflected."""
        failed = False

        def replace(m: re.Match) -> str:
            nonlocal failed
            word = texts[int(m.group(1))]
            if not m.group(2):
                return word
            inflected = inflect(word, m.group(2))
            if inflected is None:
                failed = True
                return word
            return inflected

        filled = _TEMPLATE.sub(replace, template)
        # An absent optional token leaves a double space (or a leading one): close it up.
        return None if failed else _SPACES.sub(" ", filled).strip()
