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


# A browser's PDF (Chromium's "Save as PDF"): a Type0 font addressed by glyph id, a ToUnicode map
# that gives a ligature glyph its one ligature code point (U+FB01 "fi", U+FB03 "ffi", ...), each
# line placed on its own (Tm) and shown as glyph runs with small positioning adjustments (TJ).
_LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]
_NARROW, _WIDE = set(" ./:;,!|()[]'-_ijlft\u2010\u00ad"), set("mwMW%@")


def _glyph_runs(line: str, ligatures: bool) -> list[str]:
    """The line as a shaper gives it: ligature glyphs for ff, fi, fl, ffi, ffl (in addresses too)."""
    if ligatures:
        for letters, ligature in _LIGATURES:
            line = line.replace(letters, ligature)
    return list(line)


def make_printed_pdf(path: Path, pages: list[str], links: dict[int, list[str]] | None = None,
                     ligatures: bool = True, size: float = 10, leading: float = 13) -> Path:
    """A PDF laid out the way a browser prints a page: one text object per line, glyph ids
    through a Type0 font, and a ToUnicode CMap (ligatures as their own code points)."""
    from pypdf import PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject,
                               TextStringObject)

    glyphs: dict[str, int] = {}
    shaped = [[_glyph_runs(line, ligatures) for line in text.split("\n")] for text in pages]
    for page in shaped:
        for line in page:
            for char in line:
                glyphs.setdefault(char, len(glyphs) + 3)  # glyph ids are not character codes
    widths = ArrayObject()
    for char, gid in glyphs.items():
        width = 278 if char in _NARROW else 833 if char in _WIDE else 556
        widths += [NumberObject(gid), ArrayObject([NumberObject(width)])]
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
            "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
    items = sorted(glyphs.items(), key=lambda item: item[1])
    for start in range(0, len(items), 100):
        chunk = items[start:start + 100]
        cmap += f"{len(chunk)} beginbfchar\n"
        cmap += "".join(f"<{gid:04X}> <{ord(char):04X}>\n" for char, gid in chunk)
        cmap += "endbfchar\n"
    cmap += "endcmap CMapName currentdict /CMap defineresource pop end end"

    writer = PdfWriter()
    to_unicode = DecodedStreamObject()
    to_unicode.set_data(cmap.encode("ascii"))
    descriptor = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): NameObject("/AAAAAA+Arial"),
        NameObject("/Flags"): NumberObject(32), NameObject("/ItalicAngle"): NumberObject(0),
        NameObject("/Ascent"): NumberObject(905), NameObject("/Descent"): NumberObject(-212),
        NameObject("/CapHeight"): NumberObject(716), NameObject("/StemV"): NumberObject(80),
        NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (-665, -325, 2000, 1040)]),
    }))
    descendant = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType2"),
        NameObject("/BaseFont"): NameObject("/AAAAAA+Arial"), NameObject("/FontDescriptor"): descriptor,
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): TextStringObject("Adobe"), NameObject("/Ordering"): TextStringObject("Identity"),
            NameObject("/Supplement"): NumberObject(0)}),
        NameObject("/DW"): NumberObject(556), NameObject("/W"): widths,
    }))
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject("/AAAAAA+Arial"), NameObject("/Encoding"): NameObject("/Identity-H"),
        NameObject("/DescendantFonts"): ArrayObject([descendant]),
        NameObject("/ToUnicode"): writer._add_object(to_unicode),
    }))
    for page_lines in shaped:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        content = b""
        y = 750.0
        for line in page_lines:
            runs, run = [], ""
            for number, char in enumerate(line):
                run += f"{glyphs[char]:04X}"
                if char == " " or number % 7 == 6:  # a glyph run ends: the shaper's small adjustment follows
                    runs.append(f"<{run}> -4")
                    run = ""
            if run:
                runs.append(f"<{run}>")
            if runs:
                content += (f"BT /F1 {size:g} Tf 1 0 0 1 54 {y:.2f} Tm [{' '.join(runs)}] TJ ET\n").encode("ascii")
            y -= leading
        stream = DecodedStreamObject()
        stream.set_data(content)
        page[NameObject("/Contents")] = writer._add_object(stream)
    for index, uris in (links or {}).items():
        for number, uri in enumerate(uris):
            writer.add_annotation(index, Link(rect=(54, 700 - 14 * number, 500, 710 - 14 * number), url=uri))
    with open(path, "wb") as handle:
        writer.write(handle)
    return path
