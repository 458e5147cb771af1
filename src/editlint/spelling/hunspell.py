"""Expanding a Hunspell dictionary (.dic + .aff) into every word form it accepts.

The SCOWL dictionaries editlint ships use only plain prefix and suffix rules
(PFX/SFX with conditions and cross products), so a short expander reads them
exactly. It runs when the lexicon is built (tools/build_lexicon.py), never
at check time; a test checks that the shipped lexicon is what it gives.
Compound rules (used only for ordinals such as "21st", which editlint treats
as numbers) are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Affix:
    strip: str
    add: str
    condition: re.Pattern


@dataclass(frozen=True)
class AffixClass:
    prefix: bool
    cross_product: bool
    entries: tuple[Affix, ...]


@dataclass(frozen=True)
class Affixes:
    classes: dict[str, AffixClass]
    onlyincompound: str | None
    nosuggest: str | None


def read_aff(path: Path) -> Affixes:
    classes: dict[str, AffixClass] = {}
    pending: dict[str, tuple[bool, bool, list[Affix]]] = {}
    onlyincompound = nosuggest = None
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if parts[0] == "ONLYINCOMPOUND":
            onlyincompound = parts[1]
        elif parts[0] == "NOSUGGEST":
            nosuggest = parts[1]
        elif parts[0] in ("PFX", "SFX"):
            prefix = parts[0] == "PFX"
            flag = parts[1]
            if flag not in pending:
                # Header: PFX flag cross_product count
                pending[flag] = (prefix, parts[2] == "Y", [])
                continue
            strip = "" if parts[2] == "0" else parts[2]
            add = "" if parts[3] == "0" else parts[3].split("/")[0]
            condition = parts[4] if len(parts) > 4 else "."
            pattern = re.compile(f"^(?:{condition})" if prefix else f"(?:{condition})$")
            pending[flag][2].append(Affix(strip, add, pattern))
    for flag, (prefix, cross, entries) in pending.items():
        classes[flag] = AffixClass(prefix, cross, tuple(entries))
    return Affixes(classes, onlyincompound, nosuggest)


def _apply(affix_class: AffixClass, word: str) -> list[str]:
    forms = []
    for affix in affix_class.entries:
        if not affix.condition.search(word):
            continue
        if affix_class.prefix:
            if word.startswith(affix.strip):
                forms.append(affix.add + word[len(affix.strip) :])
        elif word.endswith(affix.strip):
            forms.append(word[: len(word) - len(affix.strip)] + affix.add)
    return forms


def expand(dic: Path, aff: Path) -> dict[str, bool]:
    """Every word form the dictionary accepts, mapped to whether it may be
    suggested (False for NOSUGGEST words)."""
    affixes = read_aff(aff)
    forms: dict[str, bool] = {}
    lines = dic.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:  # the first line is the entry count
        if not line.strip():
            continue
        word, _, flags = line.partition("/")
        word = word.strip()
        flags = flags.strip()
        if affixes.onlyincompound and affixes.onlyincompound in flags:
            continue
        suggest = not (affixes.nosuggest and affixes.nosuggest in flags)
        found = [word]
        suffixed = []
        prefixes = [affixes.classes[f] for f in flags if f in affixes.classes and affixes.classes[f].prefix]
        for flag in flags:
            affix_class = affixes.classes.get(flag)
            if affix_class is None or affix_class.prefix:
                continue
            for form in _apply(affix_class, word):
                found.append(form)
                if affix_class.cross_product:
                    suffixed.append(form)
        for prefix in prefixes:
            found.extend(_apply(prefix, word))
            if prefix.cross_product:
                for form in suffixed:
                    found.extend(_apply(prefix, form))
        for form in found:
            forms[form] = forms.get(form, False) or suggest
    return forms
