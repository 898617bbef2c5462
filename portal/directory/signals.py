"""Keeps users' role groups in step with their memberships, and tells ``services``
that what it kept of the directory is stale."""

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .models import Agency, Membership
from .services import directory_changed, sync_user_groups


@receiver(post_save, sender=Agency)
@receiver(post_delete, sender=Agency)
def agency_changed(sender, **kwargs):
    directory_changed()


@receiver(post_save, sender=Membership)
@receiver(post_delete, sender=Membership)
def membership_changed(sender, instance, **kwargs):
    directory_changed()
    sync_user_groups(instance.user)


@receiver(m2m_changed, sender=Membership.roles.through)
def membership_roles_changed(sender, instance, action, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    directory_changed()
    if isinstance(instance, Membership):
        sync_user_groups(instance.user)


@receiver(user_logged_in)
def refresh_groups_on_sign_in(sender, user, **kwargs):
    # A membership that started or ended since the last sign-in takes effect now.
    sync_user_groups(user)
