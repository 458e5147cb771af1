"""Rules as data: reading rule files and rule sets.

A rule file is YAML with a ``rules:`` list. Each rule names its ``kind`` (see
:mod:`editlint.kinds`) and gives the kind's options beside the keys every rule
has. A rule set is a folder of rule files. Problems are reported per rule, as
``path:line``, so one bad rule never hides the others.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from . import rulelists
from .diagnostic import SEVERITY_NAMES, Applicability, Severity
from .document import BlockKind, Document, Unit
from .errors import RuleError, did_you_mean, display_path
from .parsing import readers
from .span import Span
from .yamlsource import YamlList, YamlMap, load_yaml

COMMON_KEYS = (
    "id", "kind", "severity", "message", "scope", "description", "link",
    "enabled", "fix", "examples",
)  # fmt: skip
RULE_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-_][a-z0-9]+)*)+$")
RULE_FILE_SUFFIXES = (".yaml", ".yml")


# --------------------------------------------------------------------------- scope

_BODY = frozenset({BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL})
SCOPE_NAMES: dict[str, frozenset[BlockKind]] = {
    "text": frozenset(BlockKind),
    "headline": frozenset({BlockKind.HEADLINE}),
    "heading": frozenset({BlockKind.HEADLINE, BlockKind.HEADING}),
    "subheading": frozenset({BlockKind.HEADING}),
    "paragraph": frozenset({BlockKind.PARAGRAPH}),
    "quote": frozenset({BlockKind.BLOCKQUOTE}),
    "blockquote": frozenset({BlockKind.BLOCKQUOTE}),
    "list_item": frozenset({BlockKind.LIST_ITEM}),
    "table_cell": frozenset({BlockKind.TABLE_CELL}),
    "front_matter": frozenset({BlockKind.FRONT_MATTER}),
    "body": _BODY,
}


@dataclass(frozen=True)
class Scope:
    """Which parts of a draft a rule sees.

    ``kinds`` are the block kinds; with ``sentences`` the rule is fed each
    sentence of those blocks instead of whole blocks. ``quoted`` says what
    to do with blocks inside a Markdown block quote (a list item or heading
    in a quote counts as quoted): None follows ``kinds``, True adds them,
    False leaves them out.
    """

    kinds: frozenset[BlockKind]
    sentences: bool = False
    quoted: bool | None = None

    @classmethod
    def parse(cls, value) -> Scope:
        """From a name or a list of names: ``text`` (default), ``headline``,
        ``heading``, ``subheading``, ``paragraph``, ``quote``, ``list_item``,
        ``table_cell``, ``front_matter``, ``body``, and ``sentence`` (feed
        sentences; of the body unless other names are given). ``~name``
        excludes."""
        names = [value] if isinstance(value, str) else list(value or ())
        if not names or not all(isinstance(n, str) for n in names):
            raise ValueError("scope must be a name or a list of names")
        include: set[BlockKind] = set()
        exclude: set[BlockKind] = set()
        sentences = False
        quoted = None
        for raw in names:
            name = raw.strip()
            negate = name.startswith("~")
            name = name.lstrip("~").strip()
            if name == "sentence" and not negate:
                sentences = True
                continue
            if name not in SCOPE_NAMES:
                choices = [*SCOPE_NAMES, "sentence"]
                raise ValueError(f'unknown scope "{raw}"{did_you_mean(name, choices)}')
            if name in ("quote", "blockquote"):
                quoted = not negate
            (exclude if negate else include).update(SCOPE_NAMES[name])
        if not include:
            include = set(_BODY if sentences else SCOPE_NAMES["text"])
        return cls(frozenset(include - exclude), sentences, quoted)

    def selects(self, block) -> bool:
        if block.in_quote and self.quoted is not None:
            return self.quoted
        return block.kind in self.kinds

    def units(self, document: Document) -> list[Unit]:
        blocks = [b for b in document.blocks if self.selects(b)]
        if not self.sentences:
            return blocks
        return [sentence for block in blocks for sentence in block.sentences]


DEFAULT_SCOPE = Scope(frozenset(BlockKind))


# --------------------------------------------------------------------------- specs


#: A bad example marks where it is reported: "The council has {{it's}} own budget."
SPAN_OPEN, SPAN_CLOSE = "{{", "}}"
_SPAN_MARK = re.compile(r"(\{\{|\}\})")


@dataclass(frozen=True)
class Example:
    #: The text the rule is given (a bad example's span marks taken out).
    text: str
    line: int
    fixed: str | None = None  # the text after this rule's fixes, for bad examples
    format: str = "markdown"
    #: The other drafts of the run, for a rule that compares drafts.
    other_drafts: tuple[str, ...] = ()
    #: Where a bad example is reported, as its text marks it with {{ }};
    #: None when it marks nothing.
    spans: tuple[Span, ...] | None = None
    #: What the rule still gets wrong on this example: the example states
    #: what is right, and the check expects it to fail until the bug is fixed.
    known_bug: str | None = None


def unmark(marked: str) -> tuple[str, tuple[Span, ...]]:
    """The text without its {{ }} span marks, and the spans they enclose.
    ValueError for a mark that is not closed, not opened or nested."""
    pieces: list[str] = []
    spans: list[Span] = []
    opened = None
    length = 0
    for piece in _SPAN_MARK.split(marked):
        if piece == SPAN_OPEN:
            if opened is not None:
                raise ValueError('"{{" inside a span already opened: spans cannot nest')
            opened = length
        elif piece == SPAN_CLOSE:
            if opened is None:
                raise ValueError('"}}" closes no "{{"')
            spans.append(Span(opened, length))
            opened = None
        else:
            pieces.append(piece)
            length += len(piece)
    if opened is not None:
        raise ValueError('"{{" is not closed by "}}"')
    return "".join(pieces), tuple(spans)


def markable(spans) -> bool:
    """Whether {{ }} can mark all of ``spans`` in one text: no two overlap."""
    return all(a.end <= b.start for a, b in pairwise(sorted(spans)))


def mark(text: str, spans) -> str:
    """``text`` with each span enclosed in {{ }} (the spans must not overlap)."""
    pieces, position = [], 0
    for span in sorted(spans):
        pieces += [text[position : span.start], SPAN_OPEN, text[span.start : span.end], SPAN_CLOSE]
        position = span.end
    return "".join(pieces) + text[position:]


@dataclass(frozen=True)
class RuleSpec:
    """A rule as written in its file, before its kind compiles it."""

    id: str
    kind: str
    severity: Severity
    message: str
    path: str
    line: int
    #: As written; None leaves it to the kind (most kinds: the whole text).
    scope: Scope | None = None
    description: str = ""
    link: str | None = None
    enabled: bool = True
    #: "safe", "unsafe", "display" or "none" as written; None leaves it to the kind.
    fix: str | None = None
    bad: tuple[Example, ...] = ()
    good: tuple[Example, ...] = ()
    #: The kind's own options, as written (a YamlMap, so errors can name lines).
    options: YamlMap = field(default_factory=YamlMap)
    ruleset: str = ""
    message_line: int = 0
    #: The named word lists of the rule's folder (see editlint.rulelists).
    lists: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    #: "vale" for a rule read from a Vale style: its message is a Go format
    #: string, filled as Vale fills it (see editlint.vale.message).
    message_format: str = "editlint"
    #: A Vale rule's action, its name then its params: how its fix is made
    #: from the matched text (see editlint.vale.action).
    action: tuple[str, ...] = ()

    @property
    def origin(self) -> str:
        return f"{self.path}:{self.line}"

    def line_of(self, key: str) -> int:
        return self.options.line_of(key) if key in self.options else self.line


def message_fields(message: str) -> set[str]:
    """Placeholder names used in a message template ("{match}" gives
    "match"). Raises ValueError for a template that cannot be filled in."""
    names = set()
    for _, name, _, _ in string.Formatter().parse(message):
        if name is not None:
            if not name or name[0].isdigit():
                raise ValueError("placeholders must be named, like {match}")
            names.add(name.split(".")[0].split("[")[0])
    return names


_EXAMPLE_KEYS = ("text", "fixed", "format", "other_drafts", "known_bug")
_EXAMPLE_KEY_SET = frozenset(_EXAMPLE_KEYS)


def _example(item, which: str, line: int) -> Example:
    """One entry of examples.bad or examples.good; ValueError says what is wrong."""
    if isinstance(item, str):
        item = {"text": item}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise ValueError("an example is a string or a mapping with text (and fixed, format)")
    if not _EXAMPLE_KEY_SET.issuperset(item):
        key = sorted(set(item) - _EXAMPLE_KEY_SET)[0]
        raise ValueError(f'unknown example key "{key}"{did_you_mean(key, _EXAMPLE_KEYS)}')
    fmt = item.get("format", "markdown")
    # Markdown, nearly every example's, is a text format: the registry is
    # asked only for another (a rule set's 1,300 examples are read at each start).
    formats = [reader.name for reader in readers() if not reader.binary] if fmt != "markdown" else [fmt]
    if fmt not in formats:
        quoted = [f'"{name}"' for name in formats]
        one_of = " or ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)
        raise ValueError(f"example format must be {one_of}")
    fixed = item.get("fixed")
    if fixed is not None and not isinstance(fixed, str):
        raise ValueError("example fixed text must be a string")
    others = item.get("other_drafts", [])
    if not isinstance(others, list) or not all(isinstance(o, str) for o in others):
        raise ValueError("example other_drafts must be a list of texts")
    known_bug = item.get("known_bug")
    if known_bug is not None and not (isinstance(known_bug, str) and known_bug.strip()):
        raise ValueError("example known_bug must say what the rule gets wrong")
    text, spans = item["text"], None
    if which == "bad":
        try:
            text, spans = unmark(text)
        except ValueError as exc:
            raise ValueError(f"bad example text: {exc}") from None
    unmarked = [("text", text), ("fixed", fixed or "")] + [("other_drafts", o) for o in others]
    for key, value in unmarked:
        if SPAN_OPEN in value or SPAN_CLOSE in value:
            where = "a good example's text" if key == "text" else f"an example's {key}"
            raise ValueError(f"{{{{ }}}} marks where a bad example is reported; {where} marks nothing")
    return Example(text, line, fixed, fmt, tuple(others), spans or None, known_bug)


def _examples(value, path: str, line: int, which: str, where: str) -> tuple[Example, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise RuleError(path, f"{where}: examples.{which} must be a list", line)
    examples = []
    for i, item in enumerate(value):
        item_line = value.line_of(i) if isinstance(value, YamlList) else line
        try:
            examples.append(_example(item, which, item_line))
        except ValueError as exc:
            raise RuleError(path, f"{where}: {exc}", item_line) from None
    return tuple(examples)


def parse_rule(raw, path: str, line: int, known_kinds, ruleset: str = "", lists=None) -> RuleSpec:
    """Check one rule's common keys and split off its kind's options."""
    if not isinstance(raw, dict):
        raise RuleError(path, "a rule must be a mapping", line)
    line = getattr(raw, "line", line)

    def at(key: str) -> int:
        return raw.line_of(key) if isinstance(raw, YamlMap) else line

    rule_id = raw.get("id")
    if rule_id is None:
        raise RuleError(path, "rule has no id (dotted lower-case words, like style.repeated-word)", line)
    if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
        raise RuleError(
            path,
            f"rule id {rule_id!r} must be dotted lower-case words, like style.repeated-word",
            at("id"),
        )
    where = f"rule {rule_id}"
    kind = raw.get("kind")
    if kind not in known_kinds:
        raise RuleError(path, f'{where}: unknown kind "{kind}"{did_you_mean(kind, known_kinds)}', at("kind"))
    severity_name = raw.get("severity", "warning")
    try:
        severity = Severity.parse(severity_name)
    except ValueError:
        raise RuleError(
            path,
            f'{where}: severity must be one of {", ".join(SEVERITY_NAMES)}, not "{severity_name}"'
            f"{did_you_mean(severity_name, SEVERITY_NAMES)}",
            at("severity"),
        ) from None
    message = raw.get("message")
    if not isinstance(message, str) or not message.strip():
        raise RuleError(path, f"{where}: message is required", at("message") if "message" in raw else line)
    try:
        message_fields(message)
    except ValueError as exc:
        raise RuleError(
            path, f"{where}: message {message!r}: {exc} (write {{{{ and }}}} for a brace)", at("message")
        ) from None
    try:
        scope = Scope.parse(raw["scope"]) if "scope" in raw else None
    except ValueError as exc:
        raise RuleError(path, f"{where}: {exc}", at("scope")) from None
    fix = raw.get("fix")
    if fix is not None:
        choices = [a.value for a in Applicability] + ["none"]
        if fix not in choices:
            raise RuleError(
                path, f"{where}: fix must be one of {', '.join(choices)}{did_you_mean(fix, choices)}", at("fix")
            )
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RuleError(path, f"{where}: enabled must be true or false", at("enabled"))
    for key in ("description", "link"):
        if key in raw and not isinstance(raw[key], str):
            raise RuleError(path, f"{where}: {key} must be a string", at(key))
    examples = raw.get("examples") or {}
    if not isinstance(examples, dict) or set(examples) - {"bad", "good"}:
        raise RuleError(path, f"{where}: examples must be a mapping with bad and good lists", at("examples"))
    ex_line = at("examples")
    bad = _examples(examples.get("bad"), path, ex_line, "bad", where)
    good = _examples(examples.get("good"), path, ex_line, "good", where)

    options = YamlMap({k: v for k, v in raw.items() if k not in COMMON_KEYS})
    options.line = line
    options.key_lines = {k: at(k) for k in options}
    return RuleSpec(
        id=rule_id,
        kind=kind,
        severity=severity,
        message=message,
        path=path,
        line=line,
        scope=scope,
        description=(raw.get("description") or "").strip(),
        link=raw.get("link"),
        enabled=enabled,
        fix=fix,
        bad=bad,
        good=good,
        options=options,
        ruleset=ruleset,
        message_line=at("message"),
        lists=lists or {},
    )


def read_rule_file(
    path: Path, known_kinds, ruleset: str = "", text: str | None = None
) -> tuple[list[RuleSpec], list[RuleError]]:
    """The rules of one file, and an error for each rule (or the file) that
    is invalid. ``text``: the file's text, when the caller has read it."""
    shown = display_path(path)
    try:
        if text is None:
            text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [RuleError(shown, f"cannot read rule file: {getattr(exc, 'strerror', None) or exc}")]
    try:
        data = load_yaml(text, shown, RuleError)
    except RuleError as exc:
        return [], [exc]
    if data is None:
        return [], []
    if not isinstance(data, dict) or not ("rules" in data or "lists" in data):
        return [], [RuleError(shown, "a rule file is a mapping with a rules: list", getattr(data, "line", 1))]
    unknown = [k for k in data if k not in ("rules", "lists")]
    if unknown:
        return [], [
            RuleError(
                shown, f'unknown key "{unknown[0]}" (a rule file holds rules: and lists:)', data.line_of(unknown[0])
            )
        ]
    rules = data.get("rules", [])
    if not isinstance(rules, list):
        return [], [RuleError(shown, "rules: must be a list", data.line_of("rules"))]
    own, errors = rulelists.lists_of(data, shown)
    lists = own
    if not errors:
        lists, errors = rulelists.folder_lists(path)
        # A folder's errors belong to the file that has them.
        errors = [e for e in errors if e.path == shown]
        lists = {**lists, **own}
    specs, seen = [], {}
    for i, raw in enumerate(rules):
        line = rules.line_of(i) if isinstance(rules, YamlList) else 1
        try:
            spec = parse_rule(raw, shown, line, known_kinds, ruleset, lists)
        except RuleError as exc:
            errors.append(exc)
            continue
        if spec.id in seen:
            errors.append(
                RuleError(shown, f"rule {spec.id} is defined twice (first at line {seen[spec.id]})", spec.line)
            )
            continue
        seen[spec.id] = spec.line
        specs.append(spec)
    return specs, errors


def rule_files(folder: Path) -> list[Path]:
    """Rule files of a rule set folder (recursively), in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.suffix in RULE_FILE_SUFFIXES and p.is_file())


def shipped_rules_dir() -> Path:
    """The rule sets that ship with editlint."""
    here = Path(__file__).resolve().parent
    packaged = here / "rulesets"
    if packaged.is_dir():
        return packaged
    # Running from a source checkout (an editable install): the top-level rules/.
    return here.parent.parent / "rules"


def shipped_ruleset_names() -> list[str]:
    root = shipped_rules_dir()
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def matches_rule(pattern: str, rule_id: str) -> bool:
    """Whether ``pattern`` names ``rule_id``: the id itself, a glob
    ("style.*") or a dotted prefix ("style" or "grammar.agreement")."""
    if pattern == rule_id or rule_id.startswith(pattern + "."):
        return True
    if any(c in pattern for c in "*?["):
        from fnmatch import fnmatchcase

        return fnmatchcase(rule_id, pattern)
    return False
