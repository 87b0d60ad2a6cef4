"""Word (.docx) papers, read from their XML parts.

Why not python-docx: it does not expose footnotes or endnotes, where most
citations of a position paper live, nor the targets of footnote hyperlinks.
A .docx is a zip of XML parts, and the few we need are simple to read:

- the main document (found through _rels/.rels; word/document.xml by default):
  paragraphs, tables, content controls, text boxes, hyperlinks, and field-code
  links (HYPERLINK "url") that older documents and pasted text use;
- footnotes and endnotes (found through the document's relationships);
- the relationship files of each part, which hold hyperlink targets.

The XML is untrusted, so it is parsed with defusedxml (no entity expansion, no
external entities), and a part that unzips to more than _MAX_PART bytes, or
parts that together unzip to more than _MAX_TOTAL, are refused rather than read
(a zip bomb: 600 KB that unzips to 200 MB of XML took minutes and gigabytes).
A 50-page paper's document.xml is a few megabytes.

Places: "paragraph N" counts the non-empty body paragraphs, as a reader would;
"table N" the body's tables; "footnote N" and "endnote N" the numbers the reader
sees (the order of the references in the text, not the XML ids). A footnote is
read right after the paragraph that refers to it, so citations come out in
reading order.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from .scan import Block

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_OFFICE_DOCUMENT = "/officeDocument"
_MAX_PART = 24 * 1024 * 1024
_MAX_TOTAL = 48 * 1024 * 1024
_MAX_DEPTH = 200
_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+(?:\\[a-z]\s+)*"?([^"\s]+)"?', re.I)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class DocxError(Exception):
    """Why a .docx could not be read, in words for the delegate."""


def read_docx(data: bytes) -> list[Block]:
    """The blocks of a .docx paper, in reading order; raises DocxError."""
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocxError("encrypted .docx: remove the password first")
        raise DocxError("not a valid .docx (a Word 97-2003 .doc file: save it as .docx)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise DocxError("not a valid .docx (corrupt zip)") from None
    with archive:
        return list(_Docx(archive).blocks())


class _Docx:
    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.read_bytes = 0  # uncompressed bytes of the parts read so far (see _MAX_TOTAL)
        self.names = set(archive.namelist())
        main = self._main_part()
        if main not in self.names:
            raise DocxError(f"not a valid .docx (no {main})")
        self.main = main
        self.document = self._xml(main)
        rels = self._rels(main)
        self.links = {rid: target for rid, (kind, target) in rels.items() if kind.endswith("/hyperlink")}
        self.notes: dict[str, tuple[dict[str, Element], dict[str, str]]] = {}
        for kind in ("footnotes", "endnotes"):
            part = next((target for k, target in rels.values() if k.endswith("/" + kind)), None)
            part = _resolve(main, part) if part else f"word/{kind}.xml"
            self.notes[kind] = self._notes(part, kind[:-1]) if part in self.names else ({}, {})
        self.numbers: dict[str, dict[str, int]] = {"footnotes": {}, "endnotes": {}}
        self.done: set[tuple[str, str]] = set()

    # ---- zip parts -------------------------------------------------------------------------------

    def _read(self, name: str) -> bytes:
        info = self.archive.getinfo(name)
        if info.file_size > _MAX_PART:
            raise DocxError(f"too large to be a paper ({name} unzips to {info.file_size // 2**20} MB; "
                            f"at most {_MAX_PART // 2**20} MB a part are read)")
        self.read_bytes += info.file_size
        if self.read_bytes > _MAX_TOTAL:
            raise DocxError(f"too large to be a paper (its text parts unzip to more than {_MAX_TOTAL // 2**20} MB)")
        try:
            return self.archive.read(name)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise DocxError(f"not a valid .docx (corrupt zip: {name}: {exc})") from None
        except NotImplementedError:
            raise DocxError(f"not a valid .docx ({name} is compressed in a way zip readers do not know)") from None

    def _xml(self, name: str) -> Element:
        try:
            return fromstring(self._read(name))
        except ParseError:
            raise DocxError(f"not a valid .docx (broken XML in {name})") from None
        except DefusedXmlException:
            raise DocxError(f"not a valid .docx (unsafe XML in {name})") from None

    def _main_part(self) -> str:
        if "_rels/.rels" in self.names:
            try:
                root = fromstring(self._read("_rels/.rels"))
            except (ParseError, DefusedXmlException):
                return "word/document.xml"
            for rel in root.iter(PR + "Relationship"):
                if rel.get("Type", "").endswith(_OFFICE_DOCUMENT) and rel.get("Target"):
                    return _resolve("", rel.get("Target", ""))
        return "word/document.xml"

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        folder, _, name = part.rpartition("/")
        rels_name = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
        if rels_name not in self.names:
            return {}
        root = self._xml(rels_name)
        return {rel.get("Id", ""): (rel.get("Type", ""), rel.get("Target", ""))
                for rel in root.iter(PR + "Relationship")}

    def _notes(self, part: str, tag: str) -> tuple[dict[str, Element], dict[str, str]]:
        root = self._xml(part)
        notes = {}
        for note in root.iter(W + tag):
            if note.get(W + "type") in (None, "normal"):
                notes[note.get(W + "id", "")] = note
        links = {rid: target for rid, (kind, target) in self._rels(part).items() if kind.endswith("/hyperlink")}
        return notes, links

    # ---- reading order ---------------------------------------------------------------------------

    def blocks(self) -> Iterator[Block]:
        body = self.document.find(W + "body")
        if body is None:
            raise DocxError(f"not a valid .docx (no body in {self.main})")
        counter = {"paragraph": 0, "table": 0}
        yield from self._body(body, counter, 0)
        for kind in ("footnotes", "endnotes"):  # notes never referred to, then the endnotes
            notes, _ = self.notes[kind]
            for note_id in notes:
                yield from self._note(kind, note_id)

    def _body(self, parent: Element, counter: dict[str, int], depth: int) -> Iterator[Block]:
        if depth > _MAX_DEPTH:
            raise DocxError("not a valid .docx (nested too deeply)")
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                text, links, refs, style = _Paragraph(self.links).read(child)
                if text.strip() or links:
                    counter["paragraph"] += 1
                    entry = "yes" if "bibliograph" in style.lower() else "section"
                    yield Block(text, f"paragraph {counter['paragraph']}", links, entry=entry)
                yield from self._refs(refs)
            elif tag == W + "tbl":
                counter["table"] += 1
                yield from self._table(child, f"table {counter['table']}", depth + 1)
            elif tag in (W + "sdt", W + "customXml", W + "sdtContent", W + "smartTag"):
                yield from self._body(child, counter, depth + 1)

    def _table(self, table: Element, place: str, depth: int) -> Iterator[Block]:
        if depth > _MAX_DEPTH:
            raise DocxError("not a valid .docx (nested too deeply)")
        for child in table.iter():
            if child.tag != W + "tc":
                continue
            for part in child:
                if part.tag == W + "p":
                    text, links, refs, _ = _Paragraph(self.links).read(part)
                    if text.strip() or links:
                        yield Block(text, place, links)
                    yield from self._refs(refs)
                elif part.tag in (W + "sdt", W + "sdtContent"):
                    for paragraph in part.iter(W + "p"):
                        text, links, refs, _ = _Paragraph(self.links).read(paragraph)
                        if text.strip() or links:
                            yield Block(text, place, links)
                        yield from self._refs(refs)

    def _refs(self, refs: list[tuple[str, str]]) -> Iterator[Block]:
        for kind, note_id in refs:
            if kind == "footnotes":
                yield from self._note(kind, note_id)
            else:
                self._number(kind, note_id)  # endnotes are read at the end, numbered now

    def _number(self, kind: str, note_id: str) -> int:
        numbers = self.numbers[kind]
        if note_id not in numbers:
            numbers[note_id] = len(numbers) + 1
        return numbers[note_id]

    def _note(self, kind: str, note_id: str) -> Iterator[Block]:
        notes, links = self.notes[kind]
        if (kind, note_id) in self.done or note_id not in notes:
            return
        self.done.add((kind, note_id))
        number = self._number(kind, note_id)
        texts, all_links, length = [], [], 0
        for paragraph in notes[note_id].iter(W + "p"):
            text, found, _, _ = _Paragraph(links).read(paragraph)
            all_links += [(target, visible, offset + length) for target, visible, offset in found]
            texts.append(text)
            length += len(text) + 1
        yield Block("\n".join(texts), f"{kind[:-1]} {number}", all_links, entry="yes")


class _Paragraph:
    """The text of one w:p, its hyperlinks (target, visible text, offset) and note references."""

    def __init__(self, links: dict[str, str]):
        self.rel_links = links
        self.parts: list[str] = []
        self.length = 0
        self.links: list[tuple[str, str, int]] = []
        self.refs: list[tuple[str, str]] = []
        self.field: list[str] | None = None
        self.style = ""

    def read(self, paragraph: Element) -> tuple[str, list[tuple[str, str, int]], list[tuple[str, str]], str]:
        self._walk(paragraph, 0)
        return "".join(self.parts), self.links, self.refs, self.style

    def _put(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _walk(self, node: Element, depth: int) -> None:
        if depth > _MAX_DEPTH:
            raise DocxError("not a valid .docx (nested too deeply)")
        for child in node:
            tag = child.tag
            if tag == W + "t":
                self._put(child.text or "")
            elif tag == W + "tab":
                self._put("\t")
            elif tag in (W + "br", W + "cr"):
                self._put("\n")
            elif tag == W + "noBreakHyphen":
                self._put("-")
            elif tag == W + "pStyle":
                self.style = child.get(W + "val", "")
            elif tag == W + "footnoteReference":
                self.refs.append(("footnotes", child.get(W + "id", "")))
            elif tag == W + "endnoteReference":
                self.refs.append(("endnotes", child.get(W + "id", "")))
            elif tag == W + "hyperlink":
                start, piece = self.length, len(self.parts)
                self._walk(child, depth + 1)
                target = self.rel_links.get(child.get(R + "id", ""))
                if target:
                    self.links.append((target, "".join(self.parts[piece:]), start))
            elif tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    self.field = []
                elif kind == "separate" and self.field is not None:
                    self._field_link()
                elif kind == "end":
                    self.field = None
            elif tag == W + "instrText":
                if self.field is not None:
                    self.field.append(child.text or "")
            elif tag == W + "fldSimple":
                start, piece = self.length, len(self.parts)
                self._walk(child, depth + 1)
                match = _HYPERLINK_FIELD.search(child.get(W + "instr", ""))
                if match:
                    self.links.append((match.group(1), "".join(self.parts[piece:]), start))
            elif tag in (W + "p",):  # a text box's paragraph inside this one
                self._put("\n")
                self._walk(child, depth + 1)
                self._put("\n")
            elif tag in (MC_FALLBACK, W + "delText", W + "instrText", W + "rPr"):
                continue
            else:
                self._walk(child, depth + 1)

    def _field_link(self) -> None:
        match = _HYPERLINK_FIELD.search("".join(self.field or ()))
        if match:
            self.links.append((match.group(1), "", self.length))


def _resolve(base_part: str, target: str) -> str:
    """A relationship target as a zip member name, relative to the part that holds it."""
    if target.startswith("/"):
        return target.lstrip("/")
    folder = base_part.rpartition("/")[0]
    parts = [p for p in (folder.split("/") if folder else [])]
    for piece in target.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)
