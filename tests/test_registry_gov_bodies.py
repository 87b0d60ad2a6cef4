"""Government bodies from Govdirectory (Wikidata) and GSA's US domains outside .gov/.mil.

rules/registry/gov_bodies.yaml (tools/import_govdirectory.py) and
rules/registry/gov_us.yaml (tools/import_us_gov.py) are generated; these tests
hold the facts, the minimums and the filters the generators promise. National
bodies whose site a government suffix already covers (gov.uk, gc.ca, .gov) are
name-only entries (no domain): their names must still be recognised, and a
generic name must not pick one country.
"""

from collections import Counter

import pytest


GROUPS = {"ministries", "missions", "local"}




def entries(rules, name):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith("registry/" + name)]


@pytest.fixture(scope="module")
def bodies(rules):
    return entries(rules, "gov_bodies.yaml")


@pytest.fixture(scope="module")
def us(rules):
    return entries(rules, "gov_us.yaml")


@pytest.mark.parametrize("url, owner, group", [
    # countries without a gov.xx convention: ministries and agencies by their own domains
    ("https://www.bmjv.de/DE/Startseite/Startseite_node.html", "DEU", "ministries"),    # Federal Ministry of Justice
    ("https://www.bundesgesundheitsministerium.de/themen", "DEU", "ministries"),
    ("https://www.bundeswirtschaftsministerium.de/", "DEU", "ministries"),
    ("https://www.scb.se/en/finding-statistics/", "SWE", "ministries"),                   # Statistics Sweden
    ("https://www.skatteverket.se/", "SWE", "ministries"),                               # Swedish Tax Agency
    ("https://polisen.se/om-polisen/", "SWE", "ministries"),
    ("https://www.riksrevisionen.se/", "SWE", "ministries"),
    ("https://www.ssb.no/en/statbank", "NOR", "ministries"),                             # Statistics Norway
    ("https://www.udi.no/en/", "NOR", "ministries"),                                     # Directorate of Immigration
    ("https://www.rekenkamer.nl/", "NLD", "ministries"),                                 # Netherlands Court of Audit
    ("https://www.nationaleombudsman.nl/", "NLD", "ministries"),
    ("https://www.vm.fi/en/frontpage", "FIN", "ministries"),                             # Finnish Ministry of Finance
    ("https://fm.dk/", "DNK", "ministries"),                                             # Danish Ministry of Finance
    ("https://www.nsi.bg/en", "BGR", "ministries"),                                      # Bulgarian statistics
    ("https://www.mil.be/fr/", "BEL", "ministries"),                                     # Belgian Defence
    ("https://www.assnat.cm/", "CMR", "ministries"),                                     # National Assembly of Cameroon
    # embassies on a shared host: the path prefix decides
    ("https://www.ireland.ie/en/germany/berlin/services/", "IRL", "missions"),
    ("https://www.germany.info/us-de/botschaft-konsulate/new-york/", "DEU", "missions"),
    # sub-national
    ("https://www.bs.ch/", "CHE", "local"),                                              # Canton of Basel-Stadt
    ("https://www.utzenstorf.ch/", "CHE", "local"),
    ("https://www.lansstyrelsen.se/skane/om-oss.html", "SWE", "ministries"),
])
def test_government_bodies(classify, url, owner, group):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), url
    assert result.publisher.group == group and result.publisher.id.startswith("gd-q"), url


@pytest.mark.parametrize("url", [
    "https://www.marines.com/",                # US Marine Corps recruiting
    "https://www.usajobs.com/",                # OPM
    "https://rewardsforjustice.net/english/",  # Department of State
    "https://www.careeronestop.org/",          # Department of Labor
    "https://okdhs.org/",                      # a State row: Oklahoma Department of Human Services
])
def test_us_government_domains_outside_gov(classify, url):
    result = classify(url)
    assert (result.category, result.owner) == ("government", "USA"), url
    assert result.publisher.id.startswith("usg-"), url


@pytest.mark.parametrize("url", [
    # courts, universities and companies are not government here
    "https://www.domstol.se/", "https://www.domstol.se/stockholms-tingsratt/",
    "https://www.kth.se/", "https://www.uu.se/", "https://www.lu.se/",
    "https://www.nzso.co.nz/", "https://www.scottishwater.co.uk/", "https://www.amtrak.com/",
    "https://www.newyorkfed.org/", "https://www.fanniemae.com/", "https://www.ap7.se/",
    # a shared host whose root no kept item has
    "https://www.ireland.ie/en/germany/berlinale",
])
def test_left_out_bodies_are_not_government(classify, url):
    assert classify(url).category != "government", url


@pytest.mark.parametrize("url", [
    "https://fake-scb.se/", "https://scb.se.evil.example/", "https://scb.blogspot.com/",
    "https://bmjv.de.evil.example/", "https://www.notbmjv.de/", "https://udi-no.com/",
    "https://marines.com.evil.example/", "https://fake-marines.com/", "https://rekenkamer.nl-login.example/",
    "https://obandopilipinas.wordpress.com/",  # a municipality's blog: platform tenant, left out
])
def test_lookalikes_are_never_government(classify, url):
    result = classify(url)
    assert result.category not in ("government", "un", "ngo", "reuters", "state_media"), url


def test_minimums_per_group_and_countries(bodies, us):
    groups = Counter(p.group for p in bodies if p.domains)
    assert groups["ministries"] >= 500
    assert groups["missions"] >= 60
    assert groups["local"] >= 7000
    assert len({p.owner for p in bodies}) >= 35
    assert len({p.owner for p in bodies if p.group == "ministries"}) >= 17
    us_groups = Counter(p.group for p in us if p.domains)
    assert us_groups["ministries"] >= 280
    assert us_groups["local"] >= 580


