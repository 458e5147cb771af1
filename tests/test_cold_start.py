"""A cold start (one draft, from a hook or an editor) pays only for what the
draft needs (issue 19): what a plain Markdown check never uses is imported
where it is used, and still works there."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from helpers import cli, write

from editlint.kinds import KINDS
from editlint.kinds.harper import Harper
from editlint.kinds.languagetool import LanguageTool
from editlint.yamlsource import _module_file

#: Modules a Markdown check with the default config has no use for: Vale's
#: style reader, the external checkers' kinds, --diff's difflib, --shard,
#: --baseline and `vocab add`, importlib.util (the setup cache's key
#: names PyYAML's installed file without it), and the modules of the
#: annotate and vocab commands.
NOT_FOR_A_PLAIN_CHECK = (
    "editlint.cli_annotate",
    "editlint.cli_vocab",
    "editlint.vale.styles",
    "editlint.vale.translate",
    "editlint.kinds.harper",
    "editlint.kinds.languagetool",
    "difflib",
    "editlint.shards",
    "editlint.baseline",
    "editlint.vocab",
    "importlib.util",
)


def _imported_by(folder: Path, *args: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    done = subprocess.run(
        # As the installed `editlint` script starts it (`python -m` imports
        # importlib.util itself, through runpy).
        [sys.executable, "-X", "importtime", "-c", "from editlint.command import run; run()", "--no-cache", *args],
        capture_output=True,
        text=True,
        cwd=folder,
    )
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    return done, imported


def test_a_markdown_cold_start_imports_none_of_what_it_does_not_use(tmp_path: Path):
    (tmp_path / "draft.md").write_text("# Council meets\n\nThe the council met on Tuesday.\n", encoding="utf-8")
    done, imported = _imported_by(tmp_path, "draft.md")
    assert done.returncode == 1, done.stderr
    assert "draft.md:3:1" in done.stdout  # the doubled word, reported
    assert "editlint.kinds.spelling" in imported  # the rule kinds were imported...
    assert sorted(imported & set(NOT_FOR_A_PLAIN_CHECK)) == []  # ...and none of these


def test_a_vale_style_is_still_read_and_its_rules_run(in_tmp):
    write(
        "styles/House/Avoid.yml", "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens:\n  - utilize\n"
    )
    write(".editlint.yaml", "rulesets: [./styles/House]\n")
    write("draft.md", "# Plan\n\nWe utilize the plan.\n")
    result = cli("--no-cache", "draft.md")
    assert result.exit_code == 1, result.stderr
    assert "House.Avoid" in result.stdout and "draft.md:3:4" in result.stdout


def test_the_kinds_registry_names_every_kind_and_imports_a_backend_s_on_first_lookup():
    names = list(KINDS)
    assert len(names) == len(set(names)) == len(KINDS) == 15
    assert "harper" in KINDS and "languagetool" in KINDS and "grammar" not in KINDS
    assert KINDS["harper"] is Harper and KINDS["languagetool"] is LanguageTool
    assert all(KINDS[name].name == name for name in names)
    with pytest.raises(KeyError):
        KINDS["grammar"]


def test_the_kinds_registry_does_not_import_a_backend_to_say_it_is_a_kind():
    probe = (
        "import sys\n"
        "from editlint.kinds import KINDS\n"
        "assert 'harper' in KINDS and 'languagetool' in list(KINDS)\n"
        "print(sorted(m for m in ('editlint.kinds.harper', 'editlint.kinds.languagetool') if m in sys.modules))\n"
        "KINDS['harper']\n"
        "print('editlint.kinds.harper' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "True"]


def test_diff_shard_and_baseline_still_work_with_their_modules_imported_where_used(in_tmp):
    write("a.md", "# One\n\nThe the council met.\n")
    write("b.md", "# Two\n\nThe council met.\n")
    diff = cli("--no-cache", "--diff", "a.md")
    assert "-The the council met." in diff.stdout and "+The council met." in diff.stdout
    shards = [cli("--no-cache", "--format", "json", "--shard", f"{i}/2", "a.md", "b.md") for i in (1, 2)]
    assert all(s.exit_code in (0, 1) for s in shards), [s.stderr for s in shards]
    assert [json.loads(s.stdout)["summary"]["files"] for s in shards] == [1, 1]  # each draft in one shard
    assert cli("baseline", "a.md").exit_code == 0
    assert cli("--no-cache", "--baseline", ".editlint-baseline.json", "a.md").exit_code == 0
    assert cli("--no-cache", "--shard", "3/2", "a.md").exit_code == 2


@pytest.mark.parametrize("name", ["yaml", "regex", "click", "json", "no_such_module_here"])
def test_a_module_s_file_is_where_importlib_would_find_it(name):
    spec = importlib.util.find_spec(name)
    assert _module_file(name) == (spec.origin if spec else None)


def test_the_command_sets_its_collector_before_its_first_import():
    # The installed script and `python -m editlint` start at editlint.command,
    # which sets the thresholds before click and the rest are imported.
    from editlint.command import GC_THRESHOLDS

    probe = (
        "import gc, sys\n"
        "class Spy:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'click':\n"
        "            print(gc.get_threshold(), flush=True)\n"
        "sys.meta_path.insert(0, Spy())\n"
        "sys.argv = ['editlint', '--version']\n"
        "from editlint.command import run\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == str(GC_THRESHOLDS)
    assert "editlint" in done.stdout.splitlines()[1]  # the version line
    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"]["editlint"] == "editlint.command:run"
    main = (Path(__file__).resolve().parents[1] / "src" / "editlint" / "__main__.py").read_text(encoding="utf-8")
    assert "from .command import run" in main
