#!/usr/bin/env python3
"""Grammar rules: recall on injected and hand-written slips, false alarms on real news.

Run: python benchmarks/grammar.py [--seed 7] [--per-kind 100]

Three corpora: the odd-numbered Wikinews drafts (../shared/corpus/wikinews,
where the rules were developed), the even-numbered ones (held out) and the
50 ABC articles of lee.cor (held out; en-AU).

1. False alarms: every grammar finding on the text as published, per 1,000
   words (raw: benchmarks/verdicts.py adjudicates each finding).
2. Recall on slips injected one at a time, one per copy of an article, in
   places chosen by rules written from the text, never by editlint's
   tagger or rules: word shapes and the lexicon's tables of what each word
   form can be (a word the inflection table knows only as a plural noun,
   then one it knows only as a present verb...). A finding of the grammar
   rules must cover the injected text.
3. Recall on the hand-written slips of benchmarks/grammar_slips.yaml.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import grammar_inject  # noqa: E402
from grammar_inject import WORD, Place, only, pairs, replace, tags_of  # noqa: E402
from grammar_narrow import narrow_confusion, narrow_verb_comma_verb, narrow_verb_form  # noqa: E402

from editlint import Linter  # noqa: E402
from editlint.grammar.lexicon import inflect  # noqa: E402

WIKINEWS = HERE.parent.parent / "shared" / "corpus" / "wikinews" / "drafts"
#: Words after which "were" for "was" is the subjunctive, correct English ("if the pregnancy were").
SUBJUNCTIVE_OPENERS = {"if", "whether", "though", "wish", "wished", "unless", "suppose", "lest"}
#: --all-sites: keep the sites where the injected text is correct English (see same_both_ways).
ALL_SITES = False


#: Nouns with one form for both numbers, or either number in use: "the
#: aircraft were", "the data are" are right. (Written here from a grammar,
#: not taken from editlint's lists; the inflection table gives "aircrafts".)
BOTH_NUMBERS = set(
    """aircraft spacecraft hovercraft species series sheep deer fish offspring means headquarters crossroads
    swine moose bison buffalo salmon trout cod data media""".split()
)


#: A body of people: "the government have" is right in British and Australian copy.
COLLECTIVE = set(
    """government administration agency parliament council committee team board party cabinet union company
    firm club band group jury panel crowd audience staff crew army navy police public family ministry
    opposition coalition congress senate court commission""".split()
)
#: The language of the corpus whose places are being chosen (see main).
LANGUAGE = "en-US"


def same_both_ways(noun: str) -> bool:
    return noun.lower() in BOTH_NUMBERS


def subjunctive_before(text: str, at: int) -> bool:
    """An "if", "whether"... in the six words before ``at``, in the same sentence."""
    words = re.split(r"[\s]+", re.split(r"[.;:!?]", text[max(0, at - 80) : at])[-1])[-7:]
    return any(w.lower().strip(",\"'“”") in SUBJUNCTIVE_OPENERS for w in words)


# Each injector returns the places it could use (callables giving (text, start, end)).
def agreement(text: str):
    places = []
    for a, b in pairs(text):
        noun, verb = a.group(), b.group()
        if noun.islower() and only(noun, "NNS") and (only(verb, "VBP", "VB") or verb in ("are", "have", "were")):
            singular = {"are": "is", "have": "has", "were": "was"}.get(verb) or inflect(verb, "VBZ")
            if singular and singular != verb:
                places.append(lambda b=b, s=singular: replace(text, b, s))
        if not ALL_SITES and LANGUAGE in ("en-GB", "en-AU") and noun.lower() in COLLECTIVE:
            continue  # "the government have": British and Australian style
        if noun.islower() and only(noun, "NN") and (only(verb, "VBZ") or verb in ("is", "has", "was")):
            plural = {"is": "are", "has": "have", "was": "were"}.get(verb) or inflect(verb, "VBP")
            if not ALL_SITES and (same_both_ways(noun) or plural == "were" and subjunctive_before(text, a.start())):
                continue  # "the aircraft were", "if the pregnancy were": correct English
            if plural and plural != verb:
                places.append(lambda b=b, p=plural: replace(text, b, p))
    return places


#: Heads whose verb may take the number of what follows "of": "a group of teenagers were".
EITHER_HEADS = set(
    """group number lot total majority minority range series set variety couple handful host pair percentage
    proportion rest remainder part portion fraction half third quarter kind sort type bunch crowd""".split()
)
#: Verbs after which the subjunctive is right: "stipulates the secretary succeed".
SUBJUNCTIVE_STEMS = ("demand", "insist", "stipulat", "requir", "recommend", "suggest", "propos", "urg", "order", "ask")
#: Prepositions that open a phrase between a subject and its verb: "the cost of the repairs is".
PHRASE_PREPOSITIONS = {
    "of", "in", "for", "from", "at", "on", "with", "near", "behind", "inside", "outside", "about", "over", "against",
    "between", "among", "across", "within", "under", "by", "to", "into", "during", "like",
}  # fmt: skip
#: Words that open a subject's noun phrase before its head: "the", "its", "these"...
PHRASE_OPENERS = set("the a an this that these those its their his her our each every".split())
#: Openers of one number: "these" before a plural head, "a", "each" before a singular one.
PLURAL_OPENERS = {"these", "those"}
SINGULAR_OPENERS = {"a", "an", "this", "that", "each", "every"}
#: Tags of the words a short noun phrase after the preposition may have (by the lexicon, out of context).
PHRASE_WORDS = {"DT", "JJ", "NN", "NNS", "CD", "PRP$", "PDT", "JJR", "JJS"}
#: Tags of the words that may stand between an opener and the head ("the total cost of"): adjectives only.
MODIFIER_TAGS = {"JJ", "JJR", "JJS"}
#: Words that open an aside between commas after a subject ("The senator, along with his advisers, was").
ASIDE_STARTS = {"along", "together", "accompanied", "including", "like", "who", "which", "whose"}
#: Verbs of saying: "the minister said on Monday" is a clause, not a subject with a participle.
SPEECH_PAST = set("said told reported announced added claimed stated noted warned argued wrote asked".split())
#: An age or a number between commas after a subject: "the man, 45, was".
NUMBER_ASIDE = re.compile(r", \d+, ")
#: Capitalised words that are no name: "of The", "and He".
NOT_NAMES = set("the a an and or but he she it they we i this that these those".split())
PRESENT_OF = {"is": "are", "has": "have", "was": "were"}
PLURAL_TO_SINGULAR = {"are": "is", "have": "has", "were": "was"}


def other_number(word: str, number: str) -> str | None:
    """The verb ``word`` in the number other than ``number``, when the
    lexicon knows ``word`` only as a verb of ``number`` ("is", "says"
    after a singular head; "are", "say" after a plural one); else None."""
    if number == "singular" and (only(word, "VBZ") or word in PRESENT_OF):
        new = PRESENT_OF.get(word) or inflect(word, "VBP")
    elif number == "plural" and (only(word, "VBP", "VB") or word in PLURAL_TO_SINGULAR):
        new = PLURAL_TO_SINGULAR.get(word) or inflect(word, "VBZ")
    else:
        return None
    return new if new and new != word else None


def head_number(opener: str, noun: str) -> str | None:
    """The number of a head noun after ``opener`` by the lexicon: a word it
    knows as a singular noun and not as a plural or an -s verb ("cost"), or
    the reverse ("residents"); None for any other word, a head that may take
    either number ("a group of teenagers were") or one whose number the
    opener contradicts ("these cost")."""
    tags = tags_of(noun)
    if noun == "people":
        return "plural"  # a plural the lexicon also knows as a singular ("a people")
    if not noun.islower() or noun in EITHER_HEADS or same_both_ways(noun):
        return None
    if "NN" in tags and not tags & {"NNS", "VBZ"}:
        number = "singular"
    elif "NNS" in tags and "NN" not in tags:
        number = "plural"  # after an opener, "results" is a noun even if it can be a verb
    else:
        return None
    if number == "singular" and opener in PLURAL_OPENERS or number == "plural" and opener in SINGULAR_OPENERS:
        return None
    if number == "singular" and noun in COLLECTIVE and LANGUAGE in ("en-GB", "en-AU") and not ALL_SITES:
        return None  # "the government of the day have": British and Australian style
    return number


def spaced(text: str, a: re.Match, b: re.Match) -> bool:
    return text[a.end() : b.start()] == " "


def phrase_end(text: str, words: list, m: int) -> int | None:
    """The index of the word after a prepositional phrase whose preposition
    is ``words[m]``: a noun phrase of determiners, adjectives, nouns and
    names, perhaps with a second such phrase ("of the repairs to the
    bridge"), up to seven words, one space apart. None when the phrase is
    not one ("in 2010 the army": a determiner after a noun opens a clause)."""
    last = m + 8
    k = m + 1
    seen_noun = False
    while k < min(last, len(words)):
        if not spaced(text, words[k - 1], words[k]):
            return None  # a comma, a quote: the phrase is over
        word = words[k].group()
        tags = tags_of(word)
        if seen_noun and (only(word, "VBZ", "VBP", "VB") or word in PRESENT_OF or word in PLURAL_TO_SINGULAR):
            return k  # a word known only as a verb: the phrase is over
        if word in PHRASE_PREPOSITIONS and seen_noun:
            seen_noun = False  # "of the repairs to the bridge"
        elif word[:1].isupper() and word.lower() not in NOT_NAMES:
            seen_noun = True  # a name: "of New York", "to the US"
        elif word.islower() and word != "there" and tags & PHRASE_WORDS:
            if tags <= {"DT", "PRP$", "PDT"} and seen_noun:
                return None  # "in the first year the army": a new noun phrase, the subject of a clause
            seen_noun = seen_noun or bool(tags & {"NN", "NNS", "CD", "JJ"})
        else:
            return k if seen_noun else None
        k += 1
    return None


def subject_head(text: str, words: list, n: int) -> tuple[int, str] | None:
    """(index of the opener, number) when ``words[n]`` is the head of a noun
    phrase that opens with "the", "its", "these"... and at most two
    adjectives ("the total cost"), all one space apart."""
    k = n - 1
    while k >= 0 and n - k <= 3 and spaced(text, words[k], words[k + 1]):
        word = words[k].group().lower()
        if word in PHRASE_OPENERS:
            number = head_number(word, words[n].group())
            return (k, number) if number else None
        if not words[k].group().islower() or not tags_of(word) or not tags_of(word) <= MODIFIER_TAGS:
            return None
        k -= 1
    return None


def separated_agreement(text: str):
    """A subject and its verb with words between them, by shapes written
    from the text and the lexicon's tags of single words:

    - a head, a phrase of a preposition and its verb: "the cost of the
      repairs is" -> "are", "the residents of New York have" -> "has",
      with a participle before the phrase ("the products shipped to the US
      are");
    - an aside between commas: "The senator, along with his advisers, was",
      "the man, 45, was", "the report, published on Monday, says";
    - "one of" or "each of" and a plural: "One of the victims was" -> "were";
    - a relative clause: "people who have" -> "has", "a man who was" -> "were";
      (sixth round) with an adverb before its verb ("residents who still
      live"), after ", who" or, for a singular head, ", which" ("the bill,
      which was passed" -> "were": after a plural, ", which was" may stand
      for a clause), and after a phrase of a preposition whose two nouns
      have one number ("the residents of towns that have", "many of the
      people who live"), where "who" may stand for either noun.

    Each place carries a label (its shape; --by-label): the first four
    shapes are the fourth round's, the relative clauses marked "(wide)"
    this round's.

    The head comes after "the", "a", "its", "these"... (of its number) and
    is a word the lexicon knows as a noun of one number only; the verb a
    lower-case word it knows only as a verb of that number. Not after a
    head that may take either number ("a group of teenagers were") or a
    verb that takes the subjunctive ("stipulates the secretary succeed")."""
    places = []
    words = list(WORD.finditer(text))

    def inject(verb: re.Match, number: str, opener: re.Match, label: str) -> None:
        new = other_number(verb.group(), number)
        if new and not (new == "were" and subjunctive_before(text, opener.start())):
            places.append(Place(label, lambda: replace(text, verb, new)))

    for n in range(len(words) - 1):
        head, after = words[n], words[n + 1]
        found = subject_head(text, words, n)
        opener = words[found[0]] if found else None
        if found and any(w.group().lower().startswith(SUBJUNCTIVE_STEMS) for w in words[max(0, n - 8) : n]):
            found = None
        if found:
            number = found[1]
            gap = text[head.end() : after.start()]
            m = n + 1
            if gap == " " and only(after.group(), "VBD", "VBN") and after.group() not in SPEECH_PAST:
                m = n + 2  # "the products shipped to the US are"
                if m >= len(words) or not spaced(text, after, words[m]):
                    m = None
            if gap == " " and m is not None and words[m].group() in PHRASE_PREPOSITIONS:
                end = phrase_end(text, words, m)
                if end is not None and end < len(words) and spaced(text, words[end - 1], words[end]):
                    inject(words[end], number, opener, "a phrase after the head")
            elif NUMBER_ASIDE.fullmatch(gap):
                inject(after, number, opener, "an aside")  # "the man, 45, was"
            elif gap == ", " and aside_opens(after.group()):
                end = aside_end(text, words, n + 1)
                if end is not None:
                    inject(words[end], number, opener, "an aside")
        word = head.group().lower()
        if word in ("one", "each") and after.group() == "of" and (n == 0 or words[n - 1].group().lower() != "the"):
            end = phrase_end(text, words, n + 1)
            if (
                end is not None
                and words[end - 1].group().islower()
                and head_number("", words[end - 1].group()) == "plural"
            ):
                if spaced(text, words[end - 1], words[end]):
                    inject(words[end], "singular", head, "one of, each of")  # "One of the victims was" -> "were"
        if word in ("who", "that") and n + 1 < len(words) and spaced(text, head, after) and n > 0:
            noun = words[n - 1]
            number = head_number("", noun.group()) if spaced(text, noun, head) else None
            if number and not before_is_preposition(text, words, n - 1):
                inject(after, number, noun, "a relative clause")  # "people who have" -> "has"
        if word in ("who", "that", "which") and n > 0 and n + 2 < len(words):
            relative_clause_wide(text, words, n, inject)
        if word in ("who", "that") and n > 1 and n + 3 < len(words):
            main_verb_after_relative(text, words, n, inject)
    return places


#: Adverbs that stand between a relative pronoun and its verb: "residents who still live".
RELATIVE_ADVERBS = set(
    """also still now never often already usually later then recently previously currently reportedly allegedly
    always sometimes once actually really""".split()
)


def relative_clause_wide(text: str, words: list, n: int, inject) -> None:
    """The sixth round's relative clauses (``words[n]`` is "who", "that" or
    "which"): the shapes the fourth round's injector leaves out, written
    from the text and the lexicon's tags of single words."""
    head, after = words[n], words[n + 1]
    word = head.group().lower()
    noun = words[n - 1]
    number = head_number("", noun.group())
    gap = text[noun.end() : head.start()]
    verb = after
    if spaced(text, head, after) and after.group().lower() in RELATIVE_ADVERBS and spaced(text, after, words[n + 2]):
        verb = words[n + 2]
    if not number or not spaced(text, head, after):
        return
    if before_is_preposition(text, words, n - 1) and phrase_owner(text, words, n - 1) != number:
        return  # "the wife of the men who": "who" may stand for either noun
    if gap == " " and word != "which" and verb is not after:
        inject(verb, number, noun, "a relative clause, an adverb (wide)")  # "residents who still live" -> "lives"
    elif gap == ", " and (word == "who" or word == "which" and number == "singular"):
        # ", which were" after a plural may stand for a clause; ", who" stands for a noun.
        if subject_head(text, words, n - 1) is not None:
            inject(verb, number, noun, "a relative clause after a comma (wide)")  # "the bill, which was" -> "were"
    elif gap == " " and word != "which" and before_is_preposition(text, words, n - 1):
        inject(verb, number, noun, "a relative clause after a preposition (wide)")  # "the heads of agencies that"


#: Verbs of saying, thinking and perceiving, whose object may be a clause: "who said the plan is".
CLAUSE_VERBS = set(
    """said say says told tell tells believe believes believed think thinks thought know knows knew feel feels
    felt find finds found see sees saw hear hears heard claim claims claimed argue argues argued insist insists
    insisted report reports reported note notes noted warn warns warned""".split()
)


def main_verb_after_relative(text: str, words: list, n: int, inject) -> None:
    """The main verb after a relative clause (``words[n]`` is "who" or
    "that"): "The firefighters who battled the blaze were" -> "was". The
    subject opens the sentence with "the", "its"... and its head; the
    clause is a word the lexicon reads as a verb out of context (not one of
    saying or thinking, whose object may be a clause) and up to eight words
    of noun phrases and prepositions; then a word known only as a verb."""
    noun = words[n - 1]
    found = subject_head(text, words, n - 1)
    if found is None or not spaced(text, noun, words[n]) or before_is_preposition(text, words, n - 1):
        return
    opener, number = words[found[0]], found[1]
    if text[: opener.start()].rstrip()[-1:] not in ("", ".", '"', "“"):
        return  # the noun phrase does not open the sentence: it may be an object
    verb = words[n + 1].group()
    found_verb = grammar_inject.entry(verb)
    if verb in CLAUSE_VERBS or not verb.islower() or found_verb is None or not (found_verb.tag or "").startswith("VB"):
        return
    for m in range(n + 2, min(n + 11, len(words))):
        if not spaced(text, words[m - 1], words[m]):
            return  # a comma, a quote: the clause may be over
        word = words[m].group()
        if m > n + 2 and other_number(word, number):
            inject(words[m], number, noun, "the main verb after a relative clause (wide)")
            return
        tags = tags_of(word)
        named = word[:1].isupper() and word.lower() not in NOT_NAMES
        if not (named or word in PHRASE_PREPOSITIONS or word.islower() and tags & PHRASE_WORDS):
            return  # a pronoun, a conjunction, a word known only as a verb: not a noun phrase


#: Quantities before "of" whose number is that of the noun after it: "many of the residents who live".
QUANTITIES_OF = set("many some most all several both few none thousands hundreds dozens millions lots".split())


def phrase_owner(text: str, words: list, n: int) -> str | None:
    """The number of the noun the phrase of a preposition ending at
    ``words[n]`` hangs on, by the lexicon ("the heads of agencies": plural),
    or the number of ``words[n]`` after a quantity ("many of the people");
    None when the phrase follows no noun of one number, follows a verb or a
    list, or hangs on a noun in a phrase of its own."""
    k = n - 1
    while k >= 0 and n - k <= 4 and spaced(text, words[k], words[k + 1]):
        preposition = words[k].group().lower()
        if preposition in ("and", "or"):
            return None
        if preposition in PHRASE_PREPOSITIONS:
            break
        k -= 1
    else:
        return None
    if k < 1 or not spaced(text, words[k - 1], words[k]):
        return None
    owner = words[k - 1].group()
    if preposition == "of" and owner.lower() in QUANTITIES_OF:
        return head_number("", words[n].group())
    found = subject_head(text, words, k - 1)
    if found is None or found[1] is None:
        return None
    opener = found[0]
    if opener > 0 and spaced(text, words[opener - 1], words[opener]):
        before = words[opener - 1].group().lower()
        if before in PHRASE_PREPOSITIONS or before in ("and", "or"):
            return None  # "the son of the owner of firms that": a third noun further back
    return found[1]


def aside_opens(word: str) -> bool:
    """Whether an aside after a subject's comma may open with ``word``: "along
    with", "who was 45", "45", "published on Monday"."""
    return word.lower() in ASIDE_STARTS or word.isdigit() or only(word, "VBN") or only(word, "VBD", "VBN")


def aside_end(text: str, words: list, k: int) -> int | None:
    """The index of the word right after the closing comma of an aside that
    opens at ``words[k]`` (at most ten words, no other punctuation)."""
    for m in range(k + 1, min(k + 11, len(words))):
        gap = text[words[m - 1].end() : words[m].start()]
        if gap == ", ":
            return m
        if gap != " ":
            return None
    return None


def before_is_preposition(text: str, words: list, n: int) -> bool:
    """Whether the noun phrase ending at ``words[n]`` follows a preposition
    ("the wife of the man who"), so "who" may stand for either noun."""
    k = n - 1
    while k >= 0 and n - k <= 4 and spaced(text, words[k], words[k + 1]):
        word = words[k].group().lower()
        if word in PHRASE_PREPOSITIONS or word in ("and", "or"):
            return True
        if not tags_of(word) & PHRASE_WORDS:
            return False
        k -= 1
    return False


def doubled_phrase(text: str):
    places = []
    for a, b in pairs(text):
        if a.group() in ("of", "in", "on", "to", "for", "at") and b.group() in ("the", "a"):
            phrase = text[a.start() : b.end()]

            def inject(a=a, b=b, phrase=phrase):
                return text[: b.end()] + " " + phrase + text[b.end() :], a.start(), b.end() + 1 + len(phrase)

            places.append(inject)
    return places


KINDS = {
    "agreement": agreement,
    "agreement-separated": separated_agreement,
    "verb-comma-verb": grammar_inject.verb_comma_verb,
    "verb-form": grammar_inject.verb_form,
    "confusion": grammar_inject.confusion,
    "doubled-phrase": doubled_phrase,
}
#: --narrow: the first rounds' injectors, to reproduce their figures.
NARROW = {
    "verb-comma-verb": narrow_verb_comma_verb,
    "verb-form": narrow_verb_form,
    "confusion": narrow_confusion,
}


def hand_written_slips(kinds: list[str] | None = None) -> dict[str, list[str]]:
    """The sentences of grammar_slips.yaml by kind (its sections are named
    as KINDS are), only those of ``kinds`` when given (--kind)."""
    slips = yaml.safe_load((HERE / "grammar_slips.yaml").read_text(encoding="utf-8"))
    return {kind: sentences for kind, sentences in slips.items() if not kinds or kind in kinds}


def by_label(places: list) -> list:
    """Shuffled places taken one label at a time ("its -> it's", "a/an",
    ...), so a frequent subtype does not fill the sample; unlabelled places
    as they come."""
    groups: dict[str, list] = {}
    for place in places:
        groups.setdefault(getattr(place[1], "label", ""), []).append(place)
    queues = list(groups.values())
    ordered = []
    while queues:
        ordered.extend(q.pop(0) for q in queues)
        queues = [q for q in queues if q]
    return ordered


def rules_for(language: str) -> Linter:
    """The grammar rules as a newsroom writing ``language`` runs them."""
    return Linter(config={"language": language}, select=("grammar",))


def corpora() -> dict[str, tuple[list[str], str]]:
    drafts = sorted(WIKINEWS.glob("*.md"))
    odd = [p.read_text(encoding="utf-8") for p in drafts if int(p.name[:3]) % 2 == 1]
    even = [p.read_text(encoding="utf-8") for p in drafts if int(p.name[:3]) % 2 == 0]
    return {
        "wikinews-odd (dev)": (odd, "en-US"),
        "wikinews-even (held out)": (even, "en-US"),
        "lee.cor (held out)": (corpus.articles(), "en-AU"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-kind", type=int, default=100)
    parser.add_argument("--misses", type=int, default=0, help="print this many misses per kind")
    parser.add_argument(
        "--corpus",
        action="append",
        choices=("odd", "even", "lee"),
        help="measure only this corpus (repeatable; default all three): look at misses on the odd half only",
    )
    parser.add_argument("--kind", action="append", choices=tuple(KINDS), help="measure only this kind (repeatable)")
    parser.add_argument(
        "--all-sites",
        action="store_true",
        help='also inject where the result is correct English ("if the pregnancy were", "the aircraft were",'
        ' "the government have" in en-AU)',
    )
    parser.add_argument(
        "--narrow",
        action="store_true",
        help="inject verb-comma-verb, verb forms and confusions as the first rounds did (ten fixed verbs...)",
    )
    parser.add_argument("--by-label", action="store_true", help="print recall for each subtype of a kind")
    args = parser.parse_args()
    if args.narrow:
        KINDS.update(NARROW)
    global ALL_SITES, LANGUAGE
    ALL_SITES = args.all_sites
    random.seed(args.seed)
    for name, (articles, language) in corpora().items():
        if args.corpus and not any(name.startswith(("wikinews-" + c, c)) for c in args.corpus):
            continue
        LANGUAGE = language
        rules = rules_for(language)
        words = sum(len(a.split()) for a in articles)
        findings = sum(len(rules.lint_text(a)) for a in articles)
        print(f"\n# {name}: {len(articles)} articles, {words:,} words, {language}")
        print(f"grammar findings on the published text: {findings} ({1000 * findings / words:.2f} per 1,000 words)")
        for kind, places_in in KINDS.items():
            if args.kind and kind not in args.kind:
                continue
            rng = random.Random(f"{args.seed}-{name}-{kind}")
            places = [(n, p) for n, a in enumerate(articles) for p in places_in(a)]
            rng.shuffle(places)
            places = by_label(places)
            found = tried = 0
            misses = []
            labels: dict[str, list[int]] = {}
            for _n, inject in places[: args.per_kind]:
                random.seed(rng.random())
                text, start, end = inject()
                tried += 1
                hits = [d for d in rules.lint_text(text) if d.span.start < end and d.span.end > start]
                tally = labels.setdefault(getattr(inject, "label", ""), [0, 0])
                tally[1] += 1
                if hits:
                    found += 1
                    tally[0] += 1
                elif len(misses) < args.misses:
                    label = getattr(inject, "label", "")
                    misses.append(f"[{label}] " * bool(label) + text[max(0, start - 50) : end + 30].replace("\n", " "))
            print(f"recall, injected {kind}: {found}/{tried} = {100 * found / max(tried, 1):.1f}%")
            if args.by_label and len(labels) > 1:
                print("    " + "; ".join(f"{label} {hit}/{n}" for label, (hit, n) in sorted(labels.items())))
            for miss in misses:
                print(f"    missed: ...{miss}...")
    rules = rules_for("en-US")
    print("\n# hand-written slips (benchmarks/grammar_slips.yaml), en-US")
    for kind, sentences in hand_written_slips(args.kind).items():
        found = [s for s in sentences if rules.lint_text(s + "\n")]
        missed = [s for s in sentences if s not in found]
        print(f"recall, {kind}: {len(found)}/{len(sentences)} = {100 * len(found) / len(sentences):.1f}%")
        for s in missed[: args.misses]:
            print(f"    missed: {s}")


if __name__ == "__main__":
    main()
