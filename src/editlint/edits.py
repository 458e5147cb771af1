"""How a finding's suggestion becomes an edit of the source, so that the
fixed draft reads as an editor would have written it.

A suggestion replaces the matched text. When it removes words, the
punctuation that belonged to them goes too: "And also, the result" with
"also" dropped is "And the result", not "And, the result"; "Click here,
the report says" with "Click here" deleted is "The report says". A block
deleted whole takes its lines (and the blank lines after it) with it, and
a related-stories heading can take the story lines under it
(:func:`story_lines`).
"""

from __future__ import annotations

from .diagnostic import Edit
from .document import Block, BlockKind, Document, Unit
from .span import Span
from .userregex import compiled_once

# Markup that may share a line with a block's text: heading marks, quote and
# list markers, emphasis around the whole block.
_LINE_MARKUP = compiled_once(r"[\s>*_#\-+=.\d)`~]*")
# What a line that is one Markdown link has around the link's text.
_LINK_START = compiled_once(r"[\s>*_#\-+=.\d)`~]*\[[*_]*")
_LINK_END = compiled_once(r"[*_]*\]\([^()\s]*(?:\s+\"[^\"]*\")?\)[\s*_]*")
_BLANK_LINE = compiled_once(r"[ \t]*(?:\r\n|\r|\n)")
_SETEXT_UNDERLINE = compiled_once(r"[ \t]*(?:=+|-+)[ \t]*(?:\r\n|\r|\n|$)")
_DELETABLE_BLOCKS = frozenset(
    {BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.HEADLINE, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE}
)

