"""Part-of-speech tags for a sentence's tokens.

Brill's transformation-based tagger: each word first gets the tag its
lexicon gives it out of context (unknown words: NNP when capitalised, CD
when numeric, else guessed from their endings by the morphology rules), then
the context rules rewrite tags from their neighbours ("VB after TO"). Three
corrections follow, which the grammar rules depend on:

- a word the inflection table knows in only one form is tagged so ("flees"
  can only be VBZ, whatever its neighbours suggest);
- initialisms are proper nouns ("US" is not the pronoun "us");
- in a title-case heading a capitalised word is looked up in lower case
  ("US Know its Limits": "Know" is the verb "know"), unless the lexicon has
  it as a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from ..document import Token, TokenKind
from .lexicon import DATA, TAG_INDEX, Entry, entry

_NUMERIC = re.compile(r"^[\d.,:/\-$€£%]+[a-z]{0,2}$")
_QUOTES = {"“": "``", "‘": "``", "”": "''", "’": "''", '"': '"'}
_BOUNDARY = ("STAART", "STAART")


def _rules(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and not line.startswith(";;;")]


@lru_cache(maxsize=1)
def _context() -> list[list[str]]:
    return _rules("en-context.txt")


@lru_cache(maxsize=1)
def _morphology() -> list[tuple[str | None, str, str, str]]:
    """(required current tag or None, affix, command, new tag)."""
    result = []
    for rule in _rules("en-morphology.txt"):
        if rule[1].lower() in _MORPHOLOGY_COMMANDS:
            result.append((None, rule[0], rule[1].lower(), rule[-2]))
        else:
            result.append((rule[0], rule[1], rule[2].lower().removeprefix("f"), rule[-2]))
    return result


_MORPHOLOGY_COMMANDS = frozenset("char haspref hassuf addpref addsuf deletepref deletesuf goodleft goodright".split())


def _known(word: str) -> bool:
    return entry(word) is not None


def _guess(word: str, previous: str | None, following: str | None) -> str:
    """The tag of a word the lexicon lacks, from its spelling."""
    if word[:1].isupper():
        return "NNP"
    if _NUMERIC.match(word):
        return "CD"
    tag = "NN"
    for required, affix, command, new in _morphology():
        if required is not None and tag != required:
            continue
        if (
            (command == "char" and affix in word)
            or (command == "haspref" and word.startswith(affix))
            or (command == "hassuf" and word.endswith(affix))
            or (command == "addpref" and _known(affix + word))
            or (command == "addsuf" and _known(word + affix))
            or (command == "deletepref" and word.startswith(affix) and _known(word[len(affix) :]))
            or (command == "deletesuf" and word.endswith(affix) and _known(word[: -len(affix)]))
            # As in Brill's files: "goodleft" looks at the following word, "goodright" the preceding one.
            or (command == "goodleft" and affix == following)
            or (command == "goodright" and affix == previous)
        ):
            tag = new
    return tag


def _lookup(word: str, first: bool, heading: bool) -> Entry | None:
    """The word as written when the lexicon tags it; otherwise, at a sentence
    start or in a title-case heading, its lower-case form ("The", "Know");
    in a heading the lower-case form also wins over anything but a name."""
    found = entry(word)
    if word[:1].isupper() and not word.isupper():
        lowered = entry(word[0].lower() + word[1:])
        if lowered is not None and lowered.tag is not None:
            if found is None or found.tag is None:
                if first or heading:
                    return lowered
            elif heading and not (found.tag in ("NNP", "NNPS") and _is_name(word)):
                return lowered
    return found


def _is_name(word: str) -> bool:
    """Whether the dictionaries list ``word`` capitalised: "Bush" is a name,
    "Limits" only a headline's capital."""
    from ..spelling.lexicon import lexicon

    return bool(lexicon().flags(word))


