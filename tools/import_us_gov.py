#!/usr/bin/env python3
"""Generate rules/registry/gov_us.yaml: US government domains outside .gov and .mil.

    python tools/import_us_gov.py --input PATH/us-gov-domains [--out PATH]

Input: a folder with gsa-govt-urls-full.csv (GSA/govt-urls, "1_govt_urls_full.csv":
US government domains outside .gov/.mil), dotgov-current-full.csv (CISA's .gov
registry), LICENSE.gsa, LICENSE.dotgov and SOURCE.md. Both lists are CC0 1.0.

The .gov TLD is already a USA government domain (registry/governments.yaml), so
the .gov registry adds no domain: it is checked (every row must already
classify as USA government), and its Federal organisations and
suborganisations give name-only entries (`domains: []`), so that a citation
giving only "Central Intelligence Agency" or "U.S. Department of State" is
recognised. GSA's list gives the rest: Federal rows (group ministries) and
State rows, including the territories (group local), with a real domain, and
the names of its Federal agencies (name-only entries too); see the output's
top comment for what is left out and why.

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
    REPO, Names, comment, country_codes, entry_lines, examples, fold, generic_name, is_ip, is_platform,
    is_public_suffix, load_existing, qualified, registered, url_parts, us_forms,
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


# --- name-only entries: the names of federal bodies (.gov registry and GSA's Agency column) ---

DOTGOV_LEFT_OUT_TYPES = {
    "Federal - Judicial": "the judicial branch (courts and their administration: not government here)",
}
# Organisation / suborganisation names that are not state bodies in the sense of the rules.
LEFT_OUT_NAMES = {
    ".gov Administration": "the .gov registry's own administrative and test entries",
    "United States Agency for Global Media": "USAGM and its broadcasters are state media (state_media.yaml)",
    "U.S. Agency for Global Media": "USAGM and its broadcasters are state media (state_media.yaml)",
    "VOA": "Voice of America is state media (state_media.yaml)",
    "Tennessee Valley Authority": "TVA, a federally owned electric utility company",
    "Smithsonian Institution": "museums and cultural institutions (as in gov_bodies.yaml)",
    "National Gallery of Art": "museums and cultural institutions (as in gov_bodies.yaml)",
    "John F. Kennedy Center for the Performing Arts": "museums and cultural institutions (as in gov_bodies.yaml)",
    "United States Holocaust Memorial Museum": "museums and cultural institutions (as in gov_bodies.yaml)",
    "Legal Services Corporation": "a private non-profit corporation funded by Congress",
    "Federal Reserve Bank": "Federal Reserve Banks (corporations owned by member banks)",
    "National Railroad Passenger Corporation, Office of Inspector General": "Amtrak, a state-owned company",
    "Interagency Collaboration": "not the name of a body",
    "North American Aerospace Defense Command": "NORAD is a binational US-Canadian command",
    "George C. Marshall European Center for Security Studies": "a German-American partnership",
    "Institute for Intergovernmental Research": "a private non-profit that works for the Department of Justice",
}
NAME_RULES = [
    (re.compile(r"\bLLC\b|\bInc\b|Solutions\b|Battelle|Associated Universities|Laborator|\bLab\b|"
                r"Accelerator Facility|Computing Center", re.I),
     "Department of Energy national laboratories and contractors (run by contractors and universities)"),
    (re.compile(r"Universit|Academy|School|College", re.I), "universities, academies and schools"),
    (re.compile(r"Auxiliary", re.I), "auxiliaries (volunteer and non-profit organisations)"),
    (re.compile(r"Democratic|Republican|Majority|Minority|Whip|Speaker", re.I),
     "party caucuses and party leadership offices of the House"),
    (re.compile(r"^(U\.S\. )?Department of [^,]+, "),
     "a department's unit written as \"Department, unit\" (the department is listed by itself)"),
    (re.compile(r"Inspector General|\bIG\b|Chief (Information|Financial|Technology) Officer|\bOCIO\b|"
                r"Assistant Secretary|Office of (the )?(Secretary|Administration|Communications|Grants)\b|"
                r"Departmental Offices|Management Directorate|Program Support Center|Information Technology|"
                r"Information Resources|Information and Technology|\bCIO\b|\bIT\b|\bPMO\b|Branch\b|Staff\b|Office of Public Health and Science|Task Force|"
                r"Business Center|Operations & Reporting|Project Office|Light Station|Program\b|"
                r"Advisory Committee|\bPREVENTS\b|Experience Office|Council of Test", re.I),
     "internal units, programmes and offices of a department (inspectors general, CIOs, secretaries' offices)"),
]
# Suborganisation names: what follows the name itself in the registry.
_TAILS = re.compile(r"(,\s*(NIH|Office of the Secretary)|\s+-\s+\S.*|\s*/\s*\S.*|\s*\([^)]*\))\s*$")


def clean_name(text: str) -> str:
    text = " ".join(text.replace("&reg;", "").split())
    text = re.sub(r"^U\.S (?=[A-Z])", "U.S. ", re.sub(r"^The ", "", text))
    previous = None
    while previous != text:
        previous, text = text, _TAILS.sub("", text).strip()
    return text.rstrip(" ,.")


def name_rule(name: str) -> str | None:
    if name in LEFT_OUT_NAMES:
        return f"{name}: {LEFT_OUT_NAMES[name]}"
    for pattern, why in NAME_RULES:
        if pattern.search(name):
            return why
    if re.fullmatch(r"[A-Z0-9.&-]{2,12}", name.replace(" ", "")):
        return "acronyms alone (TCS, RCFL, CDFI ...): too ambiguous as names"
    return None


def names_of(label: str, usa) -> list[str]:
    """Name first, then aliases: the country in brackets unless the label names it; the bare label when
    distinctive; "U.S. X" (and "United States X" for "U.S. X")."""
    if label.startswith(("United States ", "U.S. ", "US ")):
        return [label, *us_forms(label)]
    name = qualified(label, usa)
    if name == label:
        return [label]  # it names the country already ("American Battle Monuments Commission")
    found = [name]
    if not generic_name(label):
        found.append(label)
    return found + us_forms(label)


def federal_names(folder: Path, gsa_rows: list, existing, skipped) -> list[dict]:
    """Name-only entries for the federal bodies of the .gov registry and GSA's Agency column."""
    usa = country_codes()["USA"]
    candidates = []  # (label, kind, basis, organisation)
    with open(folder / "dotgov-current-full.csv", encoding="utf-8-sig", newline="") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda r: (r["Domain name"].strip().lower()))
    for row in rows:
        kind = row["Domain type"].strip()
        if not kind.startswith("Federal"):
            continue
        domain = row["Domain name"].strip().lower()
        org, sub = " ".join(row["Organization name"].split()), " ".join(row["Suborganization name"].split())
        what = f"{kind}, {org}" + (f", {sub}" if sub else "")
        if kind in DOTGOV_LEFT_OUT_TYPES:
            skipped[f"name-only: {DOTGOV_LEFT_OUT_TYPES[kind]}"].append(f"{org} ({domain})")
            continue
        basis = (f"CISA .gov registry current-full.csv (CC0), row {domain}: {what}; name only: its domain is "
                 f"covered by gov (gov-usa)")
        candidates.append((org, "organisation", basis, org))
        if sub and fold(sub) != fold(org):
            candidates.append((sub, "suborganisation", basis, org))
    for domain, level, agency in gsa_rows:
        basis = (f"GSA govt-urls list of US government domains outside .gov/.mil (CC0), row {domain}: "
                 f"{level}, {agency}; name only: the agency's name")
        candidates.append((agency, "GSA agency", basis, agency))

    names = Names(existing)
    made, seen, ids = [], set(), set()
    for raw, kind, basis, org in candidates:
        label = clean_name(raw)
        key = fold(label)
        if not key or key in seen:
            continue
        seen.add(key)
        why = name_rule(raw) or name_rule(label)
        if why is None and kind == "suborganisation" and org in LEFT_OUT_NAMES:
            why = f"{org}: {LEFT_OUT_NAMES[org]}"
        if why:
            skipped[f"name-only: {why}"].append(raw)
            continue
        wanted = names_of(label, usa)
        kept, dropped = names.fresh(wanted, "USA")
        if not kept:
            skipped["name-only: every name already names a USA government body in another file"].append(
                f"{label}" + (f" ({'; '.join(dropped)})" if dropped else ""))
            continue
        if fold(kept[0]) != fold(wanted[0]) and dropped:
            skipped["name-only: its name names another publisher (left out)"].append(f"{label}: {'; '.join(dropped)}")
            continue
        names.take(kept, "USA")
        pid = "usg-" + slug(label.replace(".", ""))
        while pid in ids or pid in existing.ids:
            pid += "-n"
        ids.add(pid)
        made.append({"id": pid, "name": kept[0], "aliases": kept[1:], "owner": "USA", "group": "ministries",
                     "domains": [], "basis": basis})
    return made


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
            court = found and found[0].group == "courts"  # a court: not a government report here, on purpose
            if not domain.endswith(".gov") or not found or (not court and (
                    found[0].category != "government" or found[0].owner != "USA")):
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
    agencies = []  # (domain, level, agency) of the Federal rows kept, for name-only entries
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
            if level == "Federal" and agency:
                agencies.append((raw.strip().lower(), level, agency))
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
    entries.sort(key=lambda e: (e["group"], e["domains"][0]))  # name-only entries follow, by name
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)) or set(ids) & existing.ids:
        raise SystemExit("error: duplicate ids")
    below = existing.more_specific([e["domains"][0] for e in entries])
    more_specific = [f"{claimed} ({p.id}, {p.category}) stays under {domain}"
                     for domain, found in sorted(below.items()) for claimed, p in found
                     if p.category != "government" or p.owner != "USA"]
    return entries, skipped, stats, overrides, more_specific, agencies



