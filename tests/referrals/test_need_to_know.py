"""Need to know: every case URL, for every demo role and agency, answers only the
participants; everybody else — other agencies, CMS editors, superusers — gets 404."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver
from viewflow.workflow.models import Task

from tests.factories.referrals import (
    AUTHORITY_WORKER,
    BORDER_GUARD,
    POLICE,
    SUPERVISOR,
    case_url,
    do_task,
    open_case,
    sign_in,
)
from workflows.referrals.models import Case

pytestmark = pytest.mark.django_db

PARTICIPANT_WORKERS = [BORDER_GUARD, AUTHORITY_WORKER, POLICE, "mai.ngoaivu"]
OUTSIDERS = [
    "admin",  # superuser of the CMS, no case role
    "lan.bientap",  # communications editor at the authority's own department
    "minh.duyet",
    "hoa.quytrinh",  # process staff at the authority, no case role
    "ha.quantri",  # agency administrator at the authority
    "dung.bientap.ca",  # police communications, no case role
    "an.trungtam",  # a centre not (yet) in this case
    "hai.canhsatbien",  # coast guard
    "phuc.xa",  # a commune committee
]


@pytest.fixture
def case(client, directory):
    """A case at the verification step, with a document, across four agencies."""
    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    do_task(client, BORDER_GUARD, case, "essential_needs", {"services": ["food"]})
    upload = SimpleUploadedFile(
        "giay.pdf", b"%PDF-1.4\n%fictional\n", "application/pdf"
    )
    response = client.post(
        case_url(case, "add_document"),
        {"kind": "other", "title": "Giấy tờ", "file": upload},
    )
    assert response.status_code == 302
    return Case.objects.get(pk=case.pk)


def _case_patterns():
    """(name, pattern) of every URL the referral app serves, walked from the URLconf."""
    found = []

    def walk(patterns, prefix, namespace):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                ns = f"{namespace}:{entry.namespace}" if entry.namespace else namespace
                walk(entry.url_patterns, prefix + str(entry.pattern), ns)
            elif isinstance(entry, URLPattern):
                found.append((f"{namespace}:{entry.name}", prefix + str(entry.pattern)))

    walk(get_resolver().url_patterns, "", "")
    return [
        (name, pattern)
        for name, pattern in found
        if pattern.startswith("workspace/cases/")
    ]


def _concrete_urls(case):
    """Every referral URL filled in with this case's code, process, tasks, document."""
    document = case.documents.first()
    tasks = Task.objects.filter(process__artifact_object_id=case.pk)
    urls = []
    for name, pattern in _case_patterns():
        candidates = [pattern]
        if "<int:task_pk>" in pattern:
            node = pattern.split("/")[-3] if pattern.endswith("/") else ""
            task_ids = [
                t.pk for t in tasks if t.flow_task and t.flow_task.name in pattern
            ]
            candidates = [
                pattern.replace("<int:task_pk>", str(pk)) for pk in task_ids
            ] or []
            del node
        filled = []
        for candidate in candidates:
            candidate = (
                candidate.replace("<str:code>", case.code)
                .replace("<int:process_pk>", str(tasks.first().process_id))
                .replace("<int:document_pk>", str(document.pk if document else 0))
            )
            if "<" not in candidate:
                filled.append("/" + candidate)
        urls.extend((name, url) for url in filled)
    return urls


def test_the_walk_covers_the_case_pages_and_the_flow_steps(case):
    names = {name for name, _url in _concrete_urls(case)}
    for expected in ("case_detail", "export_case", "access_log", "document", "execute"):
        assert any(name.endswith(expected) for name in names), expected
    assert len(_concrete_urls(case)) > 25


CASE_ROLE_OUTSIDERS = {"an.trungtam", "hai.canhsatbien", "phuc.xa"}


def _names_the_case(url, case):
    process_pk = Task.objects.filter(process__artifact_object_id=case.pk).first()
    return case.code in url or f"/{process_pk.process_id}/" in url


@pytest.mark.parametrize("username", OUTSIDERS)
def test_outsiders_get_404_on_every_case_url(client, case, username):
    sign_in(client, username)
    for _name, url in _concrete_urls(case):
        for method in (client.get, client.post):
            response = method(url)
            if _names_the_case(url, case) or username not in CASE_ROLE_OUTSIDERS:
                assert response.status_code == 404, (
                    username,
                    url,
                    response.status_code,
                )
            else:
                # Lists, inbox, queue, the empty intake form: never this case.
                assert response.status_code in (200, 302, 405), (url, response)
                assert case.code not in response.content.decode()


def test_anonymous_users_are_sent_to_sign_in(client, case):
    client.logout()
    for _name, url in _concrete_urls(case):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("username", PARTICIPANT_WORKERS + [SUPERVISOR])
def test_participants_without_the_second_factor_are_sent_to_it(client, case, username):
    sign_in(client, username, second_factor=False)
    response = client.get(case_url(case))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/second-factor/")


EXPECTED_GET = {
    # name suffix: {username: status}; everything else a participant opens is 200,
    # or 403 where the step is not theirs.
    "export_case": {SUPERVISOR: 403},
    "access_log": {SUPERVISOR: 200, "*": 403},
}


@pytest.mark.parametrize("username", PARTICIPANT_WORKERS + [SUPERVISOR])
def test_participants_open_the_case_pages(client, case, username):
    sign_in(client, username)
    statuses = {}
    for name, url in _concrete_urls(case):
        statuses[(name, url)] = client.get(url).status_code
    assert all(code != 404 for code in statuses.values()), statuses
    assert all(code != 500 for code in statuses.values())
    detail = [c for (n, _u), c in statuses.items() if n.endswith(":case_detail")]
    assert detail == [200]
    for (name, _url), code in statuses.items():
        suffix = name.rsplit(":", 1)[-1]
        if suffix in EXPECTED_GET:
            rule = EXPECTED_GET[suffix]
            assert code == rule.get(username, rule.get("*", 200)), (name, code)


def test_the_case_list_shows_participants_their_cases_only(client, case):
    other = open_case(client, "hai.canhsatbien", "vung-csb-3", id_number="079199000099")
    sign_in(client, POLICE)
    html = client.get(case_url(case).rsplit("case/", 1)[0]).content.decode()
    assert case.code in html
    assert other.code not in html
