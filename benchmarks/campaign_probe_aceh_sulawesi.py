# ruff: noqa: E501
"""Out-of-sample probe of the ``political.campaign`` detector: Aceh and Sulawesi.

Written from the bundle spec (bundle-v1.md), the category list and public election facts
only, without looking at how the detector works. Everyone in it is invented; only national
parties, their 2024 ballot numbers, Aceh's real local parties and the public 2023-2024
election calendars are real.

World
-----
* Pemilu 2024 (legislative): an invented DPRA caleg in Dapil Aceh 1 (Partai Aceh, list
  number 3) and an invented DPRD Kota Gorontalo caleg (Golkar, list number 5). Window
  2023-05-01 .. 2024-03-20.
* Pilkada 2024 (window 2024-08-27 .. 2024-12-16, campaign 25 Sep - 23 Nov, voting 27 Nov):
  an invented Pilgub Aceh with three pairs (1 "MUSA" / Aceh Mulia, 2 "ZURA" / Aceh Hebat,
  3 "ANSAR" / Aceh Beurata), an invented Pilwalkot Banda Aceh (1 "HATI" / Sepenuh HATI,
  2 "RIFA" / Banda Aceh Gemilang), Pilwalkot Gorontalo (1 "RAFI" / Kota Gorontalo Maju,
  2 Yusran-Nurdin / Gorontalo Berkah), Pilwalkot Palu (1 Rahmat-Sri / Palu Bangkit,
  2 "AMAN" / Palu AMAN Sejahtera) and Pilwalkot Kendari (1 "HARTI" / Kendari Juara,
  2 "MURO" / Kendari Sejahtera).
* Real national parties and Aceh local parties (Partai Aceh, PNA) as targets with no
  election: a party is political at all times. Three acting office-holders (Pj) as
  ``official`` targets.
* Ten invented civil servants (Pemerintah Aceh, Pemko Banda Aceh, Pemko Lhokseumawe,
  Pemkot Gorontalo, Pemkot Palu, Pemkot Kendari) with declared accounts on X, Facebook,
  Instagram and TikTok, writing posts, comments, replies, quotes and image posts (alt text
  and OCR text) in Indonesian, Aceh Malay / Acehnese, Gorontalo Malay, Palu (Kaili) Malay
  and Kendari (Tolaki) flavoured Malay, with code-mixing, typos, elongations, emojis and
  hashtags. Sulawesi events carry +08:00 (WITA), Aceh events +07:00 or no offset (read in
  the bundle's Asia/Jakarta zone).

Labels (one per event; scored by event id)
------------------------------------------
* C: the employee's own words, inside the right election's neutrality window (or about a
  party, at any time), campaigning for or showing support of a target. Each C lists the
  target ids a correct finding may name (a pair's head, deputy and campaign team).
* N: close but not campaigning: neutral election talk, news, debate schedules, neutrality
  reminders quoting forbidden slogans and gestures, questions and criticism under
  candidates' posts, jokes, sarcasm, namesakes, the same numbers or slogan words in
  another sense (football, queues, prices, classes, Quran ayat), other contests (OSIS,
  class captain, keuchik), official events with acting officials, condolences and
  religious greetings.
* A: genuinely ambiguous (reported, not scored).
* O: C-like texts naming only a candidate (no party, no number) posted outside every
  election window; they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_aceh_sulawesi.py [--show] [--keep DIR]

Builds the bundle (in a temporary folder, or DIR with ``--keep``), runs
``netra scan BUNDLE --out FINDINGS --workspace WS``, scores the ``political.campaign``
findings against the labels and prints TP/FP/FN, precision, recall and F1. ``--show``
also lists every missed C, every false-alarm N and the flagged A and O items.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

NETRA = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "netra"
BUNDLE_TZ = "Asia/Jakarta"
CATEGORY = "political.campaign"

# --------------------------------------------------------------------------------------
# Elections (stages follow the public 2023-2024 calendars; candidacy from nomination)
# --------------------------------------------------------------------------------------

PILEG_STAGES = [
    ("candidacy", "2023-05-01", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-15", "2024-03-19"),
    ("result", "2024-03-20", "2024-03-20"),
]
PILKADA_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-28", "2024-12-15"),
    ("result", "2024-12-16", "2024-12-16"),
]

# election_id: (name, contest, region_code, stages)
ELECTIONS: dict[str, tuple[str, str, str, list[tuple[str, str, str]]]] = {
    "PILEG24-DPRA": (
        "Pemilu Anggota DPRA 2024 (Dapil Aceh 1)",
        "legislative",
        "11",
        PILEG_STAGES,
    ),
    "PILEG24-DPRD-KOTAGTO": (
        "Pemilu Anggota DPRD Kota Gorontalo 2024",
        "legislative",
        "75.71",
        PILEG_STAGES,
    ),
    "PILGUB-ACEH-2024": (
        "Pemilihan Gubernur dan Wakil Gubernur Aceh 2024",
        "regional_head",
        "11",
        PILKADA_STAGES,
    ),
    "PILWALKOT-BNA-2024": (
        "Pemilihan Wali Kota dan Wakil Wali Kota Banda Aceh 2024",
        "regional_head",
        "11.71",
        PILKADA_STAGES,
    ),
    "PILWALKOT-GTO-2024": (
        "Pemilihan Wali Kota dan Wakil Wali Kota Gorontalo 2024",
        "regional_head",
        "75.71",
        PILKADA_STAGES,
    ),
    "PILWALKOT-PALU-2024": (
        "Pemilihan Wali Kota dan Wakil Wali Kota Palu 2024",
        "regional_head",
        "72.71",
        PILKADA_STAGES,
    ),
    "PILWALKOT-KDI-2024": (
        "Pemilihan Wali Kota dan Wakil Wali Kota Kendari 2024",
        "regional_head",
        "74.71",
        PILKADA_STAGES,
    ),
}

# --------------------------------------------------------------------------------------
# Agencies and employees (invented people)
# --------------------------------------------------------------------------------------

# code, name, parent_code, region_code
AGENCIES = [
    ("PEMPROV-ACEH", "Pemerintah Aceh", "", "11"),
    ("DSI-ACEH", "Dinas Syariat Islam Aceh", "PEMPROV-ACEH", "11"),
    ("DISDIK-ACEH", "Dinas Pendidikan Aceh", "PEMPROV-ACEH", "11"),
    ("DINKES-ACEH", "Dinas Kesehatan Aceh", "PEMPROV-ACEH", "11"),
    ("PEMKO-BNA", "Pemerintah Kota Banda Aceh", "", "11.71"),
    (
        "DISKOMINFO-BNA",
        "Dinas Komunikasi, Informatika dan Statistik Kota Banda Aceh",
        "PEMKO-BNA",
        "11.71",
    ),
    ("PEMKO-LSM", "Pemerintah Kota Lhokseumawe", "", "11.74"),
    ("BPBD-LSM", "Badan Penanggulangan Bencana Daerah Kota Lhokseumawe", "PEMKO-LSM", "11.74"),
    ("PEMKOT-GTO", "Pemerintah Kota Gorontalo", "", "75.71"),
    (
        "BPKAD-GTO",
        "Badan Pengelolaan Keuangan dan Aset Daerah Kota Gorontalo",
        "PEMKOT-GTO",
        "75.71",
    ),
    ("DIKBUD-GTO", "Dinas Pendidikan dan Kebudayaan Kota Gorontalo", "PEMKOT-GTO", "75.71"),
    ("PEMKOT-PALU", "Pemerintah Kota Palu", "", "72.71"),
    ("PUPR-PALU", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Palu", "PEMKOT-PALU", "72.71"),
    ("KEC-PALUBARAT", "Kecamatan Palu Barat", "PEMKOT-PALU", "72.71"),
    ("PEMKOT-KDI", "Pemerintah Kota Kendari", "", "74.71"),
    ("SATPOLPP-KDI", "Satuan Polisi Pamong Praja Kota Kendari", "PEMKOT-KDI", "74.71"),
]


@dataclass
class Employee:
    nip: str
    name: str
    agency: str
    unit: str
    position: str
    employment_type: str
    region: str
    offset: str  # UTC offset of the employee's local time ("" = no offset, bundle zone)
    bio: str
    location: str
    # platform -> (handle, user_id, display_name)
    accounts: dict[str, tuple[str, str, str]] = field(default_factory=dict)


EMPLOYEES: dict[str, Employee] = {
    "E1": Employee(
        "197903122005011004",
        "Tgk. H. Fakhrurrazi Ibrahim, S.Ag., M.A.",
        "DSI-ACEH",
        "Bidang Dakwah dan Syiar Islam",
        "Penyuluh Agama Ahli Muda",
        "PNS",
        "11",
        "+07:00",
        "Hamba Allah | Dinas Syariat Islam Aceh | Banda Aceh",
        "Banda Aceh",
        {
            "x": ("tgk_fakhrur", "1402937715520344065", "Tgk Fakhrurrazi"),
            "facebook": ("fakhrurrazi.ibrahim.79", "100004812337561", "Fakhrurrazi Ibrahim"),
        },
    ),
    "E2": Employee(
        "198809252012032007",
        "Cut Rahmawati, S.Pd.",
        "DISDIK-ACEH",
        "SMA Negeri 3 Banda Aceh",
        "Guru Ahli Pertama",
        "PNS",
        "11",
        "+07:00",
        "Guru Bahasa Inggris 📚 | Banda Aceh | ibu dua anak",
        "Banda Aceh, Aceh",
        {
            "instagram": ("cutrahma.teach", "48113209957", "Bu Cut Rahma"),
            "tiktok": ("bucutrahma", "7088123456789012481", "Bu Cut 🌸"),
        },
    ),
    "E3": Employee(
        "199301182019031002",
        "Muhammad Iqbal Ramadhan, S.Kom.",
        "DISKOMINFO-BNA",
        "Bidang Aplikasi Informatika",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "11.71",
        "+07:00",
        "ngoding, kupi, Persiraja. Opini pribadi.",
        "Banda Aceh",
        {
            "x": ("iqbal_rmdhn", "1176540032211456001", "Iqbal R."),
            "instagram": ("iqbalramadhan.bna", "39281177450", "Iqbal Ramadhan"),
        },
    ),
    "E4": Employee(
        "198506072010011011",
        "Zulfadli Nurdin, S.T.",
        "BPBD-LSM",
        "Seksi Kedaruratan dan Logistik",
        "Analis Kebencanaan",
        "PNS",
        "11.74",
        "+07:00",
        "Lhokseumawe | BPBD | kupi pancong",
        "Lhokseumawe",
        {
            "facebook": ("zulfadli.nurdin.lsm", "100009923145671", "Zulfadli Nurdin"),
        },
    ),
    "E5": Employee(
        "199504302022102003",
        "Ns. Nurul Akmalia, S.Kep.",
        "DINKES-ACEH",
        "UPTD Laboratorium Kesehatan",
        "Perawat Ahli Pertama",
        "PPPK",
        "11",
        "+07:00",
        "Perawat 🩺 | PPPK 2022 | Lampulo",
        "Banda Aceh",
        {
            "facebook": ("nurul.akmalia.95", "100071234512345", "Nurul Akmalia"),
            "tiktok": ("ners.nurul", "6961012345678901235", "Ners Nurul"),
        },
    ),
    "E6": Employee(
        "198702142011011005",
        "Moh. Rizal Pakaya, S.E.",
        "BPKAD-GTO",
        "Bidang Perbendaharaan",
        "Analis Keuangan",
        "PNS",
        "75.71",
        "+08:00",
        "Hulondhalo 🌽 | BPKAD | Persigo",
        "Kota Gorontalo",
        {
            "facebook": ("rizal.pakaya.87", "100003345678123", "Rizal Pakaya"),
            "x": ("rizalpky", "1290001122334455667", "Rizal Pky"),
        },
    ),
    "E7": Employee(
        "197608212002122002",
        "Hj. Sartin Mopangga, S.Pd.",
        "DIKBUD-GTO",
        "SD Negeri 12 Kota Selatan",
        "Guru Ahli Madya",
        "PNS",
        "75.71",
        "+08:00",
        "Guru SD | Majelis Taklim Al-Hikmah | Kota Gorontalo",
        "Gorontalo",
        {
            "facebook": ("sartin.mopangga", "100001987654321", "Sartin Mopangga"),
            "instagram": ("bu_sartin76", "21098765432", "Bu Sartin"),
        },
    ),
    "E8": Employee(
        "198405092009041006",
        "Andi Fadli Lamarauna, S.T., M.T.",
        "PUPR-PALU",
        "Bidang Bina Marga",
        "Teknik Jalan dan Jembatan Ahli Muda",
        "PNS",
        "72.71",
        "+08:00",
        "Insinyur jalan | Palu Nosarara | tulisan pribadi",
        "Palu, Sulawesi Tengah",
        {
            "x": ("fadli_lmr", "1339876543210987654", "Andi Fadli"),
            "facebook": ("andifadli.lamarauna", "100002223334445", "Andi Fadli Lamarauna"),
        },
    ),
    "E9": Employee(
        "199003032015031001",
        "La Ode Muhammad Ikhsan, S.H.",
        "SATPOLPP-KDI",
        "Bidang Penegakan Perda",
        "Polisi Pamong Praja Ahli Pertama",
        "PNS",
        "74.71",
        "+08:00",
        "Kendari | Satpol PP | anak Puuwatu",
        "Kendari",
        {
            "facebook": ("laode.ikhsan.kdi", "100008765432109", "La Ode Ikhsan"),
            "tiktok": ("laodeikhsan_", "7012345678901234567", "LaOde Ikhsan"),
        },
    ),
    "E10": Employee(
        "199107112016042009",
        "Sitti Rahma Lasaloka, S.Sos.",
        "KEC-PALUBARAT",
        "Seksi Pelayanan Umum",
        "Analis Kebijakan Ahli Pertama",
        "PNS",
        "72.71",
        "+08:00",
        "Kecamatan Palu Barat | to Kaili | 💙",
        "Palu",
        {
            "instagram": ("sittirahma.lsl", "5512340987", "Sitti Rahma"),
            "facebook": ("sittirahma.lasaloka", "100006655443322", "Sitti Rahma Lasaloka"),
        },
    ),
}

# Colleagues without declared accounts (the roster holds more people than the accounts).
EXTRA_ROSTER = [
    (
        "198112042006042003",
        "Cut Nyak Mariani, S.E.",
        "DSI-ACEH",
        "Sekretariat",
        "Analis Keuangan",
        "PNS",
        "11",
        "active",
    ),
    (
        "197705192003121004",
        "Drs. Ramli Hasan",
        "BPKAD-GTO",
        "Bidang Aset",
        "Kepala Bidang",
        "PNS",
        "75.71",
        "active",
    ),
    (
        "199609302023061005",
        "Muh. Arif Tamburaka, S.Kom.",
        "SATPOLPP-KDI",
        "Sekretariat",
        "Pranata Komputer",
        "PPPK",
        "74.71",
        "active",
    ),
    (
        "196805171990031002",
        "Abdul Wahid Lasalewo",
        "PUPR-PALU",
        "Bidang Sumber Daya Air",
        "Pengawas Lapangan",
        "PNS",
        "72.71",
        "inactive",
    ),
]

# --------------------------------------------------------------------------------------
# Political targets (invented candidates; real parties; invented acting officials)
# --------------------------------------------------------------------------------------

PLATFORMS = ("x", "facebook", "instagram", "tiktok")

# target_id, name, kind, election_id, ballot_number, party, handle base (None: no account)
TARGETS: list[tuple[str, str, str, str, str, str, str | None]] = [
    # Pilgub Aceh 2024
    (
        "AC1",
        "Tgk. H. Muslem Syarif, Lc., M.A.",
        "candidate",
        "PILGUB-ACEH-2024",
        "1",
        "Partai Aceh",
        "muslemsyarif",
    ),
    ("AC1W", "Safwan Hamdani, S.E.", "candidate", "PILGUB-ACEH-2024", "1", "Partai Aceh", None),
    (
        "TIM-AC1",
        "Tim Pemenangan MUSA Aceh",
        "campaign_team",
        "PILGUB-ACEH-2024",
        "",
        "",
        "relawanmusa.aceh",
    ),
    (
        "AC2",
        "Dr. Zulfikar Daud, S.E., M.Ec.",
        "candidate",
        "PILGUB-ACEH-2024",
        "2",
        "Partai Nanggroe Aceh",
        "zulfikardaud",
    ),
    (
        "AC2W",
        "dr. Rahmah Yusra, Sp.PD.",
        "candidate",
        "PILGUB-ACEH-2024",
        "2",
        "Partai Nanggroe Aceh",
        None,
    ),
    (
        "TIM-AC2",
        "Relawan ZURA Beusaboh",
        "campaign_team",
        "PILGUB-ACEH-2024",
        "",
        "",
        "zura.beusaboh",
    ),
    (
        "AC3",
        "Teuku Anwar Syahputra, S.T., M.T.",
        "candidate",
        "PILGUB-ACEH-2024",
        "3",
        "Partai Keadilan Sejahtera",
        "teukuanwar.sp",
    ),
    (
        "AC3W",
        "Marzuki Hanafiah, S.H.",
        "candidate",
        "PILGUB-ACEH-2024",
        "3",
        "Partai Keadilan Sejahtera",
        None,
    ),
    # Pilwalkot Banda Aceh 2024
    (
        "BNA1",
        "Haikal Munawar, S.H.",
        "candidate",
        "PILWALKOT-BNA-2024",
        "1",
        "Partai Demokrat",
        "haikalmunawar",
    ),
    (
        "BNA1W",
        "Intan Maulidia, S.Psi.",
        "candidate",
        "PILWALKOT-BNA-2024",
        "1",
        "Partai Demokrat",
        None,
    ),
    (
        "BNA2",
        "Ridha Mahyuddin, S.Kom., M.M.",
        "candidate",
        "PILWALKOT-BNA-2024",
        "2",
        "Partai Amanat Nasional",
        "ridhamahyuddin",
    ),
    (
        "BNA2W",
        "Fauzan Abdi, S.E.",
        "candidate",
        "PILWALKOT-BNA-2024",
        "2",
        "Partai Amanat Nasional",
        None,
    ),
    # Pilwalkot Gorontalo 2024
    (
        "GTO1",
        "Ir. Ramli Tangahu, M.Si.",
        "candidate",
        "PILWALKOT-GTO-2024",
        "1",
        "Partai Golongan Karya",
        "ramlitangahu",
    ),
    (
        "GTO1W",
        "Fitri Katili, S.E.",
        "candidate",
        "PILWALKOT-GTO-2024",
        "1",
        "Partai Golongan Karya",
        None,
    ),
    (
        "TIM-GTO1",
        "Relawan RAFI Kota Gorontalo",
        "campaign_team",
        "PILWALKOT-GTO-2024",
        "",
        "",
        "relawanrafi.gtlo",
    ),
    (
        "GTO2",
        "H. Yusran Lihawa, S.Ag.",
        "candidate",
        "PILWALKOT-GTO-2024",
        "2",
        "Partai NasDem",
        "yusranlihawa",
    ),
    (
        "GTO2W",
        "Nurdin Polapa, S.Pd.",
        "candidate",
        "PILWALKOT-GTO-2024",
        "2",
        "Partai NasDem",
        None,
    ),
    # Pilwalkot Palu 2024
    (
        "PLU1",
        "Rahmat Tombinawa, S.E.",
        "candidate",
        "PILWALKOT-PALU-2024",
        "1",
        "Partai Gerakan Indonesia Raya",
        "rahmattombinawa",
    ),
    (
        "PLU1W",
        "Sri Wahyuni Masiga, S.H.",
        "candidate",
        "PILWALKOT-PALU-2024",
        "1",
        "Partai Gerakan Indonesia Raya",
        None,
    ),
    (
        "PLU2",
        "Andi Marzuki Lasalewo, S.T.",
        "candidate",
        "PILWALKOT-PALU-2024",
        "2",
        "Partai Kebangkitan Bangsa",
        "andimarzuki.lasalewo",
    ),
    (
        "PLU2W",
        "Nirwana Lamaindi, S.Sos.",
        "candidate",
        "PILWALKOT-PALU-2024",
        "2",
        "Partai Kebangkitan Bangsa",
        None,
    ),
    # Pilwalkot Kendari 2024
    (
        "KDI1",
        "H. Haerul Onembute, S.H., M.H.",
        "candidate",
        "PILWALKOT-KDI-2024",
        "1",
        "Partai Amanat Nasional",
        "haerulonembute",
    ),
    (
        "KDI1W",
        "Wa Ode Sartika, S.E.",
        "candidate",
        "PILWALKOT-KDI-2024",
        "1",
        "Partai Amanat Nasional",
        None,
    ),
    (
        "KDI2",
        "Mustari Lamba, S.Sos.",
        "candidate",
        "PILWALKOT-KDI-2024",
        "2",
        "Partai Demokrasi Indonesia Perjuangan",
        "mustarilamba",
    ),
    (
        "KDI2W",
        "Rosmini Ndoasa, S.Pd.",
        "candidate",
        "PILWALKOT-KDI-2024",
        "2",
        "Partai Demokrasi Indonesia Perjuangan",
        None,
    ),
    # Pemilu 2024 legislative candidates
    (
        "CLG-AC",
        "Tgk. Zulhelmi Abdullah, S.H.I.",
        "candidate",
        "PILEG24-DPRA",
        "3",
        "Partai Aceh",
        "tgkzulhelmi",
    ),
    (
        "CLG-GTO",
        "Hj. Nining Dunda, S.E.",
        "candidate",
        "PILEG24-DPRD-KOTAGTO",
        "5",
        "Partai Golongan Karya",
        "niningdunda",
    ),
    # Parties (no election: political at all times); ballot numbers of Pemilu 2024
    ("P-PKB", "Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "", "pkb.sulteng"),
    (
        "P-GERINDRA",
        "Partai Gerakan Indonesia Raya (Gerindra)",
        "party",
        "",
        "2",
        "",
        "gerindra.aceh.gtlo",
    ),
    ("P-PDIP", "Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", "", "pdip.aceh"),
    ("P-GOLKAR", "Partai Golongan Karya (Golkar)", "party", "", "4", "", "golkar.kotagtlo"),
    ("P-NASDEM", "Partai NasDem", "party", "", "5", "", "nasdem.gorontalo"),
    ("P-PKS", "Partai Keadilan Sejahtera (PKS)", "party", "", "8", "", "pks.aceh"),
    ("P-PAN", "Partai Amanat Nasional (PAN)", "party", "", "12", "", "pan.sultra"),
    ("P-DEMOKRAT", "Partai Demokrat", "party", "", "14", "", "demokrat.sulteng"),
    ("P-PPP", "Partai Persatuan Pembangunan (PPP)", "party", "", "17", "", "ppp.aceh"),
    ("P-PNA", "Partai Nanggroe Aceh (PNA)", "party", "", "18", "", "pna.official"),
    ("P-PA", "Partai Aceh (PA)", "party", "", "21", "", "partaiaceh.dpa"),
    # Acting office-holders (not standing)
    (
        "OFF-PJGUB-ACEH",
        "Drs. Teuku Zainal Abidin Yahya, M.Si. (Pj Gubernur Aceh)",
        "official",
        "",
        "",
        "",
        "pjgub.aceh",
    ),
    (
        "OFF-PJWAKO-GTO",
        "Ismail Kaluku, S.STP., M.Si. (Pj Wali Kota Gorontalo)",
        "official",
        "",
        "",
        "",
        "pjwako.gorontalo",
    ),
    (
        "OFF-PJWALI-KDI",
        "Drs. Muhlis Tosepu, M.Si. (Pj Wali Kota Kendari)",
        "official",
        "",
        "",
        "",
        "pjwali.kendari",
    ),
]

# A C item naming a pair may be credited to the head, the deputy or the pair's team.
GROUPS: dict[str, list[str]] = {
    "AC1": ["AC1", "AC1W", "TIM-AC1"],
    "AC2": ["AC2", "AC2W", "TIM-AC2"],
    "AC3": ["AC3", "AC3W"],
    "BNA1": ["BNA1", "BNA1W"],
    "BNA2": ["BNA2", "BNA2W"],
    "GTO1": ["GTO1", "GTO1W", "TIM-GTO1"],
    "GTO2": ["GTO2", "GTO2W"],
    "PLU1": ["PLU1", "PLU1W"],
    "PLU2": ["PLU2", "PLU2W"],
    "KDI1": ["KDI1", "KDI1W"],
    "KDI2": ["KDI2", "KDI2W"],
}

# target_id, term (slogans, nicknames, hashtags as the campaigns registered them)
KEYWORDS = [
    ("AC1", "MUSA"),
    ("AC1", "#AcehMulia"),
    ("AC1", "Aceh Mulia"),
    ("AC1", "#MUSAuntukAceh"),
    ("AC1", "Jak ta pileh MUSA"),
    ("AC2", "ZURA"),
    ("AC2", "#ZURA02"),
    ("AC2", "#AcehHebat"),
    ("AC2", "Aceh Hebat"),
    ("AC2", "ZURA nomor 2"),
    ("AC3", "ANSAR"),
    ("AC3", "#ANSAR3"),
    ("AC3", "#AcehBeurata"),
    ("AC3", "Aceh Beurata"),
    ("AC3", "#relawanANSAR"),
    ("BNA1", "HATI"),
    ("BNA1", "#SepenuhHATI"),
    ("BNA1", "Banda Aceh Sepenuh HATI"),
    ("BNA2", "RIFA"),
    ("BNA2", "#RIFA"),
    ("BNA2", "#BandaAcehGemilang"),
    ("BNA2", "Banda Aceh Gemilang"),
    ("GTO1", "RAFI"),
    ("GTO1", "#RAFI1"),
    ("GTO1", "Kota Gorontalo Maju"),
    ("GTO2", "#YNBerkah"),
    ("GTO2", "Gorontalo Berkah"),
    ("GTO2", "Yusran-Nurdin"),
    ("PLU1", "#PaluBangkit"),
    ("PLU1", "Palu Bangkit"),
    ("PLU1", "Rahmat-Sri"),
    ("PLU2", "AMAN"),
    ("PLU2", "#PaluAMAN"),
    ("PLU2", "Palu AMAN Sejahtera"),
    ("KDI1", "HARTI"),
    ("KDI1", "#KendariHARTI"),
    ("KDI1", "Kendari Juara"),
    ("KDI2", "MURO"),
    ("KDI2", "#MUROuntukKendari"),
    ("KDI2", "Kendari Sejahtera"),
    ("CLG-AC", "#Zulhelmi3"),
    ("CLG-AC", "Zulhelmi DPRA"),
    ("CLG-GTO", "#NiningDPRD"),
    ("P-GOLKAR", "#GolkarMenang"),
    ("P-GERINDRA", "#Gerindra"),
]

# Non-political accounts whose posts employees comment on, reply to or quote.
# key: (handle, display name)
OTHERS: dict[str, tuple[str, str]] = {
    "news_aceh": ("beritaacehkini", "Berita Aceh Kini"),
    "kip_aceh": ("infopilkada.aceh", "Info Pilkada Aceh"),
    "f_aceh": ("razali_kupi", "Razali Kupi"),
    "f_aceh2": ("nanda.lamprit", "Nanda Lamprit"),
    "news_gto": ("gorontalo.today", "Gorontalo Today"),
    "f_gto": ("rahmi.hulawa", "Rahmi Hulawa"),
    "news_palu": ("palu.terkini", "Palu Terkini"),
    "f_palu": ("bela.tatanga", "Bela Tatanga"),
    "news_kdi": ("kendari.update", "Kendari Update"),
    "f_kdi": ("anakmuda.sultra", "Anak Muda Sultra"),
}


def _num(seed: str, digits: int) -> str:
    """A stable pseudo-random number string of ``digits`` digits derived from ``seed``."""
    value = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    first = str(1 + value % 9)
    rest = str(value // 9).zfill(digits)[-(digits - 1) :]
    return first + rest


def target_account(key: str, platform: str) -> tuple[str, str, str]:
    """(user_id, handle, display name) of a target's or another account on ``platform``."""
    for tid, name, _kind, _eid, _ballot, _party, base in TARGETS:
        if tid == key:
            if base is None:
                raise KeyError(f"target {key} has no account")
            return _num(f"{tid}:{platform}", 15), f"{base}", name
    handle, display = OTHERS[key]
    return _num(f"{key}:{platform}", 15), handle, display


