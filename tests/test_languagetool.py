"""The languagetool backend, through the real command line and the real
language-tool-python client, against a LanguageTool stand-in on 127.0.0.1
(tests/lt_stub.py) that answers as LanguageTool's HTTP API does, offsets in
UTF-16 code units included.

One test runs against a real LanguageTool server when
EDITLINT_LANGUAGETOOL_URL names one (e.g. http://localhost:8081).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest
from helpers import cli, write
from lt_stub import LanguageToolStub, closed_port_url, utf16_len

from editlint.kinds import languagetool

if not os.environ.get("CI"):
    # The test extra installs it, so CI always runs these; elsewhere they may be skipped.
    pytest.importorskip("language_tool_python")

pytestmark = pytest.mark.usefixtures("in_tmp")

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man, ZWJ, woman, ZWJ, girl: five code points
THUMBS = "\U0001f44d"
SCRIPT_AB = "\U0001d49c\U0001d4b7"  # two mathematical script letters, outside the BMP


@pytest.fixture(autouse=True)
def fresh_backend(monkeypatch):
    """No client or remembered failure leaks from one test to the next, and
    no proxy stands between the client and 127.0.0.1."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    languagetool.reset()
    yield
    languagetool.reset()


@pytest.fixture
def stub():
    with LanguageToolStub() as server:
        yield server


def configure(url: str, settings: str = "", top: str = "") -> None:
    """A config switching LanguageTool on at ``url``; ``settings`` are more
    lines under ``languagetool:``, ``top`` more top-level keys."""
    lines = [top.rstrip("\n")] if top else []
    lines += ["languagetool:", f"  url: {url}"]
    lines += ["  " + line for line in textwrap.dedent(settings).strip("\n").splitlines()] if settings else []
    write(".editlint.yaml", "\n".join(lines) + "\n", dedent=False)


def run(*args: str):
    """``editlint check --format json ARGS``: the result and its JSON report."""
    result = cli("check", "--format", "json", *args)
    return result, json.loads(result.stdout)


def problems(report: dict) -> list[tuple]:
    return [
        (d["path"], d["line"], d["column"], d["end_line"], d["end_column"], d["rule"], d["match"])
        for d in report["diagnostics"]
        if d["rule"].startswith("languagetool.")
    ]


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# --------------------------------------------------------------------------- the stub is faithful


def test_stub_counts_utf16_units_and_the_probe_knows_what_the_client_converts(stub):
    """LanguageTool (and the stub) count UTF-16 code units; what the installed
    language-tool-python converts to string indices is what the backend's
    probe says (version 3.4: offsets yes, lengths no)."""
    import language_tool_python

    text = f"{THUMBS} and {FAMILY} saw {SCRIPT_AB} {SCRIPT_AB} and a apple."
    raw = {m["rule"]["id"]: m for m in _stub_answer(stub, text)["matches"]}
    a = text.index(" a apple") + 1
    # Eight characters outside the BMP come before it (👍, three in the family, four script letters).
    assert raw["EN_A_VS_AN"]["offset"] == utf16_len(text[:a]) == a + 8
    assert raw["ENGLISH_WORD_REPEAT_RULE"]["length"] == 9  # "𝒜𝒷 𝒜𝒷": five characters, nine UTF-16 units

    client = language_tool_python.LanguageTool("en-US", remote_server=stub.url)
    matches = {m.rule_id: m for m in client.check(text)}
    converts_offsets = matches["EN_A_VS_AN"].offset == a
    converts_lengths = matches["ENGLISH_WORD_REPEAT_RULE"].error_length == 5
    assert converts_offsets or matches["EN_A_VS_AN"].offset == a + 8
    assert converts_lengths or matches["ENGLISH_WORD_REPEAT_RULE"].error_length == 9
    assert languagetool._client_converts_utf16() == (converts_offsets, converts_lengths)


def _stub_answer(stub, text: str) -> dict:
    import requests

    response = requests.post(f"{stub.url}/v2/check", data={"text": text, "language": "en-US"}, timeout=5)
    return response.json()


# --------------------------------------------------------------------------- positions


MARKDOWN = f"""\
# Fans {THUMBS} see a owl

Fans {THUMBS} and {FAMILY} saw a apple.

Then {THUMBS} the {SCRIPT_AB} {SCRIPT_AB} rose, and fans saw **a** egg.
"""


