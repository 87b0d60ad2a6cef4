"""Self-published platforms of many countries (press.yaml, `platforms` section).

Blog hosts, personal-page hosts, code and document hosts, Q&A boards and newsletter
hosts: every tenant is the platform (rejected, group `platforms`), and a host that
only looks like a platform never gains a trusted class.
"""

import pytest


TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}




# (a tenant URL, the platform entry it must fall to)
TENANTS = [
    # hosting and site builders, audio, file sharing
    ("https://some-campaign.netlify.app/about", "press-netlify"),
    ("https://someone.000webhostapp.com/page.html", "press-000webhost"),
    ("https://someone.squarespace.com/blog/x", "press-squarespace"),
    ("http://someone.webs.com/", "press-webs"),
    ("http://someone.yolasite.com/", "press-yola"),
    ("https://note.com/someone/n/n0123456789ab", "press-note-com"),
    ("https://someshow.podbean.com/e/episode-1/", "press-podbean"),
    ("https://soundcloud.com/someone/track", "press-soundcloud"),
    ("https://www.dropbox.com/s/abc123/report.pdf?dl=0", "press-dropbox"),
    # Japan
    ("http://blog.livedoor.jp/dankogai/archives/51693618.html", "press-livedoor-blog"),
    ("https://nekomeshi312.livedoor.blog/archives/7704100.html", "press-livedoor-blog"),
    ("http://rancor.blog.jp/tag/x", "press-livedoor-blog"),
    ("https://ameblo.jp/doom321/page-8.html", "press-ameba-blog"),
    ("http://strocker.blog62.fc2.com/blog-entry-591.html", "press-fc2"),
    ("http://someone.web.fc2.com/index.html", "press-fc2"),
    ("https://lfk.hatenablog.com/entry/20060617/1150515987", "press-hatena"),
    ("http://moognyk.hateblo.jp/entry/2013/01/17/003932", "press-hatena"),
    ("https://mikk.hatenadiary.jp/entry/20180830/p1", "press-hatena"),
    ("https://setaka.hatenadiary.org/entry/20071127/1201668281", "press-hatena"),
    ("http://d.hatena.ne.jp/hatenadiary/20180830/blog_unify", "press-hatena"),
    ("https://blog.goo.ne.jp/someone/e/0123456789abcdef", "press-goo-blog"),
    ("https://blogs.yahoo.co.jp/metoronjr7/archive/2019/07/31", "press-yahoo-blogs-japan"),
    ("http://www.geocities.jp/someone/index.html", "press-geocities"),
    ("http://www.geocities.co.jp/Hollywood/1234/", "press-geocities"),
    ("http://www.geocities.com/Athens/1234/", "press-geocities"),
    ("http://www.reocities.com/Athens/1234/", "press-geocities-mirrors"),
    ("http://www.oocities.org/athens/1234/", "press-geocities-mirrors"),
    ("http://www.geocities.ws/someone/", "press-geocities-mirrors"),
    ("https://sora.5ch.net/test/read.cgi/livecx/1651405745/885", "press-2channel"),
    ("http://hayabusa.2ch.sc/test/read.cgi/news/1/", "press-2channel"),
    ("http://news.2ch.net/test/read.cgi/news/1/", "press-2channel"),
    # Korea
    ("https://blog.naver.com/someone/223000000000", "press-naver-blog"),
    ("https://m.blog.naver.com/someone/223000000000", "press-naver-blog"),
    ("https://hmseo91.tistory.com/m/1929", "press-tistory"),
    ("https://blog.daum.net/someone/123", "press-daum-blog"),
    # China
    ("http://blog.sina.com.cn/s/blog_4701280b0102e5xx.html", "press-sina-blog"),
    ("https://www.zhihu.com/question/12345678", "press-zhihu"),
    ("https://zhuanlan.zhihu.com/p/12345678", "press-zhihu"),
    ("https://www.douban.com/group/topic/123/", "press-douban"),
    ("https://movie.douban.com/subject/1292052/", "press-douban"),
    ("https://blog.csdn.net/mindong1982/article/details/1548455", "press-csdn-blog"),
    # Russia
    ("https://dzen.ru/a/ZabcDEF", "press-dzen"),
    ("https://zen.yandex.ru/media/someone/x-5f0000", "press-dzen"),
    ("https://pikabu.ru/story/chto_takoe_yetot_vash_pikabu_11896499", "press-pikabu"),
    # Europe and the Americas
    ("https://someone.typepad.com/blog/2010/01/x.html", "press-typepad"),
    ("https://ruetibeilyssach.jimdofree.com/", "press-jimdo"),
    ("https://radio-blue-point.jimdosite.com/", "press-jimdo"),
    ("https://someone.jimdo.com/", "press-jimdo"),
    ("https://dushantsi.webnode.com/", "press-webnode"),
    ("https://ceicaal0.webnode.page/", "press-webnode"),
    ("https://nazovprojektu.webnode.sk/", "press-webnode"),
    ("https://apfeldlab.mystrikingly.com/", "press-strikingly"),
    ("https://lanoca.over-blog.com/2025/10/x.html", "press-over-blog"),
    ("https://rustyjames.canalblog.com/page/280", "press-canalblog"),
    ("http://someone.skyrock.com/1.html", "press-skyrock"),
    ("http://someone.skyblog.com/", "press-skyrock"),
    ("https://hirbehozo.blog.hu/2005/12/20/ujabb_blogszolgaltato_indul_a_blog_hu", "press-blog-hu"),
    ("https://someone.blogspot.fr/2012/01/x.html", "press-blogger"),
    ("https://someone.blogspot.de/2012/01/x.html", "press-blogger"),
    ("https://someone.blogspot.co.uk/2012/01/x.html", "press-blogger"),
    ("https://someone.blogspot.com.br/2012/01/x.html", "press-blogger"),
    ("https://someone.blogspot.in/2012/01/x.html", "press-blogger"),
    # code and document hosts
    ("https://github.com/someone/repo/blob/main/report.pdf", "press-github"),
    ("https://gist.github.com/norcross/3382312", "press-github"),
    ("https://raw.githubusercontent.com/someone/repo/main/data.csv", "press-github"),
    ("https://gitlab.com/someone/repo", "press-gitlab"),
    ("https://someone.gitlab.io/site/", "press-gitlab"),
    ("https://bitbucket.org/someone/repo", "press-bitbucket"),
    ("https://someone.bitbucket.io/", "press-bitbucket"),
    ("https://someone.notion.site/Page-0123456789abcdef", "press-notion"),
    ("https://www.notion.so/someone/Page-0123456789abcdef", "press-notion"),
    # Q&A
    ("https://stackoverflow.com/questions/1/x", "press-stack-overflow"),
    ("https://superuser.com/questions/1/x", "press-stack-overflow"),
    ("https://mathoverflow.net/questions/1/x", "press-stack-overflow"),
    ("https://askubuntu.com/questions/1/x", "press-stack-overflow"),
    # essays and newsletters
    ("https://towardsdatascience.com/a-thank-you-note-to-towards-data-science-58b714a824f8", "press-towards-data-science"),
    ("https://thebatsignal.beehiiv.com/p/week-25-recap-lucky-break", "press-beehiiv"),
    ("https://someone.ghost.io/post/", "press-ghost-pro"),
    ("https://buttondown.email/cassidoo/archive/x/", "press-buttondown"),
    ("https://buttondown.com/nelhage/archive/two-reasons-kubernetes-is-so-complex", "press-buttondown"),
    ("https://us13.campaign-archive.com/?u=f01ce6bb5ed8b8f35b8bd9297&id=b5cd5d99bf", "press-mailchimp-archive"),
    ("http://eepurl.com/iGJzFw", "press-mailchimp-archive"),
]


