"""Documents of processes in staff search: each user finds those of the processes their
agency takes part in, an outsider none, and a victim referral's documents never."""

import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.directory.roles import PROCESS_STAFF
from search.registry import get_sources
from tests.factories.directory import AgencyFactory, member
from workflows import documents
from workflows.consultations.flows import ConsultationFlow
from workflows.consultations.models import ConsultationDocument, ConsultationProcess
from workflows.models import Participation
from workflows.referrals.flows import ReferralFlow
from workflows.referrals.models import Case, CaseDocument, ReferralProcess
from workflows.training.flows import TrainingFlow
from workflows.training.models import Handout, TrainingProcess

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _urls():
    from workflows.site import ensure_urls

    ensure_urls()


def take_part(process, agency, kind=Participation.Kind.ORGANISER):
    Participation.objects.create(process_id=process.pk, agency=agency, kind=kind)


def training(agency, user, title="Kỹ năng nhận diện nạn nhân"):
    process = TrainingProcess.objects.create(
        flow_class=TrainingFlow,
        title=title,
        audience="Cán bộ cấp xã",
        agenda="Nhận diện, chuyển tuyến.",
        starts_at=timezone.now() + datetime.timedelta(days=10),
        place="Hội trường",
        trainers="ThS. Trần Thị Bình",
        organiser=agency,
        proposed_by=user,
    )
    take_part(process, agency)
    return process


def handout(process, user, title):
    item = Handout(process=process, title=title, uploaded_by=user)
    item.file.save("tai-lieu.pdf", ContentFile(b"%PDF-1.4"), save=False)
    item.save()
    return item


@pytest.fixture
def world(backend, site, indexed):
    health = AgencyFactory(name="Sở Y tế", slug="so-y-te")
    police = AgencyFactory(name="Công an tỉnh", slug="cong-an-tinh")
    other = AgencyFactory(name="Cơ quan khác", slug="co-quan-khac")
    users = {
        "health": member(health, [PROCESS_STAFF], username="hoa"),
        "police": member(police, [PROCESS_STAFF], username="tuan"),
        "outsider": member(other, [PROCESS_STAFF], username="ngoai"),
    }
    handout(
        training(health, users["health"]), users["health"], "Tài liệu tập huấn y tế"
    )
    consultation = ConsultationProcess.objects.create(
        flow_class=ConsultationFlow,
        title="Quy chế phối hợp tập huấn liên ngành",
        deadline=datetime.date(2026, 12, 1),
        lead_agency=police,
        opened_by=users["police"],
    )
    take_part(consultation, police)
    draft = ConsultationDocument(
        process=consultation,
        kind="draft",
        title="Dự thảo quy chế tập huấn",
        uploaded_by=users["police"],
    )
    draft.file.save("du-thao.docx", ContentFile(b"PK"), save=False)
    draft.save()
    # A victim referral both agencies take part in, with a document of the case.
    referral = ReferralProcess.objects.create(flow_class=ReferralFlow)
    take_part(referral, health)
    take_part(referral, police, Participation.Kind.INVITED)
    case = Case.objects.create(
        intake_channel="hotline", receiving_agency=health, sex="female"
    )
    case_document = CaseDocument(
        case=case,
        kind="handover",
        title="Biên bản tập huấn bàn giao",
        content_type="application/pdf",
        extension="pdf",
        uploaded_by=users["health"],
    )
    case_document.file.save("bien-ban.pdf", ContentFile(b"%PDF-1.4"), save=False)
    case_document.save()
    indexed()
    return users


def staff_search(client, user, **params):
    client.force_login(user)
    response = client.get("/search/staff/", {"q": "tap huan", **params})
    assert response.status_code == 200
    return response


def test_users_of_two_agencies_see_their_own_process_documents(client, world):
    health = staff_search(client, world["health"])
    titles = [hit.title for hit in health.context["outcome"].results]
    assert "Tài liệu <mark>tập</mark> <mark>huấn</mark> y tế" in health.text
    assert "Dự thảo quy chế tập huấn" not in titles
    police = staff_search(client, world["police"])
    titles = [hit.title for hit in police.context["outcome"].results]
    assert "Dự thảo quy chế tập huấn" in titles
    assert "Tài liệu tập huấn y tế" not in titles


def test_an_outsider_sees_no_process_document(client, world):
    response = staff_search(client, world["outsider"])
    found = [type(hit.obj) for hit in response.context["outcome"].results]
    assert Handout not in found and ConsultationDocument not in found


def test_a_referral_case_document_never_appears(client, world):
    for user in world.values():
        response = staff_search(client, user)
        results = response.context["outcome"].results
        assert not any(isinstance(hit.obj, CaseDocument) for hit in results)
        assert "Biên bản" not in response.text
    assert not any(
        s.model._meta.app_label == "referrals" for s in get_sources(public=False)
    )


def test_process_documents_have_facets_and_a_guarded_link(client, world):
    response = staff_search(client, world["police"])
    facets = {
        name: {(f.value, f.label) for f in values}
        for name, values in response.context["outcome"].facets.items()
    }
    assert ("consultations", "Góp ý dự thảo") in facets["process"]
    assert ("cong-an-tinh", "Công an tỉnh") in facets["agency"]
    assert ("docx", "DOCX") in facets["file_type"]
    assert (str(timezone.localdate().year),) * 2 in facets["year"]
    hit = next(
        h for h in response.context["outcome"].results if h.title.startswith("Dự thảo")
    )
    assert client.get(hit.url).status_code == 200
    client.force_login(world["outsider"])
    assert client.get(hit.url).status_code == 404
    # "training" is not among police's hits: the stale value is dropped, not fatal.
    stale = staff_search(client, world["police"], process="training")
    assert "Dự thảo quy chế" in stale.text
    training_only = staff_search(client, world["health"], process="training")
    assert [h.title for h in training_only.context["outcome"].results] == [
        "Tài liệu tập huấn y tế"
    ]


def test_describing_costs_the_same_for_2_or_12_documents(world, rf):
    user = world["health"]
    process = TrainingProcess.objects.get()
    for n in range(10):
        handout(process, user, f"Tài liệu số {n}")
    items = list(Handout.objects.order_by("pk"))
    request = rf.get("/search/staff/")
    request.user = user

    def cost(batch):
        batch = [Handout.objects.get(pk=item.pk) for item in batch]
        with CaptureQueriesContext(connection) as queries:
            documents.describe_documents("handout", batch, request)
        return len(queries)

    assert cost(items[:2]) == cost(items) == 2


def test_a_confidential_document_model_cannot_be_registered(monkeypatch):
    monkeypatch.setitem(documents.DOCUMENT_MODELS, "case", "referrals.CaseDocument")
    with pytest.raises(ImproperlyConfigured, match="confidential"):
        documents.register_search_sources()


def test_process_document_facets_read_in_english(client, world):
    client.force_login(world["health"])
    response = client.get("/en/search/staff/", {"q": "tap huan"})
    facets = response.context["outcome"].facets
    assert ("training", "Training") in {(f.value, f.label) for f in facets["process"]}
    assert ("training.handout", "Handout") in {
        (f.value, f.label) for f in facets["kind"]
    }
