"""Corrections of the tags Brill's context rules give, from the shape of
the sentence (``tagger`` applies them after the context rules): two verbs
joined by a comma, the verb of a relative clause, the subject after an
opening phrase, the verb of a sentence that has none. Each is described in
docs/grammar.md.

How they run (issue 19, round 5): the tagger hands over each sentence's
lower-case words, worked out once per distinct token, and each pass goes
only to the positions its rule can change (the commas, the words "the",
"who", "which", "that"), after a test in C (``"WDT" in tags``) that the
sentence has any. A pass still visits those positions in order and reads
the tags as the passes before it left them, so each rule means what it
did when it walked every position; ``tests/plain_retagging.py`` keeps that
plain form, and ``tests/test_tagger_speed.py`` holds the two together.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Token
from .asides import closes_aside
from .lexicon import Entry, entry
from .nounphrase import _lemmas, after_opening_phrase
from .subjects import aside_start, subject_before
from .wordclasses import COMPLEMENT_NOUNS, PLURAL_NOUNS, SAYING_LEMMAS

_NOUN_TAGS = frozenset("NN NNS NNP NNPS".split())
_SUBJECT_TAGS = frozenset("NN NNS NNP NNPS PRP WP WDT".split())
#: What may follow a verb the tagger already reads as a verb: "killed, shot three people".
_OBJECT_STARTS = frozenset("DT PDT PRP$ PRP CD JJ JJS IN TO RB".split())
#: Those, or a comparative: "need/NN more money" after an aside.
_OBJECT_OR_COMPARATIVE = _OBJECT_STARTS | {"JJR"}
#: Tags a word the tagger took for the first of two verbs may have been given instead.
_FIRST_VERB_TAGS = frozenset("VBD VBN VBZ VBP VB NN NNS".split())
_NOMINAL = frozenset("NN NNS NNP NNPS JJ".split())
_COMMA = (",",)
#: The words that open a relative clause here.
_RELATIVES = ("who", "which", "that")


def correct(
    tokens: Sequence[Token],
    tags: list[str],
    entries: list[Entry | None],
    heading: bool,
    words: Sequence[str] | None = None,
) -> None:
    """Every correction, in order, over one sentence's tags (in place).
    ``words`` are the tokens' texts in lower case (the tagger has them:
    worked out here otherwise)."""
    if words is None:
        words = [token.text.lower() for token in tokens]
    _noun_after_determiner(words, tags, entries)
    _conjunction_after_adjective(words, tags)
    _parallel_verbs(tokens, words, tags, entries)
    _subject_after_opening_phrase(tokens, words, tags, entries)
    _verb_after_relative(tokens, words, tags, entries)
    _verb_after_aside(tokens, words, tags, entries)
    if not heading:  # a headline may have no verb: "Floods in Kerala"
        _verb_of_verbless_sentence(tokens, words, tags, entries)


def _word(words: Sequence[str], i: int) -> str:
    return words[i] if i < len(words) else ""


def _positions(words: Sequence[str], wanted: tuple[str, ...]) -> list[int]:
    """Where the sentence has one of ``wanted``, in order: the only
    positions a pass that needs one of those words there can change.
    Found by ``list.index`` (a search in C), most sentences having none
    or one or two."""
    found = []
    for word in wanted:
        i = -1
        for _ in range(words.count(word)):  # counted first: no search runs off the end (an exception)
            i = words.index(word, i + 1)
            found.append(i)
    if len(wanted) > 1:
        found.sort()
    return found


def _noun_after_determiner(words: Sequence[str], tags: list[str], entries: list[Entry | None]) -> None:
    """After "the" a word Brill's rules read as an adverb is a noun when it
    can be one and nothing of a phrase follows it: "Heavy rains in the
    north/RB have" (not "the more", "the very"); after "the" and a number
    a word read as a verb is a plural noun: "the three suspects/VBZ were"."""
    if "RB" in tags and "the" in words:
        # Only an adverb changes here (to a noun, which no later test reads as "DT").
        for i in [k for k, tag in enumerate(tags) if tag == "RB" and k >= 1]:
            found = entries[i]
            if found is None or tags[i - 1] != "DT":
                continue
            following = tags[i + 1] if i + 1 < len(tags) else "."
            if _word(words, i - 1) == "the" and "NN" in found.tags:
                if following not in ("JJ", "JJR", "JJS", "RB", "RBR", "VBN", "CD", "DT"):
                    tags[i] = "NN"
    if "VBZ" in tags and "CD" in tags:
        for i in range(2, len(tags)):
            found = entries[i]
            if tags[i] == "VBZ" and tags[i - 1] == "CD" and tags[i - 2] == "DT" and found and "NNS" in found.tags:
                tags[i] = "NNS"


def _conjunction_after_adjective(words: Sequence[str], tags: list[str]) -> None:
    """The word "that" after an adjective that follows a verb or an adverb opens a
    clause, as a conjunction: "make certain that/WDT everyone understands",
    "is so clear that/WDT the plan works" (Brill's rules read a relative
    pronoun, whose noun the subject finder would then look for)."""
    if "WDT" not in tags:
        return
    for i in range(2, len(tags)):
        if tags[i] == "WDT" and _word(words, i) == "that" and tags[i - 1] == "JJ":
            if tags[i - 2].startswith("VB") or tags[i - 2] in ("RB", "RBR"):
                tags[i] = "IN"


def _parallel_verbs(
    tokens: Sequence[Token], words: Sequence[str], tags: list[str], entries: list[Entry | None]
) -> None:
    """A verb after a subject, a comma and a verb of the same tense makes
    both verbs: "The gunman killed, shot three people" ("shot" is no noun),
    "The event escapes, is organised" ("escapes" is no plural noun), "He
    quit, was" ("quit" is past), "He left, supported education" (no
    participle, as in "He died, surrounded by family" or "aged 65"). Brill's rules, trained on edited text,
    rarely saw the pair. Not where the comma closes an aside ("In Africa,
    where zebras evolved, flies carry").

    The second word must be a verb of that tense that is nothing else ("is",
    "came"), or be read as one before an object, or be a past form read as
    a participle but not before "by" ("aged" is no verb). On 144,000 words of
    published news, a past verb, a comma and a participle phrase of any
    other kind came up once ("vandalized, toppled, and/or destroyed": a
    list)."""
    # The word before each comma, in order (a word with no comma after it is passed over).
    for i in [k - 1 for k in _positions(words, _COMMA) if 2 <= k < len(tags) - 1]:
        if tags[i - 1] not in _SUBJECT_TAGS or tags[i] not in _FIRST_VERB_TAGS:
            continue
        found, second = entries[i], entries[i + 2]
        if found is None or second is None:
            continue
        tense = "VBZ" if "VBZ" in found.tags and "VBZ" in second.tags else "VBD"
        if tense not in found.tags or tense not in second.tags:
            continue
        following = tags[i + 3] if i + 3 < len(tags) else "."
        verbal = tags[i] not in ("NN", "NNS")
        if tags[i + 2] == tense and not second.tags & _NOMINAL:
            pass  # "escapes, is", "quit, was", "returned, came"
        elif tags[i + 2] == "VBN":
            if not verbal or tense != "VBD" or _word(words, i + 2) == "aged" or _word(words, i + 3) == "by":
                continue  # "died, surrounded by", "dies, aged 65": a participle's phrase
        elif not verbal or following not in _OBJECT_STARTS:
            continue
        if closes_aside(tokens, tags, i + 1):
            continue
        tags[i] = tags[i + 2] = tense


#: Tags that open an object noun phrase: "the virus that cause it".
_NOUN_PHRASE_STARTS = frozenset("DT PDT PRP$ PRP CD".split())
#: Tags of the word after a verb that is read as a noun: an object, a preposition, an adverb.
_AFTER_VERB = _OBJECT_STARTS | frozenset("VBG VBN".split())
#: The verb tag a noun reading gives way to: a plural "fears" is a verb "fears", a singular "go" a verb "go".
_VERB_OF_NOUN = {"NNS": ("VBZ",), "NN": ("VBD", "VBP")}
_FINITE_TAGS = frozenset("VBZ VBP VBD MD".split())


def _as_verb(tag: str, found: Entry | None, token: Token) -> str | None:
    """The verb tag of a word read as a noun that the lexicon also knows
    as a verb ("fears": VBZ; "shot": VBD; "go": VBP), or None."""
    if found is None or not found.inflected or not token.text.islower():
        return None
    return next((verb for verb in _VERB_OF_NOUN.get(tag, ()) if verb in found.tags), None)


def _said_lemmas(word: str) -> bool:
    """Whether ``word`` is a form of a verb of saying or thinking ("say", "believe")."""
    return bool(_lemmas(word.lower()) & SAYING_LEMMAS)


def _subject_after_opening_phrase(
    tokens: Sequence[Token], words: Sequence[str], tags: list[str], entries: list[Entry | None]
) -> None:
    """After a phrase that opens the sentence ("On Monday,", "However,"),
    the subject comes: a word read as a verb there that the lexicon knows as
    a noun is one, when a finite verb follows ("On Monday, shares/VBZ in the
    company fell")."""
    if "," not in words:
        return
    comma = words.index(",")
    if comma + 2 >= len(tokens) or not after_opening_phrase(tokens, tags, comma):
        return
    i = comma + 1
    found = entries[i]
    noun = {"VBZ": "NNS", "VBP": "NN"}.get(tags[i])
    if found is None or noun is None or noun not in found.tags or not tokens[i].text.islower():
        return
    if any(tag in _FINITE_TAGS for tag in tags[i + 2 :]) and tags[i + 1] in ("IN", "TO"):
        tags[i] = noun


def _verb_after_relative(
    tokens: Sequence[Token], words: Sequence[str], tags: list[str], entries: list[Entry | None]
) -> None:
    """After "who" or "which" that follow a noun or a comma, a word read as a
    noun or an adjective before an object is the clause's verb: "The men
    who shot/NN the officer were", "the farmer who own/JJ the land" (Brill's
    rules read them after "who" as a noun, an adjective). Not
    after a preposition ("in which case the police")."""
    relatives = _positions(words, _RELATIVES)
    if not relatives:
        return
    for i in [k - 1 for k in relatives if 2 <= k < len(tags)]:
        if tags[i] == "VBZ" and entries[i] is not None:
            before = tags[i - 1] if tokens[i - 1].text != "," else ","
            if "NNS" in entries[i].tags and before in (",", "DT", "JJ", "PRP$", "CD"):
                tags[i] = "NNS"  # "archives in old encodings, files/VBZ that are": a noun before its relative clause
    # A word one or two after a relative word: any other has no relative
    # word before it, nor one before an adverb before it.
    for i in sorted({k + step for k in relatives for step in (1, 2) if 2 <= k + step < len(tags) - 1}):
        r = i - 1  # the relative word, perhaps before an adverb: "a soldier who now work/NN as"
        if tags[r] == "RB" and r > 1 and _word(words, r - 1) in _RELATIVES and _word(words, r) != "not":
            r -= 1
        relative = _word(words, r)
        if relative == "that" and tags[r - 1] in _NOUN_TAGS:
            # "the virus that cause/NN it", "an act that conflict/NN with"; not "the news that work on the bridge"
            objects = _NOUN_PHRASE_STARTS if _word(words, r - 1) in COMPLEMENT_NOUNS else _OBJECT_STARTS
        elif relative in ("who", "which") and tags[r] in ("WP", "WDT"):
            objects = _OBJECT_STARTS
            if tags[r - 1] not in _NOUN_TAGS and tokens[r - 1].text != ",":
                continue
        else:
            continue
        verb = _as_verb(tags[i], entries[i], tokens[i])
        if tags[i] == "JJ":
            verb = _as_verb("NN", entries[i], tokens[i])  # "the farmer who own/JJ the land"
        if verb is not None and (tags[i + 1] in objects or _bare_plural_object(words, tags, entries, i, relative)):
            tags[i] = verb
        elif relative != "that" and tags[i] in ("VBP", "VB") and tags[i + 1].startswith("VB") and entries[i]:
            noun = entries[i].tags & {"NNS", "NN"}
            if noun and _said_lemmas(words[i + 1]):
                tags[i] = min(noun)  # "the man who police say shot": the subject of "say"


def _verb_after_aside(
    tokens: Sequence[Token], words: Sequence[str], tags: list[str], entries: list[Entry | None]
) -> None:
    """After a comma that closes an aside set off after the subject, a word
    read as a noun that can be a verb, before an object, is the main verb:
    "The bridge, which carries 40,000 vehicles a day, need/NN urgent work",
    "The research, funded by the government, show/NN a rise" (not after an
    opening phrase: "In 2019, plans for the bridge were")."""
    for i in [k + 1 for k in _positions(words, _COMMA) if 2 <= k < len(tags) - 2]:
        if tags[i] not in ("NN", "NNS") or tags[i + 1] not in _OBJECT_OR_COMPARATIVE:
            continue
        verb = _as_verb(tags[i], entries[i], tokens[i])
        if verb is None or verb == "VBD":
            continue
        opening = aside_start(tokens, tags, i - 1)
        if opening is not None and subject_before(tokens, tags, opening - 1):
            tags[i] = verb


def _bare_plural_object(
    words: Sequence[str], tags: list[str], entries: list[Entry | None], i: int, relative: str
) -> bool:
    """Whether a plural with no determiner after the word at ``i`` (just
    after "who", "that" or "which") is its object: "a farmer who own/JJ
    cows", "a firm that make/NN cars". After "who" any verb may take one
    (not "police", a noun: "the man who police officers shot"); after
    "that" or "which" only a word that is mostly a verb ("the money that
    state/NN officials spent" has a subject of two nouns, "the realisation
    that black/JJ holes are" an adjective)."""
    found = entries[i]
    if tags[i + 1] != "NNS" or found is None or _word(words, i) in PLURAL_NOUNS:
        return False
    return relative == "who" or found.tag in ("VB", "VBP")


def _verb_of_verbless_sentence(
    tokens: Sequence[Token], words: Sequence[str], tags: list[str], entries: list[Entry | None]
) -> None:
    """A sentence with no finite verb whose subject has a prepositional
    phrase: the first word read as a noun after the phrase's noun that can
    be a verb, before an object or a preposition, is the verb ("Workers at
    the factory fears/NNS for their jobs", "The money from the sale go/NN
    to charity"). Brill's rules read a verb after a noun as the second half
    of a compound, leaving the sentence without a verb. Only a sentence
    that ends with a full stop (not a caption or a list item without one),
    perhaps after an attribution ("..., he said.") or in a clause after a
    verb of saying ("He said workers at the factory fears ...")."""
    last = len(tokens) - 1
    if last > 0 and words[last] in ('"', "”"):
        last -= 1  # 'He said: "Workers at the factory fears for their jobs."'
    if words[last] not in (".", "!"):
        return
    end = min(last, _before_attribution(words, tags))
    begin = _after_saying(words, tags, end)
    if ";" in words or ":" in words:  # the walk back stops only at one of them
        for k in range(end - 1, begin - 1, -1):
            if words[k] == ";" or words[k] == ":" and _word(words, k + 1) in ('"', "“"):
                begin = k + 2 if words[k] == ":" else k + 1  # 'It rained; workers ...', 'He said: "Workers ...'
                break
            if words[k] == ":":
                return  # a label: "Photo: Workers at the factory gates on Monday."
    if not _FINITE_TAGS.isdisjoint(tags[begin:end]):
        return
    if _verb_after_opening_noun(tokens, tags, entries, begin, end):
        return
    preposition = None
    for i in range(begin + 1, end - 1):
        if tags[i] == "IN" and preposition is None:
            quantity = _word(words, i) == "of" and tags[i - 1] in ("JJS", "DT", "CD")  # "Most of the money ... go"
            if not quantity and not any(tag in _NOUN_TAGS | {"PRP"} for tag in tags[begin:i]):
                return  # "In the city centre ...": no subject before the phrase
            preposition = i
            continue
        if preposition is None or i < preposition + 2 or tags[i - 1] not in ("NN", "NNS"):
            continue
        verb = _as_verb(tags[i], entries[i], tokens[i])
        if verb == "VBP" and entries[i].tag not in ("VB", "VBP"):
            continue  # "A view of the city centre from the hotel": a word that is mostly a noun
        if verb is not None and verb != "VBD" and tags[i + 1] in _AFTER_VERB:
            tags[i] = verb
            return


def _verb_after_opening_noun(
    tokens: Sequence[Token], tags: list[str], entries: list[Entry | None], begin: int, end: int
) -> bool:
    """In a sentence with no finite verb that opens with a determiner and a
    noun, a word after the noun read as a noun that is mostly a verb, before
    an object or a preposition, is the verb: "The festival run/NN through
    March", "This decision affect/NN thousands" (not "The oil spill/NN off
    the coast", where "spill" is mostly a noun). Whether it changed a tag."""
    if tags[begin] not in ("DT", "PRP$"):
        return False
    head = begin + 1
    while head < end and tags[head] == "JJ":
        head += 1
    i = head + 1
    if i + 1 > end or tags[head] != "NN" or tags[i] != "NN" or tags[i + 1] not in _AFTER_VERB | {"NNS"}:
        return False
    found = entries[i]
    if _as_verb("NN", found, tokens[i]) != "VBP" or found.tag not in ("VB", "VBP"):
        return False
    tags[i] = "VBP"
    return True


#: Verbs of saying whose object, without "that", is a clause rather than a noun phrase.
_CLAUSE_ONLY_VERBS = frozenset("say believe think claim argue insist add".split())


def _after_saying(words: Sequence[str], tags: list[str], end: int) -> int:
    """Where the clause after the sentence's first verb starts, when that
    verb is one of saying or thinking ("He said (that) workers ...",
    "Officials believe the money ..."); else 0."""
    # A first finite verb past the ninth word opens no clause: it is looked for no further.
    verb = next((k for k in range(min(end, 9)) if tags[k] in _FINITE_TAGS), None)
    if verb is None or not _said_lemmas(words[verb]):
        return 0
    if _word(words, verb + 1) == "that":
        return verb + 2
    found = entry(words[verb])
    if {words[verb], *(found.lemmas if found else ())} & _CLAUSE_ONLY_VERBS:
        return verb + 1
    return 0  # "He announced de Graaf as his running mate": an object, no clause


def _before_attribution(words: Sequence[str], tags: list[str]) -> int:
    """Where the sentence's attribution starts (", he said." or ", police
    said."), or its last token when it has none."""
    for k in range(len(words) - 2, max(0, len(words) - 8), -1):
        if words[k] == ",":
            finite = [n for n in range(k + 1, len(words)) if tags[n] in _FINITE_TAGS]
            if len(finite) == 1 and _said_lemmas(words[finite[0]]):
                return k
            break
    return len(words) - 1
