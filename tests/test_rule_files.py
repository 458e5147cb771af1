"""Rule files: every structural error is one line, ``path:line: rule ID: ...``,
pointing at the right line, and one bad rule never stops the others.

Errors are seen the way a user sees them: through ``editlint check-rules``
and through a check run whose config lists the rule set.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import cli as run
from helpers import write

from editlint.cli import main
from editlint.kinds import KINDS
from editlint.rule import mark, read_rule_file, unmark
from editlint.span import Span

pytestmark = pytest.mark.usefixtures("in_tmp")


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def rule_errors(yaml_text: str) -> tuple[int, list[str]]:
    """Exit code and stderr lines of check-rules on one rule file."""
    write("house/r.yaml", yaml_text)
    result = run("check-rules", "house/r.yaml", "--min-examples", "0")
    return result.exit_code, stderr_lines(result)


def one_rule(body: str) -> str:
    """A rule file holding one rule; ``body`` is the rule's keys (no indent)."""
    return "rules:\n  - " + textwrap.indent(textwrap.dedent(body).strip(), "    ")[4:] + "\n"


def test_one_rule_helper_builds_the_expected_yaml():
    assert one_rule("id: a.b\nkind: existence\n") == "rules:\n  - id: a.b\n    kind: existence\n"


# --------------------------------------------------------------------------- per-rule errors
# (body, expected error). Line 2 is the rule's first key; each following key is one line down.

