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
from dataclasses import dataclass, field, replace
from pathlib import Path

from .baseline import fingerprints
from .baseline import key_for as baseline_key
from .cache import Entry, ResultCache, content_key, decode_diagnostic, encode_diagnostic
from .collect import DraftFinder, DraftItem
from .config import Config
from .diagnostic import Applicability, BackendUnavailable, Diagnostic
from .document import RuleName
from .engine import ActiveRule, RuleFailure, failure_of, lint, run_rules, suppress
from .errors import EditlintError, InputError, RuleStopped
from .fixer import MAX_PASSES, ChangedOnDisk, encode, fix_text, unified_diff, write_draft
from .gitdiff import ChangedLines
from .inputs import DEFAULT_MAX_FILE_SIZE, BinaryFile, Draft, TooLarge, decode, read_draft
from .parsing import format_for, parse, reader_for
from .results import FAIL_ON_DEFAULT, FileResult, RunResult
from .span import Span
from .userregex import set_timeout as set_regex_timeout
from .workspace import Workspace

#: Fewer drafts than this are checked in this process: starting workers
#: costs more than it saves.
MIN_PARALLEL = 8


# --------------------------------------------------------------------------- one draft


@dataclass
class DraftOutcome:
    """What checking one draft gave: plain data, picklable and in order."""

    shown: str
    location: Path
    #: The text checked (after --fix, the fixed text); None when the draft
    #: was not checked (unreadable, binary, its config broken).
    source: str | None = None
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
    #: Rules that compare drafts: fingerprint -> this draft's facts.
    facts: dict[str, dict] = field(default_factory=dict)
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


