"""Targets: public facts about political actors that the bundle itself may not spell out."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["party_names"]

_SPACE = re.compile(r"[\s\-–—_.]+")


def _keys(name: str) -> set[str]:
    """Case, spacing and dashes aside, with and without a leading "Partai" ("Partai Gerindra"
    is Gerindra); "PDI-P" and "PDIP" stay apart (the facts list both)."""
    key = _SPACE.sub(" ", name.casefold()).strip()
    bare = key.removeprefix("partai ").strip()
    return {k for k in (key, bare) if k}


@lru_cache(maxsize=1)
def _national_parties() -> tuple[tuple[str, ...], ...]:
    """Every name of each 2024 national party (packaged public facts), full name first."""
    text = resources.files("netra.targets").joinpath("data/pemilu2024.json").read_text("utf-8")
    out: list[tuple[str, ...]] = []
    for party in json.loads(text)["parties"]:
        names = [
            party["name"],
            party["abbreviation"],
            *party.get("aliases", []),
            *party.get("symbols", []),
        ]
        out.append(tuple(dict.fromkeys(n for n in names if n)))
    return tuple(out)


@lru_cache(maxsize=1)
def party_symbols() -> frozenset[str]:
    """The names of the 2024 national parties taken from their symbols ("Partai Banteng",
    "Bintang Mercy"): a bundle that lists one as a keyword lists a slogan, not a name."""
    text = resources.files("netra.targets").joinpath("data/pemilu2024.json").read_text("utf-8")
    return frozenset(s for p in json.loads(text)["parties"] for s in p.get("symbols", []))


def party_names(name: str) -> tuple[str, ...]:
    """The other names of a national party that `name` is one of ("PKS" for "Partai Keadilan
    Sejahtera", "PDI Perjuangan" for "PDI-P"); () for anything else.

    A bundle's targets.csv may give a party only its full name while posts use the short one
    (or the reverse): the detector then knows both, as it knows a target's own names.
    """
    keys = _keys(name)
    if not keys:
        return ()
    for names in _national_parties():
        if any(keys & _keys(n) for n in names):
            return tuple(n for n in names if not keys & _keys(n))
    return ()
