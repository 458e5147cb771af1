"""The language server: pygls, its capabilities, and what each message does.

``editlint lsp`` runs :func:`serve`. The server keeps the open documents
(documents.py), checks them on the Linter's thread (checking.py) when they
are opened and once typing pauses (debounce.py), and publishes what it
found (publish.py). Code actions and hovers answer from the last check of
the text as it is, checking first if an edit came since.
"""

from __future__ import annotations

import logging
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from .. import __version__
from ..configfile import CONFIG_NAMES, PYPROJECT
from ..errors import ConfigError
from ..pathfilters import relative_name
from ..span import SourceText
from .actions import ADD_WORD, FIX_ALL, fix_all, fix_all_edit, quick_fixes, wanted
from .checking import Linting, Outcome
from .convert import lsp_range, offset_at
from .debounce import Debouncer
from .documents import OpenDraft, OpenDrafts, path_of
from .hover import hover_text
from .publish import SetupProblems, draft_diagnostics, notification, setup_errors

logger = logging.getLogger(__name__)

#: Seconds without an edit before a document is checked again.
DEBOUNCE = 0.3
#: The files whose change means reading the configs again (besides the
#: vocabulary and extended files the configs in force name).
CONFIG_FILES = (*CONFIG_NAMES, PYPROJECT)


class EditlintProtocol(LanguageServerProtocol):
    """pygls's protocol, but with the position encoding of the issue: UTF-8
    when the client offers it, else UTF-16 (pygls takes the client's first
    choice, which may be UTF-32)."""

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):
        general = params.capabilities.general
        if general is not None and general.position_encodings:
            offered = [getattr(e, "value", e) for e in general.position_encodings]
            general.position_encodings = [types.PositionEncodingKind.Utf8] if "utf-8" in offered else None
        return (yield from super().lsp_initialize(params))


class EditlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("editlint", __version__, protocol_cls=EditlintProtocol)
        self.linting: Linting | None = None
        self.drafts = OpenDrafts(Path.cwd())
        self.debounce = Debouncer(DEBOUNCE)
        self.problems = SetupProblems()
        self._logged: set[str] = set()
        self._watching: set[Path] = set()
        self._resolve_fix_all = False
        #: A problem met while starting, told once the client is ready.
        self._startup_problem: str | None = None

    @property
    def encoding(self) -> str:
        encoding = self.workspace.position_encoding or "utf-16"
        return str(getattr(encoding, "value", encoding))

    # ------------------------------------------------------------------ setup

    def start(self, params: types.InitializeParams) -> None:
        options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        folders = [path_of(uri) for uri in self.workspace.folders] or [_path(self.workspace.root_path)]
        folders = [f.resolve() for f in folders if f is not None] or [Path.cwd().resolve()]
        root = folders[0]
        self.drafts = OpenDrafts(root)
        try:
            self.linting = Linting(root, folders, options.get("config"))
        except ConfigError as error:  # a config option naming no file: said once, the configs found are used
            self.linting = Linting(root, folders, None)
            self._startup_problem = f"editlint: {error}; using the configs found from each file instead"
        if isinstance(options.get("debounce"), (int, float)):
            self.debounce.delay = max(0.0, options["debounce"] / 1000)
        resolve = params.capabilities.text_document and params.capabilities.text_document.code_action
        support = resolve.resolve_support if resolve else None
        self._resolve_fix_all = bool(support and "edit" in support.properties)

    async def watch_configs(self) -> None:
        """Ask the client to tell of changes to config files, and to the
        vocabulary and extended files of the configs in force, when it can."""
        capabilities = self.client_capabilities.workspace
        watched = capabilities.did_change_watched_files if capabilities else None
        if not (watched and watched.dynamic_registration):
            return
        # A copy taken at once: the Linter's thread may be adding to the set.
        files = frozenset(self.linting.configuration) - self._watching
        patterns = [f"**/{name}" for name in CONFIG_FILES] if not self._watching else []
        patterns += [self._pattern(f) for f in sorted(files)]
        self._watching |= files or {Path("<config names>")}
        if not patterns:
            return
        watchers = [types.FileSystemWatcher(glob_pattern=p) for p in patterns]
        registration = types.Registration(
            id=f"editlint-watch-{len(self._watching)}",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
        )
        try:
            await self.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
        except Exception:  # a client that refuses: saves of config files still count
            logger.warning("the client did not take the file watchers", exc_info=True)

    def _pattern(self, file: Path) -> str:
        relative = relative_name(file, self.drafts.root)
        return file.as_posix() if relative is None else "**/" + relative

    # ------------------------------------------------------------------ checking

    def check_soon(self, draft: OpenDraft, delay: float | None = None) -> None:
        self.debounce.call_later(draft.uri, lambda: self.check(draft), delay)

    async def check(self, draft: OpenDraft) -> Outcome | None:
        """Check the draft as it is now and publish what was found, unless
        it changed (or closed) meanwhile: a newer check is on its way."""
        version, text = draft.version, draft.text
        outcome = await self.linting.run(self.linting.check, draft.name, text)
        if self.drafts.get(draft.uri) is not draft or draft.text != text:
            return None
        draft.outcome, draft.checked_version = outcome, version
        self.publish(draft)
        await self.watch_configs()
        return outcome

    async def current(self, draft: OpenDraft) -> Outcome | None:
        """The outcome of the text as it is now, checking it if need be."""
        if draft.current is None:
            self.debounce.cancel(draft.uri)
            await self.check(draft)
        return draft.current

    def recheck_all(self) -> None:
        for draft in self.drafts:
            self.check_soon(draft, 0)

    async def reload(self) -> None:
        await self.linting.run(self.linting.reload)
        self.recheck_all()

    # ------------------------------------------------------------------ telling

    def publish(self, draft: OpenDraft) -> None:
        outcome = draft.outcome
        # Said before the (empty) diagnostics, so a client that sees those has the reason too.
        if outcome.too_large and not draft.told_too_large:
            self.tell(types.MessageType.Warning, f"editlint: {outcome.too_large}")
        draft.told_too_large = bool(outcome.too_large)
        diagnostics = draft_diagnostics(outcome, draft.name, self.encoding)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=draft.uri, diagnostics=diagnostics, version=draft.checked_version)
        )
        if outcome.crash:
            self.log(types.MessageType.Error, f"editlint failed on {draft.name}:\n{outcome.crash}")
        for note in outcome.report.notes if outcome.report else ():
            self.log(types.MessageType.Info, note)
        self.publish_setup_problems()

    def publish_setup_problems(self) -> None:
        """Mistakes in configs and rule files, over every open draft: new
        ones told once, each file's shown on it, mended ones cleared."""
        errors = []
        for draft in self.drafts:
            if draft.outcome is not None:
                errors += setup_errors(draft.name, self.linting.errors_of(draft.outcome))
        new, by_file = self.problems.update(errors)
        if new:
            self.tell(types.MessageType.Error, notification(new))
        for uri, diagnostics in by_file.items():
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))

    def tell(self, kind: types.MessageType, message: str) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def log(self, kind: types.MessageType, message: str) -> None:
        if message not in self._logged:
            self._logged.add(message)
            self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def is_configuration(self, path: Path | None) -> bool:
        return path is not None and (path.name in CONFIG_FILES or path.resolve() in self.linting.configuration)


