"""Configuration: ``.editlint.yaml`` (or ``[tool.editlint]`` in pyproject.toml).

A config is found by walking up from each checked file (or given with
``--config``). It can ``extends`` the bundled ``default`` preset or other
config files; a config without ``extends`` extends ``default``, and
``extends: []`` starts from nothing. Every key and value is checked: a
mistake is a :class:`~editlint.errors.ConfigError` naming ``file:line``,
with a did-you-mean for misspelt keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostic import SEVERITY_NAMES, Severity
from .errors import ConfigError, did_you_mean, display_path
from .inputs import parse_size, text_encoding
from .rule import shipped_rules_dir, shipped_ruleset_names
from .yamlsource import YamlList, YamlMap, load_yaml

CONFIG_NAMES = (".editlint.yaml", ".editlint.yml")
PYPROJECT = "pyproject.toml"
#: External checkers a config can switch on; each is a rule kind of that name.
BACKENDS = ("languagetool", "harper")
KEYS = (
    "extends", "rulesets", "language", "rules", "vocab", "include", "exclude", "overrides", "fail_on", "encoding",
    "max_file_size", "regex_timeout", *BACKENDS,
)  # fmt: skip
LANGUAGES = ("en-US", "en-GB", "en-AU", "en-CA")
VOCAB_KEYS = ("accept", "reject", "accept_files", "reject_files")
PRESETS = ("default",)
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt")
FAIL_ON_NAMES = (*SEVERITY_NAMES, "none")
RULE_SETTING_WORDS = ("off", "on", *SEVERITY_NAMES)


@dataclass(frozen=True)
class Origin:
    """Where a setting was written: a config file and a line."""

    path: str
    line: int | None = None


@dataclass(frozen=True)
class RuleSetRef:
    name: str  # as written: "style" or "./house-style"
    path: Path
    origin: Origin


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
    """``overrides:`` entry: rule settings for files matching ``files`` (globs
    relative to ``base``)."""

    base: Path
    files: tuple[str, ...]
    rules: tuple[RuleSetting, ...]
    origin: Origin


@dataclass(frozen=True)
class VocabEntry:
    word: str
    replacements: tuple[str, ...] | None  # for reject entries: None offers nothing
    origin: Origin


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

    @property
    def name(self) -> str:
        return str(self.path) if self.path else "(defaults)"


# --------------------------------------------------------------------------- finding


def find_config(start: Path) -> Path | None:
    """The nearest config file in ``start`` or a folder above it."""
    folder = start if _is_a(start, "dir") else start.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if _is_a(path, "file"):
                return path
        pyproject = candidate / PYPROJECT
        if _is_a(pyproject, "file") and _has_tool_table(pyproject):
            return pyproject
    return None


def _is_a(path: Path, what: str) -> bool:
    """Whether ``path`` is a file (or folder) we can see: a folder we may
    not look into hides its config, as if it had none, and reading its
    drafts says "permission denied" instead of a crash here."""
    try:
        return path.is_file() if what == "file" else path.is_dir()
    except OSError:
        return False


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[tool\.editlint(?:\.|\])", text, re.MULTILINE) is not None


# --------------------------------------------------------------------------- loading


def default_config(root: Path | None = None) -> Config:
    config = Config(root=root or Path.cwd())
    _apply_preset(config, "default", Origin("(defaults)"))
    return config


def load_config(path: Path) -> Config:
    """Load ``path`` with everything it extends. Raises ConfigError."""
    return _load(path.resolve(), [])


def _load(path: Path, chain: list[Path]) -> Config:
    shown = display_path(path)
    data = _read(path)
    config = Config(path=path, root=path.parent)
    config.files[path] = "an editlint config"
    if not isinstance(data, dict):
        raise ConfigError(shown, "a config file is a mapping of settings", getattr(data, "line", 1))

    def at(key) -> Origin:
        return Origin(shown, data.line_of(key) if isinstance(data, YamlMap) else None)

    for key in data:
        if key not in KEYS:
            raise ConfigError(shown, f'unknown key "{key}"{did_you_mean(key, KEYS)}', at(key).line)

    # extends first: this file's settings come after, and win.
    extends = data.get("extends", "default")
    if isinstance(extends, str):
        extends = [extends]
    if not isinstance(extends, list) or not all(isinstance(e, str) for e in extends):
        raise ConfigError(shown, "extends must be a preset name, a path, or a list of them", at("extends").line)
    for i, parent in enumerate(extends):
        origin = Origin(shown, _item_line(data.get("extends"), i, at("extends").line))
        if parent in PRESETS:
            _apply_preset(config, parent, origin)
            continue
        if not _looks_like_path(parent):
            raise ConfigError(
                shown,
                f'unknown preset "{parent}"{did_you_mean(parent, PRESETS)}; '
                f"a config file is a path such as ./{parent}.yaml",
                origin.line,
            )
        parent_path = (path.parent / parent).resolve()
        if not parent_path.is_file():
            raise ConfigError(shown, f"extends: config file not found: {parent}", origin.line)
        if parent_path in (*chain, path):
            loop = [*chain[chain.index(parent_path) :], path, parent_path] if parent_path in chain else [path, path]
            raise ConfigError(shown, "extends cycle: " + " -> ".join(display_path(p) for p in loop), origin.line)
        _merge(config, _load(parent_path, [*chain, path]))

    if "rulesets" in data:
        for i, name in enumerate(_string_list(data, "rulesets", shown)):
            origin = Origin(shown, _item_line(data["rulesets"], i, at("rulesets").line))
            config.rulesets.append(_ruleset_ref(name, path.parent, origin))
    if "rules" in data:
        config.rules.extend(_rule_settings(data["rules"], shown, at("rules").line))
    if "language" in data:
        value = _language(data["language"])
        if value not in LANGUAGES:
            raise ConfigError(
                shown,
                f"language must be one of {', '.join(LANGUAGES)}, not {value!r}{did_you_mean(value, LANGUAGES)}",
                at("language").line,
            )
        config.language = value
        config.language_origin = at("language")
    if "vocab" in data:
        _vocab(config, data["vocab"], shown, at("vocab").line, path.parent)
    for backend in BACKENDS:
        if backend not in data:
            continue
        settings = data[backend]
        if settings is True or settings == "on":
            settings = YamlMap()
            settings.line, settings.key_lines = at(backend).line or 1, {}
        if not isinstance(settings, dict):
            raise ConfigError(shown, f"{backend} must be a mapping of its settings (or true)", at(backend).line)
        config.backends[backend] = (settings, at(backend))
    if "include" in data:
        config.include = tuple(_string_list(data, "include", shown))
    if "exclude" in data:
        config.exclude.extend((path.parent, p) for p in _string_list(data, "exclude", shown))
    if "overrides" in data:
        config.overrides.extend(_overrides(data["overrides"], path.parent, shown, at("overrides").line))
    if "fail_on" in data:
        value = data["fail_on"]
        if value not in FAIL_ON_NAMES:
            raise ConfigError(
                shown,
                f"fail_on must be one of {', '.join(FAIL_ON_NAMES)}, not {value!r}{did_you_mean(value, FAIL_ON_NAMES)}",
                at("fail_on").line,
            )
        config.fail_on = value
    if "encoding" in data:
        value = data["encoding"]
        try:
            config.encoding = text_encoding(value) if isinstance(value, str) else None
        except ValueError as exc:
            raise ConfigError(shown, f"encoding: {exc}", at("encoding").line) from None
        if config.encoding is None:
            raise ConfigError(shown, "encoding must be the name of an encoding, such as cp1252", at("encoding").line)
    if "max_file_size" in data:
        try:
            config.max_file_size = parse_size(data["max_file_size"])
        except ValueError as exc:
            raise ConfigError(shown, f"max_file_size must be {exc}", at("max_file_size").line) from None
    if "regex_timeout" in data:
        value = data["regex_timeout"]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 3600:
            raise ConfigError(
                shown,
                f"regex_timeout must be a number of seconds above 0 and at most 3600 (such as 2.5), not {value!r}",
                at("regex_timeout").line,
            )
        config.regex_timeout = float(value)
    return config


def _read(path: Path):
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(shown, "config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(shown, f"cannot read config file: {getattr(exc, 'strerror', None) or exc}") from None
    if path.name == PYPROJECT:
        return _pyproject_table(text, shown)
    data = load_yaml(text, shown, ConfigError)
    if data is None:
        data = YamlMap()
        data.line, data.key_lines = 1, {}
    return data


def _pyproject_table(text: str, shown: str) -> YamlMap:
    import tomllib

    try:
        table = tomllib.loads(text).get("tool", {}).get("editlint", {})
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ConfigError(shown, f"invalid TOML: {exc}", int(line.group(1)) if line else None) from None
    return _with_toml_lines(table, text)


def _with_toml_lines(table: dict, text: str) -> YamlMap:
    """Wrap the [tool.editlint] table so errors can name lines. TOML parsers
    give no positions, so each top-level key's line is read off the text."""
    lines = text.splitlines()
    section_line = 1
    key_lines: dict[str, int] = {}
    current = None
    for number, line in enumerate(lines, 1):
        header = re.match(r"\s*\[+\s*([^\]]+?)\s*\]+", line)
        if header:
            name = header.group(1).replace('"', "")
            if name == "tool.editlint":
                current, section_line = "", number
            elif name.startswith("tool.editlint."):
                current = name[len("tool.editlint.") :]
                key_lines.setdefault(current.split(".")[0], number)
            else:
                current = None
            continue
        if current == "":
            key = re.match(r"\s*([A-Za-z0-9_\-]+|\"[^\"]+\")\s*=", line)
            if key:
                key_lines.setdefault(key.group(1).strip('"'), number)
    return _wrap(table, section_line, key_lines)


