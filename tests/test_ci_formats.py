"""The CI formats (--format sarif, github, junit) and the --max-warnings
gate, through the real command line (docs/output.md, docs/ci.md).

Each format is checked against the JSON output of the same run, which
test_output.py pins down, so the formats cannot drift apart."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import cli
from helpers import write as _write

from editlint import __version__

pytestmark = pytest.mark.usefixtures("in_tmp")

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def write(path, text):
    return _write(path, text, dedent=False)


def run(fmt: str, *args: str):
    return cli("check", "--format", fmt, *args)


def run_json(*args: str) -> dict:
    return json.loads(run("json", *args).stdout)


def run_sarif(*args: str) -> tuple[object, dict]:
    result = run("sarif", *args)
    return result, json.loads(result.stdout)


# Findings of all three severities (with the shipped rules), on several
# lines; a fixable one (two spaces) and one without a fix (advertisement).
DRAFT = (
    "# The the headline\n"  # 1: style.repeated-word (error)
    "\n"
    "東京 officials said  the plan was an end result.\n"  # 3: extra-space (warning), redundancy (suggestion)
    "\n"
    "Advertisement\n"  # 5: boilerplate.advertisement (error)
)

# A house rule set: a message full of characters the formats must escape,
# a rule with a link and a description, and a rule spanning two lines.
HOUSE = r"""rules:
  - id: house.odd
    kind: existence
    severity: warning
    tokens: [zebra]
    message: "Odd: 100% sure, a,b,c\nsee {match} & <x> \"q\" \x01 end"
  - id: house.click
    kind: existence
    severity: error
    tokens: [click here]
    message: 'Say where "{match}" goes'
    description: Link text should say where the link goes.
    link: https://example.org/style#click
  - id: house.unused
    kind: existence
    severity: error
    tokens: [unicorn]
    message: Unused rule
