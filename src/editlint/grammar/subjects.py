"""The subject of a verb (whether a comma closes an aside: ``asides``).

Agreement is checked against the head of the verb's subject, not the
nearest noun: "The number of protesters ... were" has "number" as its head,
"products shipped to the US are" has "products", "the senator, along with
his advisers, were" has "senator". From the verb the search goes left:

- over adverbs ("also", "reportedly") and an aside set off by commas
  ("along with his advisers", "who was 45", "he said");
- to the end of a noun phrase, then to its start (determiners, adjectives,
  nouns, numbers, possessives);
- past a preposition to the noun phrase the prepositional phrase hangs on
  ("of protesters", "in the city", "to the US" after "shipped"), and from
  "who"/"that"/"which" to the noun it stands for ("people who has"; a
  list that ends in a plural is plural: "serve on juries, work jobs that
  require"; "but one that was made": ``relatives``); after a relative
  clause to the head of the phrase it hangs on ("The price of houses that
  sit near the river has");
- a gerund or an infinitive with its object or phrase that opens the
  sentence or a clause after "that" is one thing, singular ("Running for
  president is"), unless a plural follows the verb ("Joining him on stage
  were his wife and sons": an inversion).

The head's number (``number.noun_number``) comes from the lexicon and
the lists of ``wordclasses``: a plural
noun ("residents"), a singular one ("minister"), a collective noun (a
body of people, singular in American style but either in British), a name,
a person named with a title ("Mr Karzai"), or unknown (a noun that is the
same in both numbers, a quantity such as "a number of", a compound subject
with "or"). Where the sentence does not let the subject be found for sure
(a question, an inversion, a bare infinitive after "let" or "saw", a
subjunctive after "demand that") there is no subject, and no finding.
"""

from __future__ import annotations

from collections.abc import Sequence

from .clauses import alternatives, opening_phrase_ends, perceived_subject, question_subject, verb_phrase_subject
from .nounphrase import (
    _ADVERBS,
    _FINITE,
    _NOUNS,
    _PARTICLES,
    QUANTIFIERS,
    _can,
    _can_participle,
    _lemmas,
    _mostly_verb,
    _participle_at,
    _participle_hangs_on,
    _phrase_start,
    _postnominal,
    quantifier,
)
from .number import (
    _BOUNDARIES,
    PLURAL,
    SINGULAR,
    _first_word,
    _lower,
    noun_number,
)
from .relatives import antecedent, relative_pronoun
from .wordclasses import (
    ASIDE_OPENERS,
    BARE_INFINITIVE_VERBS,
    EITHER_OF,
    MEASURE_NOUNS,
    PEOPLE_ADJECTIVES,
    PLURAL_PRONOUNS,
    PREPOSITIONS,
    QUANTITY_OF,
    SAYING_LEMMAS,
    SINGULAR_PRONOUNS,
    SPEECH_LEMMAS,
    SUBJUNCTIVE_TRIGGERS,
    SUBORDINATORS,
    TIME_WORDS,
)

_MAX_HOPS = 4
#: Tags of a verb that may end a relative clause or come before its object: "that collapsed", "who sell their".
_VERBS_ENDING_CLAUSE = frozenset("VB VBD VBN VBP VBZ".split())


def subject_before(tokens, tags: Sequence[str], k: int) -> bool:
    """Whether the words before an aside end in a noun phrase that can be
    the subject of the verb after it: "The move, which ..., follows",
    "rival Howard Stern, with whom ..., has"; not a phrase after a
    preposition or a verb ("In 2017, after ..., came", "wearing a vest,
    though ..., was")."""
    if k < 0 or tags[k] not in _NOUNS | {"PRP", "CD"}:
        return False
    start = _phrase_start(tokens, tags, k)
    if start == 0:
        return True
    previous, previous_tag = _lower(tokens, start - 1), tags[start - 1]
    if previous == "of" or previous in PREPOSITIONS or previous_tag in ("VB", "VBG", "VBN", "TO", "IN"):
        return _head(tokens, tags, k, 0) is not None
    return True


