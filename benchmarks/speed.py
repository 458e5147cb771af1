#!/usr/bin/env python3
"""Speed and scale: editlint against proselint and Harper on real news.

Run: python benchmarks/speed.py [--runs 15] [--repeats 3] [--unique-words 60000] [--words 60000 600000]
                                [--jobs N] [--only unique cold archive rules]

Every figure is a whole process, timed from outside (as a writer or CI waits
for it), with its wall time and its CPU time (user + system of the process
and the workers it waited for, from getrusage(RUSAGE_CHILDREN)): the machine
is shared, so wall time moves with other work and CPU time much less. Every
comparison is with proselint 0.16 (regular-expression lists, one process:
`pip install proselint`, the `bench` extra) and Harper (harper-py, an
offline Rust grammar checker) measured in the same run on the same files,
the tools taking turns, each figure the median of the runs.

Figures, with the goal each is held to:

  unique text   FIRST, the figure that matters: Wikinews articles
                (../shared/corpus/wikinews/drafts), each once, in file
                order up to --unique-words words (0: all 293, 139k words),
                `editlint --no-cache --format json` with -j 1 and with its
                default jobs, default config (en-US), against proselint
                (`proselint check -o json`) and Harper (American English);
                goals (issue 19): editlint at default jobs no slower than
                proselint, peak memory under 150 MB

The other figures use drafts built from the 50 ABC News articles of gensim
4.4.0's lee.cor, replicated into Markdown drafts of about 800 words (see
corpus.drafts) and written to benchmarks/.cache/: a corpus that REPEATS each
article (about 15 times at 60k words, 150 times at 600k), where editlint's
per-sentence memos do much of the work.

  cold start    `editlint --no-cache draft.md`, one draft of about 870
                words, default rules: no longer than `proselint check` of
                the same draft (issue 19), and under a third of harper-py's
                import + Linter() + lint of the same draft
  throughput    (repeated corpus) 600k words, default rules, cold cache: at least twice the
                words per second of Harper linting the same files in one
                process
  scaling       60k -> 600k words: time grows at most 11x
  warm cache    a second run over the unchanged 600k words: under 10% of
                the cold run
  rule count    1,000 substitution rules cost at most 2x what 10 cost
  memory        peak for the 600k-word run under 300 MB (the resident
                memory of editlint and its worker processes, summed)

Harper runs with its default rules for Australian English, reading each
file as Markdown, exactly as the script HARPER below shows.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

EDITLINT = [sys.executable, "-m", "editlint"]
PROSELINT = [str(Path(sys.executable).with_name("proselint")), "check", "-o", "json"]
WIKINEWS = HERE.parent.parent / "shared" / "corpus" / "wikinews" / "drafts"
# What Harper is asked to do: import, build a Linter for the dialect named by
# the second argument (AUSTRALIAN when none), lint every file given (a file,
# or every *.md in a folder) as Markdown; prints the lint count.
HARPER = """
import pathlib, sys
import harper
linter = harper.Linter(getattr(harper.Dialect, sys.argv[2] if len(sys.argv) > 2 else "AUSTRALIAN"))
target = pathlib.Path(sys.argv[1])
files = sorted(target.glob("*.md")) if target.is_dir() else [target]
count = 0
for path in files:
    count += len(linter.lint(path.read_text(encoding="utf-8"), language=harper.Language.MARKDOWN))