"""


def house(config_extra: str = "") -> None:
    write("house/rules.yaml", HOUSE)
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\n" + config_extra)


# =========================================================================== SARIF


def _validator():
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the SARIF schema is not at {SARIF_SCHEMA} (../shared beside the repository)")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)  # the draft the schema declares (draft-04)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _assert_valid(log: dict) -> None:
    errors = sorted(_validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


@pytest.mark.parametrize(
    "setup, args, code",
    [
        (lambda: write("a.md", DRAFT), ["a.md"], 1),
        (lambda: write("clean.md", "A clean line.\n"), ["clean.md"], 0),
        (lambda: (house(), write("h.md", "A zebra. Click\nhere now.\n")), ["h.md"], 1),
        (lambda: (write("a.md", DRAFT), write(".editlint.yaml", "rulez: {}\n")), ["a.md", "missing.md"], 2),
        (lambda: write("a.md", DRAFT), ["a.md", "missing.md"], 2),
    ],
    ids=["findings", "clean", "house-rules", "broken-config", "missing-file"],
)
def test_sarif_validates_against_the_oasis_schema(setup, args, code):
    setup()
    result, log = run_sarif(*args)
    assert result.exit_code == code
    _assert_valid(log)


def test_schema_check_catches_an_invalid_log():
    # The validation test could not pass by accident: a log with a level
    # SARIF does not know, and one without a tool, fail it.
    write("a.md", DRAFT)
    _, log = run_sarif("a.md")
    validator = _validator()
    assert validator.is_valid(log)
    log["runs"][0]["results"][0]["level"] = "suggestion"
    assert not validator.is_valid(log)
    del log["runs"][0]["tool"]
    assert not validator.is_valid(log)


def test_sarif_structure():
    """What the schema says, and more, without the schema file."""
    write("a.md", DRAFT)
    result, log = run_sarif("a.md")
    assert result.exit_code == 1
    assert log["version"] == "2.1.0"
    assert log["$schema"].startswith("https://") and log["$schema"].endswith("sarif-schema-2.1.0.json")
    assert len(log["runs"]) == 1
    run_ = log["runs"][0]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "editlint"
    assert driver["version"] == __version__
    assert re.match(r"^https?://\S+$", driver["informationUri"])
    assert run_["columnKind"] == "utf16CodeUnits"
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == Path.cwd().resolve().as_uri() + "/"

    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    assert ids == sorted(set(ids)), "one entry per rule, sorted"
    results = run_["results"]
    assert set(ids) == {r["ruleId"] for r in results}, "exactly the rules that produced results"
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] in ("error", "warning", "note")
        assert isinstance(r["message"]["text"], str) and r["message"]["text"]
        (location,) = r["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"] == {"uri": "a.md", "uriBaseId": "%SRCROOT%"}
        region = physical["region"]
        assert set(region) == {"startLine", "startColumn", "endLine", "endColumn"}
        assert all(type(v) is int and v >= 1 for v in region.values())
        assert (region["startLine"], region["startColumn"]) <= (region["endLine"], region["endColumn"])
    (invocation,) = run_["invocations"]
    assert invocation == {"executionSuccessful": True, "exitCode": 1}


def test_sarif_results_match_the_json_output_and_map_levels():
    write("a.md", DRAFT)
    diagnostics = run_json("a.md")["diagnostics"]
    _, log = run_sarif("a.md")
    results = log["runs"][0]["results"]
    assert {d["severity"] for d in diagnostics} == {"error", "warning", "suggestion"}
    levels = {"error": "error", "warning": "warning", "suggestion": "note"}
    assert [(r["ruleId"], r["level"], r["message"]["text"]) for r in results] == [
        (d["rule"], levels[d["severity"]], d["message"]) for d in diagnostics
    ]
    # No emoji in this draft (東京 is in the BMP): columns equal editlint's own.
    assert [r["locations"][0]["physicalLocation"]["region"] for r in results] == [
        {"startLine": d["line"], "startColumn": d["column"], "endLine": d["end_line"], "endColumn": d["end_column"]}
        for d in diagnostics
    ]


def test_sarif_level_follows_config_severity_and_default_configuration_the_rule_file():
    house("rules:\n  house.click: warning\n")
    write("h.md", "Click here.\n")
    _, log = run_sarif("h.md")
    (result,) = log["runs"][0]["results"]
    (rule,) = log["runs"][0]["tool"]["driver"]["rules"]
    assert result["level"] == "warning"
    assert rule["defaultConfiguration"] == {"level": "error"}


def _utf16_slice(line: str, start: int, end: int) -> str:
    """The text between 1-based UTF-16 columns ``start`` and ``end``."""
    units = line.encode("utf-16-le")
    return units[(start - 1) * 2 : (end - 1) * 2].decode("utf-16-le")


def test_sarif_regions_count_utf16_code_units_with_crlf_and_emoji():
    source = "Emoji 🎉 and  more 🎉🎉 here\r\nThe the cat 😀 sat  down.\r\n\r\nNo  emoji.\r\n"
    path = write("e.md", "")
    path.write_bytes(source.encode("utf-8"))
    diagnostics = run_json("e.md")["diagnostics"]
    _, log = run_sarif("e.md")
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == [d["rule"] for d in diagnostics]
    assert [(d["line"], d["column"]) for d in diagnostics] == [(1, 12), (2, 1), (2, 18), (4, 3)]
    lines = source.split("\r\n")
    # One emoji before the first span (+1), none before the "The the", one
    # before the second double space, none on line 4.
    shift = [1, 0, 1, 0]
    for d, r, extra in zip(diagnostics, results, shift, strict=True):
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] == d["line"] and region["endLine"] == d["end_line"]
        assert region["startColumn"] == d["column"] + extra
        assert region["endColumn"] == d["end_column"] + extra
        text = lines[region["startLine"] - 1]
        assert _utf16_slice(text, region["startColumn"], region["endColumn"]) == d["match"]


def test_sarif_fix_for_a_safe_fixable_finding():
    source = "Emoji 🎉 then two  spaces.\n"
    write("f.md", source)
    _, log = run_sarif("f.md")
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "style.extra-space"
    region = result["locations"][0]["physicalLocation"]["region"]
    (fix,) = result["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"] == {"uri": "f.md", "uriBaseId": "%SRCROOT%"}
    (replacement,) = change["replacements"]
    assert replacement["deletedRegion"] == region
    assert replacement["insertedContent"] == {"text": " "}
    assert fix["properties"] == {"applicability": "safe"}
    assert fix["description"]["text"]
    # Applying the replacement in UTF-16 units gives the fixed line.
    line = source.rstrip("\n")
    deleted = replacement["deletedRegion"]
    units = line.encode("utf-16-le")
    start, end = (deleted["startColumn"] - 1) * 2, (deleted["endColumn"] - 1) * 2
    fixed = (units[:start] + " ".encode("utf-16-le") + units[end:]).decode("utf-16-le")
    assert fixed == "Emoji 🎉 then two spaces."


def test_sarif_fixes_only_where_the_json_has_a_fix():
    write("house/rules.yaml", HOUSE)
    write(".editlint.yaml", "rulesets: [./house]\n")  # the shipped rule sets and ours
    write("a.md", "A zebra ran. Two  spaces, the the end.\n")
    diagnostics = run_json("a.md")["diagnostics"]
    _, log = run_sarif("a.md")
    results = log["runs"][0]["results"]
    has_fix = [d["fix"] is not None for d in diagnostics]
    assert True in has_fix and False in has_fix, "the draft has both kinds"
    assert ["fixes" in r for r in results] == has_fix


def test_sarif_rule_metadata():
    house()
    write("h.md", "A zebra. Click here now.\n")
    _, log = run_sarif("h.md")
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert set(rules) == {"house.click", "house.odd"}, "house.unused reported nothing"
    click = rules["house.click"]
    assert click["shortDescription"] == {"text": 'Say where "…" goes'}
    assert click["fullDescription"] == {"text": "Link text should say where the link goes."}
    assert click["helpUri"] == "https://example.org/style#click"
    assert "Link text should say where the link goes." in click["help"]["text"]
    assert "https://example.org/style#click" in click["help"]["text"]
    assert click["defaultConfiguration"] == {"level": "error"}
    odd = rules["house.odd"]
    assert "helpUri" not in odd and "fullDescription" not in odd
    assert odd["shortDescription"]["text"].startswith("Odd: 100% sure")
    assert odd["defaultConfiguration"] == {"level": "warning"}


def test_sarif_short_description_falls_back_to_the_id():
    write(
        "house/rules.yaml",
        "rules:\n  - id: house.bare\n    kind: existence\n    tokens: [zebra]\n    message: '{match}'\n",
    )
    write(".editlint.yaml", "extends: []\nrulesets: [./house]\n")
    write("h.md", "A zebra.\n")
    _, log = run_sarif("h.md")
    (rule,) = log["runs"][0]["tool"]["driver"]["rules"]
    assert rule["shortDescription"] == {"text": "house.bare"}


def test_sarif_paths_are_relative_with_forward_slashes_and_encoded():
    write("drafts/sub dir/a.md", "Advertisement\n")
    absolute = str((Path.cwd() / "drafts" / "sub dir" / "a.md").resolve())
    for arg in ("drafts", absolute):
        _, log = run_sarif(arg)
        (result,) = log["runs"][0]["results"]
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location == {"uri": "drafts/sub%20dir/a.md", "uriBaseId": "%SRCROOT%"}, arg


def test_sarif_errors_are_tool_execution_notifications():
    write("a.md", DRAFT)
    write(".editlint.yaml", "language: en-US\nrulez: {}\n")
    result, log = run_sarif("a.md", "missing.md")
    assert result.exit_code == 2
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["exitCode"] == 2
    notes = invocation["toolExecutionNotifications"]
    errors = [n for n in notes if n["level"] == "error"]
    by_uri = {n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: n for n in errors}
    # The draft under the broken config was not checked: a note says so.
    assert [n["message"]["text"] for n in notes if n["level"] == "note"] == ["a.md: not checked, its config has errors"]
    assert set(by_uri) == {".editlint.yaml", "missing.md"}
    config = by_uri[".editlint.yaml"]
    assert config["level"] == "error"
    assert config["message"]["text"].startswith('unknown key "rulez"')
    assert config["locations"][0]["physicalLocation"]["region"] == {"startLine": 2}
    missing = by_uri["missing.md"]
    assert missing["message"]["text"] == "no such file or directory"
    assert "region" not in missing["locations"][0]["physicalLocation"]
    # stdout is still only the SARIF log; the errors go to stderr as well.
    assert "missing.md: no such file or directory" in result.stderr


def test_sarif_error_without_a_file_has_no_location():
    write("a.md", DRAFT)
    result, log = run_sarif("--select", "nosuchrule", "a.md")
    assert result.exit_code == 2
    (note,) = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "error" and "locations" not in note
    assert note["message"]["text"].startswith('--select: no rule matches "nosuchrule"')


# =========================================================================== GitHub

_UNESCAPE = {"%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","}


def _unescape(text: str) -> str:
    return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: _UNESCAPE[m.group()], text)


def parse_commands(output: str) -> list[dict]:
    """Parse ``::name k=v,k=v::message`` lines back (other lines skipped)."""
    commands = []
    for line in output.splitlines():
        match = re.fullmatch(r"::(\w+)(?: ([^:]*))?::(.*)", line)
        if not match:
            continue
        name, props, message = match.groups()
        properties = {}
        for item in props.split(",") if props else ():
            key, sep, value = item.partition("=")
            assert sep, f"property without a value: {item!r} in {line!r}"
            properties[key] = _unescape(value)
        commands.append({"command": name, **properties, "message": _unescape(message)})
    return commands


def test_github_round_trip_matches_the_json_output():
    house()
    name = "odd,dir/50%: a.md"  # a path with a comma, a percent sign and a colon
    write(name, "A zebra ran. Then click here.\n")
    diagnostics = run_json(name)["diagnostics"]
    result = run("github", name)
    assert result.exit_code == 1
    assert {d["rule"] for d in diagnostics} == {"house.odd", "house.click"}
    odd = next(d for d in diagnostics if d["rule"] == "house.odd")
    for char in "%:,\n":
        assert char in odd["message"]
    commands = {"error": "error", "warning": "warning", "suggestion": "notice"}
    expected = [
        {
            "command": commands[d["severity"]],
            "file": d["path"],
            "line": str(d["line"]),
            "col": str(d["column"]),
            "endLine": str(d["end_line"]),
            "endColumn": str(d["end_column"]),
            "title": d["rule"],
            "message": d["message"],
        }
        for d in diagnostics
    ]
    assert parse_commands(result.stdout) == expected
    # One line per command: the newline in the message is escaped.
    lines = result.stdout.splitlines()
    assert len(lines) == len(diagnostics) + 1 and lines[-1].startswith("Found 2 problems")
    assert "%0Asee zebra" in result.stdout and "100%25 sure" in result.stdout
    assert "file=odd%2Cdir/50%25%3A a.md," in result.stdout


def test_github_severities_are_error_warning_notice():
    write("a.md", DRAFT)
    diagnostics = run_json("a.md")["diagnostics"]
    parsed = parse_commands(run("github", "a.md").stdout)
    assert [c["command"] for c in parsed] == [
        {"error": "error", "warning": "warning", "suggestion": "notice"}[d["severity"]] for d in diagnostics
    ]
    assert {c["command"] for c in parsed} == {"error", "warning", "notice"}


def test_github_span_over_two_lines_has_no_columns():
    house()
    write("h.md", "Then click\nhere now.\n")
    (d,) = run_json("h.md")["diagnostics"]
    assert (d["line"], d["end_line"], d["match"]) == (1, 2, "click\nhere")
    (command,) = parse_commands(run("github", "h.md").stdout)
    assert command == {
        "command": "error",
        "file": "h.md",
        "line": "1",
        "endLine": "2",
        "title": "house.click",
        "message": d["message"],
    }


def test_github_errors_are_error_commands():
    write("a.md", "Clean.\n")
    write(".editlint.yaml", "language: en-US\nrulez: {}\n")
    result = run("github", "a.md", "missing.md")
    assert result.exit_code == 2
    parsed = parse_commands(result.stdout)
    assert {"command": "error", "file": "missing.md", "message": "no such file or directory"} in parsed
    config = next(c for c in parsed if c.get("file") == ".editlint.yaml")
    assert config["command"] == "error" and config["line"] == "2"
    assert config["message"].startswith('unknown key "rulez"')


def test_github_paths_use_forward_slashes_relative_to_the_run_folder():
    write("drafts/sub/a.md", "Advertisement\n")
    absolute = str((Path.cwd() / "drafts" / "sub" / "a.md").resolve())
    for arg in ("drafts", "./drafts/sub/a.md", absolute):
        (command,) = parse_commands(run("github", arg).stdout)
        assert command["file"] == "drafts/sub/a.md", arg


# =========================================================================== JUnit


def junit(*args: str):
    result = run("junit", *args)
    root = ET.fromstring(result.stdout.encode("utf-8"))
    return result, root


def _cases(root) -> dict:
    (suite,) = root.findall("testsuite")
    return {case.get("name"): case for case in suite.findall("testcase")}


def test_junit_structure_and_counts():
    write("bad.md", DRAFT)  # 2 errors, 1 warning, 1 suggestion
    write("warn.md", "Two  spaces.\n")  # 1 warning
    write("clean.md", "A clean line.\n")
    diagnostics = run_json("bad.md", "warn.md", "clean.md")["diagnostics"]
    result, root = junit("bad.md", "warn.md", "clean.md", "missing.md")
    assert result.exit_code == 2
    assert root.tag == "testsuites" and root.get("name") == "editlint"
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "editlint"
    for element in (root, suite):
        assert (element.get("tests"), element.get("failures"), element.get("errors")) == ("4", "1", "1")
    assert suite.get("skipped") == "0"
    cases = _cases(root)
    assert list(cases) == ["bad.md", "warn.md", "clean.md", "missing.md"]
    assert {c.get("classname") for c in cases.values()} == {"editlint"}

    failures = cases["bad.md"].findall("failure")
    errors_in_bad = [d for d in diagnostics if d["path"] == "bad.md" and d["severity"] == "error"]
    assert len(failures) == len(errors_in_bad) == 2
    for failure, d in zip(failures, errors_in_bad, strict=True):
        assert failure.get("message") == d["message"]
        assert failure.get("type") == d["rule"]
        assert failure.text == f"bad.md:{d['line']}:{d['column']}: error [{d['rule']}] {d['message']}"
    out = cases["bad.md"].find("system-out").text.splitlines()
    lower = [x for x in diagnostics if x["path"] == "bad.md" and x["severity"] != "error"]
    assert out == [f"bad.md:{x['line']}:{x['column']}: {x['severity']} [{x['rule']}] {x['message']}" for x in lower]

    assert cases["warn.md"].findall("failure") == [] and cases["warn.md"].find("system-out") is not None
    assert list(cases["clean.md"]) == []
    (error,) = cases["missing.md"].findall("error")
    assert error.get("message") == "no such file or directory"
    assert error.text == "missing.md: no such file or directory"


@pytest.mark.parametrize(
    "fail_on, failing_cases, failure_elements",
    [("error", 1, 2), ("warning", 2, 4), ("suggestion", 2, 5), ("none", 0, 0)],
)
def test_junit_failures_follow_fail_on(fail_on, failing_cases, failure_elements):
    write("bad.md", DRAFT)
    write("warn.md", "Two  spaces.\n")
    result, root = junit("--fail-on", fail_on, "bad.md", "warn.md")
    assert result.exit_code == (1 if failing_cases else 0)
    assert root.get("tests") == "2"
    assert root.get("failures") == str(failing_cases)
    assert root.get("errors") == "0"
    assert len(root.findall(".//failure")) == failure_elements
    # Every finding is somewhere: a failure or a system-out line.
    out_lines = sum(len(o.text.splitlines()) for o in root.iter("system-out"))
    assert failure_elements + out_lines == 5


def test_junit_escapes_markup_and_control_characters():
    house()
    write("a&b.md", "A zebra ran.\n")
    result, root = junit("--fail-on", "warning", "a&b.md")
    assert result.exit_code == 1
    assert "\x01" not in result.stdout
    assert "&amp;" in result.stdout and "&lt;x&gt;" in result.stdout
    (case,) = _cases(root).values()
    assert case.get("name") == "a&b.md"
    (failure,) = case.findall("failure")
    expected = 'Odd: 100% sure, a,b,c\nsee zebra & <x> "q" \\x01 end'
    assert failure.get("message") == expected
    assert failure.text == f"a&b.md:1:3: warning [house.odd] {expected}"


def test_junit_with_no_drafts_is_still_a_report():
    write("drafts/notes.bin", "x")
    result, root = junit("drafts")
    assert result.exit_code == 0
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("0", "0", "0")


# =========================================================================== --max-warnings

THREE_WARNINGS = "One  two  three  four.\n"


def _warnings(*args: str) -> int:
    return run_json(*args)["summary"]["warning"]


def test_the_gate_draft_has_three_warnings_and_nothing_else():
    write("w.md", THREE_WARNINGS)
    summary = run_json("w.md")["summary"]
    assert (summary["error"], summary["warning"], summary["suggestion"]) == (0, 3, 0)


@pytest.mark.parametrize(
    "extra, code",
    [
        ([], 0),
        (["--max-warnings", "3"], 0),
        (["--max-warnings", "2"], 1),
        (["--max-warnings", "0"], 1),
        (["--max-warnings", "100"], 0),
        (["--fail-on", "none", "--max-warnings", "3"], 0),
        (["--fail-on", "none", "--max-warnings", "2"], 1),
        (["--fail-on", "warning", "--max-warnings", "3"], 1),  # --fail-on still applies
        (["--fail-on", "error", "--max-warnings", "2"], 1),
    ],
)
def test_max_warnings_boundaries(extra, code):
    write("w.md", THREE_WARNINGS)
    assert _warnings("w.md") == 3
    result = cli("check", *extra, "w.md")
    assert result.exit_code == code
    tripped = "--max-warnings" in extra and int(extra[extra.index("--max-warnings") + 1]) < 3
    assert ("more than --max-warnings" in result.stderr) == tripped


def test_max_warnings_counts_across_files_and_only_warnings():
    write("w.md", THREE_WARNINGS)
    write("v.md", "Two  spaces. An end result.\n")  # 1 warning, 1 suggestion
    assert _warnings("w.md", "v.md") == 4
    assert cli("check", "--max-warnings", "4", "w.md", "v.md").exit_code == 0
    result = cli("check", "--max-warnings", "3", "w.md", "v.md")
    assert result.exit_code == 1
    assert "4 warnings, more than --max-warnings 3" in result.stderr


def test_max_warnings_exit_code_is_the_same_in_every_format():
    write("w.md", THREE_WARNINGS)
    for fmt in ("text", "json", "sarif", "github", "junit"):
        assert run(fmt, "--max-warnings", "2", "w.md").exit_code == 1, fmt
        assert run(fmt, "--max-warnings", "3", "w.md").exit_code == 0, fmt
    assert json.loads(run("json", "--max-warnings", "2", "w.md").stdout)["summary"]["exit_code"] == 1
    _, log = run_sarif("--max-warnings", "2", "w.md")
    assert log["runs"][0]["invocations"][0] == {"executionSuccessful": True, "exitCode": 1}


def test_max_warnings_makes_warnings_junit_failures():
    write("w.md", THREE_WARNINGS)
    _, root = junit("--max-warnings", "3", "w.md")
    assert root.get("failures") == "0" and root.findall(".//failure") == []
    _, root = junit("--max-warnings", "2", "w.md")
    assert root.get("failures") == "1"
    assert [f.get("type") for f in root.findall(".//failure")] == ["style.extra-space"] * 3


def test_errors_win_over_max_warnings():
    write("w.md", THREE_WARNINGS)
    assert cli("check", "--max-warnings", "0", "w.md", "missing.md").exit_code == 2


@pytest.mark.parametrize("value", ["-1", "many"])
def test_bad_max_warnings_is_a_usage_error(value):
    write("w.md", THREE_WARNINGS)
    result = cli("check", "--max-warnings", value, "w.md")
    assert result.exit_code == 2
    assert "Invalid value for '--max-warnings'" in result.stderr


def test_unknown_format_is_a_usage_error_listing_the_formats():
    write("w.md", THREE_WARNINGS)
    result = cli("check", "--format", "xml", "w.md")
    assert result.exit_code == 2
    for name in ("text", "json", "sarif", "github", "junit"):
        assert name in result.stderr


def test_sarif_describes_a_backend_rule_by_its_backend(monkeypatch):
    # A backend reports "languagetool.<ITS RULE>", which no rule file
    # defines: the metadata comes from the backend's own rule.
    pytest.importorskip("language_tool_python")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    from lt_stub import LanguageToolStub

    from editlint.kinds import languagetool

    languagetool.reset()
    try:
        with LanguageToolStub() as server:
            write(".editlint.yaml", f"extends: []\nlanguagetool:\n  url: {server.url}\n")
            write("lt.md", "She ate a apple.\n")
            result, log = run_sarif("lt.md")
    finally:
        languagetool.reset()
    assert result.exit_code == 0, result.stderr
    _assert_valid_if_schema(log)
    (rule,) = log["runs"][0]["tool"]["driver"]["rules"]
    assert rule["id"] == "languagetool.EN_A_VS_AN"
    assert rule["shortDescription"] == {"text": "languagetool.EN_A_VS_AN"}  # the template is only "{message}"
    assert "languagetool checker" in rule["fullDescription"]["text"]
    assert rule["defaultConfiguration"] == {"level": "warning"}
    (result_,) = log["runs"][0]["results"]
    assert result_["ruleId"] == "languagetool.EN_A_VS_AN" and result_["ruleIndex"] == 0


def _assert_valid_if_schema(log: dict) -> None:
    if SARIF_SCHEMA.is_file():
        _assert_valid(log)
