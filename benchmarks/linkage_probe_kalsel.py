"""Independent linkage probe for Netra: a Kalimantan / Sulawesi world of undeclared accounts.

Written from the bundle contract (shared/spec/bundle-v1.md), shared/spec/categories.md and
shared/research/domain.md alone, without reading the product's source, docs, tests or any other
benchmark. It builds a complete netra-bundle/1 folder (agencies with Kemendagri region codes, a
roster with titled Banjar / Bugis / Kaili / Dayak / Kutai / Toraja / Javanese-transmigrant names,
declared accounts, a 2024 Kalsel governor election and a Palu mayoral election with their
targets, stages and keywords, events.jsonl) plus ground truth:

    truth/links.jsonl          one line per undeclared actor: platform, user_id, handle,
                               nip (true owner or null), kind (employee|namesake|public|impostor)
    truth/accounts_truth.jsonl every account's profile, kind and sub_kind

Most undeclared actors are members of the public living in the same regencies as the employees;
many carry exactly an employee's name. Every undeclared actor engages with a candidate's post or
account inside the election's neutrality window, so each is behind a potential
political.engagement finding. All people are made up (Faker id_ID plus regional name parts).

Usage:
    python benchmarks/linkage_probe_kalsel.py OUT_DIR [--employees 3000] [--seed 11]
"""
# ruff: noqa: E501, RUF005

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import string
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

WITA = timezone(timedelta(hours=8))
PLATFORMS_PUBLIC = [
    "facebook",
    "facebook",
    "facebook",
    "instagram",
    "instagram",
    "tiktok",
    "tiktok",
    "x",
    "youtube",
]

# --- geography: Kemendagri codes -> (name, province, location strings people write, kecamatan) ---
REGIONS: dict[str, tuple[str, str, list[str], list[str]]] = {
    "63.03": (
        "Kabupaten Banjar",
        "63",
        [
            "Martapura",
            "Kab. Banjar",
            "Martapura, Kalimantan Selatan",
            "Gambut",
            "Sungai Tabuk",
            "Kota Intan",
        ],
        [
            "Martapura",
            "Martapura Timur",
            "Sungai Tabuk",
            "Gambut",
            "Astambul",
            "Karang Intan",
            "Aranio",
        ],
    ),
    "63.72": (
        "Kota Banjarbaru",
        "63",
        ["Banjarbaru", "Bjb", "Banjarbaru, Kalsel", "Landasan Ulin", "Cempaka", "Kota Idaman"],
        ["Banjarbaru Utara", "Banjarbaru Selatan", "Landasan Ulin", "Liang Anggang", "Cempaka"],
    ),
    "63.71": (
        "Kota Banjarmasin",
        "63",
        ["Banjarmasin", "Bjm", "Banjarmasin, Indonesia", "Kota Seribu Sungai"],
        [
            "Banjarmasin Utara",
            "Banjarmasin Selatan",
            "Banjarmasin Timur",
            "Banjarmasin Barat",
            "Banjarmasin Tengah",
        ],
    ),
    "63.07": (
        "Kabupaten Hulu Sungai Tengah",
        "63",
        ["Barabai", "HST", "Hulu Sungai Tengah", "Barabai, Kalsel"],
        ["Barabai", "Pandawan", "Batang Alai Selatan", "Haruyan", "Labuan Amas Selatan"],
    ),
    "63.10": (
        "Kabupaten Tanah Bumbu",
        "63",
        ["Batulicin", "Tanbu", "Tanah Bumbu", "Simpang Empat, Tanbu"],
        ["Batulicin", "Simpang Empat", "Kusan Hilir", "Angsana", "Sungai Loban"],
    ),
    "63.05": (
        "Kabupaten Tapin",
        "63",
        ["Rantau", "Tapin", "Rantau, Kalsel"],
        ["Tapin Utara", "Tapin Selatan", "Candi Laras Utara"],
    ),
    "63.04": (
        "Kabupaten Barito Kuala",
        "63",
        ["Marabahan", "Batola", "Barito Kuala"],
        ["Marabahan", "Alalak", "Tamban"],
    ),
    "64.02": (
        "Kabupaten Kutai Kartanegara",
        "64",
        ["Tenggarong", "Kukar", "Tenggarong Seberang", "Loa Janan"],
        [
            "Tenggarong",
            "Tenggarong Seberang",
            "Loa Janan",
            "Loa Kulu",
            "Sanga-Sanga",
            "Muara Badak",
        ],
    ),
    "64.72": (
        "Kota Samarinda",
        "64",
        ["Samarinda", "Smd", "Kota Tepian", "Samarinda, Kaltim"],
        ["Samarinda Ulu", "Samarinda Ilir", "Sungai Kunjang", "Palaran", "Sambutan"],
    ),
    "64.07": (
        "Kabupaten Kutai Barat",
        "64",
        ["Sendawar", "Kubar", "Melak", "Barong Tongkok"],
        ["Barong Tongkok", "Melak", "Linggang Bigung", "Long Iram"],
    ),
    "64.71": (
        "Kota Balikpapan",
        "64",
        ["Balikpapan", "Bpp", "Balikpapan, Kaltim"],
        ["Balikpapan Kota", "Balikpapan Utara"],
    ),
    "72.71": (
        "Kota Palu",
        "72",
        ["Palu", "Kota Palu", "Palu, Sulteng", "Tanah Kaili"],
        ["Palu Barat", "Palu Timur", "Mantikulore", "Tatanga", "Ulujadi", "Tawaeli"],
    ),
    "72.10": (
        "Kabupaten Sigi",
        "72",
        ["Sigi", "Sigi Biromaru", "Dolo", "Kulawi"],
        ["Sigi Biromaru", "Dolo", "Marawola", "Kulawi", "Palolo"],
    ),
    "72.05": (
        "Kabupaten Donggala",
        "72",
        ["Donggala", "Banawa"],
        ["Banawa", "Sindue", "Tanantovea"],
    ),
    "73.08": (
        "Kabupaten Bone",
        "73",
        ["Watampone", "Bone", "Bumi Arung Palakka"],
        ["Tanete Riattang", "Tanete Riattang Barat", "Palakka", "Awangpone", "Dua Boccoe"],
    ),
    "73.71": (
        "Kota Makassar",
        "73",
        ["Makassar", "Mks", "Kota Daeng", "Makassar, Sulsel"],
        ["Panakkukang", "Tamalate", "Rappocini", "Biringkanaya", "Tamalanrea", "Mariso"],
    ),
    "73.13": (
        "Kabupaten Wajo",
        "73",
        ["Sengkang", "Wajo", "Sengkang, Wajo"],
        ["Tempe", "Tanasitolo", "Majauleng", "Pammana"],
    ),
    "73.06": (
        "Kabupaten Gowa",
        "73",
        ["Sungguminasa", "Gowa", "Butta Gowa"],
        ["Somba Opu", "Pallangga", "Bontomarannu"],
    ),
}
PROVINCES = {
    "63": ("Kalimantan Selatan", ["Kalimantan Selatan", "Kalsel", "Banua", "South Kalimantan"]),
    "64": ("Kalimantan Timur", ["Kalimantan Timur", "Kaltim", "Benua Etam"]),
    "72": ("Sulawesi Tengah", ["Sulawesi Tengah", "Sulteng", "Central Sulawesi"]),
    "73": ("Sulawesi Selatan", ["Sulawesi Selatan", "Sulsel", "South Sulawesi"]),
}
# where people in the public live: all regencies above (the same list the employees come from)
PUBLIC_REGION_WEIGHTS = {
    c: (3.0 if c.startswith("63") else 1.5 if c.startswith("64") else 1.0) for c in REGIONS
}

# --- agencies: code, name, parent, region, kind, bio short names, regions where staff work, weight ---
AGENCIES = [
    (
        "PROV-63",
        "Pemerintah Provinsi Kalimantan Selatan",
        "",
        "63",
        "prov",
        ["Pemprov Kalsel", "Pemprov Kalimantan Selatan"],
        ["63.72", "63.71"],
        0.09,
    ),
    (
        "PROV-63-DIKBUD",
        "Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan",
        "PROV-63",
        "63",
        "disdik",
        ["Disdikbud Kalsel", "Dinas Pendidikan Prov. Kalsel"],
        ["63.03", "63.72", "63.71", "63.07", "63.10"],
        0.08,
    ),
    (
        "KAB-6303",
        "Pemerintah Kabupaten Banjar",
        "",
        "63.03",
        "pemda",
        ["Pemkab Banjar", "Kab. Banjar"],
        ["63.03"],
        0.12,
    ),
    (
        "KOTA-6372",
        "Pemerintah Kota Banjarbaru",
        "",
        "63.72",
        "pemda",
        ["Pemko Banjarbaru", "Pemko Bjb"],
        ["63.72"],
        0.08,
    ),
    (
        "KAB-6307",
        "Pemerintah Kabupaten Hulu Sungai Tengah",
        "",
        "63.07",
        "pemda",
        ["Pemkab HST", "Pemkab Hulu Sungai Tengah"],
        ["63.07"],
        0.07,
    ),
    (
        "KAB-6310",
        "Pemerintah Kabupaten Tanah Bumbu",
        "",
        "63.10",
        "pemda",
        ["Pemkab Tanbu", "Pemkab Tanah Bumbu"],
        ["63.10"],
        0.06,
    ),
    (
        "KEMENAG",
        "Kementerian Agama Republik Indonesia",
        "",
        "",
        "ministry",
        ["Kemenag RI"],
        [],
        0.0,
    ),
    (
        "KEMENAG-63",
        "Kantor Wilayah Kementerian Agama Provinsi Kalimantan Selatan",
        "KEMENAG",
        "63",
        "kemenag",
        ["Kemenag Kalsel", "Kanwil Kemenag Kalsel"],
        ["63.03", "63.72", "63.71", "63.07"],
        0.06,
    ),
    (
        "KAB-6402",
        "Pemerintah Kabupaten Kutai Kartanegara",
        "",
        "64.02",
        "pemda",
        ["Pemkab Kukar", "Pemkab Kutai Kartanegara"],
        ["64.02"],
        0.07,
    ),
    (
        "KOTA-6472",
        "Pemerintah Kota Samarinda",
        "",
        "64.72",
        "pemda",
        ["Pemkot Samarinda", "Pemkot Smd"],
        ["64.72"],
        0.06,
    ),
    (
        "KAB-6407",
        "Pemerintah Kabupaten Kutai Barat",
        "",
        "64.07",
        "pemda",
        ["Pemkab Kubar", "Pemkab Kutai Barat"],
        ["64.07"],
        0.04,
    ),
    (
        "PROV-72",
        "Pemerintah Provinsi Sulawesi Tengah",
        "",
        "72",
        "prov",
        ["Pemprov Sulteng"],
        ["72.71"],
        0.04,
    ),
    ("KOTA-7271", "Pemerintah Kota Palu", "", "72.71", "pemda", ["Pemkot Palu"], ["72.71"], 0.05),
    (
        "KAB-7210",
        "Pemerintah Kabupaten Sigi",
        "",
        "72.10",
        "pemda",
        ["Pemkab Sigi"],
        ["72.10"],
        0.03,
    ),
    (
        "KAB-7308",
        "Pemerintah Kabupaten Bone",
        "",
        "73.08",
        "pemda",
        ["Pemkab Bone"],
        ["73.08"],
        0.05,
    ),
    (
        "KOTA-7371",
        "Pemerintah Kota Makassar",
        "",
        "73.71",
        "pemda",
        ["Pemkot Makassar", "Pemkot Mks"],
        ["73.71"],
        0.06,
    ),
    (
        "KAB-7313",
        "Pemerintah Kabupaten Wajo",
        "",
        "73.13",
        "pemda",
        ["Pemkab Wajo"],
        ["73.13"],
        0.03,
    ),
]
# other ASN employers that are NOT in the bundle (namesakes' bios)
OTHER_EMPLOYERS = [
    "ASN Pemkab Tapin",
    "PNS Pemkab Batola",
    "ASN Pemkot Balikpapan",
    "PNS Kemenkeu",
    "ASN Pemkab Gowa",
    "ASN Pemkab Donggala",
    "Pegawai BPS Kalsel",
    "ASN Kementerian PUPR",
    "PNS Pengadilan Agama Martapura",
    "Guru SDN 2 Rantau",
    "Guru MTs Swasta",
    "ASN Pemkab Paser",
    "PNS Kanwil DJP Kalselteng",
]