def _wrap(value, line: int, key_lines: dict | None = None):
    if isinstance(value, dict):
        result = YamlMap({k: _wrap(v, (key_lines or {}).get(k, line)) for k, v in value.items()})
        result.line = line
        result.key_lines = {k: (key_lines or {}).get(k, line) for k in value}
        return result
    if isinstance(value, list):
        result = YamlList(_wrap(v, line) for v in value)
        result.line = line
        result.item_lines = [line] * len(value)
        return result
    return value


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
    # The default preset: every rule set that ships with editlint.
    root = shipped_rules_dir()
    for ruleset in shipped_ruleset_names():
        config.rulesets.append(RuleSetRef(ruleset, root / ruleset, origin))


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


def _rule_settings(value, shown: str, line: int | None) -> list[RuleSetting]:
    if not isinstance(value, dict):
        raise ConfigError(shown, "rules must be a mapping of rule id (or glob) to a setting", line)
    settings = []
    for pattern, setting in value.items():
        key_line = value.line_of(pattern) if isinstance(value, YamlMap) else line
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
                settings.append(RuleSetting(pattern, enabled=setting == "on", origin=origin))
            else:
                settings.append(RuleSetting(pattern, enabled=True, severity=Severity.parse(setting), origin=origin))
            continue
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
        settings.append(RuleSetting(pattern, enabled, severity, options, origin))
    return settings


