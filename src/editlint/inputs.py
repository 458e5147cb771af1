"""Finding the drafts to check and reading them into text."""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

#: Folders never walked into when a folder is given.
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})


@dataclass(frozen=True)
class Draft:
    path: str  # as shown in reports
    text: str  # decoded, without a byte-order mark
    encoding: str
    bom: bool
    raw: bytes = b""  # the bytes as read, so a fix can check nobody changed them


class BinaryFile(Exception):
    """The file holds binary data, not a draft."""


def decode(path: str, data: bytes) -> Draft:
    """Decode a draft's bytes: UTF-8 (with or without a BOM) or UTF-16 with a BOM."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return Draft(path, body.decode(encoding), encoding, True, data)
            except UnicodeDecodeError as exc:
                raise _decode_error(path, body, exc, encoding) from None
    if b"\x00" in data[:8192]:
        raise BinaryFile(path)
    try:
        return Draft(path, data.decode("utf-8"), "utf-8", False, data)
    except UnicodeDecodeError as exc:
        raise _decode_error(path, data, exc, "utf-8") from None


def _decode_error(path: str, data: bytes, exc: UnicodeDecodeError, encoding: str) -> InputError:
    before = data[: exc.start]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode(encoding, errors="replace")) + 1
    return InputError(
        path,
        f"not valid {encoding.upper()}: byte 0x{data[exc.start]:02x} at column {column}",
        line,
    )


def read_draft(path: Path, shown: str) -> Draft:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(shown, "no such file or directory") from None
    except IsADirectoryError:
        raise InputError(shown, "is a directory") from None
    except PermissionError:
        raise InputError(shown, "permission denied") from None
    except OSError as exc:
        raise InputError(shown, f"cannot read: {exc.strerror or exc}") from None
    return decode(shown, data)


def walk(folder: Path, wanted) -> list[Path]:
    """Files under ``folder`` for which ``wanted(path, is_dir)`` is true, in
    a stable order. Hidden folders and tool folders are skipped; symbolic
    links to folders are not followed, so a link loop cannot trap the walk."""
    found = []
    for root, dirs, files in os.walk(folder):
        root_path = Path(root)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS and wanted(root_path / d, True)
        )
        for name in sorted(files):
            path = root_path / name
            if wanted(path, False):
                found.append(path)
    return found
