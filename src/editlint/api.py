"""The public API: everything the CLI does, from Python.

::

    from editlint import Linter

    lint = Linter()                                  # the config found from the working folder
    lint = Linter(config={"language": "en-GB"})      # a mapping shaped like .editlint.yaml
    lint = Linter(root="newsroom/")                  # find .editlint.yaml from a folder
    diagnostics = lint.lint_text(text, path="story.md")
    fixed = lint.fix_text(text, path="story.md")
    result = lint.lint_paths(["drafts/"])            # .diagnostics, .errors, .files, .exit_code
    lint.explain("spelling.typo")

The CLI, the worker processes and the other front ends are clients of this
module (through editlint.pipeline and editlint.runner); nothing here prints
or exits. Errors are exceptions (editlint.errors) carrying the one-line
messages the CLI prints.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import pipeline
from .diagnostic import Applicability, Diagnostic, Severity
from .errors import ConfigError, EditlintError, InputError, RuleStopped, UsageError, did_you_mean
from .inputs import DEFAULT_MAX_FILE_SIZE, TooLarge
from .otherdrafts import OtherDrafts
from .parsing import reader_for
from .results import RunResult
from .rule import Example, RuleSpec
from .runner import Runner, Settings
from .userregex import timeout_of
from .workspace import Workspace

if TYPE_CHECKING:  # --shard and vocab add only: imported where used
    from .shards import Shard
    from .vocab import Added


@dataclass(frozen=True)
class TextReport:
    """What checking one text gave: its diagnostics, and what kept it from
    being checked whole (errors, each an EditlintError) or is worth saying
    (notes). A language server shows all three; :meth:`Linter.lint_text`
    raises the first error instead."""

    diagnostics: list[Diagnostic]
    errors: list[EditlintError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RuleInfo:
    """A rule as ``editlint rules`` lists it."""

    id: str
    kind: str
    severity: Severity
    enabled: bool
    #: Where it is written, "path:line".
    defined: str


@dataclass(frozen=True)
class Explanation:
    """What ``editlint explain RULE`` prints, as data."""

    id: str
    kind: str
    severity: Severity
    enabled: bool
    defined: str
    message: str
    description: str
    link: str | None
    #: "safe", "unsafe", "display" or "none".
    fix: str
    options: dict
    bad: tuple[Example, ...]
    good: tuple[Example, ...]


class Linter:
    """Checks drafts under a config, as the ``editlint`` command does.

    ``config`` is None (each draft's config is found from its folder, as the
    CLI finds .editlint.yaml; text is placed in ``root``), a mapping shaped
    like .editlint.yaml (for every draft; paths in it are relative to
    ``root``), or the path of a config file (for every draft, as
    ``--config``). ``root`` is the folder text and relative paths belong to
    (default: the working folder). ``select``, ``ignore``, ``style``,
    ``fail_on``, ``encoding`` and ``max_file_size`` are the CLI's options of
    those names. A config that is not valid raises ConfigError (its
    ``errors`` hold every mistake) when a text is checked under it; for
    files, its mistakes are in the result's ``errors``, as the CLI lists
    them.
    """

    def __init__(
        self,
        config: Mapping | str | os.PathLike | None = None,
        *,
        root: str | os.PathLike | None = None,
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        style: str | None = None,
        fail_on: str | None = None,
        encoding: str | None = None,
        max_file_size: int | None = None,
        cache_dir: str | os.PathLike | None = None,
    ) -> None:
        self.root = Path(root).resolve() if root is not None else Path.cwd()
        config_path = config_data = None
        if isinstance(config, Mapping):
            config_data = _plain(config)
        elif config is not None:
            config_path = Path(config)
            if not config_path.is_absolute():
                config_path = self.root / config_path
            if not config_path.is_file():
                raise ConfigError(str(config), "config file not found")
        self._settings = Settings(
            config_path, tuple(select), tuple(ignore), fail_on, cache_dir=Path(cache_dir) if cache_dir else None,
            encoding=encoding, max_file_size=max_file_size, style=style, config_data=config_data, root=self.root,
        )  # fmt: skip
        self._workspace = self._settings.workspace()

    def reload(self) -> None:
        """Forget the configs, rule sets and vocabulary files read so far
        (they changed on disk): the next check reads them again."""
        self._workspace = self._settings.workspace()

    # ------------------------------------------------------------------ text

    def lint_text(self, text: str, path: str = "draft.md") -> list[Diagnostic]:
        """The diagnostics of ``text``, read as a draft named ``path`` (its
        suffix picks the reader: Markdown, HTML or plain text; relative to
        ``root`` for finding its config; a Word draft is read from its
        file, with :meth:`lint_path`). Raises the first error that kept
        the text from being checked whole (see :meth:`check_text`)."""
        report = self.check_text(text, path)
        if report.errors:
            raise report.errors[0]
        return report.diagnostics

    def check_text(self, text: str, path: str = "draft.md", others: OtherDrafts | None = None) -> TextReport:
        """The diagnostics of ``text``, with the errors and notes the CLI
        would print beside them; never raises for the text's sake. With
        ``others`` (see :meth:`other_drafts`), the rules that compare
        drafts compare it with them."""
        location = self._location(path)
        config = self._config_for(location)
        rules = self._workspace.rules_of(config, location)
        try:
            with timeout_of(config.regex_timeout):
                checked = pipeline.check(path, text, rules)
        except InputError as error:  # a Word draft's path: Word drafts are read from their file
            return TextReport([], [*self._workspace.errors, error], list(self._workspace.notes))
        compared, failed = others.compare(checked, location, self._workspace) if others is not None else ([], [])
        return _report(path, checked, self._workspace, compared, failed)

    def other_drafts(self, folders: Iterable[str | os.PathLike] = ()) -> OtherDrafts:
        """The drafts :meth:`check_text` compares a text with (``others=``):
        those under ``folders`` (walked as the CLI walks them, read again
        when they change on disk), and the texts given to its ``put(path,
        text)`` (unsaved buffers, in place of their files; ``remove(path)``
        forgets one). ``rescan()`` walks the folders again."""
        return OtherDrafts(self.root, folders)

    def too_large(self, text: str, path: str = "draft.md") -> str | None:
        """The note the CLI prints when ``text`` (in UTF-8) is over the size
        limit for ``path`` (``max_file_size`` here, else in its config, else
        10 MB) and would not be checked; None when it is within it."""
        location = self._location(path)
        if self._settings.max_file_size:
            limit, setting = self._settings.max_file_size, "--max-file-size"
        else:
            config = self._workspace.config_for(location)
            limit, setting = (config.max_file_size if config else None) or DEFAULT_MAX_FILE_SIZE, "max_file_size"
        if len(text) * 4 <= limit:  # four bytes at most per character
            return None
        size = len(text.encode("utf-8", "surrogatepass"))
        return TooLarge(path, size, limit).note(setting) if size > limit else None

    def config_files(self, path: str = "draft.md") -> list[Path]:
        """The files the config that applies to ``path`` is read from: the
        config file first, then the files it extends and its vocabulary
        files. When one changes, :meth:`reload`. Empty for the defaults."""
        location = self._location(path)
        main = self._workspace.config_file_for(location)
        files = [main.resolve()] if main is not None else []
        config = self._workspace.config_for(location)
        if config is not None:
            files += [Path(f).resolve() for f in config.files if Path(f).resolve() not in files]
        return files

    def add_words(self, words: Iterable[str], path: str = "draft.md") -> Added:
        """Accept ``words`` in the spelling checks, as ``editlint vocab
        add`` does, for the config that applies to ``path``: they go into
        its first ``vocab.accept_files`` file (``vocab/accept.txt`` is made
        and listed when it has none; a new ``.editlint.yaml`` in ``root``
        when no config applies). Then the configs are read again."""
        if self._settings.config_data is not None:
            raise UsageError("config", "is a mapping: there is no accept file to add words to", " ")
        config_file = self._workspace.config_file_for(self._location(path))
        from .vocab import add_words

        added = add_words([str(w) for w in words], self.root, config_file)
        self.reload()
        return added

    def disable_line_comment(self, rule_id: str, path: str = "draft.md") -> str | None:
        """The comment that, at the end of a line of the draft ``path``,
        switches ``rule_id`` off on that line, in the draft's format; None
        for a format that has none."""
        reader = reader_for(path)
        if not reader.writes_back or reader.disable_line_comment is None:
            return None
        return reader.disable_line_comment.format(rules=rule_id)

    def fix_text(self, text: str, path: str = "draft.md", unsafe: bool = False) -> str:
        """``text`` with its safe fixes applied (and the unsafe ones too,
        with ``unsafe``), until none is left, as ``editlint --fix`` would."""
        location = self._location(path)
        config = self._config_for(location)
        wanted = {Applicability.SAFE} | ({Applicability.UNSAFE} if unsafe else set())
        with timeout_of(config.regex_timeout):
            fixed = pipeline.fix(path, text, self._workspace.rules_of(config, location), wanted)
        return fixed.text

    # ------------------------------------------------------------------ files

    def lint_paths(
        self,
        paths: Sequence[str | os.PathLike],
        *,
        jobs: int | None = None,
        fix: bool = False,
        unsafe: bool = False,
        diff: bool = False,
        changed=None,
        baseline: dict[str, set[str]] | None = None,
        configuration: Mapping[Path, str] | None = None,
        progress=None,
        stdin_filename: str | None = None,
        stdin=None,
        shard: Shard | str | None = None,
        dask=None,
    ) -> RunResult:
        """Check files and folders (``-`` is standard input, or the bytes
        ``stdin`` gives), as ``editlint check PATHS`` does: in ``jobs``
        processes (default: one per core, but one for drafts of under 40 kB
        in all), with ``fix`` writing safe fixes back (``unsafe`` too), or
        ``diff`` keeping them as diffs. Rules that
        compare drafts see every draft. Problems with drafts are in the
        result's ``errors``; nothing raises for a draft's sake.

        ``shard`` ("2/4" or a Shard) checks one of N deterministic shards of
        the drafts (editlint.shards). ``dask`` checks them on a Dask cluster
        (the ``editlint[dask]`` extra; docs/scale.md): a scheduler's address,
        "local" (a LocalCluster of ``jobs`` worker processes), a
        ``distributed.Client``, or an ``editlint.dask.DaskRun``; the result
        is the local run's."""
        applicabilities = frozenset()
        if fix or diff:
            applicabilities = frozenset({Applicability.SAFE} | ({Applicability.UNSAFE} if unsafe else set()))
        elif unsafe:
            raise UsageError("unsafe", "goes with fix or diff", "=True ")
        if isinstance(shard, str):
            from .shards import Shard

            try:
                shard = Shard.parse(shard)
            except ValueError as exc:
                raise UsageError("--shard", str(exc), " ") from None
        settings = replace(self._settings, fix=applicabilities, diff=diff)
        with _cluster(dask, jobs) as cluster:
            runner = Runner(
                settings, changed, baseline, jobs, progress, configuration, self._workspace,
                shard, cluster,
            )  # fmt: skip
            result = runner.check_paths([str(p) for p in paths], stdin_filename, stdin)
            if cluster is not None:
                result.notes.extend(cluster.notes)
        cache = runner.checker.cache
        if cache is not None and cache.broken:
            result.notes.append(cache.broken)
        result.rules = self._rules_reported(result)
        return result

    def lint_path(self, path: str | os.PathLike) -> list[Diagnostic]:
        """The diagnostics of one file; raises the first error."""
        result = self.lint_paths([path], jobs=1)
        if result.errors:
            raise result.errors[0]
        return result.diagnostics

    # ------------------------------------------------------------------ rules

    def rules(self, path: str = "draft.md") -> list[RuleInfo]:
        """Every rule of the config that applies to ``path``, on or off."""
        location = self._location(path)
        config = self._config_for(location)
        states = self._workspace.severities(config, location)
        return [
            RuleInfo(rid, spec.kind, states[rid][1], states[rid][0], spec.origin)
            for rid, spec in sorted(self._workspace.catalog(config).items())
        ]

    def explain(self, rule_id: str, path: str = "draft.md") -> Explanation:
        """What a rule flags, why, its options and examples. An unknown id
        raises UsageError with a did-you-mean."""
        location = self._location(path)
        config = self._config_for(location)
        catalog = self._workspace.catalog(config)
        spec = catalog.get(rule_id)
        if spec is None:
            raise UsageError("", f'unknown rule "{rule_id}"{did_you_mean(rule_id, catalog)}', "")
        on, severity = self._workspace.severities(config, location)[rule_id]
        active = self._workspace.active_by_id(config, location).get(rule_id)
        rule = active.rule if active is not None else None
        fix = rule.fix_applicability.value if rule and rule.fix_applicability else (spec.fix or "none")
        return Explanation(
            spec.id, spec.kind, severity, on, spec.origin, spec.message, spec.description, spec.link, fix,
            dict(spec.options), spec.bad, spec.good,
        )  # fmt: skip

    # ------------------------------------------------------------------ helpers

    def _location(self, path: str) -> Path:
        location = Path(path)
        return location if location.is_absolute() else self.root / location

    def _config_for(self, location: Path):
        config = self._workspace.config_for(location)
        if config is None:
            errors = self._workspace.errors
            raise ConfigError(errors[0].path, errors[0].message, errors[0].line, errors)
        return config

    def _rules_reported(self, result: RunResult) -> dict[str, RuleSpec]:
        """The RuleSpec of each rule id in the diagnostics, from the catalog
        of the config that applied to its draft. A backend reports
        "languagetool.X" for its rule "languagetool": the longest dotted
        prefix in the catalog stands in."""
        specs: dict[str, RuleSpec] = {}
        for file in result.files:
            wanted = {d.rule_id for d in file.diagnostics} - specs.keys()
            if not wanted:
                continue
            config = self._workspace.config_for(self._location(file.path))
            catalog = self._workspace.catalog(config) if config is not None else {}
            for rule_id in wanted:
                for prefix in rule_prefixes(rule_id):
                    spec = catalog.get(prefix)
                    if spec is not None:
                        specs[rule_id] = spec
                        break
        return specs


