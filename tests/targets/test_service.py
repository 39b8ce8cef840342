"""Public facts about parties that a bundle may not spell out."""

from __future__ import annotations

from netra.targets.service import party_names


def test_a_partys_other_names() -> None:
    assert party_names("PKS") == ("Partai Keadilan Sejahtera",)
    assert party_names("Partai Keadilan Sejahtera") == ("PKS",)
    # Case, dashes and a leading "Partai" aside.
    assert set(party_names("pdi-p")) == {
        "Partai Demokrasi Indonesia Perjuangan",
        "PDIP",
        "PDI Perjuangan",
    }
    assert party_names("Partai Gerindra") == ("Partai Gerakan Indonesia Raya",)


def test_anything_else_has_none() -> None:
    assert party_names("Tim Pemenangan Dawis") == ()
    assert party_names("Partai") == ()
    assert party_names("") == ()
