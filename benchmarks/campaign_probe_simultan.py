# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: the simultaneous Pilkada of November 2024.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
One province election and four regency/city elections run at the same time, with overlapping
neutrality windows, and every one of them has a pair number 1 and 2 (some a 3):

* Pilgub Jawa Timur (35), invented pairs: 1 Hendro Wicaksono - Nur Aini Rahmawati ("HENA",
  "Jatim Makmur Bareng", volunteers "Relawan Sahabat HENA"), 2 Bambang Sugiharto - KH Abdul
  Rozaq ("BAROQ", "Jatim Luwih Apik", "Laskar BAROQ"), 3 Dewi Kartikasari - Agus Salim Hidayat
  ("DEWA", "Jatim Guyub Rukun").
* Pilbup Kabupaten Malang (35.07): 1 Gunawan Hadi Prasetyo - Lilik Suharti ("GALI", "Malang
  Makmur"), 2 Ahmad Fauzan Zaini - Rina Wulandari ("FARIN", "Malang Bangkit").
* Pilwali Kota Malang (35.73): 1 Teguh Santoso - Yuni Astutik ("TEGAS", "Kota Malang Tegas
  Melayani"), 2 Rahmat Hidayatullah - Erna Setyowati ("RENA", "Malang Kota Bersih"), 3 Wahyu
  Adi Nugroho - Fitri Handayani ("WAFI", "Ngalam Juara", volunteers "Arek WAFI").
* Pilwali Kota Batu (35.79): 1 Suryo Prakoso - Ani Maryani ("SUPRA", "Batu Makin Maju"),
  2 Heru Kurniawan - Dian Puspitasari ("HEDI", "Batu Berseri").
* Pilbup Wonogiri (33.12, the neighbouring province Jawa Tengah): 1 Joko Purnomo - Sri Wahyuni
  ("JOSS", "Wonogiri Joss"), 2 Bagus Setiawan - Endah Lestari ("BESTARI", "Wonogiri Bestari",
  "Sedulur BESTARI").
* The real 2024 presidential pairs with their real ballot numbers (texts invented) and ten real
  national parties with their real 2024 ballot numbers (targets.csv ``ballot_number``).
* Twelve invented civil servants: Pemprov Jatim (Surabaya; UPT Malang), Pemkab Malang, Pemkot
  Malang, Pemkot Batu, Pemkab Pacitan (a midwife born in Wonogiri), Pemkab Wonogiri and the
  Kemenag office of Kota Batu (a central agency). They post for their own regency's pair, for a
  governor pair, for the pair of the regency where they were born ("kampung halaman"), with
  ballot numbers only, names only, acronyms, Javanese numerals (siji/loro/telu), Malang
  "walikan" slang, both the governor's and the regent's number in one post, and bare numbers
  or hand-sign emoji under a candidate's own post.

Windows: Pilpres 2023-10-19 .. 2024-04-24; every Pilkada from 2024-08-27 (registration) with
different end dates (Kab. Malang, Batu, Wonogiri 2024-12-20; Kota Malang 2025-01-15; Jatim
2025-02-10). 2024-04-25 .. 2024-08-26 and after 2025-02-10 lie outside every window.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words campaigning for / showing support of a target inside that
  target's election window (parties: any time); lists the target ids a correct finding may
  name, as narrowly as an Indonesian reader would (the regency's pair meant, not every pair
  numbered 2). A finding that names another target counts as found, but is reported.
* ``N``: close but not campaigning (results, debates, logistics, KPU/Bawaslu/neutrality duty,
  questions and complaints under candidates' posts, namesakes, numbers in everyday use, other
  contests), plus a few C-like posts made after their own election's window closed while
  another election's window was still open.
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party), posted outside every election window;
  they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_simultan.py [--show] [--keep DIR]

``--show`` lists every missed C, every false alarm N, the flagged A and O, and the true
positives that name another target.  ``--keep DIR`` writes the bundle, findings and workspace
under DIR instead of a temporary folder.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

NETRA = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "netra"
CATEGORY = "political.campaign"
TZ = "+07:00"

PLATFORMS = {
    "x": "x",
    "fb": "facebook",
    "ig": "instagram",
    "tt": "tiktok",
    "yt": "youtube",
    "th": "threads",
}

# --------------------------------------------------------------------------------------------
# Agencies and employees
# --------------------------------------------------------------------------------------------

# code, name, parent_code, region_code
AGENCIES = [
    ("PEMPROV-JATIM", "Pemerintah Provinsi Jawa Timur", "", "35"),
    ("DISHUB-JATIM", "Dinas Perhubungan Provinsi Jawa Timur", "PEMPROV-JATIM", "35"),
    ("BAPENDA-JATIM", "Badan Pendapatan Daerah Provinsi Jawa Timur", "PEMPROV-JATIM", "35"),
    ("PEMKAB-MALANG", "Pemerintah Kabupaten Malang", "", "35.07"),
    ("DINKES-KABMLG", "Dinas Kesehatan Kabupaten Malang", "PEMKAB-MALANG", "35.07"),
    ("KEC-SINGOSARI", "Kecamatan Singosari", "PEMKAB-MALANG", "35.07"),
    ("PEMKOT-MALANG", "Pemerintah Kota Malang", "", "35.73"),
    ("DISDIK-KOTMLG", "Dinas Pendidikan dan Kebudayaan Kota Malang", "PEMKOT-MALANG", "35.73"),
    ("KOMINFO-KOTMLG", "Dinas Komunikasi dan Informatika Kota Malang", "PEMKOT-MALANG", "35.73"),
    ("PEMKOT-BATU", "Pemerintah Kota Batu", "", "35.79"),
    ("DISPAR-BATU", "Dinas Pariwisata Kota Batu", "PEMKOT-BATU", "35.79"),
    ("SATPOLPP-BATU", "Satuan Polisi Pamong Praja Kota Batu", "PEMKOT-BATU", "35.79"),
    ("PEMKAB-PACITAN", "Pemerintah Kabupaten Pacitan", "", "35.01"),
    ("RSUD-PACITAN", "RSUD dr. Darsono Kabupaten Pacitan", "PEMKAB-PACITAN", "35.01"),
    ("PEMKAB-WONOGIRI", "Pemerintah Kabupaten Wonogiri", "", "33.12"),
    ("KEMENAG", "Kementerian Agama", "", ""),
    ("KEMENAG-BATU", "Kantor Kementerian Agama Kota Batu", "KEMENAG", "35.79"),
]

# key: nip, name, agency_code, unit, position, employment_type, region_code
EMPLOYEES = {
    "pv1": (
        "197203151998032002",
        "Dra. Endang Sulistyowati, M.M.",
        "DISHUB-JATIM",
        "Bidang Angkutan Jalan",
        "Kepala Seksi Angkutan Orang",
        "PNS",
        "35",
    ),
    "pv2": (
        "198406222009011005",
        "Agus Prasetyo, S.T.",
        "BAPENDA-JATIM",
        "UPT PPD Malang Kota",
        "Penata Kelola Pajak",
        "PNS",
        "35",
    ),
    "km1": (
        "199001092015032004",
        "Siti Khoirunnisa, S.Kep., Ners",
        "DINKES-KABMLG",
        "Puskesmas Kepanjen",
        "Perawat Ahli Pertama",
        "PNS",
        "35.07",
    ),
    "km2": (
        "198111302006041003",
        "Moch. Syaifudin, S.Sos.",
        "KEC-SINGOSARI",
        "Seksi Pemerintahan",
        "Kepala Seksi Pemerintahan",
        "PNS",
        "35.07",
    ),
    "kt1": (
        "199307142019022001",
        "Rizky Amalia Putri, S.Pd.",
        "DISDIK-KOTMLG",
        "SMP Negeri 14 Malang",
        "Guru Ahli Pertama",
        "PNS",
        "35.73",
    ),
    "kt2": (
        "196805201993031007",
        "Drs. H. Imam Syafi'i, M.Pd.",
        "DISDIK-KOTMLG",
        "SMP Negeri 3 Malang",
        "Guru Ahli Madya",
        "PNS",
        "35.73",
    ),
    "kt3": (
        "199611032020121002",
        "Yogi Prasetya Nugraha, S.Kom.",
        "KOMINFO-KOTMLG",
        "Bidang Aplikasi Informatika",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "35.73",
    ),
    "bt1": (
        "198709252011012003",
        "Lilis Suryani, S.E.",
        "DISPAR-BATU",
        "Bidang Destinasi",
        "Analis Pariwisata",
        "PNS",
        "35.79",
    ),
    "bt2": (
        "197912042005011004",
        "Hariyanto, S.H.",
        "SATPOLPP-BATU",
        "Bidang Penegakan Perda",
        "Kepala Regu",
        "PNS",
        "35.79",
    ),
    "pc1": (
        "199204182017042001",
        "Sri Rahayu Ningsih, A.Md.Keb.",
        "RSUD-PACITAN",
        "Instalasi Kebidanan",
        "Bidan Terampil",
        "PNS",
        "35.01",
    ),
    "wg1": (
        "198002112003121006",
        "Eko Budi Santoso, S.IP.",
        "PEMKAB-WONOGIRI",
        "Bagian Tata Pemerintahan",
        "Analis Kebijakan",
        "PNS",
        "33.12",
    ),
    "kg1": (
        "197510282002121001",
        "H. Muhammad Nur Hadi, S.Ag., M.Pd.I.",
        "KEMENAG-BATU",
        "MAN Kota Batu",
        "Guru Madya",
        "PNS",
        "35.79",
    ),
}

# key: platform, handle, user_id, display_name, bio, location
EMP_ACCOUNTS = {
    "pv1.fb": (
        "fb",
        "endang.sulistyowati.72",
        "100004871230551",
        "Endang Sulis",
        "Dishub Jatim. Arek Wonogiri sing merantau ning Suroboyo",
        "Surabaya",
    ),
    "pv1.x": (
        "x",
        "endangsulis72",
        "1187342256019341312",
        "Endang S",
        "ASN Pemprov Jatim | Surabaya | opini pribadi",
        "Surabaya, Jawa Timur",
    ),
    "pv2.ig": (
        "ig",
        "agus.prass",
        "4820193746",
        "Agus Prasetyo",
        "UPT PPD Malang • asli Turen",
        "Malang",
    ),
    "pv2.x": (
        "x",
        "agusprass_mlg",
        "912773401558642688",
        "Agus Prass",
        "pajak kendaraan & kopi. Turen - Malang",
        "Kota Malang",
    ),
    "km1.fb": (
        "fb",
        "siti.khoirunnisa.90",
        "100012559087724",
        "Nisa Khoirun",
        "Nakes Puskesmas Kepanjen",
        "Kepanjen, Malang",
    ),
    "km1.ig": (
        "ig",
        "nisa_ners",
        "5573018264",
        "Nisa 🩺",
        "perawat | Kepanjen",
        "Kabupaten Malang",
    ),
    "km2.fb": (
        "fb",
        "moch.syaifudin.sgs",
        "100009284471336",
        "Cak Udin Singosari",
        "Kecamatan Singosari",
        "Singosari",
    ),
    "km2.tt": (
        "tt",
        "cakudin_sgs",
        "6891204475512338433",
        "Cak Udin",
        "wong Singosari asli",
        "Malang",
    ),
    "kt1.ig": (
        "ig",
        "rizkyamalia.p",
        "7734120559",
        "Rizky Amalia",
        "Guru SMP • Kota Malang • asli Kepanjen",
        "Malang",
    ),
    "kt1.th": ("th", "rizkyamalia.p", "63341285510", "Rizky Amalia", "guru, ibu kucing", "Malang"),
    "kt2.fb": (
        "fb",
        "imam.syafii.mlg",
        "100003417762210",
        "Imam Syafi'i",
        "Guru SMPN 3 Malang",
        "Kota Malang",
    ),
    "kt2.yt": ("yt", "imamsyafiimlg", "UC8k2Lq0vR4mT7yXh1JpQw3A", "Imam Syafi'i", "", "Malang"),
    "kt3.x": (
        "x",
        "yogipn_",
        "1290455813377204224",
        "Yogi 🐦",
        "kominfo kota ngalam. opini pribadi",
        "Ngalam",
    ),
    "kt3.tt": ("tt", "yogipn", "7012398845123455489", "yogi", "ayas kera ngalam", "Malang"),
    "kt3.ig": ("ig", "yogi.pn", "38812044571", "Yogi P. Nugraha", "it guy • Malang", "Malang"),
    "kt3.yt": ("yt", "yogipn", "UCq9Vt3eXw81JdLmPa0sBz5g", "Yogi PN", "", "Malang"),
    "bt1.ig": (
        "ig",
        "lilis.suryani.batu",
        "2210398475",
        "Lilis Suryani",
        "Dispar Kota Batu 🍎",
        "Kota Batu",
    ),
    "bt1.fb": ("fb", "lilis.suryani.87", "100006612094487", "Lilis Suryani", "Kota Batu", "Batu"),
    "bt2.fb": (
        "fb",
        "hariyanto.satpolpp",
        "100002278119054",
        "Hari Yanto",
        "Satpol PP Kota Batu, asli Pujon",
        "Batu, Jawa Timur",
    ),
    "pc1.fb": (
        "fb",
        "sri.rahayu.ningsih.92",
        "100015530477268",
        "Sri Rahayu (Ayu)",
        "Bidan RSUD Pacitan, asli Wonogiri",
        "Pacitan",
    ),
    "pc1.tt": (
        "tt",
        "ayu_bidan",
        "6990124475120345089",
        "Ayu Bidan",
        "bidan perantau 🤱",
        "Pacitan",
    ),
    "wg1.fb": (
        "fb",
        "ekobudi.wng",
        "100008871203364",
        "Eko Budi Santoso",
        "Pemkab Wonogiri",
        "Wonogiri",
    ),
    "wg1.x": (
        "x",
        "ekobs_wng",
        "1023345678120456192",
        "Eko BS",
        "Wonogiri | Tapem",
        "Wonogiri, Jawa Tengah",
    ),
    "kg1.fb": (
        "fb",
        "nurhadi.man.batu",
        "100001934401287",
        "Muhammad Nur Hadi",
        "Guru MAN Kota Batu",
        "Batu",
    ),
    "kg1.yt": ("yt", "nurhadibatu", "UCzH4p1bQ7rNs2fEwKd6yT0L", "M Nur Hadi", "", "Batu"),
}

# --------------------------------------------------------------------------------------------
# Elections (stage rows); neutrality window = earliest start .. latest end
# --------------------------------------------------------------------------------------------

PILPRES_STAGES = [
    ("candidacy", "2023-10-19", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-14", "2024-03-20"),
    ("result", "2024-03-20", "2024-04-24"),
]


def pilkada_stages(result_end: str) -> list[tuple[str, str, str]]:
    return [
        ("candidacy", "2024-08-27", "2024-09-24"),
        ("campaign", "2024-09-25", "2024-11-23"),
        ("quiet", "2024-11-24", "2024-11-26"),
        ("voting", "2024-11-27", "2024-11-27"),
        ("counting", "2024-11-27", "2024-12-16"),
        ("result", "2024-12-17", result_end),
    ]


# election_id, name, contest, region_code, stages
ELECTIONS = [
    (
        "PILPRES-2024",
        "Pemilihan Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        PILPRES_STAGES,
    ),
    (
        "PILGUB-JATIM-2024",
        "Pemilihan Gubernur dan Wakil Gubernur Jawa Timur 2024",
        "regional_head",
        "35",
        pilkada_stages("2025-02-10"),
    ),
    (
        "PILBUP-MALANG-2024",
        "Pemilihan Bupati dan Wakil Bupati Malang 2024",
        "regional_head",
        "35.07",
        pilkada_stages("2024-12-20"),
    ),
    (
        "PILWALI-MALANG-2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Malang 2024",
        "regional_head",
        "35.73",
        pilkada_stages("2025-01-15"),
    ),
    (
        "PILWALI-BATU-2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Batu 2024",
        "regional_head",
        "35.79",
        pilkada_stages("2024-12-20"),
    ),
    (
        "PILBUP-WONOGIRI-2024",
        "Pemilihan Bupati dan Wakil Bupati Wonogiri 2024",
        "regional_head",
        "33.12",
        pilkada_stages("2024-12-20"),
    ),
]

# --------------------------------------------------------------------------------------------
# Targets: target_id -> (name, kind, election_id, ballot_number, party), and their accounts
# --------------------------------------------------------------------------------------------

TARGETS = {
    "JATIM1": (
        "Hendro Wicaksono – Nur Aini Rahmawati",
        "candidate",
        "PILGUB-JATIM-2024",
        "1",
        "PKB",
    ),
    "JATIM2": (
        "Bambang Sugiharto – KH Abdul Rozaq",
        "candidate",
        "PILGUB-JATIM-2024",
        "2",
        "Gerindra",
    ),
    "JATIM3": (
        "Dewi Kartikasari – Agus Salim Hidayat",
        "candidate",
        "PILGUB-JATIM-2024",
        "3",
        "PDI-P",
    ),
    "TIM-JATIM1": ("Relawan Sahabat HENA", "campaign_team", "PILGUB-JATIM-2024", "", ""),
    "TIM-JATIM2": ("Laskar BAROQ", "campaign_team", "PILGUB-JATIM-2024", "", ""),
    "MLGKAB1": (
        "Gunawan Hadi Prasetyo – Lilik Suharti",
        "candidate",
        "PILBUP-MALANG-2024",
        "1",
        "PDI-P",
    ),
    "MLGKAB2": (
        "Ahmad Fauzan Zaini – Rina Wulandari",
        "candidate",
        "PILBUP-MALANG-2024",
        "2",
        "PKB",
    ),
    "MLGKOT1": ("Teguh Santoso – Yuni Astutik", "candidate", "PILWALI-MALANG-2024", "1", "Golkar"),
    "MLGKOT2": (
        "Rahmat Hidayatullah – Erna Setyowati",
        "candidate",
        "PILWALI-MALANG-2024",
        "2",
        "PKS",
    ),
    "MLGKOT3": (
        "Wahyu Adi Nugroho – Fitri Handayani",
        "candidate",
        "PILWALI-MALANG-2024",
        "3",
        "Gerindra",
    ),
    "TIM-MLGKOT3": ("Arek WAFI", "campaign_team", "PILWALI-MALANG-2024", "", ""),
    "BATU1": ("Suryo Prakoso – Ani Maryani", "candidate", "PILWALI-BATU-2024", "1", "NasDem"),
    "BATU2": ("Heru Kurniawan – Dian Puspitasari", "candidate", "PILWALI-BATU-2024", "2", "PDI-P"),
    "WNG1": ("Joko Purnomo – Sri Wahyuni", "candidate", "PILBUP-WONOGIRI-2024", "1", "PDI-P"),
    "WNG2": ("Bagus Setiawan – Endah Lestari", "candidate", "PILBUP-WONOGIRI-2024", "2", "Golkar"),
    "TIM-WNG2": ("Sedulur BESTARI", "campaign_team", "PILBUP-WONOGIRI-2024", "", ""),
    "CAPRES01": (
        "Anies Rasyid Baswedan – Abdul Muhaimin Iskandar",
        "candidate",
        "PILPRES-2024",
        "1",
        "NasDem",
    ),
    "CAPRES02": (
        "Prabowo Subianto – Gibran Rakabuming Raka",
        "candidate",
        "PILPRES-2024",
        "2",
        "Gerindra",
    ),
    "CAPRES03": ("Ganjar Pranowo – Mohammad Mahfud MD", "candidate", "PILPRES-2024", "3", "PDI-P"),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "PKB"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", "Gerindra"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", "PDI-P"),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", "Golkar"),
    "NASDEM": ("Partai NasDem", "party", "", "5", "NasDem"),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS"),
    "PAN": ("Partai Amanat Nasional (PAN)", "party", "", "12", "PAN"),
    "DEMOKRAT": ("Partai Demokrat", "party", "", "14", "Demokrat"),
    "PSI": ("Partai Solidaritas Indonesia (PSI)", "party", "", "15", "PSI"),
    "PPP": ("Partai Persatuan Pembangunan (PPP)", "party", "", "17", "PPP"),
}

# account key "TARGET.plat" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "JATIM1.ig": ("hendronuraini.official", "48812300571", "Hendro – Nur Aini"),
    "JATIM1.x": ("HENA_Jatim", "1822334455667788990", "HENA Jatim"),
    "JATIM2.ig": ("baroq.jatim", "48812300982", "Bambang – Rozaq"),
    "JATIM2.fb": ("bambangsugiharto.official", "100093344120771", "Bambang Sugiharto"),
    "JATIM3.ig": ("dewi.agus.jatim", "48812301403", "Dewi – Agus Salim"),
    "JATIM3.fb": ("dewikartikasari.jatim", "100093344122840", "Dewi Kartikasari"),
    "JATIM3.tt": ("dewa.jatim", "7401122334455667788", "DEWA Jatim"),
    "JATIM3.yt": (
        "DewiKartikasariOfficial",
        "UCdw3K4rT1ks9aR2iJtMa7Xw",
        "Dewi Kartikasari Official",
    ),
    "TIM-JATIM1.fb": ("groups/relawansahabathena", "1460000000001", "Relawan Sahabat HENA"),
    "TIM-JATIM2.ig": ("laskar.baroq", "48812309915", "Laskar BAROQ"),
    "MLGKAB1.fb": ("gunawanhadiprasetyo", "100093344130115", "Gunawan Hadi Prasetyo"),
    "MLGKAB1.ig": ("gali.malangmakmur", "48812310227", "GALI Malang Makmur"),
    "MLGKAB2.fb": ("fauzanzaini.official", "100093344131552", "Ahmad Fauzan Zaini"),
    "MLGKAB2.ig": ("farin.kabmalang", "48812310618", "FARIN"),
    "MLGKAB2.tt": ("farin.malangbangkit", "7401122334455669001", "FARIN Malang Bangkit"),
    "MLGKOT1.ig": ("teguhyuni.tegas", "48812320019", "Teguh – Yuni"),
    "MLGKOT1.x": ("TEGAS_Malang", "1822334455667790001", "TEGAS Kota Malang"),
    "MLGKOT2.ig": ("rena.kotamalang", "48812320420", "RENA Kota Malang"),
    "MLGKOT3.ig": ("wafi.ngalamjuara", "48812320881", "WAFI Ngalam Juara"),
    "MLGKOT3.tt": ("wafi.ngalam", "7401122334455670012", "WAFI"),
    "MLGKOT3.x": ("WAFI_Ngalam", "1822334455667790777", "Wahyu Adi Nugroho"),
    "TIM-MLGKOT3.ig": ("arek.wafi", "48812329002", "Arek WAFI"),
    "BATU1.ig": ("supra.batu", "48812330113", "SUPRA Batu"),
    "BATU1.fb": ("suryoprakoso.batu", "100093344140023", "Suryo Prakoso"),
    "BATU2.ig": ("hedi.batuberseri", "48812330554", "HEDI Batu Berseri"),
    "BATU2.fb": ("herukurniawan.batu", "100093344140518", "Heru Kurniawan"),
    "WNG1.fb": ("jokopurnomo.wonogiri", "100093344150227", "Joko Purnomo – Sri Wahyuni"),
    "WNG2.fb": ("bestari.wonogiri", "100093344150664", "Bagus – Endah BESTARI"),
    "TIM-WNG2.fb": ("groups/sedulurbestari", "1460000000002", "Sedulur BESTARI"),
    "CAPRES01.x": ("aniesbaswedan", "1300000000000000001", "Anies Rasyid Baswedan"),
    "CAPRES02.x": ("prabowo", "1300000000000000002", "Prabowo Subianto"),
    "CAPRES03.x": ("ganjarpranowo", "1300000000000000003", "Ganjar Pranowo"),
    "PKB.x": ("DPP_PKB", "1300000000000000101", "DPP PKB"),
    "GERINDRA.x": ("Gerindra", "1300000000000000102", "Partai Gerindra"),
    "PDIP.x": ("PDI_Perjuangan", "1300000000000000103", "PDI Perjuangan"),
}

