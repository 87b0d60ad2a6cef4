"""Output formats. Each writer takes rows one by one; streaming formats
(jsonl, csv) write each row as it comes, the others at the end.
"""

from __future__ import annotations

import csv

from ..countries import Countries
from ..model import Verdict
from .records import Recorder, Tally, join_words

FORMATS = ("table", "json", "jsonl", "csv", "markdown")

try:
    import orjson

    def dumps(value) -> str:
        return orjson.dumps(value).decode()

    def dumps_pretty(value) -> str:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
except ImportError:  # pragma: no cover - orjson is a dependency; stay correct without it
    import json

    def dumps(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def dumps_pretty(value) -> str:
        return json.dumps(value, ensure_ascii=False, indent=2)


class Writer:
    def __init__(self, out, meta: dict, countries: Countries, flush_each: bool = False):
        self.out = out
        self.meta = meta
        self.countries = countries
        self.flush_each = flush_each
        self.record = Recorder(countries)

    def row(self, verdict: Verdict) -> None:
        raise NotImplementedError

    def end(self, tally: Tally, skipped: int) -> None:
        pass


class JsonlWriter(Writer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.out.flush()
        self.binary = getattr(self.out, "buffer", None)  # rows are UTF-8 bytes already

    def row(self, verdict):
        line = self.record.json_line(verdict)
        if self.binary is not None:
            self.binary.write(line)
            if self.flush_each:
                self.binary.flush()
        else:
            self.out.write(line.decode())
            if self.flush_each:
                self.out.flush()


CSV_COLUMNS = ("input", "line", "url", "publisher", "category", "owner", "verdict", "conditions",
               "contestable_by", "rule", "unwrapped_from", "error")


class CsvWriter(Writer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.csv = csv.writer(self.out, lineterminator="\n")
        self.csv.writerow(CSV_COLUMNS)

    def row(self, verdict):
        record = self.record(verdict)
        contest = record["contestable_by"]
        self.csv.writerow((
            record["input"], record["line"], record["url"], record["publisher"], record["category"],
            record["owner"], record["verdict"], "; ".join(record["conditions"]),
            " ".join(contest) if contest is not None else record["contest"]["text"],
            record["category"], record["unwrapped_from"], record["error"],
        ))
        if self.flush_each:
            self.out.flush()


class CollectingWriter(Writer):
    """For formats that need every row before they can write (a table, one JSON document)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows: list[dict] = []

    def row(self, verdict):
        self.rows.append(self.record(verdict))


class JsonWriter(CollectingWriter):
    def end(self, tally, skipped):
        document = {**self.meta, "rows": self.rows, "summary": {**tally.as_dict(), "skipped": skipped}}
        self.out.write(dumps_pretty(document) + "\n")


_CONTROL = dict.fromkeys([*range(0, 32), 127], "\ufffd")


def printable(text: str) -> str:
    """Control characters (NUL, escape sequences) shown as U+FFFD, never sent to a terminal."""
    return text.translate(_CONTROL)


def _cell(text: str | None) -> str:
    return printable(text or "").replace("|", "\\|")


def verdict_words(record: dict) -> str:
    words = record["verdict"]
    if record["conditions"]:
        words += ": " + "; ".join(record["conditions"])
    return words


def used_rules(records: list[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for record in records:
        rule = record["rule"]
        if rule and rule["category"] not in seen:
            seen[rule["category"]] = rule
    return list(seen.values())


class MarkdownWriter(CollectingWriter):
    def end(self, tally, skipped):
        w = self.out.write
        w(f"# Evidence check\n\n{ruleset_line(self.meta)}  \n")
        context = self.meta["context"]
        if context["text"]:
            w(f"Context: {context['text']}\n")
        w("\n| # | Citation | Publisher | Category | Owner | Verdict | Contestable by |\n"
          "|---:|---|---|---|---|---|---|\n")
        for number, r in enumerate(self.rows, 1):
            publisher = r["publisher"] or r["domain"] or ""
            verdict = verdict_words(r) if not r["error"] else f"invalid: {r['error']}"
            if r["link_status"]:
                verdict += f" (link: {r['link_status']})"
            w(f"| {number} | {_cell(r['input'])} | {_cell(publisher)} | {_cell(r['category'])} | "
              f"{_cell(r['owner_name'])} | {_cell(verdict)} | {_cell(r['contest']['text'])} |\n")
        w(f"\n**Summary:** {tally.line(skipped)}\n")
        rules = used_rules(self.rows)
        if rules:
            w("\n## Rules applied\n\n")
            for rule in rules:
                w(f"- **{rule['category']}** — “{rule['quote']}” ({rule['cite']})\n")


def found_in_text(r: dict) -> str | None:
    """For a free-text citation: the words that named the source, when they are not the whole input."""
    text = r.get("matched_text")
    if text and text.strip() != r["input"].strip() and not r.get("url"):
        return text if len(text) <= 60 else text[:57] + "..."
    return None


def publisher_text(r: dict) -> str:
    """Who published it, for a table: the registry's name, else the domain, else what kind of body
    the text named (a government body with no registry entry)."""
    text = r["publisher"] or (f"({r['domain']})" if r["domain"] else "")
    if not text and r["category"] not in ("unlisted", "invalid"):
        text = r["category_label"]
    return text


def table_cells(r: dict) -> tuple[str, ...]:
    publisher = publisher_text(r)
    if r["unwrapped_from"] and publisher:
        publisher += " (unwrapped)"
    found = found_in_text(r)
    if found:
        publisher += f" (from “{printable(found)}”)"
    if r["error"]:
        verdict = f"{r['verdict']}: {r['error']}"
    else:
        verdict = verdict_words(r)
    if r["notes"]:
        verdict += " (" + "; ".join(r["notes"]) + ")"
    if r["link_status"]:
        verdict += f" [link: {r['link_status']}]"
    return (printable(r["input"]), publisher, r["category"], r["owner_name"] or "", verdict,
            r["contest"]["text"])


def compact(r: dict, width: int = 48) -> str:
    """A citation as a person scans it in a terminal: host and path, shortened in the middle."""
    if r["url"] and r["host"]:
        text = r["url"].split("://", 1)[-1]
        text = text[4:] if text.startswith("www.") else text
    else:
        text = printable(r["input"].strip())
    if len(text) <= width:
        return text
    keep = width - 1
    return text[: keep * 2 // 3] + "\u2026" + text[-(keep - keep * 2 // 3):]


HEADERS = ("#", "Citation", "Publisher", "Category", "Owner", "Verdict", "Contestable by")


class PlainTableWriter(CollectingWriter):
    """The table for a pipe or a file: aligned plain text, no colour, no rich import."""

    def __init__(self, *args, color=None, **kwargs):  # color: accepted like TableWriter's, never used
        super().__init__(*args, **kwargs)

    def end(self, tally, skipped):
        write = self.out.write
        if not self.rows:
            write(tally.line(skipped) + "\n" + ruleset_line(self.meta) + "\n")
            return
        lines = [HEADERS] + [(str(n), *table_cells(r)) for n, r in enumerate(self.rows, 1)]
        widths = [min(max(len(line[i]) for line in lines), 60) for i in range(len(HEADERS))]
        for line in lines:
            cells = [cell.rjust(widths[0]) if i == 0 else cell.ljust(widths[i]) for i, cell in enumerate(line)]
            write("  ".join(cells).rstrip() + "\n")
        write("\n")
        for rule in used_rules(self.rows):
            write(f"{rule['category']}: \u201c{rule['quote']}\u201d ({rule['cite']})\n")
        write(tally.line(skipped) + "\n")
        write(ruleset_line(self.meta) + "\n")


class TableWriter(CollectingWriter):
    """A rich table for people at a terminal; colours follow the verdict."""

    STYLES = {"admissible": "green", "conditional": "yellow", "inadmissible": "red",
              "discretion": "magenta", "invalid": "bold red"}

    def __init__(self, *args, color: bool | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.color = color

    def end(self, tally, skipped):
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table
        from rich.text import Text

        console = Console(file=self.out, no_color=self.color is False or None,
                          force_terminal=True if self.color else None, highlight=False,
                          width=None if self.out.isatty() else 160)
        if self.color is False:
            console.no_color = True
        if not self.rows:
            console.print(f"[bold]{tally.line(skipped)}[/bold]")
            console.print(f"[dim]{escape(ruleset_line(self.meta))}[/dim]")
            return
        table = Table(show_lines=False, header_style="bold", expand=False)
        for name, kwargs in (("#", {"justify": "right"}), ("Citation", {"overflow": "fold", "ratio": 3}),
                             ("Publisher", {"ratio": 2}), ("Category", {}), ("Owner", {}),
                             ("Verdict", {"ratio": 2}), ("Contestable by", {"ratio": 2})):
            table.add_column(name, **kwargs)
        for number, r in enumerate(self.rows, 1):
            publisher = escape(publisher_text(r))
            if r["unwrapped_from"]:
                publisher += " [dim](unwrapped)[/dim]" if publisher else ""
            found = found_in_text(r)
            if found:
                publisher += f" [dim](from “{escape(printable(found))}”)[/dim]"
            verdict = Text(r["verdict"], style=self.STYLES.get(r["verdict"], ""))
            if r["error"]:
                verdict.append(f": {r['error']}")
            elif r["conditions"]:
                verdict.append(": " + "; ".join(r["conditions"]), style="")
            for note in r["notes"]:
                verdict.append(f"\n{note}", style="dim")
            if r["link_status"]:
                verdict.append(f"\nlink: {r['link_status']}", style="bold red" if r["wayback"] else "dim")
            if r["verdict"] == "inadmissible" and r["hint"]:
                verdict.append(f"\n{r['hint']}", style="dim")
            table.add_row(str(number), escape(compact(r)), publisher, r["category"],
                          r["owner_name"] or "", verdict, r["contest"]["text"])
        console.print(table)
        rules = used_rules(self.rows)
        for rule in rules:
            console.print(f"[bold]{rule['category']}[/bold]: “{escape(rule['quote'])}” "
                          f"[dim]({escape(rule['cite'])})[/dim]")
        console.print(f"[bold]{tally.line(skipped)}[/bold]")
        console.print(f"[dim]{escape(ruleset_line(self.meta))}[/dim]")


WRITERS = {"table": TableWriter, "plain": PlainTableWriter, "json": JsonWriter, "jsonl": JsonlWriter, "csv": CsvWriter,
           "markdown": MarkdownWriter}


def ruleset_line(meta: dict) -> str:
    ruleset = meta["ruleset"]
    context = meta["context"]["text"]
    return f"Ruleset: {ruleset['id']} ({ruleset['title']})" + (f"; {context}" if context else "")


def context_words(cited_by: str | None, about: tuple[str, ...], committee, countries: Countries) -> str:
    parts = []
    if cited_by:
        parts.append(f"cited by {countries.describe(cited_by)}")
    if about:
        parts.append(f"about {join_words([countries.describe(a) for a in about])}")
    if committee is not None:
        parts.append(f"committee of {len(committee)}")
    return ", ".join(parts)

