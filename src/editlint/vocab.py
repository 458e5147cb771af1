"""``editlint vocab add``: adding words to the project's accept list.

Words go into the config's first ``vocab.accept_files`` file. A project with
none gets ``vocab/accept.txt`` beside its config (a new ``.editlint.yaml``
when there is no config), and the config gains ``accept_files`` pointing at
it. Files are only ever appended to, or one line inserted: comments, line
endings and a byte-order mark stay as they were.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .configfile import CONFIG_NAMES, PYPROJECT, find_config, pyproject_table
from .errors import ConfigError, display_path
from .yamlsource import load_yaml

DEFAULT_FILE = "vocab/accept.txt"


@dataclass
class Added:
    path: Path
    added: list[str]
    already: list[str]
    config_changed: Path | None = None


@dataclass
class _Text:
    """A text file's content with what it takes to write it back the same way."""

    text: str
    bom: bool
    newline: str

    @classmethod
    def read(cls, path: Path) -> _Text:
        if not path.exists():
            return cls("", False, "\n")
        data = path.read_bytes()
        bom = data.startswith(codecs.BOM_UTF8)
        text = data[3:].decode("utf-8") if bom else data.decode("utf-8")
        newline = "\r\n" if "\r\n" in text else "\n"
        return cls(text, bom, newline)

    def write(self, path: Path) -> None:
        path.write_bytes((codecs.BOM_UTF8 if self.bom else b"") + self.text.encode("utf-8"))


def add_words(words: list[str], start: Path, config_path: Path | None = None) -> Added:
    config = config_path or find_config(start)
    if config is None:
        config = start / CONFIG_NAMES[0]
        config.write_text("# editlint configuration\n", encoding="utf-8")
    target, config_changed = _accept_file(config)
    accept = _Text.read(target)
    # What the config reader accepts: the line before any "#" comment.
    existing = {line.split("#", 1)[0].strip() for line in accept.text.splitlines()}
    added, already = [], []
    for word in words:
        word = word.strip()
        if not word:
            continue
        (already if word in existing else added).append(word)
        existing.add(word)
    if added:
        target.parent.mkdir(parents=True, exist_ok=True)
        if accept.text and not accept.text.endswith(("\n", "\r")):
            accept.text += accept.newline
        accept.text += "".join(word + accept.newline for word in added)
        accept.write(target)
    return Added(target, added, already, config_changed)


def _accept_file(config: Path) -> tuple[Path, Path | None]:
    """The file to add to, and the config if it had to be pointed at it."""
    shown = display_path(config)
    if config.name == PYPROJECT:
        # Broken TOML is a ConfigError naming its line, as when checking.
        vocab = pyproject_table(config.read_text(encoding="utf-8-sig"), shown).get("vocab")
        files = vocab.get("accept_files") if isinstance(vocab, dict) else None
        if isinstance(files, str):
            files = [files]
        if files:
            return _first_file(config.parent, files[0], shown), None
        raise ConfigError(
            shown, f'add accept_files = ["{DEFAULT_FILE}"] under [tool.editlint.vocab] first, then run this again'
        )
    content = _Text.read(config)
    data = load_yaml(content.text, shown, ConfigError) or {}
    vocab = data.get("vocab") if isinstance(data, dict) else None
    files = vocab.get("accept_files") if isinstance(vocab, dict) else None
    if isinstance(files, str):
        files = [files]
    if files:
        return _first_file(config.parent, files[0], shown), None
    content.text = _with_accept_file(content, isinstance(data, dict) and "vocab" in data, files is not None, shown)
    content.write(config)
    return config.parent / DEFAULT_FILE, config


def _first_file(base: Path, pattern: str, shown: str) -> Path:
    """The first file ``pattern`` names; for a glob that matches nothing yet,
    a file it would match ("words/*.txt" gives "words/accept.txt")."""
    if not any(c in pattern for c in "*?["):
        return base / pattern
    matches = sorted(p for p in base.glob(pattern) if p.is_file())
    if matches:
        return matches[0]
    folder, name = PurePosixPath(pattern).parent, PurePosixPath(pattern).name
    candidate = name.replace("*", "accept", 1)
    if (
        any(c in str(folder) for c in "*?[")
        or any(c in candidate for c in "*?[")
        or not PurePosixPath(candidate).match(name)
    ):
        raise ConfigError(shown, f"vocab.accept_files: no file matches {pattern}; create one, then run this again")
    return base / folder / candidate


def _with_accept_file(content: _Text, has_vocab: bool, has_empty_list: bool, shown: str) -> str:
    entry = f"accept_files: [{DEFAULT_FILE}]"
    text, newline = content.text, content.newline
    if not has_vocab:
        separator = "" if text.endswith(("\n", "\r")) or not text else newline
        return f"{text}{separator}vocab:{newline}  {entry}{newline}"
    lines = text.splitlines(keepends=True)
    if has_empty_list:
        for i, line in enumerate(lines):
            match = re.match(r"(\s*)accept_files\s*:\s*\[\s*\]\s*(#.*)?$", line.rstrip("\r\n"))
            if match:
                ending = line[len(line.rstrip("\r\n")) :]
                lines[i] = f"{match.group(1)}{entry}{ending}"
                return "".join(lines)
    header = next((i for i, s in enumerate(lines) if re.match(r"vocab\s*:\s*(#.*)?$", s.rstrip("\r\n"))), None)
    if header is None:
        raise ConfigError(shown, f"add {entry} under vocab: first (a flow-style vocab: mapping is not edited)")
    # Indent like the first key under vocab:, if it has one.
    indent = "  "
    for following in lines[header + 1 :]:
        if following.strip() and not following.lstrip().startswith("#"):
            found = following[: len(following) - len(following.lstrip())]
            indent = found if found else "  "
            break
    if not lines[header].endswith(("\n", "\r")):
        lines[header] += newline
    lines.insert(header + 1, f"{indent}{entry}{newline}")
    return "".join(lines)
