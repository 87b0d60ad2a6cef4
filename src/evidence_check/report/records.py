"""A Verdict as a flat record: the JSON row (documented in the README), and words.

Field names here are a public interface: scripts rely on them. Add fields;
never rename or remove one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..countries import Countries

try:
    from orjson import dumps as _dumps
except ImportError:  # pragma: no cover - orjson is a dependency
    import json

    def _dumps(value) -> bytes:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
from ..model import INVALID, NOBODY, VERDICTS, Contest, Verdict

VERDICT_ORDER = (*VERDICTS, INVALID)


def join_words(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def contest_text(contest: Contest, countries: Countries, owner: str | None) -> str:
    """Who may deny the source, in words a chair can read out."""
    if contest.policy == NOBODY:
        return "nobody"
    if contest.members is not None:
        text = ", ".join(countries.describe(m) for m in contest.members) or "nobody (no other member)"
    else:
        excluded = [countries.describe(code) for code in contest.excluded]
        text = "any member" + (f" except {join_words(excluded)}" if excluded else "")
    if contest.only_if_about_other and owner:
        text += f" (if used about a country other than {countries.describe(owner)})"
    return text


def record(verdict: Verdict, countries: Countries) -> dict:
    """The JSON row of one verdict (see Recorder for many)."""
    return Recorder(countries)(verdict)


def _link(verdict: Verdict) -> dict:
    link = verdict.link
    if link is None:
        return _NO_LINK
    return {"link_status": link.status, "redirect_chain": link.chain, "wayback": link.wayback,
            "publisher_from": link.publisher_from}


_NO_LINK = {"link_status": None, "redirect_chain": None, "wayback": None, "publisher_from": None}


def alternatives(verdict: Verdict, countries: Countries) -> list[dict] | None:
    """Online: the admissible sources the cited page cites (None when they were not looked for)."""
    found = getattr(verdict.link, "alternatives", None)
    if found is None:
        return None
    out = []
    for alternative in found:
        judged = alternative.verdict
        c = judged.classification
        publisher = c.publisher
        out.append({
            "url": alternative.url,
            "document": alternative.symbol,
            "publisher": publisher.name if publisher else None,
            "publisher_id": publisher.id if publisher else None,
            "category": judged.category.key,
            "owner": c.owner,
            "owner_name": countries.describe(c.owner) if c.owner else None,
            "verdict": judged.verdict,
            "conditions": list(judged.conditions),
            "contest": contest_text(judged.contest, countries, c.owner),
            "found_in": alternative.found_in,
            "from": alternative.text,
            "link_status": alternative.link_status,
        })
    return out
_NOT_IN_TEXT = {"matched_text": None, "matched_at": None}
# The tail of most rows (nothing unwrapped, no error, offline, not read from free text):
# JSON without its opening brace.
_PLAIN_TAIL = _dumps({"unwrapped_from": None, "error": None, **_NO_LINK, **_NOT_IN_TEXT})[1:]


def _matched(c) -> dict:
    """Free text: what decided (a name, a body, a UN document, a URL) and where it is in the input."""
    if c.matched_text is not None:
        return {"matched_text": c.matched_text, "matched_at": list(c.span) if c.span else None}
    span = c.source.span
    if span is not None:
        return {"matched_text": c.source.input[span[0]:span[1]], "matched_at": list(span)}
    return _NOT_IN_TEXT


class Recorder:
    """record(), with the part that depends only on the verdict memoised (bulk runs repeat it)."""

    def __init__(self, countries: Countries, cache_size: int = 16384):
        self.countries = countries
        self._cache: dict[tuple, dict] = {}
        self._cache_size = cache_size

    def __call__(self, verdict: Verdict) -> dict:
        c = verdict.classification
        source = c.source
        judged = self._judged(verdict)[0]
        matched = c.matched_by
        domain = matched[7:] if matched and matched.startswith("domain ") else c.registered_domain
        return {"input": source.input, "line": source.line, "url": source.url, "host": source.host,
                "domain": domain, **judged, "unwrapped_from": source.unwrapped_from, "error": verdict.error,
                **_link(verdict), **_matched(c), **self._online(verdict)}

    def _online(self, verdict: Verdict) -> dict:
        """The fields only online rows have: what the cited page cites (`alternatives`)."""
        if verdict.link is not None and hasattr(verdict.link, "alternatives"):
            return {"alternatives": alternatives(verdict, self.countries)}
        return {}

    def json_line(self, verdict: Verdict) -> bytes:
        """The same row as __call__, as one line of JSON (UTF-8, ending in a newline), built
        from a cached fragment for the verdict's part."""
        c = verdict.classification
        source = c.source
        matched = c.matched_by
        domain = matched[7:] if matched and matched.startswith("domain ") else c.registered_domain
        head = _dumps({"input": source.input, "line": source.line, "url": source.url, "host": source.host,
                       "domain": domain})
        if source.unwrapped_from is None and verdict.error is None and verdict.link is None and \
                c.matched_text is None and source.span is None:
            tail = _PLAIN_TAIL
        else:
            tail = _dumps({"unwrapped_from": source.unwrapped_from, "error": verdict.error, **_link(verdict),
                           **_matched(c), **self._online(verdict)})[1:]
        return head[:-1] + b"," + self._judged(verdict)[1] + b"," + tail + b"\n"

    def _judged(self, verdict: Verdict) -> tuple[dict, bytes]:
        c = verdict.classification
        publisher = c.publisher
        # Verdicts from one Judge share their Contest object per (category, owner, detail, note).
        key = (id(verdict.contest), verdict.category.key, verdict.verdict, publisher.id if publisher else None,
               c.owner, c.matched_by, verdict.notes, verdict.conditions)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            judged = _judged(verdict, self.countries)
            found = self._cache[key] = (judged, _dumps(judged)[1:-1], verdict.contest)  # keep the id alive
        return found[0], found[1]


