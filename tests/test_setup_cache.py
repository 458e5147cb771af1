"""The setup cache (editlint.setupcache): parsed YAML, the rule sets read
and their patterns compiled, kept on disk by content for the next cold start.

Each test runs ``editlint`` as a user does, in a fresh process with its own
cache folder, and compares what it reports with a run that has no cache.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from editlint import userregex

DRAFT = "# Council meets\n\nThe the council met on Tuesday to utilize the new hall.\n"

RULES = """\
rules:
  - id: house.banned
    kind: existence
    severity: warning
    message: "Avoid {match}"
    tokens: [hall]
"""


def _run(folder: Path, cache: Path | str, *args: str, importtime: bool = False) -> subprocess.CompletedProcess:
    env = {**os.environ, "EDITLINT_SETUP_CACHE": str(cache)}
    command = [sys.executable, *(["-X", "importtime"] if importtime else []), "-m", "editlint", "--no-cache"]
    return subprocess.run([*command, *args], capture_output=True, text=True, cwd=folder, env=env)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with a draft and a config that adds a rule set of its own to
    the shipped ones."""
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "house.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / ".editlint.yaml").write_text("rulesets: [./house]\n", encoding="utf-8")
    return tmp_path


def _imported(stderr: str) -> set[str]:
    return {line.split("|")[-1].strip() for line in stderr.splitlines() if line.startswith("import time:")}


def test_a_warm_cache_reports_what_no_cache_reports_and_imports_no_yaml(project: Path, tmp_path_factory):
    cache = tmp_path_factory.mktemp("setup")
    without = _run(project, "off", "draft.md")
    assert without.returncode == 1, without.stderr
    assert "house.banned" in without.stdout and "draft.md:3:1" in without.stdout
    assert not any(cache.iterdir())
    first = _run(project, cache, "draft.md")  # fills the cache
    assert (cache / "yaml").is_dir() and any((cache / "yaml").iterdir())
    assert len(list((cache / "rulesets").iterdir())) == 8  # the seven shipped rule sets and ./house
    warm = _run(project, cache, "draft.md", importtime=True)
    assert (first.returncode, first.stdout) == (warm.returncode, warm.stdout) == (without.returncode, without.stdout)
    # The config and every rule file came from the cache: PyYAML is not imported.
    assert "yaml" not in _imported(warm.stderr)
    assert "editlint.yamlsource" in _imported(warm.stderr)


def test_an_edited_rule_file_is_read_anew(project: Path, tmp_path_factory):
    cache = tmp_path_factory.mktemp("setup")
    assert "Avoid hall" in _run(project, cache, "draft.md").stdout
    (project / "house" / "house.yaml").write_text(RULES.replace("[hall]", "[council]"), encoding="utf-8")
    edited = _run(project, cache, "draft.md")
    assert "Avoid hall" not in edited.stdout
    assert "Avoid council" in edited.stdout
    assert edited.stdout == _run(project, "off", "draft.md").stdout


