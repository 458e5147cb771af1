#!/usr/bin/env python3
"""False alarms on real news, adjudicated by reading every finding.

Run:
    python benchmarks/verdicts.py                      # both corpora: figures per family
    python benchmarks/verdicts.py --corpus wikinews --family spelling --unjudged
    python benchmarks/verdicts.py --corpus lee --family grammar --stub >> benchmarks/verdicts/lee/grammar.yaml
    python benchmarks/verdicts.py --corpus wikinews --family quotes --half even   # the held-out half
    python benchmarks/verdicts.py --family ap -- --style ap  # a stylebook: its verdicts are in <corpus>/ap.yaml

The corpora are published, edited news that no one here wrote:

- ``wikinews``: the 293 Wikinews articles in ../shared/corpus/wikinews/drafts
  (139k words, mostly US English, volunteer-edited, so some findings are real
  slips), checked with the default config (en-US);
- ``lee``: the 50 ABC News articles of gensim 4.4.0's lee.cor (Australian
  English), each written as a Markdown draft, checked with ``language: en-AU``.

editlint runs as a user runs it (``editlint --format json --no-cache``) and
each finding is looked up in ``benchmarks/verdicts/<corpus>/<family>.yaml``
(``wikinews/spelling.yaml``...): one line per finding a person has read, keyed by file, line, column, rule and the
matched text, with a verdict (``true``: a real slip an editor would fix;
``false``: a false alarm; ``debatable``) and the reason. A finding without a
verdict is *unjudged*: a figure with unjudged findings is not adjudicated,
so read them (``--unjudged`` prints each with its line; ``--stub`` prints
entries to fill in) before quoting it.

Figures per rule family: findings, true, false, debatable, unjudged, and
false alarms per 1,000 words (false only; unjudged shown beside). Also the
drafts that fail the default gate (an error-severity finding) with no true
error among their findings: the clean copy the gate would wrongly stop.

``--by-rule`` adds the same figures per rule, with each rule's severity and
its measured precision (true / (true + false); debatable findings count on
neither side): the evidence for a rule's severity (docs/rules.md,
"Severity"), and the failing drafts by the families of their errors.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

VERDICTS = HERE / "verdicts"
WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews" / "drafts"
LEE = corpus.CACHE / "lee-drafts"
VALUES = ("true", "false", "debatable")


def lee_folder() -> Path:
    """lee.cor's articles as NN.md, with a config for Australian English."""
    LEE.mkdir(parents=True, exist_ok=True)
    (LEE / ".editlint.yaml").write_text("language: en-AU\n", encoding="utf-8")
    for n, text in enumerate(corpus.articles(), start=1):
        path = LEE / f"{n:02}.md"
        if not path.exists() or path.read_text(encoding="utf-8") != text + "\n":
            path.write_text(text + "\n", encoding="utf-8")
    return LEE


def folder_of(name: str) -> Path:
    if name == "wikinews":
        if not WIKINEWS.is_dir():
            sys.exit(f"{WIKINEWS}: not found (../shared must sit beside the repository)")
        return WIKINEWS
    return lee_folder()


def in_half(name: str, half: str | None) -> bool:
    """Whether the draft ``name`` ("042-....md", "07.md") is in the half
    asked for: "odd" (kept for development) or "even" (held out), by the
    number it starts with; None is every draft."""
    if half is None:
        return True
    digits = name[: len(name) - len(name.lstrip("0123456789"))]
    return bool(digits) and int(digits) % 2 == (1 if half == "odd" else 0)


def words_in(folder: Path, half: str | None = None) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in sorted(folder.glob("*.md")) if in_half(p.name, half))


def run_editlint(folder: Path, extra: list[str]) -> list[dict]:
    """The JSON diagnostics of editlint (this checkout's) on ``folder``."""
    command = [sys.executable, "-m", "editlint", "check", "--format", "json", "--no-cache", *extra, str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=folder)
    if done.returncode not in (0, 1):
        sys.exit(f"editlint exited {done.returncode}:\n{done.stderr}")
    found = json.loads(done.stdout)["diagnostics"]
    for d in found:
        d["file"] = Path(d["path"]).name
    return found


def key(entry: dict) -> tuple:
    return (entry["file"], entry["line"], entry.get("column", entry.get("col")), entry["rule"], entry["match"])


