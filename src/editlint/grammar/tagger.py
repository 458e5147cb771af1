"""Part-of-speech tags for a sentence's tokens.

Brill's transformation-based tagger: each word first gets the tag its
lexicon gives it out of context (unknown words: NNP when capitalised, CD
when numeric, else guessed from their endings by the morphology rules, in
``guesses``), then the context rules rewrite tags from their neighbours
("VB after TO"). These corrections follow, which the grammar rules depend
on:

- a word the inflection table knows in only one form is tagged so ("flees"
  can only be VBZ, whatever its neighbours suggest);
- initialisms are proper nouns ("US" is not the pronoun "us");
- in a title-case heading a capitalised word is looked up in lower case
  ("US Know its Limits": "Know" is the verb "know"), unless the lexicon has
  it as a name;
- (in ``retagging``) two verbs joined by a comma are both verbs;
- after "who" or "which", a word read as a noun before an object is a verb
  ("the men who shot/VBD the officer"), and one before "say" is a noun
  ("the man who police say shot");
- after a phrase that opens the sentence comes a subject ("On Monday,
  shares/NNS in the company fell");
- a sentence without a finite verb whose subject has a prepositional
  phrase gets one: "Workers at the factory fears/VBZ for their jobs".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..analysis.memo import remember
from ..document import Token, TokenKind
from ..spelling.lexicon import listed
from .guesses import guess, read_rules
from .lexicon import TAG_INDEX, Entry, entry
from .retagging import _NOUN_TAGS, correct

_QUOTES = {"“": "``", "‘": "``", "”": "''", "’": "''", '"': '"'}
_BOUNDARY = ("STAART", "STAART")


@lru_cache(maxsize=1)
def _context() -> list[list[str]]:
    return read_rules("en-context.txt")


def _lookup(word: str, first: bool, heading: bool) -> Entry | None:
    """The word as written when the lexicon tags it; otherwise, at a sentence
    start or in a title-case heading, its lower-case form ("The", "Know");
    in a heading the lower-case form also wins over anything but a name."""
    found = entry(word)
    if (first or heading) and word[:1].isupper() and not word.isupper():
        # Only there is the lower-case form taken: a capitalised word inside
        # a sentence (a name, mostly) is not looked up twice.
        lowered = entry(word[0].lower() + word[1:])
        if lowered is not None and lowered.tag is not None:
            if found is None or found.tag is None:
                return lowered
            elif heading and not (found.tag in ("NNP", "NNPS") and listed(word)):
                return lowered
    return found


# What a token's tagging needs of it alone, by (text, kind, first word,
# heading), or by its text alone after a sentence's first word outside a
# heading (see _tag): a pure function of those, and news repeats its words,
# so each is worked out once per process (see _initial).
_INITIAL_CACHE: dict[tuple | str, tuple] = {}
#: A news run has a few tens of thousands of distinct words; 50,000 entries
#: are about 11 MB (200,000 held 45 MB of a hostile draft's new words).
_INITIAL_CACHE_LIMIT = 50_000


def _initial(text: str, kind: TokenKind, first: bool, heading: bool) -> tuple:
    """(initial tag or None, lexicon entry or None, the lower-case text, the
    tags this token ends with after each tag the context rules may give it,
    filled in as met (None where nothing overrules the context rules), and
    its kind): what _tag asks of each token, so that it asks once per
    distinct token."""
    tag, found = _initial_tag_of(text, kind, first, heading)
    straight = text.replace("’", "'")
    fixed = _fixed_tag(straight) if kind is TokenKind.WORD else None
    lower = text.lower()
    if fixed is None and found is None:
        return tag, found, lower, None, kind
    return tag, found, lower, _settled(found, fixed, lower, straight.endswith("'s")), kind


def _initial_tag_of(text: str, kind: TokenKind, first: bool, heading: bool) -> tuple[str | None, Entry | None]:
    if kind is TokenKind.WORD:  # most tokens: asked first
        return _word_tag_of(text.replace("’", "'"), first, heading)
    token_text = text
    text = text.replace("’", "'")
    if kind is TokenKind.NUMBER:
        return "CD", None
    if kind in (TokenKind.URL, TokenKind.EMAIL, TokenKind.HANDLE, TokenKind.HASHTAG, TokenKind.FILE):
        return "NNP", None
    if kind is TokenKind.HIDDEN:
        return "NN", None
    if kind is TokenKind.ACRONYM:
        return ("NNP" if text[:1].isupper() else "RB"), None
    if kind in (TokenKind.PUNCT, TokenKind.SYMBOL):
        tag = _QUOTES.get(token_text) or (token_text if token_text in TAG_INDEX else None)
        if tag is None:
            tag = {"!": ".", "?": ".", ";": ":", "…": ":", "—": ":", "–": ":", "-": ":", "[": "(", "]": ")"}.get(
                token_text, "SYM"
            )
        return tag, None
    return _word_tag_of(text, first, heading)


def _word_tag_of(text: str, first: bool, heading: bool) -> tuple[str | None, Entry | None]:
    """:func:`_initial_tag_of` a word, its apostrophes straight."""
    fixed = _fixed_tag(text)
    if fixed is not None:
        return fixed, None  # an initialism or a contraction (_fixed_tag gives both)
    found = _lookup(text, first, heading)
    if found is None and text.endswith("'s") and len(text) > 2:
        base = _lookup(text[:-2], first, heading)
        if base is not None and base.tag in ("NN", "NNP", "NNS", "NNPS"):
            return base.tag, base  # a possessive reads as its noun
        return ("NNP" if text[:1].isupper() else "NN"), None
    if found is not None and found.tag is not None:
        return found.tag, found
    return None, found


@lru_cache(maxsize=65536)
def _fixed_tag(text: str) -> str | None:
    """Tags no context overrules: initialisms and contractions."""
    if text.islower() or text[1:].islower():
        # No initialism has fewer than two capitals: most words go straight
        # on, their letters not looked at one by one.
        return _contraction(text)
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
    if "'" not in text:
        return None  # most words: every contraction has its apostrophe
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


#: Tags of sentences already tagged, by their tokens: an archive repeats
#: sentences (standfirsts, boilerplate, corrections), and a hook run rechecks
#: the same ones. Emptied when full.
_SENTENCES: dict[tuple, tuple[str, ...]] = {}
#: 10,000 sentences are about 13 MB of new sentences (50,000 held 65 MB).
_SENTENCES_LIMIT = 10_000
#: A byte for each token kind, for the keys of _SENTENCES.
_KIND_CODES = {kind: code for code, kind in enumerate(TokenKind)}


def tag(tokens: Sequence[Token], heading: bool = False) -> list[str]:
    """The Penn tag of each token of one sentence."""
    return list(shared_tags(tokens, heading))


def shared_tags(tokens: Sequence[Token], heading: bool = False) -> tuple[str, ...]:
    """:func:`tag`, as a tuple that the sentences with these tokens share:
    what a draft keeps for each of its sentences while its rules run."""
    # The tags depend on nothing but the tokens' texts and kinds. The key
    # is compact (token texts are interned; a byte per kind): a pair per
    # token took 2 kB a sentence, 100 MB for a full table of new sentences.
    texts = [t.text for t in tokens]
    kinds = [t.kind for t in tokens]
    key = (heading, tuple(texts), bytes(map(_KIND_CODES.__getitem__, kinds)))
    known = _SENTENCES.get(key)
    if known is None:
        known = remember(_SENTENCES, key, tuple(_tag_read(tokens, texts, kinds, heading)), _SENTENCES_LIMIT)
    return known


def _tag(tokens: Sequence[Token], heading: bool) -> list[str]:
    """The tags of one sentence's tokens, worked out (nothing remembered by sentence)."""
    return _tag_read(tokens, [t.text for t in tokens], [t.kind for t in tokens], heading)


