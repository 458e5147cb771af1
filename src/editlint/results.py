"""The outcome of a run, as the reporters and the exit code see it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .diagnostic import Diagnostic, Severity
from .document import Document
from .errors import EditlintError

EXIT_OK = 0  # nothing at or above the fail-on severity
EXIT_FINDINGS = 1  # findings at or above it
EXIT_ERROR = 2  # usage, config, rule-file or unreadable-input errors

FAIL_ON_DEFAULT = "error"


def fails(severity: Severity, fail_on: str) -> bool:
    return fail_on != "none" and severity.value >= Severity.parse(fail_on).value


@dataclass
class FileResult:
    path: str  # as given on the command line (or the stdin filename)
    document: Document
    diagnostics: list[Diagnostic]
    fail_on: str = FAIL_ON_DEFAULT

    @property
    def failing(self) -> int:
        return sum(1 for d in self.diagnostics if fails(d.severity, self.fail_on))


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[EditlintError] = field(default_factory=list)
    #: Things worth saying that are not errors: "skipped binary file x".
    notes: list[str] = field(default_factory=list)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.files for d in f.diagnostics if d.severity is severity)

    @property
    def total(self) -> int:
        return sum(len(f.diagnostics) for f in self.files)

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_ERROR
        if any(f.failing for f in self.files):
            return EXIT_FINDINGS
        return EXIT_OK
