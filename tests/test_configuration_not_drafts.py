"""Configuration is never a draft: files a config reads (vocabulary files,
the config itself and those it extends, rule files) and files the command
line names as configuration (--baseline) are neither checked nor fixed,
whether a folder walk meets them or they are named on the command line
(as pre-commit names every staged file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import cli, write

pytestmark = pytest.mark.usefixtures("in_tmp")

REJECT = "commence -> begin\nutilise -> use\n"
ACCEPT = "Kataib\nHezbolah\n"
CONFIG = "vocab:\n  reject_files: [vocab/reject.txt]\n  accept_files: [vocab/accept-*.txt]\n"
DRAFT = "# Council Plan\n\nThe council will commence work on Monday.\n"


def newsroom() -> dict[str, bytes]:
    """A folder with a config, its vocabulary files and a draft; the bytes
    of each configuration file."""
    write(".editlint.yaml", CONFIG)
    write("vocab/reject.txt", REJECT)
    write("vocab/accept-names.txt", ACCEPT)
    write("vocab/accept-places.txt", "Taipei\n")
    write("draft.md", DRAFT)
    return {
        name: Path(name).read_bytes()
        for name in (".editlint.yaml", "vocab/reject.txt", "vocab/accept-names.txt", "vocab/accept-places.txt")
    }


def check_json(*args: str):
    result = cli("check", "--format", "json", "--no-cache", *args)
    return result, json.loads(result.stdout[result.stdout.index("{") :])


def notes(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("note: ")]


def test_fix_on_a_folder_leaves_vocabulary_files_byte_for_byte_and_fixes_the_draft():
    before = newsroom()
    result = cli("check", "--fix", "--no-cache", ".")
    assert {name: Path(name).read_bytes() for name in before} == before
    assert Path("draft.md").read_text(encoding="utf-8") == DRAFT.replace("commence", "begin")
    assert result.exit_code == 0, result.output
    assert notes(result) == []  # a walk passes configuration over in silence


def test_a_folder_walk_reports_nothing_in_vocabulary_files():
    newsroom()
    result, data = check_json(".")
    assert {d["path"] for d in data["diagnostics"]} == {"draft.md"}
    assert data["summary"]["files"] == 1
    assert notes(result) == []


def test_vocabulary_files_named_on_the_command_line_are_skipped_with_a_note():
    before = newsroom()
    result = cli("check", "--fix", "--no-cache", "vocab/reject.txt", "vocab/accept-names.txt", "draft.md")
    assert {name: Path(name).read_bytes() for name in before} == before
    assert notes(result) == [
        "note: vocab/reject.txt: skipped, configuration (vocab.reject_files of .editlint.yaml), not a draft",
        "note: vocab/accept-names.txt: skipped, configuration (vocab.accept_files of .editlint.yaml), not a draft",
    ]
    assert Path("draft.md").read_text(encoding="utf-8") == DRAFT.replace("commence", "begin")
    assert result.exit_code == 0


def test_a_vocabulary_file_alone_is_a_note_and_exit_0():
    newsroom()
    result, data = check_json("vocab/reject.txt")
    assert data["diagnostics"] == [] and data["summary"]["files"] == 0
    assert notes(result) == [
        "note: vocab/reject.txt: skipped, configuration (vocab.reject_files of .editlint.yaml), not a draft"
    ]
    assert result.exit_code == 0


def test_a_vocabulary_file_piped_with_its_name_is_skipped_too():
    newsroom()
    result = cli("check", "-", "--stdin-filename", "vocab/reject.txt", "--no-cache", input=REJECT)
    assert notes(result) == [
        "note: vocab/reject.txt: skipped, configuration (vocab.reject_files of .editlint.yaml), not a draft"
    ]
    assert result.exit_code == 0


def test_a_folder_of_nothing_but_vocabulary_files_has_no_drafts():
    newsroom()
    result = cli("check", "--no-cache", "vocab")
    assert notes(result) == ["note: vocab: no drafts found (looked for *.md, *.markdown, *.txt, *.docx, *.html, *.htm)"]
    assert result.exit_code == 0


def test_a_vocabulary_file_met_before_the_draft_of_the_config_that_names_it_is_skipped():
    # The walk meets a-words/ before b/, whose config names the file.
    write("a-words/accept.txt", "Kataib\nthe the\n")
    write("b/.editlint.yaml", "vocab:\n  accept_files: [../a-words/accept.txt]\n")
    write("b/draft.md", "# Plan\n\nThe Kataib group met.\n")
    result, data = check_json(".")
    assert {d["path"] for d in data["diagnostics"]} == set()
    assert data["summary"]["files"] == 1
    assert notes(result) == []


def test_configs_and_rule_files_are_never_drafts_even_when_include_takes_everything():
    write(".editlint.yaml", "extends: [./base.yml]\ninclude: ['*']\nrulesets: [./house]\n")
    write("base.yml", "vocab:\n  reject: [{utilise: use}]\n# the the reporters utilise  this\n")
    write(
        "house/words.yaml",
        """\
        rules:
          - id: house.utilise
            kind: substitution
            message: 'Write "{suggestion}"'
            swap: {utilise: use}
        """,
    )
    write("notes.txt", "Reporters utilise  this.\n")
    before = {name: Path(name).read_bytes() for name in (".editlint.yaml", "base.yml", "house/words.yaml")}
    result, data = check_json("--fix", "--unsafe-fixes", ".")
    assert {name: Path(name).read_bytes() for name in before} == before
    assert Path("notes.txt").read_text(encoding="utf-8") == "Reporters use this.\n"
    assert data["summary"]["files"] == 1
    # Named one by one, each is a note.
    result = cli("check", "--no-cache", ".editlint.yaml", "base.yml", "house/words.yaml")
    assert notes(result) == [
        "note: .editlint.yaml: skipped, configuration (an editlint config), not a draft",
        "note: base.yml: skipped, configuration (an editlint config), not a draft",
        "note: house/words.yaml: skipped, configuration (a rule file of rule set ./house in .editlint.yaml), "
        "not a draft",
    ]
    assert result.exit_code == 0


def test_a_pyproject_config_is_not_a_draft():
    write("pyproject.toml", '[tool.editlint]\ninclude = ["*"]\n# the the\n')
    write("draft.md", "# Plan\n\nThe plan.\n")
    result, data = check_json(".")
    assert data["summary"]["files"] == 1
    result = cli("check", "--no-cache", "pyproject.toml")
    assert notes(result) == ["note: pyproject.toml: skipped, configuration (an editlint config), not a draft"]


def test_the_baseline_file_is_never_a_draft():
    write(".editlint.yaml", "include: ['*']\n")
    write("draft.md", "# Plan\n\nThe the plan.\n")
    made = cli("baseline", ".", "-o", "baseline.json")
    assert made.exit_code == 0, made.output
    before = Path("baseline.json").read_bytes()
    result, data = check_json("--fix", "--baseline", "baseline.json", ".")
    assert Path("baseline.json").read_bytes() == before
    assert data["summary"]["files"] == 1  # draft.md, not the baseline nor the config
    result = cli("check", "--no-cache", "--baseline", "baseline.json", "baseline.json")
    assert notes(result) == ["note: baseline.json: skipped, configuration (the --baseline file), not a draft"]
