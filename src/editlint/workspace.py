"""What one run shares: configs, rule sets and compiled rules, each loaded once.

For every checked file the workspace finds the config, reads the rule sets it
lists, applies ``rules:`` settings, overrides for that path and the command
line's ``--select``/``--ignore``, and returns the rules to run. Problems are
collected in :attr:`Workspace.errors` (each reported once) so the run can go
on with everything that is still usable.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from .config import (
    BACKENDS,
    Config,
    RuleSetRef,
    RuleSetting,
    config_from_mapping,
    default_config,
    find_config,
    load_config,
)
from .diagnostic import Diagnostic, Severity
from .engine import ActiveRule, unknown_rule_warnings
from .errors import ConfigError, EditlintError, RuleError, did_you_mean
from .kinds import KINDS
from .kinds.base import KindRule, build
from .pathfilters import relative_name
from .pipeline import Rules
from .rule import RuleSpec, matches_rule
from .rulesetcache import read_rule_set
from .userregex import keep_checked
from .vale.folder import is_style_folder
from .yamlsource import YamlMap

#: The key of a config given as a mapping among the loaded configs.
_MAPPING = Path("<config>")

VOCAB_REJECTED = "vocab.rejected"
VOCAB_TERMS = "vocab.terms"


@dataclass(frozen=True)
class DraftSettings:
    """How a draft is read and gated, which an override may set per folder
    (None: the default). An override's language goes to the rules, see
    Workspace.rules_for."""

    fail_on: str | None = None
    encoding: str | None = None


@dataclass
class _RuleState:
    enabled: bool
    severity: Severity
    options: dict = field(default_factory=dict)
    option_origins: dict = field(default_factory=dict)


class Workspace:
    def __init__(
        self,
        config_path: Path | None = None,
        select=(),
        ignore=(),
        style: str | None = None,
        config_data: dict | None = None,
        root: Path | None = None,
    ) -> None:
        self.config_path = config_path
        #: A config given as a mapping (the API's Linter(config={...})), for
        #: every draft; paths in it are relative to ``root``.
        self.config_data = config_data
        self.root = root
        #: A stylebook (--style) applied to every config, as if it said style:.
        self.style = style
        self.select = tuple(select)
        self.ignore = tuple(ignore)
        self.errors: list[EditlintError] = []
        self._seen_errors: set[str] = set()
        #: Things worth saying about configs that are not errors, each once.
        self.notes: list[str] = []
        self._seen_notes: set[str] = set()
        self._configs: dict[Path | None, Config | None] = {}
        self._broken: list[Config] = []
        self._folder_config: dict[Path, Path | None] = {}
        self._rulesets: dict[tuple, list[RuleSpec]] = {}
        self._catalogs: dict[int, dict[str, RuleSpec]] = {}
        self._compiled: dict[tuple, KindRule | None] = {}
        self._active: dict[tuple, list[ActiveRule]] = {}
        self._suppressible: dict[int, list[str]] = {}
        #: Rules of a Vale style that cannot run here, by folder: listed by
        #: `editlint rules` and noted once.
        self._skipped: dict[tuple, list] = {}

    def error(self, error: EditlintError) -> None:
        key = str(error)
        if key not in self._seen_errors:
            self._seen_errors.add(key)
            self.errors.append(error)

    def note(self, note: str) -> None:
        if note not in self._seen_notes:
            self._seen_notes.add(note)
            self.notes.append(note)

    # ------------------------------------------------------------------ configs

    def config_for(self, path: Path) -> Config | None:
        """The config that applies to ``path``; None if it is broken (the
        error is recorded)."""
        if self.config_data is not None:
            if _MAPPING not in self._configs:
                root = self.root or Path.cwd()
                self._configs[_MAPPING] = self._checked(config_from_mapping(self.config_data, root, self.style))
            return self._configs[_MAPPING]
        config_file = self.config_file_for(path)
        if config_file not in self._configs:
            self._configs[config_file] = self._load(config_file)
        return self._configs[config_file]

    def config_file_for(self, path: Path) -> Path | None:
        """The config file that applies to ``path`` (--config, or the one
        found from its folder); None for the defaults or a mapping."""
        if self.config_data is not None:
            return None
        if self.config_path is not None:
            return self.config_path
        folder = path.parent.resolve()
        if folder not in self._folder_config:
            self._folder_config[folder] = find_config(folder)
        return self._folder_config[folder]

    def _load(self, config_file: Path | None) -> Config | None:
        """Load a config and report everything wrong with it at once: the
        mistakes in the file, then (its rule sets being readable) the rule
        patterns and options that fit no rule, in the order of its lines.
        A config with mistakes of the first sort checks no draft; the second
        sort costs only the setting (as a bad rule costs only that rule)."""
        if config_file is None:
            return self._checked(default_config(style=self.style))
        return self._checked(load_config(config_file, self.style))

    def _checked(self, config: Config) -> Config | None:
        """``config``, its mistakes and notes recorded; None when it has
        mistakes of its own (see _load)."""
        errors: list[EditlintError] = list(config.errors)
        if config.rulesets_complete:
            for error in sorted(self._setting_errors(config), key=lambda e: e.line or 0):
                # After the config file's own errors on the lines before it.
                at = [
                    i + 1 for i, e in enumerate(errors) if e.path == error.path and (e.line or 0) <= (error.line or 0)
                ]
                errors.insert(at[-1] if at else len(errors), error)
        for error in errors:
            self.error(error)
        for note in config.notes:
            self.note(note)
        if config.errors:
            # Kept alive: the catalogs and compiled rules made while checking
            # it are cached by its id, which a new config must not reuse.
            self._broken.append(config)
            return None
        return config

    def _setting_errors(self, config: Config) -> list[EditlintError]:
        """What is wrong with the config's rule settings, top-level and in
        every override (whether or not a draft of this run matches it): a
        pattern that names no rule, options for rules of different kinds,
        an option a rule does not take; and with the settings of the
        external checkers it switches on."""
        found: list[EditlintError] = []
        catalog = self.catalog(config)
        for spec in catalog.values():
            if spec.ruleset == "config":  # an external checker's settings, the vocabulary lists
                self._compile(spec, _RuleState(spec.enabled, spec.severity), found.append)
        for settings in (config.rules, *(override.rules for override in config.overrides)):
            state = {rid: _RuleState(spec.enabled, spec.severity) for rid, spec in catalog.items()}
            for setting in _ordered(settings, catalog):
                self._apply(setting, catalog, state, found.append)
            for rid, rule_state in state.items():
                if rule_state.options:
                    self._compile(catalog[rid], rule_state, found.append)
        return found

    # ------------------------------------------------------------------ rules

    def _ruleset(self, ref: RuleSetRef) -> list[RuleSpec]:
        key = (ref.path, ref.vale)
        if key not in self._rulesets:
            specs: list[RuleSpec] = []
            if ref.vale is not None or is_style_folder(ref.path):
                # A Vale style: its rules run as editlint rules; those of a
                # check editlint lacks are listed, each once, as skipped.
                from .vale.styles import ValeStyle, load_style  # a Vale style only (2 ms of imports)

                style = load_style(ref.path, ref.vale or ValeStyle(ref.path.name))
                specs = style.specs
                self._skipped[key] = style.skipped
                for error in style.errors:
                    self.error(error)
                for note in style.notes:
                    self.note(note)
                for skipped in style.skipped:
                    self.note(f"{skipped.origin}: {skipped.id} is skipped: {skipped.reason}")
            else:
                specs, errors = read_rule_set(ref.path, ref.name, KINDS)
                for error in errors:
                    self.error(error)
            self._rulesets[key] = specs
        return self._rulesets[key]

    def skipped_rules(self) -> list:
        """The rules of the rule sets read so far that are listed but do not
        run (a Vale rule of a kind editlint lacks), each with its reason."""
        return [rule for rules in self._skipped.values() for rule in rules]

    def catalog(self, config: Config) -> dict[str, RuleSpec]:
        """Every rule the config's rule sets define, by id. A rule set listed
        later replaces a rule of the same id from an earlier one, so a copied
        and edited set can stand in for ours."""
        key = id(config)
        if key not in self._catalogs:
            catalog: dict[str, RuleSpec] = {}
            seen_folders = set()
            for ref in config.rulesets:
                if ref.path in seen_folders:
                    continue
                seen_folders.add(ref.path)
                for spec in self._ruleset(ref):
                    catalog[spec.id] = spec
            for spec in _vocab_rules(config) + _backend_rules(config):
                catalog[spec.id] = spec
            self._catalogs[key] = catalog
        return self._catalogs[key]

    def rules_for(self, config: Config, path: Path) -> list[ActiveRule]:
        """The compiled rules to run on ``path``, with their severities."""
        overrides = self._overrides_for(config, path)
        key = (id(config), overrides)
        if key in self._active:
            return self._active[key]
        catalog = self.catalog(config)
        state = self._states(config, catalog, overrides)
        active = []
        for rid, rule_state in state.items():
            if not rule_state.enabled:
                continue
            rule = self._compile(catalog[rid], _with_config_options(catalog[rid], rule_state, config, overrides))
            if rule is not None:
                active.append(ActiveRule(rule, rule_state.severity))
        keep_checked()  # the patterns that compiled, for the next run's cold start
        self._active[key] = active
        return active

    def rules_of(self, config: Config, path: Path) -> Rules:
        """What a draft at ``path`` is checked with: the rules to run, and
        the warnings about suppressions naming rules the config lacks."""
        return Rules(self.rules_for(config, path), functools.partial(self.suppression_warnings, config))

    def active_by_id(self, config: Config, path: Path) -> dict[str, ActiveRule]:
        """The rules to run on ``path``, by id."""
        return {active.id: active for active in self.rules_for(config, path)}

    def severities(self, config: Config, path: Path) -> dict[str, tuple[bool, Severity]]:
        """Whether each rule of the catalog is on for ``path``, and its
        severity (the one it would have if switched on, for a rule that is
        off), after the config's settings."""
        state = self._states(config, self.catalog(config), self._overrides_for(config, path))
        return {rid: (s.enabled, s.severity) for rid, s in state.items()}

    def _states(self, config: Config, catalog: dict[str, RuleSpec], overrides: tuple[int, ...]) -> dict:
        """Each rule's state after the config's settings, the overrides that
        apply and the command line's --select and --ignore."""
        state = {rid: _RuleState(spec.enabled, spec.severity) for rid, spec in catalog.items()}
        settings = _ordered(config.rules, catalog) + [
            s for i in overrides for s in _ordered(config.overrides[i].rules, catalog)
        ]
        for setting in settings:
            self._apply(setting, catalog, state)
        self._check_cli_patterns(catalog)
        for rid, rule_state in state.items():
            if self.select:
                rule_state.enabled = any(matches_rule(p, rid) for p in self.select)
            if any(matches_rule(p, rid) for p in self.ignore):
                rule_state.enabled = False
        return state

    def suppression_warnings(self, config: Config, names) -> list[Diagnostic]:
        """Warnings for the rule names in a draft's suppressions that name no
        rule the config's rule sets define (on or off). editlint's own
        vocabulary rules always count, as do an external checker's ids."""
        if not names:
            return []
        ids = self._suppressible.get(id(config))
        if ids is None:
            ids = self._suppressible[id(config)] = sorted({*self.catalog(config), VOCAB_REJECTED, VOCAB_TERMS})
        return unknown_rule_warnings(names, ids, BACKENDS)

    def _overrides_for(self, config: Config, path: Path) -> tuple[int, ...]:
        """The indices of the config's overrides whose files match ``path``."""
        return tuple(i for i, o in enumerate(config.overrides) if _matches_files(o.base, o.files, path))

    def draft_settings(self, config: Config, path: Path) -> DraftSettings:
        """The settings for the draft at ``path`` that overrides may change
        per folder: the config's, with each matching override's on top (a
        later override wins)."""
        settings = DraftSettings(config.fail_on, config.encoding)
        for i in self._overrides_for(config, path):
            override = config.overrides[i]
            settings = DraftSettings(override.fail_on or settings.fail_on, override.encoding or settings.encoding)
        return settings

    def _check_cli_patterns(self, catalog: dict[str, RuleSpec]) -> None:
        for option, patterns in (("--select", self.select), ("--ignore", self.ignore)):
            for pattern in patterns:
                if not any(matches_rule(pattern, rid) for rid in catalog):
                    self.error(EditlintError(option, f'no rule matches "{pattern}"{did_you_mean(pattern, catalog)}'))

    def _apply(
        self, setting: RuleSetting, catalog: dict[str, RuleSpec], state: dict[str, _RuleState], report=None
    ) -> None:
        report = report or self.error
        ids = [rid for rid in catalog if matches_rule(setting.pattern, rid)]
        if not ids:
            report(
                ConfigError(
                    setting.origin.path,
                    f'no rule matches "{setting.pattern}"{did_you_mean(setting.pattern, catalog)}',
                    setting.origin.line,
                )
            )
            return
        if setting.options and len(ids) > 1:
            kinds = {catalog[rid].kind for rid in ids}
            if len(kinds) > 1:
                report(
                    ConfigError(
                        setting.origin.path,
                        f'"{setting.pattern}" names rules of different kinds ({", ".join(sorted(kinds))}); '
                        "give options per rule id",
                        setting.origin.line,
                    )
                )
                return
        for rid in ids:
            rule_state = state[rid]
            if setting.enabled is not None:
                rule_state.enabled = setting.enabled
            if setting.severity is not None:
                rule_state.severity = setting.severity
            for option, value in setting.options.items():
                rule_state.options[option] = value
                line = setting.options.line_of(option) if isinstance(setting.options, YamlMap) else None
                rule_state.option_origins[option] = (setting.origin.path, line or setting.origin.line)

    def _compile(self, spec: RuleSpec, rule_state: _RuleState, report=None) -> KindRule | None:
        # Where the options were written is part of the key: the same bad
        # value in two configs is two errors to report.
        key = (id(spec), repr(sorted(rule_state.options.items())), repr(sorted(rule_state.option_origins.items())))
        if key not in self._compiled:
            try:
                self._compiled[key] = build(
                    KINDS[spec.kind], spec, rule_state.options, rule_state.option_origins.__getitem__
                )
            except RuleError as exc:
                (report or self.error)(exc)
                self._compiled[key] = None
        return self._compiled[key]


