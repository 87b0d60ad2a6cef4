"""`check --from … --format html`: one self-contained HTML page for a paper or a folder of papers.

The page is built from the same rows as the JSON output (records.Recorder, plus each row's
paper, locations and how it was found) and rendered with Jinja2, autoescape on: every
citation, file name and context is untrusted text. No network, no external assets: the CSS
and the small script are inline, allowed by a Content-Security-Policy that names their hashes
and nothing else, so the file works from a USB stick and can load nothing from anywhere.

Jinja2 is imported only here, and this module only when html is asked for.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache

from .._version import __version__
from ..countries import Countries
from ..model import ADMISSIBLE, CONDITIONAL, DISCRETION, INADMISSIBLE, INVALID
from . import advice
from .formats import verdict_words
from .records import VERDICT_ORDER, Recorder, Tally

TEMPLATE = "report.html.j2"

# verdict -> icon: a badge shows the icon and the verdict in words, so colour is never the only signal.
ICONS = {INADMISSIBLE: "✖", CONDITIONAL: "◐", DISCRETION: "?", ADMISSIBLE: "✔", INVALID: "!"}
LEGEND = {
    INADMISSIBLE: "not accepted as proof (it may still be quoted in a speech)",
    CONDITIONAL: "accepted if the condition shown holds; the chair checks it",
    DISCRETION: "the rules do not cover this source; the chair decides",
    ADMISSIBLE: "accepted as proof",
    INVALID: "not a citation that could be read (see the reason)",
}
# The fix list: what to do, most serious first.
REPLACE, BACK_UP, CHECK = "replace", "back up", "check"
ACTIONS = (
    (REPLACE, "rejected: find an admissible source for the same fact"),
    (BACK_UP, "another delegation may deny it: add a source nobody can deny"),
    (CHECK, "conditional, left to the chair, unreadable or a dead link: make sure it holds"),
)


def rows_of(recorder: Recorder, result) -> list[dict]:
    """A paper's rows as in the JSON output (`check --from … --format json`)."""
    return [{"paper": result.path, **recorder(verdict), "locations": list(found.locations),
             "found_by": found.kind, "context": found.context, "contestable": verdict.contestable}
            for found, verdict in result.rows]


def fix(row: dict) -> tuple[str, str] | None:
    """(action, one-line reason) for a row to act on, None when it stands as it is. The action is
    the one every other format gives (report.advice.action); the reason is written for the page."""
    act = advice.action(row)
    if act is None:
        return None
    if act == REPLACE:
        return REPLACE, row["hint"] or f"{row['category_label']}: not accepted as proof"
    if act == BACK_UP:
        return BACK_UP, row["hint"] or f"may be denied by {row['contest']['text']}"
    if row["verdict"] == INVALID:
        return CHECK, f"invalid: {row['error']}" if row["error"] else "invalid citation"
    if advice.dead(row):
        return CHECK, f"dead link ({row['link_status']})" + (f"; archived copy: {row['wayback']}"
                                                              if row["wayback"] else "")
    if row["verdict"] == CONDITIONAL:
        return CHECK, row["hint"] or "the chair will check that " + "; ".join(row["conditions"])
    return CHECK, row["hint"] or "not covered by the rules: the chair decides"


_RANK = {action: rank for rank, (action, _) in enumerate(ACTIONS)}


def fixes(rows: list[dict]) -> list[dict]:
    """The rows to act on, most serious first (in paper order within an action)."""
    found = []
    for number, row in enumerate(rows, 1):
        todo = fix(row)
        if todo is not None:
            found.append({"number": number, "action": todo[0], "reason": todo[1], "row": row})
    return sorted(found, key=lambda f: _RANK[f["action"]])


def _counts(rows: list[dict]) -> dict:
    return {"citations": len(rows),
            "rejected": sum(r["verdict"] == INADMISSIBLE for r in rows),
            "contestable": sum(bool(r["contestable"]) for r in rows),
            "conditional": sum(r["verdict"] == CONDITIONAL for r in rows),
            "discretion": sum(r["verdict"] == DISCRETION for r in rows)}


def _summary(result) -> str:
    tally = Tally()
    for _, verdict in result.rows:
        tally.add(verdict)
    return tally.line()


def data(results: list, countries: Countries, meta: dict) -> dict:
    """Everything the template shows: only what the JSON output holds, arranged for people."""
    recorder = Recorder(countries)
    papers = []
    owners: dict[str, str] = {}
    verdicts_seen: set[str] = set()
    for index, result in enumerate(results, 1):
        rows = rows_of(recorder, result)
        for row in rows:
            verdicts_seen.add(row["verdict"])
            if row["owner"]:
                owners[row["owner"]] = row["owner_name"] or row["owner"]
            row["words"] = verdict_words(row) if not row["error"] else f"invalid: {row['error']}"
        papers.append({
            "id": f"paper-{index}", "path": result.path, "problem": result.problem,
            "cited_by": countries.describe(result.cited_by) if result.cited_by else None,
            "cited_by_from": result.cited_by_from, "rows": rows, "fixes": fixes(rows),
            "summary": _summary(result), "counts": _counts(rows),
            # overview order: problems first, then the most rejected, then the most contestable
            "rank": (not result.unreadable, -result.rejected, -result.contestable, result.path),
        })
    overview = sorted(papers, key=lambda p: p["rank"])
    return {
        "meta": meta, "papers": papers, "overview": overview if len(papers) > 1 else [],
        "verdicts": [v for v in VERDICT_ORDER if v in verdicts_seen],
        "owners": sorted(owners.items(), key=lambda item: item[1].casefold()),
        "icons": ICONS, "legend": LEGEND, "actions": ACTIONS, "version": __version__,
        "total": sum(len(p["rows"]) for p in papers),
    }


def _csp_hash(text) -> str:
    """The Content-Security-Policy source for an inline <script> or <style> body."""
    from markupsafe import Markup  # jinja2's own dependency

    digest = hashlib.sha256(str(text).encode("utf-8")).digest()
    return Markup("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")  # base64 and quotes only


@lru_cache(maxsize=1)
def _template():
    from importlib.resources import files

    import jinja2

    source = files(__package__).joinpath("templates", TEMPLATE).read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["csp_hash"] = _csp_hash
    return env.from_string(source)


def render(results: list, countries: Countries, meta: dict) -> str:
    return _template().render(**data(results, countries, meta))


def write(results: list, countries: Countries, meta: dict, out) -> None:
    out.write(render(results, countries, meta))