# --------------------------------------------------------------------------------------
# Labelled items (written before the first run; do not edit after it)
# --------------------------------------------------------------------------------------


@dataclass
class Item:
    iid: str
    label: str  # C, N, A or O
    targets: list[str]  # for C: the target ids a correct finding may name
    who: str  # employee key
    when: str  # "YYYY-MM-DD HH:MM" (employee's offset), "...~" (no offset) or full ISO
    text: str | None
    act: str
    on: tuple[str, str] | None  # (author key, parent text) for comment/reply/quote
    plat: str
    img: tuple[str, str] | None  # (alt_text, ocr_text)


ITEMS: list[Item] = []


def _add(
    label: str,
    tg: str,
    who: str,
    when: str,
    text: str | None,
    act: str = "post",
    on: tuple[str, str] | None = None,
    plat: str | None = None,
    img: tuple[str, str] | None = None,
) -> None:
    emp = EMPLOYEES[who]
    platform = plat or next(iter(emp.accounts))
    if platform not in emp.accounts:
        raise ValueError(f"{who} has no {platform} account")
    targets: list[str] = []
    for key in tg.split():
        targets.extend(GROUPS.get(key, [key]))
    n = sum(1 for it in ITEMS if it.label == label) + 1
    ITEMS.append(Item(f"{label}{n:03d}", label, targets, who, when, text, act, on, platform, img))