def test_a_corrupt_or_truncated_entry_is_ignored_without_a_traceback(project: Path, tmp_path_factory):
    cache = tmp_path_factory.mktemp("setup")
    expected = _run(project, cache, "draft.md")
    entries = [*(cache / "yaml").iterdir(), *(cache / "rulesets").iterdir(), *cache.glob("compiled-patterns-*.pickle")]
    assert len(entries) >= 4
    for n, entry in enumerate(entries):
        data = entry.read_bytes()
        entry.write_bytes(b"not a pickle" if n % 2 else data[: len(data) // 2])
    damaged = _run(project, cache, "draft.md")
    assert "Traceback" not in damaged.stderr
    assert (damaged.returncode, damaged.stdout, damaged.stderr) == (
        expected.returncode,
        expected.stdout,
        expected.stderr,
    )
    # The damaged entries were written again, whole.
    assert _run(project, cache, "draft.md").stdout == expected.stdout
    for entry in entries:
        pickle.loads(entry.read_bytes())


def test_a_faulty_rule_file_or_pattern_is_reported_on_every_run(project: Path, tmp_path_factory):
    cache = tmp_path_factory.mktemp("setup")
    rules = project / "house" / "house.yaml"
    rules.write_text(
        RULES + "  - id: house.bad\n    kind: existence\n    message: x\n    raw: ['(unclosed']\n", encoding="utf-8"
    )
    for _ in range(2):
        done = _run(project, cache, "draft.md")
        assert done.returncode == 2
        assert "house.yaml" in done.stderr and "invalid regex" in done.stderr
    rules.write_text(RULES + "  - id: [\n", encoding="utf-8")
    for _ in range(2):
        done = _run(project, cache, "draft.md")
        assert done.returncode == 2
        assert "house.yaml" in done.stderr and "invalid YAML" in done.stderr
        assert "Traceback" not in done.stderr


def test_a_folder_that_cannot_be_written_is_no_error(project: Path, tmp_path: Path):
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")  # the cache "folder" is a file: nothing can be written in it
    done = _run(project, blocked, "draft.md")
    assert done.stdout == _run(project, "off", "draft.md").stdout
    assert "Traceback" not in done.stderr


def _stored(pattern: str, flags: int) -> bytes:
    return pickle.dumps(regex.compile(pattern, flags))


def test_a_pattern_known_to_compile_is_loaded_on_first_search_and_not_compiled(monkeypatch):
    key = (r"\bcolou?r\b", regex.VERSION0)
    monkeypatch.setattr(userregex, "_known", {key: _stored(*key)})
    monkeypatch.setattr(userregex, "_learnt", {})
    known = userregex.compile_checked(*key)
    assert known._compiled is None and known.pattern == r"\bcolou?r\b"
    with monkeypatch.context() as no_compiling:
        no_compiling.setattr(regex, "compile", lambda *args: pytest.fail(f"compiled {args}"))
        assert known.search("the colour red").span() == (4, 10)
    assert known._compiled is not None
    # A pattern not known yet is compiled at once (a faulty one raises),
    # and learnt in its compiled form, to be stored for the next run.
    fresh = userregex.compile_checked(r"\bgr[ae]y\b", 0)
    assert fresh._compiled is not None
    assert pickle.loads(userregex._learnt[(r"\bgr[ae]y\b", 0)]).search("a grey day").span() == (2, 6)
    with pytest.raises(regex.error):
        userregex.compile_checked("(unclosed", 0)
    assert ("(unclosed", 0) not in userregex._learnt


@pytest.mark.parametrize("damage", [b"not a pickle", pickle.dumps("a string"), None])
def test_a_damaged_stored_pattern_is_compiled_again(monkeypatch, damage):
    key = (r"\bcolou?r\b", regex.VERSION0)
    # None: the compiled form of another pattern, stored under this one's key.
    stored = damage if damage is not None else _stored(r"\bred\b", regex.VERSION0)
    monkeypatch.setattr(userregex, "_known", {key: stored})
    assert userregex.compile_checked(*key).search("the colour red").span() == (4, 10)


def _shipped_patterns() -> set[tuple[str, int]]:
    """Every (pattern, flags) the shipped rule sets compile."""
    from editlint.workspace import Workspace

    seen: set[tuple[str, int]] = set()
    checked = userregex.compile_checked

    def noting(pattern: str, flags: int):
        seen.add((pattern, flags))
        return checked(pattern, flags)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(userregex, "_known", {})
        patch.setattr(userregex, "compile_checked", noting)
        patch.setattr("editlint.kinds.base.compile_checked", noting)
        workspace = Workspace()
        config = workspace.config_for(Path.cwd() / "draft.md")
        workspace.rules_for(config, Path.cwd() / "draft.md")
    return seen


def test_every_shipped_pattern_loaded_from_the_store_finds_what_it_finds_compiled():
    patterns = _shipped_patterns()
    assert len(patterns) > 50
    drafts = sorted((Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews" / "drafts").glob("*.md"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in drafts[:40]) or DRAFT
    for pattern, flags in sorted(patterns):
        compiled = regex.compile(pattern, flags)
        loaded = pickle.loads(pickle.dumps(compiled))
        assert (loaded.pattern, loaded.flags, loaded.groupindex) == (
            compiled.pattern,
            compiled.flags,
            compiled.groupindex,
        )
        found = [(m.span(), m.groups()) for m in compiled.finditer(text)]
        assert [(m.span(), m.groups()) for m in loaded.finditer(text)] == found, pattern


def test_a_file_is_replaced_whole_or_left_as_it_was(tmp_path):
    from editlint.atomicfile import replace_file

    target = tmp_path / "entry.pickle"
    replace_file(target, b"first")
    replace_file(target, b"second")
    assert target.read_bytes() == b"second"
    with pytest.raises(TypeError):
        replace_file(target, "not bytes")  # the write fails half way
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["entry.pickle"]


def test_editlint_s_own_patterns_made_at_import_are_loaded_when_stored(monkeypatch):
    key = (r"[ \t]+", 0)
    monkeypatch.setattr(userregex, "_known", {key: _stored(*key)})
    monkeypatch.setattr(userregex, "_learnt", {})
    with monkeypatch.context() as no_compiling:
        no_compiling.setattr(regex, "compile", lambda *args: pytest.fail(f"compiled {args}"))
        assert userregex.compiled_once(*key).search("a \t b").span() == (1, 4)
    assert userregex.compiled_once(r"b+", 0).search("abbc").span() == (1, 3)  # not stored: compiled, learnt
    assert (r"b+", 0) in userregex._learnt


def test_editlint_s_own_patterns_find_what_they_find_compiled_afresh():
    from editlint import edits
    from editlint.kinds import headline

    own = [headline._WORDS, headline._INNER, edits._LINE_MARKUP, edits._LINK_START, edits._LINK_END]
    own += [edits._BLANK_LINE, edits._SETEXT_UNDERLINE, edits._WORD]
    drafts = sorted((Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews" / "drafts").glob("*.md"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in drafts[:40]) + DRAFT
    text += '> * [The **report**](https://example.org/a "Title") \nSub\n===\n'  # a link, a setext heading
    for pattern in own:
        # As the setup cache holds it, and compiled afresh from its text.
        for loaded in (pickle.loads(pickle.dumps(pattern)), pattern):
            fresh = regex.compile(pattern.pattern, pattern.flags)
            assert loaded.groupindex == fresh.groupindex
            found = [(m.span(), m.groups()) for m in fresh.finditer(text)]
            assert found and [(m.span(), m.groups()) for m in loaded.finditer(text)] == found, pattern.pattern