def test_markdown_positions_are_exact_after_emoji(stub):
    configure(stub.url)
    write("draft.md", MARKDOWN, dedent=False)
    result, report = run("--select", "languagetool", "draft.md")
    assert result.exit_code == 0, result.stderr
    assert problems(report) == [
        ("draft.md", 1, 14, 1, 15, "languagetool.EN_A_VS_AN", "a"),
        ("draft.md", 3, 22, 3, 23, "languagetool.EN_A_VS_AN", "a"),
        ("draft.md", 5, 12, 5, 17, "languagetool.ENGLISH_WORD_REPEAT_RULE", f"{SCRIPT_AB} {SCRIPT_AB}"),
        ("draft.md", 5, 39, 5, 40, "languagetool.EN_A_VS_AN", "a"),
    ]
    by_line = {d["line"]: d for d in report["diagnostics"] if d["rule"] == "languagetool.EN_A_VS_AN"}
    assert by_line[3]["suggestions"] == ["an"]
    assert by_line[3]["severity"] == "warning"
    assert by_line[3]["message"].startswith("Use “an” instead of ‘a’")
    assert by_line[3]["fix"] == {
        "applicability": "unsafe",
        "edits": [{"line": 3, "column": 22, "end_line": 3, "end_column": 23, "replacement": "an"}],
    }
    repeat = next(d for d in report["diagnostics"] if d["rule"] == "languagetool.ENGLISH_WORD_REPEAT_RULE")
    assert repeat["suggestions"] == [SCRIPT_AB]


def test_plain_text_positions_are_exact_after_emoji(stub):
    configure(stub.url)
    text = MARKDOWN.replace("# ", "").replace("**", "")
    write("draft.txt", text, dedent=False)
    result, report = run("--select", "languagetool", "draft.txt")
    assert result.exit_code == 0, result.stderr
    assert problems(report) == [
        ("draft.txt", 1, 12, 1, 13, "languagetool.EN_A_VS_AN", "a"),
        ("draft.txt", 3, 22, 3, 23, "languagetool.EN_A_VS_AN", "a"),
        ("draft.txt", 5, 12, 5, 17, "languagetool.ENGLISH_WORD_REPEAT_RULE", f"{SCRIPT_AB} {SCRIPT_AB}"),
        ("draft.txt", 5, 37, 5, 38, "languagetool.EN_A_VS_AN", "a"),
    ]


def test_utf16_positions_convert_both_ways():
    """The conversion the backend uses when a client leaves offsets or
    lengths in UTF-16 code units."""
    text = f"{THUMBS} a {FAMILY} b"
    positions = languagetool._Utf16(text)
    assert positions.index(0) == 0
    assert positions.index(2) == 1  # after the thumbs-up
    assert positions.index(utf16_len(text[: text.index("b")])) == text.index("b")
    start = text.index(FAMILY)
    assert positions.advance(start, utf16_len(FAMILY)) == start + len(FAMILY)
    ascii_only = languagetool._Utf16("plain a text")
    assert ascii_only.index(6) == 6 and ascii_only.advance(6, 1) == 7


# --------------------------------------------------------------------------- requests


def test_one_request_per_draft_with_every_block_in_it(stub):
    configure(stub.url)
    write(
        "one.md",
        """\
        ---
        title: A owl headline
        ---

        First paragraph saw a apple.

        - a item in a list

        | a | table |
        |---|---|
        | a egg | cell |
        """,
    )
    write("two.md", "Second draft.\n\nWith two paragraphs.\n")
    result, report = run("--select", "languagetool", "one.md", "two.md")
    assert result.exit_code == 0, result.stderr
    assert len(stub.checks) == 2
    first = stub.checks[0].params["text"]
    for piece in ("A owl headline", "First paragraph saw a apple.", "a item in a list", "a egg"):
        assert piece in first
    assert "\n\n" in first  # blocks are sent as paragraphs
    assert stub.checks[1].params["text"] == "Second draft.\n\nWith two paragraphs."
    # The client (and its request for the server's languages) is made once per run.
    assert [r.path for r in stub.requests].count("/v2/languages") == 1
    lines = sorted((d["line"], d["match"]) for d in report["diagnostics"] if d["path"] == "one.md")
    assert lines == [(2, "A"), (5, "a"), (7, "a"), (11, "a")]


def test_a_draft_with_nothing_to_check_sends_nothing(stub):
    configure(stub.url)
    write("code.md", "```\na apple\n```\n")
    result, report = run("--select", "languagetool", "code.md")
    assert result.exit_code == 0
    assert stub.checks == []
    assert report["diagnostics"] == []