def _tag_read(tokens: Sequence[Token], texts: list[str], kinds: list[TokenKind], heading: bool) -> list[str]:
    """:func:`_tag` of tokens whose ``texts`` and ``kinds`` are read out."""
    initials = _initials(texts, kinds, heading)
    tags = [known[0] for known in initials]
    if None in tags:
        for i, current in enumerate(tags):
            if current is None:
                previous = texts[i - 1] if i else None
                following = texts[i + 1] if i + 1 < len(texts) else None
                tags[i] = guess(texts[i], previous, following)
    lowered = [known[2] for known in initials]
    tags = _apply_context(tags, lowered)
    for i, settled in enumerate([known[3] for known in initials]):
        if settled is not None:
            tags[i] = settled[tags[i]]
    correct(tokens, tags, [known[1] for known in initials], heading, lowered)
    return tags


def _initials(texts: list[str], kinds: list[TokenKind], heading: bool) -> list[tuple]:
    """What tagging needs of each token alone (see _initial), from the
    process's cache: by (text, kind, first word, heading) up to a
    sentence's first word and in a heading, and after it by its text alone
    (nearly every token: no key tuple is made for it, one allocation a token
    the garbage collector counts)."""
    cache = _INITIAL_CACHE
    word = TokenKind.WORD
    # Up to and including the first word, and every token of a heading, by the full key.
    settled_from = len(texts) if heading else (kinds.index(word) + 1 if word in kinds else len(texts))
    initials = []
    first_word = True
    for text, kind in zip(texts[:settled_from], kinds[:settled_from], strict=True):
        key = (text, kind, first_word, heading)
        known = cache.get(key)
        if known is None:
            known = remember(cache, key, _initial(text, kind, first_word, heading), _INITIAL_CACHE_LIMIT)
        initials.append(known)
        if kind is word:
            first_word = False
    if settled_from < len(texts):
        rest_texts, rest_kinds = texts[settled_from:], kinds[settled_from:]
        rest = list(map(cache.get, rest_texts))
        # Each kept by its text, and of the same kind (a text met as another kind is rare).
        if None in rest or [known[4] for known in rest] != rest_kinds:
            for i, known in enumerate(rest):
                kind = rest_kinds[i]
                if known is not None and known[4] is kind:
                    continue
                text = key = rest_texts[i]
                known = cache.get(key)  # perhaps met earlier in this sentence
                if known is not None and known[4] is not kind:
                    key = (text, kind, False, False)  # the same text read as another kind
                    known = cache.get(key)
                if known is None:
                    known = remember(cache, key, _initial(text, kind, False, False), _INITIAL_CACHE_LIMIT)
                rest[i] = known
        initials += rest
    return initials


