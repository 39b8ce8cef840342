# ruff: noqa: E501
"""Independent linkage probe: a synthetic Sumatra / Riau Islands world.

Writes a netra bundle (bundle-v1) and its truth for the linkage of undeclared accounts:
Aceh (Banda Aceh, Lhokseumawe), North Sumatra (Medan, Toba, Nias), West Sumatra (Padang,
Bukittinggi) and Riau Islands (Batam). About 3,000 employees in 15 agencies; ~6% declare an
account; ~0.6 undeclared actors per employee: a quarter are employees' own undeclared
accounts (presented in many real-life ways), a third are namesakes (members of the public
with exactly an employee's name, in the same town), a few are impostors copying an
employee, the rest are other public accounts. Every undeclared actor engages with a
candidate's post or account inside an election's neutrality window.

All people are invented (Faker id_ID plus name parts of this file); no real person's data.

    python benchmarks/linkage_probe_sumatra.py OUT_DIR [--employees 3000] [--seed 31]

Truth: OUT_DIR/truth/links.jsonl, one line per undeclared actor:
{"platform", "user_id", "handle", "nip", "kind"} with kind employee | namesake | public |
impostor (nip is the true owner's NIP, null unless kind is employee). OUT_DIR/truth/actors.jsonl
adds each actor's presentation and the evidence it carries (for analysis only).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

from faker import Faker

TZ = dt.timezone(dt.timedelta(hours=7))

# --------------------------------------------------------------------------- name parts

# fmt: off
ACEH_M = [
    "Iskandar", "Fadhil", "Zulfikar", "Munawar", "Safrizal", "Khairul", "Rizki", "Azhari", "Fauzan", "Mahdi", "Zulkarnaini", "Irwandi",
    "Nasruddin", "Husaini", "Maimun", "Syahrul", "Bukhari", "Ridwan", "Junaidi", "Hasbi", "Taufiq", "Ikhsan", "Mukhlis", "Sulaiman",
    "Yusri", "Ilyas", "Jailani", "Razali", "Marzuki", "Saiful", "Amiruddin", "Nazaruddin", "Hasanuddin", "Fakhrurrazi", "Baihaqi", "Reza",
    "Akmal", "Rahmat", "Zainal", "Darwis",
]
# fmt: on
# fmt: off
ACEH_M2 = [
    "Abdullah", "Yusuf", "Hasan", "Ibrahim", "Ismail", "Daud", "Fahlevi", "Ramadhan", "Syah", "Putra", "Amin", "Basyah",
]
# fmt: on
# fmt: off
ACEH_F = [
    "Nurul Aini", "Rahmah", "Maulidar", "Nurhayati", "Safrida", "Fitriani", "Khairunnisa", "Rosmawar", "Mardhiah", "Salmiah", "Raudhah",
    "Intan", "Zahratul Aini", "Yusnidar", "Nurlaili", "Ruhama", "Syarifah", "Rosnani", "Nurjannah", "Farah Diba", "Ainul Mardhiah",
    "Husna", "Asmaul Husna", "Rita Zahara", "Dahlia", "Munawarah", "Sakdiah", "Ulfa", "Mutia",
]
# fmt: on
# fmt: off
ACEH_FATHER = [
    "Abdullah", "Ahmad", "Ali", "Hasan", "Ibrahim", "Ismail", "Usman", "Yusuf", "Daud", "Mahmud", "Hamzah", "Saleh",
]
# fmt: on

# fmt: off
BATAK_CHR_M = [
    "Tigor", "Parlindungan", "Hotman", "Bonar", "Togar", "Sahat", "Martua", "Binsar", "Poltak", "Jonner", "Maruli", "Tongam", "Darwin",
    "Hendrik", "Sabar", "Robert", "Johannes", "Ferdinand", "Antonius", "Parulian", "Manahan", "Halomoan", "Saut", "Marihot", "Jansen",
    "Rianto", "Fernando", "Dapot", "Pardamean", "Gomgom", "Jhonson", "Benny", "Erwin", "Ronald", "Samuel", "Daniel", "Rudolf",
    "Hasudungan", "Monang", "Bismar",
]
# fmt: on
# fmt: off
BATAK_CHR_F = [
    "Rosmawati", "Lamtiur", "Tiurma", "Romauli", "Sondang", "Rumondang", "Herlina", "Lasmaria", "Duma", "Marlina", "Ernawati", "Riris",
    "Yanti", "Sri Rezeki", "Rotua", "Nurmaida", "Lenny", "Tiominar", "Roslina", "Dameria", "Tetty", "Rismauli", "Melva", "Santi",
    "Hotnida", "Masniari", "Rosdiana", "Juliana", "Ruth", "Debora",
]
# fmt: on
# fmt: off
BATAK_MUS_M = [
    "Ahmad Rivai", "Syahrial", "Irwansyah", "Muhammad Yusuf", "Zulkarnain", "Ali Imran", "Rahmat", "Fahri", "Abdul Halim", "Syafruddin",
    "Muhammad Ridwan", "Khairul Anwar", "Indra", "Pangihutan", "Ismail", "Parlaungan", "Darwin", "Amiruddin", "Soripada", "Muhammad Arif",
    "Hamdan", "Mara Bangun", "Taufik", "Rusdi",
]
# fmt: on
# fmt: off
BATAK_MUS_F = [
    "Nurhayati", "Siti Aminah", "Rosmaini", "Nurlela", "Khairani", "Masdewi", "Nur Asiah", "Rahmadani", "Dewi Sartika", "Fitri",
    "Sri Wahyuni", "Mardiah", "Ernida", "Nurintan", "Lely", "Ratna Sari", "Hafsah", "Melati",
]
# fmt: on
# fmt: off
MARGA_CHR = [
    "Simanjuntak", "Sitompul", "Sinaga", "Hutapea", "Pardede", "Panjaitan", "Sitorus", "Hutagalung", "Manurung", "Situmorang", "Sihombing",
    "Tambunan", "Napitupulu", "Silalahi", "Marpaung", "Pakpahan", "Hutabarat", "Lumbantobing", "Simbolon", "Sianturi", "Sitanggang",
    "Gultom", "Butar-butar", "Aritonang", "Siahaan", "Simatupang", "Nainggolan", "Siregar", "Pasaribu", "Sirait", "Hutauruk", "Samosir",
    "Purba", "Damanik", "Saragih", "Ginting", "Sembiring", "Tarigan",
]
# fmt: on
# fmt: off
MARGA_CHR_W = [
    6, 6, 6, 5, 4, 5, 4, 3, 5, 4, 4, 4, 4, 3, 3, 3, 3, 2, 3, 2, 2, 3, 2, 2, 3, 3, 3, 6, 3, 2, 2, 2, 2, 2, 2, 3, 3, 2,
]
# fmt: on
# fmt: off
MARGA_MUS = [
    "Nasution", "Harahap", "Lubis", "Siregar", "Daulay", "Hasibuan", "Rangkuti", "Pulungan", "Batubara", "Matondang", "Pohan", "Ritonga",
    "Dalimunthe", "Tanjung",
]
# fmt: on
MARGA_MUS_W = [8, 7, 7, 7, 3, 4, 2, 2, 3, 1, 2, 3, 2, 3]

# fmt: off
NIAS_M = [
    "Yaaman", "Fatolosa", "Sokhiaro", "Faogoli", "Yamonaha", "Otanius", "Yusman", "Natalius", "Yupiter", "Firman", "Yosafati", "Elisati",
    "Anugerah", "Ingatan", "Dalisman", "Fatizaro", "Sabaria", "Adilman", "Foarota", "Kristian",
]
# fmt: on
# fmt: off
NIAS_F = [
    "Yurlina", "Sopiana", "Serniwati", "Dorkas", "Yarniati", "Elfrida", "Nurlina", "Martiana", "Riang", "Sinar", "Fatiani", "Berkat",
    "Sozanolo", "Nitema", "Rosniat", "Kasih",
]
# fmt: on
# fmt: off
MARGA_NIAS = [
    "Zebua", "Harefa", "Gulo", "Laoli", "Telaumbanua", "Zalukhu", "Hia", "Lase", "Ndruru", "Waruwu", "Mendrofa", "Halawa", "Lahagu",
    "Duha", "Giawa", "Zega", "Larosa", "Baeha", "Hulu", "Bate'e",
]
# fmt: on

# fmt: off
MINANG_M = [
    "Afrizal", "Zulkifli", "Yulizar", "Syafrizal", "Hendri", "Irwan", "Erizal", "Novrizal", "Asrul", "Yusrizal", "Jasman", "Nofendri",
    "Syahrial", "Alfian", "Fadli", "Rafdi", "Zulhendri", "Andika", "Mardianto", "Ridho", "Yusnaldi", "Febrian", "Doni", "Hafiz", "Rahmat",
    "Efrizal", "Zulfahmi", "Darmansyah", "Ikhlas", "Ilham",
]
# fmt: on
# fmt: off
MINANG_M2 = [
    "Putra", "Efendi", "Saputra", "Mulyadi", "Syam", "Hamdi", "Hidayat", "Arif", "Malik", "Rahman",
]
# fmt: on
# fmt: off
MINANG_F = [
    "Yulia Fitri", "Rahmi", "Yusnita", "Fitri Yani", "Desi Ratnasari", "Nofrita", "Yeni Marlina", "Rina Wati", "Yulianti", "Mardhatillah",
    "Nurhasanah", "Syafrida", "Elfi Yanti", "Resti", "Vivi Andriani", "Sri Wahyuni", "Ratna Dewi", "Nelly", "Yossi Andriani", "Rozalinda",
    "Elsa Fitri", "Rahmadani", "Nurul Fitri", "Weni", "Zurmaini", "Lusi Marlina", "Yenni", "Mira Susanti",
]
# fmt: on
# fmt: off
MINANG_ADAT = [
    "Dt. Rajo Bujang", "Dt. Bandaro", "Dt. Majo Indo", "Dt. Sinaro", "Datuk Rajo Ameh", "St. Marajo", "St. Mangkuto", "Sutan Pamenan",
    "Sutan Sinaro", "Malin Kuniang", "Dt. Rangkayo Basa", "St. Rajo Mudo",
]
# fmt: on

# fmt: off
CHN_ID_M = [
    "Hendra", "Rudi", "Andi", "Suwandi", "Johan", "Sugianto", "Hendrik", "Willy", "Eddy", "Kelvin", "Jimmy", "Tommy", "Halim", "Sunarto",
    "Budiman", "Ferry",
]
# fmt: on
# fmt: off
CHN_ID_F = [
    "Linda", "Lili", "Meiliana", "Susi", "Yenny", "Vivian", "Erlina", "Wenny", "Sherly", "Lusiana", "Megawati", "Fransiska", "Dewi",
    "Stefani",
]
# fmt: on
# fmt: off
CHN_SUR_ID = [
    "Wijaya", "Halim", "Gunawan", "Tanoto", "Santoso", "Kurniawan", "Salim", "Tjandra", "Hartanto", "Sutanto", "Wongso", "Setiawan",
    "Susanto", "Tanjaya", "Lesmana", "Hadinata",
]
# fmt: on
# fmt: off
CHN_SUR = [
    "Lim", "Tan", "Ong", "Go", "Lie", "Tjia", "Chen", "Wong", "Kho", "Ng", "Oei", "Liem", "Tjong", "Phang", "Bong", "Ang",
]
# fmt: on
# fmt: off
CHN_GIV_M = [
    "Hong Seng", "Ah Kiong", "Kok Liang", "Tjin Hoa", "Kim Hock", "Boon Huat", "Chun Kiat", "Ah Seng", "Beng Hui", "Swie Tjong",
]
# fmt: on
# fmt: off
CHN_GIV_F = [
    "Swee Hoa", "Mei Ling", "Lian Hwa", "Siu Lan", "Ah Bee", "Hui Min", "Lee Hoon", "Giok Lan", "Mei Hwa", "Bwee Kim",
]
# fmt: on

# fmt: off
JAWA_SUR = [
    "Santoso", "Wibowo", "Prasetyo", "Susanto", "Hidayat", "Setiawan", "Purnomo", "Kurniawan", "Saputra", "Wahyudi", "Nugroho", "Utomo",
    "Rahayu", "Lestari", "Wulandari", "Handayani", "Puspitasari", "Suryani", "Maryati", "Yulianti", "Sutrisno", "Supriadi", "Suharto",
    "Sujatmiko", "Widodo", "Hartono",
]
# fmt: on
# fmt: off
MELAYU_M = [
    "Syahrial", "Rahmad", "Azhar", "Hamdan", "Zainal", "Fauzi", "Rizal", "Khairil", "Nurdin", "Ismail", "Tengku Amri", "Said Ahmad",
    "Rusli", "Agus",
]
# fmt: on
# fmt: off
MELAYU_F = [
    "Nurul", "Siti", "Rosnah", "Fauziah", "Khairani", "Juliana", "Nurhasanah", "Zuraida", "Rohani", "Salmah", "Wan Nurul", "Aisyah",
]
# fmt: on
# fmt: off
MELAYU_SUR = [
    "Effendi", "Syahputra", "Hasan", "Rahman", "Ismail", "Saleh", "Harun", "Putri", "Sari", "Ningsih", "Syahputri", "Hidayah", "Anwar",
]
# fmt: on

# fmt: off
CHILDREN = [
    "Rizky", "Dinda", "Nayla", "Fathan", "Kevin", "Grace", "Josua", "Sarah", "Aldi", "Tasya", "Rafa", "Keisha", "Daniel", "Ruth", "Yosua",
    "Cindy", "Alif", "Zahra", "Fikri", "Putri", "Bintang", "Tiara", "Samuel", "Naura",
]
# fmt: on
NICK_BATAK_M = ["Ucok", "Tigor", "Bonar", "Ompu"]
NICK_BATAK_F = ["Butet", "Tiur", "Ros", "Uli"]

# --------------------------------------------------------------------------- agencies and units


@dataclass
class Unit:
    name: str
    shorts: list[str]
    town: str
    region: str
    kind: str  # school, health, office, tax, stats, religion


@dataclass
class Agency:
    code: str
    name: str
    parent: str
    region: str
    abbrs: list[str]
    en: str
    weight: int
    eth: dict[str, float]
    units: list[Unit]
    caps: bool = False


def U(name, shorts, town, region, kind):
    return Unit(name, shorts, town, region, kind)


ETH_ACEH = {"aceh": 0.72, "jawa": 0.12, "batak_mus": 0.06, "minang": 0.05, "melayu": 0.05}
# fmt: off
ETH_MEDAN = {
    "batak": 0.35, "batak_mus": 0.15, "jawa": 0.18, "chinese": 0.06, "melayu": 0.12, "minang": 0.07, "nias": 0.03, "aceh": 0.04,
}
# fmt: on
ETH_SUMBAR = {"minang": 0.88, "jawa": 0.06, "batak_mus": 0.04, "batak": 0.02}
# fmt: off
ETH_BATAM = {
    "melayu": 0.25, "jawa": 0.2, "batak": 0.2, "minang": 0.15, "chinese": 0.08, "nias": 0.05, "aceh": 0.04, "batak_mus": 0.03,
}
# fmt: on

AGENCIES = [
    Agency(
        "1100-PEMA",
        "Pemerintah Aceh",
        "",
        "11",
        ["Pemerintah Aceh", "Pemprov Aceh", "Pemda Aceh", "Setda Aceh"],
        "Aceh Provincial Government",
        250,
        ETH_ACEH,
        [
            U(
                "Dinas Pendidikan Aceh",
                ["Disdik Aceh", "Dinas Pendidikan Aceh"],
                "Banda Aceh",
                "11.71",
                "office",
            ),
            U(
                "SMA Negeri 1 Banda Aceh",
                ["SMAN 1 Banda Aceh", "SMANSA Banda Aceh"],
                "Banda Aceh",
                "11.71",
                "school",
            ),
            U(
                "SMA Negeri 2 Lhokseumawe",
                ["SMAN 2 Lhokseumawe", "SMA 2 Lhokseumawe"],
                "Lhokseumawe",
                "11.73",
                "school",
            ),
            U("Dinas Kesehatan Aceh", ["Dinkes Aceh"], "Banda Aceh", "11.71", "health"),
            U("Bappeda Aceh", ["Bappeda Aceh"], "Banda Aceh", "11.71", "office"),
            U(
                "Badan Pengelolaan Keuangan Aceh",
                ["BPKA", "BPKA Aceh"],
                "Banda Aceh",
                "11.71",
                "office",
            ),
        ],
    ),
    Agency(
        "1171-PEMKO",
        "Pemerintah Kota Banda Aceh",
        "",
        "11.71",
        ["Pemko Banda Aceh", "Pemkot Banda Aceh", "Pemko BNA"],
        "Banda Aceh City Government",
        200,
        ETH_ACEH,
        [
            U(
                "Puskesmas Baiturrahman",
                ["Puskesmas Baiturrahman", "PKM Baiturrahman"],
                "Banda Aceh",
                "11.71",
                "health",
            ),
            U(
                "Puskesmas Kuta Alam",
                ["Puskesmas Kuta Alam", "PKM Kuta Alam"],
                "Banda Aceh",
                "11.71",
                "health",
            ),
            U(
                "SMP Negeri 1 Banda Aceh",
                ["SMPN 1 Banda Aceh", "SMP 1 Banda Aceh"],
                "Banda Aceh",
                "11.71",
                "school",
            ),
            U("SD Negeri 24 Banda Aceh", ["SDN 24 Banda Aceh"], "Banda Aceh", "11.71", "school"),
            U("RSUD Meuraxa", ["RSUD Meuraxa", "RS Meuraxa"], "Banda Aceh", "11.71", "health"),
            U(
                "Satpol PP dan Wilayatul Hisbah",
                ["Satpol PP & WH Banda Aceh", "Satpol PP WH BNA"],
                "Banda Aceh",
                "11.71",
                "office",
            ),
            U("Bappeda Kota Banda Aceh", ["Bappeda Banda Aceh"], "Banda Aceh", "11.71", "office"),
        ],
    ),
    Agency(
        "KEMENAG-11",
        "Kantor Wilayah Kementerian Agama Provinsi Aceh",
        "",
        "11",
        ["Kanwil Kemenag Aceh", "Kemenag Aceh", "Kementerian Agama Aceh"],
        "Ministry of Religious Affairs, Aceh office",
        150,
        ETH_ACEH,
        [
            U(
                "MAN 1 Banda Aceh",
                ["MAN 1 Banda Aceh", "MAN Model Banda Aceh"],
                "Banda Aceh",
                "11.71",
                "school",
            ),
            U("MIN 5 Banda Aceh", ["MIN 5 Banda Aceh"], "Banda Aceh", "11.71", "school"),
            U("KUA Kecamatan Syiah Kuala", ["KUA Syiah Kuala"], "Banda Aceh", "11.71", "religion"),
            U(
                "Kankemenag Kota Lhokseumawe",
                ["Kemenag Lhokseumawe"],
                "Lhokseumawe",
                "11.73",
                "religion",
            ),
            U(
                "Bidang Pendidikan Madrasah",
                ["Bidang Penmad Kanwil Aceh", "Penmad Kemenag Aceh"],
                "Banda Aceh",
                "11.71",
                "office",
            ),
        ],
        caps=True,
    ),
    Agency(
        "1200-PEMPROV",
        "Pemerintah Provinsi Sumatera Utara",
        "",
        "12",
        ["Pemprov Sumut", "Pemprovsu", "Pemprov Sumatera Utara"],
        "North Sumatra Provincial Government",
        300,
        {
            "batak": 0.4,
            "batak_mus": 0.15,
            "jawa": 0.15,
            "melayu": 0.1,
            "nias": 0.08,
            "minang": 0.07,
            "chinese": 0.05,
        },
        [
            U(
                "Dinas Pendidikan Provinsi Sumatera Utara",
                ["Disdik Sumut", "Dinas Pendidikan Provsu"],
                "Medan",
                "12.71",
                "office",
            ),
            U("SMA Negeri 2 Medan", ["SMAN 2 Medan", "SMA 2 Medan"], "Medan", "12.71", "school"),
            U(
                "SMA Negeri 1 Balige",
                ["SMAN 1 Balige", "SMANSA Balige"],
                "Balige",
                "12.12",
                "school",
            ),
            U(
                "SMA Negeri 1 Gunungsitoli",
                ["SMAN 1 Gunungsitoli"],
                "Gunungsitoli",
                "12.78",
                "school",
            ),
            U(
                "Bappelitbang Provinsi Sumatera Utara",
                ["Bappelitbang Sumut"],
                "Medan",
                "12.71",
                "office",
            ),
            U(
                "Dinas Komunikasi dan Informatika Provinsi Sumatera Utara",
                ["Diskominfo Sumut", "Kominfo Sumut"],
                "Medan",
                "12.71",
                "office",
            ),
            U("RSUD Haji Medan", ["RS Haji Medan", "RSU Haji Medan"], "Medan", "12.71", "health"),
        ],
    ),
    Agency(
        "1271-PEMKO",
        "Pemerintah Kota Medan",
        "",
        "12.71",
        ["Pemko Medan", "Pemkot Medan"],
        "Medan City Government",
        450,
        ETH_MEDAN,
        [
            U(
                "Dinas Kesehatan Kota Medan",
                ["Dinkes Kota Medan", "Dinkes Medan"],
                "Medan",
                "12.71",
                "health",
            ),
            U(
                "Puskesmas Padang Bulan",
                ["Puskesmas Padang Bulan", "PKM Padang Bulan"],
                "Medan",
                "12.71",
                "health",
            ),
            U("Puskesmas Teladan", ["Puskesmas Teladan"], "Medan", "12.71", "health"),
            U("SMP Negeri 3 Medan", ["SMPN 3 Medan", "SMP 3 Medan"], "Medan", "12.71", "school"),
            U(
                "SD Negeri 060800 Medan",
                ["SDN 060800 Medan", "SD 060800"],
                "Medan",
                "12.71",
                "school",
            ),
            U(
                "Kecamatan Medan Baru",
                ["Kantor Camat Medan Baru", "Kec. Medan Baru"],
                "Medan",
                "12.71",
                "office",
            ),
            U(
                "Dinas Perhubungan Kota Medan",
                ["Dishub Medan", "Dishub Kota Medan"],
                "Medan",
                "12.71",
                "office",
            ),
            U(
                "Badan Pendapatan Daerah Kota Medan",
                ["Bapenda Medan", "Bapenda Kota Medan"],
                "Medan",
                "12.71",
                "office",
            ),
        ],
    ),
    Agency(
        "1271-RSUD",
        "RSUD dr. Pirngadi Kota Medan",
        "1271-PEMKO",
        "12.71",
        ["RSUD Pirngadi", "RSUD dr. Pirngadi", "RS Pirngadi"],
        "Pirngadi Hospital, Medan",
        150,
        ETH_MEDAN,
        [
            U(
                "Instalasi Gawat Darurat",
                ["IGD RSUD Pirngadi", "IGD Pirngadi"],
                "Medan",
                "12.71",
                "health",
            ),
            U("Instalasi Rawat Inap", ["Rawat Inap RS Pirngadi"], "Medan", "12.71", "health"),
            U("Instalasi Farmasi", ["Farmasi RSUD Pirngadi"], "Medan", "12.71", "health"),
            U(
                "Bagian Umum dan Kepegawaian",
                ["Bagian Umum RSUD Pirngadi"],
                "Medan",
                "12.71",
                "office",
            ),
        ],
    ),
    Agency(
        "1212-PEMKAB",
        "Pemerintah Kabupaten Toba",
        "",
        "12.12",
        ["Pemkab Toba", "Pemerintah Kabupaten Toba"],
        "Toba Regency Government",
        250,
        {"batak": 0.92, "jawa": 0.04, "nias": 0.04},
        [
            U(
                "Dinas Pendidikan Kabupaten Toba",
                ["Disdik Toba", "Dinas Pendidikan Toba"],
                "Balige",
                "12.12",
                "office",
            ),
            U(
                "SMP Negeri 1 Balige",
                ["SMPN 1 Balige", "SMP 1 Balige"],
                "Balige",
                "12.12",
                "school",
            ),
            U("SD Negeri 173591 Laguboti", ["SDN 173591 Laguboti"], "Laguboti", "12.12", "school"),
            U("Puskesmas Balige", ["Puskesmas Balige"], "Balige", "12.12", "health"),
            U("Puskesmas Laguboti", ["Puskesmas Laguboti"], "Laguboti", "12.12", "health"),
            U("RSUD Porsea", ["RSUD Porsea", "RS Porsea"], "Porsea", "12.12", "health"),
            U(
                "Dinas Pariwisata Kabupaten Toba",
                ["Dispar Toba", "Disparbud Toba"],
                "Balige",
                "12.12",
                "office",
            ),
            U("Kecamatan Balige", ["Kantor Camat Balige"], "Balige", "12.12", "office"),
        ],
    ),
    Agency(
        "1204-PEMKAB",
        "Pemerintah Kabupaten Nias",
        "",
        "12.04",
        ["Pemkab Nias", "Pemda Nias"],
        "Nias Regency Government",
        180,
        {"nias": 0.85, "batak": 0.12, "jawa": 0.03},
        [
            U("Puskesmas Gido", ["Puskesmas Gido"], "Gido", "12.04", "health"),
            U("SMP Negeri 1 Gido", ["SMPN 1 Gido"], "Gido", "12.04", "school"),
            U(
                "Dinas Pertanian Kabupaten Nias",
                ["Distan Nias", "Dinas Pertanian Nias"],
                "Gido",
                "12.04",
                "office",
            ),
            U("Bappeda Kabupaten Nias", ["Bappeda Nias"], "Gido", "12.04", "office"),
            U("Kecamatan Idanogawo", ["Kantor Camat Idanogawo"], "Idanogawo", "12.04", "office"),
        ],
        caps=True,
    ),
    Agency(
        "KEMENAG-12",
        "Kantor Wilayah Kementerian Agama Provinsi Sumatera Utara",
        "",
        "12",
        ["Kanwil Kemenag Sumut", "Kemenag Sumut", "Kanwil Kemenag Provsu"],
        "Ministry of Religious Affairs, North Sumatra office",
        150,
        {"batak_mus": 0.45, "jawa": 0.2, "melayu": 0.15, "batak": 0.1, "minang": 0.1},
        [
            U(
                "MAN 2 Model Medan",
                ["MAN 2 Medan", "MAN 2 Model Medan"],
                "Medan",
                "12.71",
                "school",
            ),
            U(
                "Kankemenag Kota Medan",
                ["Kemenag Kota Medan", "Kemenag Medan"],
                "Medan",
                "12.71",
                "religion",
            ),
            U(
                "Kankemenag Kabupaten Toba",
                ["Kemenag Toba", "Kemenag Kab. Toba"],
                "Balige",
                "12.12",
                "religion",
            ),
            U("KUA Kecamatan Medan Johor", ["KUA Medan Johor"], "Medan", "12.71", "religion"),
            U("Bidang Bimas Kristen", ["Bimas Kristen Kanwil Sumut"], "Medan", "12.71", "religion"),
        ],
    ),
    Agency(
        "KPP-MDNTIM",
        "KPP Pratama Medan Timur",
        "",
        "12.71",
        ["KPP Pratama Medan Timur", "KPP Medan Timur", "DJP"],
        "Medan Timur Tax Office",
        60,
        {
            "batak": 0.3,
            "batak_mus": 0.1,
            "jawa": 0.3,
            "chinese": 0.08,
            "minang": 0.12,
            "melayu": 0.1,
        },
        [
            U(
                "Seksi Pelayanan",
                ["KPP Medan Timur", "KPP Pratama Medan Timur"],
                "Medan",
                "12.71",
                "tax",
            ),
            U("Seksi Pengawasan I", ["KPP Medan Timur"], "Medan", "12.71", "tax"),
            U(
                "Seksi Pemeriksaan, Penilaian dan Penagihan",
                ["KPP Pratama Medan Timur"],
                "Medan",
                "12.71",
                "tax",
            ),
        ],
    ),
    Agency(
        "1300-PEMPROV",
        "Pemerintah Provinsi Sumatera Barat",
        "",
        "13",
        ["Pemprov Sumbar", "Pemprov Sumatera Barat"],
        "West Sumatra Provincial Government",
        200,
        ETH_SUMBAR,
        [
            U(
                "Dinas Pendidikan Provinsi Sumatera Barat",
                ["Disdik Sumbar", "Dinas Pendidikan Sumbar"],
                "Padang",
                "13.71",
                "office",
            ),
            U(
                "SMA Negeri 1 Padang",
                ["SMAN 1 Padang", "SMANSA Padang"],
                "Padang",
                "13.71",
                "school",
            ),
            U(
                "SMA Negeri 2 Bukittinggi",
                ["SMAN 2 Bukittinggi", "SMA 2 Bukittinggi"],
                "Bukittinggi",
                "13.75",
                "school",
            ),
            U(
                "Dinas Kesehatan Provinsi Sumatera Barat",
                ["Dinkes Sumbar"],
                "Padang",
                "13.71",
                "health",
            ),
            U("Bappeda Provinsi Sumatera Barat", ["Bappeda Sumbar"], "Padang", "13.71", "office"),
            U(
                "Dinas Pariwisata Provinsi Sumatera Barat",
                ["Dispar Sumbar", "Dinas Pariwisata Sumbar"],
                "Padang",
                "13.71",
                "office",
            ),
        ],
    ),
    Agency(
        "1371-PEMKO",
        "Pemerintah Kota Padang",
        "",
        "13.71",
        ["Pemko Padang", "Pemkot Padang"],
        "Padang City Government",
        320,
        ETH_SUMBAR,
        [
            U(
                "SMP Negeri 3 Padang",
                ["SMPN 3 Padang", "SMP 3 Padang", "Spentig Padang"],
                "Padang",
                "13.71",
                "school",
            ),
            U(
                "SMP Negeri 12 Padang",
                ["SMPN 12 Padang", "SMP 12 Padang"],
                "Padang",
                "13.71",
                "school",
            ),
            U(
                "SD Negeri 05 Air Tawar",
                ["SDN 05 Air Tawar", "SDN 05 Air Tawar Padang"],
                "Padang",
                "13.71",
                "school",
            ),
            U(
                "Puskesmas Andalas",
                ["Puskesmas Andalas", "PKM Andalas"],
                "Padang",
                "13.71",
                "health",
            ),
            U("Puskesmas Lubuk Buaya", ["Puskesmas Lubuk Buaya"], "Padang", "13.71", "health"),
            U("BPBD Kota Padang", ["BPBD Padang", "BPBD Kota Padang"], "Padang", "13.71", "office"),
            U(
                "Kecamatan Koto Tangah",
                ["Kantor Camat Koto Tangah", "Kec. Koto Tangah"],
                "Padang",
                "13.71",
                "office",
            ),
            U(
                "RSUD dr. Rasidin Padang",
                ["RSUD Rasidin", "RSUD dr. Rasidin"],
                "Padang",
                "13.71",
                "health",
            ),
        ],
    ),
    Agency(
        "1375-PEMKO",
        "Pemerintah Kota Bukittinggi",
        "",
        "13.75",
        ["Pemko Bukittinggi", "Pemkot Bukittinggi"],
        "Bukittinggi City Government",
        150,
        ETH_SUMBAR,
        [
            U("Puskesmas Mandiangin", ["Puskesmas Mandiangin"], "Bukittinggi", "13.75", "health"),
            U(
                "SMP Negeri 1 Bukittinggi",
                ["SMPN 1 Bukittinggi", "SMP 1 Bukittinggi"],
                "Bukittinggi",
                "13.75",
                "school",
            ),
            U(
                "Dinas Pariwisata Kota Bukittinggi",
                ["Dispar Bukittinggi"],
                "Bukittinggi",
                "13.75",
                "office",
            ),
            U("RSUD Kota Bukittinggi", ["RSUD Bukittinggi"], "Bukittinggi", "13.75", "health"),
            U(
                "Kecamatan Guguk Panjang",
                ["Kantor Camat Guguk Panjang"],
                "Bukittinggi",
                "13.75",
                "office",
            ),
        ],
    ),
    Agency(
        "2171-PEMKO",
        "Pemerintah Kota Batam",
        "",
        "21.71",
        ["Pemko Batam", "Pemkot Batam"],
        "Batam City Government",
        250,
        ETH_BATAM,
        [
            U(
                "Dinas Pendidikan Kota Batam",
                ["Disdik Batam", "Disdik Kota Batam"],
                "Batam",
                "21.71",
                "office",
            ),
            U("SMP Negeri 6 Batam", ["SMPN 6 Batam", "SMP 6 Batam"], "Batam", "21.71", "school"),
            U("SD Negeri 007 Batam Kota", ["SDN 007 Batam Kota"], "Batam", "21.71", "school"),
            U("Puskesmas Sekupang", ["Puskesmas Sekupang"], "Batam", "21.71", "health"),
            U("Puskesmas Baloi Permai", ["Puskesmas Baloi Permai"], "Batam", "21.71", "health"),
            U("Dinas Perhubungan Kota Batam", ["Dishub Batam"], "Batam", "21.71", "office"),
            U("Kecamatan Batam Kota", ["Kantor Camat Batam Kota"], "Batam", "21.71", "office"),
            U(
                "RSUD Embung Fatimah",
                ["RSUD Embung Fatimah", "RSUD EF Batam"],
                "Batam",
                "21.71",
                "health",
            ),
        ],
    ),
    Agency(
        "BPS-2171",
        "Badan Pusat Statistik Kota Batam",
        "",
        "21.71",
        ["BPS Kota Batam", "BPS Batam"],
        "Statistics Indonesia, Batam office",
        40,
        {"jawa": 0.3, "batak": 0.2, "minang": 0.2, "melayu": 0.15, "chinese": 0.05, "aceh": 0.1},
        [
            U(
                "Fungsi Statistik Sosial",
                ["BPS Batam", "BPS Kota Batam"],
                "Batam",
                "21.71",
                "stats",
            ),
            U(
                "Fungsi Integrasi Pengolahan dan Diseminasi Statistik",
                ["IPDS BPS Batam", "BPS Batam"],
                "Batam",
                "21.71",
                "stats",
            ),
            U("Bagian Umum", ["BPS Kota Batam"], "Batam", "21.71", "office"),
        ],
    ),
]

# fmt: off
POSITIONS = {
    "school": [("Guru Ahli Pertama", "Guru", "Teacher"), ("Guru Ahli Muda", "Guru", "Teacher"), ("Guru Ahli Madya", "Guru", "Teacher"), ("Kepala Sekolah", "Kepsek", "Headmaster"), ("Guru Mata Pelajaran Matematika", "Guru Matematika", "Math teacher"), ("Guru Kelas", "Guru", "Teacher"), ("Pengadministrasi Sekolah", "Staf TU", "School admin staff"), ("Pustakawan Terampil", "Pustakawan", "Librarian")],
    "health": [("Perawat Terampil", "Perawat", "Nurse"), ("Perawat Ahli Pertama", "Perawat", "Nurse"), ("Bidan Terampil", "Bidan", "Midwife"), ("Bidan Ahli Pertama", "Bidan", "Midwife"), ("Dokter Ahli Pertama", "Dokter", "Doctor"), ("Apoteker Ahli Pertama", "Apoteker", "Pharmacist"), ("Nutrisionis Terampil", "Ahli Gizi", "Nutritionist"), ("Sanitarian Terampil", "Sanitarian", "Sanitarian"), ("Kepala Puskesmas", "Kapus", "Head of health centre"), ("Pranata Laboratorium Kesehatan", "Analis Lab", "Lab analyst")],
    "office": [("Analis Kebijakan Ahli Muda", "Analis Kebijakan", "Policy analyst"), ("Pengadministrasi Umum", "Staf", "Staff"), ("Penata Laksana Barang", "Staf", "Staff"), ("Kepala Seksi Perencanaan", "Kasi", "Section head"), ("Kepala Bidang Program", "Kabid", "Division head"), ("Kepala Dinas", "Kadis", "Head of office"), ("Sekretaris", "Sekretaris", "Secretary"), ("Pranata Komputer Ahli Pertama", "Pranata Komputer", "IT staff"), ("Arsiparis Terampil", "Arsiparis", "Archivist"), ("Analis Keuangan", "Staf Keuangan", "Finance analyst"), ("Camat", "Camat", "District head"), ("Perencana Ahli Muda", "Perencana", "Planner"), ("Pranata Humas Ahli Pertama", "Humas", "Public relations")],
    "tax": [("Account Representative", "AR", "Account representative"), ("Pemeriksa Pajak Ahli Pertama", "Pemeriksa Pajak", "Tax auditor"), ("Penyuluh Pajak Ahli Pertama", "Penyuluh Pajak", "Tax officer"), ("Kepala Seksi Pengawasan", "Kasi", "Section head"), ("Pelaksana", "Pegawai pajak", "Tax staff"), ("Juru Sita Pajak", "Jurusita", "Tax bailiff")],
    "stats": [("Statistisi Ahli Pertama", "Statistisi", "Statistician"), ("Statistisi Ahli Muda", "Statistisi", "Statistician"), ("Pranata Komputer Ahli Muda", "Pranata Komputer", "IT staff"), ("Statistisi Terampil", "Statistisi", "Statistician")],
    "religion": [("Penyuluh Agama Islam Ahli Pertama", "Penyuluh Agama", "Religious counsellor"), ("Penghulu Ahli Muda", "Penghulu", "Marriage registrar"), ("Kepala KUA", "Kepala KUA", "Head of KUA"), ("Pembimbing Masyarakat Kristen", "Pembimas Kristen", "Christian affairs officer"), ("Analis Kepegawaian", "Staf", "HR analyst")],
}
# fmt: on
# fmt: off
DEGREES = {
    "school": [["S.Pd."], ["S.Pd."], ["S.Pd.", "M.Pd."], ["S.Pd.I."], ["S.Si."], ["S.Pd.", "Gr."], ["S.Th."]],
    "health": [["S.Kep.", "Ns."], ["A.Md.Kep."], ["A.Md.Keb."], ["S.Tr.Keb."], ["S.Farm.", "Apt."], ["S.K.M."], ["A.Md.Gz."], ["S.Kep."]],
    "office": [["S.E."], ["S.H."], ["S.Sos."], ["S.IP."], ["S.E.", "M.Si."], ["S.STP.", "M.Si."], ["S.T."], ["S.Kom."], ["S.H.", "M.H."], ["S.E.", "M.M."], ["S.AP."], ["A.Md."]],
    "tax": [["S.E."], ["S.Ak."], ["S.ST."], ["S.E.", "M.Ak."], ["A.Md."], ["S.Tr.Ak."]],
    "stats": [["S.ST."], ["S.Tr.Stat."], ["S.Si."], ["S.ST.", "M.Stat."], ["S.Kom."]],
    "religion": [["S.Ag."], ["S.Pd.I."], ["S.H.I."], ["Lc.", "M.A."], ["S.Th.", "M.Th."], ["S.Sos.I."]],
}
# fmt: on

# fmt: off
GENERIC_BIOS = [
    "Alhamdulillah", "Jesus is my saviour 🙏", "Tuhan baik", "Pecinta kopi", "Ayah dari 3 anak", "Ibu dari dua bidadari", "Horas!",
    "Urang awak", "Penikmat senja", "Hidup adalah perjuangan", "Anak Medan", "Anak rantau", "Mencari ridho Allah", "Family first ❤️",
    "Simple person", "Bismillah", "Pecinta bola | PSMS", "Semen Padang FC sampai mati", "Mancing mania", "Sabar dan ikhlas",
    "God is good all the time", "Live, laugh, love", "Penikmat durian", "Tinggal di kampung halaman", "Pencinta alam", "Gowes tiap Minggu",
    "Jangan lupa bahagia", "Kopi Gayo lover", "Urang Bukittinggi", "Orang Nias asli 🌴",
]
# fmt: on
# fmt: off
ASN_GENERIC = [
    "ASN", "Abdi negara", "ASN | Ayah 2 anak", "Abdi negara, pelayan masyarakat", "PNS biasa", "Civil servant",
]
# fmt: on

# fmt: off
PUBLIC_BIOS = [
    "Pedagang di Pasar {pasar}", "Supir angkot trayek {num}", "Pengusaha kopi {kopi}", "Pendeta | Melayani Tuhan",
    "Pelayan Tuhan di gereja", "Ustadz | Pengajar TPA", "Mahasiswa {univ}", "Mahasiswi {univ}", "Pensiunan", "Pensiunan BUMN",
    "Pensiunan guru", "Honorer", "Tenaga honorer kantor desa", "Karyawan swasta", "Karyawan PT di {town}", "Operator pabrik",
    "Ojol {town}", "Petani sawit", "Ibu rumah tangga", "Jual pakaian online, order via DM", "Tukang bangunan", "Nelayan",
    "Pemilik warung kopi", "Rumah makan {town}", "Bengkel motor", "Sales mobil", "Perantau", "YouTuber pemula", "Guru les privat",
    "Pedagang durian", "Jualan pulsa & token", "Agen asuransi", "Tukang cukur", "Sopir travel {town}-{town2}", "Pengusaha konveksi",
    "Kontraktor", "Wiraswasta", "Buruh harian", "Mahasiswa rantau", "Pemain keyboard pesta",
]
# fmt: on
# fmt: off
OTHER_ASN_BIOS = [
    "PNS Pemkab Deli Serdang", "ASN Pemko Binjai", "PNS Pemkab Aceh Besar", "ASN Pemkab Padang Pariaman", "PNS Pemko Tanjungpinang",
    "ASN Pemkab Agam", "Guru SDN Pemkab Samosir", "PNS Kemenkumham Sumut", "ASN Kanwil DJKN", "Pegawai BPN Kota {town}",
    "Guru SD swasta di {town}", "ASN Pemkab Humbahas", "Perawat RS swasta {town}", "Bidan desa (non-ASN)", "PNS Pemkab Nias Selatan",
    "ASN Pemkab Karimun",
]
# fmt: on
# fmt: off
PASAR = {
    "Medan": ["Petisah", "Sukaramai", "Sambu"], "Padang": ["Raya Padang", "Alai"], "Bukittinggi": ["Ateh", "Aur Kuning"],
    "Banda Aceh": ["Aceh", "Peunayong"], "Batam": ["Jodoh", "Botania"], "Balige": ["Balerong Balige"], "Laguboti": ["Laguboti"],
    "Porsea": ["Porsea"], "Gido": ["Gido"], "Gunungsitoli": ["Beringin Gunungsitoli"], "Lhokseumawe": ["Inpres Lhokseumawe"],
    "Idanogawo": ["Idanogawo"],
}
# fmt: on
# fmt: off
UNIV = {
    "11": ["USK", "UIN Ar-Raniry", "Unimal"], "12": ["USU", "UNIMED", "UINSU", "UMSU"], "13": ["UNAND", "UNP", "UIN Imam Bonjol"],
    "21": ["UNRIKA", "Polibatam", "UIB"],
}
# fmt: on
KOPI = ["Sidikalang", "Gayo", "Kawa Daun", "Lintong", "Solok"]
# fmt: off
ORG_NAMES = [
    "Info {town}", "Kuliner {town}", "{town} Hari Ini", "Jual Beli {town}", "Seputar {town}", "Warung Kopi {town}",
    "Komunitas Motor {town}", "Lowongan Kerja {town}",
]
# fmt: on

# fmt: off
TOWN_VARIANTS = {
    "Medan": ["Medan", "Kota Medan", "Medan, Sumatera Utara", "Medan, Indonesia", "medan"],
    "Padang": ["Padang", "Kota Padang", "Padang, West Sumatra", "Padang, Sumatera Barat"],
    "Bukittinggi": ["Bukittinggi", "Bukittinggi, Sumbar", "Kota Bukittinggi"],
    "Banda Aceh": ["Banda Aceh", "Banda Aceh, Aceh", "Kota Banda Aceh"], "Lhokseumawe": ["Lhokseumawe", "Lhokseumawe, Aceh"],
    "Batam": ["Batam", "Batam, Kepulauan Riau", "Batam Centre", "Kota Batam"], "Balige": ["Balige", "Balige, Toba", "Toba"],
    "Laguboti": ["Laguboti", "Laguboti, Toba"], "Porsea": ["Porsea", "Porsea, Toba"], "Gido": ["Gido", "Nias", "Gido, Nias"],
    "Idanogawo": ["Idanogawo", "Nias"], "Gunungsitoli": ["Gunungsitoli", "Nias", "Gunungsitoli, Nias"],
}
# fmt: on
# fmt: off
BROAD = {
    "11": ["Aceh", "Nanggroe Aceh Darussalam"], "12": ["Sumatera Utara", "Sumut", "North Sumatra"],
    "13": ["Sumatera Barat", "Sumbar", "Ranah Minang"], "21": ["Kepulauan Riau", "Kepri"],
}
# fmt: on
# fmt: off
NEAR_TOWNS = {
    "11": ["Banda Aceh", "Lhokseumawe"], "12": ["Medan", "Balige", "Gido", "Gunungsitoli", "Porsea"], "13": ["Padang", "Bukittinggi"],
    "21": ["Batam"],
}
# fmt: on

# --------------------------------------------------------------------------- elections and targets

# fmt: off
STAGES = [
    ("candidacy", "2024-08-27", "2024-09-22"), ("campaign", "2024-09-25", "2024-11-23"), ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"), ("counting", "2024-11-27", "2024-12-16"), ("result", "2024-12-17", "2024-12-22"),
]
# fmt: on
# fmt: off
ELECTIONS = [
    ("PILGUB-ACEH-2024", "Pemilihan Gubernur Aceh 2024", "11"), ("PILGUB-SUMUT-2024", "Pemilihan Gubernur Sumatera Utara 2024", "12"),
    ("PILGUB-SUMBAR-2024", "Pemilihan Gubernur Sumatera Barat 2024", "13"),
    ("PILWALKOT-PADANG-2024", "Pemilihan Wali Kota Padang 2024", "13.71"),
    ("PILWAKO-BATAM-2024", "Pemilihan Wali Kota Batam 2024", "21.71"),
]
# fmt: on
# target_id, name, kind, election, ballot, party, handle stem, keywords
# fmt: off
TARGETS = [
    ("T-ACH-01", "Teuku Rizal Bardan", "candidate", "PILGUB-ACEH-2024", "1", "Partai Gerakan Nusantara Baru", "rizalbardan", ["#AcehMeuseuraya01", "Rizal Bardan", "coblos nomor 1"]),
    ("T-ACH-02", "Muhammad Yusri Djalil", "candidate", "PILGUB-ACEH-2024", "2", "Partai Suara Rakyat Aceh", "yusridjalil", ["#YusriPeugah", "coblos nomor 2", "Yusri Djalil"]),
    ("T-SU-01", "Halomoan Pardosi", "candidate", "PILGUB-SUMUT-2024", "1", "Partai Gerakan Nusantara Baru", "halomoanpardosi", ["#SumutBangkit01", "#HalomoanMenang", "coblos nomor 1"]),
    ("T-SU-02", "Syahrul Effendi Daulay", "candidate", "PILGUB-SUMUT-2024", "2", "Partai Karya Bangsa", "syahruldaulay", ["#SyahrulPastiMenang", "Sumut Berkah 02", "coblos nomor 2"]),
    ("T-SU-TIM1", "Relawan Horas Halomoan", "campaign_team", "PILGUB-SUMUT-2024", "1", "", "horas.halomoan", ["Horas Halomoan"]),
    ("T-SB-01", "Zulhendri Dt. Bagindo", "candidate", "PILGUB-SUMBAR-2024", "1", "Partai Karya Bangsa", "zulhendribagindo", ["#SumbarMadani01", "Buya Zul"]),
    ("T-SB-02", "Ramli Sutan Pamenan", "candidate", "PILGUB-SUMBAR-2024", "2", "Partai Suara Rakyat", "ramlisutan", ["#RamliUntukSumbar", "coblos nomor 2"]),
    ("T-PDG-01", "Afdal Marajo", "candidate", "PILWALKOT-PADANG-2024", "1", "Partai Gerakan Nusantara Baru", "afdalmarajo", ["#Padang01Maju", "Afdal Marajo", "coblos nomor 1"]),
    ("T-PDG-02", "Yuhelmi Syofyan", "candidate", "PILWALKOT-PADANG-2024", "2", "Partai Karya Bangsa", "yuhelmisyofyan", ["#PadangBaru02", "Uda Yuhelmi", "coblos nomor 2"]),
    ("T-PDG-TIM2", "Sahabat Uda Yuhelmi", "campaign_team", "PILWALKOT-PADANG-2024", "2", "", "sahabat.udayuhelmi", ["Sahabat Uda Yuhelmi"]),
    ("T-BTM-01", "Andreas Tanudjaja", "candidate", "PILWAKO-BATAM-2024", "1", "Partai Karya Bangsa", "andreastanudjaja", ["#BatamHebat01", "Koh Andreas", "coblos nomor 1"]),
    ("T-BTM-02", "Rahmat Hidayat Lubis", "candidate", "PILWAKO-BATAM-2024", "2", "Partai Gerakan Nusantara Baru", "rahmatlubis.btm", ["#BatamMadani02", "coblos nomor 2"]),
    ("P-PGNB", "Partai Gerakan Nusantara Baru", "party", "", "", "Partai Gerakan Nusantara Baru", "pgnb.official", ["PGNB", "#PGNBJaya"]),
]
# fmt: on
# fmt: off
CAND_POST = [
    "Blusukan ke {pasar} bersama warga. {kw}", "Kampanye dialogis di {town}, terima kasih atas sambutannya! {kw}",
    "Bersama masyarakat {town} kita wujudkan perubahan. {kw}", "Silaturahmi dengan tokoh adat dan tokoh agama {town}. {kw}",
    "Program kami: pendidikan gratis dan jalan mulus sampai ke desa. {kw}", "Debat publik malam ini, saksikan! {kw}",
    "Terima kasih relawan {town}, semangat terus! {kw}", "Mohon doa restu, 27 November jangan lupa ke TPS. {kw}",
]
# fmt: on
# fmt: off
SUPPORT_COMMENTS = [
    "Mantap pak, {kw}!", "Semoga menang, {kw}", "Lanjutkan pak!", "Kami dukung penuh {name}", "Sehat selalu pak 🙏", "Aamiin, {kw}",
    "Horas! Menang {ballot}!", "Jaya terus {name}", "Ayo coblos no {ballot}", "Sukses pak, kami di {town} siap memenangkan",
    "Mantap kali lah", "👍👍👍", "Sudah pasti pilih {name}", "{kw} 🔥", "Setuju pak, {town} butuh pemimpin baru",
]
# fmt: on
# fmt: off
CAMPAIGN_POSTS = [
    "Sudah bulat tekad, {kw}! Ayo ke TPS", "Pilih yang peduli {town}. {kw}", "Warga {town} bersatu, {kw}", "Jangan golput ya kawan, {kw}",
    "Kami sekeluarga dukung {name}. {kw}",
]
# fmt: on
# fmt: off
WORK_POSTS = [
    "Apel pagi bersama rekan-rekan {unit}. Semangat melayani!", "Kegiatan posyandu hari ini di wilayah kerja {unit}.",
    "Rapat koordinasi {unit} bersama lintas sektor.", "Selamat Hari Guru untuk seluruh rekan di {unit} 🙏",
    "Gotong royong membersihkan lingkungan di {town} bersama warga.", "Alhamdulillah, akreditasi {unit} berjalan lancar.",
    "Sosialisasi program pemerintah kepada masyarakat {town}.", "Pelayanan tetap buka saat libur panjang, {unit} siap melayani.",
    "Terima kasih atas kunjungan kerja ke {unit} hari ini.", "Upacara peringatan Hari Kemerdekaan di {town}. Merdeka!",
]
# fmt: on
# fmt: off
EMP_OWN_POSTS = [
    "Capek tapi bahagia, hari ini piket di {unit}", "Pagi-pagi sudah di {unit}, semangat kerja!", "Lembur laporan akhir tahun 😅",
    "Akhirnya libur juga", "Kopi dulu sebelum ngantor", "Makan siang bareng kawan sekantor", "Hujan terus di {town}",
]
# fmt: on
# fmt: off
PUBLIC_OWN_POSTS = [
    "Dagangan hari ini laris, puji Tuhan", "Ada yang mau order? DM ya", "Macet kali jalan ke {town} hari ini", "Ngopi sore dulu kawan",
    "Minggu ceria bersama keluarga", "Hujan deras di {town}", "Alhamdulillah rezeki hari ini",
]
# fmt: on

PLATFORMS = ["facebook", "instagram", "x", "tiktok", "youtube"]
PLATFORM_W = [45, 25, 12, 15, 3]

# --------------------------------------------------------------------------- people


@dataclass
class Person:
    eth: str
    sex: str
    given: list[str]
    marga: str | None = None
    boru: bool = False
    noble: str | None = None
    patronym: str | None = None
    adat: str | None = None
    chinese: str | None = None
    spouse_marga: str | None = None
    child: str = ""
    nick: str = ""
    muslim: bool = True
    birth: dt.date = dt.date(1980, 1, 1)

    def core(self) -> str:
        parts = ([self.noble] if self.noble else []) + list(self.given)
        if self.marga:
            parts += (["br."] if self.boru else []) + [self.marga]
        if self.patronym:
            parts.append(self.patronym)
        if self.adat:
            parts.append(self.adat)
        return " ".join(parts)


def wpick(rng: random.Random, d: dict[str, float]) -> str:
    keys = list(d)
    return rng.choices(keys, weights=[d[k] for k in keys])[0]


def make_person(
    eth: str, rng: random.Random, fake: Faker, birth: dt.date | None = None, sex: str | None = None
) -> Person:
    sex = sex or rng.choice("MF")
    if birth is None:
        birth = dt.date(rng.randint(1966, 2003), rng.randint(1, 12), rng.randint(1, 28))
    p = Person(eth=eth, sex=sex, given=[], birth=birth, child=rng.choice(CHILDREN))
    if eth == "aceh":
        if sex == "M":
            g = [rng.choice(ACEH_M)]
            if rng.random() < 0.35:
                g.append(rng.choice(ACEH_M2))
            if rng.random() < 0.2:
                g.insert(0, "Muhammad")
            p.given = g
            r = rng.random()
            p.noble = "Teuku" if r < 0.13 else ("Teungku" if r < 0.18 else None)
            if rng.random() < 0.1:
                p.patronym = "bin " + rng.choice(ACEH_FATHER)
        else:
            p.given = rng.choice(ACEH_F).split()
            if rng.random() < 0.15:
                p.noble = "Cut"
            if rng.random() < 0.08:
                p.patronym = "binti " + rng.choice(ACEH_FATHER)
    elif eth in ("batak", "batak_mus"):
        p.muslim = eth == "batak_mus"
        if eth == "batak":
            p.given = (rng.choice(BATAK_CHR_M) if sex == "M" else rng.choice(BATAK_CHR_F)).split()
            p.marga = rng.choices(MARGA_CHR, weights=MARGA_CHR_W)[0]
        else:
            p.given = (rng.choice(BATAK_MUS_M) if sex == "M" else rng.choice(BATAK_MUS_F)).split()
            p.marga = rng.choices(MARGA_MUS, weights=MARGA_MUS_W)[0]
        if sex == "F":
            p.boru = eth == "batak" and rng.random() < 0.45
            if rng.random() < 0.7:
                p.spouse_marga = rng.choice(MARGA_CHR if eth == "batak" else MARGA_MUS)
        p.nick = rng.choice(NICK_BATAK_M if sex == "M" else NICK_BATAK_F)
    elif eth == "nias":
        p.muslim = False
        p.given = [rng.choice(NIAS_M if sex == "M" else NIAS_F)]
        p.marga = rng.choice(MARGA_NIAS)
        if sex == "F" and rng.random() < 0.6:
            p.spouse_marga = rng.choice(MARGA_NIAS)
    elif eth == "minang":
        if sex == "M":
            p.given = [rng.choice(MINANG_M)]
            if rng.random() < 0.35:
                p.given.append(rng.choice(MINANG_M2))
            if birth.year < 1982 and rng.random() < 0.25:
                p.adat = rng.choice(MINANG_ADAT)
        else:
            p.given = rng.choice(MINANG_F).split()
    elif eth == "chinese":
        p.muslim = False
        p.given = [rng.choice(CHN_ID_M if sex == "M" else CHN_ID_F)]
        p.marga = rng.choice(CHN_SUR_ID)
        p.chinese = rng.choice(CHN_SUR) + " " + rng.choice(CHN_GIV_M if sex == "M" else CHN_GIV_F)
    elif eth == "melayu":
        p.given = (rng.choice(MELAYU_M) if sex == "M" else rng.choice(MELAYU_F)).split()
        if rng.random() < 0.7:
            p.given.append(rng.choice(MELAYU_SUR))
    else:  # jawa
        first = fake.first_name_male() if sex == "M" else fake.first_name_female()
        p.given = [first]
        r = rng.random()
        if r < 0.55:
            p.given.append(rng.choice(JAWA_SUR))
        elif r < 0.8:
            p.given.append(fake.first_name_male() if sex == "M" else fake.first_name_female())
        p.muslim = rng.random() < 0.9
    if not p.nick:
        f = (
            p.given[0]
            if p.given[0]
            not in ("Muhammad", "Siti", "Nurul", "Tengku", "Said", "Wan", "Abdul", "Sri")
            else p.given[-1]
        )
        if len(f) > 5 and rng.random() < 0.5:
            p.nick = f[-4:].capitalize()
        else:
            p.nick = f[:4] if len(f) > 4 else f
    return p


def fmt_degree(d: str, style: int) -> str:
    if style == 1:
        return d.rstrip(".")
    if style == 2:
        return d.upper()
    return d


def roster_name(p: Person, unit: Unit, position: str, rng: random.Random, caps: bool) -> str:
    pre = []
    age = 2024 - p.birth.year
    if position.startswith("Dokter"):
        pre.append("dr.")
    elif rng.random() < 0.04 and age > 38:
        pre.append("Dr.")
    elif unit.kind == "office" and rng.random() < 0.04 and age > 40:
        pre.append("Ir.")
    if p.muslim and age >= 40 and rng.random() < 0.3:
        pre.insert(0, "H." if p.sex == "M" else "Hj.")
    degs: list[str] = []
    if not position.startswith("Dokter") and rng.random() < 0.85:
        degs = list(rng.choice(DEGREES[unit.kind]))
    style = rng.choices([0, 1, 2], weights=[70, 25, 5])[0]
    core = p.core()
    if rng.random() < 0.15 and p.given[0] == "Muhammad":
        core = core.replace("Muhammad", "M.", 1)
    name = " ".join([*pre, core])
    if degs:
        name += ", " + ", ".join(fmt_degree(d, style) for d in degs)
    if caps:
        name = name.upper()
    return name


# --------------------------------------------------------------------------- ids, handles


class Ids:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[tuple[str, str]] = set()
        self.handles: set[tuple[str, str]] = set()
        self.nips: set[str] = set()

    def user_id(self, platform: str) -> str:
        r = self.rng
        while True:
            if platform == "facebook":
                u = "1000" + "".join(r.choice(string.digits) for _ in range(11))
            elif platform == "instagram":
                u = str(r.randint(10**9, 6 * 10**10))
            elif platform == "x":
                u = str(r.randint(10**17, 18 * 10**17))
            elif platform == "tiktok":
                u = str(r.randint(60 * 10**17, 74 * 10**17))
            else:
                u = "UC" + "".join(
                    r.choice(string.ascii_letters + string.digits + "_-") for _ in range(22)
                )
            if (platform, u) not in self.used:
                self.used.add((platform, u))
                return u

    def handle(self, platform: str, stem: str) -> str:
        h = re.sub(r"[^a-z0-9._]", "", stem.lower())
        if platform == "x":
            h = h.replace(".", "_")[:15]
        h = h.strip("._") or "user"
        base = h
        n = 0
        while (platform, h) in self.handles:
            n += 1
            suf = str(self.rng.randint(1, 999))
            h = (base[: 15 - len(suf)] if platform == "x" else base) + suf
            if n > 50:
                h = base[:8] + str(self.rng.randint(10**5, 10**6))
        self.handles.add((platform, h))
        return h

    def nip(self, birth: dt.date, sex: str) -> str:
        r = self.rng
        while True:
            ay = min(2024, birth.year + r.randint(21, 32))
            am = r.randint(1, 12)
            if ay == 2024:
                am = r.randint(1, 6)
            n = f"{birth:%Y%m%d}{ay:04d}{am:02d}{1 if sex == 'M' else 2}{r.randint(1, 999):03d}"
            if n not in self.nips:
                self.nips.add(n)
                return n


def ascii_name(s: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", s.lower().replace("-", "").replace("'", ""))


# --------------------------------------------------------------------------- world


@dataclass
class Employee:
    nip: str
    person: Person
    agency: Agency
    unit: Unit
    position: tuple[str, str, str]
    roster: str
    emp_type: str
    status: str


@dataclass
class Acct:
    platform: str
    user_id: str
    handle: str
    display: str
    bio: str = ""
    location: str = ""
    kind: str = ""
    nip: str | None = None
    town: str = ""
    region: str = ""
    evidence: dict = field(default_factory=dict)

    def actor(self) -> dict:
        a = {"user_id": self.user_id, "handle": self.handle, "display_name": self.display}
        if self.bio:
            a["bio"] = self.bio
        if self.location:
            a["location"] = self.location
        return a


def spelling_variant(name: str, rng: random.Random) -> str:
    rules = [
        ("Muhammad", "Muhamad"),
        ("Muhammad", "Mohammad"),
        ("Muhammad", "Muhd"),
        ("u", "oe"),
        ("j", "dj"),
        ("c", "tj"),
        ("y", "i"),
        ("Fitri", "Fitry"),
        ("Yulia", "Julia"),
        ("Zul", "Dzul"),
        ("Syah", "Sjah"),
        ("Nur", "Noor"),
        ("i ", "y "),
    ]
    rng.shuffle(rules)
    for a, b in rules:
        if a in name:
            return name.replace(a, b, 1)
    return name + "h"


def pick_town_label(town: str, region: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.62:
        return rng.choice(TOWN_VARIANTS.get(town, [town]))
    if r < 0.72:
        return rng.choice(BROAD[region.split(".")[0]])
    if r < 0.75:
        return "Indonesia"
    return ""


def employee_presentation(e: Employee, rng: random.Random) -> tuple[str, str]:
    p = e.person
    first = p.given[0] if p.given[0] not in ("Muhammad", "M.") else p.given[-1]
    male = p.sex == "M"
    core = p.core()
    opts: list[tuple[float, str, str]] = [
        (22, "exact", core),
        (5, "roster_titles", e.roster.title() if e.roster.isupper() else e.roster),
        (8, "lowercase", core.lower()),
        (5, "spelling", spelling_variant(core, rng)),
        (
            4,
            "unrelated",
            rng.choice(
                [
                    "Anak Rantau",
                    "Pejuang Rupiah",
                    "Hamba Allah",
                    "Si Bolang",
                    "Pencari Ridho",
                    "Kopi Hitam",
                    "Mr. X",
                    "Anak Mama",
                ]
            ),
        ),
    ]
    if p.marga:
        hon = rng.choice(["Pak", "Bang", "Amang"] if male else ["Bu", "Kak", "Inang"])
        opts.append((8, "marga_only", f"{hon} {p.marga}"))
        opts.append((10, "first_marga_initial", f"{first} {p.marga[0]}."))
    else:
        hon = rng.choice(["Pak", "Bang"] if male else ["Bu", "Kak"])
        opts.append((8, "honorific_first", f"{hon} {first}"))
        opts.append(
            (10, "first_only", first if len(p.given) == 1 else f"{first} {p.given[-1][0]}.")
        )
    nick_hon = {
        "minang": ["Uda", "Uni"],
        "aceh": ["Bang", "Kak"],
        "batak": ["Bang", "Butet"],
        "batak_mus": ["Bang", "Kak"],
    }.get(p.eth, ["Bang", "Mak"])
    opts.append(
        (12, "nickname", f"{nick_hon[0] if male else rng.choice([nick_hon[1], 'Mak'])} {p.nick}")
    )
    # teknonyms
    tek = []
    if male:
        tek += [
            f"Papa {p.child}",
            f"Ayah {p.child}",
            f"Abi {p.child}" if p.muslim else f"Bapa {p.child}",
        ]
        if p.eth == "nias":
            tek.append(f"Ama {p.child}")
        if p.eth == "batak":
            tek.append(f"Amani {p.child}")
    else:
        tek += [
            f"Mama {p.child}",
            f"Bunda {p.child}",
            f"Umi {p.child}" if p.muslim else f"Mamak {p.child}",
        ]
        if p.eth == "nias":
            tek.append(f"Ina {p.child}")
        if p.spouse_marga:
            tek += [
                f"Ny. {p.spouse_marga}",
                f"{first} {p.spouse_marga}",
                f"Mak {p.child} {p.spouse_marga}",
            ]
    if p.eth in ("batak", "nias", "batak_mus") and p.birth.year < 1976:
        tek.append(f"Ompung {first}")
    opts.append((10, "teknonym", rng.choice(tek)))
    eth = []
    if p.eth == "chinese" and p.chinese:
        sur, giv = p.chinese.split(" ", 1)
        eth = [
            p.chinese,
            f"{core} ({p.chinese})",
            f"{'Ko' if male else 'Ci'} A{(giv.split()[1] if giv.startswith('Ah ') else giv.split()[0]).lower()}",
            f"{first} {sur}",
        ]
    elif p.eth == "aceh":
        base = " ".join(p.given)
        if p.noble == "Teuku":
            eth = [f"T. {base}", f"Teuku {first}", f"Ampon {first}"]
        elif p.noble == "Cut":
            eth = [f"Cut {first}", f"Cut {p.given[-1]}"]
        elif p.noble == "Teungku":
            eth = [f"Tgk. {base}", f"Tgk {first}"]
        elif p.given[0] == "Muhammad":
            eth = [
                f"M. {' '.join(p.given[1:])}",
                f"Muhd {' '.join(p.given[1:])}",
                f"Muhammad {first}",
            ]
        else:
            eth = [base, f"{base} Aceh"]
    elif p.eth == "minang":
        if p.adat:
            eth = [
                f"{first} {p.adat}",
                p.adat,
                p.adat.replace("Dt.", "Datuk").replace("St.", "Sutan"),
            ]
        else:
            eth = [
                "".join(p.given) if len(p.given) > 1 else f"{first} Minang",
                f"{'Uda' if male else 'Uni'} {first}",
            ]
    elif p.eth in ("batak", "batak_mus", "nias"):
        eth = [f"{first} {p.marga}", f"{p.given[-1]} {p.marga}", f"{p.marga} {first}"]
    else:
        eth = [
            " ".join(p.given[:1]) + (f" {p.given[-1]}" if len(p.given) > 1 else ""),
            f"{first} {e.unit.town}",
        ]
    opts.append((15, "ethnic_form", rng.choice(eth)))
    w = [o[0] for o in opts]
    o = rng.choices(opts, weights=w)[0]
    return o[1], o[2]


def handle_stem(display: str, p: Person | None, rng: random.Random, birth_year: int | None) -> str:
    words = ascii_name(display).split()
    if not words and p is not None:
        words = ascii_name(p.core()).split()
    if not words:
        words = ["user"]
    r = rng.random()
    sep = rng.choice(["", ".", "_"])
    if r < 0.45:
        stem = sep.join(words[:2])
    elif r < 0.65:
        stem = words[0] + sep + "".join(w[:3] for w in words[1:2])
    elif r < 0.8:
        stem = sep.join(reversed(words[:2]))
    else:
        stem = words[0]
    stem = stem.strip("._")
    r2 = rng.random()
    if birth_year and r2 < 0.3:
        stem += sep + (str(birth_year) if rng.random() < 0.4 else str(birth_year)[-2:])
    elif r2 < 0.5:
        stem += str(rng.randint(1, 999))
    return stem


def employee_bio(e: Employee, rng: random.Random) -> tuple[str, str]:
    a, u, pos = e.agency, e.unit, e.position
    r = rng.random()
    if r < 0.36:
        us = rng.choice(u.shorts)
        ab = rng.choice(a.abbrs)
        t = rng.choice(
            [
                f"ASN {ab}",
                f"PNS {ab}",
                f"{pos[1]} {us}",
                f"Staf {ab}",
                f"Abdi negara | {us}",
                f"{pos[2]} at {us}",
                f"Civil servant at {a.en}",
                f"Kerja di {us}",
                f"{us} 💙",
                f"Pelayan masyarakat di {us}",
                f"{pos[1]} di {us} | {rng.choice(GENERIC_BIOS)}",
                f"ASN {us}",
                f"{pos[1]} @ {ab}",
            ]
        )
        return "unit_or_agency", t
    if r < 0.44:
        return "asn_generic", rng.choice(ASN_GENERIC)
    if r < 0.75:
        return "generic", rng.choice(GENERIC_BIOS)
    return "empty", ""


def public_bio(town: str, region: str, rng: random.Random, other_asn: float) -> str:
    if rng.random() < other_asn:
        t = rng.choice(OTHER_ASN_BIOS)
    elif rng.random() < 0.25:
        return ""
    else:
        t = rng.choice(PUBLIC_BIOS)
    prov = region.split(".")[0]
    t2 = rng.choice([x for x in NEAR_TOWNS[prov] if x != town] or [town])
    return t.format(
        town=town,
        town2=t2,
        pasar=rng.choice(PASAR.get(town, [town])),
        num=rng.randint(1, 120),
        kopi=rng.choice(KOPI),
        univ=rng.choice(UNIV[prov]),
    )


def iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="seconds")


def rand_time(rng: random.Random, start: dt.date, end: dt.date) -> dt.datetime:
    days = (end - start).days
    d = start + dt.timedelta(days=rng.randint(0, max(days, 0)))
    return dt.datetime(
        d.year,
        d.month,
        d.day,
        rng.randint(6, 22),
        rng.randint(0, 59),
        rng.randint(0, 59),
        tzinfo=TZ,
    )


def post_url(platform: str, handle: str, post_id: str) -> str:
    return {
        "facebook": f"https://www.facebook.com/{handle}/posts/{post_id}",
        "x": f"https://x.com/{handle}/status/{post_id}",
        "instagram": f"https://www.instagram.com/p/{post_id}/",
        "tiktok": f"https://www.tiktok.com/@{handle}/video/{post_id}",
        "youtube": f"https://www.youtube.com/watch?v={post_id}",
    }[platform]


class PostIds:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def new(self, platform: str) -> str:
        r = self.rng
        while True:
            if platform == "facebook":
                p = str(r.randint(10**15, 10**16))
            elif platform == "x":
                p = str(r.randint(17 * 10**17, 18 * 10**17))
            elif platform == "instagram":
                p = "".join(r.choice(string.ascii_letters + string.digits) for _ in range(11))
            elif platform == "tiktok":
                p = str(r.randint(72 * 10**17, 74 * 10**17))
            else:
                p = "".join(
                    r.choice(string.ascii_letters + string.digits + "_-") for _ in range(11)
                )
            if p not in self.used:
                self.used.add(p)
                return p


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--employees", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=31)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    fake = Faker("id_ID")
    fake.seed_instance(args.seed)
    out: Path = args.out
    (out / "truth").mkdir(parents=True, exist_ok=True)
    ids = Ids(rng)
    pids = PostIds(rng)

    # ---------------- roster
    total_w = sum(a.weight for a in AGENCIES)
    employees: list[Employee] = []
    for a in AGENCIES:
        n = max(5, round(args.employees * a.weight / total_w))
        for _ in range(n):
            unit = rng.choice(a.units)
            p = make_person(
                wpick(rng, a.eth),
                rng,
                fake,
                birth=dt.date(rng.randint(1966, 2000), rng.randint(1, 12), rng.randint(1, 28)),
            )
            pos = rng.choice(POSITIONS[unit.kind])
            if pos[0] == "Pembimbing Masyarakat Kristen" and p.muslim:
                pos = POSITIONS[unit.kind][0]
            nip = ids.nip(p.birth, p.sex)
            employees.append(
                Employee(
                    nip,
                    p,
                    a,
                    unit,
                    pos,
                    roster_name(p, unit, pos[0], rng, a.caps),
                    "PPPK" if rng.random() < 0.13 else "PNS",
                    "inactive" if rng.random() < 0.03 else "active",
                )
            )
    active = [e for e in employees if e.status == "active"]

    with open(out / "bundle.yaml", "w", encoding="utf-8") as f:
        f.write(
            f"format: netra-bundle/1\nname: Linkage probe Sumatra & Kepri (seed {args.seed})\npolicy: id\ntimezone: Asia/Jakarta\n"
        )
    with open(out / "agencies.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "parent_code", "region_code"])
        for a in AGENCIES:
            w.writerow([a.code, a.name, a.parent, a.region])
    with open(out / "roster.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(
            [
                "nip",
                "name",
                "agency_code",
                "unit",
                "position",
                "employment_type",
                "region_code",
                "status",
            ]
        )
        for e in employees:
            w.writerow(
                [
                    e.nip,
                    e.roster,
                    e.agency.code,
                    e.unit.name,
                    e.position[0],
                    e.emp_type,
                    e.unit.region,
                    e.status,
                ]
            )

    events: list[dict] = []
    ev_n = [0]

    def add_event(platform, action, when, actor: Acct, target=None, text=None, post_id=None):
        ev_n[0] += 1
        url = None
        if action == "post":
            post_id = post_id or pids.new(platform)
            eid = f"{platform}:{post_id}:post:{actor.user_id}"
            url = post_url(platform, actor.handle, post_id)
        else:
            key = target.get("post_id") or target.get("author_user_id")
            eid = f"{platform}:{key}:{action}:{actor.user_id}:{ev_n[0]}"
        events.append(
            {
                "event_id": eid,
                "platform": platform,
                "action": action,
                "occurred_at": iso(when) if when else None,
                "actor": actor.actor(),
                "target": target,
                "text": text,
                "url": url,
                "media": [],
                "source": "probe-patrol",
            }
        )

    # ---------------- declared accounts and their public posts
    declared: list[tuple[Employee, Acct]] = []
    for e in rng.sample(active, round(len(employees) * 0.06)):
        plat = rng.choices(["facebook", "instagram", "x", "tiktok"], weights=[60, 25, 10, 5])[0]
        disp = (
            e.person.core()
            if rng.random() < 0.6
            else (e.roster.title() if e.roster.isupper() else e.roster)
        )
        acct = Acct(
            plat,
            ids.user_id(plat),
            ids.handle(plat, handle_stem(e.person.core(), e.person, rng, None)),
            disp,
            bio=f"{e.position[0]} {e.unit.name}" if rng.random() < 0.5 else "",
            location=e.unit.town,
            kind="declared",
            nip=e.nip,
            town=e.unit.town,
            region=e.unit.region,
        )
        declared.append((e, acct))
    with open(out / "accounts.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(
            ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"]
        )
        for e, a in declared:
            w.writerow(
                [
                    e.nip,
                    a.platform,
                    a.handle,
                    a.user_id,
                    a.display,
                    iso(rand_time(rng, dt.date(2023, 6, 1), dt.date(2024, 6, 30)))[:10],
                    rng.choice(["true", "true", ""]),
                ]
            )
    declared_posts: list[dict] = []  # {platform, post_id, author Acct, employee, time, text}
    for e, a in declared:
        for _ in range(rng.randint(2, 4)):
            pid = pids.new(a.platform)
            t = rand_time(rng, dt.date(2024, 1, 5), dt.date(2024, 12, 15))
            text = rng.choice(WORK_POSTS).format(unit=e.unit.name, town=e.unit.town)
            add_event(a.platform, "post", t, a, None, text, post_id=pid)
            declared_posts.append(
                {
                    "platform": a.platform,
                    "post_id": pid,
                    "acct": a,
                    "emp": e,
                    "time": t,
                    "text": text,
                }
            )

    def like_declared(actor: Acct, post: dict):
        t = post["time"] + dt.timedelta(hours=rng.randint(1, 72), minutes=rng.randint(0, 59))
        tgt = {
            "post_id": post["post_id"],
            "author_user_id": post["acct"].user_id,
            "author_handle": post["acct"].handle,
            "text": post["text"],
            "url": post_url(post["platform"], post["acct"].handle, post["post_id"]),
        }
        if rng.random() < 0.75:
            add_event(actor.platform, "like", t, actor, tgt)
        else:
            add_event(
                actor.platform,
                "comment",
                t,
                actor,
                tgt,
                rng.choice(
                    [
                        "Mantap 👍",
                        "Sukses selalu",
                        "Semangat!",
                        "Luar biasa",
                        "Terima kasih infonya",
                        "🙏🙏",
                    ]
                ),
            )

    # ---------------- targets, elections, keywords
    el_by_id = {e[0]: e for e in ELECTIONS}
    with open(out / "elections.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(
            ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"]
        )
        for eid, name, reg in ELECTIONS:
            for st, s, en in STAGES:
                w.writerow([eid, name, "regional_head", reg, st, s, en])
    target_accts: dict[str, list[Acct]] = {}
    target_posts: dict[tuple[str, str], list[dict]] = {}  # (target_id, platform) -> posts
    with (
        open(out / "targets.csv", "w", newline="", encoding="utf-8") as f,
        open(out / "keywords.csv", "w", newline="", encoding="utf-8") as fk,
    ):
        w = csv.writer(f)
        wk = csv.writer(fk)
        w.writerow(
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
            ]
        )
        wk.writerow(["target_id", "term"])
        for tid, name, kind, eid, ballot, party, stem, kws in TARGETS:
            for term in kws:
                wk.writerow([tid, term])
            plats = ["facebook", "instagram", "x", "tiktok"] + (
                ["youtube"] if kind == "candidate" else []
            )
            target_accts[tid] = []
            for plat in plats:
                a = Acct(plat, ids.user_id(plat), ids.handle(plat, stem), name, kind="target")
                target_accts[tid].append(a)
                w.writerow([tid, name, kind, eid, ballot, party, plat, a.handle, a.user_id])
                posts = []
                reg = el_by_id[eid][2] if eid else "12"
                towns = NEAR_TOWNS[reg.split(".")[0]]
                for _ in range(8):
                    town = rng.choice(towns)
                    pid = pids.new(plat)
                    text = rng.choice(CAND_POST).format(
                        pasar="Pasar " + rng.choice(PASAR.get(town, [town])),
                        town=town,
                        kw=rng.choice(kws),
                    )
                    posts.append(
                        {
                            "post_id": pid,
                            "author_user_id": a.user_id,
                            "author_handle": a.handle,
                            "text": text,
                            "url": post_url(plat, a.handle, pid),
                        }
                    )
                target_posts[(tid, plat)] = posts

    def election_for(region: str) -> str:
        if region.startswith("11"):
            return "PILGUB-ACEH-2024"
        if region.startswith("12"):
            return "PILGUB-SUMUT-2024"
        if region == "13.71":
            return "PILWALKOT-PADANG-2024" if rng.random() < 0.7 else "PILGUB-SUMBAR-2024"
        if region.startswith("13"):
            return "PILGUB-SUMBAR-2024"
        return "PILWAKO-BATAM-2024"

    def political(actor: Acct):
        eid = election_for(actor.region)
        tids = [t for t in TARGETS if t[3] == eid]
        for _ in range(rng.choices([1, 2, 3], weights=[50, 35, 15])[0]):
            tt = rng.choice(tids) if rng.random() > 0.05 else TARGETS[-1]
            tid, name, _, _, ballot, _, _, kws = tt
            plat = actor.platform
            acct = (
                next(a for a in target_accts[tid] if a.platform == plat)
                if any(a.platform == plat for a in target_accts[tid])
                else None
            )
            if acct is None:
                tt = rng.choice([t for t in tids if t[2] == "candidate"])
                tid, name, _, _, ballot, _, _, kws = tt
                acct = next(a for a in target_accts[tid] if a.platform == plat)
            t = rand_time(rng, dt.date(2024, 9, 1), dt.date(2024, 11, 26))
            action = rng.choices(
                ["like", "comment", "share", "follow", "reply"], weights=[45, 25, 15, 10, 5]
            )[0]
            if action == "follow":
                add_event(
                    plat,
                    "follow",
                    t,
                    actor,
                    {"author_user_id": acct.user_id, "author_handle": acct.handle},
                )
                continue
            post = rng.choice(target_posts[(tid, plat)])
            text = None
            if action in ("comment", "reply"):
                text = rng.choice(SUPPORT_COMMENTS).format(
                    kw=rng.choice(kws),
                    name=name.split()[0]
                    if not name.startswith(("Teuku", "Muhammad"))
                    else name.split()[1],
                    ballot=ballot or "1",
                    town=actor.town or "sini",
                )
            elif action == "share" and rng.random() < 0.4:
                text = rng.choice(["Ayo dukung!", "Mantap", rng.choice(kws)])
            add_event(plat, action, t, actor, dict(post), text)
        if rng.random() < 0.1:
            tt = rng.choice([t for t in tids if t[2] == "candidate"])
            add_event(
                actor.platform,
                "post",
                rand_time(rng, dt.date(2024, 9, 25), dt.date(2024, 11, 23)),
                actor,
                None,
                rng.choice(CAMPAIGN_POSTS).format(
                    kw=rng.choice(tt[7]), town=actor.town or "kita", name=tt[1]
                ),
            )

    # ---------------- undeclared actors
    n_actors = round(args.employees * 0.6)
    n_emp = round(n_actors * 0.25)
    n_ns = round(n_actors * 0.33)
    n_imp = round(n_actors * 0.04)
    n_pub = n_actors - n_emp - n_ns - n_imp
    actors: list[Acct] = []
    declared_by_agency: dict[str, list[dict]] = {}
    declared_by_town: dict[str, list[dict]] = {}
    for dp in declared_posts:
        declared_by_agency.setdefault(dp["emp"].agency.code, []).append(dp)
        declared_by_town.setdefault(dp["emp"].unit.town, []).append(dp)

    def pick_platform() -> str:
        return rng.choices(PLATFORMS, weights=PLATFORM_W)[0]

    # employees' own undeclared accounts
    owners = rng.sample(active, n_emp)
    extra = rng.sample(owners, round(n_emp * 0.05))
    owners = owners[: n_emp - len(extra)] + extra
    for e in owners:
        plat = pick_platform()
        variant, disp = employee_presentation(e, rng)
        by = e.person.birth.year if rng.random() < 0.5 else None
        handle = ids.handle(
            plat, handle_stem(disp if rng.random() < 0.7 else e.person.core(), e.person, rng, by)
        )
        bio_kind, bio = employee_bio(e, rng)
        loc = pick_town_label(e.unit.town, e.unit.region, rng)
        a = Acct(
            plat,
            ids.user_id(plat),
            handle,
            disp,
            bio,
            loc,
            "employee",
            e.nip,
            e.unit.town,
            e.unit.region,
            {
                "name_variant": variant,
                "bio": bio_kind,
                "colleague_likes": 0,
                "post_mentions_unit": False,
            },
        )
        if rng.random() < 0.03:
            a.display = a.handle
            a.evidence["name_variant"] = "handle_as_name"
        actors.append(a)
        if rng.random() < 0.4:
            same = [
                dp
                for dp in declared_by_agency.get(e.agency.code, [])
                if dp["platform"] == plat and dp["emp"].nip != e.nip
            ]
            same.sort(key=lambda dp: dp["emp"].unit.name != e.unit.name)
            for dp in same[: rng.randint(1, 4)]:
                like_declared(a, dp)
                a.evidence["colleague_likes"] += 1
        if rng.random() < 0.12:
            us = rng.choice(e.unit.shorts)
            txt = rng.choice(EMP_OWN_POSTS).format(unit=us, town=e.unit.town)
            a.evidence["post_mentions_unit"] = "{unit}" in txt or us in txt
            add_event(
                plat,
                "post",
                rand_time(rng, dt.date(2024, 1, 10), dt.date(2024, 12, 10)),
                a,
                None,
                txt,
            )

    # namesakes: exactly an employee's name, same town
    def ns_weight(e: Employee) -> float:
        w = {"batak": 3.0, "batak_mus": 3.0, "nias": 2.0, "chinese": 1.0}.get(e.person.eth, 1.5)
        return w * (0.4 if len(e.person.core().split()) == 1 else 1.0)

    ns_src = rng.choices(employees, weights=[ns_weight(e) for e in employees], k=n_ns)
    for e in ns_src:
        plat = pick_platform()
        core = e.person.core()
        r = rng.random()
        disp = (
            core
            if r < 0.78
            else (
                core.lower()
                if r < 0.88
                else core.upper()
                if r < 0.92
                else core.replace(" br. ", " Br ")
            )
        )
        by = rng.randint(1960, 2005)
        handle = ids.handle(plat, handle_stem(core, None, rng, by if rng.random() < 0.5 else None))
        bio = public_bio(e.unit.town, e.unit.region, rng, other_asn=0.12)
        loc = (
            rng.choice(TOWN_VARIANTS.get(e.unit.town, [e.unit.town])) if rng.random() < 0.7 else ""
        )
        a = Acct(
            plat,
            ids.user_id(plat),
            handle,
            disp,
            bio,
            loc,
            "namesake",
            None,
            e.unit.town,
            e.unit.region,
            {"copies_nip": e.nip, "neighbour_likes": 0},
        )
        actors.append(a)
        if rng.random() < 0.2:
            near = [dp for dp in declared_by_town.get(e.unit.town, []) if dp["platform"] == plat]
            for dp in rng.sample(near, min(len(near), rng.randint(1, 2))):
                like_declared(a, dp)
                a.evidence["neighbour_likes"] += 1
        if rng.random() < 0.12:
            add_event(
                plat,
                "post",
                rand_time(rng, dt.date(2024, 1, 10), dt.date(2024, 12, 10)),
                a,
                None,
                rng.choice(PUBLIC_OWN_POSTS).format(town=e.unit.town),
            )

    # impostors: official-looking copies of an employee
    senior = [
        e
        for e in active
        if e.position[0].startswith(("Kepala", "Camat", "Sekretaris"))
        or e.roster.lower().startswith(("dr", "h.", "hj."))
    ]
    for e in rng.sample(senior, min(n_imp, len(senior))):
        plat = pick_platform()
        rn = e.roster.title() if e.roster.isupper() else e.roster
        core = e.person.core()
        r = rng.random()
        disp = f"{rn} (Official)" if r < 0.4 else (rn if r < 0.7 else f"{core} Official")
        stem = ascii_name(core).replace(" ", "")[:18] + rng.choice(
            ["_asli", ".official", "_official", "official", ".resmi", "_real"]
        )
        handle = ids.handle(plat, stem)
        bio = rng.choice(
            [
                f"{e.position[0]} {e.unit.name}",
                f"Akun resmi {e.position[0]} {e.unit.name}, {e.agency.name}",
                f"{e.position[0]} {e.unit.name} | {e.agency.abbrs[0]} | Official account",
                f"Official account of {core}, {e.position[0]} {e.unit.name}",
            ]
        )
        a = Acct(
            plat,
            ids.user_id(plat),
            handle,
            disp,
            bio,
            e.unit.town,
            "impostor",
            None,
            e.unit.town,
            e.unit.region,
            {"copies_nip": e.nip, "colleague_likes": 0},
        )
        actors.append(a)
        if rng.random() < 0.3:
            same = [
                dp
                for dp in declared_by_agency.get(e.agency.code, [])
                if dp["platform"] == plat and dp["emp"].nip != e.nip
            ]
            for dp in same[: rng.randint(1, 3)]:
                like_declared(a, dp)
                a.evidence["colleague_likes"] += 1

    # other public accounts
    towns = [(u.town, u.region) for ag in AGENCIES for u in ag.units]
    for _ in range(n_pub):
        town, region = rng.choice(towns)
        plat = pick_platform()
        if rng.random() < 0.06:
            disp = rng.choice(ORG_NAMES).format(town=town)
            bio = f"Informasi seputar {town}"
            handle = ids.handle(plat, ascii_name(disp).replace(" ", ""))
        else:
            prov = region.split(".")[0]
            eth = wpick(
                rng, {"11": ETH_ACEH, "12": ETH_MEDAN, "13": ETH_SUMBAR, "21": ETH_BATAM}[prov]
            )
            p = make_person(eth, rng, fake)
            r = rng.random()
            disp = (
                p.core()
                if r < 0.55
                else (
                    p.core().lower()
                    if r < 0.65
                    else f"{'Bang' if p.sex == 'M' else 'Kak'} {p.nick}"
                    if r < 0.8
                    else p.given[0]
                )
            )
            bio = public_bio(town, region, rng, other_asn=0.05)
            handle = ids.handle(
                plat, handle_stem(disp, p, rng, p.birth.year if rng.random() < 0.4 else None)
            )
        loc = pick_town_label(town, region, rng)
        a = Acct(
            plat,
            ids.user_id(plat),
            handle,
            disp,
            bio,
            loc,
            "public",
            None,
            town,
            region,
            {"neighbour_likes": 0},
        )
        actors.append(a)
        if rng.random() < 0.08:
            near = [dp for dp in declared_by_town.get(town, []) if dp["platform"] == plat]
            if near:
                like_declared(a, rng.choice(near))
                a.evidence["neighbour_likes"] += 1
        if rng.random() < 0.1:
            add_event(
                plat,
                "post",
                rand_time(rng, dt.date(2024, 1, 10), dt.date(2024, 12, 10)),
                a,
                None,
                rng.choice(PUBLIC_OWN_POSTS).format(town=town),
            )

    for a in actors:
        political(a)

    events.sort(key=lambda ev: ev["occurred_at"] or "")
    with open(out / "events.jsonl", "w", encoding="utf-8") as f:
        for ev in events:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    with (
        open(out / "truth" / "links.jsonl", "w", encoding="utf-8") as f,
        open(out / "truth" / "actors.jsonl", "w", encoding="utf-8") as fd,
    ):
        for a in actors:
            f.write(
                json.dumps(
                    {
                        "platform": a.platform,
                        "user_id": a.user_id,
                        "handle": a.handle,
                        "nip": a.nip,
                        "kind": a.kind,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
            fd.write(
                json.dumps(
                    {
                        "platform": a.platform,
                        "user_id": a.user_id,
                        "handle": a.handle,
                        "display_name": a.display,
                        "bio": a.bio,
                        "location": a.location,
                        "town": a.town,
                        "kind": a.kind,
                        "nip": a.nip,
                        "evidence": a.evidence,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    kinds: dict[str, int] = {}
    for a in actors:
        kinds[a.kind] = kinds.get(a.kind, 0) + 1
    print(
        f"employees={len(employees)} declared={len(declared)} actors={len(actors)} {kinds} events={len(events)} -> {out}"
    )


if __name__ == "__main__":
    main()
