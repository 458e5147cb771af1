#!/usr/bin/env python3
"""The cost of the cluster path: local --jobs N against --dask local with N workers.

Run: python benchmarks/scale.py [--drafts 20000] [--words 150] [--repeats 3] [--workers 2]

The drafts are built from the 50 ABC News articles of lee.cor (see
corpus.py), ``--words`` words each, written to benchmarks/.cache/scale/.
Each repeat times two whole processes, in turn, over the same drafts with
no cache:

  local   editlint check --no-cache --format json --jobs N DRAFTS
  dask    editlint check --no-cache --format json --dask local --jobs N DRAFTS

and checks that their JSON reports are byte for byte the same. The figure
is the ratio dask / local of each repeat (paired, so that a load that
comes and goes on a shared machine hits both alike; the two take turns at
going first), reported as the median with its spread; and the same ratio
of CPU time (user + system, of the process and every process it started),
which another user's load on the machine moves far less than wall time.
The cluster's time includes starting it: a scheduler and N worker
processes, each loading the rules.

From the local run's time comes the per-draft and per-word cost in core
seconds, and from it the projection in docs/scale.md: an archive of ten
million 600-word stories on a 100-worker cluster.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from speed import Run  # noqa: E402

EDITLINT = [sys.executable, "-m", "editlint"]
FOLDER = corpus.CACHE / "scale"

#: The projection's archive: stories, words each, workers (one core each).
ARCHIVE_STORIES = 10_000_000
ARCHIVE_WORDS = 600
CLUSTER_WORKERS = 100


def write_drafts(count: int, words: int) -> int:
    """``count`` drafts of about ``words`` words in FOLDER; their words."""
    texts = corpus.drafts(count * words * 3, words)[:count]  # drafts run a little over ``words``
    if len(texts) < count:
        raise SystemExit(f"made only {len(texts)} drafts")
    FOLDER.mkdir(parents=True, exist_ok=True)
    for old in FOLDER.glob("*.md"):
        old.unlink()
    for n, text in enumerate(texts, start=1):
        (FOLDER / f"draft-{n:05}.md").write_text(text, encoding="utf-8")
    return sum(corpus.word_count(text) for text in texts)


def timed(extra: list[str], workers: int, report: Path) -> tuple[Run, float]:
    """The run, and its CPU seconds: every process it started was waited
    for (pool workers, the cluster's scheduler and workers), so their time
    is in this process's children's."""
    command = [*EDITLINT, "check", "--no-cache", "--format", "json", "--jobs", str(workers), *extra, str(FOLDER)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with report.open("wb") as out:
        run = Run(command, HERE, stdout=out)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return run, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def load() -> str:
    """The load average over 1, 5 and 15 minutes (the machine is shared)."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=20_000)
    parser.add_argument("--words", type=int, default=150, help="words a draft, about")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    words = write_drafts(args.drafts, args.words)
    print(f"{args.drafts:,} drafts, {words:,} words; {args.workers} processes each way; cores: {os.cpu_count()}")
    local_cpus, ratios, cpu_ratios = [], [], []
    for repeat in range(1, args.repeats + 1):
        print(f"repeat {repeat}: load average before {load()}", flush=True)
        runs = {}
        for name in ("local", "dask") if repeat % 2 else ("dask", "local"):
            extra = ["--dask", "local"] if name == "dask" else []
            runs[name] = timed(extra, args.workers, corpus.CACHE / f"scale-{name}.json")
        (local, local_cpu), (cluster, cluster_cpu) = runs["local"], runs["dask"]
        same = (corpus.CACHE / "scale-local.json").read_bytes() == (corpus.CACHE / "scale-dask.json").read_bytes()
        if not same:
            raise SystemExit("the two reports differ: see benchmarks/.cache/scale-*.json")
        local_cpus.append(local_cpu)
        ratios.append(cluster.seconds / local.seconds)
        cpu_ratios.append(cluster_cpu / local_cpu)
        print(
            f"  local {local.seconds:7.1f} s, {local_cpu:6.1f} CPU s, {local.peak_mb:4.0f} MB   "
            f"dask {cluster.seconds:7.1f} s, {cluster_cpu:6.1f} CPU s, {cluster.peak_mb:4.0f} MB   "
            f"ratio {ratios[-1]:.3f} (CPU {cpu_ratios[-1]:.3f})   reports identical",
            flush=True,
        )
    ratio = statistics.median(ratios)
    print(f"overhead ratio dask/local, wall: median {ratio:.3f}, spread {min(ratios):.3f}-{max(ratios):.3f}")
    print(
        f"overhead ratio dask/local, CPU:  median {statistics.median(cpu_ratios):.3f}, "
        f"spread {min(cpu_ratios):.3f}-{max(cpu_ratios):.3f}"
    )

    # The cost of checking, from the local run with the least CPU time: CPU
    # seconds are core-seconds, whatever else the machine was doing.
    core_seconds_per_word = min(local_cpus) / words
    print(
        f"per-draft cost (local, least CPU): {min(local_cpus) / args.drafts * 1000:.1f} core-ms a draft, "
        f"{1 / core_seconds_per_word:,.0f} words a core-second"
    )
    archive_core_seconds = ARCHIVE_STORIES * ARCHIVE_WORDS * core_seconds_per_word
    cpu_ratio = statistics.median(cpu_ratios)
    hours = archive_core_seconds * cpu_ratio / CLUSTER_WORKERS / 3600
    print(
        f"projection: {ARCHIVE_STORIES:,} stories of {ARCHIVE_WORDS} words = {archive_core_seconds / 3600:,.0f} "
        f"core-hours; on {CLUSTER_WORKERS} workers with the CPU overhead: {hours:.1f} h"
    )


if __name__ == "__main__":
    main()
