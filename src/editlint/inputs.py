"""Finding the drafts to check and reading them into text."""

from __future__ import annotations

import codecs
import errno
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, did_you_mean

#: Folders never walked into when a folder is given.
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})

#: Byte-order marks and the encodings they announce, longest first: a UTF-32
#: LE mark begins with the UTF-16 LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Drafts larger than this are skipped unless max_file_size says otherwise:
#: far above any news draft (a long feature is a few hundred kilobytes, and
#: a 5 MB draft must still be checked), far below a log or a data dump that
#: would make a run crawl.
DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024

_SIZE_UNITS = {"": 1, "b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Draft:
    path: str  # as shown in reports
    text: str  # decoded, without a byte-order mark ("" for a draft read as bytes)
    encoding: str
    bom: bool
    raw: bytes = b""  # the bytes as read, so a fix can check nobody changed them
    #: Read as bytes, for a reader that reads bytes (a Word draft is a zip):
    #: nothing was decoded.
    binary: bool = False

    @property
    def content(self) -> str | bytes:
        """What the draft's reader reads: its decoded text, or the bytes as
        read for a reader of a binary format."""
        return self.raw if self.binary else self.text


class BinaryFile(Exception):
    """The file holds binary data, not a draft; ``what`` says what it
    looks like ("a PDF document", "binary data")."""

    def __init__(self, path: str, what: str = "binary data") -> None:
        super().__init__(path)
        self.what = what


#: Files that are not drafts, known by their first bytes: what they are,
#: and what to do about it when there is something to do.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 document or another Office file: save it as .docx"),
    (b"{\\rtf", "an RTF document: save it as .docx"),
)


def looks_like(data: bytes) -> str | None:
    """What a file that is not a draft is, told by its first bytes; None
    when nothing known starts it."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return what
    if data.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/vnd.oasis.opendocument" in data[:200]:
            return "an OpenDocument file: save it as .docx"
        return "a zip archive"
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        return "a WebP image"
    return None


class TooLarge(Exception):
    """The file is over the size limit; ``size`` is None when it could not be
    known before reading (a pipe, a device)."""

    def __init__(self, path: str, size: int | None, limit: int) -> None:
        super().__init__(path)
        self.path = path
        self.size = size
        self.limit = limit

    def note(self, setting: str = "max_file_size") -> str:
        size = f"{self.size:,} bytes" if self.size is not None else f"more than {self.limit:,} bytes"
        return f"{self.path}: skipped, too large: {size} ({setting} is {format_size(self.limit)})"


# --------------------------------------------------------------------------- encodings and sizes


def text_encoding(name: str) -> str:
    """The codec ``name`` stands for, as Python names it ("cp1252",
    "utf-16-le"); ValueError with a message for a name that is no text
    encoding."""
    try:
        codec = codecs.lookup(name)
    except (LookupError, TypeError):
        import encodings.aliases

        # Short aliases ("u8", "utf") would be the closest match to most typos.
        known = {n.replace("_", "-") for n in (*encodings.aliases.aliases, *encodings.aliases.aliases.values())}
        known = {n for n in known if len(n) > 3}
        raise ValueError(f'unknown encoding "{name}"{did_you_mean(name, known)}') from None
    try:
        "".encode(codec.name)  # refuses codecs that are no text encoding (base64, rot13)
        b"".decode(codec.name)
    except (LookupError, UnicodeError):
        raise ValueError(f'"{name}" is not a text encoding') from None
    return codec.name


def parse_size(value) -> int:
    """A size in bytes from a whole number or a string such as "10 MB" (KB,
    MB and GB count in 1024s); ValueError for anything else."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str):
        match = _SIZE.fullmatch(value)
        if match:
            unit = match.group(2).lower()
            unit = unit if unit.endswith("b") or not unit else unit + "b"
            size = int(float(match.group(1)) * _SIZE_UNITS[unit])
            if size > 0:
                return size
    raise ValueError(f'a size such as 10485760 or "10 MB" (B, KB, MB or GB), not {value!r}')