# target_id, term
KEYWORDS = [
    ("JATIM1", "HENA"),
    ("JATIM1", "#HENAJatim"),
    ("JATIM1", "Jatim Makmur Bareng"),
    ("JATIM1", "cagub nomor 1"),
    ("JATIM2", "BAROQ"),
    ("JATIM2", "#BAROQ"),
    ("JATIM2", "Jatim Luwih Apik"),
    ("JATIM2", "cagub nomor 2"),
    ("JATIM3", "DEWA"),
    ("JATIM3", "#DEWAJatim"),
    ("JATIM3", "Jatim Guyub Rukun"),
    ("JATIM3", "cagub nomor 3"),
    ("TIM-JATIM1", "Sahabat HENA"),
    ("TIM-JATIM2", "Laskar BAROQ"),
    ("MLGKAB1", "GALI"),
    ("MLGKAB1", "#GALIMalangMakmur"),
    ("MLGKAB1", "Malang Makmur"),
    ("MLGKAB1", "cabup nomor 1"),
    ("MLGKAB2", "FARIN"),
    ("MLGKAB2", "#FARIN"),
    ("MLGKAB2", "Malang Bangkit"),
    ("MLGKAB2", "cabup nomor 2"),
    ("MLGKOT1", "TEGAS"),
    ("MLGKOT1", "#TEGASMelayani"),
    ("MLGKOT1", "Kota Malang Tegas Melayani"),
    ("MLGKOT1", "cawali nomor 1"),
    ("MLGKOT2", "RENA"),
    ("MLGKOT2", "Malang Kota Bersih"),
    ("MLGKOT2", "cawali nomor 2"),
    ("MLGKOT3", "WAFI"),
    ("MLGKOT3", "#NgalamJuara"),
    ("MLGKOT3", "Ngalam Juara"),
    ("MLGKOT3", "cawali nomor 3"),
    ("TIM-MLGKOT3", "Arek WAFI"),
    ("BATU1", "SUPRA"),
    ("BATU1", "#SUPRA"),
    ("BATU1", "Batu Makin Maju"),
    ("BATU2", "HEDI"),
    ("BATU2", "#HEDI"),
    ("BATU2", "Batu Berseri"),
    ("BATU2", "#BatuBerseri"),
    ("WNG1", "JOSS"),
    ("WNG1", "Wonogiri Joss"),
    ("WNG1", "#WonogiriJoss"),
    ("WNG2", "BESTARI"),
    ("WNG2", "Wonogiri Bestari"),
    ("TIM-WNG2", "Sedulur BESTARI"),
    ("CAPRES01", "AMIN"),
    ("CAPRES01", "#AMIN"),
    ("CAPRES01", "Anies-Muhaimin"),
    ("CAPRES01", "Anies-Imin"),
    ("CAPRES02", "Prabowo-Gibran"),
    ("CAPRES02", "#02Melanjutkan"),
    ("CAPRES02", "Bersama Indonesia Maju"),
    ("CAPRES03", "Ganjar-Mahfud"),
    ("CAPRES03", "#GanjarMahfud"),
    ("CAPRES03", "Sat set"),
    ("PDIP", "PDI Perjuangan"),
    ("PDIP", "PDIP"),
    ("PDIP", "partai wong cilik"),
    ("PKB", "PKB"),
    ("GERINDRA", "Gerindra"),
    ("PKS", "PKS"),
    ("PSI", "PSI"),
    ("DEMOKRAT", "Demokrat"),
]

# Target ids a correct finding may name: a pair, or its volunteer team
GROUPS = {
    "JATIM1": "JATIM1 TIM-JATIM1",
    "JATIM2": "JATIM2 TIM-JATIM2",
    "MLGKOT3": "MLGKOT3 TIM-MLGKOT3",
    "WNG2": "WNG2 TIM-WNG2",
}

