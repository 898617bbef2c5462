"""Roles are Django groups with exactly the permissions each needs."""

import pytest
from django.contrib.auth.models import Group

from portal.directory import roles as R
from tests.factories.directory import AgencyFactory, member

pytestmark = pytest.mark.django_db


def test_every_role_has_a_group_with_its_permissions():
    for role in R.ROLES.values():
        group = Group.objects.get(name=role.code)
        granted = {
            f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()
        }
        assert granted == set(role.permissions), role.code


@pytest.mark.parametrize(
    ("role", "allowed", "denied"),
    [
        (
            R.COMMUNICATIONS_EDITOR,
            ["wagtailadmin.access_admin", "wagtailimages.add_image"],
            ["directory.change_agency", "auth.add_user"],
        ),
        (
            R.AGENCY_ADMINISTRATOR,
            ["wagtailadmin.access_admin", "directory.add_membership", "auth.add_user"],
            ["directory.add_agency", "directory.change_function"],
        ),
        (
            R.SYSTEM_ADMINISTRATOR,
            ["directory.add_agency", "directory.change_functionassignment"],
            [],
        ),
        # Case roles never reach the CMS admin, where case data must not appear.
        (R.CASE_WORKER, ["directory.view_agency"], ["wagtailadmin.access_admin"]),
        (R.CASE_SUPERVISOR, ["directory.view_agency"], ["wagtailadmin.access_admin"]),
        (R.PROCESS_STAFF, ["directory.view_agency"], ["wagtailadmin.access_admin"]),
    ],
)
def test_role_permissions(role, allowed, denied):
    user = member(AgencyFactory(), [role])
    for perm in allowed:
        assert user.has_perm(perm), perm
    for perm in denied:
        assert not user.has_perm(perm), perm


def test_a_user_without_membership_has_no_permission():
    user = member(AgencyFactory(), [])
    assert not user.has_perm("wagtailadmin.access_admin")


def test_removing_a_role_removes_its_group():
    user = member(AgencyFactory(), [R.COMMUNICATIONS_EDITOR])
    membership = user.memberships.get()
    membership.roles.clear()
    assert not user.groups.filter(name=R.COMMUNICATIONS_EDITOR).exists()
