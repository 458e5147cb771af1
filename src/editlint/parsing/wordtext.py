"""The text of a Word (.docx) draft, paragraph by paragraph, and where each
character of it lives in the document's XML.

One model serves the reader (editlint.parsing.docx), the tracked-change
writer of ``--fix`` (editlint.parsing.wordfix) and ``editlint annotate``:
each reads the paragraphs the same way, so a position the reader reports
is the same character the writers edit or comment on.

**Reading order.** The body's paragraphs as they come, a table's cells row
by row, the paragraphs of a text box just after the paragraph that holds
it, then the footnotes and the endnotes. Every paragraph counts, empty
ones too: paragraph N of a report is the Nth of this list. Headers,
footers and comments are never read.

**A paragraph's text** is what Word shows now: tracked insertions in,
tracked deletions out (a paragraph whose mark is a tracked deletion stays
a paragraph of its own here, marked ``joined_to_next``: the reader makes
one block of it and the next). Each character is an *atom* of the XML:

- the characters of a ``w:t`` are text;
- a tab is ``\\t``; a line or page break ``\\u2028`` (a line separator: the
  paragraph stays one line of the draft's text);
- a footnote or endnote mark, a picture, a text box, a symbol, an equation
  and a field (its code hidden, its result too: a page number or a date
  is not prose) are each one ``\\ufffc``, an object the rules never read.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from .reader import Unreadable

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"

#: What stands for an object in a paragraph's text (editlint.textmap.PLACEHOLDER).
OBJECT = "\ufffc"
#: What stands for a line break inside a paragraph.
BREAK = "\u2028"


MISSING = "reading Word drafts needs python-docx, which is not installed: pip install 'editlint[docx]'"


def load(data: bytes):
    """A python-docx Document of ``data``; Unreadable when python-docx is
    missing or the bytes are not a Word document."""
    try:
        import docx
    except ImportError:
        raise Unreadable(MISSING) from None
    try:
        return docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise Unreadable("not a Word document: a .docx file is a zip archive, and this is not one") from None
    except (KeyError, ValueError, zipfile.LargeZipFile) as exc:
        raise Unreadable(f"not a Word document ({str(exc).strip(chr(39))})") from None
    except Exception as exc:  # lxml's syntax errors: a damaged part
        raise Unreadable(f"not a Word document that editlint can read ({type(exc).__name__}: {exc})") from None


def source_of(paragraphs: list[WordParagraph]) -> str:
    """The Document's source: each paragraph's text on a line of its own."""
    return "\n".join(paragraph.text for paragraph in paragraphs)


def paragraph_starts(paragraphs: list[WordParagraph]) -> list[int]:
    """Where each paragraph starts in :func:`source_of`'s text."""
    starts = []
    at = 0
    for paragraph in paragraphs:
        starts.append(at)
        at += len(paragraph.text) + 1
    return starts


def w(name: str) -> str:
    return f"{{{W}}}{name}"


# Elements that hold runs, read through as if their runs were the paragraph's.
_THROUGH = {w("hyperlink"), w("smartTag"), w("customXml"), w("dir"), w("bdo")}
_INSERTED = {w("ins"), w("moveTo")}
_DELETED = {w("del"), w("moveFrom")}
# Marks that take no place in the text.
_MARKS = {
    w(name)
    for name in (
        "pPr rPr bookmarkStart bookmarkEnd commentRangeStart commentRangeEnd proofErr permStart permEnd "
        "commentReference annotationRef lastRenderedPageBreak footnoteRef endnoteRef separator "
        "continuationSeparator instrText delText delInstrText moveFromRangeStart moveFromRangeEnd "
        "moveToRangeStart moveToRangeEnd"
    ).split()
}
_CHARACTERS = {w("tab"): "\t", w("ptab"): "\t", w("br"): BREAK, w("cr"): BREAK, w("noBreakHyphen"): "\u2011"}
_SKIPPED_NOTES = {"separator", "continuationSeparator", "continuationNotice"}


