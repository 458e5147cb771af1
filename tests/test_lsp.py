"""``editlint lsp`` with a real LSP client over stdio (pytest-lsp): the
session from initialize to exit, diagnostics with exact ranges, edits,
hovers and closing. Code actions, the vocabulary and configs are in
test_lsp_actions.py and test_lsp_configs.py."""

from __future__ import annotations

import subprocess
import sys

import pytest
from lsp_session import session
from lsprotocol import types

pytestmark = pytest.mark.asyncio

#: Each rule that flags here flags on its own line, so a test reads one.
DRAFT = "# Council Approves Plan\n\nThe council approved the plan on Monday.\n"


def ranges(found) -> list[tuple[str, int, int, int, int]]:
    return [
        (d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character) for d in found
    ]


def typos(found):
    return [d for d in found if d.code == "spelling.typo"]


async def test_initialize_advertises_sync_actions_hover_and_utf16(tmp_path):
    async with session(tmp_path) as s:
        capabilities = s.result.capabilities
        sync = capabilities.text_document_sync
        assert sync.open_close and sync.change == types.TextDocumentSyncKind.Incremental and sync.save
        assert capabilities.hover_provider
        assert set(capabilities.code_action_provider.code_action_kinds) == {"quickfix", "source.fixAll.editlint"}
        assert "editlint.addToVocabulary" in capabilities.execute_command_provider.commands
        assert s.encoding == "utf-16"  # the client offered nothing: LSP's default
        assert s.result.server_info.name == "editlint"
    assert s.exit_code == 0


async def test_an_emoji_and_a_flag_before_a_typo_give_an_exact_utf16_range(tmp_path):
    async with session(tmp_path) as s:
        # 😀 is one code point and two UTF-16 units; 🇦🇺 two code points and four units.
        uri = s.open("story.md", "# Storm Hits Coast\n\n😀 🇦🇺 The councl met.\n")
        found = typos(await s.diagnostics(uri, until=typos))
        # Code points: "councl" starts at column 10 (0-based 9); UTF-16: 12.
        assert ranges(found) == [("spelling.typo", 2, 12, 2, 18)]
        [d] = found
        assert d.source == "editlint" and d.severity == types.DiagnosticSeverity.Error
        assert d.message.startswith('"councl"') or "councl" in d.message


async def test_an_html_draft_is_read_as_html_and_its_ranges_are_in_the_source(tmp_path):
    async with session(tmp_path) as s:
        # The typo sits after tags and a character reference on its line;
        # the tags themselves are never prose.
        page = (
            "<html><head><title>Storm</title></head><body>\n"
            "<h1>Storm Hits Coast</h1>\n"
            "<p>Rain &amp; wind: <b>the</b> councl met.</p>\n"
            "</body></html>\n"
        )
        uri = s.open("story.html", page, language="html")
        found = typos(await s.diagnostics(uri, until=typos))
        column = page.splitlines()[2].index("councl")
        assert ranges(found) == [("spelling.typo", 2, column, 2, column + len("councl"))]


async def test_a_suggestion_is_information_and_names_its_rule(tmp_path):
    async with session(tmp_path) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThe storm hit and also the rain fell.\n")
        [d] = await s.diagnostics(uri, until=bool)
        assert (d.code, d.source, d.severity) == ("style.redundancy", "editlint", types.DiagnosticSeverity.Information)
        assert ranges([d]) == [("style.redundancy", 2, 14, 2, 22)]
        assert d.data == {"rule": "style.redundancy", "fix": d.data["fix"]} and d.code_description is None


async def test_a_rule_with_a_link_gives_it_as_the_code_description(tmp_path):
    (tmp_path / ".editlint.yaml").write_text("rulesets: [./house]\n", encoding="utf-8")
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "words.yaml").write_text(
        "rules:\n  - id: house.skiff\n    kind: existence\n    message: 'Call it a skiff'\n"
        "    link: https://style.example.org/skiff\n    tokens: [dinghy]\n",
        encoding="utf-8",
    )
    async with session(tmp_path) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nCrews used a dinghy.\n")
        [d] = await s.diagnostics(uri, until=bool)
        assert (d.code, d.code_description.href) == ("house.skiff", "https://style.example.org/skiff")


