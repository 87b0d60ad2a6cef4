"""PDF papers: the text layer of each page, and its link annotations.

PDFium (pypdfium2: Apache-2.0/BSD-3, the library inside Chromium, shipped as a
wheel) reads the text layer about ten times faster than a pure-Python reader,
opens files encrypted with an empty user password (RC4 and AES, the common
"protected against editing" kind) and gives each page's /Link annotations. A
/URI annotation gives the true address even when the visible text wraps or says
"click here"; it also settles how a URL broken across lines is joined. A PDF
made of scanned images has no text layer: it is reported, never guessed at
(run OCR first).

PDFium writes the text a little differently from the lines the scanner's
break repair reads (`urlscan.find_urls`), so each page is put back into lines:

- a word hyphenated at a line end comes out joined, with U+FFFE for the hyphen
  ("docu\\ufffements"): it is written back as the hyphen and the line end
  ("docu-" / "ments"). PDFium does the same to a soft hyphen (U+00AD); inside an
  address that no annotation on the page settles, which of the two it was is
  read from the file's own text (pypdf, for that page, until a page shows the
  file writes no soft hyphens): a soft hyphen is the typesetter's and the
  address goes on without it;
- U+2010 HYPHEN at a line end is a browser's automatic hyphenation (Chromium
  prints its hyphens so) when the page uses it nowhere else: it is read as a
  soft hyphen; everywhere else U+2010 and U+2011 are "-";
- ligatures (PDFium already writes U+FB00-FB06 as letters) and other
  compatibility forms are normalised (NFKC) in the words around addresses, but
  never inside an address already written whole, and superscript note numbers
  stay as they are ("2331\\u00b9" is not "23311").
"""

from __future__ import annotations

import ctypes
import re
import unicodedata

from .scan import Block

ENCRYPTED = "encrypted PDF: remove the password first"
NO_TEXT = "no text layer \u2014 run OCR first"

_URI_MAX = 64 * 1024  # a link target longer than this is no citation
# a note number set as a superscript stays one: NFKC would glue it to the word ("2331\u00b9" -> "23311");
# the wide and no-break spaces stay too (the scanner goes on after a plain space only)
_KEEP = "\u00a0\u00aa\u00b2\u00b3\u00b9\u00ba\u2000-\u200a\u202f\u205f\u2070-\u209f\u3000"
_NORMALISE = re.compile(f"[^\\x00-\\x7f{_KEEP}]+")
_TOKEN_BEFORE = re.compile(r"\S*\Z")
_WINDOW = 2048  # how far back an address is looked for from a hyphen (no page is rescanned per hyphen)


class PdfError(Exception):
    """Why a PDF could not be read, in words for the delegate."""


def read_pdf(data: bytes, max_pages: int) -> tuple[list[Block], list[str]]:
    """The blocks of a PDF (one per page) and notes on what could not be read; raises PdfError."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        document = pdfium.PdfDocument(data)  # PDFium tries the empty user password itself
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)  # pypdfium2 4.x says it in words only
        if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY) or (
                code is None and ("password" in str(exc).lower() or "security" in str(exc).lower())):
            raise PdfError(ENCRYPTED) from None
        raise PdfError(f"not a valid PDF ({_reason(exc)})") from None
    except Exception as exc:
        raise PdfError(f"not a valid PDF ({exc})") from None
    try:
        total = len(document)
        blocks, empty, failed = [], [], []
        second_reader = _SecondReader(data)
        for index in range(min(total, max_pages)):
            number = index + 1
            try:
                page = document[index]
            except Exception:
                failed.append(number)
                continue
            try:
                try:
                    textpage = page.get_textpage()
                    try:
                        raw_text = _text(textpage)
                    finally:
                        textpage.close()
                except Exception:
                    raw_text = ""
                    failed.append(number)
                uris = _uris(document, page)
            finally:
                page.close()
            text = page_text(raw_text, uris, lambda: second_reader.page(index))
            links = [(uri, "", len(text)) for uri in uris]
            if not text.strip():
                empty.append(number)
            blocks.append(Block(text, f"page {number}", links, entry="lines"))
    finally:
        document.close()
    notes = []
    read = min(total, max_pages)
    if total == 0:
        notes.append("no pages")
    elif len(empty) == read:
        notes.append(NO_TEXT)
    elif len(empty) * 2 >= read and read >= 2:
        notes.append(f"no text layer on {len(empty)} of {read} pages \u2014 run OCR first")
    if failed:
        notes.append(f"could not read the text of page{'s' if len(failed) > 1 else ''} "
                     f"{', '.join(map(str, failed[:10]))}{', ...' if len(failed) > 10 else ''}")
    if total > max_pages:
        notes.append(f"(only the first {max_pages} pages read)")
    return blocks, notes


def _text(textpage) -> str:
    """The page's text in PDFium's order. pypdfium2 4.28-4.30 send the whole-page get_text_range() to
    get_text_bounded() with a warning (a bug of their PDFium builds): ask for that directly there."""
    if "force_this" in type(textpage).get_text_range.__code__.co_varnames:
        return textpage.get_text_bounded()
    return textpage.get_text_range()


def _reason(exc: Exception) -> str:
    text = str(exc)
    start = text.find("PDFium: ")
    return text[start + 8:].rstrip(").") if start >= 0 else text


def _uris(document, page) -> list[str]:
    """The web addresses of a page's link annotations (/Link with a /URI action), in page order."""
    import pypdfium2.raw as raw

    uris: list[str] = []
    try:
        position = ctypes.c_int(0)
        link = raw.FPDF_LINK()
        while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)):
            action = raw.FPDFLink_GetAction(link)
            if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
                continue
            size = raw.FPDFAction_GetURIPath(document.raw, action, None, 0)
            if size <= 1 or size > _URI_MAX:
                continue
            buffer = ctypes.create_string_buffer(size)
            raw.FPDFAction_GetURIPath(document.raw, action, buffer, size)
            uris.append(_decode_uri(buffer.raw[:size].rstrip(b"\x00")))
    except Exception:  # a broken annotation loses its link, not the page
        pass
    return uris