def _initial_tag(token: Token, first: bool, heading: bool) -> tuple[str | None, Entry | None]:
    text = token.text.replace("’", "'")
    kind = token.kind
    if kind is TokenKind.NUMBER:
        return "CD", None
    if kind in (TokenKind.URL, TokenKind.EMAIL, TokenKind.HANDLE, TokenKind.HASHTAG, TokenKind.FILE):
        return "NNP", None
    if kind is TokenKind.HIDDEN:
        return "NN", None
    if kind is TokenKind.ACRONYM:
        return ("NNP" if text[:1].isupper() else "RB"), None
    if kind in (TokenKind.PUNCT, TokenKind.SYMBOL):
        tag = _QUOTES.get(token.text) or (token.text if token.text in TAG_INDEX else None)
        if tag is None:
            tag = {"!": ".", "?": ".", ";": ":", "…": ":", "—": ":", "–": ":", "-": ":", "[": "(", "]": ")"}.get(
                token.text, "SYM"
            )
        return tag, None
    fixed = _fixed_tag(text)
    if fixed is not None:
        return fixed, None
    contraction = _contraction(text)
    if contraction is not None:
        return contraction, entry(text.lower())
    found = _lookup(text, first, heading)
    if found is None and text.endswith("'s") and len(text) > 2:
        base = _lookup(text[:-2], first, heading)
        if base is not None and base.tag in ("NN", "NNP", "NNS", "NNPS"):
            return base.tag, base  # a possessive reads as its noun
        return ("NNP" if text[:1].isupper() else "NN"), None
    if found is not None and found.tag is not None:
        return found.tag, found
    return None, found


def _fixed_tag(text: str) -> str | None:
    """Tags no context overrules: initialisms and contractions."""
    letters = [c for c in text if c.isalpha()]
    if text.endswith("'s") and len(letters) >= 3 and all(c.isupper() for c in letters[:-1]):
        return "NNP"  # the US's
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "NNP"  # US, AEDT: initialisms, not the words "us" or "aedt"
    if len(letters) >= 3 and text.endswith("s") and all(c.isupper() for c in letters[:-1]):
        return "NNPS"  # MPs, MEPs, CEOs
    return _contraction(text)


# Closed-class words (prepositions, determiners...) that Brill's context
# rules may turn into something else, and what into. The lexicon here keeps
# one tag per word, so without this "in" could become a WH-determiner.
_CLOSED_MOVES = {
    "IN": frozenset({"RB", "RP", "WDT", "CC"}),
    "DT": frozenset({"WDT", "PDT", "RB"}),
}
_WH_WORDS = frozenset("that which whichever what whatever who whom whose".split())
_OPEN_CLASS = frozenset("NN NNS VB VBD VBG VBN VBP VBZ JJ JJR JJS RB RBR RBS".split())
_NEGATED = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
_PRONOUN_IS = frozenset("it that what there he she who where here how why when this".split())


def _contraction(text: str) -> str | None:
    """The tag of the verb a contraction carries: "doesn't" VBZ, "we're"
    VBP, "it's" VBZ, "they'll" MD."""
    lower = text.lower()
    if lower.endswith("n't") and len(lower) > 3:
        base = lower[:-3]
        found = entry(_NEGATED.get(base, base))
        return found.tag if found is not None and found.tag else None
    stem, apostrophe, ending = lower.rpartition("'")
    if not apostrophe or not stem:
        return None
    if ending in ("re", "ve"):
        return "VBP"
    if ending in ("ll", "d"):
        return "MD"
    if ending == "m":
        return "VBP"
    if ending == "s" and stem in _PRONOUN_IS:
        return "VBZ"
    return None


def tag(tokens: Sequence[Token], heading: bool = False) -> list[str]:
    """The Penn tag of each token of one sentence."""
    tagged: list[list] = []
    entries: list[Entry | None] = []
    first_word = True
    for token in tokens:
        initial, found = _initial_tag(token, first_word, heading)
        tagged.append([token.text, initial])
        entries.append(found)
        if token.kind is TokenKind.WORD:
            first_word = False
    for i, (word, current) in enumerate(tagged):
        if current is None:
            previous = tagged[i - 1][0] if i else None
            following = tagged[i + 1][0] if i + 1 < len(tagged) else None
            tagged[i][1] = _guess(word, previous, following)
    _apply_context(tagged)
    tags = [t for _, t in tagged]
    for i, token in enumerate(tokens):
        if token.kind is TokenKind.WORD:
            fixed = _fixed_tag(token.text.replace("’", "'"))
            if fixed is not None:
                tags[i] = fixed
                continue
        found = entries[i]
        if found is None:
            continue
        initial = found.tag
        if initial in _CLOSED_MOVES and tags[i] != initial:
            allowed = _CLOSED_MOVES[initial]
            if tags[i] not in allowed or (tags[i] == "WDT" and token.text.lower() not in _WH_WORDS):
                tags[i] = initial
        if not found.lemmas:
            continue
        # The inflection table lists every form a content word can take, so
        # a context rule that moved it outside them was wrong ("know" is no
        # noun and no -ing form); and a word it knows in one form only is
        # that form ("flees").
        if tags[i] in _OPEN_CLASS and tags[i] not in found.tags:
            tags[i] = found.tag if found.tag in found.tags else min(found.tags & _OPEN_CLASS, default=tags[i])
        if len(found.tags) == 1:
            (only,) = found.tags
            if only.startswith("VB"):
                tags[i] = only
    return tags