# unit templates by agency kind: (full name, short name for bios, sector, weight)
UNITS = {
    "pemda": [
        ("Sekretariat Daerah", "Setda", "office", 5),
        ("Dinas Pendidikan", "Disdik", "office", 3),
        ("Dinas Kesehatan", "Dinkes", "office", 3),
        ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "office", 3),
        ("Badan Perencanaan Pembangunan Daerah", "Bappeda", "office", 2),
        ("Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR", "office", 3),
        ("Satuan Polisi Pamong Praja", "Satpol PP", "satpol", 3),
        ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "office", 2),
        ("Dinas Komunikasi dan Informatika", "Diskominfo", "office", 2),
        ("Dinas Pertanian", "Distan", "agri", 2),
        ("Badan Kepegawaian dan Pengembangan SDM", "BKPSDM", "office", 2),
        ("Kecamatan {kec}", "Kec. {kec}", "kecamatan", 6),
        ("Puskesmas {kec}", "Puskesmas {kec}", "health", 9),
        ("SD Negeri {n} {kec}", "SDN {n} {kec}", "school", 20),
        ("SMP Negeri {n} {kec}", "SMPN {n} {kec}", "school", 9),
        ("RSUD {town}", "RSUD {town}", "health", 6),
    ],
    "prov": [
        ("Biro Pemerintahan dan Otonomi Daerah", "Biro Pemerintahan", "office", 2),
        ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD Prov", "office", 3),
        ("Dinas Kesehatan", "Dinkes Prov", "office", 2),
        ("Badan Kesatuan Bangsa dan Politik", "Kesbangpol", "office", 1),
        ("Badan Perencanaan Pembangunan Daerah", "Bappeda Prov", "office", 2),
        ("Dinas Kehutanan", "Dishut", "agri", 2),
        ("RSUD Provinsi", "RSUD Prov", "health", 5),
        ("Inspektorat Daerah", "Inspektorat", "office", 2),
        ("Badan Kepegawaian Daerah", "BKD", "office", 2),
    ],
    "disdik": [
        ("SMA Negeri {n} {town}", "SMAN {n} {town}", "school", 10),
        ("SMK Negeri {n} {town}", "SMKN {n} {town}", "school", 6),
        ("SLB Negeri {town}", "SLBN {town}", "school", 1),
        ("Bidang Pembinaan SMA", "Disdikbud", "office", 1),
    ],
    "kemenag": [
        ("Kantor Kementerian Agama {regname}", "Kemenag {town}", "office", 3),
        ("MAN {n} {town}", "MAN {n} {town}", "madrasah", 4),
        ("MTsN {n} {town}", "MTsN {n} {town}", "madrasah", 4),
        ("MIN {n} {town}", "MIN {n} {town}", "madrasah", 3),
        ("KUA Kecamatan {kec}", "KUA {kec}", "kua", 3),
    ],
}
SEKSI = [
    "Pemerintahan",
    "Perencanaan",
    "Anggaran",
    "Aset",
    "Sarana Prasarana",
    "Pelayanan",
    "Kesehatan Masyarakat",
    "Bina Marga",
    "Ketertiban Umum",
    "Data dan Informasi",
    "Kurikulum",
    "Pengembangan SDM",
]
# sector -> list of (position, weight, degree pool, prefix pool)
POSITIONS = {
    "school": [
        ("Guru Ahli Pertama", 5, ["S.Pd.", "S.Pd", "S.Pd.SD", "S.Si.", "S.Pd.I"], []),
        ("Guru Ahli Muda", 5, ["S.Pd.", "S.Pd., M.Pd.", "S.Pd"], []),
        ("Guru Ahli Madya", 2, ["S.Pd., M.Pd.", "S.Pd.", "Dra.", "Drs."], []),
        ("Kepala Sekolah", 1, ["S.Pd., M.Pd.", "M.Pd."], []),
        ("Pengelola Perpustakaan", 1, ["A.Md.", ""], []),
        ("Pengadministrasi Umum", 1, ["", ""], []),
    ],
    "madrasah": [
        ("Guru Madrasah Ahli Pertama", 5, ["S.Pd.I.", "S.Ag.", "S.Pd."], []),
        ("Guru Madrasah Ahli Muda", 4, ["S.Ag., M.Pd.I.", "S.Pd.I."], []),
        ("Kepala Madrasah", 1, ["S.Ag., M.Pd.I.", "M.Pd."], []),
        ("Pengadministrasi Umum", 1, [""], []),
    ],
    "kua": [
        ("Penghulu Ahli Muda", 2, ["S.Ag.", "S.H.I.", "Lc., M.H.I."], []),
        ("Penyuluh Agama Islam Ahli Pertama", 4, ["S.Ag.", "S.Sos.I.", "S.Pd.I."], []),
        ("Kepala KUA", 1, ["S.Ag., M.H.", "S.H.I."], []),
        ("Pengadministrasi Umum", 1, [""], []),
    ],
    "health": [
        ("Perawat Terampil", 5, ["A.Md.Kep.", "A.Md.Kep"], []),
        ("Perawat Ahli Pertama", 4, ["S.Kep., Ns.", "S.Kep.,Ns"], []),
        ("Bidan Terampil", 4, ["A.Md.Keb.", "A.Md.Keb"], []),
        ("Bidan Ahli Pertama", 2, ["S.Tr.Keb.", "S.ST."], []),
        ("Dokter Ahli Pertama", 2, [""], ["dr."]),
        ("Dokter Gigi Ahli Pertama", 1, [""], ["drg."]),
        ("Apoteker Ahli Pertama", 1, ["S.Farm., Apt.", "S.Farm.,Apt"], []),
        ("Sanitarian Terampil", 1, ["A.Md.KL."], []),
        ("Pengadministrasi Kesehatan", 1, ["", "S.KM."], []),
    ],
    "office": [
        ("Analis Kebijakan Ahli Muda", 2, ["S.Sos., M.Si.", "S.IP., M.AP.", "S.H., M.H."], []),
        ("Analis Kebijakan Ahli Pertama", 2, ["S.Sos.", "S.IP.", "S.H."], []),
        ("Pengelola Keuangan", 3, ["S.E.", "S.E., Ak.", "A.Md."], []),
        ("Pengadministrasi Umum", 5, ["", "", "S.Sos."], []),
        ("Kepala Seksi {seksi}", 2, ["S.Sos.", "S.T.", "S.E., M.M.", "S.STP."], []),
        (
            "Kepala Bidang {seksi}",
            1,
            ["S.T., M.T.", "S.E., M.Si.", "S.Sos., M.AP."],
            ["Ir.", "Drs.", ""],
        ),
        ("Kepala Subbagian Umum dan Kepegawaian", 1, ["S.Sos.", "S.AP."], []),
        ("Pranata Komputer Ahli Pertama", 2, ["S.Kom.", "S.Kom", "S.T."], []),
        ("Arsiparis Terampil", 1, ["A.Md."], []),
        ("Perencana Ahli Muda", 1, ["S.T., M.Si.", "S.E., M.E."], []),
        ("Auditor Ahli Pertama", 1, ["S.E.", "S.Ak."], []),
        ("Kepala Dinas", 0.3, ["S.Sos., M.Si.", "S.T., M.T.", "M.M."], ["Dr.", "Ir.", "Drs.", ""]),
    ],
    "satpol": [
        ("Polisi Pamong Praja Terampil", 5, ["", ""], []),
        ("Polisi Pamong Praja Pelaksana", 3, [""], []),
        ("Kepala Seksi Ketertiban Umum", 1, ["S.Sos.", "S.H."], []),
    ],
    "agri": [
        ("Penyuluh Pertanian Ahli Pertama", 4, ["S.P.", "S.Hut.", "S.P"], []),
        ("Penyuluh Pertanian Terampil", 3, ["A.Md.", ""], []),
        ("Pengawas Benih Tanaman", 1, ["S.P."], []),
    ],
    "kecamatan": [
        ("Camat", 0.5, ["S.STP., M.Si.", "S.Sos., M.AP."], []),
        ("Sekretaris Camat", 0.7, ["S.STP.", "S.Sos."], []),
        ("Kepala Seksi Pemerintahan", 1.5, ["S.Sos.", "S.IP."], []),
        ("Pengadministrasi Umum", 4, ["", ""], []),
        ("Lurah", 1, ["S.STP.", "S.Sos."], []),
    ],
}
HEAD_POSITIONS = (
    "Kepala Dinas",
    "Camat",
    "Kepala Sekolah",
    "Kepala Madrasah",
    "Kepala KUA",
    "Lurah",
    "Kepala Bidang",
)
# how people say their job in a bio
POSITION_BIO = [
    ("Guru Madrasah", ["Guru MAN/MTs", "Pendidik madrasah", "Guru madrasah"]),
    ("Guru", ["Guru", "Pendidik", "Pengajar", "Cikgu"]),
    ("Penghulu", ["Penghulu", "Penghulu KUA"]),
    ("Penyuluh Agama", ["Penyuluh Agama Islam", "Penyuluh agama", "PAI"]),
    ("Perawat", ["Perawat", "Nakes", "Perawat | Nakes"]),
    ("Bidan", ["Bidan", "Bidan desa", "Nakes"]),
    ("Dokter Gigi", ["Dokter gigi", "drg"]),
    ("Dokter", ["Dokter", "Dokter umum"]),
    ("Apoteker", ["Apoteker"]),
    ("Polisi Pamong Praja", ["Satpol PP", "Pol PP", "Anggota Satpol PP"]),
    ("Penyuluh Pertanian", ["Penyuluh pertanian", "PPL"]),
    ("Camat", ["Camat"]),
    ("Lurah", ["Lurah"]),
    ("Kepala Sekolah", ["Kepsek"]),
    ("Pranata Komputer", ["IT", "Pranata komputer", "Admin IT"]),
    ("Pengelola Keuangan", ["Bendahara", "Keuangan"]),
    ("Analis", ["Analis", "Abdi negara"]),
    ("Kepala", ["Pejabat", "Kabid", "Kasi"]),
    ("", ["Staf", "Pegawai"]),
]

