"""Editorial moderation per agency, through HTTP in the Wagtail admin: each agency edits
only its own section and collection; its own reviewers approve or reject with a comment;
the editor is told; revisions and scheduling stay available."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import TaskState, WorkflowState
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.models import AgencyEditorial, StandardPage
from portal.directory.roles import COMMUNICATIONS_EDITOR, COMMUNICATIONS_REVIEWER
from tests.factories import cms as f
from tests.factories.directory import AgencyFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def agencies(site):
    a = AgencyFactory(name="Sở Y tế A", slug="so-y-te-a")
    b = AgencyFactory(name="Công an B", slug="cong-an-b")
    return {
        "a": a,
        "b": b,
        "page_a": f.agency_page(a),
        "page_b": f.agency_page(b),
        "editor_a": member(a, [COMMUNICATIONS_EDITOR], username="bientap.a"),
        "reviewer_a": member(a, [COMMUNICATIONS_REVIEWER], username="duyet.a"),
        "editor_b": member(b, [COMMUNICATIONS_EDITOR], username="bientap.b"),
        "reviewer_b": member(b, [COMMUNICATIONS_REVIEWER], username="duyet.b"),
    }


def _signed_in(client, user):
    client.force_login(user)
    return client


def _form(title, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def _submit_new_page(client, parent, title="Cảnh giác việc làm ảo"):
    response = client.post(
        f"/admin/pages/add/cms/standardpage/{parent.pk}/",
        {**_form(title, "canh-giac"), "action-submit": "Submit"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return StandardPage.objects.get(title=title)


def test_members_get_the_groups_of_their_agency_only(agencies):
    names = set(agencies["editor_a"].groups.values_list("name", flat=True))
    assert names == {COMMUNICATIONS_EDITOR, "so-y-te-a/communications_editor"}
    assert "cong-an-b/communications_reviewer" in set(
        agencies["reviewer_b"].groups.values_list("name", flat=True)
    )


def test_members_who_joined_before_the_agency_page_get_its_groups(site):
    agency = AgencyFactory(slug="trung-tam")
    editor = member(agency, [COMMUNICATIONS_EDITOR])
    f.agency_page(agency)
    assert editor.groups.filter(name="trung-tam/communications_editor").exists()


def test_a_membership_that_ends_removes_the_agency_group(agencies):
    editor = agencies["editor_a"]
    membership = editor.memberships.get()
    membership.valid_to = timezone.localdate() - datetime.timedelta(days=1)
    membership.valid_from = membership.valid_to - datetime.timedelta(days=30)
    membership.save()
    assert not editor.groups.filter(name__startswith="so-y-te-a/").exists()


def test_editor_of_a_cannot_open_or_change_bs_pages(client, agencies):
    client = _signed_in(client, agencies["editor_a"])
    own = client.get(f"/admin/pages/{agencies['page_a'].pk}/edit/")
    assert own.status_code == 200
    page_b = agencies["page_b"]
    assert client.get(f"/admin/pages/{page_b.pk}/edit/").status_code in (302, 403)
    client.post(
        f"/admin/pages/{page_b.pk}/edit/",
        {**_form("Bị sửa trái phép", page_b.slug), "action-publish": "Publish"},
    )
    page_b.refresh_from_db()
    assert page_b.title != "Bị sửa trái phép"
    assert page_b.get_latest_revision().content["title"] != "Bị sửa trái phép"
    create_in_b = client.get(f"/admin/pages/add/cms/standardpage/{page_b.pk}/")
    assert create_in_b.status_code in (302, 403)


def test_editor_cannot_publish_and_submits_to_the_agencys_workflow(client, agencies):
    client = _signed_in(client, agencies["editor_a"])
    response = client.post(
        f"/admin/pages/add/cms/standardpage/{agencies['page_a'].pk}/",
        {**_form("Tự đăng", "tu-dang"), "action-publish": "Publish"},
    )
    assert response.status_code in (302, 403)
    assert not StandardPage.objects.filter(title="Tự đăng", live=True).exists()

    page = _submit_new_page(client, agencies["page_a"])
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow == AgencyEditorial.objects.get(agency=agencies["a"]).workflow
    assert not page.live
    # The agency's reviewers are told a page waits for them.
    assert any(agencies["reviewer_a"].email in m.to for m in mail.outbox)
    assert not any(agencies["reviewer_b"].email in m.to for m in mail.outbox)


def _task_state(page):
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk),
        status=TaskState.STATUS_IN_PROGRESS,
    )


def test_only_a_reviewer_of_the_same_agency_approves(client, agencies):
    page = _submit_new_page(
        _signed_in(client, agencies["editor_a"]), agencies["page_a"]
    )
    task_state = _task_state(page)
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"

    _signed_in(client, agencies["reviewer_b"]).post(url, {"comment": ""})
    task_state.refresh_from_db()
    page.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert not page.live

    _signed_in(client, agencies["reviewer_a"]).post(url, {"comment": ""})
    task_state.refresh_from_db()
    page.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    assert page.live
    # The public sees it.
    client.logout()
    assert client.get(page.url).status_code == 200


def test_a_rejection_carries_a_comment_and_the_editor_is_told(client, agencies):
    editor = agencies["editor_a"]
    page = _submit_new_page(_signed_in(client, editor), agencies["page_a"])
    task_state = _task_state(page)
    mail.outbox.clear()
    _signed_in(client, agencies["reviewer_a"]).post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
        {"comment": "Cần sửa số liệu năm 2025."},
    )
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Cần sửa số liệu năm 2025."
    page.refresh_from_db()
    assert not page.live
    to_editor = [m for m in mail.outbox if editor.email in m.to]
    assert to_editor, [m.to for m in mail.outbox]


def test_reviewer_schedules_publication(client, agencies):
    client = _signed_in(client, agencies["reviewer_a"])
    go_live = timezone.now() + datetime.timedelta(days=3)
    response = client.post(
        f"/admin/pages/add/cms/standardpage/{agencies['page_a'].pk}/",
        {
            **_form("Đăng sau", "dang-sau"),
            "go_live_at": go_live.strftime("%Y-%m-%d %H:%M"),
            "action-publish": "Publish",
        },
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(title="Đăng sau")
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None


def test_history_and_revert_are_open_to_the_agencys_editors_only(client, agencies):
    page = f.standard(parent=agencies["page_a"], title="Trang có lịch sử")
    first = page.get_latest_revision()
    page.title = "Trang có lịch sử (sửa)"
    page.save_revision().publish()
    client = _signed_in(client, agencies["editor_a"])
    assert client.get(f"/admin/pages/{page.pk}/history/").status_code == 200
    revert = client.get(f"/admin/pages/{page.pk}/revisions/{first.pk}/revert/")
    assert revert.status_code == 200
    _signed_in(client, agencies["editor_b"])
    assert client.get(f"/admin/pages/{page.pk}/history/").status_code in (302, 403)


def test_each_agency_uploads_to_its_own_collection_only(agencies):
    own = AgencyEditorial.objects.get(agency=agencies["a"]).collection
    other = AgencyEditorial.objects.get(agency=agencies["b"]).collection
    image_policy = policy_registry.get_by_type(get_image_model())
    allowed = image_policy.collections_user_has_permission_for(
        agencies["editor_a"], "add"
    )
    assert own in allowed and other not in allowed
    assert get_image_model().objects.count() == 0


def test_the_page_explorer_opens_on_the_own_section(client, agencies):
    client = _signed_in(client, agencies["editor_a"])
    response = client.get("/admin/pages/", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert agencies["page_a"].title in html
    assert agencies["page_b"].title not in html
