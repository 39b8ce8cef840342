"""Synthetic employees (names with titles, valid NIPs, units, positions) and their accounts."""

from __future__ import annotations

import bisect
import calendar
import random
import re
from dataclasses import dataclass
from typing import ClassVar

from faker import Faker

from netra.synth.facts import (
    JAKARTA_CITIES,
    KIND_CENTRAL,
    KIND_KAB,
    KIND_PROV,
    KIND_VERTICAL,
    KIND_WEIGHT,
    Agency,
)
from netra.synth.texts import VILLAGES

# Common given names that Faker's id_ID list lacks; they dominate real rosters.
_COMMON_MALE = [
    "Muhammad",
    "Ahmad",
    "Rahmat",
    "Hendra",
    "Yusuf",
    "Agus",
    "Budi",
    "Eko",
    "Dedi",
    "Joko",
    "Rudi",
    "Hasan",
    "Ilham",
    "Fajar",
    "Arif",
    "Iwan",
    "Taufik",
    "Zainal",
]
_COMMON_FEMALE = [
    "Siti",
    "Nur",
    "Sri",
    "Dewi",
    "Fitri",
    "Rina",
    "Yuni",
    "Ratna",
    "Wulan",
    "Indah",
    "Lina",
    "Nurul",
    "Rahmawati",
    "Ani",
    "Evi",
    "Desi",
]


@dataclass(frozen=True, slots=True)
class NamePools:
    """Pre-generated name parts: Faker is far too slow to call per employee at 400k."""

    male_first: tuple[str, ...]
    female_first: tuple[str, ...]
    male_last: tuple[str, ...]
    female_last: tuple[str, ...]


# Faker's list holds names of 2024 candidates ("Prabowo" is a common surname); keep them out
# of synthetic people so a name never looks like a reference to a candidate.
_RESERVED = {
    "Prabowo",
    "Ganjar",
    "Anies",
    "Gibran",
    "Mahfud",
    "Muhaimin",
    "Subianto",
    "Baswedan",
    "Pranowo",
    "Rakabuming",
    "Amin",
    "Golkar",
    "Gerindra",
}


def _unique(seq: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for s in seq if s.isalpha() and s not in _RESERVED))


def name_pools(fake: Faker) -> NamePools:
    """Draw name pools from a seeded Faker (deterministic for a given seed)."""
    mf = [fake.first_name_male() for _ in range(1500)] + _COMMON_MALE * 6
    ff = [fake.first_name_female() for _ in range(800)] + _COMMON_FEMALE * 6
    ml = [fake.last_name_male() for _ in range(600)]
    fl = [fake.last_name_female() for _ in range(400)]
    return NamePools(_unique(mf), _unique(ff), _unique(ml), _unique(fl))


# ---------------------------------------------------------------------------------------------
# Positions and the degrees that go with them

# degree families: (bachelor/diploma options, master options)
_DEG: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "edu": (("S.Pd.",) * 8 + ("S.Pd.I.", "S.Si."), ("M.Pd.",)),
    "nurse": (("S.Kep.", "A.Md.Kep.", "A.Md.Kep.", "S.Kep., Ners"), ("M.Kep.",)),
    "midwife": (("A.Md.Keb.", "S.Tr.Keb."), ("M.Kes.",)),
    "doctor": ((), ("M.Kes.", "Sp.PD", "Sp.A")),
    "dentist": ((), ("M.Kes.",)),
    "health": (("S.K.M.", "S.Gz.", "A.Md.Kes.", "S.Farm."), ("M.Kes.",)),
    "eng": (("S.T.",), ("M.T.",)),
    "fin": (("S.E.", "S.E.", "S.Ak."), ("M.M.", "M.Ak.", "M.Si.")),
    "law": (("S.H.",), ("M.H.",)),
    "it": (("S.Kom.", "S.Kom.", "A.Md."), ("M.Kom.", "M.T.")),
    "stat": (("S.Si.", "S.Tr.Stat.", "S.Stat."), ("M.Si.",)),
    "agri": (("S.P.", "A.Md."), ("M.P.", "M.Si.")),
    "rel": (("S.Ag.", "S.Pd.I.", "S.H.I."), ("M.Ag.", "M.Pd.I.")),
    "gen": (
        ("S.Sos.", "S.IP.", "S.E.", "S.H.", "S.Sos.", "A.Md.", "S.AP."),
        ("M.Si.", "M.M.", "M.AP."),
    ),
}

