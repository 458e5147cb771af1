"""Markdown drafts, parsed by markdown-it-py (CommonMark, with tables,
strikethrough and YAML front matter).

markdown-it gives block tokens line ranges but gives inline tokens no
positions, so each inline token is located in the source by walking forward
from the start of its block: text by its content, entities and escapes by
their source form (``markup``), emphasis by its marker, link destinations by
reading them. A gap between two tokens may hold only markup characters; if a
token cannot be found that way the block is left unchecked rather than
reported at a guessed position, and a note in the Document says so.
"""

from __future__ import annotations

import dataclasses
import re

from ..document import Block, BlockKind, Directive, Document, RuleName, SourceTraits
from ..span import LineIndex
from .directives import directives_in
from .reader import Reader, unplaced
from .text import TextBuilder, align

#: Front-matter fields whose values are prose. ``title``/``headline`` give the headline.
HEADLINE_FIELDS = ("title", "headline")
TEXT_FIELDS = (
    "subtitle", "subheadline", "subhead", "dek", "standfirst", "description",
    "summary", "excerpt", "caption", "lede", "teaser",
)  # fmt: skip
#: Front-matter key listing rules switched off for the whole draft.
DISABLE_FIELD = "editlint-disable"

# What may sit between two inline tokens in the source: whitespace, container
# prefixes (">" of block quotes, list markers), table pipes, ATX heading marks.
_GAP = re.compile(r"[\s>|*+\-#=\d.)]*")

#: Headings are marked up ("#", a setext underline).
TRAITS = SourceTraits(headings_marked=True)

_parser = None


class _Unmappable(Exception):
    """An inline token could not be located exactly in the source."""


# What a note calls a block that could not be placed.
_BLOCK_NAMES = {
    BlockKind.PARAGRAPH: "paragraph", BlockKind.HEADING: "heading", BlockKind.LIST_ITEM: "list item",
    BlockKind.BLOCKQUOTE: "block quote", BlockKind.TABLE_CELL: "table cell",
}  # fmt: skip
_UNPLACED_FIELD = (
    'front matter "{key}" not checked: editlint could not map its value exactly to the source '
    "(escapes in quoted values, such as \\\" or '', are not mapped)"
)


def _markdown_parser():
    global _parser
    if _parser is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
        md.use(front_matter_plugin)
        # text_join merges escapes and entities into the text around them,
        # which would no longer match the source character for character.
        md.disable("text_join")
        _parser = md
    return _parser


def parse_markdown(path: str, source: str) -> Document:
    index = LineIndex(source)
    tokens = _markdown_parser().parse(source)
    blocks: list[Block] = []
    directives: list[Directive] = []
    problems: list[tuple[int, str]] = []
    notes: list[tuple[int, str]] = []
    disabled: tuple[RuleName, ...] = ()
    containers: list[str] = []  # "blockquote" / "list_item"
    heading_level: int | None = None
    in_cell = False
    row_cursor = 0
    have_headline = False

    def add(kind: BlockKind, builder: TextBuilder, level: int | None = None, field: str | None = None):
        built = builder.build()
        if built is not None:
            text, textmap, span = built
            in_quote = "blockquote" in containers
            blocks.append(Block(kind, text, textmap, span, len(blocks), level, field, in_quote))

    for token in tokens:
        kind = token.type
        if kind == "front_matter":
            fm_blocks, disabled, problem = _front_matter(source, index, token.map, notes)
            if problem:
                problems.append(problem)
            for block_kind, builder, field in fm_blocks:
                if block_kind is BlockKind.HEADLINE:
                    if have_headline:
                        block_kind = BlockKind.FRONT_MATTER
                    have_headline = True
                add(block_kind, builder, field=field)
        elif kind in ("blockquote_open", "list_item_open"):
            containers.append(kind[: -len("_open")])
        elif kind in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            heading_level = None
        elif kind == "tr_open":
            row_cursor = index.line_start(token.map[0] + 1)
        elif kind in ("th_open", "td_open"):
            in_cell = True
        elif kind in ("th_close", "td_close"):
            in_cell = False
        elif kind == "html_block":
            first, last = token.map
            start = index.line_start(first + 1)
            found = directives_in(
                source[start : index.line_end(last)], lambda i, at=start: index.line_col(at + i)[0], start
            )
            directives.extend(found)
        elif kind == "inline":
            first, last = token.map
            start = row_cursor if in_cell else index.line_start(first + 1)
            limit = index.line_end(last)
            if in_cell:
                block_kind = BlockKind.TABLE_CELL
            elif heading_level is not None:
                block_kind = BlockKind.HEADING
            elif containers and containers[-1] == "list_item":
                block_kind = BlockKind.LIST_ITEM
            elif "blockquote" in containers:
                block_kind = BlockKind.BLOCKQUOTE
            else:
                block_kind = BlockKind.PARAGRAPH
            builder = TextBuilder()
            try:
                end = _map_inline(source, token.children or (), start, limit, builder, directives, index)
            except _Unmappable:
                # Never a guessed position: the block goes unchecked, and
                # the run says so (docs/reliability.md).
                notes.append((first + 1, unplaced(_BLOCK_NAMES[block_kind])))
                continue
            if in_cell:
                row_cursor = end
            add(block_kind, builder, heading_level)
    if not have_headline:
        blocks = _choose_headline(blocks)
    return Document(
        path, source, "markdown", tuple(blocks), tuple(directives), tuple(name.pattern for name in disabled),
        disabled_names=disabled, problems=tuple(problems), notes=tuple(dict.fromkeys(notes)), traits=TRAITS,
    )  # fmt: skip