class Checker:
    """Checks one draft at a time, with the rules its config selects."""

    def __init__(self, settings: Settings, workspace: Workspace | None = None) -> None:
        self.settings = settings
        self.workspace = workspace or Workspace(settings.config_path, settings.select, settings.ignore, settings.style)
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
        try:
            if item.data is not None:
                if len(item.data) > max_size:
                    raise TooLarge(item.shown, len(item.data), max_size)
                draft = decode(item.shown, item.data, encoding)
            else:
                draft = read_draft(item.path, item.shown, encoding, max_size)
        except InputError as exc:
            outcome.errors.append(exc)
        except BinaryFile:
            outcome.notes.append(f"{item.shown}: skipped, binary " + ("input" if item.data is not None else "file"))
        except TooLarge as exc:
            outcome.notes.append(exc.note(setting))
        else:
            try:
                self._check_draft(draft, item.location, outcome)
            finally:
                set_regex_timeout(None)  # the draft's config set it for this draft only
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
        rules = self.workspace.rules_for(config, location)
        outcome.fail_on = (
            self.settings.fail_on or self.workspace.draft_settings(config, location).fail_on or FAIL_ON_DEFAULT
        )
        set_regex_timeout(config.regex_timeout)
        unavailable: list[BackendUnavailable] = []
        failures: list[RuleFailure] = []
        if self.settings.fix:
            document, diagnostics = self._fix(draft, location, rules, outcome, unavailable, failures)
            outcome.source = document.source
            _report_reading(draft.path, document.problems, document.notes, outcome)
            outcome.facts = _facts(document, rules, failures)
            names = document.rule_names
        else:
            outcome.source = draft.text
            diagnostics, names = self._lint(draft, location, rules, outcome, unavailable, failures)
        outcome.diagnostics = sorted(diagnostics + self.workspace.suppression_warnings(config, names))
        outcome.unavailable = [(p.backend, p.message, p.fatal) for p in unavailable]
        # One line per rule, however many fix passes met the same failure.
        stopped = {f.rule_id: f for f in failures}
        outcome.errors.extend(RuleStopped(draft.path, f.message) for f in stopped.values())

    def _lint(self, draft, location, rules, outcome, unavailable, failures) -> tuple[list[Diagnostic], list[RuleName]]:
        """The draft's diagnostics and the rule names its suppressions write,
        from the cache where it has them: only the rules it lacks (or that
        are never cached) run."""
        if self.cache is None:
            document = parse(draft.path, draft.text)
            _report_reading(draft.path, document.problems, document.notes, outcome)
            outcome.facts = _facts(document, rules, failures)
            return lint(document, rules, unavailable, failures), list(document.rule_names)
        key = content_key(draft.text, format_for(draft.path))
        entry = self.cache.load(location, key)
        try:
            return self._lint_cached(draft, location, rules, outcome, unavailable, failures, key, entry)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            if entry is None:
                raise  # not the cache's doing
            # An entry damaged in a way its digest cannot tell: a miss.
            outcome.errors.clear()
            outcome.facts.clear()
            unavailable.clear()
            failures.clear()
            return self._lint_cached(draft, location, rules, outcome, unavailable, failures, key, None)

    def _lint_cached(
        self, draft, location, rules, outcome, unavailable, failures, key, entry
    ) -> tuple[list[Diagnostic], list[RuleName]]:
        fresh = entry is None
        if entry is None:
            entry = Entry(key)
        missing = [a for a in rules if not a.rule.cacheable or a.rule.fingerprint not in entry.rules]
        if missing or fresh:
            document = parse(draft.path, draft.text)
            entry.problems = [[line, message] for line, message in document.problems]
            entry.notes = [[line, message] for line, message in document.notes]
            entry.names = [[name.pattern, name.start, name.end] for name in document.rule_names]
            for active, found in zip(missing, run_rules(document, missing, unavailable, failures), strict=True):
                record = {"d": [encode_diagnostic(d) for d in found]}
                if active.rule.across_drafts:
                    record["f"] = _draft_facts(document, active, failures)
                entry.rules[active.rule.fingerprint] = record
            if fresh or any(a.rule.cacheable for a in missing):
                # An entry keeps the results of rules other runs used on the
                # same text (a hook with --select, CI without): a new text
                # starts a new entry.
                self.cache.store(location, _cacheable(entry, rules, failures))
        _report_reading(draft.path, entry.problems, entry.notes, outcome)
        diagnostics = []
        for active in rules:
            record = entry.rules[active.rule.fingerprint]
            diagnostics.extend(decode_diagnostic(raw, active.severity) for raw in record["d"])
            if active.rule.across_drafts and record.get("f") is not None:
                outcome.facts[active.rule.fingerprint] = record["f"]
        diagnostics.sort()
        return diagnostics, [RuleName(pattern, start, end) for pattern, start, end in entry.names]

    def _fix(self, draft, location, rules, outcome, unavailable, failures):
        """Apply fixes until none is left; write the draft (or keep a diff).
        Returns the document and diagnostics to report: those of the text
        as it now is."""
        document = parse(draft.path, draft.text)
        diagnostics = lint(document, rules, unavailable, failures)

        def relint(text: str):
            # A rule that stopped once would stop again (and cost its time
            # limit again) on each pass: it sits the rest out.
            stopped = {f.rule_id for f in failures}
            return lint(parse(draft.path, text), [a for a in rules if a.id not in stopped], None, failures)

        fixed = fix_text(draft.text, relint, self.settings.fix, diagnostics)
        if not fixed.converged:
            outcome.notes.append(
                f"{draft.path}: fixes did not settle after {MAX_PASSES} passes (a rule's fix keeps making "
                "new findings): please report this"
            )
        if fixed.text == draft.text:
            return document, diagnostics
        if self.settings.diff:
            outcome.diff = unified_diff(draft.path, draft.text, fixed.text)
            return document, diagnostics
        reader = reader_for(draft.path)
        if not reader.writes_back:
            outcome.errors.append(
                InputError(
                    draft.path,
                    f"cannot write the fixes: editlint does not write {reader.label} drafts back; "
                    "the file is unchanged (--diff shows the fixes)",
                )
            )
            return document, diagnostics
        try:
            new = encode(draft, fixed.text)
        except UnicodeEncodeError as exc:
            char = exc.object[exc.start]
            outcome.errors.append(
                InputError(
                    draft.path,
                    f'cannot write the fixes: "{char}" (U+{ord(char):04X}) has no place in '
                    f"{draft.encoding.upper()}, the draft's encoding; the file is unchanged",
                )
            )
            return document, diagnostics
        if encode(draft, draft.text) != draft.raw:
            # An encoding with more than one way to write a text (ISO-2022's
            # escapes): writing would change bytes the fixes do not touch.
            outcome.errors.append(
                InputError(
                    draft.path,
                    f"cannot write the fixes: {draft.encoding.upper()} would not give back the draft's "
                    "bytes as they were; the file is unchanged (--diff shows the fixes)",
                )
            )
            return document, diagnostics
        try:
            write_draft(location, draft.raw, new)
        except ChangedOnDisk:
            outcome.errors.append(InputError(draft.path, "changed on disk while being fixed: not written"))
            return document, diagnostics
        except OSError as exc:
            outcome.errors.append(InputError(draft.path, f"cannot write the fixes: {exc.strerror or exc}"))
            return document, diagnostics
        outcome.fixed = fixed.fixed
        outcome.fixed_file = True
        return parse(draft.path, fixed.text), fixed.remaining