#: What a token's context tags settle to (_Settled), by what _settle reads
#: of the token: many words read alike (a noun known in one form, a verb
#: with the same forms), so a few thousand of these serve every word, and
#: each is filled once per tag, not once per word and tag.
_SETTLED: dict[tuple, _Settled] = {}


def _settled(found: Entry | None, fixed: str | None, lower: str, possessive: bool) -> _Settled:
    """The shared _Settled of a token (see _SETTLED)."""
    if fixed is not None or found is None:
        # An initialism or a contraction keeps its fixed tag whatever the
        # context rules say; a word with neither (for which _initial asks
        # for none) would keep theirs.
        key: tuple = (fixed, None, frozenset(), False, False, False)
    else:
        key = (None, found.tag, found.tags, found.inflected, lower in _WH_WORDS, possessive)
    known = _SETTLED.get(key)
    if known is None:
        known = _SETTLED[key] = _Settled(*key)
    return known


class _Settled(dict):
    """The tag a token ends with after each tag the context rules give it
    (see _settle), worked out the first time it is asked for that tag: one
    dict for every token that reads alike (see _SETTLED)."""

    __slots__ = ("key",)

    def __init__(self, *key) -> None:
        super().__init__()
        self.key = key

    def __missing__(self, tag: str) -> str:
        final = self[tag] = _settle(*self.key, tag)
        return final


