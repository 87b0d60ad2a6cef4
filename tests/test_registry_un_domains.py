"""UN system country-level, regional and language domains (rules/registry/un.yaml):
field offices, information centres, country teams, language sites and data
portals on the bodies' own domains, each confirmed by a page read."""

import pytest





# The pages read for each domain (see the entries' basis), with the publisher they belong to.
PAGES = [
    ("https://www.hchr.org.co/documentos_ria/introduccion-al-informe-de-la-alta-comisionada-sobre-colombia/",
     "un-ohchr"),
    ("https://hchr.org.mx/conocenos/la-onu-dh-en-mexico/", "un-ohchr"),
    ("https://www.e-unwto.org/doi/book/10.18111/9789284419722", "un-untourism"),
    ("https://www.bancomundial.org/es/region/lac/overview", "un-worldbank"),
    ("https://bancomundial.org/es/about/annual-report-2015-copy/regions/lac", "un-worldbank"),
    ("https://www.migrationdataportal.org/about", "un-iom"),
    ("https://migrationdataportal.org/faqs", "un-iom"),
    ("http://www.eclac.org", "un-eclac"),
    ("https://osn.cz/slavime-den-spojenych-narodu-a-70-let-unic/", "un-unic-prague"),
    ("http://archiv.osn.cz/otazky-a-odpovedi/?id=4", "un-unic-prague"),
    ("http://www.unic.un.org.pl/unic_warsaw/info2.php", "un-unic-warsaw"),
    ("http://www.unicankara.org.tr/language/tr/bmem/", "un-unic-ankara"),
    ("http://un.org.au/?slide=un-70th-anniversary", "un-unic-canberra"),
    ("http://unis.unvienna.org/unis/sl/about/about_unis.html", "un-unis-vienna"),
    ("https://old.un.am/en/News/536", "un-ct-armenia"),
    # long-tail round: data portals, UN-hosted partnerships, UNICs, country teams
    ("https://sdg6data.org/en/about/data-sources", "un-unwater"),
    ("https://childmortality.org/", "un-igme"),
    ("https://www.ccacoalition.org/content/climate-and-clean-air-coalition", "un-ccac"),
    ("https://unnutrition.org/about-us/who-we-are", "un-nutrition"),
    ("https://www.unscn.org/en/about", "un-nutrition"),
    ("https://oceandecade.org/ko/who-we-are/", "un-ocean-decade"),
    ("http://www.unicnairobi.org/news-and-events/nairobi-un-offices-has-become-a-must-visit-for-visiting-dignitaries/",
     "un-unic-nairobi"),
    ("http://unicpretoria.org.za/about-us/", "un-unic-pretoria"),
    ("http://unic.org.pk/?page_id=20", "un-unic-islamabad"),
    ("https://www.un.org.za/about/", "un-ct-south-africa"),
    ("http://www.unct.org.bt/about-us/", "un-ct-bhutan"),
    ("http://www.onu.org.br/index.php?s=noticias", "un-ct-brazil"),
    ("http://www.unicef.in/WhoWeAre", "un-unicef"),
    ("http://archive.unicef.cn/cn/index.php?a=lists&m=wap&siteid=1&typeid=22", "un-unicef"),
]

NEW_DOMAINS = ["hchr.org.co", "hchr.org.mx", "e-unwto.org", "bancomundial.org",
               "migrationdataportal.org", "eclac.org", "osn.cz", "unic.un.org.pl",
               "unicankara.org.tr", "un.org.au", "unis.unvienna.org", "un.am",
               # long-tail round
               "sdg6data.org", "childmortality.org", "ccacoalition.org", "unnutrition.org",
               "unscn.org", "oceandecade.org", "unicnairobi.org", "unicpretoria.org.za",
               "unic.org.pk", "un.org.za", "unct.org.bt", "onu.org.br", "unicef.in",
               "unicef.cn"]


@pytest.mark.parametrize("url,publisher", PAGES)
def test_pages_read_are_their_un_body(classify, url, publisher):
    verdict = classify(url)
    assert verdict.category == "un", url
    assert verdict.owner is None
    assert verdict.publisher.id == publisher


def test_every_new_domain_is_listed_once(rules):
    listed = {}
    for pub in rules.index.publishers:
        for domain in pub.domains:
            listed.setdefault(domain, []).append(pub.id)
    for domain in NEW_DOMAINS:
        assert len(listed.get(domain, [])) == 1, domain


def test_more_specific_entries_still_win(classify):
    # Adding a field office to OHCHR does not shadow the Human Rights Council path.
    assert classify("https://www.ohchr.org/en/hrbodies/hrc/home").publisher.id == "un-hrc"
    # The World Bank's Spanish site is the World Bank, ICSID keeps its own entry.
    assert classify("https://icsid.worldbank.org/").publisher.id == "un-icsid"
    assert classify("https://www.cepal.org/es").publisher.id == "un-eclac"


def test_parents_of_path_or_host_entries_stay_unclaimed(classify):
    # Only the UNIS host and the UNIC Warsaw host are listed, not their parents.
    for url in ["https://www.unvienna.org/", "https://un.org.pl/"]:
        verdict = classify(url)
        assert verdict.publisher is None or verdict.publisher.id not in {
            "un-unis-vienna", "un-unic-warsaw"}, url


@pytest.mark.parametrize("domain", NEW_DOMAINS)
def test_lookalikes_are_never_un(classify, domain):
    for url in [f"https://{domain}.evil.example/report",
                f"https://fake-{domain}/report",
                f"https://{domain.replace('.', '-')}.blogspot.com/",
                f"https://not{domain}/"]:
        verdict = classify(url)
        assert verdict.category != "un", url


def test_unicef_national_committees_are_not_unicef(classify):
    # National committees are NGOs (e.g. unicef.de is the German Committee for
    # UNICEF); only UNICEF's own country offices (unicef.in, unicef.cn) are UNICEF.
    for url in ["https://www.unicef.de/", "https://www.unicef.org.uk/", "https://www.unicefusa.org/",
                "https://www.unicef.fr/", "https://www.unicef.org.hk/"]:
        verdict = classify(url)
        assert verdict.publisher is None or verdict.publisher.id != "un-unicef", url
        assert verdict.category != "un", url


def test_hosts_left_out_stay_unlisted_as_un(classify):
    # SEforALL is an independent organization; undg.org / unsystem.org could not
    # be checked as still the UN's. None of them is a UN publisher here.
    for url in ["https://www.seforall.org/", "https://undg.org/home/about-undg/",
                "https://www.unsystem.org/"]:
        assert classify(url).category != "un", url


def test_un_hosted_bodies_names(rules):
    # Names citations use for the new bodies resolve to them.
    by_id = {pub.id: pub for pub in rules.index.publishers}
    assert "UN IGME" in by_id["un-igme"].aliases
    assert "UNSCN" in by_id["un-nutrition"].aliases
    assert "CCAC" in by_id["un-ccac"].aliases
    assert "Ocean Decade" in by_id["un-ocean-decade"].aliases
    assert "SDG 6 Data Portal" in by_id["un-unwater"].aliases
