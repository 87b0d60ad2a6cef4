"""PDF papers: the text layer of each page, and its link annotations.

pypdf is pure Python (nothing to compile on a delegate's laptop), reads the
text layer and the annotations, and opens files encrypted with an empty user
password (the common "protected against editing" kind). A page's /Link
annotations with a /URI action give the true address even when the visible
text wraps or says "click here"; they also settle how a URL broken across
lines is joined. A PDF made of scanned images has no text layer: it is
reported, never guessed at (run OCR first).
"""

from __future__ import annotations

import io
import logging
import warnings
from contextlib import contextmanager

from .scan import Block

ENCRYPTED = "encrypted PDF: remove the password first"
NO_TEXT = "no text layer \u2014 run OCR first"


class PdfError(Exception):
    """Why a PDF could not be read, in words for the delegate."""


@contextmanager
def _quiet():
    """pypdf logs and warns about every oddity of a file; a library must not print them."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def read_pdf(data: bytes, max_pages: int) -> tuple[list[Block], list[str]]:
    """The blocks of a PDF (one per page) and notes on what could not be read; raises PdfError."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    with _quiet():
        try:
            reader = PdfReader(io.BytesIO(data))
        except PdfReadError as exc:
            raise PdfError(f"not a valid PDF ({exc})") from None
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # an unknown algorithm, or one needing the cryptography package
                opened = 0
            if not opened:
                raise PdfError(ENCRYPTED)
        try:
            total = len(reader.pages)
        except Exception as exc:
            raise PdfError(f"not a valid PDF ({exc})") from None
        blocks, empty, failed = [], [], []
        for index in range(min(total, max_pages)):
            number = index + 1
            try:
                page = reader.pages[index]
            except Exception:
                failed.append(number)
                continue
            try:
                text = page.extract_text() or ""
            except Exception:
                text = ""
                failed.append(number)
            links = [(uri, "", len(text)) for uri in _uris(page)]
            if not text.strip():
                empty.append(number)
            blocks.append(Block(text, f"page {number}", links, entry="lines"))
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


def _uris(page) -> list[str]:
    """The web addresses of a page's link annotations."""
    uris = []
    try:
        annotations = page.get("/Annots")
        if annotations is None:
            return uris
        for ref in annotations.get_object() or ():
            annotation = ref.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            action = annotation.get("/A")
            action = action.get_object() if action is not None else None
            if not action or action.get("/S") != "/URI":
                continue
            uri = action.get("/URI")
            if uri is None:
                continue
            uri = uri.get_object()
            if isinstance(uri, bytes):
                uri = uri.decode("latin-1")
            uris.append(str(uri))
    except Exception:  # a broken annotation loses its link, not the page
        pass
    return uris
