"""First acceptance test: the seed draft the project started from.

``../shared/seed/expected.yaml`` (beside the repository) lists what an
experienced editor flags in ``article.txt``. Following
``../shared/tools/seed_check.py``: every ``must_find`` must be overlapped by a
diagnostic of its family (the rule id's first part) at its exact position,
and where it gives ``fixed_contains``, the first suggestion of such a
diagnostic, put in place, must make its line contain that text; no
diagnostic may touch a ``must_not_flag`` word (those are correct names and
idioms).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from editlint.cli import main

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed"
SEED_CHECK = SHARED / "tools" / "seed_check.py"

pytestmark = pytest.mark.skipif(
    not (SEED / "expected.yaml").is_file(),
    reason=f"the shared seed draft is not available ({SEED / 'expected.yaml'} is absent)",
)


@pytest.fixture(scope="module")
def expected() -> dict:
    return yaml.safe_load((SEED / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def article(expected) -> str:
    return (SEED / expected["file"]).read_text(encoding="utf-8")


def _offsets(text: str):
    """(line, column) -> offset, as seed_check.py counts them (lines split on \\n)."""
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return lambda line, column: starts[line - 1] + column - 1


@pytest.fixture(scope="module")
def report(expected) -> dict:
    result = CliRunner().invoke(main, ["--format", "json", str(SEED / expected["file"])])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def spans(report, article) -> list[tuple[int, int, dict]]:
    off = _offsets(article)
    result = []
    for d in report["diagnostics"]:
        start = off(d["line"], d["column"])
        end = off(d.get("end_line", d["line"]), d.get("end_column", d["column"] + 1))
        result.append((start, max(end, start + 1), d))
    return result


def test_report_is_clean(report):
    assert report["errors"] == []
    assert report["summary"]["files"] == 1


def test_diagnostics_match_the_source_they_point_at(report, article):
    off = _offsets(article)
    for d in report["diagnostics"]:
        start, end = off(d["line"], d["column"]), off(d["end_line"], d["end_column"])
        assert article[start:end] == d["match"], d


def _fixed_line(article: str, start: int, end: int, diagnostic: dict) -> str:
    """The line of ``start`` once the first suggestion replaces [start, end)."""
    suggestions = diagnostic.get("suggestions") or []
    if not suggestions:
        return ""
    text = article[:start] + str(suggestions[0]) + article[end:]
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    return text[line_start : line_end if line_end >= 0 else len(text)]


def _findings(expected, article, spans, which: str) -> list[str]:
    """The entries of ``which`` (must_find, nice_to_find) that no diagnostic
    of their family finds as seed_check.py counts it, described."""
    off = _offsets(article)
    missed = []
    for m in expected.get(which, []):
        start = off(m["line"], m["column"])
        end = start + len(m["text"])
        assert article[start:end] == m["text"], f"expected.yaml is out of step with the article: {m}"
        overlapping = [(a, b, d) for a, b, d in spans if a < end and b > start]
        of_family = [(a, b, d) for a, b, d in overlapping if d["rule"].startswith(m["family"] + ".")]
        if m.get("fixed_contains"):
            of_family = [(a, b, d) for a, b, d in of_family if m["fixed_contains"] in _fixed_line(article, a, b, d)]
        if not of_family:
            found = [d["rule"] for _, _, d in overlapping]
            missed.append(f"L{m['line']}:{m['column']} {m['text']!r} ({m['family']}; found instead: {found})")
    return missed


def test_every_family_is_expected(expected):
    families = {m["family"] for m in expected["must_find"]}
    assert families >= {"boilerplate", "grammar", "headline", "quotes", "spelling"}


def test_every_must_find_is_found_by_its_family(expected, article, spans):
    assert _findings(expected, article, spans, "must_find") == []


def test_every_nice_to_find_is_found(expected, article, spans):
    assert _findings(expected, article, spans, "nice_to_find") == []


def test_no_diagnostic_touches_a_must_not_flag_word(expected, article, spans):
    hits = []
    for word in expected["must_not_flag"]:
        i = article.find(word)
        while i >= 0:
            j = i + len(word)
            hits += [(word, d["rule"], d["message"]) for a, b, d in spans if a < j and b > i]
            i = article.find(word, j)
    assert hits == []


def test_seed_check_script_passes():
    if not SEED_CHECK.is_file():
        pytest.skip(f"{SEED_CHECK} is absent")
    exe = Path(sys.executable).with_name("editlint")
    if not exe.is_file():
        pytest.skip(f"the editlint executable is not installed beside {sys.executable}")
    result = subprocess.run(
        [sys.executable, str(SEED_CHECK), str(exe)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 must_not_flag hits" in result.stdout.splitlines()[-1]
