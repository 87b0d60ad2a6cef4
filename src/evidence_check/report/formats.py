"""Output formats. Each writer takes rows one by one; streaming formats
(jsonl, csv) write each row as it comes, the others at the end.
"""

from __future__ import annotations

import csv

from ..countries import Countries
from ..model import Verdict
from . import advice
from .records import Recorder, Tally, join_words

FORMATS = ("table", "plain", "json", "jsonl", "csv", "markdown")  # what `check` writes (WRITERS)

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


# contestable_by: ISO codes, as in JSON (empty when the committee is unknown); contest: in words.
CSV_COLUMNS = ("input", "line", "url", "publisher", "category", "owner", "verdict", "conditions",
               "contestable_by", "contest", "rule", "unwrapped_from", "error", "what_to_do")


class CsvWriter(Writer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.csv = csv.writer(self.out, lineterminator="\n")
        self.csv.writerow(CSV_COLUMNS)

    def row(self, verdict):
        record = self.record(verdict)
        contest = record["contestable_by"]
        self.csv.writerow(tuple(printable(value) if isinstance(value, str) else value for value in (
            record["input"], record["line"], record["url"], record["publisher"], record["category"],
            record["owner"], record["verdict"], "; ".join(record["conditions"]),
            " ".join(contest) if contest is not None else "", record["contest"]["text"],
            record["category"], record["unwrapped_from"], record["error"], advice.todo(record),
        )))
        if self.flush_each:
            self.out.flush()


class CollectingWriter(Writer):
    """For formats that need every row before they can write (a table, one JSON document)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows: list[dict] = []

    def row(self, verdict):
        self.rows.append(self.record(verdict))


class JsonWriter(Writer):
    """One JSON document, streamed: the head first, each row as it is judged (one line each),
    the summary last; memory stays flat however many rows there are."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        head = dumps_pretty({**self.meta, "rows": None})
        self.out.write(head[:head.rindex("null")] + "[")
        self.rows = 0
        self.actions = {name: 0 for name in (*advice.ACTIONS, "fine")}

    def row(self, verdict):
        record = self.record(verdict)
        self.actions[advice.action(record) or "fine"] += 1
        self.out.write(("\n    " if not self.rows else ",\n    ") + dumps(record))
        self.rows += 1
        if self.flush_each:
            self.out.flush()

    def end(self, tally, skipped):
        summary = dumps_pretty({**tally.as_dict(), "skipped": skipped, "actions": self.actions})
        self.out.write(("\n  " if self.rows else "") + "],\n  \"summary\": " + summary.replace("\n", "\n  ") + "\n}\n")


# What must never reach a terminal or a text report raw: C0 and C1 controls (ESC starts the
# sequences that move the cursor, set the title or hide text; U+009B is a one-byte CSI), DEL, and
# the bidirectional controls that reorder what is shown (U+202E turns "gpj.exe" into "exe.jpg").
_CONTROL = {code: f"\\x{code:02x}" for code in (*range(0, 32), 127, *range(0x80, 0xA0))}
_CONTROL.update({code: f"\\u{code:04x}" for code in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                                                       *range(0x2066, 0x206A))})


def printable(text: str) -> str:
    """Text safe for a terminal: controls and bidi overrides shown as visible escapes ("\\x1b")."""
    if text.isascii() and text.isprintable():
        return text
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