def C(tg: str, who: str, when: str, text: str | None, **kw: Any) -> None:
    _add("C", tg, who, when, text, **kw)


def N(tg: str, who: str, when: str, text: str | None, **kw: Any) -> None:
    _add("N", tg, who, when, text, **kw)


def A(tg: str, who: str, when: str, text: str | None, **kw: Any) -> None:
    _add("A", tg, who, when, text, **kw)


def OW(tg: str, who: str, when: str, text: str | None, **kw: Any) -> None:
    _add("O", tg, who, when, text, **kw)


# ---- C: Pilgub Aceh 2024 (window 2024-08-27 .. 2024-12-16) ----------------------------

C(
    "AC1",
    "E1",
    "2024-10-02 20:10",
    "Meunyo droneuh geuthee soe nyang paleng ikhlas peugot Aceh, jawaban jih cuma saboh: MUSA. Muslem Syarif–Safwan, nomor 1! #AcehMulia",
)
C(
    "AC1",
    "E1",
    "2024-10-20 07:05",
    "Bismillah, lon ka meupakat ngon ureueng gampong: tanggal 27 November ta jak u TPS, neucoblos nomor 1 MUSA. Aceh Mulia, Aceh Meuadab 🤲",
    plat="facebook",
)
C(
    "AC1",
    "E1",
    "2024-10-06 21:40",
    "Insya Allah hadir Teungku! Beumeunang MUSA, Aceh Mulia beusaboh 🤲💚",
    act="comment",
    plat="facebook",
    on=(
        "AC1",
        "Kampanye akbar MUSA di Lapangan Blang Padang, Ahad pagi. Insya Allah ramai, mari hadir bersama keluarga.",
    ),
)
C(
    "AC2",
    "E2",
    "2024-10-12 17:45",
    "Sore tadi di Taman Bustanussalatin 😍",
    img=(
        "Seorang guru berhijab tersenyum berfoto dengan Dr. Zulfikar Daud sambil mengacungkan dua jari",
        "ZURA NOMOR 2 ACEH HEBAT",
    ),
)
C(
    "AC2",
    "E2",
    "2024-11-02 19:30",
    "POV: kalau ZURA menang, guru-guru Aceh sejahtera 😭🙏 ayo kawan2 pilih 02! #ZURA #AcehHebat #fyp",
    plat="tiktok",
)
C(
    "AC2",
    "E2",
    "2024-10-09 20:05",
    "Semangat Pak Zul!! kamoe guru2 di Banda siap menangkan ZURAAA 💪💪",
    act="comment",
    on=(
        "AC2",
        "Terima kasih warga Aceh Besar atas sambutan luar biasa hari ini. Bersama kita wujudkan Aceh Hebat.",
    ),
)
C(
    "AC3",
    "E3",
    "2024-10-14 12:20",
    "Nyoe baru program nyata. Lon pileh Bang Anwar, nomor 3 ANSAR! 🔥",
    act="quote",
    on=("AC3", "Program Beurata: beasiswa satu gampong satu sarjana. Aceh Beurata untuk semua."),
)
C(
    "AC3",
    "E3",
    "2024-11-09 22:15",
    "Debat tadi jelas that, Teuku Anwar paling siap. 27 Nov jangan lupa, tusuk nomor 3 ya gaes #AcehBeurata",
)
C(
    "AC1",
    "E4",
    "2024-09-28 16:00",
    "Kamoe dari Lhokseumawe siap menangkan Muslem Syarif–Safwan Hamdani. Bek tuwoe, nomor 1! Aceh Mulia!",
)
C(
    "AC1",
    "E4",
    "2024-10-13 10:25",
    "Lhokseumawe bersatu ☝️",
    img=(
        "Sekelompok pria berkaos putih mengangkat satu jari telunjuk di depan baliho Muslem Syarif",
        "MUSA ☝ SATU HATI UNTUK ACEH",
    ),
)
C(
    "AC2",
    "E5",
    "2024-10-18 08:40",
    "Ibu-ibu PKK, pilih pemimpin yang peduli kesehatan! Kak Rahmah Yusra wakil kita, ZURA nomor dua 🩺💕",
)
C(
    "AC2",
    "E5",
    "2024-10-24 21:10",
    "Duet ZURA itu paket lengkap: satu ahli ekonomi, satu dokter. Auto nomor 2 lah 😎 #ZURA #PilgubAceh2024",
    plat="tiktok",
)
C(
    "AC1",
    "E1",
    "2024-10-08 13:00",
    "Hana perlee bingung, akhi. Pileh nyang paham agama, MUSA. Nomor 1 insyaAllah berkah.",
    act="reply",
    on=("f_aceh", "Pilgub kali nyoe lon bingung that, soe nyang ta pileh?"),
)
C(
    "AC3",
    "E3",
    "2024-10-03 09:00",
    "Fix no debat: Bang Anwar–Marzuki for Aceh 1. #ANSAR3 #AcehBeurata 🇮🇩",
)
C(
    "AC1",
    "E4",
    "2024-10-21 19:45",
    "Siap Bang Muslem, kamoe tunggu di Lapangan Hiraq. Menang satu putaran!!",
    act="comment",
    on=("AC1", "Jadwal kampanye MUSA di Lhokseumawe: Rabu, 23 Oktober, Lapangan Hiraq."),
)
C(
    "AC1",
    "E4",
    "2024-11-04 07:30",
    "Baju baru dari kawan 😁",
    img=(
        "Pria memakai kaos hijau bergambar wajah Muslem Syarif dan Safwan Hamdani",
        "MUSA NOMOR 1 - ACEH MULIA",
    ),
)
C(
    "AC1",
    "E1",
    "2024-11-25 20:00",
    "Ka masa tenang, tapi lon peugah saboh teuk: bek tuwo soe nyang ka geubri bukti. Lusa, satu jari untuk MUSA ☝️",
    plat="facebook",
)
C(
    "AC2",
    "E5",
    "2024-11-27 11:20",
    "Alhamdulillah sudah nyoblos, tebak lah ke mana 😉 ✌️ Zulfikar–Rahmah pasti menang!",
)
C(
    "AC3",
    "E3",
    "2024-12-02 08:15",
    "Kawal suara ANSAR sampai rekap KIP! Jangan biarkan suara nomor 3 dicuri!",
)
C(
    "AC2",
    "E2",
    "2024-09-26 18:00",
    "Hari pertama kampanye, kami anak muda Aceh dukung ZURA 🔥 Aceh Hebaaat!! #02",
    plat="tiktok",
)
C(
    "AC1",
    "E4",
    "2024-10-30 20:30",
    "Kalau ingin Aceh berwibawa, ingat nama Muslem Syarif di kotak suara. Jangan salah pilih, sanak.",
)
C(
    "AC1",
    "E1",
    "2024-10-26 10:10",
    "Meuseuraya bak meunasah, alhamdulillah",
    plat="facebook",
    img=(
        "Foto bersama warga di depan meunasah, di belakang terpasang spanduk hijau pasangan nomor 1",
        "JAK TA PILEH MUSA - MUSLEM SYARIF & SAFWAN HAMDANI - NOMOR 1",
    ),
)
C(
    "AC3",
    "E3",
    "2024-10-19 16:45",
    "Lon bangga jadi relawan digital ANSAR. Aceh Beurata, Aceh Meugah! 🙌 #relawanANSAR",
    plat="instagram",
)
C(
    "AC2",
    "E5",
    "2024-10-27 15:05",
    "Ya jelas ZURA kak, Bu Rahmah kan dokter, paham nasib kita. Coblos 2!",
    act="reply",
    on=("f_aceh2", "Kawan2 nakes, menurut kalian paslon mana yang paling peduli tenaga kesehatan?"),
)
C(
    "AC2",
    "E2",
    "2024-11-03 22:40",
    "Pak Zul tadi keren bgt jawabannya 😍 ini baru calon gubernur Aceh sesungguhnya. 02 harga mati!",
    act="comment",
    on=(
        "f_aceh2",
        "Debat kedua Pilgub Aceh malam ini, siapa menurut kalian paling menguasai materi?",
    ),
)
C("AC1", "E1", "2024-11-10 21:00", "MUSAAAA!!! satu putaran insyaAllah ☝️☝️☝️ #AcehMulia")
C(
    "AC2",
    "E2",
    "2024-10-31 20:20",
    "Jawaban kalian kalo ditanya pilih siapa? aku: Z-U-R-A 😌✌️",
    plat="tiktok",
)
C(
    "AC3",
    "E3",
    "2024-11-12 07:50",
    "A N S A R. Tiga huruf? Bukan, lima. Satu pilihan: nomor tiga. 🔥",
)
C(
    "AC2",
    "E5",
    "2024-11-16 09:15",
    "Honestly, ZURA is the best choice for Aceh. Vote no. 2 on Nov 27, guys! 🙏",
)
C(
    "AC1",
    "E4",
    "2024-11-06 18:10",
    "Bak Pilgub nyoe, lon ngon syedara di Blang Mangat tetap pileh Muslem–Safwan. Nyan keuputosan kamoe.",
)
C(
    "AC1",
    "E1",
    "2024-10-15 21:00~",
    "Teungku-teungku dayah, mari ta dukong MUSA. Nomor 1 untuk Aceh yang bersyariat.",
    plat="facebook",
)
C(
    "AC2",
    "E5",
    "2024-09-23 12:30",
    "Semoga ZURA yang menang, aamiin ya Allah. Nomor 2 pilihan nakes!",
    act="comment",
    on=(
        "news_aceh",
        "KIP Aceh tetapkan tiga pasangan calon gubernur dan wakil gubernur Aceh 2024.",
    ),
)

