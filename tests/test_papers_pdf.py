"""PDF papers: text layer per page, link annotations, wrapped URLs, encryption, scans."""

from __future__ import annotations

import pytest

from evidence_check.papers import read_paper
from evidence_check.papers.pdf import page_text
from papers_make import make_pdf, make_printed_pdf

@pytest.fixture(scope="module")
def names(rules):
    return lambda text: rules.index.by_name(text) is not None


@pytest.fixture(scope="module")
def registry_host(rules):
    return lambda host: rules.index.by_host(host) is not None

def test_text_layer_pages_and_annotations(tmp_path, names):
    path = make_pdf(tmp_path / "UNODC - France.pdf", [
        "Position Paper of France\n"
        "Trafficking is documented by https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_\n"
        "2022_web.pdf and by resolution S/RES/2331 (2016).",
        "As the Council said (S/PV.7526), see the report\n"
        "1 Xinhua News Agency, 12 March 2021.",
        "Again https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf.",
    ], links={1: ["https://www.state.gov/reports/2023-trafficking-in-persons-report/"]})
    paper = read_paper(path, names)
    assert paper.problem is None and paper.delegation == "France"
    assert [(f.text, f.kind, f.locations) for f in paper.citations] == [
        ("https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf", "url",
         ["page 1", "page 3"]),
        ("S/RES/2331 (2016)", "symbol", ["page 1"]),
        ("S/PV.7526", "symbol", ["page 2"]),
        ("Xinhua News Agency", "name", ["page 2"]),
        ("https://www.state.gov/reports/2023-trafficking-in-persons-report/", "url", ["page 2"]),
    ]

def test_annotation_decides_a_hyphen_at_a_line_end(tmp_path):
    text = "Data: https://www.unodc.org/unodc/en/about-\nus/index.html shows it."
    plain = read_paper(make_pdf(tmp_path / "a.pdf", [text]))
    assert [f.text for f in plain.citations] == ["https://www.unodc.org/unodc/en/about-us/index.html"]
    linked = read_paper(make_pdf(tmp_path / "b.pdf", ["Data: https://www.unodc.org/docu-\nments/x.pdf shows it."],
                                 links={0: ["https://www.unodc.org/docu-ments/x.pdf"]}))
    assert [f.text for f in linked.citations] == ["https://www.unodc.org/docu-ments/x.pdf"]
    hyphenated = read_paper(make_pdf(tmp_path / "c.pdf", ["Data: https://www.unodc.org/docu-\nments/x.pdf shows it."]))
    # URLs contain hyphens and word processors do not add them inside one: the hyphen stays
    assert [f.text for f in hyphenated.citations] == ["https://www.unodc.org/docu-ments/x.pdf"]

def test_encrypted_pdf(tmp_path):
    locked = read_paper(make_pdf(tmp_path / "locked.pdf", ["https://www.un.org/"], password="secret"))
    assert locked.problem == "encrypted PDF: remove the password first" and locked.citations == []
    # "protected" with an owner password only: opens with the empty password
    opened = read_paper(make_pdf(tmp_path / "open.pdf", ["https://www.un.org/"], password="", owner_password="x"))
    assert opened.problem is None and [f.text for f in opened.citations] == ["https://www.un.org/"]

@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_an_aes_encrypted_pdf_with_an_empty_password_opens(tmp_path, algorithm):
    """AES PDFs protected against editing only (issue 18, item 10): an internal DependencyError before."""
    opened = read_paper(make_pdf(tmp_path / "aes.pdf", ["https://www.un.org/"], password="", owner_password="x",
                                 algorithm=algorithm))
    assert opened.problem is None and [f.text for f in opened.citations] == ["https://www.un.org/"]
    locked = read_paper(make_pdf(tmp_path / "aes-locked.pdf", ["https://www.un.org/"], password="secret",
                                 algorithm=algorithm))
    assert locked.problem == "encrypted PDF: remove the password first"


