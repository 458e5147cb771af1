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

From the local run's CPU time comes the cost of a word in core seconds,
and from it the projection in docs/scale.md: an archive of ten million
600-word stories on a 100-worker cluster. The lee.cor drafts repeat 50
articles, so editlint's memos of sentences already seen make them cheap;
the script also times a local run over the 293 Wikinews articles
(../shared/corpus/wikinews/drafts, 140k words of copy that is never
repeated) and projects from both: the Wikinews figure is the one to plan
with.
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

#: editlint's command, which then prints its own CPU seconds (not its
#: children's) on the last line of standard error: the client's share, the
#: part no number of workers divides (with --dask local, the scheduler's too:
#: a LocalCluster's scheduler runs in the client's process).
EDITLINT = [
    sys.executable, "-c",
    "import resource, sys\n"
    "from editlint.cli import main\n"
    "code = main(sys.argv[1:], standalone_mode=False)\n"
    "sys.stdout.flush()\n"
    "usage = resource.getrusage(resource.RUSAGE_SELF)\n"
    "print(usage.ru_utime + usage.ru_stime, file=sys.stderr)\n"
    "sys.exit(code)\n",
]  # fmt: skip
FOLDER = corpus.CACHE / "scale"
#: Real copy, never repeated (see benchmarks/verdicts.py).
WIKINEWS = HERE.parent.parent / "shared" / "corpus" / "wikinews" / "drafts"

#: The projection's archive: stories, words each, workers (one core each).
ARCHIVE_STORIES = 10_000_000
ARCHIVE_WORDS = 600
CLUSTER_WORKERS = 100


def timed(extra: list[str], workers: int, report: Path, folder: Path = FOLDER) -> tuple[Run, float, float]:
    """The run, its CPU seconds and those of its main process alone: every
    process it started was waited for (pool workers, the cluster's
    workers), so their time is in this process's children's."""
    command = [*EDITLINT, "check", "--no-cache", "--format", "json", "--jobs", str(workers), *extra, str(folder)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with report.open("wb") as out:
        run = Run(command, HERE, stdout=out)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = float(run.stderr.splitlines()[-1])
    return run, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), own


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

    words = corpus.write_many(FOLDER, args.drafts, args.words)
    print(f"{args.drafts:,} drafts, {words:,} words; {args.workers} processes each way; cores: {os.cpu_count()}")
    local_cpus, ratios, cpu_ratios, client_cpus = [], [], [], []
    for repeat in range(1, args.repeats + 1):
        print(f"repeat {repeat}: load average before {load()}", flush=True)
        runs = {}
        for name in ("local", "dask") if repeat % 2 else ("dask", "local"):
            extra = ["--dask", "local"] if name == "dask" else []
            runs[name] = timed(extra, args.workers, corpus.CACHE / f"scale-{name}.json")
        (local, local_cpu, local_own), (cluster, cluster_cpu, client_cpu) = runs["local"], runs["dask"]
        same = (corpus.CACHE / "scale-local.json").read_bytes() == (corpus.CACHE / "scale-dask.json").read_bytes()
        if not same:
            raise SystemExit("the two reports differ: see benchmarks/.cache/scale-*.json")
        local_cpus.append(local_cpu)
        ratios.append(cluster.seconds / local.seconds)
        cpu_ratios.append(cluster_cpu / local_cpu)
        client_cpus.append(client_cpu)
        print(
            f"  local {local.seconds:7.1f} s, {local_cpu:6.1f} CPU s (main process {local_own:5.1f}), "
            f"{local.peak_mb:4.0f} MB   dask {cluster.seconds:7.1f} s, {cluster_cpu:6.1f} CPU s "
            f"(client and scheduler {client_cpu:5.1f}), {cluster.peak_mb:4.0f} MB   "
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
    print(f"per-draft cost (local, least CPU): {min(local_cpus) / args.drafts * 1000:.1f} core-ms a draft")
    cpu_ratio = statistics.median(cpu_ratios)
    # What one process does for every draft, however many workers there are.
    serial_ms = min(client_cpus) / args.drafts * 1000
    print(f"client and scheduler (one process): {serial_ms:.2f} core-ms a draft, the cluster's start included")
    project("lee.cor drafts (repeated articles)", words / min(local_cpus), cpu_ratio, serial_ms)
    if WIKINEWS.is_dir():
        real = real_words_per_core_second(args.workers, args.repeats)
        project("Wikinews (copy never repeated)", real, cpu_ratio, serial_ms)


def real_words_per_core_second(workers: int, repeats: int) -> float:
    """Words a core-second of a local run over the Wikinews articles, from
    the least CPU time of ``repeats`` runs."""
    words = sum(corpus.word_count(p.read_text(encoding="utf-8")) for p in WIKINEWS.glob("*.md"))
    cpu = min(timed([], workers, corpus.CACHE / "scale-wikinews.json", WIKINEWS)[1] for _ in range(repeats))
    print(f"Wikinews: {words:,} words, local --jobs {workers}, least CPU of {repeats} runs: {cpu:.1f} s")
    return words / cpu


def project(basis: str, words_per_core_second: float, cpu_ratio: float, serial_ms: float) -> None:
    """The archive of the projection on the cluster, at this cost a word
    and with the cluster path's CPU overhead; and the time the client and
    scheduler need for it, one process whatever the workers."""
    core_hours = ARCHIVE_STORIES * ARCHIVE_WORDS / words_per_core_second / 3600
    hours = core_hours * cpu_ratio / CLUSTER_WORKERS
    serial_hours = ARCHIVE_STORIES * serial_ms / 1000 / 3600
    print(
        f"projection from {basis}: {words_per_core_second:,.0f} words a core-second; "
        f"{ARCHIVE_STORIES:,} stories of {ARCHIVE_WORDS} words = {core_hours:,.0f} core-hours; "
        f"on {CLUSTER_WORKERS} workers with the CPU overhead ({cpu_ratio:.2f}): {hours:.1f} h; "
        f"the client and scheduler at {serial_ms:.2f} ms a story: {serial_hours:.1f} h"
    )


if __name__ == "__main__":
    main()