# ---- C: Pilwalkot Banda Aceh 2024 ------------------------------------------------------

C(
    "BNA2",
    "E3",
    "2024-10-07 20:00",
    "Banda Aceh butuh wali kota yang ngerti digital. Ridha–Fauzan, RIFA nomor 2! #BandaAcehGemilang",
)
C(
    "BNA2",
    "E3",
    "2024-10-22 21:30",
    "Gas terus Bang Ridha, anak muda Kuta Alam di belakang abang 💪 #RIFA",
    act="comment",
    on=("BNA2", "Malam ini diskusi bersama anak muda Kuta Alam soal lapangan kerja digital."),
)
C(
    "BNA1",
    "E2",
    "2024-10-16 16:30",
    "Banda Aceh Sepenuh HATI ❤️ Coblos nomor 1 Haikal–Intan, perempuan Banda Aceh bersatu!",
)
C(
    "BNA1",
    "E2",
    "2024-10-29 17:10",
    "ibu2 arisan kompak 😂❤️",
    plat="tiktok",
    img=(
        "Beberapa ibu membentuk simbol hati dengan jari di depan posko Haikal-Intan",
        "HAIKAL - INTAN NO 1 | SEPENUH HATI",
    ),
)
C(
    "BNA2",
    "E3",
    "2024-11-20 19:05",
    "Yg bilang RIFA gak punya program, baca dulu visi misinya. Gemilang bukan janji! Nomor dua untuk Banda ✌️",
)
C(
    "BNA1",
    "E5",
    "2024-11-08 20:45",
    "Pilwalkot Banda Aceh: lon tetap HATI. Haikal Munawar sudah terbukti dekat dengan rakyat. #SepenuhHATI",
)
C(
    "BNA2",
    "E3",
    "2024-11-14 13:35",
    "Meunyo droneuh keuneuk Banda Aceh leubeh maju, pileh RIFA laju. Hana laen.",
    act="reply",
    on=("f_aceh2", "Pilwalkot Banda Aceh ini kalian condong ke mana? Masih bingung aku."),
)

# ---- C: DPRA caleg (Pileg 2024 window 2023-05-01 .. 2024-03-20) and Aceh parties ------

C(
    "CLG-AC P-PA",
    "E1",
    "2024-01-15 20:00",
    "Neupileh Tgk. Zulhelmi Abdullah, caleg DPRA Dapil Aceh 1 dari Partai Aceh, nomor urut 3. Ulama muda, amanah. 🤲",
    plat="facebook",
)
C(
    "CLG-AC P-PA",
    "E4",
    "2024-02-05 08:00",
    "Untuk DPRA, coblos Partai Aceh nomor 21, caleg nomor 3 Teungku Zulhelmi. Bek salah coblos!",
)
C(
    "CLG-AC",
    "E1",
    "2023-12-10 19:20",
    "Tgk Zulhelmi ka jeut keu wakil geutanyoe di DPRA. Dukung beliau, insyaAllah amanah. #Zulhelmi3",
)
C(
    "CLG-AC",
    "E5",
    "2024-01-28 16:40",
    "Makasih Teungku sudah peduli nakes, 14 Februari kami pilih Teungku 🙏",
    act="comment",
    on=(
        "CLG-AC",
        "Silaturahmi dengan tenaga kesehatan di Darussalam. Nakes adalah garda terdepan.",
    ),
)
C(
    "CLG-AC P-PA",
    "E4",
    "2024-02-12 21:00",
    "Sikit lagi 💪",
    img=(
        "Kalender meja dengan spesimen surat suara DPRA, kotak nomor 3 dilingkari spidol merah",
        "SPESIMEN SURAT SUARA DPRA - PARTAI ACEH - 3. TGK. ZULHELMI ABDULLAH",
    ),
)
C(
    "P-PA",
    "E4",
    "2024-06-14 20:10",
    "Partai Aceh tetap di hate ureueng Aceh. Sampai kapan pun lon dukong PA! 💪",
)
C(
    "P-PNA",
    "E1",
    "2023-03-20 09:30",
    "PNA lahir dari rakyat, untuk rakyat. Meunyo pemilu teuma, lon pileh PNA.",
)
C(
    "P-PKS",
    "E3",
    "2024-07-02 22:00",
    "Satu-satunya partai yg konsisten: PKS. Ayo anak muda Aceh menangkan PKS di 2029!",
)
C(
    "P-GERINDRA",
    "E5",
    "2024-04-10 19:00",
    "Gerindra terus! Partai nomor 2 paling peduli rakyat kecil 🦅🔥 #Gerindra",
    plat="tiktok",
)
C(
    "P-PDIP",
    "E2",
    "2025-01-20 20:30",
    "Pemilu masih lama, tapi hati tetap merah: PDI Perjuangan! Salam metal 🤘 Banteng Aceh tak pernah tidur.",
)
C(
    "P-PKS P-PPP",
    "E1",
    "2024-09-05 08:30",
    "Meunyo ta keuneuk syariat teugak di Aceh, ta peukuat PKS ngon PPP di parlemen. Ta dukong keudua partai nyan!",
    plat="facebook",
)
C(
    "P-PA",
    "E4",
    "2024-05-19 21:15",
    "Hidup Partai Aceh! Kamoe di gampong siap bergerak untuk PA 🔥",
    act="comment",
    on=("P-PA", "Milad Partai Aceh: terima kasih rakyat Aceh atas kepercayaan di Pemilu 2024."),
)

# ---- C: Pilwalkot Gorontalo 2024 -------------------------------------------------------

C(
    "GTO1",
    "E6",
    "2024-10-07 19:30",
    "Ana so putuskan, torang pilih RAFI! Ramli Tangahu–Fitri Katili nomor 1 😤🔥 #RAFI1",
)
C(
    "GTO1",
    "E6",
    "2024-10-19 08:15",
    "Ngana mo Kota Gorontalo maju? Coblos nomor satu olo, RAFI! Jang lupa 27 November.",
)
C(
    "GTO1",
    "E6",
    "2024-10-11 21:05",
    "Mantaaap Ti Papa Ramli 👍👍 torang di Dulalowo siap menangkan!",
    act="comment",
    on=("GTO1", "Terima kasih warga Dulalowo atas sambutan hangatnya malam ini."),
)
C(
    "GTO2",
    "E7",
    "2024-10-10 15:00",
    "Ibu-ibu guru Kota Gorontalo, mari torang pilih pemimpin yang religius: Yusran–Nurdin nomor 2, Gorontalo Berkah 🤲",
)
C(
    "GTO2",
    "E7",
    "2024-10-25 13:20",
    "Kegiatan majelis taklim",
    plat="instagram",
    img=(
        "Ibu-ibu berkerudung berfoto bersama Yusran Lihawa, semua mengacungkan dua jari",
        "YUSRAN - NURDIN | GORONTALO BERKAH | NO. 2",
    ),
)
C(
    "GTO2",
    "E7",
    "2024-11-01 16:35",
    "Barakallah Pak Yusran, semoga menang, aamiin. Ana pe doa sama ngoni 🤲 #YNBerkah",
    act="comment",
    on=("GTO2", "Jumat berkah, silaturahmi bersama jamaah Masjid Baiturrahim Kota Gorontalo."),
)
C(
    "GTO1",
    "E6",
    "2024-11-09 22:30",
    "Debat kedua: RAFI menang telak. Nomor 1 tinggal tunggu dilantik wkwk #RAFI1 #PilwakoGorontalo",
    plat="x",
)
C(
    "GTO2",
    "E7",
    "2024-11-26 20:00",
    "Besok jang lupa ke TPS, pilih yang sholeh, yang tiap Subuh ke masjid, nomor dua 😊",
)
C(
    "GTO1",
    "E6",
    "2024-10-28 12:10",
    "Nda usah tanya le, RAFI sampe mati 😂☝️",
    act="reply",
    on=("f_gto", "Eh sapa ngana pe pilihan di Pilwako?"),
)
C(
    "GTO2",
    "E7",
    "2024-09-30 18:40",
    "Pak Nurdin Polapa itu dulu kepala sekolah ana. Orangnya jujur. Pantas jadi wakil wali kota. Dukung penuh Yusran–Nurdin! 💯",
)
C(
    "GTO1",
    "E6",
    "2024-10-23 17:00",
    "Posko so rame",
    img=(
        "Posko pemenangan dengan spanduk kuning pasangan nomor 1",
        "POSKO RELAWAN RAFI - RAMLI TANGAHU & FITRI KATILI - KOTA GORONTALO MAJU",
    ),
)
C(
    "GTO2",
    "E7",
    "2024-11-13 05:30",
    "Yusran Lihawa wali kota, Nurdin Polapa wakilnya. So pasti itu! Amin ya rabbal alamin 🤲",
)
C(
    "GTO1",
    "E6",
    "2024-11-15 09:00",
    None,
    img=(
        "Poster kampanye pasangan Ramli Tangahu dan Fitri Katili",
        "AYO MENANGKAN RAFI NOMOR 1 - KOTA GORONTALO MAJU",
    ),
)

# ---- C: DPRD Kota Gorontalo caleg and parties in Gorontalo --------------------------

