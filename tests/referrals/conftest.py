"""Referral tests run on the demo directory: real functions, agencies and accounts."""

import pytest


@pytest.fixture
def directory(db):
    from portal.directory import demo

    demo.load()