def make_server() -> EditlintServer:
    """The server with a handler for each message it answers."""
    ls = EditlintServer()

    @ls.feature(types.INITIALIZE)
    def initialize(ls: EditlintServer, params: types.InitializeParams) -> None:
        ls.start(params)

    @ls.feature(types.INITIALIZED)
    async def initialized(ls: EditlintServer, params: types.InitializedParams) -> None:
        if ls._startup_problem:
            ls.tell(types.MessageType.Error, ls._startup_problem)
        await ls.watch_configs()

    @ls.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: EditlintServer, params: types.DidOpenTextDocumentParams) -> None:
        document = params.text_document
        draft = ls.drafts.open(document.uri, document.language_id, document.version, document.text)
        ls.linting.others.rescan()  # a draft made since the last walk counts from now
        ls.check_soon(draft, 0)

    @ls.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: EditlintServer, params: types.DidChangeTextDocumentParams) -> None:
        draft = ls.drafts.get(params.text_document.uri)
        if draft is None:
            return
        draft.text = ls.workspace.get_text_document(params.text_document.uri).source
        draft.version = params.text_document.version
        ls.check_soon(draft)

    @ls.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    async def did_save(ls: EditlintServer, params: types.DidSaveTextDocumentParams) -> None:
        if ls.is_configuration(path_of(params.text_document.uri)):
            await ls.reload()

    @ls.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    async def did_close(ls: EditlintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        draft = ls.drafts.close(uri)
        ls.debounce.cancel(uri)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        if draft is not None:
            await ls.linting.run(ls.linting.forget, draft.name)
            ls.publish_setup_problems()

    @ls.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def did_change_watched_files(ls: EditlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(ls.is_configuration(path_of(change.uri)) for change in params.changes):
            await ls.reload()

    @ls.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL], resolve_provider=True),
    )
    async def code_action(ls: EditlintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        draft = ls.drafts.get(params.text_document.uri)
        outcome = await ls.current(draft) if draft is not None else None
        if outcome is None or outcome.report is None:
            return None
        only = params.context.only
        actions = []
        if wanted(types.CodeActionKind.QuickFix.value, only):
            start = offset_at(outcome.source, params.range.start, ls.encoding)
            end = offset_at(outcome.source, params.range.end, ls.encoding)
            comment = ls.linting.linter.disable_line_comment
            actions += quick_fixes(draft.uri, outcome, start, end, ls.encoding, lambda rule: comment(rule, draft.name))
        whole = fix_all(draft.uri, draft.version, outcome) if wanted(FIX_ALL, only) else None
        if whole is not None:
            actions.append(whole if ls._resolve_fix_all else await resolve_fix_all(ls, whole))
        return actions

    @ls.feature(types.CODE_ACTION_RESOLVE)
    async def code_action_resolve(ls: EditlintServer, action: types.CodeAction) -> types.CodeAction:
        if action.kind == FIX_ALL and action.edit is None:
            return await resolve_fix_all(ls, action)
        return action

    @ls.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: EditlintServer, params: types.HoverParams) -> types.Hover | None:
        draft = ls.drafts.get(params.text_document.uri)
        outcome = await ls.current(draft) if draft is not None else None
        if outcome is None or outcome.report is None:
            return None
        at = offset_at(outcome.source, params.position, ls.encoding)
        found = [d for d in outcome.report.diagnostics if d.span.start <= at <= d.span.end]
        if not found:
            return None
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=hover_text(found, outcome.rules)),
            range=lsp_range(outcome.source, found[0].span, ls.encoding),
        )

    @ls.command(ADD_WORD)
    async def add_word(ls: EditlintServer, uri: str, word: str) -> None:
        draft = ls.drafts.get(uri)
        name = draft.name if draft is not None else "draft.md"
        try:
            added = await ls.linting.run(ls.linting.add_word, word, name)
        except Exception as error:  # a pyproject.toml without accept_files, a file we may not write
            ls.tell(types.MessageType.Error, f"editlint: {error}")
            return
        where = ls.drafts.name_for(added.path)
        if added.added:
            ls.tell(types.MessageType.Info, f'editlint: added "{word}" to {where}')
        else:
            ls.tell(types.MessageType.Info, f'editlint: "{word}" is already in {where}')
        ls.recheck_all()

    return ls


async def resolve_fix_all(ls: EditlintServer, action: types.CodeAction) -> types.CodeAction:
    """The fix-all action with its edit: the text with every safe fix applied."""
    data = action.data if isinstance(action.data, dict) else {}
    draft = ls.drafts.get(data.get("uri", ""))
    if draft is None:
        return action
    text = draft.text
    fixed = await ls.linting.run(ls.linting.fix, draft.name, text)
    if draft.text != text:
        return action  # edited meanwhile: the edit would be of another text
    action.edit = fix_all_edit(draft.uri, SourceText(draft.name, text), fixed, ls.encoding)
    return action


def _path(root: str | None) -> Path | None:
    return Path(root) if root else None


def serve() -> int:
    """Speak LSP over standard input and output until the client says exit."""
    logging.basicConfig(level=logging.WARNING, format="editlint lsp: %(levelname)s %(message)s")
    ls = make_server()
    try:
        ls.start_io()
    finally:
        if ls.linting is not None:
            ls.linting.close()
    return 0
