"""Loading YAML (always safely) while remembering the line of every key.

Rule files and configs report errors as ``path:line``, so mappings and lists
come back as :class:`YamlMap` and :class:`YamlList`, which carry the lines of
their keys and items.
"""

from __future__ import annotations

import re

import yaml

from .errors import EditlintError

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


class _DuplicateKey(yaml.MarkedYAMLError):
    pass


class _Loader(_Base):
    pass


# YAML 1.1 reads yes/no/on/off as booleans, which would turn a rule set to
# "off" into False and a swap for the word "no" into a key False. Only
# true/false are booleans here, as in YAML 1.2.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_mapping(loader, node):
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
            raise _DuplicateKey(None, None, f'duplicate key "{key}"', key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader, node):
    result = YamlList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


def load_yaml(text: str, path: str, error: type[EditlintError] = EditlintError):
    """Parse ``text``; a syntax error raises ``error`` naming ``path`` and the line."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        if isinstance(exc, _DuplicateKey):
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
