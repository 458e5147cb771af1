"""Text that is not news, made the same way by tests/test_hostile_drafts.py
(small drafts) and benchmarks/load.py (megabytes): random letters, and real
paragraphs with a share of their words replaced by random letters (OCR
damage, still prose). Seeded, so each size gives the same text every run."""

from __future__ import annotations

import random
import string


def random_words(rng: random.Random, count: int) -> str:
    return " ".join("".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 10))) for _ in range(count))


def random_letters(size: int, seed: int = 12) -> str:
    """Paragraphs of sentences of random lower-case letters, about ``size`` characters."""
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < size:
        sentences = [random_words(rng, rng.randint(8, 25)).capitalize() + "." for _ in range(rng.randint(3, 8))]
        paragraphs.append(" ".join(sentences))
        total += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs) + "\n"


def garbled(paragraphs: list[str], size: int, share: float, seed: int = 3) -> str:
    """Paragraphs drawn from ``paragraphs`` with ``share`` of their words
    replaced by random letters, about ``size`` UTF-8 bytes."""
    rng = random.Random(seed)
    out, total = [], 0
    while total < size:
        words = [random_words(rng, 1) if rng.random() < share else w for w in rng.choice(paragraphs).split(" ")]
        out.append(" ".join(words))
        total += len(out[-1].encode("utf-8")) + 2
    return "\n\n".join(out) + "\n"
