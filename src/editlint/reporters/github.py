"""``--format github``: GitHub Actions workflow commands, so each finding
shows as an annotation on the draft's line in a pull request.

One line per diagnostic::

    ::warning file=drafts/a.md,line=3,col=12,endLine=3,endColumn=14,title=style.extra-space::More than one space

``error`` findings are ``::error``, ``warning`` ``::warning`` and
``suggestion`` ``::notice``. Lines and columns are editlint's own (1-based,
code points, the end column just after the span, as in the JSON output);
``col`` and ``endColumn`` are left out for a span over several lines, which
GitHub does not accept. Errors that make the run exit 2 are ``::error``
lines too (with ``file`` and ``line`` when they have them). A last plain
line gives the summary.

Values are escaped as the runner expects: in the message ``%``, CR and LF
become ``%25``, ``%0D`` and ``%0A``; in properties ``:`` and ``,`` also
become ``%3A`` and ``%2C``. File paths are relative to the folder editlint
ran in (run it from the repository root) with forward slashes.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostic import Severity
from ..errors import ConfigError, EditlintError, InputError, RuleError
from ..results import RunResult
from . import relative_path
from .text import summary

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict, message: str) -> str:
    """``::name key=value,...::message``, escaped; None values are left out."""
    shown = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{name}{' ' + shown if shown else ''}::{escape_data(message)}"


def _file(path: str, root: str) -> str:
    relative = relative_path(path, root)
    return relative if relative is not None else path.replace("\\", "/")


def _error(error: EditlintError, root: str) -> str:
    if isinstance(error, (ConfigError, RuleError, InputError)) and error.path != "-":
        return command("error", {"file": _file(error.path, root), "line": error.line}, error.message)
    return command("error", {}, str(error))


def render(result: RunResult) -> str:
    return "".join(stream(result))


def stream(result: RunResult) -> Iterator[str]:
    """The commands, a line at a time."""
    for file in result.files:
        index = file.line_index
        path = None if file.path == "-" else _file(file.path, result.root)
        for d in file.diagnostics:
            line, column = index.line_col(d.span.start)
            end_line, end_column = index.line_col(d.span.end)
            one_line = line == end_line
            properties = {
                "file": path,
                "line": line,
                "col": column if one_line else None,
                "endLine": end_line,
                "endColumn": end_column if one_line else None,
                "title": d.rule_id,
            }
            yield command(COMMANDS[d.severity], properties, d.message) + "\n"
    for error in result.errors:
        yield _error(error, result.root) + "\n"
    yield summary(result) + "\n"
