#!/usr/bin/env python3
"""Newsroom checks (quotes.*, headline.*, titles.*) on real edited news.

Run: python benchmarks/newsroom.py

Every finding of these rule sets on the 50 ABC News articles of gensim
4.4.0's lee.cor (language: en-AU), per 1,000 words. The articles are edited
news, so each finding is a false alarm unless it is a real slip; each is
printed for a person to judge. The goal is fewer than 0.2 per 1,000 words.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from editlint import Linter  # noqa: E402

RULE_SETS = ("quotes", "headline", "titles")


def main() -> None:
    linter = Linter(config={"language": "en-AU"}, select=RULE_SETS)
    rules = [r for r in linter.rules("draft.txt") if r.enabled]
    articles = corpus.articles()
    words = sum(corpus.word_count(a) for a in articles)
    started = time.perf_counter()
    findings = []
    for n, article in enumerate(articles):
        for d in linter.lint_text(article, "draft.txt"):
            context = article[max(0, d.span.start - 50) : d.span.end + 30].replace("\n", " ")
            findings.append(f"article {n:2}: {d.rule_id:34} ...{context}...")
    elapsed = time.perf_counter() - started
    print(f"# newsroom rules ({', '.join(RULE_SETS)}: {len(rules)} rules) on lee.cor, {len(articles)} articles, "
          f"{words} words, language en-AU")  # fmt: skip
    print(f"findings: {len(findings)} ({1000 * len(findings) / words:.2f} per 1,000 words)")
    for line in findings:
        print("  " + line)
    print(f"({elapsed:.1f} s; python benchmarks/newsroom.py)")


if __name__ == "__main__":
    main()
