"""The command line: acceptance cases for broken rule files and configs,
folders, standard input, unreadable drafts, rule selection, exit codes, and
the rules / explain / check-rules commands.

Most tests use click's CliRunner; a few run ``python -m editlint`` in a real
subprocess to prove exit codes and that nothing prints a traceback.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers import cli as run
from helpers import write

from editlint import __version__
from editlint.rule import shipped_rules_dir

pytestmark = pytest.mark.usefixtures("in_tmp")


def run_json(*args: str, input=None):
    result = run("check", "--format", "json", *args, input=input)
    return result, json.loads(result.stdout)


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def subprocess_run(*args: str, cwd: Path, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "editlint", *args],
        cwd=cwd,
        input=input,
        capture_output=True,
        timeout=60,
    )


REPEATED = "The the cat sat.\n"  # style.repeated-word, an error
EXTRA_SPACE = "The cat  sat.\n"  # style.extra-space, a warning

# A rule set of our own with one rule of each severity, so thresholds do not
# depend on the shipped rules.
SEVERITIES = """\
rules:
  - id: house.err
    kind: existence
    severity: error
    message: 'error: {match}'
    tokens: [zebra]
  - id: house.warn
    kind: existence
    severity: warning
    message: 'warning: {match}'
    tokens: [horse]
  - id: house.sugg
    kind: existence
    severity: suggestion
    message: 'suggestion: {match}'
    tokens: [pony]
