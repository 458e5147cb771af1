"""Loading YAML (always safely) while remembering the line of every key.

Rule files and configs report errors as ``path:line``, so mappings and lists
come back as :class:`YamlMap` and :class:`YamlList`, which carry the lines of
their keys and items.

A text parsed before comes from the setup cache (editlint.setupcache), and
PyYAML is imported only when a text must be parsed.
"""

from __future__ import annotations

import functools
import re
import sys

from . import setupcache
from .errors import EditlintError


class YamlMap(dict):
    """A mapping that knows the 1-based line of itself and of each key."""

    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class YamlList(list):
    """A list that knows the 1-based line of itself and of each item."""

    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


@functools.cache
def _yaml():
    """PyYAML and the loader built on it, on first use: a cold start whose
    rule files and config come from the setup cache never imports it (0.01 s)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class DuplicateKey(yaml.MarkedYAMLError):
        pass

    class Loader(base):
        pass

    # YAML 1.1 reads yes/no/on/off as booleans, which would turn a rule set to
    # "off" into False and a swap for the word "no" into a key False. Only
    # true/false are booleans here, as in YAML 1.2.
    Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )

    def construct_mapping(loader, node):
        loader.flatten_mapping(node)
        result = YamlMap()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be a plain value", key_node.start_mark
                ) from None
            if key in result:
                raise DuplicateKey(None, None, f'duplicate key "{key}"', key_node.start_mark)
            result[key] = loader.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_sequence(loader, node):
        result = YamlList(loader.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result

    Loader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    Loader.add_constructor("tag:yaml.org,2002:seq", construct_sequence)
    return yaml, Loader, DuplicateKey


def load_yaml(text: str, path: str, error: type[EditlintError] = EditlintError):
    """Parse ``text``; a syntax error raises ``error`` naming ``path`` and the line.
    A text parsed before (the same text, the same parser) comes from the
    setup cache, as a fresh copy the caller may change; a text with an error
    is parsed again each time, so the error is said each time."""
    key = setupcache.key_of(parser_stamp(), text)
    cached = setupcache.load("yaml", key)
    if cached is not None:
        return cached[0]
    data = _parse(text, path, error)
    setupcache.store("yaml", key, (data,))
    return data


@functools.cache
def parser_stamp() -> str:
    """What a parsed text depends on besides itself: this module and PyYAML."""
    # The values are built by this module and PyYAML (its installed file
    # stands for its version: importing it would cost what the cache saves).
    return setupcache.stamp(__file__, _module_file("yaml"))


def _module_file(name: str) -> str | None:
    """Where the top-level module ``name`` would be imported from, without
    importing it: what importlib.util.find_spec says, with no import of
    importlib.util (1 ms of a cold start)."""
    module = sys.modules.get(name)
    if module is not None:
        return getattr(module.__spec__, "origin", None)
    for finder in sys.meta_path:
        find_spec = getattr(finder, "find_spec", None)
        spec = find_spec(name, None) if find_spec is not None else None
        if spec is not None:
            return spec.origin
    return None


def _parse(text: str, path: str, error: type[EditlintError]):
    yaml, loader, duplicate_key = _yaml()
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - the loader derives from SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        if isinstance(exc, duplicate_key):
            raise error(path, problem, line) from None
        raise error(path, f"invalid YAML: {problem}", line) from None
    except yaml.reader.ReaderError as exc:
        # Its text ends with a second line ("in <unicode string>, position N"):
        # the line number says the same, in one line.
        line = text.count("\n", 0, exc.position) + 1
        raise error(path, f"invalid YAML: {str(exc).splitlines()[0]}", line) from None
    except yaml.YAMLError as exc:
        raise error(path, f"invalid YAML: {' '.join(str(exc).split())}") from None


def line_of(container, key) -> int | None:
    """Line of ``key`` in a YamlMap / index in a YamlList, if known."""
    if isinstance(container, YamlMap):
        return container.line_of(key)
    if isinstance(container, YamlList):
        return container.line_of(key)
    return None