# Non-target accounts and groups: key -> (plat, handle, user_id, display_name)
OTHER_ACCOUNTS = {
    "kpujatim.ig": ("ig", "kpujatim", "3012200441", "KPU Provinsi Jawa Timur"),
    "kpujatim.x": ("x", "KPU_Jatim", "1100220033004400551", "KPU Jatim"),
    "kpukotmlg.yt": ("yt", "KPUKotaMalang", "UCkpuKotaMalang0000000001", "KPU Kota Malang"),
    "kpubatu.ig": ("ig", "kpu.kotabatu", "3012200889", "KPU Kota Batu"),
    "bawaslukotmlg.fb": ("fb", "bawaslu.kotamalang", "100070001200331", "Bawaslu Kota Malang"),
    "detikjatim.x": ("x", "detikjatim", "1100220033004400999", "detikJatim"),
    "radarmalang.fb": ("fb", "radarmalang.id", "100070001200774", "Radar Malang"),
    "radarmalang.ig": ("ig", "radarmalang", "3012201337", "Radar Malang"),
    "infomlg.fb": ("fb", "groups/infomalangraya", "1450000000001", "Info Malang Raya"),
    "guru.fb": ("fb", "groups/forumgurukotamalang", "1450000000002", "Forum Guru Kota Malang"),
    "wonogiri.fb": (
        "fb",
        "groups/wongwonogirisakdonya",
        "1450000000003",
        "Wong Wonogiri Sak Donya",
    ),
    "wargabatu.fb": ("fb", "groups/wargakotabatu", "1450000000004", "Warga Kota Batu Bersatu"),
}

# Posts that the employees answer, quote or share: key -> (author account key, occurred_at, text)
PARENTS = {
    # Pilgub Jatim
    "j1_ig_malang": (
        "JATIM1.ig",
        "2024-10-05T19:00:00+07:00",
        "Terima kasih warga Malang Raya atas sambutan hangatnya di Alun-alun Tugu! Bersama kita wujudkan Jatim Makmur Bareng. #HENAJatim",
    ),
    "j1_x_debat": (
        "JATIM1.x",
        "2024-10-18T22:10:00+07:00",
        "Debat perdana Pilgub Jatim: kami paparkan 10 program prioritas untuk Jawa Timur. Mohon doa restu.",
    ),
    "j2_ig_pasar": (
        "JATIM2.ig",
        "2024-10-12T08:30:00+07:00",
        "Blusukan di Pasar Besar Malang pagi ini. Harga cabai harus stabil! Jatim Luwih Apik.",
    ),
    "j2_fb_petani": (
        "JATIM2.fb",
        "2024-10-22T10:00:00+07:00",
        "Program pupuk murah untuk petani Jawa Timur. Setuju?",
    ),
    "j3_ig_perempuan": (
        "JATIM3.ig",
        "2024-10-09T15:00:00+07:00",
        "Perempuan Jatim berdaya! Hari ini bersama ibu-ibu PKK Kota Batu.",
    ),
    "j3_fb_kampanye": (
        "JATIM3.fb",
        "2024-11-14T09:00:00+07:00",
        "Kampanye akbar Dewi – Agus Salim di Stadion Gajayana, Minggu 17 November. Hadir ya!",
    ),
    "j3_tt_joget": (
        "JATIM3.tt",
        "2024-11-02T18:00:00+07:00",
        "Tantangan joget Guyub Rukun! Siapa yang mau ikutan? 💃 #DEWAJatim",
    ),
    "j3_yt_orasi": (
        "JATIM3.yt",
        "2024-11-10T20:00:00+07:00",
        "Orasi Kebangsaan Dewi Kartikasari di Jember | Jatim Guyub Rukun",
    ),
    # Pilbup Malang
    "kab1_fb_kepanjen": (
        "MLGKAB1.fb",
        "2024-10-03T16:00:00+07:00",
        "Silaturahmi dengan warga Kepanjen. Malang Makmur dimulai dari desa!",
    ),
    "kab1_ig_nomor": (
        "MLGKAB1.ig",
        "2024-09-24T10:00:00+07:00",
        "Alhamdulillah, kami mendapat nomor urut 1. Satu untuk Malang Makmur! ☝️",
    ),
    "kab2_fb_nomor": (
        "MLGKAB2.fb",
        "2024-09-24T10:30:00+07:00",
        "Bismillah, nomor urut 2. Dua jari untuk Malang Bangkit ✌️ #FARIN",
    ),
    "kab2_fb_jalan": (
        "MLGKAB2.fb",
        "2024-10-20T13:00:00+07:00",
        "Jalan rusak di Dampit harus segera diperbaiki. Ini janji kami.",
    ),
    "kab2_ig_debat": (
        "MLGKAB2.ig",
        "2024-11-05T22:30:00+07:00",
        "Debat terakhir Pilbup Malang. Terima kasih atas dukungan seluruh warga!",
    ),
    "kab2_tt_kampanye": (
        "MLGKAB2.tt",
        "2024-11-15T17:00:00+07:00",
        "Kampanye akbar di Lapangan Singosari, terima kasih ribuan warga! #FARIN",
    ),
    # Pilwali Kota Malang
    "kot1_ig_nomor": (
        "MLGKOT1.ig",
        "2024-09-24T11:00:00+07:00",
        "Nomor 1! Kota Malang Tegas Melayani. #TEGASMelayani",
    ),
    "kot1_x_banjir": (
        "MLGKOT1.x",
        "2024-10-28T09:00:00+07:00",
        "Banjir di Jl. Soekarno-Hatta harus selesai dalam 100 hari pertama.",
    ),
    "kot2_ig_sampah": (
        "MLGKOT2.ig",
        "2024-10-14T10:00:00+07:00",
        "Sampah di TPA Supit Urang harus jadi energi. Malang Kota Bersih!",
    ),
    "kot3_ig_nomor": (
        "MLGKOT3.ig",
        "2024-09-24T11:30:00+07:00",
        "Kami nomor 3! Telu gawe Ngalam Juara 🔥 #NgalamJuara",
    ),
    "kot3_tt_ngopi": (
        "MLGKOT3.tt",
        "2024-10-27T20:00:00+07:00",
        "Ngopi bareng arek-arek kampus di Dinoyo. Kera Ngalam oyi!",
    ),
    "kot3_x_program": (
        "MLGKOT3.x",
        "2024-10-30T12:00:00+07:00",
        "Program WAFI: 1.000 beasiswa anak muda Kota Malang. RT kalau setuju!",
    ),
    # Pilwali Batu
    "batu1_ig_nomor": (
        "BATU1.ig",
        "2024-09-24T13:00:00+07:00",
        "Nomor 1 untuk Batu Makin Maju! ☝️ #SUPRA",
    ),
    "batu1_fb_pasar": (
        "BATU1.fb",
        "2024-10-19T09:00:00+07:00",
        "Revitalisasi Pasar Induk Among Tani harus tuntas dan berpihak ke pedagang kecil.",
    ),
    "batu2_ig_nomor": (
        "BATU2.ig",
        "2024-09-24T13:30:00+07:00",
        "Nomor 2, salam dua jari ✌️ #HEDI #BatuBerseri",
    ),
    "batu2_ig_festival": (
        "BATU2.ig",
        "2024-11-09T16:00:00+07:00",
        "Festival apel bareng warga Bumiaji. Batu Berseri!",
    ),
    "batu2_fb_apel": (
        "BATU2.fb",
        "2024-10-08T08:00:00+07:00",
        "Petani apel Bumiaji butuh harga yang adil. Batu Berseri untuk petani!",
    ),
    "batu2_fb_duka": (
        "BATU2.fb",
        "2024-10-21T07:00:00+07:00",
        "Innalillahi, turut berduka atas wafatnya Mbah Sarmi, sesepuh petani apel Bumiaji.",
    ),
    # Pilbup Wonogiri
    "wng1_fb_waduk": (
        "WNG1.fb",
        "2024-10-11T15:00:00+07:00",
        "Bersama warga sekitar Waduk Gajah Mungkur. Wonogiri Joss!",
    ),
    "wng2_fb_nomor": (
        "WNG2.fb",
        "2024-09-24T14:00:00+07:00",
        "Nomor urut 2! Wonogiri Bestari, adem ayem tentrem.",
    ),
    "wng2_fb_perantau": (
        "WNG2.fb",
        "2024-11-05T19:00:00+07:00",
        "Untuk sedulur perantau Wonogiri di mana pun berada: pulang, nyoblos tanggal 27!",
    ),
    # Pilpres 2024
    "c01_x": (
        "CAPRES01.x",
        "2024-01-10T20:00:00+07:00",
        "Perubahan untuk Indonesia yang adil makmur untuk semua.",
    ),
    "c02_x": (
        "CAPRES02.x",
        "2024-01-15T21:00:00+07:00",
        "Terima kasih Jawa Timur! Bersama Indonesia Maju.",
    ),
    "c03_x": ("CAPRES03.x", "2024-01-20T19:00:00+07:00", "Sat set! Gerak cepat untuk rakyat."),
    # Election bodies and news
    "kpu_ig_debat": (
        "kpujatim.ig",
        "2024-10-17T10:00:00+07:00",
        "Debat Publik Pertama Pilgub Jatim 2024, Jumat 18 Oktober pukul 19.00 WIB. Saksikan di televisi dan kanal YouTube KPU Jatim!",
    ),
    "kpu_x_debat": (
        "kpujatim.x",
        "2024-10-19T08:00:00+07:00",
        "Terima kasih telah menyaksikan Debat Publik Pertama Pilgub Jatim 2024. Sampai jumpa di debat berikutnya.",
    ),
    "kpu_yt_debat": (
        "kpukotmlg.yt",
        "2024-10-25T19:00:00+07:00",
        "[LIVE] Debat Publik Kedua Calon Wali Kota dan Wakil Wali Kota Malang 2024",
    ),
    "bawaslu_fb_netral": (
        "bawaslukotmlg.fb",
        "2024-10-01T09:00:00+07:00",
        "ASN dilarang like, komen, dan share postingan paslon. Laporkan dugaan pelanggaran netralitas ke Bawaslu!",
    ),
    "detik_x_qc": (
        "detikjatim.x",
        "2024-11-27T15:30:00+07:00",
        "Quick count Pilgub Jatim: paslon 2 sementara unggul 41,2% dengan data masuk 70%.",
    ),
    "radar_fb_logistik": (
        "radarmalang.fb",
        "2024-11-20T10:00:00+07:00",
        "Surat suara Pilbup Malang tiba di gudang KPU Kabupaten Malang, langsung disortir.",
    ),
    "radar_fb_survei": (
        "radarmalang.fb",
        "2024-11-10T08:00:00+07:00",
        "Survei: tiga paslon Wali Kota Malang bersaing ketat, selisih di bawah margin of error.",
    ),
}


# ============================================================================================
# Labelled events
# ============================================================================================


@dataclass
class Item:
    """One labelled event."""

    key: str
    label: str  # C, N, A, O
    targets: tuple[str, ...]
    when: str  # occurred_at as written in events.jsonl
    acct: str  # employee account key
    action: str
    text: str | None
    on: str | None = None  # key in PARENTS
    alt: str | None = None
    ocr: str | None = None
    group: str | None = None  # account key of the group a post was made in


ITEMS: list[Item] = []


def _expand(targets: str) -> tuple[str, ...]:
    out: list[str] = []
    for tok in targets.split():
        out.extend(GROUPS.get(tok, tok).split())
    return tuple(dict.fromkeys(out))


def _when(when: str) -> str:
    """'YYYY-MM-DD HH:MM' in WIB, or a full ISO timestamp kept as written."""
    if "T" in when:
        return when
    return when.replace(" ", "T") + ":00" + TZ


