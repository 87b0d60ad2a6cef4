"""Build real .docx and .pdf files for the papers tests (no binary fixtures committed)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>
</Types>"""


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(r if r.startswith('<') else run(r) for r in runs)}</w:p>"


def link(rid: str, text: str) -> str:
    return f'<w:hyperlink r:id="{rid}">{run(text)}</w:hyperlink>'


def fnref(number: int) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{number}"/></w:r>'


def enref(number: int) -> str:
    return f'<w:r><w:endnoteReference w:id="{number}"/></w:r>'


def table(*rows: list[str]) -> str:
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{cells}</w:tbl>"


def _rels(links: dict[str, str], extra: str = "") -> str:
    items = "".join(f'<Relationship Id="{rid}" Type="{HYPERLINK}" Target="{escape(target, {chr(34): "&quot;"})}" '
                    f'TargetMode="External"/>' for rid, target in links.items())
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL_NS}">{items}{extra}</Relationships>'


def _notes(tag: str, notes: dict[int, str]) -> str:
    body = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
    for number, xml in notes.items():
        content = xml if xml.startswith("<w:p") else para(xml)
        body += f'<w:{tag} w:id="{number}">{content}</w:{tag}>'
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{tag}s xmlns:w="{W_NS}" xmlns:r="{R_NS}">{body}</w:{tag}s>'


def make_docx(path: Path, body: list[str], footnotes: dict[int, str] | None = None,
              endnotes: dict[int, str] | None = None, links: dict[str, str] | None = None,
              footnote_links: dict[str, str] | None = None, endnote_links: dict[str, str] | None = None) -> Path:
    """A .docx as Word writes it: document, notes, and each part's relationships."""
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}" '
                f'xmlns:r="{R_NS}"><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')
    extra = ""
    if footnotes is not None:
        extra += f'<Relationship Id="rIdFn" Type="{FOOTNOTES}" Target="footnotes.xml"/>'
    if endnotes is not None:
        extra += f'<Relationship Id="rIdEn" Type="{ENDNOTES}" Target="endnotes.xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL_NS}">'
                                        f'<Relationship Id="rId1" Type="{OFFICE}" Target="word/document.xml"/>'
                                        f'</Relationships>')
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", _rels(links or {}, extra))
        if footnotes is not None:
            archive.writestr("word/footnotes.xml", _notes("footnote", footnotes))
            archive.writestr("word/_rels/footnotes.xml.rels", _rels(footnote_links or {}))
        if endnotes is not None:
            archive.writestr("word/endnotes.xml", _notes("endnote", endnotes))
            archive.writestr("word/_rels/endnotes.xml.rels", _rels(endnote_links or {}))
    return path


def _pdf_string(text: str) -> bytes:
    data = text.encode("cp1252")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(path: Path, pages: list[str | None], links: dict[int, list[str]] | None = None,
             password: str | None = None, owner_password: str | None = None, algorithm: str = "RC4-128") -> Path:
    """A PDF with a real text layer (Helvetica, one line per line of text).

    A page given as None has no text at all (what a scanned image gives);
    links maps a page index to the URIs of its link annotations.
    """
    from pypdf import PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    }))
    for text in pages:
        page = writer.add_blank_page(612, 792)
        if text is None:
            continue
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        content = b"BT /F1 10 Tf 12 TL 50 750 Td "
        for number, line in enumerate(text.split("\n")):
            content += (b"T* " if number else b"") + _pdf_string(line) + b" Tj "
        content += b"ET"
        stream = DecodedStreamObject()
        stream.set_data(content)
        page[NameObject("/Contents")] = writer._add_object(stream)
    for index, uris in (links or {}).items():
        for number, uri in enumerate(uris):
            writer.add_annotation(index, Link(rect=(50, 700 - 20 * number, 300, 712 - 20 * number), url=uri))
    if password is not None:
        writer.encrypt(password, owner_password, algorithm=algorithm)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path