async def test_utf8_is_used_when_the_client_offers_it(tmp_path):
    async with session(tmp_path, encodings=[types.PositionEncodingKind.Utf16, types.PositionEncodingKind.Utf8]) as s:
        assert s.encoding == "utf-8"
        uri = s.open("story.md", "# Storm Hits Coast\n\n😀 🇦🇺 The councl met.\n")
        found = typos(await s.diagnostics(uri, until=typos))
        # Bytes: 😀 four, a space, 🇦🇺 eight, " The " five: 18.
        assert ranges(found) == [("spelling.typo", 2, 18, 2, 24)]
    assert s.exit_code == 0


async def test_an_edit_is_checked_again_and_the_range_follows_it(tmp_path):
    async with session(tmp_path, options={"debounce": 50}) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThe councl met.\n")
        assert ranges(typos(await s.diagnostics(uri, until=typos))) == [("spelling.typo", 2, 4, 2, 10)]
        seen = s.count(uri)
        # Unsaved: the server checks the buffer, not the file (there is none).
        s.replace(uri, "# Storm Hits Coast\n\nOn Monday the councl met.\n")
        found = await s.diagnostics(uri, until=typos, after=seen)
        assert ranges(typos(found)) == [("spelling.typo", 2, 14, 2, 20)]
        seen = s.count(uri)
        s.replace(uri, "# Storm Hits Coast\n\nOn Monday the council met.\n")
        assert await s.diagnostics(uri, until=lambda found: not typos(found), after=seen) == []


async def test_edits_in_quick_succession_are_checked_once_typing_pauses(tmp_path):
    async with session(tmp_path, options={"debounce": 300}) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThe council met.\n")
        await s.diagnostics(uri)
        seen = s.count(uri)
        for word in ("cuncil", "councl", "counsil", "councel"):
            s.replace(uri, f"# Storm Hits Coast\n\nThe {word} met.\n")
        found = await s.diagnostics(uri, until=typos, after=seen)
        assert [d.message for d in found] and "councel" in found[0].message
        # The three edits before the last were never checked on their own.
        assert s.count(uri) == seen + 1
        assert s.published[uri][-1].version == 5


async def test_hover_shows_the_rules_explanation_with_its_examples(tmp_path):
    async with session(tmp_path) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThe the storm hit.\n")
        [d] = await s.diagnostics(uri, until=bool)
        assert d.code == "style.repeated-word"
        hover = await s.client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=2, character=2)
            )
        )
        text = hover.contents.value
        assert hover.contents.kind == types.MarkupKind.Markdown
        assert text.startswith('**The word "The" is repeated**')
        assert "`style.repeated-word` (repetition, error)" in text
        assert "Fix safety: safe" in text and "Flagged:" in text and "Not flagged:" in text
        assert (hover.range.start.line, hover.range.start.character, hover.range.end.character) == (2, 0, 7)
        nothing = await s.client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=3)
            )
        )
        assert nothing is None


async def test_closing_a_document_publishes_an_empty_list(tmp_path):
    async with session(tmp_path) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThe the storm hit.\n")
        await s.diagnostics(uri, until=bool)
        seen = s.count(uri)
        s.close(uri)
        assert await s.diagnostics(uri, after=seen) == []
    assert s.exit_code == 0


