# ruff: noqa: E501
"""Independent linkage probe: Bali, NTB (Lombok) and East Java.

Writes a netra-bundle/1 folder (per spec/bundle-v1.md) describing ~3,000 civil servants in
18 agencies of Bali (51), NTB (52) and East Java (35), their declared accounts (~6 %), and
~1,800 undeclared social-media actors who all engage with a candidate inside a Pilkada 2024
neutrality window:

* about a quarter are employees' own undeclared accounts, presented the way people really
  present themselves (personal name only, abbreviated birth-order names, caste nicknames,
  lowercase, handles with birth years, abbreviated unit/agency bios or none, likes and
  follows of colleagues' declared accounts);
* about a third are namesakes: members of the public with exactly an employee's name, in the
  same regency, with ordinary bios (some in the same trade at another employer, some PNS of
  another agency, some liking a neighbour's declared post);
* the rest are other public accounts, plus ~1 % impostors copying an employee.

Truth: OUT/truth/links.jsonl, one line per undeclared actor:
{"platform", "user_id", "handle", "nip" (true owner or null), "kind"}.
All people are invented (Faker id_ID plus the name parts below).

Usage: python benchmarks/linkage_probe_bali.py OUT_DIR [--employees 3000] [--seed 21]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from random import Random

from faker import Faker

# --------------------------------------------------------------------------------------
# Geography
# --------------------------------------------------------------------------------------

REGENCIES: dict[str, dict] = {
    "51.71": {
        "name": "Denpasar",
        "tz": 8,
        "towns": [
            "Denpasar",
            "Sanur",
            "Renon",
            "Panjer",
            "Sesetan",
            "Ubung",
            "Denpasar Barat",
            "Denpasar Timur",
            "Padangsambian",
        ],
    },
    "51.03": {
        "name": "Badung",
        "tz": 8,
        "towns": [
            "Kuta",
            "Mengwi",
            "Abiansemal",
            "Jimbaran",
            "Nusa Dua",
            "Canggu",
            "Kerobokan",
            "Legian",
            "Mangupura",
            "Dalung",
            "Petang",
            "Seminyak",
            "Kedonganan",
        ],
    },
    "51.08": {
        "name": "Buleleng",
        "tz": 8,
        "towns": [
            "Singaraja",
            "Seririt",
            "Lovina",
            "Gerokgak",
            "Sawan",
            "Kubutambahan",
            "Banjar",
            "Sukasada",
            "Tejakula",
            "Kalibukbuk",
        ],
    },
    "52.71": {
        "name": "Mataram",
        "tz": 8,
        "towns": ["Mataram", "Ampenan", "Cakranegara", "Sekarbela", "Selaparang", "Pagesangan"],
    },
    "52.03": {
        "name": "Lombok Timur",
        "tz": 8,
        "towns": [
            "Selong",
            "Masbagik",
            "Aikmel",
            "Pringgabaya",
            "Labuhan Haji",
            "Sakra",
            "Sembalun",
            "Keruak",
            "Terara",
            "Sikur",
        ],
    },
    "35.10": {
        "name": "Banyuwangi",
        "tz": 7,
        "towns": [
            "Banyuwangi",
            "Genteng",
            "Rogojampi",
            "Muncar",
            "Glenmore",
            "Kalibaru",
            "Srono",
            "Giri",
            "Kabat",
            "Glagah",
        ],
    },
    "35.78": {
        "name": "Surabaya",
        "tz": 7,
        "towns": [
            "Surabaya",
            "Rungkut",
            "Wonokromo",
            "Tegalsari",
            "Gubeng",
            "Kenjeran",
            "Sukolilo",
            "Wiyung",
        ],
    },
}
PROVINCE_GENERIC = {
    "51": ["Bali", "Bali, Indonesia", "Pulau Dewata", "Indonesia", "Bali 🌴"],
    "52": ["Lombok", "NTB", "Lombok, Indonesia", "Nusa Tenggara Barat", "Pulau Lombok"],
    "35": ["Jawa Timur", "Jatim", "Indonesia", "East Java"],
}

# Ethnic mix of the people who live (and work) in each regency.
ETH_MIX = {
    "51.71": {"bali": 80, "jawa": 14, "sasak": 4},
    "51.03": {"bali": 89, "jawa": 9, "sasak": 2},
    "51.08": {"bali": 87, "jawa": 11, "sasak": 2},
    "52.71": {"sasak": 66, "bali": 18, "jawa": 16},
    "52.03": {"sasak": 94, "jawa": 4, "bali": 2},
    "35.10": {"jawa": 92, "bali": 6, "sasak": 2},
    "35.78": {"jawa": 97, "bali": 2, "sasak": 1},
}

# --------------------------------------------------------------------------------------
# Agencies and units
# --------------------------------------------------------------------------------------

# code, name, parent, region, short forms, weight (share of employees)
AGENCIES = [
    (
        "PEMPROV-BALI",
        "Pemerintah Provinsi Bali",
        "",
        "51",
        ["Pemprov Bali", "Pemprov. Bali", "Pemerintah Provinsi Bali", "Prov. Bali"],
        190,
    ),
    (
        "DIKPORA-BALI",
        "Dinas Pendidikan, Kepemudaan dan Olahraga Provinsi Bali",
        "PEMPROV-BALI",
        "51",
        ["Disdikpora Bali", "Disdikpora Prov. Bali", "Pemprov Bali"],
        150,
    ),
    (
        "RSBM-BALI",
        "RSUD Bali Mandara",
        "PEMPROV-BALI",
        "51.71",
        ["RSUD Bali Mandara", "RS Bali Mandara", "RSBM", "Pemprov Bali"],
        110,
    ),
    (
        "PEMKOT-DPS",
        "Pemerintah Kota Denpasar",
        "",
        "51.71",
        ["Pemkot Denpasar", "Pemkot Dps", "Kota Denpasar", "Pemerintah Kota Denpasar"],
        230,
    ),
    (
        "PEMKAB-BADUNG",
        "Pemerintah Kabupaten Badung",
        "",
        "51.03",
        ["Pemkab Badung", "Pemda Badung", "Kab. Badung", "Pemerintah Kabupaten Badung"],
        200,
    ),
    (
        "DIKPORA-BADUNG",
        "Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Badung",
        "PEMKAB-BADUNG",
        "51.03",
        ["Disdikpora Badung", "Pemkab Badung", "Kab. Badung"],
        200,
    ),
    (
        "DINKES-BADUNG",
        "Dinas Kesehatan Kabupaten Badung",
        "PEMKAB-BADUNG",
        "51.03",
        ["Dinkes Badung", "Dinkes Kab. Badung", "Pemkab Badung"],
        150,
    ),
    (
        "RSUD-MANGUSADA",
        "RSUD Mangusada Kabupaten Badung",
        "PEMKAB-BADUNG",
        "51.03",
        ["RSUD Mangusada", "RSD Mangusada", "RS Mangusada", "Pemkab Badung"],
        110,
    ),
    (
        "PEMKAB-BULELENG",
        "Pemerintah Kabupaten Buleleng",
        "",
        "51.08",
        ["Pemkab Buleleng", "Pemda Buleleng", "Kab. Buleleng", "Pemkab Bll"],
        260,
    ),
    (
        "RSUD-BULELENG",
        "RSUD Kabupaten Buleleng",
        "PEMKAB-BULELENG",
        "51.08",
        ["RSUD Buleleng", "RSUD Kab. Buleleng", "RS Buleleng"],
        90,
    ),
    (
        "KANWIL-KEMENAG-BALI",
        "Kantor Wilayah Kementerian Agama Provinsi Bali",
        "",
        "51",
        ["Kanwil Kemenag Bali", "Kemenag Bali", "Kementerian Agama"],
        130,
    ),
    (
        "PEMPROV-NTB",
        "Pemerintah Provinsi Nusa Tenggara Barat",
        "",
        "52",
        ["Pemprov NTB", "Pemprov. NTB", "Prov. NTB", "Pemerintah Provinsi NTB"],
        220,
    ),
    (
        "PEMKOT-MATARAM",
        "Pemerintah Kota Mataram",
        "",
        "52.71",
        ["Pemkot Mataram", "Pemkot Mtr", "Kota Mataram"],
        180,
    ),
    (
        "PEMKAB-LOTIM",
        "Pemerintah Kabupaten Lombok Timur",
        "",
        "52.03",
        ["Pemkab Lotim", "Pemda Lotim", "Pemkab Lombok Timur", "Kab. Lotim"],
        300,
    ),
    (
        "RSUD-SELONG",
        "RSUD Selong Kabupaten Lombok Timur",
        "PEMKAB-LOTIM",
        "52.03",
        ["RSUD Selong", "RS Selong", "Pemkab Lotim"],
        90,
    ),
    (
        "PEMKAB-BWI",
        "Pemerintah Kabupaten Banyuwangi",
        "",
        "35.10",
        ["Pemkab Banyuwangi", "Pemkab Bwi", "Pemda Banyuwangi", "Kab. Banyuwangi"],
        200,
    ),
    (
        "RSUD-BLAMBANGAN",
        "RSUD Blambangan",
        "PEMKAB-BWI",
        "35.10",
        ["RSUD Blambangan", "RS Blambangan", "Pemkab Banyuwangi"],
        80,
    ),
    (
        "PEMKOT-SBY",
        "Pemerintah Kota Surabaya",
        "",
        "35.78",
        ["Pemkot Surabaya", "Pemkot Sby", "Kota Surabaya"],
        110,
    ),
]

# agency -> [(unit name, regency code, unit type, short forms, ethnic override or None)]
UNITS: dict[str, list[tuple]] = {
    "PEMPROV-BALI": [
        (
            "Biro Umum dan Protokol Sekretariat Daerah",
            "51.71",
            "office",
            ["Biro Umum Setda Bali", "Setda Prov. Bali", "Biro Umum"],
            None,
        ),
        ("Dinas Pariwisata", "51.71", "office", ["Dispar Bali", "Dinas Pariwisata Bali"], None),
        (
            "Badan Pendapatan Daerah",
            "51.71",
            "office",
            ["Bapenda Bali", "Bapenda Prov. Bali"],
            None,
        ),
        (
            "Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman",
            "51.71",
            "teknik",
            ["PUPRKIM Bali", "Dinas PU Bali", "PUPR Bali"],
            None,
        ),
        (
            "Satuan Polisi Pamong Praja",
            "51.71",
            "satpol",
            ["Satpol PP Bali", "Satpol PP Prov. Bali"],
            None,
        ),
        (
            "UPTD Pengelolaan Pendapatan Daerah Badung",
            "51.03",
            "office",
            ["Samsat Badung", "UPTD PPD Badung"],
            None,
        ),
        (
            "UPTD Pengelolaan Pendapatan Daerah Buleleng",
            "51.08",
            "office",
            ["Samsat Buleleng", "Samsat Singaraja"],
            None,
        ),
    ],
    "DIKPORA-BALI": [
        (
            "SMA Negeri 1 Denpasar",
            "51.71",
            "school_sma",
            ["SMAN 1 Denpasar", "Smansa Denpasar", "SMA N 1 Denpasar"],
            None,
        ),
        (
            "SMA Negeri 1 Kuta",
            "51.03",
            "school_sma",
            ["SMAN 1 Kuta", "Smansa Kuta", "SMA N 1 Kuta"],
            None,
        ),
        (
            "SMA Negeri 1 Singaraja",
            "51.08",
            "school_sma",
            ["SMAN 1 Singaraja", "Smansa Singaraja", "SMA N 1 Singaraja"],
            None,
        ),
        (
            "SMK Negeri 1 Singaraja",
            "51.08",
            "school_sma",
            ["SMKN 1 Singaraja", "SMK N 1 Singaraja", "Skensa Singaraja"],
            None,
        ),
        (
            "SMA Negeri 2 Mengwi",
            "51.03",
            "school_sma",
            ["SMAN 2 Mengwi", "Smanda Mengwi", "SMA N 2 Mengwi"],
            None,
        ),
    ],
    "RSBM-BALI": [
        (
            "Instalasi Gawat Darurat",
            "51.71",
            "hospital",
            ["IGD RSUD Bali Mandara", "IGD RSBM", "RSUD Bali Mandara"],
            None,
        ),
        (
            "Instalasi Rawat Inap",
            "51.71",
            "hospital",
            ["RSUD Bali Mandara", "RSBM", "Rawat Inap RSBM"],
            None,
        ),
        ("Instalasi Farmasi", "51.71", "hospital", ["Farmasi RSBM", "RSUD Bali Mandara"], None),
        ("Bagian Keuangan", "51.71", "office", ["RSUD Bali Mandara", "Keuangan RSBM"], None),
    ],
    "PEMKOT-DPS": [
        (
            "Dinas Kependudukan dan Pencatatan Sipil",
            "51.71",
            "office",
            ["Disdukcapil Denpasar", "Dukcapil Kota Dps", "Disdukcapil Kota Denpasar"],
            None,
        ),
        (
            "Kecamatan Denpasar Selatan",
            "51.71",
            "kecamatan",
            ["Kantor Camat Densel", "Kec. Denpasar Selatan", "Camat Denpasar Selatan"],
            None,
        ),
        (
            "Badan Perencanaan Pembangunan Daerah",
            "51.71",
            "office",
            ["Bappeda Denpasar", "Bappeda Kota Dps"],
            None,
        ),
        (
            "SD Negeri 2 Sanur",
            "51.71",
            "school_sd",
            ["SDN 2 Sanur", "SD N 2 Sanur", "SD 2 Sanur"],
            None,
        ),
        (
            "SD Negeri 5 Dauh Puri",
            "51.71",
            "school_sd",
            ["SDN 5 Dauh Puri", "SD 5 Dauh Puri", "SDN5 Dauh Puri"],
            None,
        ),
        (
            "SMP Negeri 3 Denpasar",
            "51.71",
            "school_smp",
            ["SMPN 3 Denpasar", "Spensa Denpasar", "SMP N 3 Dps"],
            None,
        ),
        (
            "Puskesmas I Denpasar Selatan",
            "51.71",
            "puskesmas",
            ["Puskesmas I Densel", "PKM 1 Denpasar Selatan", "Pusk. I Densel"],
            None,
        ),
        (
            "Puskesmas II Denpasar Barat",
            "51.71",
            "puskesmas",
            ["Puskesmas II Denbar", "PKM 2 Denpasar Barat", "Pusk. II Denbar"],
            None,
        ),
    ],
    "PEMKAB-BADUNG": [
        (
            "Sekretariat Daerah",
            "51.03",
            "office",
            ["Setda Badung", "Setda Kab. Badung", "Puspem Badung"],
            None,
        ),
        ("Dinas Pariwisata", "51.03", "office", ["Dispar Badung", "Dinas Pariwisata Badung"], None),
        ("Badan Pendapatan Daerah", "51.03", "office", ["Bapenda Badung"], None),
        (
            "Satuan Polisi Pamong Praja",
            "51.03",
            "satpol",
            ["Satpol PP Badung", "Pol PP Badung"],
            None,
        ),
        (
            "Kecamatan Kuta",
            "51.03",
            "kecamatan",
            ["Kantor Camat Kuta", "Kec. Kuta", "Camat Kuta"],
            None,
        ),
        ("Kecamatan Mengwi", "51.03", "kecamatan", ["Kantor Camat Mengwi", "Kec. Mengwi"], None),
        (
            "Dinas Pertanian dan Pangan",
            "51.03",
            "pertanian",
            ["Distan Badung", "Dinas Pertanian Badung"],
            None,
        ),
    ],
    "DIKPORA-BADUNG": [
        (
            "SD Negeri 3 Kuta",
            "51.03",
            "school_sd",
            ["SDN 3 Kuta", "SD N 3 Kuta", "SD 3 Kuta", "SDN3 Kuta"],
            None,
        ),
        (
            "SD Negeri 1 Jimbaran",
            "51.03",
            "school_sd",
            ["SDN 1 Jimbaran", "SD N 1 Jimbaran", "SD 1 Jimbaran"],
            None,
        ),
        (
            "SD Negeri 4 Mengwi",
            "51.03",
            "school_sd",
            ["SDN 4 Mengwi", "SD 4 Mengwi", "SDN4 Mengwi"],
            None,
        ),
        (
            "SD Negeri 2 Abiansemal",
            "51.03",
            "school_sd",
            ["SDN 2 Abiansemal", "SD 2 Abiansemal"],
            None,
        ),
        (
            "SMP Negeri 1 Mengwi",
            "51.03",
            "school_smp",
            ["SMPN 1 Mengwi", "Spensa Mengwi", "SMP N 1 Mengwi"],
            None,
        ),
        (
            "SMP Negeri 2 Kuta Selatan",
            "51.03",
            "school_smp",
            ["SMPN 2 Kuta Selatan", "SMPN 2 Kutsel", "Spenda Kutsel"],
            None,
        ),
    ],
    "DINKES-BADUNG": [
        (
            "Puskesmas Abiansemal I",
            "51.03",
            "puskesmas",
            [
                "Puskesmas Abiansemal",
                "PKM Abiansemal 1",
                "Pusk. Abiansemal I",
                "Puskesmas Abiansemal 1",
            ],
            None,
        ),
        (
            "Puskesmas Abiansemal III",
            "51.03",
            "puskesmas",
            ["Puskesmas Abiansemal", "PKM Abiansemal 3", "Pusk. Abiansemal III"],
            None,
        ),
        (
            "Puskesmas Kuta I",
            "51.03",
            "puskesmas",
            ["Puskesmas Kuta", "PKM Kuta 1", "Pusk. Kuta I", "Puskesmas Kuta 1"],
            None,
        ),
        (
            "Puskesmas Mengwi II",
            "51.03",
            "puskesmas",
            ["Puskesmas Mengwi", "PKM Mengwi 2", "Pusk. Mengwi II"],
            None,
        ),
        (
            "Puskesmas Kuta Selatan",
            "51.03",
            "puskesmas",
            ["Puskesmas Kutsel", "PKM Kuta Selatan", "Pusk. Kuta Selatan"],
            None,
        ),
    ],
    "RSUD-MANGUSADA": [
        (
            "Instalasi Gawat Darurat",
            "51.03",
            "hospital",
            ["IGD RSUD Mangusada", "IGD Mangusada", "RSUD Mangusada"],
            None,
        ),
        (
            "Instalasi Rawat Inap",
            "51.03",
            "hospital",
            ["RSUD Mangusada", "RSD Mangusada Badung"],
            None,
        ),
        (
            "Instalasi Laboratorium",
            "51.03",
            "hospital",
            ["Lab RSUD Mangusada", "RSUD Mangusada"],
            None,
        ),
    ],
    "PEMKAB-BULELENG": [
        ("Sekretariat Daerah", "51.08", "office", ["Setda Buleleng", "Setda Kab. Buleleng"], None),
        (
            "Dinas Pertanian",
            "51.08",
            "pertanian",
            ["Distan Buleleng", "Dinas Pertanian Buleleng"],
            None,
        ),
        (
            "Kecamatan Buleleng",
            "51.08",
            "kecamatan",
            ["Kantor Camat Buleleng", "Kec. Buleleng"],
            None,
        ),
        (
            "SD Negeri 1 Seririt",
            "51.08",
            "school_sd",
            ["SDN 1 Seririt", "SD N 1 Seririt", "SD 1 Seririt"],
            None,
        ),
        (
            "SD Negeri 3 Banjar Jawa",
            "51.08",
            "school_sd",
            ["SDN 3 Banjar Jawa", "SD 3 Banjar Jawa"],
            None,
        ),
        (
            "SD Negeri 2 Kalibukbuk",
            "51.08",
            "school_sd",
            ["SDN 2 Kalibukbuk", "SD 2 Kalibukbuk"],
            None,
        ),
        (
            "SMP Negeri 1 Singaraja",
            "51.08",
            "school_smp",
            ["SMPN 1 Singaraja", "Spensa Singaraja", "SMP N 1 Singaraja"],
            None,
        ),
        (
            "Puskesmas Sawan I",
            "51.08",
            "puskesmas",
            ["Puskesmas Sawan", "PKM Sawan 1", "Pusk. Sawan I"],
            None,
        ),
        (
            "Puskesmas Gerokgak I",
            "51.08",
            "puskesmas",
            ["Puskesmas Gerokgak", "PKM Gerokgak 1", "Pusk. Gerokgak I"],
            None,
        ),
    ],
    "RSUD-BULELENG": [
        (
            "Instalasi Gawat Darurat",
            "51.08",
            "hospital",
            ["IGD RSUD Buleleng", "RSUD Buleleng"],
            None,
        ),
        (
            "Instalasi Rawat Inap",
            "51.08",
            "hospital",
            ["RSUD Buleleng", "RSUD Kab. Buleleng"],
            None,
        ),
    ],
    "KANWIL-KEMENAG-BALI": [
        (
            "Bidang Bimbingan Masyarakat Hindu",
            "51.71",
            "kemenag",
            ["Bimas Hindu Kanwil Bali", "Bimas Hindu Kemenag Bali"],
            {"bali": 100},
        ),
        (
            "Bidang Pendidikan Madrasah",
            "51.71",
            "kemenag",
            ["Penmad Kanwil Bali", "Kanwil Kemenag Bali"],
            {"jawa": 70, "sasak": 30},
        ),
        (
            "Kantor Kementerian Agama Kabupaten Badung",
            "51.03",
            "kemenag",
            ["Kemenag Badung", "Kankemenag Badung"],
            {"bali": 55, "jawa": 35, "sasak": 10},
        ),
        (
            "Kantor Kementerian Agama Kabupaten Buleleng",
            "51.08",
            "kemenag",
            ["Kemenag Buleleng", "Kankemenag Buleleng"],
            {"bali": 50, "jawa": 40, "sasak": 10},
        ),
        (
            "MIN 1 Buleleng",
            "51.08",
            "school_sd",
            ["MIN 1 Buleleng", "MIN Buleleng"],
            {"jawa": 75, "sasak": 25},
        ),
    ],
    "PEMPROV-NTB": [
        ("Dinas Pariwisata", "52.71", "office", ["Dispar NTB", "Dinas Pariwisata NTB"], None),
        (
            "Badan Perencanaan Pembangunan Daerah",
            "52.71",
            "office",
            ["Bappeda NTB", "Bappeda Prov. NTB"],
            None,
        ),
        (
            "SMA Negeri 1 Mataram",
            "52.71",
            "school_sma",
            ["SMAN 1 Mataram", "Smansa Mataram", "SMA N 1 Mataram"],
            None,
        ),
        (
            "SMA Negeri 1 Selong",
            "52.03",
            "school_sma",
            ["SMAN 1 Selong", "Smansa Selong", "SMA N 1 Selong"],
            None,
        ),
        ("SMK Negeri 1 Selong", "52.03", "school_sma", ["SMKN 1 Selong", "SMK N 1 Selong"], None),
        (
            "RSUD Provinsi NTB",
            "52.71",
            "hospital",
            ["RSUD Provinsi NTB", "RSUP NTB", "RSUD Prov. NTB"],
            None,
        ),
    ],
    "PEMKOT-MATARAM": [
        (
            "Dinas Kependudukan dan Pencatatan Sipil",
            "52.71",
            "office",
            ["Dukcapil Mataram", "Disdukcapil Kota Mtr"],
            None,
        ),
        ("Kecamatan Ampenan", "52.71", "kecamatan", ["Kantor Camat Ampenan", "Kec. Ampenan"], None),
        (
            "SD Negeri 2 Cakranegara",
            "52.71",
            "school_sd",
            ["SDN 2 Cakranegara", "SDN 2 Cakra", "SD 2 Cakranegara"],
            None,
        ),
        (
            "SMP Negeri 2 Mataram",
            "52.71",
            "school_smp",
            ["SMPN 2 Mataram", "Spenda Mataram", "SMP N 2 Mataram"],
            None,
        ),
        (
            "Puskesmas Ampenan",
            "52.71",
            "puskesmas",
            ["Puskesmas Ampenan", "PKM Ampenan", "Pusk. Ampenan"],
            None,
        ),
        (
            "Puskesmas Cakranegara",
            "52.71",
            "puskesmas",
            ["Puskesmas Cakra", "PKM Cakranegara", "Pusk. Cakranegara"],
            None,
        ),
    ],
    "PEMKAB-LOTIM": [
        ("Sekretariat Daerah", "52.03", "office", ["Setda Lotim", "Setda Lombok Timur"], None),
        ("Dinas Pertanian", "52.03", "pertanian", ["Distan Lotim", "Dinas Pertanian Lotim"], None),
        (
            "Kecamatan Masbagik",
            "52.03",
            "kecamatan",
            ["Kantor Camat Masbagik", "Kec. Masbagik"],
            None,
        ),
        (
            "SD Negeri 1 Aikmel",
            "52.03",
            "school_sd",
            ["SDN 1 Aikmel", "SD N 1 Aikmel", "SD 1 Aikmel"],
            None,
        ),
        ("SD Negeri 3 Masbagik", "52.03", "school_sd", ["SDN 3 Masbagik", "SD 3 Masbagik"], None),
        (
            "SMP Negeri 1 Sakra",
            "52.03",
            "school_smp",
            ["SMPN 1 Sakra", "Spensa Sakra", "SMP N 1 Sakra"],
            None,
        ),
        (
            "Puskesmas Masbagik",
            "52.03",
            "puskesmas",
            ["Puskesmas Masbagik", "PKM Masbagik", "Pusk. Masbagik"],
            None,
        ),
        (
            "Puskesmas Labuhan Haji",
            "52.03",
            "puskesmas",
            ["Puskesmas Labuhan Haji", "PKM Labuhan Haji", "Pusk. Labuhan Haji"],
            None,
        ),
    ],
    "RSUD-SELONG": [
        ("Instalasi Gawat Darurat", "52.03", "hospital", ["IGD RSUD Selong", "RSUD Selong"], None),
        ("Instalasi Rawat Inap", "52.03", "hospital", ["RSUD Selong", "RSUD Lotim"], None),
    ],
    "PEMKAB-BWI": [
        ("Sekretariat Daerah", "35.10", "office", ["Setda Banyuwangi", "Setda Bwi"], None),
        (
            "Dinas Kebudayaan dan Pariwisata",
            "35.10",
            "office",
            ["Disbudpar Banyuwangi", "Disbudpar Bwi"],
            None,
        ),
        ("Kecamatan Giri", "35.10", "kecamatan", ["Kantor Camat Giri", "Kec. Giri"], None),
        (
            "SD Negeri 1 Rogojampi",
            "35.10",
            "school_sd",
            ["SDN 1 Rogojampi", "SD 1 Rogojampi"],
            None,
        ),
        (
            "SMP Negeri 1 Genteng",
            "35.10",
            "school_smp",
            ["SMPN 1 Genteng", "Spensa Genteng", "SMP N 1 Genteng"],
            None,
        ),
        (
            "Puskesmas Muncar",
            "35.10",
            "puskesmas",
            ["Puskesmas Muncar", "PKM Muncar", "Pusk. Muncar"],
            None,
        ),
        ("Puskesmas Glenmore", "35.10", "puskesmas", ["Puskesmas Glenmore", "PKM Glenmore"], None),
    ],
    "RSUD-BLAMBANGAN": [
        (
            "Instalasi Gawat Darurat",
            "35.10",
            "hospital",
            ["IGD RSUD Blambangan", "RSUD Blambangan"],
            None,
        ),
        (
            "Instalasi Rawat Inap",
            "35.10",
            "hospital",
            ["RSUD Blambangan", "RS Blambangan Bwi"],
            None,
        ),
    ],
    "PEMKOT-SBY": [
        (
            "Dinas Kependudukan dan Pencatatan Sipil",
            "35.78",
            "office",
            ["Dispendukcapil Surabaya", "Dispendukcapil Sby"],
            None,
        ),
        (
            "Kecamatan Tegalsari",
            "35.78",
            "kecamatan",
            ["Kantor Kecamatan Tegalsari", "Kec. Tegalsari"],
            None,
        ),
        (
            "SD Negeri Kaliasin I",
            "35.78",
            "school_sd",
            ["SDN Kaliasin I", "SDN Kaliasin 1", "SD Kaliasin 1"],
            None,
        ),
        (
            "SMP Negeri 12 Surabaya",
            "35.78",
            "school_smp",
            ["SMPN 12 Surabaya", "SMPN 12 Sby", "Spendulas Sby"],
            None,
        ),
        (
            "Puskesmas Tanjungsari",
            "35.78",
            "puskesmas",
            ["Puskesmas Tanjungsari", "PKM Tanjungsari"],
            None,
        ),
    ],
}

# (position, short forms, degree kind, weight, PPPK possible)
POSITIONS = {
    "school_sd": [
        (
            "Guru Kelas Ahli Pertama",
            ["Guru", "Guru SD", "Pendidik", "Guru kelas"],
            "guru",
            30,
            True,
        ),
        ("Guru Kelas Ahli Muda", ["Guru", "Guru SD", "Pendidik"], "guru", 20, False),
        ("Guru Pendidikan Agama {agama}", ["Guru Agama {agama}", "Guru"], "guru_{rel}", 8, True),
        (
            "Guru Pendidikan Jasmani, Olahraga dan Kesehatan",
            ["Guru PJOK", "Guru Olahraga"],
            "guru",
            6,
            True,
        ),
        ("Kepala Sekolah", ["Kepsek", "Kepala Sekolah"], "guru", 2, False),
        ("Pengadministrasi Umum", ["Staf TU", "TU", "Tata Usaha"], "admin_sma", 5, False),
    ],
    "school_smp": [
        ("Guru Matematika Ahli Pertama", ["Guru Matematika", "Guru MTK", "Guru"], "guru", 10, True),
        (
            "Guru Bahasa Indonesia Ahli Muda",
            ["Guru B. Indonesia", "Guru Bahasa Indonesia", "Guru"],
            "guru",
            10,
            False,
        ),
        (
            "Guru Bahasa Inggris Ahli Pertama",
            ["English teacher", "Guru B. Inggris", "Guru"],
            "guru",
            8,
            True,
        ),
        ("Guru Ilmu Pengetahuan Alam Ahli Muda", ["Guru IPA", "Guru"], "guru", 8, False),
        ("Guru Ilmu Pengetahuan Sosial Ahli Pertama", ["Guru IPS", "Guru"], "guru", 6, True),
        ("Guru Bimbingan dan Konseling", ["Guru BK", "Konselor sekolah"], "guru", 4, True),
        ("Guru Pendidikan Agama {agama}", ["Guru Agama {agama}", "Guru"], "guru_{rel}", 5, True),
        ("Kepala Sekolah", ["Kepsek", "Kepala Sekolah"], "guru", 1, False),
        ("Pengadministrasi Umum", ["Staf TU", "TU"], "admin_sma", 4, False),
    ],
    "school_sma": [
        ("Guru Matematika Ahli Muda", ["Guru Matematika", "Guru"], "guru", 9, False),
        ("Guru Fisika Ahli Pertama", ["Guru Fisika", "Guru"], "guru", 5, True),
        ("Guru Kimia Ahli Muda", ["Guru Kimia", "Guru"], "guru", 5, False),
        (
            "Guru Bahasa Inggris Ahli Madya",
            ["English teacher", "Guru B. Inggris", "Guru"],
            "guru",
            7,
            False,
        ),
        ("Guru Sejarah Ahli Pertama", ["Guru Sejarah", "Guru"], "guru", 5, True),
        ("Guru Produktif Ahli Pertama", ["Guru Produktif", "Guru SMK", "Guru"], "guru", 5, True),
        ("Guru Pendidikan Agama {agama}", ["Guru Agama {agama}", "Guru"], "guru_{rel}", 4, True),
        ("Kepala Sekolah", ["Kepsek", "Kepala Sekolah"], "guru", 1, False),
        ("Pranata Laboratorium Pendidikan", ["Laboran", "Staf Lab"], "admin_sma", 2, False),
        ("Pengadministrasi Umum", ["Staf TU", "TU"], "admin_sma", 4, False),
    ],
    "puskesmas": [
        ("Perawat Terampil", ["Perawat", "Nakes"], "perawat", 20, True),
        ("Perawat Ahli Pertama", ["Perawat", "Nakes", "Ners"], "perawat", 12, True),
        ("Bidan Terampil", ["Bidan", "Nakes"], "bidan", 15, True),
        ("Bidan Ahli Pertama", ["Bidan", "Nakes"], "bidan", 6, True),
        ("Dokter Ahli Pertama", ["Dokter", "Dokter umum", "Nakes"], "dokter", 6, True),
        ("Dokter Gigi Ahli Pertama", ["Dokter gigi", "Nakes"], "drg", 2, False),
        ("Sanitarian Terampil", ["Sanitarian", "Nakes"], "kesmas", 3, True),
        ("Nutrisionis Ahli Pertama", ["Ahli gizi", "Nutrisionis", "Nakes"], "kesmas", 3, True),
        ("Pranata Laboratorium Kesehatan", ["Analis lab", "ATLM", "Nakes"], "kesmas", 3, True),
        ("Apoteker Ahli Pertama", ["Apoteker", "Nakes"], "apoteker", 2, True),
        ("Penyuluh Kesehatan Masyarakat", ["Promkes", "Nakes"], "kesmas", 2, False),
        ("Kepala Puskesmas", ["Kapus", "Kepala Puskesmas"], "dokter", 1, False),
        ("Perekam Medis Terampil", ["Rekam medis", "Staf"], "kesmas", 3, True),
        ("Pengadministrasi Umum", ["Staf", "Admin"], "admin_sma", 4, False),
    ],
    "hospital": [
        ("Perawat Terampil", ["Perawat", "Nakes"], "perawat", 24, True),
        ("Perawat Ahli Pertama", ["Perawat", "Ners", "Nakes"], "perawat", 16, True),
        ("Bidan Ahli Pertama", ["Bidan", "Nakes"], "bidan", 5, True),
        ("Dokter Ahli Pertama", ["Dokter", "Dokter jaga", "Nakes"], "dokter", 5, True),
        ("Dokter Ahli Madya", ["Dokter spesialis", "Dokter"], "dokter_sp", 4, False),
        ("Apoteker Ahli Muda", ["Apoteker", "Farmasi"], "apoteker", 3, True),
        ("Radiografer Terampil", ["Radiografer", "Nakes"], "kesmas", 2, True),
        ("Fisioterapis Terampil", ["Fisioterapis", "Nakes"], "kesmas", 2, True),
        ("Perekam Medis Terampil", ["Rekam medis", "Staf"], "kesmas", 3, True),
        ("Analis Keuangan", ["Staf keuangan", "Staf"], "admin_s1", 2, False),
        ("Pengadministrasi Umum", ["Staf", "Admin"], "admin_sma", 3, False),
    ],
    "office": [
        (
            "Analis Kebijakan Ahli Muda",
            ["Analis Kebijakan", "Staf", "Pegawai"],
            "admin_s1",
            10,
            False,
        ),
        ("Pengadministrasi Umum", ["Staf", "Staff", "Pegawai"], "admin_sma", 14, False),
        (
            "Penata Kelola Sistem dan Teknologi Informasi",
            ["Staf IT", "Admin IT", "Operator"],
            "it",
            4,
            True,
        ),
        (
            "Pranata Komputer Ahli Pertama",
            ["Pranata Komputer", "Operator", "Staf IT"],
            "it",
            4,
            True,
        ),
        ("Arsiparis Terampil", ["Arsiparis", "Staf"], "admin_sma", 3, True),
        ("Pranata Humas Ahli Pertama", ["Humas", "Staf Humas"], "admin_s1", 3, False),
        ("Kepala Bagian Umum", ["Kabag Umum", "Kabag"], "struktural", 1, False),
        ("Kepala Subbagian Keuangan", ["Kasubag Keuangan", "Kasubag"], "struktural", 2, False),
        ("Kepala Bidang", ["Kabid"], "struktural", 2, False),
        ("Kepala Seksi", ["Kasi", "Kepala Seksi"], "struktural", 3, False),
        ("Bendahara Pengeluaran", ["Bendahara", "Staf keuangan"], "admin_s1", 2, False),
        (
            "Analis Sumber Daya Manusia Aparatur",
            ["Analis SDM", "Staf kepegawaian"],
            "admin_s1",
            3,
            False,
        ),
        ("Perencana Ahli Pertama", ["Perencana", "Staf"], "admin_s1", 3, False),
        ("Pengelola Pengadaan Barang/Jasa", ["PPBJ", "Staf pengadaan"], "admin_s1", 2, False),
    ],
    "teknik": [
        (
            "Teknik Jalan dan Jembatan Ahli Pertama",
            ["Staf teknik", "Teknisi", "Pegawai"],
            "teknik",
            12,
            False,
        ),
        ("Teknik Tata Bangunan dan Perumahan", ["Staf teknik", "Pegawai"], "teknik", 6, False),
        ("Pengadministrasi Umum", ["Staf", "Pegawai"], "admin_sma", 8, False),
        ("Kepala Seksi", ["Kasi", "Kepala Seksi"], "struktural", 2, False),
    ],
    "satpol": [
        (
            "Polisi Pamong Praja Terampil",
            ["Pol PP", "Satpol PP", "Anggota Satpol PP"],
            "admin_sma",
            30,
            False,
        ),
        ("Polisi Pamong Praja Ahli Pertama", ["Pol PP", "Satpol PP"], "admin_s1", 8, False),
        ("Kepala Seksi Operasi dan Pengendalian", ["Kasi Ops", "Kasi"], "struktural", 1, False),
    ],
    "kecamatan": [
        ("Camat", ["Camat"], "struktural", 1, False),
        ("Sekretaris Camat", ["Sekcam", "Sekretaris Camat"], "struktural", 1, False),
        ("Kepala Seksi Pemerintahan", ["Kasi Pem", "Kasi"], "struktural", 2, False),
        ("Pengadministrasi Umum", ["Staf", "Staf kecamatan", "Pegawai"], "admin_sma", 10, False),
        ("Analis Kebijakan Ahli Pertama", ["Staf", "Analis"], "admin_s1", 4, False),
    ],
    "pertanian": [
        (
            "Penyuluh Pertanian Ahli Pertama",
            ["Penyuluh Pertanian", "PPL", "Penyuluh"],
            "pertanian",
            12,
            True,
        ),
        ("Penyuluh Pertanian Terampil", ["Penyuluh Pertanian", "PPL"], "pertanian", 10, True),
        ("Pengawas Benih Tanaman", ["Pengawas benih", "Staf"], "pertanian", 3, False),
        ("Pengadministrasi Umum", ["Staf", "Pegawai"], "admin_sma", 5, False),
    ],
    "kemenag": [
        (
            "Penyuluh Agama {agama} Ahli Pertama",
            ["Penyuluh Agama {agama}", "Penyuluh"],
            "agama_{rel}",
            14,
            True,
        ),
        ("Analis Kebijakan Ahli Muda", ["Staf", "Pegawai"], "admin_s1", 5, False),
        ("Pengadministrasi Umum", ["Staf", "Pegawai"], "admin_sma", 6, False),
        ("Pranata Komputer Terampil", ["Operator", "Pranata Komputer"], "it", 2, True),
        ("Pengawas Sekolah", ["Pengawas", "Pengawas PAI"], "agama_{rel}", 2, False),
    ],
}

# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------

BALI_ORDER_M = [
    ("Wayan", 20),
    ("Putu", 15),
    ("Gede", 9),
    ("Made", 17),
    ("Kadek", 8),
    ("Nengah", 3),
    ("Nyoman", 12),
    ("Komang", 7),
    ("Ketut", 9),
]
BALI_ORDER_F = [
    ("Wayan", 15),
    ("Putu", 18),
    ("Made", 17),
    ("Kadek", 10),
    ("Nengah", 3),
    ("Nyoman", 12),
    ("Komang", 9),
    ("Ketut", 10),
]
ORDER_ABBR = {
    "Wayan": ["Wyn", "Wy"],
    "Putu": ["Pt", "Ptu"],
    "Gede": ["Gd"],
    "Made": ["Md", "Mde"],
    "Kadek": ["Kd", "Kdk"],
    "Nengah": ["Ngh"],
    "Nyoman": ["Nym", "Nymn"],
    "Komang": ["Km", "Kmg"],
    "Ketut": ["Kt", "Ktt"],
}
ORDER_NICK = {
    "Wayan": ["Yan", "Bli"],
    "Putu": ["Tu"],
    "Gede": ["De", "Gede"],
    "Made": ["De", "Made"],
    "Kadek": ["Dek", "Kadek"],
    "Nengah": ["Ngah"],
    "Nyoman": ["Man", "Mang"],
    "Komang": ["Mang", "Mank"],
    "Ketut": ["Tut", "Tu"],
}
BALI_PERSONAL_M = [
    "Sudarsana",
    "Suarta",
    "Artawan",
    "Wirawan",
    "Suardana",
    "Sudiarta",
    "Mahendra",
    "Adnyana",
    "Arsana",
    "Budiarta",
    "Darmawan",
    "Gunawan",
    "Juliarta",
    "Karyasa",
    "Merta",
    "Mudana",
    "Parwata",
    "Purnama",
    "Santika",
    "Sedana",
    "Sudana",
    "Sukarta",
    "Sumerta",
    "Suparta",
    "Suwirya",
    "Swastika",
    "Tirtayasa",
    "Wardana",
    "Widiana",
    "Wiranata",
    "Yasa",
    "Yudiana",
    "Arimbawa",
    "Astawa",
    "Budiasa",
    "Darmayasa",
    "Dharmawan",
    "Kariasa",
    "Kertiyasa",
    "Mertayasa",
    "Mustika",
    "Nuada",
    "Parsa",
    "Pastika",
    "Redana",
    "Rena",
    "Restu",
    "Sadia",
    "Sandiyasa",
    "Sarjana",
    "Semadi",
    "Sudirta",
    "Sugiarta",
    "Sujana",
    "Sukadana",
    "Sumadi",
    "Sunarta",
    "Suparsa",
    "Surata",
    "Suweca",
    "Swadiana",
    "Wartana",
    "Widnyana",
    "Wijaya",
    "Windia",
    "Yudana",
    "Antara",
    "Ardana",
    "Ariawan",
    "Arnawa",
    "Artana",
    "Astika",
    "Badra",
    "Budarsa",
    "Diatmika",
    "Dwipayana",
    "Gunarta",
    "Jaya",
    "Kusuma",
    "Landra",
    "Mahardika",
    "Mardana",
    "Pramana",
    "Raka",
    "Sanjaya",
    "Saputra",
    "Setiawan",
    "Suadnyana",
    "Sudirga",
    "Suradnyana",
    "Suryawan",
    "Susila",
    "Sutama",
    "Sutrisna",
    "Wenten",
    "Wiadnyana",
    "Winaya",
    "Wisnawa",
    "Adiputra",
    "Agustina",
    "Ariasa",
    "Arta",
    "Aryawan",
    "Dangin",
    "Darma",
    "Dharmayasa",
    "Eka",
    "Giri",
    "Kertajaya",
    "Lanus",
    "Mawa",
    "Ngurah",
    "Pageh",
    "Rauh",
    "Sadnyana",
    "Sukra",
    "Sumarjaya",
    "Suteja",
    "Tama",
    "Teja",
    "Warsa",
]
BALI_PERSONAL_M = [n for n in BALI_PERSONAL_M if n not in ("Agustina", "Ngurah", "Eka")]
BALI_MOD_M = [
    "Agus",
    "Eka",
    "Dwi",
    "Tri",
    "Adi",
    "Arya",
    "Bayu",
    "Surya",
    "Yoga",
    "Wira",
    "Dharma",
    "Krisna",
    "Indra",
    "Bagus",
    "Angga",
    "Rama",
    "Budi",
    "Hendra",
    "Dedy",
    "Juli",
    "Oka",
    "Aditya",
    "Sastra",
    "Yuda",
]
BALI_PERSONAL_F = [
    "Ariani",
    "Astiti",
    "Suryani",
    "Wahyuni",
    "Kartini",
    "Rusmini",
    "Sriasih",
    "Yuliani",
    "Sudiani",
    "Antari",
    "Sukmawati",
    "Sumiati",
    "Suarningsih",
    "Sutarmi",
    "Widiastuti",
    "Purnamasari",
    "Ratnasari",
    "Mariani",
    "Sulastri",
    "Sukerti",
    "Suciati",
    "Darmini",
    "Wartini",
    "Suastini",
    "Kariani",
    "Mertasari",
    "Juniari",
    "Ariasih",
    "Sukarmini",
    "Parwati",
    "Sukadani",
    "Widiani",
    "Oktaviani",
    "Sriani",
    "Trisnawati",
    "Purnamawati",
    "Sumerti",
    "Sutarini",
    "Ardani",
    "Arsini",
    "Budiasih",
    "Darmayanti",
    "Dewi",
    "Erawati",
    "Handayani",
    "Indrawati",
    "Kusumawati",
    "Lestari",
    "Mahayani",
    "Muliani",
    "Noviantari",
    "Pradnyani",
    "Ratih",
    "Rusmiati",
    "Sadri",
    "Sekarini",
    "Sudarmi",
    "Sukasih",
    "Sumarni",
    "Suparwati",
    "Suwitri",
    "Tirtawati",
    "Wardani",
    "Wiryani",
    "Yasmini",
    "Astuti",
    "Puspita",
    "Anggreni",
    "Candra",
    "Sintya",
    "Diantari",
    "Sumadewi",
    "Sukaryani",
    "Rismawati",
    "Juliantari",
    "Pebriyanti",
    "Suartini",
    "Warsiki",
]
BALI_MOD_F = [
    "Ayu",
    "Sri",
    "Dewi",
    "Eka",
    "Dwi",
    "Ratna",
    "Putri",
    "Indah",
    "Widya",
    "Intan",
    "Mas",
    "Desi",
    "Novi",
    "Rai",
    "Yuni",
    "Santi",
    "Juli",
    "Ari",
]

SASAK_M = [
    "Zainul",
    "Zulkifli",
    "Hairul",
    "Saprudin",
    "Rusdi",
    "Jumaidi",
    "Sahnan",
    "Sahabudin",
    "Mahsun",
    "Ruslan",
    "Ilham",
    "Fathurrahman",
    "Hasanuddin",
    "Junaidi",
    "Kamarudin",
    "Lukmanul",
    "Maswan",
    "Mujiburrahman",
    "Nasrullah",
    "Rizal",
    "Suhaimi",
    "Supardi",
    "Syamsul",
    "Abdul",
    "Azhar",
    "Baharudin",
    "Hirsan",
    "Jayadi",
    "Khairul",
    "Amrullah",
    "Sahril",
    "Samsudin",
    "Mustiadi",
    "Mahrip",
    "Sapoan",
    "Irwan",
    "Hendri",
    "Fauzan",
    "Habibi",
    "Zaenudin",
    "Muhsin",
    "Aswandi",
    "Fahrurrozi",
    "Hardiansyah",
    "Rahmat",
    "Saifullah",
    "Sukri",
    "Taufik",
    "Wahyudi",
    "Yusuf",
    "Ridwan",
    "Sirajudin",
    "Anwar",
    "Husni",
    "Munawir",
]
SASAK_M2 = [
    "Arifin",
    "Hidayat",
    "Rahman",
    "Hamdi",
    "Wathoni",
    "Hakim",
    "Fahmi",
    "Zohri",
    "Azmi",
    "Ihsan",
    "Hadi",
    "Majid",
    "Anwar",
    "Rosyidi",
    "Fikri",
    "Jaelani",
    "Sahdi",
    "Ramdhani",
    "Saputra",
    "Wijaya",
    "Maulana",
    "Hasan",
    "Akbar",
    "Efendi",
    "Zulhadi",
    "Harianto",
]
SASAK_F = [
    "Nurul",
    "Siti",
    "Rahmawati",
    "Nurhidayati",
    "Hikmah",
    "Sri",
    "Nurjannah",
    "Zuhriah",
    "Masyitah",
    "Rohani",
    "Fitriani",
    "Yulia",
    "Rina",
    "Hurriyah",
    "Sumiati",
    "Aisyah",
    "Husnul",
    "Laily",
    "Mardiah",
    "Nurhasanah",
    "Rukmini",
    "Saodah",
    "Zaitun",
    "Wardatul",
    "Hamidah",
    "Fatimah",
    "Inayah",
    "Juhriati",
    "Munawarah",
    "Rabiatul",
    "Wiwin",
    "Emi",
    "Erni",
    "Hartini",
    "Kurniati",
]
SASAK_F2 = [
    "Aini",
    "Aisyah",
    "Hasanah",
    "Khotimah",
    "Adawiyah",
    "Wahyuni",
    "Apriani",
    "Ulfa",
    "Jannah",
    "Rahmi",
    "Hidayah",
    "Safitri",
    "Ningsih",
    "Lestari",
    "Mulyani",
    "Sari",
]

JAWA_M = [
    "Bambang",
    "Slamet",
    "Sugeng",
    "Agus",
    "Eko",
    "Budi",
    "Joko",
    "Heru",
    "Wahyu",
    "Hadi",
    "Teguh",
    "Sutrisno",
    "Suprapto",
    "Suyanto",
    "Purwanto",
    "Gatot",
    "Bagus",
    "Dwi",
    "Tri",
    "Yudi",
    "Rudi",
    "Arief",
    "Sahuri",
    "Misrawi",
    "Nurhadi",
    "Haryono",
    "Suhermanto",
    "Sunandar",
    "Ahmad",
    "Hasan",
    "Imam",
    "Nanang",
    "Rachmad",
    "Syaiful",
    "Fendi",
    "Dedik",
    "Sugiono",
    "Wawan",
]
JAWA_M2 = [
    "Setiawan",
    "Santoso",
    "Prasetyo",
    "Wibowo",
    "Hartono",
    "Susanto",
    "Riyadi",
    "Sutrisno",
    "Purnomo",
    "Kurniawan",
    "Hidayat",
    "Nugroho",
    "Wijaya",
    "Saputro",
    "Harianto",
    "Effendi",
    "Hariyadi",
    "Irawan",
    "Wahyudi",
    "Mulyono",
    "Sugiarto",
    "Fauzi",
    "Arifin",
    "Sholeh",
]
JAWA_F = [
    "Sri",
    "Endang",
    "Tri",
    "Dwi",
    "Siti",
    "Nur",
    "Lilik",
    "Retno",
    "Yuli",
    "Rini",
    "Ani",
    "Wiwik",
    "Eni",
    "Kusmiati",
    "Suprihatin",
    "Sumarni",
    "Ninik",
    "Dewi",
    "Sulastri",
    "Indah",
    "Puji",
    "Anik",
    "Umi",
    "Erna",
    "Titik",
    "Yayuk",
    "Lusi",
]
JAWA_F2 = [
    "Rahayu",
    "Sulistyowati",
    "Wahyuni",
    "Handayani",
    "Aminah",
    "Hayati",
    "Astutik",
    "Kulsum",
    "Lestari",
    "Setyowati",
    "Purwanti",
    "Rahmawati",
    "Susanti",
    "Wulandari",
    "Mulyani",
    "Ningsih",
    "Suryani",
    "Indrawati",
    "Kusumawati",
]

BALI_CASTE_M = {
    "brahmana": [
        "Ida Bagus",
        "Ida Bagus Made",
        "Ida Bagus Putu",
        "Ida Bagus Gede",
        "Ida Bagus Ketut",
    ],
    "ksatria": [
        "Anak Agung Gede",
        "Anak Agung Ngurah",
        "Anak Agung Made",
        "I Gusti Ngurah",
        "I Gusti Bagus",
        "I Gusti Made",
        "Cokorda Gede",
        "I Gusti Ketut",
    ],
    "waisya": ["I Dewa Gede", "I Dewa Made", "Dewa Putu", "I Dewa Ketut", "Dewa Nyoman"],
}
BALI_CASTE_F = {
    "brahmana": ["Ida Ayu", "Ida Ayu Made", "Ida Ayu Putu", "Ida Ayu Ketut"],
    "ksatria": [
        "Anak Agung Ayu",
        "Anak Agung Istri",
        "I Gusti Ayu",
        "Cokorda Istri",
        "Anak Agung Sagung",
        "I Gusti Agung Ayu",
    ],
    "waisya": ["Desak Made", "Desak Putu", "Desak Ketut", "I Dewa Ayu", "Desak Nyoman"],
}

GENERIC_NICKS_BALI = [
    "Yoga",
    "Adi",
    "Arik",
    "Dodik",
    "Ajik",
    "Koming",
    "Jro",
    "Gusde",
    "Dekdut",
    "Bli Gus",
    "Ocik",
    "Kecot",
    "Pekak",
    "Lolak",
]
GENERIC_NICKS_BALI_F = ["Ayuk", "Gek Ayu", "Mbok Tu", "Gekcil", "Dayu", "Ratih", "Sasih", "Putri"]
GENERIC_NICKS_ISLAM_M = ["Ustadz", "Bang", "Aak", "Abah", "Cak", "Kang"]


@dataclass
class Person:
    eth: str
    sex: int  # 1 male, 2 female
    core: str  # name as written without titles
    personal: str  # personal (given) name part, e.g. "Sudarsana"
    order: str | None = None  # Balinese birth-order word
    prefix: str = ""  # everything before the personal name
    abbr: list[str] = field(default_factory=list)
    nick: list[str] = field(default_factory=list)
    religion: str = "Hindu"

    def no_prefix(self) -> str:
        for p in ("I ", "Ni "):
            if self.core.startswith(p):
                return self.core[len(p) :]
        return self.core


def head_form(word: str) -> str:
    """First two syllables of a name word ("Sudarsana" -> "Sudar", "Artawan" -> "Arta")."""
    w = word
    vowels = "aeiouAEIOU"
    groups = 0
    i = 0
    while i < len(w):
        if w[i] in vowels:
            while i < len(w) and w[i] in vowels:
                i += 1
            groups += 1
            if groups == 2:
                if i + 1 < len(w) and w[i] not in vowels and w[i + 1] not in vowels:
                    i += 1
                return w[:i]
        else:
            i += 1
    return w


FEMALE_MARKERS = ("Ibu", "Mahasiswi", "Bidan", "Penari")
MALE_MARKERS = ("Bapak", "Ayah", "Marbot", "Satpam", "Pemangku", "Tukang", "Sopir", "Nelayan")


def pick_bio(rng: Random, pool: list[str], sex: int) -> str:
    """A bio from pool that does not contradict the person's sex."""
    bad = MALE_MARKERS if sex == 2 else FEMALE_MARKERS
    ok = [b for b in pool if not b.startswith(bad) and not any(f" {m}" in b for m in bad)]
    return rng.choice(ok or pool)


