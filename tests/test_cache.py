"""The result cache: a draft checked before is not checked again, and a
change to a rule, the vocabulary or the draft reruns exactly what it
affects.

Which rules ran is observed by wrapping ``run_rules``, the one place the
runner runs rules whose results it keeps; what the user sees is compared
with an uncached run of the same files.
"""

from __future__ import annotations

import json

import pytest
from helpers import cli, write

from editlint import pipeline
from editlint.kinds import KINDS

DRAFT = """\
# Council approves harbour plan

The council voted on Tuesday to aprove the plan, at this point in time the
the biggest project in the city's history.

"We will build it," she said.
"""


@pytest.fixture
def ran(monkeypatch):
    """The ids of the rules each draft had run (not read from the cache)."""
    calls: list[set[str]] = []
    real = pipeline.run_rules

    def spy(document, rules, unavailable=None, failures=None):
        calls.append({active.id for active in rules})
        return real(document, rules, unavailable, failures)

    monkeypatch.setattr(pipeline, "run_rules", spy)
    return calls


@pytest.fixture
def cache_dir(in_tmp):
    return in_tmp / "cache"


def check(*args: str):
    result = cli("--format", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return result


def report(result) -> list[dict]:
    """The diagnostics of a JSON report, as the user sees them."""
    return json.loads(result.stdout)["diagnostics"]


def config(text: str) -> None:
    write(".editlint.yaml", text)


def test_second_run_reads_everything_from_the_cache_and_reports_the_same(in_tmp, cache_dir, ran):
    write("draft.md", DRAFT)
    first = check("--cache-dir", str(cache_dir), "draft.md")
    assert len(ran) == 1 and len(ran[0]) > 20  # every default rule ran once
    ran.clear()
    second = check("--cache-dir", str(cache_dir), "draft.md")
    assert ran == []
    assert report(second) == report(first)
    assert report(first) == report(check("--no-cache", "draft.md"))
    assert {d["rule"] for d in report(first)} >= {"spelling.typo", "spelling.variant", "style.repeated-word"}


def test_a_changed_draft_runs_every_rule_again(in_tmp, cache_dir, ran):
    write("draft.md", DRAFT)
    check("--cache-dir", str(cache_dir), "draft.md")
    all_rules = ran[0]
    ran.clear()
    write("draft.md", DRAFT.replace("Tuesday", "Wednesday"))
    result = check("--cache-dir", str(cache_dir), "draft.md")
    assert ran == [all_rules]
    assert report(result) == report(check("--no-cache", "draft.md"))


def test_a_changed_rule_option_reruns_only_that_rule(in_tmp, cache_dir, ran):
    write("draft.md", "# Plan\n\nThe council said the council would vote again on the council budget.\n")
    first = check("--cache-dir", str(cache_dir), "draft.md")
    assert "style.repeated-nearby" not in {d["rule"] for d in report(first)}
    ran.clear()
    config("rules:\n  style.repeated-nearby:\n    window: 12\n")
    result = check("--cache-dir", str(cache_dir), "draft.md")
    assert ran == [{"style.repeated-nearby"}]
    assert "style.repeated-nearby" in {d["rule"] for d in report(result)}
    assert report(result) == report(check("--no-cache", "draft.md"))


def test_a_new_vocabulary_entry_reruns_only_the_rules_that_read_the_vocabulary(in_tmp, cache_dir, ran):
    write("draft.md", "# Plan\n\nThe Wibblecorp chief said the plan was aproved.\n")
    check("--cache-dir", str(cache_dir), "draft.md")
    every_rule = ran[0]
    ran.clear()
    config("vocab:\n  accept: [Wibblecorp]\n")
    result = check("--cache-dir", str(cache_dir), "draft.md")
    [rerun] = ran
    assert "spelling.typo" in rerun
    assert all(rule.startswith(("spelling.", "vocab.", "titles.", "headline.")) for rule in rerun), rerun
    assert len(rerun) < len(every_rule) / 2
    assert report(result) == report(check("--no-cache", "draft.md"))
    assert "Wibblecorp" not in result.stdout


def test_a_changed_severity_runs_nothing_but_is_reported(in_tmp, cache_dir, ran):
    write("draft.md", DRAFT)
    first = check("--cache-dir", str(cache_dir), "draft.md")
    assert {d["severity"] for d in report(first) if d["rule"] == "style.repeated-word"} == {"error"}
    ran.clear()
    config("rules:\n  style.repeated-word: suggestion\n")
    second = check("--cache-dir", str(cache_dir), "draft.md")
    assert ran == []
    assert {d["severity"] for d in report(second) if d["rule"] == "style.repeated-word"} == {"suggestion"}


def test_a_rule_switched_on_runs_alone(in_tmp, cache_dir, ran):
    write("draft.md", DRAFT)
    check("--cache-dir", str(cache_dir), "--select", "grammar", "draft.md")
    ran.clear()
    check("--cache-dir", str(cache_dir), "draft.md")
    [rerun] = ran
    assert rerun and not any(rule.startswith("grammar.") for rule in rerun)
    ran.clear()
    # Both runs' results were kept: the narrower run again reads them all.
    check("--cache-dir", str(cache_dir), "--select", "grammar", "draft.md")
    assert ran == []


def test_rules_that_are_never_cached_run_every_time(in_tmp, cache_dir, ran, monkeypatch):
    # Backends (LanguageTool, Harper) are never cached: their answer depends
    # on a server or library the fingerprint cannot see.
    monkeypatch.setattr(KINDS["existence"], "cacheable", False)
    write("draft.md", DRAFT)
    check("--cache-dir", str(cache_dir), "draft.md")
    existence = {rule for rule in ran[0] if rule.startswith("boilerplate.")}
    assert existence
    ran.clear()
    check("--cache-dir", str(cache_dir), "draft.md")
    [rerun] = ran
    assert existence <= rerun and "spelling.typo" not in rerun


def test_across_drafts_findings_survive_the_cache(in_tmp, cache_dir):
    write("a.md", "# Council approves harbour plan\n\nThe council voted.\n")
    write("b.md", "# Council approves harbour plan\n\nThe mayor spoke.\n")
    for _ in range(2):
        result = check("--cache-dir", str(cache_dir), "a.md", "b.md")
        duplicates = [d["path"] for d in report(result) if d["rule"] == "headline.duplicate-across-drafts"]
        assert duplicates == ["a.md", "b.md"]


def test_cache_folder_is_ignored_by_git_and_backups(in_tmp, cache_dir):
    write("draft.md", DRAFT)
    check("--cache-dir", str(cache_dir), "draft.md")
    assert (cache_dir / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (
        (cache_dir / "CACHEDIR.TAG")
        .read_text(encoding="utf-8")
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    entries = list(cache_dir.rglob("*.json"))
    assert len(entries) == 1
    assert DRAFT.splitlines()[2] not in entries[0].read_text(encoding="utf-8")  # a digest, not the text


def test_default_folder_is_editlint_cache_in_the_working_folder(in_tmp, monkeypatch):
    monkeypatch.delenv("EDITLINT_CACHE_DIR")
    write("draft.md", DRAFT)
    check("draft.md")
    assert list((in_tmp / ".editlint_cache").rglob("*.json"))


def test_environment_variable_names_the_folder(in_tmp, monkeypatch):
    monkeypatch.setenv("EDITLINT_CACHE_DIR", str(in_tmp / "elsewhere"))
    write("draft.md", DRAFT)
    check("draft.md")
    assert list((in_tmp / "elsewhere").rglob("*.json"))
    assert not (in_tmp / ".editlint_cache").exists()


def test_no_cache_reads_and_writes_nothing(in_tmp, cache_dir, ran):
    write("draft.md", DRAFT)
    check("--cache-dir", str(cache_dir), "draft.md")
    before = {p: p.read_bytes() for p in cache_dir.rglob("*") if p.is_file()}
    ran.clear()
    write("draft.md", DRAFT + "\nMore text.\n")
    check("--no-cache", "--cache-dir", str(cache_dir), "draft.md")
    assert len(ran) == 1  # every rule ran afresh, once, on the new text...
    assert {p: p.read_bytes() for p in cache_dir.rglob("*") if p.is_file()} == before  # ...and none was kept


@pytest.mark.parametrize("damage", [b"", b"{not json", b"[1, 2]", b'{"content": 3}', b"\xff\xfe"])
def test_a_damaged_cache_file_is_a_miss(in_tmp, cache_dir, ran, damage):
    write("draft.md", DRAFT)
    first = check("--cache-dir", str(cache_dir), "draft.md")
    [entry] = cache_dir.rglob("*.json")
    entry.write_bytes(damage)
    ran.clear()
    second = check("--cache-dir", str(cache_dir), "draft.md")
    assert len(ran) == 1 and second.stderr == ""
    assert report(second) == report(first)
    json.loads(entry.read_bytes())  # and it was written afresh


def test_a_cache_entry_with_wrong_contents_is_a_miss(in_tmp, cache_dir, ran):
    write("draft.md", DRAFT)
    first = check("--cache-dir", str(cache_dir), "draft.md")
    [entry] = cache_dir.rglob("*.json")
    raw = json.loads(entry.read_bytes())
    raw["rules"] = {fp: {"d": "nonsense"} for fp in raw["rules"]}
    entry.write_text(json.dumps(raw), encoding="utf-8")
    ran.clear()
    second = check("--cache-dir", str(cache_dir), "draft.md")
    assert len(ran) == 1
    assert report(second) == report(first)


def test_a_cache_folder_that_cannot_be_written_leaves_the_run_uncached(in_tmp):
    blocker = write("not-a-folder", "a file where the cache folder should be\n")
    write("draft.md", DRAFT)
    result = check("--cache-dir", str(blocker / "cache"), "draft.md")
    assert "spelling.typo" in result.stdout
    assert result.stderr.count("cannot write the cache") == 1
    assert report(result) == report(check("--no-cache", "draft.md"))


def test_two_drafts_with_the_same_text_in_different_places_are_kept_apart(in_tmp, cache_dir, ran):
    write("a/draft.md", DRAFT)
    write("b/draft.md", DRAFT)
    write("b/.editlint.yaml", "rules:\n  spelling: off\n")
    check("--cache-dir", str(cache_dir), "a/draft.md", "b/draft.md")
    result = check("--cache-dir", str(cache_dir), "a/draft.md", "b/draft.md")
    rules = {path: {d["rule"] for d in report(result) if d["path"] == path} for path in ("a/draft.md", "b/draft.md")}
    assert "spelling.typo" in rules["a/draft.md"]
    assert "spelling.typo" not in rules["b/draft.md"]