def _choose_headline(blocks: list[Block]) -> list[Block]:
    """Without a front-matter title, the headline is the first H1 (a kicker
    line may come before it), else a heading that opens the draft."""
    chosen = next((b for b in blocks if b.kind is BlockKind.HEADING and b.level == 1), None)
    if chosen is None and blocks and blocks[0].kind is BlockKind.HEADING:
        chosen = blocks[0]
    if chosen is None:
        return blocks
    blocks[chosen.index] = dataclasses.replace(chosen, kind=BlockKind.HEADLINE)
    return blocks


def _find(source: str, needle: str, pos: int, limit: int) -> int:
    """Offset of ``needle`` at or after ``pos`` with only markup in between."""
    found = source.find(needle, pos, limit)
    if found < 0 or _GAP.fullmatch(source, pos, found) is None:
        raise _Unmappable(needle)
    return found


def _find_lines(source: str, needle: str, pos: int, limit: int) -> tuple[int, int]:
    """Like :func:`_find` for text markdown-it gives with its line breaks
    turned into LF (raw HTML over lines): (start, end) in the source."""
    if "\n" not in needle:
        found = _find(source, needle, pos, limit)
        return found, found + len(needle)
    pattern = re.compile("(?:\r\n|\r|\n)".join(re.escape(part) for part in needle.split("\n")))
    match = pattern.search(source, pos, limit)
    if match is None or _GAP.fullmatch(source, pos, match.start()) is None:
        raise _Unmappable(needle)
    return match.span()


def _map_inline(
    source: str,
    children,
    pos: int,
    limit: int,
    builder: TextBuilder,
    directives: list[Directive],
    index: LineIndex,
) -> int:
    """Add the prose of one inline token's children to ``builder``; returns the
    source offset after the last child."""
    skip_until_close = False
    for child in children:
        kind = child.type
        if skip_until_close:
            if kind == "link_close":
                skip_until_close = False
            continue
        if kind == "text":
            if not child.content:
                continue
            try:
                found = _find(source, child.content, pos, limit)
            except _Unmappable:
                # Table cells unescape "\|"; match such text character by character.
                gap = _GAP.match(source, pos, limit).end()
                end = align(builder, child.content, source, gap, limit, escapes=True)
                if end is None:
                    raise
                pos = end
                continue
            builder.verbatim(found, child.content)
            pos = found + len(child.content)
        elif kind == "text_special":
            found = _find(source, child.markup, pos, limit)
            if child.content == child.markup:
                # A backslash before a letter is not an escape: "\\and" is text.
                builder.verbatim(found, child.content)
            else:
                builder.replaced(found, found + len(child.markup), child.content)
            pos = found + len(child.markup)
        elif kind in ("softbreak", "hardbreak"):
            newline = _next_line_break(source, pos, limit)
            builder.replaced(pos, newline, "\n")
            pos = newline
        elif kind == "code_inline":
            found = _find(source, child.markup, pos, limit)
            close = _closing_backticks(source, found + len(child.markup), len(child.markup), limit)
            builder.hidden(found, close)
            pos = close
        elif kind in ("em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"):
            pos = _find(source, child.markup, pos, limit) + len(child.markup)
        elif kind == "link_open":
            if child.markup == "autolink":
                found = _find(source, "<", pos, limit)
                close = source.find(">", found, limit)
                if close < 0:
                    raise _Unmappable("<")
                builder.hidden(found, close + 1)
                pos = close + 1
                skip_until_close = True
            else:
                pos = _find(source, "[", pos, limit) + 1
        elif kind == "link_close":
            pos = _link_tail(source, _find(source, "]", pos, limit) + 1, limit)
        elif kind == "image":
            found = _find(source, "![", pos, limit)
            close = _closing_bracket(source, found + 2, limit)
            end = _link_tail(source, close + 1, limit)
            builder.hidden(found, end)
            pos = end
        elif kind == "html_inline":
            found, end = _find_lines(source, child.content, pos, limit)
            raw = source[found:end]
            directives.extend(directives_in(raw, lambda i, f=found: index.line_col(f + i)[0], found))
            builder.hidden(found, end)
            pos = end
        else:
            raise _Unmappable(kind)
    return pos


def _next_line_break(source: str, pos: int, limit: int) -> int:
    """Offset just after the next line break at or after ``pos``."""
    match = re.compile(r"[^\r\n]*(\r\n|\r|\n)").match(source, pos, limit + 2)
    if match is None:
        raise _Unmappable("line break")
    return match.end()


