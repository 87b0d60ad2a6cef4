"""`check --from … --format html`: one self-contained page, escaped, and what a person sees in a real browser.

The browser tests run Debian's headless Chromium (`chromium`). Without it they skip locally
and fail in CI (CI is set by .ci/run, which installs chromium when it is missing).
"""

import os
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser

import pytest

from conftest import FIXTURES, run_cli

NONET = {"PYTHONPATH": str(FIXTURES / "nonet")}
XSS = "<script>alert(1)</script>"
ODD_NAME = 'Qatar_"<>&.txt'

# Three small papers (the owner state comes from the file name):
#   Brazil: 2 rejected (Wikipedia, a newspaper), 1 government (contestable)     -> 3 citations
#   Russia: 1 rejected, UNODC (admissible), Xinhua (conditional), State Dept    -> 4 citations
#   France: UNODC, Reuters (conditional)                                        -> 2 citations
PAPERS = {
    "Brazil_UNODC.md": "# Brazil\n\nSee https://en.wikipedia.org/wiki/Human_trafficking and "
                       "https://www.theguardian.com/world/2022/jul/19/trafficking and "
                       "https://www.state.gov/reports/2023-trafficking-in-persons-report/.\n",
    "Russia_UNODC.md": "# Russia\n\nTrafficking rose [1](https://www.unodc.org/documents/data-and-analysis/glotip/"
                       "2022/GLOTiP_2022_web.pdf).\nSee https://en.wikipedia.org/wiki/Human_trafficking and "
                       "<https://www.state.gov/reports/2023-trafficking-in-persons-report/>.\n\n## Bibliography\n\n"
                       "1. Xinhua News Agency, 12 March 2021.\n",
    "France_UNODC.txt": "https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf\n"
                        "https://www.reuters.com/world/trafficking-report-2022\n",
}


def make_papers(tmp_path, extra: dict | None = None):
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in {**PAPERS, **(extra or {})}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def html_of(exe, *args) -> str:
    result = run_cli(exe, "check", *args, "--format", "html", env=NONET)
    assert result.returncode in (0, 1), result.stderr.decode()
    assert b"Traceback" not in result.stderr
    return result.stdout.decode()