# --- names -------------------------------------------------------------------------------
BANJAR_M_SINGLE = [
    "Rahmadi",
    "Syahrani",
    "Fahriannor",
    "Noorhadi",
    "Normansyah",
    "Riduan",
    "Jumberi",
    "Mahdiannor",
    "Saberi",
    "Hairiyadi",
    "Hamdani",
    "Aspihani",
    "Gazali",
    "Rizali",
    "Bahrani",
    "Arbani",
    "Junaidi",
    "Mukhlis",
    "Hasanuddin",
    "Syarifuddin",
    "Fahrurrazi",
    "Rusdiansyah",
    "Abdurrahman",
    "Taufik",
    "Yusran",
    "Ramli",
    "Zainal",
    "Khairil",
    "Rahmatullah",
    "Syaifullah",
    "Mahyudin",
    "Hairani",
]
BANJAR_LEAD = ["Muhammad", "Muhammad", "Ahmad", "Akhmad", "Abdul", "M.", "Muhammad"]
BANJAR_SECOND = [
    "Noor",
    "Rizani",
    "Jaini",
    "Hidayat",
    "Anwar",
    "Rahman",
    "Ilmi",
    "Fauzi",
    "Arsyad",
    "Yusuf",
    "Hadi",
    "Ridho",
    "Akbar",
    "Rasyid",
    "Hakim",
    "Ansyari",
    "Mahyuni",
    "Effendi",
    "Syahrian",
    "Kifli",
    "Rifani",
    "Mubarak",
    "Hilmi",
    "Rizky",
    "Fahmi",
    "Hairani",
    "Ridwan",
    "Noor Hadi",
]
BANJAR_F = [
    "Siti Rahmah",
    "Nurul Hidayah",
    "Rusmilawati",
    "Noorhayati",
    "Masliani",
    "Fitriani",
    "Rahmiati",
    "Normila",
    "Hamidah",
    "Rabiatul Adawiyah",
    "Siti Aisyah",
    "Nor Laila",
    "Jamilah",
    "Mariatul Kiptiah",
    "Raudah",
    "Rusdiana",
    "Hairunnisa",
    "Noor Aida",
    "Siti Maulida",
    "Mahmudah",
    "Rina Rahmawati",
    "Nurjannah",
    "Zakiah",
    "Syarifah",
    "Rabiah",
    "Norhasanah",
    "Siti Noorjanah",
    "Aulia Rahmi",
    "Husnul Khatimah",
    "Liana",
    "Noor Fitriah",
    "Hadijah",
    "Rahmawati",
    "Nurhayati",
    "Fatimah",
    "Siti Khadijah",
    "Mardiana",
    "Ernawati",
    "Noor Halimah",
    "Rosidah",
]
F_SECOND = [
    "Rahmani",
    "Hayati",
    "Safitri",
    "Maulidah",
    "Rahmah",
    "Amalia",
    "Fitria",
    "Khairunnisa",
    "Wulandari",
    "Ulfah",
    "Munawarah",
    "Yuliani",
    "Sari",
    "Hasanah",
    "Rosyidah",
    "Nafisah",
    "Febriani",
    "Ariani",
    "Lestari",
    "Agustina",
    "Mawaddah",
    "Azizah",
    "Hidayati",
    "Rusmini",
    "Norlatifah",
    "Paujiah",
    "Jannah",
    "Handayani",
    "Purnamasari",
    "Oktaviani",
    "Rizkiani",
    "Mulyani",
    "Anggraini",
    "Saidah",
    "Halimah",
]
BUGIS_M_SINGLE = [
    "Syamsuddin",
    "Ilham",
    "Jufri",
    "Baso",
    "Sulaeman",
    "Ansar",
    "Irwan",
    "Herman",
    "Mustari",
    "Haeruddin",
    "Asriadi",
    "Kamaruddin",
    "Arifuddin",
    "Zainuddin",
    "Amiruddin",
    "Syahrir",
    "Nasrullah",
    "Hasbullah",
    "Sudirman",
    "Ramli",
    "Makmur",
    "Muhlis",
    "Alimuddin",
    "Jamaluddin",
    "Basri",
    "Tahir",
    "Ridwan",
    "Rusli",
    "Akbar",
    "Idris",
    "Saharuddin",
    "Firman",
    "Rahman",
    "Darwis",
    "Mappe",
    "Sukri",
]
BUGIS_LEAD = ["Muhammad", "Muh.", "Abdul", "Abd.", "Ahmad", "Muhammad"]
DAENG = [
    "Tompo",
    "Nai",
    "Ngalle",
    "Sila",
    "Rowa",
    "Bali",
    "Lau",
    "Tata",
    "Sese",
    "Gassing",
    "Situju",
    "Bella",
]
BUGIS_F = [
    "Hasnawati",
    "Rahmawati",
    "Nurhaedah",
    "Jumriani",
    "Darmawati",
    "Besse",
    "Nurhayati",
    "Hasmiah",
    "Asriani",
    "Harniati",
    "Nurjannah",
    "Murniati",
    "Salmiah",
    "Rosmiati",
    "Megawati",
    "Haslinda",
    "Irmawati",
    "Kasmawati",
    "Sukmawati",
    "Hamsiah",
    "Nur Asia",
    "Wahidah",
    "Syamsiah",
    "Sitti Aminah",
    "Sitti Hasnah",
    "Sitti Rahmatia",
    "Tenri Ajeng",
    "Nurul Hikmah",
    "Ratnawati",
    "Juniati",
]
KAILI_M = [
    "Moh.",
    "Mohammad",
    "Muhammad",
    "Rizal",
    "Ahmad",
    "Hasan",
    "Arifin",
    "Yahya",
    "Syarif",
    "Ikhsan",
    "Aswin",
    "Rahmat",
    "Darwis",
    "Hendra",
    "Sofyan",
    "Andri",
    "Wahyudin",
    "Nasir",
    "Lukman",
    "Zulkifli",
    "Irfan",
    "Fadli",
]
KAILI_F = [
    "Nurhayati",
    "Sri Wahyuni",
    "Fatmawati",
    "Andriani",
    "Ratna",
    "Nurlela",
    "Hasna",
    "Mardiana",
    "Sarifah",
    "Rahmawati",
    "Nuraini",
    "Yulianti",
    "Wiwin",
    "Indah",
    "Sitti Nurbaya",
    "Asmawati",
]
KAILI_SUR = [
    "Lamasitudju",
    "Lagarutu",
    "Pakamundi",
    "Lamakampali",
    "Tombolotutu",
    "Labulu",
    "Lagimpu",
    "Pettalolo",
    "Lasawedi",
    "Lamarauna",
    "Lapasere",
    "Tojeng",
    "Lamadjido",
    "Borman",
    "Lamasigi",
    "Ponulele",
]
XIAN_M = [
    "Yohanes",
    "Markus",
    "Agustinus",
    "Yulius",
    "Paulus",
    "Dominikus",
    "Benediktus",
    "Yosef",
    "Stefanus",
    "Lukas",
    "Fransiskus",
    "Petrus",
    "Antonius",
    "Kristian",
    "Hendrikus",
    "Ignasius",
    "Matius",
    "Daniel",
    "Yakobus",
    "Simon",
]
XIAN_F = [
    "Maria",
    "Natalia",
    "Elisabeth",
    "Teresia",
    "Yuliana",
    "Agustina",
    "Veronika",
    "Katarina",
    "Lusia",
    "Margaretha",
    "Monika",
    "Anastasia",
    "Yohana",
    "Regina",
    "Debora",
    "Ester",
]
DAYAK = [
    "Lejau",
    "Ingan",
    "Lawing",
    "Ajang",
    "Hanyeq",
    "Belawan",
    "Anyeq",
    "Ngau",
    "Jalung",
    "Himuq",
    "Usat",
    "Lahang",
    "Bilung",
    "Ding",
    "Bulan",
    "Juk",
    "Lerang",
    "Ibau",
    "Hudoq",
    "Bahen",
    "Luhat",
    "Ngang",
    "Irang",
    "Avun",
    "Dalung",
]
TORAJA = [
    "Pasolang",
    "Tandirerung",
    "Rante Allo",
    "Sampe",
    "Kondo",
    "Pakiding",
    "Limbong",
    "Palimbong",
    "Bua",
    "Sarungallo",
    "Tandililing",
    "Pongsapan",
    "Batara",
    "Paembonan",
    "Rombe",
    "Tulak",
    "Tammu",
    "Patandung",
]
JAWA_M = [
    "Sutrisno",
    "Joko Santoso",
    "Suparman",
    "Slamet Riyadi",
    "Sugeng",
    "Bambang Supriyanto",
    "Agus Salim",
    "Wahyu Hidayat",
    "Budi Santoso",
    "Eko Prasetyo",
    "Sukamto",
    "Suyono",
    "Tri Wibowo",
    "Heru Susanto",
    "Jumadi",
    "Supriyadi",
    "Teguh Wiyono",
    "Cahyo Nugroho",
    "Sujarwo",
    "Darmaji",
    "Suryono",
    "Joko Purnomo",
    "Yusuf Effendi",
    "Catur Wahyudi",
    "Sujatmiko",
    "Budi Utomo",
]
JAWA_F = [
    "Sri Wahyuni",
    "Suyatmi",
    "Sulastri",
    "Sumarni",
    "Endang Sulistyowati",
    "Tri Handayani",
    "Siti Fatimah",
    "Dwi Lestari",
    "Sri Mulyani",
    "Yuni Astuti",
    "Rini Susilowati",
    "Puji Rahayu",
    "Sugiyarti",
    "Wiwik Indrawati",
    "Nur Khasanah",
    "Juwariyah",
    "Sri Rejeki",
    "Yuyun Cahyani",
]
ETHNIC_MIX = {
    "63": {"banjar": 66, "jawa": 20, "bugis": 6, "dayak": 4, "faker": 4},
    "64": {
        "jawa": 28,
        "banjar": 20,
        "bugis": 18,
        "kutai": 14,
        "dayak": 12,
        "toraja": 3,
        "faker": 5,
    },
    "64.07": {"dayak": 55, "kutai": 10, "jawa": 15, "banjar": 10, "bugis": 5, "faker": 5},
    "72": {"kaili": 45, "bugis": 20, "jawa": 14, "toraja": 8, "faker": 13},
    "73": {"bugis": 72, "toraja": 10, "jawa": 8, "faker": 7, "banjar": 3},
}
KIDS = [
    "Naufal",
    "Rafi",
    "Aisyah",
    "Zahra",
    "Alif",
    "Kenzo",
    "Azka",
    "Nabila",
    "Arkan",
    "Syifa",
    "Fathan",
    "Raisa",
    "Alya",
    "Dafa",
    "Ghazi",
    "Hafiz",
    "Kayla",
    "Zidan",
    "Ikhsan",
    "Salsa",
    "Rizky",
    "Fikri",
    "Nayla",
    "Adit",
    "Keisya",
    "Yusuf",
    "Aqila",
    "Gibran",
    "Citra",
    "Aldo",
    "Ical",
    "Ulfa",
]
TEKNO = {
    "banjar": (["Abah", "Abah", "Ayah"], ["Uma", "Umma", "Mama"]),
    "kutai": (["Abah", "Bapak"], ["Mama", "Umi"]),
    "bugis": (["Ambo", "Papa", "Abi"], ["Indo", "Mama", "Ummi"]),
    "kaili": (["Papa", "Abi"], ["Mama", "Ummi"]),
    "dayak": (["Papa", "Ama"], ["Mama", "Ina"]),
    "toraja": (["Papa", "Ambe'"], ["Mama", "Indo'"]),
    "jawa": (["Ayah", "Bapak", "Pak"], ["Bunda", "Ibu", "Mama"]),
    "faker": (["Ayah", "Papa", "Abi"], ["Bunda", "Mama", "Ummi"]),
}
NICK_PREFIX = {
    "banjar": (["Anang", "Utuh", "Aa"], ["Galuh", "Aluh", "Diang"]),
    "bugis": (["Daeng", "Puang", "Baso"], ["Besse", "Puang", "Indo"]),
    "kutai": (["Awang", "Anang"], ["Dayang", "Galuh"]),
    "jawa": (["Mas", "Cak", "Pak"], ["Mbak", "Bu", "Ning"]),
    "kaili": (["Om", "Papa"], ["Tante", "Mama"]),
    "dayak": (["Bang", "Om"], ["Kak", "Tante"]),
    "toraja": (["Bang", "Om"], ["Kak", "Tante"]),
    "faker": (["Bang", "Mas"], ["Kak", "Mbak"]),
}
NICK_MAP = {
    "Muhammad": ["Mamat", "Amat"],
    "Ahmad": ["Amat", "Mamat"],
    "Akhmad": ["Amat"],
    "Rizal": ["Ijal"],
    "Syamsuddin": ["Udin", "Cancu"],
    "Fitriani": ["Pipit", "Fitri"],
    "Nurhayati": ["Yati", "Nunung"],
    "Rahmawati": ["Ama", "Wati"],
    "Syahrani": ["Rani"],
    "Rahmadi": ["Madi"],
    "Hendra": ["Endra"],
    "Yohanes": ["Anes", "Yohan"],
    "Abdul": ["Dul"],
    "Zainuddin": ["Udin"],
    "Kamaruddin": ["Udin"],
    "Hasanuddin": ["Udin", "Hasan"],
    "Syarifuddin": ["Ipul"],
    "Syaifullah": ["Ipul"],
    "Fahriannor": ["Riyan"],
    "Mahdiannor": ["Mahdi"],
    "Normansyah": ["Iman"],
    "Ilham": ["Ilo"],
    "Irwan": ["Iwan"],
    "Ridwan": ["Iwan"],
    "Herman": ["Eman"],
    "Sudirman": ["Dirman"],
    "Joko": ["Jack"],
    "Budi": ["Bud"],
    "Eko": ["Eko"],
}
ALIASES = [
    "Pejuang Subuh",
    "Anak Sungai",
    "Si Bungsu",
    "Kai Ganal",
    "Urang Hulu",
    "Pencari Ridho",
    "Hamba Allah",
    "Langit Senja",
    "Pecinta Kopi",
    "Bujang Meratus",
    "Cewek Banua",
    "Lelaki Biasa",
    "Dayak Sejati",
    "Anak Rantau",
    "Pemburu Diskon",
    "To Ugi",
    "Anak Pesisir",
    "Mancing Mania Kalsel",
]
HONORIFIC = {"H.", "Hj.", "Dr.", "Ir.", "Drs.", "Dra.", "dr.", "drg."}


