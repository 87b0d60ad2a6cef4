#!/usr/bin/env python3
"""Generate rules/registry/news_domains.gdelt.txt: domains GDELT monitored as news sources.

    python tools/import_gdelt.py --input PATH/domain-topcountry-summary.csv.gz \\
        --out rules/registry/news_domains.gdelt.txt

Input: domain-topcountry-summary.csv(.gz), one row per domain (domain,
total_count, top_country_fips, top_share, second_country_fips, n_countries),
derived from GDELT's domain -> country lookup of its 2015-2021 sources
(FCO-OSU/gdelt-gkg-schema-analysis, domain-country.csv.zip, commit
821ca49ff42cac7bc40560d731d795af668b777c). Source: The GDELT Project,
https://www.gdeltproject.org/ (the GDELT terms require this citation; it is
written into the output's header, and the dataset's LICENSE is copied next to
the output as news_domains.gdelt.LICENSE).

Output: a plain text list, `#` header lines, then one lower-case registered
domain per line, sorted and unique. It is meant ONLY as a last-resort "seen as
a news source by GDELT" signal for hosts that no registry entry matches, so the
filters favour precision over recall. They are applied in this order, and each
is counted in the header:

 1. malformed: not a plain host name (path, port, spaces, non-ASCII, no dot) or one the
    registry loader refuses (a leading `www.`).
 2. public suffix / not registrable: the domain is itself a public suffix (ICANN
    or private section of the Public Suffix List, e.g. gov.ao, blogspot.com,
    github.io) or is not a registered domain (a subdomain, e.g. fs.fed.us).
 3. platform: hosted-platform or social-media domains (PLATFORMS), blog hosts named
    blog/blogspot, press-release wires (self-published, not news).
 4. government / UN / education / military convention: TLD gov, mil, edu, int;
    a second-level gov, gob, gouv, go, govt, gv, ac, edu, mil (and a few more, see
    GOV_LABELS) under a country code; US state and school conventions (k12, state.xx.us).
 5. registry: the default ruleset (evidence_check.load_rules) already matches the
    domain (rules.index.by_host), or lists a host or path under it. Counted apart:
    matches that are `government` or `un`.
 6. name: the name says it is an NGO, think tank, university, school, church,
    embassy, company or similar, not news (NAME_PATTERNS); or, with --universities
    (Hipo/university-domains-list's world_universities_and_domains.json, MIT), the
    domain is a university's there (ubc.ca, ethz.ch, utoronto.ca: names no pattern sees).
 7. low volume: total_count below --min-count (10,000), or below --news-name-min-count
    (1,000) for a domain whose name says news outlet (NEWS_NAME: news, times, herald,
    daily, radio, magazine...; not journal/review/report, which scholarly and reference
    sites share). Chosen on the development citation sets: a plain 1,000 threshold lost
    accuracy (encyclopedias, journals, company sites), the named tier lost none.

Deterministic for a given input and registry. Standard library +
evidence_check (its ruleset loader and its Public Suffix List reader,
tldextract's bundled snapshot; never fetched).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

SOURCE_COMMIT = "821ca49ff42cac7bc40560d731d795af668b777c"
CITATION = ("Source: The GDELT Project, https://www.gdeltproject.org/ — domains GDELT monitored as "
            "news sources 2015–2021, via FCO-OSU/gdelt-gkg-schema-analysis commit "
            f"{SOURCE_COMMIT} (domain-country.csv.zip, reduced to one row per domain).")

DEFAULT_MIN_COUNT = 10000
DEFAULT_NEWS_NAME_MIN_COUNT = 1000

# Hosting platforms, social media, video and document sharing, forums, portals whose
# content is mostly user-published, and press-release wires (self-published).
PLATFORMS = frozenset("""
    blogger.com blogspot.com wordpress.com wordpress.org medium.com substack.com tumblr.com
    livejournal.com typepad.com over-blog.com overblog.com wix.com wixsite.com weebly.com
    squarespace.com jimdo.com jimdofree.com webs.com tripod.com angelfire.com geocities.com
    blog.jp blog.hu blog.pl blog.nl blog.com.np blog.de blog.fc2.com fc2.com ameblo.jp
    livedoor.jp livedoor.com hatenablog.com seesaa.net exblog.jp goo.ne.jp naver.com daum.net
    tistory.com egloos.com sina.com.cn weibo.com qq.com sohu.com 163.com ifeng.com baidu.com
    blogs.com blog.com blogfa.com blogsky.com mihanblog.com persianblog.ir canalblog.com
    skyrock.com hautetfort.com kinja.com wattpad.com
    facebook.com fb.com instagram.com twitter.com x.com t.co tiktok.com linkedin.com
    pinterest.com reddit.com quora.com vk.com ok.ru telegram.org t.me whatsapp.com
    snapchat.com tumblr.co youtube.com youtu.be vimeo.com dailymotion.com rumble.com bitchute.com
    flickr.com imgur.com soundcloud.com spotify.com twitch.tv scribd.com slideshare.net
    issuu.com academia.edu researchgate.net patreon.com gofundme.com change.org avaaz.org
    github.com gitlab.com sites.google.com google.com google.co.uk googleusercontent.com
    apple.com amazon.com microsoft.com yahoo.com msn.com aol.com
    wikipedia.org wikimedia.org wikia.com fandom.com wikihow.com
    steemit.com minds.com gab.com gab.ai parler.com mewe.com disqus.com
    prnewswire.com prnewswire.co.uk businesswire.com globenewswire.com einpresswire.com
    prweb.com marketwired.com accesswire.com newswire.ca newswire.com openpr.com pr.com
    24-7pressrelease.com prlog.org newsfilecorp.com issuewire.com pressreleasepoint.com
    free-press-release-center.info i-newswire.com newswiretoday.com realwire.com
    cision.com presseportal.de ots.at mynewsdesk.com pressat.co.uk
