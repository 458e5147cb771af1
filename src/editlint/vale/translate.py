"""One Vale rule as a rule of an editlint kind.

Each of Vale's checks has an editlint kind that does the same work, given
Vale's semantics through its options: regular expressions with Vale's word
boundaries (``\\b`` around tokens, unless ``nonword``), ``ignorecase``
false unless the rule says so, ``exceptions`` (and the vocabulary's
accepted words) that drop a match holding one of them.

==============  =================================================
Vale check      editlint kind and options
==============  =================================================
existence       existence: one raw pattern of tokens and raw
substitution    substitution: regex keys, values split on "|"
occurrence      occurrence: token, max and min (0 is no limit)
repetition      repetition: tokens, max, alpha
consistency     consistency: regex forms
capitalization  capitalization: $title, $sentence, $lower, $upper
                or a pattern; AP or Chicago; threshold, indicators
conditional     conditional: first, second
sequence        pattern: tokens of pattern, tag, skip, negate
==============  =================================================

``script``, ``metric``, ``readability`` and ``spelling`` are not run: the
rule is returned as :class:`Skipped`, with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..diagnostic import SEVERITY_NAMES, Severity
from ..errors import RuleError, did_you_mean
from ..rule import RuleSpec, Scope
from ..yamlsource import YamlMap

#: Keys every Vale rule may have.
COMMON = ("extends", "message", "description", "level", "scope", "link", "action", "limit", "vocab", "code")
#: Each check editlint runs, and the keys it reads.
CHECKS = {
    "existence": ("tokens", "raw", "ignorecase", "nonword", "append", "exceptions"),
    "substitution": ("swap", "ignorecase", "nonword", "exceptions", "capitalize", "append", "pos"),
    "occurrence": ("token", "max", "min", "ignorecase"),
    "repetition": ("tokens", "max", "ignorecase", "alpha", "exceptions"),
    "consistency": ("either", "nonword", "ignorecase"),
    "capitalization": ("match", "style", "exceptions", "indicators", "threshold", "prefix"),
    "conditional": ("first", "second", "ignorecase", "exceptions", "in"),
    "sequence": ("tokens", "ignorecase"),
}
#: Vale's checks editlint does not run, and why.
NOT_RUN = {
    "script": "it runs a Tengo script, and editlint runs no scripts",
    "metric": "it computes a formula over document metrics, which editlint does not do",
    "readability": "readability scores are not computed by editlint",
    "spelling": "it checks spelling with dictionaries of its own; editlint's spelling rule set checks spelling",
}
#: Keys Vale knows that editlint reads no further: the rule runs without them.
IGNORED_KEYS = {
    "limit": "the number of alerts is not limited",
    "code": "code is never checked",
    "pos": "part-of-speech filters of substitutions are not applied",
    "append": None,  # read by existence; meaningless elsewhere
}
#: Vale's alert levels are editlint's severities, by name.
LEVELS = {severity.value: severity for severity in Severity}
#: Vale's scopes and editlint's names for them.
SCOPES = {
    "text": "text", "heading": "heading", "heading.h1": "headline", "heading.h2": "subheading",
    "heading.h3": "subheading", "heading.h4": "subheading", "heading.h5": "subheading", "heading.h6": "subheading",
    "title": "headline", "paragraph": "paragraph", "sentence": "sentence", "list": "list_item",
    "blockquote": "quote", "table": "table_cell", "table.header": "table_cell", "table.cell": "table_cell",
    "summary": "text", "raw": "text",
}  # fmt: skip
_FORMATS = {"md", "markdown", "txt", "html", "rst", "adoc", "org", "dita", "xml"}
_PLAIN_WORD = re.compile(r"[\w’'.\- ]+")


@dataclass(frozen=True)
class Skipped:
    """A Vale rule that is listed but does not run."""

    id: str
    kind: str
    origin: str
    reason: str


class _NotRun(Exception):
    """The rule cannot run here; the message says why."""


class _Invalid(Exception):
    """The rule is one Vale would refuse too; the message says why."""


def translate(data, rule_id: str, shown: str, accept: tuple[str, ...], notes: list[str]) -> RuleSpec | Skipped:
    """The editlint rule for the Vale rule ``data`` (a YamlMap) read from
    ``shown``; ``accept`` is the vocabulary's accepted words. Raises
    RuleError for a rule Vale would refuse too; notes what it leaves out."""

    def line(key: str) -> int:
        return data.line_of(key) if isinstance(data, YamlMap) and key in data else getattr(data, "line", 1)

    if not isinstance(data, dict):
        raise RuleError(shown, "a Vale rule file is a mapping with extends: and message:", 1)
    check = data.get("extends")
    if check is None:
        raise RuleError(shown, "Missing the required 'extends' key.", 1)
    if check in NOT_RUN:
        return Skipped(rule_id, check, f"{shown}:{line('extends')}", f"Vale {check} check: {NOT_RUN[check]}")
    if check not in CHECKS:
        choices = [*CHECKS, *NOT_RUN]
        raise RuleError(
            shown, f"'extends' must be one of {', '.join(choices)}, not {check!r}{did_you_mean(check, choices)}",
            line("extends"),
        )  # fmt: skip
    if not isinstance(data.get("message"), str):
        raise RuleError(shown, "Missing the required 'message' key.", 1)
    for key in data:
        if key not in COMMON and key not in CHECKS[check]:
            raise RuleError(shown, f"unknown key '{key}' for a {check} rule", line(key))
        if IGNORED_KEYS.get(key) and (key != "append" or check != "existence"):
            notes.append(f"{shown}:{line(key)}: {rule_id}: '{key}' is not read ({IGNORED_KEYS[key]})")
    level = data.get("level", "suggestion")
    if level not in LEVELS:
        raise RuleError(shown, f"'level' must be one of {', '.join(SEVERITY_NAMES)}, not {level!r}", line("level"))
    try:
        scope = _scope(data.get("scope", "text"), check)
        kind, options = _OPTIONS[check](data, accept if data.get("vocab", True) else ())
    except _NotRun as exc:
        return Skipped(rule_id, check, f"{shown}:{line('extends')}", f"Vale {check} check: {exc}")
    except _Invalid as exc:
        raise RuleError(shown, f"rule {rule_id}: {exc}", line("extends")) from None
    yaml_options = YamlMap(options)
    yaml_options.line = 1
    yaml_options.key_lines = {key: line(key) for key in options}
    return RuleSpec(
        id=rule_id,
        kind=kind,
        severity=LEVELS[level],
        message=data["message"],
        path=shown,
        line=1,
        scope=Scope.parse(scope),
        description=(data.get("description") or f"A Vale {check} rule.").strip(),
        link=data.get("link"),
        options=yaml_options,
        ruleset=rule_id.split(".")[0],
        message_line=line("message"),
        message_format="vale",
        action=_action(data.get("action"), shown, line("action")),
    )


def _scope(value, check: str) -> list[str]:
    names = [value] if isinstance(value, str) else list(value or ["text"])
    result = []
    for raw in names:
        if not isinstance(raw, str) or "&" in raw:
            raise _NotRun(f"scope {raw!r} is not one editlint has")
        negate = raw.strip().startswith("~")
        parts = raw.strip().lstrip("~").split(".")
        if len(parts) > 1 and parts[-1] in _FORMATS:
            parts = parts[:-1]  # heading.md: a scope of one markup format
        name = ".".join(parts)
        if name not in SCOPES:
            raise _NotRun(f'scope "{raw}" is not one editlint has (code, comments and alt text are never checked)')
        result.append(("~" if negate else "") + SCOPES[name])
    if check == "sequence" and "sentence" not in result:
        result.append("sentence")  # Vale's sequence rules read sentences
    return result


def _action(value, shown: str, line: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        raise RuleError(shown, "'action' is a mapping with a name and params", line)
    params = value.get("params") or []
    return (value["name"], *(str(p) for p in params))


def _words(pattern: str, nonword: bool) -> str:
    return f"(?:{pattern})" if nonword else rf"\b(?:{pattern})\b"


def _existence(data, accept):
    tokens = [str(t) for t in data.get("tokens") or [] if str(t).strip()]
    raw = "".join(str(r) for r in data.get("raw") or [])
    nonword = bool(data.get("nonword"))
    words = _words("|".join(tokens), nonword) if tokens else ""
    pattern = words + raw if data.get("append") else raw + words
    if not pattern:
        raise _Invalid("an existence rule needs tokens or raw")
    exceptions = [*map(str, data.get("exceptions") or []), *(accept if not nonword else ())]
    return "existence", {"raw": ["(?m)" + pattern], "ignorecase": bool(data.get("ignorecase")),
                         "exceptions": exceptions}  # fmt: skip


def _substitution(data, accept):
    nonword = bool(data.get("nonword"))
    delete = (data.get("action") or {}).get("name") == "replace"
    swap = {}
    for key, value in (data.get("swap") or {}).items():
        value = "" if value is None else str(value)
        # Go's $1 is Python's \1; an empty value offers deleting only with an action.
        values = [re.sub(r"\$(\d+)", r"\\\1", v) for v in value.split("|")] if value else ([""] if delete else [])
        swap["(?m)" + _words(str(key), nonword)] = values
    return "substitution", {
        "swap": swap, "regex": True, "ignorecase": bool(data.get("ignorecase")),
        "match_case": bool(data.get("capitalize")), "exceptions": [*map(str, data.get("exceptions") or []), *accept],
    }  # fmt: skip


def _occurrence(data, accept):
    token = str(data.get("token") or "")
    if not token:
        raise _NotRun("it has no token to count")
    limits = {key: data.get(key) or None for key in ("max", "min")}
    if limits["max"] is None and limits["min"] is None:
        raise _NotRun("max and min are both 0, so Vale never reports it")
    flags = "(?i)" if data.get("ignorecase") else ""
    return "occurrence", {"token": f"{flags}(?:{token})", **{k: v for k, v in limits.items() if v is not None}}


def _repetition(data, accept):
    return "repetition", {
        "tokens": [str(t) for t in data.get("tokens") or []], "max": int(data.get("max") or 0),
        "alpha": bool(data.get("alpha")), "ignorecase": bool(data.get("ignorecase")),
        "exceptions": [*map(str, data.get("exceptions") or []), *accept],
    }  # fmt: skip


def _consistency(data, accept):
    nonword = bool(data.get("nonword"))
    either = {_words(str(a), nonword): _words(str(b), nonword) for a, b in (data.get("either") or {}).items()}
    return "consistency", {"either": either, "regex": True, "ignorecase": bool(data.get("ignorecase"))}


def _capitalization(data, accept):
    match = str(data.get("match") or "")
    options: dict = {"lowercase_minor": True}
    named = {"$title": "title", "$sentence": "sentence", "$lower": "lower", "$upper": "upper"}
    if match in named:
        options["match"] = named[match]
    elif match:
        options["match"] = f"/(?s:.*?(?:{match}).*)/"  # Vale searches for the pattern
    else:
        raise _Invalid("a capitalization rule needs match")
    if options["match"] in ("title", "sentence"):
        options["threshold"] = float(data.get("threshold") or 0.8)
        options["style"] = "chicago" if str(data.get("style", "AP")).lower() == "chicago" else "ap"
        options["indicators"] = [str(i) for i in data.get("indicators") or []]
        if data.get("prefix"):
            options["prefix"] = re.escape(str(data["prefix"]))
    exceptions = []
    for entry in [*map(str, data.get("exceptions") or []), *accept]:
        # Vale's exceptions are patterns: a phrase keeps each of its words.
        exceptions += entry.split() if _PLAIN_WORD.fullmatch(entry) else [f"/{entry}/"]
    options["exceptions"] = exceptions
    return "capitalization", options


def _conditional(data, accept):
    if data.get("in"):
        raise _NotRun("'in' looks for second in a View's scope, and editlint has no Views")
    return "conditional", {
        "first": str(data.get("first") or ""), "second": str(data.get("second") or ""),
        "ignorecase": bool(data.get("ignorecase")), "exceptions": [*map(str, data.get("exceptions") or []), *accept],
    }  # fmt: skip


def _sequence(data, accept):
    matchers, skip = [], 0
    for token in data.get("tokens") or []:
        if not isinstance(token, dict):
            raise _Invalid("a sequence token is a mapping with pattern or tag")
        matcher: dict = {}
        if token.get("pattern"):
            matcher["regex"] = str(token["pattern"])
        if token.get("tag"):
            matcher["tag"] = f"/{token['tag']}/"
        if token.get("negate"):
            matcher["not"] = True
        # Vale's skip is "up to n tokens between this one and the next".
        if matcher:
            if skip:
                matcher["skip"] = skip
            matchers.append(matcher)
            skip = 0
        skip += int(token.get("skip") or 0)
    return "pattern", {"tokens": matchers, "ignorecase": bool(data.get("ignorecase"))}


_OPTIONS = {
    "existence": _existence, "substitution": _substitution, "occurrence": _occurrence, "repetition": _repetition,
    "consistency": _consistency, "capitalization": _capitalization, "conditional": _conditional,
    "sequence": _sequence,
}  # fmt: skip
