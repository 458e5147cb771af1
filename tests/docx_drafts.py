"""Word drafts for the tests, built with python-docx (and raw WordprocessingML
where python-docx has no API: tracked changes, fields)."""

from __future__ import annotations

import io
import re

import pytest

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402

W = nsdecls("w")


def insertion(text: str, author: str = "Reporter", id: int = 901) -> object:
    return parse_xml(
        f'<w:ins {W} w:id="{id}" w:author="{author}" w:date="2024-05-01T09:00:00Z">'
        f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
    )


def deletion(text: str, author: str = "Reporter", id: int = 902) -> object:
    return parse_xml(
        f'<w:del {W} w:id="{id}" w:author="{author}" w:date="2024-05-01T09:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


def field(code: str, result: str) -> list:
    """A complex field (begin, code, separate, result, end) as runs."""
    return [
        parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'),
        parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'),
        parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'),
        parse_xml(f"<w:r {W}><w:t>{result}</w:t></w:r>"),
        parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'),
    ]


def footnotes(document, notes: dict[int, str]) -> None:
    """Give ``document`` a footnotes part with ``notes`` (id -> text), as
    Word writes it (python-docx has no API for footnotes)."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    separator = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    body = "".join(
        f'<w:footnote w:id="{id}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for id, text in notes.items()
    )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{separator}{body}</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def footnote_reference(id: int) -> object:
    return parse_xml(f'<w:r {W}><w:footnoteReference w:id="{id}"/></w:r>')


def text_box(text: str) -> object:
    """A run holding a (VML) text box with one paragraph of ``text``."""
    return parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


def moved(text_from: str, text_to: str) -> list:
    """A tracked move: ``text_from`` moved away (gone), ``text_to`` arrived."""
    return [
        parse_xml(
            f'<w:moveFrom {W} w:id="905" w:author="Reporter" w:date="2024-05-01T09:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{text_from}</w:delText></w:r></w:moveFrom>'
        ),
        parse_xml(
            f'<w:moveTo {W} w:id="906" w:author="Reporter" w:date="2024-05-01T09:00:00Z">'
            f'<w:r><w:t xml:space="preserve">{text_to}</w:t></w:r></w:moveTo>'
        ),
    ]


def delete_mark(paragraph, author: str = "Editor", id: int = 907) -> None:
    """Track the deletion of a python-docx paragraph's mark: Word shows the
    paragraph joined to the next one."""
    mark = parse_xml(f'<w:rPr {W}><w:del w:id="{id}" w:author="{author}" w:date="2024-05-01T09:00:00Z"/></w:rPr>')
    paragraph._p.get_or_add_pPr().append(mark)


def under_plan(*parts):
    """A document headed "Plan" (¶1) and its second paragraph (¶2), made of
    ``parts`` in order: a string is a run of text, a list's elements (a
    field's runs, a tracked move, a footnote mark) are appended as they are."""
    d = docx.Document()
    d.add_heading("Plan", level=1)
    p = d.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            for element in part:
                p._p.append(element)
    return d, p


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def opened(data: bytes):
    return docx.Document(io.BytesIO(data))


def current_text(document) -> list[str]:
    """Each body paragraph's text as Word shows it with changes: insertions
    in, deletions out (python-docx's own ``paragraph.text`` drops insertions)."""
    texts = []
    for p in document.element.body.iter(qn("w:p")):
        parts = []
        for t in p.iter(qn("w:t")):
            if not any(a.tag == qn("w:del") for a in t.iterancestors()):
                parts.append(t.text or "")
        texts.append("".join(parts))
    return texts


def original_text(document) -> list[str]:
    """Each body paragraph's text with every change rejected: the deleted
    text back, the text editlint inserted out."""
    texts = []
    for p in document.element.body.iter(qn("w:p")):
        parts = []
        for t in p.iter(qn("w:t"), qn("w:delText")):
            inserted = [a for a in t.iterancestors() if a.tag == qn("w:ins")]
            if inserted and inserted[0].get(qn("w:author")) == "editlint":
                continue
            parts.append(t.text or "")
        texts.append("".join(parts))
    return texts


def without_editlints_changes(document) -> list[str]:
    """Each body paragraph's text as it reads with every change of
    editlint's rejected and every other change as it stands: the draft as
    it was before editlint wrote into it."""
    texts = []
    for p in document.element.body.iter(qn("w:p")):
        parts = []
        for t in p.iter(qn("w:t"), qn("w:delText")):
            changes = [a for a in t.iterancestors() if a.tag in (qn("w:ins"), qn("w:del"))]
            editlints = [a for a in changes if a.get(qn("w:author")) == "editlint"]
            if any(a.tag == qn("w:del") and a not in editlints for a in changes):
                continue  # deleted by the reporter: gone either way
            if editlints and editlints[0].tag == qn("w:ins"):
                continue  # editlint's insertion, rejected
            if t.tag == qn("w:delText") and not editlints:
                continue
            parts.append(t.text or "")
        texts.append("".join(parts))
    return texts


def commented(document) -> list[tuple[str, str, str]]:
    """(author, comment text, the text it is anchored on) of each comment,
    in the order of the text."""
    by_id = {str(c.comment_id): c for c in document.comments}
    anchored: dict[str, list[str]] = {}
    open_ids: list[str] = []
    for element in document.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.append(element.get(qn("w:id")))
            anchored[element.get(qn("w:id"))] = []
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.remove(element.get(qn("w:id")))
        elif element.tag == qn("w:t"):
            for comment_id in open_ids:
                anchored[comment_id].append(element.text or "")
    return [(by_id[i].author, by_id[i].text, "".join(anchored[i])) for i in anchored]


def run_formats(document, anchored_text: str) -> list[tuple[str, bool | None]]:
    """(text, bold) of the runs inside the first comment, anchored on ``anchored_text``."""
    found = []
    inside = False
    for element in document.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            inside = not found
        elif element.tag == qn("w:commentRangeEnd"):
            inside = False
        elif element.tag == qn("w:r") and inside:
            text = "".join(t.text or "" for t in element.iter(qn("w:t")))
            if text:
                bold = element.find(qn("w:rPr") + "/" + qn("w:b")) is not None
                found.append((text, bold))
    assert "".join(t for t, _ in found) == anchored_text
    return found


def words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text)
