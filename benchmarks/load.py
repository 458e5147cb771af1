#!/usr/bin/env python3
"""Load: 5,000 drafts in one run, and one 5 MB draft.

Run: python benchmarks/load.py [--drafts 5000] [--words-per-draft 300] [--megabytes 5] [--jobs N]
                               [--hostile-megabytes 3] [--only many|large|hostile]

The goal (the "Reliability" issue): both finish without error within the
memory target of the speed issue, a peak under 300 MB for editlint and its
worker processes, summed. Every figure is a whole process, timed from
outside with speed.Run:

  many drafts   `editlint --format json --no-cache FOLDER` over 5,000 corpus
                drafts of about 300 words each, then the same folder twice
                with a result cache (cold, then warm)
  large draft   `editlint --format json --no-cache large.md`, one Markdown
                draft of about 5 MB made of the corpus articles (one per
                paragraph, a subheading every four paragraphs); goal: under
                2 minutes on the 2-core development machine

  hostile       `editlint --no-cache` (text and JSON) over a 3 MB draft of
                random letters (OCR garbage, a hostile upload), and over 3 MB
                of the articles with a fifth of their words replaced by
                random letters (damaged, but still prose: a finding per
                garbled word); the same memory target

For each run it prints the command, wall time, peak MB, exit code and the
diagnostics and errors of the JSON output. It exits with 1 when a run
crashes (an exit code other than 0 or 1), reports an error, or goes over
300 MB; time is reported, never enforced (the machine is shared).

The drafts are the 50 ABC News articles of gensim 4.4.0's lee.cor (see
corpus.py), so both loads repeat the same 3,983 words many times over; the
README says what that hides.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))  # the hostile text the tests make, larger

import corpus  # noqa: E402
import hostile_text  # noqa: E402
from speed import EDITLINT, Run  # noqa: E402

#: The memory target of the speed issue, for the whole process tree.
PEAK_LIMIT_MB = 300
#: What the large draft should take here (reported, not enforced).
LARGE_SECONDS_GOAL = 120
#: Paragraphs between two subheadings of the large draft.
PARAGRAPHS_PER_SECTION = 4


# --------------------------------------------------------------------------- the drafts


def large_draft(megabytes: float, seed: int = 1) -> str:
    """One Markdown draft of about ``megabytes`` MB (UTF-8): a headline, then
    the articles in a new random order each round, one per paragraph, with a
    subheading (the next article's opening words and a section number, so
    no two are alike) every few paragraphs."""
    rng = random.Random(seed)
    pool = corpus.articles()
    target = int(megabytes * 1_000_000)
    parts = [f"# {' '.join(pool[0].split()[:7]).rstrip(',.;:')}"]
    size = len(parts[0].encode("utf-8"))
    paragraphs = sections = 0
    while size < target:
        for i in rng.sample(range(len(pool)), len(pool)):
            if paragraphs % PARAGRAPHS_PER_SECTION == 0:
                sections += 1
                heading = f"## {' '.join(pool[i].split()[:6]).rstrip(',.;:')} ({sections})"
                parts.append(heading)
                size += len(heading.encode("utf-8")) + 2
            parts.append(pool[i])
            size += len(pool[i].encode("utf-8")) + 2
            paragraphs += 1
    return "\n\n".join(parts) + "\n"


# --------------------------------------------------------------------------- one run


class Checked:
    """One editlint run, its JSON output read back."""

    def __init__(self, command: list[str], work: Path, output: Path) -> None:
        with output.open("wb") as stdout:
            self.run = Run(command, work, stdout=stdout)  # exits with the process's stderr if it crashed
        report = json.loads(output.read_text(encoding="utf-8"))
        self.diagnostics = report["diagnostics"]
        self.errors = report["errors"]
        self.files = report["summary"]["files"]

    @property
    def within_memory(self) -> bool:
        return self.run.peak_mb < PEAK_LIMIT_MB

    @property
    def ok(self) -> bool:
        return self.run.returncode in (0, 1) and not self.errors and self.within_memory

    def show(self, label: str) -> None:
        run = self.run
        print(f"  {label}")
        print(f"    command:     {' '.join(['python', *run.command[1:]])}")
        print(f"    wall time:   {run.seconds:.2f} s")
        print(f"    peak memory: {run.peak_mb:.0f} MB (goal: under {PEAK_LIMIT_MB} MB: "
              f"{'holds' if self.within_memory else 'FAILS'})")  # fmt: skip
        print(f"    exit code:   {run.returncode}")
        print(f"    drafts checked: {self.files}, diagnostics: {len(self.diagnostics)}, errors: {len(self.errors)}")
        for error in self.errors[:5]:
            print(f"      error: {error}")
        stderr = run.stderr.strip()
        if stderr:
            print(f"    stderr: {stderr[-500:]}")


def many_drafts(work: Path, count: int, words_per_draft: int, jobs_args: list[str]) -> list[Checked]:
    folder = work / f"drafts-{count}"
    words = corpus.write_many(folder, count, words_per_draft)
    print(f"{count} drafts, {words} words ({words // count} per draft on average), {folder}")
    runs = []
    no_cache = Checked(EDITLINT + jobs_args + ["--format", "json", "--no-cache", str(folder)], work,
                       work / "many-no-cache.json")  # fmt: skip
    no_cache.show("no cache")
    runs.append(no_cache)
    cache = Path(tempfile.mkdtemp(prefix="editlint-load-cache-"))
    try:
        command = EDITLINT + jobs_args + ["--format", "json", "--cache-dir", str(cache), str(folder)]
        for label in ("cache cold", "cache warm"):
            checked = Checked(command, work, work / f"many-{label.replace(' ', '-')}.json")
            checked.show(label)
            runs.append(checked)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    same = all(run.diagnostics == no_cache.diagnostics for run in runs[1:])
    print(f"  the three runs report the same diagnostics: {'yes' if same else 'NO'}")
    if not same:
        runs[0].errors.append("the runs with a cache report other diagnostics than the run without")
    if any(run.files != count for run in runs):
        runs[0].errors.append(f"not every one of the {count} drafts was checked")
    return runs


def large(work: Path, megabytes: float) -> Checked:
    path = work / "large.md"
    text = large_draft(megabytes)
    path.write_text(text, encoding="utf-8")
    size = len(text.encode("utf-8"))
    paragraphs = sum(1 for part in text.split("\n\n") if not part.startswith("#"))
    print(f"one draft of {size / 1_000_000:.2f} MB: {corpus.word_count(text)} words, {paragraphs} paragraphs, "
          f"{text.count(chr(10) + '## ')} subheadings, {path}")  # fmt: skip
    checked = Checked(EDITLINT + ["--format", "json", "--no-cache", str(path)], work, work / "large.json")
    checked.show("no cache")
    fast = checked.run.seconds < LARGE_SECONDS_GOAL
    print(f"    time goal: under {LARGE_SECONDS_GOAL} s: {'holds' if fast else 'misses (not enforced)'}")
    return checked


def random_letters(megabytes: float) -> str:
    return hostile_text.random_letters(int(megabytes * 1_000_000))


def garbled(megabytes: float, share: float = 0.2) -> str:
    """The articles, one per paragraph, with ``share`` of their words
    replaced by random letters."""
    return hostile_text.garbled(corpus.articles(), int(megabytes * 1_000_000), share)


def hostile(work: Path, megabytes: float) -> list[Checked]:
    runs = []
    for name, text in (("random-letters", random_letters(megabytes)), ("garbled", garbled(megabytes))):
        path = work / f"{name}.md"
        path.write_text(text, encoding="utf-8")
        print(f"{name}: {len(text.encode('utf-8')) / 1_000_000:.2f} MB, {corpus.word_count(text)} words, {path}")
        checked = Checked(EDITLINT + ["--format", "json", "--no-cache", str(path)], work, work / f"{name}.json")
        checked.show("json, no cache")
        runs.append(checked)
        with (work / f"{name}.txt").open("wb") as stdout:
            text_run = Run(EDITLINT + ["--no-cache", str(path)], work, stdout=stdout)
        holds = text_run.peak_mb < PEAK_LIMIT_MB
        print(f"  text, no cache: {text_run.seconds:.1f} s, peak {text_run.peak_mb:.0f} MB "
              f"(goal: under {PEAK_LIMIT_MB} MB: {'holds' if holds else 'FAILS'})")  # fmt: skip
        if not holds:
            checked.errors.append(f"the text report of {name} peaked at {text_run.peak_mb:.0f} MB")
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=5000, help="drafts in the one-run load (default 5000)")
    parser.add_argument("--words-per-draft", type=int, default=300, help="about this many words each (default 300)")
    parser.add_argument("--megabytes", type=float, default=5.0, help="size of the large draft (default 5)")
    parser.add_argument("--jobs", type=int, default=None, help="editlint --jobs for the many drafts (default: its own)")
    parser.add_argument("--hostile-megabytes", type=float, default=3.0, help="size of the hostile drafts (default 3)")
    parser.add_argument("--only", choices=["many", "large", "hostile"], nargs="+")
    args = parser.parse_args()
    only = set(args.only or ["many", "large", "hostile"])
    work = corpus.CACHE / "load"
    work.mkdir(parents=True, exist_ok=True)
    # The language of the corpus, as the other benchmarks use.
    (work / ".editlint.yaml").write_text("language: en-AU\n", encoding="utf-8")
    print(f"# editlint load, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"# python benchmarks/load.py {' '.join(sys.argv[1:])}".rstrip())
    checked: list[Checked] = []
    if "many" in only:
        jobs_args = ["--jobs", str(args.jobs)] if args.jobs else []
        checked += many_drafts(work, args.drafts, args.words_per_draft, jobs_args)
    if "large" in only:
        checked.append(large(work, args.megabytes))
    if "hostile" in only:
        checked += hostile(work, args.hostile_megabytes)
    failed = [c for c in checked if not c.ok]
    print(f"result: {'every target holds' if not failed else f'{len(failed)} run(s) miss a target'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
