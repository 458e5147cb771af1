"""What the dictionaries say about one word, for one language and vocabulary.

:class:`Speller` answers, for a word out of context:

- its status: "ok", "variant" (another dialect's spelling, or a spelling
  the draft's dialect accepts only as a variant when its main spelling is
  another: "grey" in en-US), "name" (a hyphenated word with a capitalised
  part no dictionary knows: "al-Askari") or "unknown";
- the words one small slip away (:meth:`Speller.near_misses`): the evidence
  that an unknown word is a typo of a common word rather than a word the
  dictionaries lack;
- suggestions, and the draft's dialect's spelling of a variant.

A word the dictionaries lack is still accepted when editors would: a
hyphenated word whose parts are words ("tit-for-tat", "sci-fi", "co-
ordinator"), a prefix and a word ("reoffending", "geostrategy"), two
common words run together ("hotspot", "wheatbelt", "gameplay"), a
ligature or accent left out or added ("anærobic", "złotys"). None of these
counts when the word is one small slip from a common word: "untill" is no
"un" + "till".
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ..analysis.distance import fold, slip_distance
from ..analysis.memo import remember
from ..analysis.wordlists import FUNCTION_WORDS, NAME_PARTICLES
from ..analysis.words import without_possessive
from ..userregex import BoundedPattern
from .dialects import copy_case, equivalent
from .lexicon import (
    ANY_DIALECT,
    COMMON_TIERS,
    DIALECTS,
    MAIN_SHIFT,
    NOSUGGEST,
    WEAK_SHIFT,
    Lexicon,
    common_words,
    lexicon,
    main_dialects,
    tier,
    weak_dialects,
)
from .nearindex import Extra, near_index
from .suggest import suggest

#: Prefixes written with or without a hyphen that dictionaries do not list
#: with every word ("reoffending", "geo-political", "cyber-bullying").
PREFIXES = frozenset(
    """agri agro anti auto bi bio co counter cross cyber de dis eco electro ex extra geo hyper inter intra macro
    mega micro mid mini mis multi neo neuro non out over photo post pre pro pseudo quasi re retro self semi socio
    sub super techno tele trans tri ultra un under vice video""".split()
)
#: The weighted distance of a small slip (a left-out letter, a neighbouring
#: key, two letters swapped, a doubled letter, one vowel for another).
SMALL_SLIP = 0.9
#: The commonest tier a verb's forms may have for a noun made from it to
#: be taken as a word (SCOWL size 40-50: "prepping", "taping").
VERB_NOUN_TIER = 3
#: ... and of a slip that still makes a typo likely (an extra letter, any
#: other letter for one).
SLIP = 1.0
#: The tiers (SCOWL up to size 50) of words whose near misses are typos.
COMMON_TIER = 3
#: Words a speller remembers the status of: more than the distinct words
#: of a news archive's run (60,000 in 5,000 drafts), and about 15 MB; a
#: draft of random letters, all new words, once filled 500,000 (60 MB).
MEMO_LIMIT = 100_000
_ORDER = ("ok", "variant", "name", "unknown")


class Near:
    """A dictionary word one slip from a word: its spelling, the weighted
    distance, and its commonness tier."""

    __slots__ = ("spelling", "distance", "tier")

    def __init__(self, spelling: str, distance: float, tier: int) -> None:
        self.spelling = spelling
        self.distance = distance
        self.tier = tier

    def __repr__(self) -> str:
        return f"Near({self.spelling!r}, {self.distance}, {self.tier})"


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
        self._table: frozenset[str] | None = None
        self._extra: Extra | None = None
        # News repeats its words: each is looked up once per run.
        self._word_status: dict[str, str] = {}
        self._near: dict[str, tuple[Near, ...]] = {}
        #: The spelling analysis's phrase slips by pair of words
        #: (editlint.spelling.check._phrase_slip), kept with the speller
        #: they depend on; emptied at MEMO_LIMIT.
        self.phrase_slips: dict[tuple[str, str], str | None] = {}
        #: By a word token's text, the spelling analysis's reading of it (the
        #: text as checked, its status, whether it is capitalised; None for
        #: a word no speller reads: editlint.spelling.check._Analyser._reading).
        self.readings: dict[str, tuple[str, str, bool] | None] = {}
        #: tier_of's and commonest_tier's answers, -1 for None.
        self._tiers: dict[str, int] = {}
        self._commonest: dict[str, int] = {}

    # ------------------------------------------------------------------ status

    def accepted(self, word: str) -> bool:
        return (
            word in self.exact
            or word.casefold() in self.folded
            or word.casefold() in self.vocabulary_folded
            or (self.pattern is not None and self.pattern.fullmatch(word) is not None)
        )

    def status(self, word: str) -> str:
        """ "ok", "variant" (another dialect's spelling) or "unknown"."""
        # The dictionaries first: most words are theirs, and then whether
        # the config accepts them too does not matter.
        flags = self.lexicon.lookup(word)
        mask = self.mask
        # weak_dialects(flags) & mask and main_dialects(flags) & ~mask, written
        # out: each distinct word of a run meets this line.
        if flags & mask and not ((flags >> WEAK_SHIFT) & mask and (flags >> MAIN_SHIFT) & ANY_DIALECT & ~mask):
            return "ok"
        if self.accepted(word):
            return "ok"
        if flags & self.mask:
            # Accepted only as a variant_2 spelling, and another dialect's
            # main one: "grey" in en-US, "color" in en-AU.
            return "variant"
        return "variant" if flags & ANY_DIALECT else "unknown"

    def tier_of(self, form: str) -> int | None:
        """The commonness tier of ``form`` as written (case-sensitive), or
        None when no dictionary has it. Remembered, misses too: the names a
        draft's analysis asks about (each name's partners, each name's tier)
        come back draft after draft, and the lexicon remembers no miss."""
        found = self._tiers.get(form)
        if found is None:
            flags = self.lexicon.flags(form)
            found = remember(self._tiers, form, tier(flags) if flags else -1, MEMO_LIMIT)
        return None if found < 0 else found

    def commonest_tier(self, word: str) -> int | None:
        """The commonness tier of a word, the commoner of its forms ("Kelly" a
        name of tier 3, "kelly" a word of tier 5), or None when no
        dictionary has it (remembered as tier_of's answers are)."""
        found = self._commonest.get(word)
        if found is None:
            tiers = (self.tier_of(word), self.tier_of(word[:1].lower() + word[1:]))
            least = min((found for found in tiers if found is not None), default=-1)
            found = remember(self._commonest, word, least, MEMO_LIMIT)
        return None if found < 0 else found

    def known(self, word: str) -> bool:
        """Whether some dictionary of any dialect has the word."""
        return self.status(word) != "unknown"

    def word_status(self, word: str) -> str:
        """Status of a whole word token: "ok", "variant", "name" (a capitalised
        unknown part of a compound) or "unknown"."""
        found = self._word_status.get(word)
        if found is None:
            found = remember(self._word_status, word, self._word_status_of(word), MEMO_LIMIT)
        return found

    def _word_status_of(self, word: str) -> str:
        word = word.replace("’", "'")
        status = self.status(word)
        if status != "unknown":
            return status
        base = without_possessive(word)
        folded = fold(base)
        for form in dict.fromkeys((base, folded)):
            if form != word:
                status = self.status(form)
                if status != "unknown":
                    return status
        if "-" not in folded:
            return "ok" if folded.islower() and (self.compound(folded) or self.verb_noun(folded)) else "unknown"
        if self.status(folded.replace("-", "")) == "ok":
            return "ok"  # co-ordinator, e-mail, wi-fi
        worst = "ok"
        parts = folded.split("-")
        for i, part in enumerate(parts):
            # Parts of one or two letters say nothing on their own (sci-fi,
            # wi-fi, K-pop, year-olds after a number).
            if len(part) <= 2 or self.accepted(part) or part.lower() in NAME_PARTICLES:
                continue
            if i < len(parts) - 1 and part.lower() in PREFIXES:
                continue
            part_status = self.status(part)
            if part_status == "unknown" and part.islower() and self.compound(part):
                part_status = "ok"
            if part_status == "unknown" and part[:1].isupper():
                part_status = "name"  # al-Askari, Kataib-led
            if _ORDER.index(part_status) > _ORDER.index(worst):
                worst = part_status
        return worst

    def compound(self, word: str) -> bool:
        """A prefix and a word ("reoffending"), or two common words run
        together ("wheatbelt"), and no small slip from a common word."""
        common = self.is_common
        prefixed = any(
            word.startswith(prefix)
            and len(word) - len(prefix) >= 4
            and self.lexicon.lookup(word[len(prefix) :]) & ANY_DIALECT
            for prefix in PREFIXES
        )
        joined = not prefixed and any(
            common(word[:i]) and common(word[i:]) and self._compound_part(word[:i]) and self._compound_part(word[i:])
            for i in range(3, len(word) - 2)
        )
        if not (prefixed or joined):
            return False
        # Not when a common word is a slip away: "untill" is no "un" + "till";
        # and two words run together are seldom a word a letter from a very
        # common one ("searson" is no "sear" + "son").
        return not any(
            (n.distance <= SMALL_SLIP and n.tier <= COMMON_TIER) or (joined and n.distance <= SLIP and n.tier <= 2)
            for n in self.near_misses(word)
        )

    def verb_noun(self, word: str) -> bool:
        """A noun made from a verb the dictionary has in its "-ing" and "-ed"
        forms: one who does it ("prepper": "prepping", "prepped"; "zoomer")
        or the plural of its "-ing" ("tapings"). Both forms must be words,
        so a slip is seldom taken: "writter" has no "writting", "stoper" no
        "stoping"."""
        if word.endswith("ings"):
            root = word[:-4]
        elif word.endswith(("er", "ers")):
            root = word[: -3 if word.endswith("s") else -2]
        else:
            return False
        # Forms common enough that the verb is no rare word a slip lands on
        # ("winer" is no "wining" + "er").
        return len(root) >= 3 and all(self._common_form(form) for form in (root + "ing", root + "ed"))

    def _common_form(self, form: str) -> bool:
        flags = self.lexicon.flags(form)
        return bool(flags) and self.status(form) == "ok" and tier(flags) <= VERB_NOUN_TIER

    def _compound_part(self, part: str) -> bool:
        """A common lower-case word (no abbreviation or name in lower case:
        "bsa", "sen") that may stand in a closed compound."""
        flags = self.lexicon.flags(part)
        return (
            bool(flags & ANY_DIALECT) and tier(flags) <= 4 and part not in FUNCTION_WORDS
            and any(c in "aeiouy" for c in part)
        )  # fmt: skip

    # ------------------------------------------------------------------ near misses

    def common_set(self) -> frozenset[str]:
        """Every common word (tiers below COMMON_TIERS) in lower case, and the
        newsroom's accepted words."""
        if self._table is None:
            extra = self.extra_words().words
            # The shipped set as it is when nothing is to add: a union of
            # 130,000 words would cost a cold start tens of milliseconds.
            self._table = common_words() | extra if extra else common_words()
        return self._table

    def extra_words(self) -> Extra:
        """The accepted words (in lower case) that are no common words: the
        near-word index holds the common words, these are keyed here."""
        if self._extra is None:
            index = near_index()
            self._extra = Extra(word for word in self._accepted_spelling if not index.holds(word))
        return self._extra

    def is_common(self, word: str) -> bool:
        """``word in self.common_set()``, without making the set."""
        return near_index().holds(word) or word in self.extra_words().words

    def near_misses(self, word: str) -> tuple[Near, ...]:
        """The common words (and accepted words) one slip from ``word``, in
        any capitals, nearest and commonest first (memoised)."""
        found = self._near.get(word)
        if found is None:
            found = remember(self._near, word, self._near_misses_of(word), MEMO_LIMIT)
        return found

    def near_misses_where(self, word: str, keep: Callable[[str], bool]) -> tuple[Near, ...]:
        """``tuple(n for n in self.near_misses(word) if keep(n.spelling))``,
        without working out how far and how common a candidate ``keep``
        rejects (the costly part of the search) unless the search is
        remembered already. ``keep`` must be a pure function of the spelling."""
        found = self._near.get(word)
        if found is not None:
            return tuple(n for n in found if keep(n.spelling))
        return self._near_misses_of(word, keep)

    def _near_misses_of(self, word: str, keep: Callable[[str], bool] | None = None) -> tuple[Near, ...]:
        lower = word.lower()
        found = []
        # The common words one edit away, found by the index (editlint.spelling.nearindex).
        for candidate in near_index().near(lower, self.extra_words()):
            spelt = self.spelling_of(candidate)
            if not spelt or (keep is not None and not keep(spelt)):
                continue
            flags = [self.lexicon.flags(form) for form in (candidate, candidate[:1].upper() + candidate[1:])]
            level = min((tier(f) for f in flags if f), default=COMMON_TIERS)
            found.append(Near(spelt, round(slip_distance(lower, candidate), 6), level))
        found.sort(key=lambda n: (n.distance, n.tier, n.spelling))
        return tuple(n for n in found if n.distance <= SLIP)

    # ------------------------------------------------------------------ suggestions

    def _suggestible(self, flags: int) -> bool:
        return bool(flags & ANY_DIALECT) and not flags & NOSUGGEST

    def spelling_of(self, candidate: str) -> str | None:
        """The dictionary's spelling of a lower-case candidate in the draft's
        dialect: itself, a name ("israel" gives "Israel"), or the dialect's
        form of another dialect's word ("hospitalised" gives
        "hospitalized" in en-US); None when it is no suggestible word."""
        for form in (candidate, candidate[:1].upper() + candidate[1:]):
            flags = self.lexicon.flags(form)
            if self._suggestible(flags):
                if flags & self.mask:
                    return form
                return self.dialect_spelling(form)[0]
        return self._accepted_spelling.get(candidate)

    def suggestions(self, word: str, in_draft: frozenset[str], limit: int = 5, deep: bool = True) -> list[str]:
        def tier_of(candidate: str) -> int:
            flags = self.lexicon.flags(candidate)
            # An accepted word the dictionaries lack counts as middling.
            return tier(flags) if flags else 3

        def near(lower: str) -> set[str]:
            return near_index().near(lower, self.extra_words())

        return suggest(word, self.spelling_of, self.common_set, tier_of, in_draft, limit, deep, near)

    def dialect_spelling(self, word: str) -> tuple[str | None, str]:
        """The draft's dialect's main spelling of another dialect's word, and
        the dialect the word belongs to."""
        flags = self.lexicon.lookup(word)
        if not flags and "-" in word:
            flags = next((self.lexicon.lookup(p) for p in word.split("-") if self.status(p) == "variant"), 0)
        main = main_dialects(flags) or flags & ANY_DIALECT
        dialect = next(
            (name for name in ("en-GB", "en-AU", "en-CA", "en-US") if name != self.language and main & DIALECTS[name]),
            "another dialect",
        )

        def is_main(candidate: str) -> bool:
            found = self.lexicon.lookup(candidate)
            return bool(found & self.mask) and not weak_dialects(found) & self.mask

        if "-" in word:
            # A hyphenated word: each part that is another dialect's spelling
            # converted ("labor-intensive" gives "labour-intensive").
            parts = word.split("-")
            converted = [
                (self.dialect_spelling(part)[0] or part) if self.status(part) == "variant" else part for part in parts
            ]
            spelling = "-".join(converted)
            return (spelling if converted != parts else None), dialect
        spelling = equivalent(word.lower(), is_main)
        return (copy_case(spelling, word) if spelling else None), dialect
