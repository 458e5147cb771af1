"""The tag of a word the part-of-speech lexicon lacks, guessed from its
spelling: capitalised, a proper noun; a figure, a number; else Brill's
spelling rules ("hassuf ing": VBG; "addsuf ly" makes a known word: JJ),
applied in order from NN, some of them reading the word's neighbours. The
tagger (``tagger``) asks for each unknown word's guess; each guess is kept
by the word and the neighbours a rule names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..analysis.memo import remember
from .lexicon import DATA, entry

_NUMERIC = re.compile(r"^[\d.,:/\-$€£%]+[a-z]{0,2}$")


def read_rules(name: str) -> list[list[str]]:
    """The rules of one of Brill's rule files, each split into its fields."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and not line.startswith(";;;")]


@lru_cache(maxsize=1)
def _morphology() -> list[tuple[str | None, str, str, str]]:
    """(required current tag or None, affix, command, new tag)."""
    result = []
    for rule in read_rules("en-morphology.txt"):
        if rule[1].lower() in _MORPHOLOGY_COMMANDS:
            result.append((None, rule[0], rule[1].lower(), rule[-2]))
        else:
            result.append((rule[0], rule[1], rule[2].lower().removeprefix("f"), rule[-2]))
    return result


_MORPHOLOGY_COMMANDS = frozenset("char haspref hassuf addpref addsuf deletepref deletesuf goodleft goodright".split())


def _known(word: str) -> bool:
    return entry(word) is not None


#: The guess for each unknown word and the neighbours a rule names (see
#: guess), so that the 150 spelling rules, with their lexicon lookups, run
#: once for each. Emptied when full.
_GUESSES: dict[tuple, str] = {}
_GUESSES_LIMIT = 20_000


@lru_cache(maxsize=1)
def _named_neighbours() -> tuple[frozenset[str], frozenset[str]]:
    """The preceding words and the following words some spelling rule names
    ("goodright", "goodleft"): any other neighbour is as good as none."""
    rules = _morphology()
    return (
        frozenset(affix for _, affix, command, _ in rules if command == "goodright"),
        frozenset(affix for _, affix, command, _ in rules if command == "goodleft"),
    )


def guess(word: str, previous: str | None, following: str | None) -> str:
    """The tag of a word the lexicon lacks, from its spelling (remembered)."""
    before, after = _named_neighbours()
    key = (word, previous if previous in before else None, following if following in after else None)
    known = _GUESSES.get(key)
    if known is None:
        known = remember(_GUESSES, key, guess_from_spelling(*key), _GUESSES_LIMIT)
    return known


def guess_from_spelling(word: str, previous: str | None, following: str | None) -> str:
    """The tag of a word the lexicon lacks, from its spelling."""
    if word[:1].isupper():
        return "NNP"
    if _NUMERIC.match(word):
        return "CD"
    _GUESSES_MADE[0] += 1
    if _GUESSES_MADE[0] > SPELLING_RULES_AFTER:
        return _spelling_rules()(word, previous, following)
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


#: Brill's spelling rules are compiled into one function (_spelling_rules)
#: once this many unknown words have been guessed in the process: compiling
#: takes about 6 ms, the loop above about 30 µs a word (most of it lexicon
#: lookups) and the compiled rules about 10 µs, so a draft's cold start (a
#: few dozen guesses) compiles nothing and a run over news compiles early.
SPELLING_RULES_AFTER = 300
_GUESSES_MADE = [0]


#: How each kind of Brill spelling rule tests a word, as a Python expression
#: of the word, its neighbours and the rule's affix A (and its length N).
#: As in Brill's files: "goodleft" looks at the following word, "goodright"
#: the preceding one.
_SPELLING_TESTS = {
    "char": "A in word",
    "haspref": "word.startswith(A)",
    "hassuf": "word.endswith(A)",
    "addpref": "_known(A + word)",
    "addsuf": "_known(word + A)",
    "deletepref": "word.startswith(A) and _known(word[N:])",
    "deletesuf": "word.endswith(A) and _known(word[:-N])",
    "goodleft": "A == following",
    "goodright": "A == previous",
}


@lru_cache(maxsize=1)
def _spelling_rules() -> Callable[[str, str | None, str | None], str]:
    """Brill's 150 spelling rules, in order, as one function of a lower-case
    unknown word and its neighbours that starts from NN and gives the tag
    the last rule that holds sets: each rule a line of straight code with
    its affix put in, where the loop in guess_from_spelling compares each
    rule's command with every kind in turn. A rule of another command than
    these never holds, as in the loop."""
    lines = ["def spelling_rules(word, previous, following):", "    tag = 'NN'"]
    for required, affix, command, new in _morphology():
        test = _SPELLING_TESTS.get(command)
        if test is None:
            continue
        test = re.sub(r"\b[AN]\b", lambda m, a=affix: repr(a) if m.group() == "A" else str(len(a)), test)
        if required is not None:
            test = f"tag == {required!r} and ({test})"
        lines += [f"    if {test}:", f"        tag = {new!r}"]
    lines.append("    return tag")
    namespace: dict = {"_known": _known}
    exec("\n".join(lines), namespace)
    return namespace["spelling_rules"]