def wpick(rng: Random, pairs):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(items, weights)[0]


def make_bali(rng: Random, sex: int) -> Person:
    if sex == 1:
        personal = (
            rng.choice(BALI_PERSONAL_M)
            if rng.random() < 0.55
            else f"{rng.choice(BALI_MOD_M)} {rng.choice(BALI_PERSONAL_M)}"
        )
    else:
        personal = (
            rng.choice(BALI_PERSONAL_F)
            if rng.random() < 0.55
            else f"{rng.choice(BALI_MOD_F)} {rng.choice(BALI_PERSONAL_F)}"
        )
    pw = personal.split()
    h = head_form(pw[-1]) if len(pw) == 1 or rng.random() < 0.5 else pw[0]
    r = rng.random()
    if r < 0.10:  # triwangsa
        caste = wpick(rng, [("brahmana", 4), ("ksatria", 4), ("waisya", 2)])
        prefix = rng.choice((BALI_CASTE_M if sex == 1 else BALI_CASTE_F)[caste])
        p = Person("bali", sex, f"{prefix} {personal}", personal, prefix=prefix)
        ow = [w for w in prefix.split() if w in ORDER_ABBR]
        p.order = ow[0] if ow else None
        if caste == "brahmana":
            if sex == 1:
                p.nick = [
                    f"Gus {h}",
                    f"Gus {pw[0]}",
                    "Gus Tu" if "Putu" in prefix else f"Gus De {h}",
                ]
                p.abbr = [f"IB {personal}", f"Ida Bgs {personal}", f"I.B. {personal}"]
            else:
                p.nick = [f"Dayu {h}", f"Dayu {pw[0]}", f"Dayu {personal}"]
                p.abbr = [f"IA {personal}", f"Ida Ayu {personal}", f"Dayu {personal}"]
        elif caste == "ksatria":
            if prefix.startswith("Anak Agung"):
                p.nick = (
                    [f"Gung {h}", "Gung De" if sex == 1 else "Gung Ayu", f"Gung {pw[0]}"]
                    if sex == 1
                    else [f"Gung Ayu {h}", "Gung Is", f"Gek {h}"]
                )
                p.abbr = [
                    f"A.A. {prefix.split()[2]} {personal}",
                    f"AA {prefix.split()[2][:2]} {personal}",
                    f"Agung {personal}",
                ]
            elif prefix.startswith("Cokorda"):
                p.nick = [f"Cok {h}", f"Tjok {h}", "Cok De" if sex == 1 else f"Cok Is {h}"]
                p.abbr = [
                    f"Cok {prefix.split()[1]} {personal}",
                    f"Tjokorda {prefix.split()[1]} {personal}",
                    f"Cok {personal}",
                ]
            else:
                rest = " ".join(prefix.split()[2:])
                p.nick = [
                    f"Gus {rest}" if sex == 1 else f"Gusti Ayu {h}",
                    f"Gusti {h}",
                    f"Gek {h}" if sex == 2 else f"Ngurah {h}",
                ]
                p.abbr = [
                    f"I Gst {rest} {personal}",
                    f"IG{''.join(w[0] for w in rest.split())} {personal}",
                    f"Gst {rest[:3]} {personal}",
                    f"Gusti {rest} {personal}",
                ]
        else:
            if sex == 1:
                p.nick = [f"Dewa {h}", "Dewa De", f"Dewa {pw[0]}"]
                p.abbr = [
                    f"I Dw {' '.join(prefix.split()[2:]) or 'Gd'} {personal}",
                    f"Dewa {personal}",
                    f"Dw {personal}",
                ]
            else:
                p.nick = [f"Desak {h}", f"Gek {h}", f"Dewa Ayu {h}"]
                p.abbr = [f"Dsk {personal}", f"Desak {personal}", f"I Dw Ayu {personal}"]
        return p
    if sex == 1:
        order = wpick(rng, BALI_ORDER_M)
        form = rng.random()
        prefix = f"I {order}" if form < 0.72 else order
        p = Person("bali", 1, f"{prefix} {personal}", personal, order=order, prefix=prefix)
        ab = rng.choice(ORDER_ABBR[order])
        p.abbr = [
            f"I {ab} {personal}",
            f"{ab} {personal}",
            f"{ab}. {personal}",
            f"I {ab}. {personal}",
        ]
        p.nick = [f"{n} {h}" for n in ORDER_NICK[order]] + [f"Bli {h}", h]
        return p
    order = wpick(rng, BALI_ORDER_F)
    form = rng.random()
    if form < 0.45:
        prefix = f"Ni {order}"
    elif form < 0.62:
        prefix = f"Ni Luh {order}"
    elif form < 0.72:
        prefix, order = "Ni Luh", None
    elif form < 0.77:
        prefix = f"Luh {order}"
    else:
        prefix = order
    p = Person("bali", 2, f"{prefix} {personal}", personal, order=order, prefix=prefix)
    if order:
        ab = rng.choice(ORDER_ABBR[order])
        p.abbr = [f"Ni {ab} {personal}", f"N. {ab} {personal}", f"{ab} {personal}"]
        if prefix.startswith("Ni Luh"):
            p.abbr += [f"NL {ab} {personal}", f"Ni Lh {ab} {personal}"]
        p.nick = [f"{n} {h}" for n in ORDER_NICK[order] if n not in ("Bli", "Gede", "Made")] + [
            f"Luh {h}",
            f"Gek {h}",
        ]
    else:
        p.abbr = [f"NL {personal}", f"Ni Lh {personal}", f"Luh {personal}"]
        p.nick = [f"Luh {h}", f"Gek {h}", f"Mbok {h}"]
    return p


