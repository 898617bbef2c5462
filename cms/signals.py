"""Gives every new agency page (in any language) its agency's editorial set-up, and
keeps the cached site settings fresh (view restrictions bump the content version in
``portal.signals``)."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from portal.caching import bump

from .models import AgencyEditorial, AgencyPage
from .models.site_settings import SiteSettings, settings_cache_key


@receiver(post_save, sender=SiteSettings)
@receiver(post_delete, sender=SiteSettings)
def site_settings_changed(sender, instance, **kwargs):
    cache.delete(settings_cache_key(instance.site_id))
    # The header and footer fragments show the settings (hotline, contacts).
    bump()


@receiver(post_save, sender=AgencyPage)
def agency_page_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from wagtail.models import WorkflowPage

    from .editorial import grant_page, set_up_agency

    editorial = AgencyEditorial.objects.filter(agency_id=instance.agency_id).first()
    if editorial is None:
        set_up_agency(instance.agency)
    elif not WorkflowPage.objects.filter(
        page=instance, workflow_id=editorial.workflow_id
    ).exists():
        grant_page(editorial, instance)
