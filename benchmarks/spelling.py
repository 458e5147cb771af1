#!/usr/bin/env python3
"""Spelling on real edited news: adjudicated false alarms, and recall on
typos put into the text.

Run: python benchmarks/spelling.py [--typos 1000] [--seed 7] [--only alarms|recall]

Corpora: the 293 Wikinews drafts in ../shared/corpus/wikinews/drafts
(en-US; odd-numbered drafts are the development half, even-numbered ones
the held-out half, reported apart) and the 50 ABC News articles of gensim
4.4.0's lee.cor (en-AU).

1. False alarms: every spelling finding of ``editlint --format json
   --no-cache`` looked up in benchmarks/verdicts/<corpus>/spelling.yaml
   (read by a person: true, false or debatable), per 1,000 words, for all
   drafts, the odd and the even half. Unjudged findings are counted apart:
   a figure with unjudged findings is not adjudicated.
2. Recall on one-edit typos (a letter deleted, inserted, replaced, or two
   swapped), each put alone into its draft, at sites chosen from the text
   by rules, never by editlint's analysis:
   - lower-case words of five letters or more;
   - capitalised words inside a sentence (after a lower-case word or a
     comma, so not inside a run of capitalised words such as "Attorney
     General John Ashcroft"), five letters or more, that a dictionary has with a capital or
     in lower case, people's names left out: the words of SCOWL's "upper"
     lists of every size (places, days, months, nationalities,
     institutions: "Wednesday", "Pentagon"; read from Debian's scowl
     package, /usr/share/dict/scowl), and words of the Hunspell
     dictionaries written with a capital ("Parliament", "Secretary",
     "White House"); the first letter is kept. The subset of SCOWL's
     upper-case words up to size 50 (the commonest places, days, months,
     nationalities, institutions) is reported apart;
   - names (capitalised words inside a sentence, four letters or more) used
     at least twice in a draft, one use misspelt, the first letter kept.
   A typo that is itself a word of the same Hunspell dictionaries (en_US or
   en_AU: SCOWL size 60) is skipped and counted: no speller sees it. A typo
   counts as found when a spelling finding covers it; the right word first
   is counted for lower-case and capitalised typos.
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import verdicts  # noqa: E402

from editlint import Linter  # noqa: E402
from editlint.spelling.hunspell import expand  # noqa: E402
from editlint.spelling.lexicon import DATA  # noqa: E402

LETTERS = "abcdefghijklmnopqrstuvwxyz"
HUNSPELL = DATA.parent / "hunspell"


@functools.cache
def reference_words() -> frozenset[str]:
    """Every form SCOWL's en_US and en_AU Hunspell files (size 60) accept:
    what a typo must not be, fixed whatever editlint's own lexicon holds."""
    words = set()
    for name in ("en_US", "en_AU"):
        words.update(expand(HUNSPELL / f"{name}.dic", HUNSPELL / f"{name}.aff"))
    return frozenset(words)


def is_word(text: str) -> bool:
    words = reference_words()
    return text in words or text.lower() in words


def spelling_rules(language: str) -> Linter:
    """The spelling rules a default config runs (not the opt-in
    spelling.unknown-word)."""
    others = ("boilerplate", "grammar", "headline", "quotes", "style", "titles")
    return Linter(config={"language": language, "rules": dict.fromkeys(others, "off")})


def check(text: str, rules: Linter):
    return rules.lint_text(text)


def one_edit(word: str, rng: random.Random, keep_first: bool = False) -> str:
    start = 1 if keep_first else 0
    kind = rng.choice(("deletion", "insertion", "substitution", "transposition"))
    i = rng.randrange(start, len(word))
    if kind == "deletion":
        return word[:i] + word[i + 1 :]
    if kind == "insertion":
        return word[:i] + rng.choice(LETTERS) + word[i:]
    if kind == "substitution":
        return word[:i] + rng.choice([c for c in LETTERS if c != word[i].lower()]) + word[i + 1 :]
    i = max(start, min(i, len(word) - 2))
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def covered(diagnostics, start: int, end: int):
    return [d for d in diagnostics if d.span.start < end and d.span.end > start]


