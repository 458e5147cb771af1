"""``editlint lsp``'s code actions with a real LSP client over stdio
(pytest-lsp): each fix and suggestion as a quickfix whose edit the client
applies, "Disable RULE on this line", "Add WORD to the vocabulary" (done by
the server: it writes the accept file) and "Fix all safe problems in this
file" (source.fixAll.editlint), resolved lazily or given at once."""

from __future__ import annotations

import subprocess
import sys

import pytest
from lsp_session import session
from lsprotocol import types

pytestmark = pytest.mark.asyncio

LINE = types.Range(start=types.Position(line=2, character=0), end=types.Position(line=2, character=200))


def titles(actions) -> list[tuple[str, bool]]:
    return [(a.title, bool(a.is_preferred)) for a in actions]


async def test_the_safe_fix_of_a_finding_is_a_preferred_quickfix_and_applying_it_clears_the_finding(tmp_path):
    async with session(tmp_path, options={"debounce": 50}) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThe the storm hit.\n")
        [found] = await s.diagnostics(uri, until=bool)
        assert found.code == "style.repeated-word"
        actions = await s.code_actions(uri, found.range)
        fix = actions[0]
        assert (fix.title, fix.kind, fix.is_preferred) == ('Replace "The the" with "The"', "quickfix", True)
        assert [d.code for d in fix.diagnostics] == ["style.repeated-word"]
        seen = s.count(uri)
        s.apply(uri, fix.edit)
        assert s.texts[uri] == "# Storm Hits Coast\n\nThe storm hit.\n"
        assert await s.diagnostics(uri, after=seen) == []
    assert s.exit_code == 0


async def test_each_suggestion_is_a_quickfix_the_safe_one_preferred_and_ranges_count_utf16(tmp_path):
    async with session(tmp_path, options={"debounce": 50}) as s:
        # 😀 takes two UTF-16 units: "hte" starts at unit 17, code point 16.
        uri = s.open("story.md", "# Storm Hits Coast\n\n😀 The storm was hte end of it.\n")
        [found] = await s.diagnostics(uri, until=bool)
        assert (found.code, found.range.start.character, found.range.end.character) == ("spelling.typo", 17, 20)
        actions = [a for a in await s.code_actions(uri, found.range) if a.title.startswith("Replace")]
        assert titles(actions) == [
            ('Replace "hte" with "the"', True),
            ('Replace "hte" with "hate" (unsafe)', False),
            ('Replace "hte" with "he" (unsafe)', False),
            ('Replace "hte" with "ate" (unsafe)', False),
            ('Replace "hte" with "ute" (unsafe)', False),
        ]
        seen = s.count(uri)
        s.apply(uri, actions[1].edit)
        assert s.texts[uri] == "# Storm Hits Coast\n\n😀 The storm was hate end of it.\n"
        assert await s.diagnostics(uri, after=seen) == []


async def test_an_unsafe_fix_is_offered_labelled_and_not_preferred(tmp_path):
    async with session(tmp_path) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThey did not recieve it.\n")
        [found] = await s.diagnostics(uri, until=bool)
        [fix, other] = [a for a in await s.code_actions(uri, found.range) if a.title.startswith("Replace")]
        assert fix.title.startswith('Replace "recieve" with "receive" (unsafe: ')
        assert not fix.is_preferred
        assert other.title == 'Replace "recieve" with "relieve" (unsafe)'


async def test_disable_on_this_line_appends_the_suppression_comment_and_the_finding_goes(tmp_path):
    async with session(tmp_path, options={"debounce": 50}) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThe the storm hit.\nIt rained.\n")
        [found] = await s.diagnostics(uri, until=bool)
        [disable] = [a for a in await s.code_actions(uri, LINE) if a.title.startswith("Disable")]
        assert disable.title == "Disable style.repeated-word on this line"
        seen = s.count(uri)
        s.apply(uri, disable.edit)
        assert s.texts[uri] == (
            "# Storm Hits Coast\n\nThe the storm hit. <!-- editlint-disable-line style.repeated-word -->\nIt rained.\n"
        )
        assert await s.diagnostics(uri, after=seen) == []