class Page(HTMLParser):
    """What the tests look at in a page: elements with their attributes and text, in order."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self._open: list[dict] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(element)
        if tag not in ("meta", "link", "br", "input", "img"):
            self._open.append(element)

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        for element in self._open:
            element["text"] += data

    def find(self, tag=None, **attrs):
        return [e for e in self.elements if (tag is None or e["tag"] == tag)
                and all(e["attrs"].get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def rows(self, selector_id: str) -> list[dict]:
        """The <tr> elements of the table with this id (by document position)."""
        start = self.elements.index(self.find(id=selector_id)[0])
        end = next((i for i, e in enumerate(self.elements[start + 1:], start + 1) if e["tag"] == "table"),
                   len(self.elements))
        return [e for e in self.elements[start:end] if e["tag"] == "tr"]


# -- in-process: structure, escaping, no external assets -------------------------------------

def test_a_folder_gives_one_page_with_the_overview_first(exe, tmp_path):
    folder = make_papers(tmp_path)
    text = html_of(exe, "--from", str(folder))
    page = Page(text)
    assert text.startswith("<!DOCTYPE html>") and text.count("<html") == 1
    headings = [(e["tag"], e["text"].strip()) for e in page.elements if e["tag"] in ("h1", "h2", "h3")]
    assert headings[0] == ("h1", "Evidence check of 3 papers")
    assert headings[1] == ("h2", "Overview")  # before any paper
    assert [h for t, h in headings if t == "h2"][-3:] == [str(folder / n) for n in sorted(PAPERS)]
    # the overview: papers × counts, most rejected first; every header a column header
    body = [r for r in page.rows("overview")][1:]
    assert [row["text"].split()[0] for row in body] == [str(folder / "Brazil_UNODC.md"),
                                                        str(folder / "Russia_UNODC.md"),
                                                        str(folder / "France_UNODC.txt")]
    assert [h["attrs"].get("scope") for h in page.find("th")] and all(
        h["attrs"].get("scope") in ("col", "row") for h in page.find("th"))
    assert [h["attrs"]["data-key"] for h in page.find("th") if "data-key" in h["attrs"]] == [
        "paper", "citations", "rejected", "contestable", "conditional", "discretion", "problem"]
    assert body[0]["text"].split()[1:4] == ["3", "2", "1"]  # Brazil: 3 citations, 2 rejected, 1 contestable
    # the ruleset in force, and a legend saying each verdict in words
    ruleset = page.find(id="ruleset")[0]["text"]
    assert "DPSH MUN 2022" in ruleset and "default" in ruleset and "--rules" in ruleset
    legend = " ".join(e["text"] for e in page.find("dt"))
    for verdict in ("inadmissible", "conditional", "discretion", "admissible", "invalid"):
        assert verdict in legend
    # filters start hidden (the script shows them): without JS the page is all there
    assert "hidden" in page.find(id="filters")[0]["attrs"]
    assert not page.find(**{"class": "out"})


def test_every_citation_shows_its_verdict_rule_basis_and_place(exe, tmp_path):
    folder = make_papers(tmp_path)
    page = Page(html_of(exe, "--from", str(folder / "Russia_UNODC.md")))
    assert not page.find(id="overview")  # one paper: no overview
    rows = [r for r in page.find("tr") if "data-verdict" in r["attrs"]]
    assert len(rows) == 4
    by_verdict = {r["attrs"]["data-verdict"]: r for r in rows}
    wiki = by_verdict["inadmissible"]["text"]
    assert "Wikipedia" in wiki and "Under no circumstances" in wiki and "Basis:" in wiki
    assert "Where: line 4" in wiki and "✖ inadmissible" in " ".join(wiki.split())
    xinhua = by_verdict["conditional"]
    assert "Xinhua" in xinhua["text"] and "(by name)" in xinhua["text"]
    assert xinhua["attrs"]["data-owner"] == "CHN" and xinhua["attrs"]["data-contestable"] == "1"
    assert "Owner: China" in xinhua["text"] and "except China and Russia" in " ".join(xinhua["text"].split())
    assert "Cited by: Russia (from the file name" in " ".join(p["text"] for p in page.find("p"))


def test_the_fix_list_puts_the_most_serious_first(exe, tmp_path):
    folder = make_papers(tmp_path)
    page = Page(html_of(exe, "--from", str(folder / "Russia_UNODC.md")))
    items = [e for e in page.find("li") if "data-verdict" in e["attrs"]]
    actions = [e["text"].split()[0] for e in items]
    assert actions == ["replace", "back", "back"]  # replace (rejected), then back up (contestable) …
    assert "Wikipedia" in items[0]["text"] or "wikipedia" in items[0]["text"]
    assert "find the UN" in items[0]["text"]  # the row's hint is the reason
    assert "another country may deny it" in items[1]["text"] + items[2]["text"]
    # a conditional source nobody may deny is still one to check
    france = Page(html_of(exe, "--from", str(folder / "France_UNODC.txt")))
    checks = [e["text"] for e in france.find("li") if "data-verdict" in e["attrs"]]
    assert len(checks) == 1 and checks[0].startswith("check") and "reuters" in checks[0].lower()
    assert "the chair will check that the article clearly mentions" in checks[0]


def test_untrusted_text_is_escaped_never_markup(exe, tmp_path, rules):
    folder = make_papers(tmp_path, {ODD_NAME: f"See https://example.org/a{XSS} and\n\n1. {XSS} News Agency\n"})
    text = html_of(exe, "--from", str(folder))
    assert XSS not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert ODD_NAME not in text and "Qatar_&#34;&lt;&gt;&amp;.txt" in text
    assert text.count("<script") == 1  # ours, at the end
    # a citation that is itself markup, or a javascript: URL, straight through the renderer
    from evidence_check import Checker
    from evidence_check.paper_check import PaperResult
    from evidence_check.papers.scan import Found
    from evidence_check.report.html import render

    checker = Checker(rules)
    hostile = [XSS, 'javascript:alert(1)', '"><img src=x onerror=alert(1)>', "https://x.org/\"onmouseover='a'"]
    result = PaperResult('a"<b>&.md', None, None, None)
    result.rows = [(Found(h, "url", [f"line {i}"], h), checker.check(h, None)) for i, h in enumerate(hostile, 1)]
    page = render([result], rules.countries, {"ruleset": {"id": "<i>x</i>", "title": XSS, "path": None,
                                                          "chain": []}, "context": {"text": XSS}})
    assert XSS not in page and "<img" not in page and "<i>" not in page and 'a"<b>' not in page
    assert not [a for a in Page(page).find("a") if a["attrs"].get("href", "").startswith("javascript")]
    assert not [e for e in Page(page).elements if any(k.startswith("on") for k in e["attrs"])]


def test_nothing_is_loaded_from_anywhere(exe, tmp_path):
    folder = make_papers(tmp_path)
    text = html_of(exe, "--from", str(folder))
    page = Page(text)
    assert not [e for e in page.find("script") if "src" in e["attrs"]]
    assert not [e for e in page.find("link") if e["attrs"].get("rel") != "icon" or
                not e["attrs"].get("href", "").startswith("data:")]
    assert not [e for e in page.elements if e["tag"] in ("img", "iframe", "object", "embed", "video", "audio")]
    assert "@import" not in text and not re.search(r"url\(\s*['\"]?\s*(https?:)?//", text)
    assert not re.search(r"""\s(src|srcset|poster|data|action)\s*=\s*["']?(https?:)?//""", text)
    # the only external addresses are the cited pages, as links a person may follow
    for element in page.elements:
        for name, value in element["attrs"].items():
            if value and re.match(r"\s*(https?:)?//", value):
                assert (element["tag"], name) == ("a", "href"), (element["tag"], name, value)
    # a Content-Security-Policy that allows our inline style and script by hash, and nothing else
    csp = page.find("meta", http_equiv="Content-Security-Policy")[0]["attrs"]["content"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "http" not in csp
    import base64
    import hashlib

    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", text, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in csp


def test_html_needs_papers(exe):
    result = run_cli(exe, "check", "https://www.unodc.org/", "--format", "html", env=NONET)
    assert result.returncode == 2 and b"--format html is for papers" in result.stderr


def test_the_template_ships_with_the_package():
    from importlib.resources import files

    assert files("evidence_check.report").joinpath("templates", "report.html.j2").is_file()


# -- a real browser ---------------------------------------------------------------------------

def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed, and CI is set: the browser tests must run (.ci/run installs it)")
    pytest.skip("chromium is not installed (apt-get install chromium); CI installs it and runs these tests")


FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
         "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND",
         "--enable-logging=stderr", "--v=0")


