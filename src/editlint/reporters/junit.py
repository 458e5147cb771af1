"""``--format junit``: a JUnit XML report, which most CI systems (GitLab,
Jenkins, Azure Pipelines...) show as test results.

    <testsuites name="editlint" tests="2" failures="1" errors="0">
      <testsuite name="editlint" tests="2" failures="1" errors="0" skipped="0">
        <testcase classname="editlint" name="drafts/a.md">
          <failure message="..." type="boilerplate.share">drafts/a.md:7:1: error [boilerplate.share] ...</failure>
          <system-out>drafts/a.md:3:12: warning [style.extra-space] ...</system-out>
        </testcase>
        <testcase classname="editlint" name="drafts/b.md"/>
      </testsuite>
    </testsuites>

Each checked draft is a test case, named by its path as given. Each
diagnostic that makes the run fail (at or above the fail-on severity, or a
warning when there are more than ``--max-warnings``) is a ``<failure>``;
the others are lines of the case's ``<system-out>``, so a draft with only
those passes. Errors that make the run exit 2 are ``<error>`` elements, in
the draft's case when they are about a checked draft, else in a case of
their own. ``tests`` counts cases, ``failures`` the cases with a failure
and ``errors`` those with an error (as JUnit counts tests, not elements).

Characters XML cannot hold (most control characters) are written as
``\\xNN``; ElementTree escapes ``&``, ``<``, ``>`` and ``"``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from xml.sax.saxutils import escape as xml_escape

from ..results import RunResult

#: Characters outside XML 1.0's Char production.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _tag(tag: str, text: str | None = None, **attributes) -> str:
    """One element as XML, escaped as ElementTree escapes it."""
    element = ET.Element(tag, {key: xml_text(str(value)) for key, value in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return ET.tostring(element, encoding="unicode")


def render(result: RunResult) -> str:
    return "".join(stream(result))


def stream(result: RunResult) -> Iterator[str]:
    """The report a diagnostic at a time; the same text as ElementTree
    gives for the whole tree, indented."""
    # Each error goes in the case of the draft it is about, else in a case
    # of its own after the drafts'.
    case_of: dict[str, int] = {}
    for file in result.files:
        case_of.setdefault(file.path, len(case_of))
    errors: dict[int, list] = {}
    for error in result.errors:
        case = case_of.setdefault(error.path, len(case_of))
        errors.setdefault(case, []).append(error)
    failing = sum(1 for file in result.files if any(result.fails(file, d) for d in file.diagnostics))
    counts = {"tests": _case_count(result, case_of), "failures": failing, "errors": len(errors)}
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield _open("testsuites", name="editlint", **counts) + "\n"
    yield "  " + _open("testsuite", name="editlint", **counts, skipped=0) + "\n"
    seen: set[str] = set()
    for file in result.files:
        first = file.path not in seen
        seen.add(file.path)
        yield from _case(result, file.path, errors.get(case_of[file.path], []) if first else [], file)
    for path, case in case_of.items():
        if path not in seen:
            yield from _case(result, path, errors[case], None)
    yield "  </testsuite>\n</testsuites>\n"


def _case_count(result: RunResult, case_of: dict[str, int]) -> int:
    """One case per checked draft, and one per other file an error names."""
    paths = {file.path for file in result.files}
    return len(result.files) + sum(1 for path in case_of if path not in paths)


def _open(tag: str, **attributes) -> str:
    return _tag(tag, **attributes).removesuffix(" />") + ">"


def _case(result: RunResult, path: str, errors: list, file) -> Iterator[str]:
    pad = "      "
    diagnostics = file.diagnostics if file is not None else ()
    if not errors and not diagnostics:
        yield "    " + _tag("testcase", classname="editlint", name=path) + "\n"
        return
    yield "    " + _open("testcase", classname="editlint", name=path) + "\n"
    for error in errors:
        yield pad + _tag("error", str(error), message=error.message, type="error") + "\n"
    passing = False
    for d in diagnostics:
        if result.fails(file, d):
            yield pad + _tag("failure", _line(file, d), message=d.message, type=d.rule_id) + "\n"
        else:
            passing = True
    if passing:
        separator = pad + "<system-out>"
        for d in diagnostics:
            if not result.fails(file, d):
                yield separator + xml_escape(xml_text(_line(file, d)))
                separator = "\n"
        yield "</system-out>\n"
    yield "    </testcase>\n"


def _line(file, d) -> str:
    line, column = file.line_index.line_col(d.span.start)
    return f"{file.path}:{file.text.place(line, column)}: {d.severity.label} [{d.rule_id}] {d.message}"
