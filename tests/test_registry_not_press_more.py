"""Not press, second audit: sites GDELT's news list holds that are not press
(rules/registry/not_press_more.yaml).

State bodies (police, electoral commissions, a ministry, a chamber, regional and city
governments...) are `government` with their owner; think tanks, NGOs without a UN record,
associations, sports bodies, companies and governments outside the country list are `unlisted`;
two NGO sites with a UN record are `ngo`. Facts, minimum counts, lookalikes, no public suffix,
press kept as press.
"""

from collections import Counter

import pytest

FILE = "registry/not_press_more.yaml"
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


# url, publisher id, category, owner
FACTS = [
    ("https://www.policija.lt/index.php?id=1", "npm-gov-ltu-policija", "government", "LTU"),
    ("https://www.vrk.lt/rinkimai", "npm-gov-ltu-vrk", "government", "LTU"),
    ("https://lrkm.lt/lt/naujienos/x", "npm-gov-ltu-lrkm", "government", "LTU"),
    ("https://a.cec.md/ro/x.html", "npm-gov-mda-cec", "government", "MDA"),
    ("https://diputados.bo/prensa/x", "npm-gov-bol-diputados", "government", "BOL"),
    ("http://www.gov.pe.ca/photos/original/x.pdf", "npm-gov-can-pei", "government", "CAN"),
    ("https://www.beograd.rs/lat/x", "npm-gov-srb-beograd", "government", "SRB"),
    ("https://www.tallinn.ee/est/x", "npm-gov-est-tallinn", "government", "EST"),
    ("https://www.dublincity.ie/residential/x", "npm-gov-irl-dublincity", "government", "IRL"),
    ("https://www.comune.genova.it/articoli/x", "npm-gov-ita-comune-genova", "government", "ITA"),
    ("https://www.regione.sardegna.it/j/v/x", "npm-gov-ita-regione-sardegna", "government", "ITA"),
    ("https://www.cittametropolitana.fi.it/x/", "npm-gov-ita-cm-firenze", "government", "ITA"),
    ("https://www.culture.ru/materials/1", "npm-gov-rus-culture-rf", "government", "RUS"),
    ("https://www.city.kharkov.ua/uk/news/x.html", "npm-gov-ukr-kharkiv-city", "government", "UKR"),
    ("https://dialogo-americas.com/articles/x/", "npm-gov-usa-dialogo", "government", "USA"),
    ("https://www.portugalglobal.pt/PT/x", "npm-gov-prt-aicep", "government", "PRT"),
    ("https://gallica.bnf.fr/ark:/12148/x", "npm-gov-fra-bnf", "government", "FRA"),
    ("https://www.mfa-ks.net/?page=2,118", "npm-xkx-mfa", "unlisted", None),
    ("https://www.gov.ky/portal/page/x", "npm-cym-gov", "unlisted", None),
    ("https://tibet.net/x/", "npm-cta", "unlisted", None),
    ("https://www.osw.waw.pl/en/publikacje/x", "npm-tt-osw", "unlisted", None),
    ("https://www.conferenceboard.ca/e-library/x", "npm-tt-conference-board-canada", "unlisted", None),
    ("https://www.counterextremism.com/threat/x", "npm-tt-cep", "unlisted", None),
    ("https://www.chinausfocus.com/foreign-policy/x", "npm-tt-china-us-focus", "unlisted", None),
    ("https://www.mediamatters.org/x", "npm-res-media-matters", "unlisted", None),
    ("http://khpg.org/en/x", "npm-ngo-khpg", "unlisted", None),
    ("https://www.slowfood.com/x/", "npm-ngo-slow-food", "unlisted", None),
    ("https://www.which.co.uk/news/x", "npm-ngo-which", "unlisted", None),
    ("https://www.svensktnaringsliv.se/x", "npm-assoc-svenskt-naringsliv", "unlisted", None),
    ("https://www.ittf.com/2019/01/01/x/", "npm-sport-ittf", "unlisted", None),
    ("https://www.milb.com/news/x", "npm-sport-milb", "unlisted", None),
    ("https://www.dosb.de/x", "npm-sport-dosb", "unlisted", None),
    ("https://www.tadawul.com.sa/wps/portal/x", "npm-co-tadawul", "unlisted", None),
    ("https://www.christies.com/lot/x", "npm-co-christies", "unlisted", None),
    ("https://www.ukwhoswho.com/view/x", "npm-pub-ukwhoswho", "unlisted", None),
    ("https://www.icaew.com/insights/x", "npm-ngo-icaew", "ngo", None),
    ("https://www.icrcnewsroom.org/story/x", "npm-ngo-icrc-newsroom", "ngo", None),
    # reference and information sites: a company's or a database's pages, not news
    ("http://www.chinavitae.com/index.php", "npm-ref-china-vitae", "unlisted", None),
    ("http://geography.about.com/od/x.htm", "npm-ref-about-com", "unlisted", None),
    ("https://science.howstuffworks.com/x.htm", "npm-ref-howstuffworks", "unlisted", None),
    ("https://www.bartleby.com/124/pres49.html", "npm-ref-bartleby", "unlisted", None),
    ("http://www.webmd.com/a-to-z-guides/x", "npm-ref-webmd", "unlisted", None),
    ("https://www.healthline.com/health/x", "npm-ref-healthline", "unlisted", None),
    ("https://www.ask.com/web?q=x", "npm-ref-ask-com", "unlisted", None),
]


