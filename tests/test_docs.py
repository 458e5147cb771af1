"""The docs cannot drift from the code: every kind and option is documented,
and CI runs exactly the README's commands."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from editlint.kinds import KINDS

ROOT = Path(__file__).resolve().parents[1]
# Kinds are documented in docs/rules.md, the external checkers in docs/backends.md.
RULES_DOC = "\n".join(
    (ROOT / "docs" / name).read_text(encoding="utf-8")
    for name in ("rules.md", "backends.md")
    if (ROOT / "docs" / name).exists()
)
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(kind: str) -> str:
    match = re.search(rf"^##+ {kind}\n(.*?)(?=^### |^## |\Z)", RULES_DOC, re.MULTILINE | re.DOTALL | re.IGNORECASE)
    assert match, f"docs/rules.md has no section for kind {kind}"
    return match.group(1)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_option_of_every_kind_is_in_the_rules_doc(kind):
    section = _section(kind)
    for field in dataclasses.fields(KINDS[kind].Options):
        assert f"`{field.name}`" in section, f"docs/rules.md, kind {kind}: option {field.name} is not documented"


def _quick_start_commands() -> list[str]:
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", quick, re.DOTALL)


def test_readme_quick_start_has_the_two_commands():
    run, test = _quick_start_commands()
    assert "pip install ." in run and "editlint examples/" in run
    assert "'.[test]'" in test and "pytest" in test
    example = run.split("editlint ", 1)[1].split()[0]
    assert (ROOT / example).is_file(), f"the Quick start checks {example}, which is not in the repo"


def test_ci_runs_exactly_the_readme_commands():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    run, test = _quick_start_commands()
    assert test in ci.splitlines(), "the test command in .ci/run must be the README's, verbatim"
    assert any(line.startswith(run) for line in ci.splitlines()), "the run command in .ci/run must be the README's"
