"""Bench scenario of public search: a two-word query typed without diacritics."""

from portal.bench.hooks import Scenario


def scenarios():
    return [Scenario("search", "/search/?q=nan+nhan")]
