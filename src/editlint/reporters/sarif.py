"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other
tools that read static-analysis results.

One log with one run: ``tool.driver`` describes editlint and every rule
that reported something (``run.results[].ruleIndex`` points into that list),
each diagnostic is a result with its region and its fix, and the
invocation says whether every draft, config and rule file could be used
(errors and notes are its ``toolExecutionNotifications``).

Paths are relative to the folder editlint ran in, with forward slashes,
under ``uriBaseId`` ``%SRCROOT%`` (described in ``originalUriBaseIds``);
a draft outside that folder gets an absolute ``file:`` URI.

**Columns.** SARIF counts columns in UTF-16 code units unless a run says
otherwise, and a reader that ignores ``columnKind`` assumes that default.
So this reporter converts rather than declaring editlint's own unit: its
columns are UTF-16 code units, and the run says ``"columnKind":
"utf16CodeUnits"`` explicitly, which every reader agrees on. They match editlint's own columns (code
points) except after a character outside the Basic Multilingual Plane,
such as most emoji, which is two UTF-16 code units. Lines are the same in
every format.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..diagnostic import Diagnostic, Severity
from ..errors import ConfigError, EditlintError, InputError, RuleError
from ..results import RunResult
from ..span import SourceText
from . import relative_path
from .streaming import dump_with_list

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
#: Where people can read about editlint; the package's own URL when it
#: declares one (``[project.urls]``).
DEFAULT_INFORMATION_URI = "https://pypi.org/project/editlint/"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "note"}


def information_uri() -> str:
    try:
        meta = metadata.metadata("editlint")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return DEFAULT_INFORMATION_URI
    for entry in meta.get_all("Project-URL") or ():
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository") and url.strip():
            return url.strip()
    return meta.get("Home-page") or DEFAULT_INFORMATION_URI


# --------------------------------------------------------------------------- places


def artifact_location(path: str, root: str) -> dict:
    """Where a draft or config is: relative to %SRCROOT% when it is inside
    the folder editlint ran in, else an absolute file: URI."""
    relative = relative_path(path, root)
    if relative is not None:
        return {"uri": quote(relative, safe="/"), "uriBaseId": SRCROOT}
    if path == "-":
        return {"uri": "-"}
    return {"uri": Path(root, path).resolve().as_uri()}


def region(text: SourceText, start: int, end: int) -> dict:
    """The SARIF region of ``[start, end)`` (code-point offsets into
    ``text``), its columns in UTF-16 code units; the end column, like
    editlint's, is the column just after the last character."""
    start_line, start_column = text.line_col(start, "utf-16")
    end_line, end_column = text.line_col(end, "utf-16")
    return {"startLine": start_line, "startColumn": start_column, "endLine": end_line, "endColumn": end_column}


# --------------------------------------------------------------------------- rules


def short_description(template: str, rule_id: str) -> str:
    """The message template with each placeholder shown as "…"; the rule id
    when nothing but placeholders and punctuation is left."""
    parts = []
    try:
        for literal, name, _, _ in string.Formatter().parse(template):
            parts.append(literal)
            if name is not None:
                parts.append("…")
    except ValueError:
        return rule_id
    text = " ".join("".join(parts).split())
    return text if any(c.isalnum() for c in text) else rule_id


def rule_descriptor(rule_id: str, spec) -> dict:
    if spec is None:
        return {"id": rule_id, "shortDescription": {"text": rule_id}}
    short = short_description(spec.message, rule_id)
    descriptor: dict = {"id": rule_id, "shortDescription": {"text": short}}
    if spec.description:
        descriptor["fullDescription"] = {"text": spec.description}
    help_text = spec.description or short
    if spec.link:
        help_text += f"\n\nSee {spec.link}"
        descriptor["helpUri"] = spec.link
    descriptor["help"] = {"text": help_text}
    descriptor["defaultConfiguration"] = {"level": LEVELS[spec.severity]}
    descriptor["properties"] = {"kind": spec.kind, "tags": [rule_id.split(".")[0]]}
    return descriptor


