"""Assignment by function and role, never by agency name.

A task goes to "the invited agency's process staff" or "the focal agency's reviewer":
an agency resolved through the directory (``portal.directory.services``) on the day the
task is created, and a role within it. A user may act on a task routed to an agency
and role they hold today, or hold through a delegation from a colleague on leave.
Every view, list and check of the workspace asks this module; nothing else decides.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Q

from portal.directory.dates import today
from portal.directory.models import Membership
from portal.directory.roles import AGENCY_HEAD, ROLES
from portal.directory.services import (
    agency_holding,
    memberships_of,
    users_with_role,
)


def agency_for_function(function_code: str, on: datetime.date | None = None):
    """The agency holding ``function_code`` on ``on`` (e.g. "reporting-focal-agency").

    Raises ``portal.directory.services.FunctionNotAssigned`` when none does.
    """
    return agency_holding(function_code, on=on)


@dataclass(frozen=True)
class Reach:
    """What a user can act on today: (agency, role) pairs and the users they stand in
    for (themselves and colleagues who delegated to them)."""

    routes: frozenset[tuple[int, str]]
    owners: frozenset[int]
    agency_ids: frozenset[int]

    def covers(self, agency_id: int, role: str) -> bool:
        return (agency_id, role) in self.routes

    def route_q(self, prefix: str = "route__") -> Q:
        """A filter matching task routes this reach covers (one OR per pair)."""
        query = Q(pk__in=[])
        for agency_id, role in self.routes:
            query |= Q(**{f"{prefix}agency_id": agency_id, f"{prefix}role": role})
        return query


def reach_of(user, on: datetime.date | None = None) -> Reach:
    """The agencies and roles ``user`` holds on ``on``, plus those of colleagues who
    delegated their work in an agency to them for that day. Cached on the user object
    for the request so that list pages cost a fixed number of queries."""
    on = on or today()
    cache = getattr(user, "_workspace_reach", None)
    if cache and cache[0] == on:
        return cache[1]
    if not getattr(user, "is_authenticated", False):
        return Reach(frozenset(), frozenset(), frozenset())
    routes = {
        (ar.agency.pk, role) for ar in memberships_of(user, on) for role in ar.roles
    }
    owners = {user.pk}
    from .models import Delegation

    delegations = list(
        Delegation.objects.valid_on(on)
        .filter(delegate=user)
        .values_list("delegator_id", "agency_id")
    )
    if delegations:
        owners.update(d for d, _a in delegations)
        memberships = (
            Membership.objects.valid_on(on)
            .filter(_or_all(Q(user_id=d, agency_id=a) for d, a in delegations))
            .prefetch_related("roles")
        )
        for membership in memberships:
            for group in membership.roles.all():
                if group.name in ROLES:
                    routes.add((membership.agency_id, group.name))
    reach = Reach(
        routes=frozenset(routes),
        owners=frozenset(owners),
        agency_ids=frozenset(a for a, _r in routes),
    )
    user._workspace_reach = (on, reach)
    return reach


def _or_all(queries):
    result = Q(pk__in=[])
    for query in queries:
        result |= query
    return result


def candidates(agency, role: str, on: datetime.date | None = None):
    """Users who may take a task routed to ``agency`` and ``role`` on ``on``: those
    holding the role there, and their delegates for that day."""
    from .models import Delegation

    holders = users_with_role(agency, role, on=on)
    delegates = Delegation.objects.valid_on(on).filter(
        agency=agency, delegator__in=holders
    )
    return (
        get_user_model()
        .objects.filter(
            Q(pk__in=holders.values("pk")) | Q(pk__in=delegates.values("delegate_id")),
            is_active=True,
        )
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


def route_of(task):
    """The task's route, or None for tasks that have none (start, gateways)."""
    from .models import TaskRoute

    try:
        return task.route
    except TaskRoute.DoesNotExist:
        return None


def can_take(user, task) -> bool:
    """Whether ``user`` may claim ``task`` (routed to an agency and role they reach)."""
    route = route_of(task)
    if route is None or not getattr(user, "is_authenticated", False):
        return False
    return reach_of(user).covers(route.agency_id, route.role)


def acts_for_owner(user, task) -> bool:
    """Whether ``user`` is the task's owner or covers for them today."""
    if not task.owner_id or not getattr(user, "is_authenticated", False):
        return False
    return task.owner_id in reach_of(user).owners


def heads_of(agency, on=None):
    """The agency's head(s): who approves, reassigns and receives escalations."""
    return users_with_role(agency, AGENCY_HEAD, on=on)


def is_head_of(user, agency_id: int) -> bool:
    return reach_of(user).covers(agency_id, AGENCY_HEAD)


def visible_processes_q(user, prefix: str = "") -> Q:
    """Processes ``user`` may see: those an agency they reach takes part in."""
    if user.is_superuser:
        return Q()
    return Q(**{f"{prefix}participations__agency_id__in": reach_of(user).agency_ids})


def can_see_process(user, process) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    from .models import Participation

    return Participation.objects.filter(
        process_id=process.pk if hasattr(process, "pk") else process,
        agency_id__in=reach_of(user).agency_ids,
    ).exists()