# (unit template, weight, [(position template, degree family)])
Unit = tuple[str, float, list[tuple[str, str]]]

_PEMDA_UNITS: list[Unit] = [
    (
        "Dinas Pendidikan",
        40,
        [
            ("Guru SDN {n} {place}", "edu"),
            ("Guru Kelas SDN {n} {place}", "edu"),
            ("Guru SMPN {m} {place}", "edu"),
            ("Kepala SDN {n} {place}", "edu"),
            ("Pengawas Sekolah", "edu"),
            ("Pengadministrasi Umum", "gen"),
        ],
    ),
    (
        "Dinas Kesehatan",
        10,
        [
            ("Staf Dinas Kesehatan", "health"),
            ("Perawat Ahli Pertama", "nurse"),
            ("Bidan Terampil", "midwife"),
            ("Dokter Ahli Pertama", "doctor"),
            ("Dokter Gigi Ahli Pertama", "dentist"),
            ("Nutrisionis Ahli Pertama", "health"),
            ("Penyuluh Kesehatan Masyarakat", "health"),
        ],
    ),
    (
        "RSUD {place}",
        9,
        [
            ("Perawat Ahli Pertama", "nurse"),
            ("Perawat Terampil", "nurse"),
            ("Dokter Ahli Muda", "doctor"),
            ("Apoteker Ahli Pertama", "health"),
            ("Bidan Ahli Pertama", "midwife"),
            ("Pranata Laboratorium Kesehatan", "health"),
        ],
    ),
    (
        "Puskesmas {village}",
        6,
        [
            ("Perawat Terampil", "nurse"),
            ("Bidan Terampil", "midwife"),
            ("Dokter Ahli Pertama", "doctor"),
            ("Sanitarian Terampil", "health"),
        ],
    ),
    (
        "Sekretariat Daerah",
        6,
        [
            ("Analis Kebijakan Ahli Muda", "gen"),
            ("Analis Kebijakan Ahli Pertama", "gen"),
            ("Kepala Bagian Umum", "gen"),
            ("Perencana Ahli Pertama", "gen"),
            ("Pranata Komputer Ahli Pertama", "it"),
            ("Arsiparis Terampil", "gen"),
        ],
    ),
    (
        "Badan Kepegawaian dan Pengembangan SDM",
        3,
        [
            ("Analis SDM Aparatur Ahli Pertama", "gen"),
            ("Pranata Komputer Terampil", "it"),
            ("Pengadministrasi Kepegawaian", "gen"),
        ],
    ),
    (
        "Badan Keuangan Daerah",
        4,
        [
            ("Analis Keuangan", "fin"),
            ("Pengelola Keuangan", "fin"),
            ("Bendahara Pengeluaran", "fin"),
        ],
    ),
    (
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        4,
        [
            ("Teknik Jalan dan Jembatan Ahli Pertama", "eng"),
            ("Pengawas Bangunan", "eng"),
            ("Kepala Seksi Jalan", "eng"),
        ],
    ),
    (
        "Dinas Kependudukan dan Pencatatan Sipil",
        3,
        [("Administrator Database Kependudukan", "it"), ("Pengadministrasi Kependudukan", "gen")],
    ),
    (
        "Dinas Pertanian",
        4,
        [
            ("Penyuluh Pertanian Ahli Pertama", "agri"),
            ("Penyuluh Pertanian Terampil", "agri"),
            ("Pengawas Benih Tanaman", "agri"),
        ],
    ),
    (
        "Kecamatan {village}",
        5,
        [
            ("Camat", "gen"),
            ("Sekretaris Camat", "gen"),
            ("Staf Kecamatan", "gen"),
            ("Kepala Seksi Pemerintahan", "gen"),
        ],
    ),
    ("Dinas Sosial", 2, [("Pekerja Sosial Ahli Pertama", "gen"), ("Penyuluh Sosial", "gen")]),
    (
        "Inspektorat",
        2,
        [
            ("Auditor Ahli Pertama", "fin"),
            ("Auditor Ahli Muda", "fin"),
            ("P2UPD Ahli Pertama", "law"),
        ],
    ),
    (
        "Satuan Polisi Pamong Praja",
        2,
        [("Polisi Pamong Praja Terampil", "gen"), ("Kepala Seksi Penegakan Perda", "law")],
    ),
]