def aside_start(tokens, tags: Sequence[str], comma: int) -> int | None:
    """Where the aside that the comma at ``comma`` closes opens (the
    index of its opening comma), or None when it closes none."""
    for k in range(comma - 1, max(-1, comma - 25), -1):
        text = tokens[k].text
        if text in (";", ":", "(", ")"):
            return None
        if text != ",":
            continue
        first = _lower(tokens, k + 1)
        if first in ASIDE_OPENERS or (tags[k + 1] == "CD" and comma - k <= 3):
            return k  # ", along with his advisers,", ", 45,"
        if (first in QUANTIFIERS or tags[k + 1] == "CD") and [_lower(tokens, n) for n in (k + 2, k + 3)] in (
            ["of", "them"],
            ["of", "whom"],
        ):
            return k  # ", many of them farmers,", ", two of whom were injured,"
        inside = range(k + 1, comma)
        verbs = [j for j in inside if tags[j] in _FINITE]
        if tags[k + 1] in ("VBN", "VBD") and _can(tokens[k + 1].text, "VBN") and verbs in ([], [k + 1]):
            return k  # a participle: ", published on Monday,", ", aged 20 and 25,"
        if len(verbs) == 1 and _lemmas(tokens[verbs[0]].text) & SPEECH_LEMMAS:
            return k  # ", they said,"
        if tags[k + 1] in ("DT", "PRP$") and not verbs:
            return k  # an appositive: ", the party's leader,"
        if tags[k + 1] == "RB" and tags[k + 2] in _NOUNS and not verbs and tags[k - 1] in _NOUNS:
            return k  # ", mostly women and children,": an appositive after an adverb
        if not verbs and k > 0 and tags[k - 1] in _NOUNS and _describes_noun(tokens, tags, k + 1):
            return k  # ", citing a lack of evidence,", ", angry at the pay,", ", now in its third year,"
        if k > 0 and tags[k - 1] in ("NN", "NNS") and all(tags[n] == "NNP" for n in inside):
            return k  # a name after a common noun: "The group's leader, Ahmed Ali,"
        return None
    return None


def _describes_noun(tokens, tags: Sequence[str], first: int) -> bool:
    """Whether the phrase opening at ``first`` after a noun and a comma
    (and holding no finite verb) describes that noun: a gerund with its
    object ("citing a lack of evidence"), an adjective or an adverb with a
    phrase of a preposition ("angry at the chief executive's pay", "now in
    its third year", "still in hospital")."""
    if tags[first] == "VBG":
        return True
    return tags[first] in ("JJ", "RB") and first + 1 < len(tokens) and tags[first + 1] in ("IN", "TO")


def subject(tokens, tags: Sequence[str], verb: int) -> tuple[int, str] | None:
    """(head index, number) of the subject of the finite verb at ``verb``,
    or None when it cannot be found for sure."""
    j = verb - 1
    while j >= 0 and tags[j] in _ADVERBS and verb - j <= 2:
        if _lower(tokens, j) in ("not", "n't", "never"):
            return None  # "prefer Biden not participate": no finite verb is negated so
        j -= 1
    if j >= 0 and tokens[j].text == ",":
        opening = aside_start(tokens, tags, j)
        if opening is None:
            return None
        j = opening - 1
    elif j >= 0 and tokens[j].text in (")", "—", "–"):
        # "The ban (introduced in 2019) applies", "The ban — introduced in 2019 — applies"
        pair = "(" if tokens[j].text == ")" else tokens[j].text
        opening = next((k for k in range(j - 1, max(-1, j - 25), -1) if tokens[k].text == pair), None)
        if opening is None or any(tokens[k].text in (";", ":") for k in range(opening, j)):
            return None
        if _lower(tokens, opening + 1) in ("and", "or", "nor", "&"):
            return None  # "The minister — and his wife — were": a compound
        j = opening - 1
    found = _head(tokens, tags, j, 0)
    if found is None and j == verb - 1:
        found = (
            question_subject(tokens, tags, verb)
            or perceived_subject(tokens, tags, verb)
            or verb_phrase_subject(tokens, tags, verb)
        )
    return found if found is not None and found[1] is not None else None