def rule_prefixes(rule_id: str) -> Iterator[str]:
    """``rule_id`` and its dotted prefixes, longest first: the rule a
    backend's "languagetool.X" comes from is the longest one a catalog knows
    ("languagetool")."""
    parts = rule_id.split(".")
    for end in range(len(parts), 0, -1):
        yield ".".join(parts[:end])


def _report(path: str, checked: pipeline.Checked, workspace: Workspace, compared=(), compare_errors=()) -> TextReport:
    errors: list[EditlintError] = list(workspace.errors)
    errors += [InputError(path, message, line) for line, message in checked.problems]
    errors += [RuleStopped(path, f.message) for f in checked.failures]
    errors += [EditlintError(p.backend, p.message) for p in checked.unavailable if p.fatal]
    errors += compare_errors
    notes = [f"{path}:{checked.source.place(line)}: {message}" for line, message in checked.notes]
    notes += [f"{p.backend}: {p.message}" for p in checked.unavailable if not p.fatal]
    diagnostics = sorted([*checked.diagnostics, *compared]) if compared else checked.diagnostics
    return TextReport(diagnostics, errors, list(workspace.notes) + notes)


def _cluster(dask, jobs: int | None):
    """The DaskRun for ``dask`` (see Linter.lint_paths), or a stand-in for
    none. Dask is imported here and only here: a run without it never
    loads it."""
    if dask is None:
        return contextlib.nullcontext()
    try:
        from .dask import DaskRun
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] not in ("dask", "distributed"):
            raise
        raise UsageError("--dask", "needs the dask extra: pip install 'editlint[dask]'", " ") from None
    return dask if isinstance(dask, DaskRun) else DaskRun(dask, workers=jobs)


def _plain(value):
    """A mapping's values as YAML would give them: dicts, lists, scalars."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
