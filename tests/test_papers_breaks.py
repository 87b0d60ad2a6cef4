"""Addresses broken across lines as papers carry them: real PDFs (PDFium's text layer) and plain text.

A hyphen that ends a line inside an address is the address's (word processors add
none); "https://" or "www." at a line end goes on; a path piece goes on after a
break or a gap only when it is clearly one; a host a typesetter hyphenated is
joined the way the registry (or the Public Suffix List) knows it; a link
annotation, when the PDF has one, decides.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence_check.papers import read_paper, read_text
from evidence_check.papers.scan import find_urls
from conftest import examples
from papers_make import make_pdf, make_printed_pdf

KNOWN = {"thediplomat.com", "unodc.org", "un.org", "unhcr.org", "state-media.example"}


def known_host(host: str) -> bool:
    """A small registry: a host is known when it or a parent domain is listed."""
    labels = host.lower().rstrip(".").split(".")
    return any(".".join(labels[i:]) in KNOWN for i in range(len(labels)))


def urls(text: str, host_known=None) -> list[str]:
    return [url for url, _, _ in find_urls(text, (), host_known)]


def pdf_urls(tmp_path, text: str, links: list[str] | None = None, host_known=None) -> list[str]:
    path = make_pdf(tmp_path / "paper.pdf", [text], links={0: links} if links else None)
    paper = read_paper(path, known_host=host_known)
    assert paper.problem is None
    return [found.text for found in paper.citations if found.kind == "url"]


# (text as the PDF's lines, the addresses recovered without and with the known-host predicate)
SHAPES = [
    # a hyphen at a line end inside a path is kept, even where it looks like hyphenation
    ("Data: https://www.unodc.org/unodc/en/human-\ntrafficking/glotip.html shows it.",
     ["https://www.unodc.org/unodc/en/human-trafficking/glotip.html"], None),
    ("Data: https://www.unodc.org/docu-\nments/report.pdf shows it.", ["https://www.unodc.org/docu-ments/report.pdf"], None),
    # the line ends with the scheme, or with "www."
    ("Source: https://\nwww.unhcr.org/global-trends-report-2023 (2023).",
     ["https://www.unhcr.org/global-trends-report-2023"], None),
    ("Source: https://www.\nunhcr.org/global-trends (2023).", ["https://www.unhcr.org/global-trends"], None),
    ("See www.\nunodc.org/glotip for more.", ["www.unodc.org/glotip"], None),
    ("(see https://\nwww.unhcr.org).", ["https://www.unhcr.org"], None),
    # the line ends after a "/": a path piece goes on, a sentence does not
    ("Charter: https://www.un.org/en/\nabout-us/un-charter/full-text.", ["https://www.un.org/en/about-us/un-charter/full-text"],
     None),
    ("https://www.unodc.org/documents/data-and-analysis/glotip/2022/\nGLOTiP_2022_web.pdf",
     ["https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf"], None),
    ("See https://www.un.org/\nThe report says so.", ["https://www.un.org/"], None),
    # a host the typesetter hyphenated: the registry's form wins; unknown, the hyphen stays
    ("As https://www.the-\ndiplomat.com/2023/01/asean-summit/ reported.",
     ["https://www.the-diplomat.com/2023/01/asean-summit/"], ["https://www.thediplomat.com/2023/01/asean-summit/"]),
    ("As https://the-\ndiplomat.com/2023/ reported.", ["https://the-diplomat.com/2023/"], ["https://thediplomat.com/2023/"]),
    ("(https://www.the-\ndiplomat.com).", ["https://www.the-diplomat.com"], ["https://www.thediplomat.com"]),
    ("Via https://www.state-\nmedia.example/x today.", ["https://www.state-media.example/x"], None),  # known with it
    # a host broken inside a label, without a hyphen: only a known host joins it
    ("As https://www.thedip\nlomat.com/2023/ reported.", ["https://www.thedip", "lomat.com/2023/"],
     ["https://www.thediplomat.com/2023/"]),
    ("See https://www.un.org\nunodc.org/glotip too.", ["https://www.un.org", "unodc.org/glotip"], None),
    # a host broken after a dot
    ("At https://www.unodc.\norg/unodc/en/ today.", ["https://www.unodc.org/unodc/en/"], None),
    ("At www.unodc.\norg today.", [], ["www.unodc.org"]),
    # soft hyphens are the typesetter's
    ("https://www.unodc.org/documents/traf\xad\nficking/x.pdf", ["https://www.unodc.org/documents/trafficking/x.pdf"], None),
]


@pytest.mark.parametrize("text, plain, known", SHAPES)
def test_shapes_in_plain_text(text, plain, known):
    assert urls(text) == plain
    assert urls(text, known_host) == (known or plain)
    assert [f.text for f in read_text(text, "-", known_host=known_host).citations if f.kind == "url"] == (known or plain)


@pytest.mark.parametrize("text, plain, known", SHAPES)
def test_shapes_in_a_pdf(tmp_path, text, plain, known):
    assert pdf_urls(tmp_path, text) == plain
    assert pdf_urls(tmp_path, text, host_known=known_host) == (known or plain)


@pytest.mark.parametrize("text, plain, known", SHAPES)
def test_shapes_in_a_browser_printed_pdf(tmp_path, text, plain, known):
    """The same shapes printed as a browser prints: glyph ids, ligature glyphs ("tra\ufb03cking"), a text
    object per line; PDFium joins a hyphen at a line end into the word (U+FFFE), which is undone."""
    path = make_printed_pdf(tmp_path / "printed.pdf", [text])
    for host_known, expected in ((None, plain), (known_host, known or plain)):
        paper = read_paper(path, known_host=host_known)
        assert paper.problem is None
        assert [f.text for f in paper.citations if f.kind == "url"] == expected


@pytest.mark.parametrize("text, expected", [
    # a browser's automatic hyphenation: U+2010 at the line end only, the address goes on without it
    ("Data: https://www.unodc.org/documents/traf\u2010\nficking/x.pdf shows it.",
     ["https://www.unodc.org/documents/trafficking/x.pdf"]),
    # a writer that sets every hyphen as U+2010: the one at the line end is the address's too
    ("See https://www.unodc.org/human\u2010trafficking/about\u2010\nus/x.pdf now.",
     ["https://www.unodc.org/human-trafficking/about-us/x.pdf"]),
    ("See https://www.un.org/en/non\u2011breaking/x.html now.", ["https://www.un.org/en/non-breaking/x.html"]),
    # a hyphen between a digit and a letter is no word hyphen for PDFium: the line end stays
    ("Data: https://www.unodc.org/report-2022-\nfinal.pdf shows it.", ["https://www.unodc.org/report-2022-final.pdf"]),
])
def test_unicode_hyphens_at_a_pdf_line_end(tmp_path, text, expected):
    for path in (make_pdf(tmp_path / "plain.pdf", [text]) if text.isascii() else None,
                 make_printed_pdf(tmp_path / "printed.pdf", [text])):
        if path is not None:
            assert [f.text for f in read_paper(path).citations if f.kind == "url"] == expected


def test_the_public_suffix_list_decides_a_hyphen_in_a_suffix():
    assert urls("https://www.unicef.o-\nrg/reports") == ["https://www.unicef.org/reports"]
    assert urls("https://www.unicef-\nirc.org/reports") == ["https://www.unicef-irc.org/reports"]


@pytest.mark.parametrize("text, links, expected", [
    # the annotation decides the hyphen, whatever the predicate says
    ("As https://www.the-\ndiplomat.com/2023/ reported.", ["https://www.thediplomat.com/2023/"],
     ["https://www.thediplomat.com/2023/"]),
    ("Data: https://www.unodc.org/docu-\nments/x.pdf shows it.", ["https://www.unodc.org/documents/x.pdf"],
     ["https://www.unodc.org/documents/x.pdf"]),
    ("Data: https://www.unodc.org/about-\nus/x.pdf shows it.", ["https://www.unodc.org/about-us/x.pdf"],
     ["https://www.unodc.org/about-us/x.pdf"]),
    ("Source: https://\nwww.unhcr.org/en/ (2023).", ["https://www.unhcr.org/en/"], ["https://www.unhcr.org/en/"]),
    # a one-word piece after "/" joins only when the annotation says so
    ("See https://www.un.org/en/\nabout today.", ["https://www.un.org/en/about"], ["https://www.un.org/en/about"]),
])
def test_a_link_annotation_wins(tmp_path, text, links, expected):
    assert pdf_urls(tmp_path, text, links) == expected
    assert pdf_urls(tmp_path, text, links, host_known=lambda host: False) == expected


def _gapped_pdf(path, pieces: list[tuple[str, int]]):
    """One PDF line written as text runs with a kerning gap between them (justified text)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    }))
    page = writer.add_blank_page(612, 792)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    runs = b" ".join(b"(" + text.encode("cp1252") + b") " + str(gap).encode() for text, gap in pieces)
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 10 Tf 72 700 Td [" + runs + b"] TJ ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize("pieces, expected", [
    ([("See https://www.un.org/en/", -3000), ("about-us/un-charter now.", 0)], ["https://www.un.org/en/about-us/un-charter"]),
    ([("See https://www.unodc.org/data-", -3000), ("and-analysis/glotip.html now.", 0)],
     ["https://www.unodc.org/data-and-analysis/glotip.html"]),
    ([("See https://www.unodc.org/documents/", -3000), ("report_2022.pdf now.", 0)],
     ["https://www.unodc.org/documents/report_2022.pdf"]),
    # prose after the gap stays prose
    ([("See https://www.un.org/", -3000), ("and/or the report.", 0)], ["https://www.un.org/"]),
    ([("See https://www.un.org/en/", -3000), ("for more.", 0)], ["https://www.un.org/en/"]),
    ([("See https://www.un.org/", -3000), ("well-known facts.", 0)], ["https://www.un.org/"]),
    ([("See https://www.un.org", -3000), ("/en/about now.", 0)], ["https://www.un.org"]),  # the host never grows
])
def test_a_gap_inside_a_pdf_line(tmp_path, pieces, expected):
    path = _gapped_pdf(tmp_path / "gap.pdf", pieces)
    paper = read_paper(path)
    assert [found.text for found in paper.citations] == expected