def _head(tokens, tags: Sequence[str], j: int, hops: int) -> tuple[int, str | None] | None:
    """(head, number or None when unknown) of the subject whose noun phrase
    ends at ``j``; None when there is no subject there to find."""
    if j < 0 or hops > _MAX_HOPS:
        return None
    word = _lower(tokens, j)
    if word.endswith("'s") or word.endswith("s'"):
        return None  # "Hazard's assist": a possessive belongs to the noun after it
    if tags[j] == "VBG" and j > 1 and _lower(tokens, j - 1) == "of" and tags[j - 2] in _NOUNS:
        return _head(tokens, tags, j - 2, hops + 1)  # "the cost of living is": a gerund after "of" is no head
    if word in ("who", "that", "which") and tags[j] in ("WP", "WDT", "IN"):
        return antecedent(tokens, tags, j - 1)  # "people who has": the noun "who" stands for
    if tags[j] == "VB" and j > 1 and _lower(tokens, j - 1) == "to" and tags[j - 2] in _NOUNS:
        if _lemmas(tokens[j].text) & (BARE_INFINITIVE_VERBS | {"go", "come"}):
            return None  # "as president to help resolve the conflict": a bare infinitive follows
        return _head(tokens, tags, j - 2, hops + 1)  # "a heading with three words to change is"
    if tags[j] == "PRP" or word in SINGULAR_PRONOUNS | PLURAL_PRONOUNS and tags[j] not in _NOUNS:
        start = j  # a pronoun is a phrase of its own
    elif _heads_phrase(tokens, tags, j):
        if word in TIME_WORDS and j > 0 and _lower(tokens, j - 1) in ("this", "last", "next", "that", "every", "each"):
            k = j - 2  # "Vigils nationwide this evening were"
            while k >= 0 and tags[k] in _ADVERBS | {"JJ"} and j - k <= 4:
                k -= 1
            if k > 0 and tags[k] in ("VBN", "VBD") and _can_participle(tokens, tags, k):
                if not _participle_hangs_on(tokens, tags, k - 1):
                    return None
                k -= 1  # "the measures introduced last year have"
            return _head(tokens, tags, k, hops + 1)
        if word in TIME_WORDS and j > 0 and tags[j - 1] in _NOUNS:
            j -= 1  # "the president's tweets Monday are"
            word = _lower(tokens, j)
        start = _phrase_start(tokens, tags, j)
        if any(tags[k] == "NNS" and _lower(tokens, k).endswith("s") for k in range(start, j)):
            # "the states filing suit have": a plural inside the phrase may be its head (not one of
            # a compound: "the data connection", "the media star")
            return None
        if j > start + 1 and _can(tokens[j].text, "VBZ") and _reduced_relative(tokens, tags, start):
            return None  # "the proposition the President advances/NNS reduces": "advances" is the clause's verb
    elif tags[j] in _VERBS_ENDING_CLAUSE or tags[j] == "JJ" and _lower(tokens, j - 1) in ("is", "are", "was", "were"):
        opener = relative_pronoun(tokens, tags, j)
        # "the man who was arrested is", "The buildings that collapsed were", "who were present are"
        return _clause_owner(tokens, tags, opener, hops) if opener is not None else None
    else:
        return None
    number = noun_number(tokens, tags, j, start)
    if word in MEASURE_NOUNS and tags[start] != "PRP$" and _lower(tokens, start) not in ("the", "these", "those"):
        if start == 0 or _lower(tokens, start - 1) not in PREPOSITIONS:
            # "a few kilometres from Sandton begins": a measure opens an inversion; not "the early
            # weeks", nor a measure in a phrase ("Researchers who tracked patients for ten years say")
            return None
    before = start - 1
    while before >= 0 and tags[before] in _ADVERBS and _lower(tokens, before) in ("only", "just", "even", "also"):
        before -= 1  # "drafting only men"
    if before < 0:
        return j, number
    if _lower(tokens, before) in _PARTICLES and before > 0 and tags[before - 1] in _VERBS_ENDING_CLAUSE:
        before -= 1  # "who locked up thousands": the object of a verb and its particle
    previous = _lower(tokens, before)
    previous_tag = tags[before]
    if previous in ("some", "many", "most", "any", "each") and tags[start] in ("DT", "PRP$"):
        return None  # "some the fire department were": a word is missing, and the head is unsure
    if previous == "as" and before > 0 and _lower(tokens, before - 1) == "such":
        previous, before = "such as", before - 1  # "colors such as purple were": the colors
    if previous == "to" and before > 0 and _lower(tokens, before - 1) == "up" and tags[start] == "CD":
        previous, before = "up to", before - 1  # "up to 50 homes were": a number
    if previous in ("at", "about", "around", "over", "under", "nearly", "almost", "up to") and tags[start] in (
        "CD",
        "JJS",
    ):
        if before == 0 or tokens[before - 1].text in _BOUNDARIES or tags[before - 1].startswith("VB"):
            return j, number  # "at least 76 people were": a number, not a place
        if opening_phrase_ends(tokens, tags, before - 1):
            return j, number  # "According to the ministry over 345 pilgrims have": a comma left out
        if _lower(tokens, before - 1) in PREPOSITIONS:
            before -= 1  # "households with at least one person were"
            previous, previous_tag = _lower(tokens, before), tags[before]
    if before > 1 and (previous == "of" or previous in PREPOSITIONS) and _postnominal(tokens, tags, before - 1):
        return _head(tokens, tags, before - 2, hops + 1)  # "a book critical of the government was"
    if previous == "of":
        if before > 1 and tags[before - 1] in ("VBN", "VBD") and _can_participle(tokens, tags, before - 1):
            if not _participle_hangs_on(tokens, tags, before - 2):
                return None
            return _head(tokens, tags, before - 2, hops + 1)  # "the man accused of the murder denies"
        if before > 0 and quantifier(tokens, tags, before - 1):
            quantity = before - 1
            if quantity > 0 and _lower(tokens, quantity - 1) in PREPOSITIONS:
                # "The water in some of the wells is": the quantity is in a phrase hanging on a noun before it
                owner = quantity - 2
                return _head(tokens, tags, owner, hops + 1) if owner >= 0 and tags[owner] in _NOUNS else None
            verb = quantity - 1
            while verb > 0 and tags[verb] in _ADVERBS:
                verb -= 1  # "occurs only some of the times"
            if verb > 0 and tags[verb] in _VERBS_ENDING_CLAUSE and not _lemmas(_lower(tokens, verb)) & SAYING_LEMMAS:
                opener = relative_pronoun(tokens, tags, verb)
                if opener is not None:
                    # "An error that occurs only some of the times is": the quantity closes a
                    # relative clause whose verb takes no clause, so the main verb's subject
                    # is the noun the clause hangs on ("who said some of the wells are": a
                    # clause of its own)
                    return _clause_owner(tokens, tags, opener, hops)
            return j, number if number in (SINGULAR, PLURAL) else None  # "some of these activities have"
        owner = _head(tokens, tags, before - 1, hops + 1)
        if owner is None:
            return None
        owner_word = _lower(tokens, owner[0])
        opener = _lower(tokens, _phrase_start(tokens, tags, owner[0]))
        if owner_word == "number" and opener == "the":
            return owner[0], SINGULAR  # "the number of protesters is"
        if owner_word in QUANTITY_OF or owner_word == "number" and opener == "a":
            return j, number if number in (SINGULAR, PLURAL) else None  # "a lot of protesters are", "a number of"
        if owner_word in ("kind", "sort", "type") and number == SINGULAR:
            return owner[0], SINGULAR  # "this kind of activity is"
        if owner_word in EITHER_OF:
            return owner[0], None
        return owner
    if (
        previous in PREPOSITIONS
        or previous == "such as"
        or previous in _TIME_CONJUNCTIONS
        and _participle_at(tokens, tags, before - 1)
    ):
        k = before - 1
        if k >= 0 and _lower(tokens, k) in ("along", "together", "well"):
            k -= 3 if _lower(tokens, k) == "well" else 1  # "as well as": three words
        skipped = k
        opener = relative_pronoun(tokens, tags, k) if k > 0 and tags[k] in _VERBS_ENDING_CLAUSE else None
        if opener is not None:
            owner = _clause_owner(tokens, tags, opener, hops)  # "Residents who recently moved to the area were"
            if previous in _TIME_CONJUNCTIONS and (owner is None or owner[1] != number):
                return None  # "Subscriptions which are added after the trace begins": a clause of its own
            return owner
        if k > 1 and tags[k] == "VBG" and _lower(tokens, k - 1) == "of":
            return _head(tokens, tags, k, hops + 1)  # "the cost of living in most cities is"
        if k > 1 and _lower(tokens, k) in _PARTICLES and _participle_at(tokens, tags, k - 1):
            k -= 1  # "the drug tests carried out after the race": a participle's particle
        while k >= 0 and (tags[k] in ("VBN", "VBG", "RB") or tags[k] == "VBD" and _can_participle(tokens, tags, k)):
            if before - k > 4 or tags[k] in ("VBD", "VBN") and tags[k + 1] == "VBG":
                break  # "officials said running for president is": a verb and a gerund, no participle
            if tags[k] == "VBN" and k > 2 and _lower(tokens, k - 1) == "be" and tags[k - 2] == "TO":
                k -= 3  # "the cases waiting to be heard in the courts": a passive infinitive
                continue
            k -= 1  # "products shipped to", "directors based in", "items kept from"
        if k != skipped and (k < 0 or tags[k] not in _NOUNS):
            return None  # "getting to 50 percent is": a gerund, not a noun, is the subject
        if k != skipped and not _participle_hangs_on(tokens, tags, k):
            return None
        if k < 0 or tokens[k].text in _BOUNDARIES - {","}:
            return None  # the sentence opens with the phrase: an inversion ("Among the dead were")
        if tokens[k].text == ",":
            k -= 1  # "the senator, along with his advisers were"
        owner = _head(tokens, tags, k, hops + 1)
        if previous in _TIME_CONJUNCTIONS and (owner is None or owner[1] != number):
            # "Parents prosecuted after homeopathic treatment leads": a phrase ("the tests carried
            # out after the race are") or a clause of its own, so only when both agree
            return None
        return owner
    if previous in ("that", "lest") and any(_lemmas(_lower(tokens, k)) & SUBJUNCTIVE_TRIGGERS for k in range(before)):
        # "demanded that the minister resign", "demand directly that Turkey stop"; "are" is no
        # subjunctive: "important to ensure that the domain are"
        are = number == SINGULAR and j + 1 < len(tokens) and _lower(tokens, j + 1) == "are"
        return (j, number) if are else _plural_only(j, number)
    if previous in SUBORDINATORS:
        return j, number  # "after the treatment leads": the subject of its own clause
    if previous.endswith("ing") and before == _first_word(tokens):
        return None  # "Maintaining relationships with such countries sends": a gerund (see _verb_phrase_subject)
    if previous in ("and", "&", "or", "nor", "but", "plus"):
        return conjoined(tokens, tags, j, number, before, hops)
    if previous == "than":
        return None
    if previous == "," and before > 0 and tags[j] in ("NNP", "NNPS") and tags[before - 1] in ("NNP", "NNPS"):
        return None  # a list of names: "Sweden, Belgium, England win"
    if previous == "whose":
        return j, number  # "a committee whose members are": the subject of the relative clause
    if previous in ("which", "whom") and before > 0 and tags[before - 1] == "IN":
        return j, number  # "in which 1,426 pilgrims were": the subject of the relative clause
    if previous in ("what", "which") and tags[start] in ("DT", "PRP$"):
        return j, number  # "what the committee is doing": the subject of the clause
    if previous_tag == "WRB" and previous in ("how", "where", "when", "why", "whenever", "wherever"):
        return j, number  # "how oxygen dissolves", "where abortion is legal"
    if previous_tag in ("WDT", "WP", "WP$", "WRB") or previous in ("what", "which"):
        return None  # "what percentage ... do", "which countries"
    lemmas = _lemmas(previous)
    if (
        previous_tag.startswith("VB")
        and lemmas & SAYING_LEMMAS
        and not lemmas & (BARE_INFINITIVE_VERBS | SUBJUNCTIVE_TRIGGERS | {"do", "be", "have"})
        and not (previous_tag == "VB" and _lower(tokens, before - 1) == "to")  # "fails to report its emissions faces"
    ):
        opener = relative_pronoun(tokens, tags, before)
        if opener is not None:
            owner = _clause_owner(tokens, tags, opener, hops)  # "the man who knew the victims was": either
            return (j, number) if owner is not None and owner[1] == number else None
        return j, number  # "indicated no vehicles were", "meaning an infected person is": a clause without "that"
    if previous_tag.startswith("VB") and lemmas & BARE_INFINITIVE_VERBS - {"have"} and j + 1 < len(tokens):
        opener = relative_pronoun(tokens, tags, before)
        participle = previous_tag == "VBG" and before > 0 and tags[before - 1] in _NOUNS  # "A court hearing the case"
        # not "that help the homeless say/NN demand has": a word inside the object may be its verb
        plain = not any(_mostly_verb(tokens[k].text) for k in range(start + 1, j))
        if (
            (opener is not None or participle)
            and plain
            and (tags[j + 1] == "VBZ" or _lower(tokens, j + 1) in ("are", "were", "was"))
        ):
            # "Witnesses who saw the crash describes": no bare infinitive is finite, so the verb is the
            # main verb after the relative clause; a form of "be" may open a clause of the verb's own
            # ("the man who saw the thieves were": he saw that they were), so only when both agree
            # (no clause follows "make" or "let": "The man who made the cakes were")
            owner = (
                _clause_owner(tokens, tags, opener, hops)
                if opener is not None
                else _head(tokens, tags, before - 1, hops + 1)
            )
            finite = tags[j + 1] == "VBZ" and _lower(tokens, j + 1) != "is" or lemmas & {"make", "let", "help"}
            if finite or owner is None or owner[1] == number:
                return owner
            return None
    if previous_tag.startswith("VB") and lemmas & (BARE_INFINITIVE_VERBS | SUBJUNCTIVE_TRIGGERS) - {"have"}:
        # "let the soldier know", "saw Mr Blair predict", "demanded the minister resign"
        return _plural_only(j, number)
    if previous_tag == "MD" or previous == "may" or lemmas & {"do"} and previous_tag.startswith("VB"):
        # "May he rest in peace"; a question: "does the minister know", "should voters expect"
        return _plural_only(j, number)
    if previous_tag == "VBG" and before > 1 and _lower(tokens, before - 1) in PREPOSITIONS | {"of"}:
        if tags[before - 2] in _NOUNS:
            return _head(tokens, tags, before - 2, hops + 1)  # "the fine for breaking this law was"
        if before > 2 and _postnominal(tokens, tags, before - 2):
            return _head(tokens, tags, before - 3, hops + 1)  # "a spacecraft capable of carrying humans is"
        if tags[before - 2] in ("VBN", "VBD") and _can_participle(tokens, tags, before - 2):
            if _participle_hangs_on(tokens, tags, before - 3):
                return _head(tokens, tags, before - 3, hops + 1)  # "A man accused of killing his wife has"
    if previous_tag == "VB" and before > 1 and _lower(tokens, before - 1) == "to":
        owner = before - 2
        if owner > 0 and tags[owner] in ("VBN", "VBD") and tags[owner - 1] in _NOUNS:
            owner -= 1  # "the states scheduled to hold elections are"
        if tags[owner] in _NOUNS:
            return _head(tokens, tags, owner, hops + 1)  # "their ability to affect legislation is"
    if previous_tag == "VBG" and before > 0 and (tags[before - 1] in _NOUNS or _lower(tokens, before - 1) == "those"):
        return _head(tokens, tags, before - 1, hops + 1)  # "casualties destroying the caliphate were"
    opener = relative_pronoun(tokens, tags, before) if previous_tag in _VERBS_ENDING_CLAUSE else None
    if opener is not None:
        if tags[j] == "PRP" and j + 1 < len(tokens) and _can(tokens[j + 1].text, "NNS"):
            return None  # "systems that could give us hints/VBZ": two objects, the second read as a verb
        # "the firefighters who battled the blaze were", "Farmers who often sell their produce were"
        return _clause_owner(tokens, tags, opener, hops)
    if previous_tag in ("VBG", "VBN", "VB", "IN", "TO"):
        return None  # "Bus carrying children overturns", "plans to expand the scheme": an object
    if previous_tag in ("VBD", "VBZ", "VBP") and not _lemmas(previous) & SAYING_LEMMAS:
        return None  # "and enhanced security have": an object; "said the soldier know" is not
    if previous_tag == "MD" or _lemmas(previous) & {"do", "be", "have"} and previous_tag.startswith("VB"):
        return None  # a question or an inversion: "does the minister know"
    if previous_tag.startswith("VB") and _lemmas(previous) & BARE_INFINITIVE_VERBS:
        return None  # "let the soldier know", "saw Mr Blair predict"
    if previous_tag.startswith("VB") and _lemmas(previous) & SUBJUNCTIVE_TRIGGERS:
        return None  # "demanded the minister resign"
    return j, number


