"""UN document symbols cited without a URL: A/RES/55/25, S/RES/2331 (2016), S/PV.7526.

A symbol's first component names the organ that issued it (UN Editorial
Manual, "Document symbols"). Only shapes that cannot be a publisher name are
taken: at least two components, the last with a digit.
"""

from __future__ import annotations

import re

# First component -> issuing organ or body (UN Editorial Manual, document symbols).
ORGANS = {
    "A": "General Assembly",
    "S": "Security Council",
    "E": "Economic and Social Council",
    "T": "Trusteeship Council",
    "ST": "Secretariat",
    "HRC": "Human Rights Council",  # rarely cited bare; A/HRC/... is the usual form
    "CRC": "Committee on the Rights of the Child",
    "CEDAW": "Committee on the Elimination of Discrimination against Women",
    "CCPR": "Human Rights Committee",
    "CERD": "Committee on the Elimination of Racial Discrimination",
    "CAT": "Committee against Torture",
    "CMW": "Committee on Migrant Workers",
    "CRPD": "Committee on the Rights of Persons with Disabilities",
    "CED": "Committee on Enforced Disappearances",
    "DP": "UNDP/UNFPA/UNOPS Executive Board",
    "UNEP": "United Nations Environment Programme",
    "TD": "United Nations Conference on Trade and Development",
    "CTOC": "Conference of the Parties to the UN Convention against Transnational Organized Crime",
}
_SECOND = {
    ("A", "HRC"): "Human Rights Council",
    ("E", "CN.15"): "Commission on Crime Prevention and Criminal Justice",
    ("E", "CN.7"): "Commission on Narcotic Drugs",
    ("E", "CN.6"): "Commission on the Status of Women",
    ("E", "C.12"): "Committee on Economic, Social and Cultural Rights",
}
_SYMBOL = re.compile(
    r"^(?:UN(?:\s+(?:doc(?:ument)?\.?))?\s+)?"  # optional "UN Doc." before it
    r"([A-Z]{1,5})((?:/[A-Za-z0-9.\-]+)+)"
    r"(?:\s*\(\s*\d{4}\s*\))?$"
)


def match_symbol(text: str) -> str | None:
    """The organ that issued a UN document symbol, or None if text is not one."""
    match = _SYMBOL.match(text.strip())
    if not match:
        return None
    first, rest = match.group(1), match.group(2)
    parts = rest.strip("/").split("/")
    if first not in ORGANS or not any(ch.isdigit() for ch in parts[-1]):
        return None
    return _SECOND.get((first, parts[0]), ORGANS[first])
