#!/usr/bin/env python3
"""Generate rules/registry/gov_us.yaml: US government domains outside .gov and .mil.

    python tools/import_us_gov.py --input PATH/us-gov-domains [--out PATH]

Input: a folder with gsa-govt-urls-full.csv (GSA/govt-urls, "1_govt_urls_full.csv":
US government domains outside .gov/.mil), dotgov-current-full.csv (CISA's .gov
registry), LICENSE.gsa, LICENSE.dotgov and SOURCE.md. Both lists are CC0 1.0.

The .gov TLD is already a USA government domain (registry/governments.yaml), so
the .gov registry adds nothing: it is only checked (every row must already
classify as USA government). GSA's list gives the rest: Federal rows (group
ministries) and State rows, including the territories (group local), with a
real domain; see the output's top comment for what is left out and why.

Run tools/import_govdirectory.py first: this reads every other registry file of
the default ruleset, gov_bodies.yaml included, and skips what they claim.
Deterministic; standard library + PyYAML + this repository's evidence_check
package (shared helpers in tools/import_govdirectory.py).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_govdirectory import (  # noqa: E402
    REPO, comment, entry_lines, examples, is_ip, is_platform, is_public_suffix, load_existing,
    registered, url_parts,
)

DEFAULT_OUT = REPO / "rules" / "registry" / "gov_us.yaml"
SKIP_FILES = ("registry/gov_us.yaml",)

# GSA "Type of government" -> group; other types are left out (see LEFT_OUT_TYPES).
TYPE_GROUP = {"Federal": "ministries", "State": "local"}
LEFT_OUT_TYPES = {
    "Local": "cities, towns and other local bodies: 2013-14 entries, many on .com/.org/.net names that "
             "may have lapsed since; rarely cited as evidence",
    "County": "counties: as for Local",
    "Regional": "regional bodies: as for Local",
    "Native Sovereign Nation / Tribal": "tribal nations are not bodies of the US government",
    "Quasigovernmental": "quasi-governmental bodies are not state bodies (SOURCE.md)",
    "Level unclear, see note": "level unclear",
}
# State values that are sovereign states, not US states or territories.
NOT_US = {
    "Palau": "PLW", "Federated States of Micronesia": "FSM", "Marshall Islands": "MHL",
}
# Federal agencies whose rows are not state bodies in the sense of the rules.
LEFT_OUT_AGENCIES = {
    "Farm Credit Administration": "Farm Credit System banks (cooperatives owned by their borrowers)",
    "National Railroad Passenger Corporation": "Amtrak, a state-owned company",
    "Federal National Mortgage Association": "Fannie Mae, a government-sponsored company",
    "Federal Home Loan Mortgage Corporation": "Freddie Mac, a government-sponsored company",
    "Federal Agricultural Mortgage Corporation": "Farmer Mac, a government-sponsored company",
    "Tennessee Valley Authority": "TVA, a federally owned electric utility company",
    "U.S. Agency for Global Media": "USAGM broadcasters are state media (state_media.yaml), not government",
    "Autoridad del Canal de Panama/Panama Canal Authority": "the Panama Canal Authority is Panama's",
    "Quasigovernmental": "quasi-governmental",
    "U.S. Courts": "courts are not government here",
    "Combined Federal Campaign": "local charity-drive sites run by campaign committees and contractors, "
                                 "2013-15 entries",
    "Smithsonian Institution": "museums, magazines, stores and TV (cultural institution, as in gov_bodies.yaml)",
}
# Words in the Comments column that show a row is not a state body or not live.
LEFT_OUT_COMMENTS = [
    (re.compile(r"Federal Reserve Bank of|Federal Home Loan Bank|FHLBank", re.I),
     "Federal Reserve Banks and Federal Home Loan Banks (corporations owned by member banks)"),
    (re.compile(r"magazine", re.I), "magazines"),
    (re.compile(r"\b(association|lottery|museum|state fair|foundation|gift ?shop|store|zoo|symphony|"
                r"university|college|school|vendor|third-party)\b", re.I),
     "associations, lotteries, museums, fairs, shops, schools, vendors (the Comments say so)"),
    (re.compile(r"unresponsive|no longer|not resolv|defunct|parked|for sale|expired|historical snapshot|"
                r"web\.archive\.org", re.I), "dead or archived (the Comments say so)"),
]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9.-]+", "-", text.lower()).strip("-.")


def short(text: str, limit: int = 140) -> str:
    text = " ".join(text.replace("&reg;", "").split())
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


def source_commits(folder: Path) -> dict:
    text = (folder / "SOURCE.md").read_text(encoding="utf-8") if (folder / "SOURCE.md").exists() else ""
    found = {}
    for key, pattern in (("dotgov", r"cisagov/dotgov-data, commit\s+([0-9a-f]{40})"),
                         ("gsa", r"GSA/govt-urls, commit\s+([0-9a-f]{40})")):
        match = re.search(pattern, text)
        found[key] = match.group(1) if match else "unknown"
    return found


def check_dotgov(path: Path, existing) -> tuple[int, list[str]]:
    rows, wrong = 0, []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            domain = row["Domain name"].strip().lower()
            rows += 1
            found = existing.lookup(domain)
            if not domain.endswith(".gov") or not found or found[0].category != "government" \
                    or found[0].owner != "USA":
                wrong.append(domain)
    return rows, wrong


def domain_of(raw: str) -> tuple[str | None, str]:
    """(host[/path] or None, why not)."""
    value = raw.strip().lower().rstrip("/")
    if not value:
        return None, "no domain"
    if "~" in value:
        return None, "user paths (~) on a shared server"
    parts = url_parts("http://" + value)
    if parts is None:
        return None, "not a domain name (IP address, port, bad syntax)"
    host, path = parts
    if is_ip(host):
        return None, "not a domain name (IP address, port, bad syntax)"
    if re.search(r"(^|\.)(edu|ac\.[a-z]{2}|edu\.[a-z]{2})$", registered(host, private=False) or host):
        return None, "academic name space (.edu): schools and universities"
    if is_platform(host):
        return None, "platform hosts and their tenants"
    if is_public_suffix(host):
        return None, "a public suffix"
    return host + path, ""


def build(gsa_path: Path, existing):
    skipped = defaultdict(list)
    entries, overrides, seen = [], [], {}
    stats = Counter()
    with open(gsa_path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            stats["rows"] += 1
            raw = row["Domain name"]
            level = row["Type of government"].strip()
            agency = " ".join(row["Agency"].split())
            state = " ".join(row["State"].split())
            note = row["Comments"].split(" -- Note added")[0].strip()
            label = f"{raw.strip()} ({level}{', ' + agency if agency else ''}{', ' + state if state else ''})"
            if level not in TYPE_GROUP:
                skipped[f"{level or 'no level'}: {LEFT_OUT_TYPES.get(level, 'not a level kept here')}"].append(
                    raw.strip())
                continue
            if state in NOT_US:
                skipped["sovereign states in the list (Palau, Micronesia, Marshall Islands): not the USA"].append(
                    f"{raw.strip()} ({NOT_US[state]})")
                continue
            if agency in LEFT_OUT_AGENCIES:
                skipped[f"{agency}: {LEFT_OUT_AGENCIES[agency]}"].append(raw.strip())
                continue
            reason = next((why for pattern, why in LEFT_OUT_COMMENTS if pattern.search(row["Comments"])), None)
            if reason:
                skipped[reason].append(raw.strip())
                continue
            domain, why = domain_of(raw)
            if domain is None:
                skipped[why].append(raw.strip())
                continue
            if domain in seen:
                stats["duplicate rows"] += 1
                continue
            if domain in existing.claims:
                skipped["domains claimed by another registry file"].append(
                    f"{domain} ({existing.claims[domain].id})")
                continue
            found = existing.lookup(domain)
            if found is not None:
                publisher, matched = found
                if publisher.category == "government" and publisher.owner == "USA":
                    skipped["already covered by a USA government domain (by suffix: gov, mil, fed.us, ...)"].append(
                        f"{domain} (by {matched})")
                    continue
                what = f"{publisher.category}{'/' + publisher.owner if publisher.owner else ''}"
                overrides.append(f"{domain} ({label}) would override {matched} ({publisher.id}, {what})")
                skipped["hosts another registry file classifies otherwise (left out: see 'would override')"].append(
                    f"{domain} ({publisher.id}, {what})")
                continue
            group = TYPE_GROUP[level]
            if level == "Federal":
                name = f"{agency or 'US federal government'} ({domain})"
            else:
                name = f"State of {state} ({domain})" if state else f"US state government ({domain})"
            if level != "Federal" and note and len(note) <= 80 and "http" not in note:
                name = f"{note.rstrip('.')} ({domain})"
            clash = existing.name_clash(name, "government")
            if clash is not None:
                skipped["names that already name a publisher of another category"].append(f"{name} ({clash.id})")
                continue
            basis = f"GSA govt-urls list of US government domains outside .gov/.mil (CC0), row {raw.strip()}: " \
                    f"{level}{', ' + agency if agency else ''}{', ' + state if state else ''}"
            if note:
                basis += f"; {short(note)}"
            seen[domain] = True
            entries.append({"id": "usg-" + slug(domain), "name": name, "owner": "USA", "group": group,
                            "domains": [domain], "basis": basis})
    entries.sort(key=lambda e: (e["group"], e["domains"][0]))
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)) or set(ids) & existing.ids:
        raise SystemExit("error: duplicate ids")
    below = existing.more_specific([e["domains"][0] for e in entries])
    more_specific = [f"{claimed} ({p.id}, {p.category}) stays under {domain}"
                     for domain, found in sorted(below.items()) for claimed, p in found
                     if p.category != "government" or p.owner != "USA"]
    return entries, skipped, stats, overrides, more_specific


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", required=True, type=Path,
                        help="the us-gov-domains folder (gsa-govt-urls-full.csv, dotgov-current-full.csv, "
                             "LICENSE.gsa, LICENSE.dotgov, SOURCE.md)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    folder = args.input
    needed = ["gsa-govt-urls-full.csv", "dotgov-current-full.csv", "LICENSE.gsa", "LICENSE.dotgov"]
    missing = [name for name in needed if not (folder / name).exists()]
    if not folder.is_dir() or missing:
        parser.error(f"--input: {folder} must be a folder holding {', '.join(needed)} (missing: {missing})")
    existing = load_existing(skip=SKIP_FILES)
    dotgov_rows, dotgov_wrong = check_dotgov(folder / "dotgov-current-full.csv", existing)
    if dotgov_wrong:
        raise SystemExit(f"error: .gov registry domains not classified as USA government: {dotgov_wrong[:10]}")
    entries, skipped, stats, overrides, more_specific = build(folder / "gsa-govt-urls-full.csv", existing)
    commits = source_commits(folder)
    groups = Counter(e["group"] for e in entries)
    text = f"""US government domains outside .gov and .mil, from GSA's list (owner USA).

