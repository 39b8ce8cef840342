# ruff: noqa: E501
"""Out-of-sample probe for the ``political.campaign`` detector: Lampung, Bangka Belitung, Kepri.

Written from the bundle spec (spec/bundle-v1.md, spec/categories.md) alone, without looking at
how the detector works, so that it measures the product on data its authors never saw.

World (every person is invented; only the national parties, their 2024 ballot numbers, the
2024 presidential pairs and the public election calendars are real):

* Pemilu 2024: the presidential election (pairs 01, 02, 03) and the legislative election with
  two invented caleg (Firmansyah Ramadhan, NasDem no. 3, DPRD Provinsi Lampung; Lusiana Tjhai,
  PDI-P no. 1, DPR RI dapil Bangka Belitung), a volunteer group "Barisan Kite 02 Kepri".
* Pilkada 2024 (all invented): Pilgub Lampung (1 ZAMRUD Zainal Mukhtar-Rosmawati "Sai Bumi
  Maju", 2 ASIK Arief Santoso-Ikhsan Kurniawan "#LampungAsik", 3 NUWO Nurlela Gumay-Bambang
  Wiratama "#NuwoRam"), Pilwalkot Pangkalpinang (1 HEBAT Hendra Liong-Syahrial Effendi,
  2 MAYA Maulana Yusuf-Apriyanti) and Pilwalkot Batam (1 RESTU Reza Pahlevi-Tengku Fadli,
  2 DASI Darmawan Lubis-Siti Khadijah), with volunteer groups "Relawan Zamrud" and "Sahabat
  HEBAT"; two sitting officials (a Pj Gubernur, a Wali Kota) who are not standing.
* Nine civil servants (teachers, a nurse, planners, a Satpol PP officer, kelurahan and PUPR
  staff in Bandar Lampung, Lampung Tengah, Pangkalpinang, Sungailiat, Batam and Tanjungpinang)
  with declared accounts on X, Facebook, Instagram, TikTok, YouTube and Threads, writing posts,
  comments, replies, quotes and image posts (alt text / OCR text) in Indonesian, slang,
  Lampung words, Bangka Malay, Riau Islands Malay, Hakka and English code-mixing.

Labels (one per event, all events are the employees' own words):

* C: campaigns for / shows support of a target, inside that election's neutrality window (or
  about a party, at any time). Lists the target ids a correct finding may name.
* N: close but not campaigning: everyday numbers (scores, queues, arisan, quizzes, promos),
  kindergarten "mencoblos", class / OSIS / church / mosque / RT elections, KPU and Bawaslu
  information, debate schedules, neutrality reminders, sarcasm and criticism, questions under
  candidates' posts, namesakes, condolences, religious greetings ("Aamiin"), official events.
* A: genuinely ambiguous (reported, not scored).
* O: C-like texts naming only candidates (no party, no number) posted outside every window.

Usage::

    cd /work/main && .venv/bin/python benchmarks/campaign_probe_lampung_babel.py [--show] [--keep DIR]

It writes the bundle (to a temporary folder, or DIR with ``--keep``), runs
``netra scan BUNDLE --out FINDINGS --workspace WS``, and scores the ``political.campaign``
findings against the labels by event id. ``--show`` lists every missed C, every false alarm N
and the flagged A and O items with their texts.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

NETRA = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "netra"
CATEGORY = "political.campaign"

# --------------------------------------------------------------------------------------------
# The world: agencies, employees, their accounts
# --------------------------------------------------------------------------------------------

AGENCIES = [
    # code, name, parent_code, region_code
    ("KEMENAG", "Kementerian Agama", "", ""),
    ("KANWIL_KEMENAG_LPG", "Kantor Wilayah Kementerian Agama Provinsi Lampung", "KEMENAG", "18"),
    ("PEMPROV_LPG", "Pemerintah Provinsi Lampung", "", "18"),
    ("DISDIK_LPG", "Dinas Pendidikan dan Kebudayaan Provinsi Lampung", "PEMPROV_LPG", "18"),
    ("BAPPEDA_LPG", "Badan Perencanaan Pembangunan Daerah Provinsi Lampung", "PEMPROV_LPG", "18"),
    ("PEMKOT_BDL", "Pemerintah Kota Bandar Lampung", "", "18.71"),
    ("DINKES_BDL", "Dinas Kesehatan Kota Bandar Lampung", "PEMKOT_BDL", "18.71"),
    ("PEMKOT_PGK", "Pemerintah Kota Pangkalpinang", "", "19.71"),
    (
        "DISKOMINFO_PGK",
        "Dinas Komunikasi dan Informatika Kota Pangkalpinang",
        "PEMKOT_PGK",
        "19.71",
    ),
    ("SATPOLPP_PGK", "Satuan Polisi Pamong Praja Kota Pangkalpinang", "PEMKOT_PGK", "19.71"),
    ("PEMKAB_BANGKA", "Pemerintah Kabupaten Bangka", "", "19.01"),
    ("BAPENDA_BANGKA", "Badan Pendapatan Daerah Kabupaten Bangka", "PEMKAB_BANGKA", "19.01"),
    ("PEMKOT_BTM", "Pemerintah Kota Batam", "", "21.71"),
    ("KEC_LUBUKBAJA", "Kecamatan Lubuk Baja Kota Batam", "PEMKOT_BTM", "21.71"),
    ("PEMKOT_TPI", "Pemerintah Kota Tanjungpinang", "", "21.72"),
    (
        "PUPR_TPI",
        "Dinas Pekerjaan Umum dan Penataan Ruang Kota Tanjungpinang",
        "PEMKOT_TPI",
        "21.72",
    ),
]


@dataclass
class Employee:
    key: str
    nip: str
    name: str
    agency: str
    unit: str
    position: str
    employment_type: str
    region: str
    display: str
    bio: str
    location: str
    # platform -> (handle, user_id)
    accounts: dict[str, tuple[str, str]] = field(default_factory=dict)


EMPLOYEES = [
    Employee(
        "E1",
        "198203142009031004",
        "I Made Suarjana, S.Pd.",
        "DISDIK_LPG",
        "SMA Negeri 1 Seputih Banyak",
        "Guru Ahli Muda",
        "PNS",
        "18.02",
        "Made Suarjana",
        "Guru Fisika | Lamteng | tabik pun 🙏",
        "Lampung Tengah",
        {"x": ("madesuar_guru", "1609011001"), "facebook": ("made.suarjana.7", "100071234500101")},
    ),
    Employee(
        "E2",
        "199107222023062003",
        "Rahmawati, S.Kep., Ners",
        "DINKES_BDL",
        "UPT Puskesmas Kedaton",
        "Perawat Ahli Pertama",
        "PPPK",
        "18.71",
        "Rahma 💙",
        "nurse | kedaton | kopi & skincare",
        "Bandar Lampung",
        {
            "instagram": ("rahma.nurse_bdl", "5520011002"),
            "tiktok": ("rahmaaa_kedaton", "6900011002"),
        },
    ),
    Employee(
        "E3",
        "196905051994031007",
        "Drs. H. Sutan Bahri, M.M.",
        "BAPPEDA_LPG",
        "Bidang Perencanaan Infrastruktur dan Kewilayahan",
        "Kepala Bidang",
        "PNS",
        "18",
        "Sutan Bahri Pubian",
        "Abdi negara. Putra Pubian. Tabik pun.",
        "Bandar Lampung",
        {
            "facebook": ("sutanbahri.mm", "100071234500103"),
            "youtube": ("@pakSutanBahri", "UCsutanbahri0003"),
        },
    ),
    Employee(
        "E4",
        "198804112014021002",
        "Apriyadi Hakim, S.Kom.",
        "DISKOMINFO_PGK",
        "Bidang Informasi dan Komunikasi Publik",
        "Pranata Komputer Ahli Muda",
        "PNS",
        "19.71",
        "apri 🏝️",
        "kominfo pgk • ngonten dikit • urang Bukit Intan",
        "Pangkalpinang",
        {"tiktok": ("apri.pgk", "6900011004"), "x": ("apriyadi_hk", "1609011004")},
    ),
    Employee(
        "E5",
        "198512192010012001",
        "Melinda Lim, S.E.",
        "BAPENDA_BANGKA",
        "Bidang Pajak Daerah",
        "Analis Pendapatan Daerah",
        "PNS",
        "19.01",
        "Melinda Lim (Siu Fa)",
        "Sungailiat 🌊 | mama of 2 | 客家人",
        "Sungailiat, Bangka",
        {
            "instagram": ("melinda.lim.sgl", "5520011005"),
            "facebook": ("melinda.lim.5", "100071234500105"),
        },
    ),
    Employee(
        "E6",
        "197811032006041003",
        "Ahmad Sobirin",
        "SATPOLPP_PGK",
        "Bidang Ketertiban Umum",
        "Polisi Pamong Praja Mahir",
        "PNS",
        "19.71",
        "Sobirin Babel",
        "Satpol PP. Urang Gerunggang.",
        "Pangkalpinang",
        {
            "youtube": ("@sobirinbabel", "UCsobirinbabel0006"),
            "facebook": ("sobirin.pgk", "100071234500106"),
        },
    ),
    Employee(
        "E7",
        "199302282019032005",
        "Tengku Nurhaliza, S.H.",
        "KEC_LUBUKBAJA",
        "Seksi Pemerintahan",
        "Analis Kebijakan Ahli Pertama",
        "PNS",
        "21.71",
        "Tengku Nur 🌸",
        "anak melayu batam • coffee • ootd",
        "Batam",
        {"instagram": ("tengkunur.btm", "5520011007"), "threads": ("tengkunur.btm", "63000110007")},
    ),
    Employee(
        "E8",
        "198706152011011002",
        "Roni Simanjuntak, S.T.",
        "PUPR_TPI",
        "Bidang Sumber Daya Air",
        "Teknik Pengairan Ahli Muda",
        "PNS",
        "21.72",
        "Roni S.",
        "PUPR | Tanjungpinang | mancing mania 🎣",
        "Tanjungpinang",
        {"x": ("roni_sjt", "1609011008"), "tiktok": ("roni.tpi", "6900011008")},
    ),
    Employee(
        "E9",
        "199004042015032002",
        "Siti Aisyah, S.Pd.I.",
        "KANWIL_KEMENAG_LPG",
        "MTs Negeri 1 Bandar Lampung",
        "Guru Ahli Pertama",
        "PNS",
        "18.71",
        "Bu Aisyah",
        "Guru MTs • ibu 3 anak • semoga berkah",
        "Bandar Lampung",
        {
            "facebook": ("aisyah.mtsn1", "100071234500109"),
            "tiktok": ("bu_aisyah_mts", "6900011009"),
        },
    ),
]

# Employees with no declared account (the roster is more than the people who post).
EXTRA_ROSTER = [
    # nip, name, agency, unit, position, employment_type, region, status
    (
        "197512311999031001",
        "Ir. Hendri Kusuma, M.T.",
        "PUPR_TPI",
        "Sekretariat",
        "Sekretaris Dinas",
        "PNS",
        "21.72",
        "active",
    ),
    (
        "199608172022032004",
        "Dwi Lestari Ningsih, A.Md.Keb.",
        "DINKES_BDL",
        "UPT Puskesmas Way Halim",
        "Bidan Terampil",
        "PNS",
        "18.71",
        "active",
    ),
    (
        "196711111990011001",
        "H. Syamsul Anwar, S.Sos.",
        "SATPOLPP_PGK",
        "Sekretariat",
        "Analis Ketertiban",
        "PNS",
        "19.71",
        "inactive",
    ),
    (
        "198909092019031006",
        "Tjhin Fo Sen, S.Kom.",
        "BAPENDA_BANGKA",
        "Bidang Data",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "19.01",
        "active",
    ),
]

EMP = {e.key: e for e in EMPLOYEES}

# --------------------------------------------------------------------------------------------
# Elections (stages) and political targets
# --------------------------------------------------------------------------------------------

PEMILU_STAGES = [
    ("candidacy", "2023-10-19", "2023-11-13"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-15", "2024-03-20"),
    ("result", "2024-03-20", "2024-04-22"),
]
PILEG_STAGES = [
    ("candidacy", "2023-05-01", "2023-11-03"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-15", "2024-03-20"),
    ("result", "2024-03-20", "2024-03-20"),
]


def pilkada_stages(result_end: str) -> list[tuple[str, str, str]]:
    return [
        ("candidacy", "2024-08-27", "2024-09-22"),
        ("campaign", "2024-09-25", "2024-11-23"),
        ("quiet", "2024-11-24", "2024-11-26"),
        ("voting", "2024-11-27", "2024-11-27"),
        ("counting", "2024-11-28", "2024-12-09"),
        ("result", "2024-12-10", result_end),
    ]


ELECTIONS = [
    # election_id, name, contest, region_code, stages
    (
        "PILPRES2024",
        "Pemilihan Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        PEMILU_STAGES,
    ),
    ("PILEG2024", "Pemilihan Umum Anggota DPR, DPD dan DPRD 2024", "legislative", "", PILEG_STAGES),
    (
        "PILGUB_LPG2024",
        "Pemilihan Gubernur dan Wakil Gubernur Lampung 2024",
        "regional_head",
        "18",
        pilkada_stages("2024-12-16"),
    ),
    (
        "PILWALKOT_PGK2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Pangkalpinang 2024",
        "regional_head",
        "19.71",
        pilkada_stages("2024-12-12"),
    ),
    (
        "PILWALKOT_BTM2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Batam 2024",
        "regional_head",
        "21.71",
        pilkada_stages("2024-12-14"),
    ),
]

# target_id, name, kind, election_id, ballot_number, party, [(platform, handle, user_id), ...]
TARGETS = [
    (
        "PRES01",
        "Anies Rasyid Baswedan – Abdul Muhaimin Iskandar",
        "candidate",
        "PILPRES2024",
        "1",
        "",
        [],
    ),
    (
        "PRES02",
        "Prabowo Subianto – Gibran Rakabuming Raka",
        "candidate",
        "PILPRES2024",
        "2",
        "",
        [],
    ),
    ("PRES03", "Ganjar Pranowo – Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", "", []),
    (
        "PKB",
        "Partai Kebangkitan Bangsa (PKB)",
        "party",
        "",
        "1",
        "Partai Kebangkitan Bangsa (PKB)",
        [],
    ),
    (
        "GERINDRA",
        "Partai Gerakan Indonesia Raya (Gerindra)",
        "party",
        "",
        "2",
        "Partai Gerakan Indonesia Raya (Gerindra)",
        [
            ("facebook", "gerindra.pangkalpinang", "100088000002"),
            ("youtube", "@GerindraBabelTV", "UCgerindrababel0002"),
        ],
    ),
    (
        "PDIP",
        "Partai Demokrasi Indonesia Perjuangan (PDI-P)",
        "party",
        "",
        "3",
        "Partai Demokrasi Indonesia Perjuangan (PDI-P)",
        [],
    ),
    (
        "GOLKAR",
        "Partai Golongan Karya (Golkar)",
        "party",
        "",
        "4",
        "Partai Golongan Karya (Golkar)",
        [],
    ),
    ("NASDEM", "Partai NasDem", "party", "", "5", "Partai NasDem", []),
    (
        "PKS",
        "Partai Keadilan Sejahtera (PKS)",
        "party",
        "",
        "8",
        "Partai Keadilan Sejahtera (PKS)",
        [],
    ),
    (
        "PAN",
        "Partai Amanat Nasional (PAN)",
        "party",
        "",
        "12",
        "Partai Amanat Nasional (PAN)",
        [("facebook", "pan.lampung.official", "100088000012")],
    ),
    ("DEMOKRAT", "Partai Demokrat", "party", "", "14", "Partai Demokrat", []),
    (
        "PSI",
        "Partai Solidaritas Indonesia (PSI)",
        "party",
        "",
        "15",
        "Partai Solidaritas Indonesia (PSI)",
        [("tiktok", "psi.babel", "6900088015")],
    ),
    ("PERINDO", "Partai Perindo", "party", "", "16", "Partai Perindo", []),
    (
        "LPG01",
        "Ir. H. Zainal Mukhtar, M.T. – Dra. Hj. Rosmawati",
        "candidate",
        "PILGUB_LPG2024",
        "1",
        "",
        [
            ("facebook", "zainalmukhtar.official", "100077000101"),
            ("x", "zainal_mukhtar", "1609077101"),
            ("instagram", "zainalmukhtar_id", "5520077101"),
        ],
    ),
    (
        "LPG02",
        "Arief Santoso, S.T. – Ikhsan Kurniawan, S.H.",
        "candidate",
        "PILGUB_LPG2024",
        "2",
        "",
        [
            ("tiktok", "arief.ikhsan.asik", "6900077102"),
            ("instagram", "ariefsantoso.lpg", "5520077102"),
        ],
    ),
    (
        "LPG03",
        "Hj. Nurlela Gumay, S.Sos. – Bambang Wiratama",
        "candidate",
        "PILGUB_LPG2024",
        "3",
        "",
        [("facebook", "nurlelagumay", "100077000103"), ("tiktok", "nurlela.gumay", "6900077103")],
    ),
    (
        "PGK01",
        "Hendra Liong – Syahrial Effendi, S.E.",
        "candidate",
        "PILWALKOT_PGK2024",
        "1",
        "",
        [("facebook", "hendraliong.pgk", "100077000201")],
    ),
    (
        "PGK02",
        "H. Maulana Yusuf – Apriyanti, S.Pd.",
        "candidate",
        "PILWALKOT_PGK2024",
        "2",
        "",
        [("facebook", "maulanayusuf.pgk", "100077000202")],
    ),
    (
        "BTM01",
        "Reza Pahlevi Situmorang – Tengku Fadli",
        "candidate",
        "PILWALKOT_BTM2024",
        "1",
        "",
        [
            ("instagram", "rezapahlevi.batam", "5520077301"),
            ("threads", "rezapahlevi.batam", "63000773010"),
        ],
    ),
    (
        "BTM02",
        "Darmawan Lubis – Hj. Siti Khadijah",
        "candidate",
        "PILWALKOT_BTM2024",
        "2",
        "",
        [("tiktok", "darmawan.dasi", "6900077302"), ("instagram", "dasi.batam", "5520077302")],
    ),
    (
        "CLG_FIRMAN",
        "Firmansyah Ramadhan, S.E.",
        "candidate",
        "PILEG2024",
        "3",
        "Partai NasDem",
        [("facebook", "firman.ramadhan.lpg", "100077000401")],
    ),
    (
        "CLG_LUSI",
        "Lusiana Tjhai, S.H.",
        "candidate",
        "PILEG2024",
        "1",
        "Partai Demokrasi Indonesia Perjuangan (PDI-P)",
        [("tiktok", "lusianatjhai", "6900077402"), ("facebook", "lusiana.tjhai", "100077000402")],
    ),
    (
        "TIM_ZAMRUD",
        "Relawan Zamrud Lampung",
        "campaign_team",
        "PILGUB_LPG2024",
        "",
        "",
        [("facebook", "relawanzamrud", "100077000501")],
    ),
    (
        "TIM_HEBAT",
        "Sahabat HEBAT Pangkalpinang",
        "campaign_team",
        "PILWALKOT_PGK2024",
        "",
        "",
        [("tiktok", "sahabat.hebat.pgk", "6900077502")],
    ),
    (
        "TIM_02KEPRI",
        "Barisan Kite 02 Kepri",
        "campaign_team",
        "PILPRES2024",
        "",
        "",
        [("x", "barisankite02", "1609077503")],
    ),
    (
        "OFF_PJGUB",
        "Drs. Samsul Bahri Lubis, M.Si. (Pj Gubernur Lampung)",
        "official",
        "",
        "",
        "",
        [],
    ),
    ("OFF_WAKO_TPI", "H. Rahman Said (Wali Kota Tanjungpinang)", "official", "", "", "", []),
]

KEYWORDS = [
    ("PRES01", "AMIN"),
    ("PRES01", "#AMIN"),
    ("PRES01", "Anies-Muhaimin"),
    ("PRES01", "#AniesMuhaimin"),
    ("PRES02", "Prabowo-Gibran"),
    ("PRES02", "#PrabowoGibran2024"),
    ("PRES02", "coblos 02"),
    ("PRES03", "Ganjar-Mahfud"),
    ("PRES03", "#GanjarMahfud"),
    ("PRES03", "coblos 03"),
    ("LPG01", "ZAMRUD"),
    ("LPG01", "#ZamrudLampung"),
    ("LPG01", "Sai Bumi Maju"),
    ("LPG02", "ASIK"),
    ("LPG02", "#LampungAsik"),
    ("LPG02", "coblos ASIK"),
    ("LPG03", "NUWO"),
    ("LPG03", "#NuwoRam"),
    ("PGK01", "HEBAT"),
    ("PGK01", "#PangkalpinangHebat"),
    ("PGK02", "MAYA"),
    ("PGK02", "#MAYAuntukPangkalpinang"),
    ("BTM01", "RESTU"),
    ("BTM01", "#BatamRestu"),
    ("BTM02", "DASI"),
    ("BTM02", "#DASIBatam"),
    ("CLG_FIRMAN", "#Firman3Lampung"),
    ("CLG_LUSI", "#LusiUntukBabel"),
    ("TIM_ZAMRUD", "Relawan Zamrud"),
    ("TIM_HEBAT", "Sahabat HEBAT"),
    ("TIM_02KEPRI", "Barisan Kite 02"),
    ("GERINDRA", "Gerindra menang"),
    ("PKS", "#PKSMenang"),
    ("PDIP", "coblos moncong putih"),
]

# --------------------------------------------------------------------------------------------
# Posts the employees comment on, reply to or quote (their authors and texts)
# --------------------------------------------------------------------------------------------

# key -> (post_id, author_user_id, author_handle, text)
PARENTS: dict[str, tuple[str, str, str, str]] = {
    "x_tiyan": (
        "1731000000000000101",
        "1609099001",
        "tiyan_lpg",
        "Kalian pilih siapa nih pilpres? jujur aja 👀",
    ),
    "tt_gemoy": (
        "7310000000000000102",
        "6900099002",
        "gemoy.lovers.id",
        "Joget gemoy challenge 😂 #fyp #gemoy",
    ),
    "yt_debat_capres": (
        "ytv_debatcapres_01",
        "UCberitanusantara01",
        "@BeritaNusantaraTV",
        "LIVE: Debat Perdana Capres 2024 (FULL)",
    ),
    "yt_debat_capres2": (
        "ytv_debatcapres_05",
        "UCberitanusantara01",
        "@BeritaNusantaraTV",
        "Debat Kelima Capres 2024: Kesejahteraan Sosial, SDM dan Inklusi",
    ),
    "fb_family": (
        "pfbid0family0104",
        "100079900004",
        "pakde.warsono",
        "Kumpul keluarga besar di Pringsewu, alhamdulillah lengkap semua 🤗",
    ),
    "fb_ape_pilihan": (
        "pfbid0apepil0105",
        "100079900005",
        "ahiung.sgl",
        "Ape pilihan kelen 14 Feb? 😁 jawab jujur",
    ),
    "tt_amin_lpg": (
        "7310000000000000106",
        "6900099006",
        "aminajadulu_lpg",
        "Pak Anies di Bandar Lampung hari ini! rame pol 🔥",
    ),
    "x_tim02kepri": (
        "1749000000000000107",
        "1609077503",
        "barisankite02",
        "Barisan Kite 02 Kepri siap menangkan Prabowo-Gibran di Tanjungpinang! 🇮🇩",
    ),
    "fb_clg_firman": (
        "pfbid0firman0108",
        "100077000401",
        "firman.ramadhan.lpg",
        "Silaturahmi dengan warga Kalirejo. Terima kasih atas doa dan dukungannya 🙏",
    ),
    "tt_clg_lusi": (
        "7320000000000000109",
        "6900077402",
        "lusianatjhai",
        "Ngopi pagi di warung kopi Pangkalpinang bareng anak muda 🐂☕",
    ),
    "fb_clg_lusi": (
        "pfbid0lusi000110",
        "100077000402",
        "lusiana.tjhai",
        "Dialog dengan penambang timah rakyat di Toboali. Aspirasi kalian saya catat.",
    ),
    "fb_gerindra_pgk": (
        "pfbid0gerin00111",
        "100088000002",
        "gerindra.pangkalpinang",
        "Konsolidasi kader DPC Gerindra Kota Pangkalpinang menyongsong 2024.",
    ),
    "fb_pan": (
        "pfbid0pan00000112",
        "100088000012",
        "pan.lampung.official",
        "Rakorwil PAN Lampung: bersatu, bergerak, menang!",
    ),
    "yt_gerindra": (
        "ytv_gerindrababel_113",
        "UCgerindrababel0002",
        "@GerindraBabelTV",
        "Refleksi 17 Tahun Gerindra di Bangka Belitung",
    ),
    "tt_psi": (
        "7320000000000000114",
        "6900088015",
        "psi.babel",
        "Anak muda Babel, kenalan yuk sama PSI! 🌹",
    ),
    "tt_lpg02": (
        "7420000000000000115",
        "6900077102",
        "arief.ikhsan.asik",
        "Kampanye dialogis di Way Halim, makasih warga! 💙",
    ),
    "tt_lpg02_joget": (
        "7420000000000000116",
        "6900077102",
        "arief.ikhsan.asik",
        "Joget ASIK bareng anak muda Metro 🕺💙",
    ),
    "yt_debat_pilgub": (
        "ytv_debatpilgub_117",
        "UClampungtvnews0117",
        "@LampungTVNews",
        "Debat Publik Pertama Pilgub Lampung 2024",
    ),
    "x_bingung": (
        "1861000000000000118",
        "1609099018",
        "yudhis_mtro",
        "masih bingung milih gubernur nih, kasih pencerahan dong lampung twt",
    ),
    "fb_lpg03_daftar": (
        "pfbid0nurlela0119",
        "100077000103",
        "nurlelagumay",
        "Bismillah, hari ini kami mendaftar ke KPU Provinsi Lampung. Mohon doa restu.",
    ),
    "fb_lpg01": (
        "pfbid0zainal00120",
        "100077000101",
        "zainalmukhtar.official",
        "Terima kasih warga Way Kanan atas sambutan hangatnya. Semoga Allah mudahkan.",
    ),
    "x_news_survei": (
        "1846000000000000121",
        "1609099021",
        "lampungkini_news",
        "Survei: pasangan Zamrud unggul 8 persen di Lampung Tengah",
    ),
    "ig_friend_cagub": (
        "ig_C9friendcagub122",
        "5520099022",
        "dhea.lpg",
        "Siapa cagub pilihanmu? jawab di komen 👀",
    ),
    "tt_lpg03": (
        "7430000000000000123",
        "6900077103",
        "nurlela.gumay",
        "Ibu-ibu Kemiling, terima kasih sudah hadir 🤍",
    ),
    "fb_pgk01_pasar": (
        "pfbid0hendra00124",
        "100077000201",
        "hendraliong.pgk",
        "Blusukan Pasar Pagi Pangkalpinang, dengar langsung keluhan pedagang.",
    ),
    "yt_debat_pgk": (
        "ytv_debatpgk_125",
        "UCbabelpostv0125",
        "@BabelPosTV",
        "Debat Publik Calon Wali Kota Pangkalpinang 2024",
    ),
    "tt_tim_hebat": (
        "7440000000000000126",
        "6900077502",
        "sahabat.hebat.pgk",
        "Sahabat HEBAT Bukit Intan siap! 🔥",
    ),
    "x_pgk_besok": (
        "1861000000000000127",
        "1609099027",
        "wawan_pkp",
        "besok coblos siape gaes pgk 🤔",
    ),
    "fb_pgk02": (
        "pfbid0maulana0128",
        "100077000202",
        "maulanayusuf.pgk",
        "Silaturahmi dengan warga Gerunggang. Bersama kita bangun Pangkalpinang.",
    ),
    "ig_btm01": (
        "ig_C9rezapahlevi129",
        "5520077301",
        "rezapahlevi.batam",
        "Ngopi bareng anak muda Lubuk Baja ☕",
    ),
    "tt_btm02": (
        "7450000000000000130",
        "6900077302",
        "darmawan.dasi",
        "Normalisasi drainase, janji kami untuk Batam. 💧",
    ),
    "x_btm_friend": (
        "1859000000000000131",
        "1609099031",
        "ucok_btm",
        "DASI or RESTU? vote di reply 👇",
    ),
    "th_btm01": (
        "th_rezapahlevi_132",
        "63000773010",
        "rezapahlevi.batam",
        "Terima kasih relawan yang sudah bekerja keras hari ini 🙏",
    ),
    "ig_lpg02_kesehatan": (
        "ig_C9ariefsantoso133",
        "5520077102",
        "ariefsantoso.lpg",
        "Program Berobat Gratis Pakai KTP untuk seluruh warga Lampung.",
    ),
    "fb_pgk01_2": (
        "pfbid0hendra00134",
        "100077000201",
        "hendraliong.pgk",
        "Pasar Pagi akan kami tata ulang menjadi pasar modern.",
    ),
    "ig_btm02": (
        "ig_C9dasibatam135",
        "5520077302",
        "dasi.batam",
        "Program Batam Rapi: tata kota yang bersih dan tertib.",
    ),
    "x_lpg01": (
        "1843000000000000136",
        "1609077101",
        "zainal_mukhtar",
        "Insyaallah besok saya keliling Lampung Tengah. Sampai jumpa, sanak!",
    ),
    "fb_doa_ibunda": (
        "pfbid0doaibu0137",
        "100079900037",
        "hj.marlina.bdl",
        "Mohon doanya, ibunda sedang dirawat di RSUD Abdul Moeloek.",
    ),
    "fb_skripsi": (
        "pfbid0skripsi138",
        "100079900038",
        "ibu.darmi.kdt",
        "Mohon doanya besok anak saya sidang skripsi 🤲",
    ),
    "ig_jodoh": (
        "ig_C9jodoh0000139",
        "5520099039",
        "nanda.kdtn",
        "semoga tahun ini dapet jodoh yaAllah 🥲",
    ),
    "x_news_qc_pgk": (
        "1862000000000000140",
        "1609099040",
        "babelterkini",
        "Hasil hitung cepat Pilwalkot Pangkalpinang: selisih kedua paslon di bawah 1 persen",
    ),
    "x_pilih_siapa": (
        "1754000000000000141",
        "1609099041",
        "bang_ucok_tpi",
        "@roni_sjt lo pilih siapa bang? 😂",
    ),
    "ig_friend_tengku": (
        "ig_C9friendtengku142",
        "5520099042",
        "fitri.btm",
        "Tengku pilih siapa nih? 👀",
    ),
    "yt_news_timah": (
        "ytv_timah_143",
        "UCbabelpostv0125",
        "@BabelPosTV",
        "Harga timah anjlok, penambang rakyat menjerit",
    ),
    "yt_hitung_capres": (
        "ytv_hasilpilpres_144",
        "UCberitanusantara01",
        "@BeritaNusantaraTV",
        "Update Real Count KPU Pilpres 2024",
    ),
    "yt_pilkada_lpg": (
        "ytv_pilkadalpg_145",
        "UClampungtvnews0117",
        "@LampungTVNews",
        "Suasana TPS di Bandar Lampung pagi ini",
    ),
}

# --------------------------------------------------------------------------------------------
# Labelled events
# --------------------------------------------------------------------------------------------


@dataclass
class Item:
    label: str  # C, N, A or O
    emp: str
    platform: str
    action: str
    when: str | None
    text: str
    targets: tuple[str, ...] = ()
    on: str | None = None  # key in PARENTS for comment / reply / quote
    image: tuple[str, str] | None = None  # (alt_text, ocr_text)
    event_id: str = ""


ITEMS: list[Item] = []


def _add(
    label: str,
    emp: str,
    platform: str,
    action: str,
    when: str | None,
    text: str,
    targets=(),
    on=None,
    image=None,
) -> None:
    if isinstance(targets, str):
        targets = (targets,)
    ITEMS.append(Item(label, emp, platform, action, when, text, tuple(targets), on, image))


def C(*args, **kwargs) -> None:
    _add("C", *args, **kwargs)


def N(*args, **kwargs) -> None:
    _add("N", *args, **kwargs)


def A(*args, **kwargs) -> None:
    _add("A", *args, **kwargs)


def O(*args, **kwargs) -> None:  # noqa: E743
    _add("O", *args, **kwargs)


# ---- C: Pilpres 2024 (window 2023-10-19 .. 2024-04-22) ------------------------------------
C(
    "E1",
    "x",
    "post",
    "2023-12-02T20:15:00+07:00",
    "Udah mantap hati, 14 Februari nanti coblos nomor 01 😤🔥 #AMIN",
    "PRES01",
)
C(
    "E1",
    "x",
    "reply",
    "2024-01-08T21:40:00+07:00",
    "@tiyan_lpg ya iyalah bro, AMIN dong. perubahan harus dimulai dr sekarang. Anies presiden, Cak Imin wapres, fix no debat 😤",
    "PRES01",
    on="x_tiyan",
)
C(
    "E2",
    "instagram",
    "post",
    "2023-12-16T10:05:00+07:00",
    "Kumpul bareng temen2 posyandu, semua sepakat: 02 biar lanjuttt ✌️✌️ #PrabowoGibran2024",
    "PRES02",
    image=("ibu-ibu berseragam kader posyandu berfoto bersama sambil mengacungkan dua jari", ""),
)
C(
    "E2",
    "tiktok",
    "comment",
    "2024-01-21T19:12:00+07:00",
    "gemoy bgt sih bapak 😍😍 fix coblos 2 sekeluarga kak",
    "PRES02",
    on="tt_gemoy",
)
C(
    "E3",
    "facebook",
    "post",
    "2024-01-30T07:30:00+07:00",
    "Saudara-saudara, sebagai orang tua saya hanya berpesan: pilihlah pemimpin yang tegas dan berpengalaman. Bagi saya itu Pak Prabowo. Tanggal 14 Februari, mari kita menangkan Prabowo–Gibran satu putaran.",
    "PRES02",
)
C(
    "E3",
    "youtube",
    "comment",
    "2024-02-05T08:10:00+07:00",
    "Pak Ganjar paling menguasai materi malam ini. Sudah saatnya rakyat kecil dipimpin orang yang mengerti rakyat kecil. Ganjar–Mahfud, gaspol! 🖤🤍",
    "PRES03",
    on="yt_debat_capres2",
)
C(
    "E4",
    "tiktok",
    "post",
    "2024-02-05T20:00:00+07:00",
    "POV: kamu urang Pangkalpinang yang udah yakin sama paslon 3 🥹 sat set sat set! #GanjarMahfud #Babel",
    "PRES03",
)
C(
    "E4",
    "x",
    "post",
    "2024-01-15T12:22:00+07:00",
    "dak usah ragu lah kawan, 14 Feb kek kite ke TPS, coblos yang nomor tige. Ganjar-Mahfud untuk Babel!",
    "PRES03",
)
C(
    "E5",
    "instagram",
    "post",
    "2024-02-02T18:45:00+07:00",
    "Ngi hó! 🙏 Keluarga besar Lim di Sungailiat sudah kompak: 01 AMIN. Perubahan untuk Bangka! 🍊",
    "PRES01",
)
C(
    "E5",
    "facebook",
    "comment",
    "2024-01-25T20:31:00+07:00",
    "Aku tetap nomor satu lah, Anies tu pintar ngomong, programnye jelas. Amin AMIN 😁",
    "PRES01",
    on="fb_ape_pilihan",
)
C(
    "E6",
    "youtube",
    "comment",
    "2023-12-13T06:02:00+07:00",
    "Prabowo tegas, yg lain cuma pinter teori. 02 menang satu putaran insyaallah 🇮🇩",
    "PRES02",
    on="yt_debat_capres",
)
C(
    "E6",
    "facebook",
    "post",
    "2024-02-10T22:15:00+07:00",
    "Besok masa tenang, tapi saya sampaikan sekarang: jangan golput, pilih yg muda dan yang tegas. Nomor 2. Titik.",
    "PRES02",
)
C(
    "E7",
    "instagram",
    "post",
    "2023-12-20T19:00:00+07:00",
    "Anak Batam pilih AMIN! Kite butuh perubahan, bukan janji-janji 🙌 #AniesMuhaimin #BatamUntukPerubahan",
    "PRES01",
)
C(
    "E7",
    "threads",
    "post",
    "2024-01-18T23:11:00+07:00",
    "ngl aku team 03 sih, Mahfud MD tuh the real deal. Ganjar-Mahfud all the way 💪",
    "PRES03",
)
C(
    "E8",
    "x",
    "quote",
    "2024-01-22T09:14:00+07:00",
    "Siap! Tanjungpinang kompak 02 🔥🔥",
    ("PRES02", "TIM_02KEPRI"),
    on="x_tim02kepri",
)
C(
    "E8",
    "tiktok",
    "post",
    "2024-02-08T16:40:00+07:00",
    "Tak payah pening-pening, kite coblos 02 je. Lanjutkan!! #PrabowoGibran",
    "PRES02",
)
C(
    "E9",
    "facebook",
    "post",
    "2023-12-24T13:00:00+07:00",
    "Ibu-ibu pengajian sudah sepakat ya, 01 insyaallah membawa keberkahan. Allahu Akbar, AMIN!",
    "PRES01",
)
C(
    "E9",
    "tiktok",
    "comment",
    "2024-01-12T17:20:00+07:00",
    "masyaallah pak Anies 🤲 kami sekeluarga 01, doakan menang ya pak",
    "PRES01",
    on="tt_amin_lpg",
)
C(
    "E1",
    "facebook",
    "post",
    "2024-02-12T20:00:00+07:00",
    "Masa tenang, tapi hati tak bisa tenang 😁 Ingat lusa: Anies–Muhaimin, nomor satu, satu-satunya harapan.",
    "PRES01",
)
C(
    "E2",
    "instagram",
    "post",
    "2024-02-20T08:00:00+07:00",
    "Alhamdulillah quick count 02 unggul 🥳 Terima kasih Pak Prabowo & Mas Gibran, kami pendukungmu dari Kedaton!",
    "PRES02",
)
C(
    "E4",
    "x",
    "post",
    "2023-11-20T21:05:00+07:00",
    "yakin deh Ganjar Pranowo presiden 2024, udh kebukti pas jadi gubernur jateng. pokoknya paslon 3 🖤",
    "PRES03",
)
C(
    "E6",
    "youtube",
    "comment",
    "2024-01-28T10:44:00+07:00",
    "Dari Pangkalpinang dukung penuh Prabowo-Gibran!! Salam 2 jari ✌️",
    "PRES02",
    on="yt_debat_capres2",
)
C(
    "E3",
    "facebook",
    "comment",
    "2023-12-30T15:25:00+07:00",
    "Jangan lupa ya dek, pesan Pakde: coblos 02, Prabowo Gibran. Bapak-bapak di kampung sudah sepakat semua.",
    "PRES02",
    on="fb_family",
)
C(
    "E7",
    "instagram",
    "post",
    "2024-01-27T14:30:00+07:00",
    "Weekend vibes di Nagoya Hill 🛍️",
    "PRES01",
    image=(
        "perempuan berkerudung memakai kaus putih bertuliskan Kite Pilih AMIN",
        "KITE PILIH AMIN • 01 • ANIES MUHAIMIN",
    ),
)
C(
    "E9",
    "facebook",
    "post",
    "2024-02-13T21:00:00",
    "Bismillah, besok ke TPS. Niat sudah bulat, coblos foto yang paling kiri 😉 01 AMIN, Allahumma baarik.",
    "PRES01",
)
C(
    "E9",
    "facebook",
    "post",
    "2024-01-05T16:00:00+07:00",
    "Ngaji bareng lalu dilanjut doa bersama untuk kemenangan 01. Semoga Allah ridhoi AMIN jadi pemimpin negeri ini 🤲",
    "PRES01",
)
C(
    "E8",
    "x",
    "post",
    "2023-10-25T07:30:00+07:00",
    "Prabowo-Gibran resmi daftar ke KPU. Ini pasangan paling pas, kite menangkan di Kepri! 🇮🇩",
    "PRES02",
)
C(
    "E5",
    "facebook",
    "post",
    "2024-03-12T10:00:00+07:00",
    "Real count sudah 70%, AMIN tetap di hati kami sekeluarga. Terima kasih Pak Anies & Gus Muhaimin, perjuanganmu tak sia-sia 🧡",
    "PRES01",
)

# ---- C: Pileg 2024 caleg (window 2023-05-01 .. 2024-03-20) --------------------------------
C(
    "E1",
    "facebook",
    "post",
    "2024-01-14T19:30:00+07:00",
    "Untuk DPRD Provinsi dapil Lampung Tengah, titip satu nama: Bang Firmansyah Ramadhan, NasDem nomor urut 3. Orangnya turun langsung ke sawah, bukan cuma pasang baliho.",
    ("CLG_FIRMAN", "NASDEM"),
)
C(
    "E3",
    "facebook",
    "comment",
    "2023-12-09T11:00:00+07:00",
    "Sukses terus Dinda Firman, kami keluarga besar Kalirejo siap memenangkan. Coblos NasDem nomor 3!",
    ("CLG_FIRMAN", "NASDEM"),
    on="fb_clg_firman",
)
C(
    "E5",
    "instagram",
    "post",
    "2024-01-20T09:15:00+07:00",
    "Ci Lusi urang Bangka asli, ngerti susah-senangnya kite. 14 Feb coblos PDI Perjuangan, nomor urut 1, Lusiana Tjhai! 🙏❤️ #LusiUntukBabel",
    ("CLG_LUSI", "PDIP"),
)
C(
    "E6",
    "facebook",
    "post",
    "2024-02-06T13:50:00+07:00",
    "DPR RI dapil Babel, pilih yang kerja nyata: Lusiana Tjhai. Dak usah bingung, die yang urut 1 di banteng.",
    ("CLG_LUSI", "PDIP"),
)
C(
    "E4",
    "tiktok",
    "comment",
    "2024-01-30T20:10:00+07:00",
    "semangat ci Lusi!! pangkalpinang siap menangkan 💪🐂",
    "CLG_LUSI",
    on="tt_clg_lusi",
)
C(
    "E9",
    "tiktok",
    "post",
    "2024-02-01T15:00:00+07:00",
    "Caleg muda idola emak-emak Bandar Lampung 😍 Bang Firman no 3, jangan salah coblos yaa #Firman3Lampung",
    ("CLG_FIRMAN", "NASDEM"),
)
C(
    "E2",
    "instagram",
    "post",
    "2023-11-30T12:00:00+07:00",
    "Makasih abang buat kalendernya 🤭 dipajang di ruang jaga",
    ("CLG_FIRMAN", "NASDEM"),
    image=(
        "kalender dinding bergambar caleg berjas biru mengepalkan tangan",
        "FIRMANSYAH RAMADHAN, S.E. • CALEG DPRD PROVINSI LAMPUNG • NASDEM • NO. 3 • COBLOS!",
    ),
)
C(
    "E8",
    "x",
    "post",
    "2024-01-10T18:00:00+07:00",
    "Untuk kawan-kawan yg masih bingung caleg DPR RI dapil Babel: Lusiana Tjhai, pilih die. Kerjanya nyata. Sayang saya KTP Kepri 😅",
    "CLG_LUSI",
)

# ---- C: parties (political at any time) ------------------------------------------------------
C(
    "E1",
    "x",
    "post",
    "2025-03-15T09:00:00+07:00",
    "Kalo 2029 nanti aku tetap PKS. Partai paling bersih, kadernya turun tangan tiap ada bencana. #PKSMenang",
    "PKS",
)
C(
    "E3",
    "facebook",
    "post",
    "2023-06-10T14:00:00+07:00",
    "Alhamdulillah, hadir di Muscab Partai Golkar Lampung Selatan. Golkar solid, Golkar menang! Suara Golkar, suara rakyat. 🌳",
    "GOLKAR",
)
C(
    "E4",
    "x",
    "post",
    "2024-06-20T22:30:00+07:00",
    "jujur ya, partai yg paling masuk akal buat anak muda cuma PSI. gas pol 2029 🌹",
    "PSI",
)
C(
    "E5",
    "facebook",
    "post",
    "2024-09-10T08:00:00+07:00",
    "PDI Perjuangan selalu di hati. Merdeka! 🐂❤️ Salam metal dari Sungailiat",
    "PDIP",
)
C(
    "E6",
    "facebook",
    "comment",
    "2023-03-05T20:00:00+07:00",
    "Gerindra Babel jaya! Maju terus garuda, pilih Gerindra nomor 2!",
    "GERINDRA",
    on="fb_gerindra_pgk",
)
C(
    "E7",
    "instagram",
    "post",
    "2025-01-05T07:45:00+07:00",
    "Ikut senam sehat bareng ibu-ibu Perempuan Demokrat Batam 💙 Demokrat di hati, Demokrat pilihan kite! #DemokratBatam",
    "DEMOKRAT",
)
C(
    "E8",
    "x",
    "post",
    "2024-05-02T21:00:00+07:00",
    "kalo ditanya partai, saya tetap banteng. PDIP sampai mati, coblos moncong putih!",
    "PDIP",
)
C(
    "E9",
    "facebook",
    "post",
    "2024-07-23T06:30:00+07:00",
    "Harlah PKB ke-26 🎉 Dari Bandar Lampung, santri mendukung PKB. Jaga NU, pilih PKB!",
    "PKB",
)
C(
    "E2",
    "tiktok",
    "post",
    "2023-09-12T19:00:00+07:00",
    "partai biru ini emang beda sih, NasDem restorasi Indonesia! coblos nomor 5 yaa 💙",
    "NASDEM",
)
C(
    "E1",
    "facebook",
    "comment",
    "2024-10-20T20:20:00+07:00",
    "PAN terus maju! Bangga jadi bagian keluarga besar matahari biru 🌞 pilih PAN!",
    "PAN",
    on="fb_pan",
)
C(
    "E6",
    "youtube",
    "comment",
    "2025-02-10T19:00:00+07:00",
    "Gerindra paling top, sudah terbukti. Gerindra menang lagi 2029!",
    "GERINDRA",
    on="yt_gerindra",
)
C(
    "E4",
    "tiktok",
    "comment",
    "2023-12-15T21:00:00+07:00",
    "PSI 15 coblos! anak muda wajib 🌹🌹",
    "PSI",
    on="tt_psi",
)
C(
    "E7",
    "threads",
    "post",
    "2024-03-28T20:00:00+07:00",
    "Perindo no. 16 kemaren suaranya kecil, tapi aku tetep dukung Perindo terus. Perindo bangkit! 💪",
    "PERINDO",
)
C(
    "E5",
    "instagram",
    "post",
    "2024-04-28T11:00:00+07:00",
    "Bangga ikut rapat anak ranting PDI Perjuangan Sungailiat 🐂 Banteng Bangka tetap solid, coblos moncong putih terus!",
    "PDIP",
)

# ---- C: Pilgub Lampung 2024 (window 2024-08-27 .. 2024-12-16) ----------------------------
C(
    "E1",
    "x",
    "post",
    "2024-10-02T19:30:00+07:00",
    "Lampung butuh ZAMRUD! Pak Zainal–Bu Rosma, nomor 1, Sai Bumi Maju 💚 #ZamrudLampung",
    "LPG01",
)
C(
    "E1",
    "facebook",
    "post",
    "2024-11-20T06:15:00+07:00",
    "Nyak jak Lampung Tengah, nyak pilih nomor sai! Zainal–Rosmawati. Tabik pun 🙏",
    "LPG01",
)
C(
    "E2",
    "instagram",
    "post",
    "2024-10-12T12:40:00+07:00",
    "Nakes Bandar Lampung ASIK semua dong 😎💙 Coblos 2, Arief–Ikhsan, biar puskesmas makin ASIK! #LampungAsik",
    "LPG02",
)
C(
    "E2",
    "tiktok",
    "comment",
    "2024-11-05T21:02:00+07:00",
    "pak Arief gantengg 😭 2 2 2 pokoknyaaa!!",
    "LPG02",
    on="tt_lpg02",
)
C(
    "E3",
    "facebook",
    "post",
    "2024-09-30T09:00:00+07:00",
    "Sebagai orang Pubian, saya yakin Ibu Nurlela Gumay paham adat dan paham rakyat. Nuwo ram, Lampung ram. Nomor 3!",
    "LPG03",
)
C(
    "E3",
    "youtube",
    "comment",
    "2024-10-24T22:30:00+07:00",
    "Paslon 3 unggul telak di debat. Bu Nurlela tenang, programnya rinci. Nuwo untuk semua! 👍",
    "LPG03",
    on="yt_debat_pilgub",
)
C(
    "E9",
    "facebook",
    "post",
    "2024-11-10T10:00:00+07:00",
    "Bismillah, untuk Lampung yang lebih berkah: Zainal Mukhtar dan Rosmawati. Ibu-ibu majelis taklim, jangan lupa nomor 1 ya tanggal 27.",
    "LPG01",
)
C(
    "E9",
    "tiktok",
    "post",
    "2024-09-28T16:20:00+07:00",
    "Guru honor & guru PNS sama-sama berharap... paslon ASIK janji naikin insentif guru ngaji! coblos nomor dua 🫶 #LampungAsik",
    "LPG02",
)
C(
    "E1",
    "x",
    "reply",
    "2024-11-25T20:45:00+07:00",
    "@yudhis_mtro bro, ZAMRUD aja. Nomor 1. udah jelas track record-nya waktu jadi bupati",
    "LPG01",
    on="x_bingung",
)
C(
    "E2",
    "instagram",
    "post",
    "2024-10-30T07:10:00+07:00",
    "OOTD hari ini 💙",
    "LPG02",
    image=(
        "perempuan berseragam perawat mengenakan pin bergambar pasangan calon nomor 2 Arief–Ikhsan",
        "ASIK 2 • ARIEF IKHSAN",
    ),
)
C(
    "E3",
    "facebook",
    "comment",
    "2024-09-05T14:00:00+07:00",
    "Selamat berjuang Bu Nurlela, kami warga Pubian siap menangkan Nuwo! Tabik pun.",
    "LPG03",
    on="fb_lpg03_daftar",
)
C(
    "E9",
    "facebook",
    "comment",
    "2024-10-18T19:45:00+07:00",
    "Aamiin ya rabbal alamin, semoga Pak Zainal amanah. Kami dukung sepenuhnya pak, 1 putaran!",
    "LPG01",
    on="fb_lpg01",
)
C(
    "E1",
    "x",
    "quote",
    "2024-10-15T07:00:00+07:00",
    "nah kan, Lamteng kompak! tinggal kunci tanggal 27, nomor 1 💚💚",
    "LPG01",
    on="x_news_survei",
)
C(
    "E2",
    "tiktok",
    "post",
    "2024-11-22T17:30:00+07:00",
    "challenge salam dua jari bareng rekan kerja ✌️ Lampung ASIIIK! kalian tim mana? kami tim 2 💙",
    "LPG02",
)
C(
    "E3",
    "facebook",
    "post",
    "2024-11-26T21:00:00+07:00",
    "Besok kita datang ke TPS. Pilihan saya, pilihan hati nurani: pasangan nomor urut 3, Nurlela–Bambang. Lampung ram, nuwo ram.",
    "LPG03",
)
C(
    "E9",
    "facebook",
    "post",
    "2024-08-30T15:00:00+07:00",
    "Alhamdulillah Pak Zainal Mukhtar & Bu Rosmawati resmi mendaftar ke KPU. Semoga ini jalan Lampung lebih baik, kami siap dukung! #ZamrudLampung",
    "LPG01",
)
C(
    "E1",
    "facebook",
    "post",
    "2024-11-01T17:00:00+07:00",
    "Tabik pun, kawan-kawan 🙏",
    "LPG01",
    image=(
        "spanduk kampanye terpasang di pagar rumah",
        "ZAMRUD NO. 1 — ZAINAL MUKHTAR & ROSMAWATI — SAI BUMI MAJU",
    ),
)
C(
    "E2",
    "instagram",
    "comment",
    "2024-09-27T20:00:00+07:00",
    "Arief-Ikhsan lah kak, muda, fresh, programnya masuk akal. ASIIIK pokoknya 💙",
    "LPG02",
    on="ig_friend_cagub",
)
C(
    "E9",
    "tiktok",
    "comment",
    "2024-11-15T20:30:00+07:00",
    "maaf bu, kami sekeluarga tetap pilih pak Zainal ya 🙏 nomor 1 👆",
    "LPG01",
    on="tt_lpg03",
)
C(
    "E1",
    "x",
    "post",
    "2024-08-26T18:30:00Z",
    "Hari pertama pendaftaran, ZAMRUD langsung gas. Dukung Pak Zainal jadi Lampung 1!",
    "LPG01",
)
C(
    "E2",
    "instagram",
    "post",
    "2024-11-24T09:00:00+07:00",
    "Masa tenang tapi hati tetep ASIK 💙 pokoknya tanggal 27 ingat nomor 2 ya gaes!",
    "LPG02",
)
C(
    "E3",
    "facebook",
    "post",
    "2024-10-08T20:00:00",
    "Ibu Nurlela dan Pak Bambang, putra-putri asli Lampung. Ayo menangkan paslon nomor 3 di Pilgub ini. Sai bumi ruwa jurai, nuwo ram!",
    "LPG03",
)

# ---- C: Pilwalkot Pangkalpinang 2024 (window 2024-08-27 .. 2024-12-12) --------------------
C(
    "E4",
    "tiktok",
    "post",
    "2024-10-08T18:00:00+07:00",
    "Pangkalpinang HEBAT! Ko Hendra + Bang Syahrial, nomor 1, dak perlu pikir panjang 🔥 #PangkalpinangHebat",
    "PGK01",
)
C(
    "E6",
    "facebook",
    "post",
    "2024-11-12T07:20:00+07:00",
    "Ape kate orang, aku tetap MAYA. Pak Maulana–Bu Apriyanti nomor 2, urang Pangkalpinang asli. Gas!",
    "PGK02",
)
C(
    "E5",
    "instagram",
    "post",
    "2024-10-20T10:30:00+07:00",
    "Ko Hendra itu dulu teman sekolah koko aku, orangnya jujur. Pangkalpinang perlu pemimpin HEBAT. Nomor 1 ya kawan-kawan 🙏🏻 #PangkalpinangHebat",
    "PGK01",
)
C(
    "E5",
    "facebook",
    "comment",
    "2024-11-02T19:00:00+07:00",
    "Semangat Ko Hendra! Ngai chṳ̂-chhì ngì (aku dukung kamu) 💪 tanggal 27 kami sekeluarga coblos satu",
    "PGK01",
    on="fb_pgk01_pasar",
)
C(
    "E6",
    "youtube",
    "comment",
    "2024-10-28T22:10:00+07:00",
    "Pak Maulana jawabannya paling masuk akal. MAYA nomor 2, menang!",
    "PGK02",
    on="yt_debat_pgk",
)
C(
    "E4",
    "tiktok",
    "comment",
    "2024-11-18T20:00:00+07:00",
    "siap bang, satu suara untuk HEBAT 👆 dari Bukit Intan",
    ("PGK01", "TIM_HEBAT"),
    on="tt_tim_hebat",
)
C(
    "E6",
    "facebook",
    "post",
    "2024-09-25T08:00:00+07:00",
    "Hari pertama kampanye. Bismillah, MAYA untuk Pangkalpinang. Kite kawal sampai 27 November! #MAYAuntukPangkalpinang",
    "PGK02",
)
C(
    "E4",
    "x",
    "reply",
    "2024-11-26T22:00:00+07:00",
    "@wawan_pkp ya HEBAT lah, yg nomor satu, masih nanya ae kau 😂",
    "PGK01",
    on="x_pgk_besok",
)
C(
    "E5",
    "instagram",
    "post",
    "2024-11-09T12:15:00+07:00",
    "Makan mie koba bareng keluarga 🍜",
    "PGK01",
    image=(
        "keluarga makan mie, sang ibu memakai kaus kampanye bergambar pasangan calon",
        "HENDRA – SYAHRIAL • 1 • PANGKALPINANG HEBAT",
    ),
)
C(
    "E6",
    "facebook",
    "comment",
    "2024-10-10T16:00:00+07:00",
    "Kami warga Gerunggang sudah bulat, nomor 2! MAYA pasti menang, Pak.",
    "PGK02",
    on="fb_pgk02",
)
C(
    "E4",
    "tiktok",
    "post",
    "2024-10-31T17:45:00+07:00",
    "nyanyi jingle HEBAT sambil nyetir 😂🎶 'satu untuk Pangkalpinang, Hendra–Syahrial...' nempel bgt di kepala. tgl 27 kite coblos satu!",
    "PGK01",
)
C(
    "E4",
    "x",
    "post",
    "2024-10-26T19:00:00+07:00",
    "Kopdar Sahabat HEBAT malam ini di Taman Merdeka, yang dukung nomor 1 merapat! 🔥",
    ("TIM_HEBAT", "PGK01"),
)

# ---- C: Pilwalkot Batam 2024 (window 2024-08-27 .. 2024-12-14) ----------------------------
C(
    "E7",
    "instagram",
    "post",
    "2024-10-03T18:00:00+07:00",
    "Batam perlu RESTU 🙏 Bang Reza & Tengku Fadli, nomor 1! Anak melayu, anak Batam, kite menangkan! #BatamRestu",
    "BTM01",
)
C(
    "E7",
    "threads",
    "post",
    "2024-11-08T22:40:00+07:00",
    "lowkey pengen bilang: vote RESTU no.1, Batam deserves better 🫶",
    "BTM01",
)
C(
    "E7",
    "instagram",
    "comment",
    "2024-10-22T21:00:00+07:00",
    "Semangat Bang Reza! Kite orang Lubuk Baja siap menangkan nomor 1 🔥",
    "BTM01",
    on="ig_btm01",
)
C(
    "E8",
    "x",
    "post",
    "2024-10-14T12:00:00+07:00",
    "Walau saya orang Pinang, tapi untuk Batam saran saya DASI, nomor 2. Pak Darmawan paling paham soal banjir & drainase.",
    "BTM02",
)
C(
    "E8",
    "tiktok",
    "comment",
    "2024-11-03T20:15:00+07:00",
    "DASI nomor 2 mantaplah, Batam rapi! ✌️",
    "BTM02",
    on="tt_btm02",
)
C(
    "E7",
    "instagram",
    "post",
    "2024-11-16T17:00:00+07:00",
    "Blusukan bareng tim hari ini 🥵",
    "BTM01",
    image=(
        "foto bersama calon wali kota Reza Pahlevi sambil mengacungkan satu jari",
        "RESTU 01 • REZA – TENGKU FADLI",
    ),
)
C(
    "E8",
    "x",
    "reply",
    "2024-11-20T19:30:00+07:00",
    "@ucok_btm DASI lah kawan, tak ade lawan. Coblos 2!",
    "BTM02",
    on="x_btm_friend",
)
C(
    "E7",
    "threads",
    "reply",
    "2024-09-29T21:00:00+07:00",
    "sama-sama bang, RESTU menang! kite kawal sampai TPS 🔥🔥",
    "BTM01",
    on="th_btm01",
)
C(
    "E8",
    "tiktok",
    "post",
    "2024-11-21T18:00:00+07:00",
    "Kalo Batam nak tak banjir lagi, pilih DASI. Nomor 2 ya kawan-kawan Batam ✌️ #DASIBatam",
    "BTM02",
)

# ---- C: campaign teams --------------------------------------------------------------------
C(
    "E1",
    "facebook",
    "post",
    "2024-10-19T13:00:00+07:00",
    "Alhamdulillah dipercaya jadi koordinator Relawan Zamrud Kecamatan Seputih Banyak. Siap menangkan nomor 1!",
    ("TIM_ZAMRUD", "LPG01"),
)

# ---- N: everyday numbers, quizzes, promos, draws ------------------------------------------
N(
    "E1",
    "x",
    "post",
    "2024-10-06T22:05:00+07:00",
    "Timnas menang 2-0 malam ini!! Gol si nomor punggung 10 cakep banget 🔥🇮🇩",
)
N(
    "E2",
    "instagram",
    "post",
    "2024-10-15T10:30:00+07:00",
    "Antri nomor 2 di poli gigi dari jam 7 pagi, dokternya baru dateng jam 10 🥲 sabar sabar",
)
N(
    "E4",
    "tiktok",
    "post",
    "2024-11-02T20:00:00+07:00",
    "Quiz malam ini: mie koba vs otak-otak? pilih nomor 1 atau nomor 2 di komen 👇",
)
N(
    "E5",
    "instagram",
    "post",
    "2024-10-05T16:00:00+07:00",
    "Arisan ibu-ibu RT 03 hari ini, yang narik nomor 2 Ci Ahiung 🎉 next month giliran siape ya",
)
N(
    "E9",
    "facebook",
    "post",
    "2024-11-13T11:00:00+07:00",
    "Anak-anak TK Al-Hikmah hari ini belajar mencoblos gambar buah pakai paku dan bantalan gabus. Motorik halusnya terlatih 🥰",
    image=("anak TK mencoblos pinggiran gambar apel dengan paku kecil", ""),
)
N(
    "E1",
    "x",
    "post",
    "2024-01-20T21:30:00+07:00",
    "Gila ganda putra kita main kayak kesetanan. Unggulan nomor 2 tumbang di semifinal 🏸🔥",
)
N(
    "E3",
    "facebook",
    "post",
    "2024-01-10T09:00:00+07:00",
    "Promo akhir bulan di koperasi pegawai: Paket 1 beras 5 kg + minyak 2 L cuma 95 ribu. Paket 2 gula + teh 40 ribu. Pilih paketnya, bayar di kasir.",
)
N(
    "E6",
    "facebook",
    "post",
    "2024-10-11T15:30:00+07:00",
    "Alhamdulillah menang undian jalan sehat HUT Satpol PP, dapat kipas angin 😄 nomor kupon 0212",
)
N(
    "E2",
    "instagram",
    "post",
    "2024-01-05T19:00:00+07:00",
    "Kalian tim nomor 1 (bakso) atau nomor 2 (mie ayam)? Aku tim mie ayam sih 😋 #polling",
)
N(
    "E4",
    "x",
    "post",
    "2024-02-07T08:30:00+07:00",
    "kamar 202 di hotel ini view lautnya cakep, nomor 2 terbaik di Pangkalpinang menurut gw 🌊",
)
N(
    "E4",
    "tiktok",
    "post",
    "2024-10-22T21:00:00+07:00",
    "Main badminton sama anak-anak kantor, skor 21-15 21-18, kami menang 2 set langsung 🏸 HEBAT!",
)
N(
    "E6",
    "facebook",
    "post",
    "2024-11-14T22:00:00+07:00",
    "Persipa Pangkalpinang menang 3-1! Nomor satu di klasemen grup 🔥⚽ ayo ke stadion minggu depan",
)
N(
    "E7",
    "instagram",
    "post",
    "2024-10-18T09:40:00+07:00",
    "Nomor antrian imigrasi 021, masih jauh ya Allah 😭 paspor oh paspor",
)
N(
    "E8",
    "tiktok",
    "post",
    "2024-11-19T06:00:00+07:00",
    "Lomba mancing di Tanjungpinang, aku dapat nomor lapak 2. Doakan strike ya 🎣",
)
N(
    "E9",
    "facebook",
    "post",
    "2024-10-30T14:00:00+07:00",
    "Lomba cerdas cermat MTs se-Bandar Lampung: regu nomor 3 juara 1! Selamat anak-anakku 🥳",
)
N(
    "E2",
    "tiktok",
    "post",
    "2024-11-11T11:11:00+07:00",
    "11.11 promo!! paket 1 skincare cuma 99rb, paket 2 bundling 149rb. checkout sebelum kehabisan 😍",
)
N(
    "E5",
    "instagram",
    "post",
    "2024-11-18T13:00:00+07:00",
    "Menang undian toko emas Ko Ahong 🎉 dapat cincin 2 gram. Hoki tahun ini!",
)
N(
    "E7",
    "threads",
    "post",
    "2024-01-09T20:00:00+07:00",
    "pilih nomor 2 atau nomor 3 buat dress kondangan? 👗 help guys",
)
N(
    "E4",
    "x",
    "post",
    "2024-01-02T10:00:00+07:00",
    "resolusi 2024: nomor 1 sehat, nomor 2 kaya, nomor 3 nikah 🤣",
)
N(
    "E8",
    "x",
    "post",
    "2024-01-26T20:00:00+07:00",
    "Skor akhir futsal antar dinas: PUPR 5 - 3 Dishub. Nomor 1 di grup, lanjut semifinal! ⚽",
)
N(
    "E3",
    "youtube",
    "comment",
    "2024-10-24T23:00:00+07:00",
    "Moderatornya kurang tegas, waktu paslon sering kelewatan. Semoga debat berikutnya lebih tertib.",
    on="yt_debat_pilgub",
)
N(
    "E9",
    "tiktok",
    "post",
    "2024-11-25T19:00:00+07:00",
    "Kata anak saya: 'Bu, nanti aku mau coblos yang gambar kucing' 😂 lagi main pemilu-pemiluan sama kakaknya di rumah",
)

# ---- N: class, school, church, mosque and RT elections ------------------------------------
N(
    "E9",
    "facebook",
    "post",
    "2024-09-16T13:00:00+07:00",
    "Pemilihan ketua OSIS MTsN 1 hari ini berlangsung seru. Anak-anak antre mencoblos di bilik suara buatan sendiri. Calon nomor 2 menang tipis. Belajar demokrasi sejak dini 👏",
)
N(
    "E1",
    "facebook",
    "post",
    "2024-10-25T14:30:00+07:00",
    "Pemilihan ketua kelas XI IPA 2 tadi: nomor urut 1 Dimas, nomor 2 Putri. Putri menang 18 suara. Selamat, Nak, amanah ya!",
)
N(
    "E8",
    "x",
    "post",
    "2023-12-10T13:00:00+07:00",
    "Rapat jemaat pemilihan sintua di gereja kami, calon nomor 3 terpilih. Horas! 🙏",
)
N(
    "E6",
    "facebook",
    "post",
    "2024-02-02T21:00:00+07:00",
    "Rapat takmir masjid Al-Ikhlas memilih ketua baru. Pak Haji Darto terpilih secara aklamasi. Semoga amanah.",
)
N(
    "E3",
    "facebook",
    "post",
    "2023-12-05T20:00:00+07:00",
    "Pemilihan ketua RT 05 Way Halim, nomor urut 2 Pak Anwar terpilih. Demokrasi di tingkat RT pun harus jujur.",
)
N(
    "E1",
    "facebook",
    "post",
    "2024-11-23T16:00:00+07:00",
    "Rapat komite sekolah memilih ketua komite baru. Pak Wayan terpilih dengan 23 suara. Selamat bertugas, Pak!",
)
N(
    "E5",
    "facebook",
    "post",
    "2024-10-27T18:00:00+07:00",
    "Pemilihan ketua yayasan kelenteng Kwan Tie Miau tahun ini lancar, Ko Afuk terpilih lagi. Semoga makin maju 🙏🏮",
)

# ---- N: KPU, Bawaslu, voting-day, neutrality reminders ------------------------------------
N(
    "E1",
    "facebook",
    "post",
    "2024-02-03T19:00:00+07:00",
    "Info dari KPU: yang sedang merantau dan belum urus pindah memilih, segera cek ke PPS kelurahan. Jangan sampai hak pilih hilang.",
)
N(
    "E9",
    "facebook",
    "post",
    "2024-11-20T08:00:00+07:00",
    "Sosialisasi KPU Kota Bandar Lampung: Pilkada 27 November 2024, TPS buka pukul 07.00–13.00. Bawa KTP-el dan surat pemberitahuan. Mari gunakan hak pilih!",
)
N(
    "E4",
    "x",
    "post",
    "2024-11-27T10:00:00+07:00",
    "Sudah nyoblos? tinta ungu di jari, hak sudah digunakan. Siapapun yg menang, Pangkalpinang tetap rumah kite.",
)
N(
    "E7",
    "instagram",
    "post",
    "2024-11-27T11:30:00+07:00",
    "Done nyoblos 💜 jari ungu check! Jangan golput ya guys, pilih sesuai hati nurani masing-masing",
    image=("jari kelingking bertinta ungu di depan TPS", "TPS 014 KELURAHAN BATU SELICIN"),
)
N(
    "E3",
    "facebook",
    "post",
    "2024-10-01T07:00:00+07:00",
    "Mengingatkan rekan-rekan ASN Bappeda: sesuai SKB, ASN dilarang berfoto dengan gaya jari satu, dua atau tiga, dilarang like/komen/share akun paslon, dilarang ikut kampanye. Mari jaga netralitas.",
)
N(
    "E6",
    "facebook",
    "post",
    "2024-11-01T09:00:00+07:00",
    "Apel siaga netralitas ASN Pemkot Pangkalpinang. Ingat: jangan pasang foto profil dengan simbol nomor paslon, jangan ikut kampanye, jangan pakai atribut partai. #ASNNetral",
)
N(
    "E8",
    "x",
    "post",
    "2024-01-25T10:00:00+07:00",
    "Bawaslu Kota Tanjungpinang buka posko pengaduan pelanggaran kampanye. Kalau lihat politik uang, lapor! #BawasluKepri",
)
N(
    "E2",
    "tiktok",
    "post",
    "2024-02-14T06:30:00+07:00",
    "jari ungu dulu baru shift pagi 💜 #pemilu2024 #nakes",
)
N(
    "E5",
    "facebook",
    "post",
    "2024-02-14T10:30:00+07:00",
    "Sudah nyoblos di TPS 07 Sungailiat. Lancar, petugas KPPS ramah-ramah. Terima kasih KPPS 🙏",
)
N(
    "E9",
    "tiktok",
    "post",
    "2024-11-27T09:30:00+07:00",
    "Alhamdulillah sudah mencoblos. Siapapun pilihan kita, semoga Lampung makin berkah. Jangan lupa ke TPS ya! 🤍",
)
N(
    "E6",
    "facebook",
    "post",
    "2024-11-28T07:00:00+07:00",
    "Terima kasih petugas KPPS TPS 12 Gerunggang yang kerja sampai subuh. Kalian pahlawan demokrasi 🙏",
)
N(
    "E7",
    "instagram",
    "post",
    "2024-11-26T18:00:00+07:00",
    "Masa tenang, pemandangan Batam tanpa baliho ternyata cantik juga ya 😌",
)
N(
    "E2",
    "instagram",
    "post",
    "2024-02-11T15:00:00+07:00",
    "Masa tenang = waktunya me time 🧖‍♀️ no politik no drama",
)
N(
    "E1",
    "x",
    "post",
    "2024-02-14T07:00:00+07:00",
    "14 Februari: hari pemilu sekaligus Valentine. Pacar saya cuma satu, pilihan saya rahasia 😎",
)
N(
    "E4",
    "tiktok",
    "post",
    "2024-09-26T10:00:00+07:00",
    "Diskominfo Pangkalpinang mengingatkan: cek fakta sebelum share info paslon. Hoaks pilkada bisa dilaporkan ke Bawaslu. #PilkadaDamai",
)
N(
    "E3",
    "youtube",
    "comment",
    "2024-11-27T09:00:00+07:00",
    "Semoga pilkada Lampung aman dan damai. Siapapun yang terpilih, kita dukung demi Lampung.",
    on="yt_pilkada_lpg",
)

# ---- N: news, debate schedules, neutral election talk -------------------------------------
N(
    "E1",
    "x",
    "post",
    "2024-10-16T12:00:00+07:00",
    "Jadwal debat kedua Pilgub Lampung: Rabu 23 Oktober, 19.00 WIB, disiarkan langsung TV lokal. Siapa pun pilihannya, tonton dulu biar paham program.",
)
N(
    "E4",
    "x",
    "quote",
    "2024-11-28T08:00:00+07:00",
    "bakal sengketa nih kayaknya, selisih tipis bgt. kita tunggu rekap resmi KPU aja",
    on="x_news_qc_pgk",
)
N(
    "E7",
    "threads",
    "post",
    "2024-10-09T09:00:00+07:00",
    "Debat Pilwalkot Batam semalam seru sih, tapi kedua paslon masih normatif soal air bersih. Batam butuh solusi yang jelas.",
)
N(
    "E8",
    "x",
    "post",
    "2024-10-30T20:30:00+07:00",
    "Kedua paslon wali kota Batam sama2 janji soal banjir. Kita lihat aja siapa yg benar2 kerja nanti. Tugas warga: awasi.",
)
N(
    "E6",
    "youtube",
    "comment",
    "2024-01-15T21:00:00+07:00",
    "Ketiga paslon sama-sama tidak bahas soal timah dan nelayan Babel. Kecewa.",
    on="yt_debat_capres",
)
N(
    "E2",
    "instagram",
    "post",
    "2024-01-13T07:00:00+07:00",
    "Nonton debat capres sama suami sampe ketiduran 😴 wkwk siapa yg menang semalam?",
)
N(
    "E5",
    "facebook",
    "post",
    "2024-02-15T09:00:00+07:00",
    "Quick count sudah keluar, tapi tunggu hasil resmi KPU ya. Jangan termakan hoaks, jaga persatuan 🙏",
)
N(
    "E9",
    "facebook",
    "post",
    "2024-12-16T10:00:00+07:00",
    "KPU Lampung sudah menetapkan hasil rekapitulasi. Selamat kepada pemenang, semoga amanah, dan terima kasih kepada semua paslon yang sudah berjuang.",
)
N(
    "E1",
    "x",
    "post",
    "2023-12-22T17:00:00+07:00",
    "Liat baliho caleg sepanjang jalan lintas Lamteng bikin sakit mata. Semua senyum, semua janji. Kapan sih ada aturan baliho yang tertib?",
)
N(
    "E4",
    "x",
    "post",
    "2024-01-31T13:00:00+07:00",
    "capres 01, 02, 03 sama aja janji manis. yg penting harga beras turun dulu lah",
)
N(
    "E8",
    "x",
    "reply",
    "2024-02-04T20:00:00+07:00",
    "@bang_ucok_tpi rahasia dong, LUBER JURDIL. ASN harus netral bro 😁",
    on="x_pilih_siapa",
)
N(
    "E7",
    "instagram",
    "comment",
    "2024-10-12T21:00:00+07:00",
    "Aku ASN kak, netral 🤐 yang penting jangan golput ya",
    on="ig_friend_tengku",
)
N(
    "E6",
    "youtube",
    "comment",
    "2024-02-28T19:00:00+07:00",
    "Yang penting hasil resmi KPU, jangan percaya hoaks di grup WA. Semua pihak harap tenang.",
    on="yt_hitung_capres",
)
N(
    "E3",
    "facebook",
    "post",
    "2024-09-23T08:00:00+07:00",
    "KPU Provinsi Lampung hari ini menetapkan tiga pasangan calon gubernur dan wakil gubernur. Semoga kompetisinya sehat dan damai.",
)
N(
    "E5",
    "instagram",
    "post",
    "2024-10-29T20:00:00+07:00",
    "Debat paslon Pangkalpinang semalam, dua-duanya ngomongin banjir Rangkui. Semoga siapapun yang menang betul-betul beresin 🙏",
)

# ---- N: sarcasm, criticism, memes -----------------------------------------------------------
N(
    "E3",
    "facebook",
    "post",
    "2024-11-04T12:00:00+07:00",
    "Katanya mau 'Sai Bumi Maju', tapi jalan di depan kantor kelurahan aja berlubang sejak tahun lalu. Janji kampanye jangan cuma slogan.",
)
N(
    "E2",
    "tiktok",
    "post",
    "2024-10-25T18:00:00+07:00",
    "katanya ASIK tapi kok jalan ke puskesmas masih becek 🙃 janji oh janji",
)
N(
    "E6",
    "facebook",
    "post",
    "2024-10-15T21:00:00+07:00",
    "Paslon yang bagi-bagi sembako di Gerunggang kemarin, tolong jangan begitu. Rakyat butuh program, bukan beras 5 kilo.",
)
N(
    "E7",
    "threads",
    "post",
    "2024-11-11T12:30:00+07:00",
    "RESTU apanya, balihonya aja nutupin rambu lalu lintas di Jodoh 🙄",
)
N(
    "E4",
    "tiktok",
    "post",
    "2024-01-19T20:00:00+07:00",
    "meme: capres debat vs aku debat sama emak soal jam pulang 😂😂",
)
N(
    "E5",
    "instagram",
    "post",
    "2024-02-12T19:00:00+07:00",
    "Dulu mereka yang gemoy, sekarang aku yang makin gemoy habis Imlek 🤣🥮 diet mulai besok",
)
N(
    "E8",
    "x",
    "post",
    "2024-11-15T13:00:00+07:00",
    "Tak payah la kampanye pakai joget2 di TikTok, Batam tu perlu air bersih, bukan jingle.",
)
N(
    "E9",
    "facebook",
    "post",
    "2024-10-21T20:00:00+07:00",
    "Paslon mana pun, tolong jangan pakai masjid untuk kampanye. Masjid tempat ibadah, bukan panggung politik.",
)
N(
    "E1",
    "x",
    "post",
    "2024-11-06T21:00:00+07:00",
    "Baliho ZAMRUD, ASIK, NUWO berjejer di satu tiang listrik. Tiangnya yang paling capek di pilkada ini 😂",
)
N(
    "E6",
    "facebook",
    "post",
    "2024-10-09T19:00:00+07:00",
    "HEBAT dan MAYA sama-sama janji gratis ini gratis itu. Duitnya dari mana? Mikir, warga.",
)

# ---- N: namesakes and everyday words that are also slogans --------------------------------
N(
    "E2",
    "instagram",
    "post",
    "2024-10-08T00:05:00+07:00",
    "Happy birthday Maya sayang 🎂💕 sahabat dari SMA, makin cantik aja!",
)
N(
    "E4",
    "x",
    "post",
    "2024-10-19T15:00:00+07:00",
    "Hebat banget anak-anak Pangkalpinang juara lomba robotik nasional! Bangga 🥹🏆",
)
N(
    "E7",
    "instagram",
    "post",
    "2024-11-02T10:00:00+07:00",
    "Mohon doa restu, kami akan melangsungkan akad nikah adik kami tanggal 10 November di Batam 💍",
)
N(
    "E8",
    "x",
    "post",
    "2024-10-21T07:15:00+07:00",
    "pertama kali pake dasi ke kantor, rasanya kayak mau wawancara kerja 😂 #ASNlife",
)
N(
    "E1",
    "x",
    "post",
    "2024-10-28T13:00:00+07:00",
    "Murid saya namanya Zainal, juara 1 olimpiade fisika tingkat kabupaten! Bangga, Nak 🥇",
)
N(
    "E9",
    "facebook",
    "post",
    "2024-10-06T10:00:00+07:00",
    "Hari ini kunjungan belajar ke nuwo sesat di Lampung Barat bersama anak-anak. Rumah adat kita yang penuh filosofi. 🏠",
)
N(
    "E5",
    "instagram",
    "post",
    "2024-10-26T15:00:00+07:00",
    "Cincin batu zamrud warisan ama (nenek) akhirnya dipakai lagi 💚 katanya zamrud asli Belitung",
)
N(
    "E2",
    "instagram",
    "post",
    "2024-11-09T17:00:00+07:00",
    "Liburan ke Pahawang asik bangettt 🏝️ airnya jernih, snorkeling 2 jam ga kerasa",
)
N(
    "E6",
    "facebook",
    "post",
    "2024-10-20T09:00:00+07:00",
    "Alhamdulillah anak saya Maulana Yusuf lulus tes Bintara Polri. Doakan ya saudara-saudara 🤲",
)
N(
    "E8",
    "x",
    "post",
    "2024-11-06T16:00:00+07:00",
    "Kawan saya Reza baru buka kedai kopi di Batu Aji, mampir lah kawan2 ☕",
)
N(
    "E7",
    "instagram",
    "post",
    "2024-09-30T19:00:00+07:00",
    "Ulang tahun ke-5 anakku Khadijah 🎀 terima kasih semua yang datang!",
)
N(
    "E4",
    "tiktok",
    "post",
    "2024-11-20T19:00:00+07:00",
    "Tutorial pasang dasi kupu-kupu buat kondangan, gampang ternyata 🎀 #tutorial",
)
N(
    "E3",
    "facebook",
    "post",
    "2024-09-20T07:00:00+07:00",
    "Turut berduka cita atas wafatnya Bapak Hasanuddin Gumay, paman dari Ibu Nurlela Gumay. Semoga almarhum husnul khotimah.",
)
N(
    "E7",
    "instagram",
    "post",
    "2024-10-05T16:00:00+07:00",
    "Nyobain kafe baru namanya Kopi Restu di Nagoya, latte-nya enak parah ☕ 10/10",
)
N(
    "E2",
    "tiktok",
    "post",
    "2024-09-29T13:00:00+07:00",
    "kerja di puskesmas tuh asik asik capek 😭 tapi pas pasien sembuh rasanya HEBAT",
)

# ---- N: religious greetings, prayers, condolences ("Aamiin") -------------------------------
N(
    "E9",
    "facebook",
    "post",
    "2024-10-22T06:00:00+07:00",
    "Selamat Hari Santri Nasional 22 Oktober 2024. Santri siaga jiwa raga, menjaga negeri dengan ilmu dan akhlak 🤲",
)
N(
    "E5",
    "instagram",
    "post",
    "2024-02-10T08:00:00+07:00",
    "Sin nyên fai lo̍k! 新年快乐 Selamat Tahun Baru Imlek 2575 🧧🏮 Semoga tahun naga membawa rezeki untuk semua",
)
N(
    "E8",
    "x",
    "post",
    "2023-12-25T07:00:00+07:00",
    "Selamat Natal 2023 bagi yang merayakan. Damai di bumi, damai di hati 🎄",
)
N(
    "E1",
    "facebook",
    "post",
    "2024-03-11T06:00:00+07:00",
    "Selamat Hari Raya Nyepi Tahun Baru Saka 1946. Om Shanti Shanti Shanti Om 🙏",
)
N(
    "E6",
    "facebook",
    "post",
    "2024-04-10T07:00:00+07:00",
    "Minal aidin wal faizin, mohon maaf lahir dan batin. Keluarga besar Sobirin di Pangkalpinang 🙏",
)
N(
    "E3",
    "facebook",
    "comment",
    "2024-11-10T20:00:00+07:00",
    "Aamiin ya Allah, semoga ibunda lekas sembuh dan diangkat penyakitnya. Amin amin amin 🤲",
    on="fb_doa_ibunda",
)
N(
    "E9",
    "facebook",
    "comment",
    "2024-01-16T21:00:00+07:00",
    "Aamiin, semoga lancar dan lulus dengan nilai terbaik. Amin ya Rabb 🤲",
    on="fb_skripsi",
)
N(
    "E2",
    "instagram",
    "comment",
    "2024-02-01T22:00:00+07:00",
    "AMIN paling kenceng 😂🙏",
    on="ig_jodoh",
)
N(
    "E8",
    "x",
    "post",
    "2024-02-09T19:00:00+07:00",
    "Imlek di Tanjungpinang, vihara ramai sekali. Gong xi fa cai semua! 🧧",
)
N(
    "E4",
    "x",
    "post",
    "2024-01-28T12:00:00+07:00",
    "Innalillahi wa inna ilaihi raji'un, turut berduka atas wafatnya ayahanda rekan kami di Diskominfo. Semoga husnul khotimah 🤲 amin",
)

# ---- N: official government events with sitting officials ---------------------------------
N(
    "E3",
    "facebook",
    "post",
    "2024-10-17T15:00:00+07:00",
    "Rapat koordinasi pembangunan bersama Pj Gubernur Lampung Bapak Samsul Bahri Lubis di Mahan Agung. Fokus: penanganan stunting dan inflasi daerah.",
)
N(
    "E8",
    "x",
    "post",
    "2024-03-05T11:00:00+07:00",
    "Peresmian jembatan di Dompak oleh Wali Kota Tanjungpinang Bapak H. Rahman Said pagi ini. Dinas PUPR bangga jadi bagian 🙏",
)
N(
    "E6",
    "facebook",
    "post",
    "2024-08-17T10:00:00+07:00",
    "Upacara HUT RI ke-79 di Alun-alun Taman Merdeka dipimpin Pj Wali Kota. Merdeka! 🇮🇩",
)
N(
    "E4",
    "tiktok",
    "post",
    "2024-12-20T16:00:00+07:00",
    "Liputan Diskominfo: Pj Wali Kota Pangkalpinang meninjau banjir di Kampung Opas dan menyalurkan bantuan.",
)
N(
    "E7",
    "instagram",
    "post",
    "2024-09-10T13:00:00+07:00",
    "Musrenbang kelurahan Batu Selicin dihadiri Camat Lubuk Baja. Usulan warga: drainase dan lampu jalan.",
)

# ---- N: questions and complaints under candidates' posts ----------------------------------
N(
    "E2",
    "instagram",
    "comment",
    "2024-10-16T21:30:00+07:00",
    "Pak, maaf mau tanya, program berobat gratis itu termasuk tenaga honorer puskesmas atau cuma pasien? 🙏",
    on="ig_lpg02_kesehatan",
)
N(
    "E6",
    "facebook",
    "comment",
    "2024-10-03T20:00:00+07:00",
    "Pak Hendra, rencana untuk pedagang Pasar Pagi yang nanti digusur gimana? Mohon penjelasannya.",
    on="fb_pgk01_2",
)
N(
    "E7",
    "instagram",
    "comment",
    "2024-10-25T19:00:00+07:00",
    "Pak, maksud program 'Batam Rapi' itu termasuk rumah liar di Tanjung Uma? Mohon dijelaskan.",
    on="ig_btm02",
)
N(
    "E1",
    "x",
    "reply",
    "2024-10-09T19:00:00+07:00",
    "@zainal_mukhtar Pak, jalan lintas ke Seputih Banyak rusak parah, mohon dilihat langsung. Sudah 3 tahun begini.",
    on="x_lpg01",
)
N(
    "E5",
    "facebook",
    "comment",
    "2024-01-20T20:00:00+07:00",
    "Ci, tolong diperhatikan juga penambang timah rakyat di Sungailiat ya. Banyak yang kesulitan izin.",
    on="fb_clg_lusi",
)

# ---- N: parties mentioned without support ---------------------------------------------------
N(
    "E1",
    "x",
    "post",
    "2024-06-10T17:00:00+07:00",
    "Macet parah di depan kantor DPD Golkar, ada acara apa ya? 🚗🚗🚗",
)
N(
    "E4",
    "x",
    "post",
    "2024-03-21T13:00:00+07:00",
    "Berita: PSI gagal lolos ke Senayan, suaranya di bawah ambang batas 4 persen menurut rekap KPU.",
)
N(
    "E8",
    "x",
    "post",
    "2023-09-20T20:00:00+07:00",
    "Analisis: koalisi Gerindra-Golkar-PAN vs NasDem-PKB-PKS, peta politik 2024 makin jelas. Menarik buat diikuti.",
)
N(
    "E9",
    "facebook",
    "post",
    "2024-08-05T20:00:00+07:00",
    "Kakek saya dulu cerita soal pemilu tahun 70-an, cuma ada tiga partai. Zaman sudah berubah ya.",
)
N(
    "E5",
    "facebook",
    "post",
    "2024-04-30T09:00:00+07:00",
    "Info: kantor DPC PDI Perjuangan Bangka pindah ke Jalan Jenderal Sudirman, sebelah toko emas. Buat yang cari alamat.",
)
N(
    "E3",
    "facebook",
    "post",
    "2024-05-20T19:00:00+07:00",
    "Diskusi publik 'Masa Depan Partai Politik Pasca Pemilu 2024' di Universitas Lampung. Narasumber dari PKS, Gerindra, dan PDIP. Menarik.",
)
N(
    "E6",
    "youtube",
    "comment",
    "2024-06-01T20:00:00+07:00",
    "Gerindra, PDIP, Golkar semua sama aja kalau soal harga timah. Rakyat kecil tetap susah.",
    on="yt_news_timah",
)
N(
    "E7",
    "threads",
    "post",
    "2025-02-20T20:00:00+07:00",
    "baca berita partai-partai lagi ribut soal ambang batas parlemen. capek ya jadi rakyat 🙃",
)

# ---- A: genuinely ambiguous (reported, not scored) -----------------------------------------
A(
    "E1",
    "x",
    "post",
    "2024-10-27T20:00:00+07:00",
    "Yang penting jangan pilih nomor 3 aja, udah itu. 🤐",
    "LPG03",
)
A(
    "E2",
    "instagram",
    "post",
    "2024-01-27T11:00:00+07:00",
    "Wisuda adik tercinta ✌️🎓",
    "PRES02",
    image=("keluarga berfoto di depan gedung wisuda sambil mengacungkan dua jari", ""),
)
A(
    "E3",
    "facebook",
    "post",
    "2024-10-22T19:00:00+07:00",
    "Kalau Ibu Nurlela menang, jalan ke kampung kami pasti mulus ya. Hehe.",
    "LPG03",
)
A(
    "E4",
    "tiktok",
    "post",
    "2024-01-24T21:00:00+07:00",
    "netral dong 🤭 tapi kalo disuruh milih baju, aku suka yang hitam-putih 😎",
    "PRES03",
)
A(
    "E5",
    "facebook",
    "post",
    "2024-02-03T21:00:00+07:00",
    "Dulu Ahok, sekarang? Ya ngerti lah ya 😏",
    "PRES03",
)
A(
    "E6",
    "facebook",
    "post",
    "2024-11-24T20:00:00+07:00",
    "Tetap netral. Tapi jujur, yang nomor dua itu orangnya baik 😁",
    "PGK02",
)
A(
    "E7",
    "threads",
    "post",
    "2024-01-29T23:00:00+07:00",
    "not me liking all the 01 tiktoks on my fyp 😭",
    "PRES01",
)
A(
    "E8",
    "x",
    "post",
    "2024-10-05T20:00:00+07:00",
    "Batam butuh pemimpin yang paham drainase. Kalian tau lah siapa 😉",
    "BTM02",
)
A(
    "E9",
    "facebook",
    "post",
    "2024-02-12T20:00:00+07:00",
    "Pilih yang sholat, yang ngaji, yang jelas imamnya. Sudah itu saja pesan saya.",
    (),
)
A("E1", "x", "post", "2024-11-27T12:00:00+07:00", "Udah nyoblos, yang ijo-ijo 💚", "LPG01")
A(
    "E2",
    "tiktok",
    "comment",
    "2024-10-02T20:00:00+07:00",
    "😍😍😍🔥🔥",
    "LPG02",
    on="tt_lpg02_joget",
)
A("E3", "facebook", "post", None, "Ayo menangkan Nuwo, nomor 3! Lampung ram.", "LPG03")
A(
    "E4",
    "x",
    "post",
    "2024-12-05T09:00:00+07:00",
    "Selamat untuk Ko Hendra, udah feeling dari awal bakal menang 🥳",
    "PGK01",
)
A(
    "E5",
    "instagram",
    "post",
    "2024-01-15T16:00:00+07:00",
    "Lagi bikin kue keranjang 🧧 warna merahnya kayak... ah sudahlah 🤫🐂",
    ("PDIP", "PRES03"),
)
A(
    "E6",
    "youtube",
    "comment",
    "2024-02-20T20:00:00+07:00",
    "Sudahlah, 02 sudah menang, yang kalah legowo lah.",
    "PRES02",
    on="yt_hitung_capres",
)
A(
    "E7",
    "instagram",
    "post",
    "2024-11-09T22:00:00+07:00",
    "Ikut nonton konser kampanye RESTU di Dataran Engku Putri, penyanyinya keren bgt 🎤 (cuma nonton konser ya!)",
    "BTM01",
)
A(
    "E8",
    "x",
    "post",
    "2024-01-11T15:00:00+07:00",
    "Pak Prabowo ke Tanjungpinang hari ini, rame bgt, aku pun ikut liat dari pinggir jalan. merinding 🥹",
    "PRES02",
)
A(
    "E9",
    "tiktok",
    "post",
    "2024-10-28T20:00:00+07:00",
    "Anak saya disuruh gurunya gambar 'pemimpin idaman', dia gambar bapak berpeci hitam dengan angka satu di dada 😂",
    "LPG01",
)
A(
    "E1",
    "facebook",
    "post",
    "2023-04-10T20:00:00+07:00",
    "Ngopi sama kawan-kawan PKS Lamteng, bahas program bantuan bibit untuk petani.",
    "PKS",
)
A(
    "E4",
    "x",
    "post",
    "2024-02-13T21:00:00+07:00",
    "tips nyoblos: liat dulu rekam jejak. ada yang udah 10 tahun jadi gubernur, ada yang... ah sudahlah #masatenang",
    "PRES03",
)

# ---- O: C-like, only candidates named, outside every window ----------------------------------
O(
    "E1",
    "x",
    "post",
    "2024-06-15T20:00:00+07:00",
    "Bang Zainal Mukhtar cocok nian jadi gubernur Lampung. Ram dukung dari sekarang! 💚",
    "LPG01",
)
O(
    "E2",
    "instagram",
    "post",
    "2024-07-20T19:00:00+07:00",
    "Pak Arief Santoso tuh sosok pemimpin muda yang dibutuhkan Lampung, semoga maju jadi gubernur! 💙",
    "LPG02",
)
O(
    "E3",
    "facebook",
    "post",
    "2024-05-12T10:00:00+07:00",
    "Ibu Nurlela Gumay, perempuan Lampung yang layak memimpin. Kami dukung Ibu maju di Pilgub!",
    "LPG03",
)
O(
    "E4",
    "tiktok",
    "post",
    "2025-03-01T19:00:00+07:00",
    "Ko Hendra Liong wali kota terbaik! Dukung terus programnya 🔥",
    "PGK01",
)
O(
    "E5",
    "instagram",
    "post",
    "2024-08-10T12:00:00+07:00",
    "Dukung Ko Hendra Liong untuk Pangkalpinang! Orang baik harus memimpin 🙏🏻",
    "PGK01",
)
O(
    "E6",
    "facebook",
    "post",
    "2025-01-20T08:00:00+07:00",
    "Pak Maulana Yusuf tetap pilihan saya. Lima tahun lagi maju lagi, Pak!",
    "PGK02",
)
O(
    "E7",
    "instagram",
    "post",
    "2024-07-05T20:00:00+07:00",
    "Reza Pahlevi untuk Batam! Kami dukung abang maju 🔥",
    "BTM01",
)
O(
    "E8",
    "x",
    "post",
    "2023-02-14T20:00:00+07:00",
    "Prabowo Subianto tetap yang terbaik, harus jadi presiden!",
    "PRES02",
)
O(
    "E9",
    "facebook",
    "post",
    "2023-03-20T20:00:00+07:00",
    "Anies Baswedan pemimpin yang santun dan cerdas. Semoga jadi presiden kita 🤲",
    "PRES01",
)
O(
    "E1",
    "x",
    "post",
    "2024-12-16T18:00:00Z",
    "Dukung terus Pak Zainal Mukhtar, pemimpin yang merakyat! 💚",
    "LPG01",
)

# ---- unlabelled background (engagement without own words; not scored) -----------------------
# (employee, platform, action, occurred_at, parent key or followed target account)
BACKGROUND = [
    ("E2", "tiktok", "like", "2024-10-02T20:01:00+07:00", "tt_lpg02_joget"),
    ("E1", "x", "like", None, "x_lpg01"),
    ("E6", "facebook", "share", "2024-10-11T08:00:00+07:00", "fb_pgk02"),
    ("E7", "instagram", "like", "2024-10-22T20:59:00+07:00", "ig_btm01"),
    ("E8", "x", "share", "2024-01-22T09:10:00+07:00", "x_tim02kepri"),
    ("E9", "facebook", "like", "2024-10-18T19:44:00+07:00", "fb_lpg01"),
    ("E4", "tiktok", "follow", "2024-10-26T18:00:00+07:00", "@sahabat.hebat.pgk"),
    ("E3", "facebook", "follow", None, "@nurlelagumay"),
]

# --------------------------------------------------------------------------------------------
# Bundle writing
# --------------------------------------------------------------------------------------------

SITES = {
    "x": "x.com",
    "facebook": "www.facebook.com",
    "instagram": "www.instagram.com",
    "tiktok": "www.tiktok.com",
    "youtube": "www.youtube.com",
    "threads": "www.threads.net",
}


def _url(platform: str, handle: str, post_id: str) -> str:
    handle = handle.lstrip("@")
    if platform == "x":
        return f"https://x.com/{handle}/status/{post_id}"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={post_id}"
    if platform == "tiktok":
        return f"https://www.tiktok.com/@{handle}/video/{post_id}"
    if platform in ("instagram", "threads"):
        return f"https://{SITES[platform]}/p/{post_id}/"
    return f"https://{SITES[platform]}/{handle}/posts/{post_id}"


def _parent(key: str, platform: str) -> dict:
    post_id, author_uid, author_handle, text = PARENTS[key]
    return {
        "post_id": post_id,
        "author_user_id": author_uid,
        "author_handle": author_handle,
        "text": text,
        "url": _url(platform, author_handle, post_id),
    }


def _actor(emp: Employee, platform: str) -> dict:
    handle, uid = emp.accounts[platform]
    return {
        "user_id": uid,
        "handle": handle,
        "display_name": emp.display,
        "bio": emp.bio,
        "location": emp.location,
    }


def _write_csv(path: Path, header: list[str], rows: list[tuple]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for row in rows:
            w.writerow(row)


def build_events() -> list[dict]:
    """Assign event ids (in a shuffled order, so ids say nothing of labels) and build records."""
    rng = random.Random(20241127)
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    records: list[tuple[int, dict]] = []
    for seq, idx in enumerate(order):
        it = ITEMS[idx]
        emp = EMP[it.emp]
        handle, uid = emp.accounts[it.platform]
        own_id = str(8_130_000_000_000 + seq * 7919 + rng.randrange(1000))
        if it.platform == "youtube":
            own_id = f"Ugx{own_id}"
        it.event_id = f"{it.platform}:{own_id}:{it.action}:{uid}"
        media = []
        if it.image:
            alt, ocr = it.image
            m = {
                "kind": "image",
                "url": f"https://cdn.example.net/{it.platform}/{own_id}.jpg",
                "sha256": hashlib.sha256((own_id + alt + ocr).encode()).hexdigest(),
            }
            if alt:
                m["alt_text"] = alt
            if ocr:
                m["ocr_text"] = ocr
            media.append(m)
        rec = {
            "event_id": it.event_id,
            "platform": it.platform,
            "action": it.action,
            "occurred_at": it.when,
            "actor": _actor(emp, it.platform),
            "target": _parent(it.on, it.platform) if it.on else None,
            "text": it.text,
            "url": _url(it.platform, handle, own_id),
            "media": media,
            "source": "probe-lampung-babel",
        }
        records.append((seq * 10, rec))
    for n, (ekey, platform, action, when, what) in enumerate(BACKGROUND):
        emp = EMP[ekey]
        handle, uid = emp.accounts[platform]
        if action == "follow":
            followed = what.lstrip("@")
            author_uid = next(
                a[2] for t in TARGETS for a in t[6] if a[0] == platform and a[1] == followed
            )
            target = {"author_user_id": author_uid, "author_handle": followed}
            ref = author_uid
        else:
            target = _parent(what, platform)
            ref = target["post_id"]
        rec = {
            "event_id": f"{platform}:{ref}:{action}:{uid}",
            "platform": platform,
            "action": action,
            "occurred_at": when,
            "actor": _actor(emp, platform),
            "target": target,
            "text": None,
            "url": None,
            "media": [],
            "source": "probe-lampung-babel",
        }
        # Interleave the background rows at pseudo-random places.
        records.append((rng.randrange(len(ITEMS)) * 10 + 1 + n % 9, rec))
    return [rec for _, rec in sorted(records, key=lambda p: (p[0], p[1]["event_id"]))]


def write_bundle(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe kampanye – Lampung, Bangka Belitung, Kepulauan Riau 2023–2025\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    _write_csv(folder / "agencies.csv", ["code", "name", "parent_code", "region_code"], AGENCIES)
    roster = [
        (e.nip, e.name, e.agency, e.unit, e.position, e.employment_type, e.region, "active")
        for e in EMPLOYEES
    ]
    roster += EXTRA_ROSTER
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
    accounts = []
    for i, e in enumerate(EMPLOYEES):
        for j, (platform, (handle, uid)) in enumerate(sorted(e.accounts.items())):
            approved = "true" if (i + j) % 3 else ""
            accounts.append(
                (e.nip, platform, handle, uid, e.display, f"2023-0{1 + i % 9}-1{j}", approved)
            )
    _write_csv(
        folder / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        accounts,
    )
    trows = []
    for tid, name, kind, election, ballot, party, accs in TARGETS:
        if not accs:
            trows.append((tid, name, kind, election, ballot, party, "", "", ""))
        for platform, handle, uid in accs:
            trows.append((tid, name, kind, election, ballot, party, platform, handle, uid))
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
        trows,
    )
    _write_csv(folder / "keywords.csv", ["target_id", "term"], KEYWORDS)
    erows = []
    for eid, name, contest, region, stages in ELECTIONS:
        for stage, start, end in stages:
            erows.append((eid, name, contest, region, stage, start, end))
    _write_csv(
        folder / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        erows,
    )
    with (folder / "events.jsonl").open("w", encoding="utf-8") as fh:
        for rec in build_events():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------------------------
# Running netra and scoring
# --------------------------------------------------------------------------------------------


def run_scan(bundle: Path, findings: Path, workspace: Path) -> subprocess.CompletedProcess:
    cmd = [str(NETRA), "scan", str(bundle), "--out", str(findings), "--workspace", str(workspace)]
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def read_findings(path: Path) -> dict[str, list[str | None]]:
    """event_id -> target_ids of the political.campaign findings naming that event."""
    flagged: dict[str, list[str | None]] = {}
    if not path.exists():
        return flagged
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            f = json.loads(line)
            if f.get("category") != CATEGORY:
                continue
            for eid in f.get("event_ids") or []:
                flagged.setdefault(eid, []).append(f.get("target_id"))
    return flagged


def _fmt(it: Item, targets_found: list[str | None] | None = None) -> str:
    tgt = ",".join(it.targets) or "-"
    line = f"  [{it.label}] {it.emp} {it.platform}/{it.action} {it.when or 'null'} target={tgt}"
    if targets_found is not None:
        line += f" found_target={','.join(t or 'null' for t in targets_found)}"
    if it.on:
        line += f" on={PARENTS[it.on][2]}"
    line += f"\n      {it.text}"
    if it.image:
        alt, ocr = it.image
        line += f"\n      [image alt={alt!r} ocr={ocr!r}]"
    return line


def score(flagged: dict[str, list[str | None]], show: bool) -> None:
    by = {lab: [it for it in ITEMS if it.label == lab] for lab in "CNAO"}
    tp_items = [it for it in by["C"] if it.event_id in flagged]
    fn_items = [it for it in by["C"] if it.event_id not in flagged]
    fp_items = [it for it in by["N"] if it.event_id in flagged]
    a_items = [it for it in by["A"] if it.event_id in flagged]
    o_items = [it for it in by["O"] if it.event_id in flagged]
    tp, fn, fp = len(tp_items), len(fn_items), len(fp_items)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    matched = sum(1 for it in tp_items if any(t in it.targets for t in flagged[it.event_id]))
    print(
        f"{CATEGORY}  TP={tp} FP={fp} FN={fn}  precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}"
    )
    print(f"found {tp}/{len(by['C'])} C, missed {fn}; false alarms {fp}/{len(by['N'])} N")
    print(
        f"A flagged {len(a_items)}/{len(by['A'])};  O (outside window) flagged {len(o_items)}/{len(by['O'])}"
    )
    print(f"true positives whose target_id matches the intended target: {matched}/{tp}")
    if not show:
        return
    print(f"\n=== missed C ({fn}) ===")
    for it in fn_items:
        print(_fmt(it))
    print(f"\n=== false alarms N ({fp}) ===")
    for it in fp_items:
        print(_fmt(it, flagged[it.event_id]))
    print(f"\n=== flagged A ({len(a_items)}) ===")
    for it in a_items:
        print(_fmt(it, flagged[it.event_id]))
    print(f"\n=== flagged O ({len(o_items)}) ===")
    for it in o_items:
        print(_fmt(it, flagged[it.event_id]))
    wrong = [it for it in tp_items if not any(t in it.targets for t in flagged[it.event_id])]
    print(f"\n=== true positives with another target ({len(wrong)}) ===")
    for it in wrong:
        print(_fmt(it, flagged[it.event_id]))
    labelled = {it.event_id for it in ITEMS}
    other = sorted(eid for eid in flagged if eid not in labelled)
    print(f"\n=== {CATEGORY} findings on unlabelled background events ({len(other)}) ===")
    for eid in other:
        print(f"  {eid} target={','.join(t or 'null' for t in flagged[eid])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--show", action="store_true", help="list missed C, false-alarm N, flagged A and O"
    )
    ap.add_argument(
        "--keep",
        metavar="DIR",
        type=Path,
        help="write bundle, workspace and findings under DIR and keep them",
    )
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="probe-lampung-babel-") as tmp:
        root = args.keep.resolve() if args.keep else Path(tmp)
        bundle, workspace, findings = root / "bundle", root / "workspace", root / "findings.jsonl"
        write_bundle(bundle)
        workspace.mkdir(parents=True, exist_ok=True)
        proc = run_scan(bundle, findings, workspace)
        if proc.returncode == 2:
            print("netra scan: bundle unusable (exit 2)", file=sys.stderr)
            print(proc.stdout + proc.stderr, file=sys.stderr)
            return 2
        if proc.returncode != 0:
            print(f"netra scan failed with exit code {proc.returncode}", file=sys.stderr)
            print(proc.stdout + proc.stderr, file=sys.stderr)
            return 1
        if args.show:
            print("=== netra scan output ===")
            print(proc.stdout.strip())
            if proc.stderr.strip():
                print(proc.stderr.strip())
            print()
        score(read_findings(findings), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
