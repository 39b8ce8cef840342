"""A second, independent bundle generator, to see how linkage does on data it was not tuned on.

    python benchmarks/linkage_othergen.py OUT_DIR [--employees N] [--seed S] [--samecity K]

Writes a netra-bundle/1 folder plus OUT_DIR/truth/links.jsonl (the format `netra link eval`
reads) and OUT_DIR/truth/accounts_truth.jsonl (each account's profile, kind and sub-kind).
It was written from the bundle spec and the linkage issue alone, without reading
`netra.synth`, and is kept as its author wrote it (hence the lint exemptions): its choices
differ on purpose, e.g. `--samecity` namesakes who live in the employee's city. Synthetic
people only (Faker id_ID); docs/quality.md gives its figures.
"""

# ruff: noqa: B007, B905, E402, E501, E741, RUF005, UP031

import argparse
import csv
import datetime as dt
import json
import os
import random
import re

from faker import Faker

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--employees", type=int, default=3000)
ap.add_argument("--seed", type=int, default=7)
ap.add_argument("--samecity", type=int, default=250, help="namesakes living in the employee's city")
args = ap.parse_args()
R = random.Random(args.seed)
F = Faker("id_ID")
F.seed_instance(args.seed)
OUT = args.out
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)

# ---------------------------------------------------------------- geography
PROV = {
    "34": ("Daerah Istimewa Yogyakarta", "DIY"),
    "33": ("Jawa Tengah", "Jateng"),
    "35": ("Jawa Timur", "Jatim"),
    "73": ("Sulawesi Selatan", "Sulsel"),
    "12": ("Sumatera Utara", "Sumut"),
    "31": ("DKI Jakarta", "DKI"),
}
REG = {  # code: (kind, name, kecamatan list)
    "34.01": ("KAB", "Kulon Progo", ["Wates", "Sentolo", "Pengasih", "Nanggulan"]),
    "34.02": ("KAB", "Bantul", ["Kasihan", "Sewon", "Banguntapan", "Pleret", "Imogiri"]),
    "34.03": ("KAB", "Gunungkidul", ["Wonosari", "Playen", "Semanu", "Karangmojo"]),
    "34.04": ("KAB", "Sleman", ["Depok", "Mlati", "Gamping", "Ngaglik", "Kalasan"]),
    "34.71": ("KOTA", "Yogyakarta", ["Gondokusuman", "Umbulharjo", "Kotagede", "Jetis"]),
    "33.10": ("KAB", "Klaten", ["Klaten Tengah", "Delanggu", "Prambanan", "Wedi"]),
    "33.09": ("KAB", "Boyolali", ["Ampel", "Cepogo", "Mojosongo", "Teras"]),
    "33.74": ("KOTA", "Semarang", ["Tembalang", "Banyumanik", "Candisari", "Pedurungan"]),
    "33.72": ("KOTA", "Surakarta", ["Laweyan", "Banjarsari", "Jebres", "Pasar Kliwon"]),
    "35.73": ("KOTA", "Malang", ["Lowokwaru", "Klojen", "Blimbing", "Sukun"]),
    "35.15": ("KAB", "Sidoarjo", ["Waru", "Taman", "Candi", "Buduran"]),
    "35.78": ("KOTA", "Surabaya", ["Gubeng", "Rungkut", "Wonokromo", "Tegalsari"]),
    "73.71": ("KOTA", "Makassar", ["Panakkukang", "Tamalate", "Rappocini", "Biringkanaya"]),
    "73.06": ("KAB", "Gowa", ["Somba Opu", "Pallangga", "Bontomarannu", "Bajeng"]),
    "12.71": ("KOTA", "Medan", ["Medan Baru", "Medan Johor", "Medan Helvetia", "Medan Denai"]),
    "12.07": ("KAB", "Deli Serdang", ["Lubuk Pakam", "Percut Sei Tuan", "Tanjung Morawa"]),
    "31.71": ("KOTA", "Jakarta Pusat", ["Gambir", "Menteng", "Tanah Abang"]),
    "31.74": ("KOTA", "Jakarta Selatan", ["Tebet", "Kebayoran Baru", "Cilandak"]),
}
OTHER_CITIES = [
    "Bandung",
    "Bekasi",
    "Depok",
    "Bogor",
    "Tangerang",
    "Palembang",
    "Pekanbaru",
    "Padang",
    "Balikpapan",
    "Samarinda",
    "Pontianak",
    "Banjarmasin",
    "Manado",
    "Kendari",
    "Mataram",
    "Denpasar",
    "Kupang",
    "Jambi",
    "Lampung",
    "Batam",
    "Cirebon",
    "Tasikmalaya",
    "Purwokerto",
    "Tegal",
    "Kediri",
    "Jember",
    "Banyuwangi",
    "Ambon",
    "Jayapura",
    "Palu",
]

agencies = [
    ("KEMENDAGRI", "Kementerian Dalam Negeri", "", ""),
    ("KEMENAG", "Kementerian Agama", "", ""),
]
AG = {}  # code -> dict
for p, (pn, ps) in PROV.items():
    if p == "31":
        code = "PROV-31"
        agencies.append((code, "Pemerintah Provinsi DKI Jakarta", "", "31"))
        AG[code] = dict(region=p, short="Pemprov DKI", city="Jakarta", prov=p)
        continue
    code = f"PROV-{p}"
    agencies.append(
        (code, f"Pemerintah Provinsi {pn}" if p != "34" else "Pemerintah Daerah DIY", "", p)
    )
    AG[code] = dict(region=p, short=f"Pemprov {ps}", city=None, prov=p)
