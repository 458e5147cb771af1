"""Named word lists that the rules of a rule set share.

A rule file may hold, beside (or instead of) its ``rules:``, a ``lists:``
mapping of names to lists of words::

    lists:
      modals: [can, could, may, might, must, shall, should, will, would]

Every rule file of the same folder sees every list defined in that folder,
so a list is written once (the grammar rules keep theirs in
``rules/grammar/lists.yaml``) and a pattern rule names it as ``$modals``
wherever it would write a list of words (see editlint.kinds.pattern). A
name defined twice in one folder is an error.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import RuleError, display_path
from .yamlsource import YamlMap, load_yaml

LIST_NAME = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_DEFINES_LISTS = re.compile(r"^lists\s*:", re.MULTILINE)
_SUFFIXES = (".yaml", ".yml")
#: Lists of a folder, by folder, with the files' stamps they were read from.
_FOLDERS: dict[Path, tuple[tuple, dict[str, tuple[str, ...]], list[RuleError]]] = {}


def lists_of(data, shown: str) -> tuple[dict[str, tuple[str, ...]], list[RuleError]]:
    """The ``lists:`` of one parsed rule file, checked."""
    raw = data.get("lists") if isinstance(data, dict) else None
    if raw is None:
        return {}, []
    line_of = data.line_of if isinstance(data, YamlMap) else (lambda key: 1)
    if not isinstance(raw, dict):
        return {}, [RuleError(shown, "lists: must map names to lists of words", line_of("lists"))]
    found, errors = {}, []
    for name, words in raw.items():
        where = raw.line_of(name) if isinstance(raw, YamlMap) else line_of("lists")
        if not isinstance(name, str) or not LIST_NAME.match(name):
            errors.append(RuleError(shown, f"list name {name!r} must be lower-case words joined by -", where))
        elif not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
            errors.append(RuleError(shown, f"list {name} must be a list of words", where))
        else:
            found[name] = tuple(words)
    return found, errors


def folder_lists(path: Path) -> tuple[dict[str, tuple[str, ...]], list[RuleError]]:
    """Every list the rule files in ``path``'s folder define (``path``
    itself included), and the errors in them (a name defined twice)."""
    folder = path.resolve().parent
    files = sorted(p for p in folder.iterdir() if p.suffix in _SUFFIXES and p.is_file())
    stamp = tuple((p.name, *_stamp(p)) for p in files)
    known = _FOLDERS.get(folder)
    if known is not None and known[0] == stamp:
        return known[1], known[2]
    lists: dict[str, tuple[str, ...]] = {}
    where: dict[str, str] = {}
    errors: list[RuleError] = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue  # reported when the file itself is read as a rule file
        if not _DEFINES_LISTS.search(text):
            continue
        shown = display_path(file)
        try:
            data = load_yaml(text, shown, RuleError)
        except RuleError:
            continue  # likewise
        found, problems = lists_of(data, shown)
        errors.extend(problems)
        for name, words in found.items():
            if name in lists:
                line = data["lists"].line_of(name) if isinstance(data["lists"], YamlMap) else 1
                errors.append(RuleError(shown, f"list {name} is defined twice (first in {where[name]})", line))
                continue
            lists[name], where[name] = words, shown
    _FOLDERS[folder] = (stamp, lists, errors)
    return lists, errors


def _stamp(path: Path) -> tuple[int, int]:
    """When ``path`` last changed, and its size: one stat call."""
    status = path.stat()
    return status.st_mtime_ns, status.st_size