def canonical(text: str) -> str:
    """The registry's canonical form (`evidence-check rules fmt`), so a regenerated file passes
    the format test and its diff shows only what the data changed."""
    from evidence_check.ruleset.fmt import format_registry

    return format_registry(text)


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
    entries, skipped, stats, overrides, more_specific, agencies = build(folder / "gsa-govt-urls-full.csv", existing)
    agencies.sort()
    name_only = sorted(federal_names(folder, agencies, existing, skipped), key=lambda e: (fold(e["name"]), e["id"]))
    entries += name_only
    commits = source_commits(folder)
    groups = Counter(e["group"] for e in entries)
    text = f"""US government domains outside .gov and .mil, from GSA's list, and the names of US federal bodies from the .gov registry and GSA's list (owner USA).

GENERATED FILE - do not edit by hand. Regenerate with:
    python tools/import_us_gov.py --input <dataset>/us-gov-domains
(after tools/import_govdirectory.py: it reads every other registry file of rules/default.yaml.)

Data: GSA/govt-urls "1_govt_urls_full.csv" (GitHub GSA/govt-urls, commit {commits['gsa']}), {stats['rows']} rows; CISA's .gov registry current-full.csv (GitHub cisagov/dotgov-data, commit {commits['dotgov']}). Licence: CC0 1.0 (and the GSA list is a work of the US federal government); copies with attribution in gov_us.LICENSE and gov_us.dotgov.LICENSE next to this file.

The .gov registry needs no domain entry: all {dotgov_rows} of its domains are .gov, which governments.yaml already lists as USA government (checked at generation time). This file adds GSA's domains outside .gov/.mil, and name-only entries (domains: []) for the federal bodies, so that a citation giving only a name ("Central Intelligence Agency", "U.S. Department of State") is recognised.

How it is built:
- kept: Federal rows (group ministries) and State rows, the territories included (Puerto Rico, Guam, US Virgin Islands, American Samoa, Northern Mariana Islands; group local), with a domain name.
- left out: Local, County, Regional, Tribal, quasi-governmental and unclear rows (counts below); the sovereign states in the list (Palau, Micronesia, Marshall Islands); federal rows that are companies, banks, courts, state media, museums and magazines, or that the Comments call dead; .edu, IP addresses, ~user paths, platform hosts, public suffixes.
- domain: the Domain name column, lower case, without "www."; "host/path" when the row gives a path.
- skipped: domains claimed by another registry file; domains already covered by a USA government suffix; domains another file classifies otherwise (listed below).
- name-only entries (group ministries): the Organization name of every Federal row of the .gov registry (executive and legislative; the judicial branch is left out: courts are not government here), its Suborganization name where present, and the Agency of GSA's kept Federal rows; deduplicated by name (the first row, in domain order, is the basis); acronyms in brackets and trailing qualifiers (", NIH", " - OCIO") dropped. Names: the name with "(United States)" unless it names the country; the bare name as an alias when it is distinctive (not made only of words every state's bodies are named with, not headed Department/Ministry/Embassy..., see generic_name in tools/import_govdirectory.py: "Central Intelligence Agency" yes, "Department of State" or "Environmental Protection Agency" no: they are found as "U.S. Environmental Protection Agency" or "Environmental Protection Agency (United States)"); "U.S. X" as an alias ("US X" is the same name to the index), and "United States X" for "U.S. X". A name that already names a publisher in another file is left out (a USA government body's name adds nothing; another publisher's would become ambiguous). Left out: state media (USAGM, VOA), museums, companies and banks, DOE national laboratories and contractors, academies and schools, auxiliaries, party caucuses, internal units (inspectors general, CIO offices, secretaries' offices), bare acronyms (counts below).

Entries: {len(entries)} ({', '.join(f'{g} {n}' for g, n in sorted(groups.items()))}); name-only: {len(name_only)}, with aliases: {sum(1 for e in name_only if e['aliases'])}.

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
    args.out.write_text(canonical("\n".join(lines) + "\n"), encoding="utf-8")
    base = args.out.with_suffix("")
    Path(f"{base}.LICENSE").write_text(
        "gov_us.yaml is derived from GSA's list of US government domains outside .gov/.mil\n"
        f"(https://github.com/GSA/govt-urls, file 1_govt_urls_full.csv, commit {commits['gsa']}),\n"
        "a work of the US General Services Administration, dedicated to the public domain under CC0 1.0.\n"
        "Each entry's basis names its row. The licence text the repository carried follows.\n\n"
        + (folder / "LICENSE.gsa").read_text(encoding="utf-8"), encoding="utf-8")
    Path(f"{base}.dotgov.LICENSE").write_text(
        "gov_us.yaml was checked against CISA's .gov registry (https://github.com/cisagov/dotgov-data,\n"
        f"current-full.csv, commit {commits['dotgov']}), CC0 1.0, and takes the names of its Federal\n"
        "organisations and suborganisations for name-only entries (each basis names its row). Licence text:\n\n"
        + (folder / "LICENSE.dotgov").read_text(encoding="utf-8"), encoding="utf-8")
    print(f"wrote {args.out}: {len(entries)} entries ({dict(sorted(groups.items()))}; name-only {len(name_only)}); "
          f"dotgov rows checked: {dotgov_rows}; would override: {len(overrides)}; "
          f"more specific below: {len(more_specific)}", file=sys.stderr)
    for reason, items in sorted(skipped.items()):
        print(f"  skipped {len(items):5d}  {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