for rc, (k, n, _) in REG.items():
    if rc.startswith("31"):
        continue
    code = f"{k}-{rc}"
    agencies.append(
        (code, f"Pemerintah {'Kabupaten' if k == 'KAB' else 'Kota'} {n}", f"PROV-{rc[:2]}", rc)
    )
    AG[code] = dict(
        region=rc, short=f"{'Pemkab' if k == 'KAB' else 'Pemkot'} {n}", city=n, prov=rc[:2]
    )
AG["KEMENDAGRI"] = dict(region=None, short="Kemendagri", city="Jakarta", prov="31")
AG["KEMENAG"] = dict(region=None, short="Kemenag", city=None, prov=None)

# ---------------------------------------------------------------- names
COMMON_FULL = [
    "Sri Wahyuni",
    "Siti Aminah",
    "Budi Santoso",
    "Agus Setiawan",
    "Dewi Lestari",
    "Eko Prasetyo",
    "Muhammad Rizki",
    "Ahmad Fauzi",
    "Nur Hidayah",
    "Sri Rahayu",
    "Siti Fatimah",
    "Agus Salim",
    "Dwi Handayani",
    "Joko Susilo",
    "Bambang Sutrisno",
    "Rina Marlina",
    "Ahmad Yani",
    "Sri Mulyani",
    "Heru Purnomo",
    "Endang Susilowati",
    "Tri Wahyudi",
    "Andi Saputra",
    "Yuli Astuti",
    "Rudi Hartono",
    "Slamet Riyadi",
    "Indah Permatasari",
    "Eka Putri",
    "Wahyu Hidayat",
    "Nurul Huda",
    "Sutrisno",
    "Suparmi",
    "Sumarni",
    "Suwarno",
    "Hariyanto",
    "Muhammad Iqbal",
    "Fitri Handayani",
    "Ratna Sari",
    "Arif Rahman",
    "Dedi Kurniawan",
    "Hendra Gunawan",
    "Andi Muhammad Yusuf",
    "Rahmat Hidayat",
    "Ani Suryani",
    "Puji Lestari",
    "Teguh Santoso",
    "Lestari",
    "Nur Aini",
    "Siti Nurhaliza",
]
JAV_SINGLE = [
    "Sutrisno",
    "Suparman",
    "Sukirman",
    "Suharti",
    "Sumiyati",
    "Paijo",
    "Sugiyono",
    "Suyatno",
    "Parjiyem",
    "Wagiman",
    "Tukiyem",
    "Sukardi",
    "Sunarto",
    "Purwanto",
    "Mulyono",
    "Suwardi",
]
FIRST_M = [
    "Muhammad",
    "Ahmad",
    "Budi",
    "Agus",
    "Eko",
    "Joko",
    "Bambang",
    "Heru",
    "Tri",
    "Dwi",
    "Rudi",
    "Slamet",
    "Wahyu",
    "Arif",
    "Dedi",
    "Hendra",
    "Rahmat",
    "Teguh",
    "Yusuf",
    "Fajar",
    "Rizky",
    "Irfan",
    "Dimas",
    "Bayu",
    "Imam",
    "Hadi",
    "Iwan",
    "Yudi",
    "Andri",
    "Taufik",
    "Suparman",
    "Djoko",
    "Soeparno",
    "Tjahjo",
    "Nur",
    "Abdul",
    "Achmad",
    "Mohammad",
    "Gede",
    "Made",
    "Andi",
    "La Ode",
    "Sahat",
    "Poltak",
]
FIRST_F = [
    "Sri",
    "Siti",
    "Dewi",
    "Nur",
    "Rina",
    "Yuli",
    "Endang",
    "Indah",
    "Fitri",
    "Ratna",
    "Ani",
    "Puji",
    "Dwi",
    "Eka",
    "Rahmawati",
    "Wulan",
    "Ayu",
    "Nurul",
    "Lina",
    "Diah",
    "Rini",
    "Tuti",
    "Yanti",
    "Novi",
    "Rizka",
    "Annisa",
    "Putri",
    "Dian",
    "Retno",
    "Kartika",
    "Andi",
    "Ni Made",
    "Ni Luh",
]
LAST = [
    "Santoso",
    "Setiawan",
    "Lestari",
    "Prasetyo",
    "Hidayat",
    "Wahyuni",
    "Rahayu",
    "Handayani",
    "Susilo",
    "Sutrisno",
    "Marlina",
    "Purnomo",
    "Susilowati",
    "Wahyudi",
    "Saputra",
    "Astuti",
    "Hartono",
    "Riyadi",
    "Permatasari",
    "Kurniawan",
    "Gunawan",
    "Suryani",
    "Nugroho",
    "Pratama",
    "Utami",
    "Wibowo",
    "Siregar",
    "Nasution",
    "Harahap",
    "Lubis",
    "Simanjuntak",
    "Hutapea",
    "Sitompul",
    "Daeng",
    "Rahman",
    "Syahputra",
    "Firmansyah",
    "Ramadhan",
    "Kusuma",
    "Suharto",
    "Sulistyowati",
    "Rahmawati",
    "Anggraini",
    "Fauzi",
    "Hakim",
    "Maulana",
    "Efendi",
    "Soekarno",
    "Tjiptadi",
    "Djunaedi",
    "Soetomo",
]
BATAK = [
    "Siregar",
    "Nasution",
    "Harahap",
    "Lubis",
    "Simanjuntak",
    "Hutapea",
    "Sitompul",
    "Sinaga",
    "Panjaitan",
    "Situmorang",
    "Pardede",
    "Manurung",
    "Silalahi",
    "Tambunan",
    "Simatupang",
]
BUGIS_F = [
    "Andi",
    "Muh.",
    "Abdul",
    "Syamsul",
    "Nurdin",
    "Hasnah",
    "Rosmiati",
    "Sitti",
    "Hasanuddin",
    "Rahmawati",
]
BUGIS_L = [
    "Rahman",
    "Baso",
    "Tahir",
    "Mappa",
    "Latif",
    "Amir",
    "Hamzah",
    "Salam",
    "Syarif",
    "Ramli",
    "Jufri",
]
PRE = ["Dr.", "Drs.", "Dra.", "H.", "Hj.", "Ir.", "dr.", "drg.", "Ns."]
SUF = [
    "S.Pd.",
    "M.Pd.",
    "S.Pd.SD.",
    "M.Si.",
    "S.H.",
    "M.H.",
    "S.E.",
    "M.M.",
    "S.Kom.",
    "A.Md.",
    "S.Sos.",
    "S.T.",
    "M.T.",
    "S.Kep.",
    "S.Ag.",
    "S.IP.",
    "M.AP.",
    "S.Kes.",
    "A.Md.Keb.",
    "S.Psi.",
    "M.Kes.",
    "S.P.",
]


