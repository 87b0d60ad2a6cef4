"""Companies' own corporate sites (rules/registry/companies.yaml): a platform company's newsroom is
the company speaking (unlisted), a user's post on the platform stays self-published (rejected)."""

import pytest

from evidence_check.classify import Classifier
from evidence_check.urls import parse


@pytest.mark.parametrize("url, category, publisher", [
    # a platform company's own hosts are the company speaking: unlisted, like any company
    ("https://newsroom.fb.com/news/2018/04/keeping-terrorists-off-facebook/", "unlisted", "company-meta-corporate"),
    ("https://about.fb.com/news/2023/01/x/", "unlisted", "company-meta-corporate"),
    ("https://blog.twitter.com/en_us/topics/company/2020/x", "unlisted", "company-x-corporate"),
    ("https://newsroom.tiktok.com/en-us/x", "unlisted", "company-tiktok-corporate"),
    ("https://telegram.org/blog/video-calls", "unlisted", "company-telegram-corporate"),
    # a user's post on the platform stays self-published
    ("https://www.facebook.com/somebody/posts/1", "rejected", "press-facebook"),
    ("https://twitter.com/someone/status/1", "rejected", "press-x"),
    ("https://t.me/somechannel/12", "rejected", "press-telegram"),
    ("https://www.tiktok.com/@someone/video/1", "rejected", "press-tiktok"),
])
def test_a_platform_companys_own_hosts_are_the_company_not_a_users_post(rules, url, category, publisher):
    c = Classifier(rules)(parse(url))
    assert (c.category, c.publisher.id if c.publisher else None) == (category, publisher)


@pytest.mark.parametrize("url", [
    "https://newsroom.fb.com.evil.example/x",
    "https://fake-newsroom-fb.com/x",
    "https://newsroom.blogspot.com/x",
])
def test_lookalikes_of_a_corporate_host_are_not_it(rules, url):
    c = Classifier(rules)(parse(url))
    assert c.publisher is None or not c.publisher.id.startswith("company-")
