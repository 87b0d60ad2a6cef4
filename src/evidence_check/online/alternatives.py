"""Admissible alternatives: of the sources a cited page cites, those the rules accept, strongest first.

What the page cites is read by online.pagelinks when the page is fetched; here
each link or UN document is parsed, classified and judged exactly as a citation
would be (the same Checker: the same Classifier, ruleset and context), and only
admissible and conditional ones are kept. Strongest first: the UN, then
Reuters, NGOs, governments and state media (a conference's own categories after
these), admissible before conditional, then in page order. Each URL once.

Nothing is fetched here: `--verify-alternatives` asks online_check to fetch the
chosen ones afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import ADMISSIBLE, CONDITIONAL
from ..urls import parse
from .model import Alternative
from .pagelinks import DOCUMENT

STRENGTH = ("un", "reuters", "ngo", "government", "state_media")
ACCEPTED = (ADMISSIBLE, CONDITIONAL)


def document_url(symbol: str) -> str:
    """The UN's own link for a document symbol (undocs.org resolves it to the document in ODS)."""
    return "https://undocs.org/" + "".join(symbol.split())


def admissible(checker, cited: Iterable[tuple[str, str, str]], limit: int,
               exclude: Iterable[str] = ()) -> tuple[tuple[Alternative, ...], int]:
    """The strongest `limit` admissible sources among what a page cites, and how many there were."""
    seen = set(exclude)
    ranked = []
    for order, (found_in, value, text) in enumerate(cited):
        if found_in == DOCUMENT:
            source, symbol = parse(value), value
            url = document_url(value)
            key = url
        else:
            source, symbol = parse(value), None
            if source.kind != "url":
                continue
            url = value
            key = source.url
        if key in seen:
            continue
        seen.add(key)
        verdict = checker.judge(checker.classify(source))
        if verdict.verdict not in ACCEPTED:
            continue
        category = verdict.category.key
        rank = STRENGTH.index(category) if category in STRENGTH else len(STRENGTH)
        ranked.append(((rank, verdict.verdict != ADMISSIBLE, order), Alternative(url, verdict, text, found_in, symbol)))
    ranked.sort(key=lambda item: item[0])
    return tuple(alternative for _, alternative in ranked[:max(limit, 0)]), len(ranked)