def faker_name(sex):
    fn = F.first_name_male() if sex == 1 else F.first_name_female()
    ln = F.last_name()
    if R.random() < 0.12:
        return fn
    if R.random() < 0.2:
        mid = F.first_name_male() if sex == 1 else F.first_name_female()
        return f"{fn} {mid} {ln}"
    return f"{fn} {ln}"


def regional_name(prov, sex):
    r = R.random()
    if prov == "12" and r < 0.5:
        fn = R.choice(FIRST_M if sex == 1 else FIRST_F)
        return f"{fn} {R.choice(BATAK)}"
    if prov == "73" and r < 0.5:
        return f"{R.choice(BUGIS_F)} {R.choice(BUGIS_L)}"
    if prov in ("33", "34", "35") and r < 0.15:
        return R.choice(JAV_SINGLE)
    return None


COMMON_SEX = {}


def base_name(prov, sex):
    r = R.random()
    if r < 0.14:
        return R.choice(COMMON_FULL)
    if r < 0.45:
        fn = R.choice(FIRST_M if sex == 1 else FIRST_F)
        ln = R.choice(LAST)
        return f"{fn} {ln}" if R.random() < 0.85 else f"{fn} {R.choice(FIRST_M + FIRST_F)} {ln}"
    rn = regional_name(prov, sex)
    return rn or faker_name(sex)


def old_spelling(n):
    n = re.sub(r"\bSu", "Soe", n)
    n = re.sub(r"\bPu", "Poe", n)
    n = re.sub(r"\bJ", "Dj", n)
    n = re.sub(r"\bC", "Tj", n)
    n = n.replace("Yusuf", "Joesoef").replace("Yanti", "Jantie")
    return n


def modern(n):
    n = (
        n.replace("oe", "u")
        .replace("Oe", "U")
        .replace("Dj", "J")
        .replace("dj", "j")
        .replace("Tj", "C")
        .replace("tj", "c")
    )
    n = n.replace("Achmad", "Ahmad").replace("Mohammad", "Muhammad")
    return n


def muh_variant(n):
    for k in ["Muhammad", "Mohammad", "Muh.", "Moh."]:
        if n.startswith(k + " "):
            return (
                R.choice(["Muh.", "M.", "Moh.", "Mochammad", "Muhamad", "Mohamad", "Muhammad"])
                + n[len(k) :]
            )
    if n.startswith("Ahmad "):
        return R.choice(["Achmad", "Akhmad", "A."]) + n[5:]
    return None


def titled(n, sex, pos):
    pre, suf = [], []
    if R.random() < 0.12:
        pre.append("H." if sex == 1 else "Hj.")
    if "Dokter" in pos:
        pre.append("dr.")
    elif R.random() < 0.05:
        pre.append(R.choice(["Dr.", "Ir.", "Drs." if sex == 1 else "Dra."]))
    if "Guru" in pos or "Kepala SD" in pos or "Pengawas Sekolah" in pos:
        suf.append(R.choice(["S.Pd.", "S.Pd.SD.", "S.Pd."]))
    elif "Perawat" in pos:
        suf.append(R.choice(["S.Kep.", "A.Md.Kep."]))
    elif "Bidan" in pos:
        suf.append("A.Md.Keb.")
    elif R.random() < 0.65:
        suf.append(R.choice(SUF[4:]))
    if suf and R.random() < 0.25:
        suf.append(R.choice(["M.Si.", "M.Pd.", "M.M.", "M.H.", "M.AP."]))
    s = " ".join(pre + [n])
    if suf:
        s += ", " + ", ".join(suf)
    return s


# ---------------------------------------------------------------- roster
UNITS = [
    ("Dinas Pendidikan", 0.35),
    ("Dinas Kesehatan", 0.15),
    ("RSUD", 0.07),
    ("Sekretariat Daerah", 0.1),
    ("Kecamatan", 0.1),
    ("Dinas Pertanian", 0.06),
    ("Dinas Kependudukan dan Pencatatan Sipil", 0.06),
    ("Satuan Polisi Pamong Praja", 0.05),
    ("Badan Keuangan dan Aset Daerah", 0.06),
]


