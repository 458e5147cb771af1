"""A real LSP client (pytest-lsp's) talking to ``editlint lsp`` over stdio,
for the language server's tests.

``session(root)`` starts the server in ``root`` (its working folder and the
workspace), initializes it and shuts it down at the end, asserting that it
exited with code 0. The client keeps every publishDiagnostics it receives,
so a test waits for the one it expects (``await s.diagnostics(uri,
until=...)``) instead of sleeping. Edits from code actions are applied to
the client's copy of the text with editlint's own SourceText, in the
negotiated encoding.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from pathlib import Path
from typing import Union

from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from editlint.span import SourceText

#: Long enough for a loaded machine; a test that waits this long has failed.
TIMEOUT = 30.0


class Session:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.client: LanguageClient | None = None
        self.encoding = "utf-16"
        self.texts: dict[str, str] = {}
        self.versions: dict[str, int] = {}
        #: uri -> every publishDiagnostics for it, in order.
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = {}
        self.changed = asyncio.Condition()
        self.registrations: list[types.Registration] = []
        self.messages: list[types.ShowMessageParams] = []
        self.result: types.InitializeResult | None = None
        self.exit_code: int | None = None

    def uri(self, name: str) -> str:
        return (self.root / name).as_uri()

    def open(self, name: str, text: str, language: str = "markdown", uri: str | None = None) -> str:
        uri = uri or self.uri(name)
        self.texts[uri], self.versions[uri] = text, 1
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)
            )
        )
        return uri

    def replace(self, uri: str, text: str) -> None:
        """Send the whole new text, as one incremental change of the whole range."""
        old = SourceText("", self.texts[uri])
        line, column = old.line_col(len(old.text), self.encoding)
        whole = types.Range(
            start=types.Position(line=0, character=0), end=types.Position(line=line - 1, character=column - 1)
        )
        self.edit(uri, [types.TextEdit(range=whole, new_text=text)])

    def edit(self, uri: str, edits: list[types.TextEdit]) -> None:
        """Apply edits to the client's text and send them as changes."""
        self.texts[uri] = apply(self.texts[uri], edits, self.encoding)
        self.versions[uri] += 1
        # One change with the whole text after the edits: what the server
        # must end up with, whatever order it would apply several in.
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=self.texts[uri])],
            )
        )

    def close(self, uri: str) -> None:
        self.client.text_document_did_close(
            types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )

    async def diagnostics(self, uri: str, until=lambda found: True, after: int = 0) -> list[types.Diagnostic]:
        """The diagnostics of the first publish for ``uri`` (from the
        ``after``-th on) that satisfies ``until``."""

        def ready():
            for params in self.published.get(uri, [])[after:]:
                if until(params.diagnostics):
                    return list(params.diagnostics)
            return None

        async with self.changed:
            await asyncio.wait_for(self.changed.wait_for(lambda: ready() is not None), TIMEOUT)
        return ready()

    async def until(self, ready) -> None:
        """Wait until ``ready()`` (something the server sends without a
        publish: a registration, a message)."""

        async def poll():
            while not ready():
                await asyncio.sleep(0.05)

        await asyncio.wait_for(poll(), TIMEOUT)

    def watchers(self) -> list[types.FileSystemWatcher]:
        """The file watchers the server registered."""
        found = []
        for registration in self.registrations:
            if registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES:
                options = registration.register_options
                if isinstance(options, dict):
                    options = default_converter().structure(options, types.DidChangeWatchedFilesRegistrationOptions)
                found += options.watchers
        return found

    def count(self, uri: str) -> int:
        """How many publishes ``uri`` has had: to wait for the next one."""
        return len(self.published.get(uri, []))

    async def code_actions(self, uri: str, at: types.Range, only=None) -> list[types.CodeAction]:
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=at,
            context=types.CodeActionContext(diagnostics=[], only=only),
        )
        return await asyncio.wait_for(self.client.text_document_code_action_async(params), TIMEOUT) or []

    async def execute(self, command: types.Command):
        """Ask the server to run a command of a code action."""
        params = types.ExecuteCommandParams(command=command.command, arguments=command.arguments)
        return await asyncio.wait_for(self.client.workspace_execute_command_async(params), TIMEOUT)

    def apply(self, uri: str, edit: types.WorkspaceEdit) -> None:
        self.edit(uri, list(edit.changes[uri]))


def apply(text: str, edits: list[types.TextEdit], encoding: str) -> str:
    source = SourceText("", text)
    spans = []
    for e in edits:
        start = source.offset(e.range.start.line + 1, e.range.start.character + 1, encoding)
        end = source.offset(e.range.end.line + 1, e.range.end.character + 1, encoding)
        spans.append((start, end, e.new_text))
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def capabilities(encodings=None, resolve: bool = True, watch: bool = True) -> types.ClientCapabilities:
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        text_document=types.TextDocumentClientCapabilities(
            code_action=types.CodeActionClientCapabilities(
                resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"]) if resolve else None
            ),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True),
        ),
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=watch)
        ),
    )


def converter():
    """lsprotocol's converter, but reading a code action that carries a
    command (ours for "Add WORD to the vocabulary") as a CodeAction: its own
    takes any object with a "command" for a Command, where the protocol
    tells them apart by whether "command" is a string (as VS Code does)."""
    converter = default_converter()

    def command_or_code_action(data, _):
        kind = types.Command if isinstance(data.get("command"), str) else types.CodeAction
        return converter.structure(data, kind)

    # typing.Union: the key lsprotocol registered its own hook under.
    converter.register_structure_hook(Union[types.Command, types.CodeAction], command_or_code_action)  # noqa: UP007
    return converter


def client_for(s: Session) -> LanguageClient:
    """pytest-lsp's test client, keeping every publishDiagnostics (its own
    keeps the last) and the capabilities the server registers."""
    client = LanguageClient(converter_factory=converter)
    register_lsp_features(
        client, {m: f for m, f in DEFAULT_CLIENT_FEATURES.items() if m != types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS}
    )

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    async def published(params: types.PublishDiagnosticsParams):
        client.diagnostics[params.uri] = params.diagnostics
        async with s.changed:
            s.published.setdefault(params.uri, []).append(params)
            s.changed.notify_all()

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        s.registrations.extend(params.registrations)

    return client


@contextlib.asynccontextmanager
async def session(root: Path, encodings=None, options=None, resolve: bool = True, watch: bool = True):
    s = Session(root)
    s.client = client = client_for(s)
    s.messages = client.messages
    await client.start_io(sys.executable, "-m", "editlint", "lsp", cwd=str(root))
    try:
        s.result = await asyncio.wait_for(
            client.initialize_session(
                types.InitializeParams(
                    capabilities=capabilities(encodings, resolve, watch),
                    root_uri=root.as_uri(),
                    workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
                    initialization_options=options,
                )
            ),
            TIMEOUT,
        )
        encoding = s.result.capabilities.position_encoding
        s.encoding = str(getattr(encoding, "value", encoding))
        yield s
        await asyncio.wait_for(client.shutdown_session(), TIMEOUT)
        s.exit_code = client._server.returncode
    finally:
        await stop(client)


async def stop(client: LanguageClient) -> None:
    """Stop the client; a server still running (a test failed before
    shutdown, or it did not exit when told) is killed, so no test hangs."""
    server = client._server
    if server is not None and server.returncode is None:
        server.kill()
        await asyncio.wait_for(server.wait(), TIMEOUT)
    await asyncio.wait_for(client.stop(), TIMEOUT)
