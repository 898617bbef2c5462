"""Brings the search index up to date while the site keeps serving.

Unlike a rebuild, nothing is emptied first: objects are written again chunk by chunk
(each chunk its own short transaction), so searches keep answering throughout. Prints a
progress bar per model and a summary; a failing chunk is counted and reported, and the
run carries on. ``--extract`` also reads the text of every document again.
"""

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from modelsearch.index import get_indexed_models
from wagtail.search.backends import get_search_backend

from search.backends import is_confidential

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Re-indexes every searchable model in place, with progress and a summary."

    def add_arguments(self, parser):
        parser.add_argument(
            "--model",
            action="append",
            default=[],
            help="Only this model (app_label.ModelName); repeatable.",
        )
        parser.add_argument("--chunk-size", type=int, default=500)
        parser.add_argument(
            "--extract",
            action="store_true",
            help="Extract the text of every document again (in the task worker).",
        )
        parser.add_argument(
            "--prune",
            action="store_true",
            help="Also remove index entries of deleted objects (database backend).",
        )

    def handle(self, *args, model, chunk_size, extract, prune, **options):
        if chunk_size < 1:
            raise CommandError("--chunk-size must be at least 1.")
        self.verbosity = options["verbosity"]
        backend = get_search_backend()
        models = self._models(model)
        if extract:
            self._extract()
        started = time.monotonic()
        summary = []
        for indexed_model in models:
            summary.append(self._index_model(backend, indexed_model, chunk_size))
        if prune:
            for index in {id(i): i for i in backend.all_indexes()}.values():
                if hasattr(index, "delete_stale_entries"):
                    index.delete_stale_entries()
        elapsed = time.monotonic() - started
        self._summary(summary, elapsed)
        if any(row[2] for row in summary):
            raise CommandError("Some chunks failed; see the summary above.")

    def _models(self, names):
        models = [m for m in get_indexed_models() if not is_confidential(m)]
        if not names:
            return models
        wanted = {n.lower() for n in names}
        chosen = [m for m in models if m._meta.label_lower in wanted]
        unknown = wanted - {m._meta.label_lower for m in chosen}
        if unknown:
            raise CommandError(f"Not an indexed model: {', '.join(sorted(unknown))}")
        return chosen

    def _extract(self):
        from wagtail.documents import get_document_model

        from search.tasks import extract_document_text, sync_document_text

        documents = get_document_model().objects.order_by("pk")
        total = documents.count()
        self.stdout.write(f"Extracting the text of {total} documents")
        for done, document in enumerate(documents.iterator(chunk_size=200), start=1):
            sync_document_text(document, force=True)
            extract_document_text.enqueue(document.pk)
            self._progress("documents", done, total)
        self._end_progress()

    def _index_model(self, backend, model, chunk_size):
        label = model._meta.label
        index = backend.get_index_for_model(model)
        if hasattr(index, "add_model"):
            index.add_model(model)
        objects = model.get_indexed_objects().order_by("pk")
        total = objects.count()
        done = failed = 0
        last_pk = None
        self._progress(label, 0, total)
        while True:
            chunk_qs = objects if last_pk is None else objects.filter(pk__gt=last_pk)
            chunk = list(chunk_qs[:chunk_size])
            if not chunk:
                break
            last_pk = chunk[-1].pk
            try:
                with transaction.atomic():
                    backend.add_bulk(model, chunk)
            except Exception as error:  # noqa: BLE001 - report, go on with the rest
                failed += len(chunk)
                self.stderr.write(f"\n{label}: a chunk failed ({type(error).__name__})")
            done += len(chunk)
            self._progress(label, done, total)
        self._end_progress()
        return label, done - failed, failed

    def _progress(self, label, done, total):
        if self.verbosity < 1:
            return
        share = done / total if total else 1
        filled = int(BAR_WIDTH * share)
        bar = "█" * filled + "·" * (BAR_WIDTH - filled)
        line = f"{label[:32]:<32} [{bar}] {share:>4.0%} {done}/{total}"
        if sys.stdout.isatty():
            self.stdout.write(f"\r{line}", ending="")
            self.stdout.flush()
        elif done == total or done % 10_000 < 1:
            self.stdout.write(line)

    def _end_progress(self):
        if self.verbosity >= 1 and sys.stdout.isatty():
            self.stdout.write("")

    def _summary(self, rows, elapsed):
        indexed = sum(r[1] for r in rows)
        failed = sum(r[2] for r in rows)
        self.stdout.write("")
        self.stdout.write("Summary")
        for label, ok, bad in rows:
            note = f", {bad} failed" if bad else ""
            self.stdout.write(f"  {label:<40} {ok:>8} indexed{note}")
        self.stdout.write(
            f"  {len(rows)} models, {indexed} objects indexed, {failed} failed, "
            f"{elapsed:.1f} s"
        )