RULE_ERRORS = [
    pytest.param(
        "id: house.x\nkind: existence\ntokens: [foo]",
        "house/r.yaml:2: rule house.x: message is required",
        id="missing-message",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nmessage: '  '\ntokens: [foo]",
        "house/r.yaml:4: rule house.x: message is required",
        id="blank-message",
    ),
    pytest.param(
        "kind: existence\nmessage: x\ntokens: [foo]",
        "house/r.yaml:2: rule has no id (dotted lower-case words, like style.repeated-word)",
        id="missing-id",
    ),
    pytest.param(
        "kind: existence\nid: House.Bad\nmessage: x\ntokens: [foo]",
        "house/r.yaml:3: rule id 'House.Bad' must be dotted lower-case words, like style.repeated-word",
        id="capitals-in-id",
    ),
    pytest.param(
        "id: nodots\nkind: existence\nmessage: x\ntokens: [foo]",
        "house/r.yaml:2: rule id 'nodots' must be dotted lower-case words, like style.repeated-word",
        id="undotted-id",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nseverity: warnign\nmessage: x\ntokens: [foo]",
        'house/r.yaml:4: rule house.x: severity must be one of error, warning, suggestion, not "warnign" '
        '(did you mean "warning"?)',
        id="bad-severity",
    ),
    pytest.param(
        "id: house.x\nkind: existance\nmessage: x\ntokens: [foo]",
        'house/r.yaml:3: rule house.x: unknown kind "existance" (did you mean "existence"?)',
        id="unknown-kind",
    ),
    pytest.param(
        "id: house.x\nmessage: x\ntokens: [foo]",
        'house/r.yaml:2: rule house.x: unknown kind "None"',
        id="missing-kind",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nmessage: x\nscope: headlines\ntokens: [foo]",
        'house/r.yaml:5: rule house.x: unknown scope "headlines" (did you mean "headline"?)',
        id="unknown-scope",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nmessage: x\nscope: [paragraph, ~qoute]\ntokens: [foo]",
        'house/r.yaml:5: rule house.x: unknown scope "~qoute" (did you mean "quote"?)',
        id="unknown-negated-scope",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nmessage: x\nfix: saef\ntokens: [foo]",
        'house/r.yaml:5: rule house.x: fix must be one of safe, unsafe, display, none (did you mean "safe"?)',
        id="bad-fix",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nmessage: x\nenabled: 'no'\ntokens: [foo]",
        "house/r.yaml:5: rule house.x: enabled must be true or false",
        id="enabled-not-bool",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nmessage: x\ntokens: [foo]\ndescription: [a]",
        "house/r.yaml:6: rule house.x: description must be a string",
        id="description-not-string",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nmessage: x\ntoken: [foo]",
        'house/r.yaml:5: rule house.x: unknown option "token" (did you mean "tokens"?) '
        "(options of this kind: tokens, raw, ignorecase, whole, suggest, with_story_lines, quotes, exceptions)",
        id="unknown-option",
    ),
    pytest.param(
        "id: house.x\nkind: existence\ntokens: [foo]\nmessage: 'Avoid {wrod}'",
        "house/r.yaml:5: rule house.x: message uses unknown placeholder {wrod} (available: {match}, {suggestion})",
        id="unknown-placeholder",
    ),
    pytest.param(
        "id: house.x\nkind: repetition\nmessage: '{word} then {expected}'",
        "house/r.yaml:4: rule house.x: message uses unknown placeholder {expected} "
        "(available: {match}, {suggestion}, {word})",
        id="placeholder-of-another-kind",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nmessage: x\nraw:\n  - '(unclosed'",
        'house/r.yaml:5: rule house.x: invalid regex "(unclosed" in option "raw": missing ) at position 9',
        id="invalid-regex",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nmessage: x\ntokens: [foo]\nwhole: 'yes'",
        "house/r.yaml:6: rule house.x: option \"whole\" must be true or false, not 'yes'",
        id="option-wrong-type",
    ),
    pytest.param(
        "id: house.x\nkind: repetition\nmessage: x\nwindow: 0",
        'house/r.yaml:5: rule house.x: option "window" must be at least 1',
        id="option-out-of-range",
    ),
    pytest.param(
        "id: house.x\nkind: capitalization\nmessage: x\nstyle: apa",
        'house/r.yaml:5: rule house.x: option "style" must be one of ap, chicago, either, not \'apa\' (did you mean "ap"?)',
        id="option-choice",
    ),
    # Options a kind cannot do without: reported at the rule's line.
    pytest.param(
        "id: house.x\nkind: existence\nmessage: x",
        "house/r.yaml:2: rule house.x: an existence rule needs tokens or raw patterns",
        id="existence-needs-tokens",
    ),
    pytest.param(
        "id: house.x\nkind: substitution\nmessage: x",
        "house/r.yaml:2: rule house.x: a substitution rule needs a swap mapping of bad: good",
        id="substitution-needs-swap",
    ),
    pytest.param(
        "id: house.x\nkind: consistency\nmessage: x",
        "house/r.yaml:2: rule house.x: a consistency rule needs an either mapping of one form: the other",
        id="consistency-needs-either",
    ),
    pytest.param(
        "id: house.x\nkind: occurrence\nmessage: x",
        "house/r.yaml:2: rule house.x: an occurrence rule needs max or min",
        id="occurrence-needs-limit",
    ),
    pytest.param(
        "id: house.x\nkind: sequence\nmessage: x",
        "house/r.yaml:2: rule house.x: a sequence rule needs a list of token matchers",
        id="sequence-needs-tokens",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nmessage: x\ntokens: [foo]\nexamples:\n  ugly: [foo]",
        "house/r.yaml:6: rule house.x: examples must be a mapping with bad and good lists",
        id="examples-unknown-list",
    ),
    pytest.param(
        "id: house.x\nkind: existence\nmessage: x\ntokens: [foo]\nexamples: [foo]",
        "house/r.yaml:6: rule house.x: examples must be a mapping with bad and good lists",
        id="examples-not-mapping",
    ),
]


@pytest.mark.parametrize(("body", "expected"), RULE_ERRORS)
def test_rule_error_names_file_line_and_rule(body, expected):
    code, lines = rule_errors(one_rule(body))
    assert code == 2
    assert lines == [expected]


