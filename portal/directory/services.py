"""One place to ask the directory who does what, on which date.

Every feature calls these helpers instead of querying the directory itself, so that the
rules of dated records (inclusive end dates, successors, time zone) live in one spot.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import Group

from .dates import today
from .models import Agency, FunctionAssignment, Membership
from .roles import ROLES


class FunctionNotAssigned(LookupError):
    """No agency holds the function on that date (and for that area)."""


def agencies_holding(function_code: str, on: datetime.date | None = None, area=None):
    """Agencies that hold ``function_code`` on ``on`` (today when omitted).

    With ``area``, an assignment scoped to that unit (or to one of its parents) wins over a
    province-wide one.
    """
    on = on or today()
    assignments = (
        FunctionAssignment.objects.valid_on(on)
        .filter(function__code=function_code)
        .filter(agency__in=Agency.objects.valid_on(on))
        .select_related("agency", "area")
    )
    if area is not None:
        scope = _unit_and_parents(area)
        scoped = [a for a in assignments if a.area_id in scope]
        if scoped:
            # The nearest scope wins: a commune's assignment beats a province's.
            nearest = min(scope.index(a.area_id) for a in scoped)
            return [a.agency for a in scoped if scope.index(a.area_id) == nearest]
    return [a.agency for a in assignments if a.area_id is None]


def agency_holding(function_code: str, on: datetime.date | None = None, area=None):
    """The one agency holding ``function_code`` on ``on``; raises if none does."""
    agencies = agencies_holding(function_code, on=on, area=area)
    if not agencies:
        raise FunctionNotAssigned(function_code)
    return agencies[0]


def _unit_and_parents(unit) -> list:
    ids = []
    while unit is not None and unit.pk not in ids:
        ids.append(unit.pk)
        unit = unit.parent
    return ids


@dataclass(frozen=True)
class AgencyRoles:
    """An agency a user works in on a date, with the role codes they hold there."""

    agency: Agency
    roles: frozenset[str]
    membership: Membership

    def has(self, role_code: str) -> bool:
        return role_code in self.roles


# Bumped, in this process, whenever a membership, its roles or an agency changes
# (``signals``): what ``memberships_of`` kept on a user object is then read again.
_directory_generation = [0]


def directory_changed(**kwargs) -> None:
    _directory_generation[0] += 1


def memberships_of(user, on: datetime.date | None = None) -> list[AgencyRoles]:
    """The agencies ``user`` works in on ``on`` (today when omitted), with their roles.

    Today's answer is kept on the user object: one request asks it many times (the
    guard, the view, the template), and the object lives only as long as the request.
    """
    if not getattr(user, "is_authenticated", False):
        return []
    if on is None:
        stamp = (today(), _directory_generation[0])
        kept = getattr(user, "_portal_memberships", None)
        if kept is not None and kept[0] == stamp:
            return list(kept[1])
        found = _memberships(user, None)
        user._portal_memberships = (stamp, found)
        return list(found)
    return _memberships(user, on)


def _memberships(user, on) -> list[AgencyRoles]:
    memberships = (
        Membership.objects.valid_on(on)
        .filter(user=user, agency__in=Agency.objects.valid_on(on))
        .select_related("agency", "agency__unit")
        .prefetch_related("roles")
    )
    return [
        AgencyRoles(
            agency=m.agency,
            roles=frozenset(g.name for g in m.roles.all() if g.name in ROLES),
            membership=m,
        )
        for m in memberships
    ]


def agencies_of(user, on=None, role: str | None = None) -> list[Agency]:
    """Agencies of ``user`` on ``on``, optionally only those where they hold ``role``."""
    return [
        ar.agency for ar in memberships_of(user, on) if role is None or ar.has(role)
    ]


def has_role(user, role: str, agency=None, on=None) -> bool:
    """Whether ``user`` holds ``role`` on ``on`` (in ``agency`` when given)."""
    return any(
        ar.has(role) and (agency is None or ar.agency.pk == agency.pk)
        for ar in memberships_of(user, on)
    )


def users_with_role(agency, role: str, on=None):
    """Users holding ``role`` in ``agency`` on ``on``: whom a task for that role reaches."""
    from django.contrib.auth import get_user_model

    memberships = Membership.objects.valid_on(on).filter(
        agency=agency, roles__name=role
    )
    return (
        get_user_model()
        .objects.filter(is_active=True, memberships__in=memberships)
        .distinct()
    )


def agency_group_name(agency, role_code: str) -> str:
    """The name of the per-agency group of a role, e.g. ``so-y-te/communications_editor``.

    Features that scope permissions to one agency (the CMS sections) create these groups;
    ``sync_user_groups`` fills them from the memberships.
    """
    return f"{agency.slug}/{role_code}"


def _is_agency_role_group(name: str) -> bool:
    prefix, slash, role_code = name.rpartition("/")
    return bool(prefix and slash) and role_code in ROLES


def sync_user_groups(user) -> None:
    """Makes the user's role groups equal to the roles of their memberships today, and
    their per-agency role groups (``<agency-slug>/<role>``, where they exist) equal to
    the (agency, role) pairs of those memberships.

    Other groups (made by hand in the admin, for instance) are left alone.
    """
    memberships = memberships_of(user)
    wanted = {code for ar in memberships for code in ar.roles}
    wanted |= {
        agency_group_name(ar.agency, code) for ar in memberships for code in ar.roles
    }
    current = {
        name
        for name in user.groups.values_list("name", flat=True)
        if name in ROLES or _is_agency_role_group(name)
    }
    if wanted - current:
        user.groups.add(*Group.objects.filter(name__in=wanted - current))
    if current - wanted:
        user.groups.remove(*Group.objects.filter(name__in=current - wanted))
