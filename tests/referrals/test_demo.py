"""The demo cases load once, cover every stage, and reach several agencies."""

import pytest
from django.core.management import call_command

from workflows.referrals.models import Case, CaseParticipant, Stage

pytestmark = pytest.mark.django_db


def test_demo_cases_cover_the_stages_and_load_idempotently(settings):
    settings.DEMO_MODE = True
    call_command("load_demo")
    first = (Case.objects.count(), CaseParticipant.objects.count())
    call_command("load_demo")
    assert (Case.objects.count(), CaseParticipant.objects.count()) == first
    stages = set(Case.objects.values_list("stage", flat=True))
    assert stages >= {
        Stage.ESSENTIAL_NEEDS,
        Stage.VERIFICATION,
        Stage.IDENTIFICATION,
        Stage.CONSENT,
        Stage.CHILD_PROTECTION,
        Stage.HANDOVER,
        Stage.SUPPORT,
        Stage.FOLLOW_UP,
        Stage.CLOSED,
    }
    agencies = set(Case.objects.values_list("receiving_agency__slug", flat=True))
    assert len(agencies) >= 5
    for case in Case.objects.all():
        assert "hư cấu" in case.person.full_name
