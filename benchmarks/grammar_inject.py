"""Broad injectors of verb-comma-verb slips, verb forms and confused words
for benchmarks/grammar.py (issue 14, fourth round).

The first injectors put one of ten fixed verbs ("fled", "left"... /
"flees", "leaves"...) before a verb after a pronoun or a lower-case noun,
and changed a handful of word pairs: a detector could learn those contexts
and score 94% while finding 14% of the slips in unseen copy. These draw
what a writer does from word lists and the inflection table, never from
editlint's tagger or rules:

- verb-comma-verb: a second verb of the same form (past, -s present,
  plain present) from the commonest verbs of the spelling lexicon (SCOWL
  sizes 10 and 20: about 1,500 lemmas, the verbs among them by the
  inflection table), or a near-synonym from a hand-written table ("said,
  stated", "left, quit"), before or after a verb whose subject the text
  shows: a pronoun, a name, or "the"/"his"... and a noun;
- verb forms from the inflection table across every verb it knows: "was
  introduce", "is cause by", "has went", "has been gave", "will comes",
  "should has", "did not went";
- confusions across the issue's list: its/it's, their/there/they're,
  whose/who's, your/you're, than/then, a/an, affect/effect, fewer/less,
  lose/loose, to/too, "could of", led/lead, "more taller".

Each place carries a label (its subtype): benchmarks/grammar.py samples
the labels in turn, so a frequent subtype (a/an) does not fill the sample,
and reports recall per label.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from editlint.grammar.lexicon import entry, inflections
from editlint.spelling.lexicon import lexicon, tier

WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])")


def tags_of(word: str) -> frozenset[str]:
    found = entry(word.lower())
    return found.tags if found is not None else frozenset()


def only(word: str, *allowed: str) -> bool:
    """The lexicon knows ``word`` in these forms and no others."""
    tags = tags_of(word)
    return bool(tags) and tags <= set(allowed)


def pairs(text: str):
    """Each two words side by side (a space between): (first, second)."""
    words = list(WORD.finditer(text))
    for a, b in zip(words, words[1:], strict=False):
        if text[a.end() : b.start()] == " ":
            yield a, b


def replace(text: str, m: re.Match, new: str):
    return text[: m.start()] + new + text[m.end() :], m.start(), m.start() + len(new)


@dataclass(frozen=True)
class Place:
    """One place a slip can be injected: ``make()`` gives (text, start, end)."""

    label: str
    make: Callable[[], tuple[str, int, int]]

    def __call__(self) -> tuple[str, int, int]:
        return self.make()


def swap(text: str, m: re.Match | tuple[int, int], new: str, label: str) -> Place:
    start, end = (m.start(), m.end()) if isinstance(m, re.Match) else m
    return Place(label, lambda: (text[:start] + new + text[end:], start, start + len(new)))


def cased(model: str, word: str) -> str:
    """``word`` with the capital of ``model`` ("Its" -> "It's")."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def form(lemma: str, tag: str) -> str | None:
    forms = inflections(lemma).get(tag)
    return forms[0] if forms else None


# --- verb-comma-verb ---------------------------------------------------------

#: Verbs that make no second verb of a slip: auxiliaries and modals.
AUXILIARIES = set("be have do will shall may can must ought need dare use".split())


@lru_cache(maxsize=1)
def common_verbs() -> tuple[str, ...]:
    """The commonest verb lemmas: SCOWL sizes 10 and 20 (tiers 0 and 1 of the
    spelling lexicon) that the inflection table inflects as verbs and that
    the tagger lexicon reads as verbs out of context ("announce", not
    "iron" or "layer"), in alphabetical order: about 750."""
    verbs = []
    for word, flags in lexicon().entries():
        if tier(flags) > 1 or not word.isalpha() or not word.islower() or word in AUXILIARIES:
            continue
        forms = inflections(word)
        past = forms.get("VBD", ("",))[0]
        found, past_entry = entry(word), entry(past)
        if "VBZ" not in forms or found is None or found.tag not in ("VB", "VBP") or past_entry is None:
            continue
        if past_entry.tag in ("VBD", "VBN"):
            verbs.append(word)
    return tuple(verbs)