def test_options_reach_the_server(stub):
    configure(
        stub.url,
        """
        disabled_rules: [EN_A_VS_AN]
        enabled_rules: [SOME_OFF_BY_DEFAULT_RULE]
        disabled_categories: [TYPOGRAPHY, CASING]
        picky: true
        """,
    )
    write("draft.md", "We saw a apple in order to learn. It was was red.\n")
    result, report = run("--select", "languagetool", "draft.md")
    assert result.exit_code == 0, result.stderr
    params = stub.checks[0].params
    assert "EN_A_VS_AN" in params["disabledRules"].split(",")
    assert params["enabledRules"] == "SOME_OFF_BY_DEFAULT_RULE"
    assert set(params["disabledCategories"].split(",")) == {"TYPOGRAPHY", "CASING"}
    assert params["level"] == "picky"
    assert params["language"] == "en-US"
    rules = [d["rule"] for d in report["diagnostics"]]
    assert rules == ["languagetool.PICKY_IN_ORDER_TO", "languagetool.ENGLISH_WORD_REPEAT_RULE"]


def test_not_picky_by_default(stub):
    configure(stub.url)
    write("draft.md", "We went in order to learn.\n")
    result, report = run("--select", "languagetool", "draft.md")
    assert "level" not in stub.checks[0].params
    assert report["diagnostics"] == []


def test_language_comes_from_the_config_and_rules_may_override_it(stub):
    configure(stub.url, "replace_spelling: false", top="language: en-GB")
    write("draft.md", "Teh council met.\n")
    result, report = run("--select", "languagetool", "draft.md")
    assert stub.checks[-1].params["language"] == "en-GB"
    assert [d["rule"] for d in report["diagnostics"]] == ["languagetool.MORFOLOGIK_RULE_EN_GB"]

    configure(stub.url, "replace_spelling: false", top="language: en-GB\nrules:\n  languagetool: {language: en-AU}")
    result, report = run("--select", "languagetool", "draft.md")
    assert stub.checks[-1].params["language"] == "en-AU"
    assert [d["rule"] for d in report["diagnostics"]] == ["languagetool.MORFOLOGIK_RULE_EN_AU"]


def test_a_language_the_server_lacks_is_one_clear_error():
    with LanguageToolStub(languages=["de-DE"]) as server:
        configure(server.url, "language: en-AU")
        write("draft.md", "Some text.\n")
        write("other.md", "More text.\n")
        result, _ = run("draft.md", "other.md")
        assert server.checks == []
    assert result.exit_code == 2
    assert stderr_lines(result) == [f"languagetool: the LanguageTool server at {server.url} does not support en-AU"]


# --------------------------------------------------------------------------- spelling


def test_languagetool_spelling_is_off_by_default(stub):
    configure(stub.url)
    write("draft.md", "The goverment will recieve teh report.\n")
    result, report = run("--select", "languagetool", "draft.md")
    disabled = set(stub.checks[0].params["disabledRules"].split(","))
    assert {f"MORFOLOGIK_RULE_EN_{variant}" for variant in ("US", "GB", "AU", "CA")} <= disabled
    assert {"HUNSPELL_RULE", "HUNSPELL_NO_SUGGEST_RULE"} <= disabled
    assert report["diagnostics"] == []


def test_replace_spelling_false_reports_languagetool_spelling(stub):
    configure(stub.url, "replace_spelling: false")
    write("draft.md", "The goverment will recieve teh report.\n")
    result, report = run("--select", "languagetool", "draft.md")
    assert "disabledRules" not in stub.checks[0].params
    found = [(d["match"], d["rule"], d["suggestions"]) for d in report["diagnostics"]]
    spelling = "languagetool.MORFOLOGIK_RULE_EN_US"
    assert found == [
        ("goverment", spelling, ["government", "governments"]),
        ("recieve", spelling, ["receive", "relieve", "reweave"]),
        # LanguageTool offers seven; the first five are kept.
        ("teh", spelling, ["the", "tech", "ten", "tea", "Te"]),
    ]
    assert {d["message"] for d in report["diagnostics"]} == {"Possible spelling mistake found."}


def test_an_enabled_spelling_rule_is_not_disabled(stub):
    configure(stub.url, "enabled_rules: [MORFOLOGIK_RULE_EN_US]")
    write("draft.md", "Read teh report.\n")
    result, report = run("--select", "languagetool", "draft.md")
    assert "MORFOLOGIK_RULE_EN_US" not in stub.checks[0].params["disabledRules"].split(",")
    assert [d["rule"] for d in report["diagnostics"]] == ["languagetool.MORFOLOGIK_RULE_EN_US"]


