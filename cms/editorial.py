"""Editorial moderation per agency.

Each agency with an ``AgencyPage`` gets two groups, ``<agency-slug>/communications_editor``
and ``<agency-slug>/communications_reviewer``, permissions on its own page subtree (in
every language) and on its own collection, and a Wagtail workflow whose one task only its
reviewers can approve. ``portal.directory.services.sync_user_groups`` puts each member
into the groups of their (agency, role) memberships.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from portal.directory.roles import COMMUNICATIONS_EDITOR, COMMUNICATIONS_REVIEWER
from portal.directory.services import agency_group_name, sync_user_groups

# Editors draft and submit; only reviewers publish (and so schedule) and unlock.
# "change" also lets both see and revert to earlier revisions.
PAGE_PERMISSIONS = {
    COMMUNICATIONS_EDITOR: ["add_page", "change_page", "lock_page"],
    COMMUNICATIONS_REVIEWER: [
        "add_page",
        "change_page",
        "lock_page",
        "publish_page",
        "unlock_page",
    ],
}
_MEDIA = ["add_{}", "change_{}", "choose_{}"]
COLLECTION_PERMISSIONS = {
    COMMUNICATIONS_EDITOR: [
        *(("wagtailimages", p.format("image")) for p in _MEDIA),
        *(("wagtaildocs", p.format("document")) for p in _MEDIA),
    ],
    COMMUNICATIONS_REVIEWER: [
        *(("wagtailimages", p.format("image")) for p in [*_MEDIA, "delete_{}"]),
        *(("wagtaildocs", p.format("document")) for p in [*_MEDIA, "delete_{}"]),
    ],
}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def set_up_agency(agency):
    """Creates (or completes) the groups, collection and workflow of ``agency`` and
    grants them on all its agency pages; safe to run again."""
    from cms.models import AgencyEditorial, AgencyPage

    editorial = AgencyEditorial.objects.filter(agency=agency).first()
    if editorial is None:
        editor_group = Group.objects.get_or_create(
            name=agency_group_name(agency, COMMUNICATIONS_EDITOR)
        )[0]
        reviewer_group = Group.objects.get_or_create(
            name=agency_group_name(agency, COMMUNICATIONS_REVIEWER)
        )[0]
        collection = Collection.get_first_root_node().add_child(name=agency.name)
        workflow = Workflow.objects.create(name=f"Duyệt tin bài — {agency}")
        task = GroupApprovalTask.objects.create(name=f"Người duyệt của {agency}")
        task.groups.set([reviewer_group])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        editorial = AgencyEditorial.objects.create(
            agency=agency,
            editor_group=editor_group,
            reviewer_group=reviewer_group,
            collection=collection,
            workflow=workflow,
        )
    groups = {
        COMMUNICATIONS_EDITOR: editorial.editor_group,
        COMMUNICATIONS_REVIEWER: editorial.reviewer_group,
    }
    for role, group in groups.items():
        for app_label, codename in COLLECTION_PERMISSIONS[role]:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=editorial.collection,
                permission=_permission(app_label, codename),
            )
    for page in AgencyPage.objects.filter(agency=agency):
        grant_page(editorial, page)
    for user in _members(agency):
        sync_user_groups(user)
    return editorial


def grant_page(editorial, page):
    """Gives the agency's groups their permissions on ``page`` and its subtree, and
    makes the agency's workflow moderate them."""
    groups = {
        COMMUNICATIONS_EDITOR: editorial.editor_group,
        COMMUNICATIONS_REVIEWER: editorial.reviewer_group,
    }
    for role, group in groups.items():
        for codename in PAGE_PERMISSIONS[role]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission("wagtailcore", codename)
            )
    WorkflowPage.objects.update_or_create(
        page=page, defaults={"workflow": editorial.workflow}
    )


def _members(agency):
    from django.contrib.auth import get_user_model

    from portal.directory.models import Membership

    return (
        get_user_model()
        .objects.filter(
            memberships__in=Membership.objects.valid_on().filter(agency=agency)
        )
        .distinct()
    )