def unit_pos(city, kecs):
    u = R.choices([x for x, _ in UNITS], [w for _, w in UNITS])[0]
    kec = R.choice(kecs)
    if u == "Dinas Pendidikan":
        lvl = R.choice(["SDN", "SDN", "SMPN", "SMAN" if False else "SDN"])
        n = R.randint(1, 12)
        school = f"{lvl} {n} {city}" if R.random() < 0.6 else f"{lvl} {kec} {n}"
        pos = R.choice(
            [f"Guru {school}", f"Guru Kelas {school}", f"Kepala {school}", "Pengawas Sekolah"]
        )
        return u, pos, dict(school=school, kec=kec)
    if u == "Dinas Kesehatan":
        return (
            u,
            R.choice(
                [
                    f"Perawat Puskesmas {kec}",
                    f"Bidan Puskesmas {kec}",
                    f"Dokter Puskesmas {kec}",
                    "Epidemiolog Kesehatan",
                    "Administrator Kesehatan",
                ]
            ),
            dict(kec=kec),
        )
    if u == "RSUD":
        return (
            f"RSUD {city}",
            R.choice(["Perawat Ahli Pertama", "Dokter Ahli Muda", "Apoteker", "Perawat Terampil"]),
            {},
        )
    if u == "Kecamatan":
        return (
            f"Kecamatan {kec}",
            R.choice(
                [
                    f"Camat {kec}",
                    "Sekretaris Kecamatan",
                    "Kepala Seksi Pemerintahan",
                    "Pengadministrasi Umum",
                ]
            ),
            dict(kec=kec),
        )
    return (
        u,
        R.choice(
            {
                "Sekretariat Daerah": [
                    "Analis Kebijakan Ahli Muda",
                    "Kepala Bagian Umum",
                    "Pranata Komputer Ahli Pertama",
                    "Pranata Humas",
                ],
                "Dinas Pertanian": ["Penyuluh Pertanian", "Pengawas Benih Tanaman"],
                "Dinas Kependudukan dan Pencatatan Sipil": [
                    "Pengadministrasi Kependudukan",
                    "Verifikator Data",
                ],
                "Satuan Polisi Pamong Praja": [
                    "Polisi Pamong Praja Terampil",
                    "Kepala Seksi Penegakan Perda",
                ],
                "Badan Keuangan dan Aset Daerah": [
                    "Analis Keuangan",
                    "Bendahara",
                    "Pengelola Aset",
                ],
            }[u]
        ),
        {},
    )


emp_weights = {c: 1.0 for c in AG}
emp_weights["KEMENDAGRI"] = 0.6
emp_weights["KEMENAG"] = 0.8
for c in AG:
    if c.startswith("PROV"):
        emp_weights[c] = 0.7
agcodes = list(AG)
used_nip = set()
roster = []
for i in range(args.employees):
    ac = R.choices(agcodes, [emp_weights[c] for c in agcodes])[0]
    a = AG[ac]
    if ac == "KEMENAG":
        rc = R.choice([r for r in REG if not r.startswith("31")])
        city = REG[rc][1]
        kecs = REG[rc][2]
        unit = (
            f"Kantor Kementerian Agama {('Kabupaten ' if REG[rc][0] == 'KAB' else 'Kota ')}{city}"
        )
        pos = R.choice(
            [
                f"Guru MIN {R.randint(1, 5)} {city}",
                f"Penghulu KUA {R.choice(kecs)}",
                "Penyuluh Agama Islam",
                "Analis Kepegawaian",
            ]
        )
        extra = {}
    elif ac == "KEMENDAGRI":
        rc = R.choice(["31.71", "31.74"])
        city = "Jakarta"
        kecs = REG[rc][2]
        unit = R.choice(
            [
                "Direktorat Jenderal Otonomi Daerah",
                "Pusat Data dan Informasi",
                "Inspektorat Jenderal",
                "Biro Hukum",
            ]
        )
        pos = R.choice(
            [
                "Analis Kebijakan Ahli Muda",
                "Pranata Komputer Ahli Muda",
                "Auditor Ahli Pertama",
                "Perancang Peraturan",
            ]
        )
        extra = {}
    elif ac.startswith("PROV"):
        p = a["prov"]
        cands = [r for r in REG if r.startswith(p + ".")]
        rc = R.choice(cands)
        city = REG[rc][1]
        kecs = REG[rc][2]
        unit = R.choice(
            [
                "Dinas Pendidikan",
                "Dinas Kesehatan",
                "Badan Pendapatan Daerah",
                "Sekretariat Daerah",
                "Dinas Perhubungan",
            ]
        )
        pos = (
            R.choice(
                [
                    "Guru SMAN %d %s" % (R.randint(1, 9), city),
                    "Analis Kebijakan",
                    "Pengelola Pajak",
                    "Penguji Kendaraan Bermotor",
                    "Perawat",
                ]
            )
            if unit != "Dinas Pendidikan"
            else "Guru SMAN %d %s" % (R.randint(1, 9), city)
        )
        extra = {}
    else:
        rc = a["region"]
        city = REG[rc][1]
        kecs = REG[rc][2]
        unit, pos, extra = unit_pos(city, kecs)
    sex = 1 if R.random() < 0.5 else 2
    by = R.randint(1965, 2000)
    bm = R.randint(1, 12)
    bd = R.randint(1, 28)
    ay = min(2024, by + R.randint(20, 35))
    am = R.randint(1, 12)
    while True:
        nip = f"{by:04d}{bm:02d}{bd:02d}{ay:04d}{am:02d}{sex}{R.randint(1, 999):03d}"
        if nip not in used_nip:
            break
    used_nip.add(nip)
    prov = rc[:2]
    core = base_name(prov, sex)
    stored = old_spelling(core) if (by < 1975 and R.random() < 0.35) else core
    full = titled(stored, sex, pos)
    roster.append(
        dict(
            nip=nip,
            name=full,
            core=core,
            stored_core=stored,
            agency_code=ac,
            unit=unit,
            position=pos,
            employment_type="PNS" if R.random() < 0.85 else "PPPK",
            region_code=rc,
            status="active" if R.random() < 0.95 else "inactive",
            sex=sex,
            by=by,
            city=city,
            prov=prov,
            short=a["short"] if ac not in ("KEMENAG",) else f"Kemenag {city}",
            extra=extra,
        )
    )


def norm(n):
    n = re.sub(r"[^a-z ]", " ", modern(n).lower())
    return " ".join(n.split())


from collections import Counter

name_count = Counter(norm(e["core"]) for e in roster)
first_count = Counter(norm(e["core"]).split()[0] for e in roster)
top_first = {f for f, _ in first_count.most_common(20)}

