"""Checking paths: the pipeline from file names to a RunResult.

read file -> parse to a Document -> run the rules its config selects ->
diagnostics (suppressions applied). Nothing here prints.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .baseline import fingerprints
from .baseline import key_for as baseline_key
from .config import Config
from .diagnostic import Applicability, BackendUnavailable, Diagnostic
from .engine import lint, suppress
from .errors import EditlintError, InputError
from .fixer import MAX_PASSES, ChangedOnDisk, encode, fix_text, unified_diff, write_draft
from .gitdiff import ChangedLines
from .inputs import BinaryFile, Draft, decode, read_draft, walk
from .parsing import parse
from .results import FAIL_ON_DEFAULT, FileResult, RunResult
from .workspace import Workspace


class _Filters:
    """A config's include and exclude patterns, compiled once, and only when
    needed (checking one named file with no excludes imports nothing)."""

    def __init__(self, config: Config) -> None:
        self.root = config.root
        self._include_patterns = config.include
        self._include = None
        by_base: dict[Path, list[str]] = {}
        for base, pattern in config.exclude:
            by_base.setdefault(base, []).append(pattern)
        self.exclude = []
        if by_base:
            from pathspec import GitIgnoreSpec

            self.exclude = [(base, GitIgnoreSpec.from_lines(patterns)) for base, patterns in by_base.items()]

    @staticmethod
    def _relative(path: Path, base: Path) -> str | None:
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            return None

    def excluded(self, path: Path, is_dir: bool = False) -> bool:
        for base, spec in self.exclude:
            relative = self._relative(path, base)
            if relative is not None and spec.match_file(relative + ("/" if is_dir else "")):
                return True
        return False

    def included(self, path: Path) -> bool:
        if self._include is None:
            from pathspec import GitIgnoreSpec

            self._include = GitIgnoreSpec.from_lines(self._include_patterns)
        relative = self._relative(path, self.root) or path.name
        return self._include.match_file(relative)


class Runner:
    """Checks drafts. ``fix`` lists the fix applicabilities to apply (with
    ``diff`` true they are shown as a diff, not written); ``changed`` keeps
    only findings on lines changed since a git ref; ``baseline`` drops the
    findings a baseline file records."""

    def __init__(
        self,
        workspace: Workspace,
        fail_on: str | None = None,
        fix: frozenset[Applicability] = frozenset(),
        diff: bool = False,
        changed: ChangedLines | None = None,
        baseline: dict[str, set[str]] | None = None,
    ) -> None:
        self.workspace = workspace
        self.fail_on = fail_on
        self.fix = fix
        self.diff = diff
        self.changed = changed
        self.baseline = baseline
        self.result = RunResult()
        self._filters: dict[int, _Filters] = {}
        self._fallback = Config()
        self._unavailable: set[tuple[str, str]] = set()
        self._across: dict[int, tuple] = {}

    def _filters_for(self, config: Config) -> _Filters:
        key = id(config)
        if key not in self._filters:
            self._filters[key] = _Filters(config)
        return self._filters[key]

    def _wanted(self, path: Path, is_dir: bool) -> bool:
        config = self.workspace.config_for(path / "_" if is_dir else path)
        if config is None:
            # A broken config: walk with the defaults, so the note lists the
            # drafts it costs, not every file in the folder.
            config = self._fallback
        filters = self._filters_for(config)
        if filters.excluded(path, is_dir):
            return False
        return is_dir or filters.included(path)

    def check_paths(self, paths, stdin_filename: str | None = None, stdin=None) -> RunResult:
        for arg in paths:
            if arg == "-":
                data = (stdin or sys.stdin.buffer).read()
                shown = stdin_filename or "-"
                location = Path(stdin_filename) if stdin_filename else Path.cwd() / "stdin"
                config = self.workspace.config_for(location)
                if stdin_filename and config is not None and self._filters_for(config).excluded(location):
                    continue  # an editor piping an excluded file gets the same silence
                self._check_bytes(shown, data, location)
                continue
            path = Path(arg)
            if path.is_dir():
                files = walk(path, self._wanted)
                if not files:
                    self.result.notes.append(
                        f"{arg}: no drafts found (looked for {', '.join(self._include_for(path))})"
                    )
                for file in files:
                    self.check_file(file, str(file))
            elif path.exists():
                config = self.workspace.config_for(path)
                if config is not None and self._filters_for(config).excluded(path):
                    continue  # excluded by config, even when named: pre-commit names every file
                self.check_file(path, arg)
            else:
                self.result.errors.append(InputError(arg, "no such file or directory"))
        self._check_across()
        self.result.errors = self.workspace.errors + self.result.errors
        return self.result

    def _include_for(self, folder: Path) -> tuple[str, ...]:
        config = self.workspace.config_for(folder / "_")
        return config.include if config else ()

    def check_file(self, path: Path, shown: str) -> None:
        try:
            draft = read_draft(path, shown)
        except InputError as exc:
            self.result.errors.append(exc)
            return
        except BinaryFile:
            self.result.notes.append(f"{shown}: skipped, binary file")
            return
        self.check_draft(draft, path)

    def _check_bytes(self, shown: str, data: bytes, location: Path) -> None:
        try:
            draft = decode(shown, data)
        except InputError as exc:
            self.result.errors.append(exc)
            return
        except BinaryFile:
            self.result.notes.append(f"{shown}: skipped, binary input")
            return
        self.check_draft(draft, location)

    def check_draft(self, draft: Draft, location: Path) -> FileResult | None:
        """Lint one decoded draft; ``location`` decides its config and overrides."""
        config = self.workspace.config_for(location)
        if config is None:
            # Its config is broken (that error is reported once); say which drafts it cost.
            self.result.notes.append(f"{draft.path}: not checked, its config has errors")
            return None
        document = parse(draft.path, draft.text)
        for line, message in document.problems:
            self.result.errors.append(InputError(draft.path, message, line))
        rules = self.workspace.rules_for(config, location)
        unavailable: list[BackendUnavailable] = []
        diagnostics = lint(document, rules, unavailable)
        for problem in unavailable:
            # Said once per run: a server that is down is down for every draft.
            key = (problem.backend, problem.message)
            if key not in self._unavailable:
                self._unavailable.add(key)
                if problem.fatal:
                    self.result.errors.append(EditlintError(problem.backend, problem.message))
                else:
                    self.result.notes.append(f"{problem.backend}: {problem.message}")
        if self.fix:
            document, diagnostics = self._fix(draft, location, document, diagnostics, rules)
        if self.changed is not None and draft.path != "-":
            index = document.line_index
            diagnostics = [d for d in diagnostics if self.changed.changed(location, index.line_col(d.span.start)[0])]
        if self.baseline is not None:
            known = self.baseline.get(baseline_key(str(location)), set())
            prints = fingerprints(document, diagnostics)
            diagnostics = [d for d, p in zip(diagnostics, prints, strict=True) if p not in known]
        fail_on = self.fail_on or config.fail_on or FAIL_ON_DEFAULT
        file_result = FileResult(draft.path, document, diagnostics, fail_on)
        self.result.files.append(file_result)
        for active in rules:
            if active.rule.across_drafts:
                self._across.setdefault(id(active.rule), (active, []))[1].append(file_result)
        return file_result

    def _fix(self, draft: Draft, location: Path, document, diagnostics, rules):
        """Apply fixes until none is left; write the draft (or keep a diff).
        Returns the document and diagnostics to report: those of the text
        as it now is."""

        def relint(text: str):
            return lint(parse(draft.path, text), rules)

        outcome = fix_text(draft.text, relint, self.fix, diagnostics)
        if not outcome.converged:
            self.result.notes.append(
                f"{draft.path}: fixes did not settle after {MAX_PASSES} passes (a rule's fix keeps making "
                "new findings): please report this"
            )
        if outcome.text == draft.text:
            return document, diagnostics
        if self.diff:
            self.result.diffs.append(unified_diff(draft.path, draft.text, outcome.text))
            return document, diagnostics
        try:
            write_draft(location, draft.raw, encode(draft, outcome.text))
        except ChangedOnDisk:
            self.result.errors.append(InputError(draft.path, "changed on disk while being fixed: not written"))
            return document, diagnostics
        except OSError as exc:
            self.result.errors.append(InputError(draft.path, f"cannot write the fixes: {exc.strerror or exc}"))
            return document, diagnostics
        self.result.fixed += outcome.fixed
        self.result.fixed_files += 1
        return parse(draft.path, outcome.text), outcome.remaining

    def _check_across(self) -> None:
        """Rules that compare drafts (one headline in two drafts) run once,
        over every draft that has them."""
        for active, file_results in self._across.values():
            by_document = {id(f.document): f for f in file_results}
            added: dict[int, list[Diagnostic]] = {}
            for document, finding in active.rule.check_drafts([f.document for f in file_results]):
                rule_id = finding.rule_id or active.id
                diagnostic = Diagnostic(
                    finding.span, rule_id, active.severity, finding.message, finding.suggestions, finding.fix
                )
                added.setdefault(id(document), []).append(diagnostic)
            for key, diagnostics in added.items():
                file_result = by_document[key]
                file_result.diagnostics = sorted(file_result.diagnostics + suppress(file_result.document, diagnostics))
