"""Public reference facts (Pemilu 2024, Kemendagri region codes) and the agency catalog."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from netra.roster.regions import PROVINCES

# Invented regency that hosts the synthetic pilkada. 17.10 is not a real Bengkulu code (the
# province has 17.01-17.09 and 17.71), so nothing here can be mistaken for a real regency.
PILKADA_REGION = "17.10"
PILKADA_REGENCY = "Suka Makmur"


# regency/city code -> name. "Kota ..." are cities, the rest regencies (kabupaten).
REGENCIES: dict[str, str] = {
    "11.06": "Aceh Besar",
    "11.71": "Kota Banda Aceh",
    "12.07": "Deli Serdang",
    "12.71": "Kota Medan",
    "13.71": "Kota Padang",
    "14.71": "Kota Pekanbaru",
    "15.71": "Kota Jambi",
    "16.71": "Kota Palembang",
    "17.01": "Bengkulu Selatan",
    "17.02": "Rejang Lebong",
    "17.03": "Bengkulu Utara",
    "17.04": "Kaur",
    "17.05": "Seluma",
    "17.06": "Mukomuko",
    "17.07": "Lebong",
    "17.08": "Kepahiang",
    "17.09": "Bengkulu Tengah",
    PILKADA_REGION: PILKADA_REGENCY,
    "17.71": "Kota Bengkulu",
    "18.71": "Kota Bandar Lampung",
    "18.72": "Kota Metro",
    "19.71": "Kota Pangkal Pinang",
    "21.71": "Kota Batam",
    "21.72": "Kota Tanjung Pinang",
    "32.01": "Bogor",
    "32.02": "Sukabumi",
    "32.03": "Cianjur",
    "32.04": "Bandung",
    "32.05": "Garut",
    "32.06": "Tasikmalaya",
    "32.07": "Ciamis",
    "32.08": "Kuningan",
    "32.09": "Cirebon",
    "32.71": "Kota Bogor",
    "32.73": "Kota Bandung",
    "32.75": "Kota Bekasi",
    "32.76": "Kota Depok",
    "33.01": "Cilacap",
    "33.02": "Banyumas",
    "33.03": "Purbalingga",
    "33.04": "Banjarnegara",
    "33.05": "Kebumen",
    "33.71": "Kota Magelang",
    "33.72": "Kota Surakarta",
    "33.74": "Kota Semarang",
    "34.01": "Kulon Progo",
    "34.02": "Bantul",
    "34.03": "Gunungkidul",
    "34.04": "Sleman",
    "34.71": "Kota Yogyakarta",
    "35.01": "Pacitan",
    "35.02": "Ponorogo",
    "35.07": "Malang",
    "35.15": "Sidoarjo",
    "35.73": "Kota Malang",
    "35.78": "Kota Surabaya",
    "36.01": "Pandeglang",
    "36.02": "Lebak",
    "36.03": "Tangerang",
    "36.04": "Serang",
    "36.71": "Kota Tangerang",
    "51.03": "Badung",
    "51.71": "Kota Denpasar",
    "52.71": "Kota Mataram",
    "53.71": "Kota Kupang",
    "61.71": "Kota Pontianak",
    "62.71": "Kota Palangka Raya",
    "63.71": "Kota Banjarmasin",
    "64.71": "Kota Balikpapan",
    "64.72": "Kota Samarinda",
    "65.71": "Kota Tarakan",
    "71.71": "Kota Manado",
    "72.71": "Kota Palu",
    "73.71": "Kota Makassar",
    "74.71": "Kota Kendari",
    "75.71": "Kota Gorontalo",
    "81.71": "Kota Ambon",
    "82.71": "Kota Ternate",
    "91.71": "Kota Jayapura",
}

# DKI Jakarta's cities are administrative (no own government): their staff belong to the
# provincial government, so they appear as employee region codes only.
JAKARTA_CITIES: dict[str, str] = {
    "31.01": "Kepulauan Seribu",
    "31.71": "Jakarta Selatan",
    "31.72": "Jakarta Timur",
    "31.73": "Jakarta Pusat",
    "31.74": "Jakarta Barat",
    "31.75": "Jakarta Utara",
}

# Province order for the agency catalog: Bengkulu and Jakarta first so that small bundles
# still cover the pilkada regency and a large province.
PROVINCE_ORDER = [
    "17",
    "31",
    "32",
    "33",
    "35",
    "34",
    "36",
    "51",
    "73",
    "12",
    "16",
    "18",
    "13",
    "14",
    "11",
    "15",
    "19",
    "21",
    "52",
    "53",
    "61",
    "62",
    "63",
    "64",
    "65",
    "71",
    "72",
    "74",
    "75",
    "76",
    "81",
    "82",
    "91",
    "92",
]

# Central agencies: (code, name). Their regional offices hang below them.
CENTRAL: list[tuple[str, str]] = [
    ("KEMENDAGRI", "Kementerian Dalam Negeri"),
    ("KEMENAG", "Kementerian Agama"),
    ("KEMENKEU", "Kementerian Keuangan"),
    ("BPS", "Badan Pusat Statistik"),
    ("ATRBPN", "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"),
    ("KEMENDIKBUDRISTEK", "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"),
    ("KEMENKES", "Kementerian Kesehatan"),
    ("BKN", "Badan Kepegawaian Negara"),
    ("KEMENPANRB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
    ("MA", "Mahkamah Agung"),
    ("KEJAGUNG", "Kejaksaan Agung"),
]

# Agency kinds (drive units, positions and how many employees an agency gets).
KIND_CENTRAL = "central"
KIND_PROV = "prov"
KIND_KAB = "kab"
KIND_VERTICAL = "vertical"

KIND_WEIGHT = {KIND_CENTRAL: 3.0, KIND_PROV: 6.0, KIND_KAB: 8.0, KIND_VERTICAL: 1.0}


@dataclass(frozen=True, slots=True)
class Agency:
    """One agency row plus what the generator needs to staff it."""

    code: str
    name: str
    parent_code: str
    region_code: str
    kind: str
    parent_central: str  # the central agency a vertical office belongs to, else ""
    place: str  # human place name for units and bios


@lru_cache(maxsize=1)
def pemilu2024() -> dict[str, Any]:
    """The packaged public Pemilu 2024 facts (pairs, parties, calendar)."""
    text = resources.files("netra.targets").joinpath("data/pemilu2024.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def region_name(code: str) -> str:
    """Human name of a region code (province, regency or Jakarta city)."""
    if code in REGENCIES:
        return REGENCIES[code]
    if code in JAKARTA_CITIES:
        return JAKARTA_CITIES[code]
    return PROVINCES.get(code, "")


def _kab_label(code: str) -> str:
    name = REGENCIES[code]
    return name if name.startswith("Kota ") else f"Kabupaten {name}"


def _catalog() -> list[Agency]:
    """All agencies in priority order; parents always come before their children."""
    out: list[Agency] = []
    seen: set[str] = set()

    def add(a: Agency) -> None:
        if a.code not in seen:
            seen.add(a.code)
            out.append(a)

    central = {c: n for c, n in CENTRAL}

    def prov(p: str) -> Agency:
        return Agency(
            f"PROV-{p}", f"Pemerintah Provinsi {PROVINCES[p]}", "", p, KIND_PROV, "", PROVINCES[p]
        )

    def kab(r: str) -> Agency:
        label = _kab_label(r)
        prefix = "KOTA" if label.startswith("Kota ") else "KAB"
        return Agency(
            f"{prefix}-{r}", f"Pemerintah {label}", f"PROV-{r[:2]}", r, KIND_KAB, "", REGENCIES[r]
        )

    # The five a minimal bundle needs: a central agency, Bengkulu, Mukomuko, the pilkada
    # regency and Jakarta.
    add(Agency("KEMENDAGRI", central["KEMENDAGRI"], "", "", KIND_CENTRAL, "", "Jakarta"))
    add(prov("17"))
    add(kab("17.06"))
    add(kab(PILKADA_REGION))
    add(prov("31"))
    for code, name in CENTRAL:
        add(Agency(code, name, "", "", KIND_CENTRAL, "", "Jakarta"))
    verticals = [
        (
            "KEMENAG",
            "Kantor Wilayah Kementerian Agama Provinsi {p}",
            "Kantor Kementerian Agama {k}",
        ),
        ("BPS", "Badan Pusat Statistik Provinsi {p}", "Badan Pusat Statistik {k}"),
        ("ATRBPN", "Kantor Wilayah BPN Provinsi {p}", "Kantor Pertanahan {k}"),
        ("KEMENKEU", "Kantor Wilayah DJP {p}", "Kantor Pelayanan Pajak Pratama {k}"),
        ("MA", "Pengadilan Tinggi Agama {p}", "Pengadilan Agama {k}"),
        ("KEJAGUNG", "Kejaksaan Tinggi {p}", "Kejaksaan Negeri {k}"),
    ]
    for p in PROVINCE_ORDER:
        add(prov(p))
        regs = [r for r in REGENCIES if r.startswith(p + ".")]
        for r in regs:
            add(kab(r))
        for parent, prov_fmt, _ in verticals:
            add(
                Agency(
                    f"{parent}-{p}",
                    prov_fmt.format(p=PROVINCES[p]),
                    parent,
                    p,
                    KIND_VERTICAL,
                    parent,
                    PROVINCES[p],
                )
            )
        for r in regs:
            for parent, _, kab_fmt in verticals:
                add(
                    Agency(
                        f"{parent}-{r}",
                        kab_fmt.format(k=_kab_label(r)),
                        f"{parent}-{p}",
                        r,
                        KIND_VERTICAL,
                        parent,
                        REGENCIES[r],
                    )
                )
    return out


def agencies_for(employees: int) -> list[Agency]:
    """About one agency per 500 employees, at least 5, parents before children."""
    want = max(5, round(employees / 500))
    cat = _catalog()
    chosen = cat[:want]
    # Past the catalog, add numbered branch offices of provincial governments (a real
    # pattern: UPTD cabang dinas) so any roster size gets enough agencies.
    i = 0
    provs = [a for a in cat if a.kind == KIND_PROV]
    while len(chosen) < want:
        p = provs[i % len(provs)]
        n = i // len(provs) + 1
        chosen.append(
            Agency(
                f"{p.code}-UPTD{n:02d}",
                f"UPTD Cabang Dinas Pendidikan Wilayah {n} Provinsi {p.place}",
                p.code,
                p.region_code,
                KIND_PROV,
                "",
                p.place,
            )
        )
        i += 1
    return chosen
