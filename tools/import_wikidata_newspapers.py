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
 6. not the outlet's own site: the website is a page deeper than the host's root and no word
    of the paper's name (4+ letters) is in the host's name: a page on someone else's site
    (a picture library's, a library catalogue's).
 7. registry: the default registry already matches the host (any category: a state-media,
    government or hand-written press entry wins), or lists a host or path under it.
 8. another last-resort list: the host or a domain above it is already on GDELT's news list
    (news_domains.gdelt.txt), so it is a news site either way.

The filters live in tools/news_lists.py, shared with tools/import_local_news.py.
Deterministic for a given input and registry. Standard library + evidence_check (its
ruleset loader, its registered-domain reader) + tools/import_gdelt.py's lists.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from news_lists import filter_hosts, filter_lines, read_list, read_site  # noqa: E402

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
DESCRIPTIONS = {
    "malformed": "an IP address, a port, no dot, or refused by the loader",
    "public suffix": "a public suffix or under a private-section one",
    "platform or archive": "hosting, social media, document sharing, web archives, press databases",
    "government/UN/education/military convention": "gov, edu, mil, int, ac ... conventions",
    "shared": "the website of 3 or more newspapers",
    "not the outlet's own site": "a deep link on a host that does not carry the paper's name",
    "registry": "an entry matches the host, or lists a host or path under it",
    "another last-resort list": "on GDELT's news list",
}
MIN_SHARED = 3


def fail(message: str) -> SystemExit:
    print(f"import_wikidata_newspapers: {message}", file=sys.stderr)
    return SystemExit(2)


def read_bindings(path: Path) -> list[dict]:
    try:
        bindings = json.loads(path.read_text(encoding="utf-8"))["results"]["bindings"]
        rows = [{"item": b["item"]["value"], "name": b.get("itemLabel", {}).get("value", ""),
                 "url": b["offurl"]["value"]} for b in bindings if "offurl" in b and "item" in b]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise fail(f"{path}: not a SPARQL JSON result ({exc})")
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
    others = read_list(args.gdelt or args.out.parent / "news_domains.gdelt.txt")

    rows = read_bindings(args.input)
    sites: dict[str, dict[str, tuple[str, bool]]] = defaultdict(dict)
    unreadable = 0
    for row in rows:
        site = read_site(row["url"])
        if site is None:
            unreadable += 1
            continue
        host, deep = site
        known = sites[host].get(row["item"])
        sites[host][row["item"]] = (row["name"], deep and (known is None or known[1]))
    kept, dropped, categories = filter_hosts(sites, args.rules, others, MIN_SHARED)

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
        f"# Input: {len(rows)} bindings, {len({row['item'] for row in rows})} newspapers, {len(sites)} distinct "
        f"hosts (without www.; {unreadable} addresses unreadable). Filters, in order (count dropped; e.g. the first few):",
        *filter_lines(dropped, categories, DESCRIPTIONS),
        f"# Kept: {len(kept)} hosts.",
        "# The registry check reflects the registry files present when this file was generated;",
        "# re-run the command after registry changes and after tools/import_gdelt.py.",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(header) + "\n" + "".join(f"{host}\n" for host in kept), encoding="utf-8")
    license_out = args.out.parent / (args.out.name.removesuffix(".txt") + ".LICENSE")
    license_out.write_text(LICENSE_TEXT, encoding="utf-8")
    print(f"{args.out}: {len(kept)} hosts kept of {len(sites)}; licence written to {license_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