""".split())

# First labels of platforms and portals under any suffix (aol.co.uk, yahoo.co.jp, google.de...).
PLATFORM_NAMES = frozenset("""
    aol yahoo msn google blogspot blogger wordpress livejournal tumblr medium substack facebook
    instagram twitter youtube linkedin pinterest reddit vk naver daum amazon ebay apple microsoft
    wikipedia wikimedia scribd issuu slideshare academia researchgate soundcloud dailymotion vimeo
""".split())
# First-label parts that mark a press-release wire (self-published releases, not news).
PRESS_RELEASE = re.compile(r"release|prwire|bizwire|businesswire|newswire|emailwire|webwire|sbwire|"
                           r"briefingwire|officialwire|sourcewire|csrwire|openpr|presseportal|pressetext|"
                           r"pressbox$|^pr(leap|mac|nasia|underground|urgent|maximus|log|web|zoom|fire|free|"
                           r"newswire|inside|com)$")

GOV_TLDS = frozenset({"gov", "mil", "edu", "int"})
# Second-level labels (under a country code) used by governments, armed forces,
# universities and schools. go.xx/ac.xx/or.xx follow the Japanese/Korean/Thai/African use.
GOV_LABELS = frozenset({"gov", "gob", "gouv", "go", "govt", "gv", "ac", "edu", "mil", "gc", "nic",
                        "government", "police", "sch", "school", "k12", "int"})
US_LOCAL = re.compile(r"(^|\.)(k12|state|cc|lib|fed|tec|dst|cog|mus)\.[a-z]{2}\.us$|\.fed\.us$|\.state\.[a-z]{2}\.us$")

# Names that say "not a news outlet". Checked on the registrable label (first label).
NAME_PATTERNS = [
    ("government body", re.compile(r"presiden(ce|cia|za|cy|t$)|prezyden|prezident|parliament|parlament|"
                                   r"^senado|^senate|assemblee|gouvernement|gobierno|regierung|ministere|"
                                   r"ministerio|ministero|ministryof|primeminister|whitehouse|kremlin")),
    ("university", re.compile(r"universit(y|ies|e|a|at|ät|aet|ario)|universidad|uniwersytet|univerzit")),
    ("college / school / academy", re.compile(r"college(?!humor|fix|news|magazine|candy|spun)|"
                                              r"academy|akademie|academia|school(s)?$|^school")),
    ("institute", re.compile(r"institut")),
    ("foundation", re.compile(r"foundation|fundacion|fundacao|fondation|stiftung|fondazione")),
    ("NGO", re.compile(r"(^|-)ngo(-|$|s$)|^ngo(centre|center|pulse|job|junction|monitor)|"
                       r"red-?cross|red-?crescent|croix-?rouge|cruz-?roja|rotkreuz|crocerossa")),
    ("church / ministry / religious order", re.compile(r"church|diocese|parish|archdiocese|ministries|"
                                                       r"^ministry|synod")),
    ("embassy / consulate / mission", re.compile(r"embassy|embajada|ambassade|botschaft|consulate|"
                                                 r"consulado|^ambacongo|permanentmission")),
    ("think tank / council / centre / society", re.compile(r"thinktank|think-tank|council(?!chronicle)|"
                                                          r"centerfor|centrefor|center$|centre$|"
                                                          r"society|association|federation|alliance$")),
    ("museum / library / hospital", re.compile(r"museum|library|hospital(?!ity)|clinic$")),
    ("political party / union", re.compile(r"party$|partei|partido|socialistparty|tradeunion|^afscme|^dangcongsan")),
    ("company (corporate suffix)", re.compile(r"(^|-)(corp|inc|llc|ltd|gmbh|plc|holdings?)$|"
                                              r"corporation$|investor(s)?relations|^ir-")),
]


# A name that says "news outlet" on its own (not journal/review/report/public, which
# scholarly and reference sites share): such a domain is kept from a lower volume.
_NEWS_NAME = (r"news|noticia|nachricht|nouvelles|haber|novost|times|post$|herald|tribune|gazet|"
              r"chronicle|courier|kurier|courrier|dispatch|observer|reporter|press$|presse|prensa|"
              r"daily|weekly|telegraph|sentinel|radio|tv$|^tv|fm$|magazine|mag$|zeitung|diario|"
              r"giornale|krant|tidning|journalen|avisen?$")
NEWS_NAME = re.compile(_NEWS_NAME)
# Words that say "news" in a name, those and weaker ones; they lift the weaker name patterns,
# and a .org domain (mostly NGOs, think tanks, associations) is kept only with one of them.
NEWS_WORDS = re.compile(_NEWS_NAME + r"|post|press|journal|monitor|report$|review|standard|star$|voice|"
                        r"mail$|media|wire$|insider|avis|public|today|express|bulletin")
WEAK_REASONS = frozenset({"college / school / academy", "think tank / council / centre / society",
                          "museum / library / hospital", "political party / union",
                          "church / ministry / religious order"})
SIBLING_CATEGORIES = frozenset({"state_media", "un", "ngo", "unlisted"})
# Generic newspaper names shared by unrelated outlets in different countries (gazeta.pl is
# not gazeta.ru, herald.ie is not herald.co.zw): no sibling match on these.
GENERIC_LABELS = frozenset("""
    news dailynews chronicle herald thestar star themercury mercury lapresse presse politika kurir
    novosti vesti times time lecourrier courrier lesoleil soleil businesstimes dailyvoice thenational
    national hmetro pravda strana golos thepaper radionacional canal6 eltelegrafo telegrafo telegram
    gazeta gazette primorski scout caritas express nation observer tribune mail post