def to_old_spelling(s: str) -> str:
    out = (
        s.replace("j", "dj")
        .replace("J", "Dj")
        .replace("y", "j")
        .replace("Y", "J")
        .replace("c", "tj")
        .replace("C", "Tj")
    )
    return out.replace("u", "oe").replace("U", "Oe")


def to_new_spelling(s: str) -> str:
    out = (
        s.replace("dj", "\0")
        .replace("Dj", "\1")
        .replace("tj", "c")
        .replace("Tj", "C")
        .replace("j", "y")
        .replace("J", "Y")
    )
    return out.replace("\0", "j").replace("\1", "J").replace("oe", "u").replace("Oe", "U")


def pick_eth(rng: random.Random, region: str) -> str:
    mix = ETHNIC_MIX.get(region) or ETHNIC_MIX[region[:2]]
    return rng.choices(list(mix), weights=list(mix.values()))[0]


def gen_core(rng: random.Random, fk: Faker, eth: str, sex: str) -> tuple[str, str | None, str]:
    """A person's name without titles: (core, noble prefix or None, religion)."""
    m = sex == "M"
    noble = None
    religion = "islam"
    if eth == "banjar":
        if m:
            r = rng.random()
            core = (
                rng.choice(BANJAR_M_SINGLE)
                if r < 0.15
                else f"{rng.choice(BANJAR_LEAD)} {rng.choice(BANJAR_SECOND)}"
                if r < 0.7
                else f"{rng.choice(BANJAR_M_SINGLE)} {rng.choice(BANJAR_SECOND)}"
                if r < 0.85
                else f"{rng.choice(BANJAR_LEAD)} {rng.choice(BANJAR_SECOND)} {rng.choice(BANJAR_SECOND)}"
            )
            noble = "Gusti" if rng.random() < 0.05 else None
        else:
            core = rng.choice(BANJAR_F)
            if rng.random() < (0.85 if " " not in core else 0.55):
                core += " " + rng.choice(F_SECOND)
            noble = rng.choice(["Antung", "Antung", "Gusti"]) if rng.random() < 0.05 else None
    elif eth == "kutai":
        core = gen_core(rng, fk, "banjar", sex)[0]
        noble = (
            (rng.choice(["Aji", "Awang"]) if m else rng.choice(["Aji", "Dayang"]))
            if rng.random() < 0.35
            else None
        )
    elif eth == "bugis":
        if m:
            r = rng.random()
            core = (
                rng.choice(BUGIS_M_SINGLE)
                if r < 0.2
                else f"{rng.choice(BUGIS_M_SINGLE)} {rng.choice(BUGIS_M_SINGLE + BANJAR_SECOND)}"
                if r < 0.45
                else f"{rng.choice(BUGIS_LEAD)} {rng.choice(BUGIS_M_SINGLE)}"
                + (f" {rng.choice(BANJAR_SECOND)}" if rng.random() < 0.4 else "")
                if r < 0.88
                else f"{rng.choice(BUGIS_LEAD)} {rng.choice(BUGIS_M_SINGLE)} Dg. {rng.choice(DAENG)}"
            )
        else:
            r = rng.random()
            core = (
                rng.choice(BUGIS_F)
                if r < 0.35
                else f"{rng.choice(BUGIS_F)} {rng.choice(F_SECOND)}"
                if r < 0.75
                else f"{rng.choice(['Sitti', 'St.', 'Nur', 'A.'])} {rng.choice(BUGIS_F).split()[-1]}"
            )
        noble = "Andi" if rng.random() < 0.12 else None
    elif eth == "kaili":
        given = rng.choice(KAILI_M) if m else rng.choice(KAILI_F)
        if given in ("Moh.", "Mohammad", "Muhammad"):
            given += " " + rng.choice(KAILI_M[3:])
        core = f"{given} {rng.choice(KAILI_SUR)}" if rng.random() < 0.65 else given
    elif eth in ("dayak", "toraja"):
        religion = "kristen"
        given = rng.choice(XIAN_M if m else XIAN_F)
        if rng.random() < 0.3:
            given += " " + rng.choice(XIAN_M if m else XIAN_F)
        core = f"{given} {rng.choice(DAYAK if eth == 'dayak' else TORAJA)}"
    elif eth == "jawa":
        core = (
            rng.choice(JAWA_M if m else JAWA_F)
            if rng.random() < 0.35
            else (fk.first_name_male() if m else fk.first_name_female()) + " " + fk.last_name()
        )
        religion = "islam" if rng.random() < 0.9 else "kristen"
    else:
        core = fk.first_name_male() if m else fk.first_name_female()
        if rng.random() < 0.6:
            core += " " + fk.last_name()
        religion = "islam" if rng.random() < 0.7 else "kristen"
    if eth not in ("faker", "dayak", "toraja") and rng.random() < 0.12:  # modern given names
        first = fk.first_name_male() if m else fk.first_name_female()
        core = f"{first} {core.split()[-1]}" if rng.random() < 0.6 else f"{core.split()[0]} {first}"
    if noble:
        core = f"{noble} {core}"
    return core, noble, religion


def strip_noble(core: str) -> str:
    return re.sub(r"^(Gusti|Antung|Andi|Aji|Awang|Dayang)\s+", "", core)


SPELL_SWAPS = [
    (r"\bMuhammad\b", ["Muhamad", "Mohammad", "Moh.", "Muh.", "M.", "Mhd.", "Mochamad"]),
    (r"\bMuh\.", ["Muhammad", "Muhamad", "Muh"]),
    (r"\bMoh\.", ["Mohammad", "Muhammad", "Moh"]),
    (r"\bM\.", ["Muhammad", "Muhamad", "M"]),
    (r"\bAkhmad\b", ["Ahmad", "Achmad"]),
    (r"\bAhmad\b", ["Akhmad", "Achmad"]),
    (r"\bNoor", ["Nor", "Nur"]),
    (r"\bNor", ["Noor"]),
    (r"\bSitti\b", ["Siti", "St."]),
    (r"\bSt\.", ["Sitti", "Siti"]),
    (r"\bSiti\b", ["Sitti"]),
    (r"\bAbd\.", ["Abdul", "Abd"]),
    (r"\bAbdul\b", ["Abd.", "Abdoel"]),
    (r"uddin\b", ["udin"]),
    (r"\bDg\.", ["Daeng", "Dg"]),
    (r"\bZainal\b", ["Zaenal"]),
    (r"aed", ["aid"]),
    (r"\bSyarif", ["Sarif", "Syarief"]),
    (r"\bYohanes\b", ["Johanes", "Yohannes"]),
    (r"\bYulius\b", ["Julius"]),
    (r"Effendi\b", ["Efendi", "Effendy"]),
    (r"\bRizky\b", ["Rizki", "Rizqi"]),
    (r"\bFauzi\b", ["Fauzy"]),
    (r"\bKhairil\b", ["Hairil", "Chairil"]),
    (r"\bHairani\b", ["Khairani"]),
    (r"\bFitriani\b", ["Fitriyani"]),
    (r"\bSyamsiah\b", ["Samsiah"]),
]


def spelling_variant(rng: random.Random, core: str, eth: str) -> str:
    if eth == "jawa" or re.search(r"oe|dj|tj", core):
        alt = (
            to_new_spelling(core)
            if re.search(r"oe|dj|tj|Dj|Tj|Oe", core)
            else to_old_spelling(core)
        )
        if alt != core:
            return alt
    hits = [(p, alts) for p, alts in SPELL_SWAPS if re.search(p, core)]
    if not hits:
        return core.lower() if rng.random() < 0.5 else core.upper()
    p, alts = rng.choice(hits)
    return re.sub(p, rng.choice(alts), core, count=1)


def nickname(rng: random.Random, core: str, eth: str, sex: str) -> str:
    words = [
        w
        for w in strip_noble(core).split()
        if len(w.strip(".")) > 2 and w not in ("Dg.", "Siti", "Sitti", "Nur")
    ]
    if not words:
        words = core.split()
    w = rng.choice(words)
    nick = (
        rng.choice(NICK_MAP[w])
        if w in NICK_MAP
        else (w[-4:].capitalize() if len(w) > 5 and rng.random() < 0.6 else w)
    )
    pre = NICK_PREFIX.get(eth, NICK_PREFIX["faker"])[0 if sex == "M" else 1]
    r = rng.random()
    if r < 0.45:
        return f"{rng.choice(pre)} {nick}"
    if r < 0.8:
        return f"{nick} {rng.choice(['Bjb', 'Banjar', 'Official', 'Banua', 'Mks', 'Palu', 'Kukar', 'Smd', 'Bone', 'Sigi', 'Ajah', 'Real', '88', 'Kalsel'])}"
    return nick


def initials_variant(rng: random.Random, core: str) -> str:
    words = core.replace("Dg.", "Dg").split()
    if len(words) == 1:
        return core
    if rng.random() < 0.5:
        return " ".join([words[0][0] + "."] + words[1:])
    return " ".join(words[:-1] + [words[-1][0] + "."])


def partial_variant(rng: random.Random, core: str) -> str:
    base = strip_noble(core)
    words = base.split()
    if base != core and rng.random() < 0.4:
        return base
    if core.startswith("Andi ") and rng.random() < 0.5:
        return "A. " + base
    if len(words) >= 3:
        return " ".join(words[1:]) if rng.random() < 0.5 else " ".join(words[:2])
    if len(words) == 2:
        return (
            words[1]
            if words[0]
            in (
                "Muhammad",
                "M.",
                "Muh.",
                "Moh.",
                "Ahmad",
                "Akhmad",
                "Abdul",
                "Abd.",
                "Siti",
                "Sitti",
                "St.",
            )
            else words[0]
        )
    return core


def norm_name(s: str) -> str:
    """Loose normal form used only to decide whether a public person is an employee's namesake."""
    s = s.split(",")[0]
    s = (to_new_spelling(s) if re.search(r"oe|dj|tj|sj", s, re.IGNORECASE) else s).lower()
    s = re.sub(r"\b(h|hj|dr|ir|drs|dra|drg|prof)\.\s*", " ", s)
    s = re.sub(r"\b(muhamad|mohammad|mochamad|mohamad|moh|muh|mhd|m)\b\.?", "muhammad", s)
    for a, b in (
        (r"\b(akhmad|achmad)\b", "ahmad"),
        (r"\b(noor|nor)", "nur"),
        (r"\b(sitti|st)\b\.?", "siti"),
        (r"\b(abd|abdoel)\b\.?", "abdul"),
        (r"uddin\b", "udin"),
        (r"\bdg\b\.?", "daeng"),
        (r"effendy|efendi", "effendi"),
        (r"rizki|rizqi", "rizky"),
        (r"zaenal", "zainal"),
    ):
        s = re.sub(a, b, s)
    return " ".join(re.sub(r"[^a-z' ]", " ", s).split())


def title_case(s: str) -> str:
    return " ".join(
        w if w.isupper() and len(w) <= 3 else w[:1].upper() + w[1:].lower() for w in s.split()
    )