"""


def house_only():
    write("house/r.yaml", SEVERITIES)
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\n")


# =========================================================================== acceptance


def _two_drafts():
    write("drafts/a.md", "The the minister spoke.\n")
    write("drafts/b.md", "Nothing wrong here.\n")


def test_acceptance_malformed_rule_file():
    write(".editlint.yaml", "rulesets: [./house-style]\n")
    write(
        "house-style/terms.yaml",
        """\
        rules:
          - id: house.banned
            kind: existence
            message: 'Avoid: {match}'
            tokens: [utilise
          - id: house.other
        """,
    )
    _two_drafts()
    result = run("check", "drafts/a.md", "drafts/b.md")
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert len(lines) == 1
    assert re.fullmatch(r"house-style/terms\.yaml:6: invalid YAML: .+", lines[0]), lines
    # The shipped rules still ran on both drafts.
    assert result.stdout.startswith('drafts/a.md:1:1: error [style.repeated-word] The word "The" is repeated\n')
    assert result.stdout.endswith(
        "Found 1 problem (1 error, 0 warnings, 0 suggestions) in 1 of 2 files. 1 error (listed on standard error).\n"
    )


def test_acceptance_invalid_regex_in_rule():
    write(".editlint.yaml", "rulesets: [./house-style]\n")
    write(
        "house-style/terms.yaml",
        """\
        rules:
          - id: house.good
            kind: existence
            message: 'Avoid "{match}"'
            tokens: [leverage]
          - id: house.broken
            kind: existence
            message: x
            raw:
              - 'fine'
              - '(a+'
        """,
    )
    write("drafts/a.md", "We leverage the the tools.\n")
    write("drafts/b.md", "Nothing wrong here.\n")
    result, data = run_json("drafts/a.md", "drafts/b.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        'house-style/terms.yaml:9: rule house.broken: invalid regex "(a+" in option "raw": missing ) at position 3'
    ]
    assert [(d["path"], d["rule"]) for d in data["diagnostics"]] == [
        ("drafts/a.md", "house.good"),
        ("drafts/a.md", "style.repeated-word"),
    ]
    assert data["summary"]["files"] == 2


def test_acceptance_unknown_config_key_other_folders_still_checked():
    write("broken/.editlint.yaml", "fail_on: error\nrulez:\n  style.repeated-word: off\n")
    write("broken/a.md", "The the one.\n")
    write("fine/b.md", "The the two.\n")
    result = run("check", "broken/a.md", "fine/b.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        'broken/.editlint.yaml:2: unknown key "rulez" (did you mean "rules"?)',
        "note: broken/a.md: not checked, its config has errors",
    ]
    assert result.stdout.startswith("fine/b.md:1:1: error [style.repeated-word]")


def test_acceptance_unknown_rule_kind_has_did_you_mean():
    write(".editlint.yaml", "rulesets: [./house]\n")
    write("house/r.yaml", "rules:\n  - id: house.x\n    kind: subsitution\n    message: x\n    swap: {a: b}\n")
    write("a.md", REPEATED)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        'house/r.yaml:3: rule house.x: unknown kind "subsitution" (did you mean "substitution"?)'
    ]
    assert "[style.repeated-word]" in result.stdout


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param(
            {"house-style/terms.yaml": "rules:\n  - id: house.x\n    kind: existence\n    message: a: b\n"},
            r"house-style/terms\.yaml:4: invalid YAML: mapping values are not allowed in this context",
            id="yaml-syntax",
        ),
        pytest.param(
            {
                "house-style/terms.yaml": "rules:\n  - id: house.x\n    kind: existence\n    message: x\n    raw: ['[a-']\n"
            },
            r'house-style/terms\.yaml:5: rule house\.x: invalid regex "\[a-" in option "raw": .+',
            id="invalid-regex",
        ),
        pytest.param(
            {".editlint.yaml": "rulesets: [./house-style]\nfail_on: error\nexlcude: [x]\n"},
            r'\.editlint\.yaml:3: unknown key "exlcude" \(did you mean "exclude"\?\)',
            id="unknown-config-key",
        ),
    ],
)
def test_acceptance_in_a_real_process(tmp_path, files, expected):
    write(".editlint.yaml", "rulesets: [./house-style]\n")
    write("house-style/ok.yaml", "rules: []\n")
    for name, text in files.items():
        write(name, text)
    # other/ has a config of its own, so its draft is checked whatever is wrong with the root's.
    write("other/.editlint.yml", "fail_on: warning\n")
    write("other/b.md", "The the cat.\n")
    write("a.md", "The the cat.\n")
    proc = subprocess_run("a.md", "other/b.md", cwd=tmp_path)
    stderr = proc.stderr.decode()
    assert proc.returncode == 2
    assert "Traceback" not in stderr
    assert re.fullmatch(expected, stderr.splitlines()[0]), stderr
    assert "other/b.md:1:1: error [style.repeated-word]" in proc.stdout.decode()


# =========================================================================== folders


def test_folder_is_walked_recursively_with_default_includes():
    for name in (
        "d/a.md",
        "d/b.markdown",
        "d/c.txt",
        "d/sub/deeper/e.md",
        "d/f.rst",
        "d/g.html",
        "d/.hidden/h.md",
        "d/node_modules/i.md",
        "d/.git/j.md",
        "d/venv/k.md",
    ):
        write(name, REPEATED)
    result, data = run_json("d")
    assert [f for f in sorted({d["path"] for d in data["diagnostics"]})] == [
        "d/a.md",
        "d/b.markdown",
        "d/c.txt",
        "d/g.html",  # HTML is a draft format too (issue 17)
        "d/sub/deeper/e.md",
    ]
    assert data["summary"]["files"] == 5
    assert result.exit_code == 1  # the repeated word is an error


def test_folder_without_drafts_gives_a_note():
    write("empty/notes.rst", "x\n")
    result = run("check", "empty")
    assert result.exit_code == 0
    assert stderr_lines(result) == [
        "note: empty: no drafts found (looked for *.md, *.markdown, *.txt, *.docx, *.html, *.htm)"
    ]
    assert result.stdout == "No problems found in 0 files.\n"


def test_folder_no_drafts_note_names_the_configs_include():
    write("empty/.editlint.yaml", "include: ['*.rst']\n")
    write("empty/a.md", REPEATED)
    result = run("check", "empty")
    assert stderr_lines(result) == ["note: empty: no drafts found (looked for *.rst)"]


def test_explicit_file_is_checked_whatever_its_suffix():
    write("story.rst", REPEATED)
    result, data = run_json("story.rst")
    assert [d["rule"] for d in data["diagnostics"]] == ["style.repeated-word"]


def test_current_folder_as_dot():
    write("a.md", REPEATED)
    write(".hidden/b.md", REPEATED)
    _, data = run_json(".")
    assert [d["path"] for d in data["diagnostics"]] == ["a.md"]


# =========================================================================== stdin


def test_stdin_without_filename_is_plain_text_named_dash():
    # In Markdown, inline code is never checked; in plain text it is just text.
    result, data = run_json("-", input="Use `the the` here.\n")
    assert [(d["path"], d["line"], d["column"], d["match"]) for d in data["diagnostics"]] == [("-", 1, 6, "the the")]
    assert result.exit_code == 1  # the repeated word is an error


def test_stdin_filename_suffix_picks_markdown():
    _, data = run_json("--stdin-filename", "story.md", "-", input="Use `the the` here.\n\nThe the end.\n")
    assert [(d["path"], d["line"]) for d in data["diagnostics"]] == [("story.md", 3)]


def test_stdin_filename_txt_is_plain_text():
    _, data = run_json("--stdin-filename", "story.txt", "-", input="Use `the the` here.\n")
    assert [d["path"] for d in data["diagnostics"]] == ["story.txt"]


def test_stdin_filename_picks_the_config_of_its_folder():
    write("desk/.editlint.yaml", "rules:\n  style.repeated-word: suggestion\n")
    result, data = run_json("--stdin-filename", "desk/story.md", "-", input=REPEATED)
    assert [(d["path"], d["severity"]) for d in data["diagnostics"]] == [("desk/story.md", "suggestion")]
    assert result.exit_code == 0  # a suggestion does not fail the run


def test_stdin_and_files_together():
    write("a.md", REPEATED)
    _, data = run_json("a.md", "-", input=REPEATED)
    assert [d["path"] for d in data["diagnostics"]] == ["a.md", "-"]


def test_stdin_invalid_utf8():
    result = run("check", "-", input=b"ok\na\xffb\n")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "-:2: not valid UTF-8: byte 0xff at column 2 (for another encoding, use --encoding)"
    ]


def test_stdin_binary_is_skipped_with_a_note():
    result = run("check", "-", input=b"\x89PNG\x00\x00\x01")
    assert result.exit_code == 0
    assert stderr_lines(result) == ["note: -: skipped, binary input"]


# =========================================================================== unreadable drafts


def test_missing_path_exits_2_and_others_are_still_checked():
    write("a.md", REPEATED)
    result = run("check", "missing.md", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["missing.md: no such file or directory"]
    assert result.stdout.startswith("a.md:1:1: error [style.repeated-word]")
    assert result.stdout.endswith(" in 1 of 1 file. 1 error (listed on standard error).\n")


def test_invalid_utf8_names_line_and_column_of_the_bad_byte():
    Path("bad.md").write_bytes(b"Good line.\n" + "Café ok, éé".encode() + b"\xff bad.\n")
    write("a.md", REPEATED)
    result, data = run_json("bad.md", "a.md")
    assert result.exit_code == 2
    # Column counts code points: "Café ok, éé" is 11 characters before the bad byte.
    assert stderr_lines(result) == [
        "bad.md:2: not valid UTF-8: byte 0xff at column 12 (for another encoding, use --encoding)"
    ]
    assert data["errors"] == [
        {
            "path": "bad.md",
            "line": 2,
            "message": "not valid UTF-8: byte 0xff at column 12 (for another encoding, use --encoding)",
        }
    ]
    assert [d["path"] for d in data["diagnostics"]] == ["a.md"]


def test_latin1_draft_is_an_error_not_a_guess():
    Path("old.txt").write_bytes("Déjà vu.\n".encode("latin-1"))
    result = run("check", "old.txt")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "old.txt:1: not valid UTF-8: byte 0xe9 at column 2 (for another encoding, use --encoding)"
    ]


def test_a_named_binary_file_is_a_format_not_supported():
    # Named on the command line, it was meant to be checked: exit 2, and
    # what it looks like, from its first bytes.
    Path("photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    Path("data.md").write_bytes(b"\x00\x01\x02")
    write("a.md", EXTRA_SPACE)
    result, data = run_json("photo.md", "data.md", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "photo.md: format not supported (a PNG image)",
        "data.md: format not supported (binary data)",
    ]
    assert data["summary"]["files"] == 1


def test_binary_file_in_a_folder_walk_is_skipped():
    Path("d").mkdir()
    Path("d/photo.md").write_bytes(b"\x00\x01\x02")
    write("d/a.md", EXTRA_SPACE)
    result = run("check", "d")
    assert result.exit_code == 0
    assert stderr_lines(result) == ["note: d/photo.md: skipped, binary file"]


def test_folder_named_as_file_argument_to_config_is_a_usage_error():
    Path("cfgdir").mkdir()
    write("a.md", REPEATED)
    result = run("check", "--config", "cfgdir", "a.md")
    assert result.exit_code == 2
    assert "is a directory" in result.stderr


# =========================================================================== --select / --ignore

MANY = "The the cat sat  down and also ran.\n\nClick here.\n"  # repeated-word, extra-space, redundancy, click-here


def _rules(*args):
    write("a.md", MANY)
    _, data = run_json(*args, "a.md")
    return sorted({d["rule"] for d in data["diagnostics"]})


def test_all_rules_without_select():
    assert _rules() == ["boilerplate.click-here", "style.extra-space", "style.redundancy", "style.repeated-word"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--select", "style.repeated-word"], ["style.repeated-word"]),
        (["--select", "style.*"], ["style.extra-space", "style.redundancy", "style.repeated-word"]),
        (["--select", "boilerplate"], ["boilerplate.click-here"]),
        (["--select", "boilerplate, style.extra-space"], ["boilerplate.click-here", "style.extra-space"]),
        (["--select", "boilerplate", "--select", "style.redundancy"], ["boilerplate.click-here", "style.redundancy"]),
        (["--ignore", "style"], ["boilerplate.click-here"]),
        (["--ignore", "style.re*"], ["boilerplate.click-here", "style.extra-space"]),
        (
            ["--ignore", "style.repeated-word,style.extra-space", "--ignore", "boilerplate.click-here"],
            ["style.redundancy"],
        ),
        (["--select", "style", "--ignore", "style.redundancy"], ["style.extra-space", "style.repeated-word"]),
    ],
)
def test_select_and_ignore(args, expected):
    assert _rules(*args) == expected


def test_ignore_applies_after_config():
    write(".editlint.yaml", "rules:\n  style.repeated-word: error\n")
    assert _rules("--ignore", "style.repeated-word", "--select", "style.repeated-word") == []


# =========================================================================== --fail-on and exit codes


@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [
        ("A zebra.", None, 1),
        ("A horse.", None, 0),
        ("A zebra.", "error", 1),
        ("A horse.", "error", 0),
        ("A horse.", "warning", 1),
        ("A pony.", "warning", 0),
        ("A pony.", "suggestion", 1),
        ("Nothing.", "suggestion", 0),
        ("A zebra, a horse and a pony.", "none", 0),
    ],
)
def test_fail_on_thresholds(text, fail_on, code):
    house_only()
    write("a.md", text + "\n")
    args = ["check", "a.md"] + (["--fail-on", fail_on] if fail_on else [])
    assert run(*args).exit_code == code


def test_errors_win_over_fail_on_none():
    house_only()
    write("a.md", "A zebra.\n")
    assert run("check", "--fail-on", "none", "a.md", "missing.md").exit_code == 2


def test_bad_fail_on_value_is_a_usage_error():
    write("a.md", REPEATED)
    result = run("check", "--fail-on", "warn", "a.md")
    assert result.exit_code == 2
    assert "Invalid value for '--fail-on'" in result.stderr


# =========================================================================== rules


def test_rules_lists_shipped_rules_with_kind_severity_and_origin():
    result = run("rules")
    assert result.exit_code == 0
    rows = result.stdout.splitlines()
    shipped = Path(shipped_rules_dir()).resolve()
    line = next(r for r in rows if r.startswith("style.repeated-word "))
    m = re.fullmatch(r"style\.repeated-word\s+repetition\s+error\s+on\s+(\S+):(\d+)", line)
    assert m, line
    assert Path(m.group(1)).resolve() == shipped / "style" / "repetition.yaml"
    summary = re.fullmatch(r"(\d+) rules?, (\d+) on \((\d+) errors?, (\d+) warnings?, (\d+) suggestions?\)\.", rows[-1])
    total, on, errors, warnings, suggestions = map(int, summary.groups())
    # Every rule is listed, and the ones listed as off are exactly the difference.
    assert total == len(rows) - 1
    assert sum(1 for r in rows[:-1] if re.search(r"\s+off\s+", r)) == total - on
    # The rules that are on, by severity.
    assert errors + warnings + suggestions == on
    assert sum(1 for r in rows[:-1] if re.search(r"\s+error\s+on\s+", r)) == errors
    # A rule that ships switched off still shows its severity.
    off = next(r for r in rows if r.startswith("quotes.punctuation-inside "))
    assert re.fullmatch(r"quotes\.punctuation-inside\s+quotes\s+(error|warning|suggestion)\s+off\s+\S+", off), off


def test_rules_text_and_json_for_a_house_set():
    house_only()
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\nrules:\n  house.sugg: off\n  house.warn: error\n")
    result = run("rules")
    assert result.exit_code == 0
    assert result.stdout == (
        "house.err   existence       error       on   house/r.yaml:2\n"
        "house.sugg  existence       suggestion  off  house/r.yaml:12\n"
        "house.warn  existence       error       on   house/r.yaml:7\n"
        "3 rules, 2 on (2 errors, 0 warnings, 0 suggestions).\n"
    )
    data = json.loads(run("rules", "--format", "json").stdout)
    assert data == [
        {"id": "house.err", "kind": "existence", "severity": "error", "enabled": True, "defined": "house/r.yaml:2"},
        {
            "id": "house.sugg",
            "kind": "existence",
            "severity": "suggestion",
            "enabled": False,
            "defined": "house/r.yaml:12",
        },
        {"id": "house.warn", "kind": "existence", "severity": "error", "enabled": True, "defined": "house/r.yaml:7"},
    ]
    # --severity keeps the rules of the severities named.
    assert run("rules", "--severity", "suggestion").stdout == (
        "house.sugg  existence       suggestion  off  house/r.yaml:12\n"
        "1 rule, 0 on (0 errors, 0 warnings, 0 suggestions).\n"
    )
    assert [r["id"] for r in json.loads(run("rules", "--severity", "error", "--format", "json").stdout)] == [
        "house.err",
        "house.warn",
    ]


def test_rules_with_config_option():
    house_only()
    write("other.yaml", "extends: []\n")
    assert run("rules", "--config", "other.yaml").stdout == "0 rules, 0 on (0 errors, 0 warnings, 0 suggestions).\n"


def test_rules_with_broken_config_exits_2():
    write(".editlint.yaml", "rulez: {}\n")
    result = run("rules")
    assert result.exit_code == 2
    assert stderr_lines(result) == ['.editlint.yaml:1: unknown key "rulez" (did you mean "rules"?)']


# =========================================================================== explain

EXPLAINED = """\
rules:
  - id: house.zebra
    kind: substitution
    severity: error
    message: 'Say "{suggestion}", not "{match}"'
    description: >-
      Our style guide prefers horses.
    link: https://example.org/style#zebra
    swap:
      zebra: horse
    examples:
      bad:
        - text: "A zebra ran."
          fixed: "A horse ran."
      good:
        - "A horse ran."
"""


def test_explain_shows_message_description_and_examples():
    write("house/r.yaml", EXPLAINED)
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\n")
    result = run("explain", "house.zebra")
    assert result.exit_code == 0
    assert result.stdout == textwrap.dedent(
        """\
        house.zebra  (substitution, error)
        Defined at house/r.yaml:2
        Message: Say "{suggestion}", not "{match}"

        Our style guide prefers horses.

        See: https://example.org/style#zebra

        Fix safety: unsafe
        Options:
          swap: {"zebra": "horse"}

        Flagged:
          - A zebra ran.
            fixed: A horse ran.

        Not flagged:
          - A horse ran.
        """
    )


def test_explain_shipped_rule():
    result = run("explain", "style.repeated-word")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("style.repeated-word  (repetition, error)\n")
    assert 'Message: The word "{word}" is repeated\n' in out
    assert "\nFlagged:\n" in out and "\nNot flagged:\n" in out
    assert "Fix safety: safe" in out


def test_explain_shows_state_from_config():
    write(".editlint.yaml", "rules:\n  style.repeated-word: off\n")
    assert run("explain", "style.repeated-word").stdout.startswith("style.repeated-word  (repetition, error, off)\n")


def test_explain_unknown_rule_has_did_you_mean():
    result = run("explain", "style.repeated-wrod")
    assert result.exit_code == 2
    assert stderr_lines(result) == ['unknown rule "style.repeated-wrod" (did you mean "style.repeated-word"?)']
    assert result.stdout == ""


# =========================================================================== check-rules

GOOD_RULES = """\
rules:
  - id: house.zebra
    kind: existence
    message: 'No "{match}"'
    tokens: [zebra]
    examples:
      bad: ["A zebra ran.", "Two zebra herds."]
      good: ["A horse ran.", "A zebu ran."]
  - id: house.utilise
    kind: substitution
    message: 'Say "{suggestion}"'
    swap: {utilise: use}
    examples:
      bad:
        - text: "We utilise it."
          fixed: "We use it."
      good: ["We use it."]
"""


def test_check_rules_on_a_folder_of_good_rules():
    write("house/a.yaml", GOOD_RULES)
    result = run("check-rules", "house")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout == "Checked 2 rules and 6 examples: 0 example failure(s), 0 invalid rule(s) or file(s).\n"


def test_check_rules_on_the_shipped_rules():
    result = run("check-rules", str(shipped_rules_dir()), "--min-examples", "2", "--strict")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert re.fullmatch(
        r"Checked \d+ rules and \d+ examples: 0 example failure\(s\), 0 invalid rule\(s\) or file\(s\)\.\n",
        result.stdout,
    )


def test_check_rules_without_paths_checks_the_configs_rule_sets():
    write("house/a.yaml", GOOD_RULES)
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\n")
    result = run("check-rules")
    assert result.exit_code == 0
    assert result.stdout.startswith("Checked 2 rules and 6 examples")


def test_check_rules_bad_example_not_reported():
    write(
        "house/a.yaml",
        """\
        rules:
          - id: house.zebra
            kind: existence
            message: 'No "{match}"'
            tokens: [zebra]
            examples:
              bad:
                - "A zebra ran."
                - "A horse ran."
              good:
                - "A horse ran."
        """,
    )
    result = run("check-rules", "house")
    assert result.exit_code == 1
    assert result.stdout == (
        'house/a.yaml:9: rule house.zebra: bad example not reported: "A horse ran."\n'
        "Checked 1 rules and 3 examples: 1 example failure(s), 0 invalid rule(s) or file(s).\n"
    )


def test_check_rules_good_example_reported_and_wrong_fix():
    write(
        "house/a.yaml",
        """\
        rules:
          - id: house.utilise
            kind: substitution
            message: 'Say "{suggestion}"'
            swap: {utilise: use}
            examples:
              bad:
                - text: "We utilise it."
                  fixed: "We employ it."
              good:
                - "They utilise it."
        """,
    )
    result = run("check-rules", "house/a.yaml")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:2] == [
        'house/a.yaml:8: rule house.utilise: fix gives "We use it.", expected "We employ it."',
        'house/a.yaml:11: rule house.utilise: good example reported at 1:6: Say "use"',
    ]


ZEBRA = """\
rules:
  - id: house.zebra
    kind: existence
    message: 'No "{match}"'
    tokens: [zebra]
    examples:
      bad:
%s
      good: ["A horse ran."]
"""


def check_zebra(*bad: str, strict: bool = False):
    """check-rules on house.zebra with these bad example lines (YAML, as written)."""
    write("house/a.yaml", ZEBRA % "\n".join(f"        - {line}" for line in bad))
    return run("check-rules", "house", *(["--strict"] if strict else []))


def test_check_rules_bad_example_reported_where_it_marks():
    result = check_zebra('"A {{zebra}} ran."', '"Two {{zebra}} herds met a {{Zebra}}."')
    assert result.stdout == "Checked 1 rules and 3 examples: 0 example failure(s), 0 invalid rule(s) or file(s).\n"
    assert result.exit_code == 0


def test_check_rules_bad_example_reported_elsewhere_than_it_marks():
    result = check_zebra('"A {{zebra ran}}."')
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        'house/a.yaml:8: rule house.zebra: bad example is reported at 1:3-1:8 "zebra", '
        'but marks 1:3-1:12 "zebra ran"; marked where it is reported now: text: "A {{zebra}} ran."'
    )


def test_check_rules_bad_example_marks_fewer_spans_than_are_reported():
    result = check_zebra('"Two {{zebra}} herds met a Zebra."')
    assert result.stdout.splitlines()[0] == (
        'house/a.yaml:8: rule house.zebra: bad example is reported at 1:5-1:10 "zebra", 1:23-1:28 "Zebra", '
        'but marks 1:5-1:10 "zebra"; marked where it is reported now: text: "Two {{zebra}} herds met a {{Zebra}}."'
    )


def test_check_rules_bad_example_on_a_second_line():
    result = check_zebra(r'"# Herds\n\nA zebra {{ran}}.\n"')
    assert result.stdout.splitlines()[0].startswith(
        'house/a.yaml:8: rule house.zebra: bad example is reported at 3:3-3:8 "zebra", but marks 3:9-3:12 "ran"'
    )


def test_check_rules_strict_needs_every_bad_example_to_mark_its_span():
    assert check_zebra('"A zebra ran."').exit_code == 0
    result = check_zebra('"A zebra ran."', strict=True)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "house/a.yaml:8: rule house.zebra: bad example does not mark where it is reported: enclose that text "
        'in {{ }}; it is reported at 1:3-1:8 "zebra"; marked where it is reported now: text: "A {{zebra}} ran."'
    )


def test_check_rules_strict_needs_fixed_where_the_rule_fixes():
    write(
        "house/a.yaml",
        """\
        rules:
          - id: house.utilise
            kind: substitution
            message: 'Say "{suggestion}"'
            swap: {utilise: use}
            examples:
              bad: ["We {{utilise}} it."]
              good: ["We use it."]
        """,
    )
    assert run("check-rules", "house").exit_code == 0
    result = run("check-rules", "house", "--strict")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        'house/a.yaml:7: rule house.utilise: bad example has no fixed: text, but the rule fixes it: fixed: "We use it."'
    )


def test_check_rules_known_bug_is_expected_to_fail_until_mended():
    # The example states what is right; the rule does not do it yet.
    wrong = '{text: "A {{zebra ran}}.", known_bug: "the span should take the verb"}'
    assert check_zebra(wrong, strict=True).exit_code == 0
    right = '{text: "A {{zebra}} ran.", known_bug: "the span should take the verb"}'
    result = check_zebra(right)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "house/a.yaml:8: rule house.zebra: passes, so the known bug is mended: "
        "remove known_bug (the span should take the verb)"
    )


def test_check_rules_known_bug_example_is_checked_strictly():
    # Unmarked, it would pass without --strict (and the note would have to
    # go); as a known bug's example it must mark its span, so it fails, as
    # its known_bug expects.
    result = check_zebra('{text: "A zebra ran.", known_bug: "no span marked"}')
    assert result.stdout == "Checked 1 rules and 2 examples: 0 example failure(s), 0 invalid rule(s) or file(s).\n"


def test_check_rules_span_of_a_rule_that_compares_drafts():
    write(
        "house/a.yaml",
        r"""
        rules:
          - id: house.same-headline
            kind: headline
            check: duplicate
            scope: headline
            across_drafts: true
            message: 'Again: "{headline}"'
            examples:
              bad:
                - text: "# {{Storm}} Hits Coast\n\nText.\n"
                  other_drafts: ["# Storm hits coast\n\nMore.\n"]
              good: ["# Storm Hits Coast\n\nText.\n"]
        """,
    )
    result = run("check-rules", "house", "--strict")
    assert result.stdout.splitlines()[0] == (
        'house/a.yaml:11: rule house.same-headline: bad example is reported at 1:3-1:19 "Storm Hits Coast", '
        'but marks 1:3-1:8 "Storm"; marked where it is reported now: text: "# {{Storm Hits Coast}}\\n\\nText.\\n"'
    )


def test_check_rules_invalid_rule_file_exits_2():
    write("house/a.yaml", GOOD_RULES)
    write("house/b.yaml", "rules:\n  - id: house.x\n    kind: existence\n    message: a: b\n")
    result = run("check-rules", "house")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["house/b.yaml:4: invalid YAML: mapping values are not allowed in this context"]
    # The good file's rules were still checked.
    assert result.stdout == "Checked 2 rules and 6 examples: 0 example failure(s), 1 invalid rule(s) or file(s).\n"


def test_check_rules_min_examples():
    write("house/a.yaml", GOOD_RULES)
    result = run("check-rules", "house", "--min-examples", "2")
    assert result.exit_code == 1
    assert result.stdout == (
        "house/a.yaml:9: rule house.utilise: has 1 bad example(s); at least 2 required\n"
        "house/a.yaml:9: rule house.utilise: has 1 good example(s); at least 2 required\n"
        "Checked 2 rules and 6 examples: 2 example failure(s), 0 invalid rule(s) or file(s).\n"
    )
    assert run("check-rules", "house", "--min-examples", "0").exit_code == 0


def test_check_rules_default_needs_one_example_of_each():
    write("house/a.yaml", "rules:\n  - id: house.x\n    kind: existence\n    message: x\n    tokens: [x]\n")
    result = run("check-rules", "house")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:2] == [
        "house/a.yaml:2: rule house.x: has 0 bad example(s); at least 1 required",
        "house/a.yaml:2: rule house.x: has 0 good example(s); at least 1 required",
    ]


def test_check_rules_missing_path_and_empty_folder():
    Path("empty").mkdir()
    result = run("check-rules", "nope", "empty")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["nope: no such file or directory", "empty: no rule files (*.yaml) in this folder"]


# =========================================================================== misc


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"editlint, version {__version__}\n"


def test_no_arguments_prints_the_top_level_help_and_exits_2():
    # As click's no_args_is_help and ruff do: the help, on standard error
    # (nothing was checked), and exit 2.
    result = run()
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == run("--help").stdout
    assert result.stderr.startswith("Usage: editlint [OPTIONS] COMMAND [ARGS]...")


def test_help_lists_the_commands():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("check", "rules", "explain", "check-rules"):
        assert command in result.stdout


def test_check_is_the_default_command():
    write("a.md", REPEATED)
    assert run("a.md").stdout == run("check", "a.md").stdout
    assert run("--format", "json", "a.md").stdout == run("check", "--format", "json", "a.md").stdout


def test_unknown_option_is_a_usage_error():
    write("a.md", REPEATED)
    result = run("--formt", "json", "a.md")
    assert result.exit_code == 2
    assert "Error: No such option '--formt'. Did you mean '--format'?" in result.stderr


# =========================================================================== real processes


def test_process_exit_codes(tmp_path):
    write("clean.md", "All fine.\n")
    write("warn.md", EXTRA_SPACE)
    write("err.md", "Story.\n\nAdvertisement\n")
    assert subprocess_run("clean.md", cwd=tmp_path).returncode == 0
    assert subprocess_run("warn.md", cwd=tmp_path).returncode == 0
    assert subprocess_run("--fail-on", "warning", "warn.md", cwd=tmp_path).returncode == 1
    proc = subprocess_run("err.md", "missing.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.decode() == "missing.md: no such file or directory\n"
    assert "err.md:3:1: error [boilerplate.advertisement]" in proc.stdout.decode()


def test_process_stdin_and_version(tmp_path):
    proc = subprocess_run("--stdin-filename", "s.md", "-", cwd=tmp_path, input=b"The the cat.\n")
    assert proc.returncode == 1
    assert proc.stdout.decode().startswith('s.md:1:1: error [style.repeated-word] The word "The" is repeated\n')
    assert b"Traceback" not in proc.stderr
    proc = subprocess_run("--version", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"editlint, version {__version__}"


def test_process_no_arguments(tmp_path):
    proc = subprocess_run(cwd=tmp_path)
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr
    assert b"Commands:" in proc.stderr and proc.stdout == b""  # the top-level help


def test_process_invalid_utf8_and_explain_unknown(tmp_path):
    Path("bad.txt").write_bytes(b"abc\xfe\n")
    proc = subprocess_run("bad.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert (
        proc.stderr.decode()
        == "bad.txt:1: not valid UTF-8: byte 0xfe at column 4 (for another encoding, use --encoding)\n"
    )
    proc = subprocess_run("explain", "style.repeted-word", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.decode() == 'unknown rule "style.repeted-word" (did you mean "style.repeated-word"?)\n'
