"""``editlint vocab add``: adding words to the project's accept list.

Words go into the config's first ``vocab.accept_files`` file. A project with
none gets ``vocab/accept.txt`` beside its config (a new ``.editlint.yaml``
when there is no config), and the config gains ``accept_files`` pointing at
it. Text is only ever appended or a line inserted: comments and layout of
the config stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .config import CONFIG_NAMES, PYPROJECT, find_config
from .errors import ConfigError, display_path
from .yamlsource import YamlMap, load_yaml

DEFAULT_FILE = "vocab/accept.txt"


@dataclass
class Added:
    path: Path
    added: list[str]
    already: list[str]
    config_changed: Path | None = None


def add_words(words: list[str], start: Path, config_path: Path | None = None) -> Added:
    config = config_path or find_config(start)
    if config is None:
        config = start / CONFIG_NAMES[0]
        config.write_text("# editlint configuration\n", encoding="utf-8")
    target, config_changed = _accept_file(config)
    existing = set()
    if target.exists():
        existing = {line.strip() for line in target.read_text(encoding="utf-8-sig").splitlines()}
    added, already = [], []
    for word in words:
        word = word.strip()
        if not word:
            continue
        (already if word in existing else added).append(word)
        existing.add(word)
    if added:
        target.parent.mkdir(parents=True, exist_ok=True)
        text = target.read_text(encoding="utf-8-sig") if target.exists() else ""
        if text and not text.endswith("\n"):
            text += "\n"
        target.write_text(text + "".join(f"{w}\n" for w in added), encoding="utf-8")
    return Added(target, added, already, config_changed)


def _accept_file(config: Path) -> tuple[Path, Path | None]:
    """The file to add to, and the config if it had to be pointed at it."""
    shown = display_path(config)
    if config.name == PYPROJECT:
        import tomllib

        table = tomllib.loads(config.read_text(encoding="utf-8")).get("tool", {}).get("editlint", {})
        files = table.get("vocab", {}).get("accept_files")
        if files:
            return _first_file(config.parent, files[0]), None
        raise ConfigError(
            shown, f'add accept_files = ["{DEFAULT_FILE}"] under [tool.editlint.vocab] first, then run this again'
        )
    text = config.read_text(encoding="utf-8-sig")
    data = load_yaml(text, shown, ConfigError) or YamlMap()
    vocab = data.get("vocab") if isinstance(data, dict) else None
    files = vocab.get("accept_files") if isinstance(vocab, dict) else None
    if isinstance(files, str):
        files = [files]
    if files:
        return _first_file(config.parent, files[0]), None
    config.write_text(_with_accept_file(text, vocab, shown), encoding="utf-8")
    return config.parent / DEFAULT_FILE, config


def _first_file(base: Path, pattern: str) -> Path:
    if any(c in pattern for c in "*?["):
        matches = sorted(p for p in base.glob(pattern) if p.is_file())
        if matches:
            return matches[0]
        return base / DEFAULT_FILE
    return base / pattern


def _with_accept_file(text: str, vocab, shown: str) -> str:
    entry = f"accept_files: [{DEFAULT_FILE}]"
    if vocab is None:
        return text + ("" if text.endswith("\n") or not text else "\n") + f"vocab:\n  {entry}\n"
    lines = text.splitlines(keepends=True)
    header = next((i for i, s in enumerate(lines) if re.match(r"vocab\s*:\s*(#.*)?$", s.rstrip("\r\n"))), None)
    if header is None:
        raise ConfigError(shown, f"add {entry} under vocab: first (a flow-style vocab: mapping is not edited)")
    # Indent like the first key under vocab:.
    indent = "  "
    for following in lines[header + 1 :]:
        if following.strip() and not following.lstrip().startswith("#"):
            indent = following[: len(following) - len(following.lstrip())] or "  "
            break
    newline = "\r\n" if lines[header].endswith("\r\n") else "\n"
    lines.insert(header + 1, f"{indent}{entry}{newline}")
    return "".join(lines)
