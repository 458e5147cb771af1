"""Which files are drafts: the one place that decides.

Drafts come from folder walks and from files named on the command line
(which is how pre-commit calls editlint: with every staged file). A file is
a draft when its config's ``include`` patterns take it (a named file needs
no ``include``) and its ``exclude`` patterns do not. It is never a draft when
it is one of ``--fix``'s temporary files, or when it is configuration: a
file that a config in force reads (the config itself and those it extends,
its vocabulary files, the rule files of its rule sets) or that the command
line names (``--config``, ``--baseline``). Linting a vocabulary file as a
draft, and "fixing" it, would rewrite the house style itself.

A folder walk passes configuration over in silence. A configuration file
named on the command line is skipped with a note, which costs a pre-commit
user nothing (pre-commit shows a hook's output only when it fails) and
tells someone who named it by hand why nothing was checked.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .errors import InputError
from .fixer import is_temporary
from .inputs import unreadable, walk
from .pathfilters import PathFilters, resolved
from .results import RunResult
from .rule import rule_files, shipped_rules_dir
from .workspace import Workspace


@dataclass(frozen=True)
class DraftItem:
    """A draft to check: a file (``path``), or bytes already read (``data``,
    standard input). ``location`` decides its config and overrides."""

    shown: str
    location: Path
    path: Path | None = None
    data: bytes | None = None
    #: Named on the command line (not found by a folder walk): a file that
    #: cannot be read as a draft is an error, not a skip.
    named: bool = True


@dataclass
class _Found:
    """The drafts one command-line argument gave, before configuration is
    taken out."""

    arg: str
    items: list[DraftItem]
    #: A folder: its configuration files are passed over in silence.
    folder: bool = False
    #: A folder listed without errors: if it holds no draft, say so.
    listed: bool = False


class DraftFinder:
    """Turns command-line paths into the drafts to check. ``named`` maps
    files the command line uses as configuration (``--baseline``) to what
    they are; notes and errors go to ``result``."""

    def __init__(self, workspace: Workspace, result: RunResult, named: Mapping[Path, str] | None = None) -> None:
        self.workspace = workspace
        self.result = result
        self.named = {resolved(path): role for path, role in (named or {}).items()}
        self._filters: dict[int, PathFilters] = {}
        self._fallback = Config()
        self._rule_files: dict[Path, list[Path]] = {}

    def filters_for(self, config: Config) -> PathFilters:
        key = id(config)
        if key not in self._filters:
            self._filters[key] = PathFilters(config)
        return self._filters[key]

    def excluded(self, location: Path) -> bool:
        """Whether the config of ``location`` excludes it (named or not)."""
        config = self.workspace.config_for(location)
        return config is not None and self.filters_for(config).excluded(location)

    def find(self, paths: Iterable[str], read_stdin: Callable[[], DraftItem | None]) -> list[DraftItem]:
        """The drafts ``paths`` name, in order; ``read_stdin()`` gives the
        item for "-" (None: nothing to check)."""
        found: list[_Found] = []
        for arg in paths:
            if arg == "-":
                item = read_stdin()
                found.append(_Found(arg, [item] if item is not None else []))
                continue
            path = Path(arg)
            try:
                # One stat, following links: a loop of links, a link to
                # nothing and a folder we may not enter are each an error
                # of their own, not "no such file".
                is_dir = stat.S_ISDIR(path.stat().st_mode)
            except OSError as exc:
                self.result.errors.append(InputError(arg, unreadable(path, exc)))
                continue
            if is_dir:
                errors_before = len(self.result.errors)
                files = walk(path, self._wanted, self._unlistable)
                items = [DraftItem(str(file), file, file, named=False) for file in files]
                found.append(_Found(arg, items, folder=True, listed=len(self.result.errors) == errors_before))
            elif not self.excluded(path):  # excluded by config, even when named: pre-commit names every file
                found.append(_Found(arg, [DraftItem(arg, path, path)]))
        return self._without_configuration(found)

    def _without_configuration(self, found: list[_Found]) -> list[DraftItem]:
        # Worked out once every draft is known: a vocabulary file may be met
        # in a walk before any draft under the config that names it.
        configuration = self.configuration(item for entry in found for item in entry.items)
        drafts = []
        for entry in found:
            kept = []
            for item in entry.items:
                role = configuration.get(resolved(item.location)) if configuration else None
                if role is None:
                    kept.append(item)
                elif not entry.folder:
                    self.result.notes.append(f"{item.shown}: skipped, configuration ({role}), not a draft")
            if entry.listed and not kept:
                folder = Path(entry.arg)
                self.result.notes.append(
                    f"{entry.arg}: no drafts found (looked for {', '.join(self._include_for(folder))})"
                )
            drafts.extend(kept)
        return drafts

    def configuration(self, items: Iterable[DraftItem]) -> dict[Path, str]:
        """Every file the configs of ``items`` read, and the files the
        command line names as configuration: resolved path -> what it is."""
        files: dict[Path, str] = {}
        seen: set[int] = set()
        for item in items:
            config = self.workspace.config_for(item.location)
            if config is None or id(config) in seen:
                continue
            seen.add(id(config))
            files.update(config.files)
            for ref in config.rulesets:
                for file in self._rule_files_of(ref.path):
                    files.setdefault(file, f"a rule file of rule set {ref.name} in {ref.origin.path}")
        files.update(self.named)
        return files

    def _rule_files_of(self, folder: Path) -> list[Path]:
        if folder not in self._rule_files:
            shipped = folder.is_relative_to(shipped_rules_dir())  # never in a newsroom's folders
            self._rule_files[folder] = [] if shipped else [file.resolve() for file in rule_files(folder)]
        return self._rule_files[folder]

    def _wanted(self, path: Path, is_dir: bool) -> bool:
        if not is_dir and is_temporary(path.name):
            return False  # left by a --fix run that was killed while writing
        config = self.workspace.config_for(path / "_" if is_dir else path)
        if config is None:
            # A broken config: walk with the defaults, so the note lists the
            # drafts it costs, not every file in the folder.
            config = self._fallback
        filters = self.filters_for(config)
        if filters.excluded(path, is_dir):
            return False
        return is_dir or filters.included(path)

    def _unlistable(self, folder: Path, exc: OSError) -> None:
        self.result.errors.append(InputError(str(folder), unreadable(folder, exc)))

    def _include_for(self, folder: Path) -> tuple[str, ...]:
        config = self.workspace.config_for(folder / "_")
        return config.include if config else ()
