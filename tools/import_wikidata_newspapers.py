#!/usr/bin/env python3
"""Generate rules/registry/news_domains.wikidata.txt: newspapers' websites by Wikidata.

    python tools/import_wikidata_newspapers.py --input PATH/full_list_of_newspapers.json \\
        --out rules/registry/news_domains.wikidata.txt

Input: a Wikidata Query Service result (SPARQL JSON) of every item that is an instance of
newspaper (P31 = Q11032) with an official website (P856), one binding per item, website,
country, place and language (the query is QUERY below). The copy read is the one saved as
full_list_of_newspapers.json in GitHub patrickswickard/international_newspapers (commit
0d8b4a3, file of 25 April 2023): 8,023 bindings, 6,848 newspapers. Wikidata's structured data is
CC0 1.0; the repository has no licence of its own and nothing but the query result is used.

Output: a plain text list, `#` header lines, then one lower-case host per line, sorted and
unique. Like GDELT's news list (tools/import_gdelt.py), it is meant ONLY as a last-resort
"Wikidata says this is a newspaper's website" signal for hosts no registry entry matches
(the entry that reads it, rules/registry/news_wikidata.yaml, has `fallback: true`). A host
is the website's host without "www."; a subdomain stays a subdomain (the site of one paper
of a group). Filters, applied in this order, each counted in the header:

 1. malformed: not a plain host name (an IP address, a port, no dot) or one the registry
    loader refuses. An internationalised name is taken in punycode, as the classifier reads it.
 2. public suffix: the host is a public suffix or lies under a private-section suffix of the
    Public Suffix List (tldextract's bundled snapshot, never fetched): blogspot.com, github.io.
 3. platform: a hosting, social-media, document-sharing or portal domain (import_gdelt's
    PLATFORMS and PLATFORM_NAMES), or a web archive or press database (ARCHIVES).
 4. government/UN/education/military convention (import_gdelt's gov_convention): a
    newspaper "website" on loc.gov or a university's host is a library's or an archive's copy.
 5. shared: the host is given as the website of 3 or more newspapers: an archive, a database
    or a publishing group's portal, not one paper's site.
 6. not the paper's own site: the website is a page deeper than the host's root and no word
    of the paper's name (4+ letters) is in the host's name: a page on someone else's site
    (a picture library's, a library catalogue's).
 7. registry: the default registry already matches the host (any category: a state-media,
    government or hand-written press entry wins), or lists a host or path under it.
 8. GDELT: the host's registered domain is already on GDELT's news list
    (news_domains.gdelt.txt), so it is a news site either way.

Deterministic for a given input and registry. Standard library + evidence_check (its
ruleset loader, its registered-domain reader) + tools/import_gdelt.py's lists.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_gdelt import HOST, PLATFORM_NAMES, PLATFORMS, gov_convention, psl_private  # noqa: E402

SOURCE = ("Wikidata (https://www.wikidata.org/), items with instance of (P31) newspaper (Q11032) and an "
          "official website (P856): the Query Service result saved as full_list_of_newspapers.json in "
          "GitHub patrickswickard/international_newspapers commit 0d8b4a34764914490583a603d2a5d12ad175ecbd "
          "(file of 25 April 2023).")
QUERY = ("SELECT ?item ?itemLabel ?country ?countryLabel ?place ?placeLabel ?language ?languageLabel ?pic "
         "?offurl WHERE { ?item wdt:P31 wd:Q11032 . OPTIONAL {?item wdt:P17 ?country .} OPTIONAL {?item "
         "wdt:P291 ?place .} OPTIONAL {?item wdt:P407 ?language .} OPTIONAL {?item wdt:P154 ?pic .} ?item "
         "wdt:P856 ?offurl SERVICE wikibase:label { bd:serviceParam wikibase:language \"[AUTO_LANGUAGE],en\" } }")

LICENSE_TEXT = """\
news_domains.wikidata.txt holds facts from Wikidata (https://www.wikidata.org/).
Wikidata's structured data is dedicated to the public domain under the Creative Commons
CC0 1.0 Universal Public Domain Dedication: https://creativecommons.org/publicdomain/zero/1.0/
No attribution is required; it is given anyway: the list was made from a Wikidata Query
Service result (newspapers with an official website) saved in GitHub
patrickswickard/international_newspapers (file full_list_of_newspapers.json, April 2023).
That repository carries no licence of its own; none of its code or prose is copied here.
"""

# Web archives, press databases and library services given as a newspaper's "website".
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

NAME_WORD = re.compile(r"[a-z0-9]{4,}")
MIN_SHARED = 3


def fail(message: str) -> SystemExit:
    print(f"import_wikidata_newspapers: {message}", file=sys.stderr)
    return SystemExit(2)


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def name_in_host(name: str, host: str) -> bool:
    """A word of the paper's name (4+ letters), or the whole name run together, in the host."""
    folded = ascii_fold(name)
    joined = re.sub(r"[^a-z0-9]", "", folded)
    flat = host.replace("-", "").replace(".", " ")
    if joined and len(joined) >= 4 and joined in host.replace("-", ""):
        return True
    return any(word in flat for word in NAME_WORD.findall(folded))


def read_bindings(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        bindings = data["results"]["bindings"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise fail(f"{path}: not a SPARQL JSON result ({exc})")
    rows = []
    for binding in bindings:
        try:
            rows.append({"item": binding["item"]["value"], "name": binding.get("itemLabel", {}).get("value", ""),
                         "url": binding["offurl"]["value"]})
        except (KeyError, TypeError):
            continue
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, type=Path, help="full_list_of_newspapers.json (SPARQL JSON)")
    parser.add_argument("--out", required=True, type=Path, help="output text file")
    parser.add_argument("--rules", default=None, help="ruleset to check against (default: the bundled default)")
    parser.add_argument("--gdelt", type=Path, default=None,
                        help="GDELT's news list (default: news_domains.gdelt.txt beside --out)")
    args = parser.parse_args(argv)
    if not args.input.is_file():
        raise fail(f"--input {args.input}: no such file")
    gdelt_path = args.gdelt or args.out.parent / "news_domains.gdelt.txt"
    gdelt = set()
    if gdelt_path.is_file():
        gdelt = {line.strip() for line in gdelt_path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")}

    from evidence_check import load_rules
    from evidence_check.domains import registered_domain
    from evidence_check.ruleset.files import domain_problem
    from evidence_check.urls import parse

    index = load_rules(args.rules).index
    private_exact, private_wild = psl_private()
    listed = set(index.hosts) | set(index.paths)
    parents = set()
    for host in listed:
        labels = host.split(".")
        parents.update(".".join(labels[i:]) for i in range(1, len(labels) - 1))

    rows = read_bindings(args.input)
    items = {row["item"] for row in rows}
    # host -> {item: (name, deep path?)}
    sites: dict[str, dict[str, tuple[str, bool]]] = defaultdict(dict)
    malformed: list[str] = []
    for row in rows:
        try:
            split = urlsplit(row["url"].strip())
            split.port  # noqa: B018  (raises on a bad port)
        except ValueError:
            malformed.append(row["url"])
            continue
        # the host as the classifier sees it (an internationalised name in punycode)
        host = (parse(row["url"].strip()).host or split.hostname or "").rstrip(".")
        if host.startswith("www."):
            host = host[4:]
        deep = split.path.strip("/") != "" or bool(split.query)
        known = sites[host].get(row["item"])
        sites[host][row["item"]] = (row["name"], deep and (known is None or known[1]))

    dropped: dict[str, list[str]] = defaultdict(list)
    order = ["malformed", "public suffix", "platform or archive", "government/UN/education/military convention",
             "shared", "not the paper's own site", "registry", "GDELT"]
    categories: Counter = Counter()
    kept: list[str] = []
    for host in sorted(sites):
        papers = sites[host]
        labels = host.split(".")
        is_ip = False
        try:
            ipaddress.ip_address(host)
            is_ip = True
        except ValueError:
            pass
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
        if len(papers) >= MIN_SHARED:
            dropped["shared"].append(host)
            continue
        if all(deep and not name_in_host(name, host) for name, deep in papers.values()):
            dropped["not the paper's own site"].append(host)
            continue
        match = index.by_host(host)
        if match is not None or host in parents or index.has_paths(host):
            if match is not None:
                categories[match[0].category] += 1
            dropped["registry"].append(host)
            continue
        if registered in gdelt or host in gdelt:
            dropped["GDELT"].append(host)
            continue
        kept.append(host)

    header = [
        "# GENERATED FILE - do not edit by hand. Re-create with:",
        f"#   python tools/import_wikidata_newspapers.py --input <dataset>/full_list_of_newspapers.json "
        f"--out rules/registry/{args.out.name}",
        "#",
        f"# Source: {SOURCE}",
        f"# Query: {QUERY}",
        "# Licence: Wikidata's data is CC0 1.0 (news_domains.wikidata.LICENSE beside this file).",
        "#",
        "# Use: ONLY as a last-resort signal (\"Wikidata gives this host as a newspaper's official",
        "# website\") for hosts no registry entry matches; an entry for the host always wins. Wikidata",
        "# does not say who owns a paper: no owner is ever taken from it. A paper that closed may have",
        "# lost its domain since; the list is as of the query (April 2023).",
        "#",
        f"# Input: {len(rows)} bindings, {len(items)} newspapers, {len(sites)} distinct hosts "
        "(without www.). Filters, in order (count dropped; e.g. the first few):",
    ]
    for reason in order:
        shown = ", ".join(dropped[reason][:8]) or "-"
        header.append(f"# - {reason}: {len(dropped[reason])}; e.g. {shown}")
        if reason == "registry":
            header.append("#     registry categories matched: "
                          + ", ".join(f"{cat} {n}" for cat, n in sorted(categories.items())))
    header += [f"# Kept: {len(kept)} hosts.",
               "# The registry check reflects the registry files present when this file was generated;",
               "# re-run the command after registry changes and after tools/import_gdelt.py."]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(header) + "\n" + "".join(f"{host}\n" for host in kept), encoding="utf-8")
    license_out = args.out.parent / (args.out.name.removesuffix(".txt") + ".LICENSE")
    license_out.write_text(LICENSE_TEXT, encoding="utf-8")
    print(f"{args.out}: {len(kept)} hosts kept of {len(sites)}; licence written to {license_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