C(
    "CLG-GTO P-GOLKAR",
    "E7",
    "2024-02-08 19:00",
    "Torang perempuan harus ada wakil di DPRD. Pilih Ibu Nining Dunda, Golkar nomor urut 5, Dapil Kota Selatan–Hulonthalangi 💛",
)
C(
    "CLG-GTO P-GOLKAR",
    "E6",
    "2024-01-22 20:20",
    "Siap Ibu Nining, Golkar menang di Kota Selatan!",
    act="comment",
    on=(
        "CLG-GTO",
        "Reses dan silaturahmi di Kelurahan Biawao. Terima kasih atas dukungan ibu-ibu.",
    ),
)
C(
    "CLG-GTO",
    "E7",
    "2023-12-15 14:00",
    "Ibu Nining pe program beasiswa anak guru mantap sekali. 14 Feb ana coblos beliau 💛 #NiningDPRD",
    plat="instagram",
)
C(
    "P-GOLKAR",
    "E6",
    "2024-02-10 21:45",
    "Pilih Golkar, pilih beringin! Nomor 4 suara rakyat 🌳💛 #GolkarMenang",
)
C(
    "P-GOLKAR",
    "E7",
    "2024-08-10 10:00",
    "Golkar itu rumah ana pe keluarga dari dulu. Kuning sampai mati! 💛",
)
C(
    "P-NASDEM",
    "E6",
    "2025-02-03 20:00",
    "NasDem Gorontalo makin solid. Pemilu 2029, restorasi lanjut! Pilih NasDem 🌊",
    plat="x",
)
C(
    "P-GERINDRA",
    "E6",
    "2024-03-30 16:20",
    "Gerindra menang di Gorontalo, lanjutkan! 2029 torang bikin lebih besar 🦅",
)

# ---- C: Pilwalkot Palu 2024 -----------------------------------------------------------

C(
    "PLU2",
    "E8",
    "2024-10-05 20:00",
    "Sa pilih AMAN. Andi Marzuki–Nirwana, nomor 2, Palu AMAN Sejahtera! #PaluAMAN",
)
C(
    "PLU2",
    "E8",
    "2024-10-17 07:45",
    "Jalan Trans Sulawesi rusak bertahun2, cuma AMAN yg punya program jelas. Coblos 2 ngana!",
)
C(
    "PLU2",
    "E8",
    "2024-10-09 21:20",
    "Mantap Puang Andi! Kami warga Tatanga siap menangkan AMAN 💪",
    act="comment",
    plat="facebook",
    on=("PLU2", "Dialog bersama warga Tatanga: air bersih dan jalan lingkungan."),
)
C(
    "PLU1",
    "E10",
    "2024-10-12 18:00",
    "Palu Bangkit bersama Rahmat–Sri 💙 nomor satu, pilihan hati warga Palu Barat #PaluBangkit",
)
C(
    "PLU1",
    "E10",
    "2024-10-26 16:50",
    "Tabe, ini dorang ibu-ibu Lere 😍",
    img=(
        "Sekelompok perempuan berpose satu jari di depan baliho Rahmat Tombinawa",
        "RAHMAT - SRI | PALU BANGKIT | COBLOS NO. 1",
    ),
)
C(
    "PLU1",
    "E10",
    "2024-11-03 19:40",
    "Sukses selalu Pak Rahmat, sa pe keluarga semua pilih bapak, insyaAllah 🙏",
    act="comment",
    plat="facebook",
    on=("PLU1", "Terima kasih warga Kelurahan Lere atas doa dan dukungannya."),
)
C(
    "PLU2",
    "E8",
    "2024-11-24 21:00",
    "Masa tenang tapi hati nda tenang 😅 pokoknya 27 nanti AMAN nomor 2, ngana tau to 😉",
    plat="facebook",
)
C(
    "PLU1",
    "E10",
    "2024-11-05 12:30",
    "Ndak usah ragu kaka, Rahmat–Sri paling peduli orang kecil. Nomor 1 sudah!",
    act="reply",
    plat="facebook",
    on=("f_palu", "Siapa yang bagus kasian di Pilwali Palu? Sa masih bingung."),
)
C(
    "PLU2",
    "E8",
    "2024-10-30 10:10",
    "Bangkit apanya? 6 tahun huntap belum beres. Ganti! Pilih AMAN aja.",
    act="quote",
    on=("PLU1", "Rahmat: Palu Bangkit pascabencana, kita lanjutkan pembangunan huntap."),
)
C(
    "PLU2",
    "E8",
    "2024-11-18 20:30",
    "Pilwalikota Palu: AMAN 2️⃣ Palu Aman Sejahtera ✔️ Jangan golput, jangan salah pilih 😁",
    plat="facebook",
)
C(
    "PLU1",
    "E10",
    "2024-12-17T00:20:00+08:00",
    "Alhamdulillah pleno KPU selesai, Rahmat–Sri tetap di hati sa. Nomor 1 pemenang sejati! 💙",
)

# ---- C: Pilwalkot Kendari 2024 ---------------------------------------------------------

C(
    "KDI1",
    "E9",
    "2024-10-04 19:00",
    "Inae konasara iye pinesara 🙏 Sa dukung HARTI, Haerul–Wa Ode nomor 1, Kendari Juara!",
)
C(
    "KDI1",
    "E9",
    "2024-10-14 20:40",
    "Ko mau Kendari juara? Ya HARTI lah! ☝️🔥 #KendariHARTI #pilwalikotakendari",
    plat="tiktok",
)
C(
    "KDI1",
    "E9",
    "2024-10-21 22:00",
    "Siap komandan! Anak-anak Puuwatu siap kawal suara nomor 1 sampai pleno 💪",
    act="comment",
    on=("KDI1", "Konsolidasi relawan HARTI se-Kecamatan Puuwatu malam ini."),
)
C(
    "KDI1",
    "E9",
    "2024-11-01 17:30",
    "Kalo sa sudah bilang 1 ya 1 😎",
    plat="tiktok",
    img=(
        "Pria berkaos biru mengacungkan jari telunjuk di samping Haerul Onembute",
        "HARTI NO 1 KENDARI JUARA",
    ),
)
C(
    "KDI1",
    "E9",
    "2024-10-18 09:20",
    "Pak Haerul itu orang Tolaki asli, tau adat, tau rakyat. Tidak ada alasan tidak pilih beliau 27 November.",
)
C(
    "KDI1",
    "E9",
    "2024-11-10 13:15",
    "Ko masih ragu? MURO itu cuma janji. HARTI yang sudah bukti. 1️⃣",
    act="reply",
    on=("f_kdi", "Pilwali Kendari ini sa masih ragu, HARTI atau MURO?"),
)
C(
    "KDI1",
    "E9",
    "2024-11-21 21:10",
    "Kendari butuh pemimpin kayak Pak Haerul, bukan pencitraan 😤 pokoknya 1 Kendari, 1 HARTI",
    plat="tiktok",
)

# ---- C: parties in Sulawesi ----------------------------------------------------------

C(
    "P-PKB",
    "E8",
    "2024-05-20 20:00",
    "PKB di Sulteng makin kuat. Mari torang besarkan PKB, partai nomor 1 di hati santri 🤲",
)
C(
    "P-PAN",
    "E9",
    "2023-04-10 10:00",
    "PAN Sultra mantap! Kalau pemilu nanti, sa pilih PAN, matahari terbit di Kendari ☀️",
)
C(
    "P-DEMOKRAT",
    "E10",
    "2024-12-28 19:30",
    "Demokrat selalu di hati 💙 ayo perempuan Palu dukung Partai Demokrat!",
)

# ---- N: Aceh (neutral talk, namesakes, other senses, reminders, religion) ------------

