#!/usr/bin/env python3
"""Generate rules/registry/news_domains.localnews.txt: US local news outlets' websites.

    python tools/import_local_news.py --input PATH/local_news_dataset_2018.csv \\
        --out rules/registry/news_domains.localnews.txt

Input: the Local News Dataset of Leon Yin (GitHub yinleon/LocalNewsDataset, commit d97f2f8,
data/local_news_dataset_2018.csv, MIT licence): 8,720 US newspapers, TV stations, college
newspapers and magazines with their websites, gathered on 2 August 2018 from the US Newspaper
List (usnpl.com), stationindex.com and the station lists of the big broadcast groups (Sinclair,
Nexstar, Tribune, Hearst, Meredith). Columns read: name, website, domain, medium.

Output: a plain text list, `#` header lines, then one lower-case host per line, sorted and
unique. Like GDELT's and Wikidata's lists it is ONLY a last-resort signal ("a US local news
outlet's website by the Local News Dataset") for hosts no registry entry and no earlier list
names; the entry that reads it (rules/registry/news_localnews.yaml) has `fallback: true`.
The filters are tools/news_lists.py's (malformed, public suffix, platform or archive,
government/education convention, not the outlet's own site, registry, another last-resort
list: GDELT's and Wikidata's); a host several outlets share is kept (a group's local portal,
wickedlocal.com, is still news), and each kind of drop is counted in the header.

The medium "Magazines" (311 rows) is left out whole: usnpl.com files state tourism offices'
sites (visitindiana.net), state agencies' magazines (Texas Highways of the Texas Department of
Transportation, Nebraskaland of the Game and Parks Commission), cooperatives' and unions' member
magazines and visitor guides under it, which are not news outlets or not press at all.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from news_lists import filter_hosts, filter_lines, read_list, read_site  # noqa: E402

SOURCE = ("Local News Dataset (2018) by Leon Yin, GitHub yinleon/LocalNewsDataset commit "
          "d97f2f86aa7da3813f6e388e637f9e7350e53178, data/local_news_dataset_2018.csv (MIT licence), "
          "gathered 2018-08-02 from usnpl.com, stationindex.com and broadcast groups' station lists.")
DESCRIPTIONS = {
    "malformed": "an IP address, a port, no dot, or refused by the loader",
    "public suffix": "a public suffix or under a private-section one",
    "platform or archive": "hosting, social media, document sharing, web archives, press databases",
    "government/UN/education/military convention": "gov, edu, mil, k12, state.xx.us ... conventions",
    "not the outlet's own site": "a deep link on a host that does not carry the outlet's name",
    "registry": "an entry matches the host, or lists a host or path under it",
    "another last-resort list": "on GDELT's or Wikidata's news list",
}
COLUMNS = {"name", "website", "domain", "medium"}
LEFT_OUT_MEDIA = frozenset({"Magazines"})


def fail(message: str) -> SystemExit:
    print(f"import_local_news: {message}", file=sys.stderr)
    return SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, type=Path, help="local_news_dataset_2018.csv")
    parser.add_argument("--out", required=True, type=Path, help="output text file")
    parser.add_argument("--rules", default=None, help="ruleset to check against (default: the bundled default)")
    parser.add_argument("--license", type=Path, default=None, help="licence file to copy (default: LICENSE beside --input)")
    args = parser.parse_args(argv)
    if not args.input.is_file():
        raise fail(f"--input {args.input}: no such file")
    license_in = args.license or args.input.parent / "LICENSE"
    if not license_in.is_file():
        raise fail(f"licence file {license_in} not found (use --license)")
    with args.input.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if not COLUMNS <= set(reader.fieldnames or []):
            raise fail(f"{args.input}: missing columns {sorted(COLUMNS - set(reader.fieldnames or []))}")
        rows = list(reader)
    others = (read_list(args.out.parent / "news_domains.gdelt.txt")
              | read_list(args.out.parent / "news_domains.wikidata.txt"))

    sites: dict[str, dict[str, tuple[str, bool]]] = defaultdict(dict)
    media: Counter = Counter()
    no_site = 0
    left_out = Counter(row["medium"] for row in rows if row["medium"] in LEFT_OUT_MEDIA)
    for number, row in enumerate(rows):
        if row["medium"] in LEFT_OUT_MEDIA:
            continue
        site = read_site(row["website"] or row["domain"]) if (row["website"] or row["domain"]).strip() else None
        if site is None:
            no_site += 1
            continue
        host, deep = site
        sites[host][str(number)] = (row["name"], deep)
        media[row["medium"]] += 1
    kept, dropped, categories = filter_hosts(sites, args.rules, others, None)

    header = [
        "# GENERATED FILE - do not edit by hand. Re-create with:",
        f"#   python tools/import_local_news.py --input <dataset>/local_news_dataset_2018.csv "
        f"--out rules/registry/{args.out.name}",
        "# (after tools/import_gdelt.py and tools/import_wikidata_newspapers.py: their lists are left out here)",
        "#",
        f"# Source: {SOURCE}",
        "# Licence: MIT, Copyright (c) 2018 Leon Yin (news_domains.localnews.LICENSE beside this file).",
        "#",
        "# Use: ONLY as a last-resort signal (\"a US local news outlet's website by the Local News",
        "# Dataset\") for hosts no registry entry matches; an entry for the host always wins. The data",
        "# gives no owner that counts here (a broadcaster's owner is a company): none is ever taken.",
        "# It is as of August 2018: an outlet that closed may have lost its domain since.",
        "#",
        f"# Input: {len(rows)} rows; left out whole: " + ", ".join(f"{m} {n}" for m, n in sorted(left_out.items()))
        + f" (not news outlets, see the tool); {no_site} without a website; {len(sites)} distinct hosts (without "
        "www.); by medium: " + ", ".join(f"{medium} {n}" for medium, n in sorted(media.items())) + ".",
        "# Filters, in order (count dropped; e.g. the first few):",
        *filter_lines(dropped, categories, DESCRIPTIONS),
        f"# Kept: {len(kept)} hosts.",
        "# The registry check reflects the registry files present when this file was generated;",
        "# re-run the command after registry changes.",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(header) + "\n" + "".join(f"{host}\n" for host in kept), encoding="utf-8")
    license_out = args.out.parent / (args.out.name.removesuffix(".txt") + ".LICENSE")
    shutil.copyfile(license_in, license_out)
    print(f"{args.out}: {len(kept)} hosts kept of {len(sites)}; licence copied to {license_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
