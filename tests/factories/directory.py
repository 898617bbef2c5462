"""Factories for the agency directory and users with roles."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal.directory.models import (
    AdministrativeUnit,
    Agency,
    Function,
    FunctionAssignment,
    Membership,
)
from portal.directory.roles import ROLES

PASSWORD = "correct-horse-battery"


class AdministrativeUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdministrativeUnit

    code = factory.Sequence(lambda n: f"{90000 + n}")
    name = factory.Sequence(lambda n: f"Xã Thử Nghiệm {n}")
    level = AdministrativeUnit.Level.PROVINCE


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency

    name = factory.Sequence(lambda n: f"Cơ quan thử nghiệm {n}")
    slug = factory.Sequence(lambda n: f"co-quan-{n}")
    kind = Agency.Kind.HEALTH
    unit = factory.SubFactory(AdministrativeUnitFactory)


class FunctionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Function
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"function-{n}")
    name = factory.LazyAttribute(lambda o: o.code)


class FunctionAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FunctionAssignment

    function = factory.SubFactory(FunctionFactory)
    agency = factory.SubFactory(AgencyFactory)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.invalid")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def member(
    agency=None,
    roles=(),
    user=None,
    valid_from=None,
    valid_to=None,
    **user_kwargs,
):
    """A user with a membership in ``agency`` holding ``roles`` (role codes, which must
    exist); returns the user with role groups synchronised."""
    unknown = set(roles) - set(ROLES)
    assert not unknown, f"unknown roles: {unknown}"
    user = user or UserFactory(**user_kwargs)
    agency = agency or AgencyFactory()
    membership = Membership.objects.create(
        user=user, agency=agency, valid_from=valid_from, valid_to=valid_to
    )
    membership.roles.set(Group.objects.filter(name__in=roles))
    user.refresh_from_db()
    # Django caches permissions per user object; a fresh one sees the new groups.
    return get_user_model().objects.get(pk=user.pk)


def days_ago(n: int) -> datetime.date:
    from portal.directory.dates import today

    return today() - datetime.timedelta(days=n)