async def test_add_to_the_vocabulary_writes_the_accept_file_and_clears_the_finding_in_every_open_draft(tmp_path):
    async with session(tmp_path, options={"debounce": 50}) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThe glamping site flooded.\n")
        other = s.open("other.md", "# Rain Falls\n\nThe family went glamping.\n")
        [found] = await s.diagnostics(uri, until=bool)
        assert (found.code, found.severity) == ("spelling.likely-typo", types.DiagnosticSeverity.Warning)
        assert await s.diagnostics(other, until=bool)
        [add] = [a for a in await s.code_actions(uri, found.range) if a.command is not None]
        assert add.title == 'Add "glamping" to the vocabulary'
        assert add.edit is None  # the server does it: no client-side command needed
        seen, seen_other = s.count(uri), s.count(other)
        await s.execute(add.command)
        assert (tmp_path / "vocab" / "accept.txt").read_text(encoding="utf-8").splitlines()[-1] == "glamping"
        assert "vocab/accept.txt" in (tmp_path / ".editlint.yaml").read_text(encoding="utf-8")
        assert await s.diagnostics(uri, after=seen) == []
        assert await s.diagnostics(other, after=seen_other) == []
        assert [m.message for m in s.messages] == ['editlint: added "glamping" to vocab/accept.txt']
        # The CLI agrees: one config for editor, CLI and CI.
        (tmp_path / "story.md").write_text(s.texts[uri], encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "editlint", "story.md"], cwd=tmp_path, capture_output=True, text=True
    )
    assert (checked.returncode, checked.stdout.strip()) == (0, "No problems found in 1 file.")


async def test_adding_a_word_to_an_existing_config_uses_its_accept_file(tmp_path):
    (tmp_path / ".editlint.yaml").write_text("vocab:\n  accept_files: [words.txt]\n", encoding="utf-8")
    (tmp_path / "words.txt").write_text("Pharmac\n", encoding="utf-8")
    async with session(tmp_path, options={"debounce": 50}) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThe glamping site flooded.\n")
        [found] = await s.diagnostics(uri, until=bool)
        [add] = [a for a in await s.code_actions(uri, found.range) if a.command is not None]
        seen = s.count(uri)
        await s.execute(add.command)
        assert await s.diagnostics(uri, after=seen) == []
        assert (tmp_path / "words.txt").read_text(encoding="utf-8") == "Pharmac\nglamping\n"
        assert not (tmp_path / "vocab").exists()
        await s.execute(add.command)
        assert s.messages[-1].message == 'editlint: "glamping" is already in words.txt'


FIXABLE = "# Storm Hits Coast\n\nThe the storm hit. It was hte end. They did not recieve it.\n"


async def test_fix_all_is_resolved_when_asked_and_applies_every_safe_fix_only(tmp_path):
    async with session(tmp_path, options={"debounce": 50}) as s:
        uri = s.open("story.md", FIXABLE)
        assert len(await s.diagnostics(uri, until=lambda found: len(found) == 3)) == 3
        [action] = await s.code_actions(uri, LINE, only=[types.CodeActionKind.Source])
        assert (action.title, action.kind, action.edit) == (
            "Fix all safe problems in this file (editlint)",
            "source.fixAll.editlint",
            None,  # the client can resolve it: fixing waits until it is chosen
        )
        resolved = await s.client.code_action_resolve_async(action)
        seen = s.count(uri)
        s.apply(uri, resolved.edit)
        # The repeated word and "hte" are fixed; the unsafe "recieve" is left.
        assert s.texts[uri] == "# Storm Hits Coast\n\nThe storm hit. It was the end. They did not recieve it.\n"
        [left] = await s.diagnostics(uri, after=seen)
        assert left.code == "spelling.typo" and "recieve" in left.message


async def test_fix_all_comes_with_its_edit_for_a_client_that_cannot_resolve(tmp_path):
    async with session(tmp_path, resolve=False) as s:
        uri = s.open("story.md", FIXABLE)
        await s.diagnostics(uri, until=lambda found: len(found) == 3)
        [action] = await s.code_actions(uri, LINE, only=["source.fixAll.editlint"])
        s.apply(uri, action.edit)
        assert s.texts[uri] == "# Storm Hits Coast\n\nThe storm hit. It was the end. They did not recieve it.\n"
        # Asked for quickfixes only: no fix-all among them.
        kinds = {a.kind for a in await s.code_actions(uri, LINE, only=[types.CodeActionKind.QuickFix])}
        assert kinds == {"quickfix"}