def make_sasak(rng: Random, sex: int) -> Person:
    if sex == 1:
        given = rng.choice(SASAK_M)
        second = rng.choice(SASAK_M2) if rng.random() < 0.65 else ""
        noble = rng.random() < 0.16
        muh = rng.random() < 0.22
        parts = (
            (["Lalu"] if noble else [])
            + (["Muhammad"] if muh else [])
            + [given]
            + ([second] if second else [])
        )
        personal = " ".join([given] + ([second] if second else []))
        p = Person(
            "sasak",
            1,
            " ".join(parts),
            personal,
            prefix=" ".join(parts[: len(parts) - len(personal.split())]),
            religion="Islam",
        )
        ini = f"{second[0]}." if second else ""
        p.abbr = [
            f"{'L. ' if noble else ''}{'M. ' if muh else ''}{personal}",
            f"{'Lalu ' if noble else ''}{given} {ini}".strip(),
            f"{'L. ' if noble else ''}{'Moh. ' if muh else ''}{given}",
        ]
        if muh:
            p.abbr += [
                f"{'Lalu ' if noble else ''}Muhamad {personal}",
                f"{'Lalu ' if noble else ''}Moh {personal}",
            ]
        p.nick = (
            [f"Miq {given}", f"Lalu {given}"] if noble else [f"Bang {given}", f"Amaq {given}"]
        ) + [given, head_form(given)]
        return p
    given = rng.choice(SASAK_F)
    second = rng.choice(SASAK_F2) if rng.random() < 0.6 else ""
    noble = rng.random() < 0.16
    parts = (["Baiq"] if noble else []) + [given] + ([second] if second else [])
    personal = " ".join([given] + ([second] if second else []))
    p = Person(
        "sasak", 2, " ".join(parts), personal, prefix="Baiq" if noble else "", religion="Islam"
    )
    p.abbr = [
        f"{'Bq. ' if noble else ''}{personal}",
        f"{'Bq ' if noble else ''}{given} {second[:1] + '.' if second else ''}".strip(),
        f"{'B. ' if noble else ''}{personal}",
    ]
    p.nick = ([f"Lale {given}", f"Bq {given}"] if noble else [f"Inaq {given}", f"Mbak {given}"]) + [
        given,
        head_form(given),
    ]
    return p


