"""A Vale style folder read as rules, and Vale's built-in style.

A style is a folder of ``*.yml`` rule files; each file is one rule, named
``Style.File`` (``MyStyle/Hedging.yml`` is ``MyStyle.Hedging``). The
built-in ``Vale`` style holds ``Vale.Terms`` (the vocabulary's accepted
words, as written), ``Vale.Avoid`` (its rejected words, as errors),
``Vale.Repetition`` ("the the") and ``Vale.Spelling`` (listed as skipped:
editlint's spelling rule set checks spelling).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from ..diagnostic import Severity
from ..errors import RuleError, display_path
from ..rule import RuleSpec
from ..yamlsource import load_yaml
from .translate import LEVELS, Skipped, translate

#: The style a .vale.ini names as "Vale": not a folder, but Vale's own rules.
BUILTIN = "Vale"
_REGEX_CHARS = re.compile(r"[\\\[\](){}|*+?^$]")


@dataclass(frozen=True)
class ValeStyle:
    """How a style is read: its name, the vocabulary (accepted and rejected
    entries, regular expressions as Vale reads them), the .vale.ini's
    switches for its rules (rule id, YES, NO or a level) and minimum level,
    and where those came from."""

    name: str
    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    switches: tuple[tuple[str, str], ...] = ()
    min_level: str = "suggestion"
    source: str = ""


@dataclass
class StyleRules:
    specs: list[RuleSpec] = dataclasses.field(default_factory=list)
    skipped: list[Skipped] = dataclasses.field(default_factory=list)
    errors: list[RuleError] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)


def load_style(folder: Path, style: ValeStyle) -> StyleRules:
    """The rules of the style in ``folder`` (or Vale's built-in style), with
    the .vale.ini's switches applied."""
    result = StyleRules()
    if style.name == BUILTIN:
        _builtin(style, result)
    else:
        for path in sorted(folder.glob("*.yml")):
            _read(path, f"{style.name}.{path.stem}", style.accept, result)
    switches = dict(style.switches)
    minimum = LEVELS.get(style.min_level, Severity.SUGGESTION)
    for i, spec in enumerate(result.specs):
        switch = switches.get(spec.id)
        if switch == "NO":
            spec = dataclasses.replace(spec, enabled=False)
        elif switch in LEVELS:
            spec = dataclasses.replace(spec, severity=LEVELS[switch], enabled=True)
        if spec.severity.rank < minimum.rank:
            spec = dataclasses.replace(spec, enabled=False)  # below MinAlertLevel: Vale never shows it
        result.specs[i] = spec
    return result


def _read(path: Path, rule_id: str, accept: tuple[str, ...], result: StyleRules) -> None:
    shown = display_path(path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8-sig"), shown, RuleError)
        found = translate(data, rule_id, shown, accept, result.notes)
    except (OSError, UnicodeDecodeError) as exc:
        result.errors.append(RuleError(shown, f"cannot read rule file: {getattr(exc, 'strerror', None) or exc}"))
        return
    except RuleError as exc:
        result.errors.append(exc)
        return
    (result.skipped if isinstance(found, Skipped) else result.specs).append(found)


def _builtin(style: ValeStyle, result: StyleRules) -> None:
    shown = f"{style.source} (Vale's built-in style)" if style.source else "Vale's built-in style"
    # Accepted words are enforced as written; an entry that is a pattern
    # ([Oo]bservability, (?i)github) says how a word may be written, not how it must be.
    terms = [t for t in style.accept if not _REGEX_CHARS.search(t)]
    rules = {
        "Terms": {"extends": "substitution", "message": "Use '%s' instead of '%s'.", "level": "error",
                  "ignorecase": True, "swap": {re.escape(t): t for t in terms}} if terms else None,
        "Avoid": {"extends": "existence", "message": "Avoid using '%s'.", "level": "error",
                  "tokens": list(style.reject)} if style.reject else None,
        "Repetition": {"extends": "repetition", "message": "'%s' is repeated!", "level": "error",
                       "alpha": True, "ignorecase": True, "tokens": [r"[^\s]+"]},
    }  # fmt: skip
    for name, data in rules.items():
        if data is not None:
            found = translate(data, f"{BUILTIN}.{name}", shown, (), result.notes)
            result.specs.append(found)
    result.skipped.append(
        Skipped(
            f"{BUILTIN}.Spelling", "spelling", shown,
            "Vale spelling check: it checks spelling with dictionaries of its own; editlint's spelling rule set "
            "checks spelling",
        )
    )  # fmt: skip
