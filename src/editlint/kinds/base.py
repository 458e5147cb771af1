"""What every rule kind shares: typed options, message fields, findings.

A kind is a subclass of :class:`KindRule` with a frozen ``Options``
dataclass. Constructing it validates the options and compiles its patterns
once; :meth:`KindRule.check` is then a pure function from the units of a
document to findings.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from collections.abc import Iterator, Mapping, Sequence
from functools import cache, cached_property
from typing import ClassVar, Literal

import regex

from ..analysis.analyses import analyses
from ..diagnostic import Applicability, Finding, Fix
from ..document import PLACEHOLDER, Document, Unit
from ..edits import edit_for
from ..errors import RuleError, did_you_mean
from ..rule import COMMON_KEYS, DEFAULT_SCOPE, RuleSpec, Scope, message_fields
from ..userregex import BoundedPattern, compile_checked

# Letters, marks and digits: what a word boundary must not cut through.
WORD_CHAR = r"[\p{L}\p{M}\p{N}_]"
WORD_START = rf"(?<!{WORD_CHAR})"
WORD_END = rf"(?!{WORD_CHAR})"


class OptionError(ValueError):
    """An option value is invalid; ``key`` names the option."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


class KindRule:
    """A compiled rule. Subclasses set ``name``, ``Options`` and ``fields``
    (message placeholders besides ``match`` and ``suggestion``), override
    :meth:`compile` to validate and build patterns, and :meth:`check`."""

    name: ClassVar[str]
    Options: ClassVar[type]
    fields: ClassVar[tuple[str, ...]] = ()
    #: How sure this kind's fixes are unless the rule says otherwise.
    default_fix: ClassVar[Applicability | None] = Applicability.UNSAFE
    #: Findings may cover hidden content (code, URLs) when true, e.g. a length limit.
    covers_hidden: ClassVar[bool] = False
    #: The scope of a rule that names none.
    default_scope: ClassVar[Scope] = DEFAULT_SCOPE
    #: Options the config fills in for every rule of this kind (language:,
    #: vocab.accept), unless the rule's own config settings give them.
    config_options: ClassVar[tuple[str, ...]] = ()

    #: Whether results may be kept between runs (see editlint.cache): not
    #: for an external checker, whose answers depend on more than the text.
    cacheable: ClassVar[bool] = True

    @cached_property
    def fingerprint(self) -> str:
        """See :func:`fingerprint`; worked out on first use: a run without
        the result cache asks only the rules that compare drafts for it."""
        return fingerprint(self.spec, self.options)

    def __init__(self, spec: RuleSpec, options) -> None:
        self.spec = spec
        self.options = options
        #: Where the rule looks (its spec's scope, else its kind's default).
        self.scope: Scope = spec.scope or self.default_scope
        if spec.fix is None:
            self.fix_applicability = self.default_fix
        else:
            self.fix_applicability = None if spec.fix == "none" else Applicability(spec.fix)
        self.compile()

    def may_report(self, document: Document) -> bool:
        """False when the rule plainly has nothing to report in the draft
        (none of its words occur anywhere in it), so the engine need not
        hand it a unit; True when it cannot tell without reading."""
        return True

    def compile(self) -> None:
        """Validate option values and build patterns; raise OptionError."""

    def check(self, units: Sequence[Unit], document: Document) -> Iterator[Finding]:
        raise NotImplementedError

    #: True for a rule that compares the drafts of a run with each other
    #: (two drafts with one headline). Drafts may be checked in other
    #: processes, and their results kept between runs, so such a rule
    #: works in two steps: :meth:`draft_facts` notes what it needs of each
    #: draft as plain data (JSON: strings, numbers, lists, mappings), and
    #: :meth:`check_drafts` compares those notes once every draft is read.
    across_drafts: ClassVar[bool] = False

    def draft_facts(self, document: Document) -> dict | None:
        """What :meth:`check_drafts` needs of this draft, or None when it
        has nothing to compare. A ``span`` entry ([start, end]) says where
        a finding would be, so a suppression comment there can apply."""
        return None

    def check_drafts(self, drafts: Sequence[tuple[str, dict]]) -> Iterator[tuple[int, Finding]]:
        """Findings that only the drafts of a run together show: for each,
        the index (in ``drafts``, pairs of path and facts) of the draft it
        belongs to."""
        return iter(())

    def message_for(self, text: str, suggestions: Sequence[str] = (), **fields) -> str:
        """The rule's message for a finding on ``text``."""
        if self.spec.message_format == "vale":
            from ..vale.message import vale_message

            return vale_message(self.name, self.spec.message, text, suggestions, fields, self.spec.action)
        # A match wrapped over lines still reads as one line in a message.
        # Every field the kind declares has a value, so a message may use any of them.
        values = dict.fromkeys(self.fields, "")
        values.update(match=" ".join(text.split()), suggestion=suggestions[0] if suggestions else "")
        values.update({k: "" if v is None else v for k, v in fields.items()})
        return self.spec.message.format_map(values)

    def finding(
        self,
        document: Document,
        unit: Unit,
        start: int,
        end: int,
        suggestions: Sequence[str] = (),
        applicability: Applicability | None = None,
        **fields,
    ) -> Finding | None:
        """A finding for ``unit.text[start:end]``; None when that text includes
        content that is never checked."""
        text = unit.text[start:end]
        if PLACEHOLDER in text and not self.covers_hidden:
            return None
        span = unit.source_span(start, end)
        suggestions = tuple(suggestions)
        message = self.message_for(text, suggestions, **fields)
        if self.spec.action:
            from ..vale.action import action_suggestions

            # Vale's action makes the fix from the match; the message still
            # names what the check found (a substitution's replacements).
            suggestions = action_suggestions(self.spec.action, text, suggestions)
        fix = None
        # A kind may vouch for one finding's fix (a typo the draft spells
        # right elsewhere); a rule that asks for no fixes gets none.
        how_sure = applicability or self.fix_applicability if self.fix_applicability is not None else None
        if suggestions and how_sure is not None:
            edit = edit_for(document, unit, start, end, span, text, suggestions[0])
            if edit is not None:
                fix = Fix((edit,), how_sure)
        return Finding(span, message, suggestions, fix)