def _add(label: str, targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    ITEMS.append(
        Item(
            f"{label}{len(ITEMS) + 1:03d}",
            label,
            _expand(targets),
            _when(when),
            acct,
            action,
            text or None,
            **kw,
        )
    )


def C(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("C", targets, when, acct, action, text, **kw)


def N(when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("N", "", when, acct, action, text, **kw)


def A(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("A", targets, when, acct, action, text, **kw)


def O(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:  # noqa: E743
    _add("O", targets, when, acct, action, text, **kw)


# ============================================================================================
# C: campaigning in the right window
# ============================================================================================
# Allegiances (kept consistent per person): pv1 Gub 1, Wonogiri 1 (born there), Pilpres 03;
# pv2 Gub 2, Kota Malang 1, Kab. Malang 2 (born in Turen), Pilpres 02; km1 Gub 1, Kab 1,
# Pilpres 01; km2 Gub 2, Kab 2, Pilpres 02; kt1 Gub 3, Kota 2, Kab 1 (born in Kepanjen),
# Pilpres 03; kt2 Gub 2, Kota 1, Pilpres 01; kt3 Gub 3, Kota 3, Pilpres 02; bt1 Gub 3, Batu 2;
# bt2 Gub 1, Batu 1, Kab 1 (born in Pujon); pc1 Gub 2, Wonogiri 2 (born there); wg1 Wonogiri 1,
# Pilpres 03; kg1 Gub 2, Batu 1, Kab 2 (family in Dampit), Pilpres 01.

# --- Pilgub Jatim, pair 1 (HENA) --------------------------------------------------------------
C(
    "JATIM1",
    "2024-09-26 07:15",
    "pv1.fb",
    "post",
    "Bismillah, Cagub nomor 1 Pak Hendro Wicaksono sudah terbukti kerjanya waktu jadi bupati. Jatim Makmur Bareng! ☝️",
)
C(
    "JATIM1",
    "2024-10-19 06:40",
    "pv1.x",
    "post",
    "Semalam debat Pilgub, jelas yang paling siap cuma Pak Hendro & Bu Nur Aini. 27 November jangan salah pilih rek",
)
C(
    "JATIM1",
    "2024-10-05 20:02",
    "km1.ig",
    "comment",
    "Mantap Pak Hendro! Warga Malang Raya siap menangkan HENA 🔥",
    on="j1_ig_malang",
)
C(
    "JATIM1",
    "2024-10-21 21:10",
    "km1.fb",
    "post",
    "Bu Nur Aini itu dokter, paham betul nasib nakes. Gubernur-wagub nomor satu pilihan kami para perawat 💙",
)
C(
    "JATIM1",
    "2024-11-01 19:30",
    "bt2.fb",
    "post",
    "Bapak/Ibu warga Malang Raya, untuk Pilgub mari kita dukung paslon nomor 1 Hendro–Nur Aini. Insyaallah amanah.",
    group="infomlg.fb",
)
C(
    "JATIM1",
    "2024-10-18T15:35:00Z",
    "pv1.x",
    "quote",
    "Closing statement Pak Hendro tadi malam luar biasa. HENA siap memimpin Jawa Timur 💪",
    on="j1_x_debat",
)
C(
    "JATIM1",
    "2024-11-12 12:05",
    "bt2.fb",
    "post",
    "Satpol PP juga rakyat, pilih yang peduli rakyat kecil: HENA nomer siji! #HENAJatim",
)
C(
    "JATIM1",
    "2024-11-20 18:45",
    "km1.fb",
    "post",
    "Kepanjen kompak, gubernurnya Pak Hendro 👍 ayo nyoblos nomer 1 tanggal 27",
)
C(
    "JATIM1",
    "2024-10-30 22:00",
    "bt2.fb",
    "post",
    "Alhamdulillah malam ini pengajian relawan HENA se-Kota Batu lancar. Semoga Pak Hendro dan Bu Nur Aini diberi kemenangan.",
    group="TIM-JATIM1.fb",
)
C(
    "JATIM1",
    "2024-11-26 20:00",
    "pv1.fb",
    "post",
    "Besok jangan lupa, coblos yang pakai peci hitam & kerudung biru, nomor 1 di surat suara gubernur 😉",
)

# --- Pilgub Jatim, pair 2 (BAROQ) -------------------------------------------------------------
C(
    "JATIM2",
    "2024-10-13 09:12",
    "pv2.x",
    "post",
    "Cagub 2 Pak Bambang blusukan ke Pasar Besar, turun langsung ngecek harga cabe. Jatim Luwih Apik, BAROQ gaspol!",
)
C(
    "JATIM2",
    "2024-10-22 11:20",
    "km2.fb",
    "comment",
    "Setuju Pak Bambang! Petani Singosari siap coblos nomor 2 untuk gubernur 👍",
    on="j2_fb_petani",
)
C(
    "JATIM2",
    "2024-11-08 19:00",
    "km2.tt",
    "post",
    "Kyai Rozaq iku ulama sing ngerti rakyat. Gubernur nomer loro, wis pokok'e!",
)
C(
    "JATIM2",
    "2024-10-25 20:30",
    "kt2.fb",
    "post",
    "Sebagai guru saya melihat program sekolah gratis BAROQ paling realistis. Mari dukung Pak Bambang Sugiharto dan KH Abdul Rozaq.",
)
C(
    "JATIM2",
    "2024-10-19 07:02",
    "pv2.x",
    "reply",
    "Maaf Pak, programnya kalah jauh sama Pak Bambang. Saya tetap nomor 2 🙏",
    on="j1_x_debat",
)
C(
    "JATIM2",
    "2024-10-12 09:00",
    "pv2.ig",
    "comment",
    "Semangat Pak Bambang & Kyai Rozaq 💪 Malang siap menangkan BAROQ",
    on="j2_ig_pasar",
)
C("JATIM2", "2024-11-01 21:40", "pc1.tt", "post", "bidan Pacitan dukung BAROQ ✌️ jatim luwih apik")
C(
    "JATIM2",
    "2024-11-16 05:30",
    "kg1.fb",
    "post",
    "Sami'na wa atha'na, ikut dawuh para kyai: Pilgub pilih KH Abdul Rozaq dan Pak Bambang, nomor 2.",
)
C(
    "JATIM2",
    "2024-10-28 13:10",
    "pc1.fb",
    "post",
    "Kapan lagi foto bareng calon gubernur idola 🥰✌️",
    alt="Foto bersama Pak Bambang Sugiharto saat kunjungan ke RSUD Pacitan, keduanya mengacungkan dua jari",
)
C(
    "JATIM2",
    "2024-11-22 08:00",
    "pv2.ig",
    "post",
    "Tinggal 5 hari lagi. Kita butuh gubernur yang ngerti pasar: Jatim Luwih Apik! 🔥",
)

# --- Pilgub Jatim, pair 3 (DEWA) --------------------------------------------------------------
C(
    "JATIM3",
    "2024-10-09 19:20",
    "kt1.ig",
    "post",
    "Akhirnya ada cagub perempuan yang bener-bener paham guru honorer. Bu Dewi, kami bersamamu! #DEWAJatim",
)
C(
    "JATIM3",
    "2024-11-03 21:00",
    "kt1.th",
    "post",
    "unpopular opinion: paslon 3 Pilgub paling masuk akal programnya. fix nyoblos Bu Dewi",
)
C(
    "JATIM3",
    "2024-10-09 16:10",
    "bt1.ig",
    "comment",
    "Bu Dewi panutan ibu-ibu Batu 😍 Nomor 3 pokoknya!",
    on="j3_ig_perempuan",
)
C(
    "JATIM3",
    "2024-11-02 19:05",
    "kt3.tt",
    "comment",
    "ikutan ah 💃 DEWA DEWA DEWA nomer telu!!",
    on="j3_tt_joget",
)
C(
    "JATIM3",
    "2024-11-11 06:30",
    "kt3.yt",
    "comment",
    "orasi Bu Dewi bikin merinding sih. jatim guyub rukun, DEWA for the win 🙌",
    on="j3_yt_orasi",
)
C(
    "JATIM3",
    "2024-11-05 12:00",
    "bt1.fb",
    "post",
    "Jatim Guyub Rukun bukan sekadar slogan. Sudah saatnya Jawa Timur dipimpin Bu Dewi Kartikasari 🙏",
)
C(
    "JATIM3",
    "2024-10-15 22:15",
    "kt3.x",
    "post",
    "arek Ngalam, Pilgub coblos telu: Bu Dewi–Pak Agus! guyub rukun rek",
)
C(
    "JATIM3",
    "2024-11-24 10:00",
    "bt1.ig",
    "post",
    "Masa tenang, tapi hati tetap nomor 3 buat Jatim. Guyub rukun 🤝",
)
C(
    "JATIM3",
    "2024-11-14 10:30",
    "bt1.fb",
    "share",
    "Ayo rek, hadir semua! Menangkan DEWA 🔥",
    on="j3_fb_kampanye",
)
C(
    "JATIM3",
    "2024-11-18 19:00",
    "kt1.ig",
    "post",
    "Share ya guys 🙏",
    ocr="COBLOS NO 3\nDEWI KARTIKASARI - AGUS SALIM HIDAYAT\nJATIM GUYUB RUKUN",
)

# --- Pilbup Kabupaten Malang ------------------------------------------------------------------
C(
    "MLGKAB1",
    "2024-10-03 17:00",
    "km1.fb",
    "comment",
    "Matur nuwun rawuhipun Pak Gun 🙏 Kepanjen siap menangkan nomor 1!",
    on="kab1_fb_kepanjen",
)
C(
    "MLGKAB1",
    "2024-10-30 12:30",
    "km1.ig",
    "post",
    "Nakes Kepanjen dukung GALI ☝️ Malang Makmur, sehat merata",
)
C(
    "MLGKAB2",
    "2024-10-06 20:00",
    "km2.fb",
    "post",
    "Pak Fauzan iku arek Singosari asli. Cabup 2 wis paling pas kanggo Kabupaten Malang. #FARIN",
)
C(
    "MLGKAB2",
    "2024-11-15 18:20",
    "km2.tt",
    "comment",
    "rame pol! Malang Bangkit, FARIN menang ✌️",
    on="kab2_tt_kampanye",
)
C(
    "MLGKAB1",
    "2024-11-25 21:00",
    "kt1.ig",
    "post",
    "Buat keluarga besar di Kepanjen: titip suara ya, Bupati pilih Pak Gunawan, orang baik, aku kenal beliau dari kecil 🙏 Kampung halamanku harus makmur",
)
C(
    "MLGKAB2",
    "2024-10-21 07:45",
    "pv2.x",
    "post",
    "Pulang kampung ke Turen, jalan masih bolong-bolong. Wis ta lah, Kabupaten Malang butuh Pak Fauzan–Bu Rina. Nomor 2!",
)
C(
    "MLGKAB2",
    "2024-10-20 14:10",
    "kg1.fb",
    "comment",
    "Betul Pak Fauzan, jalan Dampit parah. Kami keluarga besar di Dampit siap coblos nomor 2.",
    on="kab2_fb_jalan",
)
C("MLGKAB2", "2024-09-24 10:41", "km2.fb", "reply", "2️⃣", on="kab2_fb_nomor")
C("MLGKAB1", "2024-09-25 06:15", "km1.ig", "comment", "☝️☝️☝️", on="kab1_ig_nomor")
C(
    "MLGKAB1",
    "2024-11-10 16:00",
    "bt2.fb",
    "post",
    "Sedulur Pujon, kampung halamanku, ojo lali nyoblos Pak Gunawan karo Bu Lilik. GALI menang!",
)
C(
    "MLGKAB2",
    "2024-11-21 20:20",
    "km2.fb",
    "post",
    "Info: warga Kab. Malang yang masih bingung, coblos saja Cabup nomor 2, programnya jelas. Malang Bangkit!",
    group="infomlg.fb",
)
C(
    "MLGKAB1",
    "2024-11-26 19:00",
    "km1.fb",
    "post",
    "🙏",
    ocr="BUPATI MALANG 2024\nGUNAWAN - LILIK\nNOMOR 1\nMALANG MAKMUR",
)
C(
    "MLGKAB2",
    "2024-11-05 22:50",
    "pv2.ig",
    "comment",
    "Pak Fauzan menang telak debatnya 👏 FARIN!",
    on="kab2_ig_debat",
)
C(
    "MLGKAB2",
    "2024-11-28 09:00",
    "km2.tt",
    "post",
    "Alhamdulillah menurut hitungan C1 kita FARIN unggul. Kawal sampai akhir, jangan lengah dulur!",
)
C(
    "MLGKAB1",
    "2024-10-04 06:00",
    "km1.fb",
    "share",
    "Ini calon bupati yang mau turun ke desa. Share sebanyak-banyaknya 🙏",
    on="kab1_fb_kepanjen",
)
C(
    "MLGKAB1",
    "2024-11-08 20:15",
    "kt1.th",
    "post",
    "mudik ke Kepanjen weekend ini, sekalian ngajak bapak ibu nyoblos Pak Gunawan. kampung halamanku butuh bupati yang ngerti desa",
)

# --- Pilwali Kota Malang ------------------------------------------------------------------------
C("MLGKOT3", "2024-09-24 12:00", "kt3.x", "post", "telu gawe Ngalam Juara 🔥 ayas fix WAFI")
C(
    "MLGKOT3",
    "2024-10-30 12:25",
    "kt3.x",
    "reply",
    "RT + setuju pol, Mas Wahyu! 1000 beasiswa gas",
    on="kot3_x_program",
)
C(
    "MLGKOT3",
    "2024-10-27 21:30",
    "kt3.tt",
    "comment",
    "oyi Sam! nawak kampus kabeh milih nomer telu",
    on="kot3_tt_ngopi",
)
C("MLGKOT3", "2024-09-24 11:45", "kt3.ig", "comment", "3️⃣🔥", on="kot3_ig_nomor")
C(
    "MLGKOT1",
    "2024-10-16 19:45",
    "kt2.fb",
    "post",
    "Bapak Ibu guru Kota Malang, Pak Teguh Santoso itu mantan kepala sekolah, pasti paham kita. Nomor 1 untuk wali kota 🙏",
    group="guru.fb",
)
C(
    "MLGKOT1",
    "2024-11-02 05:50",
    "kt2.fb",
    "post",
    "Kota Malang Tegas Melayani! Saya sudah mantap, 27 November coblos Pak Teguh–Bu Yuni.",
)
C(
    "MLGKOT1",
    "2024-09-25 07:00",
    "pv2.ig",
    "comment",
    "Nomor 1 Kota Malang! TEGAS 💪",
    on="kot1_ig_nomor",
)
C(
    "MLGKOT2",
    "2024-10-15 21:30",
    "kt1.th",
    "post",
    "tim RENA mana suaranya 🙋‍♀️ Malang Kota Bersih, aku pilih Pak Rahmat & Bu Erna",
)
C(
    "MLGKOT2",
    "2024-10-14 12:40",
    "kt1.ig",
    "comment",
    "Ini baru solusi! Bu Erna & Pak Rahmat nomor 2 pokoknya 🌿",
    on="kot2_ig_sampah",
)
C(
    "MLGKOT2",
    "2024-11-09 20:00",
    "kt1.th",
    "post",
    "cawali 2 satu-satunya yang punya konsep sampah jelas. Malang Kota Bersih, gas!",
)
C(
    "MLGKOT3",
    "2024-11-25 23:10",
    "kt3.x",
    "post",
    "masa tenang tapi jempolku gatel: WAFI WAFI WAFI. udah itu aja",
)
C(
    "MLGKOT1",
    "2024-10-25 20:40",
    "kt2.yt",
    "comment",
    "Pak Teguh paling tenang dan paling berpengalaman. Wali kota nomor 1 insyaallah amanah.",
    on="kpu_yt_debat",
)
C(
    "MLGKOT3",
    "2024-11-27 09:00",
    "kt3.ig",
    "post",
    "done ✔️ Ngalam Juara 💜",
    alt="Selfie di depan TPS, jari kelingking bertinta ungu, tangan satunya mengacungkan tiga jari",
)
C(
    "MLGKOT3",
    "2024-11-12 19:00",
    "kt3.tt",
    "post",
    "POV: kamu ASN tapi hatimu udah nomor 3 🤫 #NgalamJuara",
)
C(
    "MLGKOT1",
    "2024-11-10 09:15",
    "kt2.fb",
    "comment",
    "Insyaallah Pak Teguh yang menang, beliau paling berpengalaman 👍",
    on="radar_fb_survei",
)
C(
    "MLGKOT1",
    "2024-10-28 09:30",
    "pv2.x",
    "reply",
    "Setuju Pak Teguh, ini baru calon wali kota. TEGAS!",
    on="kot1_x_banjir",
)
C("MLGKOT3", "2024-11-20 22:00", "kt3.x", "post", "Ngalam butuh WAFI. titik.")
C(
    "MLGKOT2",
    "2024-10-02 20:30",
    "kt1.ig",
    "post",
    "Lagi rame bahas cawali di grup guru. Aku sih tim Bu Erna, perempuan harus di depan 💪 RENA!",
)

# --- Pilwali Kota Batu --------------------------------------------------------------------------
C("BATU2", "2024-09-24 14:00", "bt1.ig", "comment", "✌️✌️", on="batu2_ig_nomor")
C(
    "BATU2",
    "2024-10-08 20:00",
    "bt1.ig",
    "post",
    "Batu Berseri, Batu untuk petani apel! Pak Heru & Mbak Dian, warga Batu mendukungmu 🍎",
)
C(
    "BATU2",
    "2024-10-08 09:30",
    "bt1.fb",
    "comment",
    "Setuju Pak Heru, nomor 2 untuk petani Bumiaji!",
    on="batu2_fb_apel",
)
C(
    "BATU1",
    "2024-11-13 21:00",
    "bt2.fb",
    "post",
    "Pak Suryo sudah terbukti bangun jalan desa. Batu Makin Maju, nomor 1!",
)
C(
    "BATU1",
    "2024-11-03 13:00",
    "kg1.fb",
    "post",
    "Alhamdulillah Bu Ani Maryani hadir di haul. Semoga Batu dipimpin SUPRA, pemimpin yang dekat dengan ulama.",
)
C(
    "BATU2",
    "2024-11-19 19:30",
    "bt1.fb",
    "post",
    "Buat warga Batu: paslon nomor 2 HEDI programnya wisata berbasis desa. Tolong dipertimbangkan ya 🙏 #BatuBerseri",
    group="wargabatu.fb",
)
C(
    "BATU1",
    "2024-10-19 10:00",
    "bt2.fb",
    "reply",
    "Lanjutkan Pak Suryo, SUPRA menang satu putaran ☝️",
    on="batu1_fb_pasar",
)
C("BATU2", "2024-11-27 10:30", "bt1.ig", "post", "Sudah nyoblos! Semoga Batu makin berseri ✌️🍎")
C(
    "BATU1",
    "2024-10-12 05:00",
    "kg1.fb",
    "post",
    "Jamaah sekalian, ingat pesan para kyai: pilih pemimpin yang sholeh. Pak Suryo Prakoso insyaallah amanah untuk Kota Batu.",
)
C(
    "BATU1",
    "2024-11-24 20:30",
    "bt2.fb",
    "post",
    "Satpol PP netral? Ya netral di kantor. Di bilik suara tetap nomor 1 buat Batu 😁",
)
C(
    "BATU2",
    "2024-11-09 18:00",
    "bt1.ig",
    "comment",
    "Mbak Dian cantik dan cerdas, HEDI pasti menang 😍",
    on="batu2_ig_festival",
)
C(
    "BATU1",
    "2024-10-25 17:00",
    "bt2.fb",
    "post",
    "Sudah terpasang di depan rumah 💪",
    ocr="SUPRA ☝️\nBATU MAKIN MAJU\nSURYO PRAKOSO - ANI MARYANI",
)

# --- Pilbup Wonogiri (neighbouring province; born there) --------------------------------------
C(
    "WNG2",
    "2024-10-06 21:00",
    "pc1.fb",
    "post",
    "Wonogiri kampung halamanku 🥹 walau kerja di Pacitan, hatiku tetap buat Wonogiri. Ayo sedulur, menangkan BESTARI nomor 2!",
)
C(
    "WNG2",
    "2024-11-05 19:40",
    "pc1.fb",
    "comment",
    "Siap pulang nyoblos Mas Bagus! Perantau Pacitan siap 🙏",
    on="wng2_fb_perantau",
)
C(
    "WNG2",
    "2024-11-22 20:00",
    "pc1.tt",
    "post",
    "bidan perantau mudik ke Wonogiri buat nyoblos nomor 2 😁✌️",
)
C(
    "WNG2",
    "2024-10-20 09:00",
    "pc1.fb",
    "post",
    "Dulur Wonogiri Sak Donya, Mas Bagus & Mbak Endah iki putra-putri asli Baturetno. Wonogiri Bestari, adem ayem tentrem!",
    group="wonogiri.fb",
)
C(
    "WNG1",
    "2024-10-11 19:00",
    "wg1.fb",
    "post",
    "Wonogiri Joss! Pak Joko Purnomo wis mbuktekke kerjane. Nomer siji, ora ana liyane.",
)
C(
    "WNG1",
    "2024-10-11 15:40",
    "wg1.fb",
    "comment",
    "Joss tenan Pak Joko 👍 sak Wonogiri nyengkuyung panjenengan",
    on="wng1_fb_waduk",
)
C(
    "WNG1",
    "2024-11-26 21:00",
    "wg1.x",
    "post",
    "Sesuk nyoblos, aja lali: siji, Joko–Sri. #WonogiriJoss",
)
C(
    "WNG1",
    "2024-09-24 14:20",
    "wg1.fb",
    "reply",
    "Nuwun sewu, kula tetep nomer 1 😁",
    on="wng2_fb_nomor",
)
C(
    "WNG2",
    "2024-09-25 06:00",
    "pc1.fb",
    "share",
    "Bismillah 2️⃣ untuk Wonogiri 🙏",
    on="wng2_fb_nomor",
)
C(
    "WNG1",
    "2024-11-15 20:00",
    "pv1.fb",
    "post",
    "Sebagai arek Wonogiri yang merantau ke Surabaya, saya titip: Bupati Wonogiri pilih Pak Joko, nomor 1. Pemimpin yang ora neko-neko.",
)
C(
    "WNG1",
    "2024-11-23 10:00",
    "pv1.x",
    "post",
    "Wonogiri Joss! Kampung halaman saya titipkan ke Pak Joko Purnomo & Bu Sri Wahyuni 🙏",
)

# --- governor and regent/mayor in one post -----------------------------------------------------
C(
    "JATIM1 MLGKAB1",
    "2024-11-26 18:30",
    "km1.fb",
    "post",
    "Besok tanggal 27: Gubernur nomor 1, Bupati nomor 1. Gampang, siji-siji! ☝️☝️",
)
C(
    "JATIM2 MLGKAB2",
    "2024-11-23 20:00",
    "km2.fb",
    "post",
    "Gubernur nomor 2, Bupati nomor 2! ✌️✌️ Kabupaten Malang kompak",
)
C(
    "JATIM3 MLGKOT3",
    "2024-11-27 07:05",
    "kt3.x",
    "post",
    "otw TPS. cagub 3 cawali 3, telu-telu, no debat 🗳️",
)
C(
    "JATIM2 MLGKOT1",
    "2024-11-20 21:00",
    "kt2.fb",
    "post",
    "Pilihan saya: Gubernur nomor 2 (Pak Bambang), Wali Kota nomor 1 (Pak Teguh). Insyaallah terbaik untuk Malang.",
)
C(
    "JATIM1 BATU1",
    "2024-11-25 19:00",
    "bt2.fb",
    "post",
    "Gubernur nomor 1, Wali Kota Batu nomor 1. Wis mantep, Satpol PP Batu siap! ☝️",
)
C(
    "JATIM3 BATU2",
    "2024-11-21 20:00",
    "bt1.ig",
    "post",
    "Gubernur 3, Wali Kota 2 🍎 #BatuBerseri #DEWAJatim",
)
C(
    "JATIM2 BATU1",
    "2024-11-22 05:00",
    "kg1.fb",
    "post",
    "Gubernur nomor 2 untuk Jatim, Wali Kota nomor 1 untuk Batu. Semoga barokah 🤲",
)
C(
    "JATIM2 MLGKOT1 MLGKAB2",
    "2024-11-27 10:00",
    "pv2.x",
    "post",
    "Sudah nyoblos: Gubernur 2, Wali Kota 1, dan titip buat keluarga di Turen: Bupati 2. ✌️☝️✌️",
)
C(
    "JATIM3 MLGKOT2 MLGKAB1",
    "2024-11-26 21:30",
    "kt1.th",
    "post",
    "Gubernur nomor 3, Wali Kota nomor 2. Dan buat ibu di Kepanjen: Bupati nomor 1 ya buk 😘",
)
C(
    "JATIM2 WNG2",
    "2024-11-26 19:45",
    "pc1.fb",
    "post",
    "Gubernur Jatim nomor 2, Bupati Wonogiri nomor 2. Loro kabeh! ✌️",
)

# --- Pilpres 2024 -------------------------------------------------------------------------------
C(
    "CAPRES01",
    "2024-01-12 20:00",
    "km1.fb",
    "post",
    "AMIN! Perubahan harus dimulai sekarang. 14 Februari coblos nomor 1 ☝️",
)
C(
    "CAPRES01",
    "2024-01-25 05:30",
    "kg1.fb",
    "post",
    "Gus Imin dan Pak Anies, pasangan ulama dan cendekiawan. Insyaallah menang. #AMIN",
)
C(
    "CAPRES02",
    "2024-01-30 19:00",
    "km2.tt",
    "post",
    "gemoy gemoy 02 🕺 Prabowo-Gibran satu putaran!",
)
C(
    "CAPRES02",
    "2024-01-15 21:30",
    "pv2.x",
    "reply",
    "Siap Pak! Jawa Timur menangkan 02 🇮🇩",
    on="c02_x",
)
C(
    "CAPRES02",
    "2024-02-10 20:00",
    "kt3.x",
    "post",
    "02 biar anak muda ikut ngerasain. Bersama Indonesia Maju 🫶",
)
C(
    "CAPRES03",
    "2024-01-20 19:30",
    "pv1.x",
    "reply",
    "Sat set! Ganjar-Mahfud paling tegas soal korupsi. 03!",
    on="c03_x",
)
C(
    "CAPRES03 PDIP",
    "2024-02-08 19:00",
    "wg1.x",
    "post",
    "Wonogiri abang kabeh, 03 menang! Pak Ganjar lan Prof Mahfud 🔴",
)
C(
    "CAPRES03",
    "2024-02-12 21:00",
    "kt1.th",
    "post",
    "dua hari lagi. aku pilih Pak Mahfud sama Pak Ganjar, yang jujur aja 🙏",
)
C(
    "CAPRES01",
    "2024-01-05 20:00",
    "kt2.fb",
    "post",
    "Salam perubahan! Pak Anies terbukti membangun Jakarta. Nomor 1 untuk Indonesia.",
)
C(
    "CAPRES02",
    "2024-04-20 10:00",
    "pv2.x",
    "post",
    "Apapun putusan MK nanti, 02 tetap menang di hati rakyat 💪",
)
C(
    "CAPRES03",
    "2023-10-25 20:00",
    "pv1.fb",
    "post",
    "Pak Ganjar dan Prof Mahfud sudah mendaftar ke KPU. Ini pasangan yang saya tunggu-tunggu, insyaallah menang!",
)
C(
    "CAPRES02",
    "2024-04-24 21:30",
    "pv2.x",
    "post",
    "Selamat Pak Prabowo & Mas Gibran, resmi ditetapkan KPU hari ini. 02 dari awal sampai akhir 🦅",
)

# --- Parties (at any time) ----------------------------------------------------------------------
C(
    "PKB",
    "2024-06-20 20:00",
    "km1.fb",
    "post",
    "Bangga sama PKB! Partainya para santri, terus berjuang untuk rakyat kecil 💚",
)
C(
    "GERINDRA",
    "2024-07-06 08:00",
    "pv2.x",
    "post",
    "Gerindra makin solid, lanjutkan perjuangan! 🦅 Garuda di dadaku",
)
C(
    "PDIP",
    "2024-06-01 07:00",
    "wg1.fb",
    "post",
    "Bulan Bung Karno. Merdeka! PDI Perjuangan partainya wong cilik 🔴",
)
C(
    "PKB",
    "2024-02-12 05:00",
    "kg1.fb",
    "post",
    "Pileg tinggal dua hari, DPR RI coblos PKB nomor 1 ya jamaah",
)
C("PSI", "2024-02-13 20:00", "kt3.x", "post", "PSI nomor 15, partai anak muda, coblos ya gaes 🌹")
C(
    "GERINDRA",
    "2025-03-15 19:00",
    "km2.tt",
    "post",
    "Gerindra menyala! 🦅🔥 simpatisan Kab. Malang siap mendukung terus",
)
C(
    "PDIP",
    "2023-09-10 19:00",
    "pv1.fb",
    "post",
    "Pemilu 2024 nanti saya tetap merah, PDI Perjuangan nomor 3! 🔴",
)
C(
    "DEMOKRAT",
    "2024-08-10 16:00",
    "bt1.ig",
    "post",
    "Bazar UMKM Partai Demokrat di Batu keren banget, makin cinta sama Demokrat 💙",
)
C(
    "PKS",
    "2024-12-01 20:00",
    "kt2.fb",
    "post",
    "Partai Keadilan Sejahtera konsisten membela guru honorer. Terima kasih PKS, teruskan perjuangan!",
)

# ============================================================================================
# N: close, but not campaigning
# ============================================================================================

# --- results and counting -----------------------------------------------------------------------
N(
    "2024-11-27 16:30",
    "pv1.x",
    "post",
    "Quick count Pilgub Jatim sementara: paslon 1 40,1%, paslon 2 38,7%, paslon 3 21,2%. Data masuk 85%. Tunggu hasil resmi KPU ya.",
)
N(
    "2024-11-29 02:30",
    "km2.fb",
    "post",
    "Rekap tingkat kecamatan Singosari untuk Pilgub dan Pilbup Malang selesai pukul 02.00 dini hari. Terima kasih PPK, PPS, dan KPPS yang luar biasa 🙏",
)
N(
    "2024-11-27 16:00",
    "kt3.x",
    "quote",
    "quick count tiap lembaga beda-beda, sabar nunggu real count KPU gaes",
    on="detik_x_qc",
)
N(
    "2024-11-28 07:00",
    "kt1.th",
    "post",
    "sirekap kota malang lemot banget dari semalem 😩 mau liat hasil TPS sekolahku aja susah",
)
N(
    "2024-12-05 14:00",
    "bt1.fb",
    "post",
    "KPU Kota Batu menetapkan hasil rekapitulasi Pilwali: paslon nomor 2 memperoleh suara terbanyak. Mari kembali bersatu membangun Batu.",
)
N(
    "2024-12-06 15:00",
    "wg1.fb",
    "post",
    "Pleno rekapitulasi KPU Wonogiri berjalan lancar, pengamanan dibantu Satpol PP dan TNI-Polri. Matur nuwun sedoyo.",
)
N(
    "2024-11-28 08:00",
    "pc1.fb",
    "post",
    "Di TPS dekat rumah paslon 2 menang tipis, selisih 3 suara doang 😂 seru juga nonton penghitungan",
)
N(
    "2024-12-10 05:00",
    "kg1.fb",
    "post",
    "Siapapun gubernur terpilih, semoga amanah dan memperhatikan madrasah swasta.",
)
N(
    "2024-11-27 14:30",
    "km1.ig",
    "post",
    "Hasil di TPS 05 Kepanjen: nomor 1 unggul. Terima kasih warga yang datang tertib dan KPPS yang sabar 🙏",
)
N(
    "2024-11-30 10:00",
    "pv2.ig",
    "post",
    "Selisih tipis Pilwali Kota Malang, kemungkinan ada gugatan ke MK. Kita tunggu prosesnya dengan kepala dingin.",
)
N(
    "2024-11-27 20:00",
    "kt2.fb",
    "post",
    "Alhamdulillah Pilkada di Kota Malang berjalan aman dan damai. Siapapun yang menang, Malang tetap rumah kita bersama.",
)
N(
    "2024-12-18 09:00",
    "bt2.fb",
    "post",
    "Penetapan paslon terpilih Wali Kota Batu di Hotel Golden Tulip, Satpol PP siaga pengamanan sejak pagi.",
)

# --- debates --------------------------------------------------------------------------------------
N(
    "2024-10-25 20:10",
    "kt2.yt",
    "comment",
    "Suara moderatornya kecil sekali, mohon KPU perbaiki audionya.",
    on="kpu_yt_debat",
)
N(
    "2024-10-18T14:30:00Z",
    "kt3.x",
    "post",
    "debat pilgub malam ini: paslon 1 ngomongin tol, paslon 2 pupuk, paslon 3 perempuan. yang bahas transportasi umum gak ada 🙃",
)
N(
    "2024-10-19 09:00",
    "pv1.x",
    "reply",
    "Mohon info, debat ketiga tanggal berapa nggih? Dishub perlu koordinasi pengaturan lalu lintas.",
    on="kpu_x_debat",
)
N(
    "2024-10-17 12:00",
    "kt1.ig",
    "comment",
    "Nobar di sekolah boleh nggak ya min? buat bahan pembelajaran PKn 🙏",
    on="kpu_ig_debat",
)
N(
    "2024-10-24 15:00",
    "bt1.ig",
    "post",
    "Debat Pilwali Batu malam ini di Graha Pancasila. Jl. Diponegoro ditutup mulai 18.00, wisatawan harap lewat jalur alternatif ya 🙏",
)
N(
    "2024-10-26 19:00",
    "kt3.tt",
    "post",
    "rangkuman debat cawali Malang dalam 60 detik. no keberpihakan ya, cuma ngerangkum 🫡",
)
N(
    "2024-11-06 07:00",
    "km2.fb",
    "post",
    "Debat terakhir Pilbup Malang semalam, kedua paslon sama-sama tidak menjawab soal sampah di Kepanjen.",
)
N(
    "2024-10-19 12:00",
    "pv2.x",
    "post",
    "Yang paling bikin kaget dari debat semalam: moderatornya salah sebut nomor paslon sampai dua kali 😅",
)
N(
    "2024-11-11 07:00",
    "kg1.yt",
    "comment",
    "Mohon maaf, acara di Jember ini tanggal berapa nggih? Suara di menit 12 juga hilang.",
    on="j3_yt_orasi",
)
N(
    "2024-10-25 21:15",
    "kt2.yt",
    "comment",
    "Anak-anak saya tugaskan menonton debat ini untuk pelajaran PPKn. Semoga jadi pembelajaran demokrasi yang baik.",
    on="kpu_yt_debat",
)

# --- logistics, KPU/Bawaslu and official duty ------------------------------------------------------
N(
    "2024-11-20 11:00",
    "km2.fb",
    "share",
    "Surat suara untuk Kecamatan Singosari aman, sudah dicek bersama Panwascam.",
    on="radar_fb_logistik",
)
N(
    "2024-11-22 21:00",
    "km2.tt",
    "post",
    "lipat surat suara Pilgub dan Pilbup di gudang, lembur sampai malam 😅 #petugaspemilu",
)
N(
    "2024-11-24 16:00",
    "bt2.fb",
    "post",
    "Masa tenang: Satpol PP Kota Batu menertibkan 312 APK paslon nomor 1 dan nomor 2 di sepanjang Jl. Brantas dan Jl. Diponegoro.",
)
N(
    "2024-10-10 10:00",
    "bt2.fb",
    "post",
    "Penertiban baliho paslon yang dipaku di pohon dan tiang listrik. Semua paslon sama, aturan tetap aturan.",
)
N(
    "2024-11-25 13:00",
    "kt3.x",
    "post",
    "Info Diskominfo: kabar 'TPS dipindah ke balai kota' itu HOAKS. Cek DPT kamu di cekdptonline.kpu.go.id",
)
N(
    "2024-11-27 06:00",
    "km1.fb",
    "post",
    "Tim kesehatan Puskesmas Kepanjen siaga di 40 TPS hari ini. Petugas KPPS yang kelelahan silakan hubungi kami 🚑",
)
N(
    "2024-11-26 10:00",
    "pc1.fb",
    "post",
    "RSUD Pacitan buka posko kesehatan petugas Pilkada 24 jam mulai besok. Semoga semua sehat.",
)
N(
    "2024-11-12 09:00",
    "wg1.fb",
    "post",
    "Distribusi kotak suara ke Kecamatan Baturetno, jalan licin habis hujan, mohon hati-hati para sopir truk.",
)
N(
    "2024-11-15 12:30",
    "kg1.fb",
    "post",
    "Imbauan Kemenag: masjid dan musala tidak boleh dipakai kampanye paslon nomor berapa pun. Mari jaga kesucian rumah ibadah.",
)
N(
    "2024-11-26 09:00",
    "pv1.x",
    "post",
    "Dishub Jatim siapkan angkutan gratis bagi pemilih disabilitas ke TPS di Surabaya tanggal 27. Hubungi call center kami.",
)
N(
    "2024-11-25 15:00",
    "kt2.fb",
    "post",
    "Pengumuman: sekolah libur tanggal 27 November karena Pilkada. Terima kasih Bapak Ibu guru yang bertugas jadi KPPS.",
)
N(
    "2024-11-26 11:00",
    "bt1.ig",
    "post",
    "Wisatawan tetap bisa ke Batu pas Pilkada ya! Sebagian besar tempat wisata buka mulai jam 13.00 tanggal 27 🍎",
)
N(
    "2024-09-23 16:00",
    "kt3.x",
    "post",
    "Live streaming pengundian nomor urut Pilwali Kota Malang sudah bisa ditonton ulang di kanal KPU. Diskominfo bantu siaran ya.",
)
N(
    "2024-11-27 11:00",
    "pv2.ig",
    "post",
    "Samsat Kota Malang tetap buka setengah hari tanggal 27, pegawai bergantian ke TPS.",
)

# --- neutrality reminders --------------------------------------------------------------------------
N(
    "2024-10-02 08:00",
    "kt3.x",
    "post",
    "reminder buat sesama ASN: jangan like/komen/share postingan paslon 1, 2, maupun 3. jempolmu bisa jadi sanksi 🙏",
)
N(
    "2024-10-01 10:00",
    "kg1.fb",
    "comment",
    "Siap, ASN Kemenag Kota Batu netral. Tidak ada nomor satu, dua, atau tiga di akun kami.",
    on="bawaslu_fb_netral",
)
N(
    "2024-09-30 09:00",
    "km2.fb",
    "post",
    "Apel netralitas ASN Kecamatan Singosari. Kami berkomitmen tidak memihak paslon mana pun dalam Pilgub maupun Pilbup Malang.",
)
N(
    "2024-09-27 13:00",
    "pv1.fb",
    "post",
    "Pak Sekda mengingatkan: ASN Pemprov Jatim dilarang berfoto dengan pose jari 1, 2, atau 3 selama masa kampanye. Pakai jempol atau tangan terbuka saja ya 🙏",
)
N(
    "2024-10-15 14:00",
    "bt2.fb",
    "post",
    "Sosialisasi netralitas ASN bersama Bawaslu Kota Batu. Satpol PP wajib netral, apalagi kami yang menertibkan APK.",
)
N(
    "2024-11-01 20:00",
    "pc1.fb",
    "post",
    "Teman-teman nakes, ojo kepancing grup WA kampanye ya. Kita ngayomi semua pasien, pilihan cukup di bilik suara.",
)
N(
    "2024-10-04 14:00",
    "kt1.ig",
    "post",
    "Foto kelas hari ini: anak-anak pose dua jari ✌️ terus aku suruh ganti pose jempol, lagi musim kampanye 😅",
)
N(
    "2024-10-03 10:00",
    "wg1.x",
    "post",
    "ASN Pemkab Wonogiri mengikuti deklarasi netralitas di Pendopo Rumah Dinas Bupati pagi ini.",
)
N(
    "2024-10-01 11:30",
    "km1.fb",
    "comment",
    "Izin share ke grup Puskesmas ya min, biar teman-teman nakes paham batasannya 🙏",
    on="bawaslu_fb_netral",
)
N(
    "2024-11-13 20:30",
    "pc1.fb",
    "post",
    "Kalau ada yang bagi-bagi amplop atas nama paslon nomor berapa pun, laporkan ke Bawaslu ya. Jangan jual suaramu!",
)

# --- questions, complaints, condolences under candidates' posts ----------------------------------
N(
    "2024-10-20 15:00",
    "km2.fb",
    "comment",
    "Jalan di Dampit itu kewenangan provinsi atau kabupaten nggih Pak? Mohon penjelasan biar warga tidak salah paham.",
    on="kab2_fb_jalan",
)
N(
    "2024-10-03 16:40",
    "km1.fb",
    "comment",
    "Pak, tolong kalau kampanye jangan parkir di depan Puskesmas, ambulans susah keluar 🙏",
    on="kab1_fb_kepanjen",
)
N(
    "2024-10-12 10:00",
    "pv2.ig",
    "comment",
    "Harga cabai bukan urusan gubernur saja Pak, distribusi dari petani ke pasar juga perlu dibenahi.",
    on="j2_ig_pasar",
)
N(
    "2024-10-14 13:00",
    "kt1.ig",
    "comment",
    "Supit Urang itu masuk Kota Malang atau Kabupaten sih? baru tau",
    on="kot2_ig_sampah",
)
N(
    "2024-10-30 13:00",
    "kt3.x",
    "reply",
    "1000 beasiswa anggarannya dari mana mas? serius nanya",
    on="kot3_x_program",
)
N(
    "2024-09-24 15:00",
    "bt1.ig",
    "comment",
    "Min, jadwal kampanye di lapangan Bumiaji kapan? Perlu izin pemakaian lapangan dari dinas ya 🙏",
    on="batu1_ig_nomor",
)
N(
    "2024-10-11 16:30",
    "pc1.fb",
    "comment",
    "Mugi-mugi waduk tetap lestari, itu tempat saya dolanan waktu kecil 🥹",
    on="wng1_fb_waduk",
)
N(
    "2024-10-21 08:00",
    "kg1.fb",
    "comment",
    "Innalillahi wa inna ilaihi rajiun. Semoga almarhumah husnul khotimah.",
    on="batu2_fb_duka",
)
N(
    "2024-11-15 19:00",
    "km2.tt",
    "comment",
    "parkir motornya berantakan, warga sekitar lapangan jadi susah lewat",
    on="kab2_tt_kampanye",
)
N(
    "2024-11-10 10:00",
    "kt2.fb",
    "comment",
    "Survei seperti ini sering pesanan. Tunggu saja hasil resmi 27 November.",
    on="radar_fb_survei",
)
N(
    "2024-01-21 08:00",
    "pv1.x",
    "reply",
    "Pak, angkutan umum antarkota di Jawa Timur juga mohon jadi perhatian.",
    on="c03_x",
)
N(
    "2024-01-16 07:00",
    "pv2.x",
    "reply",
    "Jalan nasional di Malang selatan mohon diperhatikan, Pak. Banyak yang berlubang.",
    on="c02_x",
)
N(
    "2024-10-22 12:00",
    "kt2.fb",
    "comment",
    "Pupuk murah bagus, tapi bagaimana pengawasan distribusinya Pak? Selama ini bocor di mana-mana.",
    on="j2_fb_petani",
)
N(
    "2024-09-24 12:00",
    "km1.ig",
    "comment",
    "Semoga Pilkada Kabupaten Malang damai untuk semua paslon dan pendukungnya 🙏",
    on="kab1_ig_nomor",
)
N(
    "2024-10-19 11:00",
    "bt2.fb",
    "comment",
    "Pedagang Pasar Induk yang dipindah sementara kapan bisa balik Pak? Sudah dua tahun.",
    on="batu1_fb_pasar",
)
N(
    "2024-10-27 22:00",
    "kt3.tt",
    "comment",
    "itu kopinya di mana sam? kayaknya enak",
    on="kot3_tt_ngopi",
)
N(
    "2024-11-05 20:00",
    "pc1.fb",
    "comment",
    "Mohon info, perantau yang KTP Wonogiri tapi tinggal di Pacitan bisa nyoblos di mana nggih?",
    on="wng2_fb_perantau",
)
N(
    "2024-01-10 21:00",
    "pv1.x",
    "reply",
    "Mohon maaf Pak, program transportasi publiknya untuk daerah juga atau kota besar saja?",
    on="c01_x",
)

# --- namesakes, acronyms as ordinary words, numbers in everyday use ------------------------------
N(
    "2024-10-20 10:00",
    "bt2.fb",
    "post",
    "Dijual Honda Supra X 125 tahun 2014, pajak hidup, mesin halus. Minat inbox. Lokasi Batu.",
)
N(
    "2024-11-03 21:00",
    "km1.fb",
    "post",
    "Gali lubang tutup lubang, begitulah nasib honorer 😅 semoga gaji PPPK cepat cair",
)
N(
    "2024-10-09 08:00",
    "km2.fb",
    "post",
    "Kerja bakti gali saluran air di Desa Banjararum, warga kompak 💪",
)
N(
    "2024-11-07 19:00",
    "kt2.fb",
    "post",
    "Sekolah harus tegas menghadapi perundungan. Orang tua juga wajib ikut mengawasi anak-anak.",
)
N(
    "2024-11-02 23:00",
    "kt3.x",
    "post",
    "konser Dewa 19 di Malang kemarin pecah parah 🤘 vokalisnya masih joss",
)
N(
    "2024-10-22 12:30",
    "wg1.fb",
    "post",
    "Bakso Pak Joko depan pasar Wonogiri joss tenan, kuahe seger! 🍜",
)
N(
    "2024-10-29 12:00",
    "bt1.ig",
    "post",
    "Menu nomor 2 di Kedai Apel Bu Sum paling enak: strudel apel anget 🍎",
)
N(
    "2024-10-30 08:00",
    "pv1.x",
    "post",
    "Bus Trans Jatim koridor 2 Sidoarjo–Surabaya mulai beroperasi penuh. Tarif umum Rp5.000, pelajar Rp2.500.",
)
N(
    "2024-11-04 09:00",
    "pv2.ig",
    "post",
    "Samsat Kota Malang: loket nomor 1 untuk pajak tahunan, loket nomor 2 untuk balik nama. Biar nggak salah antre 🙏",
)
N(
    "2024-10-21 14:00",
    "kt1.ig",
    "post",
    "Juara 1 lomba cerdas cermat tingkat kota! Bangga sama kalian nak 🥇",
)
N("2024-11-18 21:00", "kt3.tt", "post", "Arema juara 1? mimpi dulu gpp 😭 Salam Satu Jiwa")
N(
    "2024-11-11 08:00",
    "km1.ig",
    "post",
    "Imunisasi tahap 2 di Posyandu Melati RW 03 hari Kamis, buku KIA-nya dibawa ya bunda 🩺",
)
N(
    "2024-11-14 22:00",
    "bt2.fb",
    "post",
    "Regu 3 Satpol PP piket malam di Alun-alun Batu. Aman terkendali 👮",
)
N(
    "2024-10-18 13:00",
    "kg1.fb",
    "post",
    "MAN Kota Batu juara 2 MTQ tingkat provinsi. Alhamdulillah 🤲",
)
N("2024-10-15 04:00", "pc1.tt", "post", "bayi kembar lahir jam 2 pagi tadi, sehat dua-duanya ✌️👶👶")
N(
    "2024-11-08 09:00",
    "wg1.x",
    "post",
    "Pendaftaran PPPK tahap 2 Pemkab Wonogiri dibuka sampai 20 November.",
)
N(
    "2024-10-12 17:00",
    "km2.tt",
    "post",
    "liburan enaknya ke Batu atau Bromo? komen nomor 1 atau 2 👇",
)
N("2024-11-13 06:00", "kt1.th", "post", "kelas 3 hari ini ujian praktik, doakan anak-anakku ya 🙏")
N(
    "2024-11-09 10:00",
    "pv1.fb",
    "post",
    "Terminal Purabaya lantai 2 sekarang punya ruang laktasi. Terima kasih tim Dishub!",
)
N(
    "2024-11-02 10:00",
    "bt1.fb",
    "post",
    "Wisata petik apel Bumiaji: paket 1 Rp35.000, paket 2 Rp50.000 sudah termasuk jus. Yuk ke Batu!",
)
N(
    "2024-10-28 07:00",
    "kt2.fb",
    "post",
    "Satu nusa, satu bangsa, satu bahasa. Selamat Hari Sumpah Pemuda!",
)
N(
    "2024-11-01 05:00",
    "kg1.fb",
    "post",
    "Rahmat Allah meliputi segala sesuatu. Mari perbanyak istighfar di hari Jumat. Aamiin.",
)
N(
    "2024-11-06 12:00",
    "kt3.x",
    "post",
    "kerja sat set gini dong, lampu jalan Soehat langsung diganti sehari setelah dilaporin 👏 (ini dinas PU ya, bukan paslon siapa-siapa)",
)
N(
    "2024-10-30 18:00",
    "pc1.fb",
    "post",
    "Bersih desa di kampung Baturetno, Wonogiri. Kangen suasana adem ayem tentrem 🥹",
)
N("2024-10-17 20:00", "wg1.fb", "post", "Anakku juara kelas, pinter tur bestari. Bapak bangga 😊")
N(
    "2024-10-26 12:00",
    "km1.fb",
    "post",
    "Mbak Lilik tetangga sebelah buka warung pecel, enak pol! mampir ya",
)
N(
    "2024-11-16 08:00",
    "bt2.fb",
    "post",
    "Pak Heru tukang parkir Alun-alun Batu sudah 20 tahun setia. Hormat buat beliau 🫡",
)
N(
    "2024-11-04 14:00",
    "kt2.fb",
    "post",
    "Selamat purna tugas Pak Bambang, guru olahraga kami. Terima kasih atas pengabdian 35 tahun.",
)
N(
    "2024-10-23 16:00",
    "kt1.th",
    "post",
    "konsultasi psikolog gratis buat guru di Dinas Pendidikan tiap Jumat, manfaatin ya teman-teman",
)
N(
    "2024-11-19 20:00",
    "pv1.fb",
    "post",
    "Anak saya bilang ujian matematikanya dapat nilai 3. Ya Allah 😂 tetap semangat nak.",
)
N(
    "2024-10-05 07:00",
    "kg1.fb",
    "post",
    "Semoga Allah memberi kita pemimpin yang adil. Aamiin ya rabbal alamin 🤲",
)

# --- other contests, jokes, complaints about all pairs --------------------------------------------
N(
    "2024-10-05 15:00",
    "km2.fb",
    "post",
    "Pemilihan Kepala Desa antarwaktu Banjararum: selamat kepada Pak Samsul yang terpilih lewat musyawarah desa.",
)
N(
    "2024-10-23 15:00",
    "kt1.ig",
    "post",
    "Pemilihan ketua OSIS: kandidat nomor 2 menang! Selamat Nadia, jadilah pemimpin yang amanah 🥰",
)
N(
    "2024-11-09 22:00",
    "kt3.tt",
    "post",
    "vote idol favoritmu! nomor 3 suaranya paling bagus sih menurutku 🎤",
)
N(
    "2024-11-15 20:00",
    "pv2.x",
    "post",
    "Pemilihan ketua RT 05: nomor 1 Pak Darto, nomor 2 Pak Slamet. Demokrasi level RT seru juga 😂",
)
N(
    "2024-10-19 19:00",
    "bt1.ig",
    "post",
    "Lomba foto wisata Batu: karya nomor 2 juara favorit! Terima kasih yang sudah like 🙏",
)
N(
    "2024-11-16 09:00",
    "km1.ig",
    "post",
    "Pemilihan Duta Kesehatan Remaja Kab. Malang: dukung peserta nomor 1 dari Kepanjen ya, vote lewat link di bio 🙏",
)
N(
    "2024-10-26 21:00",
    "kg1.fb",
    "post",
    "Musyawarah pemilihan ketua takmir masjid: alhamdulillah terpilih secara aklamasi.",
)
N(
    "2024-11-20 12:30",
    "kt3.x",
    "post",
    "paslon 1 janji tol, paslon 2 janji beasiswa, paslon 3 janji wifi gratis. aku cuma mau angkot yang tepat waktu 🥲",
)
N(
    "2024-11-19 07:30",
    "km2.tt",
    "post",
    "baliho nomor 1 sama nomor 2 di perempatan Karanglo nutupi rambu lalu lintas. bahaya rek!",
)
N(
    "2024-11-21 21:00",
    "pv1.x",
    "post",
    "Grup WA keluarga isinya debat nomor 1 vs nomor 2 terus. Aku mute dulu sampai 28 November 🙃",
)
N(
    "2024-11-28 09:00",
    "bt1.ig",
    "post",
    "Setelah pencoblosan, yuk kembali guyub. Pendukung nomor 1 dan nomor 2 sama-sama warga Batu 🤝",
)
N(
    "2024-11-28 10:00",
    "wg1.fb",
    "post",
    "Apapun hasilnya, Wonogiri tetap siji. Sing menang ojo umuk, sing kalah legowo.",
)
N(
    "2024-10-28 12:00",
    "pv1.fb",
    "post",
    "Pilkada Surabaya cuma satu paslon lawan kotak kosong. Unik juga ya demokrasi kita.",
)
N(
    "2024-11-27 12:00",
    "kt3.x",
    "post",
    "ikut jadi saksi TPS? gak lah, ASN wkwk. nyoblos terus balik tidur 😴",
)
N(
    "2024-11-27 08:30",
    "km1.ig",
    "post",
    "Sudah nyoblos! Gunakan hak pilihmu, jangan golput 💜",
    alt="Foto jari kelingking bertinta ungu di depan TPS",
)
N(
    "2024-11-27 09:30",
    "bt2.fb",
    "post",
    "Jari ungu ✔️ Terima kasih KPPS TPS 09 Sisir, pelayanannya ramah.",
)
N(
    "2024-11-25 07:00",
    "kt2.fb",
    "post",
    "Mari gunakan hak pilih 🙏",
    ocr="AYO KE TPS!\n27 NOVEMBER 2024\nKPU KOTA MALANG",
)

# --- Pilpres season ---------------------------------------------------------------------------------
N(
    "2024-01-08 06:00",
    "kt2.fb",
    "post",
    "Debat capres semalam: ketiganya punya kelebihan masing-masing. Silakan menilai sendiri dengan jernih.",
)
N(
    "2024-02-14 10:00",
    "km1.fb",
    "post",
    "Nyoblos di TPS 07, antre 30 menit. Surat suaranya 5 lembar, bingung lipatnya 😂",
)
N(
    "2024-02-15 07:00",
    "pv2.x",
    "post",
    "Quick count pilpres sudah keluar, tapi tetap tunggu rekap resmi KPU tanggal 20 Maret.",
)
N(
    "2024-01-19 13:00",
    "kg1.fb",
    "post",
    "Khutbah Jumat tadi: pilih pemimpin dengan hati nurani, jangan karena amplop. Nomor berapa pun pilihanmu, kita tetap saudara.",
)
N(
    "2024-02-12 09:00",
    "wg1.x",
    "post",
    "Masa tenang pemilu. Satpol PP Wonogiri menurunkan ribuan APK caleg dan capres.",
)
N(
    "2024-02-13 20:00",
    "kt2.fb",
    "post",
    "Besok pencoblosan. Semoga Indonesia tetap damai dan rukun siapa pun presidennya. Amin ya Allah 🤲",
)

# --- C-like, but posted after the own election's window closed (another window still open) -----
N("2025-01-05 20:00", "km1.fb", "post", "Pak Gunawan tetap bupati di hati kami warga Kepanjen 🙏")
N("2025-01-08 19:00", "bt1.ig", "post", "Mbak Dian Puspitasari tetap idola warga Batu 😍")
N(
    "2025-01-20 20:00",
    "pc1.fb",
    "post",
    "Mas Bagus Setiawan, tetap semangat! Wong Wonogiri bangga karo panjenengan 🙏",
)

# ============================================================================================
# A: genuinely ambiguous (reported, not scored)
# ============================================================================================
A(
    "JATIM1 BATU1",
    "2024-11-26 07:00",
    "bt2.fb",
    "post",
    "Pokoknya nomor 1! Wis ora usah mikir maneh.",
)
A("JATIM3 MLGKOT3", "2024-11-20 08:00", "kt3.x", "post", "angka favoritku bulan ini: 3 🤫")
A(
    "WNG1",
    "2024-12-07 10:00",
    "wg1.fb",
    "post",
    "Sugeng Pak Joko Purnomo, Bupati Wonogiri terpilih. Mugi amanah lan ngayomi sedaya warga.",
)
A("MLGKAB2", "2024-11-28 11:00", "km2.fb", "post", "Alhamdulillah, Kabupaten Malang bangkit! 🤲")
A("JATIM3", "2024-10-10 07:00", "kt1.ig", "comment", "😍😍😍", on="j3_ig_perempuan")
A(
    "",
    "2024-11-02 20:00",
    "pv2.ig",
    "post",
    "Malang Raya jangan sampai salah pilih. Yang jelas-jelas kerja, bukan yang cuma janji.",
)
A(
    "JATIM2",
    "2024-11-24 05:00",
    "kg1.fb",
    "post",
    "Pilihlah pemimpin yang dekat dengan ulama dan pesantren. Itu pesan guru-guru kita.",
)
A("WNG2 JATIM2", "2024-11-25 20:00", "pc1.fb", "post", "Loro iku angka sing apik 😊✌️")
A("MLGKAB1", "2024-10-04 07:00", "km1.fb", "share", "", on="kab1_fb_kepanjen")

# ============================================================================================
# O: C-like, naming only candidates, outside every election window
# ============================================================================================
O(
    "MLGKOT1",
    "2024-06-15 20:00",
    "kt2.fb",
    "post",
    "Pak Teguh Santoso itu guru teladan, cocok jadi Wali Kota Malang. Semoga beliau maju!",
)
O(
    "MLGKAB2",
    "2024-07-20 19:00",
    "km2.fb",
    "post",
    "Pak Fauzan Zaini sering ngaji bareng warga Singosari. Pemimpin masa depan Kabupaten Malang!",
)
O(
    "BATU2",
    "2024-08-17 10:00",
    "bt1.ig",
    "post",
    "Upacara 17-an bareng Mas Heru Kurniawan, semoga beliau jadi wali kota Batu berikutnya 🇮🇩",
)
O(
    "JATIM1",
    "2024-05-12 20:00",
    "pv1.x",
    "post",
    "Pak Hendro Wicaksono pantas jadi Gubernur Jatim. Kerja nyata, bukan kata-kata!",
)
O(
    "WNG2",
    "2025-03-01 19:00",
    "pc1.fb",
    "post",
    "Mas Bagus Setiawan tetap di hati wong Wonogiri 🥹 sampai kapan pun",
)
O(
    "CAPRES02",
    "2024-05-05 19:00",
    "km2.tt",
    "post",
    "Prabowo-Gibran presiden wapres pilihan rakyat, mantap! 🇮🇩",
)
O("CAPRES01", "2023-09-03 21:00", "kt3.x", "post", "Anies-Muhaimin duet maut, gas!")
O(
    "JATIM3",
    "2025-02-20 20:00",
    "kt1.th",
    "post",
    "Bu Dewi Kartikasari tetap inspirasi perempuan Jatim 💜",
)
O(
    "CAPRES02",
    "2024-04-25 07:00",
    "pv2.x",
    "post",
    "Prabowo-Gibran resmi ditetapkan, selamat! Saya pendukung dari awal 🦅",
)
O(
    "MLGKAB1",
    "2024-08-26 21:00",
    "km1.ig",
    "post",
    "Besok Pak Gunawan daftar ke KPU, semoga lancar dan jadi Bupati Malang! 🙏",
)

# ============================================================================================
# Bundle writing
# ============================================================================================


def account(key: str) -> tuple[str, str, str, str]:
    """(platform code, handle, user_id, display_name) of a target or other account."""
    if key in TARGET_ACCOUNTS:
        handle, uid, display = TARGET_ACCOUNTS[key]
        return key.rsplit(".", 1)[1], handle, uid, display
    plat, handle, uid, display = OTHER_ACCOUNTS[key]
    return plat, handle, uid, display


def post_url(plat: str, handle: str, post_id: str) -> str:
    if plat == "x":
        return f"https://x.com/{handle}/status/{post_id}"
    if plat == "fb":
        return f"https://www.facebook.com/{handle}/posts/{post_id}"
    if plat == "ig":
        return f"https://www.instagram.com/p/{post_id}/"
    if plat == "tt":
        return f"https://www.tiktok.com/@{handle}/video/{post_id}"
    if plat == "yt":
        return f"https://www.youtube.com/watch?v={post_id}"
    return f"https://www.threads.net/@{handle}/post/{post_id}"


def own_id(plat: str, n: int) -> str:
    """A platform-looking id for the n-th own event."""
    if plat == "x":
        return str(1_810_000_000_000_000_000 + n * 7_919_113)
    if plat == "fb":
        return str(122_300_000_000_000 + n * 9_173)
    if plat == "ig":
        return f"C{n:04d}xSml{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_410_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzSml{n:05d}Kw"
    return f"DB{n:05d}thr"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vSml{n:07d}"
    if plat == "ig":
        return f"DBq{n:06d}Sm"
    return (
        str(1_760_000_000_000_000_000 + n * 104_729)
        if plat in ("x", "tt")
        else str(120_700_000_000_000 + n)
    )


def item_event(n: int, item: Item) -> dict:
    plat, handle, uid, display, bio, location = EMP_ACCOUNTS[item.acct]
    eid_local = own_id(plat, n)
    platform = PLATFORMS[plat]
    target = None
    url = post_url(plat, handle, eid_local)
    if item.on is not None:
        author, when, text = PARENTS[item.on]
        aplat, ahandle, auid, _ = account(author)
        assert aplat == plat, f"{item.key}: answers a {aplat} post from {plat}"
        assert when[:10] <= item.when[:10], f"{item.key}: before its parent"
        pid = parent_id(aplat, item.on)
        target = {
            "post_id": pid,
            "author_user_id": auid,
            "author_handle": ahandle,
            "text": text,
            "url": post_url(aplat, ahandle, pid),
        }
        if plat == "yt":
            url = f"https://www.youtube.com/watch?v={pid}&lc={eid_local}"
    elif item.group is not None:
        gplat, ghandle, guid, _gname = account(item.group)
        assert gplat == "fb" and plat == "fb", item.key
        target = {
            "author_user_id": guid,
            "author_handle": ghandle,
            "url": f"https://www.facebook.com/{ghandle}",
        }
        url = f"https://www.facebook.com/{ghandle}/posts/{eid_local}"
    media = []
    if item.alt or item.ocr:
        image = {
            "kind": "image",
            "url": f"https://cdn.example.org/media/{item.key.lower()}.jpg",
            "sha256": f"{n:064x}",
        }
        if item.alt:
            image["alt_text"] = item.alt
        if item.ocr:
            image["ocr_text"] = item.ocr
        media.append(image)
    assert item.action in ("post", "comment", "reply", "share", "quote"), item.key
    assert item.action == "post" or item.on is not None, (
        f"{item.key}: {item.action} without a parent"
    )
    return {
        "event_id": f"{platform}:{eid_local}:{item.action}:{uid}",
        "platform": platform,
        "action": item.action,
        "occurred_at": item.when,
        "actor": {
            "user_id": uid,
            "handle": handle,
            "display_name": display,
            "bio": bio,
            "location": location,
        },
        "target": target,
        "text": item.text,
        "url": url,
        "media": media,
        "source": "patroli-akun-terdaftar",
    }


def write_csv(path: Path, header: list[str], rows: list[tuple | list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def write_bundle(folder: Path) -> dict[str, Item]:
    """Write the bundle; return event_id -> item."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe political.campaign – Pilkada serentak 2024 (Jatim + Wonogiri) dan Pilpres\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    write_csv(folder / "agencies.csv", ["code", "name", "parent_code", "region_code"], AGENCIES)
    write_csv(
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
        [(*row, "active") for row in EMPLOYEES.values()],
    )
    acc_rows = []
    for key, (plat, handle, uid, display, _bio, _loc) in EMP_ACCOUNTS.items():
        nip = EMPLOYEES[key.split(".")[0]][0]
        acc_rows.append((nip, PLATFORMS[plat], handle, uid, display, "2023-01-16", "true"))
    write_csv(
        folder / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        acc_rows,
    )
    tgt_rows = []
    for tid, (name, kind, election, ballot, party) in TARGETS.items():
        keys = [k for k in TARGET_ACCOUNTS if k.rsplit(".", 1)[0] == tid]
        if not keys:
            tgt_rows.append((tid, name, kind, election, ballot, party, "", "", ""))
        for key in keys:
            plat, handle, uid, _ = account(key)
            tgt_rows.append(
                (tid, name, kind, election, ballot, party, PLATFORMS[plat], handle, uid)
            )
    write_csv(
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
        tgt_rows,
    )
    write_csv(folder / "keywords.csv", ["target_id", "term"], KEYWORDS)
    el_rows = [
        (eid, name, contest, region, stage, start, end)
        for eid, name, contest, region, stages in ELECTIONS
        for stage, start, end in stages
    ]
    write_csv(
        folder / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        el_rows,
    )
    by_event: dict[str, Item] = {}
    with (folder / "events.jsonl").open("w", encoding="utf-8") as fh:
        for n, item in enumerate(ITEMS, start=1):
            event = item_event(n, item)
            assert event["event_id"] not in by_event, event["event_id"]
            by_event[event["event_id"]] = item
            fh.write(json.dumps(event, ensure_ascii=False) + "\n")
    return by_event


# ============================================================================================
# Running and scoring
# ============================================================================================


def run_scan(bundle: Path, findings: Path, workspace: Path) -> str:
    proc = subprocess.run(
        [str(NETRA), "scan", str(bundle), "--out", str(findings), "--workspace", str(workspace)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        what = "bundle unusable (exit 2)" if proc.returncode == 2 else f"exit {proc.returncode}"
        sys.stderr.write(f"netra scan failed: {what}\n{proc.stdout}\n{proc.stderr}\n")
        raise SystemExit(1)
    return proc.stdout + proc.stderr


def read_flags(findings: Path) -> dict[str, set[str | None]]:
    """event_id -> target ids named by political.campaign findings on it."""
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


def describe(item: Item, flagged: set[str | None] | None = None) -> str:
    head = f"[{item.key}] {item.label} target={','.join(item.targets) or '-'}  {item.acct} {item.action} {item.when}"
    if flagged is not None:
        head += f"  finding target={','.join(sorted(str(t) for t in flagged))}"
    lines = [head, f"    text: {item.text}"]
    if item.alt:
        lines.append(f"    alt:  {item.alt}")
    if item.ocr:
        lines.append(f"    ocr:  {item.ocr}")
    if item.on:
        author, _, text = PARENTS[item.on]
        lines.append(f"    answers {author}: {text}")
    if item.group:
        lines.append(f"    in group {account(item.group)[3]}")
    return "\n".join(lines)


def target_verdict(item: Item, named: set[str | None]) -> str:
    """'intended': every named target is intended; 'mixed': some are; 'other': none is."""
    intended = set(item.targets)
    good, bad = named & intended, named - intended
    if good and not bad:
        return "intended"
    return "mixed" if good else "other"


def score(by_event: dict[str, Item], flags: dict[str, set[str | None]], show: bool) -> None:
    def flagged(label: str) -> list[tuple[Item, set[str | None]]]:
        return [
            (it, flags[eid]) for eid, it in by_event.items() if it.label == label and eid in flags
        ]

    def missed(label: str) -> list[Item]:
        return [it for eid, it in by_event.items() if it.label == label and eid not in flags]

    counts = {lab: sum(1 for it in by_event.values() if it.label == lab) for lab in "CNAO"}
    tps, fns, fps = flagged("C"), missed("C"), flagged("N")
    tp, fn, fp = len(tps), len(fns), len(fps)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    a_flagged, o_flagged = flagged("A"), flagged("O")
    verdicts = [(it, t, target_verdict(it, t)) for it, t in tps]
    n_int = sum(1 for *_, v in verdicts if v == "intended")
    n_mix = sum(1 for *_, v in verdicts if v == "mixed")
    n_oth = sum(1 for *_, v in verdicts if v == "other")
    print(
        f"{CATEGORY}  TP={tp} FP={fp} FN={fn}  precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}"
    )
    print(f"found {tp}/{counts['C']} C, missed {fn}; false alarms {fp}/{counts['N']} N")
    print(
        f"A flagged {len(a_flagged)}/{counts['A']};  O (outside window) flagged {len(o_flagged)}/{counts['O']}"
    )
    print(
        f"true positives by target_id: intended only {n_int}, intended + another {n_mix}, "
        f"another target only {n_oth} (of {tp})"
    )
    if not show:
        return
    sections = [
        ("MISSED C", [describe(it) for it in fns]),
        ("FALSE ALARMS N", [describe(it, t) for it, t in fps]),
        ("FLAGGED A", [describe(it, t) for it, t in a_flagged]),
        ("FLAGGED O (outside every window)", [describe(it, t) for it, t in o_flagged]),
        (
            "TRUE POSITIVES NAMING ANOTHER TARGET (only or besides the intended one)",
            [f"({v}) " + describe(it, t) for it, t, v in verdicts if v != "intended"],
        ),
        (
            "EVERY TRUE POSITIVE: intended target?",
            [
                f"[{it.key}] {v:8s} intended={','.join(it.targets)} named={','.join(sorted(str(x) for x in t))}"
                for it, t, v in verdicts
            ],
        ),
    ]
    for title, entries in sections:
        print(f"\n=== {title} ({len(entries)}) ===")
        for entry in entries:
            print(entry)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", action="store_true", help="list misses, false alarms, flagged A/O"
    )
    parser.add_argument("--keep", type=Path, help="write bundle, findings and workspace under DIR")
    args = parser.parse_args(argv)
    counts = {lab: sum(1 for it in ITEMS if it.label == lab) for lab in "CNAO"}
    assert all(it.targets for it in ITEMS if it.label in "CO"), (
        "every C and O item names its targets"
    )
    assert all(t in TARGETS for it in ITEMS for t in it.targets), "unknown target id in a label"
    assert all(k.rsplit(".", 1)[0] in TARGETS for k in TARGET_ACCOUNTS), "account of unknown target"
    assert all(t in TARGETS for t, _ in KEYWORDS), "keyword of unknown target"
    with tempfile.TemporaryDirectory(prefix="netra-probe-simultan-") as tmp:
        root = args.keep.resolve() if args.keep else Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        bundle, findings, workspace = root / "bundle", root / "findings.jsonl", root / "workspace"
        by_event = write_bundle(bundle)
        output = run_scan(bundle, findings, workspace)
        flags = read_flags(findings)
        score(by_event, flags, args.show)
        if args.show:
            print(f"\n=== netra scan output (labels: {counts}) ===")
            print(output.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
