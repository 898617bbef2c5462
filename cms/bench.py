"""Bench scenarios of the public site."""

from portal.bench.hooks import Scenario


def scenarios():
    return [Scenario("home page", "/"), Scenario("home page (English)", "/en/")]