#: Words after which "but" means "except": "all but one victim was".
_EXCEPT_BUT = frozenset("all none nothing everything anything everyone everybody anyone nobody no not every".split())
#: Words that open a clause of their own, where a search for a verb before a conjunction stops.
_CLAUSE_START = SUBORDINATORS | frozenset("who whom which that whose what".split())


def conjoined(
    tokens, tags: Sequence[str], j: int, number: str | None, conjunction: int, hops: int
) -> tuple[int, str | None] | None:
    """The subject of a verb after "and <noun phrase ending at j>" (or
    "but"): either the noun phrase opens a clause of its own ("the victims
    died, and three others were"; "but this move is"), or it is the second
    half of a compound ("storms and hurricanes are": plural; "the minister
    and his wife": no finding, as "research and development is" is right),
    or the compound hangs on a noun before it ("the bravery of the police
    and the public is")."""
    word = _lower(tokens, conjunction)
    if word in ("or", "nor"):
        return alternatives(tokens, tags, j, number, conjunction)
    left = conjunction - 1
    comma = left >= 0 and tokens[left].text == ","
    if comma:
        left -= 1  # "the victims died, and three others were"
    if left < 0 or _lower(tokens, j) in ("he", "she", "they", "we", "it") and j == conjunction + 1:
        return j, number  # "And the flag is", "and it was home to"
    if word == "but":
        if any(_lower(tokens, k) in _EXCEPT_BUT for k in range(max(0, left - 3), left + 1)):
            return None  # "all but one victim", "not the minister but his aides"
        return j, number
    if tags[left] in _FINITE or comma and _finite_before(tokens, tags, left + 1):
        return j, number  # "the victims died, and three others were": a new clause
    if tags[left] in ("VBN", "JJ", "RB", "RP") and _finite_before(tokens, tags, left + 1):
        return j, number  # "Nothing is downloaded and no server is needed": a new clause after a complete one
    if tags[left] not in _NOUNS and tags[left] != "PRP":
        return None  # "can move and stretch", "black and white photos", "between 2 and 3 people"
    start = _phrase_start(tokens, tags, left)
    both = start > 0 and _lower(tokens, start - 1) == "both"
    if both:
        start -= 1  # "both the minister and his wife"
    previous = _lower(tokens, start - 1) if start > 0 else ""
    previous_tag = tags[start - 1] if start > 0 else ""
    if previous == "of":
        owner = _head(tokens, tags, left, hops + 1)
        if owner is not None and owner[0] == left and not _finite_before(tokens, tags, start):
            # "Hundreds of homes and other buildings are": the compound after a quantity is the subject
            return (j, PLURAL) if PLURAL in (owner[1], number) else None
        return owner if owner is not None and owner[0] != left else None  # "the bravery of the police and ..."
    if previous in PREPOSITIONS:
        owner = _head(tokens, tags, left, hops + 1)
        if owner is None and _finite_before(tokens, tags, start):
            return j, number  # "allowed in the shuttles and this trainer is": no noun for the phrase, a new clause
        if owner is not None and owner[1] == PLURAL and number == PLURAL:
            return j, PLURAL  # "Researchers at the laboratory and colleagues have": plural in either reading
        if owner is not None and owner[1] == PLURAL and _plural_compound(tokens, tags, owner[0], start, j):
            return j, PLURAL  # "The charges against the mayor and his deputy were": plural in either reading
        return None  # "the water used by toilets and urinals is", "with rhythm and blues band"
    if previous_tag in ("VB", "VBG", "VBN", "TO"):
        return None  # "attempts to mix business and ideology were": the compound is an object
    speech = previous_tag in _FINITE and _lemmas(previous) & SAYING_LEMMAS
    if previous_tag in _FINITE and not speech:
        return j, number  # "they found the car and the driver was": a new clause
    if start > 0 and not speech and previous not in _CLAUSE_START and tokens[start - 1].text not in _BOUNDARIES:
        return None  # "to flush the planet's roughly 1 billion toilets and ...": not where a subject starts
    numbers = {noun_number(tokens, tags, left, start), number}
    if both or _lower(tokens, left) == "i":
        numbers.add(PLURAL)  # "both the minister and his wife", "I and others"
    return (j, PLURAL) if PLURAL in numbers else None


