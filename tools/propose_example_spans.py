#!/usr/bin/env python3
"""Propose the {{ }} span marks and the fixed: texts that bad rule examples
lack, from what the rules report now.

READ EVERY PROPOSAL BEFORE YOU KEEP IT. A proposal is what editlint does
today, not what it should do: if the marked span is not what an editor
would underline, or the fixed text reads wrong, the rule has a bug. Mend the
rule, or write the right span and fixed text by hand and add known_bug:
saying what the rule gets wrong; never keep a wrong proposal to make the
check pass (see docs/rules.md, "Examples are tests").

Without --write it prints each proposal; with --write it also puts them in
the rule files (only the example's text and a new fixed: line change, in the
text's quoting style), so `git diff` shows them for review. Examples that
already mark a span, already have fixed:, or have known_bug: are left alone;
`editlint check-rules --strict` reports any that are wrong.

Usage: python tools/propose_example_spans.py [--write] RULE_FILE_OR_FOLDER...
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from editlint.examples import run_example  # noqa: E402
from editlint.fixes import apply_edits  # noqa: E402
from editlint.kinds import KINDS  # noqa: E402
from editlint.kinds.base import build  # noqa: E402
from editlint.rule import mark, markable, read_rule_file, rule_files  # noqa: E402


def quoted(text: str, style: str | None) -> str:
    """``text`` as a YAML scalar in the quoting style of the original (plain becomes double)."""
    if style == "'" and "\n" not in text:
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


def proposal(rule, example) -> tuple[str | None, str | None]:
    """The marked text and the fixed text the example lacks (None: nothing to add)."""
    _, found, stopped = run_example(rule, example)
    if stopped or not found or example.known_bug:
        return None, None
    spans = sorted(f.span for f in found)
    marked = mark(example.text, spans) if example.spans is None and markable(spans) else None
    edits = [e for f in found if f.fix for e in f.fix.edits]
    fixed = apply_edits(example.text, edits)[0] if edits and example.fixed is None else None
    return marked, fixed


def bad_items(root):
    """(rule id, item node, whether the list is [flow] style) for each bad
    example node of a composed rule file."""
    for key, value in getattr(root, "value", ()):
        if key.value != "rules":
            continue
        for rule in value.value:
            fields = {k.value: v for k, v in rule.value}
            examples = {k.value: v for k, v in getattr(fields.get("examples"), "value", ())}
            bad = examples.get("bad")
            for item in getattr(bad, "value", ()):
                yield fields["id"].value, item, bad.flow_style


def edits_for(source: str, item, flow: bool, marked: str | None, fixed: str | None) -> list[tuple[int, int, str]]:
    """(start, end, replacement) edits of ``source`` that give ``item`` the
    proposal: the text replaced, and fixed: after it (on a line of its own,
    unless the list is written [in flow style])."""
    text_node = item if isinstance(item, yaml.ScalarNode) else next(v for k, v in item.value if k.value == "text")
    style = text_node.style
    text = quoted(marked if marked is not None else text_node.value, style)
    start, end = text_node.start_mark.index, text_node.end_mark.index
    if fixed is None:
        return [(start, end, text)]
    fixed = quoted(fixed, style)
    if flow:
        if text_node is item:
            return [(start, end, f"{{text: {text}, fixed: {fixed}}}")]
        return [(start, end, text), (end, end, f", fixed: {fixed}")]
    line_end = source.find("\n", end)
    line_end = len(source) if line_end == -1 else line_end
    new_line = (line_end, line_end, f"\n{' ' * item.start_mark.column}fixed: {fixed}")
    return [(start, end, ("text: " if text_node is item else "") + text), new_line]


def propose(path: Path, write: bool) -> int:
    specs, errors = read_rule_file(path, KINDS)
    if errors:
        print(f"{path}: fix the rule file first: {errors[0]}", file=sys.stderr)
        return 0
    rules = {spec.id: build(KINDS[spec.kind], spec) for spec in specs}
    source = path.read_text(encoding="utf-8")
    positions: dict[str, int] = {}
    edits, count = [], 0
    for rule_id, item, flow in bad_items(yaml.compose(source)):
        rule = rules[rule_id]
        n = positions[rule_id] = positions.get(rule_id, -1) + 1
        example = rule.spec.bad[n]
        marked, fixed = proposal(rule, example)
        if marked is None and fixed is None:
            continue
        print(f"{path}:{example.line}: {rule_id}")
        if marked is not None:
            print(f"    text: {quoted(marked, None)}")
        if fixed is not None:
            print(f"    fixed: {quoted(fixed, None)}")
        edits += edits_for(source, item, flow, marked, fixed)
        count += 1
    if write and edits:
        for start, end, replacement in sorted(edits, reverse=True):
            source = source[:start] + replacement + source[end:]
        path.write_text(source, encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    write = "--write" in argv
    paths = [Path(a) for a in argv if a != "--write"]
    if not paths:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    files = [f for p in paths for f in (rule_files(p) if p.is_dir() else [p])]
    count = sum(propose(f, write) for f in files)
    print(f"{count} proposal(s){' written: review them with git diff' if write and count else ''}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