def _vocab(config: Config, value, shown: str, line: int | None, base: Path) -> None:
    if not isinstance(value, dict):
        raise ConfigError(shown, "vocab must be a mapping with accept, reject, accept_files or reject_files", line)
    for key in value:
        if key not in VOCAB_KEYS:
            raise ConfigError(shown, f'unknown vocab key "{key}"{did_you_mean(key, VOCAB_KEYS)}', value.line_of(key))
    for key, target in (("accept", config.accept), ("reject", config.reject)):
        entries = value.get(key) or []
        key_line = value.line_of(key) if isinstance(value, YamlMap) else line
        if not isinstance(entries, list):
            raise ConfigError(shown, f"vocab.{key} must be a list", key_line)
        for i, entry in enumerate(entries):
            origin = Origin(shown, _item_line(entries, i, key_line))
            target.append(_vocab_entry(entry, key, origin))
    for key, target in (("accept_files", config.accept), ("reject_files", config.reject)):
        if key not in value:
            continue
        key_line = value.line_of(key) if isinstance(value, YamlMap) else line
        for i, pattern in enumerate(_string_list(value, key, shown)):
            pattern_line = _item_line(value[key], i, key_line)
            files = sorted(base.glob(pattern)) if any(c in pattern for c in "*?[") else [base / pattern]
            files = [f for f in files if f.is_file()]
            if not files:
                raise ConfigError(shown, f"vocab.{key}: no file matches {pattern}", pattern_line)
            for file in files:
                target.extend(_vocab_file(file, key[: -len("_files")]))
                config.files[file.resolve()] = f"vocab.{key} of {shown}"


def _language(value):
    """Canonical spelling of a language tag: en-gb, en_GB and en-UK are en-GB."""
    if not isinstance(value, str):
        return value
    folded = value.replace("_", "-").casefold()
    if folded == "en-uk":
        return "en-GB"
    return next((name for name in LANGUAGES if name.casefold() == folded), value)


def _vocab_entry(entry, key: str, origin: Origin) -> VocabEntry:
    if isinstance(entry, str) and entry.strip():
        word = entry.strip()
        if len(word) > 2 and word.startswith("/") and word.endswith("/"):
            import regex  # the syntax the spelling rules compile it with

            try:
                regex.compile(word[1:-1], regex.VERSION0)
            except regex.error as exc:
                raise ConfigError(origin.path, f'vocab.{key}: invalid regex "{word}": {exc}', origin.line) from None
        return VocabEntry(word, None, origin)
    if key == "reject" and isinstance(entry, dict) and len(entry) == 1:
        ((word, replacement),) = entry.items()
        if isinstance(replacement, str):
            replacement = [replacement]
        if isinstance(word, str) and isinstance(replacement, list) and all(isinstance(r, str) for r in replacement):
            return VocabEntry(word.strip(), tuple(replacement), origin)
        raise ConfigError(origin.path, "a vocab.reject entry is a word or word: replacement", origin.line)
    hint = "a word" if key == "accept" else "a word or word: replacement"
    raise ConfigError(origin.path, f"a vocab.{key} entry must be {hint}, not {entry!r}", origin.line)


def _vocab_file(path: Path, key: str) -> list[VocabEntry]:
    """A vocabulary file: one entry per line, "#" starts a comment; in a
    reject file "word -> replacement, other" offers replacements."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(shown, f"cannot read vocabulary file: {getattr(exc, 'strerror', None) or exc}") from None
    entries = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("/") else raw.strip()
        if not line:
            continue
        origin = Origin(shown, number)
        if key == "reject" and "->" in line:
            word, _, replacements = line.partition("->")
            choices = tuple(r.strip() for r in replacements.split(",") if r.strip())
            entries.append(VocabEntry(word.strip(), choices, origin))
        else:
            entries.append(_vocab_entry(line, key, origin))
    return entries


def _overrides(value, base: Path, shown: str, line: int | None) -> list[Override]:
    if not isinstance(value, list):
        raise ConfigError(shown, "overrides must be a list of {files: [...], rules: {...}}", line)
    result = []
    for i, entry in enumerate(value):
        entry_line = _item_line(value, i, line)
        if not isinstance(entry, dict):
            raise ConfigError(shown, "an override is a mapping with files and rules", entry_line)
        for key in entry:
            if key not in ("files", "rules"):
                raise ConfigError(
                    shown, f'unknown override key "{key}"{did_you_mean(key, ["files", "rules"])}', entry.line_of(key)
                )
        if "files" not in entry:
            raise ConfigError(shown, "an override needs files: (globs)", entry_line)
        files = _string_list(entry, "files", shown)
        rules = _rule_settings(
            entry.get("rules") or YamlMap(), shown, entry.line_of("rules") if "rules" in entry else entry_line
        )
        result.append(Override(base, tuple(files), tuple(rules), Origin(shown, entry_line)))
    return result


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
