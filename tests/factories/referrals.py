"""Helpers for referral tests: demo directory users signed in with their second factor,
and a driver that walks a case through the flow over HTTP."""

import re

from django.contrib.auth import get_user_model
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from viewflow.workflow.models import Task

from workflows.referrals.models import Case
from workflows.referrals.urls import case_url as referral_case_url
from workflows.referrals.urls import flow_url

# The demo directory's case people, one per agency (DESIGN.md §4b functions).
AUTHORITY_WORKER = "thu.hoso"  # so-y-te-tphcm: victim-support authority
SUPERVISOR = "quang.giamsat"  # so-y-te-tphcm
POLICE = "tuan.congan"  # cong-an-tphcm: verifying police
FOREIGN_AFFAIRS = "mai.ngoaivu"  # so-ngoai-vu-tphcm: citizenship verification
CENTRE = "an.trungtam"  # ttctxh-ba-ria: social work and child protection centre
BORDER_GUARD = "son.bienphong"  # bdbp-tphcm
COMMUNE = "phuc.xa"  # ubnd-phuong-vung-tau


def sign_in(client, username, second_factor=True):
    """Signs ``username`` in; with ``second_factor`` the session has passed TOTP."""
    user = get_user_model().objects.get(username=username)
    # A fresh browser: no session or flash message of the previous user.
    client.logout()
    client.cookies.clear()
    client.force_login(user)
    if second_factor:
        device, _ = TOTPDevice.objects.get_or_create(
            user=user, confirmed=True, defaults={"name": "test"}
        )
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return user


def start_url():
    return flow_url("start")


def case_url(case, name="case_detail", *args):
    return referral_case_url(name, case, *args)


INTAKE = {
    "intake_channel": "rescued",
    "received_on": "",
    "came_from_abroad": "on",
    "exploitation_types": ["forced_criminality"],
    "full_name": "Nguyễn Thị Hư Cấu",
    "aliases": "",
    "birth_date": "1999-04-05",
    "sex": "female",
    "nationality": "Việt Nam",
    "id_document_type": "citizen_id",
    "id_number": "079199000001",
    "address": "Số 1 đường Thử Nghiệm",
    "phone": "0900000001",
    "consent_manage_data": "given",
    "consent_legal_ground": "",
    "narrative": "Bị lừa sang làm việc ở một trung tâm lừa đảo (hư cấu).",
}


def open_case(client, username, agency_slug, **overrides):
    """Opens a case through the intake form; returns the new Case."""
    from portal.directory.dates import today
    from portal.directory.models import Agency

    sign_in(client, username)
    data = {**INTAKE, "received_on": today().isoformat(), **overrides}
    data["agency"] = Agency.objects.get(slug=agency_slug).pk
    data = {k: v for k, v in data.items() if v is not None}
    before = set(Case.objects.values_list("pk", flat=True))
    response = client.post(start_url(), data)
    assert response.status_code == 302, _errors(response)
    return Case.objects.exclude(pk__in=before).get()


def open_tasks(case, name=None):
    tasks = Task.objects.filter(
        process__artifact_object_id=case.pk,
        process__artifact_content_type__app_label="referrals",
        finished__isnull=True,
        flow_task_type="HUMAN",
    )
    if name:
        tasks = [t for t in tasks if t.flow_task.name == name]
    return list(tasks)


def do_task(client, username, case, name, data, expect_ok=True):
    """Signs in as ``username``, claims the open ``name`` task of ``case`` and posts."""
    sign_in(client, username)
    tasks = open_tasks(case, name)
    assert len(tasks) == 1, f"{name}: {[t.flow_task.name for t in open_tasks(case)]}"
    task = tasks[0]
    claim = client.post(case_url(case, "claim_task", task.pk))
    assert claim.status_code == 302, claim.status_code
    execute = task.flow_task.reverse("execute", args=[task.process_id, task.pk])
    assert claim["Location"] == execute, claim["Location"]
    assert client.get(execute).status_code == 200
    response = client.post(execute, data)
    if expect_ok:
        assert response.status_code == 302, _errors(response)
    return response


def _errors(response):
    if response.context and "form" in response.context:
        return response.context["form"].errors
    return response.status_code


def stage_of(case):
    return Case.objects.get(pk=case.pk).stage


def text_of(response):
    return re.sub(r"\s+", " ", response.content.decode())