#: Near-synonyms a rewrite leaves side by side ("said, stated", "left, quit").
SYNONYMS = [
    group.split()
    for group in """say state tell add claim explain insist|leave quit depart exit abandon|kill shoot murder slay
    stab|flee escape run|arrest detain hold capture|announce reveal unveil disclose confirm|rise increase climb grow
    jump|fall drop decline slip plunge|win claim secure take earn|attack storm strike raid hit|withdraw retreat pull
    leave|admit confess acknowledge concede|resign quit leave retire|die perish succumb|build construct erect
    create|begin start launch open|end finish conclude complete close|buy purchase acquire|help assist aid support
    |show reveal demonstrate prove|find discover uncover locate|reject refuse deny dismiss|warn caution alert
    |ask request demand urge|try attempt seek|need require want|get obtain receive gain|give grant award hand
    |meet visit see|criticise condemn attack blame|support back endorse defend|describe call label|plan intend
    aim|report say note|arrive reach land|return come go|spend pay invest|cut reduce slash lower""".split("|")
    if group.strip()
]
SUBJECT_PRONOUNS = {"he": "VBZ", "she": "VBZ", "it": "VBZ", "they": "VBP", "we": "VBP", "i": "VBP", "you": "VBP"}
#: Auxiliaries that may come before a subject in a question or an inversion.
QUESTION_AUXILIARIES = set(
    "has have had did does do is was were are will would could should can may might must".split()
)
NOUN_OPENERS = set("the a an this that these those his her its their our my your".split())
#: Words that open an object or a complement clause: after "the police
#: arrested", a past form is a verb, not a participle ("the man arrested in").
OBJECT_OPENERS = set("the a an his her its their our my your this that these those him them it us me".split())


def subject_kind(words: list[re.Match], n: int, text: str) -> str | None:
    """What the text shows as the subject ending at words[n]: "pronoun",
    "name" (a capitalised word the lexicon does not know in lower case),
    "noun" (after "the", "his"...: a word the lexicon reads as a noun), or None."""
    word = words[n].group()
    if word.lower() in SUBJECT_PRONOUNS and (word.islower() or word in ("I", "He", "She", "It", "They", "We")):
        return "pronoun"
    if word[:1].isupper() and word[1:].islower() and entry(word.lower()) is None and len(word) > 2:
        return "name"
    if n > 0 and words[n - 1].group().lower() in NOUN_OPENERS and text[words[n - 1].end() : words[n].start()] == " ":
        found = entry(word)
        if word.islower() and found is not None and found.tag in ("NN", "NNS") and not found.tags & {"VBD", "VBN"}:
            return "noun"
    return None


def finite_form(words: list[re.Match], n: int, subject: str, text: str) -> str | None:
    """The form of the verb words[n] after a subject of kind ``subject``:
    VBD, VBZ or VBP when the inflection table and the context leave one
    reading; None otherwise."""
    word = words[n].group()
    found = entry(word)
    if not word.islower() or found is None or not found.verb_lemma or found.verb_lemma in AUXILIARIES:
        return None
    lemma = found.verb_lemma
    before = words[n - 1].group().lower()
    after = words[n + 1].group().lower() if n + 1 < len(words) else ""
    if "VBD" in found.tags and form(lemma, "VBD") == word and form(lemma, "VB") != word:
        if subject == "noun" and "VBN" in found.tags and after not in OBJECT_OPENERS:
            return None  # "the man arrested in May was": maybe a participle
        return "VBD"
    if "VBZ" in found.tags and subject == "pronoun" or found.tags <= {"VBZ"}:
        # After a name or a noun, a word that may be a plural noun is one
        # as often as not: "Kurdish groups", "the Estonian teams".
        person = SUBJECT_PRONOUNS.get(before)
        return "VBZ" if person in (None, "VBZ") else None
    if found.tags <= {"VB", "VBP"} and SUBJECT_PRONOUNS.get(before) == "VBP":
        asker = words[n - 2].group().lower() if n > 1 else ""
        return None if asker in MODALS | {"do", "does", "did"} else "VBP"  # "do you expect": a bare verb
    return None


def second_verb(lemma: str, tag: str, word: str) -> tuple[str, str] | None:
    """A verb of form ``tag`` to put beside ``word``: a near-synonym of its
    lemma (one time in three, when the table has one), else a common verb."""
    groups = [g for g in SYNONYMS if lemma in g]
    if groups and random.random() < 1 / 3:
        pool, label = [v for v in random.choice(groups) if v != lemma], "synonym"
    else:
        pool, label = list(common_verbs()), "common verb"
    for _ in range(20):
        other = form(random.choice(pool), tag)
        if other and other != word and other.isalpha():
            return other, label
    return None


