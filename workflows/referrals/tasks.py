"""Background tasks (django-tasks) for the scheduled worker: the same work as the
management commands, so a scheduler can enqueue them daily."""

from django_tasks import task

from .maintenance import anonymise_due, escalate_unconfirmed_handovers


@task()
def anonymise_closed_cases():
    return anonymise_due()


@task()
def escalate_handovers():
    return escalate_unconfirmed_handovers()
