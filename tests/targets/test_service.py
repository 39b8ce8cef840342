"""Public facts about parties that a bundle may not spell out."""

from __future__ import annotations

from netra.targets.service import party_names, party_symbols


def test_a_partys_other_names() -> None:
    # the symbol people call a party by is one of its names ("Bulan Sabit Kembar")
    assert party_names("PKS") == ("Partai Keadilan Sejahtera", "Bulan Sabit Kembar")
    assert party_names("Partai Keadilan Sejahtera") == ("PKS", "Bulan Sabit Kembar")
    # Case, dashes and a leading "Partai" aside.
    assert set(party_names("pdi-p")) == {
        "Partai Demokrasi Indonesia Perjuangan",
        "PDIP",
        "PDI Perjuangan",
        "Partai Banteng",
        "Banteng Moncong Putih",
    }
    assert party_names("Partai Gerindra") == ("Partai Gerakan Indonesia Raya",)


def test_a_partys_symbols() -> None:
    assert {"Bintang Mercy", "Partai Banteng"} <= party_symbols()
    assert "PDIP" not in party_symbols()


def test_anything_else_has_none() -> None:
    assert party_names("Tim Pemenangan Dawis") == ()
    assert party_names("Partai") == ()
    assert party_names("") == ()
