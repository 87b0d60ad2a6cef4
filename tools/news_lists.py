"""What the last-resort news lists share (tools/import_wikidata_newspapers.py,
tools/import_local_news.py): reading an outlet's website as the classifier reads its host, and
the filters that keep only hosts that are the outlet's own and that nothing else names.

Not a script: the importers import it (tools/ is on sys.path when they run).
"""

from __future__ import annotations

import ipaddress
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from import_gdelt import HOST, PLATFORM_NAMES, PLATFORMS, gov_convention, psl_private  # noqa: E402

# Web archives, press databases and library services given as an outlet's "website".
ARCHIVES = frozenset("""
    archive.org archive.is archive.today archive.ph newsbank.com proquest.com umi.com epnet.com
    ebscohost.com galegroup.com gale.com lexis-nexis.com lexisnexis.com nexis.com serialssolutions.com
    hathitrust.org oclc.org worldcat.org newspapers.com newspaperarchive.com genealogybank.com
    ancestry.com britishnewspaperarchive.co.uk gallica.bnf.fr bnf.fr retronews.fr europeana.eu
    trove.nla.gov.au delpher.nl anno.onb.ac.at e-newspaperarchives.ch digitale-sammlungen.de
    zefys.staatsbibliothek-berlin.de books.google.com news.google.com pressreader.com
    pressdisplay.com issuu.com yumpu.com calameo.com scribd.com gettyimages.com
    kansalliskirjasto.fi nb.no kb.se kb.nl hemeroteca.bne.es bne.es crl.edu
""".split())

REASONS = ("malformed", "public suffix", "platform or archive", "government/UN/education/military convention",
           "shared", "not the outlet's own site", "registry", "another last-resort list")
_NAME_WORD = re.compile(r"[a-z0-9]{4,}")


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def name_in_host(name: str, host: str) -> bool:
    """A word of the outlet's name (4+ letters), or the whole name run together, in the host."""
    folded = ascii_fold(name)
    joined = re.sub(r"[^a-z0-9]", "", folded)
    if len(joined) >= 4 and joined in host.replace("-", ""):
        return True
    flat = host.replace("-", "").replace(".", " ")
    return any(word in flat for word in _NAME_WORD.findall(folded))


def read_site(url: str) -> tuple[str, bool] | None:
    """(the host as the classifier reads it, without www.; whether the address is a page deeper
    than the site's root), or None for an address that is no URL."""
    from evidence_check.urls import parse

    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    try:
        split = urlsplit(url)
        split.port  # noqa: B018  (raises on a bad port)
    except ValueError:
        return None
    host = (parse(url).host or split.hostname or "").rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host, split.path.strip("/") != "" or bool(split.query)


def read_list(path: Path) -> set[str]:
    """The hosts of a generated list (one a line, '#' header lines)."""
    if not path.is_file():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def filter_hosts(sites: dict[str, dict[str, tuple[str, bool]]], rules: str | None, others: set[str],
                 min_shared: int | None):
    """Keep the hosts of `sites` (host -> {outlet id: (name, deep link)}) that are an outlet's own
    and that no registry entry and no other last-resort list (`others`) names. Returns (kept hosts,
    {reason: dropped hosts}, registry categories matched)."""
    from evidence_check import load_rules
    from evidence_check.domains import registered_domain
    from evidence_check.ruleset.files import domain_problem

    index = load_rules(rules).index
    private_exact, private_wild = psl_private()
    parents = set()
    for listed in set(index.hosts) | set(index.paths):
        labels = listed.split(".")
        parents.update(".".join(labels[i:]) for i in range(1, len(labels) - 1))

    dropped: dict[str, list[str]] = defaultdict(list)
    categories: Counter = Counter()
    kept: list[str] = []
    for host in sorted(sites):
        outlets = sites[host]
        labels = host.split(".")
        try:
            ipaddress.ip_address(host)
            is_ip = True
        except ValueError:
            is_ip = False
        if is_ip or not HOST.match(host) or domain_problem(host):
            dropped["malformed"].append(host)
            continue
        registered = registered_domain(host)
        if (not registered or host in private_exact or ".".join(labels[1:]) in private_wild
                or any(".".join(labels[i:]) in private_exact for i in range(1, len(labels)))):
            dropped["public suffix"].append(host)
            continue
        if (registered in PLATFORMS or registered.split(".")[0] in PLATFORM_NAMES
                or any(".".join(labels[i:]) in ARCHIVES for i in range(len(labels)))):
            dropped["platform or archive"].append(host)
            continue
        if gov_convention(host):
            dropped["government/UN/education/military convention"].append(host)
            continue
        if min_shared is not None and len(outlets) >= min_shared:
            dropped["shared"].append(host)
            continue
        if all(deep and not name_in_host(name, host) for name, deep in outlets.values()):
            dropped["not the outlet's own site"].append(host)
            continue
        match = index.by_host(host)
        if match is not None or host in parents or index.has_paths(host):
            if match is not None:
                categories[match[0].category] += 1
            dropped["registry"].append(host)
            continue
        if any(".".join(labels[i:]) in others for i in range(len(labels))):  # the host or a domain above it
            dropped["another last-resort list"].append(host)
            continue
        kept.append(host)
    return kept, dropped, categories


def filter_lines(dropped: dict[str, list[str]], categories: Counter, descriptions: dict[str, str]) -> list[str]:
    """The header lines that count each filter's drops, with a few examples."""
    lines = []
    for reason in REASONS:
        if reason not in descriptions:
            continue
        shown = ", ".join(dropped[reason][:8]) or "-"
        lines.append(f"# - {reason}: {len(dropped[reason])} ({descriptions[reason]}); e.g. {shown}")
        if reason == "registry":
            lines.append("#     registry categories matched: "
                         + ", ".join(f"{cat} {n}" for cat, n in sorted(categories.items())))
    return lines
