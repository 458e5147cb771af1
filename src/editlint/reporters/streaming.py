"""Writing a JSON document a piece at a time (the json and sarif formats)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator


def dump_with_list(document: dict, path: tuple[str, ...], items: Iterable[dict]) -> Iterator[str]:
    """``json.dumps(document, ensure_ascii=False, indent=2) + "\\n"``, with
    the list at ``path`` (keys from the top, the last one naming the list)
    filled in from ``items`` one at a time: a log of a hundred thousand
    results is written without a dict per result held at once."""
    holder = document
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = [_HOLE]
    text = json.dumps(document, ensure_ascii=False, indent=2)
    hole = json.dumps(_HOLE)
    before, after = text.split(hole)
    indent = before[before.rindex("\n") + 1 :]  # the list's items are indented this much
    first = True
    for item in items:
        piece = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
        if first:
            yield before + piece
            first = False
        else:
            yield ",\n" + indent + piece
    if first:  # no items: "[]", as json.dumps writes an empty list
        yield before[: before.rindex("[") + 1] + after[after.index("]") :] + "\n"
    else:
        yield after + "\n"


#: Stands for the streamed list while the rest of a document is dumped.
_HOLE = "\x00editlint-streamed-list\x00"
