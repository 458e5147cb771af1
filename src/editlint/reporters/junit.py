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

from ..results import RunResult

#: Characters outside XML 1.0's Char production.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _line(path: str, line: int, column: int, severity: str, rule_id: str, message: str) -> str:
    return f"{path}:{line}:{column}: {severity} [{rule_id}] {message}"


def _element(parent, tag: str, text: str | None = None, **attributes) -> ET.Element:
    element = ET.SubElement(parent, tag, {key: xml_text(str(value)) for key, value in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def render(result: RunResult) -> str:
    cases: list[tuple[str, list[tuple[str, str, str]], list[str], list[tuple[str, str]]]] = []
    by_path: dict[str, int] = {}
    for file in result.files:
        index = file.line_index
        failures, passing = [], []
        for d in file.diagnostics:
            line, column = index.line_col(d.span.start)
            text = _line(file.path, line, column, d.severity.label, d.rule_id, d.message)
            if result.fails(file, d):
                failures.append((d.message, d.rule_id, text))
            else:
                passing.append(text)
        by_path.setdefault(file.path, len(cases))
        cases.append((file.path, failures, passing, []))
    for error in result.errors:
        if error.path not in by_path:
            by_path[error.path] = len(cases)
            cases.append((error.path, [], [], []))
        cases[by_path[error.path]][3].append((error.message, str(error)))

    tests = len(cases)
    failed = sum(1 for case in cases if case[1])
    errored = sum(1 for case in cases if case[3])
    counts = {"tests": tests, "failures": failed, "errors": errored}
    root = ET.Element("testsuites", {"name": "editlint", **{k: str(v) for k, v in counts.items()}})
    suite = _element(root, "testsuite", name="editlint", **counts, skipped=0)
    for path, failures, passing, errors in cases:
        case = _element(suite, "testcase", classname="editlint", name=path)
        for message, text in errors:
            _element(case, "error", text, message=message, type="error")
        for message, rule_id, text in failures:
            _element(case, "failure", text, message=message, type=rule_id)
        if passing:
            _element(case, "system-out", "\n".join(passing))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
