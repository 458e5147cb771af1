"""Vale's messages: Go format strings (``%s``, ``%[2]s``, ``%%``) filled with
what each check passes (the match; for a substitution the expected form,
then the match; for a sequence the text of each token).

A leaf module: the rule kinds import it, and it imports nothing of theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_VERB = re.compile(r"%(?:%|(?:\[(\d+)\])?[sqv])")


def fill(template: str, arguments: Sequence[str]) -> str:
    """``template`` with its verbs filled from ``arguments`` as Go's fmt
    does: ``%s`` takes the next, ``%[n]s`` the n-th (and the next after it),
    ``%q`` quotes it, ``%%`` is a per cent sign. A verb with no argument
    left is dropped (Go would print ``%!s(MISSING)``)."""
    position = 0

    def replace(m: re.Match) -> str:
        nonlocal position
        verb = m.group()
        if verb == "%%":
            return "%"
        if m.group(1):
            position = int(m.group(1)) - 1
        value = arguments[position] if 0 <= position < len(arguments) else ""
        position += 1
        return f'"{value}"' if verb.endswith("q") else value

    return _VERB.sub(replace, template)


def to_sentence(words: Sequence[str], conjunction: str = "or") -> str:
    """'a', 'a' or 'b', 'a', 'b' or 'c': how Vale lists the replacements of
    a substitution with an action."""
    quoted = [f"'{w}'" for w in words]
    if len(quoted) < 3:
        return f" {conjunction} ".join(quoted)
    return ", ".join(quoted[:-1]) + f", {conjunction} " + quoted[-1]


def vale_message(kind: str, template: str, text: str, suggestions: Sequence[str], fields: dict, action) -> str:
    """The message of a Vale rule (run as the editlint kind ``kind``) for a
    finding on ``text``."""
    match = " ".join(text.split())
    if kind == "occurrence":
        return template  # Vale gives an occurrence rule's message as written
    if kind == "substitution":
        if action and action[0] == "replace" and len(suggestions) > 1:
            # Vale quotes each choice itself, so it unquotes a quoted first verb.
            for quoted in ("'%s'", '"%s"'):
                if template.count(quoted) == 2:
                    template = template.replace(quoted, "%s", 1)
            expected = to_sentence(suggestions)
        else:
            expected = "|".join(suggestions)
        return fill(template, [expected, match])
    if kind == "repetition":
        return fill(template, [fields.get("word") or match])
    if kind in ("pattern", "sequence"):
        return fill(template, list(fields.get("tokens") or [match]))
    return fill(template, [match])