_CENTRAL_UNITS: list[Unit] = [
    (
        "Sekretariat Jenderal",
        3,
        [
            ("Analis Kebijakan Ahli Muda", "gen"),
            ("Perencana Ahli Muda", "gen"),
            ("Kepala Subbagian Tata Usaha", "gen"),
            ("Arsiparis Ahli Pertama", "gen"),
        ],
    ),
    ("Biro Keuangan", 2, [("Analis Keuangan", "fin"), ("Pengelola Barang Milik Negara", "fin")]),
    ("Inspektorat Jenderal", 1, [("Auditor Ahli Madya", "fin"), ("Auditor Ahli Pertama", "fin")]),
    (
        "Pusat Data dan Informasi",
        1,
        [("Pranata Komputer Ahli Pertama", "it"), ("Pranata Komputer Ahli Muda", "it")],
    ),
    ("Biro Hukum", 1, [("Perancang Peraturan Perundang-undangan", "law"), ("Analis Hukum", "law")]),
]

_VERTICAL_UNITS: dict[str, list[Unit]] = {
    "KEMENAG": [
        ("MAN {m} {place}", 4, [("Guru MAN {m} {place}", "rel"), ("Guru MAN {m} {place}", "edu")]),
        ("MTsN {m} {place}", 3, [("Guru MTsN {m} {place}", "rel")]),
        (
            "KUA Kecamatan {village}",
            2,
            [("Penghulu Ahli Pertama", "rel"), ("Penyuluh Agama Islam", "rel")],
        ),
        ("Subbagian Tata Usaha", 1, [("Pengadministrasi Umum", "gen")]),
    ],
    "BPS": [
        (
            "Fungsi Statistik Sosial",
            1,
            [("Statistisi Ahli Pertama", "stat"), ("Statistisi Terampil", "stat")],
        ),
        ("Fungsi IPDS", 1, [("Pranata Komputer Ahli Pertama", "it")]),
    ],
    "ATRBPN": [
        (
            "Seksi Survei dan Pemetaan",
            1,
            [("Penata Kadastral Ahli Pertama", "eng"), ("Surveyor Pemetaan Terampil", "eng")],
        ),
        ("Seksi Penanganan Sengketa", 1, [("Analis Hukum Pertanahan", "law")]),
    ],
    "KEMENKEU": [
        (
            "Seksi Pelayanan",
            1,
            [("Penyuluh Pajak Ahli Pertama", "fin"), ("Pelaksana Seksi Pelayanan", "fin")],
        ),
        ("Seksi Pemeriksaan", 1, [("Pemeriksa Pajak Ahli Pertama", "fin")]),
    ],
    "MA": [
        (
            "Kepaniteraan",
            1,
            [
                ("Panitera Pengganti", "law"),
                ("Juru Sita", "law"),
                ("Analis Perkara Peradilan", "law"),
            ],
        )
    ],
    "KEJAGUNG": [
        (
            "Seksi Tindak Pidana Umum",
            1,
            [("Jaksa Fungsional", "law"), ("Analis Penuntutan", "law")],
        ),
        ("Subbagian Pembinaan", 1, [("Pengelola Barang Bukti", "gen")]),
    ],
}


def _units_for(a: Agency) -> list[Unit]:
    if a.kind in (KIND_PROV, KIND_KAB):
        return _PEMDA_UNITS
    if a.kind == KIND_VERTICAL:
        return _VERTICAL_UNITS.get(a.parent_central, _CENTRAL_UNITS)
    return _CENTRAL_UNITS


@dataclass(slots=True)
class Employee:
    """One roster row, plus the plain name and sex the account generator needs."""

    nip: str
    name: str
    plain: str
    first: str
    male: bool
    agency: Agency
    unit: str
    position: str
    employment_type: str
    region_code: str
    status: str
    birth_year: int


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def make_nip(rng: random.Random, male: bool, pppk: bool, used: set[str]) -> tuple[str, int]:
    """A valid, unused NIP: birth YYYYMMDD, appointment YYYYMM >= birth+18y, sex, sequence."""
    rnd = rng.random
    by = 1963 + int(rnd() * 39)
    bm = 1 + int(rnd() * 12)
    bd = 1 + int(rnd() * _days_in(by, bm))
    if pppk:
        # PPPK intakes started in 2019 and ran yearly from 2021.
        ay = max(2021 + int(rnd() * 4), by + 19)
        am = 1 + int(rnd() * (6 if ay == 2024 else 12))
    else:
        lo = max(by + 19, 1985)
        hi = max(lo, min(2023, by + 40))
        ay = lo + int(rnd() * (hi - lo + 1))
        am = 1 + int(rnd() * 12)
    sex = "1" if male else "2"
    head = f"{by:04d}{bm:02d}{bd:02d}{ay:04d}{am:02d}{sex}"
    while True:
        nip = f"{head}{1 + int(rnd() * 999):03d}"
        if nip not in used:
            used.add(nip)
            return nip, by