def _settle(
    fixed: str | None,
    initial: str | None,
    tags: frozenset[str],
    inflected: bool,
    wh_word: bool,
    possessive: bool,
    tag: str,
) -> str:
    """The tag of a token the context rules tagged ``tag``, as what the
    lexicon knows of it (its tag out of context ``initial``, its ``tags``,
    whether the inflection table has it) overrules them: initialisms and
    contractions keep their fixed tag, closed-class words move only within
    their class, a content word stays within the forms the inflection table
    gives it."""
    if fixed is not None:
        return fixed
    if initial in _CLOSED_MOVES and tag != initial:
        allowed = _CLOSED_MOVES[initial]
        if tag not in allowed or (tag == "WDT" and not wh_word):
            tag = initial
    if initial in _NOUN_TAGS and tag.startswith("VB") and possessive:
        return initial  # a possessive is its noun: "everybody's sympathies" (no VBG)
    if not inflected:
        # A word known only as a noun that the inflection table lacks
        # ("attendees", "survivors", "everybody") has no verb reading for
        # a context rule to choose ("Due to the virus, attendees to ...
        # were", "I think everybody knows").
        if len(tags) == 1 and tags <= {"NN", "NNS"} and tag.startswith("VB"):
            (tag,) = tags
        return tag
    # The inflection table lists every form a content word can take, so
    # a context rule that moved it outside them was wrong ("know" is no
    # noun and no -ing form); and a word it knows in one form only is
    # that form ("flees").
    if tag in _OPEN_CLASS and tag not in tags:
        tag = initial if initial in tags else min(tags & _OPEN_CLASS, default=tag)
    if len(tags) == 1:
        (only,) = tags
        if only.startswith("VB"):
            tag = only
    return tag


# How each kind of Brill context rule tests position i, as a Python
# expression of the padded sentence's tags t and lower-case words w and of
# the rule's two arguments x and y. The one source of both the tests
# applied one by one (_TESTS) and the compiled chains (_chain).
_TEST_SOURCES = {
    "prevtag": "t[i - 1] == x",
    "nexttag": "t[i + 1] == x",
    "prev2tag": "t[i - 2] == x",
    "next2tag": "t[i + 2] == x",
    "prev1or2tag": "t[i - 1] == x or t[i - 2] == x",
    "next1or2tag": "t[i + 1] == x or t[i + 2] == x",
    "prev1or2or3tag": "t[i - 1] == x or t[i - 2] == x or t[i - 3] == x",
    "next1or2or3tag": "t[i + 1] == x or t[i + 2] == x or t[i + 3] == x",
    "surroundtag": "t[i - 1] == x and t[i + 1] == y",
    "curwd": "w[i] == x",
    "prevwd": "w[i - 1] == x",
    "nextwd": "w[i + 1] == x",
    "prev1or2wd": "w[i - 1] == x or w[i - 2] == x",
    "next1or2wd": "w[i + 1] == x or w[i + 2] == x",
    "prevwdtag": "w[i - 1] == x and t[i - 1] == y",
    "nextwdtag": "w[i + 1] == x and t[i + 1] == y",
    "wdprevtag": "t[i - 1] == x and w[i] == y",
    "wdnexttag": "w[i] == x and t[i + 1] == y",
    "wdand2aft": "w[i] == x and w[i + 2] == y",
    "wdand2tagbfr": "t[i - 2] == x and w[i] == y",
    "wdand2tagaft": "w[i] == x and t[i + 2] == y",
    "lbigram": "w[i - 1] == x and w[i] == y",
    "rbigram": "w[i] == x and w[i + 1] == y",
    "prevbigram": "t[i - 2] == x and t[i - 1] == y",
    "nextbigram": "t[i + 1] == x and t[i + 2] == y",
}
_TESTS = {command: eval(f"lambda t, w, i, x, y: {source}") for command, source in _TEST_SOURCES.items()}
_NEVER = lambda t, w, i, x, y: False  # noqa: E731


