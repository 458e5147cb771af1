"""What a check reports: diagnostics as plain data, fixes as edits."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum, StrEnum

from .span import SourceText, Span


class Severity(StrEnum):
    """How sure, and how serious: a string ("error", "warning",
    "suggestion"), so ``diagnostic.severity == "error"`` reads as it says;
    ``rank`` orders them."""

    SUGGESTION = "suggestion"
    WARNING = "warning"
    ERROR = "error"

    @property
    def label(self) -> str:
        return self.value

    @property
    def rank(self) -> int:
        return _RANKS[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        """The severity named ``value`` (error, warning, suggestion); ValueError otherwise."""
        try:
            return cls(value)
        except ValueError:
            raise ValueError(value) from None


_RANKS = {Severity.SUGGESTION: 1, Severity.WARNING: 2, Severity.ERROR: 3}
#: The severities, most serious first.
SEVERITY_NAMES = tuple(s.value for s in sorted(Severity, key=lambda s: -s.rank))


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

    ``span`` is the range of code-point offsets into the draft's text; once
    the pipeline has attached ``source`` (the draft's text and the name it
    is reported under), ``line``, ``column``, ``end_line``, ``end_column``
    (1-based, code points, the end exclusive), ``match`` and ``path`` read
    from it, and :meth:`to_dict` gives the object of the JSON report.

    Equality covers every field; sorting is by position, then rule id, then
    message, so output order is deterministic.
    """

    span: Span
    rule_id: str
    severity: Severity
    message: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    source: SourceText | None = None

    @property
    def rule(self) -> str:
        return self.rule_id

    @property
    def advisory(self) -> bool:
        """Reported, but never counted towards --fail-on or --max-warnings."""
        return self.rule_id in ADVISORY_RULES

    def sort_key(self) -> tuple:
        return (self.span.start, self.span.end, self.rule_id, self.message, self.suggestions)

    def __lt__(self, other: Diagnostic) -> bool:
        return self.sort_key() < other.sort_key()

    # ------------------------------------------------------------ where it is

    def _text(self) -> SourceText:
        if self.source is None:
            raise ValueError(f"diagnostic {self.rule_id} at {self.span} is not attached to its draft's text")
        return self.source

    @property
    def path(self) -> str:
        return self._text().path

    @property
    def line(self) -> int:
        return self._text().line_col(self.span.start)[0]

    @property
    def column(self) -> int:
        return self._text().line_col(self.span.start)[1]

    @property
    def end_line(self) -> int:
        return self._text().line_col(self.span.end)[0]

    @property
    def end_column(self) -> int:
        return self._text().line_col(self.span.end)[1]

    @property
    def match(self) -> str:
        return self._text().text[self.span.start : self.span.end]

    def to_dict(self) -> dict:
        """The diagnostic as the JSON report writes it (docs/output.md)."""
        text = self._text()
        item = {"path": text.path, **_position(text, self.span)}
        item.update(
            rule=self.rule_id,
            severity=self.severity.value,
            message=self.message,
            match=text.text[self.span.start : self.span.end],
            suggestions=list(self.suggestions),
            fix=None,
        )
        if self.fix is not None:
            item["fix"] = {
                "applicability": self.fix.applicability.value,
                "edits": [{**_position(text, e.span), "replacement": e.replacement} for e in self.fix.edits],
            }
        return item


def _position(text: SourceText, span: Span) -> dict:
    line, column = text.line_col(span.start)
    end_line, end_column = text.line_col(span.end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def attach(diagnostics, source: SourceText) -> list[Diagnostic]:
    """``diagnostics`` attached to their draft's text (see Diagnostic)."""
    return [d if d.source is source else replace(d, source=source) for d in diagnostics]
