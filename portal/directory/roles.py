"""The roles of the portal, as Django groups with the permissions each needs.

A role is granted through a dated ``Membership`` in an agency; ``sync_user_groups`` keeps a
user's Django groups equal to the roles of their memberships valid today, so Wagtail's and
viewflow's permission checks see them. Later features add the permissions they introduce to
``ROLES`` and the groups follow on the next ``migrate``.
"""

import logging
from dataclasses import dataclass, field

from django.apps import apps as global_apps
from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

ADMIN_ACCESS = "wagtailadmin.access_admin"
MEDIA_LIBRARY = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
# Editors and reviewers send their pages for translation (wagtail-localize); the
# translated pages stay inside their agency's section and workflow.
TRANSLATION = ["wagtail_localize.submit_translation"]
DIRECTORY_VIEW = [
    "directory.view_agency",
    "directory.view_administrativeunit",
    "directory.view_function",
    "directory.view_functionassignment",
    "directory.view_legalreference",
]


def _model_permissions(app_label, *models, actions=("add", "change", "delete", "view")):
    return [f"{app_label}.{a}_{m}" for m in models for a in actions]


@dataclass(frozen=True)
class Role:
    """A role a membership can carry: its stable code, its label and its permissions."""

    code: str
    label: str
    permissions: list[str] = field(default_factory=list)


COMMUNICATIONS_EDITOR = "communications_editor"
COMMUNICATIONS_REVIEWER = "communications_reviewer"
PROCESS_STAFF = "process_staff"
CASE_WORKER = "case_worker"
CASE_SUPERVISOR = "case_supervisor"
AGENCY_ADMINISTRATOR = "agency_administrator"
SYSTEM_ADMINISTRATOR = "system_administrator"
AGENCY_HEAD = "agency_head"

# The joint processes of the workspace (workflows/): each flow's process model needs its
# view permission or every URL of that flow is 403 (viewflow).
WORKSPACE_FLOWS = [
    "training.view_trainingprocess",
    "reporting.view_reportprocess",
    "consultations.view_consultationprocess",
    "conferences.view_conferenceprocess",
]
WORKSPACE_START = [
    "training.add_trainingprocess",
    "reporting.add_reportprocess",
    "consultations.add_consultationprocess",
    "conferences.add_conferenceprocess",
]
# What the low-code settings of the workspace need in the Wagtail admin.
WORKSPACE_SETTINGS = [
    *_model_permissions(
        "workflows", "notificationtext", "deadlinerule", "defaultinvitation"
    ),
    *_model_permissions("training", "questionnaire"),
    *_model_permissions("reporting", "indicator"),
]

ROLES: dict[str, Role] = {
    role.code: role
    for role in [
        Role(
            COMMUNICATIONS_EDITOR,
            _("Biên tập viên truyền thông"),
            [ADMIN_ACCESS, *MEDIA_LIBRARY, *TRANSLATION],
        ),
        Role(
            COMMUNICATIONS_REVIEWER,
            _("Người duyệt tin bài truyền thông"),
            [ADMIN_ACCESS, *MEDIA_LIBRARY, *TRANSLATION],
        ),
        # Process staff work in the private workspace; each flow adds the permission to
        # view its processes when it lands.
        Role(
            PROCESS_STAFF,
            _("Cán bộ thực hiện quy trình"),
            [*DIRECTORY_VIEW, *WORKSPACE_FLOWS, *WORKSPACE_START],
        ),
        # The head of an agency approves the processes its staff propose.
        Role(
            AGENCY_HEAD,
            _("Thủ trưởng cơ quan"),
            [*DIRECTORY_VIEW, *WORKSPACE_FLOWS],
        ),
        # Case roles never get CMS admin access: case data must not be reachable there.
        Role(CASE_WORKER, _("Cán bộ tiếp nhận, hỗ trợ nạn nhân"), [*DIRECTORY_VIEW]),
        Role(CASE_SUPERVISOR, _("Người giám sát hồ sơ nạn nhân"), [*DIRECTORY_VIEW]),
        Role(
            AGENCY_ADMINISTRATOR,
            _("Quản trị viên cơ quan"),
            [
                ADMIN_ACCESS,
                *DIRECTORY_VIEW,
                "directory.change_agency",
                *_model_permissions("directory", "membership"),
                "auth.add_user",
                "auth.change_user",
                "auth.view_user",
            ],
        ),
        Role(
            SYSTEM_ADMINISTRATOR,
            _("Quản trị viên hệ thống"),
            [
                ADMIN_ACCESS,
                *MEDIA_LIBRARY,
                *_model_permissions(
                    "directory",
                    "administrativeunit",
                    "agency",
                    "function",
                    "functionassignment",
                    "legalreference",
                    "membership",
                ),
                *_model_permissions("auth", "user", "group"),
                *_model_permissions("wagtailcore", "site", "locale"),
                "wagtailimages.delete_image",
                "wagtaildocs.delete_document",
                "wagtailcore.add_collection",
                "wagtailcore.change_collection",
                "wagtailcore.view_collection",
                *WORKSPACE_SETTINGS,
            ],
        ),
    ]
}

# Library of awareness materials (content/): communications staff record community
# events and upload video; reviewers also keep the taxonomy; system administrators all.
_LIBRARY_MEDIA = ["wagtailmedia.add_media", "wagtailmedia.change_media"]
_LIBRARY_EVENTS = _model_permissions("content", "communicationevent")
_LIBRARY_TERMS = _model_permissions(
    "content", "topic", "audience", "materiallanguage", "region"
)
ROLES[COMMUNICATIONS_EDITOR].permissions.extend([*_LIBRARY_MEDIA, *_LIBRARY_EVENTS])
ROLES[COMMUNICATIONS_REVIEWER].permissions.extend(
    [*_LIBRARY_MEDIA, *_LIBRARY_EVENTS, *_LIBRARY_TERMS]
)
ROLES[SYSTEM_ADMINISTRATOR].permissions.extend(
    [*_LIBRARY_MEDIA, "wagtailmedia.delete_media", *_LIBRARY_EVENTS, *_LIBRARY_TERMS]
)


def role_label(code: str) -> str:
    role = ROLES.get(code)
    return str(role.label) if role else code


def role_groups():
    """The Django groups that stand for roles."""
    return Group.objects.filter(name__in=ROLES)


def _permissions(dotted_names, using: str) -> list[Permission]:
    found = []
    for dotted in dotted_names:
        app_label, codename = dotted.split(".", 1)
        permission = (
            Permission.objects.using(using)
            .filter(content_type__app_label=app_label, codename=codename)
            .first()
        )
        if permission is None:
            # Permissions that an app creates in a migration are missing after a test
            # database is flushed; tests/portal/test_roles.py proves they all exist.
            logger.warning("Role permission %s does not exist (yet)", dotted)
        else:
            found.append(permission)
    return found


def sync_role_groups(
    sender=None, using=DEFAULT_DB_ALIAS, apps=global_apps, verbosity=1, **kwargs
):
    """Creates one group per role and gives it exactly the role's permissions.

    Runs after ``migrate``; permissions of every installed app are created first so that
    the order of apps does not matter.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    for role in ROLES.values():
        group, _created = Group.objects.using(using).get_or_create(name=role.code)
        group.permissions.set(_permissions(role.permissions, using))