def _plural_compound(tokens, tags: Sequence[str], owner: int, start: int, j: int) -> bool:
    """Whether "<plural owner> <preposition> <noun> and <noun phrase
    opening at start, ending at j>" is plural in either reading ("The
    charges against the mayor and his deputy"): not after a verb ("He spoke
    to workers at the plants and the company is": a new clause), nor after
    "of" ("which of the indicators supported by the protocol and XKB
    corresponds"), nor where a plural may follow ("the release notes and
    announcement messages": a noun of a compound)."""
    owner_start = _phrase_start(tokens, tags, owner)
    if owner_start > 0 and _lower(tokens, owner_start - 1) == "of":
        return False
    if any(tags[k] in ("WDT", "WP") for k in range(owner, start)):
        return False  # "reports which of the indicators supported by the protocol and XKB corresponds"
    return not _finite_before(tokens, tags, start) and not (j + 1 < len(tokens) and _can(tokens[j + 1].text, "NNS"))


def _finite_before(tokens, tags: Sequence[str], end: int) -> bool:
    """Whether a finite verb comes before ``end`` in its clause ("Two
    victims died, and"); a list of nouns has none ("that the police, the
    firemen, and the public were")."""
    for k in range(end - 1, -1, -1):
        if tokens[k].text in (";", ":", "(", ")", "“", "”", '"') or _lower(tokens, k) in _CLAUSE_START:
            return False
        if tags[k] in _FINITE:
            return True
    return False


