"""Configuration: ``.editlint.yaml`` (or ``[tool.editlint]`` in pyproject.toml).

A config is found by walking up from each checked file (or given with
``--config``; see configfile.py). It can ``extends`` the bundled ``default``
preset or other config files; a config without ``extends`` extends
``default``, and ``extends: []`` starts from nothing. Every key and value is
checked, and every mistake in a file is collected (not only the first), each
a :class:`~editlint.errors.ConfigError` naming ``file:line``, with a
did-you-mean where one helps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

# find_config, CONFIG_NAMES and PYPROJECT are imported from here too; Origin
# and VocabEntry are defined beside the readers that make them.
from .configfile import CONFIG_NAMES, PYPROJECT, ConfigProblems, Origin, find_config, read_config_file  # noqa: F401
from .configvalues import FAIL_ON_NAMES, LANGUAGES, encoding_value, fail_on_value, language_value  # noqa: F401
from .configvocab import VocabEntry, read_vocab
from .diagnostic import SEVERITY_NAMES, Severity
from .errors import ConfigError, did_you_mean, display_path
from .inputs import parse_size
from .parsing import default_include
from .presets import stylebook_names, stylebook_path
from .rule import shipped_rules_dir, shipped_ruleset_names
from .yamlsource import YamlList, YamlMap

if TYPE_CHECKING:  # Vale's styles are read only for a config that names a .vale.ini
    from .vale.styles import ValeStyle

#: External checkers a config can switch on; each is a rule kind of that name.
BACKENDS = ("languagetool", "harper")
KEYS = (
    "extends", "style", "rulesets", "language", "rules", "vocab", "include", "exclude", "overrides", "fail_on",
    "encoding", "max_file_size", "regex_timeout", *BACKENDS,
)  # fmt: skip
#: What an ``overrides:`` entry may set for the drafts its ``files`` match.
OVERRIDE_KEYS = ("files", "rules", "language", "fail_on", "encoding")
#: The languages, spelt exactly so: no other spelling is taken for one of them.
PRESETS = ("default",)
#: "*.md", "*.markdown", "*.txt", "*.docx", "*.html", "*.htm": what the
#: built-in readers have a folder walk take.
DEFAULT_INCLUDE = default_include()
RULE_SETTING_WORDS = ("off", "on", *SEVERITY_NAMES)


@dataclass(frozen=True)
class RuleSetRef:
    name: str  # as written: "style" or "./house-style"; a Vale style's name
    path: Path
    origin: Origin
    #: How a Vale style a .vale.ini turns on is read (vocabulary, switches);
    #: None for editlint's rule sets and a Vale style folder named directly.
    vale: ValeStyle | None = None


@dataclass(frozen=True)
class RuleSetting:
    """One entry of ``rules:``: which rules (an id, a glob or a dotted prefix)
    and what to do with them."""

    pattern: str
    enabled: bool | None = None
    severity: Severity | None = None
    options: YamlMap = field(default_factory=YamlMap)
    origin: Origin = Origin("")


@dataclass(frozen=True)
class Override:
    """``overrides:`` entry: settings for the drafts matching ``files``
    (globs relative to ``base``): rule settings, and the draft's language,
    fail-on severity and encoding (None: as the config says)."""

    base: Path
    files: tuple[str, ...]
    rules: tuple[RuleSetting, ...]
    origin: Origin
    language: str | None = None
    language_origin: Origin | None = None
    fail_on: str | None = None
    encoding: str | None = None


@dataclass
class Config:
    """The merged result of a config and everything it extends."""

    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    rulesets: list[RuleSetRef] = field(default_factory=list)
    rules: list[RuleSetting] = field(default_factory=list)
    accept: list[VocabEntry] = field(default_factory=list)
    reject: list[VocabEntry] = field(default_factory=list)
    include: tuple[str, ...] = DEFAULT_INCLUDE
    #: (folder the pattern is relative to, gitignore-style pattern)
    exclude: list[tuple[Path, str]] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)
    fail_on: str | None = None
    language: str | None = None
    language_origin: Origin | None = None
    #: Backend name -> its settings (a YamlMap, so errors name lines) and where.
    backends: dict[str, tuple[YamlMap, Origin]] = field(default_factory=dict)
    #: The codec drafts are read with (None: UTF-8, or what a byte-order mark says).
    encoding: str | None = None
    #: Drafts larger than this many bytes are skipped (None: the default limit).
    max_file_size: int | None = None
    #: Seconds one search of a rule's regex may take (None: the default, 1 s).
    regex_timeout: float | None = None
    #: Every file this config was read from or reads, resolved, with what it
    #: is to the config ("vocab.reject_files of .editlint.yaml"): the config
    #: file, those it extends, its vocabulary files. Configuration, never a
    #: draft (see editlint.collect).
    files: dict[Path, str] = field(default_factory=dict)
    #: Every mistake in this file and the files it extends, each file's in
    #: the order of its lines. A config with errors checks no draft.
    errors: list[ConfigError] = field(default_factory=list)
    #: Things worth saying that are not mistakes ("path:line: ..."): a
    #: vocabulary glob that matches no file yet.
    notes: list[str] = field(default_factory=list)
    #: False when a rule set or an extended config could not be read: the
    #: rules it would have defined are unknown, so rule patterns are not
    #: checked against the others.
    rulesets_complete: bool = True

    @property
    def name(self) -> str:
        return str(self.path) if self.path else "(defaults)"


# --------------------------------------------------------------------------- loading


def default_config(root: Path | None = None, style: str | None = None) -> Config:
    """The settings with no config file: the default preset, and the
    stylebook ``style`` names (``--style``) on top."""
    config = Config(root=root or Path.cwd())
    _apply_preset(config, "default", Origin("(defaults)"))
    if style is not None:
        origin = Origin("--style")
        try:
            config.errors.extend(_apply_style(config, style, origin, []))
        except ConfigError as exc:
            config.errors.append(exc)
    return config


def load_config(path: Path, style: str | None = None) -> Config:
    """Load ``path`` with everything it extends. Mistakes do not raise:
    they are listed in the config's ``errors``, every one of them, and the
    settings that were right are kept (so that the rest can be checked).
    ``style`` (from ``--style``) stands in for the file's own ``style:``."""
    return _load(path.resolve(), [], style)


@dataclass
class _File:
    """A config file being read: where it is, its settings, its problems."""

    path: Path
    shown: str
    data: YamlMap
    problems: ConfigProblems

    def line(self, key) -> int | None:
        return self.data.line_of(key) if isinstance(self.data, YamlMap) else None

    def at(self, key) -> Origin:
        return Origin(self.shown, self.line(key))

    def error(self, key, message: str) -> ConfigError:
        return ConfigError(self.shown, message, self.line(key))


#: How a config given as a mapping (the API's ``Linter(config={...})``)
#: is named in its errors.
MAPPING_NAME = "<config>"


def config_from_mapping(data, root: Path, style: str | None = None) -> Config:
    """A config from a mapping shaped like .editlint.yaml (paths in it are
    relative to ``root``), checked as a file is: mistakes are listed in its
    ``errors``, named ``<config>``."""
    config = Config(path=None, root=root)
    if not isinstance(data, dict):
        config.errors.append(ConfigError(MAPPING_NAME, "a config is a mapping of settings"))
        return config
    return _settings(config, _File(root / MAPPING_NAME, MAPPING_NAME, data, ConfigProblems(MAPPING_NAME)), [], style)


def _load(path: Path, chain: list[Path], style: str | None = None) -> Config:
    shown = display_path(path)
    config = Config(path=path, root=path.parent)
    config.files[path] = "an editlint config"
    try:
        data = read_config_file(path)
    except ConfigError as exc:
        config.errors.append(exc)
        return config
    if not isinstance(data, dict):
        config.errors.append(ConfigError(shown, "a config file is a mapping of settings", getattr(data, "line", 1)))
        return config
    return _settings(config, _File(path, shown, data, ConfigProblems(shown)), chain, style)


def _settings(config: Config, file: _File, chain: list[Path], style: str | None) -> Config:
    """Read the settings of ``file`` into ``config``."""
    data = file.data
    # extends first: this file's settings come after, and win. The errors
    # of a file it extends are that file's, listed before this one's.
    parent_errors: list[ConfigError] = []
    with file.problems.checking():
        _extends(config, file, chain, parent_errors)
    # The stylebook next: after what the file extends, before its own settings.
    with file.problems.checking():
        if style is not None:
            parent_errors.extend(_apply_style(config, style, Origin("--style"), [*chain, file.path]))
        elif "style" in data:
            parent_errors.extend(_apply_style(config, data["style"], file.at("style"), [*chain, file.path]))
    for key in data:
        with file.problems.checking():
            if key not in KEYS:
                raise file.error(key, f'unknown key "{key}"{did_you_mean(key, KEYS)}')
            if key not in ("extends", "style"):
                _SETTERS.get(key, _backend)(config, file, key)
    config.errors = parent_errors + file.problems.in_file_order()
    return config


