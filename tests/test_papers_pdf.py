"""PDF papers: text layer per page, link annotations, wrapped URLs, encryption, scans."""

from __future__ import annotations

import pytest

from evidence_check.papers import read_paper
from papers_make import make_pdf

@pytest.fixture(scope="module")
def names(rules):
    return lambda text: rules.index.by_name(text) is not None

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