N(
    "",
    "E1",
    "2024-10-04 06:30",
    "Bek tuwo, tanggal 27 November 2024 ta jak u TPS. Pileh sesuai hate nurani, bek meuteumeung peng. Pemilu jujur, Aceh damai.",
)
N(
    "AC1",
    "E1",
    "2024-10-11 11:45",
    "Kisah Nabi Musa AS ngon Fir'aun jeut keu iktibar: kekuasaan nyang zalim pasti runtoh. QS. Thaha ayat 43-44. Jumat Mubarak 🤲",
    plat="facebook",
)
N(
    "",
    "E1",
    "2024-10-25 18:30",
    "Pengajian malam nyoe: Surah Al-Baqarah ayat 2, 'Zalikal kitabu la raiba fih'. Neujak u meunasah ba'da Isya.",
)
N(
    "AC1 AC2 AC3",
    "E1",
    "2024-09-27 08:00",
    "Peringatan bagi ASN Dinas Syariat Islam: dilarang posting 'coblos nomor 1/2/3', foto dengan jari satu, dua, tiga bersama paslon, atau pakai tagar kampanye seperti #AcehMulia, #AcehHebat, #AcehBeurata. Jaga netralitas!",
    plat="facebook",
)
N(
    "AC1",
    "E1",
    "2024-10-17 14:10",
    "Teungku, pakriban program syariat nyan meunyo dana otsus ka meukureung? Lon lakee penjelasan nyang jeulaih.",
    act="reply",
    on=("AC1", "MUSA: Aceh Mulia dengan syariat kaffah dan ekonomi umat."),
)
N(
    "AC1",
    "E1",
    "2024-11-01 07:00",
    "Innalillahi wa inna ilaihi raji'un. Ka geuwafat Tgk. Musa bin Abdullah, imum meunasah gampong kamoe. Semoga husnul khatimah. Al-Fatihah.",
    plat="facebook",
)
N(
    "",
    "E1",
    "2024-09-15 09:00",
    "Selamat memperingati Maulid Nabi Muhammad SAW 1446 H. Kenduri Maulid di gampong, kuah beulangong ka siap! 🍛",
    plat="facebook",
)
N(
    "AC2",
    "E2",
    "2024-10-14 15:20",
    "Pemilihan Ketua OSIS SMAN 3: kandidat nomor 2 menang tipis! Selamat Zulfikar kelas XI IPA 2, amanah ya nak 👏",
)
N(
    "",
    "E2",
    "2024-11-05 16:00",
    "Ngajar kelas XII IPS 3 hari ini, materi demokrasi: gimana cara memilih yang cerdas? Cek rekam jejak, visi misi, jangan karena uang! #gurukreatif",
    plat="tiktok",
)
N(
    "AC2",
    "E2",
    "2024-10-10 21:15",
    "Pak, honorer di sekolah kami belum terima gaji 3 bulan. Ini solusinya gimana konkretnya? Jangan cuma janji.",
    act="comment",
    on=("AC2", "ZURA: guru honorer Aceh sejahtera, gaji dibayar tepat waktu."),
)
N(
    "AC2",
    "E2",
    "2024-10-20 12:00",
    "Juara 2 lomba debat bahasa Inggris se-Aceh!! 🥈 proud of you kids",
    img=(
        "Tiga siswa memegang piala dan mengacungkan dua jari",
        "JUARA II LOMBA DEBAT BAHASA INGGRIS TINGKAT PROVINSI ACEH 2024",
    ),
)
N(
    "",
    "E3",
    "2024-10-16 10:00",
    "Jadwal debat publik Pilgub Aceh dari KIP Aceh: debat kedua 2 November, 20.00 WIB, disiarkan langsung. Tonton dan nilai sendiri ya.",
)
N(
    "",
    "E3",
    "2024-11-28 09:30",
    "Hasil quick count versi beberapa lembaga udah keluar, tapi tunggu rekap resmi KIP ya. Jangan sebar hoaks hasil pemilu.",
)
N(
    "AC3",
    "E3",
    "2024-10-23 13:00",
    "WiFi gratis tiap gampong, anggarannya dari mana? Mohon dijelaskan rinciannya, jangan asal janji. 🤔",
    act="quote",
    on=("AC3", "ANSAR janji WiFi gratis di tiap gampong. Aceh Beurata, Aceh digital!"),
)
N(
    "",
    "E3",
    "2024-10-01 17:20",
    "Musim kampanye = musim jalan diaspal dadakan 😂 terima kasih pemilu, kalian lebih cepat dari Dinas PU wkwk",
)
N(
    "",
    "E3",
    "2024-11-23 14:40",
    "Nomor antrean di Samsat tadi: 222. Kirain nomor keberuntungan, ternyata nunggu 3 jam 🥲",
)
N(
    "AC2",
    "E3",
    "2024-10-05 22:30",
    "Persiraja menang 2-1 lawan PSMS! Lampineung bergemuruh! Aceh hebat, Lantak laju! ⚽🔥",
    plat="instagram",
)
N(
    "OFF-PJGUB-ACEH",
    "E4",
    "2024-10-10 09:00",
    "Apel siaga bencana bersama Pj Wali Kota Lhokseumawe pagi ini. Semua TPS di daerah rawan banjir sudah kami petakan untuk 27 November.",
)
N(
    "AC1",
    "E4",
    "2024-11-03 20:00",
    "Selamat ulang tahun Bang Muslem, kawan ngopi di warkop Cunda 🎂 panjang umur, sehat selalu!",
)
N(
    "",
    "E4",
    "2024-10-22 19:30",
    "Pemilihan keuchik Gampong Blang Crum diundur jadi tahun depan. Calon nomor 1 dan nomor 2 katanya sudah siap 😅",
)
N(
    "AC1",
    "E4",
    "2024-11-14 16:15",
    "Terima kasih sudah datang, Pak. Tapi tolong juga pemerintah provinsi perbaiki tanggul Krueng Pase yang jebol sejak 2022.",
    act="comment",
    on=("AC1", "MUSA kunjungi korban banjir di Aceh Utara, salurkan bantuan sembako."),
)
N(
    "",
    "E5",
    "2024-10-29 13:00",
    "Posyandu lansia hari ini di Gampong Lampulo. Antrean nomor 1 sampai 40 sudah dilayani, alhamdulillah 🩺",
)
N(
    "",
    "E5",
    "2024-11-27 07:10",
    "Tim kesehatan siaga di TPS 05 Lamteumen Timur dari pagi 💉 semoga pemilu lancar, sehat semua petugas KPPS 🙏 #pilkadadamai",
    plat="tiktok",
)
N(
    "AC2",
    "E5",
    "2024-10-08 19:50",
    "dr. Rahmah Fitria, Sp.A. di poli anak baik sekali, anak lon sembuh alhamdulillah. Terima kasih dok!",
)
N(
    "AC2",
    "E5",
    "2024-10-15 20:20",
    "Janji BPJS gratis sudah ada dari dulu lewat JKA. Jangan mudah percaya janji siapa pun ya kawan-kawan.",
    act="comment",
    on=("news_aceh", "Paslon ZURA janji BPJS gratis untuk seluruh rakyat Aceh."),
)
N(
    "",
    "E1",
    "2024-11-27 16:00",
    "Alhamdulillah, pencoblosan di gampong kamoe aman dan damai. Hana keributan, hana politik uang. Aceh meuadab!",
    plat="facebook",
)
N(
    "AC3",
    "E2",
    "2024-10-22 14:30",
    "Belajar sejarah: kaum Muhajirin dan Anshar bersaudara di Madinah. Hari ini kelas X-3 diskusi tentang ukhuwah 🤝",
)
N(
    "",
    "E3",
    "2024-09-25 11:00",
    "Hari ini KIP Aceh undi nomor urut paslon gubernur: 1, 2, 3 sudah dapat nomor masing2. Siapa pun nomornya, ASN wajib netral ya.",
)
N(
    "",
    "E3",
    "2024-10-30 15:00",
    "Pemko Banda Aceh gelar rapat koordinasi pengamanan Pilkada bersama Pj Wali Kota, Forkopimda, KIP dan Panwaslih Kota Banda Aceh. #PilkadaDamai",
)
N(
    "BNA2",
    "E3",
    "2024-10-25 20:10",
    "Bang, parkir gratis itu PAD-nya diganti dari mana? Mohon data. Saya netral, cuma nanya.",
    act="reply",
    on=("BNA2", "RIFA: Banda Aceh Gemilang, parkir tepi jalan gratis untuk warga."),
)
N(
    "BNA2",
    "E3",
    "2024-10-18 11:30",
    "Lomba kebersihan gampong se-Banda Aceh: juara 1 Gampong Punge, juara 2 Lamdingin. Banda Aceh gemilang kalau bersih! 🧹",
)
N(
    "BNA1",
    "E2",
    "2024-11-14 06:45",
    "Hati-hati di jalan kalian yang mudik ke Pidie buat nyoblos 🥺❤️ jaga hati, jaga kesehatan",
    plat="tiktok",
)
N(
    "BNA1",
    "E5",
    "2024-10-02 10:00",
    "Seminar kesehatan mental 'Sepenuh Hati Merawat Diri' di Aula Dinkes Aceh, terbuka untuk umum 💚",
)
N(
    "",
    "E2",
    "2024-11-10 13:50",
    "Baliho paslon di depan sekolah nutupin papan nama sekolah 🙃 yang mana pun paslonnya, tolong dong timses, ini sekolah bukan tiang iklan.",
)
N(
    "",
    "E1",
    "2024-10-09 05:30",
    "Dalam Islam, memilih pemimpin itu amanah. Pileh nyang jujur, adil, dan takut kepada Allah. Lon hana peugah soe, droneuh teupeu sendiri. 🤲",
)
N(
    "OFF-PJGUB-ACEH",
    "E1",
    "2024-11-15 13:30",
    "Jumat berkah, Dinas Syariat Islam Aceh bagi 500 nasi kotak di Masjid Raya Baiturrahman bersama Pj Gubernur Aceh Teuku Zainal Abidin. Alhamdulillah.",
    plat="facebook",
)
N(
    "",
    "E4",
    "2024-12-05 20:00",
    "Rekap KIP Lhokseumawe sudah selesai. Siapa pun yang menang, mari kembali bersatu. Aceh ini milik geutanyoe bersama.",
)
N(
    "",
    "E4",
    "2024-10-27 22:00",
    "Nonton bareng timnas di warkop, Indonesia menang 2-0! Dua jari untuk dua gol ✌️⚽",
)
N(
    "",
    "E5",
    "2024-10-17 12:10",
    "Harga cabai di Peunayong naik jadi 80 ribu/kg, bawang 40 ribu. Nomor satu dapur emak-emak menjerit 😭",
    plat="tiktok",
)
N(
    "BNA1 BNA2",
    "E3",
    "2024-11-06 08:00",
    "Akun-akun ASN tolong jangan like, share, atau komen di akun paslon ya. Termasuk pasang twibbon 'Sepenuh HATI', 'Banda Aceh Gemilang', atau pose jari. Sanksinya berat.",
)
N(
    "P-PA P-GERINDRA P-PNA",
    "E1",
    "2024-02-20 10:00",
    "Hasil sementara pileg di Aceh: Partai Aceh masih unggul, disusul Gerindra dan PNA. Data Sirekap belum final.",
)
N(
    "P-PA P-PNA",
    "E4",
    "2024-06-20 21:00",
    "Kader Partai Aceh dan PNA ribut di medsos soal kursi DPRK. Semoga cepat damai, rakyat butuh kerja nyata bukan ribut.",
)
N(
    "P-GERINDRA P-PKS P-PA P-PNA",
    "E3",
    "2024-05-02 23:10",
    "Gerindra, PKS, PA, PNA... semua partai sama aja kalau sudah duduk lupa janji 😒",
)
N(
    "P-PA P-PNA",
    "E2",
    "2024-07-17 10:30",
    "Siswa kelas XI belajar sistem multipartai: ada partai nasional dan partai lokal Aceh seperti Partai Aceh, PNA, PAS Aceh, SIRA, PDA dan Gabthat. 📚",
)
N(
    "CLG-AC",
    "E1",
    "2024-01-20 15:00",
    "Rapat koordinasi Dinas Syariat Islam dengan Panwaslih: ASN dilarang hadir di kampanye caleg, dilarang foto bareng caleg dengan pose nomor urut. Berlaku untuk semua partai.",
    plat="facebook",
)
N(
    "CLG-AC",
    "E4",
    "2024-01-09 19:40",
    "Teungku, dulu waktu reses janji bantu jalan ke dayah kami, kapan realisasinya?",
    act="comment",
    on=("CLG-AC", "Zulhelmi: DPRA harus bela dayah dan santri Aceh."),
)
N(
    "",
    "E1",
    "2024-12-01 06:00",
    "Meunyo calon droneuh kalah, bek meukeumeung. Meunyo meunang, bek takabur. Nyan ajaran agama geutanyoe. 🤲",
)
N(
    "",
    "E2",
    "2024-10-28 07:00",
    "Selamat Hari Sumpah Pemuda! Satu nusa, satu bangsa, satu bahasa ☝️🇮🇩 #SumpahPemuda",
    plat="tiktok",
)
N(
    "AC2",
    "E5",
    "2024-11-12 08:00",
    "Selamat Hari Kesehatan Nasional ke-60! Nakes Aceh hebat, terus melayani sepenuh hati 💚",
)
N(
    "",
    "E3",
    "2024-09-30 20:00",
    "Quiz: Pilgub Aceh 2024 diikuti berapa paslon? Jawab di kolom komentar, hadiah pulsa buat yg benar (bukan kampanye ya 😅)",
)
N(
    "OFF-PJGUB-ACEH",
    "E4",
    "2024-11-18 11:00",
    "Pj Gubernur Aceh meninjau gudang logistik KIP Lhokseumawe bersama Forkopimda. Distribusi kotak suara aman.",
)

# ---- N: Gorontalo ---------------------------------------------------------------------

N(
    "",
    "E6",
    "2024-10-25 12:00",
    "Jadwal debat kandidat Pilwako Gorontalo dari KPU: Sabtu malam di Hotel Maqna. Ngana nonton, nilai sendiri.",
)
N(
    "",
    "E6",
    "2024-11-08 21:30",
    "Tiap hari dapa kiriman video paslon di grup WA keluarga 😂 ana nda mo komentar, ana ASN, netral olo.",
)
N(
    "GTO1",
    "E6",
    "2024-10-12 22:10",
    "Nomor punggung 10 Persigo cetak gol lagi, sepak bola Kota Gorontalo maju terus! ⚽🔥",
    plat="x",
)
N(
    "",
    "E6",
    "2024-10-03 12:30",
    "Harga binte biluhuta di kantin kantor so naik jadi 15 ribu 😭 ana pesan nomor 1 kasana, menu paling murah.",
)
N(
    "GTO1",
    "E6",
    "2024-10-16 20:50",
    "Pak, gaji honorer itu ditentukan APBD. Torang di BPKAD tau kondisi kas. Mohon realistis.",
    act="comment",
    on=("GTO1", "RAFI janji gaji honorer Kota Gorontalo naik dua kali lipat."),
)
N(
    "GTO1",
    "E7",
    "2024-10-18 14:00",
    "Selamat Pak Ramli, guru olahraga torang, juara 1 lomba gerak jalan guru se-Kota Gorontalo! 🏅",
)
N(
    "GTO2",
    "E7",
    "2024-11-01 06:30",
    "Jumat berkah 🤲 semoga rezeki torang semua berkah, dan Kota Gorontalo selalu diberkahi. Aamiin.",
)
N(
    "GTO1 GTO2",
    "E7",
    "2024-10-09 13:30",
    "Pemilihan ketua kelas 4B: Fitri nomor 1, Yusuf nomor 2. Anak-anak belajar demokrasi 😍 yang menang Fitri! #gurusd",
    plat="instagram",
)
N(
    "",
    "E7",
    "2024-11-27 10:00",
    "Ana so nyoblos di TPS 07 Limba B. Rahasia olo 🤫 yang penting nda golput! Ayo ibu-ibu ke TPS.",
)
N(
    "GTO1 GTO2",
    "E7",
    "2024-10-22 07:15",
    "Edaran Dinas: guru ASN dilarang foto dengan jari 1 atau 2, dilarang pake tagar #RAFI1 atau #YNBerkah, dilarang ikut kampanye. Mohon torang patuhi.",
)
N(
    "",
    "E6",
    "2024-12-10 10:00",
    "Selamat kepada wali kota dan wakil wali kota terpilih hasil pleno KPU. Sebagai ASN, torang siap bekerja dengan siapa pun pemimpinnya.",
)
N(
    "GTO2",
    "E7",
    "2024-10-30 09:00",
    "Innalillahi wa innailaihi rojiun, turut berduka atas wafatnya ibunda Bapak Yusran Lihawa. Semoga almarhumah husnul khatimah, keluarga diberi ketabahan. 🤲",
)
N(
    "OFF-PJWAKO-GTO",
    "E6",
    "2024-09-02 09:30",
    "Apel gabungan bersama Pj Wali Kota Gorontalo Ismail Kaluku di halaman kantor, membahas netralitas ASN di Pilkada 2024.",
)
N(
    "P-GOLKAR P-NASDEM P-PDIP",
    "E6",
    "2024-02-16 11:00",
    "Hasil sementara DPRD Kota Gorontalo: Golkar, NasDem, PDI-P bersaing ketat. Tunggu pleno KPU ya.",
)
N(
    "CLG-GTO",
    "E7",
    "2024-01-17 15:45",
    "Ibu, kapan posyandu di Biawao dapat timbangan baru? Sudah dua tahun rusak.",
    act="comment",
    on=("CLG-GTO", "Nining Dunda sosialisasi dan serap aspirasi di Biawao."),
)
N(
    "P-GOLKAR P-NASDEM P-PDIP",
    "E6",
    "2024-05-15 18:00",
    "Baliho partai masih tertempel sampe sekarang, pemilu so lewat 3 bulan 😂 Golkar, NasDem, PDIP... tolong dicabut le.",
)
N(
    "",
    "E7",
    "2024-11-17 12:00",
    "Lomba karawo antar sekolah: SD 2 juara satu, SD 1 juara dua 🤭 bangga dengan murid-murid!",
    plat="instagram",
)
N(
    "",
    "E6",
    "2024-11-20 19:00",
    "Kalo ngana ditanya 'pilih sapa?', jawab saja: ana pilih binte biluhuta nomor satu, ilabulo nomor dua 😂 #ASNnetral",
    plat="x",
)
N(
    "",
    "E7",
    "2024-11-25 07:00",
    "Selamat Hari Guru Nasional 25 November 🎉 buat semua guru di Hulondhalo, torang hebat!",
)
N(
    "",
    "E6",
    "2024-11-30 20:15",
    "Quick count itu bukan hasil resmi. Torang tunggu pleno KPU Kota Gorontalo. Jangan provokasi di medsos.",
)

