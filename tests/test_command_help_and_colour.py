"""The command itself: ``editlint`` alone, ``--help`` summaries, NO_COLOR,
and the wording of a message the issue caught (docs/output.md)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from helpers import cli, write

from editlint.cli import main

pytestmark = pytest.mark.usefixtures("in_tmp")

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_editlint_alone_prints_the_top_level_help_and_exits_2():
    result = cli()
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == cli("--help").stdout
    assert "Commands:" in result.stderr and "Missing argument" not in result.stderr


def _command_summaries(help_text: str) -> dict[str, str]:
    """Each command of a --help's Commands section with its summary (a
    summary wrapped over several lines is joined)."""
    section = help_text.split("Commands:\n", 1)[1]
    summaries: dict[str, str] = {}
    name = None
    for line in section.splitlines():
        match = re.match(r"  (\S+)\s+(.*)", line)
        if match and not line.startswith("   "):
            name = match.group(1)
            summaries[name] = match.group(2)
        elif name and line.strip():
            summaries[name] += " " + line.strip()
    return summaries


@pytest.mark.parametrize("columns", ["80", "50"])
def test_help_gives_each_command_summary_whole(columns, monkeypatch):
    monkeypatch.setenv("COLUMNS", columns)
    summaries = _command_summaries(cli("--help").stdout)
    assert set(summaries) >= {"baseline", "check", "check-rules", "explain", "rules", "vocab"}
    for name, summary in summaries.items():
        assert not summary.endswith("..."), (name, summary)
        assert summary.endswith("."), (name, summary)
    assert summaries["baseline"] == (
        "Record today's findings in PATHS, so that `check --baseline FILE` reports only new ones."
    )
    vocab = _command_summaries(cli("vocab", "--help").stdout)
    assert vocab["add"].endswith("when there is none).")


def _colour_run(*args: str, env: dict[str, str] | None = None) -> str:
    # color=True: as on a terminal, where click keeps colour unless told not to.
    result = CliRunner().invoke(main, list(args), color=True, env=env, prog_name="editlint")
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def test_no_color_turns_colour_off_and_color_still_forces_it():
    write("a.md", "The the cat.\n")
    assert ANSI.search(_colour_run("check", "--no-cache", "a.md"))  # a terminal gets colour
    plain = _colour_run("check", "--no-cache", "a.md", env={"NO_COLOR": "1"})
    assert not ANSI.search(plain)
    assert plain.startswith("a.md:1:1: error [style.repeated-word] ")
    assert ANSI.search(_colour_run("check", "--no-cache", "--color", "a.md", env={"NO_COLOR": "1"}))
    # Set but empty does not count (no-color.org).
    assert ANSI.search(_colour_run("check", "--no-cache", "a.md", env={"NO_COLOR": ""}))
    # Every command: explain prints the rule id in bold.
    assert not ANSI.search(_colour_run("explain", "style.repeated-word", env={"NO_COLOR": "1"}))


def test_a_hyphenated_variant_names_its_dialect():
    write("a.md", "They built a two-storey house.\n")
    result = cli("check", "--no-cache", "--select", "spelling.variant", "--format", "json", "a.md")
    (diagnostic,) = json.loads(result.stdout)["diagnostics"]
    assert diagnostic["message"] == '"two-storey" is the en-GB spelling; this draft is checked as en-US'
    assert "another dialect" not in diagnostic["message"]
