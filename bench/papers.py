"""Position papers: PDF text through PDFium against pypdf, and `check --from` a PDF against `check URL`.

    python bench/papers.py [--pages 50] [--citations 200] [--pairs 7] [--cli-pairs 7] [--plain]

The paper is made the way a browser prints one (tests/papers_make.make_printed_pdf): a Type0
font whose ToUnicode map gives ligature glyphs their own code points ("o\\ufb03cial"), one text
object per line, each address wrapped where its line is full (inside the host, inside a word,
after "/", "-" or "https://", or not at all) and a link annotation for each address (--no-links:
none; --plain: the simple one-font PDF of the tests, no annotations). A and B run interleaved, --pairs times, after
one warm-up of each; a ratio is the median of the per-pair ratios B / A, with their min-max, so
the drift of a shared machine cancels out.

1. reading: `read_paper` (PDFium) against the same scan over pypdf's text and annotations (the
   reader before PDFium), CPU time in this process, under the default ruleset's predicates as
   `check --from` uses them; with the addresses found whole and any other URL citation (a
   fragment such as "https://www.reuter" or an address garbled by a ligature).
2. the CLI: `evidence-check check --from paper.pdf` against `evidence-check check URL` (start-up),
   CPU time of the child process (and wall time); issue 17's goal is at most 3 x.
3. the same citations as .docx footnotes, for reference (median ms of --pairs runs).
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

SOURCES = [
    "https://www.unodc.org/documents/data-and-analysis/glotip/2022/report-{n}-trafficking.pdf",
    "https://www.reuters.com/world/europe/officials-traffickers-story-{n}/",
    "https://en.wikipedia.org/wiki/Human_trafficking_{n}",
    "https://www.state.gov/reports/2023-trafficking-in-persons-report-{n}/",
    "https://www.unhcr.org/refugee-statistics/official-figures-{n}/",
    "https://www.iom.int/news/migrant-smuggling-{n}",
]
PROSE = ("Member States reaffirmed their commitment to counter the financial flows of traffickers and "
         "the official efforts of affected communities, as resolution A/RES/55/25 and the office's reports show. ")


def address(n: int) -> str:
    return SOURCES[n % len(SOURCES)].format(n=n)


def cut(url: str, n: int) -> int:
    """Where the line is full: 0 (the address starts the next line) or a place inside it."""
    host_end = url.index("/", 8)
    shape = n % 6
    if shape == 0:
        return 0
    if shape == 1:
        return host_end - 3  # inside the host: "https://www.reuter" / "s.com/..."
    if shape == 2:
        return url.index("/", host_end + 1) + 1  # after a "/"
    if shape == 3:
        return len("https://")
    if shape == 4:
        dash = url.find("-", host_end)
        return dash + 1 if dash > 0 else host_end + 1  # after a "-"
    return len(url) - 6  # inside the last word


def paper_pages(pages: int, citations: int) -> tuple[list[str], dict[int, list[str]], list[str]]:
    per_page = max(1, citations // pages)
    texts, links, urls = [], {}, []
    number = 0
    for page in range(pages):
        lines = []
        for _ in range(per_page):
            url = address(number)
            urls.append(url)
            links.setdefault(page, []).append(url)
            split = cut(url, number)
            head = PROSE[:60] + " (see " + url[:split] if split else PROSE[:80] + " (see"
            lines += [PROSE[:90], head, url[split:] + f") and note {number + 1}.", PROSE[20:110]]
            if number % 4 == 0:
                lines.append(f"{number + 1} Xinhua News Agency, 12 March 2021.")
            number += 1
        lines += [PROSE[(k * 7) % 60:(k * 7) % 60 + 90] for k in range(46 - len(lines))]
        texts.append("\n".join(lines))
    return texts, links, urls


def pypdf_blocks(data: bytes, max_pages: int = 500):
    """The reader before PDFium: pypdf's text layer and /URI annotations, one block a page."""
    from pypdf import PdfReader

    from evidence_check.papers.scan import Block

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    blocks = []
    for index, page in enumerate(reader.pages[:max_pages]):
        text = page.extract_text() or ""
        uris = []
        for ref in page.get("/Annots") or ():
            annotation = ref.get_object()
            action = annotation.get("/A")
            action = action.get_object() if action is not None else None
            if annotation.get("/Subtype") == "/Link" and action and action.get("/S") == "/URI":
                uris.append(str(action["/URI"]))
        blocks.append(Block(text, f"page {index + 1}", [(u, "", len(text)) for u in uris], entry="lines"))
    return blocks


