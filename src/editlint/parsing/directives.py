"""Suppression comments: ``<!-- editlint-disable RULE... -->`` and friends.

The same HTML comment works in Markdown and in plain text, so one marker
serves both formats. Each rule a comment names is kept with its place in
the source, so that a name that matches no rule can be reported there.
"""

from __future__ import annotations

import re

from ..document import Directive, RuleName

ACTIONS = ("disable-next-line", "disable-line", "disable-file", "disable", "enable")

DIRECTIVE = re.compile(
    r"<!--\s*editlint-(disable-next-line|disable-line|disable-file|disable|enable)"
    r"(?=\s|-->)(.*?)-->",
    re.DOTALL,
)


_RULE = re.compile(r"[^\s,]+")


def directives_in(text: str, line_of, base: int = 0) -> list[Directive]:
    """Directives in ``text``, which starts at offset ``base`` of the source;
    ``line_of(index)`` gives the 1-based source line of an index into
    ``text``."""
    found = []
    for m in DIRECTIVE.finditer(text):
        names = tuple(
            RuleName(r.group(), base + r.start(), base + r.end()) for r in _RULE.finditer(text, m.start(2), m.end(2))
        )
        rules = tuple(name.pattern for name in names)
        found.append(Directive(m.group(1), rules, line_of(m.start()), line_of(m.end() - 1), names))
    return found
