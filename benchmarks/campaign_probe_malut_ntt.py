# ruff: noqa: E501
"""Out-of-sample probe of the ``political.campaign`` detector: North Maluku, West Sulawesi,
Southwest Papua and Kupang.

Written from the bundle spec (``spec/bundle-v1.md``), the category list and public facts only,
without looking at how the detector works.  Everyone in it is invented; only national parties,
their 2024 ballot numbers and the election calendars are real.

The world
---------
* Pilgub Maluku Utara 2024 (invented): 1 FAYA (Fahri Duwila - Yance Loleo, "Malut Maju
  Basudara"), 2 NUSA (Nurlela Sangadji - Hendrik Papilaya, "NUSA Bangkit"), 3 JAGO (Jainudin
  Tomia - Gorys Lesnussa, "Malut JAGO"), plus a volunteer group "Relawan FAYA Ternate".
* Pilbup Mamuju 2024 (invented): 1 TASA (Taufan Lamba - Salmawati, "Mamuju Mala'bi"),
  2 ARNI (Arifin Nurdin - Ratnasari Pattola, incumbent, "Mamuju Keren").
* Pilwalkot Sorong 2024 (invented): 1 OBAH (Obet Malibela - Hamzah Rumbouw, "Sorong Kota
  Kitong"), 2 NEYU (Petronela "Mama Nela" Safkaur - Yusuf Idris, "Sorong Baru, Sorong Bisa"),
  plus "Tim Pemenangan NEYU".
* Pilwalkot Kupang 2024 (invented): 1 DAMAI (Daniel Ndun - Sarlota Manafe), 2 TESA (Yulius
  Tefa - Ahmad Said, "Lanjut Kota Kasih"), 3 RAFA (Rambu Kaborang - Frans Bessie).
* Pemilu legislatif 2024: caleg DPRD Provinsi Maluku Utara Sarifudin Hi. Umar (Golkar, no. urut
  3), caleg DPRD Kota Sorong Agustina Rumbiak (NasDem, no. urut 2), DPD NTT candidate Benyamin
  "Beny" Tanone (no. 31).
* Real national parties with their 2024 numbers: PKB 1, Gerindra 2, PDI-P 3, Golkar 4,
  NasDem 5, PKS 8, Demokrat 14, PSI 15.  Sitting officials (not standing) as ``official``.
* Nine invented civil servants (Ternate, Sofifi, Mamuju, Sorong, Kupang) with declared accounts
  on Facebook, X, Instagram and TikTok.  Texts are in Ternate Malay, Mandar/West Sulawesi
  Indonesian, Papuan Malay of Sorong, Kupang Malay and standard Indonesian, with code-mixing,
  typos, emojis and hashtags; posts, comments and replies under candidates' posts, quotes and
  image posts (alt text / OCR text).
* Bundle timezone Asia/Makassar (WITA); Maluku Utara and Sorong events carry +09:00 (WIT),
  Mamuju and Kupang events have no offset (read in the bundle's timezone).

Labels (scored on ``political.campaign`` findings only, by event id)
--------------------------------------------------------------------
* C: the employee's own words, inside the right election's neutrality window (or about a
  party, at any time), campaigning for or showing support of a target.  Each C lists the target
  ids a correct finding may name.
* N: close but not campaigning: neutral election talk, news, debate schedules, neutrality
  reminders quoting forbidden gestures, questions and criticism under candidates' posts, jokes,
  namesakes, the same numbers or slogan words in another sense (hymn numbers, football, boats,
  prices, classes, "Nusa", "jago", "damai", PKB the vehicle tax, psi, the US Democrats), other
  contests (choirs, village heads, quizzes), official events, condolences, religious greetings.
* A: genuinely ambiguous; reported, not scored.
* O: C-like texts naming only candidates (no party, no number), posted outside every window;
  they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_malut_ntt.py [--show] [--keep DIR]

``--keep DIR`` writes the bundle, findings and workspace into DIR instead of a temp dir;
``--show`` lists every missed C, every false alarm N, the flagged A and O, and the true
positives that name another target.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

NETRA = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "netra"
CATEGORY = "political.campaign"
TIMEZONE = "Asia/Makassar"

# ---------------------------------------------------------------------------------------------
# Agencies, roster, declared accounts
# ---------------------------------------------------------------------------------------------

AGENCIES: list[tuple[str, str, str, str]] = [
    # code, name, parent_code, region_code
    ("PEMPROV_MALUT", "Pemerintah Provinsi Maluku Utara", "", "82"),
    (
        "DISDIKBUD_MALUT",
        "Dinas Pendidikan dan Kebudayaan Provinsi Maluku Utara",
        "PEMPROV_MALUT",
        "82",
    ),
    (
        "BPKAD_MALUT",
        "Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Maluku Utara",
        "PEMPROV_MALUT",
        "82",
    ),
    ("PEMKOT_TERNATE", "Pemerintah Kota Ternate", "", "82.71"),
    ("DINKES_TERNATE", "Dinas Kesehatan Kota Ternate", "PEMKOT_TERNATE", "82.71"),
    ("PEMKAB_MAMUJU", "Pemerintah Kabupaten Mamuju", "", "76.04"),
    ("DINKES_MAMUJU", "Dinas Kesehatan Kabupaten Mamuju", "PEMKAB_MAMUJU", "76.04"),
    ("KEC_SIMBORO", "Kecamatan Simboro, Kabupaten Mamuju", "PEMKAB_MAMUJU", "76.04"),
    ("PEMKOT_SORONG", "Pemerintah Kota Sorong", "", "96.71"),
    (
        "DPUPR_SORONG",
        "Dinas Pekerjaan Umum dan Penataan Ruang Kota Sorong",
        "PEMKOT_SORONG",
        "96.71",
    ),
    ("DISDIK_SORONG", "Dinas Pendidikan Kota Sorong", "PEMKOT_SORONG", "96.71"),
    ("PEMKOT_KUPANG", "Pemerintah Kota Kupang", "", "53.71"),
    ("DISKOMINFO_KUPANG", "Dinas Komunikasi dan Informatika Kota Kupang", "PEMKOT_KUPANG", "53.71"),
    ("RSUD_KUPANG", "Rumah Sakit Umum Daerah Kota Kupang", "PEMKOT_KUPANG", "53.71"),
]

# key -> roster row (nip, name, agency_code, unit, position, employment_type, region_code, status)
EMPLOYEES: dict[str, tuple[str, str, str, str, str, str, str, str]] = {
    "E1": (
        "197804122005012004",
        "Nurhayati Hi. Abbas, S.Pd.",
        "DISDIKBUD_MALUT",
        "SMA Negeri 2 Kota Ternate",
        "Guru Ahli Madya",
        "PNS",
        "82.71",
        "active",
    ),
    "E2": (
        "198511032010011007",
        "Rizal Marsaoly, S.E., M.Si.",
        "BPKAD_MALUT",
        "Bidang Anggaran",
        "Analis Anggaran Ahli Muda",
        "PNS",
        "82",
        "active",
    ),
    "E3": (
        "199009152023052001",
        "Hendrika Lolaro, A.Md.Kep.",
        "DINKES_TERNATE",
        "Puskesmas Kalumata",
        "Perawat Terampil",
        "PPPK",
        "82.71",
        "active",
    ),
    "E4": (
        "198206172009031005",
        "Muh. Arsyad Tammalele, S.KM.",
        "DINKES_MAMUJU",
        "Bidang Pencegahan dan Pengendalian Penyakit",
        "Epidemiolog Kesehatan Ahli Muda",
        "PNS",
        "76.04",
        "active",
    ),
    "E5": (
        "197512302000122003",
        "Hj. St. Rahmatia, S.Sos.",
        "KEC_SIMBORO",
        "Seksi Pemberdayaan Masyarakat Desa",
        "Kepala Seksi",
        "PNS",
        "76.04",
        "active",
    ),
    "E6": (
        "198801222014031002",
        "Yulianus Mambrasar, S.T.",
        "DPUPR_SORONG",
        "Bidang Bina Marga",
        "Teknik Jalan dan Jembatan Ahli Pertama",
        "PNS",
        "96.71",
        "active",
    ),
    "E7": (
        "198304052008042006",
        "Fransina Kambu, S.Pd.",
        "DISDIK_SORONG",
        "SMP Negeri 3 Kota Sorong",
        "Guru Ahli Muda",
        "PNS",
        "96.71",
        "active",
    ),
    "E8": (
        "199107282019021003",
        "Dominggus Ndaomanu, S.Kom.",
        "DISKOMINFO_KUPANG",
        "Bidang Informasi dan Komunikasi Publik",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "53.71",
        "active",
    ),
    "E9": (
        "199403112020122004",
        "Ns. Margaretha Sonbai, S.Kep.",
        "RSUD_KUPANG",
        "Instalasi Gawat Darurat",
        "Perawat Ahli Pertama",
        "PNS",
        "53.71",
        "active",
    ),
    # employees without declared accounts (roster padding, never act)
    "R1": (
        "196911201994031008",
        "Drs. H. Abdurrahman Hi. Yusuf, M.Pd.",
        "DISDIKBUD_MALUT",
        "Sekretariat",
        "Sekretaris Dinas",
        "PNS",
        "82",
        "active",
    ),
    "R2": (
        "198708082015052002",
        "Yohana Mambrasar, A.Md.",
        "DPUPR_SORONG",
        "Sekretariat",
        "Pengadministrasi Umum",
        "PNS",
        "96.71",
        "active",
    ),
    "R3": (
        "197001011995121001",
        "Paulus Ndaomanu, S.H.",
        "PEMKOT_KUPANG",
        "Bagian Hukum",
        "Analis Hukum Ahli Madya",
        "PNS",
        "53.71",
        "inactive",
    ),
}

# key -> {platform: (user_id, handle, display_name, bio, location)}
ACCOUNTS: dict[str, dict[str, tuple[str, str, str, str, str]]] = {
    "E1": {
        "facebook": (
            "100041230001",
            "nurhayati.abbas",
            "Nurhayati Abbas",
            "Guru. Ibu dari tiga anak. Ternate 🌴",
            "Ternate, Maluku Utara",
        ),
        "tiktok": ("6901230001", "bu_nur_tte", "Bu Nur Tte", "ibu guru santai", "Ternate"),
    },
    "E2": {
        "x": (
            "1402200002",
            "rizal_mrs",
            "Rizal Marsaoly",
            "Sofifi - Ternate. Kopi dan anggaran.",
            "Sofifi",
        ),
        "instagram": ("4820000002", "rizal.marsaoly", "Rizal M.", "📍Sofifi", "Maluku Utara"),
    },
    "E3": {
        "facebook": (
            "100051230003",
            "hendrika.lolaro",
            "Hendrika Lolaro",
            "Perawat | GMIH | Tuhan baik",
            "Ternate",
        ),
    },
    "E4": {
        "facebook": (
            "100061230004",
            "arsyad.tammalele",
            "Arsyad Tammalele",
            "Dinkes Mamuju. Anak Kalukku.",
            "Mamuju, Sulawesi Barat",
        ),
    },
    "E5": {
        "instagram": (
            "4820000005",
            "rahmatia_mmj",
            "Rahmatia 🌸",
            "Ibu rumah tangga & abdi negara",
            "Mamuju",
        ),
        "facebook": ("100071230005", "rahmatia.simboro", "Hj. Rahmatia", "", "Mamuju"),
    },
    "E6": {
        "facebook": (
            "100081230006",
            "yuli.mambrasar",
            "Yuli Mambrasar",
            "Anak Sorong asli. PU.",
            "Kota Sorong",
        ),
        "tiktok": (
            "6901230006",
            "nyong_sorong",
            "nyong sorong",
            "bikin jalan, bikin konten 😂",
            "Sorong",
        ),
    },
    "E7": {
        "facebook": (
            "100091230007",
            "fransina.kambu",
            "Fransina Kambu",
            "Guru SMP. Mama dari Yosua & Debora",
            "Sorong, Papua Barat Daya",
        ),
    },
    "E8": {
        "x": (
            "1402200008",
            "domi_ndaomanu",
            "Domi Ndaomanu",
            "Kupang. IT. Rote pung anak.",
            "Kupang, NTT",
        ),
        "facebook": ("100101230008", "dominggus.ndaomanu", "Dominggus Ndaomanu", "", "Kota Kupang"),
    },
    "E9": {
        "instagram": (
            "4820000009",
            "etha.sonbai",
            "Etha Sonbai",
            "Nakes | IGD | Kupang 🌅",
            "Kupang",
        ),
        "tiktok": ("6901230009", "etha_kpg", "etha kpg", "perawat yang suka joget", "Kupang"),
    },
}

# ---------------------------------------------------------------------------------------------
# Political targets, keywords, elections
# ---------------------------------------------------------------------------------------------

E_MALUT = "PILGUB_MALUT_2024"
E_MAMUJU = "PILBUP_MAMUJU_2024"
E_SORONG = "PILWALKOT_SORONG_2024"
E_KUPANG = "PILWALKOT_KUPANG_2024"
E_PILEG = "PEMILU_LEGISLATIF_2024"

# target_id, name, kind, election_id, ballot_number, party, platform, handle, user_id
TARGETS: list[tuple[str, str, str, str, str, str, str, str, str]] = [
    (
        "MALUT_01",
        "Fahri Duwila - Yance Loleo (FAYA)",
        "candidate",
        E_MALUT,
        "1",
        "PKB",
        "facebook",
        "FahriDuwila.Official",
        "100000000101",
    ),
    (
        "MALUT_01",
        "Fahri Duwila - Yance Loleo (FAYA)",
        "candidate",
        E_MALUT,
        "1",
        "PKB",
        "instagram",
        "faya.malut",
        "5000000101",
    ),
    (
        "MALUT_02",
        "Nurlela Sangadji - Hendrik Papilaya (NUSA)",
        "candidate",
        E_MALUT,
        "2",
        "",
        "facebook",
        "NurlelaSangadji",
        "100000000102",
    ),
    (
        "MALUT_02",
        "Nurlela Sangadji - Hendrik Papilaya (NUSA)",
        "candidate",
        E_MALUT,
        "2",
        "",
        "tiktok",
        "nusa_malut",
        "7000000102",
    ),
    (
        "MALUT_02",
        "Nurlela Sangadji - Hendrik Papilaya (NUSA)",
        "candidate",
        E_MALUT,
        "2",
        "",
        "x",
        "NurlelaSangadji",
        "1500000102",
    ),
    (
        "MALUT_03",
        "Jainudin Tomia - Gorys Lesnussa (JAGO)",
        "candidate",
        E_MALUT,
        "3",
        "Golkar",
        "facebook",
        "Jainudin.Tomia",
        "100000000103",
    ),
    (
        "MALUT_03",
        "Jainudin Tomia - Gorys Lesnussa (JAGO)",
        "candidate",
        E_MALUT,
        "3",
        "Golkar",
        "x",
        "JAGO_Malut",
        "1500000103",
    ),
    (
        "MALUT_01_TIM",
        "Relawan FAYA Ternate",
        "campaign_team",
        E_MALUT,
        "",
        "",
        "facebook",
        "RelawanFAYATernate",
        "100000000111",
    ),
    (
        "MMJ_01",
        "Taufan Lamba - Salmawati (TASA)",
        "candidate",
        E_MAMUJU,
        "1",
        "PKB",
        "facebook",
        "TaufanLamba",
        "100000000201",
    ),
    (
        "MMJ_02",
        "Arifin Nurdin - Ratnasari Pattola (ARNI)",
        "candidate",
        E_MAMUJU,
        "2",
        "Gerindra",
        "facebook",
        "ArifinNurdin.Official",
        "100000000202",
    ),
    (
        "MMJ_02",
        "Arifin Nurdin - Ratnasari Pattola (ARNI)",
        "candidate",
        E_MAMUJU,
        "2",
        "Gerindra",
        "instagram",
        "arni.mamuju",
        "5000000202",
    ),
    (
        "SRG_01",
        "Obet Malibela - Hamzah Rumbouw (OBAH)",
        "candidate",
        E_SORONG,
        "1",
        "PDI-P",
        "facebook",
        "ObetMalibela",
        "100000000301",
    ),
    (
        "SRG_01",
        "Obet Malibela - Hamzah Rumbouw (OBAH)",
        "candidate",
        E_SORONG,
        "1",
        "PDI-P",
        "tiktok",
        "obah_sorong",
        "7000000301",
    ),
    (
        "SRG_02",
        "Petronela Safkaur - Yusuf Idris (NEYU)",
        "candidate",
        E_SORONG,
        "2",
        "NasDem",
        "facebook",
        "Nela.Safkaur",
        "100000000302",
    ),
    (
        "SRG_02_TIM",
        "Tim Pemenangan NEYU Kota Sorong",
        "campaign_team",
        E_SORONG,
        "",
        "",
        "facebook",
        "TimNEYUSorong",
        "100000000312",
    ),
    (
        "KPG_01",
        "Daniel Ndun - Sarlota Manafe (DAMAI)",
        "candidate",
        E_KUPANG,
        "1",
        "",
        "facebook",
        "DanielNdun.Official",
        "100000000401",
    ),
    (
        "KPG_01",
        "Daniel Ndun - Sarlota Manafe (DAMAI)",
        "candidate",
        E_KUPANG,
        "1",
        "",
        "instagram",
        "damai.kupang",
        "5000000401",
    ),
    (
        "KPG_02",
        "Yulius Tefa - Ahmad Said (TESA)",
        "candidate",
        E_KUPANG,
        "2",
        "Golkar",
        "x",
        "TESA_Kupang",
        "1500000402",
    ),
    (
        "KPG_02",
        "Yulius Tefa - Ahmad Said (TESA)",
        "candidate",
        E_KUPANG,
        "2",
        "Golkar",
        "facebook",
        "YuliusTefa",
        "100000000402",
    ),
    (
        "KPG_03",
        "Rambu Kaborang - Frans Bessie (RAFA)",
        "candidate",
        E_KUPANG,
        "3",
        "PDI-P",
        "facebook",
        "RambuKaborang",
        "100000000403",
    ),
    (
        "KPG_03",
        "Rambu Kaborang - Frans Bessie (RAFA)",
        "candidate",
        E_KUPANG,
        "3",
        "PDI-P",
        "instagram",
        "rafa.kupang",
        "5000000403",
    ),
    (
        "CALEG_SARIF",
        "Sarifudin Hi. Umar (caleg DPRD Prov. Maluku Utara, Dapil Malut 1)",
        "candidate",
        E_PILEG,
        "3",
        "Golkar",
        "facebook",
        "Sarifudin.HiUmar",
        "100000000501",
    ),
    (
        "CALEG_AGUS",
        "Agustina Rumbiak (caleg DPRD Kota Sorong)",
        "candidate",
        E_PILEG,
        "2",
        "NasDem",
        "facebook",
        "Agustina.Rumbiak",
        "100000000502",
    ),
    (
        "DPD_BENY",
        "Benyamin Tanone (calon anggota DPD RI Dapil NTT)",
        "candidate",
        E_PILEG,
        "31",
        "",
        "facebook",
        "BenyTanone.DPD",
        "100000000503",
    ),
    (
        "P_PKB",
        "Partai Kebangkitan Bangsa (PKB)",
        "party",
        "",
        "1",
        "PKB",
        "x",
        "DPP_PKB_",
        "1500000601",
    ),
    (
        "P_GERINDRA",
        "Partai Gerakan Indonesia Raya (Gerindra)",
        "party",
        "",
        "2",
        "Gerindra",
        "facebook",
        "GerindraSulbar",
        "100000000602",
    ),
    (
        "P_PDIP",
        "Partai Demokrasi Indonesia Perjuangan (PDI-P)",
        "party",
        "",
        "3",
        "PDI-P",
        "facebook",
        "PDIPerjuanganMalut",
        "100000000603",
    ),
    (
        "P_GOLKAR",
        "Partai Golongan Karya (Golkar)",
        "party",
        "",
        "4",
        "Golkar",
        "x",
        "Golkar_Malut",
        "1500000604",
    ),
    (
        "P_NASDEM",
        "Partai NasDem",
        "party",
        "",
        "5",
        "NasDem",
        "instagram",
        "nasdem.ntt",
        "5000000605",
    ),
    ("P_PKS", "Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS", "", "", ""),
    ("P_DEMOKRAT", "Partai Demokrat", "party", "", "14", "Demokrat", "", "", ""),
    ("P_PSI", "Partai Solidaritas Indonesia (PSI)", "party", "", "15", "PSI", "", "", ""),
    (
        "OFF_GUB_MALUT",
        "Ir. Samsudin Lessy, M.T. (Plt. Gubernur Maluku Utara)",
        "official",
        "",
        "",
        "",
        "facebook",
        "SamsudinLessy",
        "100000000701",
    ),
    (
        "OFF_BUP_MAMUJU",
        "Drs. Muhammad Ilyas Tandi (Pj. Bupati Mamuju)",
        "official",
        "",
        "",
        "",
        "facebook",
        "PjBupatiMamuju",
        "100000000702",
    ),
    (
        "OFF_WALI_KUPANG",
        "Drs. Lukas Amalo, M.Si. (Pj. Wali Kota Kupang)",
        "official",
        "",
        "",
        "",
        "facebook",
        "PjWaliKotaKupang",
        "100000000703",
    ),
]

KEYWORDS: list[tuple[str, str]] = [
    ("MALUT_01", "FAYA"),
    ("MALUT_01", "#FAYA1"),
    ("MALUT_01", "#FAYAMenang"),
    ("MALUT_01", "Malut Maju Basudara"),
    ("MALUT_01", "Fahri-Yance"),
    ("MALUT_01_TIM", "Relawan FAYA"),
    ("MALUT_02", "NUSA"),
    ("MALUT_02", "#NUSA2"),
    ("MALUT_02", "Paket NUSA"),
    ("MALUT_02", "NUSA Bangkit"),
    ("MALUT_02", "Nurlela-Hendrik"),
    ("MALUT_03", "JAGO"),
    ("MALUT_03", "#MalutJAGO"),
    ("MALUT_03", "Paket JAGO"),
    ("MALUT_03", "Jainudin-Gorys"),
    ("MMJ_01", "TASA"),
    ("MMJ_01", "#TASAMalabi"),
    ("MMJ_01", "Mamuju Mala'bi"),
    ("MMJ_01", "Taufan-Salma"),
    ("MMJ_02", "ARNI"),
    ("MMJ_02", "#ARNI2"),
    ("MMJ_02", "#LanjutkanARNI"),
    ("MMJ_02", "Mamuju Keren"),
    ("SRG_01", "OBAH"),
    ("SRG_01", "#OBAHSatu"),
    ("SRG_01", "Sorong Kota Kitong"),
    ("SRG_02", "NEYU"),
    ("SRG_02", "#NEYU2"),
    ("SRG_02", "Sorong Baru Sorong Bisa"),
    ("SRG_02", "Nela-Yusuf"),
    ("SRG_02", "Mama Nela"),
    ("KPG_01", "DAMAI"),
    ("KPG_01", "Paket DAMAI"),
    ("KPG_01", "#KupangDAMAI"),
    ("KPG_01", "#DAMAI1"),
    ("KPG_02", "TESA"),
    ("KPG_02", "#TESA2"),
    ("KPG_02", "Lanjut Kota Kasih"),
    ("KPG_02", "Tefa-Said"),
    ("KPG_03", "RAFA"),
    ("KPG_03", "#RAFA3"),
    ("CALEG_SARIF", "Om Sarif"),
    ("CALEG_SARIF", "#Sarif3Golkar"),
    ("CALEG_AGUS", "Mama Agus"),
    ("CALEG_AGUS", "#AgustinaNasDem"),
    ("DPD_BENY", "Beny Tanone"),
    ("DPD_BENY", "#Beny31"),
    ("P_PKB", "PKB"),
    ("P_GERINDRA", "Gerindra"),
    ("P_PDIP", "PDI Perjuangan"),
    ("P_PDIP", "banteng moncong putih"),
    ("P_PDIP", "salam metal"),
    ("P_GOLKAR", "Golkar"),
    ("P_GOLKAR", "#GolkarMenang"),
    ("P_NASDEM", "NasDem"),
    ("P_NASDEM", "Restorasi"),
    ("P_PKS", "PKS"),
    ("P_DEMOKRAT", "Demokrat"),
    ("P_PSI", "PSI"),
]


def _pilkada_stages(result_end: str) -> list[tuple[str, str, str]]:
    return [
        ("candidacy", "2024-08-27", "2024-09-22"),
        ("campaign", "2024-09-25", "2024-11-23"),
        ("quiet", "2024-11-24", "2024-11-26"),
        ("voting", "2024-11-27", "2024-11-27"),
        ("counting", "2024-11-27", "2024-12-05"),
        ("result", "2024-12-06", result_end),
    ]


# election_id, name, contest, region_code, stages
ELECTIONS: list[tuple[str, str, str, str, list[tuple[str, str, str]]]] = [
    (
        E_MALUT,
        "Pemilihan Gubernur dan Wakil Gubernur Maluku Utara 2024",
        "regional_head",
        "82",
        _pilkada_stages("2024-12-16"),
    ),
    (
        E_MAMUJU,
        "Pemilihan Bupati dan Wakil Bupati Mamuju 2024",
        "regional_head",
        "76.04",
        _pilkada_stages("2024-12-12"),
    ),
    (
        E_SORONG,
        "Pemilihan Wali Kota dan Wakil Wali Kota Sorong 2024",
        "regional_head",
        "96.71",
        _pilkada_stages("2024-12-14"),
    ),
    (
        E_KUPANG,
        "Pemilihan Wali Kota dan Wakil Wali Kota Kupang 2024",
        "regional_head",
        "53.71",
        _pilkada_stages("2024-12-13"),
    ),
    (
        E_PILEG,
        "Pemilihan Umum Anggota DPR, DPD dan DPRD 2024",
        "legislative",
        "",
        [
            ("candidacy", "2023-05-01", "2023-11-27"),
            ("campaign", "2023-11-28", "2024-02-10"),
            ("quiet", "2024-02-11", "2024-02-13"),
            ("voting", "2024-02-14", "2024-02-14"),
            ("counting", "2024-02-14", "2024-03-20"),
            ("result", "2024-03-20", "2024-03-20"),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# Posts the employees comment on, reply to or quote: key -> (platform, post_id, author_user_id,
# author_handle, text).  Candidates' accounts are the ones in TARGETS; the rest are invented
# friends and news pages.
# ---------------------------------------------------------------------------------------------

TPOSTS: dict[str, tuple[str, str, str, str, str]] = {
    "faya_fb1": (
        "facebook",
        "100000000101_5501",
        "100000000101",
        "FahriDuwila.Official",
        "Terima kasih masyarakat Kota Ternate atas sambutan luar biasa hari ini! Bersama torang bangun Maluku Utara. #FAYA1",
    ),
    "faya_fb_cmt_ichal": (
        "facebook",
        "100000000101_5502_c77",
        "100009990001",
        "ichal.tte",
        "Pak Fahri nomor satu paling pantas jadi gubernur Malut!",
    ),
    "faya_tim_fb": (
        "facebook",
        "100000000111_6601",
        "100000000111",
        "RelawanFAYATernate",
        "Relawan FAYA Ternate buka pendaftaran relawan door to door. Yang mo gabung, komen di bawah!",
    ),
    "faya_ig1": (
        "instagram",
        "C9faya0001",
        "5000000101",
        "faya.malut",
        "Kampanye dialogis di Tobelo bersama masyarakat pesisir 🌊",
    ),
    "nusa_x1": (
        "x",
        "1839000000000000102",
        "1500000102",
        "NurlelaSangadji",
        "Beasiswa 10.000 anak Maluku Utara, kuliah gratis sampai sarjana. Itu janji torang.",
    ),
    "nusa_x2": (
        "x",
        "1841000000000000102",
        "1500000102",
        "NurlelaSangadji",
        "Terima kasih Jailolo! Dari barat Halmahera, perubahan dimulai.",
    ),
    "nusa_x3": (
        "x",
        "1852000000000000102",
        "1500000102",
        "NurlelaSangadji",
        "Debat tadi malam: angka kemiskinan Malut masih 6,5%. Torang harus turunkan.",
    ),
    "jago_fb1": (
        "facebook",
        "100000000103_7701",
        "100000000103",
        "Jainudin.Tomia",
        "Doa bersama lintas agama untuk Maluku Utara yang damai dan sejahtera. Tuhan memberkati, Allah meridhoi.",
    ),
    "jago_fb2": (
        "facebook",
        "100000000103_7702",
        "100000000103",
        "Jainudin.Tomia",
        "Program unggulan: pendidikan gratis SMA/SMK se-Maluku Utara.",
    ),
    "jago_fb3": (
        "facebook",
        "100000000103_7703",
        "100000000103",
        "Jainudin.Tomia",
        "Kampanye terbatas di Kelurahan Kalumata hari ini, terima kasih warga!",
    ),
    "jago_x1": (
        "x",
        "1848000000000000103",
        "1500000103",
        "JAGO_Malut",
        "Program 1.000 beasiswa anak nelayan Maluku Utara. #MalutJAGO",
    ),
    "meyti_fb1": (
        "facebook",
        "100009990002_1201",
        "100009990002",
        "meyti.tuhumury",
        "Sapa yang ngoni pilih for gubernur? Kita masih bingung 🤔",
    ),
    "tasa_fb1": (
        "facebook",
        "100000000201_3301",
        "100000000201",
        "TaufanLamba",
        "Silaturahmi dengan warga Kalukku. Terima kasih atas doa dan dukungannya.",
    ),
    "tasa_fb_cmt_rusli": (
        "facebook",
        "100000000201_3302_c12",
        "100009990003",
        "daeng.rusli",
        "Masih bingung ka' mau pilih siapa ini, dua-duanya orang baik",
    ),
    "tasa_fb3": (
        "facebook",
        "100000000201_3303",
        "100000000201",
        "TaufanLamba",
        "Alhamdulillah, KPU Mamuju menetapkan kami sebagai pasangan calon. Mohon doa restu.",
    ),
    "arni_ig1": (
        "instagram",
        "C9arni0001",
        "5000000202",
        "arni.mamuju",
        "Silaturahmi bersama ibu-ibu majelis taklim se-Kecamatan Simboro 🤲",
    ),
    "arni_ig_cmt_andi": (
        "instagram",
        "C9arni0002_c5",
        "5000009991",
        "andi_mmj",
        "programnya apa saja pak? jangan cuma foto-foto",
    ),
    "arni_fb1": (
        "facebook",
        "100000000202_4401",
        "100000000202",
        "ArifinNurdin.Official",
        "Peresmian Pasar Rakyat Simboro. Mamuju terus bergerak.",
    ),
    "mamujupos_fb1": (
        "facebook",
        "100000000901_1101",
        "100000000901",
        "MamujuPos",
        "Survei LSI Sulbar: ARNI 54%, TASA 41%, belum memilih 5%.",
    ),
    "rusli_fb2": (
        "facebook",
        "100009990003_1301",
        "100009990003",
        "daeng.rusli",
        "Tabe', ada yang tahu siapa yang mau dipilih ibu-ibu kantor kecamatan? 😄",
    ),
    "obah_fb1": (
        "facebook",
        "100000000301_2201",
        "100000000301",
        "ObetMalibela",
        "Turun ke Remu hari ini, dengar langsung keluhan mace-mace di pasar.",
    ),
    "neyu_fb1": (
        "facebook",
        "100000000302_2301",
        "100000000302",
        "Nela.Safkaur",
        "Mama-mama Sorong, terima kasih untuk doa dan semangatnya. Tuhan Yesus berkati.",
    ),
    "neyu_tim_fb": (
        "facebook",
        "100000000312_2401",
        "100000000312",
        "TimNEYUSorong",
        "Dicari saksi TPS untuk seluruh kelurahan. Hubungi koordinator kelurahan masing-masing.",
    ),
    "nyong_fb1": (
        "facebook",
        "100009990004_1401",
        "100009990004",
        "nyong.klasaman",
        "Pilwalkot ini bosong pilih sapa? Sa masih bingung",
    ),
    "rekan_fb_cmt": (
        "facebook",
        "100009990005_1501_c3",
        "100009990005",
        "debora.rumere",
        "Ibu guru pilih sapa?",
    ),
    "ade_fb1": (
        "facebook",
        "100009990006_1601",
        "100009990006",
        "markus.wanma",
        "Kaka, sa baru pertama kali pilih. Bagusnya pilih sapa?",
    ),
    "tesa_x1": (
        "x",
        "1843000000000000402",
        "1500000402",
        "TESA_Kupang",
        "Air bersih masuk rumah, 24 jam. Itu komitmen TESA untuk Kota Kasih.",
    ),
    "kupangterkini_fb1": (
        "facebook",
        "100000000902_1701",
        "100000000902",
        "KupangTerkini",
        "Debat publik kedua Pilwalkot Kupang: tiga paslon adu gagasan soal air bersih dan sampah.",
    ),
    "damai_ig1": (
        "instagram",
        "C9damai0001",
        "5000000401",
        "damai.kupang",
        "Terima kasih Kelurahan Oesapa! Kupang aman, bersih, sonde banjir.",
    ),
    "damai_ig_cmt_nyong": (
        "instagram",
        "C9damai0002_c9",
        "5000009992",
        "nyong_oesapa",
        "DAMAI paling bae, sonde ada lawan!",
    ),
    "damai_ig2": (
        "instagram",
        "C9damai0003",
        "5000000401",
        "damai.kupang",
        "Om Daniel kunjungi RSUD Kota Kupang, dengar keluhan tenaga kesehatan.",
    ),
    "rafa_ig1": (
        "instagram",
        "C9rafa0001",
        "5000000403",
        "rafa.kupang",
        "Kupang Baru dimulai dari kelurahan. Terima kasih Bakunase!",
    ),
    "rafa_fb1": (
        "facebook",
        "100000000403_2701",
        "100000000403",
        "RambuKaborang",
        "Stunting harus turun. Program RAFA: posyandu aktif di setiap RT.",
    ),
    "pilkupang_x_news": (
        "x",
        "1854000000000000903",
        "1500000903",
        "kupang_news",
        "Survei Kupang Data: TESA 38%, DAMAI 35%, RAFA 20%.",
    ),
    "etha_friend_ig": (
        "instagram",
        "C9frnd0001_c1",
        "5000009993",
        "nona_oebufu",
        "Etha lu pilih sapa? Kasi tau beta dolo 😁",
    ),
    "sarif_fb1": (
        "facebook",
        "100000000501_8801",
        "100000000501",
        "Sarifudin.HiUmar",
        "Mohon doa dan dukungan masyarakat Dapil Malut 1 Ternate. Golkar nomor 4, saya nomor urut 3.",
    ),
    "agus_fb1": (
        "facebook",
        "100000000502_8901",
        "100000000502",
        "Agustina.Rumbiak",
        "Mama-mama Papua harus punya suara di DPRD Kota Sorong. NasDem nomor 5, sa nomor urut 2.",
    ),
    "beny_fb1": (
        "facebook",
        "100000000503_9901",
        "100000000503",
        "BenyTanone.DPD",
        "Bersama nelayan Oesapa. Perjuangan untuk NTT belum selesai.",
    ),
    "nasdem_ig1": (
        "instagram",
        "C9nasdem001",
        "5000000605",
        "nasdem.ntt",
        "Konsolidasi kader NasDem NTT menuju 2029. Restorasi Indonesia!",
    ),
    "gerindra_fb1": (
        "facebook",
        "100000000602_9101",
        "100000000602",
        "GerindraSulbar",
        "Bakti sosial Gerindra Sulbar untuk korban banjir di Kalukku.",
    ),
    "pdip_fb1": (
        "facebook",
        "100000000603_9201",
        "100000000603",
        "PDIPerjuanganMalut",
        "Rapat kerja daerah PDI Perjuangan Maluku Utara. Merdeka!",
    ),
    "ichal_x1": (
        "x",
        "1838000000000000991",
        "1500000991",
        "ichal_tte",
        "Bro ngana dukung sapa di pilgub? 👀",
    ),
    "malutnews_x1": (
        "x",
        "1845000000000000992",
        "1500000992",
        "malut_news",
        "Bawaslu Malut temukan 12 ASN diduga tidak netral selama masa kampanye Pilgub.",
    ),
    "rahmatia_friend_fb": (
        "facebook",
        "100009990007_1801",
        "100009990007",
        "dik.sul",
        "Kak Hj, pilih nomor berapa nanti? 😁",
    ),
    "filipus_fb1": (
        "facebook",
        "100009990008_1901",
        "100009990008",
        "filipus.kambu",
        "Selamat tahun baru 2025 keluarga besar Kambu!",
    ),
}

# ---------------------------------------------------------------------------------------------
# Labelled events.  it(label, targets, employee, platform, action, occurred_at, text, on=TPOSTS
# key, ocr=..., alt=...).  Targets are the ids a correct finding may name (C, A, O) or "" (N).
# ---------------------------------------------------------------------------------------------


def it(
    label: str,
    tgt: str,
    who: str,
    plat: str,
    act: str,
    at: str | None,
    text: str | None,
    on: str | None = None,
    ocr: str | None = None,
    alt: str | None = None,
) -> dict[str, Any]:
    return {
        "label": label,
        "targets": tuple(tgt.split()),
        "who": who,
        "platform": plat,
        "action": act,
        "at": at,
        "text": text,
        "on": on,
        "ocr": ocr,
        "alt": alt,
    }


ITEMS: list[dict[str, Any]] = [
    # =========================================================================================
    # C: Pilgub Maluku Utara (window 2024-08-27 .. 2024-12-16)
    # =========================================================================================
    it(
        "C",
        "MALUT_01",
        "E1",
        "facebook",
        "post",
        "2024-09-28T19:12:00+09:00",
        "Ngoni samua, tanggal 27 November jang lupa coblos nomor 1 e! FAYA for Malut 🙏🔥 #FAYA1",
    ),
    it(
        "C",
        "MALUT_01",
        "E1",
        "facebook",
        "post",
        "2024-10-05T08:40:00+09:00",
        "So tara usah bimbang lagi, torang pe pilihan cuma satu: Fahri Duwila - Yance Loleo. Malut Maju Basudara!! 💪",
    ),
    it(
        "C",
        "MALUT_01",
        "E1",
        "facebook",
        "comment",
        "2024-10-12T21:05:00+09:00",
        "Mantap Pak Fahri, torang guru-guru di Ternate siap menangkan FAYA 🙏",
        on="faya_fb1",
    ),
    it(
        "C",
        "MALUT_01",
        "E1",
        "tiktok",
        "post",
        "2024-10-20T20:00:00+09:00",
        "Kalo ngana mo Malut maju, pilih FAYA jo! Satu putaran! ☝️☝️ #FAYAMenang #Malut2024",
    ),
    it(
        "C",
        "MALUT_01",
        "E1",
        "facebook",
        "reply",
        "2024-11-02T13:22:00+09:00",
        "@ichal.tte betul itu, nomor satu so paling cocok, torang kawal sampe menang",
        on="faya_fb_cmt_ichal",
    ),
    it(
        "C",
        "MALUT_01",
        "E1",
        "facebook",
        "post",
        "2024-11-10T16:45:00+09:00",
        "Hari ini ikut bantu pasang spanduk di Kalumata 😅",
        ocr="COBLOS NO. 1 FAHRI DUWILA - YANCE LOLEO CALON GUBERNUR & WAKIL GUBERNUR MALUKU UTARA 2024",
        alt="Spanduk kampanye pasangan calon gubernur dipasang di pagar rumah",
    ),
    it(
        "C",
        "MALUT_01",
        "E1",
        "facebook",
        "post",
        "2024-11-24T10:15:00+09:00",
        "Masa tenang tapi hati tetap FAYA ☝️ Lusa torang satu suara",
    ),
    it(
        "C",
        "MALUT_01",
        "E1",
        "facebook",
        "post",
        "2024-11-28T07:30:00+09:00",
        "Alhamdulillah hitung cepat FAYA unggul! Terima kasih ngoni samua yang so pilih nomor 1, kawal C1 sampe akhir!!",
    ),
    it(
        "C",
        "MALUT_01",
        "E1",
        "tiktok",
        "post",
        "2024-09-18T18:05:00+09:00",
        "POV: ibu guru yang so nda sabar tunggu Pak Fahri jadi gubernur 😂☝️ #FAYA",
    ),
    it(
        "C",
        "MALUT_01 MALUT_01_TIM",
        "E1",
        "facebook",
        "comment",
        "2024-10-16T20:10:00+09:00",
        "Kita ikut gabung relawan e, siap turun door to door di Bastiong 💪",
        on="faya_tim_fb",
    ),
    it(
        "C",
        "MALUT_02",
        "E2",
        "x",
        "post",
        "2024-09-26T09:02:00+09:00",
        "Sudah saatnya perempuan pimpin Maluku Utara. Ibu Nurlela Sangadji, torang pe pilihan. #NUSA2",
    ),
    it(
        "C",
        "MALUT_02",
        "E2",
        "x",
        "quote",
        "2024-10-03T12:30:00+09:00",
        "Program beasiswa ini yang torang butuh. Gas terus NUSA 🔥 coblos 2!",
        on="nusa_x1",
    ),
    it(
        "C",
        "MALUT_02",
        "E2",
        "instagram",
        "post",
        "2024-10-15T17:20:00+09:00",
        "Bersama Ibu Nurlela di Jailolo ✌️",
        ocr="NUSA BANGKIT",
        alt="Foto bersama calon gubernur perempuan, semua berpose dua jari",
    ),
    it(
        "C",
        "MALUT_02",
        "E2",
        "x",
        "reply",
        "2024-10-22T19:45:00+09:00",
        "Siap bu! Dari Sofifi sampe Morotai torang menangkan Paket NUSA",
        on="nusa_x2",
    ),
    it(
        "C",
        "MALUT_02",
        "E2",
        "x",
        "post",
        "2024-11-05T07:55:00+09:00",
        "Debat semalam jelas skali: cuma Nurlela-Hendrik yang punya konsep hilirisasi nikel yang pro rakyat. Nomor 2 harga mati ✌️",
    ),
    it(
        "C",
        "MALUT_02",
        "E2",
        "instagram",
        "post",
        "2024-11-20T20:40:00+09:00",
        "Tinggal seminggu. Pastikan keluarga, om, tanta, ade-kaka samua ke TPS pilih nomor dua. #NUSABangkit",
    ),
    it(
        "C",
        "MALUT_02",
        "E2",
        "x",
        "post",
        "2024-09-02T15:10:00+09:00",
        "Akhirnya Ibu Nurlela resmi daftar di KPU Malut. Ini yang torang tunggu, mari kase menang!",
    ),
    it(
        "C",
        "MALUT_02",
        "E2",
        "x",
        "post",
        "2024-10-30T21:00:00+09:00",
        "Salam dua jari ✌️ dari Ternate. Ibu Nurlela gubernur torang!",
    ),
    it(
        "C",
        "MALUT_02",
        "E2",
        "instagram",
        "comment",
        "2024-10-08T22:14:00+09:00",
        "Maaf pak, Malut tahun ini milik NUSA ✌️✌️",
        on="faya_ig1",
    ),
    it(
        "C",
        "MALUT_02",
        "E2",
        "instagram",
        "post",
        "2024-12-10T10:00:00+09:00",
        "Selamat Ibu Nurlela! Gubernur perempuan pertama Malut, perjuangan NUSA berhasil ✌️🎉",
    ),
    it(
        "C",
        "MALUT_03",
        "E3",
        "facebook",
        "post",
        "2024-09-30T19:30:00+09:00",
        "Puji Tuhan, Bapa Gorys Lesnussa jadi wakil. Torang jemaat GMIH dukung penuh JAGO nomor 3 🙏",
    ),
    it(
        "C",
        "MALUT_03",
        "E3",
        "facebook",
        "comment",
        "2024-10-09T20:20:00+09:00",
        "Tuhan berkati Bapa Jainudin deng Bapa Gorys, torang pasti pilih tiga!",
        on="jago_fb1",
    ),
    it(
        "C",
        "MALUT_03",
        "E3",
        "facebook",
        "post",
        "2024-10-25T18:00:00+09:00",
        "Malut butuh yang JAGO kerja, bukan JAGO bicara. Coblos nomor 3! 🐓 #MalutJAGO",
    ),
    it(
        "C",
        "MALUT_03",
        "E3",
        "facebook",
        "post",
        "2024-11-12T17:35:00+09:00",
        "Kaos baru dari tim 😍",
        ocr="JAGO 3 | JAINUDIN - GORYS | MALUT JAGO",
        alt="Perempuan memakai kaos kampanye pasangan nomor 3",
    ),
    it(
        "C",
        "MALUT_03",
        "E3",
        "facebook",
        "comment",
        "2024-11-16T21:50:00+09:00",
        "Kita so pasti pilih Paket JAGO, usi. Dorang yang paling peduli tenaga kesehatan",
        on="meyti_fb1",
    ),
    it(
        "C",
        "MALUT_03",
        "E3",
        "facebook",
        "post",
        "2024-11-26T20:05:00+09:00",
        "Jang lupa besok bawa undangan, pilih yang JAGO, nomor tiga 🙏🙏",
    ),
    # =========================================================================================
    # C: Pilbup Mamuju (window 2024-08-27 .. 2024-12-12); no offset = bundle timezone (WITA)
    # =========================================================================================
    it(
        "C",
        "MMJ_01",
        "E4",
        "facebook",
        "post",
        "2024-09-27T19:00:00",
        "Tabe' sodara-sodara, mari ki' sama-sama dukung TASA nomor 1 supaya Mamuju makin Mala'bi 🙏 #TASAMalabi",
    ),
    it(
        "C",
        "MMJ_01",
        "E4",
        "facebook",
        "comment",
        "2024-10-10T20:35:00",
        "Lanjutkan perjuangan ta' Pak Taufan, kami keluarga besar di Kalukku siap menangkan ki'",
        on="tasa_fb1",
    ),
    it(
        "C",
        "MMJ_01",
        "E4",
        "facebook",
        "post",
        "2024-10-19T16:10:00",
        "Kampanye akbar TASA di Lapangan Merdeka, luar biasa antusias masyarakat! Satu hati satu pilihan ☝️",
        ocr="TAUFAN - SALMA NO. 1 BUPATI MAMUJU 2024",
        alt="Kerumunan massa kampanye dengan bendera bergambar angka 1",
    ),
    it(
        "C",
        "MMJ_01",
        "E4",
        "facebook",
        "post",
        "2024-11-03T08:25:00",
        "Kalau mau Mamuju maju, coblos mi nomor satu. Taufan-Salma pasti bisa ji",
    ),
    it(
        "C",
        "MMJ_01",
        "E4",
        "facebook",
        "reply",
        "2024-11-14T21:15:00",
        "Iye' daeng, jangan ki ragu, pilih TASA mi. Orangnya jujur ji",
        on="tasa_fb_cmt_rusli",
    ),
    it(
        "C",
        "MMJ_01",
        "E4",
        "facebook",
        "post",
        "2024-11-28T09:40:00",
        "Alhamdulillah, TASA unggul di TPS ku. Terima kasih warga Kalukku yang sudah pilih nomor 1 🙏",
    ),
    it(
        "C",
        "MMJ_01",
        "E4",
        "facebook",
        "post",
        "2024-09-05T11:00:00",
        "Bismillah, pendaftaran Taufan-Salma di KPU Mamuju hari ini. Kami keluarga siap berjuang sampai menang!",
    ),
    it(
        "C",
        "MMJ_01 P_PKB",
        "E4",
        "facebook",
        "post",
        "2024-10-09T15:30:00",
        "PKB Mamuju solid menangkan Taufan-Salma ☝️💚 Kader sampai ke desa-desa!",
    ),
    it(
        "C",
        "MMJ_02",
        "E5",
        "instagram",
        "post",
        "2024-09-25T07:15:00",
        "Hari pertama kampanye, Bismillah lanjutkan ARNI dua periode ✌️ #LanjutkanARNI",
    ),
    it(
        "C",
        "MMJ_02",
        "E5",
        "instagram",
        "comment",
        "2024-10-06T13:05:00",
        "Sehat selalu Pak Arifin dan Ibu Ratna, kami ibu-ibu majelis taklim siap memenangkan nomor 2 🤲",
        on="arni_ig1",
    ),
    it(
        "C",
        "MMJ_02",
        "E5",
        "facebook",
        "post",
        "2024-10-18T19:50:00",
        "Mamuju Keren harus dilanjutkan! Jangan biarkan pembangunan berhenti, pilih ARNI 27 November",
    ),
    it(
        "C",
        "MMJ_02",
        "E5",
        "instagram",
        "post",
        "2024-11-07T16:00:00",
        "Arisan sambil sosialisasi 😁",
        ocr="PILIH NO. 2 ARIFIN NURDIN - RATNASARI PATTOLA BUPATI & WAKIL BUPATI MAMUJU",
        alt="Ibu-ibu memegang stiker calon bupati nomor 2",
    ),
    it(
        "C",
        "MMJ_02",
        "E5",
        "instagram",
        "post",
        "2024-11-21T20:30:00",
        "Dua jari untuk Mamuju yang lebih keren ✌️✌️ #ARNI2",
    ),
    it(
        "C",
        "MMJ_02",
        "E5",
        "facebook",
        "comment",
        "2024-11-01T10:20:00",
        "Alhamdulillah ARNI unggul, memang pantas dilanjutkan, ayo menang satu putaran",
        on="mamujupos_fb1",
    ),
    it(
        "C",
        "MMJ_02",
        "E5",
        "instagram",
        "reply",
        "2024-10-26T22:00:00",
        "Banyak mi buktinya dik, jalan ke Tapalang sudah mulus. Lanjut mi ARNI",
        on="arni_ig_cmt_andi",
    ),
    # =========================================================================================
    # C: Pilwalkot Sorong (window 2024-08-27 .. 2024-12-14), +09:00
    # =========================================================================================
    it(
        "C",
        "SRG_01",
        "E6",
        "facebook",
        "post",
        "2024-09-29T18:45:00+09:00",
        "Kitong anak-anak Sorong su tra ragu lagi, Bapa Obet nomor satu! Sorong Kota Kitong 🔥 #OBAHSatu",
    ),
    it(
        "C",
        "SRG_01",
        "E6",
        "tiktok",
        "post",
        "2024-10-13T19:30:00+09:00",
        "Pace mace dorang, 27 November tusuk satu e! OBAH sa pu pilihan ☝️",
    ),
    it(
        "C",
        "SRG_01",
        "E6",
        "facebook",
        "comment",
        "2024-10-21T12:10:00+09:00",
        "Bapa Obet sa dukung 100 persen, Remu sampe Klasaman siap menang",
        on="obah_fb1",
    ),
    it(
        "C",
        "SRG_01",
        "E6",
        "facebook",
        "post",
        "2024-11-09T17:00:00+09:00",
        "Kitong bikin baliho sendiri 😂💪",
        ocr="OBET MALIBELA - HAMZAH RUMBOUW | NO 1 | SORONG KOTA KITONG",
        alt="Baliho kampanye pasangan calon wali kota di pinggir jalan",
    ),
    it(
        "C",
        "SRG_01",
        "E6",
        "facebook",
        "comment",
        "2024-11-18T20:25:00+09:00",
        "Ade, ko dengar sa: pilih OBAH sudah, dong yang paling tau kitong pu masalah",
        on="nyong_fb1",
    ),
    it(
        "C",
        "SRG_01",
        "E6",
        "tiktok",
        "post",
        "2024-11-25T21:00:00+09:00",
        "Masa tenang, tenang-tenang saja tapi hati tetap satu ☝️ #OBAH",
    ),
    it(
        "C",
        "SRG_01",
        "E6",
        "facebook",
        "comment",
        "2024-10-30T22:40:00+09:00",
        "Maaf Mama, Sorong tahun ini tetap satu, OBAH! ☝️",
        on="neyu_fb1",
    ),
    it(
        "C",
        "SRG_01",
        "E6",
        "facebook",
        "post",
        "2024-09-10T16:30:00+09:00",
        "Sa hadir di deklarasi Bapa Obet deng Bapa Hamzah, luar biasa! Sorong harus OBAH!",
    ),
    it(
        "C",
        "SRG_02",
        "E7",
        "facebook",
        "post",
        "2024-09-26T19:10:00+09:00",
        "Mama Nela perempuan Papua pertama yang maju, kitong mama-mama Sorong dukung NEYU nomor 2 ✌️",
    ),
    it(
        "C",
        "SRG_02",
        "E7",
        "facebook",
        "comment",
        "2024-10-04T20:00:00+09:00",
        "Tuhan Yesus berkati Mama Nela deng Bapa Yusuf, kitong pasti coblos dua 🙏",
        on="neyu_fb1",
    ),
    it(
        "C",
        "SRG_02",
        "E7",
        "facebook",
        "post",
        "2024-10-28T18:20:00+09:00",
        "Sorong Baru, Sorong Bisa! Ayo kitong kasih menang Nela-Yusuf 🙏 #NEYU2",
    ),
    it(
        "C",
        "SRG_02 SRG_02_TIM",
        "E7",
        "facebook",
        "comment",
        "2024-11-11T19:45:00+09:00",
        "Sa siap jadi saksi di TPS 14 e kaka, tinggal kirim formulir",
        on="neyu_tim_fb",
    ),
    it(
        "C",
        "SRG_02",
        "E7",
        "facebook",
        "post",
        "2024-11-15T16:30:00+09:00",
        "Mace-mace pu semangat 💃",
        ocr="MAMA NELA - YUSUF IDRIS | COBLOS NO 2 | SORONG BARU SORONG BISA",
        alt="Ibu-ibu berpose dua jari memakai kaos kampanye",
    ),
    it(
        "C",
        "SRG_02",
        "E7",
        "facebook",
        "post",
        "2024-12-02T08:00:00+09:00",
        "Kawal suara NEYU sampe pleno! Jang kasih kendor, kitong su hampir menang ✌️",
    ),
    it(
        "C",
        "SRG_02",
        "E7",
        "facebook",
        "reply",
        "2024-10-12T14:15:00+09:00",
        "Nomor dua sudah ade, Mama Nela yang peduli guru honor",
        on="rekan_fb_cmt",
    ),
    # =========================================================================================
    # C: Pilwalkot Kupang (window 2024-08-27 .. 2024-12-13); no offset = WITA
    # =========================================================================================
    it(
        "C",
        "KPG_02",
        "E8",
        "x",
        "post",
        "2024-09-25T08:00:00",
        "Kampanye su mulai. Beta pung pilihan jelas: TESA nomor 2, lanjut Kota Kasih! #TESA2",
    ),
    it(
        "C",
        "KPG_02",
        "E8",
        "x",
        "reply",
        "2024-10-02T21:30:00",
        "Mantap Pak Yulius, botong anak muda Oebobo siap kawal sampe menang ✌️",
        on="tesa_x1",
    ),
    it(
        "C",
        "KPG_02",
        "E8",
        "x",
        "quote",
        "2024-10-17T12:45:00",
        "Ini baru program! Air bersih masuk rumah, Kupang pung masalah dari dulu. Lanjut Kota Kasih, pilih 2",
        on="tesa_x1",
    ),
    it(
        "C",
        "KPG_02",
        "E8",
        "facebook",
        "post",
        "2024-11-06T19:20:00",
        "Bosong jang pilih yang cuma pintar omong. Pilih Tefa-Said, su bukti kerja. ✌️✌️",
    ),
    it(
        "C",
        "KPG_02",
        "E8",
        "facebook",
        "post",
        "2024-11-19T18:00:00",
        "Botong pung posko su jadi 🙌",
        ocr="POSKO RELAWAN TESA KEL. OEBOBO - COBLOS NO. 2 YULIUS TEFA - AHMAD SAID",
        alt="Posko relawan dengan spanduk pasangan calon wali kota",
    ),
    it(
        "C",
        "KPG_02",
        "E8",
        "x",
        "post",
        "2024-11-29T15:10:00",
        "Quick count TESA menang! Terima kasih Kupang, Kota Kasih lanjut ✌️🔥",
    ),
    it(
        "C",
        "KPG_02",
        "E8",
        "x",
        "post",
        "2024-09-03T17:25:00",
        "Yulius Tefa deng Ahmad Said su daftar di KPU. Ini pasangan yang Kupang butuh, botong dukung!",
    ),
    it(
        "C",
        "KPG_02",
        "E8",
        "facebook",
        "comment",
        "2024-10-27T22:05:00",
        "TESA menang telak di debat ini. Nomor dua sonde ada lawan 💪",
        on="kupangterkini_fb1",
    ),
    it(
        "C",
        "KPG_01",
        "E9",
        "instagram",
        "post",
        "2024-09-30T20:15:00",
        "Satu hati, satu pilihan: Paket DAMAI nomor 1 ☝️ Kupang pung masa depan #KupangDAMAI",
    ),
    it(
        "C",
        "KPG_01",
        "E9",
        "instagram",
        "comment",
        "2024-10-11T19:00:00",
        "Om Daniel deng Tanta Sarlota, beta doakan menang! ☝️❤️",
        on="damai_ig1",
    ),
    it(
        "C",
        "KPG_01",
        "E9",
        "tiktok",
        "post",
        "2024-10-24T21:40:00",
        "Lu mau Kupang aman, bersih, sonde banjir? Coblos satu, DAMAI! #DAMAI1",
    ),
    it(
        "C",
        "KPG_01",
        "E9",
        "instagram",
        "post",
        "2024-11-08T17:50:00",
        "Ikut ramai-ramai di Lapangan Polda 🥰",
        ocr="DANIEL NDUN - SARLOTA MANAFE | NO 1 | WALI KOTA KUPANG",
        alt="Perempuan berpose satu jari di depan panggung kampanye pasangan DAMAI",
    ),
    it(
        "C",
        "KPG_01",
        "E9",
        "tiktok",
        "post",
        "2024-11-22T20:00:00",
        "Tanggal 27 jang lupa e, nomor satu sa. Sonde usah pikir lama-lama ☝️ #PaketDAMAI",
    ),
    it(
        "C",
        "KPG_01",
        "E9",
        "instagram",
        "reply",
        "2024-10-29T22:30:00",
        "@nyong_oesapa betul nyong, DAMAI paling bae, botong pilih satu",
        on="damai_ig_cmt_nyong",
    ),
    it(
        "C",
        "KPG_01",
        "E9",
        "instagram",
        "comment",
        "2024-11-13T13:15:00",
        "Maaf kaka, Kupang pung pilihan su jelas: DAMAI nomor satu ☝️",
        on="rafa_ig1",
    ),
    it(
        "C",
        "KPG_01",
        "E9",
        "tiktok",
        "post",
        "2024-12-03T19:30:00",
        "Pleno KPU tinggal sedikit lagi, DAMAI tetap di hati ☝️ kawal sampe penetapan",
    ),
    # =========================================================================================
    # C: Pemilu legislatif 2024 (window 2023-05-01 .. 2024-03-20)
    # =========================================================================================
    it(
        "C",
        "CALEG_SARIF P_GOLKAR",
        "E2",
        "x",
        "post",
        "2024-01-15T20:00:00+09:00",
        "Dapil Malut 1 Ternate, coblos Golkar nomor urut 3 Sarifudin Hi. Umar. Om Sarif orang baik! #Sarif3Golkar",
    ),
    it(
        "C",
        "CALEG_SARIF P_GOLKAR",
        "E1",
        "facebook",
        "comment",
        "2024-01-28T19:40:00+09:00",
        "Sukses Om Sarif, torang satu keluarga coblos nomor 3 di surat suara biru 🙏",
        on="sarif_fb1",
    ),
    it(
        "C",
        "CALEG_SARIF P_GOLKAR",
        "E1",
        "facebook",
        "post",
        "2024-02-05T16:15:00+09:00",
        "Sosialisasi caleg keluarga 🙏 tolong bantu e",
        ocr="SARIFUDIN HI. UMAR | CALEG DPRD PROVINSI MALUKU UTARA | DAPIL MALUT 1 | GOLKAR NO. 4 | NO. URUT 3",
        alt="Kartu nama caleg Partai Golkar",
    ),
    it(
        "C",
        "CALEG_AGUS P_NASDEM",
        "E7",
        "facebook",
        "post",
        "2024-01-20T18:30:00+09:00",
        "Kitong pu mama Agustina Rumbiak maju DPRD Kota Sorong dari NasDem, nomor urut 2. Kasih suara untuk mama e 🙏",
    ),
    it(
        "C",
        "CALEG_AGUS P_NASDEM",
        "E6",
        "facebook",
        "comment",
        "2024-02-08T21:10:00+09:00",
        "Sukses Mama Agus, sa pu suara untuk mama, tusuk nomor 2 👍",
        on="agus_fb1",
    ),
    it(
        "C",
        "DPD_BENY",
        "E9",
        "instagram",
        "post",
        "2024-02-01T19:00:00",
        "Senator NTT paling bae cuma satu: Om Beny Tanone, nomor 31 di surat suara merah! #Beny31",
    ),
    it(
        "C",
        "DPD_BENY",
        "E8",
        "x",
        "post",
        "2024-02-10T09:15:00",
        "DPD NTT: Beny Tanone. Beta su yakin, 31 pas! Bosong ikut e",
    ),
    it(
        "C",
        "DPD_BENY",
        "E8",
        "facebook",
        "comment",
        "2024-01-12T20:50:00",
        "Om Beny su bukti perjuangkan nelayan Kupang, beta pilih om 💪",
        on="beny_fb1",
    ),
    # =========================================================================================
    # C: parties (political at any time)
    # =========================================================================================
    it(
        "C",
        "P_GOLKAR",
        "E2",
        "x",
        "post",
        "2025-03-10T20:30:00+09:00",
        "Golkar tetap di hati. Suara Golkar, suara rakyat! 💛 #GolkarMenang",
    ),
    it(
        "C",
        "P_PDIP",
        "E8",
        "x",
        "post",
        "2024-06-20T19:00:00",
        "Salam metal 🤘 PDI Perjuangan di hati beta sampe mati! Banteng moncong putih sonde pernah mundur 🔴",
    ),
    it(
        "C",
        "P_PSI",
        "E6",
        "facebook",
        "post",
        "2025-01-15T18:00:00+09:00",
        "PSI partai anak muda, kitong anak muda Sorong harus gabung! 🌹 Ayo dukung PSI",
    ),
    it(
        "C",
        "P_PKB",
        "E5",
        "facebook",
        "post",
        "2024-07-05T16:45:00",
        "Mari ki' sama-sama besarkan PKB di Mamuju, partai ta' para ulama 💚",
    ),
    it(
        "C",
        "P_DEMOKRAT",
        "E3",
        "facebook",
        "post",
        "2023-04-01T12:00:00+09:00",
        "Demokrat nomor 14, torang pilih Demokrat karena dorang pe jasa for Maluku Utara! 💙",
    ),
    it(
        "C",
        "P_NASDEM",
        "E9",
        "instagram",
        "comment",
        "2024-05-20T20:10:00",
        "NasDem restorasi Indonesia! Beta pung partai 💙🔥",
        on="nasdem_ig1",
    ),
    it(
        "C",
        "P_GERINDRA",
        "E4",
        "facebook",
        "post",
        "2024-01-30T08:30:00",
        "Coblos Gerindra nomor 2 untuk DPR RI, Sulbar butuh wakil yang berani!",
    ),
    it(
        "C",
        "P_PKS",
        "E1",
        "tiktok",
        "post",
        "2024-02-12T21:00:00+09:00",
        "Mau perubahan? Pilih PKS nomor 8 🧡 jang salah coblos e ngoni",
    ),
    it(
        "C",
        "P_NASDEM",
        "E7",
        "facebook",
        "comment",
        "2025-01-02T10:00:00+09:00",
        "Selamat tahun baru juga kaka. 2025 sa tetap NasDem, partai yang perhatikan Papua 💙",
        on="filipus_fb1",
    ),
    it(
        "C",
        "P_PDIP",
        "E3",
        "facebook",
        "comment",
        "2024-09-15T19:25:00+09:00",
        "Salam metal! Merah di hati sampe kapan-kapan 🤘🔴 PDI Perjuangan menang!",
        on="pdip_fb1",
    ),
    # =========================================================================================
    # O: C-like, candidates only (no party, no number), outside every window
    # =========================================================================================
    it(
        "O",
        "MALUT_01",
        "E1",
        "facebook",
        "post",
        "2024-06-10T19:00:00+09:00",
        "Torang so bulat dukung Pak Fahri Duwila maju gubernur. Malut Maju Basudara! 🔥",
    ),
    it(
        "O",
        "MALUT_02",
        "E2",
        "x",
        "post",
        "2024-07-22T20:15:00+09:00",
        "Ibu Nurlela Sangadji layak jadi gubernur Malut. Torang dukung penuh, mari kase menang!",
    ),
    it(
        "O",
        "MMJ_01",
        "E4",
        "facebook",
        "post",
        "2024-08-26T20:00:00",
        "Insya Allah besok Taufan-Salma mendaftar, kami keluarga siap kawal sampai menang #TASAMalabi",
    ),
    it(
        "O",
        "SRG_01",
        "E6",
        "tiktok",
        "post",
        "2024-05-14T18:30:00+09:00",
        "Bapa Obet harus jadi wali kota! Sorong Kota Kitong 💪 #OBAH",
    ),
    it(
        "O",
        "KPG_01",
        "E9",
        "instagram",
        "post",
        "2025-01-20T19:45:00",
        "Om Daniel deng Tanta Sarlota tetap di hati, DAMAI selamanya ❤️",
    ),
    it(
        "O",
        "KPG_02",
        "E8",
        "x",
        "post",
        "2024-12-20T10:30:00",
        "Bangga deng Pak Yulius Tefa, wali kota pilihan botong. Lanjut Kota Kasih!",
    ),
    it(
        "O",
        "CALEG_SARIF",
        "E1",
        "facebook",
        "comment",
        "2024-04-15T20:00:00+09:00",
        "Om Sarif tetap torang pe wakil rakyat terbaik, dukung terus!",
        on="sarif_fb2",
    ),
    it(
        "O",
        "CALEG_AGUS",
        "E7",
        "facebook",
        "post",
        "2023-03-12T17:00:00+09:00",
        "Mama Agustina Rumbiak mau maju DPRD, kitong dukung mama sampe duduk!",
    ),
    it(
        "O",
        "MMJ_02",
        "E5",
        "instagram",
        "post",
        "2024-08-15T09:00:00",
        "ARNI lanjut! Pak Arifin dan Ibu Ratna pasti bisa 🙏 #LanjutkanARNI",
    ),
    it(
        "O",
        "MALUT_03",
        "E3",
        "facebook",
        "post",
        "2025-02-14T18:10:00+09:00",
        "Jainudin-Gorys tetap JAGO di hati torang 🐓 sampe kapan-kapan",
    ),
    # =========================================================================================
    # A: genuinely ambiguous (reported, not scored)
    # =========================================================================================
    it(
        "A",
        "MALUT_01",
        "E1",
        "facebook",
        "post",
        "2024-10-01T20:00:00+09:00",
        "Kalo soal pendidikan, cuma satu pasangan yang bicara guru honor. Ngoni tau sendiri sapa 😉",
    ),
    it("A", "MALUT_02", "E2", "x", "post", "2024-11-27T10:05:00+09:00", "So coblos ✌️"),
    it(
        "A",
        "MALUT_03",
        "E3",
        "facebook",
        "comment",
        "2024-10-03T18:40:00+09:00",
        "Amin 🙏",
        on="jago_fb1",
    ),
    it(
        "A",
        "MMJ_01",
        "E4",
        "facebook",
        "comment",
        "2024-09-23T14:00:00",
        "Selamat atas penetapan sebagai pasangan calon, semoga amanah pak",
        on="tasa_fb3",
    ),
    it(
        "A",
        "MMJ_02",
        "E5",
        "instagram",
        "post",
        "2024-10-20T18:30:00",
        "Pilih pemimpin yang sudah terbukti, bukan yang janji saja 😊",
    ),
    it(
        "A",
        "SRG_01",
        "E6",
        "facebook",
        "post",
        "2024-11-01T19:00:00+09:00",
        "Sorong harus OBAH... eh maksudnya berubah 😂 typo sa",
    ),
    it(
        "A",
        "SRG_02",
        "E7",
        "facebook",
        "comment",
        "2024-10-15T20:30:00+09:00",
        "Mama Nela cantik skali hari ini 😍",
        on="neyu_fb1",
    ),
    it(
        "A",
        "KPG_02",
        "E8",
        "x",
        "post",
        "2024-11-15T21:00:00",
        "Kalo mau Kupang lanjut, lu tau mau pilih sapa 😁",
    ),
    it(
        "A",
        "KPG_01",
        "E9",
        "tiktok",
        "post",
        "2024-11-27T11:20:00",
        "Su pake hak pilih ☝️",
        alt="Perempuan memperlihatkan jari kelingking bertinta sambil mengacungkan telunjuk",
    ),
    it(
        "A",
        "MALUT_01",
        "E1",
        "facebook",
        "post",
        "2024-09-25T21:10:00+09:00",
        "Pak Fahri dulu kita pe guru SMA, orang baik skali. Sukses pak 🙏",
    ),
    it(
        "A",
        "MALUT_02",
        "E2",
        "x",
        "reply",
        "2024-10-12T22:00:00+09:00",
        "Nomor dua memang lebih masuk akal kalo soal anggaran, tapi kita belum putuskan bro",
        on="ichal_x1",
    ),
    it(
        "A",
        "MMJ_01",
        "E4",
        "facebook",
        "post",
        "2024-11-05T10:00:00",
        "Selamat datang Pak Taufan di Kalukku, semoga sehat selalu 🙏",
    ),
    it(
        "A",
        "CALEG_AGUS P_NASDEM",
        "E6",
        "facebook",
        "comment",
        "2024-02-20T19:00:00+09:00",
        "Selamat mama, semoga lolos ke kursi dewan 🙏",
        on="agus_fb1",
    ),
    it(
        "A",
        "",
        "E8",
        "facebook",
        "post",
        "2024-01-05T20:00:00",
        "Beta pung om maju caleg, sonde enak kalo sonde bantu 😅 nanti beta kasi tau namanya",
    ),
    it(
        "A",
        "KPG_01",
        "E9",
        "instagram",
        "post",
        "2024-10-05T18:00:00",
        "Damai di hati, damai di Kupang ☝️🕊️",
    ),
    it(
        "A",
        "MALUT_03",
        "E3",
        "facebook",
        "post",
        "2024-11-20T21:30:00+09:00",
        "Cuma mo bilang: tiga itu angka sempurna 😇",
    ),
    it("A", "MMJ_02", "E5", "instagram", "comment", "2024-11-25T08:00:00", "🤲🤲", on="arni_ig1"),
    it(
        "A",
        "SRG_02",
        "E7",
        "facebook",
        "post",
        "2024-11-27T14:00:00+09:00",
        "Tadi di TPS ketemu Mama Nela, dia peluk sa 🥺❤️",
    ),
    it(
        "A",
        "MALUT_03",
        "E2",
        "x",
        "quote",
        "2024-10-19T11:30:00+09:00",
        "Program bagus juga ini, harusnya semua calon bikin begini",
        on="jago_x1",
    ),
    it(
        "A",
        "P_GERINDRA",
        "E4",
        "facebook",
        "comment",
        "2024-07-17T16:00:00",
        "Mantap pak, semoga sukses terus 👍",
        on="gerindra_fb1",
    ),
    # =========================================================================================
    # N: close but not campaigning.  Maluku Utara
    # =========================================================================================
    it(
        "N",
        "",
        "E1",
        "facebook",
        "post",
        "2024-09-23T20:30:00+09:00",
        "Info for ngoni samua: KPU Malut so tetapkan nomor urut, 1 FAYA, 2 NUSA, 3 JAGO. Jang lupa tanggal 27 November ke TPS e, pilih sesuai hati nurani.",
    ),
    it(
        "N",
        "",
        "E1",
        "facebook",
        "post",
        "2024-10-14T15:00:00+09:00",
        "Nanti malam debat publik pertama Pilgub Malut jam 20.00 WIT di TVRI Maluku Utara. Nonton supaya tau program masing-masing calon.",
    ),
    it(
        "N",
        "",
        "E1",
        "facebook",
        "post",
        "2024-09-20T09:00:00+09:00",
        "Pengingat dari BKD: ASN dilarang foto pose satu jari, dua jari, tiga jari, dilarang tulis 'coblos nomor 1' atau 'pilih FAYA/NUSA/JAGO' di medsos. Torang ASN harus netral e 🙏",
    ),
    it(
        "N",
        "",
        "E1",
        "tiktok",
        "post",
        "2024-10-07T19:00:00+09:00",
        "Murid kelas 3 hari ini belajar perkalian 1, 2, 3 😂 guru pe sabar harus luar biasa",
    ),
    it(
        "N",
        "",
        "E1",
        "facebook",
        "comment",
        "2024-10-18T21:00:00+09:00",
        "Pak, kalo jadi gubernur tolong perhatikan tunjangan guru di pulau-pulau. Selama ini dorang pe tunjangan terlambat terus.",
        on="faya_fb1",
    ),
    it(
        "N",
        "",
        "E1",
        "facebook",
        "post",
        "2024-11-03T07:10:00+09:00",
        "Ayam jago di belakang rumah so bakalae lagi deng ayam tetangga 😂🐓",
    ),
    it(
        "N",
        "",
        "E1",
        "facebook",
        "post",
        "2024-09-16T06:30:00+09:00",
        "Selamat memperingati Maulid Nabi Muhammad SAW 1446 H. Semoga torang samua dapat syafaat-Nya 🤲",
    ),
    it(
        "N",
        "",
        "E1",
        "facebook",
        "post",
        "2024-10-28T08:00:00+09:00",
        "Selamat Hari Sumpah Pemuda! Dari Ternate untuk nusa dan bangsa 🇮🇩",
    ),
    it(
        "N",
        "",
        "E1",
        "facebook",
        "comment",
        "2024-10-22T20:15:00+09:00",
        "Pak, program pendidikan gratis itu anggarannya dari mana? Tolong dijelaskan, jang cuma janji",
        on="jago_fb2",
    ),
    it(
        "N",
        "",
        "E1",
        "facebook",
        "post",
        "2024-11-12T06:50:00+09:00",
        "Speedboat nomor 1 ke Sofifi jam 7 pagi so penuh, torang tunggu yang nomor 2 😩",
    ),
    it(
        "N",
        "",
        "E1",
        "facebook",
        "post",
        "2024-11-24T17:00:00+09:00",
        "Masa tenang, baliho-baliho so dibongkar. Ternate kembali bersih 😊",
    ),
    it(
        "N",
        "",
        "E1",
        "facebook",
        "post",
        "2024-11-08T13:00:00+09:00",
        "Anak kita juara 1 lomba cerdas cermat se-Kota Ternate! Bangga skali ☝️🏆",
    ),
    it(
        "N",
        "",
        "E2",
        "x",
        "post",
        "2024-09-27T07:30:00+09:00",
        "Harga cakalang di Pasar Gamalama hari ini: 3 ekor 50 ribu, 2 ekor 40 ribu. Torang pe nelayan semoga sehat selalu.",
    ),
    it(
        "N",
        "",
        "E2",
        "x",
        "post",
        "2024-10-09T18:20:00+09:00",
        "Persiter Ternate menang 2-1 tadi sore! Nomor punggung 3 cetak gol kemenangan ⚽🔥",
    ),
    it(
        "N",
        "",
        "E2",
        "x",
        "post",
        "2024-10-23T10:00:00+09:00",
        "Tiga paslon Pilgub Malut sama-sama janji hilirisasi nikel. Yang penting nanti sapa pun yang menang, Halmahera pe lingkungan dijaga.",
    ),
    it(
        "N",
        "",
        "E2",
        "x",
        "reply",
        "2024-11-01T22:10:00+09:00",
        "Bu, data kemiskinan yang ibu sebut di debat itu sumbernya dari mana? BPS bilang lain.",
        on="nusa_x3",
    ),
    it(
        "N",
        "",
        "E2",
        "instagram",
        "post",
        "2024-10-26T11:00:00+09:00",
        "Akhir pekan snorkeling di Nusa Ra, Halmahera Selatan. Airnya jernih skali 🐠🌊",
    ),
    it(
        "N",
        "",
        "E2",
        "x",
        "post",
        "2024-11-27T07:00:00+09:00",
        "Pemungutan suara hari ini. Selamat menggunakan hak pilih, jaga ketertiban dan terima hasilnya dengan lapang dada 🙏 #PilkadaDamai",
    ),
    it(
        "N",
        "",
        "E2",
        "x",
        "post",
        "2024-12-05T16:00:00+09:00",
        "Rekap KPU Malut selesai. Sapa pun yang menang, torang ASN tetap kerja melayani masyarakat.",
    ),
    it(
        "N",
        "",
        "E2",
        "instagram",
        "post",
        "2024-10-02T14:00:00+09:00",
        "Rapat koordinasi pengendalian inflasi bersama Plt. Gubernur Maluku Utara di Sofifi hari ini.",
    ),
    it(
        "N",
        "",
        "E2",
        "x",
        "quote",
        "2024-10-11T09:45:00+09:00",
        "Semoga jadi pelajaran, jang main-main deng SKB netralitas.",
        on="malutnews_x1",
    ),
    it(
        "N",
        "",
        "E2",
        "x",
        "reply",
        "2024-09-25T23:00:00+09:00",
        "Kalo ngana tanya kita dukung sapa, jawabannya: kita ASN, kita netral bro 😁",
        on="ichal_x1",
    ),
    it(
        "N",
        "",
        "E3",
        "facebook",
        "post",
        "2024-10-06T12:30:00+09:00",
        "Ibadah Minggu tadi torang nyanyi KJ 3 ayat 1 sampe 3, luar biasa suasana 🙏",
    ),
    it(
        "N",
        "",
        "E3",
        "facebook",
        "post",
        "2024-10-13T09:00:00+09:00",
        "Selamat ulang tahun ade Nurlela sayang! Semoga cepat dapat jodoh 😘🎂",
    ),
    it(
        "N",
        "",
        "E3",
        "facebook",
        "post",
        "2024-11-05T07:45:00+09:00",
        "Puskesmas Kalumata buka posyandu lansia hari Kamis, mama-mama deng bapa-bapa jang lupa datang e",
    ),
    it(
        "N",
        "",
        "E3",
        "facebook",
        "comment",
        "2024-10-27T16:30:00+09:00",
        "Bapa, tolong jang pasang baliho di pohon depan puskesmas, torang pe pasien susah lewat",
        on="jago_fb3",
    ),
    it(
        "N",
        "",
        "E3",
        "facebook",
        "post",
        "2024-11-18T21:00:00+09:00",
        "Turut berduka cita atas berpulangnya ibunda dari Bapak Gorys Lesnussa. Tuhan kuatkan keluarga 🙏",
    ),
    it(
        "N",
        "",
        "E3",
        "facebook",
        "post",
        "2024-09-29T14:10:00+09:00",
        "Paduan suara jemaat torang juara 3 di lomba paduan suara antar jemaat! Puji Tuhan 🎶",
    ),
    it(
        "N",
        "",
        "E3",
        "facebook",
        "post",
        "2024-11-29T22:00:00+09:00",
        "Sudah dua hari lembur di puskesmas, petugas KPPS banyak yang kelelahan. Tetap jaga kesehatan e samua",
    ),
    it(
        "N",
        "",
        "E3",
        "facebook",
        "post",
        "2024-10-19T19:30:00+09:00",
        "Malut butuh pemimpin yang jujur, sapa pun dia. Pilih deng hati, jang karena uang 🙏",
    ),
    # =========================================================================================
    # N: Mamuju
    # =========================================================================================
    it(
        "N",
        "",
        "E4",
        "facebook",
        "post",
        "2024-09-24T16:00:00",
        "Penetapan nomor urut paslon Bupati Mamuju: nomor 1 Taufan-Salma, nomor 2 Arifin-Ratnasari. Mari ki' jaga pilkada damai.",
    ),
    it(
        "N",
        "",
        "E4",
        "facebook",
        "post",
        "2024-10-16T08:00:00",
        "Dinkes Mamuju laksanakan imunisasi polio serentak. Tabe', bawa anak ta' ke posyandu terdekat.",
    ),
    it(
        "N",
        "",
        "E4",
        "facebook",
        "comment",
        "2024-10-29T20:00:00",
        "Pak, bagaimana rencana ta' soal RSUD yang kekurangan dokter spesialis? Itu yang paling dibutuhkan",
        on="tasa_fb1",
    ),
    it(
        "N",
        "",
        "E4",
        "facebook",
        "post",
        "2024-11-10T17:30:00",
        "Lomba Sandeq di Pantai Manakarra keren sekali, Mamuju keren! ⛵",
    ),
    it(
        "N",
        "",
        "E4",
        "facebook",
        "post",
        "2024-11-27T13:00:00",
        "Sudah mencoblos? Jangan lupa ki' jaga persatuan, siapa pun yang terpilih dia bupati ta' semua. Assamalewuang 🙏",
    ),
    it(
        "N",
        "",
        "E4",
        "facebook",
        "post",
        "2024-09-13T18:00:00",
        "Selamat untuk sepupu ku Taufan yang lulus seleksi PPPK 🎉 rezeki ta' itu",
    ),
    it(
        "N",
        "",
        "E4",
        "facebook",
        "post",
        "2024-12-01T15:30:00",
        "Pleno rekapitulasi KPU Mamuju berjalan aman. Terima kasih aparat dan penyelenggara.",
    ),
    it(
        "N",
        "",
        "E4",
        "facebook",
        "post",
        "2024-10-05T10:00:00",
        "Pemilihan Kepala Desa antarwaktu Desa Salletto hari ini, semoga Om Basri terpilih lagi, nomor 2 pasti menang!",
    ),
    it(
        "N",
        "",
        "E4",
        "facebook",
        "comment",
        "2024-10-24T12:00:00",
        "Alhamdulillah pasarnya sudah jadi, tapi parkirannya sempit pak",
        on="arni_fb1",
    ),
    it(
        "N",
        "",
        "E5",
        "instagram",
        "post",
        "2024-09-28T08:15:00",
        "Anak ku yang paling mala'bi, selalu sopan sama orang tua 🥰",
    ),
    it(
        "N",
        "",
        "E5",
        "instagram",
        "post",
        "2024-10-12T11:00:00",
        "Pengajian majelis taklim Kecamatan Simboro bersama Pj. Bupati Mamuju, membahas pencegahan stunting.",
    ),
    it(
        "N",
        "",
        "E5",
        "facebook",
        "post",
        "2024-10-30T17:00:00",
        "Harga beras di pasar Mamuju naik lagi, 2 liter sudah 30 ribu. Pusing mi ibu-ibu 😩",
    ),
    it(
        "N",
        "",
        "E5",
        "facebook",
        "comment",
        "2024-11-09T09:30:00",
        "Pak, jalan di Desa Bambu sudah 3 tahun rusak. Kapan diperbaiki?",
        on="arni_fb1",
    ),
    it(
        "N",
        "",
        "E5",
        "instagram",
        "post",
        "2024-11-19T15:00:00",
        "Debat kedua Pilbup Mamuju malam ini, siaran langsung di YouTube KPU Mamuju. Tonton ki' supaya tahu visi misi.",
    ),
    it(
        "N",
        "",
        "E5",
        "facebook",
        "post",
        "2024-10-03T07:30:00",
        "Ingat ki' ASN, jangan like, komen, share postingan paslon. Jangan foto pake gaya dua jari. Sanksinya berat!",
    ),
    it(
        "N",
        "",
        "E5",
        "instagram",
        "post",
        "2024-11-02T16:20:00",
        "Kue arisan kali ini: 2 loyang bolu, 1 loyang barongko 😋",
    ),
    it(
        "N",
        "",
        "E5",
        "facebook",
        "post",
        "2024-09-16T06:00:00",
        "Selamat Maulid Nabi Muhammad SAW, semoga kita semua meneladani akhlak beliau 🤲",
    ),
    it(
        "N",
        "",
        "E5",
        "facebook",
        "reply",
        "2024-11-14T19:30:00",
        "Rahasia mi itu dik, di bilik suara saja 😄",
        on="rahmatia_friend_fb",
    ),
    # =========================================================================================
    # N: Sorong
    # =========================================================================================
    it(
        "N",
        "",
        "E6",
        "facebook",
        "post",
        "2024-09-23T19:00:00+09:00",
        "Hasil undian nomor urut Pilwalkot Sorong: 1 OBAH, 2 NEYU. Kitong jaga Sorong tetap aman e.",
    ),
    it(
        "N",
        "",
        "E6",
        "facebook",
        "post",
        "2024-10-07T17:00:00+09:00",
        "Jalan di Klasaman su diaspal 2 km, kitong PU kerja siang malam 💪",
    ),
    it(
        "N",
        "",
        "E6",
        "tiktok",
        "post",
        "2024-10-19T18:00:00+09:00",
        "Pace dong main bola di lapangan Remu, skor 1-1, yang kalah bayar pinang 😂",
    ),
    it(
        "N",
        "",
        "E6",
        "facebook",
        "post",
        "2024-11-06T11:00:00+09:00",
        "Kapal cepat Nusa Bahari 2 su sandar di pelabuhan Sorong, yang mo ke Raja Ampat siap-siap",
    ),
    it(
        "N",
        "",
        "E6",
        "facebook",
        "comment",
        "2024-10-26T21:00:00+09:00",
        "Bapa, kalo jadi wali kota, drainase di Jalan Basuki Rahmat tolong diperhatikan, banjir trus",
        on="obah_fb1",
    ),
    it(
        "N",
        "",
        "E6",
        "facebook",
        "post",
        "2024-11-27T12:00:00+09:00",
        "Su coblos di TPS 07. Siapa pun yang menang, Sorong tetap kitong pu rumah ❤️",
    ),
    it(
        "N",
        "",
        "E6",
        "facebook",
        "post",
        "2024-09-16T08:00:00+09:00",
        "Sa pu ade Obet ulang tahun hari ini, panjang umur ade! 🎂 Tuhan berkati",
    ),
    it(
        "N",
        "",
        "E6",
        "tiktok",
        "post",
        "2024-11-13T20:30:00+09:00",
        "Tiap hari ditanya dukung sapa. Sa pu jawaban: sa dukung Persipura! 😂⚽",
    ),
    it(
        "N",
        "",
        "E6",
        "facebook",
        "post",
        "2024-12-01T16:00:00+09:00",
        "Hujan deras, banjir di Kilometer 10. Hati-hati di jalan kaka ade dorang",
    ),
    it(
        "N",
        "",
        "E6",
        "facebook",
        "post",
        "2024-10-02T15:00:00+09:00",
        "Pj. Wali Kota Sorong tinjau pembangunan drainase di Malanu bersama Dinas PUPR. Kerja bersama untuk kota.",
    ),
    it(
        "N",
        "",
        "E7",
        "facebook",
        "post",
        "2024-09-22T13:00:00+09:00",
        "Ibadah Minggu: pembacaan Mazmur 23 dan nyanyian KJ 2. Tuhan Yesus berkati 🙏",
    ),
    it(
        "N",
        "",
        "E7",
        "facebook",
        "post",
        "2024-10-10T07:00:00+09:00",
        "Murid-murid kelas 2 SMP hari ini ujian tengah semester. Semangat anak-anak!",
    ),
    it(
        "N",
        "",
        "E7",
        "facebook",
        "comment",
        "2024-10-20T19:00:00+09:00",
        "Mama, guru honor di sekolah swasta juga tolong dipikirkan. Gaji cuma 500 ribu sebulan.",
        on="neyu_fb1",
    ),
    it(
        "N",
        "",
        "E7",
        "facebook",
        "post",
        "2024-11-01T18:00:00+09:00",
        "Pesparawi tingkat Kota Sorong: paduan suara jemaat kitong tampil nomor urut 2! Dukung dan doakan e 🎶🙏",
    ),
    it(
        "N",
        "",
        "E7",
        "facebook",
        "post",
        "2024-10-25T15:30:00+09:00",
        "Sosialisasi netralitas ASN di Disdik: dilarang pasang foto profil paslon, dilarang pose jari, dilarang komen 'coblos 2'. Catat e guru-guru!",
    ),
    it(
        "N",
        "",
        "E7",
        "facebook",
        "post",
        "2024-11-22T10:00:00+09:00",
        "Mace-mace di pasar Boswesen jual pinang 3 ikat 10 ribu, murah skali",
    ),
    it(
        "N",
        "",
        "E7",
        "facebook",
        "post",
        "2024-12-10T20:00:00+09:00",
        "Turut berduka untuk keluarga besar Rumbouw atas meninggalnya Bapa Tua. Tuhan kuatkan.",
    ),
    it(
        "N",
        "",
        "E7",
        "facebook",
        "reply",
        "2024-11-17T21:00:00+09:00",
        "Ade, sa guru, sa harus netral. Yang penting ko pilih sesuai hati 🙏",
        on="ade_fb1",
    ),
    it(
        "N",
        "",
        "E7",
        "facebook",
        "post",
        "2024-12-01T07:00:00+09:00",
        "Selamat memasuki Minggu Adven pertama. Damai Natal mulai dari hati 🕯️",
    ),
    # =========================================================================================
    # N: Kupang
    # =========================================================================================
    it(
        "N",
        "",
        "E8",
        "x",
        "post",
        "2024-09-23T16:00:00",
        "Diskominfo Kota Kupang: hasil pengundian nomor urut Pilwalkot Kupang 2024, 1 Daniel Ndun-Sarlota Manafe, 2 Yulius Tefa-Ahmad Said, 3 Rambu Kaborang-Frans Bessie.",
    ),
    it(
        "N",
        "",
        "E8",
        "x",
        "post",
        "2024-10-16T09:00:00",
        "Jadwal debat publik pertama Pilwalkot Kupang: Rabu 16 Oktober, 19.00 WITA, disiarkan TVRI NTT.",
    ),
    it(
        "N",
        "",
        "E8",
        "facebook",
        "post",
        "2024-10-01T13:00:00",
        "Pj. Wali Kota Kupang buka Kupang Digital Expo di Aula Kantor Wali Kota. Kota Kasih makin maju dengan layanan digital.",
    ),
    it(
        "N",
        "",
        "E8",
        "x",
        "post",
        "2024-11-06T22:00:00",
        "Ternyata Partai Demokrat kalah di pilpres Amerika. Kamala Harris sonde jadi presiden 😮",
    ),
    it(
        "N",
        "",
        "E8",
        "x",
        "reply",
        "2024-10-20T20:40:00",
        "Pak, program air bersih itu realistis ko sonde? PDAM sa sonde mampu suplai.",
        on="tesa_x1",
    ),
    it(
        "N",
        "",
        "E8",
        "facebook",
        "post",
        "2024-11-27T18:00:00",
        "Pemungutan suara Pilwalkot Kupang berjalan lancar. Mari botong jaga Kupang tetap damai 🙏",
    ),
    it(
        "N",
        "",
        "E8",
        "x",
        "post",
        "2024-10-08T10:00:00",
        "Bayar PKB sekarang bisa lewat aplikasi Samsat NTT. Sonde perlu antri lama lagi 👍",
    ),
    it(
        "N",
        "",
        "E8",
        "x",
        "post",
        "2024-11-20T08:00:00",
        "ASN Pemkot Kupang diingatkan: dilarang ikut kampanye, dilarang foto pose jari, dilarang posting 'pilih nomor 1/2/3'. Laporkan pelanggaran ke Bawaslu.",
    ),
    it(
        "N",
        "",
        "E8",
        "facebook",
        "post",
        "2024-09-16T07:00:00",
        "Selamat merayakan Maulid Nabi untuk basodara Muslim di Kupang 🙏",
    ),
    it(
        "N",
        "",
        "E8",
        "x",
        "quote",
        "2024-11-02T11:00:00",
        "Survei ini metodenya sonde jelas. Sampel cuma 200 orang, margin error besar.",
        on="pilkupang_x_news",
    ),
    it(
        "N",
        "",
        "E8",
        "x",
        "post",
        "2024-10-28T19:00:00",
        "Tim futsal Kominfo juara 3 turnamen HUT Korpri. Lumayan lah 😅🥉",
    ),
    it(
        "N",
        "",
        "E8",
        "facebook",
        "comment",
        "2024-11-04T20:00:00",
        "Ibu Rambu, stunting di Kupang masih tinggi, program ibu konkretnya bagaimana?",
        on="rafa_fb1",
    ),
    it(
        "N",
        "",
        "E9",
        "instagram",
        "post",
        "2024-09-26T23:00:00",
        "Dinas malam di IGD, pasien penuh. Doakan beta kuat e 💪",
    ),
    it(
        "N",
        "",
        "E9",
        "instagram",
        "post",
        "2024-10-06T12:00:00",
        "Ponakan beta, Tesa, hari ini dibaptis. Tuhan berkati lu nona kecil 🤍",
    ),
    it(
        "N",
        "",
        "E9",
        "tiktok",
        "post",
        "2024-10-13T17:00:00",
        "Ade Rafa su bisa jalan 🥹 umur 1 tahun",
    ),
    it(
        "N",
        "",
        "E9",
        "instagram",
        "post",
        "2024-11-10T10:00:00",
        "Misa Minggu di Katedral Kristus Raja, damai sejahtera bagi kita semua 🙏",
    ),
    it(
        "N",
        "",
        "E9",
        "instagram",
        "comment",
        "2024-10-23T21:00:00",
        "Om Daniel, nakes honor di RSUD Kupang gaji terlambat 3 bulan. Kalo terpilih tolong perhatikan e.",
        on="damai_ig2",
    ),
    it(
        "N",
        "",
        "E9",
        "instagram",
        "post",
        "2024-11-16T19:00:00",
        "Pesparawi Kota Kupang: paduan suara GMIT Kota Baru juara 1! Proud 🎶🏆",
    ),
    it(
        "N",
        "",
        "E9",
        "tiktok",
        "post",
        "2024-11-03T18:00:00",
        "Tutorial ikat kepala tenun Rote, step 1, 2, 3 😁",
    ),
    it(
        "N",
        "",
        "E9",
        "instagram",
        "post",
        "2024-11-30T08:00:00",
        "Selesai tugas KPPS, capek tapi senang. Terima kasih warga TPS 12 Oebufu 🙏",
    ),
    it(
        "N",
        "",
        "E9",
        "instagram",
        "reply",
        "2024-11-08T21:30:00",
        "Lu tanya beta pilih sapa? Beta nakes, beta netral 😁 yang penting lu pi TPS",
        on="etha_friend_ig",
    ),
    it(
        "N",
        "",
        "E9",
        "instagram",
        "post",
        "2024-10-19T07:00:00",
        "Jalan santai HUT RSUD, hadiah utama kulkas 2 pintu 😍",
    ),
    # =========================================================================================
    # N: Pemilu 2024 legislative window, and parties' names in other senses (any time)
    # =========================================================================================
    it(
        "N",
        "",
        "E1",
        "facebook",
        "post",
        "2024-01-10T19:30:00+09:00",
        "Surat suara Pemilu 2024 ada 5 warna: abu-abu presiden, kuning DPR, merah DPD, biru DPRD provinsi, hijau DPRD kab/kota. Jang salah coblos e!",
    ),
    it(
        "N",
        "",
        "E2",
        "x",
        "post",
        "2024-02-14T11:00:00+09:00",
        "So coblos 5 surat suara. Tinta ungu di jari ☝️ Pemilu damai!",
    ),
    it(
        "N",
        "",
        "E7",
        "facebook",
        "post",
        "2024-01-25T16:00:00+09:00",
        "Sa pu tetangga, Mama Agus penjual papeda, su buka lapak baru di pasar Remu. Mampir e!",
    ),
    it(
        "N",
        "",
        "E8",
        "x",
        "post",
        "2024-02-04T18:00:00",
        "Debat capres terakhir malam ini. Siapa pun pilihan bosong, jaga persaudaraan 🙏",
    ),
    it(
        "N",
        "",
        "E9",
        "instagram",
        "post",
        "2023-12-25T08:00:00",
        "Selamat Natal 2023, Tuhan Yesus lahir membawa damai 🎄",
    ),
    it(
        "N",
        "",
        "E3",
        "facebook",
        "post",
        "2024-01-01T00:30:00+09:00",
        "Selamat Tahun Baru 2024! Semoga Malut aman selama Pemilu 🙏",
    ),
    it(
        "N",
        "",
        "E4",
        "facebook",
        "post",
        "2024-03-05T17:00:00",
        "Rekap suara PPK Kecamatan Kalukku selesai, terima kasih penyelenggara.",
    ),
    it(
        "N",
        "",
        "E6",
        "facebook",
        "comment",
        "2024-01-30T20:00:00+09:00",
        "Mama, program untuk pasar mama-mama Papua seperti apa? Jang cuma janji kampanye",
        on="agus_fb1",
    ),
    it(
        "N",
        "",
        "E5",
        "facebook",
        "post",
        "2024-02-13T09:00:00",
        "Hari tenang. Semua APK sudah diturunkan di Simboro. Terima kasih Satpol PP 👍",
    ),
    it(
        "N",
        "",
        "E8",
        "facebook",
        "comment",
        "2024-02-03T21:00:00",
        "Om, DPD itu sebenarnya bisa bikin undang-undang ko sonde? Beta mau tau",
        on="beny_fb1",
    ),
    it(
        "N",
        "",
        "E2",
        "x",
        "post",
        "2025-04-10T21:00:00+09:00",
        "Gerindra, PDIP, Golkar, samua partai sama saja kalo tara urus rakyat kecil.",
    ),
    it(
        "N",
        "",
        "E5",
        "facebook",
        "post",
        "2024-05-01T08:00:00",
        "Selamat Hari Buruh untuk semua pekerja 💪",
    ),
    it(
        "N",
        "",
        "E6",
        "tiktok",
        "post",
        "2025-02-20T19:00:00+09:00",
        "Ban motor sa isi angin 32 psi, kenapa cepat kempes e? 😩",
    ),
    it(
        "N",
        "",
        "E1",
        "facebook",
        "post",
        "2024-06-05T10:00:00+09:00",
        "Restorasi Benteng Oranje di Ternate so selesai, bagus skali!",
    ),
    it(
        "N",
        "",
        "E9",
        "instagram",
        "post",
        "2025-03-01T16:00:00",
        "Banteng di peternakan om di Kefa su besar 😂🐂",
    ),
]

# a post referred to only by an O item (a comment after the legislative window)
TPOSTS["sarif_fb2"] = (
    "facebook",
    "100000000501_8802",
    "100000000501",
    "Sarifudin.HiUmar",
    "Terima kasih atas kepercayaan masyarakat Ternate. Reses perdana di Kelurahan Bastiong.",
)

# ---------------------------------------------------------------------------------------------
# Bundle building
# ---------------------------------------------------------------------------------------------

_URL = {
    "facebook": "https://www.facebook.com/{handle}/posts/{pid}",
    "x": "https://x.com/{handle}/status/{pid}",
    "instagram": "https://www.instagram.com/p/{pid}/",
    "tiktok": "https://www.tiktok.com/@{handle}/video/{pid}",
}


def _url(platform: str, handle: str, pid: str) -> str:
    return _URL[platform].format(handle=handle, pid=pid)


def _valid_nip(nip: str) -> bool:
    """18 digits: birth date YYYYMMDD, appointment YYYYMM, sex digit 1/2, 3-digit sequence."""
    if len(nip) != 18 or not nip.isdigit():
        return False
    try:
        born = dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return False
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12 or year < born.year + 17:
        return False
    return nip[14] in "12" and nip[15:18] != "000"


def _local_date(at: str) -> dt.date:
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(TIMEZONE)
    stamp = dt.datetime.fromisoformat(at)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=tz)
    return stamp.astimezone(tz).date()


def _windows() -> dict[str, tuple[dt.date, dt.date]]:
    out: dict[str, tuple[dt.date, dt.date]] = {}
    for eid, _name, _contest, _region, stages in ELECTIONS:
        starts = [dt.date.fromisoformat(s) for _st, s, _e in stages]
        ends = [dt.date.fromisoformat(e) for _st, _s, e in stages]
        out[eid] = (min(starts), max(ends))
    return out


def event_id(index: int, item: dict[str, Any]) -> str:
    uid = ACCOUNTS[item["who"]][item["platform"]][0]
    return f"{item['platform']}:{9100000000 + index}:{item['action']}:{uid}"


def check_world() -> None:
    """Self-checks of the probe's own data (labels are never changed by this)."""
    for key, row in EMPLOYEES.items():
        assert _valid_nip(row[0]), f"bad NIP for {key}: {row[0]}"
    agency_codes = {a[0] for a in AGENCIES}
    assert all(row[2] in agency_codes for row in EMPLOYEES.values())
    target_kind = {t[0]: (t[2], t[3]) for t in TARGETS}
    windows = _windows()
    seen: set[str] = set()
    for i, item in enumerate(ITEMS):
        eid = event_id(i, item)
        assert eid not in seen, eid
        seen.add(eid)
        assert item["platform"] in ACCOUNTS[item["who"]], (i, item["who"], item["platform"])
        assert item["label"] in "CNAO", i
        for t in item["targets"]:
            assert t in target_kind, (i, t)
        if item["action"] != "post":
            assert item["on"] in TPOSTS, (i, item["on"])
            assert TPOSTS[item["on"]][0] == item["platform"], (i, item["on"])
        day = _local_date(item["at"])
        inside = [
            t
            for t in item["targets"]
            if target_kind[t][0] == "party"
            or (
                target_kind[t][1]
                and windows[target_kind[t][1]][0] <= day <= windows[target_kind[t][1]][1]
            )
        ]
        if item["label"] == "C":
            assert item["targets"] and inside, (i, item["text"])
        if item["label"] == "O":
            assert all(not (w0 <= day <= w1) for w0, w1 in windows.values()), (i, item["text"])
            assert all(target_kind[t][0] != "party" for t in item["targets"]), i