def _report_reading(path: str, problems, notes, outcome: DraftOutcome) -> None:
    """What reading the draft met, (line, message) each: problems are
    errors (exit 2), notes only notes (a block the reader could not place
    goes unchecked, which is no fault of the draft's)."""
    for line, message in problems:
        outcome.errors.append(InputError(path, message, line))
    for line, message in notes:
        outcome.notes.append(f"{path}:{line}: {message}")


def _draft_facts(document, active: ActiveRule, failures: list[RuleFailure]) -> dict | None:
    """A rule's facts about a draft, marked suppressed when a suppression
    comment covers where its finding would be; None, with a failure added
    to ``failures``, when the rule fails."""
    try:
        facts = active.rule.draft_facts(document)
    except Exception as exc:
        failures.append(failure_of(active, exc))
        return None
    if facts is not None and "span" in facts:
        start, end = facts["span"]
        probe = Diagnostic(Span(start, end), active.id, active.severity, "")
        facts["suppressed"] = not suppress(document, [probe])
    return facts


def _facts(document, rules, failures: list[RuleFailure]) -> dict[str, dict]:
    found = {}
    for active in rules:
        if active.rule.across_drafts:
            facts = _draft_facts(document, active, failures)
            if facts is not None:
                found[active.rule.fingerprint] = facts
    return found