async def test_a_rule_that_fails_on_a_draft_is_a_diagnostic_and_the_next_edit_still_works(tmp_path):
    (tmp_path / ".editlint.yaml").write_text("rulesets: [./house]\nregex_timeout: 0.2\n", encoding="utf-8")
    (tmp_path / "house").mkdir()
    # (a+)+$ backtracks for ever on a long run of a's that does not end the text.
    (tmp_path / "house" / "slow.yaml").write_text(
        "rules:\n  - id: house.slow\n    kind: existence\n    message: 'Slow: {match}'\n    raw: ['(a+)+$']\n",
        encoding="utf-8",
    )
    async with session(tmp_path, options={"debounce": 50}) as s:
        uri = s.open("story.md", "# Storm Hits Coast\n\nThe the storm hit.\n\n" + "a" * 5000 + "!\n")
        found = await s.diagnostics(uri, until=lambda found: any(d.code == "editlint.rule-stopped" for d in found))
        [stopped] = [d for d in found if d.code == "editlint.rule-stopped"]
        assert stopped.message.startswith(
            "rule house.slow (house/slow.yaml:2) stopped: its regex took longer than 0.2 s"
        )
        assert stopped.severity == types.DiagnosticSeverity.Error
        assert "style.repeated-word" in [d.code for d in found]  # the other rules still ran
        seen = s.count(uri)
        s.replace(uri, "# Storm Hits Coast\n\nThe storm hit hit.\n")
        found = await s.diagnostics(uri, after=seen)
        assert [(d.code, d.range.start.line, d.range.start.character) for d in found] == [
            ("style.repeated-word", 2, 10)
        ]
    assert s.exit_code == 0


async def test_a_draft_over_max_file_size_is_said_to_be_so_not_skipped_in_silence(tmp_path):
    (tmp_path / ".editlint.yaml").write_text("max_file_size: 200\n", encoding="utf-8")
    async with session(tmp_path, options={"debounce": 50}) as s:
        uri = s.open("long.md", "# Storm Hits Coast\n\n" + "The the storm hit the coast. " * 10 + "\n")
        assert await s.diagnostics(uri) == []
        assert [m.message for m in s.messages] == [
            "editlint: long.md: skipped, too large: 311 bytes (max_file_size is 200 bytes)"
        ]
        assert s.messages[0].type == types.MessageType.Warning
        seen = s.count(uri)
        s.replace(uri, s.texts[uri] + "More.\n")
        await s.diagnostics(uri, after=seen)
        assert len(s.messages) == 1  # said once, not on every edit
        s.replace(uri, "# Storm Hits Coast\n\nThe the storm hit.\n")
        assert [d.code for d in await s.diagnostics(uri, until=bool)] == ["style.repeated-word"]


async def test_a_headline_used_by_another_draft_on_disk_or_open_is_reported(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "b.md").write_text("# Storm Hits Coast\n\nIt rained.\n", encoding="utf-8")
    async with session(tmp_path, options={"debounce": 50}) as s:
        uri = s.open("drafts/a.md", "# Storm Hits Coast\n\nThe storm hit.\n")
        [d] = await s.diagnostics(uri, until=bool)
        assert d.code == "headline.duplicate-across-drafts"
        assert d.message == 'The headline "Storm Hits Coast" appears in two drafts: drafts/a.md and drafts/b.md'
        # b.md open with another headline (unsaved) stands in for the file on disk.
        other = s.open("drafts/b.md", "# Flood Hits Town\n\nIt rained.\n")
        await s.diagnostics(other)
        seen = s.count(uri)
        s.replace(uri, "# Storm Hits Coast\n\nThe storm hit the coast.\n")
        assert await s.diagnostics(uri, after=seen) == []


async def test_an_untitled_buffer_is_checked_with_the_workspace_roots_config(tmp_path):
    (tmp_path / ".editlint.yaml").write_text("rules:\n  style.repeated-word: warning\n", encoding="utf-8")
    async with session(tmp_path) as s:
        uri = s.open("", "The the storm hit.\n", language="plaintext", uri="untitled:Untitled-1")
        [d] = await s.diagnostics(uri, until=bool)
        assert (d.code, d.severity) == ("style.repeated-word", types.DiagnosticSeverity.Warning)


async def test_without_the_lsp_extra_the_command_says_how_to_install_it(tmp_path):
    # pygls made unimportable, as in an install without the extra.
    script = "import sys; sys.modules['pygls'] = None; sys.argv = ['editlint', 'lsp']; from editlint.command import run; run()"
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "editlint lsp needs the lsp extra: pip install 'editlint[lsp]'\n"
