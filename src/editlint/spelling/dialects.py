"""Another dialect's spelling of a word: "colour" in en-US is "color",
"tyre" is "tire", "judgement" is "judgment", "color" in en-AU is "colour".

SCOWL says which dialects accept a word (the lexicon's flags), not which
word another dialect writes instead, so the equivalent is found by the
spelling differences between the dialects, applied once or twice
("colourised" needs two: "our" and "is"), and kept when the target dialect
spells the result as its main spelling. A variant for which none is found
is not reported: a fix is the point of the finding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

#: (British/Commonwealth, American) spellings of a part of a word, tried in
#: both directions. Longer, more specific pairs come first.
PAIRS = (
    ("isation", "ization"), ("ise", "ize"), ("ising", "izing"), ("ised", "ized"), ("iser", "izer"), ("yse", "yze"),
    ("ysing", "yzing"), ("ysed", "yzed"), ("our", "or"), ("tre", "ter"), ("tred", "tered"), ("tring", "tering"),
    ("ogue", "og"), ("ence", "ense"), ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llor", "lor"),
    ("ae", "e"), ("oe", "e"), ("mme", "m"), ("ll", "l"), ("ement", "ment"), ("grey", "gray"), ("ellery", "elry"),
    ("yre", "ire"), ("oeuvre", "euver"), ("oeuvring", "euvering"), ("oeuvred", "euvered"), ("oeuvres", "euvers"),
    ("sce", "ske"), ("scep", "skep"), ("minium", "minum"), ("pyj", "paj"), ("ough", "ow"), ("ould", "old"),
    ("ph", "f"), ("que", "ck"), ("storey", "story"), ("storeys", "stories"), ("kerb", "curb"), ("draught", "draft"),
    ("nt", "ned"), ("lt", "led"), ("ct", "x"), ("ection", "exion"), ("ise", "ice"), ("ss", "s"), ("ys", "ies"),
    ("doughnut", "donut"), ("amongst", "among"), ("amidst", "amid"), ("whilst", "while"), ("gaol", "jail"),
    ("tyre", "tire"), ("aluminium", "aluminum"), ("ageing", "aging"), ("udgement", "udgment"), ("sy", "zy"),
    ("mould", "mold"), ("moult", "molt"), ("smoulder", "smolder"), ("plough", "plow"), ("ou", "o"), ("eable", "able"),
    ("enquir", "inquir"), ("practis", "practic"), ("licen", "licen"), ("cheque", "check"), ("axe", "ax"),
    ("fulfil", "fulfill"), ("enrol", "enroll"), ("skilful", "skillful"), ("wilful", "willful"), ("instal", "install"),
    ("speciality", "specialty"), ("programme", "program"), ("tonne", "ton"), ("pyjama", "pajama"), ("arse", "ass"),
)  # fmt: skip


def _rewrites(word: str) -> Iterator[str]:
    """Every spelling one difference away from ``word``, in the order of PAIRS."""
    for a, b in PAIRS:
        for old, new in ((a, b), (b, a)):
            start = word.find(old)
            while start >= 0:
                yield word[:start] + new + word[start + len(old) :]
                start = word.find(old, start + 1)


def equivalent(word: str, is_main: Callable[[str], bool]) -> str | None:
    """The spelling of ``word`` (lower case) that ``is_main`` accepts, one or
    two differences away, or None."""
    seen = {word}
    first = []
    for candidate in _rewrites(word):
        if candidate in seen:
            continue
        seen.add(candidate)
        if is_main(candidate):
            return candidate
        first.append(candidate)
    for one in first:
        for candidate in _rewrites(one):
            if candidate not in seen:
                seen.add(candidate)
                if is_main(candidate):
                    return candidate
    return None


def copy_case(candidate: str, original: str) -> str:
    """``candidate`` with the capitals of ``original`` (all capitals, or a
    capital first letter)."""
    if original.isupper() and len(original) > 1:
        return candidate.upper()
    if original[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate
