"""A ``.vale.ini``, read when a config names it in ``rulesets:``.

What is read: ``StylesPath`` (relative to the file), ``MinAlertLevel``,
``Vocab`` (``<StylesPath>/config/vocabularies/<Name>/``, or Vale 2's
``<StylesPath>/Vocab/<Name>/``, with ``accept.txt`` and ``reject.txt``),
and in every section for Markdown or text files (``[*]``, ``[*.md]``,
``[*.{md,txt}]``) ``BasedOnStyles`` and rule switches (``Style.Rule = NO``,
``YES`` or a level). Sections for other formats, ``[formats]`` and keys such
as ``Packages`` or ``BlockIgnores`` are not read: drafts are Markdown or
text, and packages are whatever ``vale sync`` left in ``StylesPath``.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError, display_path
from .styles import BUILTIN, ValeStyle
from .translate import LEVELS

#: The drafts a section must apply to for editlint to read it.
_DRAFTS = ("draft.md", "draft.markdown", "draft.txt")
_SWITCH = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_.-]+$")


@dataclass
class ValeIni:
    """What a .vale.ini turns on: its styles (name, folder, line), each read
    with the vocabulary, switches and minimum level of the file."""

    path: Path
    styles: list[tuple[str, Path, int]] = field(default_factory=list)
    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    switches: dict[str, str] = field(default_factory=dict)
    min_level: str = "suggestion"
    #: The vocabulary files read: configuration, never drafts.
    files: list[Path] = field(default_factory=list)

    def style(self, name: str) -> ValeStyle:
        own = tuple(item for item in self.switches.items() if item[0].startswith(name + "."))
        return ValeStyle(name, self.accept, self.reject, own, self.min_level, display_path(self.path))


def read_ini(path: Path) -> ValeIni:
    """The styles a .vale.ini turns on for Markdown and text drafts. A
    mistake (a missing StylesPath, a style or vocabulary that is not there)
    is a ConfigError naming the file and line."""
    shown = display_path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(shown, f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    top: dict[str, tuple[str, int]] = {}
    sections: list[tuple[str, dict[str, tuple[str, int]]]] = []
    current = top
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = {}
            sections.append((line[1:-1].strip(), current))
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ConfigError(shown, f"expected key = value, not {line!r}", number)
        current[key.strip()] = (value.strip().strip('"'), number)
    result = ValeIni(path)
    styles_path, line = top.get("StylesPath", ("", 1))
    if not styles_path:
        raise ConfigError(shown, "StylesPath is required: the folder of the styles", 1)
    folder = (path.parent / styles_path).resolve()
    if not folder.is_dir():
        raise ConfigError(shown, f"StylesPath folder not found: {styles_path}", line)
    level, line = top.get("MinAlertLevel", ("suggestion", 1))
    if level not in LEVELS:
        raise ConfigError(shown, f"MinAlertLevel must be one of {', '.join(LEVELS)}, not {level!r}", line)
    result.min_level = level
    if "Vocab" in top:
        result.accept, result.reject = _vocab(folder, *top["Vocab"], shown, result.files)
    based: dict[str, int] = {}
    for pattern, settings in sections:
        if pattern == "formats" or not any(fnmatch.fnmatch(d, p) for d in _DRAFTS for p in _expand(pattern)):
            continue
        for key, (value, number) in settings.items():
            if key == "BasedOnStyles":
                based.update((name.strip(), number) for name in value.split(",") if name.strip())
            elif _SWITCH.match(key):
                result.switches[key] = value if value in ("YES", "NO", *LEVELS) else "YES"
    for name, number in based.items():
        style_folder = folder / name
        if name != BUILTIN and not style_folder.is_dir():
            raise ConfigError(shown, f"BasedOnStyles: no style folder {name} in {styles_path}", number)
        result.styles.append((name, style_folder, number))
    return result


def _expand(pattern: str) -> list[str]:
    """A section's glob with its braces expanded: *.{md,txt} is *.md, *.txt."""
    m = re.search(r"\{([^{}]*)\}", pattern)
    if not m:
        return [pattern]
    return [p for part in m.group(1).split(",") for p in _expand(pattern[: m.start()] + part + pattern[m.end() :])]


def _vocab(folder: Path, names: str, line: int, shown: str, files: list[Path]) -> tuple[tuple, tuple]:
    """The accepted and rejected entries of the vocabularies ``names``."""
    accept: list[str] = []
    reject: list[str] = []
    for name in (n.strip() for n in names.split(",") if n.strip()):
        found = [p for p in (folder / "config" / "vocabularies" / name, folder / "Vocab" / name) if p.is_dir()]
        if not found:
            where = "StylesPath's config/vocabularies (or Vocab)"
            raise ConfigError(shown, f"Vocab: no vocabulary {name} in {where}", line)
        for file, into in (("accept.txt", accept), ("reject.txt", reject)):
            path = found[0] / file
            if path.is_file():
                files.append(path.resolve())
                entries = path.read_text(encoding="utf-8-sig").splitlines()
                into.extend(e.strip() for e in entries if e.strip() and not e.lstrip().startswith("#"))
    return tuple(dict.fromkeys(accept)), tuple(dict.fromkeys(reject))
