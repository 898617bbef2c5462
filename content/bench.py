"""Bench data and scenarios of the library.

``generate`` adds materials to the demo's agency shelves (2,000 at scale 1): realistic
Vietnamese titles and summaries (``search.generate``), topics and audiences, dates over
five years, and covers and PDFs drawn from a small pool of real files, as agencies reuse
their artwork. ``scenarios`` are a filtered library listing and a material page.
"""

import contextlib
import datetime
import random
import time

from portal.bench.hooks import Scenario

MATERIALS_PER_SCALE = 2000
FILE_POOL = 12
KINDS = ["leaflet", "leaflet", "leaflet", "handbook", "booklet", "reportage"]


def _pool(count):
    """A few real covers and PDFs, made once, that the generated materials share."""
    from . import demo, demo_files

    public, _originals = demo._collections()
    covers, pdfs = [], []
    for number in range(count):
        title = f"Tài liệu mẫu số {number + 1}"
        colour = demo.COLOURS[number % len(demo.COLOURS)]
        covers.append(
            demo._image(
                f"Ảnh bìa mẫu {number + 1}",
                f"bia-mau-{number + 1}.png",
                demo_files.make_cover(title, "Tài liệu dùng chung", colour),
                public,
            )
        )
        pdfs.append(
            demo._document(
                title,
                f"tai-lieu-mau-{number + 1}.pdf",
                demo_files.make_pdf(title, "Cơ quan thường trực", demo.PARAGRAPHS, 1),
                public,
            )
        )
    return covers, pdfs


@contextlib.contextmanager
def _search_updates_paused():
    """Saves do not index one by one (a query each, several per page); the caller
    indexes in bulk afterwards."""
    from django.db.models.signals import post_save
    from modelsearch import index
    from modelsearch.signal_handlers import post_save_signal_handler

    models = [
        m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def _index(pages):
    from modelsearch.backends import get_search_backends

    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for backend in get_search_backends(with_auto_update=True):
        for model, items in by_model.items():
            backend.add_bulk(model, items)


def generate(scale, stdout):
    from django.db import transaction

    from search.generate import material as text_of_material

    from . import demo
    from .models import AgencyLibraryPage, Audience, MaterialPage, Topic

    count = int(MATERIALS_PER_SCALE * scale)
    shelves = list(
        AgencyLibraryPage.objects.filter(locale__language_code="vi", alias_of=None)
        .select_related("agency")
        .order_by("path")
    )
    if count < 1 or not shelves:
        return
    rng = random.Random(230)  # noqa: S311 - reproducible test data, no secret
    topics, audiences = list(Topic.objects.all()), list(Audience.objects.all())
    covers, pdfs = _pool(min(FILE_POOL, count))
    today = datetime.date.today()
    started = time.monotonic()
    # Numbers go on from a previous run, so that slugs stay unique below each shelf.
    first = MaterialPage.objects.filter(slug__startswith="tai-lieu-tao-sinh-").count()
    now = datetime.datetime.now(datetime.UTC)
    for start in range(first, first + count, 200):
        created = []
        with transaction.atomic(), _search_updates_paused():
            for number in range(start + 1, min(first + count, start + 200) + 1):
                shelf = shelves[number % len(shelves)]
                text = text_of_material(rng, number)
                kind = rng.choice(KINDS)
                page = demo.KIND_MODELS[kind](
                    title=text["title"],
                    slug=f"tai-lieu-tao-sinh-{number}",
                    summary=text["body"][:400],
                    body=f"<p>{text['body']}</p>",
                    owner_agency=shelf.agency,
                    publication_date=today
                    - datetime.timedelta(days=rng.randint(0, 5 * 365)),
                    version="1.0",
                    locale=shelf.locale,
                    cover_image=rng.choice(covers),
                    pdf_file=rng.choice(pdfs),
                    search_description=text["body"][:160],
                    # Live without a revision: publishing each would cost ten times
                    # the time, and the public side reads only the live page.
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
                page.topics = rng.sample(topics, k=min(len(topics), rng.randint(1, 3)))
                page.audiences = rng.sample(
                    audiences, k=min(len(audiences), rng.randint(1, 2))
                )
                shelf.add_child(instance=page)
                created.append(page)
        _index(created)
        done = min(first + count, start + 200) - first
        stdout.write(
            f"library: {done}/{count} materials ({time.monotonic() - started:.0f} s)"
        )


def scenarios():
    from .models.pages import LeafletPage, LibraryPage

    rows = []
    library = LibraryPage.objects.live().filter(locale__language_code="vi").first()
    if library is not None:
        rows.append(
            Scenario(
                "library listing (filtered)",
                f"{library.url}?co_quan=so-y-te-tphcm&sap_xep=moi-nhat",
            )
        )
    leaflet = (
        LeafletPage.objects.live()
        .filter(locale__language_code="vi", alias_of=None)
        .order_by("-pk")
        .first()
    )
    if leaflet is not None:
        rows.append(Scenario("material page", leaflet.url))
    return rows