def _judged(verdict: Verdict, countries: Countries) -> dict:
    c = verdict.classification
    publisher = c.publisher
    category = verdict.category
    owner = c.owner
    return {
        "publisher": publisher.name if publisher else None,
        "publisher_id": publisher.id if publisher else None,
        "category": category.key,
        "category_label": category.label,
        "owner": owner,
        "owner_name": countries.describe(owner) if owner else None,
        "verdict": verdict.verdict,
        "conditions": list(verdict.conditions),
        "contestable_by": list(verdict.contest.members) if verdict.contest.members is not None else None,
        "contest": {
            "policy": verdict.contest.policy,
            "except": list(verdict.contest.excluded),
            "only_if_about_other_country": verdict.contest.only_if_about_other,
            "text": contest_text(verdict.contest, countries, owner),
        },
        "rule": {"category": category.key, "quote": category.quote, "cite": category.cite}
        if category.quote else None,
        "matched_by": c.matched_by,
        "basis": publisher.basis if publisher else None,
        "notes": list(verdict.notes),
        "hint": c.advice or (f"did you mean {c.suggestion!r}? It was not applied: check the name" if c.suggestion
                             else category.hint),
    }


@dataclass
class Tally:
    """Counts for the summary line."""

    verdicts: Counter = field(default_factory=Counter)
    contestable: int = 0
    rows: int = 0

    def add(self, verdict: Verdict) -> None:
        self.rows += 1
        self.verdicts[verdict.verdict] += 1
        if verdict.contestable:
            self.contestable += 1

    def as_dict(self) -> dict:
        return {"rows": self.rows, **{v: self.verdicts.get(v, 0) for v in VERDICT_ORDER},
                "contestable": self.contestable}

    def line(self, skipped: int = 0) -> str:
        parts = [f"{self.verdicts[v]} {v}" for v in VERDICT_ORDER if self.verdicts.get(v)]
        noun = "citation" if self.rows == 1 else "citations"
        text = f"{self.rows} {noun}" + (f": {', '.join(parts)}" if parts else "")
        if self.contestable:
            text += f"; {self.contestable} contestable"
        if skipped:
            text += f"; {skipped} blank or comment line{'s' if skipped != 1 else ''} skipped"
        return text