def in_quotation(document: Document, span) -> bool:
    """Whether ``span`` (a source range) lies in someone's quoted words (see
    editlint.analysis.quotations): for rules of house style, which leave what people
    said as they said it."""
    return analyses(document).in_quotation(span)


# --------------------------------------------------------------------------- options


@cache
def _hints(options_type: type) -> dict[str, object]:
    return typing.get_type_hints(options_type)


def build(kind_type: type[KindRule], spec: RuleSpec, overrides: Mapping | None = None, origin_of=None) -> KindRule:
    """Compile ``spec`` with its kind, after applying option ``overrides``
    (from a config). ``origin_of(key)`` gives the (path, line) where an
    override was written, so errors point at the config, not the rule."""
    raw = dict(spec.options)
    if overrides:
        raw.update(overrides)

    def error(key: str | None, message: str) -> RuleError:
        if key is not None and overrides and key in overrides and origin_of is not None:
            path, line = origin_of(key)
            return RuleError(path, f"rule {spec.id}: {message}", line)
        line = spec.line_of(key) if key is not None else spec.line
        return RuleError(spec.path, f"rule {spec.id}: {message}", line)

    allowed = {"match", "suggestion", *kind_type.fields}
    # A Vale rule's message is a Go format string, not ours (editlint.vale).
    unknown_fields = message_fields(spec.message) - allowed if spec.message_format != "vale" else ()
    if unknown_fields:
        name = sorted(unknown_fields)[0]
        raise RuleError(
            spec.path,
            f"rule {spec.id}: message uses unknown placeholder {{{name}}}{did_you_mean(name, allowed)}"
            f" (available: {', '.join('{' + f + '}' for f in sorted(allowed))})",
            spec.message_line,
        )
    try:
        options = parse_options(kind_type.Options, raw)
        rule = kind_type(spec, options)
    except OptionError as exc:
        raise error(exc.key, str(exc)) from None
    return rule


def fingerprint(spec: RuleSpec, options) -> str:
    """A digest of everything that decides what a rule reports: its id,
    kind, message, scope, fix setting and options (the config's language and
    vocabulary among them). Its severity is left out: the engine stamps
    that on. Results cached under one fingerprint are valid for any rule
    with the same one."""
    scope = spec.scope
    scope_key = None if scope is None else (sorted(k.value for k in scope.kinds), scope.sentences, scope.quoted)
    # Options are frozen dataclasses of strings, numbers, tuples and dicts
    # (in the order written), so their repr is the same in every process.
    # The rule set's named word lists too: a rule may use them (editlint.rulelists).
    lists = sorted(spec.lists.items()) if spec.lists else ()
    text = repr((spec.id, spec.kind, spec.message, scope_key, spec.fix, options, lists))
    if spec.message_format != "editlint" or spec.action:
        text += repr((spec.message_format, spec.action))
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def parse_options(options_type: type, raw: Mapping):
    """Build ``options_type`` from YAML values, checking names and types."""
    hints = _hints(options_type)
    fields = {f.name: f for f in dataclasses.fields(options_type)}
    values = {}
    for key, value in raw.items():
        if key not in fields:
            raise OptionError(
                key,
                f'unknown option "{key}"{did_you_mean(key, [*fields, *COMMON_KEYS])}'
                f" (options of this kind: {', '.join(fields) or 'none'})",
            )
        values[key] = _convert(key, value, hints[key])
    for name, f in fields.items():
        if name not in values and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise OptionError(name, f'option "{name}" is required')
    return options_type(**values)


