"""Which words of a draft are misspelt, which are another dialect's spelling,
and which are names spelt two ways.

One analysis per draft serves the spelling rules. Every word token is
looked up (:class:`~editlint.spelling.speller.Speller`); tokens that are
not words (numbers, times, URLs, handles, hashtags, initialisms such as "US"
or "AEDT", words with inner capitals such as "iPhone", anything with a
digit, domains such as "napster.no") are never checked. What the
dictionaries lack is then weighed with the evidence of the draft, as an
editor weighs it:

- a typo (``typo``, an error) is an unknown word one small slip from a
  common word ("collasped", "recieve"), or from a word the draft uses
  ("facton" where the draft says "faction"); a capitalised word one slip
  from a common name or capitalised word ("Wednsday", "Pentagn", "Whtie
  House") is one too, unless the draft uses it as a name, or where the
  draft's evidence says so (editlint.spelling.slips: "Unitde States");
- an unknown word with no such neighbour, or one the draft uses three
  times or more ("sevengill" x12, "moai"), is a word the dictionaries lack
  (``unknown``, reported only by the opt-in rule spelling.unknown-word);
- a word is no typo inside a WordNet phrase ("joie de vivre", "quo
  warranto"), as a species name after its genus ("Spheniscus
  magellanicus"), as a name particle between names ("Arnel dela Vega"), or
  as a fragment completed in editorial brackets ("[e]xtremely");
- a capitalised word that no dictionary knows is a name; names are then
  compared with each other (:mod:`editlint.spelling.names`).
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass, field

import regex

from ..analysis.distance import derived, one_slip_apart
from ..analysis.memo import remember
from ..analysis.wordlists import FUNCTION_WORDS, NAME_PARTICLES
from ..analysis.words import (
    JOINED,
    NEXT_CAPITALISED,
    NEXT_SPEECH_VERB,
    PARTICLE_NAME,
    CapitalisedWords,
    Uses,
    is_checked,
    is_checked_word,
    without_possessive,
)  # fmt: skip
from ..document import Token
from .lexicon import dictionary_names, is_phrase, may_end_phrase, tier, unheard_of
from .names import TITLES, NameUse, name_variants
from .problems import WordProblem
from .prose import NotProse, not_prose
from .slips import in_list_of_names, name_partners, phrase_target, rare_slips, swapped, title_slip, vowel_for_vowel
from .speller import COMMON_TIER, MEMO_LIMIT, SLIP, SMALL_SLIP, Near, Speller

__all__ = ["Analysis", "Speller", "WordProblem", "analyse", "is_checked", "speller"]

#: A draft full of unknown words (a foreign-language quote, a table of
#: codes) must not take long: the most words of one draft that get
#: suggestions, and of those the first that may be searched two slips deep
#: (the slow search, about 0.1 s a word). Counts, not seconds, so that a
#: draft's report is the same however busy the machine is.
MAX_SUGGESTED_WORDS = 400
MAX_DEEP_SEARCHES = 40
#: An unknown word used this often in a draft is used on purpose, unless it
#: is a small slip from one of the commonest words ("goverment" three times).
CONSISTENT_USES = 3
#: Endings of the second word of a Latin species name ("Spheniscus magellanicus").
_EPITHET = regex.compile(r"(?:us|um|a|ae|is|i|as)$")
_TEXT = operator.attrgetter("text")
_UNREAD = object()


@functools.lru_cache(maxsize=32)
def speller(language: str, accept: tuple[str, ...], vocabulary: tuple[str, ...] = ()) -> Speller:
    """One speller per language and vocabulary, shared by the spelling rules
    of a run (so they share one analysis of each draft)."""
    return Speller(language, accept, vocabulary)


# ---------------------------------------------------------------------- the analysis


@dataclass
class Analysis:
    problems: list[WordProblem] = field(default_factory=list)
    #: Set when the draft is not prose (see editlint.spelling.prose): then
    #: there are no problems.
    not_prose: NotProse | None = None


def analyse(uses: Uses, capitals: CapitalisedWords, speller: Speller, max_suggestions: int = 5) -> Analysis:
    """Every spelling problem of a draft, from its words (see
    editlint.analysis.analyses for the one analysis per draft and speller)."""
    return _Analyser(uses, capitals, speller, max_suggestions).run()


_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i")
#: Letters from which a word is long: a name is seldom one slip from a long
#: common word by chance.
LONG_WORD = 9


def _phrase_slip(speller: Speller, lower: str, following: str) -> str | None:
    """The word one small slip from ``lower`` that makes a WordNet phrase
    with ``following``, capitalised, where ``lower`` makes none (see
    _Analyser._misspelt_phrase). A function of the two words and the
    speller alone, so the speller keeps it: the same pairs ("Prime
    Minister", "White House") come back draft after draft and at each
    recheck."""
    if speller.tier_of(lower) is None or is_phrase(f"{lower} {following}"):
        return None  # a name ("Iran"), or a phrase as written
    if not may_end_phrase(following, lower[0]):
        return None  # no word like it makes a phrase before it ("Untied Officials")

    def makes_phrase(spelling: str) -> bool:
        other = spelling.lower()
        return other != lower and other[0] == lower[0] and is_phrase(f"{other} {following}")

    # Most capitalised words have no near miss that makes a phrase with
    # the next word: the phrase is looked up first, so that only the
    # rare one that does is weighed (a tenth of a run on unique news).
    for n in speller.near_misses_where(lower, makes_phrase):
        if n.distance <= SMALL_SLIP:
            other = n.spelling.lower()
            return other[0].upper() + other[1:]
    return None


class _Analyser:
    def __init__(self, uses: Uses, capitals: CapitalisedWords, speller: Speller, max_suggestions: int) -> None:
        self.uses = uses
        self.capitals = capitals
        self.speller = speller
        self.max_suggestions = max_suggestions
        self.in_draft = self.uses.in_draft
        self.suggestions_cache: dict[str, tuple[str, ...]] = {}
        #: By word index, the word the draft's evidence asks for (a phrase, a
        #: title, a list: see _capitalised): the first suggestion.
        self.meant: dict[int, str] = {}

    def run(self) -> Analysis:
        uses, speller = self.uses, self.speller
        statuses, to_read = self._words_to_read()
        analysis = Analysis(not_prose=not_prose(uses, statuses))
        if analysis.not_prose is not None:
            return analysis
        names: list[NameUse] = []
        flags = uses.flags
        for i, text, status, capitalised in to_read:
            if flags[i] & JOINED:
                continue
            token = uses.tokens[i]
            if status == "ok" or (status == "variant" and capitalised):
                # A name keeps its own spelling: Department of Defense, Labor Party.
                if capitalised:
                    names.append(self._name_use(i, text))
                    phrase = self._misspelt_phrase(i, text) if status == "ok" else None
                    if phrase:
                        analysis.problems.append(
                            WordProblem(uses.block(i), token, "likely-typo", text, (phrase,), phrase)
                        )
                continue
            if status == "variant":
                if tier(speller.lexicon.lookup(text)) >= 6 and self._in_phrase(i):
                    continue  # "per se" (en-AU has no "se"); not "defense minister"
                spelling, dialect = speller.dialect_spelling(text)
                if spelling:  # a variant with no spelling of the draft's dialect is left alone
                    analysis.problems.append(WordProblem(uses.block(i), token, "variant", text, (spelling,), dialect))
                continue
            kind = self._unknown_word(i, text, status)
            if kind == "name":
                names.append(self._name_use(i, text))
            elif kind:
                analysis.problems.append(
                    WordProblem(
                        uses.block(i),
                        token,
                        kind,
                        text,
                        suggest=functools.partial(self._typo_suggestions, token, text, self.meant.get(i)),
                    )
                )
        # A rare word or name used once, a letter from a common name the
        # draft uses ("Kenedy" beside "Kennedy"), is compared as unknown
        # names are.
        slips = rare_slips(names, speller.commonest_tier)
        known = lambda name: speller.word_status(name) in ("ok", "variant") and name not in slips  # noqa: E731
        reported = {id(p.token) for p in analysis.problems}
        for variant in name_variants(names, known, self._common):
            i = variant.use.item
            if id(uses.tokens[i]) in reported:
                continue  # one finding a word: "Untied Nations" is a likely typo already
            suffix = uses.tokens[i].text[len(variant.use.name) :]
            analysis.problems.append(
                WordProblem(
                    uses.block(i),
                    uses.tokens[i],
                    variant.kind,
                    variant.use.name,
                    (variant.other + suffix,),
                    variant.other,
                )
            )
        analysis.problems.sort(key=lambda p: (p.token.span.start, p.kind))
        return analysis

    def _words_to_read(self) -> tuple[list[str | None], list[tuple[int, str, str, bool]]]:
        """Each word's status (None for a word no speller reads), for telling
        whether the draft is prose at all; and the words to read one by one:
        their index, text as checked (a straight apostrophe), status, and
        whether they are capitalised. A lower-case word the dictionaries
        know, most of a draft's words, needs no reading: what a word needs
        depends on its text alone, worked out once per text."""
        texts = list(map(_TEXT, self.uses.tokens))  # uses holds word tokens alone
        # Kept with the speller: news repeats its words from draft to draft.
        readings = self.speller.readings
        status_of: dict[str, str] = {}
        looked_at: dict[str, tuple[str, str, bool]] = {}
        for text in dict.fromkeys(texts):
            reading = readings.get(text, _UNREAD)
            if reading is _UNREAD:
                reading = remember(readings, text, self._reading(text), MEMO_LIMIT)
            if reading is None:
                continue
            status_of[text] = reading[1]
            if reading[1] != "ok" or reading[2]:
                looked_at[text] = reading
        to_read = [(i, *looked_at[text]) for i, text in enumerate(texts) if text in looked_at]
        return [status_of.get(text) for text in texts], to_read

    def _reading(self, text: str) -> tuple[str, str, bool] | None:
        """A word token's text as checked (a straight apostrophe), its status
        and whether it is capitalised; None for a word no speller reads."""
        if not is_checked_word(text):
            return None
        plain = text.replace("’", "'")
        # A name written with its particle ("al-Askari") is a name too.
        capitalised = plain[:1].isupper() or ("-" in plain and PARTICLE_NAME.match(plain) is not None)
        return plain, self.speller.word_status(plain), capitalised

    def _name_use(self, i: int, text: str) -> NameUse:
        partners = [p for p in self.uses.partners(i) if p.lower() not in TITLES and not self._common(p)]
        foreign = any(self.speller.word_status(p.replace("’", "'")) == "unknown" for p in partners)
        return NameUse(without_possessive(text), frozenset(partners), foreign, self.uses.position(i), i)

    def _common(self, word: str) -> bool:
        """A capitalised common word ("National", "Party", "President"): no
        part of a person's name."""
        found = self.speller.tier_of(word.lower())
        return found is not None and found <= COMMON_TIER

    # ------------------------------------------------------------------ unknown words

    def _unknown_word(self, i: int, text: str, status: str) -> str | None:
        """What an unknown word is: "typo" (a small slip from a common word, or
        from one the draft uses), "likely-typo" (a larger slip, or a
        capitalised word one slip from a dictionary's capitalised word),
        "unknown" (no evidence of a slip),
        "name", or None (not to be reported)."""
        uses = self.uses
        base = without_possessive(text)
        if (
            self._in_phrase(i)
            or self._species_name(i, base)
            or self._name_particle(i, base)
            or self._dropped_g(i, base)
        ):
            return None
        capitalised = base[:1].isupper()
        if status == "name" or (capitalised and uses.position(i) == "inner"):
            return self._capitalised(i, base)
        if capitalised and self._looks_like_name(i, base):
            return self._capitalised(i, base)
        return self._lower_case(base)

    def _lower_case(self, word: str) -> str:
        """A word checked as a word (not a name): a typo when it is a small
        slip from a common word ("collasped", "recieve") or one slip from a
        word the draft uses; a likely typo when it is another slip (an extra
        letter, an unrelated one) from a common word: on real news half of
        those are words the dictionaries lack ("prepper")."""
        part = self._unknown_part(word)
        near = self.speller.near_misses(part)
        uses_it = self.uses.counts[word.lower()]
        if len(part) <= 3:
            # Short unknown words are mostly abbreviations and fragments; only
            # swapped letters of the commonest words are slips ("teh", "adn").
            near = tuple(n for n in near if n.tier == 0 and sorted(n.spelling.lower()) == sorted(part.lower()))
        for n in near:
            case_only = n.spelling.lower() == part.lower()
            if n.spelling[:1].isupper() and not case_only:
                continue  # a name is no evidence against a lower-case word ("asylee" is no "Ashlee")
            if case_only:
                if uses_it == 1:
                    return "likely-typo"  # "molotov": a name in lower case
                continue
            if n.spelling.lower() in self.in_draft and n.distance <= SLIP:
                return "typo"  # the draft spells it right elsewhere
            if n.tier <= COMMON_TIER and (uses_it < CONSISTENT_USES or (n.tier == 0 and n.distance <= SMALL_SLIP)):
                return "typo" if n.distance <= SMALL_SLIP else "likely-typo"
        return "unknown"

    def _unknown_part(self, word: str) -> str:
        """The part of a hyphenated word that no dictionary knows (the word
        itself when it has no hyphen)."""
        if "-" not in word:
            return word
        for part in word.split("-"):
            if (
                part
                and len(part) > 2
                and self.speller.status(part) == "unknown"
                and not self.speller.compound(part.lower())
            ):
                return part
        return word

    def _capitalised(self, i: int, word: str) -> str:
        """A capitalised word no dictionary knows: a name, unless it is one
        slip from a dictionary's capitalised word (a place, a day, a month,
        an institution: "Wednsday", "Pentagn", "Whtie House") and the draft
        does not use it as a name: more than once, beside another name
        ("Mike Pompeo", not "Pompey"; "Lian Chia Liang", not "China"), after
        a name particle or an initial, or with a particle ("al-Harbi")."""
        uses, speller = self.uses, self.speller
        part = self._unknown_part(word)
        if not part[:1].isupper() or speller.accepted(part) or not part.isascii():
            return "name"  # accents mark a foreign name: "Charité"
        if part == word:
            # The words beside it ask for a word one slip away: a phrase
            # ("Unitde States", "Secretary of Stte"), a title before a name
            # ("Profbessor Carl Lipo", "Lieutenanft Governor").
            lower = word.lower()
            near = [n.spelling for n in speller.near_misses(word) if n.spelling.lower() != lower]
            near = [s for s in near if s[0].lower() == lower[0]]
            if meant := phrase_target(uses, i, near) or title_slip(uses, i, near):
                self.meant[i] = meant
                return "typo" if meant in self.capitals.words else "likely-typo"
        # Letters no word or name has in a row are a slip of the keyboard
        # ("Pzland", "Moscnw"), whatever names stand beside them.
        odd = unheard_of(part)
        listed = part == word and in_list_of_names(uses, i, dictionary_names())
        target = self._name_target(part, odd, listed)
        if target is None:
            return "name"
        # Two letters of a common name swapped ("Jontahan", "Germayn") make
        # no name of their own, whoever stands beside them.
        odd = odd or (target.spelling.lower() in dictionary_names() and swapped(part.lower(), target.spelling.lower()))
        partners = self._partners(i)
        if part != word and "-" in word:
            return "name"  # "al-Harbi"
        if not odd and any(self._foreign(p) for p in partners):
            return "name"  # "Iraj Harirchi" is no misspelt "Iran"
        previous = partners[0] if partners and i and uses.tokens[i - 1].text == partners[0] else ""
        if not odd and previous and self._first_name(previous):
            if target.spelling not in self.capitals.words:
                return "name"  # "Mike Pompeo", "Joe Schriner": a surname after a first name
        if not listed and (partners or target.tier >= 3) and vowel_for_vowel(part.lower(), target.spelling.lower()):
            return "name"  # "Tulsi", "Kellar", "Charlamagne": names differ in a vowel
        previous = uses.word(i - 1)
        if previous in NAME_PARTICLES or previous.endswith(".") or uses.word(i + 1) in NAME_PARTICLES:
            return "name"  # "bin Sarea", "P. Chia", "Osama bin Laden"
        if uses.counts[word.lower()] > 1:
            return "name"  # used as a name: "Salling Group" seven times
        if listed:
            self.meant[i] = target.spelling  # a place among places: "Spain", not "Spay"
        if target.spelling in self.capitals.words:
            return "typo"  # "Wednsday" where the draft says "Wednesday"
        return "likely-typo"

    def _name_target(self, word: str, odd: bool = False, listed: bool = False) -> Near | None:
        """The dictionary's capitalised word one slip from ``word`` (SCOWL's
        upper-case words up to size 60: places, days, months, institutions),
        or a common word of five letters or more that the draft uses ("Secretary"
        where the draft says "secretary"), with the same first letter (a slip seldom hits it: "Kamen"
        is no misspelt "Amen"), of which ``word`` is no derived form
        ("Turpins"). A word with letters no word has in a row (``odd``:
        "Pzland", "Egpt", "Bvses") is a slip from any such word, and from
        any common word; one in a list of the dictionary's names (``listed``:
        "Spai, Greece, France") from any such name."""
        names = dictionary_names()
        lower = word.lower()
        if len(lower) < (4 if odd or listed else 5):
            return None  # names of four letters are one slip from too many words
        lexicon = self.speller.lexicon
        for n in self.speller.near_misses(word):
            target = n.spelling.lower()
            if target == lower or len(target) < 5 or (lower.startswith(target) and derived(lower, target)):
                continue
            if (
                len(lower) < 7
                and n.distance > SMALL_SLIP
                and not odd
                and not (target in names and (n.tier <= 2 or listed))
            ):
                # A short name is a letter from some word by chance ("Mazza",
                # "Coron"), unless that word is one of the commonest names
                # ("Jsapan", "Sowuth").
                continue
            if not (target[0] == lower[0] or target[:2] == lower[1::-1]) or (
                listed and len(lower) < 5 and target not in names
            ):
                continue
            if target in names:
                return Near(names[target], n.distance, n.tier)
            # A common word: a long and very common one ("Govermnent"), or one
            # the draft uses. Names are one small slip from some common
            # word too often ("Noosa", "Vimeo").
            flags = lexicon.flags(target)
            if odd and flags and tier(flags) <= COMMON_TIER:  # "Bvses", "Travmel"
                return Near(target[0].upper() + target[1:], n.distance, tier(flags))
            if not flags or len(target) < 5 or (len(target) < LONG_WORD and target.endswith(("ing", "ed"))):
                # Verb forms are seldom capitalised: "Dongting" is no
                # "donating"; but a name is seldom a slip from a long one
                # ("Asosciated Press"; 2 of SCOWL's 19,000 longer names are).
                continue
            long_and_common = (
                tier(flags) <= 1 and (len(target) >= 8 or (len(target) >= 6 and n.distance <= SMALL_SLIP))
            ) or (tier(flags) <= COMMON_TIER and len(target) > LONG_WORD)  # "Atsrophysics", "Leislative"
            if long_and_common or (tier(flags) <= 2 and n.distance <= SMALL_SLIP and target in self.in_draft):
                return Near(target[0].upper() + target[1:], n.distance, tier(flags))
        return None

    def _partners(self, i: int) -> list[str]:
        """The other words of the name word ``i`` stands in (see
        editlint.spelling.slips.name_partners)."""
        return name_partners(self.uses, i, lambda text: text.lower() in TITLES or self._common(text))

    def _foreign(self, word: str) -> bool:
        """A word no dictionary knows, nor any rule accepts, or a hyphenated
        one with such a part: a part of a foreign name ("Harirchi",
        "France-Presse")."""
        return self.speller.word_status(without_possessive(word.replace("’", "'"))) in ("unknown", "name")

    def _first_name(self, word: str) -> bool:
        """A capitalised word that is no common word in lower case nor a
        nationality ("Mike", "Joe", "Jason"; not "New", "Prime", "European"):
        before a name, a first name."""
        word = without_possessive(word.replace("’", "'"))
        if not word[:1].isupper() or not word[1:].islower() or word.lower() in FUNCTION_WORDS:
            return False
        if word.lower() in dictionary_names() and word.endswith(_DEMONYM_ENDINGS):
            return False  # "European Prliament"
        flags = self.speller.lexicon.flags(word.lower())
        return not flags or tier(flags) > 2

    def _looks_like_name(self, i: int, word: str) -> bool:
        """A capitalised unknown word at the start of a sentence or in a
        heading: a name when the draft uses it inside a sentence, a
        capitalised word or a speech verb follows it, it is close to a name
        the draft uses, or no common word is a small slip away."""
        uses = self.uses
        flags = uses.flags[i]
        if word in self.capitals.words or flags & (NEXT_CAPITALISED | NEXT_SPEECH_VERB):
            return True
        if any(one_slip_apart(word, name) for name in self.capitals.by_initial.get(word[:1], ())):
            return True  # a name variant, reported as such
        return not any(
            n.spelling.islower() and n.distance <= SMALL_SLIP and n.tier <= COMMON_TIER
            for n in self.speller.near_misses(self._unknown_part(word))
        )

    def _misspelt_phrase(self, i: int, word: str) -> str | None:
        """The right word for a common word that, capitalised before another
        capitalised word, makes no name where a word one small slip from it
        makes one WordNet has ("Untied Nations" for "United Nations"), or
        None."""
        uses = self.uses
        if i + 1 >= len(uses.tokens) or uses.position(i) != "inner" or not uses.tokens[i + 1].text[:1].isupper():
            return None
        pair = (word.lower(), uses.word(i + 1))
        remembered = self.speller.phrase_slips
        if pair in remembered:
            return remembered[pair]
        return remember(remembered, pair, _phrase_slip(self.speller, *pair), MEMO_LIMIT)

    def _in_phrase(self, i: int) -> bool:
        """Whether word ``i`` stands in a WordNet phrase ("per se", "joie de
        vivre", "Loya Jirga"; a hyphenated one as a phrase: "in-vitro")."""
        uses = self.uses
        word = uses.word(i)
        if "-" in word and is_phrase(word.replace("-", " ")):
            return True
        # The runs of 2 to 4 words around it within its block, shortest first.
        first, end = uses.block_range(i)
        words = {k: uses.word(k) for k in range(max(first, i - 3), min(end, i + 4))}
        for size in (2, 3, 4):
            for start in range(max(first, i - size + 1), min(i, end - size) + 1):
                if is_phrase(" ".join([words[k] for k in range(start, start + size)])):
                    return True
        return False

    def _species_name(self, i: int, word: str) -> bool:
        """The second word of a species name: a Latin ending after a genus (a
        capitalised word that is no common word, or its initial:
        "Spheniscus magellanicus", "P. damicornis")."""
        uses = self.uses
        if not word.islower() or not _EPITHET.search(word) or i == 0:
            return False
        if uses.block(i - 1) is not uses.block(i):
            return False
        genus = uses.tokens[i - 1]
        text = genus.text
        if len(text) == 1 and text.isupper():
            return uses.block(i).text[genus.end : genus.end + 1] == "."  # "P. damicornis"
        if not (text[:1].isupper() and text[1:].islower()) or self._common(text):
            return False
        flags = self.speller.lexicon.flags(text)
        return self._foreign(text) or tier(flags) >= 5

    def _dropped_g(self, i: int, word: str) -> bool:
        """A word with its "g" dropped and an apostrophe for it ("Truckin'",
        "nothin'")."""
        if not word.endswith("in") or i + 1 > len(self.uses.tokens):
            return False
        token = self.uses.tokens[i]
        block = self.uses.block(i)
        after = block.text[token.end : token.end + 1]
        return after in ("'", "’") and self.speller.word_status(word + "g") == "ok"

    def _name_particle(self, i: int, word: str) -> bool:
        """A short lower-case word between two capitalised words ("Arnel dela
        Vega", "Quai des Orfèvres"), unless it is two letters of a common
        word swapped ("Minister fo Health")."""
        uses = self.uses
        if not word.islower() or len(word) > 4 or i == 0 or i + 1 >= len(uses.tokens):
            return False
        before, after = uses.tokens[i - 1].text, uses.tokens[i + 1].text
        if not (before[:1].isupper() and after[:1].isupper()):
            return False
        if word in NAME_PARTICLES:
            return True
        return not any(sorted(n.spelling) == sorted(word) and n.tier == 0 for n in self.speller.near_misses(word))

    # ------------------------------------------------------------------ suggestions

    def _suggestions_for(self, word: str) -> tuple[str, ...]:
        if word not in self.suggestions_cache:
            if len(self.suggestions_cache) >= MAX_SUGGESTED_WORDS or self.max_suggestions == 0:
                return ()
            # The first words asked about may also be searched two slips deep
            # (only a word with no candidate one slip away ever is).
            deep = len(self.suggestions_cache) < MAX_DEEP_SEARCHES
            self.suggestions_cache[word] = tuple(
                self.speller.suggestions(word, self.in_draft, self.max_suggestions, deep)
            )
        return self.suggestions_cache[word]

    def _typo_suggestions(self, token: Token, text: str, meant: str | None = None) -> tuple[tuple[str, ...], bool]:
        base = without_possessive(text)
        # A possessive goes back on each suggestion, with the draft's apostrophe.
        suffix = token.text[len(base) :]
        found = self._compound_suggestions(base)
        if meant and self.max_suggestions:  # the word the draft's evidence asks for comes first
            found = (meant, *(s for s in found if s != meant))[: self.max_suggestions]
        suggestions = tuple(s + suffix for s in found)
        used = [s.lower() in self.in_draft for s in suggestions]
        confident = len(suggestions) == 1 or (len(used) > 1 and used[0] and not any(used[1:]))
        return suggestions, confident

    def _compound_suggestions(self, word: str) -> tuple[str, ...]:
        """Suggestions for a word; for a hyphenated one, for its first unknown
        part, put back in place ("tit-for-tatt" gives "tit-for-tat")."""
        if "-" not in word:
            return self._suggestions_for(word)
        part = self._unknown_part(word)
        if part == word:
            return ()
        parts = word.split("-")
        i = parts.index(part)
        return tuple("-".join([*parts[:i], s, *parts[i + 1 :]]) for s in self._suggestions_for(part))
