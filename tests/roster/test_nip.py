from datetime import date

import pytest

from netra.roster.nip import NipError, parse_nip, validate_nip

TODAY = date(2026, 11, 21)


def test_parts_of_a_valid_pns_nip() -> None:
    parts = parse_nip("198503122010011002", today=TODAY)
    assert parts.birth_date == date(1985, 3, 12)
    assert (parts.appointment_year, parts.appointment_month) == (2010, 1)
    assert parts.sex == "male"
    assert parts.sequence == 2


@pytest.mark.parametrize(
    ("nip", "why"),
    [
        ("19850312201001100", "18 digits"),
        ("1985031220100110021", "18 digits"),
        ("19850312201001100A", "18 digits"),
        ("198502302010011002", "calendar date"),
        ("198513122010011002", "calendar date"),
        ("198503122010131002", "month"),
        ("198503121980011002", "before the birth"),
        ("198503122010013002", "sex digit"),
        ("203003122050011002", "impossible"),
    ],
)
def test_impossible_nips_are_rejected_with_the_reason(nip: str, why: str) -> None:
    with pytest.raises(NipError, match=why):
        validate_nip(nip, today=TODAY)


def test_pppk_numbers_need_only_eighteen_digits() -> None:
    assert validate_nip("199912312021212001", employment_type="PPPK") == "199912312021212001"
    with pytest.raises(NipError):
        validate_nip("1999", employment_type="PPPK")
