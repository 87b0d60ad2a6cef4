"""Word papers: body, tables, footnotes, endnotes and hyperlink targets, read from the XML."""

from __future__ import annotations

import zipfile

import pytest

from evidence_check.papers import read_paper
from papers_make import enref, fnref, link, make_docx, para, table


@pytest.fixture(scope="module")
def names(rules):
    from evidence_check.classify import Classifier

    return Classifier(rules).source_in  # what check --from and extract use


def by_text(paper):
    return {found.text: found for found in paper.citations}


def test_body_tables_footnotes_endnotes_and_link_targets(tmp_path, names):
    path = make_docx(
        tmp_path / "Russia_UNODC.docx",
        body=[
            para("Position of the Russian Federation"),
            para(""),  # empty paragraphs are not counted
            para("Trafficking grows, as UNODC shows at https://www.unodc.org/unodc/en/human-trafficking/.",
                 fnref(1)),
            para("See ", link("rId7", "the Global Report"), " and resolution A/RES/55/25.", enref(1)),
            table(["Source", "Link"], ["Reuters", "https://www.reuters.com/world/"]),
            para("Again: ", link("rId8", "https://www.unodc.org/unodc/en/human-trafficking/"), fnref(2)),
        ],
        links={"rId7": "https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf",
               "rId8": "https://www.unodc.org/unodc/en/human-trafficking/"},
        footnotes={1: "Xinhua News Agency, 12 March 2021.",
                   2: para("Data: ", link("rId3", "state.gov report"))},
        footnote_links={"rId3": "https://www.state.gov/reports/2023-trafficking-in-persons-report/"},
        endnotes={1: "U.S. Department of State. Trafficking in Persons Report. 2023."},
    )
    paper = read_paper(path, names)
    assert paper.problem is None
    assert paper.delegation == "Russia"
    found = by_text(paper)
    assert [f.text for f in paper.citations] == [
        "https://www.unodc.org/unodc/en/human-trafficking/",
        "Xinhua News Agency",
        "https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf",
        "A/RES/55/25",
        "https://www.reuters.com/world/",
        "https://www.state.gov/reports/2023-trafficking-in-persons-report/",
        "U.S. Department of State",
    ]
    unodc = found["https://www.unodc.org/unodc/en/human-trafficking/"]
    assert unodc.kind == "url" and unodc.locations == ["paragraph 2", "paragraph 4"]
    assert found["Xinhua News Agency"].kind == "name"
    assert found["Xinhua News Agency"].locations == ["footnote 1"]
    report = found["https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf"]
    assert report.locations == ["paragraph 3"] and "the Global Report" in report.context
    assert found["A/RES/55/25"].kind == "symbol"
    assert found["https://www.reuters.com/world/"].locations == ["table 1"]
    assert found["https://www.state.gov/reports/2023-trafficking-in-persons-report/"].locations == ["footnote 2"]
    assert found["U.S. Department of State"].locations == ["endnote 1"]
    assert all("\n" not in f.context and len(f.context) <= 120 for f in paper.citations)


def test_footnote_numbers_follow_the_text_not_the_ids(tmp_path):
    path = make_docx(tmp_path / "x.docx",
                     body=[para("First", fnref(7)), para("Second", fnref(3))],
                     footnotes={3: "https://b.example.org/two", 7: "https://a.example.org/one"})
    paper = read_paper(path)
    assert [(f.text, f.locations) for f in paper.citations] == [
        ("https://a.example.org/one", ["footnote 1"]), ("https://b.example.org/two", ["footnote 2"])]


def test_field_code_hyperlinks_and_soft_breaks(tmp_path):
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.un.org/en/about-us" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the UN</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    wrapped = '<w:r><w:t>https://www.unodc.org/documents/</w:t><w:br/><w:t>report_2022.pdf</w:t></w:r>'
    paper = read_paper(make_docx(tmp_path / "x.docx", body=[para("About ", field), "<w:p>" + wrapped + "</w:p>"]))
    assert [f.text for f in paper.citations] == ["https://www.un.org/en/about-us",
                                                 "https://www.unodc.org/documents/report_2022.pdf"]


def test_names_only_in_notes_and_bibliography(tmp_path, names):
    path = make_docx(tmp_path / "France - UNODC.docx", body=[
        para("Reuters reported the numbers."),  # prose: not an entry
        para("Bibliography"),
        para("BBC. “Trafficking in Europe”, 3 May 2020."),
        para("Some Unknown Publisher, 2020."),
        para("TASS, 2 June 2021", style="Bibliography"),
    ])
    paper = read_paper(path, names)
    assert [(f.text, f.kind, f.locations) for f in paper.citations] == [
        ("BBC", "name", ["paragraph 3"]), ("TASS", "name", ["paragraph 5"])]
    assert paper.delegation == "France"


def test_names_not_taken_from_an_entry_with_an_address(tmp_path, names):
    path = make_docx(tmp_path / "x.docx", body=[para("Text", fnref(1))],
                     footnotes={1: "Xinhua News Agency, http://www.xinhuanet.com/english/2021-03/05/c_139785698.htm"})
    paper = read_paper(path, names)
    assert [f.text for f in paper.citations] == ["http://www.xinhuanet.com/english/2021-03/05/c_139785698.htm"]


def test_spaces_in_a_link_target_are_encoded(tmp_path):
    path = make_docx(tmp_path / "x.docx", body=[para(link("rId1", "report"))],
                     links={"rId1": "https://www.example.org/my report.pdf"})
    assert [f.text for f in read_paper(path).citations] == ["https://www.example.org/my%20report.pdf"]


@pytest.mark.parametrize("content, problem", [
    (b"PK\x03\x04 this is not really a zip", "not a valid .docx (corrupt zip)"),
    (b"just some text", "not a valid .docx (corrupt zip)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "not a valid .docx (a Word 97-2003 .doc file: save it as .docx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "encrypted .docx: remove the password first"),
    (b"", "empty file"),
])
def test_bad_docx_files_are_problems(tmp_path, content, problem):
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    paper = read_paper(path)
    assert paper.problem == problem and paper.citations == []


def test_docx_without_document_or_with_broken_xml(tmp_path):
    empty = tmp_path / "a.docx"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert read_paper(empty).problem == "not a valid .docx (no word/document.xml)"
    broken = tmp_path / "b.docx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body>")
    assert read_paper(broken).problem == "not a valid .docx (broken XML in word/document.xml)"


def test_entity_expansion_is_refused(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", bomb)
    assert read_paper(path).problem == "not a valid .docx (unsafe XML in word/document.xml)"
