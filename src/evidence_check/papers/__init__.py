"""Position papers in, citations out: find what a delegate's paper cites.

    >>> from evidence_check.papers import read_text
    >>> [found.text for found in read_text("See https://www.unodc.org/glotip.html.", "-").citations]
    ['https://www.unodc.org/glotip.html']

`read_paper` reads a .docx, .pdf, .html/.htm, .md or .txt file and returns a
Paper: the citations in order of first appearance, each once with every place
it is cited, and, when the file could not be read (or only partly), a problem
in words for the delegate. It never raises for a bad file: every error becomes
the Paper's `problem`. Nothing here classifies, prints or uses the network.

    docx.py   Word files, from their XML parts (footnotes, endnotes, link targets)
    pdf.py    PDF text layer and link annotations (PDFium, through pypdfium2)
    text.py   plain text, Markdown and HTML
    scan.py   text -> URLs (joined across line breaks), UN symbols, publisher names
    delegation.py  file name -> the delegation that wrote it
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import delegation as _delegation
from .scan import Block, Collector, Found
from .text import EMPTY, check, decode, html_blocks, text_blocks

__all__ = ["SUPPORTED", "Found", "Paper", "find_papers", "read_paper", "read_text"]

SUPPORTED = (".docx", ".pdf", ".html", ".htm", ".md", ".txt")
MAX_BYTES = 512 * 1024 * 1024
_HINTS = {
    ".doc": "a Word 97-2003 .doc file: save it as .docx or PDF",
    ".odt": "an OpenDocument file: save it as .docx or PDF",
    ".rtf": "an RTF file: save it as .docx or PDF",
    ".pages": "a Pages file: export it as .docx or PDF",
}


@dataclass(slots=True)
class Paper:
    """What one paper cites, or why it could not be read."""

    path: str
    citations: list[Found] = field(default_factory=list)  # first appearance order, one per source
    problem: str | None = None  # "encrypted PDF: ...", "empty file", ... (None: read in full)
    delegation: str | None = None  # raw country text from the file name ("Russia"); caller resolves it


def read_paper(path: str | Path, names: Callable[[str], bool] | None = None, max_pages: int = 500,
               countries: Callable[[str], object] | None = None,
               known_host: Callable[[str], bool] | None = None,
               listed: Callable[[str], bool] | None = None) -> Paper:
    """Find the citations in one paper. Never raises for a bad file: see Paper.problem.

    names: exact predicate for publisher names (text -> known?), used on notes and
        bibliography entries without an address; None looks for URLs and symbols only.
    max_pages: PDF pages read at most; the problem says when a file was cut short.
    countries: optional predicate for the delegation guess (text -> a country or None);
        without it, the file name minus committee and paper words is returned.
    known_host: optional predicate (host -> known to the registry?) that decides how a
        host hyphenated at a line end is joined ("www.the-" / "diplomat.com").
    listed: optional predicate (URL -> does the ruleset name its publisher?); a bibliography
        entry whose address is not listed is read by its words, as `check` reads the line.
    """
    path = Path(path)
    paper = Paper(str(path))
    try:
        paper.delegation = _delegation.guess(path, countries)
    except Exception:  # a predicate's own error must not lose the paper
        paper.delegation = None
    try:
        blocks, notes = _blocks(path, max_pages)
    except Exception as exc:  # every failure is this file's problem, never the run's
        paper.problem = _describe(exc)
        return paper
    try:
        paper.citations = _collect(blocks, names, known_host, listed)
    except Exception as exc:
        notes.append(f"could not scan the text ({type(exc).__name__}: {exc})")
    paper.problem = "; ".join(notes) or None
    return paper


def read_stdin(origin: str = "-", **reading) -> Paper:
    """A paper piped in: read as bytes and decoded as a text file is (an encoding, or a binary
    file said to be one), so no byte can stop the run."""
    stream = sys.stdin
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8", "surrogatepass")
    text, problem = decode(data)
    if problem:
        paper = Paper(origin)
        paper.problem = problem
        return paper
    return read_text(text, origin, **reading)


def read_text(text: str, origin: str = "-", names: Callable[[str], bool] | None = None,
              known_host: Callable[[str], bool] | None = None,
              listed: Callable[[str], bool] | None = None) -> Paper:
    """Find the citations in text already read (standard input); places are lines."""
    paper = Paper(origin)
    text, problem = check(text)
    if problem:
        paper.problem = problem
        return paper
    paper.citations = _collect(text_blocks(text), names, known_host, listed)
    return paper


def find_papers(folder: str | Path) -> list[Path]:
    """Supported papers in a folder and its subfolders, sorted; a file is itself.

    Hidden files and folders and Word's lock files (~$name.docx) are skipped.
    """
    folder = Path(folder)
    if folder.is_file():
        return [folder] if folder.suffix.lower() in SUPPORTED else []
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or path.name.startswith("~$"):
            continue
        if path.suffix.lower() in SUPPORTED and path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: (p.relative_to(folder).as_posix().casefold(), p.as_posix()))


def _blocks(path: Path, max_pages: int) -> tuple[list[Block], list[str]]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        hint = _HINTS.get(suffix, f"unsupported file type {suffix or '(no extension)'}")
        raise _Problem(f"{hint}; read: {', '.join(SUPPORTED)}")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _Problem(f"file too large ({size // 2**20} MB)")
    data = path.read_bytes()
    if not data.strip():
        raise _Problem(EMPTY)
    if data.startswith(b"%PDF-") or suffix == ".pdf":  # a PDF is a PDF, whatever its name
        from .pdf import read_pdf

        return read_pdf(data, max_pages)
    if suffix == ".docx":
        from .docx import read_docx

        return read_docx(data), []
    text, problem = decode(data)
    if problem:
        raise _Problem(problem)
    if suffix in (".html", ".htm"):
        return html_blocks(text), []
    return text_blocks(text), []


def _collect(blocks: list[Block], names: Callable[[str], bool] | None,
             known_host: Callable[[str], bool] | None = None,
             listed: Callable[[str], bool] | None = None) -> list[Found]:
    collector = Collector(names, known_host, listed)
    for block in blocks:
        collector.scan(block)
    return collector.citations


class _Problem(Exception):
    """A file that cannot be read, in words for the delegate."""


def _describe(exc: Exception) -> str:
    from .docx import DocxError
    from .pdf import PdfError

    if isinstance(exc, (_Problem, DocxError, PdfError)):
        return str(exc)
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "a folder, not a file"
    if isinstance(exc, OSError):
        return f"could not read the file ({exc.strerror or exc})"
    if isinstance(exc, MemoryError):
        return "file too large to read"
    return f"could not read the file ({type(exc).__name__}: {exc})"