# ---------------------------------------------------------------- platforms / ids
PLATS = ["facebook", "instagram", "x", "tiktok"]
PW = [0.35, 0.3, 0.2, 0.15]
ID_BASE = {
    "facebook": 100000700000000,
    "instagram": 4200000000,
    "x": 1600000000000,
    "tiktok": 7300000000000000000,
}
id_ctr = Counter()


def new_uid(p):
    id_ctr[p] += R.randint(1, 97)
    return str(ID_BASE[p] + id_ctr[p])


used_handles = {p: set() for p in PLATS}


def slug(s):
    s = modern(s).lower()
    s = re.sub(r"[^a-z ]", "", s)
    return s.split()


def make_handle(p, core, by=None, style=None):
    parts = slug(core) or ["user"]
    f, l = parts[0], parts[-1]
    opts = [
        f"{f}.{l}",
        f"{f}{l}",
        f"{f}_{l}",
        f"{f[0]}_{l}",
        f"{f[0]}{l}",
        f"{f}{l}{R.randint(1, 99)}",
        f"{f}.{l}{str(by)[2:] if by else R.randint(60, 99)}",
        f"{l}.{f}",
        f"{f}_{R.choice(['jogja', 'smg', 'mks', 'mdn', 'sby', 'official', 'real', 'id'])}",
        f"{f}{R.randint(100, 9999)}",
        f"its{f}",
        f"{f}.{l}.{R.randint(1, 9)}",
    ]
    if len(parts) == 1:
        opts = [
            f,
            f"{f}{R.randint(1, 999)}",
            f"{f}_{R.randint(60, 99)}",
            f"its{f}",
            f"{f}.{R.choice(['id', 'real', 'x'])}",
        ]
    for _ in range(50):
        h = R.choice(opts) if style is None else style
        if h not in used_handles[p]:
            used_handles[p].add(h)
            return h
        opts.append(f"{f}{l}{R.randint(1, 99999)}")
    h = f"{f}{R.randint(10**5, 10**6)}"
    used_handles[p].add(h)
    return h


NICK = {
    "Muhammad": "Mamad",
    "Ahmad": "Amat",
    "Bambang": "Bams",
    "Slamet": "Memet",
    "Rizky": "Kiki",
    "Rizki": "Kiki",
    "Agus": "Gus",
    "Wahyuni": "Yuni",
    "Wahyu": "Yayu",
    "Dewi": "Dewi",
    "Hendra": "Hendra",
    "Joko": "Jack",
    "Siti": "Titi",
    "Endang": "Endang",
    "Fitri": "Fitri",
    "Yusuf": "Ucup",
    "Sutrisno": "Tris",
    "Hariyanto": "Anto",
    "Nurul": "Nunu",
    "Annisa": "Nisa",
    "Kartika": "Tika",
    "Ratna": "Nana",
    "Purwanto": "Pur",
    "Suparman": "Parman",
}


def nickname(core):
    p = modern(core).split()
    f = p[0]
    if f in NICK:
        return NICK[f]
    if len(p) > 1 and p[-1] in NICK:
        return NICK[p[-1]]
    return f[-4:].capitalize() if len(f) > 5 else f


def strip_to(core):
    return modern(core)


def emp_display(e):
    core = e["stored_core"] if R.random() < 0.5 else e["core"]
    mc = modern(core)
    parts = mc.split()
    f, l = parts[0], parts[-1]
    r = R.random()
    sub = None
    if r < 0.30:
        d, sub = mc, "full"
    elif r < 0.40:
        d, sub = e["name"], "full_titled"
    elif r < 0.48:
        v = muh_variant(mc)
        d, sub = (v, "spelling_muh") if v else (core, "full_stored")
    elif r < 0.55:
        d, sub = mc.lower(), "full_lower"
    elif r < 0.65:
        d, sub = (f"{f} {l[0]}." if len(parts) > 1 else f), "first_initial"
    elif r < 0.71:
        d, sub = f, "first_only"
    elif r < 0.77:
        d, sub = f"{'Pak' if e['sex'] == 1 else 'Bu'} {f if len(f) > 3 else l}", "pak_bu"
    elif r < 0.83:
        d, sub = nickname(core), "nickname"
    elif r < 0.89:
        d, sub = f"{mc} ({e['short']})", "full_with_agency"
    elif r < 0.94:
        d, sub = f"{'Bunda' if e['sex'] == 2 else 'Ayah'} {F.first_name()}", "parent_nick"
    else:
        d, sub = " ".join(reversed(parts)) if len(parts) > 1 else mc.upper(), "reordered"
    return d, sub


GENERIC_BIO = [
    "Hidup sederhana, bersyukur selalu",
    "Ayah dua anak",
    "Ibu dari tiga jagoan",
    "Pecinta kopi",
    "Penikmat senja",
    "Alhamdulillah",
    "Jalani saja",
    "Mancing mania",
    "Suka jalan-jalan",
    "Keluarga nomor satu",
    "Manchester United ❤️",
    "Cinta Indonesia",
    "Belajar terus",
    "",
    "",
    "",
]


def emp_bio(e):
    r = R.random()
    city = e["city"]
    pos = e["position"]
    if r < 0.12:
        return f"ASN {e['short']}", "bio_agency"
    if r < 0.22:
        return f"{pos}", "bio_position"
    if r < 0.28:
        return f"{pos.split(' ')[0].lower()} di {e['unit']}", "bio_unit"
    if r < 0.34:
        return f"Abdi negara | {city}", "bio_abdi_city"
    if r < 0.38:
        return f"PNS {e['short']} • {R.choice(GENERIC_BIO[:8])}", "bio_agency"
    if r < 0.44:
        return f"Tinggal di {city}. {R.choice(GENERIC_BIO[:8])}", "bio_city"
    if r < 0.48 and e["extra"].get("school"):
        return f"Pengajar di {e['extra']['school']}", "bio_school"
    return R.choice(GENERIC_BIO), "bio_generic"


