"""Checking paths: the pipeline from file names to a RunResult.

read file -> parse to a Document -> run the rules its config selects ->
diagnostics (suppressions applied). Nothing here prints.

The work is split in two. A :class:`Checker` checks one draft and returns a
:class:`DraftOutcome`: plain data, so drafts can be checked in other
processes (``--jobs``) and their results kept between runs (see
editlint.cache). The :class:`Runner` finds the drafts, hands them out,
gathers the outcomes in the order the drafts were named, and then runs the
rules that compare drafts with each other.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import pipeline
from .across import AcrossDrafts, attach_to_files
from .cache import ResultCache
from .collect import DraftFinder, DraftItem
from .config import Config
from .diagnostic import Applicability, Diagnostic
from .errors import EditlintError, InputError, RuleStopped
from .fixer import MAX_PASSES, unified_diff, write_back
from .inputs import DEFAULT_MAX_FILE_SIZE, BinaryFile, Draft, TooLarge, decode, read_draft
from .parsing import reader_for
from .pipeline import CacheSlot
from .results import FAIL_ON_DEFAULT, FileResult, RunResult
from .span import SourceText
from .userregex import timeout_of
from .workspace import Workspace

if TYPE_CHECKING:  # annotations only: --diff-base (git, subprocess) and --shard import theirs where used
    from .gitdiff import ChangedLines
    from .shards import Shard

#: Fewer drafts than this are checked in this process: starting workers
#: costs more than it saves.
MIN_PARALLEL = 8
#: With the default number of jobs, drafts of fewer bytes than this in all
#: (about 6,500 words of news) are checked in this process: a worker costs
#: about 0.15 s of CPU more than this process would spend on the same drafts
#: (it learns the common words again), which a short run does not earn back
#: on two cores, and loses outright on a busy machine.
PARALLEL_BYTES = 40_000
#: With workers, a draft of at least this many times the run's mean size is
#: handed out before the others: started last, it would leave the other
#: processes idle while one checks it. Only these few are taken out of
#: order, so the outcomes held back to be reported in order stay few.
LONG_DRAFT = 4


# --------------------------------------------------------------------------- one draft


@dataclass
class DraftOutcome:
    """What checking one draft gave: plain data, picklable and in order."""

    shown: str
    location: Path
    #: The text checked (after --fix, the fixed text), with the name it is
    #: reported under; None when the draft was not checked (unreadable,
    #: binary, its config broken).
    text: SourceText | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    fail_on: str = FAIL_ON_DEFAULT
    errors: list[EditlintError] = field(default_factory=list)
    #: Problems with configs and rule files met while checking it: the
    #: Runner reports each once however many drafts meet it.
    setup_errors: list[EditlintError] = field(default_factory=list)
    #: The same for notes about configs (a vocabulary glob matching nothing).
    setup_notes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Backends that could not run: (backend, message, fatal).
    unavailable: list[tuple[str, str, bool]] = field(default_factory=list)
    #: Rules that compare drafts: rule id -> (its fingerprint, this draft's facts).
    facts: dict[str, tuple[str, dict]] = field(default_factory=dict)
    fixed: int = 0
    fixed_file: bool = False
    diff: str | None = None


@dataclass(frozen=True)
class Settings:
    """How to check drafts: everything a worker process needs to build its
    own Checker."""

    config_path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    fix: frozenset[Applicability] = frozenset()
    diff: bool = False
    #: Where results are kept between runs; None: not kept.
    cache_dir: Path | None = None
    #: --encoding (a codec name) and --max-file-size (bytes): None leaves
    #: them to each draft's config.
    encoding: str | None = None
    max_file_size: int | None = None
    #: --style: a stylebook applied to every draft's config.
    style: str | None = None
    #: A config given as a mapping (the API), for every draft, and the
    #: folder its paths are relative to.
    config_data: dict | None = None
    root: Path | None = None

    def workspace(self) -> Workspace:
        return Workspace(self.config_path, self.select, self.ignore, self.style, self.config_data, self.root)


class Checker:
    """Checks one draft at a time, with the rules its config selects."""

    def __init__(self, settings: Settings, workspace: Workspace | None = None) -> None:
        self.settings = settings
        self.workspace = workspace or settings.workspace()
        self.cache = ResultCache(settings.cache_dir) if settings.cache_dir is not None else None
        self._errors_seen = 0
        self._notes_seen = 0

    def reading(self, config: Config | None, location: Path) -> tuple[str | None, int, str]:
        """How to read the draft at ``location`` under ``config``: its
        encoding (None: UTF-8), its size limit, and the setting that set the
        limit. The command line has the first say, then the config and its
        overrides (a broken config: the defaults, so the draft's own
        problems are still reported)."""
        encoding = self.settings.encoding or (
            self.workspace.draft_settings(config, location).encoding if config else None
        )
        if self.settings.max_file_size:
            return encoding, self.settings.max_file_size, "--max-file-size"
        return encoding, (config.max_file_size if config else None) or DEFAULT_MAX_FILE_SIZE, "max_file_size"

    def check(self, item: DraftItem) -> DraftOutcome:
        outcome = DraftOutcome(item.shown, item.location)
        encoding, max_size, setting = self.reading(self.workspace.config_for(item.location), item.location)
        # A reader of bytes (Word) is handed the bytes as read; any other, the decoded text.
        binary = reader_for(item.shown).binary
        try:
            if item.data is not None:
                if len(item.data) > max_size:
                    raise TooLarge(item.shown, len(item.data), max_size)
                draft = decode(item.shown, item.data, encoding, binary)
            else:
                draft = read_draft(item.path, item.shown, encoding, max_size, binary)
        except InputError as exc:
            outcome.errors.append(exc)
        except BinaryFile as exc:
            # A file's bytes shipped to a cluster worker are still a file.
            if item.named and item.path is not None:
                # Named on the command line: it was meant to be checked, and cannot be.
                outcome.errors.append(InputError(item.shown, f"format not supported ({exc.what})"))
            else:
                outcome.notes.append(f"{item.shown}: skipped, binary " + ("input" if item.path is None else "file"))
        except TooLarge as exc:
            outcome.notes.append(exc.note(setting))
        else:
            self._check_draft(draft, item.location, outcome)
        return self._with_setup(outcome)

    def check_text(self, shown: str, location: Path, text: str) -> DraftOutcome:
        """Check a draft already decoded (a Dask bag's text): as
        :meth:`check` does after reading it."""
        outcome = DraftOutcome(shown, location)
        self._check_draft(Draft(shown, text, "utf-8", False), location, outcome)
        return self._with_setup(outcome)

    def _with_setup(self, outcome: DraftOutcome) -> DraftOutcome:
        """The config problems met since the last draft go with this one."""
        outcome.setup_errors = self.workspace.errors[self._errors_seen :]
        self._errors_seen = len(self.workspace.errors)
        outcome.setup_notes = self.workspace.notes[self._notes_seen :]
        self._notes_seen = len(self.workspace.notes)
        return outcome

    def _check_draft(self, draft: Draft, location: Path, outcome: DraftOutcome) -> None:
        config = self.workspace.config_for(location)
        if config is None:
            # Its config is broken (that error is reported once); say which drafts it cost.
            outcome.notes.append(f"{draft.path}: not checked, its config has errors")
            return
        rules = self.workspace.rules_of(config, location)
        outcome.fail_on = (
            self.settings.fail_on or self.workspace.draft_settings(config, location).fail_on or FAIL_ON_DEFAULT
        )
        try:
            with timeout_of(config.regex_timeout):  # the draft's config sets it for this draft only
                if self.settings.fix:
                    checked = self._fix(draft, location, rules, outcome)
                else:
                    slot = CacheSlot(self.cache, location) if self.cache is not None else None
                    checked = pipeline.check(draft.path, draft.content, rules, slot)
        except InputError as exc:  # not what its format says (a ".docx" that is no Word file)
            outcome.errors.append(exc)
            return
        outcome.text = checked.source
        outcome.diagnostics = checked.diagnostics
        outcome.facts = checked.facts
        for line, message in checked.problems:
            outcome.errors.append(InputError(draft.path, message, line))
        for line, message in checked.notes:
            outcome.notes.append(f"{draft.path}:{checked.source.place(line)}: {message}")
        outcome.unavailable = [(p.backend, p.message, p.fatal) for p in checked.unavailable]
        outcome.errors.extend(RuleStopped(draft.path, f.message) for f in checked.failures)

    def _fix(self, draft: Draft, location: Path, rules: pipeline.Rules, outcome: DraftOutcome) -> pipeline.Checked:
        """Apply fixes until none is left; write the draft (or keep a diff).
        Returns what checking the text as it now is gave."""
        fixed = pipeline.fix(draft.path, draft.content, rules, self.settings.fix)
        if not fixed.converged:
            outcome.notes.append(
                f"{draft.path}: fixes did not settle after {MAX_PASSES} passes (a rule's fix keeps making "
                "new findings): please report this"
            )
        outcome.notes.extend(f"{draft.path}:{note}" for note in fixed.notes)
        if fixed.text == draft.content:
            return fixed.checked
        if self.settings.diff:
            # The text the rules read, before and after (for a Word draft, its paragraphs).
            outcome.diff = unified_diff(draft.path, fixed.original.source.text, fixed.checked.source.text)
            return fixed.original  # nothing was written: the report is of the draft as it is
        error = write_back(draft, location, fixed.text, reader_for(draft.path))
        if error is not None:
            outcome.errors.append(error)
            return fixed.original
        outcome.fixed = fixed.fixed
        outcome.fixed_file = True
        return fixed.checked


# --------------------------------------------------------------------------- worker processes

#: The Checker of a worker process.
_WORKER: Checker | None = None


def _start_worker(settings: Settings | None) -> None:
    global _WORKER
    # Ctrl-C is the main process's to handle: it stops the pool, and each
    # draft a worker was writing is left whole (see fixer.write_draft), with
    # no worker printing a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if settings is not None:  # spawned: build one; forked: the parent's is here already
        _WORKER = Checker(settings)


def _check_in_worker(item: DraftItem) -> DraftOutcome:
    return _WORKER.check(item)


def _work(items: list[DraftItem], order: list[int], taken, connection, settings: Settings | None) -> None:
    """A worker process: check drafts, each the next of ``order`` (indices
    of ``items``) by the shared count ``taken`` (the main process takes its
    own from it too), and send back ``(index, outcome, exception)``."""
    _start_worker(settings)
    try:
        while True:
            index = _take(order, taken)
            if index is None:
                return
            try:
                connection.send((index, _check_in_worker(items[index]), None))
            except Exception as exc:  # noqa: BLE001 - raised in the main process, as a pool would
                connection.send((index, None, exc))
                return
    finally:
        connection.close()


def _take(order: list[int], taken) -> int | None:
    """The next draft of ``order`` no process has taken, or None."""
    with taken.get_lock():
        position = taken.value
        taken.value += 1
    return order[position] if position < len(order) else None


def _size(item: DraftItem) -> int:
    """The draft's size in bytes (0 when it cannot be told: reading it will say why)."""
    if item.data is not None:
        return len(item.data)
    if item.path is not None:
        try:
            return item.path.stat().st_size
        except OSError:
            pass
    return 0


def dispatch_order(items: list[DraftItem]) -> list[int]:
    """The order in which workers take ``items[1:]`` (the first is checked
    before they start): the drafts of at least LONG_DRAFT times the mean
    size, longest first, then the others as named."""
    sizes = [_size(item) for item in items]
    rest = range(1, len(items))
    mean = sum(sizes[i] for i in rest) / max(1, len(rest))
    long = sorted((i for i in rest if sizes[i] >= LONG_DRAFT * mean > 0), key=lambda i: -sizes[i])
    chosen = set(long)
    return long + [i for i in rest if i not in chosen]


def _process_context():
    """How worker processes start: forked on Linux, where it is safe and
    cheap; spawned elsewhere (fork is unsafe on macOS, missing on Windows)."""
    import multiprocessing

    return multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


# --------------------------------------------------------------------------- the run


class Runner:
    """Checks drafts. ``changed`` keeps only findings on lines changed since
    a git ref; ``baseline`` drops the findings a baseline file records;
    ``jobs`` is how many processes check drafts (None: one per core when the
    drafts come to PARALLEL_BYTES, else one); ``progress(done, total)``
    is called as drafts are done; ``configuration`` maps the files the
    command line uses as configuration (--baseline) to what they are, so
    that they are never taken for drafts; ``workspace`` lets runs share
    loaded configs and compiled rules (the API's Linter does); ``shard``
    keeps one of N shards of the drafts (--shard); ``cluster`` checks the
    drafts elsewhere: its ``outcomes(items, checker)`` yields each item's
    DraftOutcome, in order (editlint.dask.run.DaskRun, for --dask)."""

    def __init__(
        self,
        settings: Settings,
        changed: ChangedLines | None = None,
        baseline: dict[str, set[str]] | None = None,
        jobs: int | None = 1,
        progress: Callable[[int, int], None] | None = None,
        configuration: Mapping[Path, str] | None = None,
        workspace: Workspace | None = None,
        shard: Shard | None = None,
        cluster=None,
    ) -> None:
        self.settings = settings
        self.shard = shard
        self.cluster = cluster
        self.checker = Checker(settings, workspace)
        self.workspace = self.checker.workspace
        self.changed = changed
        self.baseline = baseline
        #: Processes that check drafts; None: one per core for a long run.
        self.jobs = max(1, jobs) if jobs is not None else None
        self.progress = progress
        self.result = RunResult()
        self.finder = DraftFinder(self.workspace, self.result, configuration)
        self._unavailable: set[tuple[str, str]] = set()
        #: What each draft says for the rules that compare drafts.
        self._across = AcrossDrafts(self.workspace)

    def check_paths(self, paths, stdin_filename: str | None = None, stdin=None) -> RunResult:
        def read_stdin() -> DraftItem | None:
            shown = stdin_filename or "-"
            location = Path(stdin_filename) if stdin_filename else Path.cwd() / "stdin"
            config = self.workspace.config_for(location)
            # No more than the size limit allows: `editlint - < /dev/zero` must end.
            _, max_size, setting = self.checker.reading(config, location)
            data = (stdin or sys.stdin.buffer).read(max_size + 1)
            if stdin_filename and self.finder.excluded(location):
                return None  # an editor piping an excluded file gets the same silence
            if len(data) > max_size:
                self.result.notes.append(TooLarge(shown, None, max_size).note(setting))
                return None
            return DraftItem(shown, location, data=data)

        items = self.finder.find(paths, read_stdin)
        if self.shard is not None:
            items = self.shard.of(items)
        for done, outcome in enumerate(self._outcomes(items), start=1):
            self._gather(outcome)
            if self.progress is not None:
                self.progress(done, len(items))
        found, errors = self._across.compare()
        attach_to_files(found)
        self.result.errors.extend(errors)
        self.result.errors = self.workspace.errors + self.result.errors
        self.result.notes = self.workspace.notes + self.result.notes
        return self.result

    def _outcomes(self, items: list[DraftItem]) -> Iterator[DraftOutcome]:
        """Each item's outcome, in order: in this process, or for a long
        list in this process and ``jobs - 1`` worker processes."""
        if self.cluster is not None:
            yield from self.cluster.outcomes(items, self.checker)
            return
        jobs = min(self._jobs_for(items), len(items))
        if jobs < 2 or len(items) < MIN_PARALLEL:
            for item in items:
                yield self.checker.check(item)
            return
        # The first draft is checked here: the rules it needs are compiled
        # and the word lists loaded before the workers fork, so they start
        # with them (and share their memory).
        yield self.checker.check(items[0])
        yield from self._shared(items, jobs - 1)

    def _jobs_for(self, items: list[DraftItem]) -> int:
        """``jobs``, or when not given one per core, but one for a run of
        fewer than PARALLEL_BYTES."""
        if self.jobs is not None:
            return self.jobs
        size = 0
        for item in items:
            size += _size(item)
            if size >= PARALLEL_BYTES:
                return default_jobs()
        return 1

    def _shared(self, items: list[DraftItem], workers: int) -> Iterator[DraftOutcome]:
        """The outcomes of ``items[1:]``, in order, checked by ``workers``
        processes and by this one: each process takes the next draft not yet
        taken (see dispatch_order), so this process, which would wait for
        the workers, checks drafts too (with the words it has learnt; a pool
        of ``jobs`` workers left it idle while each worker learnt them
        again)."""
        from multiprocessing.connection import wait

        global _WORKER
        context = _process_context()
        if context.get_start_method() == "fork":
            _WORKER, settings = self.checker, None
        else:
            settings = self.settings  # each worker builds its own Checker
        order = dispatch_order(items)
        taken = context.Value("q", 0)
        processes, connections = [], []
        for _ in range(workers):
            receiving, sending = context.Pipe(duplex=False)
            process = context.Process(target=_work, args=(items, order, taken, sending, settings), daemon=True)
            process.start()
            sending.close()
            processes.append(process)
            connections.append(receiving)
        done: dict[int, tuple[DraftOutcome | None, BaseException | None]] = {}

        def receive(timeout: float | None) -> None:
            # Everything the workers have sent, not one outcome each: a
            # worker whose pipe is full waits until this process reads it.
            ready = wait(connections, timeout)
            while ready:
                for connection in ready:
                    try:
                        index, outcome, exc = connection.recv()
                    except EOFError:  # the worker has finished (or died)
                        connections.remove(connection)
                        continue
                    done[index] = (outcome, exc)
                ready = wait(connections, 0)

        try:
            for index in range(1, len(items)):
                while index not in done:
                    receive(0)
                    if index in done:
                        break
                    mine = _take(order, taken)
                    if mine is not None:
                        done[mine] = (self.checker.check(items[mine]), None)
                    elif connections:
                        receive(None)
                    else:
                        # Every worker is gone and this draft never came back
                        # (a worker killed): check it here.
                        done[index] = (self.checker.check(items[index]), None)
                outcome, exc = done.pop(index)
                if exc is not None:
                    raise exc
                yield outcome
        finally:
            for process in processes:
                if process.is_alive():
                    process.terminate()
                process.join()

    def _gather(self, outcome: DraftOutcome) -> None:
        for error in outcome.setup_errors:
            self.workspace.error(error)  # said once, however many drafts met it
        for note in outcome.setup_notes:
            self.workspace.note(note)
        self.result.errors.extend(outcome.errors)
        self.result.notes.extend(outcome.notes)
        for backend, message, fatal in outcome.unavailable:
            # Said once per run: a server that is down is down for every draft.
            if (backend, message) in self._unavailable:
                continue
            self._unavailable.add((backend, message))
            if fatal:
                self.result.errors.append(EditlintError(backend, message))
            else:
                self.result.notes.append(f"{backend}: {message}")
        if outcome.diff:
            self.result.diffs.append(outcome.diff)
        self.result.fixed += outcome.fixed
        self.result.fixed_files += int(outcome.fixed_file)
        if outcome.text is None:
            return
        text = outcome.text
        file_result = FileResult(outcome.shown, text.text, outcome.diagnostics, outcome.fail_on, text)
        self._filter(file_result, outcome.location)
        self.result.files.append(file_result)
        if outcome.facts:
            self._across.add(file_result, file_result.path, outcome.location, outcome.facts)

    def _filter(self, file_result: FileResult, location: Path) -> None:
        """Keep only findings on changed lines (--diff-base) and findings the
        baseline does not record (--baseline)."""
        diagnostics = file_result.diagnostics
        if self.changed is not None and file_result.path != "-":
            index = file_result.line_index
            diagnostics = [d for d in diagnostics if self.changed.changed(location, index.line_col(d.span.start)[0])]
        if self.baseline is not None:
            from .baseline import fingerprints
            from .baseline import key_for as baseline_key

            known = self.baseline.get(baseline_key(str(location)), set())
            prints = fingerprints(file_result, diagnostics)
            diagnostics = [d for d, p in zip(diagnostics, prints, strict=True) if p not in known]
        file_result.diagnostics = diagnostics
