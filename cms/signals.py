"""Gives every new agency page (in any language) its agency's editorial set-up."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import AgencyEditorial, AgencyPage


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
