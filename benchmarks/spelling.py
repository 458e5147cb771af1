#!/usr/bin/env python3
"""Spelling on real edited news: false alarms, typo recall, name recall.

Run: python benchmarks/spelling.py [--typos 1000] [--seed 7]

On the 50 ABC News articles of gensim 4.4.0's lee.cor, with language: en-AU:

1. every finding of the spelling rules on the articles as published (edited
   news, so each is a false alarm unless it is a real slip), per 1,000 words;
2. recall on generated single-edit typos (deletion, insertion, substitution,
   transposition) of lower-case words of five or more letters, each put back
   into its article alone; typos that happen to be dictionary words are
   skipped (no speller can see them) and counted; and how often the right
   word is the first suggestion;
3. recall on one-edit misspellings of names used at least twice in an
   article (one occurrence misspelt).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from editlint.engine import lint  # noqa: E402
from editlint.parsing import parse  # noqa: E402
from editlint.spelling.lexicon import ANY_DIALECT, lexicon  # noqa: E402
from editlint.workspace import Workspace  # noqa: E402

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def spelling_rules(language: str = "en-AU"):
    config = corpus.CACHE / f"{language}.editlint.yaml"
    corpus.CACHE.mkdir(exist_ok=True)
    config.write_text(f"language: {language}\n", encoding="utf-8")
    workspace = Workspace(config, select=("spelling",))
    rules = workspace.rules_for(workspace.config_for(config), Path("draft.txt"))
    assert not workspace.errors, workspace.errors
    return rules


def check(text: str, rules):
    return lint(parse("draft.txt", text), rules)


def one_edit(word: str, rng: random.Random, keep_first: bool = False) -> str:
    start = 1 if keep_first else 0
    kind = rng.choice(("deletion", "insertion", "substitution", "transposition"))
    i = rng.randrange(start, len(word))
    if kind == "deletion":
        return word[:i] + word[i + 1 :]
    if kind == "insertion":
        return word[:i] + rng.choice(LETTERS) + word[i:]
    if kind == "substitution":
        return word[:i] + rng.choice([c for c in LETTERS if c != word[i]]) + word[i + 1 :]
    i = min(i, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def covered(diagnostics, start: int, end: int):
    return [d for d in diagnostics if d.span.start < end and d.span.end > start]


def false_alarms(articles, rules) -> tuple[int, list[str]]:
    words = sum(corpus.word_count(a) for a in articles)
    found = []
    for n, article in enumerate(articles):
        for d in check(article, rules):
            found.append(
                f"article {n:2}: {d.rule_id:22} {article[d.span.start : d.span.end]!r} -> {list(d.suggestions[:3])}"
            )
    return words, found


def typo_recall(articles, rules, count: int, rng: random.Random):
    lex = lexicon()
    pool = [(n, m) for n, a in enumerate(articles) for m in re.finditer(r"(?<![\w'’-])[a-z]{5,}(?![\w'’-])", a)]
    tried = skipped = detected = first = 0
    misses = []
    while tried < count:
        n, m = rng.choice(pool)
        word = m.group()
        typo = one_edit(word, rng)
        if typo == word or lex.lookup(typo) & ANY_DIALECT:
            skipped += 1
            continue
        tried += 1
        article = articles[n]
        text = article[: m.start()] + typo + article[m.end() :]
        hits = [
            d for d in covered(check(text, rules), m.start(), m.start() + len(typo)) if d.rule_id == "spelling.typo"
        ]
        if hits:
            detected += 1
            if hits[0].suggestions and hits[0].suggestions[0].lower() == word:
                first += 1
            elif len(misses) < 15:
                misses.append(f"{typo} -> {list(hits[0].suggestions[:3])} (wanted {word})")
        elif len(misses) < 15:
            misses.append(f"{typo} not reported (for {word})")
    return tried, skipped, detected, first, misses


def name_recall(articles, rules, rng: random.Random, per_name: int = 3):
    lex = lexicon()
    tried = detected = 0
    misses = []
    for article in articles:
        # Capitalised words inside sentences (not after . ! ? or a quote).
        inner = [m for m in re.finditer(r"(?<=[a-z,;] )[A-Z][a-z]{3,}(?![\w'’-])", article)]
        names: dict[str, list[re.Match]] = {}
        for m in inner:
            names.setdefault(m.group(), [])
        for name in names:
            names[name] = list(re.finditer(rf"(?<![\w-]){name}(?![\w-])", article))
        for name, uses in sorted(names.items()):
            if len(uses) < 2:
                continue
            for _ in range(per_name):
                variant = one_edit(name, rng, keep_first=True)
                if variant == name or lex.lookup(variant) & ANY_DIALECT or variant.lower() == name.lower():
                    continue
                m = rng.choice(uses)
                text = article[: m.start()] + variant + article[m.end() :]
                tried += 1
                hits = covered(check(text, rules), m.start(), m.start() + len(variant))
                if any(d.rule_id.startswith("spelling.") for d in hits):
                    detected += 1
                elif len(misses) < 15:
                    misses.append(f"{variant} (for {name}) not reported")
    return tried, detected, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--typos", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    articles = corpus.articles()
    rules = spelling_rules("en-AU")
    started = time.perf_counter()
    words, found = false_alarms(articles, rules)
    print(f"# spelling on lee.cor ({len(articles)} articles, {words} words), language en-AU")
    print(f"findings on the published text: {len(found)} ({1000 * len(found) / words:.2f} per 1,000 words)")
    for line in found:
        print("  " + line)
    rng = random.Random(args.seed)
    tried, skipped, detected, first, misses = typo_recall(articles, rules, args.typos, rng)
    print(f"typo recall: {detected}/{tried} = {100 * detected / tried:.1f}% "
          f"(skipped {skipped} generated typos that are dictionary words)")  # fmt: skip
    print(f"right word first: {first}/{detected} = {100 * first / max(1, detected):.1f}% of those found")
    for line in misses:
        print("  " + line)
    tried, detected, misses = name_recall(articles, rules, random.Random(args.seed))
    print(f"name-variant recall: {detected}/{tried} = {100 * detected / max(1, tried):.1f}%")
    for line in misses:
        print("  " + line)
    elapsed = time.perf_counter() - started
    print(f"({elapsed:.1f} s; python benchmarks/spelling.py --typos {args.typos} --seed {args.seed})")


if __name__ == "__main__":
    main()
