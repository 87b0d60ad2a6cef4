"""Text, Markdown and HTML papers, standard input, folders and delegations."""

from __future__ import annotations

import pytest

from evidence_check.papers import SUPPORTED, find_papers, read_paper, read_text
from evidence_check.papers.delegation import guess


@pytest.fixture(scope="module")
def names(rules):
    return lambda text: rules.index.by_name(text) is not None


def cited(paper):
    return [(f.text, f.kind, f.locations) for f in paper.citations]


def test_txt_bare_urls_with_lines(tmp_path, names):
    path = tmp_path / "position_paper_united_states.txt"
    path.write_text(
        "The United States relies on www.state.gov/reports/ and\n"
        "https://www.unodc.org/unodc/en/human-trafficking/ (the UNODC page).\n"
        "\n"
        "Works Cited\n"
        "Xinhua News Agency, 12 March 2021.\n"
        "Again www.state.gov/reports/.\n", encoding="utf-8")
    paper = read_paper(path, names)
    assert paper.problem is None and paper.delegation == "united states"
    assert cited(paper) == [
        ("www.state.gov/reports/", "url", ["line 1", "line 6"]),
        ("https://www.unodc.org/unodc/en/human-trafficking/", "url", ["line 2"]),
        ("Xinhua News Agency", "name", ["line 5"]),
    ]
    assert paper.citations[1].context == "https://www.unodc.org/unodc/en/human-trafficking/ (the UNODC page)."


def test_markdown_links_autolinks_and_bare(tmp_path, names):
    path = tmp_path / "China_DISEC.md"
    path.write_text(
        "# Position of China\n"
        "See [the report](https://www.unodc.org/glotip.html), <https://news.un.org/en/story/2023/01/1132587>\n"
        "and https://en.wikipedia.org/wiki/Human_trafficking_(disambiguation).\n"
        "[https://www.reuters.com/world/](https://www.reuters.com/world/) twice; **https://www.un.org/**\n"
        "\n"
        "## References\n"
        "[^1]: TASS, 2 June 2021.\n"
        "- U.S. Department of State. Trafficking in Persons Report. 2023.\n", encoding="utf-8")
    paper = read_paper(path, names)
    assert paper.delegation == "China"
    assert cited(paper) == [
        ("https://www.unodc.org/glotip.html", "url", ["line 2"]),
        ("https://news.un.org/en/story/2023/01/1132587", "url", ["line 2"]),
        ("https://en.wikipedia.org/wiki/Human_trafficking_(disambiguation)", "url", ["line 3"]),
        ("https://www.reuters.com/world/", "url", ["line 4"]),
        ("https://www.un.org/", "url", ["line 4"]),
        ("TASS", "name", ["line 7"]),
        ("U.S. Department of State", "name", ["line 8"]),
    ]


def test_html_hrefs_and_text(tmp_path, names):
    path = tmp_path / "Brazil.html"
    path.write_text(
        "<html><head><title>x</title><script>var u='https://tracker.example.com/';</script></head>\n"
        "<body><p>Brazil cites <a href=\"https://www.unodc.org/documents/report.pdf\">the report</a>\n"
        "and https://www.un.org/en/ &amp; resolution A/RES/55/25.</p>\n"
        "<p><a href=\"#fn1\">[1]</a> <a href=\"/local/page\">local</a> <a href=\"mailto:x@y.org\">mail</a></p>\n"
        "<h2>References</h2><ol><li>BBC, 3 May 2020.</li>\n"
        "<li><a href='https://www.bbc.com/news/world'>https://www.bbc.com/news/world</a></li></ol>\n"
        "</body></html>\n", encoding="utf-8")
    paper = read_paper(path, names)
    assert paper.problem is None and paper.delegation == "Brazil"
    assert cited(paper) == [
        ("https://www.unodc.org/documents/report.pdf", "url", ["line 2"]),
        ("https://www.un.org/en/", "url", ["line 3"]),
        ("A/RES/55/25", "symbol", ["line 3"]),
        ("BBC", "name", ["line 5"]),
        ("https://www.bbc.com/news/world", "url", ["line 6"]),
    ]
    assert paper.citations[0].context.startswith("Brazil cites the report")


