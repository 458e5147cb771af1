"""Code actions for the findings in a range of a document.

For each finding: its fix (preferred when safe; an unsafe one says so in
its title), one action per other suggestion (unsafe: editlint never applies
them itself), "Disable RULE on this line" (the suppression comment of the
draft's format, appended to the line), and for a spelling finding "Add
WORD to the vocabulary", a command the server carries out (it writes the
config's accept file, as ``editlint vocab add`` does), so it works in every
editor. For the file: "Fix all safe problems" (``source.fixAll.editlint``),
whose edit is worked out only when the client resolves the action, when it
can: fixing takes a check per pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lsprotocol import types

from ..diagnostic import Applicability, Diagnostic
from ..span import SourceText
from .checking import Outcome
from .convert import diagnostic, line_end, lsp_range, position, whole_text

FIX_ALL = "source.fixAll.editlint"
ADD_WORD = "editlint.addToVocabulary"
#: The rule kind whose findings a word on the accept list silences.
SPELLING = "spelling"

#: rule id -> the comment that disables it on a line of this draft, or None.
CommentFor = Callable[[str], str | None]


def wanted(kind: str, only: Sequence[str] | None) -> bool:
    """Whether the client asked for actions of ``kind`` ("quickfix" is
    asked for by "quickfix"; "source.fixAll.editlint" by "source" too)."""
    if not only:
        return True
    return any(kind == k or kind.startswith(k + ".") for k in (str(getattr(k, "value", k)) for k in only))


def quick_fixes(
    uri: str, outcome: Outcome, start: int, end: int, encoding: str, comment_for: CommentFor
) -> list[types.CodeAction]:
    """The quick fixes of the findings that touch ``[start, end]``."""
    if outcome.report is None:
        return []
    actions: list[types.CodeAction] = []
    disabled: set[tuple[str, int]] = set()
    for found in outcome.report.diagnostics:
        if found.span.start > end or found.span.end < start:
            continue
        explanation = outcome.rules.get(found.rule_id)
        shown = diagnostic(found, encoding, explanation.link if explanation else None)
        actions += _fixes(uri, found, shown, encoding)
        if explanation is not None and explanation.kind == SPELLING and _one_word(found.match):
            actions.append(_add_word(uri, found.match, shown))
        line = found.source.line_col(found.span.start)[0]
        comment = comment_for(found.rule_id)
        if comment is not None and (found.rule_id, line) not in disabled:
            disabled.add((found.rule_id, line))
            actions.append(_disable(uri, found, comment, shown, encoding))
    return actions


def fix_all(uri: str, version: int | None, outcome: Outcome) -> types.CodeAction | None:
    """The action "Fix all safe problems in this file", when there is one to fix; its
    edit is added by :func:`fix_all_edit` (at once, or on resolve)."""
    if outcome.report is None:
        return None
    if not any(d.fix and d.fix.applicability is Applicability.SAFE for d in outcome.report.diagnostics):
        return None
    return types.CodeAction(
        title="Fix all safe problems in this file (editlint)",
        kind=FIX_ALL,
        data={"uri": uri, "version": version},
    )


def fix_all_edit(uri: str, source: SourceText, fixed: str, encoding: str) -> types.WorkspaceEdit:
    """The whole text replaced by its fixed version."""
    return types.WorkspaceEdit(changes={uri: [types.TextEdit(range=whole_text(source, encoding), new_text=fixed)]})


def _fixes(uri: str, found: Diagnostic, shown: types.Diagnostic, encoding: str) -> list[types.CodeAction]:
    actions = []
    fixed_with = None
    if found.fix is not None and found.fix.edits:
        edits = found.fix.edits
        if len(edits) == 1 and edits[0].span == found.span:
            fixed_with = edits[0].replacement
            title = _replace(found.match, fixed_with)
        else:
            title = f"Fix: {found.message}"
        safe = found.fix.applicability is Applicability.SAFE
        if not safe:
            title += f" (unsafe: {found.fix.note or 'it may change the meaning'})"
        edit = [types.TextEdit(range=lsp_range(found.source, e.span, encoding), new_text=e.replacement) for e in edits]
        actions.append(_action(title, uri, edit, shown, preferred=safe))
    for suggestion in found.suggestions:
        if suggestion == fixed_with:
            continue
        edit = [types.TextEdit(range=lsp_range(found.source, found.span, encoding), new_text=suggestion)]
        actions.append(_action(_replace(found.match, suggestion) + " (unsafe)", uri, edit, shown, preferred=False))
    return actions


def _replace(match: str, replacement: str) -> str:
    if replacement == "":
        return f'Delete "{_short(match)}"'
    return f'Replace "{_short(match)}" with "{_short(replacement)}"'


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 40 else flat[:39] + "…"


def _action(title: str, uri: str, edits, shown: types.Diagnostic, preferred: bool) -> types.CodeAction:
    return types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[shown],
        is_preferred=preferred or None,
        edit=types.WorkspaceEdit(changes={uri: list(edits)}),
    )


def _disable(uri: str, found: Diagnostic, comment: str, shown: types.Diagnostic, encoding: str) -> types.CodeAction:
    end = line_end(found.source, found.span.start)
    at = position(found.source, end, encoding)
    edit = types.TextEdit(range=types.Range(start=at, end=at), new_text=" " + comment)
    return types.CodeAction(
        title=f"Disable {found.rule_id} on this line",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[shown],
        edit=types.WorkspaceEdit(changes={uri: [edit]}),
    )


def _add_word(uri: str, word: str, shown: types.Diagnostic) -> types.CodeAction:
    title = f'Add "{word}" to the vocabulary'
    return types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[shown],
        command=types.Command(title=title, command=ADD_WORD, arguments=[uri, word]),
    )


def _one_word(text: str) -> bool:
    return bool(text) and not any(c.isspace() for c in text)