# --------------------------------------------------------------------------- results


def _fix(diagnostic: Diagnostic, location: dict, text: SourceText) -> dict:
    replacements = [
        {
            "deletedRegion": region(text, edit.span.start, edit.span.end),
            "insertedContent": {"text": edit.replacement},
        }
        for edit in diagnostic.fix.edits
    ]
    first = diagnostic.fix.edits[0].replacement if diagnostic.fix.edits else ""
    description = f'Replace with "{first}"' if first else "Delete it"
    return {
        "description": {"text": description},
        "artifactChanges": [{"artifactLocation": dict(location), "replacements": replacements}],
        "properties": {"applicability": diagnostic.fix.applicability.value},
    }


def _result(diagnostic: Diagnostic, rule_index: int, location: dict, text: SourceText) -> dict:
    item: dict = {
        "ruleId": diagnostic.rule_id,
        "ruleIndex": rule_index,
        "level": LEVELS[diagnostic.severity],
        "message": {"text": diagnostic.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": dict(location),
                    "region": region(text, diagnostic.span.start, diagnostic.span.end),
                }
            }
        ],
    }
    if diagnostic.fix is not None and diagnostic.fix.edits:
        item["fixes"] = [_fix(diagnostic, location, text)]
    if diagnostic.suggestions:
        item["properties"] = {"suggestions": list(diagnostic.suggestions)}
    return item


def _notification(level: str, text: str, location: dict | None = None, line: int | None = None) -> dict:
    notification: dict = {"level": level, "message": {"text": text}}
    if location is not None:
        physical: dict = {"artifactLocation": location}
        if line is not None and line >= 1:
            physical["region"] = {"startLine": line}
        notification["locations"] = [{"physicalLocation": physical}]
    return notification


def _error_notification(error: EditlintError, root: str) -> dict:
    # Config, rule and input errors name a file; others name an option
    # ("--select") or a backend ("languagetool"), which are not places.
    if isinstance(error, (ConfigError, RuleError, InputError)):
        return _notification("error", error.message, artifact_location(error.path, root), error.line)
    return _notification("error", str(error))


def sarif_log(result: RunResult) -> dict:
    used = _rules_used(result)
    log = _log_without_results(result, used)
    log["runs"][0]["results"] = list(_results(result, used))
    return log


def _rules_used(result: RunResult) -> list[str]:
    """The ids of the rules with a result, sorted: the driver's rules, in
    the order each result's ruleIndex counts."""
    return sorted({d.rule_id for f in result.files for d in f.diagnostics})


def _results(result: RunResult, used: list[str]) -> Iterator[dict]:
    rule_index = {rule_id: i for i, rule_id in enumerate(used)}
    for file in result.files:
        location = artifact_location(file.path, result.root)
        for diagnostic in file.diagnostics:
            yield _result(diagnostic, rule_index[diagnostic.rule_id], location, file.text)


def _log_without_results(result: RunResult, used: list[str]) -> dict:
    notifications = [_error_notification(e, result.root) for e in result.errors]
    notifications += [_notification("note", note) for note in result.notes]
    invocation: dict = {"executionSuccessful": not result.errors, "exitCode": result.exit_code}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {
            "driver": {
                "name": "editlint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": information_uri(),
                "rules": [rule_descriptor(rule_id, result.rules.get(rule_id)) for rule_id in used],
            }
        },
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": Path(result.root).resolve().as_uri().rstrip("/") + "/"}},
        "columnKind": "utf16CodeUnits",
        "results": [],
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(result: RunResult) -> str:
    return "".join(stream(result))


def stream(result: RunResult) -> Iterator[str]:
    """The log, one result at a time (the same text as json.dumps of
    :func:`sarif_log`)."""
    used = _rules_used(result)
    return dump_with_list(_log_without_results(result, used), ("runs", 0, "results"), _results(result, used))
