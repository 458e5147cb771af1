"""The outcome of a run, as the reporters and the exit code see it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .diagnostic import Diagnostic, Severity
from .errors import EditlintError
from .span import LineIndex, SourceText

if TYPE_CHECKING:
    from .rule import RuleSpec

EXIT_OK = 0  # nothing at or above the fail-on severity, and no more warnings than --max-warnings
EXIT_FINDINGS = 1  # findings at or above it, or more warnings than --max-warnings
EXIT_ERROR = 2  # usage, config, rule-file or unreadable-input errors

FAIL_ON_DEFAULT = "error"


def fails(severity: Severity, fail_on: str) -> bool:
    return fail_on != "none" and severity.rank >= Severity.parse(fail_on).rank


def _working_folder() -> str:
    try:
        return os.getcwd()
    except OSError:  # the working folder was deleted under us
        return os.path.abspath(os.sep)


@dataclass
class FileResult:
    path: str  # as given on the command line (or the stdin filename)
    #: The draft's text as checked (decoded, without a byte-order mark; after
    #: --fix, the fixed text): diagnostic spans are offsets into it.
    source: str
    diagnostics: list[Diagnostic]
    fail_on: str = FAIL_ON_DEFAULT
    #: ``source`` with ``path``: what the diagnostics are attached to.
    text: SourceText | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.text is None:
            self.text = SourceText(self.path, self.source)

    @property
    def line_index(self) -> LineIndex:
        return self.text.line_index

    @property
    def failing(self) -> int:
        return sum(1 for d in self.diagnostics if not d.advisory and fails(d.severity, self.fail_on))


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[EditlintError] = field(default_factory=list)
    #: Things worth saying that are not errors: "skipped binary file x".
    notes: list[str] = field(default_factory=list)
    #: What the reporters know of each rule that reported something, by the
    #: rule id in the diagnostics (a backend's "languagetool.X" maps to the
    #: backend's spec). Filled in from the workspace catalog by the CLI; a
    #: rule missing here is described by its id alone.
    rules: dict[str, RuleSpec] = field(default_factory=dict)
    #: ``--max-warnings``: more warnings than this make the run fail
    #: whatever the fail-on severity says; None sets no limit.
    max_warnings: int | None = None
    #: The folder the run started in; relative paths are relative to it.
    root: str = field(default_factory=_working_folder)
    #: Fixes applied (--fix): diagnostics fixed, and files written.
    fixed: int = 0
    fixed_files: int = 0
    #: Unified diffs of the fixes (--diff), one per draft that would change.
    diffs: list[str] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Every draft's diagnostics, in the order of the drafts."""
        return [d for f in self.files for d in f.diagnostics]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.files for d in f.diagnostics if d.severity is severity)

    @property
    def total(self) -> int:
        return sum(len(f.diagnostics) for f in self.files)

    @property
    def gating_warnings(self) -> int:
        """The warnings ``--max-warnings`` counts: all but advisory ones."""
        return sum(1 for f in self.files for d in f.diagnostics if d.severity is Severity.WARNING and not d.advisory)

    @property
    def too_many_warnings(self) -> bool:
        """More warnings than ``--max-warnings`` allows."""
        return self.max_warnings is not None and self.gating_warnings > self.max_warnings

    def fails(self, file: FileResult, diagnostic: Diagnostic) -> bool:
        """Whether ``diagnostic`` is one that makes the run exit 1: at or
        above its file's fail-on severity, or a warning when there are more
        than ``--max-warnings``."""
        if diagnostic.advisory:
            return False
        if fails(diagnostic.severity, file.fail_on):
            return True
        return diagnostic.severity is Severity.WARNING and self.too_many_warnings

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_ERROR
        if any(f.failing for f in self.files) or self.too_many_warnings:
            return EXIT_FINDINGS
        return EXIT_OK
