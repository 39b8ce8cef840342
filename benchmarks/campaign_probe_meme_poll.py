# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: memes, polls, quizzes and giveaways.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* The real 2024 presidential pairs with their real ballot numbers (01 Anies-Muhaimin "AMIN",
  02 Prabowo-Gibran, 03 Ganjar-Mahfud), their national campaign teams, public slogans and
  hashtags (all texts invented), and eight real national parties with their 2024 numbers.
* An invented Pilbup Banyumas 2024 (Pilkada, region 33.02): 1 Teguh Santoso - Rina Marlina
  ("TERA", "Banyumas Maju Bersama", volunteers "Sahabat TERA"), 2 Wahyu Hidayat - Siti
  Nurjanah ("WASIS", "Banyumas Wasis, Rakyat Sejahtera", "Sedulur WASIS"), 3 Rudi Hartanto -
  Kurniawati Nugraheni ("RUKUN", "Banyumas Rukun, Banyumas Makmur", "Laskar RUKUN").
  The acronyms are ordinary words too: *tera* (ulang) is the metrology check of market scales,
  *wasis* is Javanese for clever, *rukun* means harmonious (and *rukun iman*).
* Twelve invented civil servants (Pemkab Banyumas, Bawaslu Banyumas secretariat, Pemprov
  Jateng, RSUD Kota Semarang, KPPN Purwokerto, Kankemenag Banyumas, BPS Banyumas) with declared
  accounts on X, Facebook, Instagram, TikTok and Threads.

Events: meme captions and image text (OCR / alt text), "POV", "expectation vs reality" and
"tim 01 vs tim 02" formats, Instagram / X / TikTok / Threads polls (neutral, or ending with the
poster's own call), answers to other people's polls, quizzes and "tebak" games, score
predictions, giveaways (campaign merchandise, pulsa for comments = possible vote buying, and
honest shop / office giveaways), stickers and GIF descriptions.  Look-alikes: lunch and outing
polls with numbered options, football scores, prayers ending in "amin", "gemoy" cats, "sat set"
work, the Kabinet Indonesia Maju, market-scale *tera ulang*, fact-check memes, neutrality
memes and a Bawaslu officer's turnout polls.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words (or the words they put in their image) campaigning for /
  showing support of a target inside that target's election window (parties: any time); lists
  the target ids a correct finding may name.
* ``N``: close but not campaigning.
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates, posted outside every election window; they
  should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_meme_poll.py [--show] [--keep DIR]

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


def iso(when: str) -> str:
    """'2024-01-05 10:22' -> '2024-01-05T10:22:00+07:00'; a trailing '~' leaves the offset out
    (the bundle's timezone applies)."""
    if when.endswith("~"):
        day, hm = when[:-1].split()
        return f"{day}T{hm}:00"
    day, hm = when.split()
    return f"{day}T{hm}:00{TZ}"


# ============================================================================================
# The world
# ============================================================================================

AGENCIES = [
    ("PEMKAB-BMS", "Pemerintah Kabupaten Banyumas", "", "33.02"),
    ("SETDA-BMS", "Sekretariat Daerah Kabupaten Banyumas", "PEMKAB-BMS", "33.02"),
    ("DINKES-BMS", "Dinas Kesehatan Kabupaten Banyumas", "PEMKAB-BMS", "33.02"),
    (
        "DINPERINDAG-BMS",
        "Dinas Perindustrian dan Perdagangan Kabupaten Banyumas",
        "PEMKAB-BMS",
        "33.02",
    ),
    ("DINDIK-BMS", "Dinas Pendidikan Kabupaten Banyumas", "PEMKAB-BMS", "33.02"),
    (
        "DISDUKCAPIL-BMS",
        "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas",
        "PEMKAB-BMS",
        "33.02",
    ),
    ("KEC-SOKARAJA", "Kecamatan Sokaraja", "PEMKAB-BMS", "33.02"),
    ("BAWASLU", "Sekretariat Jenderal Badan Pengawas Pemilihan Umum", "", ""),
    ("BAWASLU-BMS", "Sekretariat Bawaslu Kabupaten Banyumas", "BAWASLU", "33.02"),
    ("PEMPROV-JTG", "Pemerintah Provinsi Jawa Tengah", "", "33"),
    (
        "BAPPEDA-JTG",
        "Badan Perencanaan Pembangunan Daerah Provinsi Jawa Tengah",
        "PEMPROV-JTG",
        "33",
    ),
    ("PEMKOT-SMG", "Pemerintah Kota Semarang", "", "33.74"),
    ("RSUD-WONGSO", "RSUD K.R.M.T. Wongsonegoro Kota Semarang", "PEMKOT-SMG", "33.74"),
    ("KEMENKEU", "Kementerian Keuangan", "", ""),
    ("KPPN-PWT", "KPPN Purwokerto", "KEMENKEU", "33.02"),
    ("KEMENAG", "Kementerian Agama", "", ""),
    ("KANKEMENAG-BMS", "Kantor Kementerian Agama Kabupaten Banyumas", "KEMENAG", "33.02"),
    ("BPS", "Badan Pusat Statistik", "", ""),
    ("BPS-BMS", "Badan Pusat Statistik Kabupaten Banyumas", "BPS", "33.02"),
]

# key -> (nip, name, agency_code, unit, position, employment_type, region_code)
EMPLOYEES = {
    "bms_dinkes": (
        "198304122009022003",
        "dr. Rina Wulandari, M.Kes.",
        "DINKES-BMS",
        "Bidang Kesehatan Masyarakat",
        "Kepala Seksi Promosi Kesehatan",
        "PNS",
        "33.02",
    ),
    "bms_disdag": (
        "197911032005011004",
        "Agus Prasetyo, S.E.",
        "DINPERINDAG-BMS",
        "UPTD Metrologi Legal",
        "Penera Ahli Muda",
        "PNS",
        "33.02",
    ),
    "bms_guru": (
        "198807252014022001",
        "Siti Aminah, S.Pd.",
        "DINDIK-BMS",
        "SMP Negeri 2 Purwokerto",
        "Guru Ahli Pertama",
        "PNS",
        "33.02",
    ),
    "bms_kec": (
        "199201152014061001",
        "Bayu Nugroho, S.STP.",
        "KEC-SOKARAJA",
        "Seksi Pemerintahan",
        "Kepala Seksi Pemerintahan",
        "PNS",
        "33.02",
    ),
    "bms_bawaslu": (
        "198610302011012002",
        "Dewi Kartikasari, S.H.",
        "BAWASLU-BMS",
        "Subbagian Hukum dan Humas",
        "Analis Hukum",
        "PNS",
        "33.02",
    ),
    "jtg_bappeda": (
        "197506182000031002",
        "Ir. Hendra Gunawan, M.T.",
        "BAPPEDA-JTG",
        "Bidang Infrastruktur dan Kewilayahan",
        "Perencana Ahli Madya",
        "PNS",
        "33",
    ),
    "smg_rsud": (
        "199003142015032004",
        "Ns. Maya Puspitasari, S.Kep.",
        "RSUD-WONGSO",
        "Instalasi Gawat Darurat",
        "Perawat Ahli Pertama",
        "PNS",
        "33.74",
    ),
    "kemenkeu": (
        "199502202019021003",
        "Rizky Ramadhan, S.E., M.Ak.",
        "KPPN-PWT",
        "Seksi Pencairan Dana",
        "Pranata Keuangan APBN",
        "PNS",
        "33.02",
    ),
    "kemenag": (
        "197812092003121001",
        "H. Muhammad Fadli, S.Ag., M.Pd.I.",
        "KANKEMENAG-BMS",
        "Seksi Bimas Islam",
        "Penyuluh Agama Islam Ahli Madya",
        "PNS",
        "33.02",
    ),
    "bms_setda": (
        "199409072020122005",
        "Putri Anggraeni, S.I.Kom.",
        "SETDA-BMS",
        "Bagian Protokol dan Komunikasi Pimpinan",
        "Pranata Humas Ahli Pertama",
        "PNS",
        "33.02",
    ),
    "bps": (
        "199711232021041001",
        "Dimas Ardiansyah, S.Tr.Stat.",
        "BPS-BMS",
        "Fungsi Statistik Sosial",
        "Statistisi Ahli Pertama",
        "PNS",
        "33.02",
    ),
    "dukcapil": (
        "198501172010012006",
        "Lestari Handayani, A.Md.",
        "DISDUKCAPIL-BMS",
        "Bidang Pelayanan Pendaftaran Penduduk",
        "Pengadministrasi Kependudukan",
        "PNS",
        "33.02",
    ),
}

# key -> (handle stem, display name, bio, location); every employee declares five accounts.
EMP_PROFILES = {
    "bms_dinkes": (
        "dr.rinawulan",
        "dr. Rina Wulandari",
        "Dinkes Banyumas | promkes | ibu 2 anak",
        "Purwokerto",
    ),
    "bms_disdag": ("agus_penera", "Agus Prasetyo", "Penera @ Disperindag Banyumas ⚖️", "Banyumas"),
    "bms_guru": (
        "bu.siti.aminah",
        "Bu Siti Aminah",
        "Guru SMPN 2 Purwokerto 📚 | ngapak bangga",
        "Purwokerto",
    ),
    "bms_kec": (
        "bayu.sokaraja",
        "Bayu Nugroho",
        "Kasi Pem Kec. Sokaraja | IPDN 21",
        "Sokaraja, Banyumas",
    ),
    "bms_bawaslu": (
        "dewikartika.sh",
        "Dewi Kartikasari",
        "Sekretariat Bawaslu Kab. Banyumas | awasi bersama",
        "Purwokerto",
    ),
    "jtg_bappeda": (
        "hendragunawan_mt",
        "Hendra Gunawan",
        "Perencana @ Bappeda Jateng | pesepeda",
        "Semarang",
    ),
    "smg_rsud": (
        "maya.puspita.ns",
        "Maya Puspitasari",
        "Perawat IGD RSUD Wongsonegoro 💉 | asli Banyumas",
        "Semarang",
    ),
    "kemenkeu": (
        "rizkyramadhan_ak",
        "Rizky Ramadhan",
        "KPPN Purwokerto | #KemenkeuSatu | opini pribadi",
        "Purwokerto",
    ),
    "kemenag": (
        "ustadz.fadli",
        "H. Muhammad Fadli",
        "Penyuluh Agama Islam Kemenag Banyumas",
        "Banyumas",
    ),
    "bms_setda": (
        "putri.anggraeni",
        "Putri Anggraeni",
        "Humas Prokopim Setda Banyumas 📸",
        "Purwokerto",
    ),
    "bps": (
        "dimas.stat",
        "Dimas Ardiansyah",
        "Statistisi BPS Banyumas 📊 | data > opini",
        "Purwokerto",
    ),
    "dukcapil": (
        "lestari.h",
        "Lestari Handayani",
        "Dukcapil Banyumas | layani sepenuh hati",
        "Purwokerto",
    ),
}


def _emp_uid(i: int, plat: str) -> str:
    return {
        "x": str(1_480_000_000_000_000_000 + i * 3_331_777),
        "fb": str(100_070_000_000_000 + i * 4_441),
        "ig": str(48_000_000_000 + i * 55_123),
        "tt": str(6_990_000_000_000_000_000 + i * 7_777_771),
        "th": str(63_100_000_000 + i * 91_337),
    }[plat]


# "key.plat" -> (plat, handle, user_id, display_name, bio, location)
EMP_ACCOUNTS: dict[str, tuple[str, str, str, str, str, str]] = {}
for _i, (_key, (_stem, _disp, _bio, _loc)) in enumerate(EMP_PROFILES.items(), start=1):
    for _plat in ("x", "fb", "ig", "tt", "th"):
        _handle = _stem.replace(".", "_") if _plat == "x" else _stem
        _display = _disp if _plat != "tt" else f"{_disp} 🌿"
        EMP_ACCOUNTS[f"{_key}.{_plat}"] = (
            _plat,
            _handle,
            _emp_uid(_i, _plat),
            _display,
            _bio,
            _loc,
        )

PEMILU_STAGES = [
    ("candidacy", "2023-10-19", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-15", "2024-03-20"),
    ("result", "2024-03-20", "2024-04-24"),
]
PILKADA_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-28", "2024-12-15"),
    ("result", "2024-12-16", "2024-12-16"),
]
# (election_id, name, contest, region_code, stages)
ELECTIONS = [
    (
        "PILPRES2024",
        "Pemilihan Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        PEMILU_STAGES,
    ),
    (
        "PILBUP-BMS-2024",
        "Pemilihan Bupati dan Wakil Bupati Banyumas 2024",
        "regional_head",
        "33.02",
        PILKADA_STAGES,
    ),
]
WINDOWS = {
    eid: (min(s for _, s, _ in stages), max(e for _, _, e in stages))
    for eid, _, _, _, stages in ELECTIONS
}

# target_id -> (name, kind, election_id, ballot_number, party)
TARGETS = {
    "P01": ("Anies Rasyid Baswedan – Abdul Muhaimin Iskandar", "candidate", "PILPRES2024", "1", ""),
    "P02": ("Prabowo Subianto – Gibran Rakabuming Raka", "candidate", "PILPRES2024", "2", ""),
    "P03": ("Ganjar Pranowo – Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", ""),
    "T01": (
        "Tim Nasional Pemenangan Anies-Muhaimin (Timnas AMIN)",
        "campaign_team",
        "PILPRES2024",
        "",
        "",
    ),
    "T02": ("Tim Kampanye Nasional Prabowo-Gibran (TKN)", "campaign_team", "PILPRES2024", "", ""),
    "T03": ("Tim Pemenangan Nasional Ganjar-Mahfud (TPN)", "campaign_team", "PILPRES2024", "", ""),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "PKB"),
    "GER": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", "Gerindra"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", "PDI-P"),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", "Golkar"),
    "NASDEM": ("Partai NasDem", "party", "", "5", "NasDem"),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS"),
    "DEMOKRAT": ("Partai Demokrat", "party", "", "14", "Demokrat"),
    "PSI": ("Partai Solidaritas Indonesia (PSI)", "party", "", "15", "PSI"),
    "BMS1": ("Teguh Santoso – Rina Marlina", "candidate", "PILBUP-BMS-2024", "1", ""),
    "BMS2": ("Wahyu Hidayat – Siti Nurjanah", "candidate", "PILBUP-BMS-2024", "2", ""),
    "BMS3": ("Rudi Hartanto – Kurniawati Nugraheni", "candidate", "PILBUP-BMS-2024", "3", ""),
    "RS1": ("Relawan Sahabat TERA", "campaign_team", "PILBUP-BMS-2024", "", ""),
    "RS2": ("Relawan Sedulur WASIS", "campaign_team", "PILBUP-BMS-2024", "", ""),
    "RS3": ("Relawan Laskar RUKUN", "campaign_team", "PILBUP-BMS-2024", "", ""),
}