def _closing_backticks(source: str, pos: int, width: int, limit: int) -> int:
    """End of the backtick run of exactly ``width`` that closes a code span."""
    run = re.compile(rf"(?<!`)`{{{width}}}(?!`)")
    match = run.search(source, pos, limit)
    if match is None:
        raise _Unmappable("`")
    return match.end()


def _closing_bracket(source: str, pos: int, limit: int) -> int:
    """Offset of the "]" closing a "[" just before ``pos`` (nesting and escapes honoured)."""
    depth = 1
    i = pos
    while i < limit:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise _Unmappable("]")


def _link_tail(source: str, pos: int, limit: int) -> int:
    """Skip what follows a link's text: ``(destination "title")``, ``[label]`` or nothing."""
    if pos < limit and source[pos] == "(":
        depth = 0
        i = pos
        quote = None
        while i < limit:
            c = source[i]
            if c == "\\":
                i += 2
                continue
            if quote:
                if c == quote:
                    quote = None
            elif c == "<":
                close = source.find(">", i, limit)
                i = close if close > 0 else i
            elif c in "\"'" and depth == 1 and source[i - 1].isspace():
                quote = c
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise _Unmappable(")")
    if pos < limit and source[pos] == "[":
        return _closing_bracket(source, pos + 1, limit) + 1
    return pos


def _front_matter(source: str, index: LineIndex, line_map, notes: list[tuple[int, str]]):
    """Prose blocks, disabled rules and any YAML problem of the front matter;
    a prose field that cannot be placed in the source is added to ``notes``."""
    first, last = line_map
    # Between the opening "---" line and the closing fence (the map's last line).
    start = index.line_start(first + 2)
    end = index.line_start(last)
    text = source[start:end]
    found: list[tuple[BlockKind, TextBuilder, str]] = []
    disabled: tuple[RuleName, ...] = ()
    import yaml  # here: most drafts have no front matter, and a cold start need not import it

    try:
        root = yaml.compose(text, Loader=_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = index.line_col(start + mark.index)[0] if mark is not None else first + 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return found, disabled, (line, f"front matter is not valid YAML: {problem}")
    if not isinstance(root, yaml.MappingNode):
        return found, disabled, None
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key == DISABLE_FIELD:
            disabled = _rule_names(source, start, value_node)
            continue
        if key not in HEADLINE_FIELDS and key not in TEXT_FIELDS:
            continue
        if not isinstance(value_node, yaml.ScalarNode) or value_node.tag != "tag:yaml.org,2002:str":
            continue
        builder = _scalar_text(source, start, value_node)
        if builder is None:
            notes.append((index.line_col(start + value_node.start_mark.index)[0], _UNPLACED_FIELD.format(key=key)))
            continue
        kind = BlockKind.HEADLINE if key in HEADLINE_FIELDS else BlockKind.FRONT_MATTER
        found.append((kind, builder, key))
    return found, disabled, None


def _loader():
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _rule_names(source: str, offset: int, node) -> tuple[RuleName, ...]:
    """The rules the front matter's ``editlint-disable`` names (a list, or a
    string of names separated by commas or spaces), each with its place in
    the source: the scalar's own text when it is written plainly, else the
    whole scalar."""
    import yaml

    scalars = [node] if isinstance(node, yaml.ScalarNode) else []
    if isinstance(node, yaml.SequenceNode):
        scalars = [item for item in node.value if isinstance(item, yaml.ScalarNode)]
    names = []
    for scalar in scalars:
        start, end = offset + scalar.start_mark.index, offset + scalar.end_mark.index
        if scalar.style in ('"', "'"):
            start, end = start + 1, end - 1
        if source[start:end] == scalar.value:
            names.extend(RuleName(m.group(), start + m.start(), start + m.end()) for m in _NAME.finditer(scalar.value))
        else:  # escapes or folded lines: the names cannot be placed one by one
            names.extend(RuleName(name, start, end) for name in _NAME.findall(scalar.value))
    return tuple(names)


_NAME = re.compile(r"[^\s,]+")


def _scalar_text(source: str, offset: int, node) -> TextBuilder | None:
    """The scalar's value mapped onto its source, or None if it cannot be exactly."""
    value = node.value.rstrip("\n")
    start = offset + node.start_mark.index
    end = offset + node.end_mark.index
    if node.style in ('"', "'"):
        start, end = start + 1, end - 1
    elif node.style in ("|", ">"):
        # Skip the indicator line ("|", ">-", "|2"...).
        newline = source.find("\n", start, end)
        if newline < 0:
            return None
        start = newline + 1
    while start < end and source[start].isspace():
        start += 1
    builder = TextBuilder()
    # Escapes in double-quoted scalars (\" \n \u00e9) are not mapped: skip such values.
    if align(builder, value, source, start, end, escapes=False) is None:
        return None
    return builder


READER = Reader(
    name="markdown",
    label="Markdown",
    suffixes=(".md", ".markdown", ".mdown", ".mkd", ".mdx"),
    read=parse_markdown,
    # A folder walk has always taken these two only: taking the rarer
    # suffixes too would change which files a newsroom's CI checks.
    walked_suffixes=(".md", ".markdown"),
)