def compact(r: dict, width: int = 48) -> str:
    """A citation as a person scans it in a terminal: host and path, shortened in the middle."""
    if r["url"] and r["host"]:
        text = r["url"].split("://", 1)[-1]
        text = text[4:] if text.startswith("www.") else text
    else:
        text = printable(" ".join(r["input"].split()))
    width = max(width, 12)
    if display_width(text) <= width:
        return text
    keep = width - 1
    head = _cut(text, keep * 2 // 3)
    tail = _cut(text[::-1], keep - display_width(head))[::-1]
    return head + "\u2026" + tail


def display_width(text: str) -> int:
    """Columns a text takes in a terminal (East Asian wide characters take two)."""
    if text.isascii():
        return len(text)
    from unicodedata import east_asian_width

    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(text: str, width: int) -> str:
    """The longest start of text that fits in width columns."""
    if text.isascii():
        return text[:max(width, 0)]
    out, used = [], 0
    for ch in text:
        used += display_width(ch)
        if used > width:
            break
        out.append(ch)
    return "".join(out)


def source_lines(r: dict) -> tuple[str, str]:
    """Who published it and what it is (publisher · category · owner), and what to do about it."""
    who = publisher_text(r)
    if r["unwrapped_from"] and who:
        who += " (unwrapped)"
    found = found_in_text(r)
    if found:
        who += f" (from \u201c{printable(found)}\u201d)"
    what = [part for part in (who, r["category"], r["owner_name"]) if part]
    if r.get("locations"):  # a paper's citation: where it is cited
        places = r["locations"]
        what.append("cited at " + ", ".join(places[:3]) + (f" and {len(places) - 3} more" if len(places) > 3 else ""))
    details = [advice.todo(r)] if advice.action(r) or r["verdict"] != "admissible" else []
    if r["link_status"]:
        details.append(f"link: {r['link_status']}")
    for note in r["notes"]:
        if note.startswith("did you mean") or "give --about" in note or note == r.get("hint"):
            continue  # said in the hint, and --about is said once under the table
        details.append(note)
    detail = "; ".join(d for d in details if d)
    return " \u00b7 ".join(what), detail


def alternatives_line(r: dict) -> str | None:
    """Online: the one line under a row naming the admissible sources its page cites, strongest first."""
    found = r.get("alternatives")
    if not found:
        return None
    names = []
    for a in found:  # short: the document symbol, or the site as people say it (unodc.org, mid.ru)
        host = (a["url"] or "").split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
        name = a["document"] or (host[4:] if host.startswith("www.") else host) or a["publisher"]
        what = a["category"] + (f", {a['owner_name']}" if a["owner_name"] else "")
        if a["link_status"] and a["link_status"] not in ("ok", "redirected"):
            what += f", link: {a['link_status']}"
        names.append(f"{name} ({what})")
    count = len(found)
    return printable(f"cites {count} admissible source{'s' if count != 1 else ''}: " + "; ".join(names))


def fit(text: str, width: int) -> str:
    """text on one line of at most width columns, cut at the end with an ellipsis."""
    if display_width(text) <= width:
        return text
    return _cut(text, max(width - 1, 0)).rstrip() + "\u2026"


def about_tip(rows: list[dict]) -> str | None:
    """Said once under a table: how a delegate settles 'used only about its owner' in advance."""
    if any("give --about" in note for r in rows for note in r["notes"]):
        return ("Some verdicts depend on whom the claim is about: give --about COUNTRY "
                "(and --cited-by COUNTRY) to settle them.")
    return None


def fix_lines(rows: list[dict], width: int) -> list[str]:
    """The citations to act on, most serious first: 'replace 2  wikipedia.org/... — not proof ...'."""
    out = []
    for number, what, r in advice.fix_list(rows):
        head = f"  {what:<8} #{number:<3} "
        out.append(head + compact(r, max(width - len(head), 20)))
        out += [" " * len(head) + line for line in _wrap(advice.risk(r), max(width - len(head), 20))]
    return out


def _wrap(text: str, width: int, first: str = "", rest: str | None = None) -> list[str]:
    """Lines of text wrapped by words (never inside one) to width, after a first-line and a
    following-lines indent."""
    import textwrap

    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=first if rest is None else rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


class MarkdownWriter(CollectingWriter):
    def end(self, tally, skipped):
        w = self.out.write
        w(f"# Evidence check\n\n{ruleset_line(self.meta)}  \n")
        context = self.meta["context"]
        if context["text"]:
            w(f"Context: {context['text']}\n")
        fixes = advice.fix_list(self.rows)
        if fixes and len(self.rows) > 1:
            w("\n## To act on\n\n")
            for number, what, r in fixes:
                w(f"- **{what}** #{number} {_cell(compact(r, 60))}: {_cell(advice.risk(r))}\n")
        w("\n| # | Citation | Publisher | Category | Owner | Verdict | Who may deny it | What to do |\n"
          "|---:|---|---|---|---|---|---|---|\n")
        for number, r in enumerate(self.rows, 1):
            publisher = r["publisher"] or r["domain"] or ""
            verdict = advice.label(r) if not r["error"] else f"not a citation: {r['error']}"
            if r["link_status"]:
                verdict += f" (link: {r['link_status']})"
            todo = source_lines(r)[1]
            cited = alternatives_line(r)
            if cited:
                todo = f"{todo}; {cited}" if todo else cited
            w(f"| {number} | {_cell(r['input'])} | {_cell(publisher)} | {_cell(r['category'])} | "
              f"{_cell(r['owner_name'])} | {_cell(verdict)} | {_cell(advice.deniers(r) or _DASH)} | "
              f"{_cell(todo)} |\n")
        w(f"\n**Summary:** {advice.summary(self.rows, skipped)}\n")
        tip = about_tip(self.rows)
        if tip:
            w(f"\n{tip}\n")
        rules = used_rules(self.rows)
        if rules:
            w("\n## Rules applied\n\n")
            for rule in rules:
                w(f"- **{rule['category']}** \u2014 \u201c{rule['quote']}\u201d ({rule['cite']})\n")
        w(f"\n{own_rules_line(self.meta)}\n")


_DASH = "\u2014"
HEADERS = ("#", "Verdict", "Citation \u00b7 publisher \u00b7 what to do")
_LABEL_WIDTH = max(len(label) for label in advice.LABELS.values()) + 2  # symbol and space


def _terminal_width(out, default: int = 100) -> int:
    import os
    import shutil

    if os.environ.get("COLUMNS", "").isdigit():
        return max(int(os.environ["COLUMNS"]), 40)
    if hasattr(out, "isatty") and out.isatty():
        return max(shutil.get_terminal_size((default, 24)).columns, 40)
    return default


class PlainTableWriter(CollectingWriter):
    """The table for a pipe or a file: plain text in the terminal table's layout, no colour,
    no rich import; at most 100 columns (COLUMNS sets another width)."""

    def __init__(self, *args, color=None, width: int | None = None, quiet: bool = False, **kwargs):
        super().__init__(*args, **kwargs)  # color: never used
        self.width = width
        self.quiet = quiet

    def end(self, tally, skipped):
        write = self.out.write
        width = self.width or _terminal_width(self.out)
        if not self.rows:
            write(advice.summary(self.rows, skipped) + "\n" + ruleset_line(self.meta) + "\n")
            return
        if self.quiet:  # --quiet: what to act on, and the summary
            fixes = fix_lines(self.rows, width)
            write(("To act on, most serious first:\n" + "\n".join(fixes) + "\n" if fixes else "")
                  + advice.summary(self.rows, skipped) + "\n")
            return
        write(plain_rows(self.rows, width))
        write(plain_tail(self.rows, self.meta, width, advice.summary(self.rows, skipped)))


def plain_rows(rows: list[dict], width: int) -> str:
    """The fix list (for two rows or more) and the table, as plain text at most width columns."""
    out = []
    fixes = fix_lines(rows, width) if len(rows) > 1 else []
    if fixes:
        out.append("To act on, most serious first:\n" + "\n".join(fixes) + "\n\n")
    number_width = len(str(len(rows)))
    left = number_width + 2 + _LABEL_WIDTH + 2
    right = max(width - left, 20)
    out.append(f"{'#':>{number_width}}  {HEADERS[1]:<{_LABEL_WIDTH}}  {HEADERS[2]}\n")
    for number, r in enumerate(rows, 1):
        verdict = f"{advice.SYMBOLS.get(r['verdict'], ' ')} {advice.label(r)}"
        who, detail = source_lines(r)
        lines = [compact(r, right)] + _wrap(who, right) + (["\u2192 " + line if i == 0 else "  " + line
                                                            for i, line in enumerate(_wrap(detail, right - 2))]
                                                           if detail else [])
        cited = alternatives_line(r)
        if cited:
            lines.append("\u21b3 " + fit(cited, right - 2))
        out.append(f"{number:>{number_width}}  {verdict:<{_LABEL_WIDTH}}  {lines[0]}\n")
        out += [" " * left + line + "\n" for line in lines[1:]]
    return "".join(out) + "\n"


def plain_tail(rows: list[dict], meta: dict, width: int, summary: str | None) -> str:
    """Under the table(s): the --about tip, the rules applied (quoted), the summary, the ruleset."""
    tail = [about_tip(rows)]
    tail += [f"{rule['category']}: \u201c{rule['quote']}\u201d ({rule['cite']})" for rule in used_rules(rows)]
    tail += [summary, ruleset_line(meta), own_rules_line(meta)]
    return "".join("\n".join(_wrap(paragraph, width)) + "\n" for paragraph in tail if paragraph)


class TableWriter(CollectingWriter):
    """The table for people at a terminal: the verdict never cut, the citation shortened in the
    middle to fit, who published it and what to do on the lines under it; colours follow the
    verdict, and a symbol and a word say it too."""

    STYLES = advice.STYLES

    def __init__(self, *args, color: bool | None = None, width: int | None = None, quiet: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.color = color
        self.width = width
        self.quiet = quiet

    def end(self, tally, skipped):
        console = terminal(self.out, self.color, self.width)
        from rich.markup import escape

        if not self.rows:
            console.print(f"[bold]{escape(advice.summary(self.rows, skipped))}[/bold]")
            console.print(f"[dim]{escape(ruleset_line(self.meta))}[/dim]")
            return
        if self.quiet:  # --quiet: what to act on, and the summary
            rich_rows(console, self.rows, table=False, always_fixes=True)
            console.print(f"[bold]{escape(advice.summary(self.rows, skipped))}[/bold]")
            return
        rich_rows(console, self.rows)
        rich_tail(console, self.rows, self.meta, advice.summary(self.rows, skipped))


def terminal(out, color: bool | None, width: int | None = None):
    """A rich console on out: colour at a terminal (or when forced), none when told not to."""
    from rich.console import Console

    console = Console(file=out, no_color=color is False or None, force_terminal=True if color else None,
                      highlight=False, width=width or (None if out.isatty() else _terminal_width(out)))
    if color is False:
        console.no_color = True
    return console


def rich_rows(console, rows: list[dict], table: bool = True, always_fixes: bool = False) -> None:
    """The fix list (for two rows or more) and the table, on a rich console."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    styles = advice.STYLES
    width = console.width
    if (len(rows) > 1 or always_fixes) and advice.fix_list(rows):
        console.print(Text("To act on, most serious first:", style="bold"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(justify="right", no_wrap=True)
        grid.add_column(overflow="fold", max_width=max(width - 16, 20))
        for number, what, r in advice.fix_list(rows):
            text = Text(compact(r, max(width - 16, 20)))
            text.append("\n" + advice.risk(r), style="dim")
            grid.add_row(Text(f"  {what}", style=styles.get(r["verdict"], "")), f"#{number}", text)
        console.print(grid)
        console.print()
    if not table:
        return
    number_width = len(str(len(rows)))
    right = max(width - (number_width + _LABEL_WIDTH + 6), 20)
    grid = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold", expand=False)
    grid.add_column(HEADERS[0], justify="right", no_wrap=True)
    grid.add_column(HEADERS[1], no_wrap=True, min_width=_LABEL_WIDTH)
    grid.add_column(HEADERS[2], overflow="fold", max_width=right)
    for number, r in enumerate(rows, 1):
        verdict = Text(f"{advice.SYMBOLS.get(r['verdict'], ' ')} {advice.label(r)}",
                       style=styles.get(r["verdict"], ""))
        who, detail = source_lines(r)
        cell = Text(compact(r, right))
        cell.append("\n" + who)
        if detail:
            cell.append("\n\u2192 " + detail, style="dim")
        cited = alternatives_line(r)
        if cited:
            cell.append("\n\u21b3 " + fit(cited, right - 2), style="green")
        grid.add_row(str(number), verdict, cell)
    console.print(grid)


def rich_tail(console, rows: list[dict], meta: dict, summary: str | None) -> None:
    from rich.markup import escape
    from rich.text import Text

    tip = about_tip(rows)
    if tip:
        console.print(Text(tip, style="dim"))
    for rule in used_rules(rows):
        console.print(f"[bold]{escape(rule['category'])}[/bold]: \u201c{escape(rule['quote'])}\u201d "
                      f"[dim]({escape(rule['cite'])})[/dim]")
    if summary:
        console.print(Text(summary, style="bold"))
    console.print(Text(ruleset_line(meta), style="dim"))
    console.print(Text(own_rules_line(meta), style="dim"))


WRITERS = {"table": TableWriter, "plain": PlainTableWriter, "json": JsonWriter, "jsonl": JsonlWriter, "csv": CsvWriter,
           "markdown": MarkdownWriter}


def ruleset_line(meta: dict) -> str:
    ruleset = meta["ruleset"]
    context = meta["context"]["text"]
    where = "" if ruleset.get("bundled", True) else f", from {printable(ruleset['path'])}"
    return f"Ruleset: {ruleset['id']} ({ruleset['title']}){where}" + (f"; {context}" if context else "")


def own_rules_line(meta: dict) -> str:
    """Said under every report: these are one conference's rules, and how to use your own."""
    if meta["ruleset"].get("bundled", meta["ruleset"]["id"] == "default"):
        return ("These are the bundled rules of one conference's guide. For your conference's: "
                "--rules FILE, an evidence-check.yaml in this folder, or `evidence-check rules init` to start one.")
    return f"Rules from {meta['ruleset']['path']} (--rules, $EVIDENCE_CHECK_RULES or evidence-check.yaml)."


def context_words(cited_by: str | None, about: tuple[str, ...], committee, countries: Countries) -> str:
    parts = []
    if cited_by:
        parts.append(f"cited by {countries.describe(cited_by)}")
    if about:
        parts.append(f"about {join_words([countries.describe(a) for a in about])}")
    if committee is not None:
        parts.append(f"committee of {len(committee)}")
    return ", ".join(parts)

