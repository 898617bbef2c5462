"""Who may see and work on a case: the need-to-know rule, in one place.

A case is visible to users who hold a case role (case worker or case supervisor) today
in an agency taking part in it. Nothing else grants access: not ``is_superuser``, not
a CMS role, not membership of a non-participating agency.
"""

from django.http import Http404

from portal.directory.roles import CASE_SUPERVISOR, CASE_WORKER
from portal.directory.services import memberships_of

CASE_ROLES = frozenset({CASE_WORKER, CASE_SUPERVISOR})


def case_agency_ids(user) -> set[int]:
    """Agencies where ``user`` holds a case role today."""
    return {ar.agency.pk for ar in memberships_of(user) if ar.roles & CASE_ROLES}


def worker_agency_ids(user) -> set[int]:
    """Agencies where ``user`` is a case worker today (who may act on tasks)."""
    return {ar.agency.pk for ar in memberships_of(user) if ar.has(CASE_WORKER)}


def supervisor_agency_ids(user) -> set[int]:
    return {ar.agency.pk for ar in memberships_of(user) if ar.has(CASE_SUPERVISOR)}


def has_case_role(user) -> bool:
    return bool(case_agency_ids(user))


def get_visible_case_or_404(user, **lookup):
    from .models import Case

    try:
        return Case.objects.visible_to(user).get(**lookup)
    except Case.DoesNotExist:
        raise Http404 from None


def can_supervise(user, case) -> bool:
    """Supervisors of a participating agency may read the case's access log."""
    return bool(supervisor_agency_ids(user) & case.participating_agency_ids())


def can_work_on(user, case) -> bool:
    return bool(worker_agency_ids(user) & case.participating_agency_ids())


def filter_tasks(user, tasks):
    """Restricts a queryset of viewflow tasks to those of cases ``user`` may see.

    The workspace's shared inbox and queue must pass referral tasks through this.
    """
    from django.contrib.contenttypes.models import ContentType

    from .models import Case

    visible = Case.objects.visible_to(user).values("pk")
    return tasks.filter(
        process__artifact_content_type=ContentType.objects.get_for_model(Case),
        process__artifact_object_id__in=visible,
    )
