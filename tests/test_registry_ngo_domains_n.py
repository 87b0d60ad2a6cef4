"""NGOs with a UN record and a checked web domain, slice N (rules/registry/ngo_domains_n.yaml).

NGOs of the ECOSOC_Status data that ngo_ecosoc.yaml knew by name only, with hosts read in the HRWA
seed list, ReliefWeb's export, ROR records or the NGOs' own pages: their sites and names are `ngo`
now; lookalike hosts never are.
"""

import pytest


FILE = "ngo_domains_n.yaml"


@pytest.fixture(scope="module")
def mine(rules):
    return [p for p in rules.index.publishers if p.id.startswith("ngo-dom-n-")]


@pytest.mark.parametrize("url, pid", [
    ("https://www.mediafound.org/", "ngo-dom-n-mfwa"),
    ("http://www.survivorcorps.org/", "ngo-dom-n-survivor-corps"),
    ("http://www.baobabwomen.org/", "ngo-dom-n-baobab"),
    ("http://www.dzeno.cz/", "ngo-dom-n-dzeno"),
    ("https://www.a4id.org/", "ngo-dom-n-a4id"),
    ("http://www.genderhealth.org/", "ngo-dom-n-change"),
    ("https://www.eurordis.org/", "ngo-dom-n-eurordis"),
    ("https://thewhpca.org/", "ngo-dom-n-whpca"),
    ("http://www.wmf.org.eg/en/", "ngo-dom-n-women-and-memory-forum"),
    ("https://www.cocemfe.es/", "ngo-dom-n-cocemfe"),
    ("https://www.joicfp.or.jp/", "ngo-dom-n-joicfp"),
    ("https://www.osteoporosis.foundation/", "ngo-dom-n-iof"),
    ("https://mio-ecsde.org/", "ngo-dom-n-mio-ecsde"),
    ("https://nafc.ca/", "ngo-dom-n-nafc"),
    ("https://www.fctc.org/about-the-fca/", "ngo-dom-n-fca"),
    ("https://weareaptn.org/special_project/", "ngo-dom-n-aptn"),
    ("https://info.populationmedia.org/", "ngo-dom-n-population-media-center"),
    ("https://theilf.org/about-us", "ngo-dom-n-ilf"),
    ("http://www.migrantsrightsinternational.org/about-mri-2/", "ngo-dom-n-mri"),
    ("https://wipc.org/", "ngo-dom-n-wipc"),
    ("http://www.miftah.org/AboutUs.cfm", "ngo-dom-n-miftah"),
    ("http://www.archive.healthycaribbean.org/membership/", "ngo-dom-n-healthy-caribbean-coalition"),
    ("https://oijj.org/en/who-we-are/introduction", "ngo-dom-n-ijjo"),
    ("http://www.ijjo.org/en/the-observatory-presentation", "ngo-dom-n-ijjo"),
    ("https://womenthrive.org/", "ngo-dom-n-women-thrive"),
    ("https://en.cdfj.org/who-are-we/", "ngo-dom-n-cdfj"),
    ("https://khiamcenter.org/en/p.php?lang=en&aid=293", "ngo-dom-n-khiam"),
])
def test_sites_are_ngo(classify, url, pid):
    result = classify(url)
    assert result.category == "ngo", url
    assert result.publisher is not None and result.publisher.id == pid, url


@pytest.mark.parametrize("name", [
    "Media Foundation for West Africa",
    "Landmine Survivors Network",
    "European Organisation for Rare Diseases",
    "EURORDIS",
    "Worldwide Hospice Palliative Care Alliance",
    "Japanese Organization for International Cooperation in Family Planning",
    "Framework Convention Alliance for Tobacco Control",
    "Asia Pacific Transgender Network",
    "Migrants Rights International",
    "Isis-WICCE",
    "International Juvenile Justice Observatory",
    "Center for Defending Freedom of Journalists",
    "Khiam Rehabilitation Center for Victims of Torture",
])
def test_names_are_ngo(classify, name):
    assert classify(name).category == "ngo", name


def test_aptn_acronym_stays_with_the_broadcaster(classify):
    # "APTN" is the Aboriginal Peoples Television Network (press_midvolume.yaml), not an alias here.
    assert classify("APTN").category != "ngo"


def test_minimum_count_and_basis(mine):
    assert len(mine) >= 35
    assert sum(len(p.domains) for p in mine) >= 36
    for p in mine:
        assert p.category == "ngo", p.id
        assert "ECOSOC_Status dataset" in p.basis, p.id
        assert "Domain:" in p.basis, p.id


@pytest.mark.parametrize("url", [
    "https://fake-mediafound.org/",
    "https://mediafound.org.evil.example/",
    "https://notfctc.org/",
    "https://fctc.org.example.net/",
    "https://theilf.blogspot.com/",
    "https://weareaptn.wordpress.com/",
    "https://joicfp.or.jp.evil.example/",
    "https://cdfj.org.example.com/",
])
def test_lookalikes_never_ngo(classify, url):
    result = classify(url)
    assert result.category not in {"ngo", "un", "government", "reuters", "state_media"}, url