def make_jawa(rng: Random, fk: Faker, sex: int, region: str) -> Person:
    if sex == 1:
        if rng.random() < 0.45:
            given, second = (
                fk.first_name_male(),
                (fk.last_name_male() if rng.random() < 0.8 else ""),
            )
        else:
            given, second = rng.choice(JAWA_M), (rng.choice(JAWA_M2) if rng.random() < 0.75 else "")
        moch = region.startswith("35") and rng.random() < 0.15
        parts = (
            (["Moch."] if moch else []) + [given] + ([second] if second and second != given else [])
        )
    else:
        if rng.random() < 0.45:
            given, second = (
                fk.first_name_female(),
                (fk.last_name_female() if rng.random() < 0.8 else ""),
            )
        else:
            given, second = rng.choice(JAWA_F), (rng.choice(JAWA_F2) if rng.random() < 0.8 else "")
        moch = False
        parts = [given] + ([second] if second and second != given else [])
    personal = " ".join(parts[1:] if moch else parts)
    core = " ".join(parts)
    p = Person("jawa", sex, core, personal, prefix="Moch." if moch else "", religion="Islam")
    s = parts[-1] if len(parts) > 1 and parts[-1] != given else ""
    p.abbr = [
        f"{given} {s[0]}." if s else given,
        f"{given[0]}. {s}" if s else given,
        core.replace("Moch.", "Mochamad") if moch else f"{given} {s}".strip(),
    ]
    if moch:
        p.abbr += [core.replace("Moch.", "M."), core.replace("Moch.", "Mochammad")]
    hon = ["Cak", "Mas", "Kang", "Pak"] if sex == 1 else ["Mbak", "Ning", "Yu", "Bu"]
    p.nick = [
        f"{rng.choice(hon)} {given}",
        f"{rng.choice(hon)} {head_form(given)}",
        given,
        head_form(given),
    ]
    return p


