"""Shared steps of the training tests."""

from tests.factories.workflows import claim_and_post, open_task, proposal
from workflows.training.flows import TrainingFlow
from workflows.training.models import TrainingProcess


def start(client, team, **overrides):
    client.force_login(team.proposer)
    response = client.post(
        TrainingFlow.start.reverse("execute"), proposal(team, **overrides)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return TrainingProcess.objects.latest("pk")


def to_nominations(client, team):
    """Runs a session up to the parallel nominations of the police and border guard."""
    process = start(client, team)
    claim_and_post(
        client, team.head, open_task(process, TrainingFlow.approve), {"decision": "yes"}
    )
    claim_and_post(
        client, team.proposer, open_task(process, TrainingFlow.attach_materials), {}
    )
    claim_and_post(
        client,
        team.proposer,
        open_task(process, TrainingFlow.invite),
        {
            "invited": [team.police.pk, team.border.pk],
            "questionnaire": team.questionnaire.pk,
        },
    )
    return process
