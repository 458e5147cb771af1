"""``lint_bag``: editlint inside a Dask pipeline that already has the text.

A data team's archive comes from S3, a database or Parquet files, not from
a folder of drafts: they have a ``dask.bag`` of ``(path, text)`` pairs and
want diagnostics back as data. The graph is three steps:

1. each partition is checked on a worker (the Checker of editlint.runner,
   built once per worker process from the Linter's settings);
2. one reduce task gathers the facts of the rules that compare drafts (a
   headline each, not the texts) from every partition and runs those rules
   over them (editlint.across), so two drafts with the same headline in
   different partitions are still found;
3. each partition's diagnostics, with the findings of step 2 added and in
   the report's order, become dicts.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dask.bag
from dask import delayed

from ..across import AcrossDrafts
from ..diagnostic import Diagnostic, attach
from ..errors import EditlintError
from ..runner import DraftOutcome, Settings
from .tasks import CHECKER_LOCK, checker_for

#: (partition, index in it): how the reduce step names a draft.
Key = tuple[int, int]
#: What the workers build their Checker from: a name for this lint_bag
#: call, the settings, the working folder paths are shown from.
Run = tuple[str, Settings, str]


def lint_bag(bag: dask.bag.Bag, linter=None) -> dask.bag.Bag:
    """The diagnostics of a bag of ``(path, text)`` pairs, as a bag of dicts:
    each the object of the JSON report (``Diagnostic.to_dict()``), by draft
    in the bag's order and within a draft in the report's. A problem that
    kept a draft from being checked whole (a rule that stopped on it, a
    broken config) is the report's error object instead, ``{"path", "line",
    "message"}``: it has no ``"rule"``. ``linter``, an editlint.Linter
    (not imported here: the API imports this package), gives the config and
    options (default: ``Linter()``, the config found from the working
    folder); each worker builds its own from its settings. ``path`` names a
    draft as in a report, and, relative to the linter's root, finds its
    config when the linter has none of its own."""
    # Linter() is the settings of no options, its root the working folder.
    settings = linter._settings if linter is not None else Settings(root=Path.cwd())
    run = (secrets.token_hex(8), settings, os.getcwd())  # see editlint.dask.tasks.checker_for
    checked = [delayed(_check)(run, part) for part in bag.to_delayed()]
    found = delayed(_compare)(run, [delayed(_facts)(part) for part in checked])
    return dask.bag.from_delayed([delayed(_as_dicts)(part, number, found) for number, part in enumerate(checked)])


def _check(run: Run, pairs) -> list[DraftOutcome]:
    _, settings, working_folder = run
    root = settings.root or Path(working_folder)
    with CHECKER_LOCK:
        checker = checker_for(*run)
        return [checker.check_text(str(path), root / path, text) for path, text in pairs]


def _facts(outcomes: list[DraftOutcome]) -> list[tuple[str, Path, dict]]:
    """What the rules that compare drafts need of a partition: its facts,
    without the texts."""
    return [(outcome.shown, outcome.location, outcome.facts) for outcome in outcomes]


def _compare(
    run: Run, facts: list[list[tuple[str, Path, dict]]]
) -> tuple[dict[Key, list[Diagnostic]], list[EditlintError]]:
    """The reduce step: every partition's facts, in order, through the
    second pass of a local run."""
    with CHECKER_LOCK:
        across = AcrossDrafts(checker_for(*run).workspace)
        for number, part in enumerate(facts):
            for index, (path, location, noted) in enumerate(part):
                if noted:
                    across.add((number, index), path, location, noted)
        found, errors = across.compare()
    by_draft: dict[Key, list[Diagnostic]] = {}
    for key, diagnostic in found:
        by_draft.setdefault(key, []).append(diagnostic)
    return by_draft, errors


def _as_dicts(outcomes: list[DraftOutcome], number: int, found) -> list[dict]:
    by_draft, compare_errors = found
    dicts: list[dict] = []
    for index, outcome in enumerate(outcomes):
        # A broken config or rule file: said by the first draft that met it on each worker.
        errors = [*outcome.setup_errors, *outcome.errors]
        errors += [EditlintError(backend, message) for backend, message, fatal in outcome.unavailable if fatal]
        dicts += [{"path": e.path, "line": e.line, "message": e.message} for e in errors]
        if outcome.text is not None:
            diagnostics = outcome.diagnostics + attach(by_draft.get((number, index), []), outcome.text)
            dicts += [d.to_dict() for d in sorted(diagnostics)]
    if number == 0:
        dicts += [{"path": e.path, "line": e.line, "message": e.message} for e in compare_errors]
    return dicts