# "target_id.plat" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "P01.x": ("aniesbaswedan", "218311442", "Anies Rasyid Baswedan"),
    "P01.fb": ("aniesbaswedan", "100044391847520", "Anies Rasyid Baswedan"),
    "P02.ig": ("prabowo", "1507346621", "Prabowo Subianto"),
    "P02.tt": ("prabowo.gibran", "6812245098765432101", "Prabowo Gibran"),
    "P03.ig": ("ganjar_pranowo", "1489012377", "Ganjar Pranowo"),
    "T01.ig": ("timnas.amin", "60123456789", "Timnas AMIN"),
    "T02.ig": ("tkn.prabowogibran", "60234567890", "TKN Prabowo-Gibran"),
    "T03.x": ("TPN_GanjarMahfud", "1712345678901234567", "TPN Ganjar-Mahfud"),
    "GER.x": ("Gerindra", "142345678", "Partai Gerindra"),
    "PDIP.x": ("PDI_Perjuangan", "98765432", "PDI Perjuangan"),
    "BMS1.ig": ("teguhrina.official", "61234509876", "Teguh – Rina (TERA) Nomor 1"),
    "BMS2.tt": ("wasis.banyumas", "7034567890123456789", "WASIS Banyumas 💚"),
    "BMS3.fb": ("rukun.banyumas", "100089876543210", "RUKUN Banyumas – Nomor 3"),
    "RS1.fb": ("sahabattera.bms", "100089876500011", "Sahabat TERA Banyumas"),
}

KEYWORDS = [
    ("P01", "AMIN"),
    ("P01", "#AMIN"),
    ("P01", "Anies-Muhaimin"),
    ("P01", "#AniesMuhaimin2024"),
    ("P01", "AMIN aja dulu"),
    ("P01", "#AMINajaDulu"),
    ("P01", "slepet"),
    ("P01", "coblos nomor 1"),
    ("P02", "Prabowo-Gibran"),
    ("P02", "#PrabowoGibran2024"),
    ("P02", "#02Melanjutkan"),
    ("P02", "oke gas"),
    ("P02", "gemoy"),
    ("P02", "Bersama Indonesia Maju"),
    ("P02", "coblos nomor 2"),
    ("P03", "Ganjar-Mahfud"),
    ("P03", "#GanjarMahfud2024"),
    ("P03", "sat set tas tas"),
    ("P03", "Gerak cepat menuju Indonesia unggul"),
    ("P03", "coblos nomor 3"),
    ("T01", "Timnas AMIN"),
    ("T02", "TKN Prabowo-Gibran"),
    ("T03", "TPN Ganjar-Mahfud"),
    ("PKB", "PKB"),
    ("GER", "Gerindra"),
    ("GER", "#GerindraMenang"),
    ("PDIP", "PDI Perjuangan"),
    ("PDIP", "banteng moncong putih"),
    ("GOLKAR", "Golkar"),
    ("NASDEM", "NasDem"),
    ("NASDEM", "Restorasi Indonesia"),
    ("PKS", "PKS"),
    ("DEMOKRAT", "Demokrat"),
    ("PSI", "PSI"),
    ("BMS1", "TERA"),
    ("BMS1", "#TERAuntukBanyumas"),
    ("BMS1", "Banyumas Maju Bersama"),
    ("BMS2", "WASIS"),
    ("BMS2", "#BanyumasWasis"),
    ("BMS2", "Banyumas Wasis, Rakyat Sejahtera"),
    ("BMS3", "RUKUN"),
    ("BMS3", "#RUKUNnomor3"),
    ("BMS3", "Banyumas Rukun, Banyumas Makmur"),
    ("RS1", "Sahabat TERA"),
    ("RS2", "Sedulur WASIS"),
    ("RS3", "Laskar RUKUN"),
]

# label shorthands: a pair with its campaign team
GROUPS = {
    "K1": "P01 T01",
    "K2": "P02 T02",
    "K3": "P03 T03",
    "B1": "BMS1 RS1",
    "B2": "BMS2 RS2",
    "B3": "BMS3 RS3",
}

# key -> (plat, handle, user_id, display_name): accounts that are neither employees nor targets
OTHER_ACCOUNTS = {
    "memex": ("x", "memepolitik_id", "1600000000000000001", "Meme Politik Indonesia"),
    "turnbackhoax.x": ("x", "turnbackhoax", "1355550000", "TurnBackHoax.ID"),
    "friend.x": ("x", "dito_ngapak", "1420000000000000077", "Dito Ngapak"),
    "kpu.x": ("x", "KPU_ID", "61234567", "KPU RI"),
    "memeig": ("ig", "receh.politik", "55500011122", "Receh Politik"),
    "memeig.bms": ("ig", "banyumas.receh", "55500033344", "Banyumas Receh"),
    "shop.ig": ("ig", "kopiwage.pwt", "55500055566", "Kopi Wage Purwokerto"),
    "dagelan.tt": ("tt", "dagelan.pemilu", "6900000000000000123", "Dagelan Pemilu"),
    "pulsa.tt": ("tt", "bagi2pulsa.rakyat", "6900000000000000456", "Bagi Pulsa Rakyat"),
    "news.fb": ("fb", "banyumasekspres", "100055512345678", "Banyumas Ekspres"),
    "grup.fb": ("fb", "infopurwokerto", "3456789012345", "Info Purwokerto & Sekitarnya"),
    "friend.th": ("th", "anak.purwokerto", "63000000001", "anak purwokerto"),
}