def nip_is_valid(nip: str) -> bool:
    """True when an 18-digit NIP has a real birth date and appointment >= birth + 18 years."""
    if len(nip) != 18 or not nip.isdigit():
        return False
    by, bm, bd = int(nip[0:4]), int(nip[4:6]), int(nip[6:8])
    ay, am = int(nip[8:12]), int(nip[12:14])
    if not (1900 <= by <= 2100 and 1 <= bm <= 12 and 1 <= bd <= _days_in(by, bm)):
        return False
    if not (1 <= am <= 12) or (ay, am) < (by + 18, bm):
        return False
    return nip[14] in "12"


def _decorate(rng: random.Random, plain: str, male: bool, family: str, birth_year: int) -> str:
    """Add the titles and degrees a personnel record carries, in realistic proportions."""
    rnd = rng.random
    bachelors, masters = _DEG[family]
    pre: list[str] = []
    post: list[str] = []
    r = rnd()
    if family == "doctor":
        pre.append("dr.")
        if r < 0.25:
            post.append(masters[int(rnd() * len(masters))])
    elif family == "dentist":
        pre.append("drg.")
    elif r < 0.20 and family not in ("edu", "nurse", "midwife"):
        pass  # no degree: senior high school graduates in administrative posts
    elif r < 0.26 and family in ("edu", "nurse", "midwife"):
        pass
    else:
        if family == "eng" and birth_year < 1978 and rnd() < 0.5:
            pre.append("Ir.")  # the old engineering title, written before the name
        else:
            post.append(bachelors[int(rnd() * len(bachelors))])
        if rnd() < 0.2 and birth_year < 1992:
            post.append(masters[int(rnd() * len(masters))])
            if rnd() < 0.1 and birth_year < 1985:
                pre.insert(0, "Dr.")
    r = rnd()
    if male:
        if r < 0.08:
            pre.append("H.")
        elif r < 0.092:
            pre.append("R.")
    else:
        if r < 0.07:
            pre.append("Hj.")
        elif r < 0.075:
            pre.append("R.A.")
    name = " ".join([*pre, plain])
    if post:
        name += ", " + ", ".join(post)
    return name


def _pick_weighted(rng: random.Random, units: list[Unit]) -> Unit:
    total = sum(u[1] for u in units)
    r = rng.random() * total
    for u in units:
        r -= u[1]
        if r < 0:
            return u
    return units[-1]


