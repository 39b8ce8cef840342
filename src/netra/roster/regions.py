"""Kemendagri province and regency codes (2022 numbering): public facts for linkage and synth."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

PROVINCES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}

# Jakarta's commuter belt (Bogor, Depok, Tangerang, Bekasi: regencies and cities in Jawa Barat
# and Banten). Hundreds of thousands of central-government staff work in Jakarta and live there,
# so for "same province" the belt and Jakarta count as one place.
JABODETABEK = "jabodetabek"
_JAKARTA_BELT = frozenset({"32.01", "32.16", "32.71", "32.75", "32.76", "36.03", "36.71", "36.74"})


def province_keys(codes: Iterable[str]) -> list[str]:
    """Province codes of region codes, plus `JABODETABEK` for Jakarta and its commuter belt."""
    codes = [c for c in codes if c]
    out = {c[:2] for c in codes}
    if any(c[:2] == "31" or c in _JAKARTA_BELT for c in codes):
        out.add(JABODETABEK)
    return sorted(out)


# How an official regency name begins; what follows is the place people write.
_REGENCY_PREFIXES = ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")


@lru_cache(maxsize=1)
def regencies() -> dict[str, str]:
    """Every regency and city: code ("13.71") -> official name ("Kota Padang")."""
    text = resources.files("netra.roster").joinpath("regencies.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {row["code"]: row["name"] for row in rows}


def regency_place(name: str) -> tuple[str, bool]:
    """The place of an official regency name and whether it is a city ("Kota Padang" -> Padang)."""
    for prefix in _REGENCY_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :], prefix.startswith("Kota")
    return name, False