def make_person(rng: Random, fk: Faker, eth: str, sex: int, region: str) -> Person:
    if eth == "bali":
        return make_bali(rng, sex)
    if eth == "sasak":
        return make_sasak(rng, sex)
    return make_jawa(rng, fk, sex, region)


# --------------------------------------------------------------------------------------
# Titles and degrees
# --------------------------------------------------------------------------------------

DEGREES = {
    "guru": ["S.Pd."] * 6 + ["S.Pd.SD"],
    "guru_hindu": ["S.Ag.", "S.Pd.H."],
    "guru_islam": ["S.Pd.I.", "S.Ag."],
    "perawat": ["S.Kep., Ns.", "A.Md.Kep.", "A.Md.Kep.", "S.Kep."],
    "bidan": ["A.Md.Keb.", "S.Tr.Keb.", "S.Keb., Bd."],
    "apoteker": ["S.Farm., Apt.", "A.Md.Farm."],
    "kesmas": ["S.KM.", "SKM", "A.Md.KL.", "S.Gz.", "A.Md.Gz.", "A.Md.AK.", "A.Md.RMIK"],
    "admin_s1": ["S.E.", "S.Sos.", "S.H.", "S.IP.", "S.AP.", "S.Kom.", "S.Ak."],
    "struktural": ["S.E.", "S.Sos.", "S.H.", "S.IP.", "S.AP.", "S.T."],
    "teknik": ["S.T.", "A.Md.T."],
    "it": ["S.Kom.", "S.T.", "A.Md.Kom."],
    "agama_hindu": ["S.Ag.", "S.Ag., M.Fil.H.", "S.Pd.H."],
    "agama_islam": ["S.Ag.", "S.H.I.", "S.Sos.I.", "Lc."],
    "pertanian": ["S.P.", "A.Md.P.", "S.Pt."],
}
MASTERS = {
    "guru": "M.Pd.",
    "guru_hindu": "M.Pd.H.",
    "guru_islam": "M.Pd.I.",
    "admin_s1": "M.Si.",
    "struktural": "M.M.",
    "teknik": "M.T.",
    "it": "M.Kom.",
    "agama_hindu": "M.Ag.",
    "agama_islam": "M.Ag.",
    "pertanian": "M.P.",
}


def roster_name(
    rng: Random, p: Person, kind: str, birth_year: int
) -> tuple[str, list[str], list[str]]:
    front: list[str] = []
    back: list[str] = []
    old = birth_year < 1972
    if kind == "dokter":
        front.append("dr.")
        if rng.random() < 0.2:
            back.append("M.Kes.")
    elif kind == "dokter_sp":
        front.append("dr.")
        back.append(rng.choice(["Sp.PD.", "Sp.A.", "Sp.OG.", "Sp.B.", "Sp.An.", "Sp.Rad."]))
    elif kind == "drg":
        front.append("drg.")
    elif kind == "admin_sma":
        if rng.random() < 0.3:
            back.append(rng.choice(["A.Md.", "S.E.", "S.Sos."]))
    elif kind == "perawat" and rng.random() < 0.25:
        front.append("Ns.")
        back.append("S.Kep.")
    else:
        if old and kind in ("guru", "admin_s1", "struktural") and rng.random() < 0.35:
            front.append("Drs." if p.sex == 1 else "Dra.")
        elif old and kind in ("teknik", "pertanian") and rng.random() < 0.5:
            front.append("Ir.")
        else:
            back.append(rng.choice(DEGREES[kind]))
        if kind in MASTERS and rng.random() < (0.55 if kind == "struktural" else 0.18):
            back.append(MASTERS[kind])
    if p.religion == "Islam" and birth_year < 1984 and rng.random() < 0.3:
        front.insert(
            1 if front and front[0] in ("Drs.", "Dra.", "Ir.", "dr.", "drg.") else 0,
            "H." if p.sex == 1 else "Hj.",
        )
    if kind == "struktural" and rng.random() < 0.05:
        front.insert(0, "Dr.")
    name = " ".join([*front, p.core])
    if back:
        name += ", " + ", ".join(back)
    return name, front, back


# --------------------------------------------------------------------------------------
# Elections and political actors (all invented)
# --------------------------------------------------------------------------------------

STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-27", "2024-12-16"),
    ("result", "2024-12-16", "2024-12-20"),
]
WINDOW = (date(2024, 8, 27), date(2024, 12, 20))

# election id, name, region, [(target id, paslon name, nickname, ballot, party, [keywords])]
ELECTIONS = [
    (
        "PILGUB-BALI-2024",
        "Pemilihan Gubernur dan Wakil Gubernur Bali 2024",
        "51",
        [
            (
                "BALI-01",
                "I Made Wiradarma Jayantika – I Komang Sastrawangsa",
                "DARMA-SASTRA",
                1,
                "Koalisi Bali Subha",
                ["Darma-Sastra", "#BaliSubhaMandala", "coblos nomor 1", "nomer 1 astungkara"],
            ),
            (
                "BALI-02",
                "Ida Bagus Ketut Wedasmara – Anak Agung Gede Raka Pranajaya",
                "WEDA-RAKA",
                2,
                "Koalisi Bali Landuh",
                ["Weda-Raka", "#BaliLanduhJagadhita", "coblos nomor 2", "nomer 2 menang"],
            ),
        ],
    ),
    (
        "PILBUP-BADUNG-2024",
        "Pemilihan Bupati dan Wakil Bupati Badung 2024",
        "51.03",
        [
            (
                "BDG-01",
                "I Nyoman Gigih Bhaskara – Putu Rastawiguna",
                "GIGIH-RASTA",
                1,
                "Partai Gema Nusantara",
                ["Gigih-Rasta", "#BadungGigih", "coblos nomor 1"],
            ),
            (
                "BDG-02",
                "I Wayan Kompyang Tarunajaya – Ni Luh Gede Sariwiguna",
                "KOMPYANG-SARI",
                2,
                "Partai Suluh Rakyat",
                ["Kompyang-Sari", "#BadungSariMakmur", "coblos nomor 2"],
            ),
        ],
    ),
    (
        "PILBUP-BULELENG-2024",
        "Pemilihan Bupati dan Wakil Bupati Buleleng 2024",
        "51.08",
        [
            (
                "BLL-01",
                "Gede Sudiartawangsa – Made Ariwidhiasa",
                "SUDI-WIDHI",
                1,
                "Partai Suluh Rakyat",
                ["Sudi-Widhi", "#BulelengBangkit", "coblos nomor 1"],
            ),
            (
                "BLL-02",
                "dr. Ketut Pasupatiyasa – Nyoman Dwijendrayasa",
                "PASU-DWIJA",
                2,
                "Partai Gema Nusantara",
                ["Pasu-Dwija", "#DenbukitNgejengit", "coblos nomor 2"],
            ),
        ],
    ),
    (
        "PILGUB-NTB-2024",
        "Pemilihan Gubernur dan Wakil Gubernur Nusa Tenggara Barat 2024",
        "52",
        [
            (
                "NTB-01",
                "Lalu Ahmad Zulhijjah Amrullah – H. Muhammad Sahrial Qadri",
                "ZUL-RIAL",
                1,
                "Koalisi NTB Gemilang Baru",
                ["Zul-Rial", "#NTBGemilangBaru", "coblos nomor 1"],
            ),
            (
                "NTB-02",
                "Dr. H. Mahrup Saleh Wirasakti – Hj. Baiq Rohmiati Sasmita",
                "MAHRO",
                2,
                "Koalisi NTB Berkah",
                ["MAHRO", "#NTBBerkahMaju", "coblos nomor 2"],
            ),
        ],
    ),
    (
        "PILBUP-LOTIM-2024",
        "Pemilihan Bupati dan Wakil Bupati Lombok Timur 2024",
        "52.03",
        [
            (
                "LTM-01",
                "H. Rusdianto Zahirudin – Lalu Wira Kusumajaya",
                "RUWI",
                1,
                "Partai Gema Nusantara",
                ["RUWI", "#LotimBerkahRUWI", "coblos nomor 1", "nomer satu lotim"],
            ),
            (
                "LTM-02",
                "H. Sahrul Bayani Azhari – Baiq Nurmala Sasmitawati",
                "SAHNUR",
                2,
                "Partai Suluh Rakyat",
                ["SAHNUR", "#LotimSAHNUR", "coblos nomor 2"],
            ),
        ],
    ),
    (
        "PILBUP-BWI-2024",
        "Pemilihan Bupati dan Wakil Bupati Banyuwangi 2024",
        "35.10",
        [
            (
                "BWI-01",
                "Hj. Ratna Kumalasari Wigati – Sugeng Wijanarko Putro",
                "RATNA-JANARKO",
                1,
                "Partai Suluh Rakyat",
                ["Ratna-Janarko", "#BanyuwangiMakinRatna", "coblos nomor 1"],
            ),
            (
                "BWI-02",
                "Ir. Agung Pambudi Setyanegara – Moch. Syafi'i Ramadhanu",
                "AGUNG-SAFII",
                2,
                "Partai Gema Nusantara",
                ["Agung-Safii", "#BwiAgung", "coblos nomor 2"],
            ),
        ],
    ),
    (
        "PILWALI-SBY-2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Surabaya 2024",
        "35.78",
        [
            (
                "SBY-01",
                "Bagas Widyatmoko Hadinegoro – Dra. Lilik Setyowati Pramesti",
                "BAGAS-LILIK",
                1,
                "Koalisi Suroboyo Maju",
                ["Bagas-Lilik", "#SuroboyoWaniBagas", "coblos nomor 1"],
            ),
            (
                "SBY-02",
                "Hendro Saputro Adikusumo – Nurul Fadilah Kamaliyah",
                "HENDRO-NURUL",
                2,
                "Koalisi Arek",
                ["Hendro-Nurul", "#AreksHendroNurul", "coblos nomor 2"],
            ),
        ],
    ),
]
PARTIES = [
    ("PGN", "Partai Gema Nusantara", ["#GemaNusantara", "PGN menang"]),
    ("PSR", "Partai Suluh Rakyat", ["#SuluhRakyat", "Coblos PSR"]),
]

PLATFORMS = [("facebook", 45), ("instagram", 25), ("tiktok", 15), ("x", 15)]
SOURCES = {
    "facebook": "facebook-export",
    "instagram": "instagram-export",
    "tiktok": "tiktok-export",
    "x": "x-api",
}

# --------------------------------------------------------------------------------------
# Bios and texts
# --------------------------------------------------------------------------------------

PERSONAL_BIO = {
    "bali": [
        "Om Swastyastu 🙏",
        "Astungkara",
        "Semeton Bali",
        "Hindu | Bali",
        "Bapak dua anak",
        "Ibu dari 2 jagoan",
        "Suka mancing",
        "Penyuka kopi Kintamani",
        "Ngayah lan mekarya",
        "Life is good 🌺",
        "Rahajeng",
        "Yowana Bali",
        "Alumni Unud",
        "Alumni Undiksha",
        "Pecinta tajen? bukan 😅",
        "Gamelan & kopi",
    ],
    "sasak": [
        "Bismillah",
        "Alhamdulillah",
        "Sasak asli",
        "Lombok Timur Bersatu",
        "Ayah 3 anak",
        "Alumni Unram",
        "Alumni UIN Mataram",
        "Pecinta ayam taliwang",
        "NW",
        "Ibu rumah tangga juga 😊",
        "Santai aja",
    ],
    "jawa": [
        "Bismillah",
        "Arek Suroboyo",
        "Wong Osing",
        "Urip iku urup",
        "Ayah dari 2 anak",
        "Alumni Unair",
        "Alumni Unej",
        "Nggak neko-neko",
        "Penikmat kopi",
        "Sing penting slamet",
    ],
}
GENERIC_ASN_BIO = [
    "Abdi negara 🇮🇩",
    "Melayani dengan hati",
    "ASN BerAKHLAK",
    "Abdi masyarakat",
    "Pelayan publik",
    "ASN | {rel}",
    "Bekerja untuk rakyat",
    "Aparatur sipil negara",
]