def emp_location(e):
    r = R.random()
    if r < 0.5:
        return e["city"], "loc_city"
    if r < 0.62:
        return PROV[e["prov"]][0], "loc_prov"
    if r < 0.75:
        return R.choice(
            OTHER_CITIES + [REG[x][1] for x in REG if REG[x][1] != e["city"]]
        ), "loc_other_region"
    return None, "loc_none"


# ---------------------------------------------------------------- accounts
accounts = []  # dicts with platform,user_id,handle,display,bio,location,nip,kind,sub,declared,cluster
declared_rows = []
by_core = {}
for e in roster:
    by_core.setdefault(norm(e["core"]), []).append(e)

# declared accounts
for e in roster:
    if R.random() < 0.25:
        p = R.choices(PLATS, PW)[0]
        d, sub = emp_display(e)
        bio, bsub = emp_bio(e)
        loc, lsub = emp_location(e)
        acc = dict(
            platform=p,
            user_id=new_uid(p),
            handle=make_handle(p, e["core"], e["by"]),
            display=d,
            bio=bio,
            location=loc,
            nip=e["nip"],
            kind="declared",
            sub=f"{sub}|{bsub}|{lsub}",
        )
        accounts.append(acc)
        declared_rows.append(
            dict(
                nip=e["nip"],
                platform=p,
                handle=acc["handle"],
                user_id=acc["user_id"],
                display_name=d,
                declared_at=f"2023-{R.randint(1, 9):02d}-{R.randint(1, 28):02d}",
                approved=R.choice(["true", "", "false"]),
            )
        )
        e["declared"] = acc

# undeclared employee accounts
emp_sample = R.sample(roster, int(len(roster) * 0.45))
for e in emp_sample:
    dec = e.get("declared")
    plats = [p for p in PLATS if not dec or p != dec["platform"]]
    p = R.choices(plats, [PW[PLATS.index(x)] for x in plats])[0]
    d, sub = emp_display(e)
    bio, bsub = emp_bio(e)
    loc, lsub = emp_location(e)
    hstyle = None
    if sub in ("nickname", "parent_nick") and R.random() < 0.7:
        hstyle = None
        h = make_handle(p, d + " " + str(R.randint(1, 99)))
    else:
        h = make_handle(p, e["core"], e["by"])
    accounts.append(
        dict(
            platform=p,
            user_id=new_uid(p),
            handle=h,
            display=d,
            bio=bio,
            location=loc,
            nip=e["nip"],
            kind="employee",
            sub=f"{sub}|{bsub}|{lsub}" + ("|has_declared" if dec else ""),
        )
    )

NONEMP_BIO = [
    "Wiraswasta",
    "Karyawan swasta",
    "Ibu rumah tangga",
    "Jualan online, order via DM",
    "Ojol sejati",
    "Petani kopi",
    "Pedagang di pasar",
    "Freelancer desain",
    "Driver ekspedisi",
    "Pengusaha kuliner",
    "Sales otomotif",
    "Content creator",
    "Pensiunan BUMN",
    "Buruh pabrik",
    "Reseller skincare",
    "Fotografer wedding",
    "Bengkel motor",
    "Montir",
    "Honorer? bukan, swasta kok",
    "",
]
STUD_BIO = [
    "Mahasiswa UGM",
    "Mahasiswi UNY",
    "Mahasiswa Unair",
    "Mahasiswa Unhas",
    "Mahasiswa USU",
    "Mahasiswa Undip",
    "Pelajar",
    "Alumni UNS",
    "Mahasiswa UIN",
]


def nonemp_bio():
    return R.choice(NONEMP_BIO + STUD_BIO)


def namesake_display(core, same_full=True):
    mc = modern(core)
    r = R.random()
    if r < 0.6:
        return mc
    if r < 0.75:
        return mc.lower()
    if r < 0.85:
        v = muh_variant(mc)
        return v or mc
    return mc.upper() if r < 0.9 else mc


# pure namesakes: same name, different city, non-government bio
ns_pool = R.sample(roster, 650 + args.samecity)
for e in ns_pool[:650]:
    p = R.choices(PLATS, PW)[0]
    loc = R.choice(
        [c for c in OTHER_CITIES]
        + [REG[x][1] for x in REG if REG[x][1] != e["city"] and x[:2] != e["prov"]]
        + [None]
    )
    accounts.append(
        dict(
            platform=p,
            user_id=new_uid(p),
            handle=make_handle(p, e["core"], None),
            display=namesake_display(e["core"]),
            bio=nonemp_bio(),
            location=loc,
            nip=None,
            kind="namesake",
            sub=f"of:{e['nip']}",
            twin=e["nip"],
        )
    )
# namesakes living in the same city (still nothing about government)
for e in ns_pool[650:]:
    p = R.choices(PLATS, PW)[0]
    loc = R.choice([e["city"], e["city"], PROV[e["prov"]][0]])
    bio = R.choice(
        [
            nonemp_bio(),
            f"Warga {e['city']}",
            f"{R.choice(['Wiraswasta', 'Karyawan swasta', 'Pedagang'])} di {e['city']}",
            f"Asli {e['city']}",
        ]
    )
    accounts.append(
        dict(
            platform=p,
            user_id=new_uid(p),
            handle=make_handle(p, e["core"], None),
            display=namesake_display(e["core"]),
            bio=bio,
            location=loc,
            nip=None,
            kind="namesake_samecity",
            sub=f"of:{e['nip']}",
            twin=e["nip"],
        )
    )
