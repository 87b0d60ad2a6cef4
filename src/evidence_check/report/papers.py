"""Reports on position papers: one section per paper, then a table across papers."""

from __future__ import annotations

import csv

from ..countries import Countries
from ..paper_check import PaperResult
from .formats import _cell, dumps, dumps_pretty, ruleset_line, verdict_words
from .records import Recorder, Tally

FORMATS = ("table", "markdown", "json", "jsonl", "csv", "html")


def _row(recorder: Recorder, result: PaperResult, found, verdict) -> dict:
    return {"paper": result.path, **recorder(verdict), "locations": list(found.locations),
            "found_by": found.kind, "context": found.context}


def _tally(result: PaperResult) -> Tally:
    tally = Tally()
    for _, verdict in result.rows:
        tally.add(verdict)
    return tally


def ordered(results: list[PaperResult]) -> list[PaperResult]:
    """Problems first: unreadable papers, then the most rejected, then the most contestable."""
    return sorted(results, key=lambda r: (not r.unreadable, -r.rejected, -r.contestable, r.path))


def markdown(results: list[PaperResult], countries: Countries, meta: dict) -> str:
    recorder = Recorder(countries)
    out = [f"# Evidence check of {len(results)} paper{'s' if len(results) != 1 else ''}", "",
           ruleset_line(meta), ""]
    for result in results:
        out.append(f"## {result.path}")
        out.append("")
        if result.cited_by:
            how = " (from the file name)" if result.cited_by_from == "file name" else ""
            out.append(f"Cited by: {countries.describe(result.cited_by)}{how}  ")
        if result.problem:
            out.append(f"**Problem:** {result.problem}  ")
        if not result.rows:
            out.append("" if result.problem else "No citations found.")
            out.append("")
            continue
        out += ["", "| # | Citation | Where | Publisher | Category | Verdict | Contestable by |",
                "|---:|---|---|---|---|---|---|"]
        hints = []
        for number, (found, verdict) in enumerate(result.rows, 1):
            r = recorder(verdict)
            where = ", ".join(found.locations) + (" (by name)" if found.kind == "name" else "")
            publisher = r["publisher"] or r["domain"] or ""
            words = verdict_words(r) if not r["error"] else f"invalid: {r['error']}"
            if r["link_status"]:
                words += f" (link: {r['link_status']})"
            out.append(f"| {number} | {_cell(found.text)} | {_cell(where)} | {_cell(publisher)} | "
                       f"{_cell(r['category'])} | {_cell(words)} | {_cell(r['contest']['text'])} |")
            if verdict.verdict == "inadmissible":
                hints.append(f"- {found.text}: {r['hint'] or 'not accepted as proof'}")
        out += ["", f"**Summary:** {_tally(result).line()}", ""]
        if hints:
            out += ["Rejected sources:", *hints, ""]
    if len(results) > 1:
        out += ["## All papers", "", "| Paper | Citations | Rejected | Contestable | Problem |",
                "|---|---:|---:|---:|---|"]
        for result in ordered(results):
            out.append(f"| {_cell(result.path)} | {len(result.rows)} | {result.rejected} | {result.contestable} | "
                       f"{_cell(result.problem or '')} |")
        out.append("")
    return "\n".join(out) + "\n"


def write(results: list[PaperResult], countries: Countries, meta: dict, output_format: str, out,
          color: bool | None) -> None:
    recorder = Recorder(countries)
    if output_format == "jsonl":
        for result in results:
            if result.unreadable:
                out.write(dumps({"paper": result.path, "problem": result.problem}) + "\n")
            for found, verdict in result.rows:
                out.write(dumps(_row(recorder, result, found, verdict)) + "\n")
    elif output_format == "json":
        document = {**meta, "papers": [{
            "path": r.path, "cited_by": r.cited_by, "cited_by_from": r.cited_by_from, "problem": r.problem,
            "summary": _tally(r).as_dict(), "rows": [_row(recorder, r, f, v) for f, v in r.rows]}
            for r in results]}
        out.write(dumps_pretty(document) + "\n")
    elif output_format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("paper", "locations", "found_by", "input", "publisher", "category", "owner", "verdict",
                         "conditions", "contestable_by", "problem"))
        for result in results:
            if result.unreadable:
                writer.writerow((result.path, "", "", "", "", "", "", "", "", "", result.problem))
            for found, verdict in result.rows:
                r = recorder(verdict)
                contest = r["contestable_by"]
                writer.writerow((result.path, "; ".join(found.locations), found.kind, found.text, r["publisher"],
                                 r["category"], r["owner"], r["verdict"], "; ".join(r["conditions"]),
                                 " ".join(contest) if contest is not None else r["contest"]["text"],
                                 result.problem or ""))
    elif output_format == "html":
        from . import html

        html.write(results, countries, meta, out)
    else:
        text = markdown(results, countries, meta)
        if output_format == "table" and out.isatty():
            from rich.console import Console
            from rich.markdown import Markdown

            Console(file=out, no_color=color is False or None).print(Markdown(text))
        else:
            out.write(text)


def extract_rows(papers) -> list[dict]:
    """`extract`'s rows: every citation found, with its paper, kind, places and context."""
    return [{"paper": str(p.path), "text": f.text, "kind": f.kind, "locations": list(f.locations),
             "context": f.context} for p in papers for f in p.citations]


def extracted(papers, output_format: str) -> str:
    """`extract`'s output: text (a paper, then its citations with their places), json or jsonl."""
    rows = extract_rows(papers)
    if output_format == "jsonl":
        return "".join(dumps(row) + "\n" for row in rows)
    if output_format == "json":
        return dumps_pretty([{"paper": str(p.path), "problem": p.problem, "delegation": p.delegation,
                              "citations": [r for r in rows if r["paper"] == str(p.path)]} for p in papers]) + "\n"
    lines = []
    for paper in papers:
        lines.append(f"{paper.path}: {len(paper.citations)} citation(s)" + (f" — {paper.problem}" if paper.problem else ""))
        for found in paper.citations:
            by = " (by name)" if found.kind == "name" else " (UN symbol)" if found.kind == "symbol" else ""
            lines.append(f"  {found.text}{by}  [{', '.join(found.locations)}]")
    return "".join(line + "\n" for line in lines)