@lru_cache(maxsize=1)
def _context_index() -> tuple[list[tuple[str, str, str, str]], dict[str, list[int]]]:
    """The context rules as (new tag, command, x, y), and for each tag the
    positions (in order) of the rules that can change it: a token then looks
    at the few rules for its tag, not all 293."""
    rules = []
    by_tag: dict[str, list[int]] = {}
    star = []
    for position, rule in enumerate(_context()):
        rules.append((rule[1], rule[2].lower(), rule[3] if len(rule) > 3 else "", rule[4] if len(rule) > 4 else ""))
        (star if rule[0] == "*" else by_tag.setdefault(rule[0], [])).append(position)
    for tag in list(by_tag):
        by_tag[tag] = sorted(by_tag[tag] + star)
    by_tag["*"] = star
    return rules, by_tag


def _apply_context(tagged: list[list]) -> None:
    """Brill's context rules, in order, over the sentence (in place): for
    each token, every rule in turn whose "from" tag is the token's tag at
    that moment."""
    pad = [list(_BOUNDARY)] * 3
    t = pad + tagged + pad
    rules, by_tag = _context_index()
    star = by_tag["*"]
    for i in range(3, len(t) - 3):
        position = 0
        while True:
            candidates = by_tag.get(t[i][1], star)
            k = bisect_left(candidates, position)
            if k == len(candidates):
                break
            index = candidates[k]
            new, command, x, y = rules[index]
            if _context_matches(t, i, command, x, y):
                t[i] = [t[i][0], new]
            position = index + 1
    tagged[:] = t[3:-3]


def _context_matches(t: list[list], i: int, command: str, x: str, y: str) -> bool:
    # Brill's rules name words in lower case; "The" at a sentence start is "the".
    word = lambda k: t[i + k][0].lower()  # noqa: E731
    tag_at = lambda k: t[i + k][1]  # noqa: E731
    if command == "prevtag":
        return x == tag_at(-1)
    if command == "nexttag":
        return x == tag_at(1)
    if command == "prev2tag":
        return x == tag_at(-2)
    if command == "next2tag":
        return x == tag_at(2)
    if command == "prev1or2tag":
        return x in (tag_at(-1), tag_at(-2))
    if command == "next1or2tag":
        return x in (tag_at(1), tag_at(2))
    if command == "prev1or2or3tag":
        return x in (tag_at(-1), tag_at(-2), tag_at(-3))
    if command == "next1or2or3tag":
        return x in (tag_at(1), tag_at(2), tag_at(3))
    if command == "surroundtag":
        return x == tag_at(-1) and y == tag_at(1)
    if command == "curwd":
        return x == word(0)
    if command == "prevwd":
        return x == word(-1)
    if command == "nextwd":
        return x == word(1)
    if command == "prev1or2wd":
        return x in (word(-1), word(-2))
    if command == "next1or2wd":
        return x in (word(1), word(2))
    if command == "prevwdtag":
        return x == word(-1) and y == tag_at(-1)
    if command == "nextwdtag":
        return x == word(1) and y == tag_at(1)
    if command == "wdprevtag":
        return x == tag_at(-1) and y == word(0)
    if command == "wdnexttag":
        return x == word(0) and y == tag_at(1)
    if command == "wdand2aft":
        return x == word(0) and y == word(2)
    if command == "wdand2tagbfr":
        return x == tag_at(-2) and y == word(0)
    if command == "wdand2tagaft":
        return x == word(0) and y == tag_at(2)
    if command == "lbigram":
        return x == word(-1) and y == word(0)
    if command == "rbigram":
        return x == word(0) and y == word(1)
    if command == "prevbigram":
        return x == tag_at(-2) and y == tag_at(-1)
    if command == "nextbigram":
        return x == tag_at(1) and y == tag_at(2)
    return False
