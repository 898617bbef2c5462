"""Creates N search-test pages with realistic Vietnamese text, fast, and indexes them.

Pages are inserted in bulk (tree paths computed here, as treebeard would) under one
parent page, ``du-lieu-thu-nghiem-tim-kiem``, below the Vietnamese home page; ``--delete``
removes them all again. For measuring search at scale (see ``search_bench``), never for
production sites.
"""

import random
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cms.models import HomePage
from search.generate import material
from search.models import SearchTestPage

PARENT_SLUG = "du-lieu-thu-nghiem-tim-kiem"


class Command(BaseCommand):
    help = "Generates N search-test pages with Vietnamese text and indexes them."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--batch", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=230)
        parser.add_argument(
            "--delete", action="store_true", help="Remove the generated pages."
        )

    def handle(self, *args, count, batch, seed, delete, **options):
        home = HomePage.objects.filter(locale__language_code="vi").first()
        if home is None:
            raise CommandError(
                "No Vietnamese home page: run load_demo or migrate first."
            )
        parent = self._parent(home)
        if delete:
            removed = parent.get_children().count()
            parent.delete()
            self.stdout.write(f"Removed {removed} generated pages.")
            return
        if count < 1 or batch < 1:
            raise CommandError("--count and --batch must be positive.")
        rng = random.Random(seed)  # noqa: S311 - reproducible test data, no secret
        backend = get_search_backend()
        content_type = ContentType.objects.get_for_model(SearchTestPage)
        started = time.monotonic()
        done = 0
        while done < count:
            size = min(batch, count - done)
            with transaction.atomic():
                parent.refresh_from_db()
                pages = self._insert(parent, content_type, rng, size)
            backend.add_bulk(SearchTestPage, pages)
            done += size
            self.stdout.write(
                f"{done}/{count} pages ({time.monotonic() - started:.0f} s)"
            )
        if connection.vendor == "postgresql":
            # Fresh statistics, or the planner ignores the full-text index for a while.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE wagtailsearch_indexentry")
                cursor.execute(f"ANALYZE {Page._meta.db_table}")
        self.stdout.write(
            f"Generated and indexed {count} pages in {time.monotonic() - started:.1f} s."
        )

    def _parent(self, home):
        parent = Page.objects.filter(slug=PARENT_SLUG).first()
        if parent is not None:
            return parent.specific
        parent = SearchTestPage(
            title="Dữ liệu thử nghiệm tìm kiếm", slug=PARENT_SLUG, locale=home.locale
        )
        home.add_child(instance=parent)
        parent.save_revision().publish()
        return parent

    def _insert(self, parent, content_type, rng, size):
        now = timezone.now()
        start = parent.numchild
        rows, bodies = [], []
        for offset in range(1, size + 1):
            number = start + offset
            data = material(rng, number)
            slug = f"tai-lieu-{number}"
            rows.append(
                Page(
                    title=data["title"],
                    draft_title=data["title"],
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(parent.path, parent.depth + 1, number),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    live_revision=None,
                    locale_id=parent.locale_id,
                    translation_key=uuid.uuid4(),
                )
            )
            bodies.append((data["body"], data["topic"]))
        created = Page.objects.bulk_create(rows)
        table = SearchTestPage._meta.db_table
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (page_ptr_id, body, topic) VALUES (%s, %s, %s)",  # noqa: S608 - table name from the model
                [
                    (p.pk, body, topic)
                    for p, (body, topic) in zip(created, bodies, strict=True)
                ],
            )
        Page.objects.filter(pk=parent.pk).update(numchild=start + size)
        return list(
            SearchTestPage.objects.filter(pk__in=[p.pk for p in created]).order_by("pk")
        )
