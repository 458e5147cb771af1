"""Snapshots of whole drafts, in ruff's manner: what editlint reports on real
drafts, kept under tests/snapshots/ and compared exactly.

Each snapshot is the JSON report of one draft, a diagnostic a line (``editlint --format json
--no-cache``, run in a folder holding only that draft, so paths are bare
names) and, for drafts with fixes, the ``--diff`` of the safe fixes and of
the safe and unsafe fixes together. The drafts: the seed draft the project
started from, every draft in examples/, and a fixed sample of the Wikinews
corpus (every tenth article, starting with the third). A change in
behaviour is a change in a snapshot, so it shows in review as a diff.

To accept a change in behaviour, rewrite the snapshots and read the diff:

    .venv/bin/python -m pytest tests/test_snapshots.py --update-snapshots
    git diff tests/snapshots/
"""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

import pytest
from helpers import cli

HERE = Path(__file__).resolve().parent
SNAPSHOTS = HERE / "snapshots"
REPOSITORY = HERE.parent
SHARED = REPOSITORY.parent / "shared"
WIKINEWS = SHARED / "corpus" / "wikinews" / "drafts"


def _drafts() -> list[tuple[str, Path | None]]:
    """(snapshot name, draft path); the path is None when the draft is not
    here (../shared is absent), and its snapshot is skipped."""
    found = [(f"examples-{p.stem}", p) for p in sorted((REPOSITORY / "examples").glob("*.md"))]
    seed = SHARED / "seed" / "article.txt"
    found.append(("seed-article", seed if seed.is_file() else None))
    # A fixed sample, chosen by number alone: drafts 003, 013, 023, ...
    for number in range(3, 294, 10):
        matches = sorted(WIKINEWS.glob(f"{number:03}-*.md")) if WIKINEWS.is_dir() else []
        found.append((f"wikinews-{number:03}", matches[0] if matches else None))
    return found


DRAFTS = _drafts()


def _report(folder: Path, name: str) -> str:
    result = cli("check", "--format", "json", "--no-cache", "--jobs", "1", name)
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    # One diagnostic a line, so that a change reads as a change of lines.
    lines = [f"summary: {json.dumps(report['summary'], ensure_ascii=False)}"]
    lines += [f"error: {json.dumps(e, ensure_ascii=False)}" for e in report["errors"]]
    lines += [json.dumps(d, ensure_ascii=False) for d in report["diagnostics"]]
    return "\n".join(lines) + "\n"


def _diff(name: str, unsafe: bool) -> str:
    args = ["check", "--diff", "--no-cache", "--jobs", "1", "--format", "json", name]
    if unsafe:
        args.insert(2, "--unsafe-fixes")
    result = cli(*args)
    assert result.exit_code in (0, 1), result.output
    # --diff prints the diff before the report; the report is the JSON document at the end.
    return result.stdout[: result.stdout.rindex("\n{") + 1] if "\n{" in result.stdout else ""


def _snapshot(folder: Path, draft: Path) -> str:
    local = folder / draft.name
    shutil.copyfile(draft, local)
    parts = [_report(folder, draft.name)]
    for unsafe in (False, True):
        diff = _diff(draft.name, unsafe)
        if diff:
            parts.append(f"--- fixes ({'safe and unsafe' if unsafe else 'safe'}) ---\n{diff}")
    return "".join(parts)


@pytest.mark.parametrize(("name", "draft"), DRAFTS, ids=[name for name, _ in DRAFTS])
def test_snapshot(name, draft, in_tmp, request):
    if draft is None:
        pytest.skip("../shared is not beside the repository")
    actual = _snapshot(in_tmp, draft)
    path = SNAPSHOTS / f"{name}.snap"
    if request.config.getoption("--update-snapshots"):
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.is_file(), f"no snapshot {path.name}: run pytest tests/test_snapshots.py --update-snapshots"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True), actual.splitlines(True), f"{path.name} (kept)", f"{path.name} (now)"
            )
        )
        pytest.fail(f"{name}: the report changed (accept with --update-snapshots):\n{diff}", pytrace=False)


def test_every_snapshot_has_a_draft():
    """A snapshot whose draft is gone is left over from a rename: delete it."""
    names = {name for name, _ in DRAFTS}
    stale = sorted(p.stem for p in SNAPSHOTS.glob("*.snap") if p.stem not in names)
    assert not stale, f"snapshots without a draft: {stale}"
