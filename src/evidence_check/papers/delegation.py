"""Which delegation wrote a paper, guessed from its file name.

"Russia_UNODC.docx" -> "Russia", "UNODC - France.pdf" -> "France",
"position_paper_united_states.docx" -> "united states". The guess is the raw
text; the caller resolves it with its country table. Given that table as
`countries` (text -> a country or None), the longest run of words it knows is
taken, so "GA_France" gives "France" and not Gabon's code "GA"; without it,
the words left after removing committee names and paper words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath

_SEPARATORS = re.compile(r"[\s_\-\u2013\u2014.,;()\[\]{}+&]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# Words in paper file names that are not a country: committees, paper words, versions.
_NOISE = {
    "position", "paper", "papers", "pp", "posp", "positionpaper", "final", "draft", "copy", "v", "version",
    "mun", "model", "un", "delegation", "delegate", "of", "the", "for", "by", "on", "and", "committee",
    "country", "submission", "revised", "rev", "new", "doc", "docx", "pdf", "edited", "signed",
    "unodc", "ga", "disec", "sochum", "specpol", "ecofin", "legal", "ecosoc", "unsc", "sc", "hrc", "unhrc",
    "who", "unep", "unesco", "unicef", "unhcr", "undp", "unwomen", "csw", "iaea", "icj", "ilo", "wfp",
    "crisis", "ccpcj", "cnd", "fao", "imo", "itu", "unctad", "unido", "wipo", "wto", "imf", "nato",
    "dpsh", "background", "guide", "study", "topic", "agenda", "a", "b", "c", "i", "ii", "iii",
}
_VERSION = re.compile(r"^(?:v\d+|\d+|\d+(?:st|nd|rd|th))$", re.I)
_MAX_WORDS = 6


def guess(path: str | PurePath, countries: Callable[[str], object] | None = None) -> str | None:
    """The delegation a paper's file name names, as raw text, or None."""
    stem = PurePath(str(path)).name
    for suffix in (".docx", ".pdf", ".html", ".htm", ".md", ".txt"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    words = [w for w in _SEPARATORS.split(_CAMEL.sub(" ", stem)) if w]
    if not words:
        return None
    if countries is not None:
        best: tuple[int, int, int] | None = None
        found = None
        for size in range(min(_MAX_WORDS, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                text = " ".join(words[start:start + size])
                if countries(text):
                    rank = (size, len(text), -start)
                    if best is None or rank > best:
                        best, found = rank, text
        return found
    kept = [w for w in words if w.lower() not in _NOISE and not _VERSION.match(w)]
    return " ".join(kept) or None
