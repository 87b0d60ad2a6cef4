"""Realistic citation URLs for benchmarks: registry hosts, subdomains, unknown sites, junk.

Deterministic (seeded), so runs compare. Used by bulk.py and fuzz.py.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

PATH_WORDS = ["world", "news", "article", "2023", "10", "report", "human-trafficking", "en", "documents",
              "press-release", "index.html", "c_139785698.htm", "idUSTRE65G5H820100617", "pdf", "x"]
UNKNOWN = ["example-blog.net", "some-daily.co.uk", "local-news.com.au", "think.example.org", "research.ac.in",
           "city-paper.de", "pressroom.fr", "newswire.jp"]


def hosts_from_registry() -> list[str]:
    from evidence_check import load_rules

    rules = load_rules()
    hosts = [host for host in rules.index.hosts if "." in host]
    return hosts


def urls(count: int, seed: int = 2026) -> Iterator[str]:
    rng = random.Random(seed)
    hosts = hosts_from_registry()
    for _ in range(count):
        roll = rng.random()
        if roll < 0.70:
            host = rng.choice(hosts)
            if rng.random() < 0.5:
                host = rng.choice(["www.", "m.", "en.", "news.", "amp."]) + host
        elif roll < 0.95:
            host = rng.choice(["www.", "blog.", ""]) + f"site{rng.randrange(50_000)}." + rng.choice(UNKNOWN)
        else:
            yield rng.choice(["Xinhua News Agency", "not a url", "javascript:void(0)", "http://", "A/RES/55/25",
                              "https://www.google.com/url?q=https://www.un.org/x"])
            continue
        path = "/".join(rng.choice(PATH_WORDS) for _ in range(rng.randrange(1, 5)))
        scheme = rng.choice(["https://", "https://", "http://", ""])
        yield f"{scheme}{host}/{path}"