# ---- N: Palu --------------------------------------------------------------------------

N(
    "",
    "E8",
    "2024-10-06 08:00",
    "Nosarara nosabatutu. Siapa pun pilihan ngana, Palu tetap satu. Jaga kedamaian di Pilkada 🙏",
)
N(
    "PLU2",
    "E8",
    "2024-10-24 16:30",
    "Perbaikan jalan di Jl. Diponegoro sudah 80%. Jalur aman dilalui mulai besok. #PUPRPalu",
)
N(
    "PLU2",
    "E8",
    "2024-10-13 21:40",
    "Puang, normalisasi sungai Palu itu kewenangan balai wilayah sungai, bukan kota. Programnya bagimana?",
    act="comment",
    plat="facebook",
    on=("PLU2", "AMAN: Palu bebas banjir 2026!"),
)
N(
    "PLU1",
    "E8",
    "2024-09-28 07:30",
    "6 tahun pascabencana 28 September, Palu bangkit pelan-pelan. Doa untuk korban likuifaksi Petobo dan Balaroa 🤲",
)
N(
    "",
    "E10",
    "2024-10-11 09:00",
    "Pelayanan KTP-el untuk pemilih pemula di Kantor Camat Palu Barat, antrean nomor 1 sampai 150. Datang ya adik2! 🪪",
)
N(
    "PLU1",
    "E10",
    "2024-10-28 20:00",
    "Selamat menempuh hidup baru Rahmat & Sri 💍 semoga sakinah mawaddah warahmah!",
    plat="facebook",
)
N(
    "PLU1",
    "E10",
    "2024-10-20 18:20",
    "Pak, bantuan UMKM tahun lalu di kelurahan kami nda merata. Tolong dievaluasi dulu.",
    act="comment",
    on=("PLU1", "Rahmat–Sri: bantuan modal UMKM untuk setiap kelurahan."),
)
N(
    "",
    "E10",
    "2024-11-25 08:00",
    "Masa tenang, yuk bersihkan medsos dari ujaran kebencian. Beda pilihan itu biasa, kita tetap basudara 🤝",
    plat="facebook",
)
N(
    "PLU2",
    "E8",
    "2024-10-15 17:45",
    "Tiap paslon janji Palu aman dari banjir, tapi hujan sejam saja Jl. Veteran so jadi sungai 🙃",
)
N(
    "",
    "E10",
    "2024-11-29 14:00",
    "Penyerahan logistik hasil pemungutan suara dari PPK Palu Barat ke KPU Kota Palu, disaksikan Camat dan Panwascam. Terima kasih petugas!",
)
N(
    "P-PKB P-NASDEM P-GERINDRA",
    "E8",
    "2024-03-01 10:30",
    "Rekap pileg Sulteng: PKB, NasDem, Gerindra dapat kursi terbanyak di DPRD Kota Palu. Selamat bertugas untuk yang terpilih.",
    plat="facebook",
)
N(
    "",
    "E8",
    "2024-11-04 12:40",
    "Rahasia bro 🤐 sa ASN, nda boleh kasi tunjuk. Yang penting ngana jangan golput.",
    act="reply",
    plat="facebook",
    on=("f_palu", "Ngana pilih sapa bro di Pilwali?"),
)
N(
    "",
    "E10",
    "2024-10-04 10:30",
    "Hari ini cek kesehatan gratis di Kantor Camat bersama PKK, nomor antrean 2 itu sa pe mama 😂 sehat2 semua",
    plat="facebook",
)

# ---- N: Kendari -------------------------------------------------------------------------

N(
    "",
    "E9",
    "2024-10-20 19:00",
    "Kalosara simbol persatuan Tolaki. Beda pilihan di Pilwali jangan sampai bikin torang bakalai. Inae konasara iye pinesara 🙏",
)
N(
    "",
    "E9",
    "2024-10-12 15:00",
    "Penertiban APK yang dipasang di pohon dan tiang listrik, semua paslon kami tertibkan sama rata. #SatpolPPKendari",
    plat="tiktok",
)
N(
    "KDI1",
    "E9",
    "2024-10-26 21:30",
    "Pak, pungli parkir di Pasar Sentral itu justru banyak sekarang. Janji jangan cuma di baliho.",
    act="comment",
    on=("KDI1", "HARTI: Kendari Juara, bebas pungli!"),
)
N(
    "KDI1",
    "E9",
    "2024-11-11 10:00",
    "Kendari juara 1 lomba kebersihan kota se-Sultra! 🏆 Bangga sama teman-teman DLH.",
)
N(
    "",
    "E9",
    "2024-11-02 20:20",
    "Ditanya paslon mana, sa bilang: sa pilih sinonggi nomor 1, kasuami nomor 2 😂 ASN harus netral kawan",
    plat="tiktok",
)
N(
    "KDI2",
    "E9",
    "2024-10-26 07:00",
    "Selamat jalan Pak Mustari, tetangga sa yang baik, pensiunan guru SD. Semoga husnul khatimah.",
)
N(
    "KDI1 KDI2",
    "E9",
    "2024-09-25 16:00",
    "KPU Kendari sudah undi nomor urut: HARTI dapat nomor 1, MURO nomor 2. Semoga kampanye damai dan adu gagasan.",
)
N(
    "OFF-PJWALI-KDI",
    "E9",
    "2024-09-16 20:00",
    "Peringatan Maulid Nabi Muhammad SAW, Pemkot Kendari gelar zikir akbar bersama Pj Wali Kota Muhlis Tosepu di Masjid Al-Alam.",
)

# ---- A: genuinely ambiguous (reported, not scored) -------------------------------------

A(
    "AC1",
    "E1",
    "2024-10-19 21:30",
    "Lon sang hana peu lon peugah, tapi droneuh pasti teupeu soe nyang paleng paham syariat 😉☝️",
    plat="facebook",
)
A(
    "AC2",
    "E2",
    "2024-11-02 11:00",
    "Happy class meeting 🤗✌️",
    img=("Guru dan siswa berfoto dengan jari membentuk huruf V", ""),
)
A(
    "AC3",
    "E3",
    "2024-10-26 23:00",
    "Dari semua debat, cuma satu paslon yang ngomong soal transformasi digital. Kalian tau lah 😏",
)
A(
    "AC1",
    "E4",
    "2024-10-05 12:00",
    "Hadir di peusijuek rumah baru Tgk. Muslem Syarif, tetangga gampong. Semoga berkah rumah barunya.",
)
A(
    "AC2",
    "E5",
    "2024-10-31 20:00",
    "Calon wakil gubernur perempuan satu-satunya di Pilgub Aceh, semoga jadi inspirasi bagi perempuan Aceh 🌸",
)
A(
    "GTO1",
    "E6",
    "2024-10-16 08:00",
    "Ramli Tangahu itu sepupu ana pe bapak. Keluarga besar Tangahu pasti bangga 🙏",
)
A(
    "GTO2",
    "E7",
    "2024-11-08 14:00",
    "Aamiin ya rabb 🤲",
    act="comment",
    on=("GTO2", "Jumat berkah, mari torang doakan Kota Gorontalo aman dan sejahtera."),
)
A(
    "PLU2",
    "E8",
    "2024-11-12 19:00",
    "Pokoknya sa pilih pemimpin yang bikin Palu aman dan damai. Titik.",
)
A("KDI1", "E9", "2024-10-30 20:30", "Satu jari untuk Kendari ☝️ #kendari #fyp", plat="tiktok")
A(
    "PLU1",
    "E10",
    "2024-11-05 21:00",
    "Kondangan di Tondo 💍",
    img=("Sitti berfoto dengan Rahmat Tombinawa di acara pernikahan keluarga", ""),
)
A(
    "BNA1 BNA2",
    "E3",
    "2024-11-15 21:40",
    "RIFA atau HATI? Dua-duanya bagus sih, tapi yg satu lebih muda 😅",
)
A("CLG-AC", "E1", "2024-03-05 20:00", "Alhamdulillah Tgk Zulhelmi lolos ke DPRA, semoga amanah.")
A("P-GOLKAR", "E6", "2024-02-14 13:00", "So nyoblos, jari ungu 💜 Golkar menang di TPS ana 😁")
A(
    "GTO1",
    "E7",
    "2024-09-20 16:00",
    "Ibu Fitri Katili itu alumni SMA ana, orangnya baik. Sukses untuk semua calon ya.",
)
A(
    "AC2",
    "E5",
    "2024-10-13 22:30",
    "Share info: debat pilgub malam ini, ada yang jago banget jelasin kesehatan 👀 #PilgubAceh",
    plat="tiktok",
)
A(
    "PLU2",
    "E8",
    "2024-10-01 15:00",
    "Pak Andi Marzuki datang di kantor PUPR tadi, diskusi soal jembatan. Orangnya paham teknis 👍",
    plat="facebook",
)
A("KDI1", "E9", "2024-11-28 09:00", "Alhamdulillah, hasil hitung cepat sesuai harapan sa 😊🙏")
A(
    "AC1",
    "E4",
    "2024-09-10 10:30",
    "Mantap 👍",
    act="quote",
    on=("AC1", "MUSA resmi mendaftar ke KIP Aceh. Bismillah untuk Aceh Mulia."),
)
A(
    "AC1",
    "E2",
    "2024-09-28 07:15",
    "Nunggu angkot 😅",
    img=("Guru berjilbab hijau berdiri di depan baliho paslon nomor 1", "MUSA - ACEH MULIA"),
)
A(
    "PLU1",
    "E10",
    "2024-12-03 19:00",
    "Selamat untuk Pak Rahmat! Semoga amanah memimpin Palu 🙏",
    plat="facebook",
)

# ---- O: C-like, naming only a candidate, outside every window ----------------------------

OW(
    "AC1",
    "E1",
    "2024-06-10 20:00",
    "Tgk. Muslem Syarif memang sosok pemimpin yang Aceh butuhkan. Semoga Allah mudahkan jalan beliau 🤲",
)
OW(
    "AC2",
    "E2",
    "2024-05-18 15:00",
    "Pak Zulfikar Daud keren banget pas ngisi seminar di sekolah, calon pemimpin masa depan Aceh nih 😍",
)
OW("AC3", "E3", "2024-07-20 21:00", "Bang Teuku Anwar Syahputra cocok jadi gubernur. Gas lah bang!")
OW("GTO1", "E6", "2024-04-25 19:00", "Ramli Tangahu harus maju jadi wali kota! Ana dukung penuh 💪")
OW(
    "GTO2",
    "E7",
    "2025-01-15 10:00",
    "Terima kasih Pak Yusran Lihawa, sukses terus, kami selalu mendukung bapak 🙏",
)
OW(
    "PLU2",
    "E8",
    "2024-08-27T00:30:00+08:00",
    "Andi Marzuki Lasalewo, pemimpin muda Palu, sa dukung!",
)
OW(
    "KDI1",
    "E9",
    "2023-01-20 20:00",
    "Haerul Onembute idola sa, Kendari butuh orang seperti beliau.",
)
OW("PLU1", "E10", "2025-02-20 18:00", "Pak Rahmat Tombinawa tetap di hati warga Palu Barat 💙")
OW(
    "CLG-AC",
    "E1",
    "2023-03-01 20:00",
    "Tgk. Zulhelmi Abdullah, ulama muda yang layak jadi wakil rakyat. Lon dukong!",
    plat="facebook",
)
OW(
    "CLG-GTO",
    "E7",
    "2024-04-02 16:00",
    "Ibu Nining Dunda memang luar biasa, tetap semangat ibu, torang dukung 🌸",
    plat="instagram",
)