def _decode_uri(value: bytes) -> str:
    """A /URI is 7-bit ASCII by the standard; writers also put UTF-16 (with its BOM) or UTF-8 there."""
    if value.startswith((b"\xfe\xff", b"\xff\xfe")):
        return value.decode("utf-16", errors="replace")
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def page_text(text: str, targets: list[str], second=None) -> str:
    """PDFium's text of a page, in the lines the scanner's break repair reads (see the module's doc).

    targets: the page's link targets (they settle a hyphen inside an address);
    second: optional callable giving the page's text as another reader writes it,
        asked only when an address is broken at a hyphen PDFium cannot tell from a soft one.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x02" in text:  # the same mark where the text is read by its bounding box (pypdfium2 4.x)
        text = text.replace("\x02", "\ufffe")
    if "\ufffe" in text:
        text = _hyphens(text, targets, second)
    if "\u2010" in text or "\u2011" in text:
        text = _unicode_hyphens(text)
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = _normalise(text)
    return text


def _hyphens(text: str, targets: list[str], second) -> str:
    """U+FFFE -> the hyphen (or soft hyphen) and the line end PDFium took out."""
    from ..urlscan import _START

    parts = []
    last = 0
    other = None
    position = text.find("\ufffe")
    while position >= 0:
        parts.append(text[last:position])
        before = text[position - 1] if position else ""
        after = text[position + 1] if position + 1 < len(text) else ""
        if not (before.isalpha() and after.isalnum()):
            replacement = ""  # not PDFium's hyphen: a glyph with no Unicode value
        else:
            replacement = "-\n"
            token = _TOKEN_BEFORE.search(text, max(0, position - _WINDOW), position).group()
            start = _START.search(token)
            if start is not None:
                address = token[start.start():]
                if not any(target.strip().startswith(address) for target in targets):
                    if other is None:
                        other = _safe(second)
                    if address + "\xad" in other and address + "-" not in other:
                        replacement = "\xad\n"
        parts.append(replacement)
        last = position + 1
        position = text.find("\ufffe", last)
    parts.append(text[last:])
    return "".join(parts)


def _safe(second) -> str:
    if second is None:
        return ""
    try:
        return second() or ""
    except Exception:
        return ""


def _unicode_hyphens(text: str) -> str:
    """U+2010/U+2011 -> "-"; at a line end, a browser's automatic hyphen (see the module's doc)."""
    text = text.replace("\u2011", "\u2010")
    automatic = text.count("\u2010") == text.count("\u2010\n")
    if automatic:
        text = text.replace("\u2010\n", "\xad\n")
    return text.replace("\u2010", "-")


def _normalise(text: str) -> str:
    """NFKC outside addresses (ligatures, presentation forms, full-width letters); addresses as written."""
    from ..urlscan import _START

    out = []
    last = 0
    for match in _START.finditer(text):
        start = match.start()
        if start < last:
            continue
        out.append(_NORMALISE.sub(_nfkc, text[last:start]))
        end = start
        while end < len(text) and not text[end].isspace():
            end += 1
        out.append(text[start:end])
        last = end
    out.append(_NORMALISE.sub(_nfkc, text[last:]))
    return "".join(out)


def _nfkc(match: re.Match) -> str:
    return unicodedata.normalize("NFKC", match.group())


class _SecondReader:
    """pypdf's text of a page, read only when asked (a hyphen PDFium cannot tell from a soft one).

    A file is written by one program, which sets its line-end hyphens one way: once a page read so
    shows no soft hyphen at all, no other page is read (the answer is "-"), so a paper with many
    addresses broken at a hyphen and no link annotations costs one page of pypdf, not one per page."""

    def __init__(self, data: bytes):
        self.data = data
        self.reader = None
        self.failed = False
        self.no_soft_hyphens = False

    def page(self, index: int) -> str:
        if self.failed or self.no_soft_hyphens:
            return ""
        import io
        import logging
        import warnings

        logger = logging.getLogger("pypdf")
        level = logger.level
        logger.setLevel(logging.CRITICAL + 1)  # pypdf logs every oddity of a file: a library must not print them
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if self.reader is None:
                    from pypdf import PdfReader

                    reader = PdfReader(io.BytesIO(self.data))
                    if reader.is_encrypted and not reader.decrypt(""):
                        raise ValueError("encrypted")
                    self.reader = reader
                text = self.reader.pages[index].extract_text() or ""
                self.no_soft_hyphens = "\xad" not in text
                return text if text.isascii() else unicodedata.normalize("NFKC", text)
        except Exception:
            self.failed = True
            return ""
        finally:
            logger.setLevel(level)