def _extends(config: Config, file: _File, chain: list[Path], parent_errors: list[ConfigError]) -> None:
    data, shown = file.data, file.shown
    extends = data.get("extends", "default")
    if isinstance(extends, str):
        extends = [extends]
    if not isinstance(extends, list) or not all(isinstance(e, str) for e in extends):
        config.rulesets_complete = False
        raise file.error("extends", "extends must be a preset name, a path, or a list of them")
    for i, parent in enumerate(extends):
        origin = Origin(shown, _item_line(data.get("extends"), i, file.line("extends")))
        with file.problems.checking():
            if parent in PRESETS:
                _apply_preset(config, parent, origin)
                continue
            if parent in stylebook_names():
                raise ConfigError(
                    shown, f'"{parent}" is a stylebook: choose it with style: {parent}, not extends', origin.line
                )
            complete = config.rulesets_complete
            config.rulesets_complete = False  # until the file is read
            if not _looks_like_path(parent):
                raise ConfigError(
                    shown,
                    f'unknown preset "{parent}"{did_you_mean(parent, PRESETS)}; '
                    f"a config file is a path such as ./{parent}.yaml",
                    origin.line,
                )
            parent_path = (file.path.parent / parent).resolve()
            if not parent_path.is_file():
                raise ConfigError(shown, f"extends: config file not found: {parent}", origin.line)
            if parent_path in (*chain, file.path):
                loop = (
                    [*chain[chain.index(parent_path) :], file.path, parent_path]
                    if parent_path in chain
                    else [file.path, file.path]
                )
                raise ConfigError(shown, "extends cycle: " + " -> ".join(display_path(p) for p in loop), origin.line)
            parent_config = _load(parent_path, [*chain, file.path])
            parent_errors.extend(parent_config.errors)
            _merge(config, parent_config)
            config.rulesets_complete = complete and parent_config.rulesets_complete


# --------------------------------------------------------------------------- top-level keys


def _rulesets(config: Config, file: _File, key: str) -> None:
    try:
        names = _string_list(file.data, key, file.shown)
    except ConfigError:
        config.rulesets_complete = False
        raise
    for i, name in enumerate(names):
        origin = Origin(file.shown, _item_line(file.data[key], i, file.line(key)))
        with file.problems.checking():
            try:
                if name.endswith(".ini"):
                    config.rulesets.extend(_vale_refs(config, name, file.path.parent, origin))
                else:
                    config.rulesets.append(_ruleset_ref(name, file.path.parent, origin))
            except ConfigError:
                config.rulesets_complete = False
                raise


def _rules(config: Config, file: _File, key: str) -> None:
    config.rules.extend(_rule_settings(file.data[key], file.shown, file.line(key), file.problems))


def _language(config: Config, file: _File, key: str) -> None:
    config.language = language_value(file.data[key], file.shown, file.line(key))
    config.language_origin = file.at(key)


def _vocab(config: Config, file: _File, key: str) -> None:
    accept, reject, notes = read_vocab(
        file.data[key], file.shown, file.line(key), file.path.parent, file.problems, config.files
    )
    config.accept.extend(accept)
    config.reject.extend(reject)
    config.notes.extend(notes)


def _backend(config: Config, file: _File, key: str) -> None:
    settings = file.data[key]
    if settings is True or settings == "on":
        settings = YamlMap()
        settings.line, settings.key_lines = file.line(key) or 1, {}
    if not isinstance(settings, dict):
        raise file.error(key, f"{key} must be a mapping of its settings (or true)")
    config.backends[key] = (settings, file.at(key))


def _include(config: Config, file: _File, key: str) -> None:
    config.include = tuple(_string_list(file.data, key, file.shown))


def _exclude(config: Config, file: _File, key: str) -> None:
    config.exclude.extend((file.path.parent, p) for p in _string_list(file.data, key, file.shown))


def _overrides_key(config: Config, file: _File, key: str) -> None:
    config.overrides.extend(_overrides(file.data[key], file.path.parent, file.shown, file.line(key), file.problems))


def _fail_on(config: Config, file: _File, key: str) -> None:
    config.fail_on = fail_on_value(file.data[key], file.shown, file.line(key))


def _encoding(config: Config, file: _File, key: str) -> None:
    config.encoding = encoding_value(file.data[key], file.shown, file.line(key))


def _max_file_size(config: Config, file: _File, key: str) -> None:
    try:
        config.max_file_size = parse_size(file.data[key])
    except ValueError as exc:
        raise file.error(key, f"max_file_size must be {exc}") from None