GENERATED FILE - do not edit by hand. Regenerate with:
    python tools/import_us_gov.py --input ../shared/data/us-gov-domains
(after tools/import_govdirectory.py: it reads every other registry file of rules/default.yaml.)

Data: GSA/govt-urls "1_govt_urls_full.csv" (GitHub GSA/govt-urls, commit {commits['gsa']}), {stats['rows']} rows; CISA's .gov registry current-full.csv (GitHub cisagov/dotgov-data, commit {commits['dotgov']}). Licence: CC0 1.0 (and the GSA list is a work of the US federal government); copies with attribution in gov_us.LICENSE and gov_us.dotgov.LICENSE next to this file.

The .gov registry needs no entry: all {dotgov_rows} of its domains are .gov, which governments.yaml already lists as USA government (checked at generation time). This file adds GSA's domains outside .gov/.mil.

How it is built:
- kept: Federal rows (group ministries) and State rows, the territories included (Puerto Rico, Guam, US Virgin Islands, American Samoa, Northern Mariana Islands; group local), with a domain name.
- left out: Local, County, Regional, Tribal, quasi-governmental and unclear rows (counts below); the sovereign states in the list (Palau, Micronesia, Marshall Islands); federal rows that are companies, banks, courts, state media, museums and magazines, or that the Comments call dead; .edu, IP addresses, ~user paths, platform hosts, public suffixes.
- domain: the Domain name column, lower case, without "www."; "host/path" when the row gives a path.
- skipped: domains claimed by another registry file; domains already covered by a USA government suffix; domains another file classifies otherwise (listed below).