def test_image_only_pdf_has_no_text_layer(tmp_path):
    paper = read_paper(make_pdf(tmp_path / "scan.pdf", [None, None]))
    assert paper.problem == "no text layer \u2014 run OCR first" and paper.citations == []
    mostly = read_paper(make_pdf(tmp_path / "mostly.pdf", ["https://www.un.org/", None, None]))
    assert mostly.problem == "no text layer on 2 of 3 pages \u2014 run OCR first"
    assert [f.text for f in mostly.citations] == ["https://www.un.org/"]

def test_max_pages(tmp_path):
    pages = [f"Page {n} https://www.un.org/page{n}" for n in range(1, 6)]
    paper = read_paper(make_pdf(tmp_path / "long.pdf", pages), max_pages=3)
    assert paper.problem == "(only the first 3 pages read)"
    assert [f.locations for f in paper.citations] == [["page 1"], ["page 2"], ["page 3"]]
    assert read_paper(make_pdf(tmp_path / "short.pdf", pages[:3]), max_pages=3).problem is None

@pytest.mark.parametrize("content", [b"%PDF-1.7\n garbage", b"%PDF-", b"not a pdf at all \x00\x01"])
def test_corrupt_pdf_is_a_problem(tmp_path, content):
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    paper = read_paper(path)
    assert paper.problem and paper.citations == []

def test_a_200_page_pdf_keeps_every_place(tmp_path, names):
    line = ("The delegation notes that trafficking in persons remains a grave concern in the region, "
            "and cites S/RES/2331 (2016).")
    page = "\n".join([line] * 40 + ["See https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_",
                                   "2022_web.pdf", "1 Xinhua News Agency, 12 March 2021."])
    path = make_pdf(tmp_path / "big.pdf", [page] * 200, links={n: ["https://www.un.org/en/"] for n in range(200)})
    paper = read_paper(path, names)  # its speed is measured by bench/papers.py
    assert paper.problem is None
    assert len(paper.citations) == 4 and len(paper.citations[0].locations) == 200


# A page as a browser prints it (issue 17): ligature glyphs in words and in addresses, addresses
# wrapped wherever the line was full (inside a host, inside a word, after "-", "/" or "https://"),
# and a word hyphenated by the browser (U+2010 at the line end).
PRINTED = (
    "Position Paper of Brazil\n"
    "Trafficking profits flow through official financial networks, and the traf\u2010\n"
    "fickers move them (https://www.reuter\n"
    "s.com/world/europe/traffickers-jailed-2023-08-14/). The Office reports it at\n"
    "https://www.unodc.org/unodc/en/human-traffick\n"
    "ing/index.html and in https://www.state.gov/reports/2023-trafficking-in-persons-\n"
    "report/ while refugees are counted at https://www.unhcr.org/\n"
    "refugee-statistics/ and migrants at https://\n"
    "www.iom.int/migrant-smuggling-officials. Whole: https://www.ohchr.org/en/trafficking.\n"
    "1 United Nations Office on Drugs and Crime, Global Report on Trafficking in Persons 2022."
)
WHOLE = [
    "https://www.reuters.com/world/europe/traffickers-jailed-2023-08-14/",
    "https://www.unodc.org/unodc/en/human-trafficking/index.html",
    "https://www.state.gov/reports/2023-trafficking-in-persons-report/",
    "https://www.unhcr.org/refugee-statistics/",
    "https://www.iom.int/migrant-smuggling-officials",
    "https://www.ohchr.org/en/trafficking",
]


@pytest.mark.parametrize("annotated", [True, False])
def test_a_browser_printed_pdf_with_ligatures_and_wrapped_urls(tmp_path, names, registry_host, annotated):
    """Every address whole, no fragment ("https://www.reuter", "s.com/world/europe"), names read
    through their ligatures ("Oﬃce"); with the browser's link annotations and from the text alone."""
    path = make_printed_pdf(tmp_path / "Brazil.pdf", [PRINTED], links={0: WHOLE} if annotated else None)
    paper = read_paper(path, names, known_host=registry_host)
    assert paper.problem is None
    assert [f.text for f in paper.citations if f.kind == "url"] == WHOLE
    assert [f.text for f in paper.citations if f.kind != "url"] == ["United Nations Office on Drugs and Crime"]
    assert all("\ufb00" > ch or ch > "\ufb06" for f in paper.citations for ch in f.context)