# key -> (author account key, occurred_at, text): posts the employees answer, quote or share
PARENTS = {
    "meme_x_debat": (
        "memex",
        iso("2024-01-06 09:00"),
        "Meme: Tim 01 pas debat bawa data, tim lain bawa joget 😂 #AMIN",
    ),
    "meme_x_tiga": (
        "memex",
        iso("2024-01-20 12:00"),
        "Jateng kandang banteng, nomor 3 mana suaranya? 🐂 (meme)",
    ),
    "thb_x_meme": (
        "turnbackhoax.x",
        iso("2024-01-31 09:00"),
        "[SALAH] Meme 'KPU sudah umumkan pemenang Pilpres 2024' beredar di media sosial. Faktanya pemungutan suara baru 14 Februari.",
    ),
    "poll_x_friend": (
        "friend.x",
        iso("2023-12-01 20:00"),
        "Polling iseng pilpres: A. 01 Anies-Muhaimin B. 02 Prabowo-Gibran C. 03 Ganjar-Mahfud. Jawab di reply!",
    ),
    "quiz_x_friend": (
        "friend.x",
        iso("2024-01-10 19:00"),
        "Tebak-tebakan: ASN di kantormu diam-diam dukung siapa? 😂",
    ),
    "debat_x_kpu": (
        "kpu.x",
        iso("2024-01-06 08:00"),
        "Debat ketiga Capres Pemilu 2024 besok, Minggu 7 Januari pukul 19.00 WIB. Tema: pertahanan, keamanan, hubungan internasional, geopolitik.",
    ),
    "hoax_x_bms": (
        "friend.x",
        iso("2024-10-07 18:00"),
        "Viral! Cabup nomor 2 bagi-bagi amplop di Purwokerto 😱",
    ),
    "poll_ig_meme": (
        "memeig",
        iso("2024-01-15 18:00"),
        "POLLING: Kalau pilpres hari ini, kamu pilih siapa? A. 01 B. 02 C. 03 — komen di bawah!",
    ),
    "poll_ig_bms": (
        "memeig.bms",
        iso("2024-10-05 19:00"),
        "POLLING PILBUP BANYUMAS: 1 TERA, 2 WASIS, 3 RUKUN. Komen pilihanmu, Lur!",
    ),
    "ga_ig_tkn": (
        "T02.ig",
        iso("2023-12-10 19:00"),
        "GIVEAWAY 10 kaos Prabowo-Gibran! Follow, like, komen #PrabowoGibran2024 + tag 3 teman 🎁",
    ),
    "ga_ig_amin": (
        "T01.ig",
        iso("2024-01-08 19:00"),
        "Giveaway merchandise AMIN! Komen 'Anies-Muhaimin Presidenku' dan tag 3 teman 🎁",
    ),
    "ga_ig_kopi": (
        "shop.ig",
        iso("2024-02-07 10:00"),
        "GIVEAWAY Kopi Wage! Follow, like, tag 2 teman. 3 pemenang dapat 1 kg biji kopi Banyumas ☕",
    ),
    "poll_tt_dagelan": (
        "dagelan.tt",
        iso("2024-01-17 12:00"),
        "Polling netizen: 01, 02 atau 03? Komen nomormu! 🗳️",
    ),
    "ga_tt_pulsa": (
        "pulsa.tt",
        iso("2024-01-19 20:00"),
        "Yang komen 02 dapat pulsa 50rb! 100 orang pertama 💸✌️",
    ),
    "tt_p02_joget": ("P02.tt", iso("2024-01-14 19:00"), "Oke gas oke gas! 🕺 #PrabowoGibran2024"),
    "tt_bms2_video": (
        "BMS2.tt",
        iso("2024-10-14 10:00"),
        "Kampanye dialogis WASIS di Kecamatan Ajibarang 💚 #BanyumasWasis",
    ),
    "fb_news_debat": (
        "news.fb",
        iso("2023-12-22 21:00"),
        "Nonton bareng debat cawapres di alun-alun Purwokerto malam ini dipadati warga.",
    ),
    "fb_p01_kampanye": (
        "P01.fb",
        iso("2024-02-08 10:00"),
        "Kampanye akbar AMIN di JIS, Sabtu 10 Februari. Perubahan untuk Indonesia!",
    ),
    "fb_bms3_kampanye": (
        "BMS3.fb",
        iso("2024-11-07 16:00"),
        "Kampanye RUKUN di Lapangan Sokaraja. Banyumas Rukun, Banyumas Makmur!",
    ),
    "th_poll_friend": (
        "friend.th",
        iso("2024-02-09 19:00"),
        "poll terakhir sebelum masa tenang: A 01, B 02, C 03, D rahasia 🤫",
    ),
}


@dataclass
class Item:
    """One labelled event."""

    key: str
    label: str  # C, N, A, O
    targets: tuple[str, ...]
    when: str  # occurred_at as written in events.jsonl
    acct: str  # employee account key
    action: str
    text: str
    on: str | None = None  # key in PARENTS
    alt: str | None = None
    ocr: str | None = None
    group: str | None = None  # account key of the group a post was made in


ITEMS: list[Item] = []


def _expand(targets: str) -> tuple[str, ...]:
    out: list[str] = []
    for tok in targets.split():
        out.extend(GROUPS.get(tok, tok).split())
    return tuple(out)


