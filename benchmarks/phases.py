#!/usr/bin/env python3
"""Where a run's time goes, phase by phase, in one process (-j 1, no cache).

Run: python benchmarks/phases.py [FOLDER] [--words 60000] [--rules]

FOLDER defaults to the Wikinews drafts (../shared/corpus/wikinews/drafts,
default config), each once, in file order up to --words words (0: all).
The phases, in the order a run meets them (CPU time of this process,
time.process_time, so other work on the machine counts little):

  import            ``import editlint.cli`` (what the command imports first;
                    the collector set first, as the command does)
  config + rules    the folder's config found and read, its rule sets read
                    and compiled
  parse             each draft read into a Document
  tag               the part-of-speech tags of every sentence (shared by
                    the rules; done here first, so no rule kind pays it)
  spelling analysis the draft's spelling problems (shared by the spelling
                    rules); the corrections of a problem word are worked
                    out when a rule reports it (most problems are of a
                    kind no default rule reports), so they are part of
                    "kind spelling", and shown apart as "suggestions"
  people analysis   who the draft names, with their titles (shared by the
                    titles rules and spelling.name-variant)
  <kind>            each rule kind's checks, the shared analyses above done

With --rules, each rule's own time follows, slowest first (a shared
analysis a rule is the first to ask for counts as its own).

The split is the pipeline's own (editlint.pipeline.check: parse, then
editlint.engine.run_rules), with the two shared analyses taken out first;
suppressions and sorting are left out (a few milliseconds).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
WIKINEWS = HERE.parent.parent / "shared" / "corpus" / "wikinews" / "drafts"


def drafts(folder: Path, words: int) -> list[Path]:
    found, total = [], 0
    for path in sorted(folder.glob("*.md")):
        if words and total >= words:
            break
        found.append(path)
        total += len(path.read_text(encoding="utf-8").split())
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=WIKINEWS)
    parser.add_argument("--words", type=int, default=60_000, help="words of drafts, in file order (0: all)")
    parser.add_argument("--rules", action="store_true", help="also each rule's own time, slowest first")
    args = parser.parse_args()
    paths = drafts(args.folder, args.words)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    spent: dict[str, float] = defaultdict(float)
    by_rule: dict[str, float] = defaultdict(float)
    clock = time.process_time

    started = clock()
    try:  # as the command starts: its collector set before the imports
        import editlint.command as entry

        gc.set_threshold(*entry.GC_THRESHOLDS)
    except ImportError:  # a checkout from before editlint.command (--before)
        entry = None
    import editlint.cli

    spent["import"] = clock() - started
    (entry or editlint.cli).collect_garbage_less_often()  # as the command does

    from editlint.analysis.analyses import analyses
    from editlint.analysis.people import reader_for
    from editlint.kinds.spelling import Spelling
    from editlint.parsing import parse
    from editlint.spelling.speller import Speller
    from editlint.workspace import Workspace

    suggesting = Speller.suggestions

    def timed_suggestions(self, *args, **kwargs):
        began = clock()
        try:
            return suggesting(self, *args, **kwargs)
        finally:
            spent["suggestions"] += clock() - began

    Speller.suggestions = timed_suggestions

    started = clock()
    workspace = Workspace()
    config = workspace.config_for(paths[0].resolve())
    rules = workspace.rules_of(config, paths[0].resolve()).active
    spent["config + rules"] = clock() - started

    for path in paths:
        text = path.read_text(encoding="utf-8")
        began = clock()
        document = parse(path.name, text)
        spent["parse"] += clock() - began
        began = clock()
        shared = analyses(document)
        for block in document.blocks:
            for sentence in block.sentences:
                shared.tags(sentence)
            shared.tags(block)
        spent["tag"] += clock() - began
        began = clock()
        for active in rules:
            if isinstance(active.rule, Spelling):
                shared.spelling(active.rule.speller, active.rule.options.max_suggestions)
        spent["spelling analysis"] += clock() - began
        began = clock()
        people = shared.people(reader_for())
        people.mentions, people.persons  # noqa: B018 (worked out on first use)
        spent["people analysis"] += clock() - began
        units_by_scope: dict = {}
        for active in rules:
            rule = active.rule
            began = clock()
            if rule.may_report(document):
                units = units_by_scope.get(rule.scope)
                if units is None:
                    units = units_by_scope[rule.scope] = rule.scope.units(document)
                if units:
                    list(rule.check(units, document))
            took = clock() - began
            spent[f"kind {rule.name}"] += took
            by_rule[f"{rule.name} {rule.spec.id}"] += took

    suggestions = spent.pop("suggestions", 0.0)
    total = sum(spent.values())
    print(f"# {len(paths)} drafts, {words} words, {len(rules)} rules; CPU seconds of this process")
    digits = 3 if total < 1 else 2  # a cold start's phases are hundredths of a second
    print(f"{'phase':28} {'seconds':>8} {'share':>6}")
    for phase, seconds in sorted(spent.items(), key=lambda item: _order(item[0], item[1])):
        print(f"{phase:28} {seconds:8.{digits}f} {100 * seconds / total:5.1f}%")
    print(f"{'total':28} {total:8.{digits}f}   ({words / total:,.0f} words per CPU second)")
    print(f"{'suggestions (in kind spelling)':28} {suggestions:8.{digits}f} {100 * suggestions / total:5.1f}%")
    if args.rules:
        print(f"\n{'kind and rule':60} {'seconds':>8}")
        for rule, seconds in sorted(by_rule.items(), key=lambda item: -item[1]):
            print(f"{rule:60} {seconds:8.3f}")


def _order(phase: str, seconds: float) -> tuple:
    fixed = ["import", "config + rules", "parse", "tag", "spelling analysis", "people analysis"]
    return (fixed.index(phase), 0) if phase in fixed else (len(fixed), -seconds)


if __name__ == "__main__":
    sys.exit(main())
