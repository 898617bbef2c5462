"""Views and downloads are counted per material and day without cookies or personal data;
community events are recorded per agency; the evaluation report and its exports."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from content.metrics import count_view, evaluation_report
from content.models import CommunicationEvent, MaterialDailyStat
from portal.directory import roles
from tests.factories import content as factories
from tests.factories.directory import member

pytestmark = pytest.mark.django_db


def test_views_and_downloads_are_counted_without_cookies(client, shelf_a):
    leaflet = factories.material(shelf_a, "leaflet")
    first = client.get(leaflet.url)
    client.get(leaflet.url)
    download = client.get(reverse("content:download", args=[leaflet.pk]))
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    stat = MaterialDailyStat.objects.get(material=leaflet, date=timezone.localdate())
    assert (stat.views, stat.downloads) == (2, 1)
    assert not first.cookies and not download.cookies
    # The counter holds numbers only: no field that could identify a visitor.
    assert {f.name for f in MaterialDailyStat._meta.get_fields()} == {
        "id",
        "material",
        "date",
        "views",
        "downloads",
    }


def test_a_reused_copy_counts_for_the_original(client, shelf_a, shelf_b):
    original = factories.material(shelf_b, "leaflet")
    alias = original.create_alias(parent=shelf_a, update_slug="dung-lai")
    client.get(alias.url)
    assert MaterialDailyStat.objects.get(material=original).views == 1
    assert not MaterialDailyStat.objects.filter(material=alias).exists()


def test_previews_are_not_counted(client, shelf_a):
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    leaflet = factories.material(shelf_a, "leaflet")
    request = RequestFactory().get("/")
    request.is_preview = True  # as Wagtail's preview sets it
    request.user = AnonymousUser()
    leaflet.specific.serve(request)
    assert not MaterialDailyStat.objects.exists()


def test_report_groups_by_month_agency_and_kind(shelf_a, shelf_b, agency_a):
    leaflet = factories.material(shelf_a, "leaflet")
    booklet = factories.material(shelf_b, "booklet")
    MaterialDailyStat.objects.create(
        material=leaflet, date=datetime.date(2026, 3, 2), views=5, downloads=2
    )
    MaterialDailyStat.objects.create(
        material=leaflet, date=datetime.date(2026, 3, 20), views=1
    )
    MaterialDailyStat.objects.create(
        material=booklet, date=datetime.date(2026, 4, 1), views=7
    )
    CommunicationEvent.objects.create(
        agency=agency_a,
        title="Chợ phiên",
        date=datetime.date(2026, 3, 8),
        place="Xã Long Sơn",
        number_reached=120,
    )
    rows = evaluation_report(datetime.date(2026, 1, 1), datetime.date(2026, 6, 30))
    assert (datetime.date(2026, 3, 1), "Sở Y tế", "Tờ rơi", 6, 2, 0, 0) in rows
    assert (
        datetime.date(2026, 4, 1),
        "Công an",
        "Tài liệu, cẩm nang",
        7,
        0,
        0,
        0,
    ) in rows
    assert (
        datetime.date(2026, 3, 1),
        "Sở Y tế",
        "Buổi truyền thông cộng đồng",
        0,
        0,
        1,
        120,
    ) in rows
    only_b = evaluation_report(
        datetime.date(2026, 1, 1), datetime.date(2026, 6, 30), agencies=[shelf_b.agency]
    )
    assert {row[1] for row in only_b} == {"Công an"}


@pytest.fixture
def reviewer_a(agency_a):
    return member(agency_a, [roles.COMMUNICATIONS_REVIEWER])


def test_report_page_has_a_chart_and_exports_csv_and_xlsx(client, reviewer_a, shelf_a):
    from openpyxl import load_workbook

    leaflet = factories.material(shelf_a, "leaflet")
    count_view(leaflet.pk)
    client.force_login(reviewer_a)
    url = reverse("content_report")
    html = client.get(url).content.decode()
    assert '<svg class="report-chart" role="img"' in html and "<rect" in html
    csv_response = client.get(url + "?export=csv")
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Tháng", "Cơ quan", "Loại"]
    assert rows[1][1:4] == ["Sở Y tế", "Tờ rơi", "1"]
    xlsx = client.get(url + "?export=xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet["B2"].value == "Sở Y tế" and sheet["D2"].value == 1


def test_report_refuses_an_inverted_period_with_a_message(client, reviewer_a):
    client.force_login(reviewer_a)
    html = client.get(
        reverse("content_report") + "?start=2026-05-01&end=2026-01-01"
    ).content.decode()
    assert "Ngày kết thúc phải sau ngày bắt đầu" in html


def test_events_are_seen_and_edited_only_by_their_agency(client, agency_a, agency_b):
    own = CommunicationEvent.objects.create(
        agency=agency_a,
        title="Buổi của A",
        date=datetime.date(2026, 3, 8),
        place="Phường 1",
        number_reached=30,
    )
    other = CommunicationEvent.objects.create(
        agency=agency_b,
        title="Buổi của B",
        date=datetime.date(2026, 3, 9),
        place="Phường 2",
        number_reached=40,
    )
    user = member(agency_a, [roles.COMMUNICATIONS_EDITOR])
    # Editors record events: the role carries the model permissions.
    assert user.has_perm("content.add_communicationevent")
    client.force_login(user)
    listing = client.get(
        reverse("wagtailsnippets_content_communicationevent:list")
    ).content.decode()
    assert (
        "Buổi của A" in listing
        and "Buổi of B" not in listing
        and "Buổi của B" not in listing
    )
    edit = "wagtailsnippets_content_communicationevent:edit"
    assert client.get(reverse(edit, args=[own.pk])).status_code == 200
    assert client.get(reverse(edit, args=[other.pk])).status_code == 404


def test_an_event_in_the_future_is_refused():
    from django.core.exceptions import ValidationError

    event = CommunicationEvent(
        title="Sắp tới",
        date=timezone.localdate() + datetime.timedelta(days=10),
        place="X",
        number_reached=1,
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "date" in error.value.message_dict
