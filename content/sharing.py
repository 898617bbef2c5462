"""Sharing across agencies without copies: who may reuse, where, and how.

A reused material is a Wagtail alias of the original placed in the reusing agency's shelf:
one source of truth, so when the owner publishes an update every alias follows.
"""

from django.core.exceptions import PermissionDenied
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.actions.create_alias import CreatePageAliasAction

from portal.directory import roles
from portal.directory.services import memberships_of

from .models import AgencyLibraryPage, MaterialPage

COMMUNICATIONS_ROLES = {roles.COMMUNICATIONS_EDITOR, roles.COMMUNICATIONS_REVIEWER}


def communications_agencies(user):
    """Agencies in which ``user`` works in communications today."""
    return [ar.agency for ar in memberships_of(user) if ar.roles & COMMUNICATIONS_ROLES]


def is_communications_staff(user):
    return bool(getattr(user, "is_authenticated", False)) and (
        user.is_superuser or bool(communications_agencies(user))
    )


def shelves_for(user, locale=None):
    """The shelves where ``user`` may place a reused material."""
    shelves = AgencyLibraryPage.objects.all()
    if not user.is_superuser:
        shelves = shelves.filter(agency__in=communications_agencies(user))
    if locale is not None:
        shelves = shelves.filter(locale=locale)
    return shelves.select_related("agency").order_by("title")


def reuses_of(materials):
    """For each material id, the aliases that reuse it (with their shelf's agency)."""
    aliases = (
        MaterialPage.objects.filter(alias_of__in=materials)
        .select_related("owner_agency")
        .order_by("path")
    )
    shelf_paths = {a.path[: -AgencyLibraryPage.steplen] for a in aliases}
    shelves = {
        s.path: s
        for s in AgencyLibraryPage.objects.filter(path__in=shelf_paths).select_related(
            "agency"
        )
    }
    found = {}
    for alias in aliases:
        shelf = shelves.get(alias.path[: -AgencyLibraryPage.steplen])
        found.setdefault(alias.alias_of_id, []).append((alias, shelf))
    return found


class ReuseError(Exception):
    """A reuse that is not allowed or not possible, with a message for the user."""


def reuse(material, shelf, user):
    """Places an alias of ``material`` in ``shelf``; returns it.

    Raises ``PermissionDenied`` when ``user`` may not add to ``shelf`` and ``ReuseError``
    when the reuse makes no sense (own material, unpublished, already reused there).
    """
    shelf = shelf.specific
    if not isinstance(shelf, AgencyLibraryPage) or not (
        user.is_superuser or shelf.agency in communications_agencies(user)
    ):
        raise PermissionDenied
    original = material.specific
    if original.alias_of_id:
        original = MaterialPage.objects.get(pk=original.alias_of_id).specific
    if not original.live:
        raise ReuseError(_("Chỉ dùng lại được tài liệu đã xuất bản."))
    if original.owner_agency_id == shelf.agency_id:
        raise ReuseError(_("Tài liệu này đã thuộc cơ quan của bạn."))
    if original.get_parent().pk == shelf.pk or (
        MaterialPage.objects.child_of(shelf).filter(alias_of=original).exists()
    ):
        raise ReuseError(_("Tài liệu này đã được dùng lại trong mục này."))
    slug = original.slug
    if shelf.get_children().filter(slug=slug).exists():
        slug = slugify(f"{original.slug}-{original.owner_agency.slug}")[:250]
    # The right to reuse is the agency role checked above, not Wagtail's page
    # permissions (which belong to the editorial set-up of each section); the action
    # is still logged under the user.
    return CreatePageAliasAction(
        original, parent=shelf, update_slug=slug, user=user
    ).execute(skip_permission_checks=True)