def browse(tmp_path, runs: dict[str, list[str]]) -> dict[str, tuple[str, str]]:
    """Run Chromium once per entry, all at the same time; each name -> (stdout, stderr)."""
    browser = chromium()
    started = {}
    for name, args in runs.items():
        profile = tmp_path / f"profile-{name}"
        started[name] = subprocess.Popen([browser, *FLAGS, f"--user-data-dir={profile}", *args],
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    done = {}
    for name, process in started.items():
        try:
            out, err = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            pytest.fail(f"chromium did not finish ({name}): {err.decode(errors='replace')[-2000:]}")
        done[name] = (out.decode(errors="replace"), err.decode(errors="replace"))
    return done


def console_messages(stderr: str) -> list[str]:
    """Chromium's log lines for the page's console (errors, uncaught exceptions, CSP refusals)."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def png_pixels(path, top: int) -> tuple[int, int, list[bytes]]:
    """(width, height, the `top` rows of RGB pixels) of an 8-bit RGB or RGBA PNG, decoded with zlib
    (the first rows only: pure Python is slow, and they hold the title, the filters, the overview)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * step
    rows, previous = [], bytearray(stride)
    for y in range(min(top, height)):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - step] if x >= step else 0
            up = previous[x]
            corner = previous[x - step] if x >= step else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, [bytes(b for i, b in enumerate(row) if i % step < 3) for row in rows]