def test_read_text_for_standard_input(names):
    paper = read_text("one https://www.un.org/\nNotes\n1 Reuters, 2021\n", "-", names)
    assert paper.path == "-" and paper.delegation is None
    assert cited(paper) == [("https://www.un.org/", "url", ["line 1"]), ("Reuters", "name", ["line 3"])]
    assert read_text("", "-").problem == "empty file"
    assert read_text("\x00\x01\x02binary\x00", "-").problem == "binary file, not text"


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"  \n\n\t", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file, not text"),
    ("page.html", bytes(range(256)) * 8, "binary file, not text"),
    ("old.doc", b"whatever", "a Word 97-2003 .doc file: save it as .docx or PDF; "
                              "read: .docx, .pdf, .html, .htm, .md, .txt"),
    ("missing.txt", None, "no such file"),
])
def test_unreadable_files_are_problems(tmp_path, name, content, problem):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    paper = read_paper(path)
    assert paper.problem == problem and paper.citations == []


def test_encodings(tmp_path):
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes("see https://www.un.org/fr/ \u00e9t\u00e9\n".encode("utf-16"))
    assert [f.text for f in read_paper(utf16).citations] == ["https://www.un.org/fr/"]
    cp1252 = tmp_path / "win.txt"
    cp1252.write_bytes("\u201cquoted\u201d https://www.un.org/es/\r\nnext".encode("cp1252"))
    paper = read_paper(cp1252)
    assert paper.problem is None and [f.text for f in paper.citations] == ["https://www.un.org/es/"]


def test_a_pdf_named_txt_is_read_as_pdf(tmp_path):
    from papers_make import make_pdf

    pdf = make_pdf(tmp_path / "real.pdf", ["https://www.un.org/"])
    renamed = tmp_path / "paper.txt"
    renamed.write_bytes(pdf.read_bytes())
    assert [f.text for f in read_paper(renamed).citations] == ["https://www.un.org/"]


def test_find_papers(tmp_path):
    for name in ("b.PDF", "a.docx", "sub/c.md", "sub/d.htm", "notes.odt", ".hidden/e.txt", "~$a.docx",
                 "sub/.f.txt", "z.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in find_papers(tmp_path)] == [
        "a.docx", "b.PDF", "sub/c.md", "sub/d.htm", "z.txt"]
    assert find_papers(tmp_path / "a.docx") == [tmp_path / "a.docx"]
    assert find_papers(tmp_path / "notes.odt") == []
    assert SUPPORTED == (".docx", ".pdf", ".html", ".htm", ".md", ".txt")


@pytest.mark.parametrize("name, raw", [
    ("Russia_UNODC.docx", "Russia"),
    ("UNODC - France.pdf", "France"),
    ("position_paper_united_states.docx", "united states"),
    ("UnitedKingdom-GA3-final-v2.docx", "United Kingdom GA3"),
    ("DISEC.pdf", None),
])
def test_delegation_without_a_country_table(name, raw):
    assert guess(name) == raw


def test_delegation_with_a_country_table(rules):
    from evidence_check.names import fold

    def countries(text):
        return rules.countries.by_key.get(fold(text))

    assert guess("GA_France.docx", countries) == "France"  # not Gabon's code "GA"
    assert guess("position_paper_united_states.docx", countries) == "united states"
    assert guess("UnitedKingdom-GA3-final-v2.docx", countries) == "United Kingdom"
    assert guess("Iran (Islamic Republic of) - UNODC.pdf", countries) == "Iran Islamic Republic of"
    assert guess("DISEC.pdf", countries) is None
    path_paper = read_paper("/nonexistent/Russia_UNODC.docx", countries=countries)
    assert path_paper.delegation == "Russia" and path_paper.problem == "no such file"
