"""The stylebooks that ship with editlint, one config file each (ap.yaml,
uk.yaml), chosen with ``style:`` in a config (or ``--style``). A
stylebook's rules live in the shipped rule set of its name (rules/ap/),
which the default preset leaves out."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def stylebook_names() -> list[str]:
    """The stylebooks a config can name with ``style:`` (``ap``, ``uk``)."""
    return sorted(p.stem for p in _HERE.glob("*.yaml"))


def stylebook_path(name: str) -> Path:
    """The config file of the stylebook ``name``."""
    return _HERE / f"{name}.yaml"
