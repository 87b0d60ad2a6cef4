"""`check --from` and `extract` end to end: real papers, a folder, bad files."""

import json

from conftest import FIXTURES, run_cli
from papers_make import fnref, link, make_docx, make_pdf, para

NONET = {"PYTHONPATH": str(FIXTURES / "nonet")}


def folder_of_papers(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    make_docx(folder / "Russia_UNODC.docx",
              [para("Trafficking rose ", fnref(1), "."),
               para(link("rId5", "the UNODC report"), " says so.")],
              footnotes={1: "Xinhua News Agency, 12 March 2021."},
              links={"rId5": "https://www.unodc.org/documents/glotip/2022/GLOTiP_2022_web.pdf"})
    make_pdf(folder / "France_UNODC.pdf",
             ["See https://en.wikipedia.org/wiki/Human_trafficking", "And https://www.reuters.com/world/x"])
    make_pdf(folder / "Scanned_UNODC.pdf", [None, None])
    (folder / "Empty.txt").write_text("", encoding="utf-8")
    return folder


def test_a_folder_of_papers_as_markdown(exe, tmp_path):
    folder = folder_of_papers(tmp_path)
    result = run_cli(exe, "check", "--from", str(folder), "--format", "markdown", env=NONET)
    out = result.stdout.decode()
    err = result.stderr.decode()
    assert result.returncode == 2  # some papers could not be read
    assert "Traceback" not in err
    assert "no text layer — run OCR first" in out  # each paper's problem is in the report
    assert err.strip() == "evidence-check: 2 of 4 paper(s) could not be read (see the report)"
    assert "Empty.txt" in out and "empty file" in out
    assert out.index("## All papers") < out.index("Russia_UNODC.docx")  # the overview first
    russia = out.split("## " + str(folder / "Russia_UNODC.docx"))[1].split("\n## ")[0]
    assert "Cited by Russia, read from the file name" in russia
    assert "footnote 1 (by name)" in russia and "| Xinhua |" in russia
    assert "United Nations Office on Drugs and Crime" in russia
    france = out.split("## " + str(folder / "France_UNODC.pdf"))[1].split("\n## ")[0]
    assert "page 1" in france and "not proof" in france
    assert "may still be quoted in a speech" in france
    table = out.split("## All papers")[1]
    order = [line.split("|")[1].strip() for line in table.splitlines() if line.startswith("| /")]
    assert order[0].endswith(("Empty.txt", "Scanned_UNODC.pdf"))  # problems first
    assert order.index(next(p for p in order if p.endswith("France_UNODC.pdf"))) < \
        order.index(next(p for p in order if p.endswith("Russia_UNODC.docx")))  # rejected before clean


def test_json_keeps_the_paper_on_each_row(exe, tmp_path):
    folder = folder_of_papers(tmp_path)
    result = run_cli(exe, "check", "--from", str(folder / "Russia_UNODC.docx"), "--format", "jsonl", env=NONET)
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert {row["paper"] for row in rows} == {str(folder / "Russia_UNODC.docx")}
    by_input = {row["input"]: row for row in rows}
    xinhua = by_input["Xinhua News Agency"]
    assert xinhua["found_by"] == "name" and xinhua["locations"] == ["footnote 1"]
    assert xinhua["contest"]["except"] == ["CHN", "RUS"]  # cited by Russia, from the file name


def test_cited_by_overrides_the_file_name(exe, tmp_path):
    folder = folder_of_papers(tmp_path)
    result = run_cli(exe, "check", "--from", str(folder / "Russia_UNODC.docx"), "--cited-by", "Qatar",
                     "--format", "json", env=NONET)
    doc = json.loads(result.stdout)
    assert doc["papers"][0]["cited_by"] == "QAT" and doc["papers"][0]["cited_by_from"] == "--cited-by"


def test_extract_lists_citations_with_where(exe, tmp_path):
    folder = folder_of_papers(tmp_path)
    result = run_cli(exe, "extract", str(folder / "Russia_UNODC.docx"), "--format", "jsonl", env=NONET)
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [(r["text"], r["kind"]) for r in rows] == [
        ("Xinhua News Agency", "name"),
        ("https://www.unodc.org/documents/glotip/2022/GLOTiP_2022_web.pdf", "url")]
    assert result.returncode == 0


def test_a_missing_paper_is_a_usage_error(exe, tmp_path):
    result = run_cli(exe, "check", "--from", str(tmp_path / "nope.docx"))
    assert result.returncode == 2 and b"no such file or folder" in result.stderr