#: Words that are never followed by a comma of their own: articles,
#: coordinating conjunctions, prepositions. A comma left after one, once a
#: fix has dropped the word it followed ("And also," made "And,"), is stray.
_NO_COMMA_AFTER = frozenset(
    "a an the and or nor but that to of in on at by for from with into onto than as whether".split()
)
_WORD = compiled_once(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")
# Punctuation a deleted phrase may leave stray: after it, or before it.
_CLAUSE_MARKS = ",;:"
_SENTENCE_END = ".!?…"
_CLOSING = "\"'”’)]"


def edit_for(document: Document, unit: Unit, start: int, end: int, span: Span, text: str, replacement: str):
    """The edit that puts ``replacement`` in place of ``unit.text[start:end]``
    (``text``, at ``span`` in the source), or None when no edit can do it
    without damaging the draft."""
    source = document.source
    whole_block = start == 0 and end == len(unit.text) and isinstance(unit, Block)
    # Only where the text is a verbatim copy of the source: replacing across
    # markup or an entity would damage the draft.
    if source[span.start : span.end] != text:
        if replacement == "" and whole_block:
            lines = block_lines(document, unit)
            return Edit(lines, "") if lines else None
        return None
    if replacement != "":
        return _replacing(source, span, text, replacement)
    if whole_block:
        # Deleting a whole block deletes its lines, not just its words.
        lines = block_lines(document, unit)
        if lines is not None:
            return Edit(lines, "")
    if _WORD.search(text):
        tidy = _deleting_words(document, unit.block, unit.offset + start, unit.offset + end)
        if tidy is not None:
            return tidy
    # Deleting words inside a line takes one neighbouring space with them.
    after = span.end
    while after < len(source) and source[after] in " \t":
        after += 1
    if after > span.end:
        return Edit(Span(span.start, after), "")
    before = span.start
    while before > 0 and source[before - 1] in " \t":
        before -= 1
    return Edit(Span(before, span.end), "")


def _replacing(source: str, span: Span, text: str, replacement: str) -> Edit:
    """Replace ``text`` by ``replacement``; when that drops the word a comma
    followed and leaves one that never takes a comma ("And also," made
    "And"), the comma goes too."""
    old, new = _WORD.findall(text), _WORD.findall(replacement)
    if (
        new
        and len(new) < len(old)
        and old[-1].casefold() != new[-1].casefold()  # the comma followed a dropped word
        and new[-1].casefold() in _NO_COMMA_AFTER
        and source.startswith(",", span.end)
    ):
        return Edit(Span(span.start, span.end + 1), replacement)
    return Edit(span, replacement)


def _deleting_words(document: Document, block: Block, start: int, end: int) -> Edit | None:
    """The edit deleting ``block.text[start:end]`` (words, inside a line)
    with the punctuation that belonged to them, or None when nothing is
    left stray by deleting the words and a space alone.

    - At the start of a sentence, the comma (or colon, semicolon) after the
      words goes, and the next word takes the capital the sentence began
      with: "Click here, the report says." -> "The report says.", "Sign up
      to read more." -> "To read more."; a sentence that was nothing but
      the words goes whole.
    - Between two commas, both go: "The report, click here, is long." ->
      "The report is long."
    - Between a comma and the end of the sentence, the comma goes: "For
      more, sign up to our newsletter." -> "For more."
    """
    text = block.text
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    previous = text[before - 1] if before > 0 else ""
    following = text[after] if after < len(text) else ""
    sentence_start = (
        before == 0
        or previous in _SENTENCE_END
        or (previous in _CLOSING and before > 1 and text[before - 2] in _SENTENCE_END)
    )
    if sentence_start and following:
        cut_end = after
        if following in _CLAUSE_MARKS + _SENTENCE_END:
            cut_end = after + 1
            while cut_end < len(text) and text[cut_end] in " \t":
                cut_end += 1
        if cut_end == len(text):
            # The block ended with these words: they go with the space before them.
            return _verbatim_edit(document, block, before, cut_end, "")
        if following in _SENTENCE_END:
            # The sentence was these words alone: it goes whole.
            return _verbatim_edit(document, block, start, cut_end, "")
        if text[start : start + 1].isupper() and text[cut_end : cut_end + 1].islower():
            return _verbatim_edit(document, block, start, cut_end + 1, text[cut_end].upper())
        return _verbatim_edit(document, block, start, cut_end, "")
    if previous in _CLAUSE_MARKS and previous and following and following in _CLAUSE_MARKS:
        # A phrase set off by commas: the pair goes with it.
        return _verbatim_edit(document, block, before - 1, after + 1, "")
    if previous in _CLAUSE_MARKS and previous and (following == "" or following in _SENTENCE_END):
        return _verbatim_edit(document, block, before - 1, after, "")
    return None


def _verbatim_edit(document: Document, block: Block, start: int, end: int, replacement: str) -> Edit | None:
    """An edit of ``block.text[start:end]``, or None when that text is not a
    verbatim copy of the source (markup or an entity inside it)."""
    span = block.source_span(start, end)
    if document.source[span.start : span.end] != block.text[start:end]:
        return None
    return Edit(span, replacement)


def block_lines(document: Document, block: Block, links: bool = False) -> Span | None:
    """The source lines a block occupies, with the blank lines after it (or
    before it, at the end of the draft); None when those lines hold more
    than the block and its markup (with ``links``, a line may also be one
    Markdown link, whose text the block is)."""
    if block.kind not in _DELETABLE_BLOCKS:
        return None
    source = document.source
    index = document.line_index
    first_line = index.line_col(block.span.start)[0]
    last_line = index.line_col(block.span.end)[0]
    start = index.line_start(first_line)
    line_end = index.line_end(last_line)
    before, after = source[start : block.span.start], source[block.span.end : line_end]
    if not _LINE_MARKUP.fullmatch(before + after) and not (
        links and _LINK_START.fullmatch(before) and _LINK_END.fullmatch(after)
    ):
        return None
    end = index.line_start(last_line + 1) if last_line < index.line_count else len(source)
    underline = _SETEXT_UNDERLINE.match(source, end)
    if underline and end < len(source):
        end = underline.end()
    while (blank := _BLANK_LINE.match(source, end)) is not None:
        end = blank.end()
    if end >= len(source):
        start = _after_text_before(document, start)
    return Span(start, end)


def _after_text_before(document: Document, start: int) -> int:
    """The start of the blank lines before the line at ``start``: what a
    deletion that runs to the end of the draft takes, so that the draft
    does not end with a blank line."""
    index = document.line_index
    while start > 0:
        previous = index.line_col(start - 1)[0]
        if index.line_text(previous).strip():
            break
        start = index.line_start(previous)
    return start


# --------------------------------------------------------------------------- related-story lines

_STORY_BLOCKS = frozenset({BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM})
#: The most words a story's headline has, as a related-story line shows it.
_STORY_WORDS = 25


def story_lines(document: Document, heading: Block, lines: Span) -> Span:
    """``lines`` (those of a related-stories heading such as "Keep
    Reading") with the story lines under it: the headlines of other
    stories, as list items, links or short lines without a full stop.

    Never more: they end at prose (a line ending a sentence, or a long
    one), a label ("Share:"), a table, code, a block quote, a heading as
    high as the related-stories one, or anything between two lines that is
    no story line. A short line right before prose is left as well: it may
    be the heading of the draft's next section (a plain-text draft, or a
    Markdown one whose headings are all of one level, cannot tell the two
    apart), and deleting a real heading costs more than leaving another
    story's headline for the editor to see.
    """
    taken: list[tuple[Block, Span, bool]] = []  # (block, its lines, a link or list item)
    end = lines.end
    stopped_by_prose = False
    for block in document.blocks[heading.index + 1 :]:
        if not _story_line(block, heading):
            stopped_by_prose = block.kind in (BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE, BlockKind.LIST_ITEM)
            break
        block_span = block_lines(document, block, links=True)
        if block_span is None or block_span.start > end:
            break  # something that is no block (an image, a comment) lies between
        plain = block_lines(document, block) is not None
        taken.append((block, block_span, block.kind is BlockKind.LIST_ITEM or not plain))
        end = block_span.end
    if stopped_by_prose and taken and not taken[-1][2]:
        taken.pop()
    if not taken:
        return lines
    start, end = lines.start, taken[-1][1].end
    if end >= len(document.source):
        start = _after_text_before(document, start)
    return Span(start, end)


def _story_line(block: Block, heading: Block) -> bool:
    if block.kind not in _STORY_BLOCKS or block.in_quote:
        return False
    if block.kind is BlockKind.HEADING and heading.level and block.level and block.level <= heading.level:
        return False  # the next section of the draft
    text = block.text.strip()
    if not text or "\n" in text or len(text.split()) > _STORY_WORDS:
        return False
    last = text.rstrip(_CLOSING)[-1:] or text[-1]
    return last not in _SENTENCE_END + _CLAUSE_MARKS