@pytest.mark.parametrize("url, pid, category, owner", FACTS)
def test_hosts_get_the_publisher(classify, url, pid, category, owner):
    result = classify(url)
    assert result.publisher is not None and result.publisher.id == pid, url
    assert result.category == category and result.owner == owner, url


@pytest.mark.parametrize("name, pid", [
    ("Lietuvos policija", "npm-gov-ltu-policija"),
    ("Vyriausioji rinkimų komisija", "npm-gov-ltu-vrk"),
    ("Comisia Electorală Centrală a Republicii Moldova", "npm-gov-mda-cec"),
    ("Cámara de Diputados de Bolivia", "npm-gov-bol-diputados"),
    ("Ośrodek Studiów Wschodnich", "npm-tt-osw"),
    ("Kharkiv Human Rights Protection Group", "npm-ngo-khpg"),
])
def test_names_find_the_publisher(classify, name, pid):
    result = classify(name)
    assert result.publisher is not None and result.publisher.id == pid, name


def test_counts(entries):
    assert len(entries) >= 65
    cats = Counter(p.category for p in entries)
    assert cats["government"] >= 20 and cats["unlisted"] >= 40 and cats["ngo"] >= 2
    groups = Counter(p.group for p in entries)
    assert groups["local"] >= 12 and groups["sports-body"] >= 12 and groups["company"] >= 5
    for p in entries:
        assert p.basis and p.domains and "total_count" in p.basis, p.id
        assert (p.owner is not None) == (p.category == "government"), p.id
        if p.category == "ngo":
            assert "UN" in p.basis or "General Assembly" in p.basis, p.id


@pytest.mark.parametrize("url, pid, category, owner", FACTS)
def test_lookalikes_are_not_the_publisher(classify, url, pid, category, owner):
    from evidence_check.domains import registered_domain

    host = registered_domain(url.split("/")[2])
    for fake in (f"https://{host}.evil.example/x", f"https://fake-{host}/x",
                 f"https://not{host.replace('.', '-')}.blogspot.com/x"):
        result = classify(fake)
        assert result.publisher is None or result.publisher.id != pid, fake
        assert result.category not in TRUSTED, fake


@pytest.mark.parametrize("url", [
    "https://www.publicsenat.fr/article/x",        # the Senate's TV channel: press
    "https://smallwarsjournal.com/jrnl/art/x",     # journals and magazines stay press
    "https://www.longwarjournal.org/archives/x",
    "https://www.equaltimes.org/x",
    "https://www.espn.com/nfl/story/_/id/1",
])
def test_press_stays_press(classify, url):
    assert classify(url).category == "rejected", url
