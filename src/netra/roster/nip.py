"""NIP (Nomor Induk Pegawai): the 18-digit civil-servant number and what it encodes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

NIP_LENGTH = 18


class NipError(ValueError):
    """A NIP that breaks the format; the message says how."""


@dataclass(frozen=True, slots=True)
class NipParts:
    """The fields packed into a PNS NIP."""

    birth_date: date
    appointment_year: int
    appointment_month: int
    sex: str  # "male" | "female"
    sequence: int


def parse_nip(nip: str, *, today: date | None = None) -> NipParts:
    """Split a PNS NIP into its parts; raise NipError when a part is impossible."""
    nip = nip.strip()
    if len(nip) != NIP_LENGTH or not nip.isdigit():
        raise NipError(f"NIP must be {NIP_LENGTH} digits, got {nip!r}")
    today = today or date.today()
    year, month, day = int(nip[0:4]), int(nip[4:6]), int(nip[6:8])
    try:
        birth = date(year, month, day)
    except ValueError:
        raise NipError(f"NIP birth date {nip[0:8]} is not a calendar date") from None
    if year < 1900 or birth > today:
        raise NipError(f"NIP birth date {birth.isoformat()} is impossible")
    ap_year, ap_month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= ap_month <= 12:
        raise NipError(f"NIP appointment month {nip[12:14]} is not a month")
    if (ap_year, ap_month) < (birth.year, birth.month):
        raise NipError(f"NIP appointment {nip[8:14]} is before the birth date {nip[0:8]}")
    if ap_year > today.year + 1:
        raise NipError(f"NIP appointment year {ap_year} is in the future")
    sex_digit = nip[14]
    if sex_digit not in "12":
        raise NipError(f"NIP sex digit must be 1 (male) or 2 (female), got {sex_digit}")
    return NipParts(
        birth_date=birth,
        appointment_year=ap_year,
        appointment_month=ap_month,
        sex="male" if sex_digit == "1" else "female",
        sequence=int(nip[15:18]),
    )


def validate_nip(nip: str, *, employment_type: str = "PNS", today: date | None = None) -> str:
    """Return the NIP stripped if valid for the employment type, else raise NipError.

    The spec fixes the date structure for PNS; a PPPK number only has to be 18 digits.
    """
    nip = nip.strip()
    if employment_type == "PNS":
        parse_nip(nip, today=today)
    elif len(nip) != NIP_LENGTH or not nip.isdigit():
        raise NipError(f"NIP must be {NIP_LENGTH} digits, got {nip!r}")
    return nip
