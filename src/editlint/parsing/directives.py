"""Suppression comments: ``<!-- editlint-disable RULE... -->`` and friends.

The same HTML comment works in Markdown and, on a line of its own, in plain
text, so one marker serves both formats.
"""

from __future__ import annotations

import re

from ..document import Directive

ACTIONS = ("disable-next-line", "disable-line", "disable-file", "disable", "enable")

DIRECTIVE = re.compile(
    r"<!--\s*editlint-(disable-next-line|disable-line|disable-file|disable|enable)"
    r"(?=\s|-->)(.*?)-->",
    re.DOTALL,
)


def directives_in(text: str, line_of) -> list[Directive]:
    """Directives in ``text``; ``line_of(index)`` gives the 1-based source line
    of an index into ``text``."""
    found = []
    for m in DIRECTIVE.finditer(text):
        rules = tuple(r for r in re.split(r"[\s,]+", m.group(2).strip()) if r)
        found.append(Directive(m.group(1), rules, line_of(m.start()), line_of(m.end() - 1)))
    return found