""".split())
ORG_TLDS = frozenset({"org", "ngo", "ong"})
CALL_SIGN = re.compile(r"^[kw][a-z]{2,3}(fm|am|tv|radio)?$")  # US broadcasters on .org (kqed.org, wbur.org)


def source_line(path: Path) -> str:
    """Where a dataset came from: the first line of the SOURCE.md beside it, else its file name."""
    source = path.parent / "SOURCE.md"
    if source.is_file():
        first = source.read_text(encoding="utf-8").strip().splitlines()
        if first:
            return first[0].lstrip("# ").strip()
    return path.name


def fail(message: str) -> SystemExit:
    print(f"import_gdelt: {message}", file=sys.stderr)
    return SystemExit(2)


HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")


def psl_private() -> tuple[frozenset, frozenset]:
    """The private-section suffixes of tldextract's bundled snapshot (exact, wildcard parents)."""
    import tldextract

    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                      include_psl_private_domains=True)._get_tld_extractor()
    exact, wildcard = set(), set()
    for rule in extractor.private_tlds:
        rule = rule.lower()
        if rule.startswith("*."):
            wildcard.add(rule[2:])
        elif not rule.startswith("!"):
            exact.add(rule)
    return frozenset(exact), frozenset(wildcard)


def read_rows(path: Path):
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    text = io.StringIO(raw.decode("utf-8"))
    reader = csv.DictReader(text)
    missing = {"domain", "total_count"} - set(reader.fieldnames or [])
    if missing:
        raise fail(f"{path}: missing columns {sorted(missing)}")
    return list(reader)


