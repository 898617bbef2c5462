"""Bench data and scenario of search: the search corpus (100,000 pages of Vietnamese
text at scale 1, made by ``search_generate``) and a typical two-syllable query typed
without diacritics ("ho chieu": a few per cent of the corpus matches, as for most of
``search_bench``'s typical queries). ``make bench`` also runs ``search_bench`` on that
corpus, which reports the worst case too: the words most pages contain."""

from portal.bench.hooks import Scenario

PAGES_PER_SCALE = 100_000


def generate(scale, stdout):
    from django.core.management import call_command

    count = int(PAGES_PER_SCALE * scale)
    if count > 0:
        call_command("search_generate", count=count, stdout=stdout)


def scenarios():
    return [Scenario("search", "/search/?q=ho+chieu")]
