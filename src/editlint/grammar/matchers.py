"""The token matchers of the pattern kind (editlint.kinds.pattern):
what a matcher may say about one token, how it is read from YAML, and how
it is tested against a token in its sentence."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..document import TokenKind
from ..kinds.base import OptionError, compile_pattern
from ..userregex import BoundedPattern
from . import asides, subjects
from .lexicon import entry
from .number import NUMBERS
from .sound import starts_with_vowel_sound
from .wordclasses import ATTRIBUTION_LEMMAS

MATCHER_KEYS = (
    "text", "regex", "lemma", "tag", "can", "kind", "case", "sound", "start", "subject", "aside", "sole_verb", "not",
    "except", "optional", "skip", "mark",
)  # fmt: skip
CASES = ("lower", "upper", "title", "capitalized")


@dataclass(frozen=True)
class Matcher:
    words: frozenset[str] | None = None
    pattern: BoundedPattern | None = None
    lemmas: frozenset[str] | None = None
    tags: frozenset[str] | None = None
    tag_pattern: BoundedPattern | None = None
    can: frozenset[str] | None = None
    kind: TokenKind | None = None
    case: str | None = None
    sound: str | None = None
    start: bool = False
    #: The numbers the subject of this verb may have (editlint.grammar.subjects).
    subject: frozenset[str] | None = None
    #: True: a comma that closes an aside; False: one that does not.
    aside: bool | None = None
    #: True: the sentence's only finite verb; False: a word of a sentence with another one.
    sole_verb: bool | None = None
    negate: bool = False
    #: The token is not matched when it matches any of these (``except``).
    unless: tuple[Matcher, ...] = ()
    optional: bool = False
    skip: int = 0
    mark: bool = False
    ignorecase: bool = True

    def matches(self, tokens, tags, i: int, subjects_found: dict | None = None) -> bool:
        """Whether the token at ``i`` matches. ``subjects_found``: the
        subjects of the unit's verbs found so far (token index -> what
        editlint.grammar.subjects.subject says), shared by every rule that
        asks for them in the unit. The plain way: a rule's first units are
        tried with it, the rest with the matcher's specialised test, which
        must answer as it does (see specialised)."""
        ok = self._matches(tokens, tags, i, subjects_found)
        if ok and self.unless and any(m._matches(tokens, tags, i, subjects_found) for m in self.unless):
            ok = False
        return ok != self.negate

    def _matches(self, tokens, tags, i: int, subjects_found: dict | None) -> bool:
        # The cheapest tests first (most tokens fail the tag test); each
        # test is a condition of its own, so their order decides nothing.
        if self.tags is not None and tags[i] not in self.tags:
            return False
        token = tokens[i]
        if self.kind is not None and token.kind is not self.kind:
            return False
        text = token.text.replace("’", "'")
        if self.words is not None and (text.casefold() if self.ignorecase else text) not in self.words:
            return False
        if self.pattern is not None and self.pattern.fullmatch(text) is None:
            return False
        if self.tag_pattern is not None and self.tag_pattern.fullmatch(tags[i]) is None:
            return False
        if self.case is not None and not has_case(text, self.case):
            return False
        if self.sound is not None:
            vowel = starts_with_vowel_sound(text)
            if vowel is None or vowel != (self.sound == "vowel"):
                return False
        if self.lemmas is not None or self.can is not None:
            lemmas, can = forms(text)
            if self.lemmas is not None and not lemmas & self.lemmas:
                return False
            if self.can is not None and not can & self.can:
                return False
        if self.aside is not None and asides.closes_aside(tokens, tags, i) != self.aside:
            return False
        if self.sole_verb is not None and _sole_verb(tokens, tags, i) != self.sole_verb:
            return False
        if self.subject is not None:
            found = _subject(tokens, tags, i, subjects_found)
            if found is None or found[1] not in self.subject:
                return False
        return True


#: The tags of a finite verb, for ``sole_verb``.
_FINITE = frozenset("VBZ VBD VBP MD".split())
#: The same with the base form the tagger may give a finite verb ("take/VB effect").
_FINITE_OR_BASE = _FINITE | {"VB"}


def _sole_verb(tokens, tags, i: int) -> bool:
    """Whether the token at ``i`` (a finite verb, or a base form the tagger
    may give one: "take/VB effect") is the only finite verb of its unit (the
    sentence), which ends with a full stop, but for verbs of saying and
    those of an aside: "The festival run through March, organisers said."
    and "The bridge, which carries 40,000 vehicles a day, need work" have no
    other, so "run" and "need" are no nouns of a compound ("the think tank
    warned"); a headline may have no verb ("Social media star sentenced")."""
    last = len(tokens) - 1
    while last > 0 and tokens[last].text in ('"', "”", "'", "’", ")"):
        last -= 1
    if tags[i] not in _FINITE_OR_BASE or tokens[last].text not in (".", "!", "?"):
        return False
    # An imperative has no finite verb ("Run make normally"): a base form is sole only beside none.
    verbs = _FINITE_OR_BASE if tags[i] == "VB" else _FINITE
    return not any(k != i and _main_verb(tokens, tags, k, verbs) for k in range(len(tags)))


#: Tags of the words of a speaker between a comma and a verb of saying: ", the company's spokesman said".
_SPEAKER = frozenset("DT NN NNS NNP NNPS JJ PRP POS CD".split())


def _main_verb(tokens, tags, k: int, verbs: frozenset[str]) -> bool:
    """Whether the token at ``k`` is a verb (one of ``verbs``) that may be
    the main verb of its sentence: not one of saying after a comma and its
    speaker (", police said"), of a relative clause (", which carries"), or
    a participle after a comma (", funded by the government,")."""
    if tags[k] not in verbs:
        return False
    lemmas, can = forms(tokens[k].text)
    if lemmas & ATTRIBUTION_LEMMAS:
        n = k - 1
        while n >= 0 and k - n <= 5 and tags[n] in _SPEAKER:
            n -= 1
        if n >= 0 and tokens[n].text in (",", '"', "”"):
            return False
    previous = tokens[k - 1].text.lower() if k > 0 else ""
    if previous in ("who", "which", "that") and tags[k - 1] in ("WDT", "WP"):
        return False
    return not (previous == "," and "VBN" in can)


# --------------------------------------------------------------------------- specialised tests

#: The lines of a specialised test (see specialised), in the order of
#: Matcher._matches (the cheapest tests first), each after the field it
#: reads: a matcher's test holds only the lines of the fields it sets.
_LINES: tuple[tuple[str, str], ...] = (
    ("tag_set", "if tags[i] not in tag_set: return failed"),
    ("token", "token = tokens[i]"),
    ("kind", "if token.kind is not kind: return failed"),
    ("text", "text = token.text.replace('’', \"'\")"),
    ("words", "if text.casefold() not in words: return failed"),
    ("words_as_written", "if text not in words: return failed"),
    ("pattern", "if pattern.fullmatch(text) is None: return failed"),
    ("tag_pattern", "if tag_pattern.fullmatch(tags[i]) is None: return failed"),
    ("case", "if not has_case(text, case): return failed"),
    ("sound", "vowel = starts_with_vowel_sound(text)"),
    ("sound", "if vowel is None or vowel != (sound == 'vowel'): return failed"),
    ("forms", "lemmas_of, can_of = forms(text)"),
    ("lemmas", "if not lemmas_of & lemmas: return failed"),
    ("can", "if not can_of & can: return failed"),
    ("aside", "if asides.closes_aside(tokens, tags, i) != aside: return failed"),
    ("sole_verb", "if _sole_verb(tokens, tags, i) != sole_verb: return failed"),
    ("subject", "subject_of = _subject(tokens, tags, i, found)"),
    ("subject", "if subject_of is None or subject_of[1] not in subject: return failed"),
)
_VALUES = (
    "tags", "kind", "words", "pattern", "tag_pattern", "case", "sound", "lemmas", "can", "aside", "sole_verb",
    "subject",
)  # fmt: skip


def specialised(matcher: Matcher) -> Callable[[Sequence, Sequence[str], int, dict | None], bool]:
    """A function answering as ``matcher.matches(tokens, tags, i, found)``,
    made for this matcher. The pattern rules test a matcher about 150,000
    times on 60,000 words of news, and Matcher.matches asks each of the
    twelve fields whether it is set, in two calls, where a matcher sets one
    to three. The function's source is made of the fixed lines above, no
    text of a rule (the matcher's values are the arguments of the function
    that makes it); what it calls (_subject, forms, asides...) is looked up
    in this module when called, as Matcher.matches does."""
    return _specialised(matcher, with_except=True)


def _specialised(matcher: Matcher, with_except: bool) -> Callable:
    # The tag set is named apart from the tags of the sentence.
    values = {"tag_set" if name == "tags" else name: getattr(matcher, name) for name in _VALUES}
    used = {name for name, value in values.items() if value is not None}
    if used & {"words", "pattern", "case", "sound", "lemmas", "can"}:
        used |= {"token", "text"}
    if "kind" in used:
        used.add("token")
    if used & {"lemmas", "can"}:
        used.add("forms")
    if "words" in used and not matcher.ignorecase:
        used = used - {"words"} | {"words_as_written"}
    lines = [line for field, line in _LINES if field in used]
    # A test that fails returns ``failed``: False, or True for a "not"
    # matcher. The except matchers are tested without their own "not" and
    # "except", as Matcher.matches tests them.
    values["failed"] = matcher.negate if with_except else False
    if with_except and matcher.unless:
        values["excepted"] = tuple(_specialised(m, with_except=False) for m in matcher.unless)
        lines += ["for test in excepted:", "    if test(tokens, tags, i, found): return failed"]
    lines.append("return not failed")
    # Matchers that set the same fields share one function making their
    # tests (31 for the 906 matchers of the shipped rules).
    shape = tuple(lines)
    make = _MAKERS.get(shape)
    if make is None:
        source = "".join(
            [f"def make({', '.join(values)}):\n", "    def test(tokens, tags, i, found):\n"]
            + [f"        {line}\n" for line in lines]
            + ["    return test\n"]
        )
        made: dict = {}
        exec(source, globals(), made)  # noqa: S102 - the fixed lines of _LINES, see specialised
        make = _MAKERS[shape] = made["make"]
    return make(**values)


#: The function making the tests of each shape of matcher (see _specialised).
_MAKERS: dict[tuple[str, ...], Callable] = {}


# --------------------------------------------------------------------------- runs of matchers

#: The most ways (see fixed_shift_tests) a rule's optional matchers may give.
MOST_WAYS = 8


def fixed_shift_tests(matchers: list[Matcher]) -> list[list[tuple[int, bool, frozenset]]]:
    """What the tokens from a match's start must hold: for each way the
    optional matchers may go (each present or absent), the (shift, in the
    words index or the tags index, keys) of every matcher with a fixed shift
    from the start that names its words or tags; a token at start + shift
    must have one of the keys. The shifts stop at a matcher that may skip
    tokens, or when the ways would pass MOST_WAYS. A "not" matcher names
    nothing here but takes its token. The words as a unit's view folds
    them; a way's word tests first (they pass over most starts soonest)."""
    ways: list[tuple[int, list]] = [(0, [])]  # (shift of the next matcher, tests)
    for n, matcher in enumerate(matchers):
        if n and matcher.skip or matcher.optional and 2 * len(ways) > MOST_WAYS:
            break
        tests = []
        if not matcher.negate and matcher.words is not None:
            tests.append((True, frozenset(w.casefold() for w in matcher.words)))
        if not matcher.negate and matcher.tags is not None:
            tests.append((False, matcher.tags))
        taken = [(shift + 1, found + [(shift, *test) for test in tests]) for shift, found in ways]
        ways = ways + taken if matcher.optional else taken
    return [sorted(found, key=lambda test: (not test[1], test[0])) for _, found in ways]


class MatcherRun:
    """A list of matchers (a pattern rule's tokens, or one of its
    exceptions) ready to match (editlint.kinds.pattern): for each, its test
    (specialised, or Matcher.matches), whether it must open a sentence,
    whether it is optional and how many tokens it may skip."""

    __slots__ = ("matchers", "steps", "in_a_row", "specialised")

    def __init__(self, matchers: list[Matcher], specialise: bool = True) -> None:
        self.matchers = matchers
        self.specialised = specialise
        self.steps = [(specialised(m) if specialise else m.matches, m.start, m.optional, m.skip) for m in matchers]
        #: No matcher optional and none skipping (the first one's skip is
        #: never read): each takes the next token, which most rules' do.
        self.in_a_row = not any(m.optional or (n and m.skip) for n, m in enumerate(matchers))


def _subject(tokens, tags, verb: int, found: dict | None) -> tuple[int, str] | None:
    """subjects.subject of the verb at ``verb``, from ``found`` (the unit's
    memo) when a rule asked before: four agreement rules ask of every verb."""
    if found is None:
        return subjects.subject(tokens, tags, verb)
    if verb not in found:
        found[verb] = subjects.subject(tokens, tags, verb)
    return found[verb]


@lru_cache(maxsize=65536)
def forms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of a word (the word itself among them) and every tag it
    can have. Both spellings count: "Did" at a sentence start is still a
    form of "do"."""
    found = [e for e in {entry(text), entry(text.lower())} if e is not None]
    lemmas = frozenset({text.lower()} | {lemma.lower() for e in found for lemma in e.lemmas})
    return lemmas, frozenset().union(*(e.tags for e in found))


def check_tags(key: str, tags) -> None:
    from ..errors import did_you_mean
    from .lexicon import TAGS

    for name in tags:
        if name not in TAGS:
            hint = did_you_mean(name, TAGS)
            raise OptionError(key, f'unknown tag "{name}"{hint} (tags are Penn Treebank tags: NN, VBZ...)')


def has_case(text: str, case: str) -> bool:
    if case == "lower":
        return text.islower()
    if case == "upper":
        return text.isupper()
    if case == "title":
        return text[:1].isupper() and text[1:] == text[1:].lower()
    return text[:1].isupper()


def expand(key: str, words: list[str], lists: Mapping[str, tuple[str, ...]]) -> list[str]:
    """``words`` with each ``$name`` replaced by the rule set's list of that
    name (editlint.rulelists)."""
    result = []
    for word in words:
        if len(word) > 1 and word.startswith("$"):
            found = lists.get(word[1:])
            if found is None:
                from ..errors import did_you_mean

                names = sorted(lists)
                raise OptionError(
                    key,
                    f'no word list named "{word[1:]}"{did_you_mean(word[1:], names)}'
                    f" (lists of this rule set: {', '.join(names) or 'none'})",
                )
            result.extend(found)
        else:
            result.append(word)
    return result


def build_matcher(raw, key: str, ignorecase: bool, lists: Mapping[str, tuple[str, ...]]) -> Matcher:
    """A matcher from its YAML form: a word, a /regex/, a $list or a mapping."""
    flags = regex.IGNORECASE if ignorecase else 0

    def fold(word: str) -> str:
        word = word.replace("’", "'")  # tokens are compared with straight apostrophes
        return word.casefold() if ignorecase else word

    if isinstance(raw, str):
        if len(raw) > 1 and raw.startswith("/") and raw.endswith("/"):
            return Matcher(pattern=compile_pattern(key, raw[1:-1], flags), ignorecase=ignorecase)
        return Matcher(words=frozenset(fold(w) for w in expand(key, [raw], lists)), ignorecase=ignorecase)
    if not isinstance(raw, dict):
        raise OptionError(key, f"a token matcher is a word, a /regex/ or a mapping, not {raw!r}")
    unknown = set(raw) - set(MATCHER_KEYS)
    if unknown:
        from ..errors import did_you_mean

        name = sorted(unknown)[0]
        raise OptionError(
            key, f'unknown matcher key "{name}"{did_you_mean(name, MATCHER_KEYS)} (use {", ".join(MATCHER_KEYS)})'
        )

    def words_of(field: str, check: Callable | None = None) -> frozenset[str] | None:
        value = raw.get(field)
        if value is None:
            return None
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise OptionError(key, f"a matcher's {field} is a word or a list of words")
        value = expand(key, value, lists)
        if check is not None:
            check(value)
            return frozenset(value)
        return frozenset(fold(w) for w in value)

    tags, tag_pattern = None, None
    if "tag" in raw:
        value = raw["tag"]
        if isinstance(value, str) and len(value) > 1 and value.startswith("/") and value.endswith("/"):
            tag_pattern = compile_pattern(key, value[1:-1])
        else:
            value = [value] if isinstance(value, str) else value
            if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
                raise OptionError(key, "a matcher's tag is a tag, a list of tags or a /regex/")
            check_tags(key, value)
            tags = frozenset(value)
    kind = raw.get("kind")
    if kind is not None:
        try:
            kind = TokenKind(kind)
        except ValueError:
            kinds = ", ".join(k.value for k in TokenKind)
            raise OptionError(key, f"unknown token kind {kind!r} (use {kinds})") from None
    case = raw.get("case")
    if case is not None and case not in CASES:
        raise OptionError(key, f"a matcher's case is one of {', '.join(CASES)}, not {case!r}")
    sound = raw.get("sound")
    if sound is not None and sound not in ("vowel", "consonant"):
        raise OptionError(key, f"a matcher's sound is vowel or consonant, not {sound!r}")
    for flag in ("not", "optional", "mark", "start", "aside", "sole_verb"):
        if not isinstance(raw.get(flag, False), bool):
            raise OptionError(key, f"a matcher's {flag} must be true or false")
    skip = raw.get("skip", 0)
    if isinstance(skip, bool) or not isinstance(skip, int) or skip < 0:
        raise OptionError(key, "a matcher's skip is a whole number of tokens (0 or more)")

    def check_numbers(value: list[str]) -> None:
        for number in value:
            if number not in NUMBERS:
                raise OptionError(key, f"a matcher's subject is one of {', '.join(NUMBERS)}, not {number!r}")

    # A list of matchers excepts a token that matches any one of them: the
    # keys of one mapping must all hold ("can: [NNS]" and "text: [own]" is
    # a plural noun spelt "own", which no token is).
    excepted = raw.get("except", [])
    unless = tuple(
        build_matcher(each, key, ignorecase, lists) for each in (excepted if isinstance(excepted, list) else [excepted])
    )
    pattern = compile_pattern(key, raw["regex"], flags) if "regex" in raw else None
    lemmas = words_of("lemma")
    return Matcher(
        words=words_of("text"),
        pattern=pattern,
        lemmas=frozenset(lemma.lower() for lemma in lemmas) if lemmas is not None else None,
        tags=tags,
        tag_pattern=tag_pattern,
        can=words_of("can", lambda value: check_tags(key, value)),
        kind=kind,
        case=case,
        sound=sound,
        start=raw.get("start", False),
        subject=words_of("subject", check_numbers),
        aside=raw.get("aside"),
        sole_verb=raw.get("sole_verb"),
        negate=raw.get("not", False),
        unless=unless,
        optional=raw.get("optional", False),
        skip=skip,
        mark=raw.get("mark", False),
        ignorecase=ignorecase,
    )
