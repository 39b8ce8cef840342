"""Kemendagri region facts: provinces and every regency and city."""

from __future__ import annotations

from netra.roster.regions import PROVINCES, regencies, regency_place
from netra.synth.facts import PILKADA_REGION, REGENCIES


def test_every_regency_and_city_is_listed_once_under_a_known_province() -> None:
    regs = regencies()
    assert len(regs) == 514  # 416 kabupaten and 98 kota (2022)
    assert sum(regency_place(n)[1] for n in regs.values()) == 98
    assert all(code[:2] in PROVINCES and len(code) == 5 for code in regs)
    assert regs["13.71"] == "Kota Padang" and regency_place(regs["13.71"]) == ("Padang", True)
    assert regency_place(regs["31.71"]) == ("Jakarta Pusat", True)
    assert regency_place(regs["31.01"]) == ("Kepulauan Seribu", False)


def test_the_synthetic_places_agree_with_the_official_list() -> None:
    regs = regencies()
    for code, name in REGENCIES.items():
        if code == PILKADA_REGION:  # invented on purpose
            assert code not in regs
            continue
        place = regency_place(regs[code])[0]
        assert place.replace(" ", "").lower() == name.removeprefix("Kota ").replace(" ", "").lower()


def test_jakarta_and_its_commuter_belt_share_a_key() -> None:
    from netra.roster.regions import JABODETABEK, province_keys

    assert province_keys(["31.73"]) == ["31", JABODETABEK]
    assert province_keys(["32.75", "32.16"]) == ["32", JABODETABEK]  # Bekasi, city and regency
    assert province_keys(["32.73"]) == ["32"]  # Bandung is not in the belt
    assert province_keys(["17.06", ""]) == ["17"]