def pairs(a, b, count: int) -> tuple[list[float], list[float]]:
    """CPU seconds of a() and b(), interleaved (the order flips every pair), after one warm-up each."""
    a(), b()
    times_a, times_b = [], []
    for number in range(count):
        order = ((a, times_a), (b, times_b)) if number % 2 == 0 else ((b, times_b), (a, times_a))
        for function, times in order:
            start = time.process_time()
            function()
            times.append(time.process_time() - start)
    return times_a, times_b


def ratio(times_a: list[float], times_b: list[float]) -> str:
    ratios = [b / a for a, b in zip(times_a, times_b) if a > 0]
    return f"{statistics.median(ratios):5.2f} x (min {min(ratios):.2f}, max {max(ratios):.2f}, {len(ratios)} pairs)"


def child(command: list[str]) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one run of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--citations", type=int, default=200)
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--cli-pairs", type=int, default=7)
    parser.add_argument("--plain", action="store_true", help="the tests' simple PDF (one font, no annotations)")
    parser.add_argument("--no-links", action="store_true", help="the printed PDF without link annotations")
    args = parser.parse_args()

    from papers_make import fnref, make_docx, make_pdf, make_printed_pdf, para

    from evidence_check import load_rules
    from evidence_check.paper_check import readers
    from evidence_check.papers import _collect, read_paper

    rules = load_rules()
    reading = readers(rules)
    texts, links, urls = paper_pages(args.pages, args.citations)
    expected = set(urls)
    with tempfile.TemporaryDirectory() as folder:
        if args.plain:
            pdf = make_pdf(Path(folder) / "paper.pdf", texts)
        else:
            pdf = make_printed_pdf(Path(folder) / "paper.pdf", texts, links=None if args.no_links else links)
        data = pdf.read_bytes()
        kind = "plain" if args.plain else "printed, no link annotations" if args.no_links else "printed"
        print(f"paper: {args.pages} pages, {len(urls)} addresses ({kind}), "
              f"{len(data) // 1024} KB")

        def old():
            return _collect(pypdf_blocks(data), reading["names"], reading["known_host"], reading["listed"])

        def new():
            return read_paper(pdf, **reading).citations

        for name, function in (("pypdf (before)", old), ("PDFium (now)", new)):
            found = function()
            found_urls = [f.text for f in found if f.kind == "url"]
            whole = len(expected.intersection(found_urls))
            other = [u for u in found_urls if u not in expected]
            print(f"  {name:<15} {whole}/{len(urls)} addresses whole, {len(other)} other URL citations"
                  f"{' e.g. ' + ', '.join(other[:3]) if other else ''}")
        times_old, times_new = pairs(old, new, args.pairs)
        print(f"1. reading, PDFium / pypdf:        {ratio(times_old, times_new)}"
              f"   medians {statistics.median(times_old) * 1000:.0f} ms / {statistics.median(times_new) * 1000:.0f} ms")

        python = sys.executable
        exe = shutil.which("evidence-check", path=os.path.dirname(python)) or "evidence-check"
        start_up = [exe, "check", "https://www.reuters.com/world/"]
        paper = [exe, "check", "--from", str(pdf), "--fail-on", "none"]
        child(start_up), child(paper)  # warm-up: the compiled-ruleset cache
        cpu_a, cpu_b, wall_a, wall_b = [], [], [], []
        for number in range(args.cli_pairs):
            order = ((start_up, cpu_a, wall_a), (paper, cpu_b, wall_b))
            for command, cpu, wall in (order if number % 2 == 0 else order[::-1]):
                seconds, elapsed = child(command)
                cpu.append(seconds)
                wall.append(elapsed)
        print(f"2. check --from paper.pdf / check URL, CPU:  {ratio(cpu_a, cpu_b)}"
              f"   medians {statistics.median(cpu_b) * 1000:.0f} ms / {statistics.median(cpu_a) * 1000:.0f} ms")
        print(f"   the same, wall time:                    {ratio(wall_a, wall_b)}"
              f"   medians {statistics.median(wall_b) * 1000:.0f} ms / {statistics.median(wall_a) * 1000:.0f} ms")

        body = [para(f"Paragraph {n}: {PROSE}", fnref(n + 1)) for n in range(len(urls))]
        docx = make_docx(Path(folder) / "paper.docx", body, footnotes={n + 1: url for n, url in enumerate(urls)})
        times = []
        for _ in range(args.pairs):
            start = time.process_time()
            read_paper(docx, **reading)
            times.append(time.process_time() - start)
        print(f"3. .docx with the same {len(urls)} addresses as footnotes: {statistics.median(times) * 1000:.0f} ms "
              f"(median of {args.pairs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