NAMESAKE_BIO = {
    "51": [
        "Pemandu wisata | Kuta - Ubud - Kintamani",
        "Tour guide Bali 🌴 English/Japanese",
        "Jual canang sari & banten, pesan via DM",
        "Pedagang canang di pasar {town}",
        "Pedagang di Pasar Badung",
        "Sopir travel Bali, antar jemput bandara",
        "Driver freelance Bali 📱",
        "Pemilik villa di Canggu",
        "Owner homestay Lovina",
        "Pegawai hotel Nusa Dua",
        "Bartender | Seminyak",
        "Surf instructor {town}",
        "Nelayan Kedonganan",
        "Pecalang Desa Adat {town}",
        "Pemangku",
        "Serati banten",
        "Penari Bali 💃",
        "Mahasiswa Unud",
        "Mahasiswi Undiksha Singaraja",
        "Mahasiswa ISI Denpasar",
        "Pensiunan",
        "Purna bakti",
        "Honorer desa",
        "Tenaga kontrak Desa {town}",
        "Karyawan swasta",
        "Wiraswasta",
        "Ojol Denpasar",
        "Warung babi guling {town}",
        "Usaha laundry kiloan",
        "Fotografer prewedding Bali",
        "PNS Pemkab Gianyar",
        "ASN Pemkab Tabanan",
        "Guru SDN 2 Sukawati",
        "PNS Kantor Pertanahan Badung",
        "Pegawai KPP Pratama Singaraja",
        "Karyawan BPD Bali",
        "Pegawai PLN UP3 Bali Utara",
        "Perawat RS Siloam Bali",
        "Perawat RS swasta di Denpasar",
        "Bidan praktik mandiri",
        "Guru SD Saraswati (swasta)",
        "Guru honorer",
        "Satpam hotel",
        "Petani {town}",
        "Tukang ukir",
        "Kontraktor",
        "Ibu rumah tangga",
        "Pelukis",
        "Penjual nasi jinggo",
        "Marketing properti Bali",
        "PMI di kapal pesiar 🚢",
    ],
    "52": [
        "Guide Rinjani trekking",
        "Jual madu hutan",
        "Pedagang ikan Labuhan Haji",
        "Petani tembakau Lotim",
        "Sopir travel Lombok",
        "Pegawai hotel Senggigi",
        "Pemilik homestay Tetebatu",
        "PMI Malaysia 🇲🇾",
        "Alumni Ponpes",
        "Mahasiswa Unram",
        "Mahasiswi UIN Mataram",
        "PNS Pemkab Lombok Tengah",
        "ASN Pemkab Lombok Barat",
        "Guru MTs swasta",
        "Guru honorer",
        "Honorer desa",
        "Pensiunan guru",
        "Ojek online Mataram",
        "Pedagang kain tenun Sukarara",
        "Wiraswasta",
        "Karyawan swasta",
        "Petani {town}",
        "Tukang bangunan",
        "Perawat klinik swasta",
        "Bidan desa (PTT)",
        "Pegawai Bank NTB Syariah",
        "Marbot masjid",
        "Penjual sate rembiga",
        "Ibu rumah tangga",
        "Pengusaha mutiara",
    ],
    "35": [
        "Pedagang di Pasar Genteng",
        "Petani buah naga",
        "Nelayan Muncar",
        "Guide Kawah Ijen",
        "Driver ojol Surabaya",
        "Karyawan pabrik Rungkut",
        "Mahasiswa Unair",
        "Mahasiswa ITS",
        "Mahasiswa Untag Banyuwangi",
        "PNS Pemkab Jember",
        "ASN Pemkab Sidoarjo",
        "Perawat RS swasta",
        "Pensiunan",
        "Honorer",
        "Wiraswasta",
        "Jual rujak soto",
        "Karyawan swasta",
        "Ibu rumah tangga",
        "Guru les privat",
        "Penjual pecel",
        "Tukang las",
        "Sopir truk",
        "Pegawai Bank Jatim",
        "Perawat klinik",
        "Guru MI swasta",
    ],
}

GENERAL_POSTS = {
    "bali": [
        "Rahajeng rahina Galungan lan Kuningan 🙏",
        "Suksma semeton sampun rauh",
        "Hujan deras di {town} sore ini",
        "Ngayah di pura desa",
        "Hari ini odalan di merajan",
        "Macet parah di Jalan Sunset Road",
        "Melasti bersama krama desa",
        "Ogoh-ogoh banjar kami tahun ini 🔥",
        "Sate lilit buatan memek, mantap",
        "Nyepi tahun ini sepi sekali, damai",
    ],
    "sasak": [
        "Alhamdulillah panen tahun ini bagus",
        "Selamat Hari Raya Idul Fitri, mohon maaf lahir batin",
        "Makan sate rembiga dulu",
        "Bau nyale tahun ini ramai",
        "Hujan di {town}, jalan licin hati-hati",
        "Ngopi sore di {town}",
        "Maulid di kampung kami ramai",
    ],
    "jawa": [
        "Ngopi sik ben gak salah paham",
        "Macet e Surabaya jam segini",
        "Selamat Idul Adha, semoga berkah",
        "Gandrung Sewu tahun ini apik tenan",
        "Hujan deres nang {town}",
        "Rujak soto paling enak di {town}",
        "Alhamdulillah sehat",
    ],
}
WORK_POSTS = [
    "Apel pagi bersama keluarga besar {agency}",
    "Piket di {unit} hari ini 💪",
    "Rapat koordinasi di {unit}",
    "Kegiatan bakti sosial bersama rekan-rekan {unit}",
    "Terima kasih atas kerjasama tim {unit}",
    "Pelayanan tetap jalan walau hujan, semangat {unit}!",
]
WORK_POSTS_BY_TYPE = {
    "school_sd": [
        "Anak-anak {unit} juara lomba mesatua Bali 🏆",
        "Pembelajaran di kelas hari ini, semangat adik-adik {unit}",
        "Upacara bendera di {unit}",
    ],
    "school_smp": [
        "Siswa {unit} ikut lomba sains kabupaten",
        "Ulangan harian hari ini, semoga lancar",
        "Class meeting {unit}",
    ],
    "school_sma": [
        "Pelepasan siswa kelas XII {unit}",
        "Praktikum kimia di {unit}",
        "Persiapan OSN di {unit}",
    ],
    "puskesmas": [
        "Posyandu bersama tim {unit}",
        "Vaksinasi di {unit} hari ini",
        "Pelayanan KB gratis di {unit}",
    ],
    "hospital": [
        "Jaga malam IGD, semoga semua pasien cepat sembuh",
        "Shift pagi di {unit} 🏥",
        "Pelatihan BTCLS bersama rekan {unit}",
    ],
    "kemenag": [
        "Pembinaan umat bersama penyuluh {unit}",
        "Dharma wacana di banjar",
        "Sosialisasi moderasi beragama {unit}",
    ],
}
NAMESAKE_POSTS = {
    "51": [
        "Tamu dari Australia hari ini, tour ke Ubud dan Tegalalang",
        "Pesanan canang hari ini banyak, suksma 🙏",
        "Villa ready for booking, DM ya",
        "Ombak bagus pagi ini di Kuta 🏄",
        "Antar tamu ke bandara Ngurah Rai",
        "Sepi tamu bulan ini",
        "Panen di sawah, astungkara",
    ],
    "52": [
        "Trip Rinjani 3D2N masih ada slot",
        "Ikan segar di Labuhan Haji",
        "Tembakau lagi bagus harganya",
        "Tamu homestay dari Belanda",
        "Alhamdulillah tenun laku",
    ],
    "35": [
        "Buah naga panen, harga turun",
        "Ke Ijen lagi bawa tamu",
        "Narik sampai malam, alhamdulillah",
        "Jualan pecel rame hari ini",
    ],
}
COMMENTS = [
    "Mantap pak, lanjutkan! 🔥",
    "Semoga sukses pak 🙏",
    "Astungkara menang!",
    "Siap memenangkan nomor {n}",
    "Bali butuh pemimpin seperti bapak",
    "Insya Allah menang",
    "Gas pol nomor {n}!",
    "Hadir pak 🙏",
    "Luar biasa",
    "Kapan ke desa kami pak?",
    "Jalan di desa kami rusak pak, mohon diperhatikan",
    "Sehat selalu pak",
    "{kw} 💪",
    "Dukung penuh {nick}!",
    "Amanah pak",
    "Setuju 👍",
]
CAND_POSTS = [
    "Terima kasih warga {place} atas sambutannya hari ini 🙏 {kw}",
    "Bersama rakyat membangun {place}. {kw}",
    "Silaturahmi dengan tokoh masyarakat {place}",
    "Program kami: pendidikan gratis dan kesehatan untuk semua. {kw}",
    "Dialog dengan petani dan nelayan {place}",
    "Debat publik malam ini, saksikan! {kw}",
    "Mohon doa restu, {kw}",
    "Kampanye akbar di {place}, terima kasih semua yang hadir",
    "Jangan lupa 27 November datang ke TPS! {kw}",
]
UNRELATED_HANDLES = [
    "bli_ganteng",
    "rider_bali",
    "kopi_senja",
    "lombok_explorer",
    "arek_sby",
    "anak_pantai",
    "sunset_lover",
    "motor_tua",
    "pecinta_alam",
    "si_kalem",
    "gadis_desa",
    "traveler_id",
    "mancing_mania",
    "dj_lokal",
    "jalan2terus",
]


# --------------------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------------------


@dataclass
class Employee:
    nip: str
    person: Person
    roster: str
    front: list[str]
    back: list[str]
    agency: str
    unit: tuple
    position: str
    pos_short: list[str]
    etype: str
    region: str
    status: str
    birth: date


@dataclass
class Actor:
    platform: str
    user_id: str
    handle: str
    display: str
    bio: str
    location: str
    kind: str
    nip: str | None
    region: str
    eth: str
    emp: Employee | None = None  # owner (employee) or copied/namesake employee


