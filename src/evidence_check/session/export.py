"""The committee's record, from the log: Markdown, HTML (escaped) or CSV.

One row per standing ruling or check: time, source, cited by, challenger,
subject, ruling, reason. Withdrawn rows are left out (the log keeps them).
"""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path

from .consistency import clock
from .lines import SessionError

COLUMNS = ("#", "time", "source", "cited by", "challenger", "subject", "ruling", "reason")


def table(rows: list[dict], describe) -> list[list[str]]:
    found = []
    for row in rows:
        ruled = row.get("type") == "ruling"
        found.append([
            str(row.get("n", "")), clock(row), row.get("source", ""),
            describe(row["cited_by"]) if row.get("cited_by") else "",
            describe(row["challenger"]) if ruled and row.get("challenger") else "",
            ", ".join(describe(a) for a in row.get("about") or []),
            row.get("ruling", "") if ruled else f"check: {row.get('verdict', '')}",
            row.get("reason", "") if ruled else _check_reason(row),
        ])
    return found


def _check_reason(row: dict) -> str:
    words = f"{row.get('publisher') or 'unknown publisher'} ({row.get('what', '')}): {row.get('verdict', '')}"
    if row.get("conditions"):
        words += " if " + " and ".join(row["conditions"])
    return words + "."


def _title(meta: dict) -> str:
    return "Rulings" + (f": {meta['name']}" if meta.get("name") else "")


def _about(meta: dict, withdrawn: int) -> list[str]:
    lines = [f"Ruleset: {meta['ruleset']}"]
    lines.append(f"Committee: {meta['committee']}" if meta.get("committee") else "Committee: not set")
    if withdrawn:
        lines.append(f"{withdrawn} withdrawn row(s) are left out (the log {meta['log']} keeps them).")
    return lines


def markdown(rows: list[dict], describe, meta: dict, withdrawn: int = 0) -> str:
    def cell(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

    out = [f"# {_title(meta)}", ""] + [f"{line}  " for line in _about(meta, withdrawn)] + [""]
    out.append("| " + " | ".join(COLUMNS) + " |")
    out.append("|" + "---|" * len(COLUMNS))
    for values in table(rows, describe):
        values[6] = f"**{values[6]}**" if values[6] else ""
        out.append("| " + " | ".join(cell(v) for v in values) + " |")
    return "\n".join(out) + "\n"


def html_page(rows: list[dict], describe, meta: dict, withdrawn: int = 0) -> str:
    e = html.escape
    body = []
    for values in table(rows, describe):
        outcome = values[6].replace("'", "").replace(" ", "-").replace(":", "")
        cells = "".join(f"<td>{e(v)}</td>" for v in values[:6])
        body.append(f"<tr>{cells}<td class=\"{e(outcome)}\"><strong>{e(values[6])}</strong></td>"
                    f"<td>{e(values[7])}</td></tr>")
    about = "".join(f"<p>{e(line)}</p>" for line in _about(meta, withdrawn))
    head = "".join(f"<th>{e(c)}</th>" for c in COLUMNS)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{e(_title(meta))}</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 2em; color: #111; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #ccc; padding: .35em .5em; text-align: left; vertical-align: top; }}
td:nth-child(3) {{ word-break: break-all; max-width: 22em; }}
.upheld {{ color: #b00020; }} .not-in-order {{ color: #116611; }} .chairs-discretion {{ color: #8a6d00; }}
</style></head>
<body>
<h1>{e(_title(meta))}</h1>
{about}
<table><thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
</body></html>
"""


def csv_text(rows: list[dict], describe, meta: dict | None = None, withdrawn: int = 0) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(table(rows, describe))
    return buffer.getvalue()


WRITERS = {"md": markdown, "html": html_page, "csv": csv_text}


def write(fmt: str, path: Path, rows: list[dict], describe, meta: dict, withdrawn: int = 0) -> int:
    """Write the record; the number of rows written. Raises OSError as SessionError-friendly text."""
    text = WRITERS[fmt](rows, describe, meta, withdrawn)
    try:
        path.write_text(text, encoding="utf-8", newline="" if fmt == "csv" else None)
    except OSError as exc:
        raise SessionError(f"export: {path}: {exc.strerror}") from None
    return len(rows)
