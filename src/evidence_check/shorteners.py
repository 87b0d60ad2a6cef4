"""General link shorteners (bit.ly, t.co, tinyurl.com): a short link hides the publisher it opens.

Offline the tool cannot know where such a link goes, so it says so and how to find out, rather
than a plain "not covered". The hosts are data (link_shorteners.txt, with its source), read on
the first shortened link.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DETAIL = ("a shortened link hides its publisher: follow it with --online, or cite the full address "
          "it opens")


@lru_cache(maxsize=1)
def hosts() -> frozenset[str]:
    text = (Path(__file__).parent / "link_shorteners.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_shortener(host: str) -> bool:
    """Whether a (lower-case) host is a general link shortener's."""
    return (host[4:] if host.startswith("www.") else host) in hosts()