# Example entries that are not valid. The error points at the entry's line.
EXAMPLE_ERRORS = [
    pytest.param(
        "bad:\n  - txt: foo", 8, "an example is a string or a mapping with text (and fixed, format)", id="no-text"
    ),
    pytest.param("bad:\n  - 3", 8, "an example is a string or a mapping with text (and fixed, format)", id="number"),
    pytest.param(
        "good:\n  - foo\n  - text: bar\n    fixd: x",
        9,
        'unknown example key "fixd" (did you mean "fixed"?)',
        id="unknown-key",
    ),
    pytest.param(
        "good:\n  - text: bar\n    format: odt", 8, 'example format must be "markdown", "text" or "html"', id="format"
    ),
    pytest.param("bad:\n  - text: foo\n    fixed: [x]", 8, "example fixed text must be a string", id="fixed-type"),
    # The list itself: named at the examples: line.
    pytest.param("bad: foo", 6, "examples.bad must be a list", id="list-not-list"),
    # Span marks: a bad example's text marks where it is reported with {{ }}.
    pytest.param('bad:\n  - "A {{foo."', 8, 'bad example text: "{{" is not closed by "}}"', id="mark-unclosed"),
    pytest.param('bad:\n  - "A foo}}."', 8, 'bad example text: "}}" closes no "{{"', id="mark-unopened"),
    pytest.param(
        'bad:\n  - "{{A {{foo}}}}."',
        8,
        'bad example text: "{{" inside a span already opened: spans cannot nest',
        id="mark-nested",
    ),
    pytest.param(
        'good:\n  - "A {{bar}}."',
        8,
        "{{ }} marks where a bad example is reported; a good example's text marks nothing",
        id="mark-in-good",
    ),
    pytest.param(
        'bad:\n  - text: "A {{foo}}."\n    fixed: "A {{}}."',
        8,
        "{{ }} marks where a bad example is reported; an example's fixed marks nothing",
        id="mark-in-fixed",
    ),
    pytest.param(
        'bad:\n  - text: "A {{foo}}."\n    known_bug: ""',
        8,
        "example known_bug must say what the rule gets wrong",
        id="bug",
    ),
]


def _example_rule(examples: str) -> str:
    return one_rule(
        "id: house.x\nkind: existence\nmessage: x\ntokens: [foo]\nexamples:\n" + textwrap.indent(examples, "  ")
    )


@pytest.mark.parametrize(("examples", "line", "message"), EXAMPLE_ERRORS)
def test_invalid_example_entry_names_its_line(examples, line, message):
    code, lines = rule_errors(_example_rule(examples))
    assert code == 2
    assert len(lines) == 1
    assert lines[0].startswith(f"house/r.yaml:{line}: ")
    assert lines[0].endswith(message)


@pytest.mark.parametrize(("examples", "line", "message"), EXAMPLE_ERRORS)
def test_invalid_example_entry_names_the_rule(examples, line, message):
    code, lines = rule_errors(_example_rule(examples))
    assert lines == [f"house/r.yaml:{line}: rule house.x: {message}"]


@pytest.mark.parametrize(
    ("marked", "text", "spans"),
    [
        ("The council has {{it's}} own budget.", "The council has it's own budget.", [(16, 20)]),
        ("{{The the}} minister", "The the minister", [(0, 7)]),
        ("Is it over{{ }}?", "Is it over ?", [(10, 11)]),
        ('{{"}}It works.{{"}}', '"It works."', [(0, 1), (10, 11)]),
        ("A missing{{}} comma", "A missing comma", [(9, 9)]),  # an insertion point
        ("{{a}}{{b}}", "ab", [(0, 1), (1, 2)]),
        ("# Title\n\n{{Title}}\n", "# Title\n\nTitle\n", [(9, 14)]),
    ],
)
def test_span_marks_are_taken_out_of_a_bad_example(marked, text, spans):
    assert unmark(marked) == (text, tuple(Span(*s) for s in spans))
    assert mark(text, [Span(*s) for s in spans]) == marked


def test_a_bad_example_without_marks_states_no_span():
    specs, errors = read_rule_file(write("house/r.yaml", _example_rule('bad:\n  - "A foo."\n  - "A {{foo}}."')), KINDS)
    assert errors == []
    assert [(e.text, e.spans) for e in specs[0].bad] == [("A foo.", None), ("A foo.", (Span(2, 5),))]


def test_message_with_unbalanced_brace_is_a_rule_error_not_a_crash():
    write("house/r.yaml", one_rule("id: house.x\nkind: existence\ntokens: [foo]\nmessage: 'Avoid {match'"))
    result = CliRunner().invoke(main, ["check-rules", "house/r.yaml", "--min-examples", "0"])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert len(lines) == 1 and lines[0].startswith("house/r.yaml:5: rule house.x: message")


def test_message_with_doubled_braces_is_literal():
    write(
        "house/r.yaml",
        one_rule(
            "id: house.x\nkind: existence\ntokens: [foo]\nmessage: 'Avoid {{braces}} and {match}'\n"
            "examples:\n  bad: [a foo]\n  good: [a bar]"
        ),
    )
    result = run("check-rules", "house/r.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\n")
    write("a.md", "A foo.\n")
    data = json.loads(run("--format", "json", "a.md").stdout)
    assert [d["message"] for d in data["diagnostics"]] == ["Avoid {braces} and foo"]