def verb_comma_verb(text: str) -> list[Place]:
    """A second verb and a comma beside a finite verb whose subject the text
    shows: "He fled, escaped", "Smith said, stated that", "the company
    announces, reveals", "they leave, quit"."""
    places = []
    words = list(WORD.finditer(text))
    for n in range(1, len(words)):
        if text[words[n - 1].end() : words[n].start()] != " ":
            continue
        subject = subject_kind(words, n - 1, text)
        if any(w.group().lower() in QUESTION_AUXILIARIES for w in words[max(0, n - 5) : n - 1]):
            continue  # "How has the pandemic affected": a participle after an inverted auxiliary
        tag = subject and finite_form(words, n, subject, text)
        if not tag:
            continue
        verb = words[n]
        if re.match(r",| (?:and|or|nor) ", text[verb.end() :]):
            continue  # "fled and hid" -> "fled, escaped and hid": a list, correct English
        lemma = entry(verb.group()).verb_lemma

        def inject(verb=verb, lemma=lemma, tag=tag):
            chosen = second_verb(lemma, tag, verb.group())
            other = chosen[0] if chosen else {"VBD": "left", "VBZ": "leaves", "VBP": "leave"}[tag]
            if random.random() < 0.5:  # "fled, escaped" or "escaped, fled"
                new = f"{verb.group()}, {other}"
            else:
                new = f"{other}, {verb.group()}"
            return text[: verb.start()] + new + text[verb.end() :], verb.start(), verb.start() + len(new)

        places.append(Place(f"{subject}, {tag}", inject))
    return places


# --- verb forms --------------------------------------------------------------

BE = {"is", "are", "was", "were", "be", "been", "being"}
HAVE = {"has", "have", "had", "having"}
MODALS = {"will", "would", "could", "should", "can", "might", "must", "may", "shall"}
BETWEEN = {"not", "also", "still", "never", "now", "then", "already", "just", "likely", "probably", "soon", "only"}
#: Words before "will", "might", "may", "can", "must" that make it a noun.
NOUN_MODAL_OPENERS = set("the a an his her its their our my your this that free political economic".split())


def participle(word: str):
    """(lemma, entry) when the lexicon reads ``word`` as a past participle
    out of context ("introduced", "given", "taken"), else None."""
    found = entry(word)
    if not word.islower() or found is None or "VBN" not in found.tags or found.tag not in ("VBN", "VBD"):
        return None
    if not found.verb_lemma or form(found.verb_lemma, "VBN") != word:
        return None
    return found.verb_lemma, found


def verb_form(text: str) -> list[Place]:
    places = []
    words = list(WORD.finditer(text))
    for n in range(1, len(words)):
        a, b = words[n - 1], words[n]
        if text[a.end() : b.start()] != " ":
            continue
        first, second = a.group().lower(), b.group()
        after = words[n + 1].group() if n + 1 < len(words) else ""
        made = participle(second)
        if first in BE and made:
            lemma, _ = made
            base = form(lemma, "VB")
            base_tags = tags_of(base) if base else frozenset()
            if base and base != second and not base_tags & {"JJ", "VBN", "VBD", "RB", "IN"}:
                if "NN" not in base_tags and "NNS" not in base_tags:
                    places.append(swap(text, b, base, "be + base"))  # "was introduce"
                elif after == "by":
                    places.append(swap(text, b, base, "be + base + by"))  # "is cause by"
        if first in HAVE | {"been"} and made:
            lemma, _ = made
            past = form(lemma, "VBD")
            if past and past != second and "VBN" not in tags_of(past):
                label = "been + past" if first == "been" else "have + past"
                places.append(swap(text, b, past, label))  # "has went", "has been gave"
        if first in MODALS and n > 1 and words[n - 2].group().lower() in NOUN_MODAL_OPENERS:
            continue  # "the will of", "his might": a noun
        verb = b
        if first in MODALS and second in BETWEEN and n + 1 < len(words):
            verb = words[n + 1]
        if first in MODALS and verb.group().islower() and "VB" in tags_of(verb.group()):
            lemma = entry(verb.group()).verb_lemma or verb.group()
            third = form(lemma, "VBZ")
            if third and third != verb.group() and entry(verb.group()).tag in ("VB", "VBP", "MD"):
                label = "should has" if lemma == "have" else "modal + -s"
                places.append(swap(text, verb, third, label))  # "will comes", "should has"
        if first == "did" or first in ("do", "does") and second == "not":
            target = words[n + 1] if second == "not" and n + 1 < len(words) else b
            found = entry(target.group())
            if target.group().islower() and found and found.tag in ("VB", "VBP") and found.verb_lemma:
                wrong = form(found.verb_lemma, "VBD" if first.startswith("did") else "VBZ")
                if wrong and wrong != target.group() and found.verb_lemma not in AUXILIARIES:
                    places.append(swap(text, target, wrong, "do + past or -s"))  # "did not went"
    return places


# --- confusions --------------------------------------------------------------

APOSTROPHE_WORD = re.compile(r"(?<![\w'’-])(?:it|who|you|they)['’](?:s|re)(?![\w'’-])", re.IGNORECASE)
#: Words before which both "a" and "an" are in use ("an historic"), or
#: whose sound the spelling leaves open ("a union", "an unusual", "a Ugandan"):
#: no a/an slip is injected before them.
UNCLEAR_SOUND = ("h", "u", "eu", "one", "once", "ewe")
CLEAR_H = ("hour", "honest", "honour", "honor", "heir")
DETERMINERS = set("the a an this that its their his her our no any every some each".split())
MODALS_FOR_OF = {"could", "should", "would", "might", "must"}


