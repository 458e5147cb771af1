"""Whether a comma closes an aside, so that what follows may be the main
verb: "The move, which was justified on these grounds, follows". Built on
the subject finder (``subjects``): a clause closes an aside only where the
sentence has a subject for the verb after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .nounphrase import _FINITE, _NOUN_PHRASE, _can, _lemmas, _verb_only
from .number import _BOUNDARIES, _lower
from .subjects import subject_before
from .wordclasses import ATTRIBUTION_LEMMAS, CLAUSE_OPENERS, SPEECH_LEMMAS


def closes_aside(tokens, tags: Sequence[str], comma: int) -> bool:
    """Whether the comma at ``comma`` closes a clause or phrase opened
    before it, so that what follows may be the main verb: "The move, which
    was justified on these grounds, follows", "In Africa, where zebras
    evolved, flies", "his death, they reported, was", "Simu Liu, one of
    the series leads, is"."""
    if _opens_attribution(tokens, tags, comma):
        return True
    k = comma - 1
    while k >= 0 and tokens[k].text not in _BOUNDARIES:
        k -= 1
    if k < 0:
        return False  # the clause runs from the sentence start: "The soldier fled, left"
    first = k + 1
    if first >= comma:
        return False
    opener = _lower(tokens, first)
    approximate = opener in ("about", "around", "over", "under", "nearly", "almost", "some") and tags[first + 1] == "CD"
    if approximate:
        pass  # ", about 20 buildings collapsed,": a number, no clause opener
    elif opener in CLAUSE_OPENERS or tags[first] in ("IN", "WDT", "WP", "WP$", "WRB", "TO"):
        # What follows the comma is the main verb only if the sentence has a
        # subject for it before the clause: "The move, which was justified,
        # follows"; not "In 2017, after the allegations emerged, came to
        # light" or "a vest, though it was, was later found". (A word that
        # may be a noun may itself be the subject: "where zebras evolved,
        # flies carry".)
        after = comma + 1
        if after < len(tokens) and _verb_only(tokens[after].text):
            if tokens[k].text in (":", ";"):
                return False  # "two cases: if the pregnancy ended, was": no subject after a colon
            if tokens[k].text == ",":
                return subject_before(tokens, tags, k - 1)
        return True
    inside = [j for j in range(first, comma) if tags[j] in _FINITE]
    if len(inside) == 1 and _lemmas(tokens[inside[0]].text) & SPEECH_LEMMAS and comma - first <= 4:
        # ", they reported," is an aside when a subject before it takes the
        # verb after it ("His death, they reported, was", "polynyas, which,
        # they observed, occurred"); not after a closing quote ('magical,"
        # Allton noted, said') or an opener with no subject ("Namely,
        # President Erdogan reported, said").
        after = comma + 1
        if after < len(tokens) and (tags[after] in _FINITE or _verb_only(tokens[after].text)):
            if tokens[k].text in (",", "(", "—", "–"):
                return k > 0 and tags[k - 1] in ("WDT", "WP") or subject_before(tokens, tags, k - 1)
            return False
        return True
    if tokens[first].text[:1].isupper() and _opens_quotation(tokens, k):
        return False  # a quoted sentence: 'commented, "The guy with the tusk returns, is'
    if tags[first] in ("DT", "CD", "PRP$") and all(_can(tokens[j].text, "NNS") for j in inside):
        if tags[comma - 1] in ("VBD", "VBN") and not _can(tokens[comma - 1].text, "NN"):
            return False  # no appositive ends in a verb: "at 6:30 pm, the city issued, canceled"
        # An appositive whose last noun the tagger took for a verb, after
        # the noun it renames ("Simu Liu, one of the series leads, is"); not
        # "As with all celebrations in Taiwan, the festival escapes, is".
        after = comma + 1
        if tokens[k].text == "," and after < len(tokens) and _verb_only(tokens[after].text):
            return subject_before(tokens, tags, k - 1)
        return True
    if tokens[k].text in ("(", "—", "–"):
        # A parenthesis or a dash: an aside, if a subject before it can take the verb after the comma.
        after = comma + 1
        return after >= len(tokens) or not _verb_only(tokens[after].text) or subject_before(tokens, tags, k - 1)
    return False


def _opens_quotation(tokens, k: int) -> bool:
    """Whether the token at ``k`` is a quote mark that opens a quotation:
    it touches the word after it, not the token before it."""
    return (
        tokens[k].text in ('"', "“", "``")
        and k + 1 < len(tokens)
        and tokens[k].end == tokens[k + 1].start
        and (k == 0 or tokens[k - 1].end != tokens[k].start)
    )


def _opens_attribution(tokens, tags: Sequence[str], comma: int) -> bool:
    """Whether an inverted attribution follows the comma: "It is, says
    Smith, a disaster", "It was, said the minister, a mistake"."""
    verb = comma + 1
    if verb >= len(tokens) or not _lemmas(tokens[verb].text) & ATTRIBUTION_LEMMAS:
        return False
    for k in range(verb + 1, min(len(tokens), verb + 6)):
        if tokens[k].text in (",", ".", ";", ":", "!", "?") and k > verb + 1:
            return True
        if tags[k] not in _NOUN_PHRASE and tags[k] not in ("PRP",):
            return False
    return False
