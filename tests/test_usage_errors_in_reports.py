"""A run that ends on a usage or setup error (exit 2, nothing checked)
still writes a valid report in the machine formats, so that a CI job's
SARIF upload, JSON reader or test report says what went wrong instead of
finding an empty file (docs/ci.md, docs/output.md)."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import cli, write

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"

pytestmark = pytest.mark.usefixtures("in_tmp")


def _sarif_errors(log: dict) -> list[str]:
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the SARIF schema is not at {SARIF_SCHEMA}")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]


def _git_repo() -> None:
    for args in (["init", "-q", "."], ["add", "a.md"], ["commit", "-qm", "first"]):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
            check=True, capture_output=True,
        )  # fmt: skip


def test_bad_diff_base_writes_a_valid_sarif_log_with_gits_reason():
    write("a.md", "The the cat.\n")
    _git_repo()
    result = cli("check", "--diff-base", "no-such-ref", "--format", "sarif", "a.md")
    assert result.exit_code == 2
    assert result.stderr == "--diff-base: git: bad revision 'no-such-ref'\n"
    log = json.loads(result.stdout)
    assert _sarif_errors(log) == []
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["exitCode"] == 2
    assert invocation["toolExecutionNotifications"] == [
        {"level": "error", "message": {"text": "--diff-base: git: bad revision 'no-such-ref'"}}
    ]
    assert log["runs"][0]["results"] == []


def test_bad_diff_base_writes_a_json_document_with_the_error():
    write("a.md", "The the cat.\n")
    _git_repo()
    result = cli("check", "--diff-base", "no-such-ref", "--format", "json", "a.md")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["errors"] == [{"path": "--diff-base", "line": None, "message": "git: bad revision 'no-such-ref'"}]
    assert data["diagnostics"] == []
    assert data["summary"]["exit_code"] == 2 and data["summary"]["errors"] == 1


def test_diff_base_outside_a_repository_says_what_git_says():
    write("a.md", "The the cat.\n")
    result = cli("check", "--diff-base", "HEAD", "--format", "json", "a.md")
    assert result.exit_code == 2
    message = json.loads(result.stdout)["errors"][0]["message"]
    assert message.startswith("git: not a git repository")


def test_diff_base_that_names_no_single_commit_or_looks_like_an_option():
    write("a.md", "The the cat.\n")
    _git_repo()
    result = cli("check", "--diff-base", "HEAD..HEAD", "a.md")
    assert (result.exit_code, result.stderr) == (2, "--diff-base: git: 'HEAD..HEAD' does not name a single commit\n")
    result = cli("check", "--diff-base", "--output=x", "a.md")
    assert result.exit_code == 2
    assert result.stderr == '--diff-base: "--output=x" is not a git ref: it starts with "-"\n'
    assert not Path("x").exists()  # never handed to git as an option


# Every error that ends a run before anything is checked, and what its
# report and standard error say.
SETUP_ERRORS = {
    "missing-baseline": (["--baseline", "nope.json"], "baseline file not found"),
    "missing-config": (["--config", "nope.yaml"], "config file not found"),
    "unknown-encoding": (["--encoding", "klingon"], 'unknown encoding "klingon"'),
    "bad-max-file-size": (["--max-file-size", "lots"], "must be a size such as"),
    "unsafe-without-fix": (["--unsafe-fixes"], "goes with --fix or --diff"),
    "click-bad-choice": (["--fail-on", "bogus"], "Invalid value for '--fail-on'"),
    "click-unknown-option": (["--bogus"], "No such option"),
}


def _document_errors(fmt: str, stdout: str) -> list[str]:
    """The error texts a report in ``fmt`` carries; fails if it is invalid."""
    if fmt == "json":
        data = json.loads(stdout)
        assert data["summary"]["exit_code"] == 2 and data["diagnostics"] == []
        return [f"{e['path']}: {e['message']}" if e["path"] else e["message"] for e in data["errors"]]
    if fmt == "sarif":
        log = json.loads(stdout)
        assert _sarif_errors(log) == []
        assert log["runs"][0]["invocations"][0]["executionSuccessful"] is False
        return [n["message"]["text"] for n in log["runs"][0]["invocations"][0]["toolExecutionNotifications"]]
    if fmt == "junit":
        root = ET.fromstring(stdout)
        assert root.get("errors") == "1" and root.get("failures") == "0"
        return [element.text for element in root.iter("error")]
    assert fmt == "github"
    lines = stdout.splitlines()
    assert lines[-1].endswith("1 error (listed on standard error).")
    return [line.split("::", 2)[2] for line in lines if line.startswith("::error")]


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github"])
@pytest.mark.parametrize("case", sorted(SETUP_ERRORS))
def test_every_setup_error_is_a_valid_report_in_every_machine_format(case, fmt):
    write("a.md", "The the cat.\n")
    args, message = SETUP_ERRORS[case]
    result = cli("check", "--format", fmt, *args, "a.md")
    assert result.exit_code == 2
    errors = _document_errors(fmt, result.stdout)
    assert len(errors) == 1 and message in errors[0]
    assert message in result.stderr


def test_no_paths_in_a_machine_format_is_still_a_report():
    result = cli("check", "--format", "sarif")
    assert result.exit_code == 2
    assert "Missing argument 'PATHS...'" in result.stderr
    (text,) = _document_errors("sarif", result.stdout)
    assert text == "editlint check: Missing argument 'PATHS...'."


def test_a_setup_error_in_the_text_format_is_one_line_on_standard_error():
    write("a.md", "The the cat.\n")
    result = cli("check", "--baseline", "nope.json", "a.md")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", "nope.json: baseline file not found\n")