# --------------------------------------------------------------------------- file-level errors

FILE_ERRORS = [
    pytest.param(
        "rules:\n  - id: house.x\n    kind: existence\n    message: a: b\n",
        4,
        "invalid YAML: mapping values are not allowed in this context",
        id="yaml-mapping-values",
    ),
    pytest.param(
        "rules:\n  - id: house.x\n    kind: existence\n   message: x\n",
        4,
        "invalid YAML: did not find expected '-' indicator",
        id="yaml-indentation",
    ),
    pytest.param(
        "rules:\n  - id: house.x\n\tkind: existence\n",
        3,
        "invalid YAML: found a tab character that violates indentation",
        id="yaml-tab",
    ),
    pytest.param(
        "rules:\n  - id: house.x\n    kind: existence\n    message: x\n    message: y\n",
        5,
        'duplicate key "message"',
        id="duplicate-key",
    ),
    pytest.param("rules: 3\n", 1, "rules: must be a list", id="rules-not-list"),
    pytest.param("rulez: []\n", 1, "a rule file is a mapping with a rules: list", id="no-rules-key"),
    pytest.param("- id: house.x\n", 1, "a rule file is a mapping with a rules: list", id="top-level-list"),
    pytest.param(
        "rules: []\nextra: 1\n", 2, 'unknown key "extra" (a rule file holds rules: and lists:)', id="extra-key"
    ),
    pytest.param("rules:\n  - just a string\n", 2, "a rule must be a mapping", id="rule-not-mapping"),
]


@pytest.mark.parametrize(("text", "line", "message"), FILE_ERRORS)
def test_file_level_error_names_file_and_line(text, line, message):
    code, lines = rule_errors(text)
    assert code == 2
    assert lines == [f"house/r.yaml:{line}: {message}"]


def test_empty_rule_file_is_fine():
    code, lines = rule_errors("")
    assert lines == []
    assert code == 0


def test_invalid_utf8_rule_file():
    Path("house").mkdir()
    Path("house/r.yaml").write_bytes(b"rules:\n  - id: house.\xff\n")
    result = run("check-rules", "house/r.yaml")
    assert result.exit_code == 2
    assert stderr_lines(result)[0].startswith("house/r.yaml: cannot read rule file: ")


# --------------------------------------------------------------------------- several rules


MIXED = """\
rules:
  - id: house.no-message
    kind: existence
    tokens: [foo]

  - id: house.zebra
    kind: existence
    severity: error
    message: 'No "{match}" here'
    tokens: [zebra]

  - id: house.bad-regex
    kind: existence
    message: x
    raw:
      - '[unclosed'

  - id: house.zebra
    kind: existence
    message: duplicate
    tokens: [zebra]

  - id: house.horse
    kind: substitution
    message: 'Say "{suggestion}"'
    swap:
      horse: pony
"""


def test_one_bad_rule_does_not_stop_the_others_in_check_rules():
    write("house/r.yaml", MIXED)
    result = run("check-rules", "house", "--min-examples", "0")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "house/r.yaml:2: rule house.no-message: message is required",
        "house/r.yaml:18: rule house.zebra is defined twice (first at line 6)",
        'house/r.yaml:15: rule house.bad-regex: invalid regex "[unclosed" in option "raw": '
        "unterminated character set at position 9",
    ]
    assert result.stdout.strip() == (
        "Checked 3 rules and 0 examples: 0 example failure(s), 3 invalid rule(s) or file(s)."
    )


def test_one_bad_rule_does_not_stop_the_others_in_a_check_run():
    write("house/r.yaml", MIXED)
    write(".editlint.yaml", "rulesets: [./house]\n")
    write("a.md", "A zebra rode a horse.\n")
    write("b.md", "The the cat.\n")
    result = run("check", "--format", "json", "a.md", "b.md")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [(d["path"], d["rule"], d["match"]) for d in data["diagnostics"]] == [
        ("a.md", "house.zebra", "zebra"),
        ("a.md", "house.horse", "horse"),
        ("b.md", "style.repeated-word", "The the"),
    ]
    # Each error once, although two drafts use the rule set.
    assert stderr_lines(result) == [
        "house/r.yaml:2: rule house.no-message: message is required",
        "house/r.yaml:18: rule house.zebra is defined twice (first at line 6)",
        'house/r.yaml:15: rule house.bad-regex: invalid regex "[unclosed" in option "raw": '
        "unterminated character set at position 9",
    ]
    assert [e["line"] for e in data["errors"]] == [2, 18, 15]
    # The first definition of a duplicated id is the one that runs.
    assert data["diagnostics"][0]["message"] == 'No "zebra" here'


