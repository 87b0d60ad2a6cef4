"""Reports on position papers: for a folder an overview first, then one section per paper."""

from __future__ import annotations

import csv

from ..countries import Countries
from ..paper_check import PaperResult
from . import advice
from .formats import (_cell, _terminal_width, _wrap, compact, dumps, dumps_pretty, fix_lines, own_rules_line, plain_rows,
                      plain_tail, printable, rich_rows, rich_tail, ruleset_line, terminal, used_rules)
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


def _records(recorder: Recorder, result: PaperResult) -> list[dict]:
    """A paper's rows as the table writers take them: the found text as the input, with places."""
    rows = []
    for found, verdict in result.rows:
        r = recorder(verdict)
        rows.append({**r, "input": found.text, "locations": list(found.locations), "found_by": found.kind})
    return rows


def _delegation(result: PaperResult, countries: Countries) -> str | None:
    if not result.cited_by:
        return None
    if result.cited_by_from == "file name":
        return (f"cited by {countries.describe(result.cited_by)}, read from the file name "
                "(give --cited-by to change it)")
    return f"cited by {countries.describe(result.cited_by)}"


def overview(papers: list[tuple[PaperResult, list[dict]]]) -> list[tuple[str, dict, str]]:
    """(path, action counts, problem) for each paper, in `ordered` order (problems first)."""
    rows_of = {id(result): rows for result, rows in papers}
    return [(result.path, advice.actions_count(rows_of[id(result)]), result.problem or "")
            for result in ordered([result for result, _ in papers])]


def markdown(results: list[PaperResult], countries: Countries, meta: dict) -> str:
    recorder = Recorder(countries)
    papers = [(result, _records(recorder, result)) for result in results]
    out = [f"# Evidence check of {len(results)} paper{'s' if len(results) != 1 else ''}", "",
           ruleset_line(meta) + "  ", own_rules_line(meta), ""]
    if len(results) > 1:
        out += ["## All papers", "", "| Paper | Citations | To replace | To back up | To check | Problem |",
                "|---|---:|---:|---:|---:|---|"]
        for path, counts, problem in overview(papers):
            total = sum(counts.values())
            out.append(f"| {_cell(path)} | {total} | {counts['replace']} | {counts['back up']} | "
                       f"{counts['check']} | {_cell(problem)} |")
        out.append("")
    everything = []
    for result, rows in papers:
        everything += rows
        out += [f"## {_cell(result.path)}", ""]
        who = _delegation(result, countries)
        if who:
            out.append(f"{who[0].upper()}{who[1:]}.  ")
        if result.problem:
            out.append(f"**Problem:** {_cell(result.problem)}  ")
        if not rows:
            out += ["" if result.problem else "No citations found.", ""]
            continue
        fixes = advice.fix_list(rows)
        if fixes:
            out += ["", "To act on, most serious first:", ""]
            out += [f"- **{what}** #{number} {_cell(compact(r, 60))}: {_cell(advice.risk(r))}"
                    for number, what, r in fixes]
        out += ["", "| # | Citation | Where | Publisher | Verdict | Who may deny it | What to do |",
                "|---:|---|---|---|---|---|---|"]
        for number, r in enumerate(rows, 1):
            where = ", ".join(r["locations"]) + (" (by name)" if r["found_by"] == "name" else "")
            publisher = r["publisher"] or r["domain"] or ""
            verdict = advice.label(r) + (f" (link: {r['link_status']})" if r["link_status"] else "")
            out.append(f"| {number} | {_cell(r['input'])} | {_cell(where)} | {_cell(publisher)} | {_cell(verdict)} | "
                       f"{_cell(advice.deniers(r) or '-')} | {_cell(advice.todo(r))} |")
        out += ["", f"**Summary:** {advice.summary(rows)}", ""]
    rules = used_rules(everything)
    if rules:
        out += ["## Rules applied", ""]
        out += [f"- **{rule['category']}** \u2014 \u201c{rule['quote']}\u201d ({rule['cite']})" for rule in rules]
        out.append("")
    return "\n".join(out) + "\n"


def table(results: list[PaperResult], countries: Countries, meta: dict, out, color: bool | None,
          quiet: bool = False) -> None:
    """check --from at a terminal (coloured) or piped (plain text): the overview first for a
    folder, then each paper with its fix list and table, then the rules applied, once."""
    recorder = Recorder(countries)
    papers = [(result, _records(recorder, result)) for result in results]
    rich = out.isatty() or color is True
    console = terminal(out, color) if rich else None
    width = console.width if console else _terminal_width(out)

    def say(text: str = "", style: str = "", wrap: bool = True) -> None:
        if console is not None:
            from rich.text import Text

            console.print(Text(text, style=style), soft_wrap=not wrap)
        else:
            out.write(("\n".join(_wrap(text, width)) if wrap else text) + "\n" if text else "\n")

    say(f"Evidence check of {len(results)} paper{'s' if len(results) != 1 else ''}", "bold")
    if len(results) > 1:
        say()
        say("All papers (to replace / to back up / to check / citations):", "bold")
        for path, counts, problem in overview(papers):
            total = sum(counts.values())
            say(f"  {counts['replace']:>3} {counts['back up']:>3} {counts['check']:>3} {total:>4}  {printable(path)}"
                + (f"  ({printable(problem)})" if problem else ""), "red" if counts["replace"] or problem else "",
                wrap=False)
    everything = []
    for result, rows in papers:
        everything += rows
        say()
        say(f"== {printable(result.path)}", "bold", wrap=False)
        who = _delegation(result, countries)
        if who:
            say(who[0].upper() + who[1:], "dim")
        if result.problem:
            say(f"Problem: {printable(result.problem)}", "bold red")
        if not rows:
            say("" if result.problem else "No citations found.")
            continue
        if quiet:  # --quiet: what to act on, and the summaries
            if console is not None:
                rich_rows(console, rows, table=False, always_fixes=True)
            else:
                out.write("\n".join(fix_lines(rows, width)) + "\n" if advice.fix_list(rows) else "")
        elif console is not None:
            rich_rows(console, rows)
        else:
            out.write(plain_rows(rows, width))
        say(advice.summary(rows), "bold")
    say()
    summary = f"All papers: {advice.summary(everything)}" if len(results) > 1 else None
    if quiet:
        if summary:
            say(summary, "bold")
        return
    if console is not None:
        rich_tail(console, everything, meta, summary)
    else:
        out.write(plain_tail(everything, meta, width, summary))


def write(results: list[PaperResult], countries: Countries, meta: dict, output_format: str, out,
          color: bool | None, quiet: bool = False) -> None:
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
    elif output_format == "markdown":
        out.write(markdown(results, countries, meta))
    else:
        table(results, countries, meta, out, color, quiet)


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
    return "".join(printable(line) + "\n" for line in lines)  # a paper's text never drives the terminal