def test_minimums_of_name_only_entries(bodies, us):
    """Covered national bodies keep their names (counts a bit below what the data gives, which
    shrinks as other files name the same bodies)."""
    named = [p for p in bodies if not p.domains]
    groups = Counter(p.group for p in named)
    assert groups["ministries"] >= 600
    assert groups["missions"] >= 800
    assert groups["local"] == 0  # municipalities: never name-only
    assert len({p.owner for p in named}) >= 30
    assert sum(1 for p in us if not p.domains) >= 180


def test_entries_are_small_and_sourced(bodies, us):
    for publisher in bodies + us:
        assert publisher.category == "government" and publisher.owner, publisher.id
        assert publisher.group in GROUPS, publisher.id
        assert len(publisher.domains) <= 1 and len(publisher.aliases) <= 4, publisher.id
        assert "\n" not in publisher.basis and len(publisher.basis) < 600, publisher.id
    assert all(p.basis.startswith("Wikidata Q") and "(Govdirectory, CC0)" in p.basis for p in bodies)
    for p in bodies:
        if not p.domains:
            assert "name only: its domain is covered by" in p.basis and p.group != "local", p.id
    assert all(p.owner == "USA" for p in us)
    assert all(p.basis.startswith("GSA govt-urls") for p in us if p.domains)
    for p in us:
        if not p.domains:
            assert p.basis.startswith(("CISA .gov registry", "GSA govt-urls")) and "name only" in p.basis, p.id
            assert p.group == "ministries", p.id




@pytest.mark.parametrize("name, owner", [
    # US federal bodies by name alone (.gov registry, Govdirectory)
    ("Central Intelligence Agency", "USA"),
    ("U.S. Department of Homeland Security", "USA"),
    ("US Department of Homeland Security", "USA"),         # "US" and "U.S." are one name to the index
    ("U.S. Department of State", "USA"),
    ("U.S. Environmental Protection Agency", "USA"),
    ("National Aeronautics and Space Administration", "USA"),
    ("Bureau of Indian Affairs", "USA"),
    ("U.S. Geological Survey", "USA"),
    ("United States Geological Survey", "USA"),
    ("U.S. Customs and Border Protection", "USA"),
    ("U.S. Federal Bureau of Investigation", "USA"),       # a suborganisation of the Department of Justice
    ("U.S. Centers for Disease Control and Prevention", "USA"),
    ("Food and Drug Administration (United States)", "USA"),
    ("Department of State (United States)", "USA"),
    # covered national bodies elsewhere: gc.ca, gov.uk, go.jp, gov.in, diplo.de ...
    ("Statistics Canada", "CAN"),
    ("Public Safety Canada", "CAN"),
    ("Office for National Statistics", "GBR"),
    ("Ministry of Foreign Affairs of Japan", "JPN"),
    ("Ministry of Religious Affairs (Indonesia)", "IDN"),
    ("Embassy of Germany, Helsinki", "DEU"),
    ("Federal Public Service Health (Belgium)", "BEL"),
    ("Department for Culture, Media and Sport (United Kingdom)", "GBR"),
    # distinctive bare names of bodies with a domain
    ("Swedish Tax Agency", "SWE"),
    ("Sciensano", "BEL"),
])
def test_names_alone_classify_as_government(checker, name, owner):
    result = checker.check(name).classification
    assert (result.category, result.owner) == ("government", owner), name
    # found as a registry name (not merely "a government body named in text"): a named publisher
    assert result.matched_by == "publisher name" and result.publisher is not None, (name, result.matched_by)


def test_name_only_entries_are_found_by_name(rules, bodies, us):
    """Each name-only entry's name leads to a government body of its owner (its own or an equal)."""
    wrong = []
    for publisher in bodies + us:
        if publisher.domains:
            continue
        for name in (publisher.name, *publisher.aliases):
            found = rules.index.by_name(name)
            if found is None or (found.category, found.owner) != ("government", publisher.owner):
                wrong.append((publisher.id, name, getattr(found, "id", None)))
    assert wrong == []


@pytest.mark.parametrize("name", [
    # ("Department of State" is not here: the US federal department's name and its states' own
    # departments of state, USA either way; gov_names.yaml names it)
    "Ministry of Finance", "Ministry of Foreign Affairs", "Ministry of Health",
    "Department of Justice", "Department of Health", "Environmental Protection Agency", "National Statistics Office",
    "Office of the Inspector General", "Senate", "House of Representatives", "Federal Statistical Office",
    "State Intelligence Agency", "Dental Services", "Water Framework Directive", "Embassy",
    "Food and Drug Administration", "Army",
    # ("Internal Revenue Service" is not here: no other state's body bears that name; the US federal
    # names file holds it)
])
def test_generic_names_alone_name_no_country(checker, name):
    """A generic name alone must not resolve to one country (at most "a government, country unknown")."""
    result = checker.check(name).classification
    assert result.owner is None, (name, result.owner, getattr(result.publisher, "id", None))


def test_generic_names_are_never_bare_aliases(bodies, us):
    """The bare label ("X" beside the name "X (Country)") is an alias only when it is distinctive."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    from import_govdirectory import generic_name

    bare = [(p.id, a) for p in bodies + us for a in p.aliases if p.name.startswith(a + " (")]
    assert len(bare) >= 300
    assert [item for item in bare if generic_name(item[1])] == []
    assert generic_name("Ministry of Finance") and generic_name("Environmental Protection Agency")
    assert generic_name("State Intelligence Agency") and generic_name("Office of the Inspector General")
    assert not generic_name("Central Intelligence Agency") and not generic_name("Sciensano")