def _plural_only(j: int, number: str | None) -> tuple[int, str | None] | None:
    """A subject where the verb may be a bare infinitive or a subjunctive
    ("let the soldier know", "demanded that the minister resign", "does
    the minister know"), so only a plural is sure: "knows" or "was" is
    wrong after a plural in every reading ("let the soldiers knows")."""
    return (j, PLURAL) if number == PLURAL else None


def _reduced_relative(tokens, tags: Sequence[str], start: int) -> bool:
    """Whether the noun phrase opening at ``start`` with a determiner comes
    right after a noun phrase that has one too and follows no preposition:
    perhaps a clause without "that" ("the proposition the President
    advances reduces to", "the election cycle the foundation has held"),
    whose last word may be its verb. Not after an opening phrase ("In the
    capital the protesters were")."""
    if start < 2 or tags[start] not in ("DT", "PRP$") or tags[start - 1] not in ("NN", "NNS"):
        return False
    opening = _phrase_start(tokens, tags, start - 1)
    if tags[opening] not in ("DT", "PRP$"):
        return False
    return opening == 0 or _lower(tokens, opening - 1) not in PREPOSITIONS | {"of"}


def _heads_phrase(tokens, tags: Sequence[str], j: int) -> bool:
    """Whether the word at ``j`` may head a noun phrase: a noun, a number,
    a form in -ing after a determiner ("the fighting"), an adjective that
    names people after "the" ("the poor")."""
    if tags[j] in _NOUNS or tags[j] == "CD":
        return True
    if tags[j] == "VBG":
        return j > 0 and tags[j - 1] in ("DT", "PRP$", "JJ")
    return _lower(tokens, j) in PEOPLE_ADJECTIVES and j > 0 and _lower(tokens, j - 1) == "the"


#: Conjunctions of time that are prepositions after a participle: "the tests carried out after the race are".
_TIME_CONJUNCTIONS = frozenset("after before since until".split())


def _clause_owner(tokens, tags: Sequence[str], opener: int, hops: int) -> tuple[int, str | None] | None:
    """The subject of a main verb after a relative clause that "who", "that"
    or "which" at ``opener`` opens: the head of the noun phrase the clause
    hangs on, not the noun the pronoun stands for ("The price of houses
    that sit near the river has", "the suffering of those who have been
    hurt gives": no finding)."""
    k = opener - 1
    if k >= 0 and tokens[k].text == ",":
        return antecedent(tokens, tags, k)  # ", which was announced on Monday take": no closing comma
    if k >= 0 and _lower(tokens, k) == "those" and tags[k] == "DT":
        inside = k > 0 and _lower(tokens, k - 1) in PREPOSITIONS | {"of"}
        return None if inside else (k, PLURAL)  # "Those who were injured were"
    return _head(tokens, tags, k, hops + 1)