# --------------------------------------------------------------------------------------
# Bundle building
# --------------------------------------------------------------------------------------


def iso_time(item: Item) -> str:
    """The event's ``occurred_at``: the employee's local offset, none (``~``) or as given."""
    if "T" in item.when:
        return item.when
    naive = item.when.endswith("~")
    day, hm = item.when.rstrip("~").split()
    stamp = f"{day}T{hm}:00"
    return stamp if naive else stamp + EMPLOYEES[item.who].offset


def bundle_date(stamp: str) -> date:
    """The calendar date of a timestamp in the bundle's timezone."""
    moment = datetime.fromisoformat(stamp)
    zone = ZoneInfo(BUNDLE_TZ)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(zone).date()


def window(election_id: str) -> tuple[date, date]:
    stages = ELECTIONS[election_id][3]
    return (
        min(date.fromisoformat(s) for _st, s, _e in stages),
        max(date.fromisoformat(e) for _st, _s, e in stages),
    )


def target_election(tid: str) -> str:
    for row in TARGETS:
        if row[0] == tid:
            return row[3]
    raise KeyError(tid)


def check_labels() -> None:
    """Consistency of the labels with the calendar (a harness check, not a product check)."""
    ids = {row[0] for row in TARGETS}
    for it in ITEMS:
        for tid in it.targets:
            if tid not in ids:
                raise AssertionError(f"{it.iid}: unknown target {tid}")
        day = bundle_date(iso_time(it))
        if it.label == "C":
            if not it.targets:
                raise AssertionError(f"{it.iid}: C item without targets")
            ok = False
            for tid in it.targets:
                eid = target_election(tid)
                if not eid:
                    ok = True
                else:
                    lo, hi = window(eid)
                    ok = ok or lo <= day <= hi
            if not ok:
                raise AssertionError(f"{it.iid}: C item outside its targets' windows ({day})")
        if it.label == "O":
            for eid in ELECTIONS:
                lo, hi = window(eid)
                if lo <= day <= hi:
                    raise AssertionError(f"{it.iid}: O item inside the window of {eid} ({day})")


def _url(platform: str, handle: str, post_id: str) -> str:
    if platform == "x":
        return f"https://x.com/{handle}/status/{post_id}"
    if platform == "facebook":
        return f"https://www.facebook.com/{handle}/posts/{post_id}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/C{post_id[:10]}/"
    return f"https://www.tiktok.com/@{handle}/video/{post_id}"


def build_event(it: Item) -> dict[str, Any]:
    emp = EMPLOYEES[it.who]
    handle, uid, display = emp.accounts[it.plat]
    own_id = _num(f"own:{it.iid}", 19)
    event: dict[str, Any] = {
        "platform": it.plat,
        "action": it.act,
        "occurred_at": iso_time(it),
        "actor": {
            "user_id": uid,
            "handle": handle,
            "display_name": display,
            "bio": emp.bio,
            "location": emp.location,
        },
        "target": None,
        "text": it.text,
        "url": _url(it.plat, handle, own_id),
        "media": [],
        "source": "probe-aceh-sulawesi",
    }
    if it.act == "post":
        event["event_id"] = f"{it.plat}:{own_id}:post:{uid}"
    else:
        if it.on is None:
            raise ValueError(f"{it.iid}: {it.act} needs a parent post")
        author_key, parent_text = it.on
        author_uid, author_handle, _name = target_account(author_key, it.plat)
        parent_id = _num(f"parent:{it.iid}", 19)
        parent_url = _url(it.plat, author_handle, parent_id)
        event["target"] = {
            "post_id": parent_id,
            "author_user_id": author_uid,
            "author_handle": author_handle,
            "text": parent_text,
            "url": parent_url,
        }
        if it.act in ("comment", "reply"):
            event["url"] = f"{parent_url}?comment_id={own_id}"
        event["event_id"] = f"{it.plat}:{parent_id}:{it.act}:{uid}:{own_id}"
    if it.img is not None:
        alt, ocr = it.img
        medium: dict[str, Any] = {
            "kind": "image",
            "url": f"https://cdn.example.org/probe/{it.iid.lower()}.jpg",
            "sha256": hashlib.sha256(it.iid.encode()).hexdigest(),
        }
        if alt:
            medium["alt_text"] = alt
        if ocr:
            medium["ocr_text"] = ocr
        event["media"] = [medium]
    return event


def _write_csv(
    path: Path, header: list[str], rows: list[list[str]] | list[tuple[str, ...]]
) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow(list(row))


def build_bundle(folder: Path) -> dict[str, Item]:
    """Write the bundle into ``folder``; return the items by event id."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe netralitas ASN – Aceh dan Sulawesi (Pemilu dan Pilkada 2024)\n"
        "policy: id\n"
        f"timezone: {BUNDLE_TZ}\n",
        encoding="utf-8",
    )
    _write_csv(folder / "agencies.csv", ["code", "name", "parent_code", "region_code"], AGENCIES)
    roster = [
        [e.nip, e.name, e.agency, e.unit, e.position, e.employment_type, e.region, "active"]
        for e in EMPLOYEES.values()
    ]
    roster += [list(row) for row in EXTRA_ROSTER]
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
        roster,
    )
    accounts = [
        [e.nip, platform, handle, uid, display, "2023-01-16", "true"]
        for e in EMPLOYEES.values()
        for platform, (handle, uid, display) in e.accounts.items()
    ]
    _write_csv(
        folder / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        accounts,
    )
    targets: list[list[str]] = []
    for tid, name, kind, eid, ballot, party, base in TARGETS:
        if base is None:
            targets.append([tid, name, kind, eid, ballot, party, "", "", ""])
            continue
        for platform in PLATFORMS:
            uid, handle, _name = target_account(tid, platform)
            targets.append([tid, name, kind, eid, ballot, party, platform, handle, uid])
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
        targets,
    )
    _write_csv(folder / "keywords.csv", ["target_id", "term"], KEYWORDS)
    elections = [
        [eid, name, contest, region, stage, start, end]
        for eid, (name, contest, region, stages) in ELECTIONS.items()
        for stage, start, end in stages
    ]
    _write_csv(
        folder / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        elections,
    )
    by_event: dict[str, Item] = {}
    with (folder / "events.jsonl").open("w", encoding="utf-8") as fh:
        for it in ITEMS:
            event = build_event(it)
            if event["event_id"] in by_event:
                raise AssertionError(f"duplicate event id {event['event_id']}")
            by_event[event["event_id"]] = it
            fh.write(json.dumps(event, ensure_ascii=False) + "\n")
    return by_event


# --------------------------------------------------------------------------------------
# Running and scoring
# --------------------------------------------------------------------------------------


def run_scan(bundle: Path, findings: Path, workspace: Path) -> str:
    """Run ``netra scan``; exit 1 unless it exits 0 (2 means the bundle was unusable)."""
    cmd = [str(NETRA), "scan", str(bundle), "--out", str(findings), "--workspace", str(workspace)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        kind = "bundle unusable" if proc.returncode == 2 else "scan failed"
        print(f"netra scan exited {proc.returncode} ({kind})", file=sys.stderr)
        print(proc.stdout, file=sys.stderr)
        print(proc.stderr, file=sys.stderr)
        sys.exit(1)
    if not findings.exists():
        print("netra scan exited 0 but wrote no findings file", file=sys.stderr)
        sys.exit(1)
    return proc.stdout + proc.stderr


def read_findings(path: Path) -> dict[str, list[dict[str, Any]]]:
    """``political.campaign`` findings by event id."""
    out: dict[str, list[dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        finding = json.loads(line)
        if finding.get("category") != CATEGORY:
            continue
        for eid in finding.get("event_ids") or []:
            out.setdefault(eid, []).append(finding)
    return out


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _describe(it: Item, found: list[dict[str, Any]] | None) -> str:
    parts = [f"  {it.iid} [{it.who} {it.plat} {it.act} {iso_time(it)}]"]
    parts.append(f"label targets={','.join(it.targets) or '-'}")
    if found:
        named = sorted({str(f.get("target_id")) for f in found})
        parts.append(f"finding targets={','.join(named)}")
    lines = [" ".join(parts), f"      text: {it.text!r}"]
    if it.img is not None:
        lines.append(f"      image alt: {it.img[0]!r} ocr: {it.img[1]!r}")
    if it.on is not None:
        lines.append(f"      on {it.on[0]}: {it.on[1]!r}")
    return "\n".join(lines)


def score(by_event: dict[str, Item], flagged: dict[str, list[dict[str, Any]]], show: bool) -> None:
    counts = {label: sum(1 for it in ITEMS if it.label == label) for label in "CNAO"}
    hit: dict[str, list[tuple[Item, list[dict[str, Any]] | None]]] = {
        key: [] for key in ("tp", "fn", "fp", "tn", "a", "o")
    }
    target_ok = 0
    for eid, it in by_event.items():
        found = flagged.get(eid)
        if it.label == "C":
            if found:
                hit["tp"].append((it, found))
                if any(f.get("target_id") in it.targets for f in found):
                    target_ok += 1
            else:
                hit["fn"].append((it, None))
        elif it.label == "N":
            hit["fp" if found else "tn"].append((it, found))
        elif it.label == "A" and found:
            hit["a"].append((it, found))
        elif it.label == "O" and found:
            hit["o"].append((it, found))
    tp, fp, fn = len(hit["tp"]), len(hit["fp"]), len(hit["fn"])
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    f1 = _ratio(2 * precision * recall, precision + recall)
    print(
        f"{CATEGORY}  TP={tp} FP={fp} FN={fn}  "
        f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}"
    )
    print(f"found {tp}/{counts['C']} C, missed {fn}; false alarms {fp}/{counts['N']} N")
    print(
        f"A flagged {len(hit['a'])}/{counts['A']};  "
        f"O (outside window) flagged {len(hit['o'])}/{counts['O']}"
    )
    print(f"true positives whose target_id matches the intended target: {target_ok}/{tp}")
    if not show:
        return
    sections = [
        ("missed C", "fn"),
        ("false alarms N", "fp"),
        ("flagged A", "a"),
        ("flagged O (outside every window)", "o"),
    ]
    for title, key in sections:
        rows = sorted(hit[key], key=lambda pair: pair[0].iid)
        print(f"\n== {title} ({len(rows)}) ==")
        for it, found in rows:
            print(_describe(it, found))
    wrong = [
        (it, found)
        for it, found in hit["tp"]
        if found and not any(f.get("target_id") in it.targets for f in found)
    ]
    print(f"\n== true positives naming another target ({len(wrong)}) ==")
    for it, found in sorted(wrong, key=lambda pair: pair[0].iid):
        print(_describe(it, found))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--show", action="store_true", help="list missed C, false-alarm N, flagged A and O"
    )
    parser.add_argument("--keep", type=Path, default=None, help="build and scan in DIR and keep it")
    args = parser.parse_args(argv)
    check_labels()
    if not NETRA.exists():
        print(f"netra not found at {NETRA}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="probe-aceh-sulawesi-") as tmp:
        root = args.keep.resolve() if args.keep else Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        bundle, findings, workspace = root / "bundle", root / "findings.jsonl", root / "ws"
        for stale in (bundle, workspace):
            if stale.exists():
                shutil.rmtree(stale)
        if findings.exists():
            findings.unlink()
        by_event = build_bundle(bundle)
        summary = run_scan(bundle, findings, workspace)
        if args.show:
            print("netra scan summary:")
            for line in summary.strip().splitlines():
                print(f"  | {line}")
            print()
        score(by_event, read_findings(findings), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
