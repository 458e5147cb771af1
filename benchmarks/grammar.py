#!/usr/bin/env python3
"""Grammar rules on real edited news: false alarms and recall on injected errors.

Run: python benchmarks/grammar.py [--seed 7] [--per-kind 200]

On the 50 ABC News articles of gensim 4.4.0's lee.cor (language: en-AU):

1. every finding of the grammar rule set (rules/grammar/) on the articles
   as published, per 1,000 words: edited news, so each is a false alarm
   unless it is a real slip;
2. recall on errors injected one at a time into those articles, of five
   kinds: two verbs joined by a comma ("flees, leaves"), subject-verb
   agreement ("the minister say"), a/an ("a international"), a repeated
   word ("the the") and its/it's. A finding of the grammar rules (for the
   repeated word, also style.repeated-word) must cover the injected text.

Places for the errors are picked with the tagger (a verb after a noun) or
the plain text (every "a", "an", "its"), at random with a fixed seed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from editlint.document import TokenKind  # noqa: E402
from editlint.engine import lint  # noqa: E402
from editlint.grammar.lexicon import entry, inflect  # noqa: E402
from editlint.grammar.tagger import tag  # noqa: E402
from editlint.parsing import parse  # noqa: E402
from editlint.workspace import Workspace  # noqa: E402

SPEECH = {"says", "said", "adds", "added", "told", "tells", "warns", "warned"}
INSERTED_VBZ = ["flees", "leaves", "resigns", "returns", "arrives", "refuses", "agrees", "fails"]
INSERTED_VBD = ["fled", "left", "resigned", "returned", "arrived", "refused", "agreed", "failed"]


def rules_for(select: str):
    config = corpus.CACHE / "grammar.editlint.yaml"
    corpus.CACHE.mkdir(exist_ok=True)
    config.write_text("language: en-AU\n", encoding="utf-8")
    workspace = Workspace(config, select=tuple(select.split(",")))
    rules = workspace.rules_for(workspace.config_for(config), Path("draft.txt"))
    assert not workspace.errors, workspace.errors
    return rules


def tagged_words(article: str):
    """(token, tag, previous token, previous tag) for every token of the article."""
    document = parse("draft.txt", article)
    result = []
    for block in document.blocks:
        for sentence in block.sentences:
            tokens = sentence.tokens
            tags = tag(tokens)
            for i, token in enumerate(tokens):
                previous = (tokens[i - 1], tags[i - 1]) if i else (None, None)
                result.append((token, tags[i], *previous))
    return result


# Each generator returns (new text, start, end) of the injected error, or None.
def verb_comma_verb(article: str, rng: random.Random):
    places = [
        (t, g) for t, g, p, pg in tagged_words(article)
        if g in ("VBZ", "VBD") and pg in ("NN", "NNP", "NNS", "PRP") and t.text.lower() not in SPEECH
    ]  # fmt: skip
    if not places:
        return None
    token, token_tag = rng.choice(places)
    inserted = rng.choice(INSERTED_VBZ if token_tag == "VBZ" else INSERTED_VBD) + ", "
    start = token.span.start
    return article[:start] + inserted + article[start:], start, start + len(inserted) + len(token.text)


def agreement(article: str, rng: random.Random):
    # A verb after a singular noun; not a word that can also be a plural
    # noun ("Phone calls were": "calls" is no verb to change).
    places = [
        t for t, g, p, pg in tagged_words(article)
        if g == "VBZ" and pg in ("NN", "NNP") and p is not None and p.kind is TokenKind.WORD
        and "NNS" not in (getattr(entry(t.text), "tags", ()) or ())
    ]  # fmt: skip
    rng.shuffle(places)
    for token in places:
        plural = {"is": "are", "has": "have", "does": "do", "was": "were"}.get(token.text) or inflect(token.text, "VBP")
        if plural and plural != token.text:
            start, end = token.span.start, token.span.end
            return article[:start] + plural + article[end:], start, start + len(plural)
    return None


def a_an(article: str, rng: random.Random):
    places = list(re.finditer(r"(?<![\w'])(a|an|A|An)(?= \w)", article))
    if not places:
        return None
    m = rng.choice(places)
    swapped = {"a": "an", "an": "a", "A": "An", "An": "A"}[m.group()]
    text = article[: m.start()] + swapped + article[m.end() :]
    return text, m.start(), m.start() + len(swapped)


def repeated_word(article: str, rng: random.Random):
    places = [t for t, g, p, pg in tagged_words(article) if t.kind is TokenKind.WORD and t.text not in ("had", "that")]
    token = rng.choice(places)
    text = article[: token.span.end] + " " + token.text + article[token.span.end :]
    return text, token.span.start, token.span.end + 1 + len(token.text)


def its(article: str, rng: random.Random):
    places = list(re.finditer(r"(?<![\w'])(its|it's|it’s|Its|It's|It’s)(?![\w'])", article))
    if not places:
        return None
    m = rng.choice(places)
    word = m.group()
    swapped = word[:2] + ("'s" if word.lower() == "its" else "s")
    text = article[: m.start()] + swapped + article[m.end() :]
    return text, m.start(), m.start() + len(swapped)


KINDS: dict[str, Callable] = {
    "verb-comma-verb": verb_comma_verb,
    "agreement": agreement,
    "a/an": a_an,
    "repeated word": repeated_word,
    "its/it's": its,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-kind", type=int, default=200)
    args = parser.parse_args()
    articles = corpus.articles()
    words = sum(corpus.word_count(a) for a in articles)
    grammar = rules_for("grammar")
    started = time.perf_counter()
    findings = []
    for n, article in enumerate(articles):
        for d in lint(parse("draft.txt", article), grammar):
            findings.append(f"article {n:2}: {d.rule_id:34} {article[d.span.start : d.span.end]!r}")
    print(f"# grammar rules on lee.cor ({len(articles)} articles, {words} words), language en-AU")
    print(f"findings on the published text: {len(findings)} ({1000 * len(findings) / words:.2f} per 1,000 words)")
    for line in findings:
        print("  " + line)
    with_repeats = rules_for("grammar,style.repeated-word")
    for name, generate in KINDS.items():
        rng = random.Random(f"{args.seed}-{name}")
        tried = found = 0
        misses = []
        while tried < args.per_kind:
            article = rng.choice(articles)
            made = generate(article, rng)
            if made is None:
                continue
            text, start, end = made
            tried += 1
            rules = with_repeats if name == "repeated word" else grammar
            hits = [d for d in lint(parse("draft.txt", text), rules) if d.span.start < end and d.span.end > start]
            if hits:
                found += 1
            elif len(misses) < 60:
                misses.append(text[max(0, start - 40) : end + 30].replace("\n", " "))
        print(f"recall, {name}: {found}/{tried} = {100 * found / tried:.1f}%")
        for miss in misses:
            print(f"    missed: ...{miss}...")
    elapsed = time.perf_counter() - started
    print(f"({elapsed:.1f} s; python benchmarks/grammar.py --seed {args.seed} --per-kind {args.per_kind})")


if __name__ == "__main__":
    main()