#: Rule kinds that test the current word itself: indexed by that word.
_ON_WORD = {"curwd": 0, "wdprevtag": 1, "wdnexttag": 0, "wdand2aft": 0, "wdand2tagbfr": 1, "wdand2tagaft": 0,
            "lbigram": 1, "rbigram": 0}  # fmt: skip


@lru_cache(maxsize=1)
def _context_index() -> tuple[dict, dict]:
    """The context rules as (position, new tag, test, x, y), by the tag they
    change: rules for any word of that tag, and rules for one word of it
    (by that word). A token looks at the few rules for its tag and word,
    not all 290."""
    general: dict[str, list] = {}
    by_word: dict[tuple[str, str], list] = {}
    for position, rule in enumerate(_context()):
        command = rule[2].lower()
        x = rule[3] if len(rule) > 3 else ""
        y = rule[4] if len(rule) > 4 else ""
        compiled = (position, rule[1], _TESTS.get(command, _NEVER), x, y)
        if command in _ON_WORD:
            by_word.setdefault((rule[0], (x, y)[_ON_WORD[command]]), []).append(compiled)
        else:
            general.setdefault(rule[0], []).append(compiled)
    star = general.get("*", [])
    tags = set(general) | {tag for tag, _ in by_word}
    merged = {tag: tuple(sorted(general.get(tag, []) + (star if tag != "*" else []))) for tag in tags}
    # A "*" rule applies to every tag, so it joins each word's list too.
    words = {
        key: tuple(sorted(rules + (by_word.get(("*", key[1]), []) if key[0] != "*" else [])))
        for key, rules in by_word.items()
    }
    return merged, words


@lru_cache(maxsize=65536)
def _rules_for(tag: str, word: str) -> tuple:
    """The context rules that may change ``word`` while it has ``tag``, in
    Brill's order: asked for each token at each tag it takes, and the same
    few thousand words come back sentence after sentence."""
    general, by_word = _context_index()
    rules = general.get(tag) or general.get("*", ())
    specific = by_word.get((tag, word)) or by_word.get(("*", word))
    if specific:
        rules = tuple(sorted(rules + specific))
    return rules


@lru_cache(maxsize=65536)
def _rules_after(tag: str, word: str, position: int) -> tuple:
    """:func:`_rules_for` the rules after Brill's ``position``: where a
    token goes on once a rule has changed its tag."""
    return tuple(rule for rule in _rules_for(tag, word) if rule[0] > position)


#: A tag's rules for any word are compiled into one function (_chain) once
#: this many tokens have had the tag in the process, and 97 tokens in 100
#: then go through a chain rather than a call of each rule's test (about 13
#: a token). A chain takes 0.1 to 0.4 ms to compile (NN's 25 rules the
#: most) and saves 1 to 4 µs a token: it pays for itself after about 100
#: tokens. (500, until round 5: the context pass of 60,000 words took
#: about 0.007 s longer, its first 500 tokens of each tag tested rule by rule.)
CHAIN_AFTER = 100
#: By tag: the chain and the rules it tests (the tag's rules for any word,
#: or the rules for every tag where it has none of its own: "," and ".").
_CHAINS: dict[str, tuple[Callable[[list, list, int], int], tuple]] = {}
_CHAIN_USES: dict[str, int] = {}

#: The neighbours a rule's test reads (see _TEST_SOURCES), as the local
#: names a chain gives them: each is read once per token, not once per test.
_NEIGHBOURS = {
    **{f"t[i - {k}]": f"tag_before_{k}" for k in (1, 2, 3)},
    **{f"t[i + {k}]": f"tag_after_{k}" for k in (1, 2, 3)},
    **{f"w[i - {k}]": f"word_before_{k}" for k in (1, 2)},
    **{f"w[i + {k}]": f"word_after_{k}" for k in (1, 2)},
    "w[i]": "word",
}
_NEIGHBOUR = re.compile("|".join(re.escape(read) for read in _NEIGHBOURS))