def make_employees(
    rng: random.Random, pools: NamePools, agencies: list[Agency], count: int, used: set[str]
) -> list[Employee]:
    """The roster: `count` employees spread over the agencies; NIPs unique against `used`."""
    rnd = rng.random
    weights = [KIND_WEIGHT[a.kind] for a in agencies]
    cum: list[float] = []
    acc = 0.0
    for w in weights:
        acc += w
        cum.append(acc)
    units = {a.code: _units_for(a) for a in agencies}
    jakarta = list(JAKARTA_CITIES)
    mf, ff, ml, fl = pools.male_first, pools.female_first, pools.male_last, pools.female_last
    out: list[Employee] = []
    for _ in range(count):
        a = agencies[bisect.bisect_right(cum, rnd() * acc)]
        male = rnd() < 0.52
        firsts, lasts = (mf, ml) if male else (ff, fl)
        first = firsts[int(rnd() * len(firsts))]
        r = rnd()
        if r < 0.15:
            plain = first
        elif r < 0.75:
            plain = f"{first} {lasts[int(rnd() * len(lasts))]}"
        else:
            mid = firsts[int(rnd() * len(firsts))]
            plain = f"{first} {mid} {lasts[int(rnd() * len(lasts))]}"
        unit_tpl, _, positions = _pick_weighted(rng, units[a.code])
        pos_tpl, family = positions[int(rnd() * len(positions))]
        village = VILLAGES[int(rnd() * len(VILLAGES))]
        place = a.place
        n = 1 + int(rnd() * 60)
        m = 1 + int(rnd() * 12)
        unit = unit_tpl.format(place=place, village=village, n=n, m=m)
        position = pos_tpl.format(place=place, village=village, n=n, m=m)
        pppk = rnd() < (0.18 if family in ("edu", "nurse", "midwife") else 0.06)
        nip, by = make_nip(rng, male, pppk, used)
        name = _decorate(rng, plain, male, family, by)
        if a.kind == KIND_CENTRAL:
            region = "31.73" if rnd() < 0.85 else ""
        elif a.region_code == "31":
            region = jakarta[int(rnd() * len(jakarta))]
        else:
            region = a.region_code
        status = "inactive" if rnd() < 0.03 else "active"
        out.append(
            Employee(
                nip,
                name,
                plain,
                first,
                male,
                a,
                unit,
                position,
                "PPPK" if pppk else "PNS",
                region,
                status,
                by,
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# Handles

_NON_ALNUM = re.compile(r"[^a-z0-9]")


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits only."""
    return _NON_ALNUM.sub("", text.lower())


# Platforms whose handles may not contain dots.
_NO_DOT = {"x", "tiktok", "youtube", "bluesky", "mastodon"}


class HandleRegistry:
    """Hands out handles unique per platform (case-insensitive)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[tuple[str, str]] = set()

    def reserve(self, platform: str, handle: str) -> bool:
        """Claim an exact handle; False when it is taken."""
        key = (platform, handle.lower())
        if key in self._used:
            return False
        self._used.add(key)
        return True

    def make(self, platform: str, words: list[str], year: int | None = None) -> str:
        """A handle built from name words the way people pick them."""
        rnd = self._rng.random
        parts = [slug(w) for w in words if slug(w)] or ["user"]
        f = parts[0]
        last = parts[-1] if len(parts) > 1 else ""
        sep = "_" if platform in _NO_DOT else ("." if rnd() < 0.6 else "_")
        r = rnd()
        if r < 0.25 and last:
            h = f"{f}{sep}{last}"
        elif r < 0.45 and last:
            h = f"{f}{last}"
        elif r < 0.6 and year:
            h = f"{f}{year % 100:02d}"
        elif r < 0.75 and last:
            h = f"{f[0]}{sep}{last}"
        else:
            h = f"{f}{sep}{last}{int(rnd() * 100)}" if last else f"{f}{int(rnd() * 1000)}"
        h = h[:24]
        if self.reserve(platform, h):
            return h
        while True:
            cand = f"{h[:20]}{int(rnd() * 10000)}"
            if self.reserve(platform, cand):
                return cand


class IdAllocator:
    """Numeric user ids, strictly increasing per platform, so unique per platform."""

    _BASE: ClassVar[dict[str, int]] = {
        "x": 1_100_000_000,
        "facebook": 100_000_000_000_000,
        "instagram": 1_500_000_000,
        "tiktok": 6_700_000_000_000_000_000,
        "youtube": 30_000_000_000,
        "threads": 2_000_000_000,
        "bluesky": 50_000_000,
        "mastodon": 100_000,
        "other": 10_000_000,
    }

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._next = dict(self._BASE)

    def new(self, platform: str) -> str:
        """A fresh id on `platform`."""
        v = self._next[platform] + 1 + int(self._rng.random() * 5000)
        self._next[platform] = v
        return str(v)


PLATFORM_WEIGHTS: list[tuple[str, float]] = [
    ("facebook", 30),
    ("instagram", 28),
    ("x", 17),
    ("tiktok", 15),
    ("youtube", 6),
    ("threads", 2),
    ("bluesky", 1),
    ("mastodon", 0.5),
    ("other", 0.5),
]


def pick_platforms(rng: random.Random, k: int) -> list[str]:
    """k distinct platforms, by popularity."""
    out: list[str] = []
    while len(out) < k:
        total = sum(w for p, w in PLATFORM_WEIGHTS if p not in out)
        r = rng.random() * total
        for p, w in PLATFORM_WEIGHTS:
            if p in out:
                continue
            r -= w
            if r < 0:
                out.append(p)
                break
    return out


@dataclass(slots=True)
class Account:
    """A real account of an employee: what accounts.csv says and what the platform knows."""

    platform: str
    user_id: str  # the platform's id (always known to the generator)
    handle: str
    csv_user_id: str  # "" when the declaration left it out
    csv_handle: str
    display_name: str
    nip: str
    local: bool  # works in the pilkada regency
    actor: dict[str, str]  # the actor object events carry
    aid: int  # dense index, used for de-duplication keys


def display_name_for(rng: random.Random, e: Employee) -> str:
    """What people put as their display name: the plain name, a short form, a nickname."""
    r = rng.random()
    words = e.plain.split()
    if r < 0.5:
        return e.plain
    if r < 0.65 and len(words) > 1:
        return f"{words[0]} {words[-1][0]}."
    if r < 0.75:
        return f"{'Pak' if e.male else 'Bu'} {words[0]}"
    if r < 0.85:
        return words[0]
    if r < 0.9:
        return e.name
    return words[0].lower()


def bio_for(rng: random.Random, e: Employee) -> str:
    """An employee's profile bio; often empty, sometimes naming the agency."""
    r = rng.random()
    a = e.agency
    if r < 0.35:
        return ""
    if r < 0.5:
        short = a.name.replace("Pemerintah ", "Pem").replace("Kabupaten ", "kab ")
        return f"ASN {short}"
    if r < 0.62:
        return e.position
    if r < 0.72:
        return f"Abdi negara | {a.place}"
    if r < 0.8:
        return "Pelayan masyarakat"
    if r < 0.9:
        return f"{'Bapak' if e.male else 'Ibu'} dua anak"
    return "Hidup sederhana, bersyukur selalu"


# ---------------------------------------------------------------------------------------------
# Undeclared accounts and namesakes (linkage truth)

_MODERN_TO_OLD = (("kh", "ch"), ("sy", "sj"), ("ny", "nj"), ("c", "tj"), ("j", "dj"), ("u", "oe"))
_MUHAMMAD_FORMS = ("M.", "Moh.", "Muh.", "Mohammad", "Muhamad", "Mochammad", "Mhd.")


def old_spelling(word: str) -> str:
    """The same name in pre-1972 spelling where it has a sound that spelling wrote otherwise."""
    low = word.lower()
    for new, old in _MODERN_TO_OLD:
        if new in low:
            out = low.replace(new, old, 1)
            return out[:1].upper() + out[1:]
    return word


def _nickname(first: str) -> str:
    """A short form people use among friends: Hendra -> Hen, Rahmawati -> Wati."""
    low = first.lower()
    if len(low) >= 7 and low.endswith(("wati", "yati", "ningsih")):
        tail = low[-4:] if low.endswith(("wati", "yati")) else low[-5:]
        return tail[:1].upper() + tail[1:]
    return first[: max(3, len(first) // 2 + 1)]


def undeclared_display_name(rng: random.Random, e: Employee) -> str:
    """A display name on an account the employee never declared: variants of the name."""
    r = rng.random()
    words = e.plain.split()
    if words[0] == "Muhammad" and len(words) > 1 and r < 0.5:
        return " ".join([_MUHAMMAD_FORMS[int(rng.random() * len(_MUHAMMAD_FORMS))], *words[1:]])
    if r < 0.30:
        return e.plain
    if r < 0.40:
        return e.plain.lower()
    if r < 0.50:
        i = int(rng.random() * len(words))
        return " ".join(old_spelling(w) if k == i else w for k, w in enumerate(words))
    if r < 0.56:
        # Titles kept, degrees dropped: "H. Budi Santoso"
        return e.name.split(",")[0]
    if r < 0.64 and len(words) > 1:
        return f"{words[0]} {words[-1][0]}."
    if r < 0.70 and len(words) > 1:
        return f"{words[-1]} {words[0]}"  # family-first order
    if r < 0.78:
        return f"{'Pak' if e.male else 'Bu'} {words[0]}"
    if r < 0.86:
        return words[0]
    if r < 0.92:
        return _nickname(words[0])
    return e.name


def undeclared_bio(rng: random.Random, e: Employee) -> str:
    """A bio on an undeclared account: mostly silent about work, sometimes not."""
    r = rng.random()
    a = e.agency
    if r < 0.45:
        return ""
    if r < 0.55:
        short = a.name.replace("Pemerintah ", "Pem").replace("Kabupaten ", "kab ")
        return f"ASN {short}"
    if r < 0.63:
        return e.position
    if r < 0.68:
        return f"{e.unit} | {a.place}"
    if r < 0.76:
        return f"{a.place} | {'Bapak' if e.male else 'Ibu'} dua anak"
    if r < 0.86:
        return "Hidup sederhana, bersyukur selalu"
    return "Penikmat kopi dan senja"
