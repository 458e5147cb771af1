"""Vale's ``action``: how a rule's fix is made from the text it matched.

``remove`` deletes the match; ``replace`` offers its params (or, without
them, a substitution's replacements); ``edit`` changes the match: ``regex``
(pattern, replacement), ``remove``, ``trim``, ``trim_left``, ``trim_right``
(characters), ``truncate`` (a separator: keep what is before it), ``split``
(a separator and an index). ``suggest`` offers spellings, which editlint
leaves to its own spelling rules: no fix. A leaf module, like message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def action_suggestions(action: Sequence[str], text: str, suggestions: Sequence[str]) -> tuple[str, ...]:
    name, params = action[0], list(action[1:])
    if name == "remove":
        return ("",)
    if name == "replace":
        return tuple(params) if params else tuple(suggestions)
    if name == "edit" and params:
        edited = _edit(params[0], params[1:], text)
        return (edited,) if edited is not None else tuple(suggestions)
    if name == "suggest":
        return ()
    return tuple(suggestions)


def _edit(operation: str, params: list[str], text: str) -> str | None:
    first = params[0] if params else ""
    if operation == "regex" and len(params) >= 2:
        try:
            return re.sub(params[0], re.sub(r"\$(\d+)", r"\\\1", params[1]), text)
        except re.error:
            return None
    if operation == "remove":
        return "".join(c for c in text if c not in first)
    if operation == "trim":
        return text.strip(first or None)
    if operation == "trim_left":
        return text.lstrip(first or None)
    if operation == "trim_right":
        return text.rstrip(first or None)
    if operation == "truncate" and first:
        return text.split(first)[0]
    if operation == "split" and first and len(params) >= 2 and params[1].lstrip("-").isdigit():
        parts = text.split(first)
        index = int(params[1])
        return parts[index] if -len(parts) <= index < len(parts) else None
    return None