class Ids:
    """Platform-shaped unique ids, handles and timestamps."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.handles: set[tuple[str, str]] = set()

    def user_id(self, platform: str) -> str:
        r = self.rng
        while True:
            if platform == "facebook":
                u = "1000" + "".join(r.choices(string.digits, k=11))
            elif platform == "instagram":
                u = str(r.randint(10**8, 6 * 10**10))
            elif platform == "x":
                u = (
                    str(r.randint(10**8, 4 * 10**9))
                    if r.random() < 0.4
                    else str(r.randint(10**17, 18 * 10**17))
                )
            elif platform == "tiktok":
                u = str(r.randint(6 * 10**18, 7 * 10**18))
            elif platform == "youtube":
                u = "UC" + "".join(r.choices(string.ascii_letters + string.digits + "_-", k=22))
            else:
                u = str(r.randint(10**5, 10**9))
            if (platform, u) not in self.used:
                self.used.add((platform, u))
                return u

    def handle(self, platform: str, name: str, extra: str = "") -> str | None:
        r = self.rng
        if platform == "facebook" and r.random() < 0.35:
            return None
        words = [
            w
            for w in re.sub(r"[^a-z ]", " ", name.lower().replace("'", "")).split()
            if w not in ("h", "hj", "dr", "drs", "ir", "s", "pd", "m", "si")
        ]
        words = words or ["user"]
        sep = r.choice(["", ".", "_", ""])
        style = r.random()
        if style < 0.35 or len(words) == 1:
            h = sep.join(words[:3])
        elif style < 0.55:
            h = words[0] + sep + words[-1]
        elif style < 0.7:
            h = words[0][0] + sep + words[-1]
        else:
            h = (
                words[0]
                + sep
                + (
                    extra
                    or r.choice(
                        [
                            "bjb",
                            "banjar",
                            "kalsel",
                            "mks",
                            "palu",
                            "smd",
                            "kukar",
                            "bone",
                            "official",
                            "real",
                            "id",
                        ]
                    )
                )
            )
        if r.random() < 0.45:
            h += r.choice(
                [str(r.randint(70, 99)), str(r.randint(1, 999)), "_", str(r.randint(2000, 2012))]
            )
        h = h[:28] if platform != "facebook" else h[:40]
        while (platform, h) in self.handles:
            h = h + str(r.randint(0, 9))
        self.handles.add((platform, h))
        return h


def fmt_ts(rng: random.Random, dt: datetime) -> str:
    r = rng.random()
    if r < 0.6:
        return dt.astimezone(WITA).isoformat(timespec="seconds")
    if r < 0.85:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.astimezone(WITA).strftime(
        "%Y-%m-%dT%H:%M:%S"
    )  # no offset: read in the bundle's timezone


def pos_bio(rng: random.Random, position: str) -> str:
    for key, opts in POSITION_BIO:
        if key in position:
            return rng.choice(opts)
    return "Staf"


PERSONAL = {
    "63": [
        "Urang Banjar asli",
        "Alumni ULM",
        "Alumni UIN Antasari",
        "Jamaah pengajian Sekumpul",
        "Urang Banua",
        "Pecinta soto Banjar",
    ],
    "64": ["Alumni Unmul", "Benua Etam", "Anak Mahakam", "Tepian Mahakam"],
    "72": ["Alumni Untad", "To Kaili", "Palu Bangkit", "Penyintas 28-9-2018"],
    "73": ["Alumni UNHAS", "Alumni UNM", "Ewako!", "Bugis Bone asli", "Anak Makassar"],
}
PERSONAL_ANY = [
    "Ayah dari 3 anak",
    "Istri & ibu",
    "Hidup adalah perjuangan",
    "Pecinta kopi",
    "Mancing mania",
    "Allah dulu, Allah lagi, Allah terus",
    "Bismillah",
    "Sabar & syukur",
    "Keluarga nomor satu",
    "Penikmat senja",
    "Suka jalan-jalan",
    "Wong Jowo nang Kalimantan",
    "Tuhan Yesus baik",
]
PUBLIC_BIO = [
    "Pedagang",
    "IRT",
    "Ibu rumah tangga",
    "Wiraswasta",
    "Petani sawit",
    "Nelayan",
    "Driver ojol",
    "Karyawan swasta",
    "Jualan online, cek IG",
    "Pensiunan guru",
    "Tukang bangunan",
    "Buruh tambang",
    "Reseller gamis",
    "Sopir travel",
    "Karyawan tambang batubara",
    "Petani karet",
    "Penjual pentol",
    "Perawat RS swasta",
    "Guru honorer",
    "Bidan praktik mandiri",
    "Anggota Polri",
    "Prajurit TNI AD",
    "Karyawan BUMN",
    "Kepala Desa",
    "Perangkat desa",
    "Santri",
    "Pengusaha sarang walet",
    "Mahasiswa",
    "Content creator",
    "Open jasa desain",
    "Tenaga kontrak",
]


def employee_bio(rng: random.Random, e: dict, level: str) -> str:
    ag = e["agency"]
    short = rng.choice(ag["short"])
    pos = pos_bio(rng, e["position"])
    prov = e["region"][:2]
    if level == "agency":
        core = rng.choice(
            [
                f"ASN {short}",
                f"PNS {short}",
                f"Abdi negara @ {short}",
                f"Bekerja di {short}",
                f"{pos} | {short}",
                f"{pos} di lingkungan {short}",
                f"{'PPPK' if e['etype'] == 'PPPK' else 'ASN'} {short}",
            ]
        )
    elif level == "unit":
        us = e["unit_short"]
        if e["sector"] == "office" and rng.random() < 0.6:
            us = f"{us} {rng.choice(ag['short']).split()[-1]}"
        core = rng.choice([f"{pos} {us}", f"{pos} di {us}", f"{us}", f"Pengabdian di {us}"])
    elif level == "position":
        core = rng.choice(
            [pos, f"{pos} 🇮🇩", f"{pos} | {rng.choice(PERSONAL.get(prov, PERSONAL_ANY))}"]
        )
    elif level == "generic":
        core = rng.choice(
            [
                "Abdi negara 🇮🇩",
                "ASN BerAKHLAK",
                "PNS biasa",
                "Pelayan masyarakat",
                "#BanggaMelayaniBangsa",
                "ASN | Ayah | Suami",
                "Abdi negara, abdi masyarakat",
            ]
            + (["PPPK 2023 ✨", "PPPK alhamdulillah"] if e["etype"] == "PPPK" else [])
        )
    elif level == "personal":
        core = rng.choice(PERSONAL.get(prov, PERSONAL_ANY) + PERSONAL_ANY)
    else:
        return ""
    if level != "personal" and rng.random() < 0.35:
        core = rng.choice(
            [
                f"{core} | {rng.choice(PERSONAL_ANY)}",
                f"{rng.choice(PERSONAL_ANY)}\n{core}",
                f"{core} • {rng.choice(PERSONAL.get(prov, PERSONAL_ANY))}",
            ]
        )
    return core


def location_for(rng: random.Random, region: str) -> str:
    r = rng.random()
    if r < 0.75:
        return rng.choice(REGIONS[region][2])
    if r < 0.95:
        return rng.choice(PROVINCES[region[:2]][1])
    return "Indonesia"


def make_nip(
    rng: random.Random, birth: date, sex: str, etype: str, pppk_style: str, used: set[str]
) -> tuple[str, int]:
    while True:
        if etype == "PPPK":
            year = rng.choice([2021, 2022, 2023, 2024])
            mid = f"{year}21" if pppk_style == "real" else f"{year}{rng.choice([1, 3, 4]):02d}"
        else:
            year = rng.randint(max(birth.year + 20, 1988), 2022)
            mid = f"{year}{rng.choice([1, 1, 1, 2, 3, 3, 4, 12]):02d}"
        nip = f"{birth:%Y%m%d}{mid}{'1' if sex == 'M' else '2'}{rng.randint(1, 40 if rng.random() < 0.8 else 999):03d}"
        if nip not in used:
            used.add(nip)
            return nip, year


def build_roster(
    rng: random.Random, fk: Faker, n: int, pppk_style: str
) -> tuple[list[dict], dict[str, dict]]:
    agencies = {
        a[0]: {
            "code": a[0],
            "name": a[1],
            "parent": a[2],
            "region": a[3],
            "kind": a[4],
            "short": a[5],
            "work": a[6],
            "w": a[7],
        }
        for a in AGENCIES
    }
    staffed = [a for a in agencies.values() if a["w"] > 0]
    used: set[str] = set()
    roster = []
    for _ in range(n):
        ag = rng.choices(staffed, weights=[a["w"] for a in staffed])[0]
        region = rng.choice(ag["work"])
        regname, _, locs, kecs = REGIONS[region]
        units = UNITS["pemda" if ag["kind"] == "pemda" else ag["kind"]]
        tmpl, stmpl, sector, _w = rng.choices(units, weights=[u[3] for u in units])[0]
        fill = {
            "kec": rng.choice(kecs),
            "n": rng.randint(1, 14),
            "town": locs[0],
            "regname": regname,
        }
        unit, unit_short = tmpl.format(**fill), stmpl.format(**fill)
        if ag["kind"] == "prov" and unit.startswith("RSUD"):
            unit = unit_short = "RSUD Ulin" if ag["code"] == "PROV-63" else "RSUD Undata"
        pos, _pw, degs, pres = rng.choices(
            POSITIONS[sector], weights=[p[1] for p in POSITIONS[sector]]
        )[0]
        pos = pos.format(seksi=rng.choice(SEKSI))
        sex = (
            "F"
            if (("Bidan" in pos) and rng.random() < 0.97)
            or rng.random() < (0.62 if sector in ("school", "health") else 0.4)
            else "M"
        )
        etype = (
            "PPPK"
            if rng.random() < (0.3 if sector in ("school", "health", "madrasah") else 0.08)
            and pos not in HEAD_POSITIONS
            else "PNS"
        )
        age = rng.randint(24, 57) if etype == "PNS" else rng.randint(26, 52)
        if any(h in pos for h in HEAD_POSITIONS):
            age = rng.randint(40, 57)
        birth = date(2024 - age, rng.randint(1, 12), rng.randint(1, 28))
        nip, _appt = make_nip(rng, birth, sex, etype, pppk_style, used)
        eth = pick_eth(rng, region)
        core, noble, religion = gen_core(rng, fk, eth, sex)
        if eth == "jawa" and birth.year < 1976 and rng.random() < 0.4:
            core = to_old_spelling(core)
        pre = [p for p in [rng.choice(pres)] if p] if pres else []
        if religion == "islam" and age >= 35 and rng.random() < (0.18 + 0.01 * (age - 35)):
            pre.append("H." if sex == "M" else "Hj.")
        if not pre and rng.random() < 0.04 and age > 45:
            pre = ["Dr."]
        deg = rng.choice(degs)
        if any(p in ("Drs.", "Ir.") for p in pre):
            deg = rng.choice(["", "M.Si.", "M.M.", "M.T."])
        if deg in ("Dra.", "Drs."):
            pre.insert(0, "Dra." if sex == "F" else "Drs.")
            deg = ""
        if sex == "F":
            pre = ["Dra." if p == "Drs." else p for p in pre]
        full = name_orig = " ".join(pre + [core]) + (f", {deg}" if deg else "")
        if ag["code"] in ("KAB-6307", "KAB-7308") and rng.random() < 0.7:
            full = full.upper()  # these regencies' personnel system exports names in capitals
        status = "inactive" if rng.random() < 0.03 else "active"
        roster.append(
            {
                "nip": nip,
                "name": full,
                "name_orig": name_orig,
                "core": core,
                "noble": noble,
                "eth": eth,
                "sex": sex,
                "religion": religion,
                "agency": ag,
                "unit": unit,
                "unit_short": unit_short,
                "sector": sector,
                "position": pos,
                "etype": etype,
                "region": region,
                "status": status,
                "age": age,
                "titled": bool(pre or deg),
            }
        )
    return roster, agencies


def post_id(rng: random.Random, platform: str, author: str) -> str:
    if platform == "facebook":
        return f"{author}_{rng.randint(10**15, 10**16 - 1)}"
    if platform == "youtube":
        return "".join(rng.choices(string.ascii_letters + string.digits + "_-", k=11))
    return str(rng.randint(17 * 10**17, 19 * 10**17))


def post_url(platform: str, handle: str | None, uid: str, pid: str) -> str:
    h = handle or uid
    return {
        "x": f"https://x.com/{h}/status/{pid}",
        "facebook": f"https://www.facebook.com/{uid}/posts/{pid.split('_')[-1]}",
        "instagram": f"https://www.instagram.com/p/{pid[-11:]}/",
        "tiktok": f"https://www.tiktok.com/@{h}/video/{pid}",
        "youtube": f"https://www.youtube.com/watch?v={pid}",
    }.get(platform, f"https://example.org/{h}/{pid}")


def rand_dt(rng: random.Random, start: date, end: date) -> datetime:
    days = (end - start).days
    d = start + timedelta(days=rng.randint(0, max(days, 0)))
    hour = rng.choices(
        range(24), weights=[1, 1, 1, 1, 2, 4, 6, 7, 6, 5, 5, 5, 6, 5, 4, 4, 5, 6, 7, 9, 10, 9, 6, 3]
    )[0]
    return datetime(
        d.year, d.month, d.day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=WITA
    )


DECL_POSTS = [
    "Apel pagi bersama jajaran {u}",
    "Kegiatan posyandu di wilayah {k}",
    "Selamat Hari Guru Nasional 2024",
    "Rapat koordinasi di {u}",
    "Alhamdulillah, pelantikan PPPK formasi 2023",
    "Jumat bersih di lingkungan {u}",
    "Vaksinasi anak sekolah hari ini",
    "Banjir di {k}, tetap waspada",
    "Pelayanan KTP-el keliling di {k}",
    "Bimtek penyusunan anggaran",
    "Upacara HUT RI ke-79 di {k}",
    "Lomba kebersihan antar sekolah",
    "Sosialisasi stunting bersama kader",
    "Syukuran purna tugas rekan kami",
    "Bakti sosial di {k}",
]


def build_declared(rng: random.Random, ids: Ids, roster: list[dict]) -> list[dict]:
    by_ag: dict[str, list[dict]] = defaultdict(list)
    for e in roster:
        if e["status"] == "active":
            by_ag[e["agency"]["code"]].append(e)
    accounts = []
    for _code, emps in sorted(by_ag.items()):
        for e in rng.sample(emps, min(len(emps), rng.randint(5, 12))):
            plats = rng.sample(
                ["facebook", "facebook", "instagram", "instagram", "tiktok", "x", "youtube"],
                rng.choice([1, 1, 1, 2]),
            )
            plats = list(dict.fromkeys(plats))
            base_handle = None
            for pl in plats:
                disp = e["name_orig"] if rng.random() < 0.35 else e["core"]
                if base_handle is None or rng.random() < 0.4:
                    h = ids.handle(pl, e["core"])
                else:
                    h = (
                        base_handle
                        if (pl, base_handle) not in ids.handles
                        else base_handle + rng.choice(["_", ".id", "2"])
                    )
                    ids.handles.add((pl, h))
                base_handle = base_handle or h
                uid = ids.user_id(pl)
                acc = {
                    "nip": e["nip"],
                    "platform": pl,
                    "handle": h,
                    "user_id": uid,
                    "display_name": disp,
                    "emp": e,
                    "declared_at": f"{date(2023, 3, 1) + timedelta(days=rng.randint(0, 480)):%Y-%m-%d}",
                    "approved": rng.choice(["true", "true", "true", ""]),
                    "posts": [],
                    "bio": employee_bio(
                        rng, e, rng.choice(["agency", "unit", "position", "personal", "none"])
                    ),
                    "location": location_for(rng, e["region"]),
                }
                acc["id_in_csv"] = not (
                    pl != "facebook" and h and rng.random() < 0.1
                )  # some forms only give the handle
                kec = rng.choice(REGIONS[e["region"]][3])
                for _ in range(rng.randint(2, 6)):
                    pid = post_id(rng, pl, uid)
                    acc["posts"].append(
                        {
                            "post_id": pid,
                            "at": rand_dt(rng, date(2024, 3, 1), date(2024, 12, 15)),
                            "text": rng.choice(DECL_POSTS).format(u=e["unit_short"], k=kec),
                            "url": post_url(pl, h, uid, pid),
                        }
                    )
                accounts.append(acc)
    return accounts


ELECTIONS = [
    (
        "PILGUB-KALSEL-2024",
        "Pemilihan Gubernur dan Wakil Gubernur Kalimantan Selatan 2024",
        "63",
        3,
        "banjar",
        "Banua",
        "KS",
    ),
    (
        "PILWALKOT-PALU-2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Palu 2024",
        "72.71",
        2,
        "kaili",
        "Palu",
        "PL",
    ),
    (
        "PILBUP-BONE-2024",
        "Pemilihan Bupati dan Wakil Bupati Bone 2024",
        "73.08",
        2,
        "bugis",
        "Bone",
        "BN",
    ),
]
STAGES = [
    ("candidacy", "2024-08-27", "2024-09-22"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-27", "2024-12-16"),
]
WINDOW = (date(2024, 8, 27), date(2024, 12, 16))
PARTIES = [
    "Partai Banua Maju",
    "Partai Karya Rakyat",
    "Partai Amanah Bangsa",
    "Partai Suara Nusantara",
    "Partai Pelita Umat",
]
CAMPAIGN_POSTS = [
    "Bersama membangun {p} yang lebih maju! {tag}",
    "Terima kasih warga {k} atas sambutan hangatnya 🙏",
    "Nomor {n}, pilihan rakyat! {tag}",
    "Saksikan debat publik malam ini, dukung nomor {n}",
    "Silaturahmi dengan alim ulama dan tokoh masyarakat {k}",
    "Program kami: sekolah gratis, berobat gratis. {tag}",
    "Kampanye akbar di lapangan {k}, hadiri!",
    "Insyaallah 27 November kita menang. {tag}",
    "Blusukan ke pasar {k} pagi ini",
    "Doakan kami amanah. Coblos nomor {n}!",
]
PRE_POSTS = [
    "Silaturahmi bersama warga {k}",
    "Selamat Idul Adha 1445 H",
    "Menyerap aspirasi petani di {k}",
    "Mohon doa restu untuk langkah ke depan",
]


def build_targets(
    rng: random.Random, fk: Faker, ids: Ids
) -> tuple[list[dict], list[dict], list[dict], dict[str, list[dict]]]:
    trows: list[dict] = []
    erows: list[dict] = []
    krows: list[dict] = []
    accounts: dict[str, list[dict]] = defaultdict(
        list
    )  # election id (or "party") -> target accounts with posts

    def add_account(
        eid: str,
        tid: str,
        name: str,
        kind: str,
        ballot: str,
        party: str,
        pl: str,
        hname: str,
        place: str,
        kecs: list[str],
        n: int,
        tag: str,
    ) -> None:
        uid = ids.user_id(pl)
        h = ids.handle(
            "instagram" if pl == "facebook" else pl,
            hname,
            extra=rng.choice(["official", str(n), "id"]),
        )
        trows.append(
            {
                "target_id": tid,
                "name": name,
                "kind": kind,
                "election_id": eid if kind != "party" else "",
                "ballot_number": ballot,
                "party": party,
                "platform": pl,
                "handle": h,
                "user_id": uid,
            }
        )
        acc = {
            "target_id": tid,
            "platform": pl,
            "user_id": uid,
            "handle": h,
            "posts": [],
            "group": "REL" in tid,
            "n": n,
            "tag": tag,
            "place": place,
        }
        for _ in range(rng.randint(10, 22)):
            at = (
                rand_dt(rng, date(2024, 6, 1), date(2024, 8, 26))
                if rng.random() < 0.15
                else rand_dt(rng, WINDOW[0], date(2024, 12, 10))
            )
            text = rng.choice(PRE_POSTS if at.date() < WINDOW[0] else CAMPAIGN_POSTS).format(
                p=place, k=rng.choice(kecs), n=n, tag=tag
            )
            pid = post_id(rng, pl, uid)
            acc["posts"].append(
                {"post_id": pid, "at": at, "text": text, "url": post_url(pl, h, uid, pid)}
            )
        accounts[eid if kind != "party" else "party"].append(acc)

    for eid, ename, region, pairs, eth, place, pre in ELECTIONS:
        for st, a, b in STAGES:
            erows.append(
                {
                    "election_id": eid,
                    "name": ename,
                    "contest": "regional_head",
                    "region_code": region,
                    "stage": st,
                    "starts_on": a,
                    "ends_on": b,
                }
            )
        kecs = [k for c, r in REGIONS.items() if c.startswith(region) for k in r[3]]
        for n in range(1, pairs + 1):
            party = ", ".join(rng.sample(PARTIES, rng.randint(1, 3)))
            head = gen_core(rng, fk, eth, "M")[0]
            dep = gen_core(rng, fk, rng.choice([eth, "jawa", "bugis"]), rng.choice("MMF"))[0]
            short = (strip_noble(head).split()[-1][:3] + strip_noble(dep).split()[-1][:3]).upper()
            tag = f"#{short}{place.replace(' ', '')}"
            krows += [
                {"target_id": f"{pre}-{n:02d}", "term": t}
                for t in (
                    tag,
                    short,
                    f"coblos nomor {n}",
                    f"#{place.replace(' ', '')}Nomor{n}",
                    f"{n} jari",
                )
            ]
            add_account(
                eid,
                f"{pre}-{n:02d}",
                f"H. {head}, S.E., M.M.",
                "candidate",
                str(n),
                party,
                "facebook",
                head,
                place,
                kecs,
                n,
                tag,
            )
            for pl in (
                ["instagram", "tiktok"]
                + (["x"] if rng.random() < 0.6 else [])
                + (["youtube"] if rng.random() < 0.3 else [])
            ):
                add_account(
                    eid,
                    f"{pre}-{n:02d}",
                    f"H. {head}, S.E., M.M.",
                    "candidate",
                    str(n),
                    party,
                    pl,
                    head,
                    place,
                    kecs,
                    n,
                    tag,
                )
            for pl in ("facebook", "instagram"):
                add_account(
                    eid,
                    f"{pre}-{n:02d}W",
                    dep,
                    "candidate",
                    str(n),
                    party,
                    pl,
                    dep,
                    place,
                    kecs,
                    n,
                    tag,
                )
                add_account(
                    eid,
                    f"{pre}-{n:02d}-TIM",
                    f"Tim Pemenangan {short} Nomor {n}",
                    "campaign_team",
                    str(n),
                    party,
                    pl,
                    f"tim {short} {place}",
                    place,
                    kecs,
                    n,
                    tag,
                )
            add_account(
                eid,
                f"{pre}-{n:02d}-REL",
                f"Relawan {short} {place} Bersatu",
                "campaign_team",
                str(n),
                party,
                "facebook",
                f"relawan {short}",
                place,
                kecs,
                n,
                tag,
            )
            if eid.startswith("PILGUB"):
                for pl in ("tiktok", "x"):
                    add_account(
                        eid,
                        f"{pre}-{n:02d}-BZ",
                        f"Info {place} Terkini (buzzer {short})",
                        "campaign_team",
                        str(n),
                        party,
                        pl,
                        f"info {place} terkini",
                        place,
                        kecs,
                        n,
                        tag,
                    )
    trows.append(
        {
            "target_id": "KS-PJ",
            "name": f"Penjabat Gubernur Kalimantan Selatan ({title_case(gen_core(rng, fk, 'jawa', 'M')[0])})",
            "kind": "official",
            "election_id": "PILGUB-KALSEL-2024",
            "ballot_number": "",
            "party": "",
            "platform": "",
            "handle": "",
            "user_id": "",
        }
    )
    for i, p in enumerate(PARTIES[:3], 1):
        for pl in ("facebook", "instagram"):
            add_account(
                "",
                f"PRT-{i}",
                f"DPW {p} Kalimantan Selatan",
                "party",
                "",
                p,
                pl,
                p,
                "Kalsel",
                REGIONS["63.72"][3],
                0,
                f"#{p.replace(' ', '')}",
            )
    return trows, erows, krows, accounts


# --- undeclared actors ---------------------------------------------------------------------
ELSEWHERE = [
    "Yogyakarta",
    "Surabaya",
    "Malang",
    "Jakarta",
    "Makassar",
    "Banjarmasin",
    "Balikpapan",
    "Kediri",
    "Bandung",
]


def display_variant(rng: random.Random, e: dict, style: str) -> str:
    core = e["core"]
    if style == "titled":
        full = e["name_orig"]
        r = rng.random()
        return (
            full
            if r < 0.4
            else full.split(",")[0]
            if r < 0.75
            else re.sub(r"^((H|Hj|Dr|Ir|Drs|Dra|dr|drg)\.\s+)+", "", full)
        )
    if style == "lower":
        return rng.choice([core.lower(), strip_noble(core).lower(), core.lower().replace(".", "")])
    if style == "upper":
        return core.upper()
    if style == "spelling":
        return spelling_variant(rng, core, e["eth"])
    if style == "initials":
        return initials_variant(rng, core)
    if style == "partial":
        return partial_variant(rng, core)
    if style == "nickname":
        return nickname(rng, core, e["eth"], e["sex"])
    if style == "teknonym":
        t = TEKNO.get(e["eth"], TEKNO["faker"])[0 if e["sex"] == "M" else 1]
        tk = f"{rng.choice(t)} {rng.choice(KIDS)}"
        return f"{tk} ({strip_noble(core).split()[0]})" if rng.random() < 0.25 else tk
    if style == "alias":
        return rng.choice(ALIASES)
    return core


def actor(
    ids: Ids,
    rng: random.Random,
    platform: str,
    display: str,
    bio: str,
    loc: str,
    kind: str,
    sub: str,
    nip: str | None,
    mirror: str | None,
    region: str,
    handle: str | None = None,
    handle_src: str | None = None,
) -> dict:
    if handle is None:
        handle = ids.handle(platform, handle_src or display)
    return {
        "platform": platform,
        "user_id": ids.user_id(platform),
        "handle": handle,
        "display_name": display,
        "bio": bio,
        "location": loc,
        "kind": kind,
        "sub_kind": sub,
        "nip": nip,
        "mirror_nip": mirror,
        "region": region,
        "evidence": [],
        "colleague_pool": None,
        "own_declared": [],
    }


def public_bio(
    rng: random.Random, region: str, agency_short: list[str] | None = None
) -> tuple[str, str]:
    town = REGIONS[region][2][0]
    r = rng.random()
    if r < 0.38:
        return "", "no_bio"
    if r < 0.70:
        return rng.choice(PUBLIC_BIO), "public_bio"
    if r < 0.86:
        return rng.choice(
            [
                f"Warga {town}",
                "Urang Banua" if region.startswith("63") else f"Asli {town}",
                f"Asli {town}",
                f"{town} | {rng.choice(PERSONAL_ANY)}",
                f"{rng.choice(PUBLIC_BIO)} | {town}",
            ]
        ), "local_bio"
    if r < 0.96:
        return rng.choice(OTHER_EMPLOYERS), "asn_other_agency"
    if agency_short and r < 0.985:
        return rng.choice(
            [
                f"Honorer {agency_short[0]}",
                f"Tenaga kontrak {agency_short[-1]}",
                f"Pensiunan PNS {agency_short[0]}",
            ]
        ), "honorer_or_retired_same_agency"
    return rng.choice(["Mantan ASN", "Pensiunan", "Purnabakti"]), "retired"


def build_actors(
    rng: random.Random, fk: Faker, ids: Ids, roster: list[dict], declared: list[dict], n_emp: int
) -> list[dict]:
    active = [e for e in roster if e["status"] == "active"]
    decl_by_nip: dict[str, list[dict]] = defaultdict(list)
    decl_by_ag: dict[str, list[dict]] = defaultdict(list)
    decl_by_region: dict[str, list[dict]] = defaultdict(list)
    for a in declared:
        decl_by_nip[a["nip"]].append(a)
        decl_by_ag[a["emp"]["agency"]["code"]].append(a)
        decl_by_region[a["emp"]["region"]].append(a)
    actors: list[dict] = []
    # 1. employees' own undeclared accounts
    owners = rng.sample(active, round(0.12 * n_emp))
    owner_nips = {e["nip"] for e in owners}
    holders = [e for e in active if e["nip"] in decl_by_nip and e["nip"] not in owner_nips]
    owners += rng.sample(holders, round(0.3 * len(holders)))
    styles = [
        "plain",
        "titled",
        "lower",
        "upper",
        "spelling",
        "initials",
        "partial",
        "nickname",
        "teknonym",
        "alias",
    ]
    for e in owners:
        mine = decl_by_nip.get(e["nip"], [])
        for k in range(2 if rng.random() < 0.15 else 1):
            style = rng.choices(styles, weights=[25, 10, 12, 3, 12, 8, 10, 8, 7, 5])[0]
            level = rng.choices(
                ["agency", "unit", "position", "generic", "personal", "none"],
                weights=[18, 14, 10, 10, 15, 33],
            )[0]
            r = rng.random()
            loc = (
                location_for(rng, e["region"])
                if r < 0.5
                else rng.choice(ELSEWHERE)
                if r < 0.58
                else ""
            )
            pl = rng.choice(PLATFORMS_PUBLIC)
            handle = None
            ev = [f"name:{style}", f"bio:{level}"] + (["location"] if loc and r < 0.5 else [])
            if mine and k == 0:
                d = rng.choice(mine)
                if rng.random() < 0.3:
                    pl = d["platform"]  # a second, private account on the same platform
                    ev.append("alt_same_platform")
                if d["handle"] and rng.random() < 0.5:
                    cand = (
                        d["handle"]
                        if pl != d["platform"]
                        else d["handle"] + rng.choice(["_", "2", ".priv", "_new"])
                    )
                    if (pl, cand) not in ids.handles:
                        handle = cand
                        ids.handles.add((pl, cand))
                        ev.append("handle_of_declared")
            disp = display_variant(rng, e, style)
            a = actor(
                ids,
                rng,
                pl,
                disp,
                employee_bio(rng, e, level),
                loc,
                "employee",
                f"{style}/{level}",
                e["nip"],
                None,
                e["region"],
                handle,
                handle_src=disp
                if style not in ("teknonym", "alias") or rng.random() < 0.5
                else e["core"],
            )
            a["evidence"] = ev
            a["own_declared"] = mine
            if rng.random() < 0.35:
                a["colleague_pool"] = [
                    d for d in decl_by_ag[e["agency"]["code"]] if d["nip"] != e["nip"]
                ]
            actors.append(a)
    # 2. deliberate namesakes: a member of the public with exactly an employee's name, living in the same list of regencies
    freq = Counter(norm_name(e["core"]) for e in roster)
    weights = [
        (4 if len(e["core"].split()) == 1 else 2 if len(e["core"].split()) == 2 else 0.5)
        * freq[norm_name(e["core"])]
        for e in roster
    ]
    regions, rw = list(PUBLIC_REGION_WEIGHTS), list(PUBLIC_REGION_WEIGHTS.values())
    for e in rng.choices(roster, weights=weights, k=round(0.11 * n_emp)):
        region = rng.choices(regions, weights=rw)[0]
        style = rng.choices(
            ["exact", "hajj", "lower", "upper", "spelling", "suffix"],
            weights=[50, 10, 15, 5, 10, 10],
        )[0]
        core = e["core"]
        disp = {
            "exact": core,
            "hajj": ("H. " if e["sex"] == "M" else "Hj. ") + core,
            "lower": core.lower(),
            "upper": core.upper(),
            "spelling": spelling_variant(rng, core, e["eth"]),
            "suffix": f"{core} {rng.choice(['Bjb', 'Banjar', 'Mks', 'Palu', 'Official', 'Kukar', '88'])}",
        }[style]
        bio, bsub = public_bio(rng, region, e["agency"]["short"] if rng.random() < 0.5 else None)
        loc = location_for(rng, region) if rng.random() < 0.65 else ""
        a = actor(
            ids,
            rng,
            rng.choice(PLATFORMS_PUBLIC),
            disp,
            bio,
            loc,
            "namesake",
            f"{style}/{bsub}",
            None,
            e["nip"],
            region,
        )
        if rng.random() < 0.2:
            a["colleague_pool"] = decl_by_region.get(region) or rng.choice(
                list(decl_by_region.values())
            )
            a["evidence"].append("decoy_interacts_with_declared")
        if loc and region == e["region"]:
            a["evidence"].append("same_region_as_employee")
        actors.append(a)
    # 3. the public: local names from the same regencies; natural collisions with the roster become namesakes
    emp_norm: dict[str, str] = {}
    for e in roster:
        emp_norm.setdefault(norm_name(e["core"]), e["nip"])
    for _ in range(round(0.33 * n_emp)):
        region = rng.choices(regions, weights=rw)[0]
        eth = pick_eth(rng, region)
        sex = rng.choice("MF")
        core = gen_core(rng, fk, eth, sex)[0]
        pseudo = {"core": core, "name": core, "eth": eth, "sex": sex}
        style = rng.choices(
            ["plain", "lower", "nickname", "teknonym", "alias", "initials"],
            weights=[50, 15, 12, 10, 8, 5],
        )[0]
        disp = display_variant(rng, pseudo, style)
        bio, bsub = public_bio(rng, region)
        loc = location_for(rng, region) if rng.random() < 0.6 else ""
        mirror = emp_norm.get(norm_name(disp))
        kind, sub = (
            ("namesake", f"natural_collision/{bsub}") if mirror else ("public", f"{style}/{bsub}")
        )
        a = actor(
            ids, rng, rng.choice(PLATFORMS_PUBLIC), disp, bio, loc, kind, sub, None, mirror, region
        )
        if rng.random() < 0.15:
            a["colleague_pool"] = decl_by_region.get(region) or rng.choice(
                list(decl_by_region.values())
            )
            a["evidence"].append("decoy_interacts_with_declared")
        actors.append(a)
    # 4. impostors: fake accounts that impersonate an official or clone a declared account
    heads = [e for e in active if any(h in e["position"] for h in HEAD_POSITIONS)]
    for _ in range(max(8, round(0.008 * n_emp))):
        if rng.random() < 0.4 and declared:
            d = rng.choice(declared)
            e = d["emp"]
            h = (d["handle"] or ids.handle(d["platform"], e["core"]) or "akun") + rng.choice(
                ["_", ".official", "_real", "1"]
            )
            a = actor(
                ids,
                rng,
                d["platform"],
                d["display_name"],
                d["bio"] or employee_bio(rng, e, "agency"),
                d["location"],
                "impostor",
                "clone_declared",
                None,
                e["nip"],
                e["region"],
                h if (d["platform"], h) not in ids.handles else None,
            )
        else:
            e = rng.choice(heads)
            disp = e["name_orig"]
            a = actor(
                ids,
                rng,
                rng.choice(["facebook", "facebook", "instagram", "tiktok"]),
                disp,
                f"{e['position']} {rng.choice(e['agency']['short'])}",
                rng.choice(REGIONS[e["region"]][2]),
                "impostor",
                "impersonate_official",
                None,
                e["nip"],
                e["region"],
                handle_src=e["core"] + " official",
            )
        a["colleague_pool"] = decl_by_ag[e["agency"]["code"]]
        actors.append(a)
    return actors


# --- events --------------------------------------------------------------------------------
SUPPORT = [
    "Mantap pak, lanjutkan!",
    "Semoga amanah 🤲",
    "Kada sabar menunggu 27 November",
    "Aamiin",
    "Hadir dari {town}",
    "Sip 👍",
    "Bismillah nomor {n}",
    "Salam dari {town}",
    "Ayo bangun {place}!",
    "Siap menangkan!",
    "Kami warga {town} mendukung",
    "Barakallah pak",
    "Insyaallah menang",
    "{tag}",
    "Coblos nomor {n}!",
    "Semoga sehat selalu pian",
    "Pian pasti menang",
    "Jalan di kampung kami rusak pak, tolong diperhatikan",
    "Kapan ke {town} pak?",
    "Ewako!",
    "🔥🔥🔥",
    "Lanjutkan perjuangan",
    "Mantap",
    "Semoga menang, amin",
]
COLLEAGUE = [
    "Mantap bu guru",
    "Semangat pak",
    "Barakallah",
    "Sukses selalu kawan",
    "Hadir",
    "Keren acaranya",
    "👍",
    "Mantap, sehat selalu",
    "Aamiin",
    "Semangat terus",
    "Luar biasa",
]


def election_for(region: str) -> str:
    return (
        "PILWALKOT-PALU-2024"
        if region.startswith("72")
        else "PILBUP-BONE-2024"
        if region.startswith("73")
        else "PILGUB-KALSEL-2024"
    )


def build_events(
    rng: random.Random, actors: list[dict], declared: list[dict], taccts: dict[str, list[dict]]
) -> list[dict]:
    events: list[dict] = []
    seen: set[str] = set()

    def emit(
        a: dict,
        action: str,
        at: datetime | None,
        target: dict | None,
        text: str | None,
        source: str,
        full: bool,
        handle: str | None = None,
    ) -> None:
        who = {
            "user_id": a["user_id"],
            "handle": handle if handle is not None else a["handle"],
            "display_name": a["display_name"],
        }
        if full or rng.random() < 0.7:
            who["bio"] = a.get("bio") or None
            who["location"] = a.get("location") or None
        key = (
            target["post_id"]
            if target and target.get("post_id")
            else (target or {}).get("author_user_id", "self")
        )
        eid = f"{a['platform']}:{key}:{action}:{a['user_id']}"
        while eid in seen:
            eid += f":{rng.randint(0, 9)}"
        seen.add(eid)
        events.append(
            {
                "event_id": eid,
                "platform": a["platform"],
                "action": action,
                "occurred_at": fmt_ts(rng, at) if at else None,
                "actor": who,
                "target": target,
                "text": text,
                "url": None,
                "media": [],
                "source": source,
            }
        )

    def on_post(acc: dict, p: dict) -> dict:
        return {
            "post_id": p["post_id"],
            "author_user_id": acc["user_id"],
            "author_handle": acc["handle"],
            "text": p["text"],
            "url": p["url"],
        }

    for (
        d
    ) in declared:  # the declared accounts' own posts (labels, and things for colleagues to like)
        for p in d["posts"]:
            emit(d, "post", p["at"], None, p["text"], "patrol", True)
            events[-1]["url"] = p["url"]
        if rng.random() < 0.25:  # some declared accounts also engage with a candidate
            pool = [
                t
                for t in taccts[election_for(d["emp"]["region"])]
                if t["platform"] == d["platform"] and not t["group"]
            ]
            if pool:
                t = rng.choice(pool)
                p = rng.choice([q for q in t["posts"] if q["at"].date() >= WINDOW[0]] or t["posts"])
                emit(
                    d,
                    "like",
                    p["at"] + timedelta(minutes=rng.randint(3, 3000)),
                    on_post(t, p),
                    None,
                    "x-export" if d["platform"] == "x" else "patrol",
                    True,
                )

    for a in actors:
        eid = election_for(a["region"])
        pool = [t for t in taccts[eid] if t["platform"] == a["platform"]]
        if not pool:  # no candidate of the home election on this platform: follow a governor candidate or a party instead
            pool = [t for k, v in taccts.items() for t in v if t["platform"] == a["platform"]]
        town = rng.choice(REGIONS[a["region"]][2][:2])
        old_handle = (
            (a["handle"] or "") + rng.choice(["_old", "99", "x"])
            if a["handle"] and rng.random() < 0.04
            else None
        )
        n_pol = rng.choices([1, 2, 3, 4, 6], weights=[35, 25, 18, 12, 10])[0]
        for i in range(n_pol):
            t = rng.choice(pool)
            in_window = [q for q in t["posts"] if WINDOW[0] <= q["at"].date() <= date(2024, 12, 10)]
            p = rng.choice(
                in_window if (i == 0 or rng.random() < 0.85) and in_window else t["posts"]
            )
            at: datetime | None = p["at"] + timedelta(
                minutes=min(int(rng.expovariate(1 / 600)) + 1, 7000)
            )
            if t["group"]:
                action = "join" if i == 0 or rng.random() < 0.3 else "comment"
            else:
                action = rng.choices(
                    ["like", "comment", "share", "reply", "quote", "follow"],
                    weights=[35, 30, 15, 5, 5, 10],
                )[0]
                if action in ("reply", "quote") and a["platform"] != "x":
                    action = "comment"
            if i > 0 and action in ("like", "follow") and rng.random() < 0.3:
                at = None  # an export or a screenshot that gives no time
            if action == "follow" and i == 0:
                at = rand_dt(rng, WINDOW[0], date(2024, 12, 10))
            text = (
                rng.choice(SUPPORT).format(town=town, n=t["n"] or 1, place=t["place"], tag=t["tag"])
                if action in ("comment", "reply", "quote")
                else None
            )
            if action in ("follow", "join"):
                target = {
                    "author_user_id": t["user_id"],
                    "author_handle": t["handle"],
                    "post_id": None,
                }
            else:
                target = on_post(t, p)
            src = (
                "patrol"
                if action in ("comment", "reply", "quote", "share")
                else "complaint"
                if at is None
                else "patrol-ui"
            )
            emit(
                a,
                action,
                at,
                target,
                text,
                src,
                i == 0,
                old_handle if old_handle and i == 0 else None,
            )
        if rng.random() < 0.05 and taccts.get("party"):
            t = rng.choice(taccts["party"])
            if t["platform"] == a["platform"]:
                p = rng.choice(t["posts"])
                emit(
                    a,
                    "like",
                    p["at"] + timedelta(hours=rng.randint(1, 48)),
                    on_post(t, p),
                    None,
                    "patrol-ui",
                    False,
                )
        # co-occurrence: colleagues' declared accounts (employees) or local officials' accounts (decoys)
        did = 0
        if a["colleague_pool"]:
            same = [d for d in a["colleague_pool"] if d["platform"] == a["platform"]]
            for d in rng.sample(same, min(len(same), rng.randint(1, 5))):
                p = rng.choice(d["posts"])
                act = rng.choices(["like", "comment", "follow"], weights=[55, 30, 15])[0]
                tgt = (
                    {"author_user_id": d["user_id"], "author_handle": d["handle"], "post_id": None}
                    if act == "follow"
                    else on_post(d, p)
                )
                emit(
                    a,
                    act,
                    p["at"] + timedelta(minutes=rng.randint(2, 4000)) if act != "follow" else None,
                    tgt,
                    rng.choice(COLLEAGUE) if act == "comment" else None,
                    "patrol",
                    False,
                )
                did += 1
        if did and a["kind"] == "employee":
            a["evidence"].append(f"colleagues:{did}")
        if "alt_same_platform" in a["evidence"]:
            for d in a["own_declared"]:
                if d["platform"] == a["platform"] and d["posts"]:
                    p = rng.choice(d["posts"])
                    emit(
                        a,
                        "like",
                        p["at"] + timedelta(minutes=rng.randint(1, 300)),
                        on_post(d, p),
                        None,
                        "patrol",
                        False,
                    )
                    a["evidence"].append("likes_own_declared")
                    break
    return events


# --- output --------------------------------------------------------------------------------
def write_csv(path: Path, cols: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--employees", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument(
        "--pppk-nip",
        choices=["real", "pns"],
        default="real",
        help="real: PPPK NIPs carry '21' where a PNS NIP has the appointment month, as issued by BKN; pns: PNS layout",
    )
    args = ap.parse_args()
    rng = random.Random(args.seed)
    fk = Faker("id_ID")
    fk.seed_instance(args.seed)
    ids = Ids(rng)
    out: Path = args.out_dir
    (out / "truth").mkdir(parents=True, exist_ok=True)

    roster, agencies = build_roster(rng, fk, args.employees, args.pppk_nip)
    declared = build_declared(rng, ids, roster)
    trows, erows, krows, taccts = build_targets(rng, fk, ids)
    actors = build_actors(rng, fk, ids, roster, declared, args.employees)
    events = build_events(rng, actors, declared, taccts)
    rng.shuffle(events)

    (out / "bundle.yaml").write_text(
        "format: netra-bundle/1\nname: Pemantauan Pilkada 2024 – Kalimantan dan Sulawesi (linkage probe)\n"
        "policy: id\ntimezone: Asia/Makassar\n",
        encoding="utf-8",
    )
    write_csv(
        out / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            {
                "code": a["code"],
                "name": a["name"],
                "parent_code": a["parent"],
                "region_code": a["region"],
            }
            for a in agencies.values()
        ],
    )
    write_csv(
        out / "roster.csv",
        [
            "nip",
            "name",
            "agency_code",
            "unit",
            "position",
            "employment_type",
            "region_code",
            "status",
        ],
        [
            {
                **e,
                "agency_code": e["agency"]["code"],
                "employment_type": e["etype"],
                "region_code": e["region"],
            }
            for e in roster
        ],
    )
    write_csv(
        out / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [
            {**d, "handle": d["handle"] or "", "user_id": d["user_id"] if d["id_in_csv"] else ""}
            for d in declared
        ],
    )
    write_csv(
        out / "targets.csv",
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
        trows,
    )
    write_csv(out / "keywords.csv", ["target_id", "term"], krows)
    write_csv(
        out / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        erows,
    )
    with (out / "events.jsonl").open("w", encoding="utf-8") as f:
        for ev in events:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    acting = {(ev["platform"], ev["actor"]["user_id"]) for ev in events}
    with (out / "truth" / "links.jsonl").open("w", encoding="utf-8") as f:
        for a in actors:
            if (a["platform"], a["user_id"]) in acting:
                f.write(
                    json.dumps(
                        {
                            "platform": a["platform"],
                            "user_id": a["user_id"],
                            "handle": a["handle"],
                            "nip": a["nip"],
                            "kind": a["kind"],
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    keep = [
        "platform",
        "user_id",
        "handle",
        "display_name",
        "bio",
        "location",
        "kind",
        "sub_kind",
        "nip",
        "mirror_nip",
        "region",
        "evidence",
    ]
    with (out / "truth" / "accounts_truth.jsonl").open("w", encoding="utf-8") as f:
        for a in actors:
            f.write(
                json.dumps({k: a[k] for k in keep} | {"declared": False}, ensure_ascii=False) + "\n"
            )
        for d in declared:
            f.write(
                json.dumps(
                    {k: d.get(k) for k in keep[:6]}
                    | {
                        "kind": "employee",
                        "sub_kind": "declared",
                        "nip": d["nip"],
                        "mirror_nip": None,
                        "region": d["emp"]["region"],
                        "evidence": [],
                        "declared": True,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )

    # --- the world's proportions ---
    kinds = Counter(a["kind"] for a in actors)
    total = len(actors)
    print(
        f"bundle written to {out}: {len(agencies)} agencies, {len(roster)} employees "
        f"({sum(e['etype'] == 'PPPK' for e in roster)} PPPK, {sum(e['status'] == 'inactive' for e in roster)} inactive), "
        f"{len(declared)} declared accounts of {len({d['nip'] for d in declared})} employees, {len(trows)} target rows, {len(events)} events"
    )
    print(f"undeclared actors: {total}")
    for k in ("employee", "namesake", "public", "impostor"):
        print(f"  {k:9s} {kinds[k]:5d}  {kinds[k] / total:6.1%}")
    emp = [a for a in actors if a["kind"] == "employee"]
    print(
        "employee accounts by display-name style:",
        dict(Counter(a["sub_kind"].split("/")[0] for a in emp).most_common()),
    )
    print(
        "employee accounts by bio:",
        dict(Counter(a["sub_kind"].split("/")[1] for a in emp).most_common()),
    )
    extra = Counter(
        x.split(":")[0] for a in emp for x in a["evidence"] if not x.startswith(("name:", "bio:"))
    )
    print(
        "employee accounts with other evidence:",
        dict(extra),
        " none besides the name:",
        sum(
            1
            for a in emp
            if a["sub_kind"].endswith(("/none", "/personal"))
            and not any(not x.startswith(("name:", "bio:")) for x in a["evidence"])
        ),
    )
    ns = [a for a in actors if a["kind"] == "namesake"]
    print(
        "namesakes by sub-kind:",
        dict(Counter(a["sub_kind"].split("/")[-1] for a in ns).most_common()),
        "| natural collisions:",
        sum(a["sub_kind"].startswith("natural") for a in ns),
        "| interacting with declared accounts:",
        sum("decoy_interacts_with_declared" in a["evidence"] for a in ns),
        "| same region as the employee:",
        sum("same_region_as_employee" in a["evidence"] for a in ns),
    )
    print("impostors:", dict(Counter(a["sub_kind"] for a in actors if a["kind"] == "impostor")))
    print("platforms:", dict(Counter(a["platform"] for a in actors).most_common()))


if __name__ == "__main__":
    main()