@dataclass(slots=True)
class Atom:
    """One character-bearing piece of a paragraph: ``text`` at ``start`` of
    the paragraph's text. ``element`` is the ``w:t`` (text), or the element
    the character stands for; ``run`` the ``w:r`` it is in (None for an
    object outside a run). ``editable``: plain text that a fix may change
    with a tracked change (not another tracked change, not a field)."""

    start: int
    text: str
    element: object
    run: object | None
    kind: str  # "text", "character" (tab, break, hyphen) or "object"
    editable: bool = False
    #: The id of the footnote or endnote a reference mark stands for.
    note: tuple[str, str] | None = None

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class WordParagraph:
    """A paragraph in reading order. ``where`` is "body", "cell",
    "textbox", "footnote" or "endnote" (``note``: the note's id); ``style``
    its style's name and the names it is based on, lower case."""

    element: object
    where: str
    atoms: list[Atom]
    style: tuple[str, ...] = ()
    outline_level: int | None = None
    listed: bool = False
    note: str | None = None
    #: Fields open when it starts (a field may run over paragraphs).
    fields_before: int = 0
    #: Its paragraph mark is a tracked deletion (or a move away): Word
    #: shows it joined to the next paragraph until the change is accepted.
    joined_to_next: bool = False
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = "".join(atom.text for atom in self.atoms)

    def refresh(self) -> None:
        """Read the atoms again, after a writer split or wrapped runs."""
        self.atoms, _ = paragraph_atoms(self.element, self.fields_before)
        self.__post_init__()


# --------------------------------------------------------------------------- atoms


def paragraph_atoms(paragraph, fields_open: int = 0) -> tuple[list[Atom], int]:
    """The atoms of a ``w:p`` element, and how many fields are open after it
    (``fields_open``: how many were before)."""
    reader = _AtomReader(fields_open)
    reader.container(paragraph, inserted=False)
    return reader.atoms, reader.fields


class _AtomReader:
    def __init__(self, fields_open: int) -> None:
        self.atoms: list[Atom] = []
        self.length = 0
        self.fields = fields_open

    def add(self, text: str, element, run, kind: str, editable: bool = False, note=None) -> None:
        if text:
            self.atoms.append(Atom(self.length, text, element, run, kind, editable, note))
            self.length += len(text)

    def container(self, element, inserted: bool) -> None:
        for child, tag in _placed(element):
            if tag == w("r"):
                self.run(child, inserted)
            elif tag in _THROUGH:
                self.container(child, inserted)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    self.container(content, inserted)
            elif tag in _INSERTED:
                self.container(child, True)
            elif tag in _DELETED:
                continue
            elif self.fields:
                continue  # inside a field's code or result
            elif tag == w("fldSimple") or tag in (f"{{{M}}}oMath", f"{{{M}}}oMathPara"):
                self.add(OBJECT, child, None, "object")
            elif _has_text(child):
                self.add(OBJECT, child, None, "object")

    def run(self, run, inserted: bool) -> None:
        for child, tag in _placed(run):
            if tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    if self.fields == 0:
                        self.add(OBJECT, child, run, "object")  # the whole field is one object
                    self.fields += 1
                elif kind == "end" and self.fields:
                    self.fields -= 1
                continue
            if self.fields:
                continue
            if tag == w("t"):
                # A line break typed into the text itself would end a line of the draft's text.
                text = (child.text or "").replace("\r", BREAK).replace("\n", BREAK)
                self.add(text, child, run, "text", editable=not inserted and BREAK not in text)
            elif tag in _CHARACTERS:
                if tag == w("br") and child.get(w("type")) not in (None, "textWrapping"):
                    self.add(BREAK, child, run, "character")  # a page or column break
                else:
                    self.add(_CHARACTERS[tag], child, run, "character")
            elif tag == w("softHyphen"):
                continue  # shows only where the line breaks
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                which = "footnote" if tag == w("footnoteReference") else "endnote"
                self.add(OBJECT, child, run, "object", note=(which, child.get(w("id"))))
            else:  # a picture, a text box, a symbol, an embedded object
                self.add(OBJECT, child, run, "object")


def _placed(element) -> Iterator[tuple[object, str]]:
    """The children of ``element`` that may take a place in the text, with
    their tags: not comments or processing instructions, not marks."""
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in _MARKS:
            yield child, tag


def _has_text(element) -> bool:
    return next(element.iter(w("t")), None) is not None


# --------------------------------------------------------------------------- paragraphs


