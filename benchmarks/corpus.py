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
