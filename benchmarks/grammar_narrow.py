"""The first rounds' injectors of benchmarks/grammar.py (--narrow), kept to
reproduce their figures: one of ten fixed verbs after a pronoun or a
lower-case noun ("He fled, left"), three verb forms and four confusions.
benchmarks/grammar_inject.py holds the broad injectors that replaced them."""

from __future__ import annotations

import random

from grammar_inject import only, pairs, replace

from editlint.grammar.lexicon import inflect

PAST_VERBS = ["fled", "left", "resigned", "returned", "arrived", "refused", "agreed", "failed", "escaped", "quit"]
PRESENT_VERBS = ["flees", "leaves", "resigns", "returns", "arrives", "refuses", "agrees", "fails", "escapes", "quits"]
SUBJECT_PRONOUNS = {"he", "she", "they", "we", "it"}
MODALS = {"will", "would", "could", "should", "can", "might", "must"}


def narrow_verb_comma_verb(text: str):
    """The first rounds' injector (--narrow): one of ten fixed verbs after a
    pronoun or a lower-case noun."""
    places = []
    for a, b in pairs(text):
        subject, verb = a.group(), b.group()
        if not (subject.lower() in SUBJECT_PRONOUNS or (subject.islower() and only(subject, "NN", "NNS"))):
            continue
        if only(verb, "VBD", "VBN") and verb.endswith("ed") or only(verb, "VBD"):
            pool = PAST_VERBS
        elif only(verb, "VBZ"):
            pool = PRESENT_VERBS
        else:
            continue
        extra = [v for v in pool if v != verb]

        def inject(b=b, extra=extra):
            inserted = random.choice(extra) + ", "
            return (
                text[: b.start()] + inserted + text[b.start() :],
                b.start(),
                b.start() + len(inserted) + len(b.group()),
            )

        places.append(inject)
    return places


def narrow_verb_form(text: str):
    """The first rounds' injector (--narrow)."""
    places = []
    for a, b in pairs(text):
        first, second = a.group().lower(), b.group()
        if first in ("was", "were", "is", "are") and second.endswith("ed") and only(second, "VBD", "VBN", "JJ"):
            base = inflect(second, "VB")
            if base and base != second and only(base, "VB", "VBP"):
                places.append(lambda b=b, base=base: replace(text, b, base))  # "was introduce"
        if first in MODALS and only(second, "VB", "VBP"):
            third = inflect(second, "VBZ")
            if third and third != second:
                places.append(lambda b=b, third=third: replace(text, b, third))  # "will comes"
        if first in ("has", "have", "had") and only(second, "VBN"):
            past = inflect(second, "VBD")
            if past and past != second:
                places.append(lambda b=b, past=past: replace(text, b, past))  # "have went"
    return places


def narrow_confusion(text: str):
    """The first rounds' injector (--narrow): its, their, than, a/an."""
    places = []
    for a, b in pairs(text):
        first, second = a.group(), b.group()
        if first == "its" and only(second, "NN"):
            places.append(lambda a=a: replace(text, a, "it's"))
        if first == "their" and only(second, "NNS"):
            places.append(lambda a=a: replace(text, a, "there"))
        if first == "than" and a.start() > 5:
            places.append(lambda a=a: replace(text, a, "then"))
        if first in ("a", "an") and second.islower():
            places.append(lambda a=a, first=first: replace(text, a, "an" if first == "a" else "a"))
    return places
