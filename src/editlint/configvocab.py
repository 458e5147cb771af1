"""The ``vocab:`` setting of a config: house words to accept and to reject,
written in the config or in vocabulary files it names."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .configfile import ConfigProblems, Origin
from .errors import ConfigError, did_you_mean, display_path
from .yamlsource import YamlList, YamlMap

VOCAB_KEYS = ("accept", "reject", "accept_files", "reject_files")


@dataclass(frozen=True)
class VocabEntry:
    word: str
    replacements: tuple[str, ...] | None  # for reject entries: None offers nothing
    origin: Origin


def read_vocab(
    value, shown: str, line: int | None, base: Path, problems: ConfigProblems, files_read: dict[Path, str]
) -> tuple[list[VocabEntry], list[VocabEntry], list[str]]:
    """The accept and reject entries of ``vocab:`` and notes about it. Each
    mistake is recorded in ``problems`` and the other entries still read.
    Each vocabulary file read is added to ``files_read`` (resolved) with
    what it is to the config: configuration, never a draft.

    A glob in ``accept_files`` or ``reject_files`` that matches no file is a
    note, not an error: a folder meant to hold vocabulary files may hold none
    yet (``editlint vocab add`` makes the first). A path without wildcards
    names one file, and a missing one is an error, as a mistyped path is.
    """
    if not isinstance(value, dict):
        raise ConfigError(shown, "vocab must be a mapping with accept, reject, accept_files or reject_files", line)

    def line_of(key) -> int | None:
        return value.line_of(key) if isinstance(value, YamlMap) else line

    for key in value:
        if key not in VOCAB_KEYS:
            problems.add(ConfigError(shown, f'unknown vocab key "{key}"{did_you_mean(key, VOCAB_KEYS)}', line_of(key)))
    accept: list[VocabEntry] = []
    reject: list[VocabEntry] = []
    notes: list[str] = []
    for key, target in (("accept", accept), ("reject", reject)):
        entries = value.get(key) or []
        if not isinstance(entries, list):
            problems.add(ConfigError(shown, f"vocab.{key} must be a list", line_of(key)))
            continue
        for i, entry in enumerate(entries):
            with problems.checking():
                target.append(_vocab_entry(entry, key, Origin(shown, _item_line(entries, i, line_of(key)))))
    for key, target in (("accept_files", accept), ("reject_files", reject)):
        if key not in value:
            continue
        patterns = value[key]
        if isinstance(patterns, str):
            patterns = [patterns]
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            problems.add(ConfigError(shown, f"vocab.{key} must be a list of strings", line_of(key)))
            continue
        for i, pattern in enumerate(patterns):
            pattern_line = _item_line(value[key], i, line_of(key))
            with problems.checking(pattern_line):
                if any(c in pattern for c in "*?["):
                    files = [f for f in sorted(base.glob(pattern)) if f.is_file()]
                    if not files:
                        notes.append(f"{shown}:{pattern_line}: vocab.{key}: no file matches {pattern} yet")
                else:
                    files = [base / pattern]
                    if not files[0].is_file():
                        raise ConfigError(shown, f"vocab.{key}: vocabulary file not found: {pattern}", pattern_line)
                for file in files:
                    target.extend(_vocab_file(file, key[: -len("_files")], problems, pattern_line))
                    files_read[file.resolve()] = f"vocab.{key} of {shown}"
    return accept, reject, notes


def _item_line(container, index: int, default: int | None) -> int | None:
    if isinstance(container, YamlList):
        return container.line_of(index)
    return default


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


def _vocab_file(path: Path, key: str, problems: ConfigProblems, listed_at: int | None) -> list[VocabEntry]:
    """A vocabulary file: one entry per line, "#" starts a comment; in a
    reject file "word -> replacement, other" offers replacements. Its
    mistakes name its own lines, and are listed where the config names it."""
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
        with problems.checking(listed_at):
            if key == "reject" and "->" in line:
                word, _, replacements = line.partition("->")
                choices = tuple(r.strip() for r in replacements.split(",") if r.strip())
                entries.append(VocabEntry(word.strip(), choices, origin))
            else:
                entries.append(_vocab_entry(line, key, origin))
    return entries
