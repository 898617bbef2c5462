"""Staff search: everything the signed-in user may see and nothing else. Users of two
agencies see different results; file contents are searchable; facets."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from wagtail.models import GroupPagePermission

from search import query
from search.models import DocumentText
from search.registry import Result, SearchSource, register, unregister
from tests.factories import search as make
from tests.factories.directory import AgencyFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(backend, home, indexed):
    """Two agencies, each with its collection, its section of pages and a user."""
    health = AgencyFactory(name="Sở Y tế", slug="so-y-te")
    police = AgencyFactory(name="Công an tỉnh", slug="cong-an-tinh")
    world = {}
    for key, agency in (("health", health), ("police", police)):
        group = Group.objects.create(name=f"editors-{key}")
        collection = make.collection(f"Tài liệu {agency.name}")
        make.grant_collection(group, collection, "choose_document", "choose_image")
        section = make.page(home, f"Chuyên mục {agency.name}", "Chuyên mục.")
        GroupPagePermission.objects.create(
            group=group,
            page=section,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename="change_page"
            ),
        )
        user = member(agency, [], username=f"user-{key}")
        user.groups.add(group)
        world[key] = {"user": user, "collection": collection, "section": section}
    health_doc = make.document(
        "Kế hoạch tập huấn y tế",
        make.docx_bytes("Tập huấn kỹ năng hỗ trợ nạn nhân tại bệnh viện"),
        "ke-hoach.docx",
        collection=world["health"]["collection"],
        uploaded_by=world["health"]["user"],
    )
    police_doc = make.document(
        "Báo cáo xác minh",
        make.pdf_bytes("Tap huan ky nang xac minh nan nhan"),
        "bao-cao.pdf",
        collection=world["police"]["collection"],
        uploaded_by=world["police"]["user"],
    )
    health_draft = make.page(
        world["health"]["section"],
        "Dự thảo tờ rơi tập huấn",
        "Nội dung chưa duyệt.",
        live=False,
        owner=world["health"]["user"],
    )
    world.update(
        health_doc=health_doc, police_doc=police_doc, health_draft=health_draft
    )
    indexed()
    return world


def request_for(user):
    request = RequestFactory().get("/search/staff/", HTTP_HOST="localhost")
    request.user = user
    return request


def found(user, text, **kwargs):
    outcome = query.search(text, request_for(user), public=False, **kwargs)
    return {hit.title for hit in outcome.results}


def test_users_of_two_agencies_see_different_results(world):
    health = found(world["health"]["user"], "tap huan")
    police = found(world["police"]["user"], "tap huan")
    assert "Kế hoạch tập huấn y tế" in health
    assert "Dự thảo tờ rơi tập huấn" in health
    assert "Báo cáo xác minh" not in health
    assert "Báo cáo xác minh" in police
    assert "Kế hoạch tập huấn y tế" not in police
    assert "Dự thảo tờ rơi tập huấn" not in police


def test_text_inside_files_is_searchable(world):
    # Only inside the DOCX ("bệnh viện") and only inside the PDF ("xác minh nạn nhân").
    assert found(world["health"]["user"], "benh vien") == {"Kế hoạch tập huấn y tế"}
    assert "Báo cáo xác minh" in found(world["police"]["user"], "xác minh nạn nhân")


def test_public_search_never_shows_documents_or_drafts(world, client):
    html = client.get("/search/", {"q": "tap huan"}).content.decode()
    assert "Kế hoạch tập huấn" not in html
    assert "Dự thảo tờ rơi" not in html


def test_staff_search_needs_sign_in(client, world):
    response = client.get("/search/staff/", {"q": "tap huan"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_staff_page_shows_flags_and_facets(client, world):
    make.document(
        "Tập huấn bị hỏng",
        b"garbage",
        "hong.pdf",
        collection=world["health"]["collection"],
    )
    client.force_login(world["health"]["user"])
    html = client.get("/search/staff/", {"q": "tap huan"}).content.decode()
    assert "Không đọc được tệp" in html
    assert "Bản nháp, chưa xuất bản" in html
    assert "Loại tệp" in html and "DOCX" in html
    assert "Sở Y tế" in html  # agency facet, from the uploader's membership
    filtered = client.get(
        "/search/staff/", {"q": "tap huan", "file_type": "docx"}
    ).content.decode()
    assert "Kế hoạch <mark>tập</mark> <mark>huấn</mark> y tế" in filtered
    assert "Dự thảo tờ rơi" not in filtered


def test_a_process_app_registers_its_documents_with_a_permission_filter(world):
    police_collection = world["police"]["collection"]

    def visible(request):
        # A stand-in for "documents of processes the user's agency takes part in".
        return DocumentText.objects.filter(collection=police_collection).filter(
            document__uploaded_by_user=request.user
        )

    def describe(items, request):
        return [
            Result(
                obj=i,
                title=f"Hồ sơ quy trình: {i.title}",
                url="/",
                text=i.text,
                kind="Quy trình",
                facets={"process": [("conference", "Hội nghị")]},
            )
            for i in items
        ]

    register(
        SearchSource(
            key="test-process",
            label="Quy trình",
            model=DocumentText,
            queryset=visible,
            describe=describe,
        )
    )
    try:
        police = query.search(
            "xac minh",
            request_for(world["police"]["user"]),
            public=False,
            facet_names=("kind", "process"),
        )
        titles = {h.title for h in police.results}
        assert "Hồ sơ quy trình: Báo cáo xác minh" in titles
        assert [f.label for f in police.facets["process"]] == ["Hội nghị"]
        assert "Hồ sơ quy trình: Báo cáo xác minh" not in found(
            world["health"]["user"], "xac minh"
        )
    finally:
        unregister("test-process")


def test_staff_search_query_count_is_bounded(
    client, world, django_assert_max_num_queries
):
    for n in range(15):
        make.document(
            f"Tập huấn đợt {n}",
            make.docx_bytes("Tập huấn"),
            f"dot-{n}.docx",
            collection=world["health"]["collection"],
            uploaded_by=world["health"]["user"],
        )
    client.force_login(world["health"]["user"])
    with django_assert_max_num_queries(40):
        assert client.get("/search/staff/", {"q": "tap huan"}).status_code == 200


def test_images_follow_collection_permissions(world, indexed):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(
        title="Ảnh lễ ra quân tuyên truyền",
        file=get_test_image_file(),
        collection=world["police"]["collection"],
    )
    assert isinstance(image.file.file, object) and SimpleUploadedFile
    indexed()
    assert "Ảnh lễ ra quân tuyên truyền" in found(world["police"]["user"], "le ra quan")
    assert "Ảnh lễ ra quân tuyên truyền" not in found(
        world["health"]["user"], "le ra quan"
    )


def test_publishing_a_page_indexes_it_through_the_task_worker(home, settings):
    from django_tasks import default_task_backend

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    }
    default_task_backend.clear()
    make.page(home, "Trang mới", "Nội dung.")
    names = [r.task.name for r in default_task_backend.results]
    assert "insert_or_update_object_task" in names