def format_size(size: int) -> str:
    """``size`` bytes as people write it: "10 MB", "1.5 KB", "700 bytes"."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


# --------------------------------------------------------------------------- decoding


def decode(path: str, data: bytes, encoding: str | None = None, binary: bool = False) -> Draft:
    """Decode a draft's bytes. A byte-order mark decides, as in browsers:
    UTF-8, UTF-16 or UTF-32 with one is read as such whatever ``encoding``
    says. Otherwise the bytes are read as ``encoding`` (a codec name that
    :func:`text_encoding` accepts), or, without one, as UTF-8. A file that
    is known not to be text (a PDF, an image) raises BinaryFile. With
    ``binary`` (its reader reads bytes), nothing is decoded."""
    if binary:
        return Draft(path, "", "binary", False, data, binary=True)
    what = looks_like(data)
    if what is not None:
        raise BinaryFile(path, what)
    for bom, bom_encoding in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return Draft(path, body.decode(bom_encoding), bom_encoding, True, data)
            except UnicodeDecodeError as exc:
                raise _decode_error(path, body, exc, bom_encoding) from None
    if encoding is None:
        if b"\x00" in data[:8192]:
            raise BinaryFile(path, _binary(data[:8192]))
        try:
            return Draft(path, data.decode("utf-8"), "utf-8", False, data)
        except UnicodeDecodeError as exc:
            raise _decode_error(path, data, exc, "utf-8", hint=True) from None
    encoding = _without_bom(encoding)
    wide = "\x00".encode(encoding) != b"\x00"  # UTF-16 and UTF-32: NUL bytes are normal
    if not wide and b"\x00" in data[:8192]:
        raise BinaryFile(path, _binary(data[:8192]))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _decode_error(path, data, exc, encoding) from None
    if wide and "\x00" in text[:8192]:
        raise BinaryFile(path)
    return Draft(path, text, encoding, False, data)


def _binary(head: bytes) -> str:
    """What bytes with NULs in them are: text in UTF-16 without a
    byte-order mark has a NUL for every other byte of plain English."""
    pairs = len(head) // 2
    nul_odd = sum(head[i] == 0 for i in range(1, 2 * pairs, 2))
    text_even = sum(32 <= head[i] < 127 or head[i] in (9, 10, 13) for i in range(0, 2 * pairs, 2))
    if pairs >= 4 and nul_odd > 0.8 * pairs and text_even > 0.8 * pairs:
        return "binary data, or UTF-16 text without a byte-order mark: try --encoding utf-16"
    return "binary data"


def _without_bom(encoding: str) -> str:
    """The codec that reads and writes a file with no byte-order mark, byte
    for byte: "utf-8-sig" would add a mark when writing, and "utf-16" too
    (without one, a UTF-16 or UTF-32 file is taken to be little-endian, as
    Windows writes it)."""
    return {"utf-8-sig": "utf-8", "utf-16": "utf-16-le", "utf-32": "utf-32-le"}.get(encoding, encoding)


def _decode_error(path: str, data: bytes, exc: UnicodeDecodeError, encoding: str, hint: bool = False) -> InputError:
    from .span import LineIndex

    # Everything before the bad byte decodes: its line breaks (CRLF, CR or
    # LF, as everywhere else) give the line, its code points the column.
    before = data[: exc.start].decode(encoding, errors="replace")
    line, column = LineIndex(before).line_col(len(before))
    message = f"not valid {encoding.upper()}: byte 0x{data[exc.start]:02x} at column {column}"
    if hint:
        message += " (for another encoding, use --encoding)"
    return InputError(path, message, line)


# --------------------------------------------------------------------------- reading


def unreadable(path: Path, exc: OSError) -> str:
    """Why ``path`` cannot be read, in a few words, from the error the
    system gave."""
    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links (a symbolic link loop)"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        if path.is_symlink():
            try:
                target = os.readlink(path)
            except OSError:
                target = "?"
            return f"broken symbolic link: its target {target} does not exist"
        return "no such file or directory"
    if exc.errno == errno.EISDIR:
        return "is a directory"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return f"cannot read: {exc.strerror or exc}"


def read_draft(
    path: Path, shown: str, encoding: str | None = None, max_size: int | None = None, binary: bool = False
) -> Draft:
    """Read and decode a draft (``binary``: read its bytes, for a reader of
    bytes); raise InputError, BinaryFile, or TooLarge (told by the file's
    size before a byte of it is read)."""
    try:
        with path.open("rb") as handle:
            if max_size is None:
                data = handle.read()
            else:
                size = os.fstat(handle.fileno()).st_size
                if size > max_size:
                    raise TooLarge(shown, size, max_size)
                # A pipe or a device has no size to tell: read no more than the limit allows.
                data = handle.read(max_size + 1)
                if len(data) > max_size:
                    raise TooLarge(shown, None, max_size)
    except OSError as exc:
        raise InputError(shown, unreadable(path, exc)) from None
    return decode(shown, data, encoding, binary)


def walk(folder: Path, wanted, on_error: Callable[[Path, OSError], None] | None = None) -> list[Path]:
    """Files under ``folder`` for which ``wanted(path, is_dir)`` is true, in
    a stable order. Hidden folders and tool folders are skipped; symbolic
    links to folders are not followed, so a link loop cannot trap the walk.
    ``on_error(folder, error)`` hears of each folder that cannot be listed."""
    found = []

    def failed(exc: OSError) -> None:
        if on_error is not None:
            on_error(Path(exc.filename) if exc.filename else folder, exc)

    for root, dirs, files in os.walk(folder, onerror=failed):
        root_path = Path(root)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS and wanted(root_path / d, True)
        )
        for name in sorted(files):
            path = root_path / name
            if wanted(path, False):
                found.append(path)
    return found
