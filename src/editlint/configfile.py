"""Finding a draft's config file and reading it into mappings that know
their lines.

A config is ``.editlint.yaml``, ``.editlint.yml`` or the ``[tool.editlint]``
table of a ``pyproject.toml``. What the settings mean is config.py's
business; this module only finds the file and turns it into a
:class:`~editlint.yamlsource.YamlMap`, so that every error can name a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError, display_path
from .yamlsource import YamlList, YamlMap, load_yaml

CONFIG_NAMES = (".editlint.yaml", ".editlint.yml")
PYPROJECT = "pyproject.toml"

# A table header that starts editlint's table, finished or not: "[tool.editlint]",
# "[tool.editlint.rules]", "[ tool . editlint", '["tool".editlint]', "[[tool.editlint]]".
_EDITLINT_HEADER = re.compile(r'^\s*\[\[?\s*"?tool"?\s*\.\s*"?editlint(?![\w-])', re.MULTILINE)


@dataclass(frozen=True)
class Origin:
    """Where a setting was written: a config file and a line."""

    path: str
    line: int | None = None


class ConfigProblems:
    """The errors met while reading one config file, gathered so that a run
    reports all of them at once, in the order of the file's lines, rather
    than one per run."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        #: (the line of this file the error belongs at, the error)
        self._found: list[tuple[int, ConfigError]] = []

    def __len__(self) -> int:
        return len(self._found)

    @contextmanager
    def checking(self, line: int | None = None) -> Iterator[None]:
        """Record a ConfigError raised inside, and go on. ``line`` places an
        error that names another file (a vocabulary file) among this file's."""
        try:
            yield
        except ConfigError as exc:
            self.add(exc, line)

    def add(self, error: ConfigError, line: int | None = None) -> None:
        at = error.line if error.path == self.shown and error.line is not None else line
        self._found.append((at or 0, error))

    def in_file_order(self) -> list[ConfigError]:
        return [error for _, error in sorted(self._found, key=lambda found: found[0])]


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
    """Whether a pyproject.toml holds editlint's settings. A file TOML can
    read says so itself (whatever way it writes the table); one it cannot
    read is ours when a line starts editlint's table, even a broken one
    ("[tool.editlint" without its bracket), so that loading it reports the
    mistake instead of the drafts being checked with the defaults."""
    import tomllib

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        tool = tomllib.loads(text).get("tool")
    except tomllib.TOMLDecodeError:
        return _EDITLINT_HEADER.search(text) is not None
    return isinstance(tool, dict) and "editlint" in tool


def read_config_file(path: Path):
    """The settings of the config file ``path``: a YamlMap for a mapping,
    whatever YAML gave otherwise. Raises ConfigError when the file cannot
    be read or parsed."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(shown, "config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(shown, f"cannot read config file: {getattr(exc, 'strerror', None) or exc}") from None
    if path.name == PYPROJECT:
        return pyproject_table(text, shown)
    data = load_yaml(text, shown, ConfigError)
    if data is None:
        data = YamlMap()
        data.line, data.key_lines = 1, {}
    return data


def pyproject_table(text: str, shown: str) -> YamlMap:
    """The ``[tool.editlint]`` table of a pyproject.toml's ``text``; invalid
    TOML raises ConfigError naming its line."""
    import tomllib

    try:
        tool = tomllib.loads(text).get("tool")
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ConfigError(shown, f"invalid TOML: {exc}", int(line.group(1)) if line else None) from None
    table = tool.get("editlint", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise ConfigError(shown, "tool.editlint must be a table of settings", _header_line(text))
    return _with_toml_lines(table, text)


def _header_line(text: str) -> int | None:
    match = _EDITLINT_HEADER.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


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