def _write_csv(
    path: Path, header: list[str], rows: list[list[str]] | list[tuple[str, ...]]
) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow(list(row))


def build_bundle(folder: Path) -> dict[str, dict[str, Any]]:
    """Write the bundle into folder; return event_id -> item."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe kampanye - Maluku Utara, Mamuju, Sorong, Kupang\n"
        "policy: id\n"
        f"timezone: {TIMEZONE}\n",
        encoding="utf-8",
    )
    _write_csv(folder / "agencies.csv", ["code", "name", "parent_code", "region_code"], AGENCIES)
    _write_csv(
        folder / "roster.csv",
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
        list(EMPLOYEES.values()),
    )
    account_rows = []
    for key, plats in ACCOUNTS.items():
        nip = EMPLOYEES[key][0]
        for plat, (uid, handle, display, _bio, _loc) in plats.items():
            account_rows.append([nip, plat, handle, uid, display, "2024-01-15", "true"])
    _write_csv(
        folder / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        account_rows,
    )
    _write_csv(
        folder / "targets.csv",
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
        TARGETS,
    )
    _write_csv(folder / "keywords.csv", ["target_id", "term"], KEYWORDS)
    election_rows = []
    for eid, name, contest, region, stages in ELECTIONS:
        for stage, start, end in stages:
            election_rows.append([eid, name, contest, region, stage, start, end])
    _write_csv(
        folder / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        election_rows,
    )
    labels: dict[str, dict[str, Any]] = {}
    with (folder / "events.jsonl").open("w", encoding="utf-8") as fh:
        for i, item in enumerate(ITEMS):
            eid = event_id(i, item)
            uid, handle, display, bio, loc = ACCOUNTS[item["who"]][item["platform"]]
            own_id = str(9100000000 + i)
            media = []
            if item["ocr"] or item["alt"]:
                m: dict[str, Any] = {
                    "kind": "image",
                    "url": f"https://cdn.example.invalid/img/{own_id}.jpg",
                    "sha256": hashlib.sha256(own_id.encode()).hexdigest(),
                }
                if item["alt"]:
                    m["alt_text"] = item["alt"]
                if item["ocr"]:
                    m["ocr_text"] = item["ocr"]
                media.append(m)
            target = None
            if item["action"] != "post":
                plat, pid, author_uid, author_handle, ttext = TPOSTS[item["on"]]
                target = {
                    "post_id": pid,
                    "author_user_id": author_uid,
                    "author_handle": author_handle,
                    "text": ttext,
                    "url": _url(plat, author_handle, pid),
                }
            record: dict[str, Any] = {
                "event_id": eid,
                "platform": item["platform"],
                "action": item["action"],
                "occurred_at": item["at"],
                "actor": {
                    "user_id": uid,
                    "handle": handle,
                    "display_name": display,
                    "bio": bio,
                    "location": loc,
                },
            }
            if target is not None:
                record["target"] = target
            record |= {
                "text": item["text"],
                "url": _url(item["platform"], handle, own_id),
                "media": media,
                "source": "probe-malut-ntt",
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            labels[eid] = item
    return labels


# ---------------------------------------------------------------------------------------------
# Run and score
# ---------------------------------------------------------------------------------------------


def run_scan(bundle: Path, findings: Path, workspace: Path) -> subprocess.CompletedProcess[str]:
    cmd = [str(NETRA), "scan", str(bundle), "--out", str(findings), "--workspace", str(workspace)]
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def read_flags(findings: Path) -> dict[str, set[str | None]]:
    """event_id -> target_ids named by political.campaign findings on that event."""
    flags: dict[str, set[str | None]] = {}
    if not findings.exists():
        return flags
    for line in findings.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        finding = json.loads(line)
        if finding.get("category") != CATEGORY:
            continue
        for eid in finding.get("event_ids") or []:
            flags.setdefault(eid, set()).add(finding.get("target_id"))
    return flags


def _describe(eid: str, item: dict[str, Any], found: set[str | None] | None) -> str:
    want = " ".join(item["targets"]) or "-"
    got = ""
    if found is not None:
        got = "  found=" + ",".join(sorted(str(t) for t in found))
    text = item["text"] or ""
    extra = ""
    if item["ocr"]:
        extra += f"  [ocr: {item['ocr']}]"
    if item["alt"]:
        extra += f"  [alt: {item['alt']}]"
    on = f"  (on {TPOSTS[item['on']][3]}: {TPOSTS[item['on']][4]!r})" if item["on"] else ""
    return f"  [{item['label']}] {eid}  {item['at']}  target={want}{got}\n      {text}{extra}{on}"


def score(labels: dict[str, dict[str, Any]], flags: dict[str, set[str | None]], show: bool) -> None:
    by_label: dict[str, list[str]] = {"C": [], "N": [], "A": [], "O": []}
    for eid, item in labels.items():
        by_label[item["label"]].append(eid)
    tp = [e for e in by_label["C"] if e in flags]
    fn = [e for e in by_label["C"] if e not in flags]
    fp = [e for e in by_label["N"] if e in flags]
    a_flagged = [e for e in by_label["A"] if e in flags]
    o_flagged = [e for e in by_label["O"] if e in flags]
    tp_target_ok = [e for e in tp if flags[e] & set(labels[e]["targets"])]
    tp_other = [e for e in tp if e not in tp_target_ok]
    precision = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
    recall = len(tp) / len(by_label["C"]) if by_label["C"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"{CATEGORY}  TP={len(tp)} FP={len(fp)} FN={len(fn)}  "
        f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}"
    )
    print(
        f"found {len(tp)}/{len(by_label['C'])} C, missed {len(fn)}; false alarms {len(fp)}/{len(by_label['N'])} N"
    )
    print(
        f"A flagged {len(a_flagged)}/{len(by_label['A'])};  "
        f"O (outside window) flagged {len(o_flagged)}/{len(by_label['O'])}"
    )
    print(
        f"true positives whose target_id matches the intended target: {len(tp_target_ok)}/{len(tp)}"
    )
    if not show:
        return
    sections = [
        ("MISSED C", fn, False),
        ("FALSE ALARMS N", fp, True),
        ("FLAGGED A", a_flagged, True),
        ("FLAGGED O (outside window)", o_flagged, True),
        ("TRUE POSITIVES NAMING ANOTHER TARGET", tp_other, True),
    ]
    for title, eids, with_found in sections:
        print(f"\n== {title} ({len(eids)})")
        for eid in eids:
            print(_describe(eid, labels[eid], flags.get(eid) if with_found else None))
    unknown = sorted(set(flags) - set(labels))
    if unknown:
        print(f"\n== FINDINGS ON UNKNOWN EVENT IDS ({len(unknown)})")
        for eid in unknown:
            print(f"  {eid}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--show", action="store_true", help="list misses, false alarms, flagged A/O"
    )
    parser.add_argument(
        "--keep", type=Path, default=None, help="write bundle/findings/workspace here"
    )
    args = parser.parse_args(argv)
    check_world()
    with tempfile.TemporaryDirectory(prefix="probe_malut_ntt_") as tmp:
        root = args.keep if args.keep is not None else Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        bundle, findings, workspace = root / "bundle", root / "findings.jsonl", root / "workspace"
        labels = build_bundle(bundle)
        proc = run_scan(bundle, findings, workspace)
        if proc.returncode != 0:
            print(f"netra scan exited {proc.returncode} (expected 0)", file=sys.stderr)
            print(proc.stdout[-4000:], file=sys.stderr)
            print(proc.stderr[-4000:], file=sys.stderr)
            return 1
        flags = read_flags(findings)
        score(labels, flags, args.show)
        if args.show:
            print("\n== netra scan output")
            print(proc.stdout.strip()[-3000:])
            if proc.stderr.strip():
                print(proc.stderr.strip()[-3000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
