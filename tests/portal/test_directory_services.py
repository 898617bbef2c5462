"""The directory helpers: who holds a function on a date, a user's agencies and roles."""

import datetime

import pytest

from portal.directory import roles as R
from portal.directory.models import AdministrativeUnit
from portal.directory.services import (
    FunctionNotAssigned,
    agencies_of,
    agency_holding,
    has_role,
    memberships_of,
    users_with_role,
)
from tests.factories.directory import (
    AdministrativeUnitFactory,
    AgencyFactory,
    FunctionAssignmentFactory,
    FunctionFactory,
    days_ago,
    member,
)

pytestmark = pytest.mark.django_db

REFORM = datetime.date(2025, 7, 1)


def test_function_holder_changes_on_the_reorganisation_date():
    function = FunctionFactory(code="victim-support-authority")
    labour = AgencyFactory(name="Sở LĐTBXH", valid_to=datetime.date(2025, 6, 30))
    health = AgencyFactory(name="Sở Y tế", valid_from=REFORM)
    FunctionAssignmentFactory(
        function=function, agency=labour, valid_to=datetime.date(2025, 6, 30)
    )
    FunctionAssignmentFactory(function=function, agency=health, valid_from=REFORM)

    assert agency_holding(function.code, on=datetime.date(2023, 5, 1)) == labour
    # valid_to is inclusive: the last day still belongs to the old holder.
    assert agency_holding(function.code, on=datetime.date(2025, 6, 30)) == labour
    assert agency_holding(function.code, on=REFORM) == health
    assert agency_holding(function.code) == health


def test_no_holder_raises_a_clear_error():
    FunctionFactory(code="citizenship-verification")
    with pytest.raises(FunctionNotAssigned):
        agency_holding("citizenship-verification")


def test_an_assignment_to_a_closed_agency_does_not_count():
    function = FunctionFactory(code="verifying-police")
    closed = AgencyFactory(valid_to=days_ago(10))
    FunctionAssignmentFactory(function=function, agency=closed)
    with pytest.raises(FunctionNotAssigned):
        agency_holding(function.code)


def test_an_area_assignment_beats_the_province_wide_one():
    province = AdministrativeUnitFactory(level=AdministrativeUnit.Level.PROVINCE)
    commune = AdministrativeUnitFactory(
        level=AdministrativeUnit.Level.COMMUNE, parent=province
    )
    function = FunctionFactory(code="border-reception")
    provincial = AgencyFactory()
    local = AgencyFactory()
    FunctionAssignmentFactory(function=function, agency=provincial)
    FunctionAssignmentFactory(function=function, agency=local, area=commune)

    assert agency_holding(function.code) == provincial
    assert agency_holding(function.code, area=commune) == local
    assert agency_holding(function.code, area=province) == provincial


def test_a_membership_that_ended_gives_no_role_today_but_stays_as_history():
    old_agency = AgencyFactory()
    new_agency = AgencyFactory()
    user = member(
        old_agency,
        [R.COMMUNICATIONS_EDITOR],
        valid_from=days_ago(400),
        valid_to=days_ago(1),
    )
    user = member(new_agency, [R.PROCESS_STAFF], user=user, valid_from=days_ago(0))

    assert agencies_of(user) == [new_agency]
    assert not has_role(user, R.COMMUNICATIONS_EDITOR)
    assert has_role(user, R.COMMUNICATIONS_EDITOR, on=days_ago(30))
    assert has_role(user, R.PROCESS_STAFF, agency=new_agency)
    assert not has_role(user, R.PROCESS_STAFF, agency=old_agency)
    assert user.memberships.count() == 2
    # The Django groups follow today's roles only.
    assert set(user.groups.values_list("name", flat=True)) == {R.PROCESS_STAFF}


def test_memberships_of_lists_agencies_with_their_roles():
    agency = AgencyFactory()
    user = member(agency, [R.CASE_WORKER, R.PROCESS_STAFF])
    [entry] = memberships_of(user)
    assert entry.agency == agency
    assert entry.roles == {R.CASE_WORKER, R.PROCESS_STAFF}
    assert list(users_with_role(agency, R.CASE_WORKER)) == [user]
    assert list(users_with_role(agency, R.COMMUNICATIONS_EDITOR)) == []


def test_anonymous_users_have_no_memberships():
    from django.contrib.auth.models import AnonymousUser

    assert memberships_of(AnonymousUser()) == []


def test_a_merged_unit_leads_to_its_successor():
    old = AdministrativeUnitFactory(
        code="26508", name="Phường Thắng Tam", valid_to=datetime.date(2025, 6, 30)
    )
    new = AdministrativeUnitFactory(
        code="26506", name="Phường Vũng Tàu", valid_from=REFORM
    )
    old.successors.add(new)

    assert old.current_successors(on=datetime.date(2024, 1, 1)) == [old]
    assert old.current_successors() == [new]
    assert list(new.predecessors.all()) == [old]
    assert list(AdministrativeUnit.objects.valid_on(datetime.date(2024, 1, 1))) == [old]


def test_a_period_that_ends_before_it_starts_is_refused():
    from django.core.exceptions import ValidationError

    agency = AgencyFactory.build(
        valid_from=datetime.date(2025, 1, 1), valid_to=datetime.date(2024, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        agency.clean()
    assert "valid_to" in error.value.message_dict
