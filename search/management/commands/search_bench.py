"""Search latency at scale: p50/p95 of public search for typical two-word queries,
with and without diacritics, and the database's plan for one of them.

Run after ``search_generate --count 100000`` on PostgreSQL; ``make bench`` calls it.
"""

import json
import statistics
import time
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import connection, reset_queries
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

from search import query
from search.text import clean_query, fold

# Typical two-syllable queries (one Vietnamese word each, as people type them), with
# and without diacritics; each matches a few per cent of the generated corpus.
TYPICAL = [
    "hộ chiếu",
    "ho chieu",
    "ngư dân",
    "ngu dan",
    "vay vốn",
    "vay von",
    "Côn Đảo",
    "con dao",
    "Long Sơn",
    "long son",
    "phiên dịch",
    "phien dich",
    "tạm trú",
    "tam tru",
    "bồi thường",
    "boi thuong",
    "tuyển dụng",
    "tuyen dung",
    "biên giới",
    "bien gioi",
]
# The words nearly every document of this portal contains: the worst case.
COMMON = ["mua bán", "mua ban", "nạn nhân", "nan nhan", "hỗ trợ", "ho tro"]
TARGET_P95_MS = 100


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Measures public search latency (p50/p95) and prints the query plan."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=5)
        parser.add_argument("--no-explain", action="store_true")
        parser.add_argument(
            "--output", help="Also write the figures as JSON to this file (make bench)."
        )

    def handle(self, *args, repeat, no_explain, output=None, **options):
        site = Site.objects.filter(is_default_site=True).first()
        host = site.hostname if site else "localhost"
        request = RequestFactory().get("/search/", HTTP_HOST=host)
        translation.activate("vi")
        repeat = max(1, repeat)
        pages = Page.objects.live().count()
        self.stdout.write(
            f"Database: {connection.vendor}; backend: "
            f"{type(get_search_backend()).__name__}; live pages: {pages}"
        )
        # Warm caches and connections once, as a running site would have them.
        for text in TYPICAL + COMMON:
            query.search(text, request)
        verdicts, figures = [], {"live_pages": pages, "repeat": repeat}
        for label, queries in (
            ("typical queries", TYPICAL),
            ("most common words", COMMON),
        ):
            full, backend_only = [], []
            for _round in range(max(1, repeat)):
                for text in queries:
                    started = time.perf_counter()
                    query.search(text, request)
                    full.append((time.perf_counter() - started) * 1000)
                    started = time.perf_counter()
                    self._backend_search(text)
                    backend_only.append((time.perf_counter() - started) * 1000)
                    reset_queries()
            matches = [self._queryset(text).count() for text in queries]
            self.stdout.write(
                f"== {label}: {len(queries)} queries x {repeat}, matches per query "
                f"{min(matches)}–{max(matches)} of {pages} pages"
            )
            self._report(
                "search page (query.search: rank, merge, facets, snippets)", full
            )
            self._report("backend only (top 100, ranked)", backend_only)
            verdicts.append((label, percentile(full, 0.95)))
            figures[label] = {
                "queries": len(queries),
                "matches_min": min(matches),
                "matches_max": max(matches),
                "p50_ms": round(percentile(full, 0.5), 1),
                "p95_ms": round(percentile(full, 0.95), 1),
                "backend_p50_ms": round(percentile(backend_only, 0.5), 1),
                "backend_p95_ms": round(percentile(backend_only, 0.95), 1),
            }
        typical_p95 = verdicts[0][1]
        verdict = "meets" if typical_p95 < TARGET_P95_MS else "MISSES"
        summary = "; ".join(f"{label}: p95 {p95:.1f} ms" for label, p95 in verdicts)
        self.stdout.write(
            f"{summary}. Typical p95 {verdict} the {TARGET_P95_MS} ms target."
        )
        if not no_explain:
            figures["uses_full_text_index"] = self._explain(TYPICAL[0])
            self._explain(COMMON[0])
        if output:
            Path(output).write_text(json.dumps(figures, ensure_ascii=False, indent=2))

    def _queryset(self, text):
        return get_search_backend().search(
            fold(clean_query(text)),
            query.get_sources(public=True)[0].queryset(None),
            operator="and",
        )

    def _backend_search(self, text):
        return list(self._queryset(text)[: query.WINDOW])

    def _report(self, label, values):
        self.stdout.write(
            f"{label}: n={len(values)} p50={percentile(values, 0.5):.1f} ms "
            f"p95={percentile(values, 0.95):.1f} ms max={max(values):.1f} ms "
            f"mean={statistics.fmean(values):.1f} ms"
        )

    def _explain(self, text):
        results = self._queryset(text)[: query.WINDOW]
        if not hasattr(results, "get_queryset"):
            self.stdout.write("(no SQL plan: the backend is not a database)")
            return None
        queryset = results.get_queryset()
        options = {"analyze": True} if connection.vendor == "postgresql" else {}
        plan = queryset.explain(**options)
        self.stdout.write(f"Plan for {text!r}:")
        self.stdout.write(plan)
        uses_gin = "portal_search_title_body_gin" in plan
        if connection.vendor == "postgresql":
            self.stdout.write(
                "The full-text GIN index is used."
                if uses_gin
                else "WARNING: the full-text GIN index is NOT used."
            )
        return uses_gin
