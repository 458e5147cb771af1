"""Whether a rule-set folder is a Vale style: asked of every rule set a
config lists, so it lives apart from :mod:`.styles` (which reads a style,
and is imported only when a folder is one)."""

from __future__ import annotations

import re
from pathlib import Path

_RULE_FILE = re.compile(r"^extends\s*:", re.MULTILINE)


def is_style_folder(folder: Path) -> bool:
    """Whether ``folder`` holds Vale rule files (``*.yml`` with ``extends:``)
    rather than editlint rule files (with ``rules:``)."""
    files = sorted(folder.glob("*.yml"))
    if not files or any(p.suffix == ".yaml" for p in folder.iterdir()):
        return False
    try:
        return all(_RULE_FILE.search(p.read_text(encoding="utf-8-sig")) for p in files[:3])
    except (OSError, UnicodeDecodeError):
        return False
