"""What a check reports: diagnostics as plain data, fixes as edits."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .span import Span


class Severity(Enum):
    SUGGESTION = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        """The severity named ``value`` (error, warning, suggestion); ValueError otherwise."""
        try:
            return cls[value.upper()]
        except (KeyError, AttributeError):
            raise ValueError(value) from None


SEVERITY_NAMES = tuple(s.label for s in sorted(Severity, key=lambda s: -s.value))


class Applicability(Enum):
    """How sure a fix is.

    SAFE fixes are mechanical and applied by ``--fix``; UNSAFE fixes may change
    meaning (a wording swap) and need ``--unsafe-fixes``; DISPLAY fixes are
    only shown.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY = "display"


@dataclass(frozen=True, slots=True, order=True)
class Edit:
    """Replace the source in ``span`` by ``replacement`` ("" deletes it)."""

    span: Span
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    edits: tuple[Edit, ...]
    applicability: Applicability
    #: Why the fix is less sure than its rule says, for the reader ("it
    #: changes words inside a quotation"); "" when it is as the rule says.
    note: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule kind reports; the engine adds the rule id and severity."""

    span: Span
    message: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    #: The id to report instead of the rule's own: a backend such as
    #: LanguageTool reports each of its rules as "languagetool.<RULE_ID>".
    rule_id: str | None = None


class BackendUnavailable(Exception):
    """An external checker (LanguageTool, Harper) cannot be used: the server
    is down, slow or answers garbage, or the package is not installed.

    ``fatal`` errors make the run exit 2; others are warnings.
    """

    def __init__(self, backend: str, message: str, fatal: bool = True) -> None:
        super().__init__(message)
        self.backend = backend
        self.message = message
        self.fatal = fatal


#: The warning about a suppression comment (or front-matter list) naming a
#: rule that does not exist.
UNKNOWN_RULE_IN_SUPPRESSION = "suppression.unknown-rule"
#: Findings about the draft's suppression comments rather than its text:
#: reported like any other (with a place, in every format), but never the
#: reason a run fails. A mistyped suppression leaves its finding reported,
#: and that finding decides the exit code as it would have anyway.
ADVISORY_RULES = frozenset({UNKNOWN_RULE_IN_SUPPRESSION})


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem at one place in one draft.

    Equality covers every field; sorting is by position, then rule id, then
    message, so output order is deterministic.
    """

    span: Span
    rule_id: str
    severity: Severity
    message: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None

    @property
    def advisory(self) -> bool:
        """Reported, but never counted towards --fail-on or --max-warnings."""
        return self.rule_id in ADVISORY_RULES

    def sort_key(self) -> tuple:
        return (self.span.start, self.span.end, self.rule_id, self.message, self.suggestions)

    def __lt__(self, other: Diagnostic) -> bool:
        return self.sort_key() < other.sort_key()