# ---------------------------------------------------------------------- corpora


def wikinews(half: str) -> list[str]:
    """The Wikinews drafts of one half: "odd", "even" or "all"."""
    drafts = sorted(verdicts.WIKINEWS.glob("*.md"))
    keep = {"odd": 1, "even": 0}.get(half)
    return [p.read_text(encoding="utf-8") for p in drafts if keep is None or int(p.name[:3]) % 2 == keep]


def lee() -> list[str]:
    return [text + "\n" for text in corpus.articles()]


# ---------------------------------------------------------------------- false alarms


def false_alarms(name: str) -> None:
    """Adjudicated spelling findings per 1,000 words, by half for Wikinews."""
    folder = verdicts.folder_of(name)
    found = [d for d in verdicts.run_editlint(folder, []) if d["rule"].startswith("spelling.")]
    judged = verdicts.load_verdicts(name)
    halves = ("all", "odd", "even") if name == "wikinews" else ("all",)
    for half in halves:
        files = [
            p
            for p in sorted(folder.glob("*.md"))
            if half == "all" or int(p.name[: 2 if name == "lee" else 3]) % 2 == (half == "odd")
        ]
        names = {p.name for p in files}
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
        mine = [d for d in found if d["file"] in names]
        counts = {"true": 0, "false": 0, "debatable": 0, "unjudged": 0}
        by_rule: dict[str, dict[str, int]] = {}
        for d in mine:
            verdict = judged.get(verdicts.key(d), {}).get("verdict", "unjudged")
            counts[verdict] += 1
            by_rule.setdefault(d["rule"], {"true": 0, "false": 0, "debatable": 0, "unjudged": 0})[verdict] += 1
        failing = {d["file"] for d in mine if d["severity"] == "error"}
        wrongly = {f for f in failing if not any(
            d["file"] == f and d["severity"] == "error" and judged.get(verdicts.key(d), {}).get("verdict") == "true"
            for d in mine
        )}  # fmt: skip
        print(
            f"{name} {half}: {len(files)} drafts, {words:,} words, {len(mine)} findings: {counts['true']} true, "
            f"{counts['false']} false, {counts['debatable']} debatable, {counts['unjudged']} unjudged; "
            f"false alarms {1000 * counts['false'] / words:.2f} per 1,000 words; drafts failing the default gate "
            f"{len(failing)}, with no true error {len(wrongly)}"
        )
        for rule, c in sorted(by_rule.items()):
            print(f"    {rule:24} {c}")


# ---------------------------------------------------------------------- recall


def lower_case_sites(texts: list[str]):
    pattern = re.compile(r"(?<![\w'’-])[a-z]{5,}(?![\w'’-])")
    return [
        (n, m.start(), m.group())
        for n, t in enumerate(texts)
        for m in pattern.finditer(t)
        if not t.startswith("#", m.start() - 2)
    ]


@functools.cache
def dictionary_capitals(largest: int = 95) -> frozenset[str]:
    """SCOWL's upper-case words up to a size (95: every size)."""
    scowl = Path("/usr/share/dict/scowl")
    if not scowl.is_dir():
        sys.exit("the capitalised recall needs Debian's scowl package: apt-get install scowl")
    words = set()
    for path in scowl.glob("*-upper.*"):
        if int(path.suffix[1:]) <= largest:
            words.update(path.read_text(encoding="utf-8").split("\n"))
    return frozenset(words)


_PREVIOUS_WORD = re.compile(r"(\S+) $")


