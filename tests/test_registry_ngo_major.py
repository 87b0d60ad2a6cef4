"""Large international NGOs the registry did not know (rules/registry/ngo_major.yaml).

Those admitted as UNFCCC observers (own delegation heading in COP24/COP25 participant lists) are
`ngo`; the others are `unlisted` for the chair (group ngo-unconfirmed); lookalike hosts never match.
"""

import pytest


NOTE = "NGO whose UN status is unconfirmed — chair's discretion"


@pytest.fixture(scope="module")
def mine(rules):
    return [p for p in rules.index.publishers if "ngo_major.yaml:" in (p.origin or "")]


@pytest.mark.parametrize("url, pid", [
    ("https://oceana.org/reports/", "ngo-major-oceana"),
    ("https://eia-international.org/blog/eia-at-35-still-going-after-the-bad-guys/", "ngo-major-eia"),
    ("https://twn.my/twnintro2.htm", "ngo-major-third-world-network"),
    ("https://www.misereor.de/", "ngo-major-misereor"),
])
def test_unfccc_observers_are_ngo(classify, url, pid):
    result = classify(url)
    assert result.category == "ngo", url
    assert result.publisher is not None and result.publisher.id == pid, url


@pytest.mark.parametrize("url, pid", [
    ("https://phr.org/our-work/resources/", "ngo-major-phr"),
    ("http://physiciansforhumanrights.org/library/statements/", "ngo-major-phr"),
    ("https://www.concern.net/news", "ngo-major-concern-worldwide"),
    ("https://www.helpage.org/about-us/our-history/", "ngo-major-helpage-international"),
    ("https://www.medecinsdumonde.org/fr/qui-sommes-nous", "ngo-major-medecins-du-monde"),
    ("https://www.hi-us.org/news", "ngo-major-humanity-inclusion"),
    ("https://www.humanity-inclusion.org.uk/en/our-history", "ngo-major-humanity-inclusion"),
    ("https://euromedrights.org/about-us/who-we-are/", "ngo-major-euromed-rights"),
    ("https://euromedmonitor.org/en/", "ngo-major-euro-med-monitor"),
    ("https://www.btselem.org/", "ngo-major-btselem"),
    ("https://www.syriahr.com/en/", "ngo-major-syrian-observatory"),
    ("https://airwars.org/", "ngo-major-airwars"),
    ("https://www.armscontrol.org/factsheets", "ngo-major-arms-control-association"),
    ("https://www.nti.org/analysis/", "ngo-major-nti"),
    ("https://www.eff.org/issues", "ngo-major-eff"),
    ("https://ipi.media/", "ngo-major-international-press-institute"),
    ("https://taxjustice.net/", "ngo-major-tax-justice-network"),
])
def test_unconfirmed_ngos_are_unlisted_and_named(classify, url, pid):
    result = classify(url)
    assert result.category == "unlisted", url
    assert result.publisher is not None and result.publisher.id == pid, url


@pytest.mark.parametrize("name, category", [
    ("Physicians for Human Rights", "unlisted"),
    ("Concern Worldwide", "unlisted"),
    ("HelpAge International", "unlisted"),
    ("Médecins du Monde", "unlisted"),
    ("Handicap International", "unlisted"),
    ("Humanity & Inclusion", "unlisted"),
    ("EuroMed Rights", "unlisted"),
    ("Environmental Investigation Agency", "ngo"),
    ("Third World Network", "ngo"),
])
def test_names(classify, name, category):
    result = classify(name)
    assert result.category == category, name
    assert result.publisher is not None and result.publisher.id.startswith("ngo-major-"), name


def test_acronyms_stay_with_other_bodies(classify):
    # EIA is the US Energy Information Administration, IPI the International Peace Institute.
    for text in ("EIA", "IPI", "TWN", "HI"):
        result = classify(text)
        assert result.publisher is None or not result.publisher.id.startswith("ngo-major-"), text


def test_minimum_count_and_basis(mine):
    assert len(mine) >= 19
    for p in mine:
        if p.category == "ngo":
            assert "UNFCCC" in p.basis and "cop-participants" in p.basis, p.id
        else:
            assert p.category == "unlisted" and p.group == "ngo-unconfirmed", p.id
            assert p.note == NOTE, p.id


@pytest.mark.parametrize("url", [
    "https://notphr.org/",
    "https://phr.org.evil.example/",
    "https://helpage.org.example.net/",
    "https://concern.net.evil.example/",
    "https://eia-international.blogspot.com/",
    "https://oceana.wordpress.com/",
    "https://fake-twn.my/",
])
def test_lookalikes_never_match(classify, url):
    result = classify(url)
    assert result.publisher is None or not result.publisher.id.startswith("ngo-major-"), url
    assert result.category not in {"ngo", "un", "government", "reuters", "state_media"}, url