print(count)
"""


# --------------------------------------------------------------------------- measuring


def child_env(src: Path | None = None) -> dict:
    """The environment of every timed process: this one's, but writing
    bytecode (an installed package has its .pyc files; with
    PYTHONDONTWRITEBYTECODE set, as on the development machine, every start
    compiled editlint's 100 modules again, 0.1 s of a 0.4 s cold start,
    while proselint's came compiled from pip), and with ``src`` first on
    the path when given (another checkout's editlint: --before)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    return env


class Run:
    """One whole process: its wall time, its CPU time (``cpu_seconds``: user
    + system of it and of the children it waited for) and the peak of the
    memory of it and its children, sampled every 20 ms from /proc: the
    resident memory summed (``peak_mb``: counts the pages forked workers
    share with their parent once per process) and the proportional set
    size summed (``peak_pss_mb``: each shared page split among its sharers,
    so the tree's real footprint).
    Its output goes to ``stdout`` (an open file; discarded when None); its
    standard error is kept in ``stderr``."""

    def __init__(self, command: list[str], cwd: Path, env: dict | None = None, stdout=None) -> None:
        self.command = command
        # This script runs one process at a time, so the growth of what its
        # waited-for children used is this process's (and its workers').
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, env=env if env is not None else child_env(),
            stdout=stdout if stdout is not None else subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        self.peak_mb = self.peak_pss_mb = 0.0
        done = threading.Event()
        sampler = threading.Thread(target=self._sample, args=(process.pid, done), daemon=True)
        sampler.start()
        _, stderr = process.communicate()
        self.seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu_seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        done.set()
        sampler.join()
        self.returncode = process.returncode
        self.stderr = stderr.decode("utf-8", "replace")
        if process.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr.decode()[-2000:]}")

    def _sample(self, pid: int, done: threading.Event) -> None:
        while not done.is_set():
            tree = _tree(pid)
            self.peak_mb = max(self.peak_mb, sum(_rss_mb(p) for p in tree))
            self.peak_pss_mb = max(self.peak_pss_mb, sum(_pss_mb(p) for p in tree))
            done.wait(0.02)


def _tree(pid: int) -> list[int]:
    """The process and its descendants (Linux /proc)."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                queue.extend(int(c) for c in children)
        except OSError:
            pass
    return found


def _proc_mb(pid: int, file: str, field: str) -> float:
    """A memory figure of /proc/PID/FILE (its ``field``, in kB) in MB; 0 once the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/{file}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _rss_mb(pid: int) -> float:
    return _proc_mb(pid, "status", "VmRSS:")


def _pss_mb(pid: int) -> float:
    return _proc_mb(pid, "smaps_rollup", "Pss:")


def _median(command: list[str], cwd: Path, runs: int) -> tuple[float, float]:
    times = [Run(command, cwd).seconds for _ in range(runs)]
    return statistics.median(times), min(times)


def _median_run(runs: list[Run]) -> Run:
    return sorted(runs, key=lambda run: run.seconds)[len(runs) // 2]


def _words(folder: Path) -> int:
    return sum(corpus.word_count(p.read_text(encoding="utf-8")) for p in folder.glob("*.md"))


# --------------------------------------------------------------------------- the figures


def _summary(name: str, runs: list[Run], words: int) -> str:
    wall = statistics.median(r.seconds for r in runs)
    cpu = statistics.median(r.cpu_seconds for r in runs)
    peak = statistics.median(r.peak_mb for r in runs)
    pss = statistics.median(r.peak_pss_mb for r in runs)
    return (f"  {name:30} wall {wall:6.2f} s ({words / wall:6.0f} words/s)   "
            f"CPU {cpu:6.2f} s ({words / cpu:6.0f} words/s)   peak RSS {peak:4.0f} MB, PSS {pss:4.0f} MB")  # fmt: skip


def unique_folder(work: Path, total_words: int) -> Path:
    """The Wikinews drafts in file order, each once, up to ``total_words``
    words (every draft when 0), copied to one folder with no config."""
    if not WIKINEWS.is_dir():
        raise SystemExit(f"{WIKINEWS}: not found (../shared must sit beside the repository)")
    folder = work / f"unique-{total_words // 1000}k"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    written = 0
    for path in sorted(WIKINEWS.glob("*.md")):
        if total_words and written >= total_words:
            break
        text = path.read_text(encoding="utf-8")
        (folder / path.name).write_text(text, encoding="utf-8")
        written += corpus.word_count(text)
    return folder


def unique_text(work: Path, total_words: int, repeats: int, jobs: int | None, before: Path | None) -> dict:
    folder = unique_folder(work, total_words)
    words, drafts = _words(folder), len(list(folder.glob("*.md")))
    default_jobs = ["--jobs", str(jobs)] if jobs else []
    jobs_name = f"-j {jobs}" if jobs else "default jobs"
    one = EDITLINT + ["--no-cache", "--format", "json", "-j", "1", "."]
    many = EDITLINT + ["--no-cache", "--format", "json", *default_jobs, "."]
    commands = {"editlint -j 1": (one, child_env()), f"editlint {jobs_name}": (many, child_env())}
    if before is not None:
        commands["BEFORE editlint -j 1"] = (one, child_env(before))
        commands[f"BEFORE editlint {jobs_name}"] = (many, child_env(before))
    commands["proselint"] = (PROSELINT + ["."], child_env())
    commands["Harper, one process"] = ([sys.executable, "-c", HARPER, ".", "AMERICAN"], child_env())
    for command, env in commands.values():
        Run(command, folder, env)  # bytecode written, files cached; not counted
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(repeats):  # the tools take turns: a busy spell hits all alike
        for name, (command, env) in commands.items():
            runs[name].append(Run(command, folder, env))
    print(f"unique text: {words} words in {drafts} Wikinews drafts, each once, cache off (median of {repeats} runs)")
    for name, measured in runs.items():
        print(_summary(name, measured, words))
    editlint_default = statistics.median(r.seconds for r in runs[list(commands)[1]])
    proselint = statistics.median(r.seconds for r in runs["proselint"])
    print(f"  editlint (default jobs) / proselint wall: {editlint_default / proselint:.2f} (goal: at most 1)")
    return {"words": words, "runs": runs}


def cold_start(work: Path, runs: int, before: Path | None) -> dict:
    draft_folder = work / "one"
    draft = corpus.write_drafts(draft_folder, 800)[0]
    words = corpus.word_count(draft.read_text(encoding="utf-8"))
    editlint = EDITLINT + ["--no-cache", str(draft)]
    commands = {"editlint": (editlint, child_env())}
    if before is not None:
        commands["BEFORE editlint"] = (editlint, child_env(before))
    commands["proselint"] = (PROSELINT + [str(draft)], child_env())
    commands["Harper"] = ([sys.executable, "-c", HARPER, str(draft)], child_env())
    for command, env in commands.values():
        Run(command, work, env)  # the first run after an install compiles bytecode; not counted
    # Alternate the tools, so a busy spell on the machine hits them alike.
    measured: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, env) in commands.items():
            measured[name].append(Run(command, work, env))
    print(f"cold start, one draft of {words} words, {runs} runs each (median; CPU = user + system)")
    medians = {}
    for name, (command, _) in commands.items():
        wall = statistics.median(r.seconds for r in measured[name])
        cpu = statistics.median(r.cpu_seconds for r in measured[name])
        medians[name] = wall
        shown = " ".join(command[2:] if "editlint" in name else command[1:2] + ["..."])
        print(f"  {name:15} wall {wall:.3f} s (min {min(r.seconds for r in measured[name]):.3f})   CPU {cpu:.3f} s   "
              f"{shown}")  # fmt: skip
    print(f"  editlint / proselint: {medians['editlint'] / medians['proselint']:.2f} (goal: at most 1); "
          f"editlint / Harper: {medians['editlint'] / medians['Harper']:.2f} (goal: under 0.33)")  # fmt: skip
    return medians


def archive(work: Path, sizes: list[int], jobs: int | None, repeats: int) -> dict:
    results = {}
    jobs_args = ["--jobs", str(jobs)] if jobs else []
    for size in sizes:
        folder = work / f"drafts-{size // 1000}k"
        corpus.write_drafts(folder, size)
        words = _words(folder)
        colds, warms, harpers = [], [], []
        # editlint (cold, then warm) and Harper take turns, so a busy spell
        # on the machine hits both alike; each figure is the median run.
        for _ in range(repeats):
            cache = Path(tempfile.mkdtemp(prefix="editlint-cache-"))
            try:
                command = EDITLINT + jobs_args + ["--cache-dir", str(cache), "--format", "json", str(folder)]
                colds.append(Run(command, work))
                warms.append(Run(command, work))
            finally:
                shutil.rmtree(cache, ignore_errors=True)
            harpers.append(Run([sys.executable, "-c", HARPER, str(folder)], work))
        cold, warm, harper = (_median_run(runs) for runs in (colds, warms, harpers))
        results[size] = {"words": words, "cold": cold, "warm": warm, "harper": harper}
        print(f"repeated corpus: {words} words in {len(list(folder.glob('*.md')))} drafts built from lee.cor's "
              f"50 articles (median of {repeats} runs each)")  # fmt: skip
        print(f"  editlint, cold cache: {cold.seconds:6.2f} s  {words / cold.seconds:8.0f} words/s  "
              f"peak {cold.peak_mb:5.0f} MB   {' '.join(command[2:])}")  # fmt: skip
        print(f"  editlint, warm cache: {warm.seconds:6.2f} s  ({100 * warm.seconds / cold.seconds:.1f}% of cold; "
              f"goal under 10%)")  # fmt: skip
        print(f"  Harper, one process:  {harper.seconds:6.2f} s  {words / harper.seconds:8.0f} words/s  "
              f"peak {harper.peak_mb:5.0f} MB")  # fmt: skip
        print(f"  editlint / Harper words per second: {harper.seconds / cold.seconds:.2f}x (goal: at least 2x)")
    if len(sizes) >= 2:
        small, large = results[sizes[0]], results[sizes[-1]]
        growth = large["cold"].seconds / small["cold"].seconds
        print(f"scaling {sizes[0]} -> {sizes[-1]} words: time x{growth:.2f} for words "
              f"x{large['words'] / small['words']:.2f} (goal: at most 11x)")  # fmt: skip
    return results


def rule_count(work: Path, counts: list[int], size: int, runs: int) -> dict:
    folder = work / f"drafts-{size // 1000}k"
    corpus.write_drafts(folder, size)
    rng = random.Random(3)
    # Real words, as a house style list has: most never occur in a draft,
    # some do.
    vocabulary = sorted({w.strip(".,;:!?\"'()").lower() for a in corpus.articles() for w in a.split()})
    vocabulary = [w for w in vocabulary if w.isalpha() and len(w) > 3]
    results = {}
    for count in counts:
        ruleset = work / f"substitutions-{count}"
        ruleset.mkdir(exist_ok=True)
        lines = ["rules:"]
        for i in range(count):
            bad = f"{rng.choice(vocabulary)} {rng.choice(vocabulary)}" if i % 2 else f"houseword{i}"
            lines += [
                f"  - id: house.swap-{i}",
                "    kind: substitution",
                "    severity: suggestion",
                '    message: \'Write "{suggestion}", not "{match}"\'',
                f"    swap: {{'{bad}': 'replacement{i}'}}",
                "    examples: {bad: [], good: []}",
            ]
        (ruleset / "house.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        config = work / f"substitutions-{count}.editlint.yaml"
        config.write_text(f"extends: []\nrulesets: [./substitutions-{count}]\n", encoding="utf-8")
        command = EDITLINT + ["--no-cache", "--config", str(config), "--format", "json", str(folder)]
        median, _ = _median(command, work, runs)
        results[count] = median
        print(f"  {count:5} substitution rules: median {median:.2f} s over {runs} runs")
    low, high = min(counts), max(counts)
    print(f"  {high} rules / {low} rules: {results[high] / results[low]:.2f}x (goal: at most 2x)")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each cold start (median)")
    parser.add_argument("--unique-words", type=int, default=60_000, help="Wikinews words, each once (0: all)")
    parser.add_argument("--words", type=int, nargs="+", default=[60_000, 600_000], help="repeated-corpus sizes")
    parser.add_argument("--jobs", type=int, default=None, help="editlint --jobs (default: its own, all cores)")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each archive figure (median)")
    parser.add_argument("--before", type=Path, help="another checkout's src/: its editlint timed beside this one")
    parser.add_argument("--only", choices=["unique", "cold", "archive", "rules"], nargs="+")
    args = parser.parse_args()
    only = set(args.only or ["unique", "cold", "archive", "rules"])
    work = corpus.CACHE / "speed"
    work.mkdir(parents=True, exist_ok=True)
    (work / ".editlint.yaml").write_text("language: en-AU\n", encoding="utf-8")
    print(f"# editlint speed, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"# python benchmarks/speed.py {' '.join(sys.argv[1:])}".rstrip())
    if "unique" in only:
        unique_text(work, args.unique_words, args.repeats, args.jobs, args.before)
    if "cold" in only:
        cold_start(work, args.runs, args.before)
    if "archive" in only:
        archive(work, sorted(args.words), args.jobs, args.repeats)
    if "rules" in only:
        print("rule count, 60k words, only the generated rules")
        rule_count(work, [10, 1000], 60_000, max(3, args.runs // 3))


if __name__ == "__main__":
    main()