def _cacheable(entry: Entry, rules, failures: list[RuleFailure]) -> Entry:
    """The entry without the results of rules that are never kept, nor of
    rules that stopped on this text (a later run must try them again, and
    say again that they stopped)."""
    stopped = {f.rule_id for f in failures}
    left_out = {a.rule.fingerprint for a in rules if not a.rule.cacheable or a.id in stopped}
    kept = {fp: r for fp, r in entry.rules.items() if fp not in left_out}
    return replace(entry, rules=kept)


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
    ``jobs`` is how many processes check drafts; ``progress(done, total)``
    is called as drafts are done; ``configuration`` maps the files the
    command line uses as configuration (--baseline) to what they are, so
    that they are never taken for drafts."""

    def __init__(
        self,
        settings: Settings,
        changed: ChangedLines | None = None,
        baseline: dict[str, set[str]] | None = None,
        jobs: int = 1,
        progress: Callable[[int, int], None] | None = None,
        configuration: Mapping[Path, str] | None = None,
    ) -> None:
        self.settings = settings
        self.checker = Checker(settings)
        self.workspace = self.checker.workspace
        self.changed = changed
        self.baseline = baseline
        self.jobs = max(1, jobs)
        self.progress = progress
        self.result = RunResult()
        self.finder = DraftFinder(self.workspace, self.result, configuration)
        self._unavailable: set[tuple[str, str]] = set()
        #: Drafts with facts for the rules that compare drafts.
        self._across: list[tuple[FileResult, DraftOutcome]] = []

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
        for done, outcome in enumerate(self._outcomes(items), start=1):
            self._gather(outcome)
            if self.progress is not None:
                self.progress(done, len(items))
        self._check_across()
        self.result.errors = self.workspace.errors + self.result.errors
        self.result.notes = self.workspace.notes + self.result.notes
        return self.result

    def _outcomes(self, items: list[DraftItem]) -> Iterator[DraftOutcome]:
        """Each item's outcome, in order: in this process, or for a long
        list in ``jobs`` worker processes."""
        jobs = min(self.jobs, len(items))
        if jobs < 2 or len(items) < MIN_PARALLEL:
            for item in items:
                yield self.checker.check(item)
            return
        # The first draft is checked here: the rules it needs are compiled
        # and the word lists loaded before the workers fork, so they start
        # with them (and share their memory).
        yield self.checker.check(items[0])
        rest = items[1:]
        global _WORKER
        context = _process_context()
        if context.get_start_method() == "fork":
            _WORKER, settings = self.checker, None
        else:
            settings = self.settings  # each worker builds its own Checker
        chunk = max(1, min(8, len(rest) // (jobs * 8)))
        with context.Pool(jobs, _start_worker, (settings,)) as pool:
            yield from pool.imap(_check_in_worker, rest, chunksize=chunk)

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
        if outcome.source is None:
            return
        file_result = FileResult(outcome.shown, outcome.source, outcome.diagnostics, outcome.fail_on)
        self._filter(file_result, outcome.location)
        self.result.files.append(file_result)
        if outcome.facts:
            self._across.append((file_result, outcome))

    def _filter(self, file_result: FileResult, location: Path) -> None:
        """Keep only findings on changed lines (--diff-base) and findings the
        baseline does not record (--baseline)."""
        diagnostics = file_result.diagnostics
        if self.changed is not None and file_result.path != "-":
            index = file_result.line_index
            diagnostics = [d for d in diagnostics if self.changed.changed(location, index.line_col(d.span.start)[0])]
        if self.baseline is not None:
            known = self.baseline.get(baseline_key(str(location)), set())
            prints = fingerprints(file_result, diagnostics)
            diagnostics = [d for d, p in zip(diagnostics, prints, strict=True) if p not in known]
        file_result.diagnostics = diagnostics

    def _check_across(self) -> None:
        """Rules that compare drafts (one headline in two drafts) run once,
        over the facts every draft gave them."""
        by_rule: dict[str, list[tuple[FileResult, DraftOutcome, dict]]] = {}
        for file_result, outcome in self._across:
            for fp, facts in outcome.facts.items():
                by_rule.setdefault(fp, []).append((file_result, outcome, facts))
        for fp, entries in by_rule.items():
            active = self._active_rule(fp, entries[0][1].location)
            if active is None:
                continue
            drafts = [(file_result.path, facts) for file_result, _, facts in entries]
            try:
                found = list(active.rule.check_drafts(drafts))
            except Exception as exc:
                failure = failure_of(active, exc)
                spec = active.rule.spec
                message = f"rule {active.id} stopped comparing the drafts of this run: {failure.reason('them')}"
                self.result.errors.append(RuleStopped(spec.path, message, spec.line))
                continue
            # Such findings carry no fix (there is no document here for
            # fixsafety to check one against): they only say where to look.
            for index, finding in found:
                file_result, _, facts = entries[index]
                if facts.get("suppressed"):
                    continue
                diagnostic = Diagnostic(
                    finding.span, finding.rule_id or active.id, active.severity, finding.message, finding.suggestions,
                    finding.fix,
                )  # fmt: skip
                file_result.diagnostics = sorted([*file_result.diagnostics, diagnostic])

    def _active_rule(self, fp: str, location: Path) -> ActiveRule | None:
        config = self.workspace.config_for(location)
        if config is None:
            return None
        for active in self.workspace.rules_for(config, location):
            if active.rule.fingerprint == fp:
                return active
        return None
