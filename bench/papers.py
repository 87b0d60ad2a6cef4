"""Extraction time for a 50-page paper with 200 citations, as .pdf and as .docx.

    python bench/papers.py [--pages 50] [--citations 200] [--runs 5]

The papers are generated with the same writers the tests use (tests/papers_make.py):
a real text layer and link annotations for the PDF, footnotes for the .docx.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

SOURCES = ["https://www.unodc.org/documents/report-{n}.pdf", "https://www.reuters.com/world/story-{n}/",
           "https://en.wikipedia.org/wiki/Topic_{n}", "Xinhua News Agency, {n} March 2021.",
           "https://www.state.gov/reports/report-{n}/", "A/RES/55/{n}"]


def citation(n: int) -> str:
    return SOURCES[n % len(SOURCES)].format(n=n)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--citations", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from papers_make import fnref, make_docx, make_pdf, para

    from evidence_check import load_rules
    from evidence_check.papers import read_paper

    rules = load_rules()

    def names(text: str) -> bool:
        return rules.index.by_name(text) is not None

    per_page = max(1, args.citations // args.pages)
    filler = "Member States reaffirmed their commitment to counter transnational organized crime. " * 3
    with tempfile.TemporaryDirectory() as folder:
        pages, number = [], 0
        for _ in range(args.pages):
            lines = []
            for _ in range(per_page):
                lines += [filler[:90], f"[{number + 1}] {citation(number)}"]
                number += 1
            pages.append("\n".join(lines + [filler[:90]] * 30))
        pdf = make_pdf(Path(folder) / "paper.pdf", pages)
        body = [para(f"Paragraph {n}: {filler}", fnref(n + 1)) for n in range(args.citations)]
        docx = make_docx(Path(folder) / "paper.docx", body,
                         footnotes={n + 1: citation(n) for n in range(args.citations)})
        for path in (pdf, docx):
            times, found = [], 0
            for _ in range(args.runs):
                start = time.perf_counter()
                paper = read_paper(path, names=names)
                times.append(time.perf_counter() - start)
                found = len(paper.citations)
            print(f"{path.suffix:<6} {args.pages} pages / {args.citations} citations: "
                  f"{statistics.mean(times) * 1000:7.1f} ms (mean of {args.runs}), {found} distinct citations found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
