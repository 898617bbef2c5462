"""The demo site: agency sections, news, events, guidance and forms in Vietnamese with
English translations of the key pages; loading it twice changes nothing; every page
renders within the query budget."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from cms.models import AgencyEditorial, AgencyPage, EventPage, FormPage, NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DEMO_MODE = True
    call_command("load_demo")


def _counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        AgencyEditorial.objects.count(),
    )


def test_the_demo_site_is_complete_and_loads_twice_without_change(demo):
    first = _counts()
    call_command("load_demo")
    assert _counts() == first
    assert AgencyPage.objects.filter(locale__language_code="vi").count() == 5
    assert AgencyPage.objects.filter(locale__language_code="en").count() == 5
    assert NewsPage.objects.filter(locale__language_code="vi").count() >= 6
    upcoming = EventPage.objects.filter(locale__language_code="vi").upcoming()
    assert upcoming.count() >= 3
    assert EventPage.objects.filter(locale__language_code="vi").past().count() >= 2
    assert set(FormPage.objects.values_list("kind", flat=True)) == {
        "survey",
        "quiz",
        "registration",
    }


def test_every_demo_page_renders_in_both_languages(
    client, demo, django_assert_max_num_queries
):
    pages = Page.objects.live().filter(depth__gte=2).specific()
    assert len(pages) > 30
    for page in pages:
        client.get(page.url)  # warms Wagtail's cache of site root paths
        with django_assert_max_num_queries(15, info=page.url):
            response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_the_demo_editor_edits_only_the_health_departments_section(client, demo):
    from django.contrib.auth import get_user_model

    lan = get_user_model().objects.get(username="lan.bientap")
    client.force_login(lan)
    own = AgencyPage.objects.get(
        agency__slug="so-y-te-tphcm", locale__language_code="vi"
    )
    other = AgencyPage.objects.get(
        agency__slug="cong-an-tphcm", locale__language_code="vi"
    )
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code in (302, 403)