# near-namesakes: one name part different or extra middle name
for e in R.sample(roster, 200):
    parts = modern(e["core"]).split()
    if len(parts) >= 2:
        if R.random() < 0.5:
            parts[-1] = R.choice(LAST)
        else:
            parts.insert(1, R.choice(["Nur", "Dwi", "Adi", "Tri", "Eka"]))
    else:
        parts = parts + [R.choice(LAST)]
    d = " ".join(parts)
    if norm(d) in by_core:
        continue
    p = R.choices(PLATS, PW)[0]
    loc = R.choice([e["city"], R.choice(OTHER_CITIES), None])
    accounts.append(
        dict(
            platform=p,
            user_id=new_uid(p),
            handle=make_handle(p, d, None),
            display=d,
            bio=nonemp_bio(),
            location=loc,
            nip=None,
            kind="near_namesake",
            sub=f"like:{e['nip']}",
            twin=e["nip"],
        )
    )
# random public
for _ in range(900):
    sex = R.choice([1, 2])
    core = base_name(R.choice(list(PROV)), sex) if R.random() < 0.5 else faker_name(sex)
    # accidental exact namesake?
    acc_kind = "public_namesake" if norm(core) in by_core else "public"
    p = R.choices(PLATS, PW)[0]
    d = R.choice(
        [modern(core), modern(core).lower(), modern(core).split()[0], f"{modern(core)} Official"]
    )
    loc = R.choice(OTHER_CITIES + [REG[x][1] for x in REG] + [None, None])
    accounts.append(
        dict(
            platform=p,
            user_id=new_uid(p),
            handle=make_handle(p, core, None),
            display=d,
            bio=R.choice(NONEMP_BIO + STUD_BIO + GENERIC_BIO),
            location=loc,
            nip=None,
            kind=acc_kind,
            sub="",
        )
    )

# ---------------------------------------------------------------- elections, targets, posts
elections = [
    (
        "pilpres2024",
        "Pemilihan Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        [
            ("candidacy", "2023-10-19", "2023-11-27"),
            ("campaign", "2023-11-28", "2024-02-10"),
            ("quiet", "2024-02-11", "2024-02-13"),
            ("voting", "2024-02-14", "2024-02-14"),
            ("counting", "2024-02-15", "2024-03-20"),
            ("result", "2024-03-20", "2024-03-20"),
        ],
    ),
    (
        "pilkada2024-3404",
        "Pemilihan Bupati dan Wakil Bupati Sleman 2024",
        "regional_head",
        "34.04",
        [
            ("candidacy", "2024-08-27", "2024-09-24"),
            ("campaign", "2024-09-25", "2024-11-23"),
            ("quiet", "2024-11-24", "2024-11-26"),
            ("voting", "2024-11-27", "2024-11-27"),
            ("counting", "2024-11-28", "2024-12-16"),
        ],
    ),
]
targets = [
    (
        "P01",
        "Pasangan Calon Nomor Urut 1",
        "candidate",
        "pilpres2024",
        "01",
        "",
        [("x", "paslon01_resmi"), ("instagram", "paslon.satu"), ("tiktok", "paslon01tv")],
    ),
    (
        "P02",
        "Pasangan Calon Nomor Urut 2",
        "candidate",
        "pilpres2024",
        "02",
        "",
        [("x", "paslon02_resmi"), ("instagram", "paslon.dua"), ("facebook", "paslon.dua.official")],
    ),
    (
        "P03",
        "Pasangan Calon Nomor Urut 3",
        "candidate",
        "pilpres2024",
        "03",
        "",
        [("x", "paslon03_resmi"), ("facebook", "paslon.tiga.official"), ("tiktok", "paslon03tv")],
    ),
    (
        "TIMP02",
        "Tim Kampanye Paslon 02",
        "campaign_team",
        "pilpres2024",
        "",
        "",
        [("instagram", "timkampanye.dua"), ("facebook", "timkampanye.dua")],
    ),
    (
        "SLM1",
        "Calon Bupati Sleman Nomor 1",
        "candidate",
        "pilkada2024-3404",
        "1",
        "",
        [("facebook", "cabup1.sleman"), ("instagram", "cabup1sleman")],
    ),
    (
        "PTY-A",
        "Partai Amanat Rakyat Contoh",
        "party",
        "",
        "5",
        "PAR",
        [("facebook", "partai.amanat.rakyat"), ("x", "par_official"), ("tiktok", "par.official")],
    ),
]
target_rows, target_accts = [], []
for tid, nm, kind, el, bal, party, accs in targets:
    for p, h in accs:
        uid = new_uid(p)
        used_handles[p].add(h)
        target_rows.append(
            dict(
                target_id=tid,
                name=nm,
                kind=kind,
                election_id=el,
                ballot_number=bal,
                party=party,
                platform=p,
                handle=h,
                user_id=uid,
            )
        )
        target_accts.append(dict(tid=tid, platform=p, handle=h, user_id=uid, el=el))
news = {
    p: [
        (new_uid(p), h)
        for h in ["beritakita_" + p[:2], "info.kota." + p[:2], "kuliner_nusantara_" + p[:2]]
    ]
    for p in PLATS
}

TZ = dt.timezone(dt.timedelta(hours=7))


def rand_time(a, b):
    a = dt.datetime.fromisoformat(a).replace(tzinfo=TZ)
    b = dt.datetime.fromisoformat(b).replace(tzinfo=TZ) + dt.timedelta(hours=23)
    return (a + dt.timedelta(seconds=R.randint(0, int((b - a).total_seconds())))).isoformat()


