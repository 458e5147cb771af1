"""``editlint lsp`` and configs, with a real LSP client over stdio
(pytest-lsp): the server asks to watch config and vocabulary files, a
change to one (told by the client's watcher, or a save in the editor)
rechecks every open document, and a broken config is told once, shown on
the config file, and never stops the server."""

from __future__ import annotations

import pytest
from lsp_session import session
from lsprotocol import types

pytestmark = pytest.mark.asyncio

DRAFT = "# Storm Hits Coast\n\nThe the storm hit.\n"
#: Another headline: two open drafts with one would be a finding of their own.
OTHER = "# Rain Falls Inland\n\nThe the rain fell.\n"


def changed(s, *names: str) -> None:
    s.client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=s.uri(name), type=types.FileChangeType.Changed) for name in names]
        )
    )


def severities(found) -> list[tuple[str, int]]:
    return [(d.code, d.severity) for d in found]


async def test_the_server_asks_to_watch_config_files_and_the_vocabulary_in_force(tmp_path):
    (tmp_path / ".editlint.yaml").write_text("vocab:\n  accept_files: [words.txt]\n", encoding="utf-8")
    (tmp_path / "words.txt").write_text("glamping\n", encoding="utf-8")
    async with session(tmp_path) as s:
        uri = s.open("story.md", DRAFT)
        await s.diagnostics(uri, until=bool)
        await s.until(lambda: any("words.txt" in w.glob_pattern for w in s.watchers()))
        patterns = [w.glob_pattern for w in s.watchers()]
        assert "**/.editlint.yaml" in patterns and "**/pyproject.toml" in patterns and "**/words.txt" in patterns


async def test_a_changed_config_rechecks_every_open_document(tmp_path):
    async with session(tmp_path, options={"debounce": 50}) as s:
        first, second = s.open("a.md", DRAFT), s.open("drafts/b.md", OTHER)
        for uri in (first, second):
            assert severities(await s.diagnostics(uri, until=bool)) == [("style.repeated-word", 1)]
        seen = s.count(first), s.count(second)
        (tmp_path / ".editlint.yaml").write_text("rules:\n  style.repeated-word: warning\n", encoding="utf-8")
        changed(s, ".editlint.yaml")
        for uri, after in zip((first, second), seen, strict=True):
            assert severities(await s.diagnostics(uri, after=after)) == [("style.repeated-word", 2)]


async def test_saving_the_config_in_the_editor_rechecks_open_documents(tmp_path):
    # A client without file watchers: the save is what tells the server.
    async with session(tmp_path, options={"debounce": 50}, watch=False) as s:
        uri = s.open("story.md", DRAFT)
        await s.diagnostics(uri, until=bool)
        assert s.watchers() == []
        seen = s.count(uri)
        (tmp_path / ".editlint.yaml").write_text("rules:\n  style.repeated-word: off\n", encoding="utf-8")
        s.client.text_document_did_save(
            types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=s.uri(".editlint.yaml")))
        )
        assert await s.diagnostics(uri, after=seen) == []


async def test_a_changed_vocabulary_file_rechecks_open_documents(tmp_path):
    (tmp_path / ".editlint.yaml").write_text("vocab:\n  accept_files: [words.txt]\n", encoding="utf-8")
    (tmp_path / "words.txt").write_text("Pharmac\n", encoding="utf-8")
    async with session(tmp_path, options={"debounce": 50}) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThe glamping site flooded.\n")
        assert [d.code for d in await s.diagnostics(uri, until=bool)] == ["spelling.likely-typo"]
        seen = s.count(uri)
        (tmp_path / "words.txt").write_text("Pharmac\nglamping\n", encoding="utf-8")
        changed(s, "words.txt")
        assert await s.diagnostics(uri, after=seen) == []


async def test_a_config_error_is_told_once_shown_on_the_config_file_and_mending_it_clears_it(tmp_path):
    config = tmp_path / ".editlint.yaml"
    async with session(tmp_path, options={"debounce": 50}) as s:
        first, second = s.open("a.md", DRAFT), s.open("b.md", OTHER)
        for uri in (first, second):
            await s.diagnostics(uri, until=bool)
        seen = s.count(first), s.count(second)
        config.write_text("rules:\n  style.repeated-word: warning\nfail_on: sometimes\n", encoding="utf-8")
        changed(s, ".editlint.yaml")
        for uri, after in zip((first, second), seen, strict=True):
            [note] = await s.diagnostics(uri, after=after)
            assert note.code == "editlint.not-checked" and note.severity == types.DiagnosticSeverity.Warning
            assert note.message.startswith("Not checked: its config has errors (.editlint.yaml:3: ")
        [on_config] = await s.diagnostics(s.uri(".editlint.yaml"), until=bool)
        assert (on_config.code, on_config.range.start.line, on_config.severity) == ("editlint.config", 2, 1)
        assert "fail_on" in on_config.message
        # Two drafts met the mistake; it was told once.
        [told] = [m for m in s.messages if m.type == types.MessageType.Error]
        assert told.message.startswith("editlint: .editlint.yaml:3: ") and "fail_on" in told.message
        # An edit meets it again: not told again, and the server still answers.
        after = s.count(first)
        s.replace(first, DRAFT + "More.\n")
        await s.diagnostics(first, after=after)
        assert len([m for m in s.messages if m.type == types.MessageType.Error]) == 1
        # Mended: the config file's diagnostics are cleared and the drafts checked again.
        published = s.count(s.uri(".editlint.yaml"))
        after = s.count(second)
        config.write_text("rules:\n  style.repeated-word: warning\n", encoding="utf-8")
        changed(s, ".editlint.yaml")
        assert severities(await s.diagnostics(second, after=after)) == [("style.repeated-word", 2)]
        assert await s.diagnostics(s.uri(".editlint.yaml"), after=published) == []
    assert s.exit_code == 0


async def test_a_broken_config_at_start_does_not_stop_the_server(tmp_path):
    (tmp_path / ".editlint.yaml").write_text("rules: [not, a, mapping\n", encoding="utf-8")
    async with session(tmp_path) as s:
        uri = s.open("story.md", DRAFT)
        [note] = await s.diagnostics(uri, until=bool)
        assert note.code == "editlint.not-checked"
        await s.diagnostics(s.uri(".editlint.yaml"), until=bool)
        hover = await s.client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=2, character=1)
            )
        )
        assert hover is None
    assert s.exit_code == 0


async def test_a_config_given_by_the_editor_applies_to_every_document(tmp_path):
    (tmp_path / "house.yaml").write_text("rules:\n  style.repeated-word: suggestion\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / ".editlint.yaml").write_text("rules:\n  style.repeated-word: warning\n", encoding="utf-8")
    async with session(tmp_path, options={"config": "house.yaml"}) as s:
        uri = s.open("drafts/story.md", DRAFT)
        assert severities(await s.diagnostics(uri, until=bool)) == [("style.repeated-word", 3)]


async def test_a_config_option_naming_no_file_is_told_and_the_configs_found_are_used(tmp_path):
    (tmp_path / ".editlint.yaml").write_text("rules:\n  style.repeated-word: warning\n", encoding="utf-8")
    async with session(tmp_path, options={"config": "missing.yaml"}) as s:
        uri = s.open("story.md", DRAFT)
        assert severities(await s.diagnostics(uri, until=bool)) == [("style.repeated-word", 2)]
        assert [(m.type, m.message) for m in s.messages] == [
            (
                types.MessageType.Error,
                "editlint: missing.yaml: config file not found; using the configs found from each file instead",
            )
        ]
    assert s.exit_code == 0