class _Styles:
    """Paragraph styles by id: each one's names (its own, then those it is
    based on, lower case), outline level and whether it numbers its
    paragraphs (a list style)."""

    def __init__(self, styles_element) -> None:
        self._raw = {}
        self.default = None
        if styles_element is None:
            return
        for style in styles_element.iterfind(w("style")):
            if style.get(w("type")) != "paragraph":
                continue
            style_id = style.get(w("styleId"))
            name = style.find(w("name"))
            based = style.find(w("basedOn"))
            ppr = style.find(w("pPr"))
            self._raw[style_id] = (
                (name.get(w("val")) if name is not None else style_id or "").lower(),
                based.get(w("val")) if based is not None else None,
                _outline(ppr),
                ppr is not None and ppr.find(w("numPr")) is not None,
            )
            if style.get(w("default")) in ("1", "true", "on"):
                self.default = style_id

    def of(self, style_id: str | None) -> tuple[tuple[str, ...], int | None, bool]:
        names: list[str] = []
        outline = None
        listed = False
        seen = set()
        current = style_id if style_id in self._raw else self.default
        while current in self._raw and current not in seen:
            seen.add(current)
            name, based, level, numbered = self._raw[current]
            names.append(name)
            outline = level if outline is None else outline
            listed = listed or numbered
            current = based
        return tuple(names), outline, listed


def _outline(ppr) -> int | None:
    if ppr is None:
        return None
    level = ppr.find(w("outlineLvl"))
    if level is None:
        return None
    try:
        value = int(level.get(w("val")))
    except (TypeError, ValueError):
        return None
    return value + 1 if value < 9 else None  # 9 is body text


def word_paragraphs(document) -> list[WordParagraph]:
    """Every paragraph of a python-docx Document, in reading order (see the
    module's doc)."""
    styles = _Styles(_styles_element(document))
    found: list[WordParagraph] = []
    state = {"fields": 0}
    for child in document.element.body:
        found.extend(_blocks(child, "body", styles, state))
    for reltype, where in ((FOOTNOTES, "footnote"), (ENDNOTES, "endnote")):
        root = notes_element(document, reltype)
        if root is None:
            continue
        for note in root:
            if note.tag != w(where) or note.get(w("type")) in _SKIPPED_NOTES:
                continue
            for child in note:
                found.extend(_blocks(child, where, styles, state, note.get(w("id"))))
    return found


def notes_element(document, reltype: str):
    """The root element of the footnotes or endnotes part, or None. It is
    read from the part's bytes: python-docx keeps such a part as bytes, so
    a change to this element is never saved (writers leave notes alone)."""
    from docx.oxml import parse_xml

    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return parse_xml(rel.target_part.blob)
    return None


def _styles_element(document):
    try:
        return document.styles.element
    except (KeyError, AttributeError):  # no styles part
        return None


def _blocks(element, where: str, styles: _Styles, state: dict, note: str | None = None) -> Iterator[WordParagraph]:
    tag = element.tag
    if tag == w("p"):
        yield _paragraph(element, where, styles, state, note)
        for box in _text_boxes(element):
            for child in box:
                yield from _blocks(child, "textbox", styles, state, note)
    elif tag == w("tbl"):
        for row in element.iterfind(w("tr")):
            for cell in row.iterfind(w("tc")):
                for child in cell:
                    yield from _blocks(child, "cell", styles, state, note)
    elif tag == w("sdt"):
        content = element.find(w("sdtContent"))
        for child in content if content is not None else ():
            yield from _blocks(child, where, styles, state, note)
    elif tag == w("customXml"):
        for child in element:
            yield from _blocks(child, where, styles, state, note)


def _paragraph(element, where: str, styles: _Styles, state: dict, note: str | None) -> WordParagraph:
    before = state["fields"]
    atoms, state["fields"] = paragraph_atoms(element, before)
    ppr = element.find(w("pPr"))
    style_id = None
    listed = False
    if ppr is not None:
        style = ppr.find(w("pStyle"))
        style_id = style.get(w("val")) if style is not None else None
        listed = ppr.find(w("numPr")) is not None
    names, outline, style_listed = styles.of(style_id)
    own_outline = _outline(ppr)
    mark = ppr.find(w("rPr")) if ppr is not None else None
    joined = mark is not None and any(change.tag in _DELETED for change in mark)
    return WordParagraph(
        element, where, atoms, names, own_outline if own_outline is not None else outline, listed or style_listed,
        note, before, joined,
    )  # fmt: skip


def _text_boxes(paragraph) -> list:
    """The text boxes a paragraph holds itself (not those inside them), once
    each: a drawing's fallback for old Word versions repeats it."""
    boxes = []
    for box in paragraph.iter(w("txbxContent")):
        ancestor = box.getparent()
        fallback = False
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag == f"{{{MC}}}Fallback" or ancestor.tag in (w("txbxContent"), w("p")):
                fallback = True
                break
            ancestor = ancestor.getparent()
        if not fallback:
            boxes.append(box)
    return boxes
