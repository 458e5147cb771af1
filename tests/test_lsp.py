"""``editlint lsp`` with a real LSP client over stdio (pytest-lsp): the
session from initialize to exit, diagnostics with exact ranges, edits,
hovers and closing. Code actions, the vocabulary and configs are in
test_lsp_actions.py and test_lsp_configs.py."""

from __future__ import annotations

import pytest
from lsp_session import session
from lsprotocol import types

pytestmark = pytest.mark.asyncio

#: Each rule that flags here flags on its own line, so a test reads one.
DRAFT = "# Council Approves Plan\n\nThe council approved the plan on Monday.\n"


def ranges(found) -> list[tuple[str, int, int, int, int]]:
    return [(d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character) for d in found]


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


async def test_utf8_is_used_when_the_client_offers_it(tmp_path):
    async with session(tmp_path, encodings=[types.PositionEncodingKind.Utf16, types.PositionEncodingKind.Utf8]) as s:
        assert s.encoding == "utf-8"
        uri = s.open("story.md", "# Storm Hits Coast\n\n😀 🇦🇺 The councl met.\n")
        found = typos(await s.diagnostics(uri, until=typos))
        # Bytes: 😀 four, a space, 🇦🇺 eight, " The " five: 18.
        assert ranges(found) == [("spelling.typo", 2, 18, 2, 24)]
    assert s.exit_code == 0