def test_the_printed_pdf_really_has_ligatures_in_its_text_layer(tmp_path):
    from pypdf import PdfReader

    path = make_printed_pdf(tmp_path / "p.pdf", ["official traffickers https://www.unodc.org/traffick"])
    assert PdfReader(path).pages[0].extract_text() == "o\ufb03cial tra\ufb03ckers https://www.unodc.org/tra\ufb03ck"
    assert [f.text for f in read_paper(path).citations] == ["https://www.unodc.org/traffick"]


@pytest.mark.parametrize("text, expected", [
    # PDFium's joined hyphen (U+FFFE) goes back to the hyphen and the line end it stood for
    ("a docu\ufffements b", "a docu-\nments b"),
    ("https://www.unodc.org/docu\ufffements/x.pdf", "https://www.unodc.org/docu-\nments/x.pdf"),
    ("x\ufffe", "x"),  # not between letters: a glyph with no Unicode value, not a hyphen
    # a browser's hyphenation (U+2010 only at line ends) is a soft hyphen; any other U+2010 is "-"
    ("the traf\u2010\nfickers", "the traf\xad\nfickers"),
    ("well\u2010known and traf\u2010\nfickers", "well-known and traf-\nfickers"),
    ("non\u2011breaking", "non-breaking"),
    # NFKC on words, never on an address already whole; superscript note numbers stay
    ("\ufb01nancial \uff35\uff2e and https://ja.wikipedia.org/wiki/\uff76\uff80\uff76\uff85 \uff76\uff80",
     "financial UN and https://ja.wikipedia.org/wiki/\uff76\uff80\uff76\uff85 \u30ab\u30bf"),
    ("S/RES/2331\u00b9 (2016) \u00b2", "S/RES/2331\u00b9 (2016) \u00b2"),
    ("https://www.un.org/en/\u00a0about-us/x \ufb01", "https://www.un.org/en/\u00a0about-us/x fi"),
    ("line\r\nnext", "line\nnext"),
])
def test_page_text_gives_the_lines_the_break_repair_reads(text, expected):
    assert page_text(text, []) == expected


def test_a_hyphen_pdfium_cannot_tell_from_a_soft_one_is_settled_by_an_annotation_or_the_file():
    text = "https://www.unodc.org/documents/traf\ufffeficking/x.pdf"
    asked = []

    def second(written):
        return lambda: asked.append(1) or written

    assert page_text(text, [], second("https://www.unodc.org/documents/traf\xad\nficking/x.pdf")) == \
        "https://www.unodc.org/documents/traf\xad\nficking/x.pdf"
    assert page_text(text, [], second("https://www.unodc.org/documents/traf-\nficking/x.pdf")) == \
        "https://www.unodc.org/documents/traf-\nficking/x.pdf"
    asked.clear()
    assert page_text(text, ["https://www.unodc.org/documents/trafficking/x.pdf"], second("")) == \
        "https://www.unodc.org/documents/traf-\nficking/x.pdf"  # the annotation decides later
    assert page_text("a docu\ufffements", [], second("")) == "a docu-\nments"
    assert asked == []  # prose, or an address an annotation settles: the file is not read twice


@pytest.mark.parametrize("hyphen, joined, reads", [("-", "docu-ments", 1), ("\xad", "documents", 4)])
def test_the_second_reader_reads_pages_only_while_the_file_writes_soft_hyphens(tmp_path, monkeypatch, hyphen,
                                                                              joined, reads):
    """No annotation settles these breaks: pypdf tells a hyphen from a soft hyphen, for one page when the
    file shows none (a 50-page paper would otherwise be read twice), for every page when it does."""
    from pypdf import PageObject

    calls = []
    extract = PageObject.extract_text
    monkeypatch.setattr(PageObject, "extract_text", lambda self, *a, **k: calls.append(1) or extract(self, *a, **k))
    pages = [f"See https://www.unodc.org/docu{hyphen}\nments/report{n}.pdf now." for n in range(4)]
    paper = read_paper(make_pdf(tmp_path / "p.pdf", pages))
    assert [f.text for f in paper.citations] == [f"https://www.unodc.org/{joined}/report{n}.pdf" for n in range(4)]
    assert len(calls) == reads