def capitalised_sites(texts: list[str]):
    # Inside a sentence: after a lower-case word ("in Egypt") or a comma, so
    # not inside a run of capitalised words ("Attorney General John Ashcroft").
    pattern = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{4,}(?![\w'’-])")
    words, capitals = reference_words(), dictionary_capitals()
    sites = []
    for n, t in enumerate(texts):
        for m in pattern.finditer(t):
            previous = _PREVIOUS_WORD.search(t, max(0, m.start() - 40), m.start())
            if previous is None or not (previous.group(1)[0].islower() or previous.group(1).endswith(",")):
                continue
            if m.group() in capitals or m.group().lower() in words:
                sites.append((n, m.start(), m.group()))
    return sites


def typo_recall(texts, rules, sites, count: int, rng: random.Random, keep_first: bool = False):
    tried = skipped = detected = first = 0
    misses: list[str] = []
    if not sites:
        return tried, skipped, detected, first, misses
    while tried < count:
        n, start, word = rng.choice(sites)
        typo = one_edit(word, rng, keep_first)
        if typo == word or is_word(typo):
            skipped += 1
            continue
        tried += 1
        text = texts[n][:start] + typo + texts[n][start + len(word) :]
        hits = [d for d in covered(check(text, rules), start, start + len(typo)) if d.rule_id.startswith("spelling.")]
        if hits:
            detected += 1
            if any(d.suggestions and d.suggestions[0] == word for d in hits):
                first += 1
            elif len(misses) < 12:
                misses.append(f"{typo} -> {list(hits[0].suggestions[:3])} (wanted {word}, {hits[0].rule_id})")
        elif len(misses) < 12:
            misses.append(f"{typo} not reported (for {word})")
    return tried, skipped, detected, first, misses


def name_recall(texts, rules, count: int, rng: random.Random):
    """One use of a name used twice or more, misspelt; ``count`` tries."""
    sites = []
    for n, text in enumerate(texts):
        inner = {m.group() for m in re.finditer(r"(?<=[a-z,;] )[A-Z][a-z]{3,}(?![\w'’-])", text)}
        for name in sorted(inner):
            uses = [m.start() for m in re.finditer(rf"(?<![\w-]){name}(?![\w-])", text)]
            if len(uses) >= 2:
                sites.extend((n, start, name) for start in uses)
    tried = detected = 0
    misses = []
    while sites and tried < count:
        n, start, name = rng.choice(sites)
        variant = one_edit(name, rng, keep_first=True)
        if variant == name or is_word(variant) or variant.lower() == name.lower():
            continue
        text = texts[n]
        changed = text[:start] + variant + text[start + len(name) :]
        tried += 1
        if any(d.rule_id.startswith("spelling.") for d in covered(check(changed, rules), start, start + len(variant))):
            detected += 1
        elif len(misses) < 12:
            misses.append(f"{variant} (for {name}) not reported")
    return tried, detected, misses


def recall(label: str, texts: list[str], language: str, count: int, seed: int) -> None:
    rules = spelling_rules(language)
    capitalised = capitalised_sites(texts)
    common_names = dictionary_capitals(50)
    for kind, sites, keep_first in (
        ("lower-case", lower_case_sites(texts), False),
        ("capitalised", capitalised, True),
        ("capitalised common-name (SCOWL upper <= 50)", [s for s in capitalised if s[2] in common_names], True),
    ):
        tried, skipped, detected, first, misses = typo_recall(
            texts, rules, sites, count, random.Random(seed), keep_first
        )
        print(
            f"{label}: {kind} typo recall {detected}/{tried} = {100 * detected / max(1, tried):.1f}% "
            f"(from {len(sites)} sites; {skipped} typos that are words skipped); right word first "
            f"{first}/{detected} = {100 * first / max(1, detected):.1f}%"
        )
        for line in misses:
            print("    " + line)
    tried, detected, misses = name_recall(texts, rules, count, random.Random(seed))
    print(f"{label}: name-variant recall {detected}/{tried} = {100 * detected / max(1, tried):.1f}%")
    for line in misses:
        print("    " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--typos", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", choices=("alarms", "recall"))
    parser.add_argument("--half", choices=("odd", "even", "all"), default="all", help="Wikinews drafts for recall")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.only != "recall":
        false_alarms("wikinews")
        false_alarms("lee")
    if args.only != "alarms":
        halves = ("odd", "even") if args.half == "all" else (args.half,)
        for half in halves:
            recall(f"wikinews {half}", wikinews(half), "en-US", args.typos, args.seed)
        recall("lee", lee(), "en-AU", args.typos, args.seed)
    print(
        f"({time.perf_counter() - started:.0f} s; "
        f"python benchmarks/spelling.py --typos {args.typos} --seed {args.seed})"
    )


if __name__ == "__main__":
    main()