Entries: {len(entries)} ({', '.join(f'{g} {n}' for g, n in sorted(groups.items()))}).

Skipped (counts, examples):"""
    for reason in sorted(skipped, key=lambda r: (-len(skipped[r]), r)):
        text += f"\n- {reason}: {len(skipped[reason])}; e.g. {examples(skipped[reason], 6)}"
    text += f"\n\nwould override (a host another registry file classifies otherwise; left out): {len(overrides)}"
    for item in overrides:
        text += f"\n  - {item}"
    text += f"\n\nMore specific entries of other files under a domain listed here (they keep winning): {len(more_specific)}"
    for item in more_specific:
        text += f"\n  - {item}"
    text += ("\n\nDoubtful: many rows date from 2013-2014; a domain may have lapsed and been re-registered "
             "by someone else since. A row is evidence, not a guarantee.")
    lines = comment(text) + ["", "publishers:"]
    for entry in entries:
        lines += entry_lines(entry)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    base = args.out.with_suffix("")
    Path(f"{base}.LICENSE").write_text(
        "gov_us.yaml is derived from GSA's list of US government domains outside .gov/.mil\n"
        f"(https://github.com/GSA/govt-urls, file 1_govt_urls_full.csv, commit {commits['gsa']}),\n"
        "a work of the US General Services Administration, dedicated to the public domain under CC0 1.0.\n"
        "Each entry's basis names its row. The licence text the repository carried follows.\n\n"
        + (folder / "LICENSE.gsa").read_text(encoding="utf-8"), encoding="utf-8")
    Path(f"{base}.dotgov.LICENSE").write_text(
        "gov_us.yaml was checked against CISA's .gov registry (https://github.com/cisagov/dotgov-data,\n"
        f"current-full.csv, commit {commits['dotgov']}), CC0 1.0; no row of it is copied. Licence text:\n\n"
        + (folder / "LICENSE.dotgov").read_text(encoding="utf-8"), encoding="utf-8")
    print(f"wrote {args.out}: {len(entries)} entries ({dict(sorted(groups.items()))}); "
          f"dotgov rows checked: {dotgov_rows}; would override: {len(overrides)}; "
          f"more specific below: {len(more_specific)}", file=sys.stderr)
    for reason, items in sorted(skipped.items()):
        print(f"  skipped {len(items):5d}  {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