def load_verdicts(name: str) -> dict[tuple, dict]:
    """Every verdict kept for the corpus ``name`` (one file per family)."""
    found = {}
    for path in sorted((VERDICTS / name).glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            verdict = str(entry.get("verdict")).lower()
            if verdict == "?":
                continue  # a stub not yet read
            if verdict not in VALUES:
                sys.exit(f"{path}: {entry}: verdict must be one of {', '.join(VALUES)}")
            entry["verdict"] = verdict
            found[key(entry)] = entry
    return found


def family(rule: str) -> str:
    return rule.split(".")[0]


def stub(d: dict) -> str:
    entry = {"file": d["file"], "line": d["line"], "column": d["column"], "rule": d["rule"], "match": d["match"]}
    return "- " + json.dumps({**entry, "verdict": "?", "reason": ""}, ensure_ascii=False)


def context(folder: Path, d: dict, width: int = 90) -> str:
    line = (folder / d["file"]).read_text(encoding="utf-8").splitlines()[d["line"] - 1]
    start = max(0, d["column"] - 1 - width // 2)
    return ("…" if start else "") + line[start : d["column"] - 1 + len(d["match"]) + width // 2]


def precision(c: Counter) -> str:
    judged = c["true"] + c["false"]
    return f"{100 * c['true'] / judged:.0f}%" if judged else "-"


def print_rules(by_rule: dict[str, Counter], severity_of: dict[str, str]) -> None:
    print(
        f"\n{'rule':<40}{'severity':>11}{'findings':>9}{'true':>6}{'false':>6}{'debat.':>7}{'unjudged':>9}{'precision':>10}"
    )
    for rule in sorted(by_rule):
        c = by_rule[rule]
        print(
            f"{rule:<40}{severity_of[rule]:>11}{c['findings']:>9}{c['true']:>6}{c['false']:>6}{c['debatable']:>7}"
            f"{c['unjudged']:>9}{precision(c):>10}"
        )


def print_failing(by_file: dict[str, list[tuple[dict, str]]], failing: list[str]) -> None:
    """The drafts the default gate fails, by the families of their errors and
    whether one of those errors is true."""
    groups: Counter = Counter()
    for f in failing:
        errors = [(d, v) for d, v in by_file[f] if d["severity"] == "error"]
        families = "+".join(sorted({family(d["rule"]) for d, _ in errors}))
        verdicts = {v for _, v in errors}
        state = (
            "a true error" if "true" in verdicts else "unjudged errors" if "unjudged" in verdicts else "no true error"
        )
        groups[(families, state)] += 1
    for (families, state), n in sorted(groups.items()):
        print(f"  failing on {families} errors, {state}: {n}")


def report(
    name: str,
    families: set[str] | None,
    extra: list[str],
    show: str | None,
    per_rule: bool = False,
    half: str | None = None,
) -> dict:
    folder = folder_of(name)
    words = words_in(folder, half)
    found = [d for d in run_editlint(folder, extra) if in_half(d["file"], half)]
    if families:
        found = [d for d in found if family(d["rule"]) in families]
    verdicts = load_verdicts(name)
    counts: dict[str, Counter] = defaultdict(Counter)
    by_rule: dict[str, Counter] = defaultdict(Counter)
    severity_of: dict[str, str] = {}
    by_file: dict[str, list[tuple[dict, str]]] = defaultdict(list)
    for d in found:
        verdict = verdicts.get(key(d), {}).get("verdict", "unjudged")
        counts[family(d["rule"])][verdict] += 1
        counts[family(d["rule"])]["findings"] += 1
        by_rule[d["rule"]][verdict] += 1
        by_rule[d["rule"]]["findings"] += 1
        severity_of[d["rule"]] = d["severity"]
        by_file[d["file"]].append((d, verdict))
        if show == "unjudged" and verdict == "unjudged":
            print(f"{d['file']}:{d['line']}:{d['column']}: {d['rule']} {d['message']}\n    {context(folder, d)}")
        elif show == "stub" and verdict == "unjudged":
            print(stub(d))
        elif show == "false" and verdict == "false":
            print(f"{d['file']}:{d['line']}:{d['column']}: {d['rule']} {d['message']}\n    {context(folder, d)}")
    if show:
        return {}
    drafts = sum(1 for p in folder.glob("*.md") if in_half(p.name, half))
    failing = [f for f, items in by_file.items() if any(d["severity"] == "error" for d, _ in items)]
    wrongly = [f for f in failing if not any(d["severity"] == "error" and v == "true" for d, v in by_file[f])]
    which = f" ({half}-numbered drafts)" if half else ""
    print(f"\n{name}{which}: {drafts} drafts, {words:,} words, {len(found)} findings")
    print(f"{'family':<12}{'findings':>9}{'true':>6}{'false':>6}{'debat.':>7}{'unjudged':>9}{'false/1k':>9}")
    total = Counter()
    for fam in sorted(counts):
        c = counts[fam]
        total.update(c)
        print(
            f"{fam:<12}{c['findings']:>9}{c['true']:>6}{c['false']:>6}{c['debatable']:>7}{c['unjudged']:>9}"
            f"{1000 * c['false'] / words:>9.2f}"
        )
    print(
        f"{'all':<12}{total['findings']:>9}{total['true']:>6}{total['false']:>6}{total['debatable']:>7}"
        f"{total['unjudged']:>9}{1000 * total['false'] / words:>9.2f}"
    )
    print(f"drafts failing the default gate: {len(failing)}; with no true error among their errors: {len(wrongly)}")
    if per_rule:
        print_rules(by_rule, severity_of)
        print_failing(by_file, failing)
    return {"words": words, "counts": {k: dict(v) for k, v in counts.items()}, "failing": len(failing),
            "wrongly_failing": len(wrongly)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=("wikinews", "lee", "both"), default="both")
    parser.add_argument("--family", action="append", help="only these rule families (spelling, grammar, ...)")
    parser.add_argument("--unjudged", action="store_true", help="print each unjudged finding with its line")
    parser.add_argument("--false", dest="false_", action="store_true", help="print each false alarm with its line")
    parser.add_argument("--stub", action="store_true", help="print a verdict entry to fill in per unjudged finding")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--by-rule", action="store_true", help="also print the figures per rule, with severity and precision"
    )
    parser.add_argument(
        "--half", choices=("odd", "even"), help="only the odd-numbered drafts (for development) or the even (held out)"
    )
    parser.add_argument("extra", nargs="*", help="more editlint options, after --")
    args = parser.parse_args()
    show = "unjudged" if args.unjudged else "stub" if args.stub else "false" if args.false_ else None
    names = ("wikinews", "lee") if args.corpus == "both" else (args.corpus,)
    families = set(args.family) if args.family else None
    figures = {name: report(name, families, args.extra, show, args.by_rule, args.half) for name in names}
    if args.json:
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