@pytest.mark.parametrize("url, publisher", TENANTS)
def test_tenants_are_the_platform(classify, url, publisher):
    result = classify(url)
    assert result.category == "rejected", url
    assert result.publisher is not None and result.publisher.id == publisher, (url, result.publisher)
    assert result.publisher.group == "platforms", url
    assert "self-published" in (result.publisher.note or ""), url
    assert result.owner is None, url


@pytest.mark.parametrize("url", [
    # a tenant named like a trusted publisher is still the platform
    "https://unicef.hatenablog.com/entry/x", "https://reuters.tistory.com/1", "https://xinhua.blog.hu/x",
    "https://un.webnode.page/", "https://tass.livedoor.blog/archives/1.html",
    "https://who.ghost.io/x", "https://reuters.beehiiv.com/p/x", "https://unhcr.blogspot.fr/x",
    "https://gist.github.com/reuters/1", "https://un.notion.site/x", "https://unicef.jimdofree.com/",
])
def test_a_tenant_named_like_a_publisher_is_still_the_platform(classify, url):
    result = classify(url)
    assert result.category == "rejected" and result.publisher.group == "platforms", url


LOOKALIKE_BASES = [
    "ameblo.jp", "fc2.com", "hatenablog.com", "hatena.ne.jp", "tistory.com", "zhihu.com", "douban.com",
    "dzen.ru", "pikabu.ru", "typepad.com", "jimdofree.com", "webnode.page", "mystrikingly.com",
    "over-blog.com", "canalblog.com", "skyrock.com", "blog.hu", "github.com", "gitlab.com", "bitbucket.org",
    "notion.site", "stackoverflow.com", "5ch.net", "towardsdatascience.com", "beehiiv.com", "ghost.io",
    "buttondown.email", "campaign-archive.com", "eepurl.com", "blogspot.fr", "reocities.com",
    "oocities.org", "geocities.jp", "livedoor.blog",
]