# --------------------------------------------------------------------------- ids, suppressions, severities


def test_suppression_comments_name_languagetool_rule_ids(stub):
    configure(stub.url)
    write(
        "draft.md",
        """\
        <!-- editlint-disable-next-line languagetool.EN_A_VS_AN -->
        They saw a apple and and left.

        They saw a owl.

        <!-- editlint-disable languagetool -->
        It was was a egg.
        """,
    )
    result, report = run("--select", "languagetool", "draft.md")
    assert [(d["line"], d["rule"]) for d in report["diagnostics"]] == [
        (2, "languagetool.ENGLISH_WORD_REPEAT_RULE"),
        (4, "languagetool.EN_A_VS_AN"),
    ]


def test_front_matter_disables_a_languagetool_rule(stub):
    configure(stub.url)
    write(
        "draft.md",
        """\
        ---
        editlint-disable: [languagetool.ENGLISH_WORD_REPEAT_RULE]
        ---

        They saw a apple and and left.
        """,
    )
    result, report = run("--select", "languagetool", "draft.md")
    assert [d["rule"] for d in report["diagnostics"]] == ["languagetool.EN_A_VS_AN"]


def test_rules_off_switches_the_backend_off_without_asking_the_server(stub):
    configure(stub.url, top="rules:\n  languagetool: off")
    write("draft.md", "They saw a apple.\n")
    result, report = run("draft.md")
    assert stub.requests == []
    assert problems(report) == []


def test_severity_from_the_config(stub):
    write("draft.md", "They saw a owl.\n")
    configure(stub.url)
    result, report = run("--select", "languagetool", "draft.md")
    assert [d["severity"] for d in report["diagnostics"]] == ["warning"]
    assert result.exit_code == 0

    configure(stub.url, top="rules:\n  languagetool: error")
    result, report = run("--select", "languagetool", "draft.md")
    assert [d["severity"] for d in report["diagnostics"]] == ["error"]
    assert result.exit_code == 1


def test_rules_lists_the_backend(stub):
    configure(stub.url)
    result = cli("rules")
    assert result.exit_code == 0
    assert any(line.split()[:2] == ["languagetool", "languagetool"] for line in result.stdout.splitlines()), (
        result.stdout
    )


# --------------------------------------------------------------------------- config errors


@pytest.mark.parametrize(
    ("settings", "line", "message"),
    [
        (
            "languagetool:\n  url: http://localhost:8081\n  timout: 2\n",
            3,
            'rule languagetool: unknown option "timout" (did you mean "timeout"?)',
        ),
        (
            "languagetool:\n  url: http://localhost:8081\n  local: true\n",
            3,
            'rule languagetool: give either "url" (a running LanguageTool server) or "local: true", not both',
        ),
        ("languagetool:\n  picky: true\n", 1, 'rule languagetool: needs "url"'),
        ("fail_on: error\nlanguagetool: true\n", 2, 'rule languagetool: needs "url"'),
        (
            "languagetool:\n  url: http://localhost:8081\n  on_unavailable: ignore\n",
            3,
            'rule languagetool: option "on_unavailable" must be one of error, warn',
        ),
        ("languagetool:\n  url: localhost:8081\n", 2, 'option "url" must be an http:// or https:// address'),
        ("languagetool:\n  url: http://localhost:8081\n  timeout: 0\n", 3, 'option "timeout" must be'),
        (
            "languagetool:\n  url: http://localhost:8081\n  disabled_rules: [EN_A_VS_AN, 'A,B']\n",
            3,
            "option \"disabled_rules\": 'A,B' is not a LanguageTool id",
        ),
        ("language: en-GB\nlanguagetool:\n  url: http://localhost:8081\n  picky: yes please\n", 4, 'option "picky"'),
    ],
)
def test_config_mistakes_name_the_config_line(settings, line, message):
    write(".editlint.yaml", settings, dedent=False)
    write("draft.md", "Text.\n")
    result, report = run("draft.md")
    assert result.exit_code == 2
    errors = [e for e in report["errors"] if e["path"] == ".editlint.yaml"]
    assert len(errors) == 1, report["errors"]
    assert errors[0]["line"] == line
    assert message in errors[0]["message"]
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- an unusable server