def _add(label: str, targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    ITEMS.append(
        Item(
            f"{label}{len(ITEMS) + 1:03d}",
            label,
            _expand(targets),
            iso(when),
            acct,
            action,
            text,
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
# Labelled events
# ============================================================================================

# --- Memes (Pilpres 2024): captions, image text, POV, expectation vs reality, tim 01 vs 02 ---
C(
    "K2",
    "2024-01-08 19:40",
    "bms_guru.ig",
    "post",
    "relate banget wkwk 🤣 #02Melanjutkan",
    ocr="When kamu udah yakin 02 tapi temen kantor masih bingung",
)
C(
    "K1",
    "2023-12-14 21:05",
    "kemenkeu.x",
    "post",
    "Expectation vs reality debat capres. Expectation: adu gagasan. Reality: cuma satu yang bawa data. Udah jelas lah, AMIN aja dulu 😌",
)
C(
    "K3",
    "2024-01-22 07:15",
    "smg_rsud.tt",
    "post",
    "POV: kamu perawat yang udah capek sama janji manis, terus liat Pak Ganjar sat set turun ke puskesmas. Tanggal 14 tau kan nomor berapa 😉3️⃣",
)
C(
    "K2",
    "2023-12-23 20:00",
    "bms_kec.x",
    "post",
    "Tim 01 pas debat: nyatet. Tim 03: marah2. Tim 02: santai joget gemoy tapi menang 😎 udah paling bener Prabowo-Gibran",
)
C(
    "K1",
    "2024-01-05 12:30",
    "jtg_bappeda.fb",
    "post",
    "Meme hari ini 😂",
    ocr="ORANG LAIN: pilih yang gemoy\nAKU: pilih yang punya gagasan\n#AniesMuhaimin2024",
)
C(
    "K3",
    "2024-02-02 18:22",
    "bms_dinkes.ig",
    "post",
    "Teman-teman nakes, jangan lupa ya 😊",
    alt="Meme gambar tiga jari diangkat dengan tulisan: 'Dokter bilang minum obat 3x sehari. Aku bilang: coblos nomor 3 sekali aja'",
)
C(
    "K2",
    "2024-01-28 09:10",
    "bms_setda.th",
    "post",
    "nggak ada yang lebih gemoy dari capres nomor 2 🥰 yg setuju angkat dua jari ✌️",
)
C(
    "K1",
    "2023-12-30 22:47",
    "bps.x",
    "post",
    "expectation: tahun baru resolusi baru. reality: resolusinya cuma satu, perubahan bareng Anies-Imin 🗳️ #AMIN",
)
C(
    "K2",
    "2024-02-08 16:00",
    "dukcapil.fb",
    "post",
    "😂😂😂 relate",
    ocr="Suami: kamu pilih siapa?\nAku: yang joget-joget itu lho\nSuami: sama dong\nKeluarga kompak 02 ✌️",
)
C(
    "K3",
    "2024-01-14 20:30",
    "kemenag.fb",
    "post",
    "Bukan soal meme, tapi soal rekam jejak. Ganjar-Mahfud, tuntas! 🙏",
    ocr="Yang lain sibuk joget, Pak Mahfud sibuk ngurus hukum",
)
C(
    "K1",
    "2024-01-19 23:10",
    "smg_rsud.x",
    "reply",
    "wkwk ini aku banget. Slepet pake sarung Cak Imin 🔥 1️⃣",
    on="meme_x_debat",
)
C(
    "K2",
    "2023-11-29 10:05",
    "bms_guru.tt",
    "post",
    "POV: murid-muridku nanya bu guru pilih siapa, aku jawab pokoknya yang gemoy 🤭💙 (jangan bilang kepsek ya)",
)
C(
    "K3",
    "2024-02-10 21:00",
    "jtg_bappeda.x",
    "quote",
    "Meme paling jujur minggu ini. Jateng kandang banteng, 03 menang total! 🐂",
    on="meme_x_tiga",
)
C(
    "K2",
    "2024-01-11 13:33",
    "kemenkeu.ig",
    "post",
    "Ngantor dulu gaes ☕",
    alt="Selfie di meja kerja memakai kaos biru muda bergambar kartun Prabowo-Gibran",
    ocr="Bersama Indonesia Maju — Prabowo Gibran 2024",
)
C(
    "K1",
    "2024-01-25 20:20",
    "bms_kec.th",
    "post",
    "expectation: ASN harus netral. reality: hati udah terlanjur AMIN 🫶 ssst",
)
C(
    "K3",
    "2023-12-05 08:00",
    "bms_dinkes.fb",
    "post",
    "Meme pagi buat yang masih galau 😁",
    ocr="GALAU PILIH SIAPA?\nPilih yang rambutnya putih & berpengalaman\nGanjar–Mahfud 03",
)
C(
    "K2",
    "2024-02-12 22:15",
    "bms_setda.ig",
    "post",
    "lusa jangan salah kamar ya 🤫",
    ocr="Nomor 2 itu bukan cuma kamar mandi, tapi juga masa depan Indonesia ✌️ #PrabowoGibran",
)
C(
    "K1",
    "2024-01-02 19:00",
    "dukcapil.tt",
    "post",
    "Tim 01 pas debat vs tim lain pas debat 😂 bedanya jelas, yang satu mikir, yang lain mikir mau joget apa. Pilih nomor 1 ya bestie",
)
C(
    "K3",
    "2023-10-25 20:00",
    "smg_rsud.fb",
    "post",
    "Kuis: siapa bakal capres yang paling sering blusukan ke RS di Semarang? Jawabanku Pak Ganjar, dari dulu dukung beliau 🙏 #GanjarPresiden",
)
C(
    "K1",
    "2023-11-05 19:00",
    "bps.ig",
    "post",
    "Meme: 'Aku butuh perubahan' — bukan cuma soal potongan rambut 💇 tapi juga presiden. Anies-Muhaimin! #AMIN",
)
C(
    "K2",
    "2023-11-20 21:00",
    "bms_setda.x",
    "post",
    "Gibran cawapres termuda, meme-nya lucu2 tapi beneran aku dukung Prabowo-Gibran 💙 #PrabowoGibran2024",
)
C(
    "K2",
    "2023-12-06 19:00",
    "kemenkeu.tt",
    "post",
    "POV: pegawai Kemenkeu lihat program makan siang gratis 👀 ... tetep dukung 02, Prabowo-Gibran pasti bisa 💪",
)
C(
    "K1",
    "2024-02-01 20:00",
    "bms_guru.x",
    "post",
    "Meme buat para guru honorer 📚",
    ocr="GURU HONORER BUTUH PERUBAHAN\nPILIH NOMOR 1\nAMIN",
)
C(
    "K2",
    "2024-02-11 08:00",
    "bms_disdag.fb",
    "post",
    "Sebentar lagi! Jangan lupa yang gemoy nomor dua ✌️",
    alt="Meme anak kucing gendut mengangkat dua jari dengan tulisan 'Gemoy 02'",
)
C(
    "GER K2",
    "2024-01-30 19:30",
    "bms_kec.ig",
    "post",
    "Meme garuda: 'Yang merah putih pilih Gerindra & Prabowo' 🦅 coblos 2 dua-duanya!",
)

N(
    "2024-01-08 19:45",
    "kemenkeu.x",
    "post",
    "Tim 01 pas debat: live tweet. Tim 02: bikin TikTok. Tim 03: debat sama grup keluarga. ASN: nunggu SK kenaikan pangkat 🙃",
)
N(
    "2024-02-05 12:00",
    "bms_guru.ig",
    "post",
    "Yang penting nyoblos! Jangan golput ya 14 Februari 🗳️",
    ocr="Pilihan boleh beda, yang penting datang ke TPS",
)
N(
    "2023-12-20 16:10",
    "bms_kec.fb",
    "post",
    "POV: kamu ASN pas grup WA keluarga ribut soal capres 🫠",
    ocr="ASN: *membisu* *netral* *tetap senyum*",
)
N(
    "2024-01-15 09:00",
    "bms_setda.x",
    "post",
    "Expectation vs reality laporan akhir tahun. Expectation: selesai Desember. Reality: Januari masih revisi 😭",
)
N(
    "2024-01-30 20:11",
    "jtg_bappeda.th",
    "post",
    "Meme netralitas: 'ASN netral itu bukan gak punya pilihan, tapi pilihannya disimpan sampai bilik suara.' Setuju banget 👍",
)
N(
    "2024-02-01 11:30",
    "bps.x",
    "quote",
    "Hati-hati meme hoaks. Gambar yang bilang 'KPU sudah umumkan pemenang' itu editan, cek faktanya di sini 👇",
    on="thb_x_meme",
)
N(
    "2023-12-01 07:30",
    "smg_rsud.ig",
    "post",
    "Shift malam tuh gini",
    ocr="Expectation: pasien tidur nyenyak. Reality: IGD kayak konser",
)
N(
    "2024-01-21 21:40",
    "dukcapil.x",
    "post",
    "Debat cawapres malam ini bikin timeline rame banget. Apapun pilihanmu, tetap jaga pertemanan ya 🙏",
)
N(
    "2024-02-14 13:00",
    "bms_dinkes.ig",
    "post",
    "Udah nyoblos! Jari ungu = tanda peduli 💜",
    alt="Foto jari kelingking bertinta ungu di depan TPS 07",
)
N(
    "2024-01-03 15:20",
    "kemenag.x",
    "post",
    "POV: kamu lagi pasang spanduk 'ASN Netral' di kantor tapi angin kenceng banget 🌬️😂",
)
N(
    "2023-12-18 10:00",
    "bms_guru.tt",
    "post",
    "Tebak-tebakan buat murid: kenapa pemilu harus jujur? Karena kalau curang, nilai demokrasinya remedial 😄 #PemiluDamai",
)
N(
    "2024-02-09 19:30",
    "kemenkeu.th",
    "post",
    "Meme tiga capres lagi rebutan remote TV, caption: 'Keluarga Indonesia tiap debat'. Ngakak, adil semua kena 🤣",
)
N(
    "2024-01-17 08:45",
    "bms_setda.fb",
    "post",
    "Gemoy banget kucing kantor kita pagi ini 🐱",
    alt="Kucing oren gendut tidur di atas tumpukan map",
)
N(
    "2024-01-26 17:00",
    "jtg_bappeda.ig",
    "post",
    "Kerja tim itu harus sat set, biar laporan RKPD cepat tuntas 💪",
)
N(
    "2023-11-30 09:15",
    "kemenag.fb",
    "post",
    "Semoga Pemilu 2024 berjalan damai, jujur dan adil. Aamiin ya rabbal alamin 🤲",
)
N(
    "2024-02-06 14:00",
    "bms_kec.ig",
    "post",
    "Perubahan jadwal apel pagi mulai Senin jadi jam 07.15 ya rekan-rekan 🙏",
)
N(
    "2023-12-10 20:40",
    "smg_rsud.x",
    "post",
    "Expectation: libur akhir pekan. Reality: dipanggil jaga karena temen sakit. Gapapa, yang penting pasien aman 💉",
)
N(
    "2024-01-12 10:30",
    "bps.ig",
    "post",
    "Meme statistik: 'Survei bilang 3 dari 4 orang nggak baca metodologi' 😅 yuk melek data sebelum percaya hasil survei elektabilitas",
)
N(
    "2023-12-14 21:30",
    "bms_guru.x",
    "post",
    "Tim dengerin debat sambil koreksi ujian semester 🙋‍♀️ siapa lagi?",
)
N(
    "2024-01-19 19:00",
    "kemenkeu.fb",
    "post",
    "Mas-mas Kemenkeu kalau ditanya pilih capres siapa: 'Maaf, informasi ini dikecualikan berdasarkan UU KIP' 😂",
)
N(
    "2024-02-12 19:00",
    "bms_kec.ig",
    "post",
    "Masa tenang kampanye. Yuk bersihkan medsos dari ujaran kebencian, siapapun pilihannya 🕊️",
)
N(
    "2024-01-16 21:00",
    "kemenag.x",
    "post",
    "'Amin' itu doa, bukan cuma singkatan 😄 semoga pemilu kita aman, damai, dan penuh berkah. Aamiin.",
)
N(
    "2024-01-03 09:00",
    "bms_dinkes.th",
    "post",
    "POV: puskesmas buka vaksinasi massal, antrian nomor 1 sampai 300 😵",
)
N(
    "2024-02-02 10:00",
    "jtg_bappeda.th",
    "post",
    "Expectation: rapat koordinasi 1 jam. Reality: 4 jam karena ada yang bilang 'izin menambahkan' 🙃",
)
N(
    "2023-11-28 08:00",
    "bms_setda.ig",
    "post",
    "Hari pertama kampanye Pemilu 2024. Pemkab Banyumas mengingatkan seluruh ASN untuk menjaga netralitas 🙏",
    ocr="ASN NETRAL\nBangga Melayani Bangsa",
)
N(
    "2024-02-13 12:00",
    "kemenkeu.ig",
    "post",
    "Meme: 'Besok yang dicoblos kertas suara, bukan hati mantan' 😂 Ayo ke TPS!",
)
N(
    "2024-01-25 21:00",
    "bms_kec.x",
    "quote",
    "Ini meme lucu tapi tolong jangan disebar di grup dinas ya rekan-rekan ASN, kita jaga netralitas 🙏",
    on="meme_x_tiga",
)
N(
    "2024-01-29 19:30",
    "bms_guru.x",
    "post",
    "Kelas 8 bikin poster pemilu damai: 'Beda pilihan tetap teman' 🥹 bangga banget",
    alt="Poster murid bergambar tiga tangan bergandengan dengan tulisan 'Beda Pilihan Tetap Teman'",
)
N(
    "2024-02-15 09:10",
    "dukcapil.th",
    "post",
    "Meme pasca nyoblos: 'Grup keluarga mendadak damai setelah quick count, semua sibuk kirim stiker selamat pagi' 😂",
)

# --- Polls (Pilpres 2024): the poster's own call vs neutral polls; answers to others' polls ---
C(
    "K2",
    "2024-01-09 20:00",
    "bms_kec.ig",
    "post",
    "Pilih mana? A. 01 B. 02 C. 03 — vote ya! kalau aku sih jelas B 😎✌️",
    alt="Stiker polling Instagram story: 01 / 02 / 03",
)
C(
    "K1",
    "2023-12-16 19:00",
    "kemenkeu.x",
    "post",
    "Polling jujur2an: A. 01 B. 02 C. 03\nRT biar rame. Aku udah pasti A, Anies-Muhaimin, no debat 🙏",
)
C(
    "K3",
    "2024-01-31 21:15",
    "smg_rsud.th",
    "post",
    "Polling perawat Semarang: siapa yang paling peduli nakes? 1, 2 atau 3? Buatku 3 sih, Pak Ganjar pernah sidak RS malem2 🫡",
)
C(
    "K2",
    "2024-02-03 08:30",
    "dukcapil.fb",
    "post",
    "POLLING WARGA: 01 / 02 / 03? komen di bawah ya. Keluarga saya sudah bulat 02, Prabowo-Gibran lanjutkan!",
    group="grup.fb",
)
C(
    "K1",
    "2024-01-20 22:00",
    "bps.th",
    "post",
    "poll iseng: siapa yang paling cocok jadi presiden? ketik 1 / 2 / 3. sebagai orang data, aku pilih yang pakai data, nomor 1 🤓",
)
C(
    "K3",
    "2024-02-07 12:05",
    "bms_guru.fb",
    "post",
    "Pilih mana buat Indonesia 5 tahun ke depan? Kalau saya, guru butuh pemimpin yang tuntas: Ganjar-Mahfud 🙏 #GanjarMahfud2024",
)
C(
    "K2",
    "2023-12-27 18:45",
    "jtg_bappeda.x",
    "reply",
    "Opsi B tentu saja. 02 satu putaran! 🇮🇩",
    on="poll_x_friend",
)
C(
    "K1",
    "2024-01-16 19:10",
    "bms_setda.ig",
    "comment",
    "Aku vote A kak, AMIN paling masuk akal 💯",
    on="poll_ig_meme",
)
C(
    "K3",
    "2024-01-16 20:02",
    "kemenag.ig",
    "comment",
    "C dong! Sat set tas tas, Ganjar-Mahfud 🔥",
    on="poll_ig_meme",
)
C("K2", "2024-01-16 21:30", "bms_dinkes.ig", "comment", "B ✌️✌️ gemoy everywhere", on="poll_ig_meme")
C(
    "K2",
    "2024-01-29 07:50",
    "bms_kec.tt",
    "comment",
    "02 bang, udah ga usah polling lagi, pasti menang 😎",
    on="poll_tt_dagelan",
)
C(
    "K1",
    "2024-01-29 08:20",
    "smg_rsud.tt",
    "comment",
    "satu satu satu! perubahan harga mati ☝️",
    on="poll_tt_dagelan",
)
C(
    "K3",
    "2024-02-04 20:00",
    "bps.x",
    "quote",
    "Poll ini bias sampel wkwk, tapi ya tetap kupilih opsi C. Ganjar presiden 🗳️",
    on="poll_x_friend",
)
C(
    "K2 GER",
    "2024-02-01 13:00",
    "dukcapil.x",
    "post",
    "Hasil polling grup RT kami: 02 unggul telak 🎉 Yang belum milih, yuk bareng Gerindra dan Prabowo-Gibran!",
)
C(
    "K3 PDIP",
    "2024-01-24 20:20",
    "jtg_bappeda.fb",
    "post",
    "Polling: Jateng tetap merah? ❤️ Ketik MERAH kalau setuju. Saya sih merah sampai mati, PDI Perjuangan & Ganjar-Mahfud!",
)
C(
    "K2",
    "2024-02-09 21:00",
    "smg_rsud.th",
    "reply",
    "kalau aku pilih B dong, gemoy forever 😆",
    on="th_poll_friend",
)
C(
    "K1",
    "2024-02-09 21:15",
    "bms_kec.th",
    "reply",
    "A! AMIN!! biar perubahan beneran",
    on="th_poll_friend",
)
C(
    "K1",
    "2024-02-09 20:00",
    "bms_dinkes.fb",
    "comment",
    "Insya Allah AMIN 🤲 perubahan untuk Indonesia, sampai ketemu di JIS!",
    on="fb_p01_kampanye",
)
C(
    "K3",
    "2024-02-09 20:10",
    "jtg_bappeda.fb",
    "comment",
    "Ganjar-Mahfud menang! Jateng kompak 03 🙌",
    on="fb_news_debat",
)
C(
    "PSI",
    "2023-12-03 20:00",
    "bps.x",
    "reply",
    "Aku bukan A B C, aku PSI nomor 15, partainya anak muda! 🐘 udah fix",
    on="poll_x_friend",
)

N(
    "2024-01-10 11:00",
    "bms_setda.ig",
    "post",
    "Polling makan siang tim Prokopim: pilih nomor 1 nasi padang, 2 soto sokaraja, 3 mendoan + nasi rames. Vote ya!",
    alt="Stiker polling: 1 / 2 / 3",
)
N(
    "2024-02-11 10:00",
    "bms_bawaslu.ig",
    "post",
    "Polling Bawaslu: Menurutmu berapa persen partisipasi pemilih Banyumas di Pemilu 2024? A. <70% B. 70–80% C. >80%. Ayo datang ke TPS 14 Februari!",
)
N(
    "2023-12-16 19:30",
    "bms_kec.x",
    "post",
    "Polling: sudah cek DPT online belum? A. Sudah B. Belum C. Gak tau caranya. Yang C, cek di cekdptonline.kpu.go.id ya",
)
N(
    "2024-01-16 19:40",
    "bps.ig",
    "comment",
    "Maaf kak, aku ASN, skip dulu ya polling ini 🤐",
    on="poll_ig_meme",
)
N(
    "2024-01-29 09:00",
    "bms_guru.tt",
    "comment",
    "Rahasia dong, LUBER JURDIL 🤫",
    on="poll_tt_dagelan",
)
N(
    "2024-01-05 15:15",
    "kemenkeu.ig",
    "post",
    "Pilih mana buat outing kantor? 1. Baturraden 2. Dieng 3. Pantai Menganti. Vote di story ya!",
)
N(
    "2023-12-28 13:00",
    "smg_rsud.fb",
    "post",
    "Polling untuk rekan perawat: shift favorit kalian? 1 pagi, 2 siang, 3 malam 😅",
)
N(
    "2024-01-18 20:00",
    "jtg_bappeda.x",
    "post",
    "Polling ini bukan soal capres ya: menurut kalian prioritas pembangunan Jateng 2025 apa? A. Jalan B. Air bersih C. Stunting D. Lapangan kerja",
)
N(
    "2024-02-06 21:00",
    "dukcapil.th",
    "post",
    "Poll: kalian tim nonton quick count di TV atau nunggu real count KPU? 📺",
)
N(
    "2024-02-01 09:30",
    "bms_dinkes.fb",
    "post",
    "Polling dinkes: senam Jumat pakai lagu apa? 1. Gemu Famire 2. Maumere 3. Ojo Dibandingke 💃",
)
N(
    "2024-02-04 20:30",
    "kemenag.x",
    "reply",
    "Saya ASN, tidak ikut polling. Tapi ayo semua datang ke TPS 14 Februari 🙏",
    on="poll_x_friend",
)
N(
    "2024-01-23 18:00",
    "bps.x",
    "post",
    "Polling Twitter itu bukan survei ya gaes. Sampelnya self-selected, jadi jangan dijadiin patokan elektabilitas 01, 02 atau 03 📊",
)
N(
    "2023-12-02 10:00",
    "smg_rsud.th",
    "post",
    "Pilih mana: A. shift pagi tapi macet B. shift malam tapi sepi. Perawat Semarang jawab!",
)
N(
    "2023-12-24 19:00",
    "jtg_bappeda.ig",
    "post",
    "Polling libur Nataru: tim 1 liburan ke Dieng, tim 2 di rumah aja, tim 3 lembur 🥲 aku tim 3",
)
N("2024-02-09 22:00", "bms_dinkes.th", "reply", "Aku pilih D: rahasia 🤐", on="th_poll_friend")
N(
    "2024-01-17 21:00",
    "dukcapil.tt",
    "comment",
    "Hahaha ngakak, kolom komennya rame banget 😂 aku nonton aja",
    on="poll_tt_dagelan",
)
N(
    "2024-02-09 20:30",
    "kemenag.fb",
    "comment",
    "Semoga kampanye akbarnya tertib dan tidak macet ya, kasihan warga yang mau ke rumah sakit 🙏",
    on="fb_p01_kampanye",
)

# --- Quizzes, "tebak" games and score predictions (Pilpres 2024) ---
C(
    "K2",
    "2024-01-13 21:00",
    "bms_setda.tt",
    "post",
    "Tebak siapa capres favorit aku 🤭 clue: suka joget, matanya ilang kalau ketawa, wakilnya anak muda Solo ✌️",
)
C(
    "K1",
    "2024-01-07 20:30",
    "smg_rsud.ig",
    "post",
    "Quiz: siapa capres favorit aku? Hint: mantan gubernur Jakarta, wakilnya Cak Imin. Jawaban: AMIN dong 😆",
)
C(
    "K3",
    "2023-12-19 19:20",
    "bms_dinkes.th",
    "post",
    "Tebak-tebakan: apa bedanya Ganjar sama sinyal? Sinyal kadang ilang, Ganjar selalu hadir buat rakyat 😁 03 pokoke!",
)
C(
    "K2",
    "2024-02-09 22:00",
    "bms_kec.x",
    "post",
    "Tebak skor pilpres versi aku: 02 menang satu putaran 60%+ 🔥 aamiin, doain ya gaes #PrabowoGibran2024",
)
C(
    "K1",
    "2024-02-10 20:45",
    "kemenkeu.th",
    "post",
    "Tebak skor: 01 masuk putaran kedua dan menang. Harus! Ayo kawan perubahan, bikin ini kejadian 💪",
)
C(
    "K3",
    "2024-01-27 10:00",
    "kemenag.ig",
    "post",
    "Kuis akhir pekan: siapa cawapres yang paling paham hukum? Jawabannya pasti Prof. Mahfud. Pilihanku jelas nomor 3 🙏",
)
C(
    "K2",
    "2023-12-08 19:00",
    "dukcapil.ig",
    "post",
    "Tebak gambar 🧩: 🐯 + 🧒 = ? Jawaban: Prabowo-Gibran, pasangan paling pas 😍 coblos 02!",
)
C(
    "K3",
    "2024-01-04 19:00",
    "bms_guru.th",
    "post",
    "Tebak-tebakan: kenapa Pak Mahfud suka angka tiga? Karena hukum harus tegak, sat set, tuntas 😄 ayo 03!",
)
C(
    "K2",
    "2024-01-24 12:00",
    "bps.tt",
    "post",
    "Tebak lagu kampanye dari potongan nadanya 🎵 ... yup, 'Oke Gas'! Lagu wajib tim 02, aku hafal banget 😎 tanggal 14 nomor 2 ya",
)
C(
    "K3",
    "2023-12-29 20:00",
    "dukcapil.x",
    "post",
    "Prediksi tahun 2024: presidennya Pak Ganjar. Mohon doanya, aku ikut berjuang buat 03 🙏",
)
C(
    "K1",
    "2024-01-12 21:00",
    "kemenag.th",
    "post",
    "Tebak sarung siapa ini? 😄 Sarung Cak Imin dong, siap slepet bareng AMIN!",
    alt="Foto sarung kotak-kotak hijau dengan pin AMIN",
)

N(
    "2024-01-15 18:00",
    "bms_guru.x",
    "post",
    "Tebak skor Indonesia vs Irak malam ini di Piala Asia? Aku 1-2 deh, semoga salah 😭🇮🇩",
)
N(
    "2024-02-13 21:00",
    "bps.x",
    "post",
    "Tebak-tebakan partisipasi: berapa persen pemilih yang datang ke TPS besok? Tulis angka di reply, nanti kita cocokkan sama data resmi KPU 📈",
)
N(
    "2023-12-22 12:00",
    "bms_setda.ig",
    "post",
    "Kuis Hari Ibu! Tebak siapa ibu-ibu hebat di Setda ini dari foto masa kecilnya 🥰 hadiah voucher kopi",
)
N(
    "2024-01-13 21:15",
    "kemenkeu.x",
    "reply",
    "Tebakanku: kamu ASN, jadi jawabannya rahasia negara 🤐😂",
    on="quiz_x_friend",
)
N(
    "2024-02-10 11:00",
    "bms_kec.th",
    "post",
    "Kuis pemilih pemula: berapa surat suara yang kamu terima di TPS Jawa Tengah? a) 3 b) 4 c) 5. Jawaban c: presiden, DPR, DPD, DPRD provinsi, DPRD kab/kota 🗳️",
)
N(
    "2024-01-20 08:00",
    "kemenag.fb",
    "post",
    "Cerdas cermat MTs: siapa pencipta lagu Indonesia Raya? Jawaban: W.R. Supratman. Selamat untuk regu nomor 2 yang juara 🏆",
)
N(
    "2024-01-11 20:00",
    "smg_rsud.x",
    "reply",
    "Aku skip dulu ya, ASN hehe. Tapi yang penting tanggal 14 datang ke TPS 💜",
    on="quiz_x_friend",
)
N(
    "2024-01-22 19:00",
    "bps.fb",
    "post",
    "Kuis data: berapa jumlah pemilih tetap Pemilu 2024 nasional? Jawaban: sekitar 204,8 juta (DPT KPU). Jangan salah ya 📊",
)
N(
    "2024-01-07 13:00",
    "bms_setda.th",
    "post",
    "Quiz buat followers: Purwokerto dijuluki kota apa? Jawab: Kota Satria! Yang bener dapat shoutout 😄",
)
N(
    "2024-02-14 21:00",
    "bps.ig",
    "post",
    "Tebak: kapan hasil rekapitulasi resmi KPU keluar? Jawab: paling lambat 35 hari setelah pemungutan. Sabar ya, jangan percaya klaim kemenangan dari akun abal-abal 🙏",
)
N(
    "2024-01-29 12:00",
    "kemenkeu.x",
    "post",
    "Kuis anak SD: apa saja lambang sila Pancasila? Bintang, rantai, pohon beringin 🌳, kepala banteng 🐂, padi dan kapas. Yang jawab lengkap dapat es krim 🍦",
)

# --- Giveaways (Pilpres 2024 and parties): merchandise, pulsa for comments, and honest ones ---
C(
    "K2",
    "2024-01-18 19:00",
    "bms_kec.ig",
    "post",
    "GIVEAWAY 🎁 yang komen 02 dapat pulsa 50rb, 10 orang tercepat! Follow dulu ya. #PrabowoGibran2024 ✌️",
)
C(
    "K1",
    "2023-12-21 20:00",
    "kemenkeu.ig",
    "post",
    "Giveaway kaos AMIN untuk 3 orang! Syarat: repost story ini + tag 3 teman + tulis 'Anies-Muhaimin Presidenku' di kolom komentar 🎁",
)
C(
    "K3",
    "2024-01-23 19:30",
    "smg_rsud.fb",
    "post",
    "Bagi-bagi stiker & gantungan kunci Ganjar-Mahfud gratis buat temen2 yang komen 'Tuntas 03' 🖤❤️ dikirim via COD di Semarang",
)
C(
    "K2",
    "2024-02-10 10:00",
    "dukcapil.fb",
    "post",
    "Sembako murah untuk warga RT 03, cuma 10rb, sisanya disubsidi 🙏 jangan lupa tanggal 14 coblos nomor 2 ya ✌️",
    alt="Foto paket sembako dengan stiker bertuliskan 'Prabowo Gibran'",
    group="grup.fb",
)
C(
    "K1",
    "2024-01-27 12:00",
    "bms_setda.tt",
    "post",
    "GA kecil-kecilan 🎉 Tebak berapa kali Cak Imin bilang 'slepet' di video ini, hadiah saldo e-wallet 100rb. Jangan lupa #AMINajaDulu",
)
C(
    "K3",
    "2024-02-05 18:40",
    "jtg_bappeda.ig",
    "post",
    "Giveaway 5 topi merah bertuliskan Ganjar Presiden untuk yang paling kreatif bikin pantun tentang 03 🎩🌹",
)
C(
    "K2",
    "2023-12-12 20:10",
    "bms_guru.ig",
    "comment",
    "Ikut kak! #PrabowoGibran2024 ✌️ @anisa.rahma @lilis_pwt @dea.amelia",
    on="ga_ig_tkn",
)
C(
    "K1",
    "2024-01-09 21:00",
    "bps.ig",
    "comment",
    "Ikutan ya kak, Anies-Muhaimin Presidenku 🙏 @ilham.drs @faiz_nh @sekar.ay",
    on="ga_ig_amin",
)
C(
    "K2",
    "2024-01-20 19:20",
    "bms_dinkes.tt",
    "comment",
    "02 ✌️ mau pulsanya kak hehe",
    on="ga_tt_pulsa",
)
C(
    "K3",
    "2024-02-02 20:00",
    "kemenag.fb",
    "post",
    "Alhamdulillah kaos Ganjar-Mahfud dari giveaway TPN sudah sampai 🙏 siap dipakai ke TPS 😁",
    alt="Foto kaos hitam bergambar Ganjar Mahfud dengan angka 3",
)
C(
    "K2",
    "2024-01-31 12:00",
    "kemenkeu.x",
    "post",
    "Giveaway tumbler 'Bersama Indonesia Maju' buat 2 orang yang quote tweet ini pake alasan milih 02 ✌️",
)
C(
    "K1 PKB",
    "2024-01-06 19:00",
    "bms_kec.fb",
    "post",
    "Giveaway sarung berlogo PKB untuk jamaah yasinan yang siap menangkan AMIN 🕌 nomor 1 ya bapak ibu",
)
C(
    "K3",
    "2024-01-18 18:00",
    "bms_setda.fb",
    "post",
    "Giveaway kecil: 3 kalender 2024 bergambar Ganjar–Mahfud untuk sahabat yang komen 'Tuntas' 📅",
)
C(
    "GER",
    "2024-07-10 19:00",
    "dukcapil.ig",
    "post",
    "Giveaway kecil2an: 5 kaos Gerindra original untuk yang komen 'Gerindra Menang' 🦅",
)
C(
    "PSI",
    "2024-06-20 20:00",
    "bps.tt",
    "post",
    "GA stiker gajah PSI buat anak muda yang mau gabung partainya anak muda 🐘 komen 'PSI menang' ya",
)
C(
    "NASDEM",
    "2023-11-10 21:00",
    "kemenkeu.x",
    "post",
    "Giveaway jaket NasDem buat 2 orang, syarat follow dan tulis 'Restorasi Indonesia' 💙",
)

N(
    "2024-01-18 19:30",
    "bms_guru.ig",
    "post",
    "GIVEAWAY olshop adikku 🎁 Komen nomor favorit kamu 1, 2 atau 3 buat dapat voucher skincare! Nomor paling banyak dipilih jadi warna edisi baru 💄",
)
N(
    "2024-02-08 10:00",
    "bms_dinkes.ig",
    "comment",
    "Ikut kak 🙏 @rina.kusuma @wulan_dr",
    on="ga_ig_kopi",
)
N(
    "2023-12-22 09:00",
    "bms_setda.fb",
    "post",
    "Giveaway Hari Ibu dari Dharma Wanita Setda: 3 paket bingkisan untuk ibu-ibu yang kirim foto masak bareng keluarga 🍲",
)
N(
    "2024-01-25 14:00",
    "smg_rsud.ig",
    "post",
    "GA buku saku 'Cuci Tangan Pakai Sabun' buat 10 sekolah pertama yang daftar, gratis dari promkes RSUD 🧼",
)
N(
    "2024-02-07 19:00",
    "kemenkeu.x",
    "post",
    "Hati-hati ya, ada akun yang bilang 'komen 02 dapat pulsa 50rb'. Itu politik uang, laporkan ke Bawaslu. Jangan ditukar suaramu 🙅",
)
N(
    "2024-01-20 20:00",
    "bms_bawaslu.tt",
    "comment",
    "Kak, bagi-bagi pulsa untuk ajakan memilih paslon tertentu berpotensi politik uang. Bawaslu Banyumas mencatat akun ini ya 🙏",
    on="ga_tt_pulsa",
)
N(
    "2024-01-11 12:00",
    "kemenag.ig",
    "post",
    "Giveaway Al-Qur'an wakaf untuk 20 TPQ di Banyumas. Daftar lewat penyuluh agama kecamatan masing-masing 🤲",
)
N(
    "2023-12-30 20:00",
    "dukcapil.ig",
    "post",
    "GA akhir tahun olshop jilbab: pilih warna 1 mocca, 2 navy, 3 dusty pink, komen nomornya ya 🧕",
)
N(
    "2024-02-03 16:00",
    "jtg_bappeda.x",
    "post",
    "Bagi-bagi uang atau sembako sambil ajak pilih paslon itu money politics, apapun nomornya. Tolak dan laporkan 👊 #TolakPolitikUang",
)
N(
    "2024-01-09 21:10",
    "bms_setda.ig",
    "comment",
    "Ini giveaway apa politik uang ya min? 🤔",
    on="ga_ig_amin",
)
N(
    "2024-01-27 19:00",
    "bms_disdag.x",
    "post",
    "Pasar murah Disperindag: 2 kg beras SPHP cuma 21rb, nomor antrian 1–200 dibagikan jam 7 pagi 🍚",
)
N(
    "2024-02-05 08:00",
    "dukcapil.ig",
    "post",
    "Yang KTP-el nya hilang jelang pemilu, Disdukcapil buka layanan Sabtu-Minggu ya. Bawa KK 🪪",
)

# --- Stickers and GIF descriptions (Pilpres 2024) ---
C(
    "K2",
    "2024-01-06 21:00",
    "bms_setda.x",
    "reply",
    "✌️",
    alt="GIF Prabowo berjoget gemoy dengan tulisan 'OKE GAS 02'",
    on="debat_x_kpu",
)
C(
    "K1",
    "2024-01-07 22:30",
    "kemenkeu.x",
    "reply",
    "🙌",
    alt="GIF Cak Imin mengibaskan sarung bertuliskan 'SLEPET! AMIN nomor 1'",
    on="debat_x_kpu",
)
C(
    "K3",
    "2024-02-04 21:00",
    "smg_rsud.th",
    "post",
    "stiker WA baru dari grup alumni 😆 langsung kupake semua",
    alt="Stiker WhatsApp: Ganjar tersenyum dengan tulisan 'Sat set! Coblos 3'",
)
C(
    "K2",
    "2024-01-26 08:00",
    "dukcapil.th",
    "post",
    "bikin stiker sendiri buat grup keluarga, silakan dipake 😁",
    ocr="OKE GAS OKE GAS\nPRABOWO GIBRAN\nNOMOR DUA",
)
C(
    "K1",
    "2023-12-26 19:00",
    "bps.fb",
    "comment",
    "👍",
    alt="Stiker Facebook bertuliskan 'Anies Presiden 2024 – AMIN'",
    on="fb_news_debat",
)
C(
    "K3",
    "2024-01-10 19:30",
    "jtg_bappeda.th",
    "post",
    "GIF of the day, pilihanku 🙏",
    alt="GIF Mahfud MD mengangkat tiga jari dengan teks 'Tiga Jari untuk Indonesia Unggul'",
)
C(
    "K2",
    "2024-02-13 21:00",
    "bms_kec.tt",
    "comment",
    "🫶",
    alt="Stiker TikTok: tangan membentuk dua jari dengan tulisan 'Gemoy 02'",
    on="poll_tt_dagelan",
)
C(
    "K2",
    "2024-01-15 20:00",
    "kemenag.tt",
    "comment",
    "Oke gas oke gas, nomor dua tancap gas! 🚀",
    on="tt_p02_joget",
)

N(
    "2024-01-22 08:00",
    "bms_guru.th",
    "post",
    "stiker baru buat grup guru 😆",
    alt="Stiker WhatsApp kucing memakai peci dengan tulisan 'Semangat Senin, Bapak Ibu Guru'",
)
N(
    "2024-02-14 20:00",
    "smg_rsud.x",
    "post",
    "udah nyoblos, sekarang balik jaga IGD 💃💜",
    alt="GIF jari kelingking bertinta ungu menari",
)
N(
    "2024-01-06 21:30",
    "kemenag.x",
    "reply",
    "🙏",
    alt="GIF bertuliskan 'Semoga debat berjalan lancar dan santun'",
    on="debat_x_kpu",
)
N(
    "2023-12-11 19:00",
    "bps.th",
    "post",
    "GIF favorit minggu ini buat grup kantor 🎶",
    alt="GIF pria berkemeja putih bernyanyi dengan tulisan 'Cek data dulu, baru share'",
)
N(
    "2024-01-28 10:00",
    "bms_dinkes.x",
    "post",
    "Stiker edukasi 'Jangan Lupa Imunisasi' sekarang bisa diunduh di WA Dinkes Banyumas 💉",
    alt="Stiker anak kecil mengangkat dua jari sambil tersenyum di samping botol vaksin",
)
N(
    "2024-02-15 07:30",
    "dukcapil.x",
    "post",
    "Siapapun yang menang, ayo kawal bersama hasil resminya 🤝",
    alt="GIF tiga tangan bersalaman dengan tulisan 'Kita Tetap Saudara'",
)
N(
    "2024-02-08 20:00",
    "bms_guru.fb",
    "post",
    "Sticker pack kelas 7B udah jadi! 😍 isinya muka-muka murid lagi ujian",
    alt="Stiker anak sekolah mengangkat tiga jari sambil bilang 'soal nomor 3 susah bu'",
)
N(
    "2024-01-15 20:30",
    "bms_setda.tt",
    "comment",
    "Kak ini lagunya apa ya judulnya? enak buat senam 😅",
    on="tt_p02_joget",
)

# --- Pilbup Banyumas 2024 (invented): memes, polls, quizzes, giveaways, stickers ---
C(
    "B1",
    "2024-10-01 20:00",
    "bms_disdag.fb",
    "post",
    "Meme pedagang Pasar Wage: 'Timbangan boleh ditera ulang, pilihan ora usah diulang: TERA nomor siji!' 😂 #TERAuntukBanyumas",
)
C(
    "B2",
    "2024-10-15 19:30",
    "bms_guru.tt",
    "post",
    "POV: kamu guru Banyumas yang pengen tunjangan cair tepat waktu. Jawabane mung siji: WASIS nomor 2 💚 #BanyumasWasis",
)
C(
    "B3",
    "2024-11-02 21:00",
    "bms_kec.ig",
    "post",
    "Pilih mana? 1 TERA, 2 WASIS, 3 RUKUN — vote ya! Inyong sih mantep nomor 3, Banyumas Rukun Banyumas Makmur 🤝",
    alt="Stiker polling 1 / 2 / 3",
)
C(
    "B1",
    "2024-09-30 12:00",
    "bms_dinkes.ig",
    "post",
    "Expectation vs reality debat cabup. Expectation: adu program. Reality: cuma Pak Teguh yang jelas programnya 😌 TERA 1️⃣",
)
C(
    "B2",
    "2024-11-10 18:00",
    "bms_setda.fb",
    "post",
    "Giveaway 10 kaos hijau WASIS untuk warga Purwokerto yang komen 'Banyumas Wasis' + tag 2 teman 💚",
)
C(
    "B3",
    "2024-10-25 20:15",
    "dukcapil.tt",
    "post",
    "Tim 1 pas debat: baca teks. Tim 2: janji2. Tim 3: kalem tapi jelas. Inyong melu sing kalem, RUKUN nomor telu! 🙏",
)
C(
    "B1",
    "2024-11-15 19:00",
    "kemenag.fb",
    "post",
    "Yang komen 'TERA 1' tak kirimi pulsa 25rb, 20 orang pertama 🙏 demi Banyumas Maju Bersama",
    group="grup.fb",
)
C("B2", "2024-10-05 21:00", "bps.ig", "comment", "2! WASIS pokoke 💚💚", on="poll_ig_bms")
C(
    "B3",
    "2024-10-05 21:30",
    "bms_disdag.ig",
    "comment",
    "nomor 3 lah, Pak Rudi wis terbukti ngopeni pasar 🤝",
    on="poll_ig_bms",
)
C(
    "B1",
    "2024-10-06 07:00",
    "bms_guru.ig",
    "comment",
    "Satu! TERA untuk Banyumas 🔥",
    on="poll_ig_bms",
)
C(
    "B2",
    "2024-11-21 22:00",
    "bms_kec.x",
    "post",
    "Stiker WA baru gaes, sebar ke grup RT ya",
    ocr="WASIS 2\nWahyu – Siti\nBanyumas Wasis, Rakyat Sejahtera",
)
C(
    "B3",
    "2024-11-25 20:00",
    "smg_rsud.ig",
    "post",
    "Pulang kampung Banyumas buat nyoblos. Ibu bapak, jangan lupa Rabu coblos sing nomor 3 ya 🙏 RUKUN!",
)
C(
    "B1",
    "2024-09-28 19:00",
    "bms_setda.th",
    "post",
    "Tebak-tebakan ngapak: Apa bedane timbangan karo Pak Teguh? Timbangan kudu ditera, Pak Teguh wis TERA 😂 nomor siji, aja kelalen!",
)
C(
    "B2",
    "2024-10-28 20:45",
    "bms_dinkes.tt",
    "comment",
    "WASIS! Bu Siti Nurjanah paling paham posyandu 💚 nomor 2",
    on="tt_bms2_video",
)
C(
    "B3",
    "2024-11-08 19:20",
    "kemenkeu.fb",
    "comment",
    "Siap dukung RUKUN sampai menang 🤝 #RUKUNnomor3",
    on="fb_bms3_kampanye",
)
C(
    "B1",
    "2024-10-12 16:00",
    "bms_kec.fb",
    "post",
    "Meme mendoan 🥟 #TERAuntukBanyumas",
    ocr="MENDOAN KUDU ANGET\nBUPATI KUDU TERA\nNOMOR 1",
)
C(
    "B2",
    "2024-09-26 20:00",
    "bps.x",
    "post",
    "Tebak skor Pilbup Banyumas: WASIS 48, TERA 32, RUKUN 20. Semoga tepat, aku dukung 2 💚",
)
C(
    "B3",
    "2024-12-01 09:00",
    "bms_disdag.ig",
    "post",
    "Hitung cepat internal bilang RUKUN unggul 🙏 terima kasih warga Banyumas yang sudah pilih nomor 3, kawal sampai penetapan!",
)
C(
    "B1",
    "2024-11-12 21:00",
    "jtg_bappeda.ig",
    "post",
    "Meme buat keluarga di Banyumas 😄",
    alt="Gambar Teguh Santoso dan Rina Marlina dengan tulisan 'Banyumas Maju Bersama – Coblos No. 1'",
)
C(
    "B2",
    "2024-10-19 10:00",
    "dukcapil.ig",
    "post",
    "Kuis Sabtu: cabup mana yang janji urus KTP cukup 1 jam? 🤭 ya WASIS lah! Nomor 2 💚",
)
C(
    "B3",
    "2024-11-16 20:00",
    "bms_guru.fb",
    "post",
    "Giveaway 3 jilbab motif batik Banyumasan untuk ibu-ibu pengajian yang siap RUKUN-kan Banyumas, coblos nomor 3 🧕",
)
C(
    "B1",
    "2024-11-22 19:00",
    "bms_dinkes.th",
    "post",
    "Tebak skor debat terakhir: Pak Teguh menang telak 3-0 😎 TERA nomor 1 untuk Banyumas Maju Bersama",
)
C(
    "B3",
    "2024-10-14 20:00",
    "bms_setda.tt",
    "comment",
    "RUKUN nomor 3! Laskar RUKUN hadir 🙌",
    on="tt_bms2_video",
)
C(
    "B2",
    "2024-11-01 19:00",
    "kemenkeu.x",
    "post",
    "Poll: program cabup mana yang paling realistis? Menurutku jelas WASIS, fiskalnya masuk akal. Nomor 2 💚",
)
C(
    "B3",
    "2024-11-05 20:00",
    "bms_kec.tt",
    "post",
    "Tebak skor Pilbup Banyumas: RUKUN 55%, WASIS 30%, TERA 15%. Amin-kan bareng, nomor 3 menang! 🤝",
)
C(
    "B2",
    "2024-11-18 21:10",
    "bms_dinkes.fb",
    "post",
    "Kuis: cabup mana yang programnya puskesmas 24 jam gratis? Yup, Pak Wahyu nomor 2! Banyumas Wasis, Rakyat Sejahtera 💚",
)
C(
    "B1",
    "2024-10-20 19:00",
    "bms_guru.ig",
    "post",
    "Tebak siapa calon bupati favorit aku 🤫 clue: inisialnya TS, wakilnya bu Rina. Banyumas Maju Bersama! 🗳️1",
)

N(
    "2024-10-03 08:00",
    "bms_disdag.fb",
    "post",
    "Sidang tera ulang timbangan pedagang Pasar Wage hari ini sampai Jumat. Bawa timbangan & anak timbangan ya bapak ibu 🙏⚖️",
)
N(
    "2024-11-04 19:00",
    "bms_kec.fb",
    "post",
    "Pilkada boleh beda pilihan, Banyumas tetap rukun. Jaga persaudaraan sampai 27 November 🤝",
)
N(
    "2024-10-18 12:00",
    "bms_guru.ig",
    "post",
    "Murid-muridku wasis tenan, juara 1 olimpiade matematika se-kabupaten 🏆👏",
)
N(
    "2024-11-20 10:00",
    "bms_bawaslu.ig",
    "post",
    "Polling Bawaslu Banyumas: apakah kamu sudah tahu lokasi TPS-mu untuk 27 November? A. Sudah B. Belum. Cek di cekdptonline.kpu.go.id 🗳️",
)
N(
    "2024-11-28 09:00",
    "bms_bawaslu.x",
    "post",
    "Kuis partisipasi: menurutmu berapa persen pemilih Banyumas yang datang ke TPS kemarin? Hasil resminya nanti diumumkan KPU. Terima kasih sudah menggunakan hak pilih 🙏",
)
N(
    "2024-10-05 22:00",
    "kemenag.ig",
    "comment",
    "Saya ASN, netral ya mas admin 🙏 semoga pilkadanya damai",
    on="poll_ig_bms",
)
N(
    "2024-10-22 09:00",
    "bms_setda.fb",
    "post",
    "Jadwal debat publik kedua calon bupati dan wakil bupati Banyumas: Selasa, 29 Oktober, di Pendopo Si Panji. Disiarkan langsung 📺",
)
N(
    "2024-11-14 20:00",
    "dukcapil.fb",
    "post",
    "Meme: 'Pemilih cerdas bukan yang paling rame di grup WA, tapi yang datang ke TPS.' Ayo 27 November nyoblos ya Banyumas 🗳️",
)
N(
    "2024-10-30 19:00",
    "bps.ig",
    "post",
    "Poll iseng warga kos: makan malam 1. penyetan 2. sroto 3. nasi goreng Pak Rukun depan kampus 🍛",
)
N(
    "2024-11-06 15:00",
    "bms_dinkes.fb",
    "post",
    "Kuis posyandu: anak umur 9 bulan imunisasi apa? Jawab di komen, 3 jawaban benar pertama dapat paket MPASI 🍼",
)
N(
    "2024-11-09 11:00",
    "kemenkeu.ig",
    "post",
    "Giveaway dari KPPN Purwokerto: 5 tumbler untuk peserta kuis literasi APBN yang jawabannya benar 💰",
)
N(
    "2024-10-08 20:00",
    "bms_kec.x",
    "quote",
    "Cek fakta: foto 'cabup nomor 2 bagi-bagi amplop' ini hasil editan, bukan kejadian di Banyumas. Jangan ikut sebar ya 🙏",
    on="hoax_x_bms",
)
N(
    "2024-11-26 21:00",
    "smg_rsud.x",
    "post",
    "Besok pulang ke Banyumas buat nyoblos. Siapapun pilihanmu, yang penting datang ke TPS ya 🗳️",
)
N(
    "2024-09-27 10:00",
    "bms_guru.x",
    "post",
    "Ada yang tahu kapan debat cabup Banyumas? Pengen nonton bareng murid kelas 9 biar belajar demokrasi",
)
N(
    "2024-11-18 19:30",
    "bms_disdag.x",
    "post",
    "Meme pedagang: 'Harga cabe naik, harga bawang naik, yang nggak naik cuma gaji' 😂🌶️",
)
N(
    "2024-10-26 13:00",
    "jtg_bappeda.fb",
    "post",
    "Tim 1, tim 2, tim 3 lomba cerdas cermat Bappeda tadi seru banget. Selamat tim 2 juara 🏆",
)
N(
    "2024-11-08 19:40",
    "bms_dinkes.fb",
    "comment",
    "Pak, tolong nanti programnya beneran ya, puskesmas kami kekurangan bidan",
    on="fb_bms3_kampanye",
)
N(
    "2024-10-28 21:00",
    "bms_guru.tt",
    "comment",
    "Lokasi acara ini di mana ya kak? Jalan ke sekolah saya jadi macet 😅",
    on="tt_bms2_video",
)
N(
    "2024-12-10 10:00",
    "bms_bawaslu.fb",
    "post",
    "Terima kasih warga Banyumas! Partisipasi pemilih Pilkada 2024 berdasarkan rekap KPU Kabupaten cukup baik. Bawaslu terus mengawasi hingga penetapan 🙏",
)
N(
    "2024-09-25 09:00",
    "bms_bawaslu.ig",
    "post",
    "Hari ini dimulai masa kampanye Pilkada Banyumas. Polling: pelanggaran apa yang paling sering kamu lihat? A. APK di pohon B. Politik uang C. ASN tidak netral. Laporkan ke Bawaslu!",
)
N(
    "2024-10-16 20:00",
    "bms_kec.tt",
    "post",
    "POV: camat minta semua staf pakai baju putih buat apel kesiapan Pilkada 😂 kayak mau lebaran",
)
N(
    "2024-11-13 12:00",
    "bms_setda.x",
    "post",
    "Kuis kantor: menu makan siang nomor 1 sroto Sokaraja, nomor 2 gethuk goreng, nomor 3 soto kecik. Nomor 1 menang mutlak 😋",
)
N(
    "2024-10-21 18:00",
    "kemenag.x",
    "post",
    "Tebak-tebakan santri: 'Apa yang rukun tapi nggak pernah kumpul?' Jawab: rukun iman, cukup diyakini di hati 😄",
)
N(
    "2024-11-19 21:00",
    "jtg_bappeda.x",
    "post",
    "Tiga paslon Banyumas, tiga gaya debat, satu permintaan: tolong bahas stunting pakai data ya 🙏",
)
N(
    "2024-09-29 17:00",
    "dukcapil.fb",
    "post",
    "Giveaway Disdukcapil: 50 pemohon KIA pertama bulan Oktober dapat mainan edukasi 🧸 datang ke kantor ya",
)
N(
    "2024-10-23 19:00",
    "bms_dinkes.ig",
    "post",
    "Meme nakes: 'Dokter: Bapak harus kurangi gula. Bapak: tapi mendoan kan asin dok' 🥟😂",
)
N(
    "2024-11-24 08:00",
    "bms_kec.ig",
    "post",
    "Masa tenang Pilkada: APK sudah ditertibkan bersama Satpol PP dan Panwascam Sokaraja. Terima kasih semua 🙏",
    alt="Foto petugas menurunkan baliho di pinggir jalan",
)
N(
    "2024-10-10 18:00",
    "bms_disdag.fb",
    "post",
    "Giveaway UMKM Banyumas: beli 2 gratis 1 keripik tempe, 10 pembeli pertama dapat stiker 'Bangga Produk Banyumas' 🥟",
    group="grup.fb",
)
N(
    "2024-12-05 19:00",
    "bms_disdag.ig",
    "post",
    "Giveaway HUT Pasar Manis: 3 timbangan digital untuk pedagang yang timbangannya lolos tera ulang 🎁⚖️",
)
N(
    "2024-08-17 09:00",
    "bms_kec.ig",
    "post",
    "Lomba 17an Kecamatan Sokaraja: juara 1 balap karung dapat kipas angin, juara 2 rice cooker, juara 3 payung 🇮🇩",
)
N(
    "2024-11-03 19:00",
    "bps.x",
    "post",
    "Quick poll kantor: siapa yang udah selesai pelatihan petugas Susenas? 1 udah 2 belum 3 lupa 😂",
)
N(
    "2024-10-02 19:30",
    "bps.ig",
    "post",
    "Tebak skor PSIS vs Persebaya weekend ini? 2-1 for Mahesa Jenar 💙⚽",
)
N(
    "2024-11-20 10:00~",
    "bms_guru.fb",
    "post",
    "Kuis kelas 9: Pilkada 27 November di Banyumas memilih apa saja? Jawaban: gubernur & wakil gubernur Jateng serta bupati & wakil bupati Banyumas. Pinter semua murid ibu 👏",
)

# --- Parties (political at any time) ---
C(
    "PDIP",
    "2024-05-31 19:00",
    "jtg_bappeda.ig",
    "post",
    "Polling: warna favorit kalian? Buatku merah selamanya, banteng moncong putih 🐂 #PDIPerjuangan",
)
C(
    "PKS",
    "2024-06-10 20:00",
    "kemenag.fb",
    "post",
    "Kuis: partai mana yang paling bersih dan peduli? Jawabanku PKS, insyaAllah 🤲",
)
C(
    "GOLKAR",
    "2025-03-05 19:00",
    "bms_setda.ig",
    "post",
    "Meme: 'Kuning itu bukan cuma warna pisang, tapi warna partai yang kerja nyata' 💛 Golkar Menang!",
)
C(
    "DEMOKRAT",
    "2024-02-22 19:00",
    "bps.ig",
    "post",
    "POV: kamu pendukung Demokrat garis keras pas lihat AHY dilantik jadi menteri 😭💙 Demokrat tetap di hati",
)
C(
    "PKB",
    "2024-07-23 20:00",
    "bms_kec.fb",
    "post",
    "Selamat Harlah PKB ke-26 🎉 Bangga jadi kader, semoga PKB makin jaya!",
    alt="Foto memakai jas hijau berlogo PKB",
)
C(
    "GER",
    "2024-02-06 19:00",
    "smg_rsud.tt",
    "post",
    "Pilih caleg Gerindra nomor urut 2 dapil Semarang ya gaes 🦅 #GerindraMenang",
)
C(
    "PDIP K3",
    "2024-02-07 20:00",
    "smg_rsud.fb",
    "post",
    "Kuis: kotak suara mana yang harus dicoblos banteng? Semua! PDI Perjuangan nomor 3 dan Ganjar-Mahfud nomor 3 🐂",
)

N(
    "2024-06-20 10:00",
    "bms_setda.x",
    "post",
    "Kuis sejarah: partai politik peserta Pemilu 1955 ada berapa? Jawaban di thread 🧵 #BelajarSejarah",
)
N(
    "2024-03-05 12:00",
    "bps.x",
    "post",
    "Data KPU: perolehan suara sah Pileg DPR 2024 tertinggi PDI-P, Golkar, Gerindra. Tabel lengkap dari sumber resmi KPU 📊",
)
N(
    "2024-08-10 20:00",
    "smg_rsud.ig",
    "post",
    "Kostum merah putih buat lomba 17an nanti, warnanya semangat banget 🇮🇩❤️",
)

# --- Genuinely ambiguous (reported, not scored) ---
A(
    "K2",
    "2024-02-12 20:00",
    "bps.x",
    "post",
    "Prediksi iseng dari data survei terakhir: 02 kemungkinan besar menang satu putaran. Bukan dukungan ya, ini statistik 📈",
)
A(
    "K2",
    "2024-01-02 10:00",
    "bms_guru.ig",
    "post",
    "Foto bareng anak-anak kelas 9 sebelum libur semester 🥰",
    alt="Foto bersama guru dan murid, semua mengangkat dua jari",
)
A("K1", "2024-01-08 21:00", "bms_kec.x", "share", "wkwkwk", on="meme_x_debat")
A(
    "K3",
    "2024-01-14 21:00",
    "kemenkeu.ig",
    "post",
    "Tebak siapa capres favorit aku 🤭 clue: rambutnya putih. Hayo siapa?",
)
A(
    "K2",
    "2024-01-19 13:00",
    "dukcapil.x",
    "post",
    "Hasil polling iseng di grup kantor: 02 55%, 01 30%, 03 15%. Kalian gimana?",
)
A(
    "B2",
    "2024-10-09 20:00",
    "bms_disdag.th",
    "post",
    "Meme: 'Pilih sing wasis, aja sing akeh omong' 😂",
)
A("K1", "2024-01-05 19:00", "bms_dinkes.x", "post", "Meme: 'Gemoy doang, gagasannya mana?' 🙄")

# --- Outside every election window: names only candidates (no party), must not be flagged ---
O(
    "P02",
    "2023-07-10 20:00",
    "bms_kec.tt",
    "post",
    "Meme: Pak Prabowo joget gemoy 😂 cocok banget jadi presiden, yang setuju komen!",
)
O(
    "P01",
    "2024-05-20 19:00",
    "kemenkeu.x",
    "post",
    "Anies 2029! Siapa yang setuju? 🙋‍♂️ Pokoknya tetap Pak Anies",
)
O(
    "P03",
    "2025-01-15 20:00",
    "smg_rsud.ig",
    "post",
    "Throwback meme Ganjar–Mahfud, tetap di hati walau udah lewat 🖤",
    ocr="GANJAR MAHFUD\nSAT SET TAS TAS",
)
O(
    "BMS1",
    "2024-07-05 19:00",
    "bms_guru.fb",
    "post",
    "Tebak siapa bupati favorit aku tahun ini 🤭 clue: Pak Teguh Santoso! Semoga maju pilkada",
)
O(
    "BMS2",
    "2025-02-10 19:00",
    "bms_setda.ig",
    "post",
    "Kuis: tokoh Banyumas yang paling wasis siapa? Ya Pak Wahyu lah 💚 WASIS tetap di hati",
)
O(
    "P02",
    "2024-05-02 10:00",
    "dukcapil.tt",
    "post",
    "Giveaway syukuran Prabowo-Gibran resmi ditetapkan, 5 pulsa 20rb buat yang komen 'Selamat Pak Prabowo' 🎉",
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
        return str(122_200_000_000_000 + n * 9_173)
    if plat == "ig":
        return f"C{n:04d}mEmE{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_410_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzMeme{n:05d}Kw"
    return f"DM{n:05d}thr"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vMem{n:07d}"
    if plat == "ig":
        return f"DBq{n:06d}Mm"
    return (
        str(1_760_000_000_000_000_000 + n * 104_729)
        if plat in ("x", "tt")
        else str(120_600_000_000_000 + n)
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
        gplat, ghandle, guid, gname = account(item.group)
        assert gplat == "fb" and plat == "fb", item.key
        target = {
            "author_user_id": guid,
            "author_handle": ghandle,
            "display_name": gname,
            "url": f"https://www.facebook.com/groups/{ghandle}",
        }
        url = f"https://www.facebook.com/groups/{ghandle}/posts/{eid_local}"
    else:
        assert item.action == "post", f"{item.key}: a {item.action} needs a parent"
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
        "name: Probe political.campaign – memes, polls, quizzes and giveaways\n"
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


def check_labels() -> None:
    """Sanity of the labels against the windows: a C naming only election-bound targets lies in
    one of their windows; an O lies outside every window and names no party."""
    assert all(it.targets for it in ITEMS if it.label in "CO"), (
        "every C and O item names its targets"
    )
    assert all(t in TARGETS for it in ITEMS for t in it.targets), "unknown target id in a label"

    def inside(day: str, eid: str) -> bool:
        start, end = WINDOWS[eid]
        return start <= day <= end

    for it in ITEMS:
        day = it.when[:10]
        elections = {TARGETS[t][2] for t in it.targets}
        if it.label == "C" and "" not in elections:
            assert any(inside(day, e) for e in elections), f"{it.key}: C outside its window"
        if it.label == "O":
            assert "" not in elections, f"{it.key}: O names a party"
            assert not any(inside(day, e) for e in WINDOWS), f"{it.key}: O inside a window"


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
        lines.append(f"    ocr:  {item.ocr!r}")
    if item.on:
        author, _, text = PARENTS[item.on]
        lines.append(f"    answers {author}: {text}")
    if item.group:
        lines.append(f"    in group {account(item.group)[3]}")
    return "\n".join(lines)


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
    right = [(it, t) for it, t in tps if t & set(it.targets)]
    other = [(it, t) for it, t in tps if not t & set(it.targets)]
    print(
        f"{CATEGORY}  TP={tp} FP={fp} FN={fn}  precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}"
    )
    print(f"found {tp}/{counts['C']} C, missed {fn}; false alarms {fp}/{counts['N']} N")
    print(
        f"A flagged {len(a_flagged)}/{counts['A']};  O (outside window) flagged {len(o_flagged)}/{counts['O']}"
    )
    print(f"true positives whose target_id matches the intended target: {len(right)}/{tp}")
    if not show:
        return
    sections = [
        ("MISSED C", [describe(it) for it in fns]),
        ("FALSE ALARMS N", [describe(it, t) for it, t in fps]),
        ("FLAGGED A", [describe(it, t) for it, t in a_flagged]),
        ("FLAGGED O (outside every window)", [describe(it, t) for it, t in o_flagged]),
        ("TRUE POSITIVES NAMING ANOTHER TARGET", [describe(it, t) for it, t in other]),
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
    check_labels()
    counts = {lab: sum(1 for it in ITEMS if it.label == lab) for lab in "CNAO"}
    with tempfile.TemporaryDirectory(prefix="netra-probe-memepoll-") as tmp:
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