def an_before(word: str) -> bool | None:
    """Whether ``word`` takes "an", by the usual rules of sound written from
    its spelling, or None when they leave it open: a vowel letter ("an
    apple"; "u", "eu", "one" are left open), "hour", "honest" (other "h"
    words left open), an abbreviation said letter by letter whose first
    letter sounds with a vowel ("an FBI", "a BBC"; "NATO", said as a word,
    is left open), a figure said with a vowel ("an 18-year-old", "an 8")."""
    digits = re.match(r"\d+", word)
    if digits:
        run = digits.group()
        return run[0] == "8" or run[:2] in ("11", "18") and len(run) in (2, 4)
    if word.isupper() and len(word) > 1:
        if word[1] in "AEIOU":
            return None
        return word[0] in "AEFHILMNORSX"
    low = word.lower()
    if low.startswith(CLEAR_H):
        return True
    if low.startswith(UNCLEAR_SOUND):
        return None
    return low[0] in "aeio"


def confusion(text: str) -> list[Place]:
    places = []
    words = list(WORD.finditer(text))
    for m in APOSTROPHE_WORD.finditer(text):
        word = m.group()
        if word[1:2].isupper():
            continue  # "the WHO's website": a name
        low = word.lower().replace("’", "'")
        new = {"it's": "its", "who's": "whose", "you're": "your", "they're": "their"}.get(low)
        if new:
            places.append(swap(text, m, cased(word, new), f"{low} -> {new}"))
    for n in range(len(words) - 1):
        a, b = words[n], words[n + 1]
        if text[a.end() : b.start()] != " ":
            continue
        first, second = a.group(), b.group()
        low = first.lower()
        noun = second.islower() and only(second, "NN", "NNS")
        if low == "its" and noun:
            places.append(swap(text, a, cased(first, "it's"), "its -> it's"))
        if low == "their" and noun:
            wrong = "there" if a.start() % 2 else "they're"  # either, by the place (reproducible)
            places.append(swap(text, a, cased(first, wrong), "their -> there"))
        if low == "there" and second in ("is", "are", "was", "were", "have", "has", "will"):
            places.append(swap(text, a, cased(first, "their"), "there -> their"))
        if low == "whose" and noun:
            places.append(swap(text, a, cased(first, "who's"), "whose -> who's"))
        if low == "your" and noun:
            places.append(swap(text, a, cased(first, "you're"), "your -> you're"))
        if first == "than" and n > 0:
            places.append(swap(text, a, "then", "than -> then"))
        if first == "then" and n > 0 and words[n - 1].group() == "and":
            places.append(swap(text, a, "than", "then -> than"))
        if low in ("effect", "effects") and n > 0 and words[n - 1].group().lower() in DETERMINERS:
            places.append(swap(text, a, cased(first, "affect" + first[6:]), "effect -> affect"))
        if first == "less" and second.islower() and only(second, "NN"):
            places.append(swap(text, a, "fewer", "less -> fewer"))
        if first == "fewer" and second.islower() and only(second, "NNS"):
            places.append(swap(text, a, "less", "fewer -> less"))
        if first in ("lose", "losing"):
            places.append(swap(text, a, "loo" + first[2:], "lose -> loose"))
        if first == "too":
            places.append(swap(text, a, "to", "too -> to"))
        if first == "to" and second.islower() and only(second, "VB", "VBP"):
            places.append(swap(text, a, "too", "to -> too"))
        if low in MODALS_FOR_OF and second == "have":
            places.append(swap(text, b, "of", "could of"))
        if first == "led" and n > 0 and words[n - 1].group().lower() in HAVE | BE:
            places.append(swap(text, a, "lead", "led -> lead"))
        before = words[n - 1] if n > 0 else None
        comparative = before.group() if before else ""
        if first == "than" and re.fullmatch(r"[a-z]+er", comparative) and only(comparative, "JJR"):
            if comparative in ("fewer", "lesser"):
                continue  # "more fewer": no writer's slip
            places.append(swap(text, (before.start(), before.start()), "more ", "more + -er"))
    # "a" / "an" before any word, figure or abbreviation: "an FBI", "a 18-year-old".
    for m in re.finditer(r"(?<![\w'’-])(a|an|A|An) ([A-Za-z0-9][\w-]*)", text):
        article, following = m.group(1), m.group(2)
        sound = an_before(following)
        if sound is None:
            continue
        wanted = "an" if sound else "a"
        if article.lower() == wanted:  # swap only an article that was right
            new = cased(article, "a" if wanted == "an" else "an")
            label = "a/an before a capital or figure" if not following.islower() else "a/an"
            places.append(swap(text, (m.start(1), m.end(1)), new, label))
    return places
