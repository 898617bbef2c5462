"""Vietnamese is the source language; every app's English catalogue is complete and
up to date with the strings in the code and templates."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(ROOT.glob("*/locale/en/LC_MESSAGES/django.po"))


def _app(catalogue: Path) -> Path:
    return catalogue.parents[3]


def test_there_are_catalogues():
    assert {_app(c).name for c in CATALOGUES} >= {"portal", "cms"}


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: _app(c).name)
def test_every_string_has_an_english_translation(catalogue):
    po = polib.pofile(str(catalogue))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, untranslated
    assert not fuzzy, fuzzy
    for entry in po.translated_entries():
        translations = (
            list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        )
        for translation in translations:
            for placeholder in ("%(", "%s", "%d"):
                assert entry.msgid.count(placeholder) == translation.count(
                    placeholder
                ), entry.msgid


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: _app(c).name)
def test_the_catalogue_is_up_to_date_with_the_code(catalogue, tmp_path):
    """Extracts the strings again into a copy and compares: a string added to the code
    but not to the catalogue would show in Vietnamese on the English site."""
    app = _app(catalogue)
    copy = tmp_path / app.name
    shutil.copytree(app, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    subprocess.run(  # noqa: S603 - our own manage.py
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "makemessages",
            "-l",
            "en",
            "--no-obsolete",
            "--no-location",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    fresh = {e.msgid for e in polib.pofile(str(copy / catalogue.relative_to(app)))}
    committed = {e.msgid for e in polib.pofile(str(catalogue))}
    assert fresh - committed == set(), "run `make messages` and translate"
    assert committed - fresh == set(), "run `make messages` to drop obsolete strings"