@pytest.mark.parametrize("text, expected", [
    ("See https://www.un.org/en/ about-us/un-charter now.", ["https://www.un.org/en/about-us/un-charter"]),
    ("See https://www.unodc.org/data- and-analysis/x.html now.", ["https://www.unodc.org/data-and-analysis/x.html"]),
    ("See https://www.un.org/ and/or the report.", ["https://www.un.org/"]),
    ("See https://www.un.org/ e.g. the report.", ["https://www.un.org/"]),
    ("See https://www.un.org/en/ https://www.unodc.org/x here.", ["https://www.un.org/en/", "https://www.unodc.org/x"]),
    ("Visit https://www.un.org/en/ for more.", ["https://www.un.org/en/"]),
    ("Read https://www.un.org/en/. e.g./i.e. not", ["https://www.un.org/en/"]),
])
def test_a_gap_in_plain_text(text, expected):
    assert urls(text) == expected


def test_the_registry_as_the_known_host_predicate(rules):
    def registry_knows(host: str) -> bool:
        return rules.index.by_host(host) is not None

    text = "As https://www.the-\ndiplomat.com/2023/01/asean-summit/ reported."
    assert urls(text, registry_knows) == ["https://www.thediplomat.com/2023/01/asean-summit/"]
    assert urls("See https://www.un-\nwomen.example/x", registry_knows) == ["https://www.un-women.example/x"]


def test_find_urls_keeps_its_old_signature():
    assert find_urls("x https://www.un.org/ y") == [("https://www.un.org/", 2, 21)]
    assert find_urls("https://www.un.org/en/\nabout", ["https://www.un.org/en/about"]) == [
        ("https://www.un.org/en/about", 0, 28)]


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(list("htps:/.w-_\xad\n ,;aou%=?)") + ["https://", "www.", "un.org/", "the-", "\n",
                                                                  "diplomat.com", "- ", "/ "]),
                max_size=40).map("".join))
def test_joining_never_raises(text):
    for host_known in (None, known_host):
        for url, start, end in find_urls(text, (), host_known):
            assert url and 0 <= start < end <= len(text)
        read_text(text, "-", known_host=host_known)