def test_in_a_real_browser(exe, tmp_path):
    """What a person sees: the overview sorted, a filter from the URL hiding rows, no console
    errors, screenshots at desktop and phone size that are not blank, and a printout with every row."""
    browser = chromium()
    assert browser
    folder = make_papers(tmp_path)
    report = tmp_path / "report.html"
    report.write_text(html_of(exe, "--from", str(folder)), encoding="utf-8")
    control = tmp_path / "control.html"  # proves the console check can see an error at all
    control.write_text("<!DOCTYPE html><p>x</p><script>undefinedFunction()</script>", encoding="utf-8")
    url = report.as_uri()
    pdf = tmp_path / "printed.pdf"
    shots = {"desktop": (tmp_path / "desktop.png", "1280,800"), "phone": (tmp_path / "phone.png", "390,844")}
    results = browse(tmp_path, {
        "dom": ["--dump-dom", url + "#verdict=inadmissible&sort=citations&dir=asc"],
        "control": ["--dump-dom", control.as_uri()],
        **{name: [f"--screenshot={path}", f"--window-size={size}", url] for name, (path, size) in shots.items()},
        "print": ["--no-pdf-header-footer", f"--print-to-pdf={pdf}", url + "#verdict=inadmissible"],
    })

    # (a) the page's script ran: filters shown, overview re-sorted, other verdicts hidden
    dom, stderr = results["dom"]
    page = Page(dom)
    assert "hidden" not in page.find(id="filters")[0]["attrs"]
    body = page.rows("overview")[1:]
    assert [row["text"].split()[0] for row in body] == [str(folder / "France_UNODC.txt"),
                                                        str(folder / "Brazil_UNODC.md"),
                                                        str(folder / "Russia_UNODC.md")]  # 2, 3, 4 citations
    sorted_by = [h for h in page.find("th") if h["attrs"].get("aria-sort")]
    assert [(h["attrs"]["data-key"], h["attrs"]["aria-sort"]) for h in sorted_by] == [("citations", "ascending")]
    assert page.find("button")  # sort buttons were added to the headers
    rows = [r for r in page.find("tr") if "data-verdict" in r["attrs"]]
    assert len(rows) == 9
    shown = [r for r in rows if "out" not in r["attrs"].get("class", "").split()]
    assert len(shown) == 3 and {r["attrs"]["data-verdict"] for r in shown} == {"inadmissible"}
    assert "Showing 3 of 9 citations." in page.find(id="f-status")[0]["text"]
    assert page.find("select", id="f-verdict")

    # (b) no console errors about the page (and the check does see one on a broken page)
    assert console_messages(stderr) == [], stderr[-3000:]
    assert [m for m in console_messages(results["control"][1]) if "undefinedFunction" in m]

    # (c) screenshots at 1280×800 and 390×844: real pictures, not a blank page
    for name, (path, size) in shots.items():
        assert path.is_file(), (name, results[name][1][-2000:])
        assert path.stat().st_size > 10_000, (name, path.stat().st_size)
        width, height, pixels = png_pixels(path, top=240)
        assert (width, height) == tuple(int(n) for n in size.split(",")), name
        sample = [row[x:x + 3] for row in pixels[::4] for x in range(0, len(row), 3 * 4)]
        colours = set(sample)
        inked = sum(1 for p in sample if p != b"\xff\xff\xff") / len(sample)
        assert len(colours) > 8 and inked > 0.03, (name, len(colours), inked)
        assert console_messages(results[name][1]) == [], results[name][1][-3000:]

    # (d) printed, the page has every row (the filter is for the screen) and no filter controls
    from pypdf import PdfReader

    import unicodedata

    printed = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in PdfReader(pdf).pages))
    printed = " ".join(printed.split())  # NFKC: the PDF's "ﬃ" ligatures as letters
    assert "United Nations Office on Drugs and Crime" in printed  # admissible, hidden on screen by the filter
    assert "Wikipedia" in printed and "all verdicts" not in printed and "Show all" not in printed


@pytest.mark.parametrize("status", [None, "ok", "not found", "timeout", "blocked"])
def test_the_page_and_the_table_give_every_row_the_same_action(rules, status):
    """One rule for what to do with a citation (report.advice.action), whatever the format:
    a dead link to a source another delegation may deny is checked first, in both."""
    from evidence_check import Checker, Context
    from evidence_check.report import advice, html
    from evidence_check.report.records import record

    checker = Checker(rules, Context(cited_by="FRA", about=("USA",)))
    for text in ("https://www.un.org/en/", "https://www.state.gov/reports/", "https://tass.com/world/1",
                 "https://en.wikipedia.org/wiki/X", "https://unknown-site.example/", "Reuters", "not a url ::"):
        row = record(checker.check(text), rules.countries)
        row["link_status"], row["wayback"] = status, None
        todo = html.fix(row)
        assert (todo[0] if todo else None) == advice.action(row), (text, status)
        if status in ("not found", "timeout") and row["verdict"] != "inadmissible":
            assert advice.action(row) == "check", (text, status)