@pytest.mark.parametrize("base", LOOKALIKE_BASES)
def test_lookalikes_never_gain_a_trusted_class_or_the_platform(classify, base):
    label = base.split(".")[0]
    for url in (f"https://{base}.evil.example/x", f"https://fake{base}/x", f"https://fake-{label}.com/x",
                f"https://{label}-un.org/x"):
        result = classify(url)
        assert result.category not in TRUSTED, url
        # nor is it the platform: it is whatever else it is (unlisted here)
        assert result.publisher is None or result.publisher.group != "platforms", url


@pytest.mark.parametrize("url", [
    "https://blog.naver.com.evil.example/x", "https://fakeblog.naver.com/x", "https://blog.sina.com.cn.evil.example/x",
    "https://blog.csdn.net.evil.example/x", "https://blogs.yahoo.co.jp.evil.example/x",
    "https://notblog.daum.net/x", "https://blog.goo.ne.jp.evil.example/x", "https://blog.livedoor.jp.evil.example/x",
])
def test_blog_hosts_of_portals_are_exact_hosts(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url
    assert result.publisher is None or result.publisher.group != "platforms", url


@pytest.mark.parametrize("url", ["https://www.naver.com/", "https://www.daum.net/", "https://www.goo.ne.jp/",
                                 "https://www.yahoo.co.jp/", "https://www.csdn.net/"])
def test_the_portals_themselves_are_not_blog_hosts(classify, url):
    result = classify(url)
    assert result.publisher is None or result.publisher.group != "platforms", url


def test_blogger_lists_its_country_domains(rules):
    found = rules.index.by_host("blogspot.fr")
    assert found is not None and found[0].id == "press-blogger"
    blogger = found[0]
    country = [d for d in blogger.domains if d.startswith("blogspot.") and d != "blogspot.com"]
    assert len(country) >= 70


def test_enough_platforms(rules):
    platforms = [p for p in rules.index.publishers if p.category == "rejected" and p.group == "platforms"]
    assert len(platforms) >= 95  # 100 today
    hosts = {d for p in platforms for d in p.domains}
    assert len(hosts) >= 215  # 224 today


def test_a_listed_tenant_keeps_its_own_class(rules):
    """Longest suffix wins: a publisher listed by an exact tenant host is never the platform."""
    platform_suffixes = {d for p in rules.index.publishers if p.group == "platforms" for d in p.domains}
    checked = 0
    for publisher in rules.index.publishers:
        if publisher.group == "platforms":
            continue
        for host in publisher.domains:
            if "/" in host:  # a path prefix: by_host does not see paths
                continue
            if any(host.endswith("." + s) for s in platform_suffixes):
                found = rules.index.by_host(host)
                assert found is not None and found[0].group != "platforms", (publisher.id, host)
                checked += 1
    assert checked >= 0
