#!/usr/bin/env python3
"""The JSON report on the benchmark corpora, byte for byte: a speed change
must not change a finding.

Run:
    python benchmarks/same_output.py --save     # on the code before a change: writes the baseline
    python benchmarks/same_output.py            # after: exits 1 if any report differs

editlint runs as a user runs it (``editlint check --format json --no-cache
-j 1``, in the corpus folder) on the 293 Wikinews drafts of
../shared/corpus/wikinews/drafts (default config, en-US) and on lee.cor's
50 articles as verdicts.py writes them (``language: en-AU``). Each report is
written to benchmarks/.cache/same-output/<corpus>.json, the baseline beside
it as <corpus>.baseline.json; the first differing line is printed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import verdicts  # noqa: E402

OUT = corpus.CACHE / "same-output"
CORPORA = ("wikinews", "lee")


def report(name: str) -> bytes:
    """editlint's JSON report on the corpus ``name``, as bytes."""
    folder = verdicts.folder_of(name)
    command = [sys.executable, "-m", "editlint", "check", "--format", "json", "--no-cache", "-j", "1", "."]
    done = subprocess.run(command, capture_output=True, cwd=folder)
    # A crash exits 1 too (Python's code for an uncaught exception), with no report.
    if done.returncode not in (0, 1) or not done.stdout.strip():
        sys.exit(f"editlint exited {done.returncode} on {name}:\n{done.stderr.decode()[-2000:]}")
    return done.stdout


def first_difference(old: bytes, new: bytes) -> str:
    old_lines, new_lines = old.decode().splitlines(), new.decode().splitlines()
    for n, (a, b) in enumerate(zip(old_lines, new_lines, strict=False), start=1):
        if a != b:
            return f"line {n}:\n  baseline: {a[:300]}\n  now:      {b[:300]}"
    return f"lengths differ: {len(old_lines)} lines in the baseline, {len(new_lines)} now"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save", action="store_true", help="write the baseline from this code")
    parser.add_argument("--corpus", choices=CORPORA, nargs="+", default=list(CORPORA))
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    differing = []
    for name in args.corpus:
        output = report(name)
        (OUT / f"{name}.json").write_bytes(output)
        baseline = OUT / f"{name}.baseline.json"
        if args.save:
            baseline.write_bytes(output)
            print(f"{name}: baseline saved ({len(output):,} bytes) to {baseline}")
        elif not baseline.exists():
            sys.exit(f"{baseline}: no baseline; run with --save on the code before the change")
        elif baseline.read_bytes() == output:
            print(f"{name}: identical ({len(output):,} bytes)")
        else:
            differing.append(name)
            print(f"{name}: DIFFERS from the baseline, {first_difference(baseline.read_bytes(), output)}")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
