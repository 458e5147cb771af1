"""Between editlint and LSP: positions, ranges, diagnostics.

Every conversion of an offset to a line and column (or back) goes through
``SourceText.line_col`` and ``SourceText.offset`` in the encoding the client
and server agreed on ("utf-16", "utf-8" or "utf-32"): nothing here counts
columns. LSP lines and columns start at 0; editlint's at 1.
"""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from ..diagnostic import Diagnostic
from ..errors import EditlintError
from ..span import SourceText, Span

#: What every diagnostic says it comes from.
SOURCE = "editlint"

SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "suggestion": types.DiagnosticSeverity.Information,
}


def position(source: SourceText, offset: int, encoding: str) -> types.Position:
    line, column = source.line_col(offset, encoding)
    return types.Position(line=line - 1, character=column - 1)


def lsp_range(source: SourceText, span: Span, encoding: str) -> types.Range:
    return types.Range(start=position(source, span.start, encoding), end=position(source, span.end, encoding))


def offset_at(source: SourceText, at: types.Position, encoding: str) -> int:
    """The code-point offset of an LSP position (a column past its line's
    end is taken to the end of the line)."""
    return source.offset(at.line + 1, at.character + 1, encoding)


def whole_text(source: SourceText, encoding: str) -> types.Range:
    return lsp_range(source, Span(0, len(source.text)), encoding)


def line_end(source: SourceText, offset: int) -> int:
    """The offset of the end of the line ``offset`` is on (before its line break)."""
    index = source.line_index
    return index.line_end(index.line_col(offset)[0])


def diagnostic(found: Diagnostic, encoding: str, link: str | None = None) -> types.Diagnostic:
    """An editlint diagnostic for LSP: ``code`` is the rule id; the rule's
    explanation is its ``codeDescription`` link when the rule has one, and
    always a hover away (``data.rule``)."""
    return types.Diagnostic(
        range=lsp_range(found.source, found.span, encoding),
        message=found.message,
        severity=SEVERITIES[found.severity.value],
        code=found.rule_id,
        code_description=types.CodeDescription(href=link) if link else None,
        source=SOURCE,
        data={"rule": found.rule_id, "fix": found.fix.applicability.value if found.fix else None},
    )


def note_at_top(message: str, severity: types.DiagnosticSeverity, code: str) -> types.Diagnostic:
    """A diagnostic about the whole draft, on its first line."""
    return types.Diagnostic(
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=1, character=0)),
        message=message,
        severity=severity,
        code=code,
        source=SOURCE,
    )


def error_diagnostic(error: EditlintError, code: str) -> types.Diagnostic:
    """An error (a rule that stopped, text its format does not allow, a
    mistake in a config) as a diagnostic on its line of the file it is
    about; on the first line when it names none."""
    line = max((error.line or 1) - 1, 0)
    return types.Diagnostic(
        range=types.Range(start=types.Position(line=line, character=0), end=types.Position(line=line + 1, character=0)),
        message=error.message,
        severity=types.DiagnosticSeverity.Error,
        code=code,
        source=SOURCE,
    )


def file_of(error: EditlintError) -> Path | None:
    """The file an error is about, when it names one that exists (a config
    or rule file); None for an option, a backend or a mapping config. Its
    path is as the CLI shows it: relative to the working folder."""
    if not error.path or error.path.startswith(("<", "-")):
        return None
    path = Path(error.path).absolute()
    return path if path.is_file() else None