def gov_convention(domain: str) -> bool:
    labels = domain.split(".")
    if labels[-1] in GOV_TLDS:
        return True
    if US_LOCAL.search(domain):
        return True
    # a gov/edu/... label below a two-letter country code, anywhere after the first label
    if len(labels[-1]) == 2 and any(label in GOV_LABELS for label in labels[1:-1]):
        return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, type=Path, help="domain-topcountry-summary.csv(.gz)")
    parser.add_argument("--out", required=True, type=Path, help="output text file")
    parser.add_argument("--min-count", type=int, default=DEFAULT_MIN_COUNT,
                        help=f"lowest total_count kept (default {DEFAULT_MIN_COUNT})")
    parser.add_argument("--news-name-min-count", type=int, default=DEFAULT_NEWS_NAME_MIN_COUNT,
                        help="lowest total_count kept for a domain whose name says news "
                             f"(default {DEFAULT_NEWS_NAME_MIN_COUNT})")
    parser.add_argument("--universities", type=Path, default=None,
                        help="world_universities_and_domains.json of Hipo/university-domains-list (optional)")
    parser.add_argument("--rules", default=None, help="ruleset to check against (default: the bundled default)")
    parser.add_argument("--license", type=Path, default=None,
                        help="licence file to copy (default: LICENSE beside --input)")
    args = parser.parse_args(argv)

    if not args.input.is_file():
        raise fail(f"--input {args.input}: no such file")
    license_in = args.license or args.input.parent / "LICENSE"
    if not license_in.is_file():
        raise fail(f"licence file {license_in} not found (use --license)")

    from evidence_check import load_rules
    from evidence_check.domains import registered_domain
    from evidence_check.ruleset.files import domain_problem

    rules = load_rules(args.rules)
    index = rules.index
    private_exact, private_wild = psl_private()

    # hosts that lie under some registry domain's parent: a domain with a registry
    # entry below it (e.g. go.com when abcnews.go.com is listed) is not taken as a whole.
    listed_hosts = set(index.hosts) | set(index.paths)
    parents: dict[str, str] = {}
    for host in sorted(listed_hosts):
        labels = host.split(".")
        for i in range(1, len(labels) - 1):
            parents.setdefault(".".join(labels[i:]), host)

    # first labels of registry domains of state media, UN bodies, NGOs and unlisted bodies:
    # e.g. sputniknews.cn or bernama.com.my when sputniknews.com / bernama.com are state media.
    # Labels of 4+ characters, not generic newspaper words (GENERIC_LABELS). Government
    # entries are not used: their labels are mostly place and country names (canada.com).
    sibling: dict[str, str] = {}
    for publisher in index.publishers:
        if publisher.category not in SIBLING_CATEGORIES:
            continue
        for listed in publisher.domains:
            host = listed.split("/", 1)[0]
            registered = registered_domain(host)
            if not registered or gov_convention(registered):
                continue
            first = registered.split(".", 1)[0]
            if len(first) >= 4 and first not in GENERIC_LABELS:
                sibling.setdefault(first, publisher.category)

    universities: set[str] = set()
    if args.universities is not None:
        if not args.universities.is_file():
            raise fail(f"--universities {args.universities}: no such file")
        for entry in json.loads(args.universities.read_text(encoding="utf-8")):
            universities.update(d.strip().lower().rstrip(".") for d in entry.get("domains") or [])

    rows = read_rows(args.input)
    counts: dict[str, int] = {}
    for row in rows:
        domain = (row["domain"] or "").strip().lower().rstrip(".")
        try:
            value = int(row["total_count"])
        except ValueError:
            value = 0
        counts[domain] = counts.get(domain, 0) + value

    dropped: dict[str, list[tuple[str, int]]] = {}
    dropped_order = ["malformed", "public suffix or not registrable", "platform",
                     "government/UN/education/military convention", "registry: government or un",
                     "registry: other category", "registry: lists a host under it", "name", "low volume"]
    name_reasons: Counter = Counter()
    registry_categories: Counter = Counter()
    kept: list[str] = []

    def drop(reason: str, domain: str) -> None:
        dropped.setdefault(reason, []).append((domain, counts[domain]))

    for domain in sorted(counts):
        if not HOST.match(domain) or domain_problem(domain):
            drop("malformed", domain)
            continue
        labels = domain.split(".")
        is_private_suffix = domain in private_exact or ".".join(labels[1:]) in private_wild
        under_private = any(".".join(labels[i:]) in private_exact for i in range(1, len(labels)))
        if registered_domain(domain) != domain or is_private_suffix or under_private:
            drop("public suffix or not registrable", domain)
            continue
        if domain in PLATFORMS or labels[0] in PLATFORM_NAMES or PRESS_RELEASE.search(labels[0]):
            drop("platform", domain)
            continue
        if gov_convention(domain):
            drop("government/UN/education/military convention", domain)
            continue
        match = index.by_host(domain)
        if match is not None:
            category = match[0].category
            registry_categories[category] += 1
            drop("registry: government or un" if category in ("government", "un") else "registry: other category",
                 domain)
            continue
        if domain in parents or index.has_paths(domain):
            drop("registry: lists a host under it", domain)
            continue
        label = labels[0]
        reason = next((why for why, pattern in NAME_PATTERNS if pattern.search(label)), None)
        if reason is None and domain in universities:
            reason = "university (university-domains-list)"
        if reason in WEAK_REASONS and NEWS_WORDS.search(label):
            reason = None
        if reason is None and sibling.get(label):
            reason = f"same name as a registry {sibling[label]} domain under another suffix"
        if reason is None and (labels[-1] in ORG_TLDS or (len(labels) > 2 and labels[-2] in ("org", "or")
                                                         and len(labels[-1]) == 2)) \
                and not (NEWS_WORDS.search(label) or (labels[-1] == "org" and CALL_SIGN.match(label))):
            reason = "non-profit suffix (.org, .org.xx, .or.xx, .ngo) without a news word"
        if reason:
            name_reasons[reason] += 1
            drop("name", domain)
            continue
        if counts[domain] < args.min_count and not (
                counts[domain] >= args.news_name_min_count and NEWS_NAME.search(label)):
            drop("low volume", domain)
            continue
        kept.append(domain)

    def examples(reason: str, n: int = 8) -> str:
        items = sorted(dropped.get(reason, []), key=lambda item: (-item[1], item[0]))[:n]
        return ", ".join(domain for domain, _ in items)

    header = [
        "# GENERATED FILE - do not edit by hand. Re-create with:",
        "#   python tools/import_gdelt.py --input <dataset>/domain-topcountry-summary.csv.gz "
        f"--out rules/registry/{args.out.name}" + ("" if args.min_count == DEFAULT_MIN_COUNT
                                                    else f" --min-count {args.min_count}")
        + ("" if args.news_name_min_count == DEFAULT_NEWS_NAME_MIN_COUNT
           else f" --news-name-min-count {args.news_name_min_count}")
        + (" --universities <university-domains-list>/world_universities_and_domains.json"
           if args.universities is not None else ""),
        "#",
        f"# {CITATION}",
        *([f"# Universities: {source_line(args.universities)} (MIT licence), used only to drop",
           "# universities' domains; nothing of it is copied here."] if args.universities is not None else []),
        "# Terms (see news_domains.gdelt.LICENSE): any use or redistribution must cite the GDELT",
        "# Project and link to https://www.gdeltproject.org/.",
        "#",
        "# Use: ONLY as a last-resort signal (\"seen as a news source by GDELT\") for hosts that no",
        "# registry entry matches. Membership is not proof of being a news outlet; precision was",
        "# preferred over recall. Lines: one lower-case registered domain each, sorted, unique.",
        "#",
        f"# Input: {len(rows)} rows, {len(counts)} distinct domains after lower-casing and",
        "# stripping a trailing dot. Filters, applied in this order (count dropped; examples are the",
        "# dropped domains with the highest total_count):",
    ]
    descriptions = {
        "malformed": "not a plain ASCII host name (path, port, space, no dot) or refused by the loader (www.)",
        "public suffix or not registrable": "a public suffix itself (ICANN or private PSL section) or a "
                                            "subdomain",
        "platform": "blog hosts, social media, video/document sharing, portals, press-release wires",
        "government/UN/education/military convention": "TLD gov/mil/edu/int; gov, gob, gouv, go, govt, gv, "
                                                       "ac, edu, mil, gc, nic, sch... under a country code; "
                                                       "US k12/state/fed",
        "registry: government or un": "the default registry already matches it as government or un",
        "registry: other category": "the default registry already matches it (any other category)",
        "registry: lists a host under it": "the registry lists a host or path below it (shared domain)",
        "name": "name of an NGO, think tank, university, school, church, embassy, party, company...",
        "low volume": f"total_count below {args.min_count}, or below {args.news_name_min_count} "
                      "for a name that says news",
    }
    for reason in dropped_order:
        header.append(f"# - {reason}: {len(dropped.get(reason, []))} dropped "
                      f"({descriptions[reason]}); e.g. {examples(reason) or '-'}")
        if reason == "name":
            header.append("#     by kind: " + ", ".join(f"{why} {n}" for why, n in sorted(name_reasons.items())))
        if reason == "registry: other category":
            header.append("#     registry categories matched: "
                          + ", ".join(f"{cat} {n}" for cat, n in sorted(registry_categories.items())))
    header += [
        f"# Kept: {len(kept)} domains (total_count >= {args.min_count}, or >= {args.news_name_min_count} "
        "with a news name).",
        "# The registry check reflects the registry files present when this file was generated;",
        "# re-run the command after registry changes (and after tools/import_perennial.py).",
    ]
    text = "\n".join(header) + "\n" + "".join(f"{domain}\n" for domain in kept)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    license_out = args.out.parent / (args.out.name.removesuffix(".txt") + ".LICENSE")
    shutil.copyfile(license_in, license_out)
    print(f"{args.out}: {len(kept)} domains kept of {len(counts)}; licence copied to {license_out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