def _with_config_options(
    spec: RuleSpec, rule_state: _RuleState, config: Config, overrides: tuple[int, ...] = ()
) -> _RuleState:
    """Fill in the options a kind takes from the config (``language:``, or
    the last of the draft's ``overrides`` that sets one; ``vocab.accept``);
    a rule's own settings in ``rules:`` still win."""
    wanted = KINDS[spec.kind].config_options
    if not wanted:
        return rule_state
    options, origins = {}, {}
    language, language_origin = config.language, config.language_origin
    for i in overrides:
        if config.overrides[i].language:
            language, language_origin = config.overrides[i].language, config.overrides[i].language_origin
    if "language" in wanted and language:
        options["language"] = language
        origins["language"] = (language_origin.path, language_origin.line)
    if "vocabulary" in wanted and (config.accept or config.reject):
        # Rejected words too: vocab.rejected reports them, spelling need not.
        entries = [*config.accept, *config.reject]
        options["vocabulary"] = [entry.word for entry in entries]
        origins["vocabulary"] = (entries[0].origin.path, entries[0].origin.line)
    # The rule's own options (a backend's mapping in the config) win too.
    options = {k: v for k, v in options.items() if k not in spec.options}
    origins = {k: v for k, v in origins.items() if k in options}
    if not options:
        return rule_state
    options.update(rule_state.options)
    origins.update(rule_state.option_origins)
    return _RuleState(rule_state.enabled, rule_state.severity, options, origins)