def _type_name(hint) -> str:
    origin = typing.get_origin(hint)
    if hint is bool:
        return "true or false"
    if hint is int:
        return "a whole number"
    if hint is float:
        return "a number"
    if hint is str:
        return "a string"
    if origin is tuple:
        return "a list of strings"
    if origin is dict:
        return "a mapping"
    if hint is tuple:
        return "a list"
    if origin is Literal:
        return "one of " + ", ".join(str(a) for a in typing.get_args(hint))
    return str(hint)


def _convert(key: str, value, hint):
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        if value is None and type(None) in args:
            return None
        (hint,) = [a for a in args if a is not type(None)]
        origin = typing.get_origin(hint)
    bad = OptionError(key, f'option "{key}" must be {_type_name(hint)}, not {value!r}')
    if hint is bool:
        if not isinstance(value, bool):
            raise bad
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise bad
        return value
    if hint is tuple:
        # Structured values (a sequence's matchers): the kind checks the items.
        if not isinstance(value, list):
            raise bad
        return tuple(value)
    if hint is tuple:
        # Structured values (a sequence's matchers): the kind checks the items.
        if not isinstance(value, list):
            raise bad
        return tuple(value)
    if origin is Literal:
        if value not in typing.get_args(hint):
            raise OptionError(
                key,
                f'option "{key}" must be {_type_name(hint)}, not {value!r}{did_you_mean(value, typing.get_args(hint))}',
            )
        return value
    if origin is tuple:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad
        return tuple(value)
    if origin is dict:
        if not isinstance(value, dict):
            raise bad
        _, value_hint = typing.get_args(hint)
        result = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise OptionError(key, f'option "{key}": key {k!r} must be a string')
            if typing.get_origin(value_hint) is tuple:
                v = [v] if isinstance(v, str) else ([] if v is None else v)
                if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                    raise OptionError(key, f'option "{key}": value of "{k}" must be a string or a list of strings')
                result[k] = tuple(v)
            elif value_hint is bool:
                if isinstance(v, str) and v in ("on", "off"):
                    v = v == "on"
                if not isinstance(v, bool):
                    raise OptionError(key, f'option "{key}": value of "{k}" must be true or false (or on/off)')
                result[k] = v
            else:
                if not isinstance(v, str):
                    raise OptionError(key, f'option "{key}": value of "{k}" must be a string')
                result[k] = v
        return result
    raise bad


# --------------------------------------------------------------------------- patterns


def compile_pattern(key: str, pattern: str, flags: int = 0) -> BoundedPattern:
    """Compile a user's regex; a syntax error becomes an OptionError naming it.
    Its searches are bounded in time (see editlint.userregex)."""
    try:
        return compile_checked(pattern, flags | regex.VERSION0)
    except (regex.error, TypeError, ValueError) as exc:
        raise OptionError(key, f'invalid regex "{pattern}" in option "{key}": {exc}') from None


def alternation(key: str, patterns) -> str:
    """One regex body matching any of a user's ``patterns`` (each in its own
    group); a faulty pattern is reported by itself, not as part of the whole."""
    for pattern in patterns:
        compile_pattern(key, pattern)
    return "|".join(f"(?:{p})" for p in patterns)


def compile_exceptions(key: str, exceptions, flags: int = 0) -> BoundedPattern | None:
    """One pattern for a rule's ``exceptions`` (words, phrases or regular
    expressions): a match that holds one of them, between word boundaries,
    is not reported (Vale's meaning of the key). Longest first, so that
    "Docker Compose" wins over "Docker"."""
    entries = sorted((e for e in exceptions if e.strip()), key=len, reverse=True)
    if not entries:
        return None
    for entry in entries:
        compile_pattern(key, entry, flags)  # report the faulty entry itself
    return compile_pattern(key, r"\b(?:" + "|".join(entries) + r")\b", flags)


def phrase_regex(phrase: str) -> str:
    """A pattern matching ``phrase`` as whole words; any run of whitespace in
    it matches any run of whitespace (a phrase may be wrapped over two lines)."""
    phrase = phrase.strip()
    parts = [regex.escape(p) for p in phrase.split()]
    body = r"\s+".join(parts)
    start = WORD_START if phrase[:1].isalnum() else ""
    end = WORD_END if phrase[-1:].isalnum() else ""
    return f"{start}{body}{end}"


def normalise(text: str) -> str:
    """Lower-case with whitespace runs as single spaces: how phrases are looked up."""
    return " ".join(text.split()).casefold()


def match_case(replacement: str, original: str) -> str:
    """Give a lower-case ``replacement`` the capitalisation of ``original``
    ("And also" -> "And"); a replacement with capitals is kept as written."""
    if not replacement or replacement != replacement.lower():
        return replacement
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and letters[0].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement
