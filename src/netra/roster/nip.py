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


class NipCheck:
    """`validate_nip` for a whole roster, accepting well-formed PNS NIPs without parsing each."""

    # Only acceptance is fast: every NIP it cannot accept goes to `validate_nip`, so a rejected
    # row gets exactly the reason `validate_nip` gives.

    def __init__(self, today: date | None = None) -> None:
        """Check against `today` (the date of the import when None)."""
        self.today = today or date.today()
        # (year, month) of each valid, possible birth date prefix (YYYYMMDD), None if not.
        self._births: dict[str, tuple[int, int] | None] = {}

    def __call__(self, nip: str, employment_type: str) -> str:
        """The NIP stripped if valid for the employment type, else raise NipError."""
        if employment_type == "PNS" and self._accepts(nip):
            return nip
        return validate_nip(nip, employment_type=employment_type, today=self.today)

    def _accepts(self, nip: str) -> bool:
        # The conditions of parse_nip, all true; any doubt (and any non-ASCII digit) is left to
        # validate_nip. A roster has far fewer birth dates than employees: they are kept.
        if len(nip) != NIP_LENGTH or not nip.isascii() or not nip.isdigit():
            return False
        prefix = nip[:8]
        try:
            birth = self._births[prefix]
        except KeyError:
            birth = self._births[prefix] = self._birth(prefix)
        if birth is None:
            return False
        appointment = (int(nip[8:12]), int(nip[12:14]))
        return (
            1 <= appointment[1] <= 12
            and appointment >= birth
            and appointment[0] <= self.today.year + 1
            and nip[14] in "12"
        )

    def _birth(self, digits: str) -> tuple[int, int] | None:
        try:
            born = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
        except ValueError:
            return None
        if born.year < 1900 or born > self.today:
            return None
        return (born.year, born.month)