def _ordered(settings, catalog) -> list[RuleSetting]:
    """Globs and prefixes first, exact ids after, so "style: off" and
    "style.repeated-word: error" leave that one rule on whatever the order."""
    exact = [s for s in settings if s.pattern in catalog]
    return [s for s in settings if s.pattern not in catalog] + exact


def _matches_files(base: Path, patterns: tuple[str, ...], path: Path) -> bool:
    relative = relative_name(path.resolve(), base.resolve())
    return relative is not None and _file_spec(patterns).match_file(relative)


@functools.lru_cache(maxsize=256)
def _file_spec(patterns: tuple[str, ...]):
    """An override's ``files`` compiled once: each draft asks several times
    (for its rules, its encoding and its fail-on severity)."""
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(patterns)


def _vocab_rules(config: Config) -> list[RuleSpec]:
    """Rules built from the config's vocabulary lists."""
    rules = []
    if config.reject:
        first = config.reject[0].origin
        options = YamlMap(swap={e.word: list(e.replacements or ()) for e in config.reject})
        options.line, options.key_lines = first.line or 1, {}
        rules.append(
            RuleSpec(
                id=VOCAB_REJECTED,
                kind="substitution",
                # The house's preference, matched without regard to context
                # (a quotation, a name): a warning, which a newsroom that
                # wants it to fail the build raises to error in its config.
                severity=Severity.WARNING,
                message='"{match}" is on the house reject list',
                path=first.path,
                line=first.line or 1,
                description="Words the newsroom's config lists under vocab.reject.",
                fix="safe",  # the newsroom chose the replacement
                options=options,
                ruleset="config",
            )
        )
    terms = [e for e in config.accept if e.word != e.word.lower() and not _is_regex(e.word)]
    if terms:
        first = terms[0].origin
        options = YamlMap(swap={e.word: [e.word] for e in terms})
        options.line, options.key_lines = first.line or 1, {}
        rules.append(
            RuleSpec(
                id=VOCAB_TERMS,
                kind="substitution",
                severity=Severity.WARNING,
                message='Write "{suggestion}" as the house vocabulary does, not "{match}"',
                path=first.path,
                line=first.line or 1,
                description="Terms the config lists under vocab.accept, written with other capitals.",
                fix="safe",
                options=options,
                ruleset="config",
            )
        )
    return rules


def _backend_rules(config: Config) -> list[RuleSpec]:
    """A rule for each external checker the config switches on; its
    settings are the kind's options, so mistakes name the config's lines."""
    rules = []
    for backend, (settings, origin) in config.backends.items():
        options = YamlMap(settings)
        options.line = origin.line or 1
        options.key_lines = {k: settings.line_of(k) if isinstance(settings, YamlMap) else origin.line for k in settings}
        rules.append(
            RuleSpec(
                id=backend,
                kind=backend,
                severity=Severity.WARNING,
                message="{message}",
                path=origin.path,
                line=origin.line or 1,
                description=f"Matches of the {backend} checker, reported as {backend}.<its rule id>.",
                options=options,
                ruleset="config",
            )
        )
    return rules


def _is_regex(word: str) -> bool:
    return len(word) > 1 and word.startswith("/") and word.endswith("/")
