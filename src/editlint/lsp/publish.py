"""What the client is told after a check: the document's diagnostics, and
the problems with configs and rule files.

A draft's own problems (a rule that stopped on it, text its format does
not allow) are diagnostics on the draft, so the writer sees the draft was
not wholly checked. Mistakes in a config or a rule file are told once as a
notification and stay as diagnostics on that file until it is mended; a
draft whose config is broken gets one diagnostic saying it was not checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.uris import from_fs_path

from ..errors import EditlintError, InputError, RuleStopped
from .checking import Outcome
from .convert import diagnostic, error_diagnostic, file_of, note_at_top

NOT_CHECKED = "editlint.not-checked"


def draft_diagnostics(outcome: Outcome, name: str, encoding: str) -> list[types.Diagnostic]:
    """The diagnostics to show on the draft ``name``."""
    if outcome.configuration or outcome.too_large:
        return []
    if outcome.config_error is not None:
        message = f"Not checked: its config has errors ({outcome.config_error})"
        return [note_at_top(message, types.DiagnosticSeverity.Warning, NOT_CHECKED)]
    if outcome.crash is not None:
        last = outcome.crash.strip().splitlines()[-1]
        message = f"editlint failed on this draft ({last}); this is a bug, please report it (the log has the details)"
        return [note_at_top(message, types.DiagnosticSeverity.Error, NOT_CHECKED)]
    report = outcome.report
    shown = []
    for found in report.diagnostics:
        explanation = outcome.rules.get(found.rule_id)
        shown.append(diagnostic(found, encoding, explanation.link if explanation else None))
    for error in report.errors:
        if error.path == name:
            shown.append(error_diagnostic(error, _code(error)))
    return shown


def _code(error: EditlintError) -> str:
    if isinstance(error, RuleStopped):
        return "editlint.rule-stopped"
    if isinstance(error, InputError):
        return "editlint.input"
    return "editlint.error"


@dataclass
class SetupProblems:
    """The mistakes in configs and rule files that the open drafts' checks
    met: which are new (to tell), and the diagnostics of each file."""

    #: Every mistake told so far and not yet mended, by its message.
    told: set[str] = field(default_factory=set)
    #: The diagnostics published on each config or rule file, by URI.
    shown: dict[str, list[types.Diagnostic]] = field(default_factory=dict)

    def update(self, errors: list[EditlintError]) -> tuple[list[str], dict[str, list[types.Diagnostic]]]:
        """From every setup error the open drafts now meet: the messages
        not told yet, and the diagnostics to publish on each config or
        rule file whose diagnostics changed (an empty list where the
        mistakes are gone)."""
        current = {str(e): e for e in errors}
        new = [message for message in current if message not in self.told]
        self.told = set(current)
        by_file: dict[str, list[types.Diagnostic]] = {}
        for error in current.values():
            path = file_of(error)
            if path is not None:
                by_file.setdefault(_uri(path), []).append(error_diagnostic(error, "editlint.config"))
        publish = {uri: found for uri, found in by_file.items() if self.shown.get(uri) != found}
        publish.update((uri, []) for uri in self.shown.keys() - by_file.keys())
        self.shown = by_file
        return new, publish


def setup_errors(name: str, errors: list[EditlintError]) -> list[EditlintError]:
    """The errors of an outcome that are not about the draft itself."""
    return [e for e in errors if e.path != name]


def notification(new: list[str]) -> str:
    """One message for the mistakes newly met."""
    first = new[0]
    more = f" (and {len(new) - 1} more, shown on their files)" if len(new) > 1 else ""
    return f"editlint: {first}{more}"


def _uri(path: Path) -> str:
    return from_fs_path(str(path)) or path.as_uri()