FAILURES = {
    "down": "is not reachable: connection refused",
    "slow": "did not answer within 0.3 s (the timeout option)",
    "garbage": 'gave no check results; it answered "Welcome to nginx!"',
    "wrong-shape": "gave no check results; it answered JSON that LanguageTool does not send",
    "bad-matches": "gave no check results; it answered JSON that LanguageTool does not send",
    "http500": 'gave no check results; it answered "Error: Internal Error: the stub was told to fail"',
}


class _Down:
    """Where nothing listens."""

    def __init__(self) -> None:
        self.url = closed_port_url()
        self.requests: list = []
        self.checks: list = []

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass


def _server(mode: str):
    return _Down() if mode == "down" else LanguageToolStub(mode, delay=3.0)


def _three_drafts() -> list[str]:
    for name in ("a.md", "b.md", "c.md"):
        write(name, "They saw a apple.\n")
    return ["a.md", "b.md", "c.md"]


@pytest.mark.parametrize("mode", list(FAILURES))
def test_an_unusable_server_is_one_error_line_and_exit_2(mode):
    with _server(mode) as server:
        configure(server.url, "timeout: 0.3")
        drafts = _three_drafts()
        started = time.monotonic()
        result, report = run(*drafts)
        elapsed = time.monotonic() - started
        checks = len(server.checks)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    expected = f"languagetool: the LanguageTool server at {server.url} {FAILURES[mode]}"
    assert stderr_lines(result) == [expected]
    assert report["errors"] == [{"path": "languagetool", "line": None, "message": expected[len("languagetool: ") :]}]
    # Asked once (the first draft); the failure is remembered for the others.
    assert checks == (0 if mode == "down" else 1)
    if mode == "slow":
        # One timeout, not one per draft, and never the server's 3 s.
        assert elapsed < 2.5
    # The other rules still ran on every draft.
    assert report["summary"]["files"] == 3


@pytest.mark.parametrize("mode", list(FAILURES))
def test_on_unavailable_warn_is_a_note_and_the_exit_code_ignores_it(mode):
    with _server(mode) as server:
        configure(server.url, "timeout: 0.3\non_unavailable: warn")
        write("clean.md", "The council met on Tuesday.\n")
        write("also-clean.md", "The mayor spoke on Wednesday.\n")
        result = cli("check", "clean.md", "also-clean.md")
        assert result.exit_code == 0, result.stdout
        assert stderr_lines(result) == [f"note: languagetool: the LanguageTool server at {server.url} {FAILURES[mode]}"]

        write("dirty.md", "The council met on Tuesday.\n\nLeave a Reply\n")
        result = cli("check", "clean.md", "dirty.md")
        assert result.exit_code == 1
        assert "[boilerplate." in result.stdout
        assert len(stderr_lines(result)) == 1


def test_the_failure_is_remembered_across_runs_in_one_process():
    with LanguageToolStub("http500") as server:
        configure(server.url)
        write("draft.md", "They saw a apple.\n")
        first, _ = run("draft.md")
        second, _ = run("draft.md")
        assert len(server.checks) == 1
    assert stderr_lines(first) == stderr_lines(second)


def test_without_language_tool_python_installed(stub, monkeypatch):
    monkeypatch.setitem(sys.modules, "language_tool_python", None)
    configure(stub.url)
    write("draft.md", "They saw a apple.\n")
    result, report = run("draft.md")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        f"languagetool: cannot check with the LanguageTool server at {stub.url}: the language-tool-python"
        " package is not installed (pip install 'editlint[languagetool]')"
    ]
    assert stub.requests == []


def test_language_tool_python_is_not_imported_with_editlint():
    code = "import sys, editlint.cli, editlint.kinds.languagetool; print('language_tool_python' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


# --------------------------------------------------------------------------- a real server


@pytest.mark.skipif(
    not os.environ.get("EDITLINT_LANGUAGETOOL_URL"), reason="EDITLINT_LANGUAGETOOL_URL names no LanguageTool server"
)
def test_a_real_languagetool_server():
    url = os.environ["EDITLINT_LANGUAGETOOL_URL"]
    configure(url, "timeout: 60")
    write("draft.md", f"# Council {THUMBS} vote\n\nFans {THUMBS} and {FAMILY} saw a apple near the harbour.\n")
    result, report = run("--select", "languagetool", "draft.md")
    assert result.exit_code == 0, result.stderr
    found = [(d["line"], d["column"], d["end_column"], d["match"], d["suggestions"][:1]) for d in report["diagnostics"]]
    assert (3, 22, 23, "a", ["an"]) in found, report["diagnostics"]
    assert any(d["rule"] == "languagetool.EN_A_VS_AN" for d in report["diagnostics"])