def test_yaml_error_in_one_rule_file_does_not_stop_other_files_of_the_set():
    write("house/a.yaml", "rules:\n  - id: house.x\n    kind: existence\n    message: a: b\n")
    write("house/b.yaml", "rules:\n  - id: house.zebra\n    kind: existence\n    message: zebra\n    tokens: [zebra]\n")
    write(".editlint.yaml", "rulesets: [./house]\n")
    write("a.md", "A zebra.\n")
    result = run("check", "--format", "json", "a.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["house/a.yaml:4: invalid YAML: mapping values are not allowed in this context"]
    assert [d["rule"] for d in json.loads(result.stdout)["diagnostics"]] == ["house.zebra"]


def test_disabled_rule_in_file_is_listed_as_off():
    write(
        "house/r.yaml",
        "rules:\n  - id: house.zebra\n    kind: existence\n    enabled: false\n    message: x\n    tokens: [zebra]\n",
    )
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\n")
    listing = json.loads(run("rules", "--format", "json").stdout)
    # Off, with the severity it has when a config switches it on.
    assert listing == [
        {"id": "house.zebra", "kind": "existence", "severity": "warning", "enabled": False, "defined": "house/r.yaml:2"}
    ]


def test_rule_file_in_subfolder_and_yml_suffix_are_read():
    write("house/deep/a.yml", "rules:\n  - id: house.zebra\n    kind: existence\n    message: x\n    tokens: [zebra]\n")
    write("house/notes.txt", "not a rule file")
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\n")
    listing = json.loads(run("rules", "--format", "json").stdout)
    assert [r["id"] for r in listing] == ["house.zebra"]
    assert listing[0]["defined"] == "house/deep/a.yml:2"


def test_rule_file_errors_make_rules_command_exit_2():
    write("house/r.yaml", MIXED)
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\n")
    result = run("rules")
    assert result.exit_code == 2
    assert "house/r.yaml:2: rule house.no-message: message is required" in stderr_lines(result)
    assert re.search(r"^house\.zebra\s+existence\s+error\s+on\s+house/r\.yaml:6$", result.stdout, re.M)


# --------------------------------------------------------------------------- sequence kind


SEQUENCE = """\
rules:
  - id: house.could-of
    kind: sequence
    message: 'Write "could have", not "{match}"'
    tokens: [could, of]
    examples:
      bad: ["I could of gone."]
      good: ["I could have gone."]
"""


def test_sequence_rule_with_tokens_loads_and_runs():
    write("house/seq.yaml", SEQUENCE)
    result = CliRunner().invoke(main, ["check-rules", "house"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0


def test_named_word_lists_are_shared_by_the_files_of_a_rule_set(tmp_path):
    write(tmp_path / "house" / "lists.yaml", "lists:\n  banned: [utilise, leverage]\n")
    write(
        tmp_path / "house" / "r.yaml",
        "rules:\n  - id: house.banned\n    kind: pattern\n    message: no\n    tokens: [{text: $banned}]\n",
    )
    write(tmp_path / "d.md", "We leverage it.\n")
    write(tmp_path / ".editlint.yaml", "rulesets: [./house]\n")
    result = run("check", "--format", "json", str(tmp_path / "d.md"))
    assert [d["match"] for d in json.loads(result.output)["diagnostics"] if d["rule"] == "house.banned"] == ["leverage"]


def test_an_unknown_word_list_is_an_error_with_a_did_you_mean(tmp_path):
    write(tmp_path / "house" / "lists.yaml", "lists:\n  banned: [utilise]\n")
    write(
        tmp_path / "house" / "r.yaml",
        "rules:\n  - id: house.banned\n    kind: pattern\n    message: no\n    tokens: [{text: $baned}]\n",
    )
    result = run("check-rules", str(tmp_path / "house"))
    assert result.exit_code != 0
    assert 'no word list named "baned"' in result.output and "banned" in result.output