POL_TEXT = [
    "Program kerja paslon untuk pendidikan gratis",
    "Kampanye akbar di lapangan hari ini",
    "Visi misi untuk petani",
    "Terima kasih relawan yang sudah hadir",
    "Debat capres malam ini, saksikan!",
    "Blusukan ke pasar tradisional",
]
NEUTRAL_TEXT = [
    "Jadwal car free day minggu ini",
    "Resep soto ayam kampung",
    "Info banjir di jalan utama",
    "Lowongan kerja terbaru",
]
COMMENTS = [
    "Semangat pak!",
    "Mantap",
    "👍👍",
    "Sehat selalu",
    "Setuju",
    "Luar biasa",
    "Amin",
    "Keren",
]
post_ctr = [10**15]


def new_post():
    post_ctr[0] += R.randint(1, 9999)
    return str(post_ctr[0])


events = []
eid = set()


def add_event(acc, action, target, occurred, text=None):
    if target and target.get("post_id"):
        key = f"{acc['platform']}:{target['post_id']}:{action}:{acc['user_id']}"
    else:
        key = f"{acc['platform']}:{target['author_user_id'] if target else new_post()}:{action}:{acc['user_id']}"
    if key in eid:
        key += f":{len(events)}"
    eid.add(key)
    actor = {"user_id": acc["user_id"], "handle": acc["handle"], "display_name": acc["display"]}
    if acc.get("bio"):
        actor["bio"] = acc["bio"]
    if acc.get("location"):
        actor["location"] = acc["location"]
    events.append(
        {
            "event_id": key,
            "platform": acc["platform"],
            "action": action,
            "occurred_at": occurred,
            "actor": actor,
            "target": target,
            "text": text,
            "url": None,
            "media": [],
            "source": f"{acc['platform']}-export",
        }
    )


win = {
    "pilpres2024": ("2023-11-28", "2024-02-10"),
    "pilkada2024-3404": ("2024-09-25", "2024-11-23"),
    "": ("2023-06-01", "2024-10-30"),
}
for acc in accounts:
    p = acc["platform"]
    tas = [t for t in target_accts if t["platform"] == p]
    n_pol = R.choice([1, 1, 2, 2, 3])
    for _ in range(n_pol):
        t = R.choice(tas)
        a, b = win[t["el"]]
        action = R.choices(["like", "comment", "share", "follow"], [0.55, 0.2, 0.15, 0.1])[0]
        if action == "follow":
            add_event(
                acc,
                "follow",
                {"author_user_id": t["user_id"], "author_handle": t["handle"]},
                rand_time(a, b),
            )
            continue
        pid = new_post()
        tgt = {
            "post_id": pid,
            "author_user_id": t["user_id"],
            "author_handle": t["handle"],
            "text": R.choice(POL_TEXT),
            "url": f"https://{p}.example/{t['handle']}/{pid}",
        }
        add_event(
            acc, action, tgt, rand_time(a, b), R.choice(COMMENTS) if action == "comment" else None
        )
    for _ in range(R.randint(0, 2)):
        uid, h = R.choice(news[p])
        pid = new_post()
        tgt = {
            "post_id": pid,
            "author_user_id": uid,
            "author_handle": h,
            "text": R.choice(NEUTRAL_TEXT),
            "url": None,
        }
        add_event(acc, R.choice(["like", "share"]), tgt, rand_time("2023-06-01", "2024-10-30"))
R.shuffle(events)


# ---------------------------------------------------------------- write
def wcsv(name, fields, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


with open(os.path.join(OUT, "bundle.yaml"), "w") as f:
    f.write(
        f"format: netra-bundle/1\nname: Probe B independent linkage bundle (seed {args.seed})\npolicy: id\ntimezone: Asia/Jakarta\n"
    )
wcsv(
    "agencies.csv",
    ["code", "name", "parent_code", "region_code"],
    [dict(zip(["code", "name", "parent_code", "region_code"], a)) for a in agencies],
)
wcsv(
    "roster.csv",
    ["nip", "name", "agency_code", "unit", "position", "employment_type", "region_code", "status"],
    roster,
)
wcsv(
    "accounts.csv",
    ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
    declared_rows,
)
wcsv(
    "targets.csv",
    [
        "target_id",
        "name",
        "kind",
        "election_id",
        "ballot_number",
        "party",
        "platform",
        "handle",
        "user_id",
    ],
    target_rows,
)
wcsv(
    "elections.csv",
    ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
    [
        dict(election_id=e, name=n, contest=c, region_code=r, stage=s, starts_on=a, ends_on=b)
        for e, n, c, r, st in elections
        for s, a, b in st
    ],
)
with open(os.path.join(OUT, "events.jsonl"), "w", encoding="utf-8") as f:
    for ev in events:
        f.write(json.dumps(ev, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "truth", "links.jsonl"), "w") as f:
    for a in accounts:
        if a["kind"] == "declared":
            continue
        f.write(
            json.dumps(
                dict(
                    platform=a["platform"],
                    user_id=a["user_id"],
                    handle=a["handle"],
                    nip=a["nip"],
                    kind="employee"
                    if a["nip"]
                    else ("namesake" if "namesake" in a["kind"] else "public"),
                )
            )
            + "\n"
        )
with open(os.path.join(OUT, "truth", "accounts_truth.jsonl"), "w") as f:
    for a in accounts:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "truth", "roster_meta.jsonl"), "w") as f:
    for e in roster:
        nc = norm(e["core"])
        f.write(
            json.dumps(
                dict(
                    nip=e["nip"],
                    name=e["name"],
                    core=e["core"],
                    city=e["city"],
                    region=e["region_code"],
                    position=e["position"],
                    unit=e["unit"],
                    short=e["short"],
                    common=name_count[nc] >= 2 or nc.split()[0] in top_first,
                ),
                ensure_ascii=False,
            )
            + "\n"
        )
print(
    f"{len(roster)} employees, {len(declared_rows)} declared, {sum(a['kind'] != 'declared' for a in accounts)} undeclared, {len(events)} events"
)
print(Counter(a["kind"] for a in accounts))