class World:
    def __init__(self, seed: int, n_employees: int):
        self.rng = Random(seed)
        self.fk = Faker("id_ID")
        self.fk.seed_instance(seed)
        self.n = n_employees
        self.nips: set[str] = set()
        self.uids: set[str] = set()
        self.handles: dict[str, set[str]] = defaultdict(set)
        self.events: list[dict] = []
        self.event_ids: set[str] = set()
        self.ev_counter = 0
        self.agency_short = {a[0]: a[4] for a in AGENCIES}
        self.agency_region = {a[0]: a[3] for a in AGENCIES}

    # ---- identifiers -----------------------------------------------------------------
    def user_id(self, platform: str) -> str:
        r = self.rng
        while True:
            if platform == "facebook":
                u = "1000" + "".join(str(r.randint(0, 9)) for _ in range(11))
            elif platform == "instagram":
                u = str(r.randint(10**9, 6 * 10**10))
            elif platform == "x":
                u = str(r.randint(10**17, 19 * 10**17))
            else:
                u = str(r.randint(6 * 10**18, 7 * 10**18))
            if u not in self.uids:
                self.uids.add(u)
                return u

    def post_id(self, platform: str) -> str:
        r = self.rng
        if platform == "facebook":
            return f"{r.randint(10**15, 10**16 - 1)}"
        if platform == "instagram":
            return f"{r.randint(10**18, 4 * 10**18)}"
        if platform == "x":
            return f"{r.randint(18 * 10**17, 19 * 10**17)}"
        return f"{r.randint(72 * 10**17, 74 * 10**17)}"

    def post_url(self, platform: str, handle: str, pid: str) -> str:
        if platform == "facebook":
            return f"https://www.facebook.com/{handle}/posts/{pid}"
        if platform == "instagram":
            return f"https://www.instagram.com/p/{pid[-11:]}/"
        if platform == "x":
            return f"https://x.com/{handle}/status/{pid}"
        return f"https://www.tiktok.com/@{handle}/video/{pid}"

    def make_nip(self, birth: date, tmt: tuple[int, int], sex: int) -> str:
        base = f"{birth:%Y%m%d}{tmt[0]:04d}{tmt[1]:02d}{sex}"
        seq = self.rng.randint(1, 4)
        while f"{base}{seq:03d}" in self.nips:
            seq += 1
        nip = f"{base}{seq:03d}"
        self.nips.add(nip)
        return nip

    def slug(self, s: str) -> str:
        s = s.lower().replace("'", "")
        return re.sub(r"[^a-z0-9]+", "", s)

    def unique_handle(self, platform: str, h: str) -> str:
        h = re.sub(r"[^a-z0-9._]", "", h.lower()).strip("._") or "user"
        limit = 15 if platform == "x" else 24
        if platform == "x":
            h = h.replace(".", "_")
        h = h[:limit]
        base = h
        while h in self.handles[platform]:
            suffix = str(self.rng.randint(1, 999))
            h = base[: limit - len(suffix)] + suffix
        self.handles[platform].add(h)
        return h

    # ---- presentation -----------------------------------------------------------------
    def present_name(
        self, p: Person, kind: str, emp: Employee | None, town: str
    ) -> tuple[str, str]:
        """A display name for person p and the style used."""
        r = self.rng
        styles = [
            ("core", 15),
            ("noprefix", 15),
            ("personal", 8),
            ("abbr", 12),
            ("nick", 15),
            ("nickonly", 7),
            ("lower", 10),
            ("titled", 7),
            ("suffix", 5),
            ("caps", 5),
            ("ordperson", 5),
        ]
        if kind == "namesake":
            styles = [
                ("core", 55),
                ("noprefix", 12),
                ("personal", 4),
                ("abbr", 6),
                ("nick", 8),
                ("lower", 8),
                ("caps", 4),
                ("suffix", 3),
            ]
        style = wpick(r, styles)
        if style == "core":
            return p.core, style
        if style == "noprefix":
            return p.no_prefix(), style
        if style == "personal":
            return (p.personal if r.random() < 0.6 else f"{p.personal} {town}"), style
        if style == "abbr" and p.abbr:
            return r.choice(p.abbr), style
        if style == "nick" and p.nick:
            n = r.choice(p.nick)
            return (
                n
                if r.random() < 0.5
                else f"{n} {p.personal.split()[-1]}"
                if p.personal.split()[-1] not in n
                else n
            ), style
        if style == "nickonly":
            pool = (
                GENERIC_NICKS_BALI
                if (p.eth == "bali" and p.sex == 1)
                else GENERIC_NICKS_BALI_F
                if p.eth == "bali"
                else [head_form(p.personal.split()[0]), p.personal.split()[0]]
            )
            return r.choice(pool), style
        if style == "lower":
            return (p.core if r.random() < 0.5 else p.no_prefix()).lower(), style
        if style == "titled" and emp is not None:
            front = (
                " ".join(f for f in emp.front if f not in ("H.", "Hj."))
                if r.random() < 0.5
                else " ".join(emp.front)
            )
            back = emp.back[0].split(",")[0] if emp.back else ""
            name = f"{front} {p.core}".strip()
            return (f"{name}, {back}" if back else name), style
        if style == "suffix":
            suf = r.choice(
                [
                    "II",
                    {"bali": "Bali", "sasak": "Lombok"}.get(p.eth, "Jatim"),
                    town,
                    "Jr",
                    "Official",
                    "new",
                    "Putra" if p.sex == 1 else "Putri",
                ]
            )
            return f"{p.no_prefix()} {suf}", style
        if style == "caps":
            return p.no_prefix().upper(), style
        if style == "ordperson" and p.order:
            return f"{p.order} {p.personal.split()[-1]}", style
        return p.no_prefix(), "noprefix"

    def make_handle_for(
        self, platform: str, p: Person, display: str, birth_year: int | None, town: str
    ) -> str:
        r = self.rng
        toks = [
            t
            for t in re.split(r"[\s.]+", display)
            if t and t.lower() not in ("i", "ni", "s", "pd", "dr", "h", "hj", "drs", "dra")
        ]
        toks = [self.slug(t) for t in toks if self.slug(t)] or [self.slug(p.personal)]
        personal = self.slug(p.personal.split()[-1])
        yy = f"{birth_year % 100:02d}" if birth_year else str(r.randint(80, 99))
        yyyy = str(birth_year) if birth_year else str(r.randint(1975, 2004))
        choice = r.random()
        if choice < 0.12:
            h = r.choice(UNRELATED_HANDLES) + str(r.randint(1, 999))
        elif choice < 0.3:
            h = "".join(toks[-2:]) + (
                yy if birth_year and r.random() < 0.7 else str(r.randint(1, 99))
            )
        elif choice < 0.42:
            h = (
                f"{toks[-1]}_{yyyy}"
                if birth_year and r.random() < 0.6
                else f"{toks[-1]}{r.randint(100, 9999)}"
            )
        elif choice < 0.55:
            sep = "." if platform in ("facebook", "instagram") else "_"
            h = sep.join(toks[-2:]) + (f".{r.randint(1, 9)}" if platform == "facebook" else "")
        elif choice < 0.65:
            h = f"{personal}_{self.slug(town)}" if town else f"{personal}_{r.randint(1, 99)}"
        elif choice < 0.78:
            h = "".join(toks) + str(r.randint(1, 999))
        elif choice < 0.88:
            h = f"_{personal}_" if platform != "facebook" else f"{personal}.{r.randint(1, 99)}"
        else:
            h = "".join(t[:3] for t in toks) + yy
        return self.unique_handle(platform, h)

    def location_for(self, region: str, p_town: float, p_gen: float) -> tuple[str, str]:
        r = self.rng
        town = r.choice(REGENCIES[region]["towns"])
        x = r.random()
        if x < p_town:
            fmt = r.choice(
                [
                    "{t}",
                    "{t}",
                    "{t}, Bali" if region.startswith("51") else "{t}, {reg}",
                    "{t}, {reg}",
                    "{t} 📍",
                ]
            )
            if town == REGENCIES[region]["name"]:
                fmt = fmt.replace(", {reg}", "")
            return fmt.format(t=town, reg=REGENCIES[region]["name"]), town
        if x < p_town + p_gen:
            return r.choice(PROVINCE_GENERIC[region[:2]] + [REGENCIES[region]["name"]]), town
        return "", town

    def employee_bio(self, e: Employee, town: str) -> str:
        r = self.rng
        unit_short = r.choice(e.unit[3])
        ag_short = r.choice(self.agency_short[e.agency])
        pos = r.choice(e.pos_short)
        rel = e.person.religion
        x = r.random()
        if x < 0.42:
            et = e.etype if r.random() < 0.5 else "ASN"
            t = r.choice(
                [
                    f"{et} {ag_short}",
                    f"{pos} {unit_short}",
                    f"{pos} di {unit_short} 🙏",
                    f"Abdi negara | {ag_short}",
                    f"{pos} | {unit_short} | {town}",
                    f"Bekerja di {ag_short}",
                    f"{unit_short}",
                    f"Nakes {unit_short}"
                    if e.unit[2] in ("puskesmas", "hospital")
                    else f"{et} {ag_short}",
                    f"{pos} {ag_short}",
                ]
            )
            if r.random() < 0.3:
                t += " | " + pick_bio(r, PERSONAL_BIO[e.person.eth], e.person.sex)
            return t
        if x < 0.55:
            return r.choice(GENERIC_ASN_BIO).format(rel=rel)
        if x < 0.75:
            return pick_bio(r, PERSONAL_BIO[e.person.eth], e.person.sex)
        return ""

    # ---- build ------------------------------------------------------------------------
    def build(self) -> None:
        r = self.rng
        # agencies and employees
        total_w = sum(a[5] for a in AGENCIES)
        self.employees: list[Employee] = []
        for a in AGENCIES:
            n = round(self.n * a[5] / total_w)
            units = UNITS[a[0]]
            for _ in range(n):
                unit = r.choice(units)
                region = unit[1]
                mix = unit[4] or ETH_MIX[region]
                eth = wpick(r, list(mix.items()))
                ptype = unit[2]
                pos_list = POSITIONS[ptype]
                pos = wpick(r, [(x, x[3]) for x in pos_list])
                female_share = 0.65 if ptype in ("school_sd", "puskesmas", "hospital") else 0.45
                if "Bidan" in pos[0]:
                    female_share = 1.0
                if ptype == "satpol":
                    female_share = 0.15
                sex = 2 if r.random() < female_share else 1
                p = make_person(r, self.fk, eth, sex, region)
                rel = "hindu" if p.eth == "bali" else "islam"
                agama = "Hindu" if rel == "hindu" else "Islam"
                pname = pos[0].format(agama=agama)
                pshort = [s.format(agama=agama) for s in pos[1]]
                dkind = pos[2].format(rel=rel)
                pppk = pos[4] and r.random() < 0.28
                if pppk:
                    by = r.randint(1976, 1998)
                    tmt = (r.choice([2022, 2023, 2024]), r.choice([1, 3, 4, 6]))
                else:
                    by = r.randint(1966, 1997)
                    ty = min(2024, by + r.randint(22, 34))
                    tmt = (ty, r.randint(1, 12) if ty < 2024 else r.randint(1, 6))
                birth = date(by, r.randint(1, 12), 1) + timedelta(days=r.randint(0, 27))
                nip = self.make_nip(birth, tmt, sex)
                name, front, back = roster_name(r, p, dkind, by)
                if r.random() < 0.12:
                    name = name.upper()
                status = "inactive" if r.random() < 0.03 else "active"
                self.employees.append(
                    Employee(
                        nip,
                        p,
                        name,
                        front,
                        back,
                        a[0],
                        unit,
                        pname,
                        pshort,
                        "PPPK" if pppk else "PNS",
                        region,
                        status,
                        birth,
                    )
                )
        self.by_agency: dict[str, list[Employee]] = defaultdict(list)
        for e in self.employees:
            self.by_agency[e.agency].append(e)

        self.build_targets()

        # declared accounts (~6 %)
        active = [e for e in self.employees if e.status == "active"]
        n_decl = round(0.06 * len(self.employees))
        self.declared: list[dict] = []
        decl_emps = r.sample(active, n_decl)
        for e in decl_emps:
            for k in range(2 if r.random() < 0.1 else 1):
                platform = wpick(r, PLATFORMS)
                if k and platform in {d["platform"] for d in self.declared if d["nip"] == e.nip}:
                    continue
                loc, town = self.location_for(e.region, 0.6, 0.2)
                display, _ = self.present_name(e.person, "declared", e, town)
                uid = self.user_id(platform)
                handle = self.make_handle_for(platform, e.person, display, e.birth.year, town)
                self.declared.append(
                    {
                        "nip": e.nip,
                        "platform": platform,
                        "handle": handle,
                        "user_id": uid,
                        "display_name": display,
                        "declared_at": f"2023-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                        "approved": r.choice(["true", "true", ""]),
                        "emp": e,
                        "bio": self.employee_bio(e, town),
                        "location": loc,
                        "town": town,
                        "posts": [],
                    }
                )
        self.declared_emps = {d["nip"] for d in self.declared}
        # declared accounts' own posts (mostly work and community life)
        for d in self.declared:
            e = d["emp"]
            for _ in range(r.randint(2, 5)):
                pid = self.post_id(d["platform"])
                text = (
                    self.work_post(e)
                    if r.random() < 0.6
                    else r.choice(GENERAL_POSTS[e.person.eth]).format(town=d["town"])
                )
                when = self.rand_time(date(2024, 3, 1), date(2024, 12, 15), e.region)
                d["posts"].append((pid, text, when))
                self.add_event(
                    d["platform"],
                    "post",
                    when,
                    self.actor_obj_declared(d),
                    None,
                    text,
                    self.post_url(d["platform"], d["handle"], pid),
                    pid=pid,
                )
        self.decl_by_agency_platform: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.decl_by_region_platform: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for d in self.declared:
            self.decl_by_agency_platform[(d["emp"].agency, d["platform"])].append(d)
            self.decl_by_region_platform[(d["emp"].region, d["platform"])].append(d)
        # some declared accounts engage with candidates too
        for d in self.declared:
            if r.random() < 0.15:
                self.engage(d["platform"], self.actor_obj_declared(d), d["emp"].region)

        # undeclared actors
        n_act = round(0.6 * self.n)
        n_emp = round(0.25 * n_act)
        n_ns = round(n_act / 3)
        n_imp = max(3, round(0.01 * n_act))
        n_pub = n_act - n_emp - n_ns - n_imp
        self.actors: list[Actor] = []
        # employees' own undeclared accounts (a few employees have two)
        owners = r.sample(active, n_emp)
        for i, e in enumerate(owners):
            if i > 0 and r.random() < 0.04:
                e = owners[i - 1]  # a second undeclared account
            self.make_employee_actor(e)
        for _ in range(n_ns):
            self.make_namesake_actor(r.choice(self.employees))
        for _ in range(n_imp):
            self.make_impostor_actor(r.choice(active))
        regions = [e.region for e in self.employees]
        for _ in range(n_pub):
            self.make_public_actor(r.choice(regions))

    # ---- targets ----------------------------------------------------------------------
    def build_targets(self) -> None:
        r = self.rng
        self.targets: list[dict] = []
        self.keywords: list[tuple[str, str]] = []
        self.target_posts: dict[tuple[str, str], list[dict]] = defaultdict(
            list
        )  # (election, platform) -> posts
        self.target_accounts: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.party_posts: dict[str, list[dict]] = defaultdict(list)
        for eid, _name, region, paslons in ELECTIONS:
            place = (
                REGENCIES.get(region, {}).get("name")
                or {"51": "Bali", "52": "NTB", "35": "Jawa Timur"}[region]
            )
            for tid, pname, nick, ballot, party, kws in paslons:
                for kw in kws:
                    self.keywords.append((tid, kw))
                if nick.lower() not in {k.lower() for k in kws}:
                    self.keywords.append((tid, nick))
                slug = self.slug(nick)
                for platform in ("facebook", "instagram", "tiktok", "x"):
                    h = self.unique_handle(
                        platform,
                        f"{slug}{ballot:02d}" if platform != "facebook" else f"{slug}.official",
                    )
                    acct = {
                        "target_id": tid,
                        "name": f"{pname} ({nick})",
                        "kind": "candidate",
                        "election_id": eid,
                        "ballot_number": str(ballot),
                        "party": party,
                        "platform": platform,
                        "handle": h,
                        "user_id": self.user_id(platform),
                    }
                    self.targets.append(acct)
                    self.target_accounts[(eid, platform)].append(acct)
                    self.add_target_posts(acct, eid, place, kws, nick)
                # campaign team / volunteers
                team = f"{tid}-TIM"
                for platform in ("facebook", "instagram", "tiktok"):
                    h = self.unique_handle(
                        platform, f"relawan{slug}" if platform != "tiktok" else f"tim.{slug}"
                    )
                    acct = {
                        "target_id": team,
                        "name": f"Relawan {nick}",
                        "kind": "campaign_team",
                        "election_id": eid,
                        "ballot_number": str(ballot),
                        "party": party,
                        "platform": platform,
                        "handle": h,
                        "user_id": self.user_id(platform),
                    }
                    self.targets.append(acct)
                    self.target_accounts[(eid, platform)].append(acct)
                    self.add_target_posts(acct, eid, place, kws, nick)
                self.keywords.append((team, f"Relawan {nick}"))
        for pid_, pname, kws in PARTIES:
            for kw in kws:
                self.keywords.append((pid_, kw))
            for platform in ("facebook", "instagram", "x"):
                h = self.unique_handle(platform, self.slug(pname))
                acct = {
                    "target_id": pid_,
                    "name": pname,
                    "kind": "party",
                    "election_id": "",
                    "ballot_number": "",
                    "party": pname,
                    "platform": platform,
                    "handle": h,
                    "user_id": self.user_id(platform),
                }
                self.targets.append(acct)
                for _ in range(8):
                    pid = self.post_id(platform)
                    when = self.rand_time(date(2024, 1, 1), date(2024, 12, 31), "51.71")
                    text = f"{pname}: bersama rakyat, untuk rakyat. {r.choice(kws)}"
                    self.party_posts[platform].append(
                        {
                            "post_id": pid,
                            "author_user_id": acct["user_id"],
                            "author_handle": h,
                            "text": text,
                            "url": self.post_url(platform, h, pid),
                            "when": when,
                        }
                    )
        _ = r

    def add_target_posts(self, acct: dict, eid: str, place: str, kws: list[str], nick: str) -> None:
        r = self.rng
        region = next(e[2] for e in ELECTIONS if e[0] == eid)
        reg = (
            region if region in REGENCIES else {"51": "51.71", "52": "52.71", "35": "35.78"}[region]
        )
        for _ in range(r.randint(14, 22)):
            pid = self.post_id(acct["platform"])
            when = self.rand_time(WINDOW[0], WINDOW[1] - timedelta(days=4), reg)
            text = r.choice(CAND_POSTS).format(place=place, kw=r.choice([*kws, nick]))
            self.target_posts[(eid, acct["platform"])].append(
                {
                    "post_id": pid,
                    "author_user_id": acct["user_id"],
                    "author_handle": acct["handle"],
                    "text": text,
                    "url": self.post_url(acct["platform"], acct["handle"], pid),
                    "when": when,
                    "ballot": acct["ballot_number"],
                    "nick": nick,
                    "kws": kws,
                }
            )

    # ---- events -----------------------------------------------------------------------
    def rand_time(self, start: date, end: date, region: str) -> datetime:
        r = self.rng
        days = (end - start).days
        d = start + timedelta(days=r.randint(0, max(0, days)))
        tz = timezone(timedelta(hours=REGENCIES[region]["tz"]))
        return datetime(
            d.year,
            d.month,
            d.day,
            r.choice([6, 7, 8, 9, 12, 13, 17, 19, 20, 21, 22]),
            r.randint(0, 59),
            r.randint(0, 59),
            tzinfo=tz,
        )

    def add_event(
        self,
        platform: str,
        action: str,
        when: datetime | None,
        actor: dict,
        target: dict | None,
        text: str | None,
        url: str | None,
        pid: str | None = None,
    ) -> None:
        self.ev_counter += 1
        key = pid or (target or {}).get("post_id") or (target or {}).get("author_user_id") or "x"
        eid = f"{platform}:{key}:{action}:{actor['user_id']}:{self.ev_counter}"
        self.event_ids.add(eid)
        self.events.append(
            {
                "event_id": eid,
                "platform": platform,
                "action": action,
                "occurred_at": when.isoformat() if when else None,
                "actor": actor,
                "target": target,
                "text": text,
                "url": url,
                "media": [],
                "source": SOURCES[platform],
            }
        )

    def actor_obj(self, a: Actor) -> dict:
        o = {"user_id": a.user_id, "handle": a.handle, "display_name": a.display}
        if a.bio:
            o["bio"] = a.bio
        if a.location:
            o["location"] = a.location
        return o

    def actor_obj_declared(self, d: dict) -> dict:
        o = {"user_id": d["user_id"], "handle": d["handle"], "display_name": d["display_name"]}
        if d["bio"]:
            o["bio"] = d["bio"]
        if d["location"]:
            o["location"] = d["location"]
        return o

    def work_post(self, e: Employee) -> str:
        r = self.rng
        pool = WORK_POSTS + WORK_POSTS_BY_TYPE.get(e.unit[2], [])
        return r.choice(pool).format(
            agency=r.choice(self.agency_short[e.agency]), unit=r.choice(e.unit[3])
        )

    def elections_for(self, region: str) -> list[str]:
        out = [
            e[0]
            for e in ELECTIONS
            if region == e[2] or (len(e[2]) == 2 and region.startswith(e[2] + "."))
        ]
        return out or ["PILGUB-BALI-2024"]

    def engage(self, platform: str, actor: dict, region: str) -> None:
        """One (sometimes two) engagements with a candidate / campaign team inside the window."""
        r = self.rng
        elections = self.elections_for(region)
        for _k in range(1 if r.random() < 0.7 else 2):
            eid = r.choice(elections)
            posts = self.target_posts[(eid, platform)]
            action = wpick(
                r,
                [
                    ("like", 50),
                    ("comment", 20),
                    ("share", 12),
                    ("follow", 10),
                    ("reply", 4),
                    ("quote", 4 if platform == "x" else 0),
                ],
            )
            if action == "follow":
                acct = r.choice(self.target_accounts[(eid, platform)])
                when = self.rand_time(WINDOW[0], WINDOW[1] - timedelta(days=2), region)
                self.add_event(
                    platform,
                    "follow",
                    when,
                    actor,
                    {"author_user_id": acct["user_id"], "author_handle": acct["handle"]},
                    None,
                    None,
                )
                continue
            post = r.choice(posts)
            when = post["when"] + timedelta(minutes=r.randint(3, 60 * 48))
            if when.date() > WINDOW[1]:
                when = post["when"] + timedelta(minutes=r.randint(3, 300))
            target = {
                "post_id": post["post_id"],
                "author_user_id": post["author_user_id"],
                "author_handle": post["author_handle"],
                "text": post["text"],
                "url": post["url"],
            }
            text = None
            if action in ("comment", "reply", "quote"):
                text = r.choice(COMMENTS).format(
                    n=post["ballot"], kw=r.choice(post["kws"]), nick=post["nick"]
                )
            elif action == "share" and r.random() < 0.3:
                text = r.choice(["Mantap", "Setuju", "🔥🔥", "Ini baru pemimpin"])
            self.add_event(platform, action, when, actor, target, text, None)
        if r.random() < 0.08 and self.party_posts.get(platform):
            post = r.choice(self.party_posts[platform])
            target = {
                k: post[k] for k in ("post_id", "author_user_id", "author_handle", "text", "url")
            }
            self.add_event(
                platform,
                "like",
                post["when"] + timedelta(hours=r.randint(1, 30)),
                actor,
                target,
                None,
                None,
            )

    def colleague_touch(self, a: Actor, pool: list[dict], n: int) -> None:
        r = self.rng
        ao = self.actor_obj(a)
        for _ in range(n):
            d = r.choice(pool)
            if d["user_id"] == a.user_id:
                continue
            if r.random() < 0.25:
                when = (
                    None
                    if r.random() < 0.5
                    else self.rand_time(date(2024, 1, 1), date(2024, 12, 20), a.region)
                )
                self.add_event(
                    a.platform,
                    "follow",
                    when,
                    ao,
                    {"author_user_id": d["user_id"], "author_handle": d["handle"]},
                    None,
                    None,
                )
            else:
                pid, text, pwhen = r.choice(d["posts"])
                action = "like" if r.random() < 0.8 else "comment"
                ctext = (
                    r.choice(
                        [
                            "Mantap 👍",
                            "Semangat!",
                            "Suksma",
                            "Keren",
                            "Sukses selalu",
                            "🙏🙏",
                            "Hebat",
                        ]
                    )
                    if action == "comment"
                    else None
                )
                self.add_event(
                    a.platform,
                    action,
                    pwhen + timedelta(minutes=r.randint(5, 3000)),
                    ao,
                    {
                        "post_id": pid,
                        "author_user_id": d["user_id"],
                        "author_handle": d["handle"],
                        "text": text,
                        "url": self.post_url(a.platform, d["handle"], pid),
                    },
                    ctext,
                    None,
                )

    def own_posts(self, a: Actor, work: Employee | None, town: str) -> None:
        r = self.rng
        if r.random() >= 0.35:
            return
        for _ in range(r.randint(1, 2)):
            x = r.random()
            if x < 0.15:
                tp = r.choice(
                    self.target_posts[(r.choice(self.elections_for(a.region)), a.platform)]
                )
                text = f"{r.choice(tp['kws'])} {r.choice(['Ayo coblos nomor ' + tp['ballot'] + ' tanggal 27 November!', 'Menang!', 'Bersama kita bisa', ''])}".strip()
                when = self.rand_time(WINDOW[0], WINDOW[1] - timedelta(days=25), a.region)
            elif work is not None and x < 0.45:
                text = self.work_post(work)
                when = self.rand_time(date(2024, 2, 1), date(2024, 12, 15), a.region)
            elif a.kind == "namesake" and x < 0.6:
                text = r.choice(NAMESAKE_POSTS[a.region[:2]])
                when = self.rand_time(date(2024, 2, 1), date(2024, 12, 15), a.region)
            else:
                text = r.choice(GENERAL_POSTS[a.eth]).format(town=town)
                when = self.rand_time(date(2024, 2, 1), date(2024, 12, 15), a.region)
            pid = self.post_id(a.platform)
            self.add_event(
                a.platform,
                "post",
                when,
                self.actor_obj(a),
                None,
                text,
                self.post_url(a.platform, a.handle, pid),
                pid=pid,
            )

    # ---- actor kinds ------------------------------------------------------------------
    def make_employee_actor(self, e: Employee) -> None:
        r = self.rng
        platform = wpick(r, PLATFORMS)
        pool = self.decl_by_agency_platform.get((e.agency, platform), [])
        loc, town = self.location_for(e.region, 0.55, 0.15)
        display, _ = self.present_name(e.person, "employee", e, town)
        uid = self.user_id(platform)
        handle = self.make_handle_for(
            platform, e.person, display, e.birth.year if r.random() < 0.6 else None, town
        )
        a = Actor(
            platform,
            uid,
            handle,
            display,
            self.employee_bio(e, town),
            loc,
            "employee",
            e.nip,
            e.region,
            e.person.eth,
            e,
        )
        self.actors.append(a)
        self.engage(platform, self.actor_obj(a), e.region)
        if pool and r.random() < 0.5:
            same_unit = [d for d in pool if d["emp"].unit == e.unit]
            self.colleague_touch(
                a, same_unit if same_unit and r.random() < 0.6 else pool, r.randint(1, 3)
            )
        self.own_posts(a, e if r.random() < 0.5 else None, town)

    def make_namesake_actor(self, e: Employee) -> None:
        r = self.rng
        platform = wpick(r, PLATFORMS)
        loc, town = self.location_for(e.region, 0.6, 0.15)
        # the namesake is a different person with exactly the same name
        p = e.person
        display, _ = self.present_name(p, "namesake", None, town)
        by = r.randint(1960, 2005)
        uid = self.user_id(platform)
        handle = self.make_handle_for(platform, p, display, by if r.random() < 0.5 else None, town)
        bio = (
            pick_bio(r, NAMESAKE_BIO[e.region[:2]], p.sex).format(town=town)
            if r.random() < 0.75
            else ""
        )
        a = Actor(platform, uid, handle, display, bio, loc, "namesake", None, e.region, p.eth, e)
        self.actors.append(a)
        self.engage(platform, self.actor_obj(a), e.region)
        pool = self.decl_by_region_platform.get((e.region, platform), [])
        if pool and r.random() < 0.10:  # likes a neighbour's post
            self.colleague_touch(a, pool, 1)
        self.own_posts(a, None, town)

    def make_impostor_actor(self, e: Employee) -> None:
        r = self.rng
        platform = wpick(r, PLATFORMS)
        loc, _town = self.location_for(e.region, 0.8, 0.1)
        unit_short = r.choice(e.unit[3])
        display = r.choice(
            [
                e.roster.title() if e.roster.isupper() else e.roster,
                f"{e.person.core} (Official)",
                f"{e.person.core}",
            ]
        )
        handle = self.unique_handle(
            platform,
            r.choice(
                [
                    f"official_{self.slug(e.person.personal)}",
                    f"{self.slug(e.person.personal)}.official",
                    f"{self.slug(e.person.no_prefix())}_asli",
                    f"{self.slug(unit_short)}_{self.slug(e.person.personal)[:6]}",
                ]
            ),
        )
        bio = r.choice(
            [
                f"{e.position} {e.unit[0]}",
                f"Akun resmi {e.position} {unit_short}",
                f"{e.etype} {r.choice(self.agency_short[e.agency])} | {e.position}",
            ]
        )
        a = Actor(
            platform,
            self.user_id(platform),
            handle,
            display,
            bio,
            loc,
            "impostor",
            None,
            e.region,
            e.person.eth,
            e,
        )
        self.actors.append(a)
        self.engage(platform, self.actor_obj(a), e.region)
        pool = self.decl_by_agency_platform.get((e.agency, platform), [])
        if pool and r.random() < 0.5:
            self.colleague_touch(a, pool, r.randint(1, 3))

    def make_public_actor(self, region: str) -> None:
        r = self.rng
        platform = wpick(r, PLATFORMS)
        eth = wpick(r, list(ETH_MIX[region].items())) if r.random() < 0.85 else "jawa"
        sex = r.choice([1, 2])
        p = make_person(r, self.fk, eth, sex, region)
        for _ in range(4):  # other public people; an unavoidable exact match stays a namesake
            if p.core.lower() not in self.core_names:
                break
            p = make_person(r, self.fk, eth, sex, region)
        loc, town = self.location_for(region, 0.5, 0.2)
        display, _ = self.present_name(p, "namesake", None, town)
        by = r.randint(1960, 2006)
        uid = self.user_id(platform)
        handle = self.make_handle_for(platform, p, display, by if r.random() < 0.5 else None, town)
        bio = (
            pick_bio(r, NAMESAKE_BIO[region[:2]], p.sex).format(town=town)
            if r.random() < 0.6
            else (pick_bio(r, PERSONAL_BIO[eth], p.sex) if r.random() < 0.5 else "")
        )
        core_norm = p.core.lower()
        kind = "namesake" if core_norm in self.core_names else "public"
        a = Actor(platform, uid, handle, display, bio, loc, kind, None, region, eth, None)
        self.actors.append(a)
        self.engage(platform, self.actor_obj(a), region)
        pool = self.decl_by_region_platform.get((region, platform), [])
        if pool and r.random() < 0.10:
            self.colleague_touch(a, pool, 1)
        self.own_posts(a, None, town)

    @property
    def core_names(self) -> set[str]:
        if not hasattr(self, "_core_names"):
            self._core_names = {e.person.core.lower() for e in self.employees}
        return self._core_names

    # ---- write ------------------------------------------------------------------------
    def write(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "truth").mkdir(exist_ok=True)
        (out / "bundle.yaml").write_text(
            "format: netra-bundle/1\n"
            "name: Pemantauan Netralitas ASN Pilkada 2024 – Bali, NTB dan Jawa Timur (sintetis)\n"
            "policy: id\n"
            "timezone: Asia/Makassar\n",
            encoding="utf-8",
        )

        def wcsv(name: str, header: list[str], rows: list[dict]) -> None:
            with open(out / name, "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=header, extrasaction="ignore")
                w.writeheader()
                for row in rows:
                    w.writerow(row)

        wcsv(
            "agencies.csv",
            ["code", "name", "parent_code", "region_code"],
            [
                {"code": a[0], "name": a[1], "parent_code": a[2], "region_code": a[3]}
                for a in AGENCIES
            ],
        )
        wcsv(
            "roster.csv",
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
                    "nip": e.nip,
                    "name": e.roster,
                    "agency_code": e.agency,
                    "unit": e.unit[0],
                    "position": e.position,
                    "employment_type": e.etype,
                    "region_code": e.region,
                    "status": e.status,
                }
                for e in self.employees
            ],
        )
        wcsv(
            "accounts.csv",
            ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
            self.declared,
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
            self.targets,
        )
        wcsv(
            "keywords.csv",
            ["target_id", "term"],
            [{"target_id": t, "term": k} for t, k in self.keywords],
        )
        wcsv(
            "elections.csv",
            ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
            [
                {
                    "election_id": eid,
                    "name": name,
                    "contest": "regional_head",
                    "region_code": reg,
                    "stage": st,
                    "starts_on": s,
                    "ends_on": en,
                }
                for eid, name, reg, _ in ELECTIONS
                for st, s, en in STAGES
            ],
        )
        self.events.sort(key=lambda ev: ev["occurred_at"] or "")
        with open(out / "events.jsonl", "w", encoding="utf-8") as f:
            for ev in self.events:
                f.write(json.dumps(ev, ensure_ascii=False) + "\n")
        with open(out / "truth" / "links.jsonl", "w", encoding="utf-8") as f:
            for a in self.actors:
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
        # Extra detail for the tester's own analysis (not part of the truth contract).
        with open(out / "truth" / "actors_detail.jsonl", "w", encoding="utf-8") as f:
            for a in self.actors:
                f.write(
                    json.dumps(
                        {
                            "platform": a.platform,
                            "user_id": a.user_id,
                            "handle": a.handle,
                            "display_name": a.display,
                            "bio": a.bio,
                            "location": a.location,
                            "kind": a.kind,
                            "nip": a.nip,
                            "related_nip": a.emp.nip if a.emp else None,
                            "related_name": a.emp.roster if a.emp else None,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--employees", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=21)
    args = ap.parse_args()
    w = World(args.seed, args.employees)
    w.build()
    w.write(args.out)
    kinds: dict[str, int] = defaultdict(int)
    for a in w.actors:
        kinds[a.kind] += 1
    dup = defaultdict(int)
    for e in w.employees:
        dup[e.person.core.lower()] += 1
    shared = sum(c for c in dup.values() if c > 1)
    print(
        f"employees={len(w.employees)} agencies={len(AGENCIES)} declared_accounts={len(w.declared)} events={len(w.events)} undeclared_actors={len(w.actors)} kinds={dict(kinds)} employees_sharing_full_name={shared}"
    )


if __name__ == "__main__":
    main()
