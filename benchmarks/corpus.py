"""The benchmark corpus: the 50 ABC News articles of gensim 4.4.0's lee.cor.

The gensim wheel is downloaded from PyPI once (with this Python's pip, so the
machine's index settings apply) and cached in benchmarks/.cache/. The
articles are Latin-1 encoded, one per line, in Australian English.
lee_background.cor, its sibling, is reserved for independent evaluation and
is never read here.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
MEMBER = "gensim/test/test_data/lee.cor"


def wheel() -> Path:
    CACHE.mkdir(exist_ok=True)
    found = sorted(CACHE.glob("gensim-4.4.0-*.whl"))
    if not found:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
             "gensim==4.4.0", "-d", str(CACHE)],
            check=True,
        )  # fmt: skip
        found = sorted(CACHE.glob("gensim-4.4.0-*.whl"))
    return found[0]


def articles() -> list[str]:
    """The 50 articles, decoded."""
    cached = CACHE / "lee.cor"
    if not cached.exists():
        with zipfile.ZipFile(wheel()) as archive:
            cached.write_bytes(archive.read(MEMBER))
    text = cached.read_bytes().decode("latin-1")
    return [line.strip() for line in text.splitlines() if line.strip()]


def word_count(text: str) -> int:
    return len(text.split())


def drafts(total_words: int, words_per_draft: int = 800, seed: int = 1) -> list[str]:
    """Markdown drafts of about ``words_per_draft`` words built from the
    articles, until ``total_words`` words are written.

    Each draft takes articles in its own random order (no article twice in
    a draft), so drafts differ as real ones do while every sentence is real
    edited news. A draft's headline is its first article's opening words,
    with the draft's number so that no two drafts share a headline.
    """
    import random

    rng = random.Random(seed)
    pool = articles()
    result: list[str] = []
    written = 0
    while written < total_words:
        order = rng.sample(range(len(pool)), len(pool))
        chosen, count = [], 0
        for i in order:
            if count >= words_per_draft:
                break
            chosen.append(pool[i])
            count += word_count(pool[i])
        opening = " ".join(chosen[0].split()[:7]).rstrip(",.;:")
        headline = f"# {opening} ({len(result) + 1})"
        result.append(headline + "\n\n" + "\n\n".join(chosen) + "\n")
        written += count + word_count(headline) - 1
    return result


def write_drafts(
    folder: Path, total_words: int, words_per_draft: int = 800, seed: int = 1, count: int | None = None
) -> list[Path]:
    """:func:`drafts` (the first ``count`` of them, if given) written to
    ``folder`` as draft-NNNNN.md (UTF-8); the folder is emptied of earlier
    drafts first."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("draft-*.md"):
        old.unlink()
    paths = []
    for n, text in enumerate(drafts(total_words, words_per_draft, seed)[:count], start=1):
        path = folder / f"draft-{n:05}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def write_many(folder: Path, count: int, words_per_draft: int) -> int:
    """``count`` drafts of about ``words_per_draft`` words written to
    ``folder``; returns their words. :func:`drafts` stops at a word total and
    every draft reaches its size, so twice the words asked for always gives
    ``count`` drafts (the first ones do not depend on the total)."""
    paths = write_drafts(folder, 2 * count * words_per_draft, words_per_draft, count=count)
    if len(paths) != count:
        raise SystemExit(f"corpus.drafts gave {len(paths)} drafts, not {count}")
    return sum(word_count(path.read_text(encoding="utf-8")) for path in paths)