def _regex_timeout(config: Config, file: _File, key: str) -> None:
    value = file.data[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 3600:
        raise file.error(
            key, f"regex_timeout must be a number of seconds above 0 and at most 3600 (such as 2.5), not {value!r}"
        )
    config.regex_timeout = float(value)


#: How each key is read (a backend's, by _backend).
_SETTERS = {
    "rulesets": _rulesets, "rules": _rules, "language": _language, "vocab": _vocab, "include": _include,
    "exclude": _exclude, "overrides": _overrides_key, "fail_on": _fail_on, "encoding": _encoding,
    "max_file_size": _max_file_size, "regex_timeout": _regex_timeout,
}  # fmt: skip


def _item_line(container, index: int, default: int | None) -> int | None:
    if isinstance(container, YamlList):
        return container.line_of(index)
    return default


def _looks_like_path(value: str) -> bool:
    return "/" in value or "\\" in value or value.endswith((".yaml", ".yml", ".toml")) or value.startswith(".")


def _string_list(data: YamlMap, key: str, shown: str) -> list[str]:
    value = data[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(shown, f"{key} must be a list of strings", data.line_of(key))
    return list(value)


def _apply_preset(config: Config, name: str, origin: Origin) -> None:
    # The default preset: every rule set that ships with editlint but the
    # stylebooks' own, which a config turns on with style: (or rulesets:).
    root = shipped_rules_dir()
    books = stylebook_names()
    for ruleset in shipped_ruleset_names():
        if ruleset not in books:
            config.rulesets.append(RuleSetRef(ruleset, root / ruleset, origin))


# --------------------------------------------------------------------------- stylebooks


def _apply_style(config: Config, name, origin: Origin, chain: list[Path]) -> list[ConfigError]:
    """Fold the stylebook ``name`` in: its rule set and its settings for the
    other rules, before the settings of the file that chose it. Returns the
    errors of the stylebook's own file (none, unless it is broken)."""
    books = stylebook_names()
    if not isinstance(name, str) or name not in books:
        raise ConfigError(
            origin.path,
            f"style must be one of {', '.join(books)}, not {name!r}{did_you_mean(name, books)}; "
            "a stylebook of your own is a rule set (rulesets: [./house-style]) or a config you extend",
            origin.line,
        )
    book = _load(stylebook_path(name), chain)
    _merge(config, book)
    config.rulesets_complete = config.rulesets_complete and book.rulesets_complete
    return book.errors


def _ruleset_ref(name: str, base: Path, origin: Origin) -> RuleSetRef:
    if _looks_like_path(name):
        path = (base / name).resolve()
        if not path.is_dir():
            raise ConfigError(origin.path, f"rule set folder not found: {name}", origin.line)
        return RuleSetRef(name, path, origin)
    shipped = shipped_ruleset_names()
    if name not in shipped:
        raise ConfigError(
            origin.path,
            f'unknown rule set "{name}"{did_you_mean(name, shipped)}; '
            f"shipped sets are {', '.join(shipped)}, and a folder of your own is a path such as ./{name}",
            origin.line,
        )
    return RuleSetRef(name, shipped_rules_dir() / name, origin)


def _vale_refs(config: Config, name: str, base: Path, origin: Origin) -> list[RuleSetRef]:
    """The styles a .vale.ini (named in rulesets:) turns on, each read with
    its vocabulary and switches."""
    path = (base / name).resolve()
    if not path.is_file():
        raise ConfigError(origin.path, f"Vale config not found: {name}", origin.line)
    from .vale.ini import read_ini

    ini, shown = read_ini(path), display_path(path)
    config.files[path] = f"a Vale config named by {origin.path}"
    config.files.update((vocabulary, f"a Vale vocabulary of {shown}") for vocabulary in ini.files)
    return [RuleSetRef(style, folder, Origin(shown, line), ini.style(style)) for style, folder, line in ini.styles]


def _rule_settings(value, shown: str, line: int | None, problems: ConfigProblems) -> list[RuleSetting]:
    if not isinstance(value, dict):
        raise ConfigError(shown, "rules must be a mapping of rule id (or glob) to a setting", line)
    settings = []
    for pattern, setting in value.items():
        key_line = value.line_of(pattern) if isinstance(value, YamlMap) else line
        with problems.checking():
            settings.append(_rule_setting(pattern, setting, shown, key_line))
    return settings


def _rule_setting(pattern, setting, shown: str, key_line: int | None) -> RuleSetting:
    origin = Origin(shown, key_line)
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError(shown, f"rule pattern {pattern!r} must be a string", key_line)
    if isinstance(setting, bool):
        setting = "on" if setting else "off"
    if isinstance(setting, str):
        if setting not in RULE_SETTING_WORDS:
            raise ConfigError(
                shown,
                f"rule {pattern}: setting must be one of {', '.join(RULE_SETTING_WORDS)} or a mapping, "
                f"not {setting!r}{did_you_mean(setting, RULE_SETTING_WORDS)}",
                key_line,
            )
        if setting in ("off", "on"):
            return RuleSetting(pattern, enabled=setting == "on", origin=origin)
        return RuleSetting(pattern, enabled=True, severity=Severity.parse(setting), origin=origin)
    if not isinstance(setting, dict):
        raise ConfigError(shown, f"rule {pattern}: setting must be off, on, a severity or a mapping", key_line)
    options = YamlMap({k: v for k, v in setting.items() if k not in ("severity", "enabled")})
    options.line = getattr(setting, "line", key_line)
    options.key_lines = {k: setting.line_of(k) if isinstance(setting, YamlMap) else key_line for k in options}
    severity = None
    if "severity" in setting:
        try:
            severity = Severity.parse(setting["severity"])
        except ValueError:
            raise ConfigError(
                shown,
                f"rule {pattern}: severity must be one of {', '.join(SEVERITY_NAMES)}"
                f"{did_you_mean(setting['severity'], SEVERITY_NAMES)}",
                setting.line_of("severity") if isinstance(setting, YamlMap) else key_line,
            ) from None
    enabled = setting.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(shown, f"rule {pattern}: enabled must be true or false", key_line)
    return RuleSetting(pattern, enabled, severity, options, origin)


def _overrides(value, base: Path, shown: str, line: int | None, problems: ConfigProblems) -> list[Override]:
    if not isinstance(value, list):
        raise ConfigError(shown, "overrides must be a list of {files: [...], rules: {...}}", line)
    result = []
    for i, entry in enumerate(value):
        with problems.checking():
            result.append(_override(entry, base, shown, _item_line(value, i, line), problems))
    return result


def _override(entry, base: Path, shown: str, entry_line: int | None, problems: ConfigProblems) -> Override:
    """One ``overrides:`` entry, with what was right in it: its mistakes are
    recorded in ``problems`` (and a config with mistakes checks no draft),
    and its rule settings are still checked against the rules."""
    if not isinstance(entry, dict):
        raise ConfigError(shown, "an override is a mapping with files and the settings for them", entry_line)

    def line_of(key) -> int | None:
        return entry.line_of(key) if isinstance(entry, YamlMap) else entry_line

    for key in entry:
        if key not in OVERRIDE_KEYS:
            hint = did_you_mean(key, OVERRIDE_KEYS) or f" (an override takes {', '.join(OVERRIDE_KEYS)})"
            problems.add(ConfigError(shown, f'unknown override key "{key}"{hint}', line_of(key)))
    files: list[str] = []
    if "files" not in entry:
        problems.add(ConfigError(shown, "an override needs files: (globs)", entry_line))
    else:
        with problems.checking():
            files = _string_list(entry, "files", shown)
    rules: list[RuleSetting] = []
    with problems.checking():
        rules = _rule_settings(entry.get("rules") or YamlMap(), shown, line_of("rules"), problems)
    values: dict = {}
    for key, read in (("language", language_value), ("fail_on", fail_on_value), ("encoding", encoding_value)):
        if key in entry:
            with problems.checking():
                values[key] = read(entry[key], shown, line_of(key))
    language_origin = Origin(shown, line_of("language")) if "language" in values else None
    origin = Origin(shown, entry_line)
    return Override(base, tuple(files), tuple(rules), origin, language_origin=language_origin, **values)


def _merge(into: Config, parent: Config) -> None:
    """Fold an extended config in: its settings come before ours."""
    into.rulesets.extend(r for r in parent.rulesets if r.path not in {x.path for x in into.rulesets})
    into.rules.extend(parent.rules)
    into.accept.extend(parent.accept)
    into.reject.extend(parent.reject)
    if parent.include != DEFAULT_INCLUDE:
        into.include = parent.include
    into.exclude.extend(parent.exclude)
    into.overrides.extend(parent.overrides)
    into.notes.extend(parent.notes)
    if parent.fail_on is not None:
        into.fail_on = parent.fail_on
    if parent.language is not None:
        into.language, into.language_origin = parent.language, parent.language_origin
    if parent.encoding is not None:
        into.encoding = parent.encoding
    if parent.max_file_size is not None:
        into.max_file_size = parent.max_file_size
    if parent.regex_timeout is not None:
        into.regex_timeout = parent.regex_timeout
    for backend, settings in parent.backends.items():
        into.backends.setdefault(backend, settings)
    for file, role in parent.files.items():
        into.files.setdefault(file, role)