def _chain(rules: tuple) -> Callable[[list, list, int], int]:
    """One function that tests ``rules`` in order at position i and gives
    the index of the first that holds (-1: none): each rule's test written
    out from _TEST_SOURCES, its arguments put in as constants and each
    neighbour it reads taken into a local name first."""
    sources = {_TESTS[command]: source for command, source in _TEST_SOURCES.items()}
    tests, read = [], set()
    for _, _, test, x, y in rules:
        condition = re.sub(
            r"\b[xy]\b", lambda m, x=x, y=y: repr(x if m.group() == "x" else y), sources.get(test, "False")
        )
        read.update(_NEIGHBOUR.findall(condition))
        tests.append(_NEIGHBOUR.sub(lambda m: _NEIGHBOURS[m.group()], condition))
    lines = ["def chain(t, w, i):"]
    lines += [f"    {_NEIGHBOURS[neighbour]} = {neighbour}" for neighbour in sorted(read)]
    for k, condition in enumerate(tests):
        lines += [f"    if {condition}:", f"        return {k}"]
    lines.append("    return -1")
    namespace: dict = {}
    exec("\n".join(lines), namespace)
    return namespace["chain"]


@lru_cache(maxsize=1)
def _tags_with_rules() -> frozenset[str] | None:
    """The tags some context rule changes whatever the word (None: every
    tag, were there a rule for any word of any tag): a word not named by a
    rule (_words_with_rules) with another tag has no rule to try."""
    general, _ = _context_index()
    if general.get("*"):
        return None
    return frozenset(tag for tag, rules in general.items() if rules)


@lru_cache(maxsize=1)
def _words_with_rules() -> frozenset[str]:
    """The words some context rule names as the current word: the only
    tokens whose rules are not their tag's rules for any word."""
    return frozenset(word for _, word in _context_index()[1])


def _apply_context(initial: list[str], lowered: list[str]) -> list[str]:
    """Brill's context rules, in order, over the sentence: for each token,
    every rule in turn whose "from" tag is the token's tag at that moment.
    ``initial`` are the tags before them, ``lowered`` the lower-case words."""
    boundary = _BOUNDARY[0].lower()
    tags = [_BOUNDARY[1]] * 3 + initial + [_BOUNDARY[1]] * 3
    words = [boundary] * 3 + lowered + [boundary] * 3
    named = _words_with_rules()
    ruled = _tags_with_rules()
    chains = _CHAINS
    for i in range(3, len(tags) - 3):
        word = words[i]
        if word in named:
            rules = _rules_for(tags[i], word)  # a rule names the word: its rules one by one
        else:
            tag = tags[i]
            chained = chains.get(tag)
            if chained is None:
                if ruled is not None and tag not in ruled:
                    continue  # no rule for any word of this tag: ",", ".", "CC", "TO"...
                rules = _rules_for(tag, word)
                # The tag's rules for any word: compiled once the tag is common.
                uses = _CHAIN_USES[tag] = _CHAIN_USES.get(tag, 0) + 1
                if uses >= CHAIN_AFTER:
                    chained = chains[tag] = (_chain(rules), rules)
            if chained is not None:
                chain, rules = chained
                k = chain(tags, words, i)
                if k < 0:
                    continue
                at, new = rules[k][0], rules[k][1]
                tags[i] = new
                rules = _rules_after(new, word, at)
        while rules:
            for at, new, test, x, y in rules:
                if test(tags, words, i, x, y):
                    tags[i] = new
                    # Go on with the rules for the new tag that come after this one.
                    rules = _rules_after(new, word, at)
                    break
            else:
                break
    return tags[3:-3]
