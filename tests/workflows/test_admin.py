"""The workspace and the CMS admin link to each other; the low-code settings are
edited in the admin."""

import pytest
from django.urls import reverse

from portal.directory.roles import COMMUNICATIONS_EDITOR, SYSTEM_ADMINISTRATOR
from tests.factories.directory import member

pytestmark = pytest.mark.django_db


def test_the_admin_menu_links_to_the_workspace_and_back(client, team):
    editor = member(team.organiser, [COMMUNICATIONS_EDITOR], username="editor")
    client.force_login(editor)
    admin = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("workspace:tasks:index") in admin
    workspace = client.get(reverse("workspace:tasks:index")).content.decode()
    assert reverse("wagtailadmin_home") in workspace
    # Without admin access, the workspace does not offer the link.
    client.force_login(team.proposer)
    workspace = client.get(reverse("workspace:tasks:index")).content.decode()
    assert reverse("wagtailadmin_home") not in workspace


def test_a_system_administrator_sets_a_deadline_rule_for_a_step(client, team):
    admin = member(team.organiser, [SYSTEM_ADMINISTRATOR], username="sysadmin")
    client.force_login(admin)
    create = "/admin/workflows/deadlinerule/create/"
    page = client.get(create)
    assert page.status_code == 200
    assert "training.approve" in page.content.decode()
    response = client.post(
        create, {"node": "training.approve", "days": "3", "remind_days_before": "1"}
    )
    assert response.status_code == 302
    from workflows.models import DeadlineRule

    assert DeadlineRule.objects.get().days == 3


def test_process_staff_cannot_change_the_settings(client, team):
    client.force_login(team.proposer)
    response = client.get("/admin/workflows/deadlinerule/create/")
    assert response.status_code in (302, 403)
