"""The other drafts one text is compared with, for the API's check_text.

The rules that compare drafts (a headline used in two drafts) need every
draft's *facts* (see editlint.across). A run of ``editlint check`` has them
all at once; a front end that checks one text at a time (a language server,
on each edit) does not. :class:`OtherDrafts` keeps the facts of the drafts
under some folders, and of texts held in memory (an editor's unsaved
buffers, which stand in for their files), and works each one out again only
when its text changes: a check of one text then costs its own facts and a
look at the others' file times.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .across import compare_drafts
from .collect import DraftFinder
from .diagnostic import Diagnostic, attach
from .engine import ActiveRule
from .errors import EditlintError
from .inputs import DEFAULT_MAX_FILE_SIZE, BinaryFile, TooLarge, read_draft
from .parsing import parse
from .pathfilters import relative_name, resolved
from .pipeline import Checked, facts_of
from .results import RunResult
from .workspace import Workspace

#: rule id -> (the rule's fingerprint, the draft's facts), as pipeline.Checked.facts.
Facts = dict[str, tuple[str, dict]]


@dataclass(frozen=True)
class _Known:
    #: What the facts were worked out from: the text itself, or the file's
    #: modification time and size.
    key: tuple
    shown: str
    facts: Facts


class OtherDrafts:
    """The drafts under ``folders`` (walked as ``editlint check FOLDER``
    walks them, configuration files left out) and the texts given with
    :meth:`put`, for :meth:`editlint.Linter.check_text` to compare a text
    with. Made by :meth:`editlint.Linter.other_drafts`; paths are relative
    to the linter's root."""

    def __init__(self, root: Path, folders: Iterable[str | os.PathLike] = ()) -> None:
        self.root = root
        self.folders = [self._location(folder) for folder in folders]
        #: Texts in memory: location -> (the name to report, the text).
        self._texts: dict[Path, tuple[str, str]] = {}
        #: The walk's drafts (location -> name to report); None: walk again.
        self._walked: dict[Path, str] | None = None
        self._known: dict[Path, _Known] = {}
        self._workspace: Workspace | None = None

    def put(self, path: str | os.PathLike, text: str) -> None:
        """Compare with ``text`` as the draft ``path`` (an unsaved buffer),
        in place of its file."""
        self._texts[self._location(path)] = (str(path), text)

    def remove(self, path: str | os.PathLike) -> None:
        """Forget the text put for ``path``: its file (if under the folders) counts again."""
        self._texts.pop(self._location(path), None)

    def rescan(self) -> None:
        """Walk the folders again at the next check (drafts were added or removed)."""
        self._walked = None

    # ------------------------------------------------------------------ for Linter.check_text

    def compare(self, checked: Checked, location: Path, workspace: Workspace) -> tuple[list[Diagnostic], list]:
        """What the rules that compare drafts report on the text ``checked``
        (at ``location``), compared with the other drafts; and an error for
        each such rule that failed."""
        if not checked.facts:
            return [], []
        if workspace is not self._workspace:
            # The configs were read again: which rules apply may have changed.
            self._workspace, self._walked, self._known = workspace, None, {}
        config = workspace.config_for(location)
        if config is None:
            return [], []
        active = workspace.active_by_id(config, location)
        here = resolved(location)
        others = [(shown, facts) for _, shown, facts in self._facts_of_others(workspace, here)]
        found: list[Diagnostic] = []
        errors: list[EditlintError] = []
        for rule_id, (fingerprint, facts) in checked.facts.items():
            rule = active.get(rule_id)
            if rule is None:
                continue
            drafts = [(checked.source.path, facts)]
            drafts += [(shown, theirs[rule_id][1]) for shown, theirs in others
                       if rule_id in theirs and theirs[rule_id][0] == fingerprint]  # fmt: skip
            if len(drafts) < 2:
                continue
            compared, error = compare_drafts(rule, drafts, "the drafts")
            if error is not None:
                errors.append(error)
            if not facts.get("suppressed"):
                found += attach([d for index, d in compared if index == 0], checked.source)
        return found, errors

    def _facts_of_others(self, workspace: Workspace, here: Path) -> list[tuple[Path, str, Facts]]:
        """The facts of every draft but the one at ``here`` (the text being
        checked has its own already: working them out again would parse it
        twice on every edit)."""
        drafts: dict[Path, tuple[str, str | None]] = {at: (shown, None) for at, shown in self._walk(workspace).items()}
        drafts.update((at, (shown, text)) for at, (shown, text) in self._texts.items())
        known = {}
        for at, (shown, text) in drafts.items():
            if at == here:
                continue
            entry = self._facts_of(workspace, at, shown, text)
            if entry is not None:
                known[at] = entry
        self._known = known  # drafts gone from disk are forgotten
        return [(at, entry.shown, entry.facts) for at, entry in known.items() if entry.facts]

    def _facts_of(self, workspace: Workspace, at: Path, shown: str, text: str | None) -> _Known | None:
        if text is not None:
            key: tuple = ("text", text)
        else:
            try:
                status = at.stat()
            except OSError:
                return None
            key = ("file", status.st_mtime_ns, status.st_size)
        entry = self._known.get(at)
        if entry is not None and entry.key == key:
            return entry
        config = workspace.config_for(at)
        if config is None:
            return _Known(key, shown, {})
        rules = [a for a in workspace.rules_for(config, at) if a.rule.across_drafts]
        if not rules:
            return _Known(key, shown, {})
        if text is None:
            encoding = workspace.draft_settings(config, at).encoding
            try:
                text = read_draft(at, shown, encoding, config.max_file_size or DEFAULT_MAX_FILE_SIZE).text
            except (EditlintError, BinaryFile, TooLarge):
                return _Known(key, shown, {})  # the CLI would not check it either
        return _Known(key, shown, _facts(shown, text, rules))

    def _walk(self, workspace: Workspace) -> dict[Path, str]:
        if self._walked is None:
            finder = DraftFinder(workspace, RunResult())
            items = finder.find([str(folder) for folder in self.folders if folder.is_dir()], lambda: None)
            self._walked = {resolved(item.location): self._shown(item.location) for item in items}
        return self._walked

    def _location(self, path: str | os.PathLike) -> Path:
        location = Path(path)
        return resolved(location if location.is_absolute() else self.root / location)

    def _shown(self, location: Path) -> str:
        """A walked draft's name: relative to the root when it is inside it."""
        return relative_name(location.resolve(), self.root) or str(location)


def _facts(path: str, text: str, rules: list[ActiveRule]) -> Facts:
    """What each rule that compares drafts notes of one draft."""
    try:
        document = parse(path, text)
    except Exception:  # a reader that fails on a draft costs only its comparison
        return {}
    return facts_of(document, rules, [])
