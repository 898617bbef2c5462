"""Translation with wagtail-localize: an agency's editor sends a page for translation
into English; the English page lands in the agency's English section, under the same
moderation, and the language switch links the two."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from cms.models import AgencyEditorial, AgencyPage, StandardPage
from portal.directory.roles import COMMUNICATIONS_EDITOR
from tests.factories import cms as f
from tests.factories.directory import AgencyFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


def test_an_editor_sends_the_agency_section_for_translation(client, site, english):
    agency = AgencyFactory(name="Sở Y tế dịch", slug="so-y-te-dich")
    section = f.agency_page(agency)
    f.standard(parent=section, title="Dấu hiệu nguy cơ", slug="dau-hieu")
    editor = member(agency, [COMMUNICATIONS_EDITOR])
    client.force_login(editor)

    response = client.post(
        f"/admin/localize/submit/page/{section.pk}/",
        {"locales": [english.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    translated = AgencyPage.objects.get(locale=english, agency=agency)
    assert translated.translation_key == section.translation_key
    assert StandardPage.objects.filter(locale=english, slug="dau-hieu").exists()
    # The English section is moderated by the same agency's workflow and groups.
    editorial = AgencyEditorial.objects.get(agency=agency)
    assert translated.get_workflow() == editorial.workflow
    assert client.get(f"/admin/pages/{translated.pk}/edit/").status_code == 200


def _translate(page, locale, on_commit):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    # wagtail-localize publishes once the transaction commits.
    with on_commit(execute=True):
        translation.save_target(publish=True)


def test_translating_and_publishing_keeps_one_source(
    site, english, django_capture_on_commit_callbacks
):
    page = f.standard(title="Gọi 111 khi cần giúp đỡ", slug="goi-111")
    _translate(page, english, django_capture_on_commit_callbacks)
    target = page.get_translation(english)
    assert target.live and target.slug == "goi-111"
    assert target.translation_key == page.translation_key


def test_language_switch_from_a_translated_page(
    client, site, english, django_capture_on_commit_callbacks
):
    page = f.standard(title="Hướng dẫn", slug="huong-dan")
    _translate(page, english, django_capture_on_commit_callbacks)
    target = page.get_translation(english)
    html = client.get(page.url).content.decode()
    assert f'href="{target.url}" lang="en"' in html
    assert target.url.startswith("/en/")
