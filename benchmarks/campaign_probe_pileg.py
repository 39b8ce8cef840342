# ruff: noqa: E501
"""Out-of-sample probe of `political.campaign`: the legislative election (Pileg) of 14 February 2024.

The probe builds one bundle (spec/bundle-v1.md) for an invented monitoring team that watches
nine invented civil servants in Lampung, Jambi, Riau and DI Yogyakarta during Pemilu 2024:

- Pileg: invented calegs for DPR RI (Dapil Lampung I), DPRD Provinsi Riau (Dapil Pekanbaru)
  and DPRD Kabupaten Bantul (Dapil 2), each with a real national party (real ballot number)
  and an invented number within the party list; two invented DPD RI candidates for Jambi
  (no party, their own ballot numbers); invented volunteer teams.
- Pilpres: the real 2024 pairs 01/02/03 (public facts), in a smaller share.
- All 18 national parties as `party` targets (names and ballot numbers are public facts).

Every person, caleg, team, handle and text is invented. Texts are the employees' own posts,
comments, replies, quotes and image posts (alt text / OCR), written in the voices of urban
Gen-Z and millennial code-mixing, formal teachers and health workers, Javanese (ngoko and
krama), and Lampung / Jambi / Riau Malay flavour, with long Facebook posts, WhatsApp-style
forwards, threads and "setuju!!" quotes.

Labels:
  C  the employee's own words inside the neutrality window campaign for or show support of
     a target (caleg, DPD candidate, party, presidential pair, team): must be flagged
     `political.campaign`, ideally naming one of the item's `tg` targets.
  N  close to campaigning but not campaigning (neutral election talk, how-to-vote, news,
     neutrality reminders, criticism, sarcasm, jokes, namesakes, numbers and party words in
     other senses, other contests, quick counts, congratulations): must not be flagged.
  A  genuinely ambiguous: reported, not scored.
  O  C-like texts naming only candidates (no party, no number) posted outside every
     neutrality window: should not be flagged.

All texts, labels and dates were written before the first run of this probe and were not
edited after seeing the detector's output. Only harness / format bugs may be fixed.

Usage:
  python benchmarks/campaign_probe_pileg.py [--show] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

NETRA = str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "netra")

# ---------------------------------------------------------------------------------------------
# The world: elections and their stages (bundle timezone Asia/Jakarta; all four provinces WIB)
# ---------------------------------------------------------------------------------------------
PEMILU_TAIL = [
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-15", "2024-03-20"),
]
LEG_RESULT = [("result", "2024-03-21", "2024-06-10")]

ELECTIONS: list[tuple[str, str, str, str, list[tuple[str, str, str]]]] = [
    (
        "PILPRES-2024",
        "Pemilihan Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        [
            ("candidacy", "2023-10-19", "2023-11-27"),
            *PEMILU_TAIL,
            ("result", "2024-03-21", "2024-04-24"),
        ],
    ),
    (
        "DPR-LAMPUNG-I",
        "Pemilu Anggota DPR RI 2024 Dapil Lampung I",
        "legislative",
        "18",
        [("candidacy", "2023-05-01", "2023-11-27"), *PEMILU_TAIL, *LEG_RESULT],
    ),
    (
        "DPD-JAMBI",
        "Pemilu Anggota DPD RI 2024 Provinsi Jambi",
        "legislative",
        "15",
        [("candidacy", "2022-12-16", "2023-11-27"), *PEMILU_TAIL, *LEG_RESULT],
    ),
    (
        "DPRD-RIAU",
        "Pemilu Anggota DPRD Provinsi Riau 2024 Dapil Riau 1 (Pekanbaru)",
        "legislative",
        "14",
        [("candidacy", "2023-05-01", "2023-11-27"), *PEMILU_TAIL, *LEG_RESULT],
    ),
    (
        "DPRD-BANTUL",
        "Pemilu Anggota DPRD Kabupaten Bantul 2024 Dapil 2",
        "legislative",
        "34.02",
        [("candidacy", "2023-05-01", "2023-11-27"), *PEMILU_TAIL, *LEG_RESULT],
    ),
]

# Date ranges used to place the texts (kept inside the windows of every target they name).
STAGE_DAYS: dict[str, tuple[str, str]] = {
    "cand_early": ("2023-06-05", "2023-10-15"),  # legislative / DPD candidacy; Pilpres not yet
    "candidacy": ("2023-10-20", "2023-11-26"),
    "campaign": ("2023-11-28", "2024-02-10"),
    "quiet": ("2024-02-11", "2024-02-13"),
    "voting": ("2024-02-14", "2024-02-14"),
    "counting": ("2024-02-15", "2024-03-19"),
    "result": ("2024-03-22", "2024-04-20"),
}
OUTSIDE_BEFORE = date(2022, 12, 16)  # earliest starts_on of any election
OUTSIDE_AFTER = date(2024, 6, 10)  # latest ends_on of any election

# ---------------------------------------------------------------------------------------------
# Political actors
# ---------------------------------------------------------------------------------------------
PARTIES: list[tuple[str, str, int, str]] = [
    ("PTY-PKB", "Partai Kebangkitan Bangsa (PKB)", 1, "pkb"),
    ("PTY-GERINDRA", "Partai Gerakan Indonesia Raya (Gerindra)", 2, "gerindra"),
    ("PTY-PDIP", "Partai Demokrasi Indonesia Perjuangan (PDI-P)", 3, "pdiperjuangan"),
    ("PTY-GOLKAR", "Partai Golongan Karya (Golkar)", 4, "golkar"),
    ("PTY-NASDEM", "Partai NasDem", 5, "nasdem"),
    ("PTY-BURUH", "Partai Buruh", 6, "partaiburuh"),
    ("PTY-GELORA", "Partai Gelombang Rakyat Indonesia (Gelora)", 7, "partaigelora"),
    ("PTY-PKS", "Partai Keadilan Sejahtera (PKS)", 8, "pks"),
    ("PTY-PKN", "Partai Kebangkitan Nusantara (PKN)", 9, "partaipkn"),
    ("PTY-HANURA", "Partai Hati Nurani Rakyat (Hanura)", 10, "hanura"),
    ("PTY-GARUDA", "Partai Garda Republik Indonesia (Garuda)", 11, "partaigaruda"),
    ("PTY-PAN", "Partai Amanat Nasional (PAN)", 12, "pan"),
    ("PTY-PBB", "Partai Bulan Bintang (PBB)", 13, "partaibulanbintang"),
    ("PTY-DEMOKRAT", "Partai Demokrat", 14, "pdemokrat"),
    ("PTY-PSI", "Partai Solidaritas Indonesia (PSI)", 15, "psi"),
    ("PTY-PERINDO", "Partai Perindo", 16, "perindo"),
    ("PTY-PPP", "Partai Persatuan Pembangunan (PPP)", 17, "ppp"),
    ("PTY-UMMAT", "Partai Ummat", 24, "partaiummat"),
]
PARTY_SHORT = {
    "PTY-PKB": "PKB",
    "PTY-GERINDRA": "Gerindra",
    "PTY-PDIP": "PDI-P",
    "PTY-GOLKAR": "Golkar",
    "PTY-NASDEM": "NasDem",
    "PTY-PKS": "PKS",
    "PTY-PAN": "PAN",
    "PTY-DEMOKRAT": "Demokrat",
    "PTY-PSI": "PSI",
}

ALL_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "threads"]
PARTY_PLATFORMS = ["x", "facebook", "instagram"]
TEAM_PLATFORMS = ["facebook", "instagram", "tiktok"]

# target_id, name, kind, election_id, ballot_number, party target id, handle stem, platforms
ACTORS: list[tuple[str, str, str, str, str, str, str, list[str]]] = [
    (
        "P01",
        "Anies Rasyid Baswedan – Abdul Muhaimin Iskandar",
        "candidate",
        "PILPRES-2024",
        "1",
        "",
        "amin.paslon01",
        ALL_PLATFORMS,
    ),
    (
        "P02",
        "Prabowo Subianto – Gibran Rakabuming Raka",
        "candidate",
        "PILPRES-2024",
        "2",
        "",
        "prabowogibran.paslon02",
        ALL_PLATFORMS,
    ),
    (
        "P03",
        "Ganjar Pranowo – Mohammad Mahfud MD",
        "candidate",
        "PILPRES-2024",
        "3",
        "",
        "ganjarmahfud.paslon03",
        ALL_PLATFORMS,
    ),
    (
        "CAL-LAILA",
        "Hj. Nurlaila Fitriani, S.H.",
        "candidate",
        "DPR-LAMPUNG-I",
        "3",
        "PTY-PKB",
        "bundalaila.official",
        ALL_PLATFORMS,
    ),
    (
        "CAL-YOGA",
        "Yoga Pratama Saputra",
        "candidate",
        "DPR-LAMPUNG-I",
        "1",
        "PTY-PSI",
        "yogapratama.psi",
        ALL_PLATFORMS,
    ),
    (
        "CAL-SYAMSUL",
        "Ir. H. Syamsul Bahri Tanjung",
        "candidate",
        "DPR-LAMPUNG-I",
        "2",
        "PTY-GOLKAR",
        "syamsulbahri.tanjung",
        ["facebook", "instagram"],
    ),
    (
        "CAL-OZAN",
        "Tengku Fauzan Akbar",
        "candidate",
        "DPRD-RIAU",
        "5",
        "PTY-GERINDRA",
        "bangozan.official",
        ALL_PLATFORMS,
    ),
    (
        "CAL-ZUBAIDAH",
        "Siti Zubaidah, S.Pd.",
        "candidate",
        "DPRD-RIAU",
        "2",
        "PTY-PKS",
        "umizubaidah",
        ALL_PLATFORMS,
    ),
    (
        "CAL-KIKI",
        "Rizky Ananda Putra",
        "candidate",
        "DPRD-RIAU",
        "7",
        "PTY-NASDEM",
        "kikiananda.id",
        ALL_PLATFORMS,
    ),
    (
        "CAL-YAYUK",
        "Sri Rahayu Handayani",
        "candidate",
        "DPRD-BANTUL",
        "1",
        "PTY-PDIP",
        "mbakyayuk.bantul",
        ALL_PLATFORMS,
    ),
    (
        "CAL-BAGUS",
        "Bagus Wicaksono, S.T.",
        "candidate",
        "DPRD-BANTUL",
        "4",
        "PTY-PAN",
        "masbagus.wicaksono",
        ALL_PLATFORMS,
    ),
    (
        "CAL-WULAN",
        "Wulandari Kusuma Dewi",
        "candidate",
        "DPRD-BANTUL",
        "3",
        "PTY-DEMOKRAT",
        "wulan.kusumadewi",
        ALL_PLATFORMS,
    ),
    ("DPD-KADIR", "Drs. H. Abdul Kadir Jailani, M.Si.", "candidate", "DPD-JAMBI", "21", "", "", []),
    (
        "DPD-MELI",
        "Meliana Sari Batubara, S.E.",
        "candidate",
        "DPD-JAMBI",
        "27",
        "",
        "kakmeli.dpdjambi",
        ALL_PLATFORMS,
    ),
    (
        "TIM-LAILA",
        "Sahabat Laila (relawan Hj. Nurlaila Fitriani)",
        "campaign_team",
        "DPR-LAMPUNG-I",
        "",
        "",
        "sahabatlaila",
        TEAM_PLATFORMS,
    ),
    (
        "TIM-OZAN",
        "Laskar Ozan (tim pemenangan Tengku Fauzan Akbar)",
        "campaign_team",
        "DPRD-RIAU",
        "",
        "",
        "laskarozan",
        TEAM_PLATFORMS,
    ),
    (
        "TIM-RMLK",
        "Relawan Milenial Lancang Kuning (relawan 02)",
        "campaign_team",
        "PILPRES-2024",
        "",
        "",
        "rmlk.riau",
        TEAM_PLATFORMS,
    ),
    (
        "TIM-GENZ03",
        "Gen Z Ngayogyakarta Bergerak (relawan 03)",
        "campaign_team",
        "PILPRES-2024",
        "",
        "",
        "genzjogja03",
        TEAM_PLATFORMS,
    ),
] + [
    (tid, name, "party", "", str(num), "", f"{stem}_id", PARTY_PLATFORMS)
    for tid, name, num, stem in PARTIES
]

ACTOR_INDEX = {a[0]: k for k, a in enumerate(ACTORS)}

# What a monitoring team would list: nicknames, slogans, hashtags, a few ballot phrases.
KEYWORDS: list[tuple[str, str]] = [
    ("P01", "AMIN"),
    ("P01", "#AMIN"),
    ("P01", "Anies-Muhaimin"),
    ("P01", "coblos 01"),
    ("P02", "Prabowo-Gibran"),
    ("P02", "#02Melanjutkan"),
    ("P02", "coblos 02"),
    ("P03", "Ganjar-Mahfud"),
    ("P03", "coblos 03"),
    ("CAL-LAILA", "Bunda Laila"),
    ("CAL-LAILA", "#LailaUntukLampung"),
    ("CAL-LAILA", "Laila Peduli"),
    ("CAL-YOGA", "Bang Yoga"),
    ("CAL-YOGA", "#YogaMudaBergerak"),
    ("CAL-SYAMSUL", "#SyamsulBahriDPR"),
    ("CAL-SYAMSUL", "Kerja Nyata Syamsul"),
    ("CAL-OZAN", "Bang Ozan"),
    ("CAL-OZAN", "#OzanBerkhidmat"),
    ("CAL-ZUBAIDAH", "Umi Zubaidah"),
    ("CAL-ZUBAIDAH", "Zubaidah Amanah"),
    ("CAL-KIKI", "Kiki Ananda"),
    ("CAL-KIKI", "#KikiWakilAnakMuda"),
    ("CAL-YAYUK", "Mbak Yayuk"),
    ("CAL-YAYUK", "Yayuk Ngayomi"),
    ("CAL-YAYUK", "#YayukKanggoBantul"),
    ("CAL-BAGUS", "Mas Bagus"),
    ("CAL-BAGUS", "#MasBagusBantul"),
    ("CAL-BAGUS", "Bantul Makin Bagus"),
    ("CAL-WULAN", "Mbak Wulan"),
    ("CAL-WULAN", "#WulanUntukBantul"),
    ("DPD-KADIR", "Datuk Kadir"),
    ("DPD-KADIR", "Kadir Untuk Jambi"),
    ("DPD-MELI", "Kak Meli"),
    ("DPD-MELI", "#MeliSuaraJambi"),
    ("TIM-LAILA", "Sahabat Laila"),
    ("TIM-OZAN", "Laskar Ozan"),
    ("TIM-RMLK", "Relawan Milenial Lancang Kuning"),
    ("TIM-RMLK", "RMLK"),
    ("TIM-GENZ03", "Gen Z Ngayogyakarta Bergerak"),
    ("TIM-GENZ03", "#GenZJogja03"),
    ("PTY-PKB", "coblos PKB"),
    ("PTY-PSI", "coblos PSI"),
    ("PTY-PDIP", "coblos PDIP"),
    ("PTY-GOLKAR", "coblos Golkar"),
]

# ---------------------------------------------------------------------------------------------
# Agencies and employees (all invented)
# ---------------------------------------------------------------------------------------------
AGENCIES: list[tuple[str, str, str, str]] = [
    ("1800", "Pemerintah Provinsi Lampung", "", "18"),
    ("1800.DISDIKBUD", "Dinas Pendidikan dan Kebudayaan Provinsi Lampung", "1800", "18"),
    ("1871", "Pemerintah Kota Bandar Lampung", "", "18.71"),
    ("1871.DINKES", "Dinas Kesehatan Kota Bandar Lampung", "1871", "18.71"),
    ("1571", "Pemerintah Kota Jambi", "", "15.71"),
    ("1571.DISKOMINFO", "Dinas Komunikasi dan Informatika Kota Jambi", "1571", "15.71"),
    ("1505", "Pemerintah Kabupaten Muaro Jambi", "", "15.05"),
    ("1505.SETDA", "Sekretariat Daerah Kabupaten Muaro Jambi", "1505", "15.05"),
    ("1400", "Pemerintah Provinsi Riau", "", "14"),
    ("1400.BAPENDA", "Badan Pendapatan Daerah Provinsi Riau", "1400", "14"),
    ("1471", "Pemerintah Kota Pekanbaru", "", "14.71"),
    ("1471.DISDIK", "Dinas Pendidikan Kota Pekanbaru", "1471", "14.71"),
    ("3402", "Pemerintah Kabupaten Bantul", "", "34.02"),
    (
        "3402.DPPKP",
        "Dinas Pertanian, Pangan, Kelautan dan Perikanan Kabupaten Bantul",
        "3402",
        "34.02",
    ),
    ("3402.DIKPORA", "Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Bantul", "3402", "34.02"),
    ("KEMENAG", "Kementerian Agama", "", ""),
    (
        "KEMENAG.KANWIL-DIY",
        "Kantor Wilayah Kementerian Agama Daerah Istimewa Yogyakarta",
        "KEMENAG",
        "34",
    ),
]

PEOPLE: dict[str, dict] = {
    "sul": {
        "nip": "197608172001032002",
        "name": "Hj. Sulastri, S.Pd., M.Pd.",
        "agency": "1800.DISDIKBUD",
        "unit": "SMA Negeri 9 Bandar Lampung",
        "position": "Guru Ahli Madya",
        "type": "PNS",
        "region": "18.71",
        "display": "Bu Sulastri Kedaton",
        "bio": "Guru SMA | Ibu tiga anak | Bandar Lampung",
        "location": "Bandar Lampung",
        "prov": "LPG",
        "accounts": {"facebook": ("100071883401276", "sulastri.kedaton")},
    },
    "rina": {
        "nip": "199004092019022001",
        "name": "Ns. Rina Marlina, S.Kep.",
        "agency": "1871.DINKES",
        "unit": "UPT Puskesmas Kedaton",
        "position": "Perawat Ahli Pertama",
        "type": "PNS",
        "region": "18.71",
        "display": "Rina Marlina 🌷",
        "bio": "Nakes puskesmas | tabik pun | kopi & kucing",
        "location": "Bandar Lampung, Lampung",
        "prov": "LPG",
        "accounts": {
            "instagram": ("48820193374", "rinamarlina.ns"),
            "facebook": ("100063218840911", "rina.marlina.ns"),
        },
    },
    "dinda": {
        "nip": "199905142022032003",
        "name": "Adinda Larasati Putri, S.Kom.",
        "agency": "1571.DISKOMINFO",
        "unit": "Bidang Pengelolaan Informasi dan Komunikasi Publik",
        "position": "Pranata Komputer Ahli Pertama",
        "type": "PNS",
        "region": "15.71",
        "display": "dinda ✨",
        "bio": "jambi girlie 🌸 | kominfo kota jambi | opini pribadi",
        "location": "Jambi",
        "prov": "JMB",
        "accounts": {
            "instagram": ("51907723188", "dindalaras.p"),
            "tiktok": ("7201883345129984001", "dindalaras_"),
        },
    },
    "fadhil": {
        "nip": "199711022021011004",
        "name": "Fadhil Alfarizi, S.H.",
        "agency": "1505.SETDA",
        "unit": "Bagian Hukum",
        "position": "Analis Hukum",
        "type": "PNS",
        "region": "15.05",
        "display": "Fadhil A.",
        "bio": "hukum, kopi, Persijam | Sengeti",
        "location": "Muaro Jambi",
        "prov": "JMB",
        "accounts": {
            "x": ("1398820014455661568", "fadhilalfrz"),
            "tiktok": ("7119004427813270530", "fadhil.alfrz"),
        },
    },
    "raka": {
        "nip": "199402282019031005",
        "name": "Muhammad Raka Aditya, S.T.",
        "agency": "1400.BAPENDA",
        "unit": "Bidang Pajak Daerah",
        "position": "Penelaah Teknis Kebijakan",
        "type": "PNS",
        "region": "14",
        "display": "Raka Aditya",
        "bio": "Pekanbaru | pajak & kopi | views my own",
        "location": "Pekanbaru",
        "prov": "RIAU",
        "accounts": {
            "x": ("1188230077123842049", "rakaaditya_"),
            "instagram": ("31188472093", "raka.aditya"),
        },
    },
    "tengku": {
        "nip": "198012052006041006",
        "name": "Tengku Said Hamdani, S.Sos.",
        "agency": "1471.DISDIK",
        "unit": "Bidang Pembinaan SMP",
        "position": "Pengawas Sekolah",
        "type": "PNS",
        "region": "14.71",
        "display": "Tengku Said Hamdani",
        "bio": "Pendidik. Anak jati Melayu Riau.",
        "location": "Pekanbaru, Riau",
        "prov": "RIAU",
        "accounts": {"facebook": ("100004512877340", "tengku.said.hamdani")},
    },
    "wahyu": {
        "nip": "198506212010011007",
        "name": "Wahyu Nugroho Jati, S.P.",
        "agency": "3402.DPPKP",
        "unit": "Bidang Tanaman Pangan dan Hortikultura",
        "position": "Penyuluh Pertanian Ahli Muda",
        "type": "PNS",
        "region": "34.02",
        "display": "Wahyu NJ",
        "bio": "Penyuluh tani Bantul. Nandur, ngopeni, ngundhuh.",
        "location": "Bantul, DIY",
        "prov": "DIY",
        "accounts": {
            "facebook": ("100009987312054", "wahyu.nugrohojati"),
            "x": ("2839910022", "wahyunj_tani"),
        },
    },
    "nimas": {
        "nip": "199509302023082008",
        "name": "Nimas Ayu Kusumawardani, S.Pd.",
        "agency": "3402.DIKPORA",
        "unit": "SMP Negeri 2 Pandak",
        "position": "Guru Ahli Pertama",
        "type": "PPPK",
        "region": "34.02",
        "display": "Bu Nimas 📚",
        "bio": "guru bahasa Jawa 🌿 | Bantul | matur nuwun sampun mampir",
        "location": "Bantul",
        "prov": "DIY",
        "accounts": {
            "instagram": ("60011239840", "nimasayu.kw"),
            "threads": ("60011239840", "nimasayu.kw"),
        },
    },
    "bayu": {
        "nip": "199807072022041009",
        "name": "Bayu Aji Setiawan, S.I.Kom.",
        "agency": "KEMENAG.KANWIL-DIY",
        "unit": "Subbagian Humas dan Informasi",
        "position": "Pranata Humas Ahli Pertama",
        "type": "PNS",
        "region": "34.71",
        "display": "bayu aji",
        "bio": "jogja, kopi, futsal | humas",
        "location": "Yogyakarta",
        "prov": "DIY",
        "accounts": {
            "x": ("1501288340011225089", "bayuaji_s"),
            "tiktok": ("7088123400917734402", "bayuaji.jogja"),
        },
    },
}

NEWS: dict[str, tuple[str, str]] = {
    "LPG": ("7701001", "kabarlampung_id"),
    "JMB": ("7701002", "jambiterkini"),
    "RIAU": ("7701003", "riaunewsroom"),
    "DIY": ("7701004", "wartajogja"),
}


# ---------------------------------------------------------------------------------------------
# Texts
# ---------------------------------------------------------------------------------------------
def it(
    who: str,
    form: str,
    label: str,
    kind: str,
    tg: tuple[str, ...] | list[str],
    text: str,
    *,
    on: str = "",
    tt: str = "",
    alt: str = "",
    ocr: str = "",
    st: str = "campaign",
    plat: str = "",
    when: str = "",
) -> dict:
    return {
        "who": who,
        "form": form,
        "label": label,
        "kind": kind,
        "tg": tuple(tg),
        "text": text,
        "on": on,
        "tt": tt,
        "alt": alt,
        "ocr": ocr,
        "st": st,
        "plat": plat,
        "when": when,
    }


LAILA = ("CAL-LAILA", "PTY-PKB")
LAILA_T = ("CAL-LAILA", "TIM-LAILA", "PTY-PKB")
YOGA = ("CAL-YOGA", "PTY-PSI")
OZAN = ("CAL-OZAN", "PTY-GERINDRA")
OZAN_T = ("CAL-OZAN", "TIM-OZAN", "PTY-GERINDRA")
ZUB = ("CAL-ZUBAIDAH", "PTY-PKS")
YAYUK = ("CAL-YAYUK", "PTY-PDIP")
BAGUS = ("CAL-BAGUS", "PTY-PAN")
WULAN = ("CAL-WULAN", "PTY-DEMOKRAT")

TEXTS: list[dict] = [
    # ---------------------------------------------------------------- Sulastri (guru SMA, Lampung)
    it(
        "sul",
        "post",
        "C",
        "long-fb",
        LAILA,
        "Bapak dan Ibu yang saya hormati,\n\nSudah 22 tahun saya mengajar di SMA. Setiap tahun saya melihat murid perempuan yang cerdas tetapi harus berhenti sekolah karena biaya, karena menikah muda, atau karena dianggap tidak perlu sekolah tinggi.\n\nDi DPR RI, suara perempuan masih sedikit. Kebijakan tentang sekolah, gizi anak, dan perlindungan ibu sering diputuskan tanpa mendengar kami.\n\nOleh karena itu, izinkan saya mengajak: pilihlah caleg perempuan. Untuk DPR RI Dapil Lampung I, Ibu Hj. Nurlaila Fitriani, nomor urut 3 dari PKB, adalah sosok yang tepat. Laila Peduli!",
    ),
    it(
        "sul",
        "post",
        "C",
        "team",
        LAILA_T,
        "Alhamdulillah, hari ini resmi bergabung dengan Sahabat Laila Kecamatan Kedaton. Semoga kami bisa ikut mengantar Bunda ke Senayan. 🤲",
    ),
    it(
        "sul",
        "comment",
        "C",
        "ballot",
        LAILA,
        "Terima kasih Bunda atas perhatiannya kepada guru. Kami di Kedaton siap memenangkan Bunda, coblos PKB nomor 3!",
        on="CAL-LAILA",
        tt="Silaturahmi bersama guru-guru PAUD se-Bandar Lampung. Guru adalah pahlawan. 🙏",
    ),
    it(
        "sul",
        "post",
        "C",
        "prayer",
        LAILA,
        "Semoga Allah memudahkan langkah Ibu Nurlaila menuju DPR RI. Ibu-ibu pengajian Al-Hidayah, jangan lupa ya, surat suara kuning, nomor 3 😊",
    ),
    it(
        "sul",
        "image",
        "C",
        "image-alt",
        LAILA,
        "Kenang-kenangan bersama Bunda Laila di Kedaton. 💚",
        alt="Foto bersama belasan ibu berjilbab di depan spanduk; semua mengangkat tiga jari",
    ),
    it(
        "sul",
        "post",
        "C",
        "wa-forward",
        ("CAL-SYAMSUL", "PTY-GOLKAR"),
        "*Diteruskan dari grup Alumni Teknik Unila*\nAssalamualaikum. Kawan-kawan alumni, mari dukung senior kita Ir. H. Syamsul Bahri Tanjung, Golkar nomor urut 2, DPR RI Dapil Lampung I. Kerja nyata, bukan janji. Mohon disebarkan. 🙏",
    ),
    it(
        "sul",
        "post",
        "C",
        "pair",
        ("P01",),
        "Perubahan itu perlu keberanian. Bismillah, 14 Februari saya mantap memilih pasangan Anies–Muhaimin. Mari bersama, AMIN.",
    ),
    it(
        "sul",
        "post",
        "C",
        "prayer",
        LAILA,
        "Malam ini kami sekeluarga tahajud, mendoakan agar Bunda Laila dan PKB diberi kemenangan besok. Aamiin ya rabbal alamin.",
        st="quiet",
    ),
    it(
        "sul",
        "post",
        "C",
        "team",
        LAILA_T,
        "Alhamdulillah, hasil rekap sementara di kecamatan kami PKB unggul dan Bunda Laila suara terbanyak. Terima kasih Bapak/Ibu yang sudah mencoblos nomor 3. Perjuangan Sahabat Laila belum selesai, kawal terus suaranya!",
        st="counting",
    ),
    it(
        "sul",
        "post",
        "C",
        "team",
        ("CAL-LAILA", "TIM-LAILA"),
        "Bismillah, Bunda Laila resmi mendaftar sebagai bacaleg DPR RI. Insya Allah kami Sahabat Laila siap berjuang. Bunda pasti bisa! 💚",
        st="cand_early",
    ),
    it(
        "sul",
        "quote",
        "C",
        "quote-agree",
        LAILA,
        "Setuju!! Ini yang kami tunggu-tunggu. Bunda harus ke Senayan 💚",
        on="CAL-LAILA",
        tt="Pendidikan gratis hingga SMA untuk seluruh anak Lampung. Itu janji saya.",
    ),
    it(
        "sul",
        "post",
        "C",
        "invite",
        LAILA,
        "Ibu-ibu PKK Kedaton, tanggal 14 nanti ambil surat suara yang kuning, cari logo PKB, lalu coblos foto ibu berjilbab hijau nomor 3 ya. Itu Bunda kita. 😊",
    ),
    it(
        "sul",
        "post",
        "C",
        "party",
        ("PTY-PKB",),
        "PKB nomor 1, partainya para kiai dan santri. Mari Bapak/Ibu, coblos PKB untuk DPR RI, DPRD Provinsi, dan DPRD Kota.",
    ),
    it(
        "sul",
        "post",
        "C",
        "team",
        LAILA_T,
        "Rapat koordinasi saksi Sahabat Laila malam ini di rumah saya, Jl. Teuku Umar. Bapak/Ibu yang sudah mendaftar jadi saksi untuk Bunda, harap hadir pukul 19.30.",
    ),
    it(
        "sul",
        "post",
        "N",
        "reminder",
        (),
        "Bapak/Ibu guru, sesuai SE MenPANRB dan SKB 2022, ASN dilarang memberi like, komentar, dan share pada unggahan calon. Termasuk berfoto dengan pose jari yang menunjukkan nomor urut. Mari kita jaga netralitas.",
    ),
    it(
        "sul",
        "post",
        "N",
        "neutral",
        (),
        "Bapak dan Ibu yang saya hormati,\n\nSudah 22 tahun saya mengajar. Saya sering bertanya, mengapa suara perempuan di parlemen masih sedikit?\n\nKeterwakilan perempuan 30% adalah amanat undang-undang, tetapi di banyak dapil caleg perempuan hanya pelengkap daftar.\n\nSilakan pelajari rekam jejak para caleg perempuan di dapil masing-masing melalui laman KPU, lalu tentukan pilihan sesuai hati nurani. Jangan golput.",
    ),
    it(
        "sul",
        "post",
        "N",
        "other-contest",
        (),
        "Pemilihan Ketua OSIS SMA kami berjalan demokratis. Selamat kepada pasangan calon nomor urut 3, Rizky dan Nadia, yang terpilih dengan 412 suara. 👏",
    ),
    it(
        "sul",
        "post",
        "N",
        "howto",
        (),
        "Kemarin ada siswa bertanya: Bu, kenapa surat suara DPR warnanya kuning? Saya jelaskan: warna itu hanya pembeda jenis pemilihan, bukan lambang partai mana pun. Anak-anak kelas XII yang sudah 17 tahun, jangan lupa datang ke TPS ya.",
    ),
    it(
        "sul",
        "comment",
        "N",
        "news",
        (),
        "Semoga para caleg yang sudah ditetapkan benar-benar memperjuangkan pendidikan di Lampung.",
        on="news",
        tt="KPU tetapkan DCT DPR RI Dapil Lampung I: 180 caleg dari 18 partai",
        st="candidacy",
    ),
    it(
        "sul",
        "post",
        "N",
        "number",
        (),
        "Kepada siswa kelas XII IPA 3: nilai ulangan harian nomor 1 sampai 5 sudah saya unggah di Google Classroom. Remedial hari Kamis.",
    ),
    it(
        "sul",
        "post",
        "N",
        "homonym",
        (),
        "Alhamdulillah PBB rumah sudah lunas. Bapak/Ibu, jatuh tempo PBB-P2 Kota Bandar Lampung tanggal 31 Agustus ya, jangan sampai kena denda.",
        st="cand_early",
    ),
    it(
        "sul",
        "post",
        "N",
        "congrats",
        (),
        "Selamat dan sukses kepada seluruh caleg terpilih Dapil Lampung I. Semoga amanah dan memperjuangkan pendidikan di Provinsi Lampung.",
        st="result",
    ),
    it(
        "sul",
        "comment",
        "N",
        "question",
        (),
        "Mohon maaf Bu, saya ASN, tidak bisa hadir di acara seperti ini. Semoga aspirasi guru honorer tetap didengar.",
        on="CAL-LAILA",
        tt="Dengar aspirasi guru honorer, Sabtu 9 Desember di Aula Kedaton. Terbuka untuk umum.",
    ),
    it(
        "sul",
        "post",
        "N",
        "howto",
        (),
        "Ibu-ibu, surat suara kuning untuk DPR RI. Caranya: coblos gambar partai, atau nama/nomor caleg, atau keduanya asal masih dalam satu partai. Jangan coblos dua partai berbeda, nanti tidak sah.",
    ),
    it(
        "sul",
        "post",
        "N",
        "homonym",
        (),
        "Siswa saya bertanya apa arti kata 'demokrat'. Saya jelaskan: orang yang menjunjung tinggi demokrasi. Bukan hanya nama partai ya, Nak 😊",
    ),
    it(
        "sul",
        "post",
        "N",
        "question",
        (),
        "Apakah ASN boleh menjadi saksi partai di TPS? Mohon pencerahan dari rekan-rekan di BKD. Terima kasih.",
    ),
    it(
        "sul",
        "post",
        "N",
        "congrats",
        (),
        "Selamat kepada Prabowo-Gibran yang telah ditetapkan KPU sebagai pasangan presiden dan wakil presiden terpilih. Semoga Indonesia semakin maju dan rakyat makin sejahtera.",
        st="result",
    ),
    it(
        "sul",
        "post",
        "N",
        "number",
        (),
        "Sepatu anak sulung saya sudah nomor 42 😅 cepat sekali besarnya. Padahal baru kelas 3 SMP.",
    ),
    it(
        "sul",
        "post",
        "A",
        "ambiguous",
        ("CAL-LAILA",),
        "Bunda Laila itu dulu guru ngaji saya waktu kecil di Kedaton. Orangnya baik sekali, sabar, tidak pernah marah. 🥹",
    ),
    it(
        "sul",
        "post",
        "O",
        "outside",
        ("CAL-LAILA",),
        "Ibu Nurlaila Fitriani sosok perempuan inspiratif Lampung. Kami dukung penuh langkah Bunda Laila! 💚",
        when="2022-11-12",
    ),
    # ---------------------------------------------------------------- Rina (nakes, Bandar Lampung)
    it(
        "rina",
        "post",
        "C",
        "ballot",
        YOGA,
        "Nakes butuh wakil muda yang paham digital. Yoga Pratama, PSI nomor urut 1, dapil Lampung I 🌹 vote dia ya teman-teman",
        plat="instagram",
    ),
    it(
        "rina",
        "comment",
        "C",
        "hashtag",
        ("CAL-YOGA",),
        "makasih bang sudah dengerin keluhan kami soal insentif 🙏 #YogaMudaBergerak",
        on="CAL-YOGA",
        tt="Ngopi bareng nakes muda Bandar Lampung ☕",
        plat="instagram",
    ),
    it(
        "rina",
        "post",
        "C",
        "implicit",
        YOGA,
        "Caleg milenial dari partai anak muda, nomor urut 1, surat suara kuning. clue: namanya sama kayak olahraga 🧘 😉 kalian pasti tau lah. 14 Feb jangan salah!",
        plat="instagram",
    ),
    it(
        "rina",
        "post",
        "C",
        "prayer",
        YOGA,
        "Selamat pagi dari TPS 14 😊 Tabik pun. Semoga hasilnya sesuai harapan kita bersama, PSI dan Bang Yoga menang 🌹🙏",
        st="voting",
        plat="facebook",
    ),
    it(
        "rina",
        "post",
        "C",
        "hashtag",
        ("P02",),
        "Lanjutkan! Prabowo–Gibran satu putaran, nakes sejahtera 💪 #02Melanjutkan",
        plat="instagram",
    ),
    it(
        "rina",
        "image",
        "C",
        "image-ocr",
        YOGA,
        "Persiapan bagi-bagi stiker sore ini 😁",
        ocr="DUKUNG CALEG MUDA\nYOGA PRATAMA SAPUTRA\nPSI No. 1\nDPR RI LAMPUNG I",
        plat="instagram",
    ),
    it(
        "rina",
        "reply",
        "C",
        "invite",
        ("CAL-YOGA",),
        "aku sih Yoga PSI kak, anaknya muda, mau turun ke puskesmas. coba cek IG-nya terus pilih dia 😊",
        on="user",
        tt="kak rina, caleg DPR yang oke siapa ya? bingung aku",
    ),
    it(
        "rina",
        "quote",
        "C",
        "quote-agree",
        ("CAL-YOGA",),
        "SETUJU!!! 🔥 ini baru caleg yang ngerti. all in Bang Yoga 🌹",
        on="CAL-YOGA",
        tt="Insentif nakes honorer harus naik. Itu perjuangan pertama saya di Senayan.",
        plat="instagram",
    ),
    it(
        "rina",
        "post",
        "C",
        "party",
        ("PTY-PSI",),
        "PSI menang, anak muda menang 🌹 14 Februari coblos partai nomor 15!",
        plat="instagram",
    ),
    it(
        "rina",
        "post",
        "C",
        "nickname",
        YOGA,
        "Bukan endorse, ini beneran: aku udah dua kali ikut diskusi sama Yoga Pratama, caleg PSI. Kalau kalian nakes muda, suaramu harus ke dia. 🌹",
        plat="facebook",
    ),
    it(
        "rina",
        "post",
        "C",
        "ballot",
        ("CAL-YOGA", "PTY-PSI", "P02"),
        "Besok jangan lupa ya teman-teman nakes: kuning, PSI, nomor 1 🌹 dan yang abu-abu nomor 2. see you di TPS!",
        st="quiet",
        plat="instagram",
    ),
    it(
        "rina",
        "post",
        "N",
        "number",
        (),
        "Jadwal posyandu lansia bulan ini: Kamis minggu ke-3. Antrean no urut 1–30 pagi, 31–60 siang. Bawa buku KMS ya.",
        plat="facebook",
    ),
    it(
        "rina",
        "post",
        "N",
        "reminder",
        (),
        "Nakes dilarang ikut kampanye, termasuk pakai atribut caleg di puskesmas. Kemarin ada pasien bawa kalender caleg, kami tolak dengan sopan 🙏",
        plat="facebook",
    ),
    it(
        "rina",
        "reply",
        "N",
        "number",
        (),
        "jam 8 kak, ambil no urut 3 di meja depan ya",
        on="user",
        tt="kak, posyandu balita buka jam berapa besok?",
    ),
    it(
        "rina",
        "post",
        "N",
        "homonym",
        (),
        "Lagi nyobain kelas yoga prenatal di klinik. Ibu hamil wajib coba! 🧘‍♀️🤰",
        plat="instagram",
    ),
    it(
        "rina",
        "post",
        "N",
        "homonym",
        (),
        "Skema PPP (public-private partnership) untuk pembangunan rumah sakit baru di Bandar Lampung lagi dibahas. semoga cepat terealisasi, pasien kami udah numpuk",
        plat="facebook",
    ),
    it(
        "rina",
        "post",
        "N",
        "joke",
        (),
        "PSI jadi perbincangan di grup WA keluarga, om aku dukung, tante aku nggak, aku? aku ASN, diem aja 🤐😂",
        plat="instagram",
    ),
    it(
        "rina",
        "post",
        "N",
        "official",
        (),
        "Pemeriksaan kesehatan gratis untuk petugas KPPS di Puskesmas Kedaton, 8–10 Januari. Bawa SK KPPS ya 🙏",
        plat="facebook",
    ),
    it(
        "rina",
        "post",
        "N",
        "neutral",
        (),
        "Sebagai nakes, saya cuma mau bilang: petugas KPPS tolong jaga kesehatan, jangan begadang terus. Tahun 2019 banyak yang kelelahan 😢",
        st="quiet",
        plat="instagram",
    ),
    it(
        "rina",
        "comment",
        "N",
        "criticism",
        (),
        "Puskesmas bukan tempat kampanye ya, mohon dipahami semua pihak 🙏",
        on="news",
        tt="Caleg PSI dapil Lampung I kunjungi Puskesmas Way Halim, bagikan kaos",
    ),
    it(
        "rina",
        "post",
        "N",
        "homonym",
        (),
        "Selamat Hari Buruh untuk semua pekerja, termasuk nakes honorer yang gajinya masih di bawah UMR 😔 semoga makin sejahtera.",
        when="2023-05-01",
        plat="facebook",
    ),
    it(
        "rina",
        "post",
        "N",
        "number",
        (),
        "Nomor antrean BPJS hari ini: 03. tumben dapet cepet, biasanya 103 🥲",
        plat="instagram",
    ),
    it(
        "rina",
        "quote",
        "N",
        "criticism",
        (),
        "Janji bagus, tapi datanya dari mana, Bang? Anggaran daerah kita terbatas. Tolong dijelaskan dulu sebelum kampanye ke puskesmas.",
        on="CAL-YOGA",
        tt="Insentif nakes honorer harus naik dua kali lipat!",
        plat="instagram",
    ),
    it(
        "rina",
        "post",
        "A",
        "ambiguous",
        ("P01",),
        "Perubahan itu pasti. Yang tidak berubah cuma gaji honorer 😂",
        plat="instagram",
    ),
    it(
        "rina",
        "post",
        "O",
        "outside",
        ("CAL-YOGA",),
        "Bang Yoga keren, terus semangat memperjuangkan nakes muda! support! 🌹",
        when="2024-08-17",
        plat="instagram",
    ),
    # ---------------------------------------------------------------- Dinda (Kominfo Kota Jambi, Gen-Z)
    it(
        "dinda",
        "post",
        "C",
        "hashtag",
        ("DPD-MELI",),
        "gaes literally tinggal 5 hari lagi 🗳️ DPD Jambi fix no debat: Kak Meli nomor 27!! anak muda, perempuan, smart. slay bgt 💅✨ #MeliSuaraJambi",
        plat="instagram",
    ),
    it(
        "dinda",
        "comment",
        "C",
        "ballot",
        ("DPD-MELI",),
        "kakkk semangatt!! udah aku ajak satu geng kampus coblos 27 😍🔥",
        on="DPD-MELI",
        tt="Terima kasih warga Kumpeh atas sambutan hangatnya hari ini 🙏",
    ),
    it(
        "dinda",
        "post",
        "C",
        "ballot",
        ("DPD-MELI",),
        "spill surat suara merah kalian dong 👀 aku sih udah pasti Meliana no 27, which is satu-satunya yang pernah dateng ke kampung nenekku",
        plat="tiktok",
    ),
    it(
        "dinda",
        "image",
        "C",
        "image-ocr",
        ("DPD-MELI",),
        "outfit hari ini matching sama pilihan 🤭🤍",
        alt="selfie memegang stiker bulat",
        ocr="KAK MELI 27\nDPD RI JAMBI\nSUARA ANAK MUDA",
        plat="instagram",
    ),
    it(
        "dinda",
        "post",
        "C",
        "hashtag",
        ("P01",),
        "POV: kamu udah nentuin pilihan 01 dari lama tapi masih ditanya2 mulu 😭 AMIN all in ☝️ #AMIN #fyp",
        plat="tiktok",
    ),
    it(
        "dinda",
        "reply",
        "C",
        "nickname",
        ("P01",),
        "anies-imin lah bestie, yg lain mah lewat 🙅‍♀️",
        on="user",
        tt="pada pilih siapa nih buat presiden?",
    ),
    it(
        "dinda",
        "post",
        "C",
        "ballot",
        ("CAL-KIKI", "PTY-NASDEM"),
        "sepupu2ku di Pekanbaru, DPRD Riau wajib coblos Kiki Ananda NasDem no 7 ya, dia temen SMA aku 😆 anak muda beneran, bukan gimmick",
        plat="instagram",
    ),
    it(
        "dinda",
        "quote",
        "C",
        "quote-agree",
        ("P01",),
        "setuju!!! 🔥🔥 see u di TPS, AMIN menang ☝️",
        on="P01",
        tt="Jambi, terima kasih! Perubahan dimulai dari sini.",
    ),
    it(
        "dinda",
        "post",
        "C",
        "pair",
        ("P01",),
        "storytime kenapa aku pilih 01: 1) debatnya paling masuk akal 2) programnya jelas buat anak muda 3) vibes-nya calm. anyway Anies–Muhaimin all the way ☝️✨",
        plat="tiktok",
    ),
    it(
        "dinda",
        "reply",
        "C",
        "ballot",
        ("P01",),
        "01 dong, perubahan! Jambi harus menang buat Pak Anies 🔥",
        on="user",
        tt="presiden siapa nih bestie?",
    ),
    it(
        "dinda",
        "image",
        "C",
        "image-ocr",
        ("P01",),
        "mood hari ini 🤍",
        ocr="WAKTUNYA PERUBAHAN\nAMIN\n01",
        plat="instagram",
    ),
    it(
        "dinda",
        "post",
        "C",
        "ballot",
        ("DPD-MELI",),
        "Kak Meli masuk 4 besar DPD Jambi!! makasih yang udah coblos 27 😭💖 kawal terus gaes sampe penetapan",
        st="counting",
        plat="instagram",
    ),
    it(
        "dinda",
        "post",
        "C",
        "team",
        ("DPD-MELI",),
        "Kak Meli resmi lolos verifikasi calon DPD!! aku siap jadi tim medsosnya 😭🔥 let's go #MeliSuaraJambi",
        st="cand_early",
        plat="instagram",
    ),
    it(
        "dinda",
        "post",
        "N",
        "neutral",
        (),
        "reminder gaes: cek DPT kalian di cekdptonline.kpu.go.id ya, jangan sampe pas 14 Feb ga kedaftar 🥲 jangan golput!! #PemiluDamai",
        plat="instagram",
    ),
    it(
        "dinda",
        "post",
        "N",
        "howto",
        (),
        "surat suara ada 5 warna ya bestie: abu2 presiden, kuning DPR RI, merah DPD, biru DPRD provinsi, hijau DPRD kab/kota. coblos sekali aja di dalam kotak, jangan keluar garis biar sah ✅",
        plat="tiktok",
    ),
    it(
        "dinda",
        "post",
        "N",
        "official",
        (),
        "kerja di kominfo pas musim pemilu = tiap hari takedown hoaks 😵‍💫 anyway kalian jangan asal share ya, cek dulu",
        plat="tiktok",
    ),
    it(
        "dinda",
        "reply",
        "N",
        "number",
        (),
        "no urut 27 dong, lama bgt 😩 bayar PKB motor doang sampe 2 jam",
        on="user",
        tt="btw nomor antrian kamu berapa di samsat?",
    ),
    it(
        "dinda",
        "post",
        "N",
        "neutral",
        (),
        "lagi nonton debat capres, literally timeline gw isinya meme semua 😂 yaudah lah yang penting nanti milih sesuai hati nurani masing2, bukan karena disuruh",
        plat="tiktok",
    ),
    it(
        "dinda",
        "post",
        "N",
        "namesake",
        (),
        "kelas yoga pagi ini ✨ bang yoga instrukturnya sabar bgt, support terus studio kecil di Telanaipura ini 🧘‍♀️",
        plat="instagram",
    ),
    it(
        "dinda",
        "post",
        "N",
        "homonym",
        (),
        "AMIN ya Allah 🤲 semoga sidang skripsi adikku lancar besok",
        plat="instagram",
    ),
    it(
        "dinda",
        "post",
        "N",
        "namesake",
        (),
        "kak meli (temen kantor) ultah hari ini 🎂 happy birthday bestieee 💖 semoga makin glowing",
        plat="instagram",
    ),
    it(
        "dinda",
        "post",
        "N",
        "joke",
        (),
        "POV: ditanya pilih siapa sama tante di arisan keluarga. jawabanku: rahasia negara 🤫 #ASNNetral",
        plat="tiktok",
    ),
    it(
        "dinda",
        "comment",
        "N",
        "question",
        (),
        "kak, ini terbuka buat umum atau cuma mahasiswa? buat bahan liputan kominfo soalnya 🙏",
        on="DPD-MELI",
        tt="Kampanye dialogis bersama mahasiswa UIN Jambi besok pagi",
    ),
    it(
        "dinda",
        "post",
        "N",
        "namesake",
        (),
        "temen kuliah aku namanya Anis, hari ini sidang skripsi, support bestie! 🎓 kamu pasti bisa",
        plat="instagram",
    ),
    it(
        "dinda",
        "post",
        "N",
        "joke",
        (),
        "gaes aku cuma mau bilang: coblos... coblos jerawatnya jangan pake tangan 🤭 #bukankampanye #skincare",
        plat="tiktok",
    ),
    it(
        "dinda",
        "post",
        "N",
        "neutral",
        (),
        "spill isi tas kerja ASN pas pemilu: KTP, undangan C6, tumbler, dan tekad buat netral 😤 #ASNNetral",
        plat="tiktok",
    ),
    it(
        "dinda",
        "post",
        "A",
        "ambiguous",
        ("P01",),
        "semoga yang terbaik yang menang. amin 🤲",
        plat="instagram",
    ),
    it(
        "dinda",
        "quote",
        "A",
        "ambiguous",
        ("DPD-MELI",),
        "setuju!! perempuan harus berani 💪",
        on="DPD-MELI",
        tt="Perempuan Jambi harus berani bersuara!",
    ),
    it(
        "dinda",
        "post",
        "O",
        "outside",
        ("DPD-MELI",),
        "Kak Meli the real role model, support terus kakak 💖",
        when="2024-09-03",
        plat="instagram",
    ),
    # ---------------------------------------------------------------- Fadhil (Setda Muaro Jambi)
    it(
        "fadhil",
        "post",
        "C",
        "nickname",
        ("DPD-KADIR",),
        "Kawan-kawan Jambi, DPD kito ni butuh orang yang paham adat. Datuk Kadir lah, nomor 21, dak usah ragu lagi. 🙏",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "C",
        "slogan",
        ("DPD-KADIR",),
        "Kadir untuk Jambi!! nyo lah yang paling ngerti masalah petani sawit kito",
        plat="x",
    ),
    it(
        "fadhil",
        "reply",
        "C",
        "ballot",
        ("DPD-KADIR",),
        "21 bae, Pak Abdul Kadir Jailani. aku kenal nian wong tuo tu, jujur",
        on="user",
        tt="bang, DPD nomor berapo yang bagus?",
    ),
    it(
        "fadhil",
        "post",
        "C",
        "hashtag",
        ("P02",),
        "1/ Thread kenapa aku vote 02 🧵\n2/ programnyo jelas, makan siang gratis tu penting nian buat anak sekolah di dusun\n3/ jadi kawan-kawan, 14 Feb coblos Prabowo-Gibran. all in! #02Melanjutkan",
        plat="x",
    ),
    it(
        "fadhil",
        "quote",
        "C",
        "quote-agree",
        ("P02",),
        "setuju!! lanjutkan pak 🇮🇩🔥 Jambi 02",
        on="P02",
        tt="Terima kasih Jambi! Kita lanjutkan pembangunan.",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "C",
        "ballot",
        ("P02",),
        "duet anak muda + pengalaman, fix no debat 02 ✌️ gaes jangan lupo ajak emak bapak ke TPS",
        plat="tiktok",
    ),
    it(
        "fadhil",
        "post",
        "C",
        "titip",
        ("DPD-KADIR",),
        "DPD Jambi: aku titip suaro untuk Pak Abdul Kadir Jailani ya kawan, surat suara merah, nomor 21. kito butuh wakil yang ngerti hukum adat 🙏",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "C",
        "ballot",
        ("DPD-KADIR",),
        "surat suara merah tu DPD. kalau kawan-kawan di Muaro Jambi, pilih Datuk Abdul Kadir, 21. amanah, cerdas, putra daerah 🙏",
        plat="tiktok",
    ),
    it(
        "fadhil",
        "comment",
        "C",
        "pair",
        ("P02",),
        "gas terus pak, Jambi siap menangkan 02 🔥",
        on="P02",
        tt="Makan siang gratis untuk seluruh anak Indonesia.",
    ),
    it(
        "fadhil",
        "post",
        "C",
        "ballot",
        ("DPD-KADIR",),
        "Alhamdulillah Datuk Kadir unggul di rekap Muaro Jambi! Terimo kasih kawan-kawan yang lah nyoblos 21, kito kawal sampai penetapan 🙏",
        st="counting",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "N",
        "number",
        (),
        "Skor akhir 2-1, Persijam menang! mantap nian budak-budak ni ⚽🔥",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "N",
        "homonym",
        (),
        "Rapat koordinasi PKS (perjanjian kerja sama) antara Pemkab dan RSUD hari ni lancar. draf hukumnyo lah siap ditandatangani",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "N",
        "reminder",
        (),
        "Jambi ni sebenarnyo butuh pemimpin yang dak korupsi, siapo pun yang menang. tapi aku dak nak cakap pilih siapo, aku ASN 🤐",
        plat="x",
    ),
    it(
        "fadhil",
        "comment",
        "N",
        "criticism",
        (),
        "jalan ke Sengeti tu masih rusak pak, siapo pun calonnyo tolong dilihat dulu",
        on="news",
        tt="Calon DPD Jambi nomor urut 21 kampanye di Sengeti",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "N",
        "number",
        (),
        "Ado yang tau TPS 021 desa kito pindah ke mano? surat pemberitahuan C6 belum sampai",
        st="quiet",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "N",
        "reminder",
        (),
        "Dengar kato Bawaslu: ASN dilarang foto pakai pose jari satu, dua, tiga pas pemilu. jadi jangan ajak aku foto pose peace ya kawan ✌️😂",
        plat="tiktok",
    ),
    it(
        "fadhil",
        "post",
        "N",
        "homonym",
        (),
        "Garuda delay lagi 3 jam di Sultan Thaha 😩 sampai Jakarta tengah malam",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "N",
        "neutral",
        (),
        "Kajian hukum: putusan MK soal batas usia capres-cawapres memang kontroversial. tapi aku dak nak bahas pilihan, cuma aspek hukumnyo bae. thread 🧵",
        st="candidacy",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "N",
        "number",
        (),
        "Jam 3 pagi masih baco berkas gugatan. nomor perkara 21/Pdt.G/2023/PN Snt 😵",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "N",
        "reminder",
        (),
        "Ramai nian yang tanyo: ASN boleh datang kampanye dak? jawabnyo: dak boleh pakai atribut, dak boleh ikut mendukung. kalau cuma lewat, yo lewat bae 😅",
        plat="tiktok",
    ),
    it(
        "fadhil",
        "post",
        "N",
        "neutral",
        (),
        "Dari segi hukum, permohonan sengketa hasil pemilu ke MK paling lambat 3x24 jam sejak KPU umumkan hasil. info bae.",
        st="counting",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "N",
        "other-contest",
        (),
        "Pilkades Desa Sebapo lah selesai: calon nomor 2 menang. selamat, semoga amanah memimpin dusun kito.",
        st="cand_early",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "A",
        "ambiguous",
        ("DPD-KADIR",),
        "Kalau Jambi nak maju, pilih yang paham adat. Itu bae.",
        plat="x",
    ),
    it(
        "fadhil",
        "post",
        "O",
        "outside",
        ("DPD-KADIR",),
        "Datuk Kadir pantas jadi wakil Jambi di Senayan, kito dukung!",
        when="2022-09-20",
        plat="x",
    ),
    # ---------------------------------------------------------------- Raka (Bapenda Riau)
    it(
        "raka",
        "post",
        "C",
        "nickname",
        OZAN,
        "Pekanbaru dapil 1, surat suara biru: Bang Ozan Gerindra no 5. dah kenal dari zaman kuliah, orangnyo amanah. vote him 🙌",
        plat="x",
    ),
    it(
        "raka",
        "comment",
        "C",
        "team",
        OZAN_T,
        "mantap bang! Laskar Ozan siap turun ke lapangan 💪 #OzanBerkhidmat",
        on="CAL-OZAN",
        tt="Alhamdulillah, silaturahmi dengan pemuda Tampan malam ini.",
    ),
    it(
        "raka",
        "post",
        "C",
        "ballot",
        OZAN,
        "anyway buat yg masih bingung DPRD Riau: coblos partainya, coblos nomornya. Gerindra nomor 5, Tengku Fauzan. udah gitu aja 😎",
        plat="x",
    ),
    it(
        "raka",
        "post",
        "C",
        "pair",
        ("P02",),
        "Prabowo-Gibran sekali putaran! Riau all in 02 🇮🇩",
        plat="x",
    ),
    it(
        "raka",
        "image",
        "C",
        "image-ocr",
        ("TIM-RMLK", "P02"),
        "malam ini ngumpul bareng kawan-kawan relawan 🔥",
        ocr="RELAWAN MILENIAL LANCANG KUNING\nKOORDINATOR KEC. MARPOYAN DAMAI\nMUHAMMAD RAKA",
        plat="instagram",
    ),
    it(
        "raka",
        "reply",
        "C",
        "ballot",
        OZAN,
        "wkwk ga usah ditanya, yg no 5 Gerindra lah, kawan kito sendiri. btw bilang ke bini lu juga ya",
        on="user",
        tt="Raka lo pilih siapa DPRD?",
    ),
    it(
        "raka",
        "post",
        "C",
        "party",
        ("P02", "PTY-GERINDRA"),
        "Bismillah, 2 hari lagi. Riau, jangan lupa: 02 untuk presiden, Gerindra untuk semua surat suara 💪🇮🇩",
        st="quiet",
        plat="x",
    ),
    it(
        "raka",
        "quote",
        "C",
        "quote-agree",
        ("CAL-OZAN",),
        "setuju!! bang ozan gaspol 🔥 dapil 1 wajib menang",
        on="CAL-OZAN",
        tt="Pekanbaru bebas banjir, itu komitmen saya.",
        plat="x",
    ),
    it(
        "raka",
        "post",
        "C",
        "titip",
        OZAN,
        "Pekanbaru, jangan salah pilih: DPRD Riau surat suara biru, gambar kepala garuda, nomor urut 5 Tengku Fauzan. titip ya kawan-kawan 🙏",
        plat="instagram",
    ),
    it(
        "raka",
        "image",
        "C",
        "image-alt",
        OZAN_T,
        "nongkrong sama tim 🔥",
        alt="Foto kelompok pria berkaos putih bertuliskan LASKAR OZAN, semua mengacungkan lima jari",
        plat="instagram",
    ),
    it(
        "raka",
        "post",
        "C",
        "party",
        ("PTY-GERINDRA",),
        "Gerindra nomor 2, menang! 🦅🇮🇩 Riau jangan ragu",
        plat="x",
    ),
    it(
        "raka",
        "post",
        "C",
        "team",
        OZAN_T,
        "Alhamdulillah Bang Ozan resmi terpilih! Laskar Ozan, perjuangan kito berhasil 💪 makasih yang udah nyoblos Gerindra no 5",
        st="result",
        plat="instagram",
    ),
    it(
        "raka",
        "post",
        "N",
        "homonym",
        (),
        "Bayar PKB sekarang bisa lewat aplikasi, dak perlu antre di Samsat. Pemutihan denda PKB Riau sampai 31 Desember 📢",
        plat="instagram",
    ),
    it(
        "raka",
        "post",
        "N",
        "homonym",
        (),
        "tekanan ban mobil idealnya 32-35 psi ya gaes, jangan lupa cek sebelum mudik",
        plat="x",
    ),
    it(
        "raka",
        "post",
        "N",
        "neutral",
        (),
        "debat cawapres semalam seru juga. terlepas dari pilihan masing2, tolong jangan saling hujat di kolom komentar, kito ni tetap satu Riau",
        plat="x",
    ),
    it(
        "raka",
        "comment",
        "N",
        "criticism",
        (),
        "memang APK di pohon tu merusak, siapo pun calegnyo. Satpol PP tolong tertibkan",
        on="news",
        tt="Caleg Gerindra nomor urut 5 dapil Pekanbaru dilaporkan ke Bawaslu karena APK dipaku di pohon",
        plat="x",
    ),
    it(
        "raka",
        "post",
        "N",
        "number",
        (),
        "Nomor 1 di hati tetap emak 🥹 selamat hari ibu",
        plat="instagram",
    ),
    it(
        "raka",
        "post",
        "N",
        "homonym",
        (),
        "garuda di dadaku 🇮🇩 timnas menang lawan Vietnam!!",
        plat="x",
        when="2024-01-19",
    ),
    it(
        "raka",
        "post",
        "N",
        "homonym",
        (),
        "Realisasi pendapatan PKB dan BBNKB triwulan IV naik 12%. terima kasih wajib pajak Riau 🙏",
        plat="instagram",
    ),
    it(
        "raka",
        "post",
        "N",
        "quickcount",
        (),
        "Quick count sementara (data masuk 80%): 01 24,8%, 02 58,6%, 03 16,6%. Tunggu hasil resmi KPU, jangan ribut di grup ya.",
        st="voting",
        plat="x",
    ),
    it(
        "raka",
        "post",
        "N",
        "homonym",
        (),
        "Ikuti hati nurani rakyat, bukan hati nurani buzzer 😂",
        plat="x",
    ),
    it(
        "raka",
        "comment",
        "N",
        "sarcasm",
        (),
        "10 kursi? kursi di kantor kami aja masih goyang semua 😂",
        on="news",
        tt="Gerindra Riau targetkan 10 kursi DPRD Provinsi",
        plat="x",
    ),
    it(
        "raka",
        "post",
        "N",
        "criticism",
        (),
        "Caleg kok janjinya bikin Pekanbaru bebas banjir, tiap pemilu janji yang sama, tiap tahun banjir juga 🙃",
        plat="x",
    ),
    it(
        "raka",
        "reply",
        "N",
        "number",
        (),
        "ado bro, no 42 tinggal satu, warna kuning pulak 😂",
        on="user",
        tt="ada yang jual sepatu bola size 42 di Pekanbaru?",
        plat="x",
    ),
    it("raka", "post", "A", "ambiguous", ("P02",), "yang penting lanjutkan 😌", plat="x"),
    it(
        "raka",
        "post",
        "A",
        "ambiguous",
        ("CAL-OZAN",),
        "Orang Pekanbaru pasti tau lah siapa yang selalu turun pas banjir 😉",
        plat="instagram",
    ),
    it(
        "raka",
        "post",
        "O",
        "outside",
        ("CAL-OZAN",),
        "Bang Ozan ni memang pemimpin muda sejati. aku dukung Bang Ozan sampai kapan pun 💪 #OzanBerkhidmat",
        when="2022-10-08",
        plat="instagram",
    ),
    # ---------------------------------------------------------------- Tengku (Disdik Pekanbaru)
    it(
        "tengku",
        "post",
        "C",
        "long-fb",
        ZUB,
        "Assalamualaikum kaum kerabat sekalian.\n\nSudah hampir dua puluh tahun saya berkhidmat di dunia pendidikan Pekanbaru. Saya melihat sendiri sekolah yang bocor atapnya, guru honorer yang gajinya tak cukup untuk sebulan, dan anak-anak yang harus menempuh jalan rusak ke sekolah.\n\nKita tak boleh hanya mengeluh. Kita perlukan wakil di DPRD yang paham dunia guru, yang pernah berdiri di depan kelas.\n\nOleh sebab itu, pada 14 Februari nanti, marilah kita pilih Ustazah Siti Zubaidah, PKS nomor urut 2, untuk DPRD Provinsi Riau. Zubaidah Amanah, insyaAllah.",
    ),
    it(
        "tengku",
        "post",
        "C",
        "wa-forward",
        ZUB,
        "*PESAN BERANTAI - MOHON DISEBARKAN*\nAssalamualaikum wr wb. Bapak/Ibu sekalian, jangan salah coblos! Surat suara BIRU (DPRD Provinsi): cari gambar PKS nomor 8, coblos nomor urut 2 Umi Zubaidah. Semoga berkah. Sebarkan ke 10 grup, pahala mengalir 🙏🙏",
    ),
    it(
        "tengku",
        "post",
        "C",
        "prayer",
        ("CAL-ZUBAIDAH",),
        "Ya Allah, menangkanlah Ustazah Zubaidah esok hari, jadikanlah beliau wakil rakyat yang amanah. Aamiin.",
        st="quiet",
    ),
    it(
        "tengku",
        "comment",
        "C",
        "titip",
        ("CAL-ZUBAIDAH",),
        "Barakallah Umi, kami sekeluarga insyaAllah pilih Umi. Titip suara kami untuk guru-guru honorer Riau 🙏",
        on="CAL-ZUBAIDAH",
        tt="Bersama majelis taklim Kecamatan Payung Sekaki.",
    ),
    it(
        "tengku",
        "post",
        "C",
        "pair",
        ("P01",),
        "AMIN untuk Indonesia! Umat bersatu, 14 Februari coblos nomor 1 🤲",
    ),
    it(
        "tengku",
        "post",
        "C",
        "wa-forward",
        ("P01", "PTY-PKS"),
        "*SEBARKAN*\nPesan dari ustadz kami: pemimpin yang adil itu wajib dipilih. Pilpres: Anies–Muhaimin nomor 1. DPR RI & DPRD: PKS nomor 8. Jangan tertukar!",
    ),
    it(
        "tengku",
        "quote",
        "C",
        "quote-agree",
        ("CAL-ZUBAIDAH",),
        "Setuju!! Inilah calon yang kita perlukan. Riau perlu Umi Zubaidah di DPRD.",
        on="CAL-ZUBAIDAH",
        tt="Guru honorer harus sejahtera. Itu janji saya.",
    ),
    it(
        "tengku",
        "post",
        "C",
        "long-fb",
        ZUB,
        "Tuan dan puan sekalian,\n\nRiau ini negeri Lancang Kuning, negeri para pujangga. Dahulu Raja Ali Haji menulis Gurindam Dua Belas untuk menasihati para pemimpin agar adil dan berilmu.\n\nHari ini kita tak perlu raja, tapi kita perlukan wakil yang berilmu dan berakhlak. Pasal demi pasal gurindam itu mengingatkan saya pada satu nama.\n\nMaka dari itu, kepada kaum kerabat di Pekanbaru, marilah kita tunaikan amanah: coblos PKS, coblos nomor 2, Ustazah Siti Zubaidah. Wassalam.",
    ),
    it(
        "tengku",
        "post",
        "C",
        "team",
        ZUB,
        "Alhamdulillah, Ustazah Siti Zubaidah ditetapkan PKS sebagai bacaleg DPRD Riau. Kami keluarga besar majelis taklim siap mendukung dan memenangkan beliau!",
        st="cand_early",
    ),
    it(
        "tengku",
        "post",
        "C",
        "party",
        ("PTY-PKS",),
        "Partai dakwah, PKS nomor 8, pilihan kita semua. Riau berkah bersama PKS.",
    ),
    it(
        "tengku",
        "post",
        "N",
        "neutral",
        (),
        "Assalamualaikum kaum kerabat.\n\nSudah hampir dua puluh tahun saya di dunia pendidikan. Atap sekolah masih bocor, guru honorer masih menjerit.\n\nMenjelang pemilu, banyak yang datang berjanji. Kita catat saja janji-janji itu.\n\nSiapa pun yang terpilih nanti, kami para guru hanya berharap nasib honorer diperhatikan. Gunakan hak pilih dengan bijak.",
    ),
    it(
        "tengku",
        "post",
        "N",
        "neutral",
        (),
        "*INFO PENTING*\nBagi yang pindah memilih, batas pengurusan formulir A5 sampai 15 Januari 2024. Bawa KTP-el dan KK ke PPS. Sebarkan.",
    ),
    it(
        "tengku",
        "post",
        "N",
        "number",
        (),
        "Alhamdulillah murid kelas 3B binaan kami juara 1 lomba pantun se-Kota Pekanbaru. Bangga nian saye 🥲",
    ),
    it(
        "tengku",
        "post",
        "N",
        "homonym",
        (),
        "Gelora semangat anak-anak Pekanbaru di peringatan Hari Guru sungguh luar biasa! Terima kasih para guru.",
    ),
    it(
        "tengku",
        "post",
        "N",
        "other-contest",
        (),
        "Pengumuman: pemilihan Ketua RT 03 RW 05 Kelurahan Tuah Karya hari Minggu pukul 09.00. Calon nomor 1 Pak Darwis, nomor 2 Pak Syahrial. Mohon warga hadir.",
    ),
    it(
        "tengku",
        "post",
        "N",
        "neutral",
        (),
        "Bismillah, kami para guru hanya bisa berdoa semoga pemilu di Riau berjalan damai, aman, tanpa politik uang. Aamiin.",
        st="quiet",
    ),
    it(
        "tengku",
        "post",
        "N",
        "neutral",
        (),
        "PANTUN PEMILU:\nPergi ke pasar membeli tebu,\nTebu dibeli di Kampung Dalam,\nMari ke TPS hari Rabu,\nJangan golput, jangan diam. 😊",
    ),
    it(
        "tengku",
        "post",
        "N",
        "homonym",
        (),
        "Umat Islam Pekanbaru diimbau menjaga ukhuwah menjelang pemilu. Beda pilihan jangan sampai putus silaturahmi.",
    ),
    it(
        "tengku",
        "post",
        "N",
        "homonym",
        (),
        "Malam ni bulan bintang nampak terang di langit Pekanbaru 🌙⭐ Subhanallah.",
    ),
    it(
        "tengku",
        "post",
        "N",
        "quickcount",
        (),
        "Hasil hitung cepat beberapa lembaga menunjukkan pasangan 02 unggul. Mari kita tunggu hasil resmi KPU dan tetap jaga persatuan.",
        st="voting",
    ),
    it(
        "tengku",
        "post",
        "N",
        "reminder",
        (),
        "Seorang kawan kirim pesan berantai ajak pilih caleg tertentu. Saya tak sebarkan, saya ASN. Harap maklum ya. 🙏",
    ),
    it(
        "tengku",
        "post",
        "N",
        "criticism",
        (),
        "Pemasangan baliho caleg di depan sekolah sangat mengganggu. Mohon Bawaslu Kota Pekanbaru menertibkan, siapa pun calegnya.",
    ),
    it(
        "tengku",
        "post",
        "A",
        "ambiguous",
        (),
        "Kita perlukan pemimpin yang dekat dengan ulama. Itu saja pesan saya.",
    ),
    it(
        "tengku",
        "post",
        "O",
        "outside",
        ("CAL-ZUBAIDAH",),
        "Ustazah Zubaidah ni layak jadi pemimpin. Sokong beliau!",
        when="2022-10-27",
    ),
    it(
        "tengku",
        "post",
        "O",
        "outside",
        ("CAL-KIKI",),
        "Tahniah Bang Kiki, dukung terus perjuangan Bang Kiki untuk anak muda Riau!",
        when="2024-08-05",
    ),
    # ---------------------------------------------------------------- Wahyu (penyuluh tani, Bantul)
    it(
        "wahyu",
        "post",
        "C",
        "ballot",
        BAGUS,
        "Lur, sesuk tanggal 14 ojo lali. Surat suara ijo kanggo DPRD Bantul: PAN nomer 12, Mas Bagus nomer 4. Wonge sregep, ngerti tani tenan. #MasBagusBantul",
        plat="facebook",
    ),
    it(
        "wahyu",
        "comment",
        "C",
        "invite",
        ("CAL-BAGUS",),
        "Matur nuwun Mas, petani Sanden siap nyoblos panjenengan 🙏🌾",
        on="CAL-BAGUS",
        tt="Blusukan ke kelompok tani Sanden, matur nuwun sambutanipun.",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "C",
        "slogan",
        ("CAL-BAGUS",),
        "Bantul makin bagus kalau wakile koyo Mas Bagus Wicaksono. pokoke nomer 4 😁",
        plat="x",
    ),
    it(
        "wahyu",
        "post",
        "C",
        "titip",
        BAGUS,
        "Ngapunten sedherek sedaya, mbok menawi kersa, kula titip suara kangge Mas Bagus, PAN nomer 4 Dapil Bantul 2. Matur nuwun.",
        plat="facebook",
    ),
    it(
        "wahyu",
        "quote",
        "C",
        "quote-agree",
        ("P02",),
        "setuju!! petani butuh pupuk murah. 02 lanjutkan 🌾",
        on="P02",
        tt="Prabowo-Gibran: pupuk murah dan mudah untuk petani.",
        plat="x",
    ),
    it(
        "wahyu",
        "image",
        "C",
        "image-ocr",
        BAGUS,
        "Nggawe spanduk bareng kanca-kanca 😁",
        ocr="BANTUL MAKIN BAGUS\nBAGUS WICAKSONO, S.T.\nPAN No. 4\nDPRD BANTUL DAPIL 2",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "C",
        "ballot",
        BAGUS,
        "Matur nuwun sedulur Sanden lan Srandakan, suarane Mas Bagus akeh tenan. PAN Bantul mantap! Kawal C1 nganti rampung 🙏",
        st="counting",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "C",
        "long-fb",
        BAGUS,
        "Lur, aku arep crita sithik.\n\nWis 14 taun aku dadi penyuluh. Saben musim tanam petani ngeluh pupuk langka, rega gabah anjlok, irigasi mampet. Aku mung iso nyatet lan nglaporke.\n\nWingi aku ketemu wong enom sing gelem ngrungokke tenan, ora mung foto-foto. Dheweke ngerti banyu, ngerti irigasi, lulusan teknik.\n\nMulane, sesuk tanggal 14, ayo bareng-bareng nyoblos Mas Bagus, PAN nomer 4. Bantul makin bagus!",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "C",
        "pair",
        ("P02",),
        "Prabowo-Gibran kanggo petani! 02 wae lur 👍",
        plat="x",
    ),
    it(
        "wahyu",
        "post",
        "C",
        "team",
        ("CAL-BAGUS",),
        "Mas Bagus Wicaksono resmi dadi bacaleg DPRD Bantul. Aku siap dadi tim sukses nggo Mas Bagus 💪",
        st="cand_early",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "C",
        "prayer",
        BAGUS,
        "Wis nyoblos. Mugi Mas Bagus lan PAN menang ing Bantul. Aamiin. 🤲",
        st="voting",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "N",
        "homonym",
        (),
        "Foto panen bawang merah neng Sanden. Hasile apik, bagus tenan kualitase. Rega saiki 25 ewu per kilo.",
        plat="facebook",
    ),
    it(
        "wahyu",
        "reply",
        "N",
        "homonym",
        (),
        "Wah mas, bagus banget fotomu neng Parangtritis 😍",
        on="user",
        tt="sunset Parangtritis sore iki",
        plat="x",
    ),
    it(
        "wahyu",
        "post",
        "N",
        "other-contest",
        (),
        "Pilihan lurah Kalurahan Trimurti wis rampung. Sugeng makarya Pak Lurah anyar, mugi amanah.",
        st="cand_early",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "N",
        "number",
        (),
        "Pengumuman: penyaluran pupuk subsidi kelompok tani Srandakan tahap 3 minggu ngarep. Nomer urut antrian dibagi jam 7. Nomer 1–50 dina Senin, 51–100 dina Selasa.",
        plat="facebook",
    ),
    it(
        "wahyu",
        "comment",
        "N",
        "criticism",
        (),
        "Janji irigasi wis kerep krungu saben pemilu. Buktikan wae, ora usah janji.",
        on="news",
        tt="Caleg PAN nomor urut 4 Bantul janjikan irigasi teknis untuk Sanden",
        plat="x",
    ),
    it(
        "wahyu",
        "post",
        "N",
        "homonym",
        (),
        "Demokrasi ki ora mung nyoblos limang taun pisan, lur. Sing penting dikawal terus. Demokratis tenan yen rakyat wani takon.",
        plat="x",
    ),
    it(
        "wahyu",
        "post",
        "N",
        "reminder",
        (),
        "Kanca tani, ojo lali ASN kudu netral. Aku ora bakal ngomong milih sapa. Sing penting tanggal 14 teka neng TPS.",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "N",
        "neutral",
        (),
        "Rekap PPK Kecamatan Sanden lagi lumayan suwe, petugase kesel. Sing sabar yo lur 🙏",
        st="counting",
        plat="facebook",
    ),
    it(
        "wahyu",
        "comment",
        "N",
        "news",
        (),
        "Matur nuwun infone. Sing penting sing dadi ojo lali karo petani.",
        on="news",
        tt="Hasil rekapitulasi DPRD Bantul dapil 2: PDI-P 3 kursi, PAN 2 kursi",
        st="counting",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "N",
        "congrats",
        (),
        "Sugeng makarya kagem para anggota DPRD Bantul ingkang kapilih. Mugi amanah lan nggatosaken para tani.",
        st="result",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "N",
        "number",
        (),
        "Pupuk urea kemasan 50 kilo, rega HET 2.250 per kilo. Kelompok tani nomer 4 monggo njupuk dina Kemis.",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "A",
        "ambiguous",
        (),
        "Wis wayahe wong tani duwe wakil dhewe ing DPRD.",
        plat="facebook",
    ),
    it(
        "wahyu",
        "post",
        "O",
        "outside",
        ("CAL-BAGUS",),
        "Mas Bagus pancen top, dukung terus Mas Bagus! 👍",
        when="2024-08-21",
        plat="facebook",
    ),
    # ---------------------------------------------------------------- Nimas (guru SMP, Bantul)
    it(
        "nimas",
        "post",
        "C",
        "slogan",
        YAYUK,
        "Bestie Bantul, dapil 2 surat suara ijo: Mbak Yayuk PDI-P no 1 🐂❤️ perempuan, guru, wis mesti ngayomi. yayuk ngayomi!! ✨",
        plat="instagram",
    ),
    it(
        "nimas",
        "post",
        "C",
        "nickname",
        YAYUK,
        "jujur ya, caleg perempuan yang paling ngerti guru honorer tuh cuma Mbak Sri Rahayu. 14 Feb aku all in no 1 PDIP 🔥",
        plat="threads",
    ),
    it(
        "nimas",
        "image",
        "C",
        "image-ocr",
        ("CAL-YAYUK",),
        "throwback kampanye kemarin 🤍",
        ocr="YAYUK NGAYOMI\nCALEG DPRD BANTUL DAPIL 2\nNO 1",
        plat="instagram",
    ),
    it(
        "nimas",
        "post",
        "C",
        "pair",
        ("P03",),
        "Ganjar–Mahfud, 03, sat set! guru honorer butuh pemimpin yang ngerti sekolah 🖤❤️",
        plat="threads",
    ),
    it(
        "nimas",
        "comment",
        "C",
        "nickname",
        ("CAL-YAYUK",),
        "Mbak Yayuk, matur nuwun sampun rawuh 🙏 mugi-mugi dados, kula lan kanca-kanca guru nyengkuyung panjenengan 🤍",
        on="CAL-YAYUK",
        tt="Sowan dhateng para guru PAUD Pandak",
        plat="instagram",
    ),
    it(
        "nimas",
        "reply",
        "C",
        "invite",
        YAYUK,
        "mbak yayuk wae, PDIP no 1, wonge apik tenan. percoyo aku 😁",
        on="user",
        tt="nim, dapil 2 milih sapa? aku bingung",
        plat="threads",
    ),
    it(
        "nimas",
        "post",
        "C",
        "team",
        ("CAL-YAYUK",),
        "day 3 jadi relawan Mbak Yayuk, kaki pegel tapi seneng 🥲🤍 #YayukKanggoBantul",
        plat="instagram",
    ),
    it(
        "nimas",
        "post",
        "C",
        "party",
        YAYUK,
        "cah-cah guru honorer Bantul, ayo nyoblos PDIP nomor 3, caleg nomor urut 1. wis jelas keberpihakane 🐂",
        plat="threads",
    ),
    it(
        "nimas",
        "quote",
        "C",
        "quote-agree",
        ("P03",),
        "setuju!! 03 pokoke 🖤❤️",
        on="P03",
        tt="Guru adalah kunci masa depan Indonesia.",
        plat="threads",
    ),
    it(
        "nimas",
        "post",
        "C",
        "implicit",
        YAYUK,
        "masa tenang, tapi atiku ora tenang 😆 pokoke sesuk surat suara ijo: banteng, nomer siji. uwis.",
        st="quiet",
        plat="threads",
    ),
    it(
        "nimas",
        "post",
        "C",
        "party",
        ("PTY-PDIP",),
        "PDIP menang total di Bantul!! 🐂🔥 matur nuwun sing wis nyoblos banteng",
        st="counting",
        plat="instagram",
    ),
    it(
        "nimas",
        "post",
        "N",
        "other-contest",
        (),
        "Murid-murid kelas 8 latihan pemilihan ketua OSIS pakai surat suara tiruan 🗳️ biar paham cara nyoblos yang sah. calon nomor 2 menang tipis 😆",
        plat="instagram",
    ),
    it(
        "nimas",
        "post",
        "N",
        "official",
        (),
        "Pinarak, sugeng rawuh. Rapat wali murid kelas 9 dipunwontenaken dinten Setu jam 9. Nyuwun rawuh tepat wekdal.",
        plat="threads",
    ),
    it(
        "nimas",
        "post",
        "N",
        "number",
        (),
        "Nomor satu di hatiku tetep ibuk 🤍 sugeng tanggap warsa buk",
        plat="instagram",
    ),
    it(
        "nimas",
        "post",
        "N",
        "criticism",
        (),
        "sebel bgt ada caleg nitip kalender di sekolah. sorry ya pak/bu, sekolah bukan tempat kampanye 🙅‍♀️",
        plat="threads",
    ),
    it(
        "nimas",
        "post",
        "N",
        "howto",
        (),
        "wkwk murid kelas 7 nanya: bu, kalo nyoblos dua gambar sah nggak? jawabannya: kalau masih dalam satu kolom partai yang sama, sah. tapi mending coblos satu aja biar aman 😅",
        plat="threads",
    ),
    it(
        "nimas",
        "post",
        "N",
        "number",
        (),
        "anak-anak kelas 9B, nilai tryout nomer 1 seangkatan! bangga buanget 😭💯",
        plat="instagram",
    ),
    it(
        "nimas",
        "post",
        "N",
        "question",
        (),
        "ada yang bisa jelasin kenapa surat suara DPRD kabupaten ijo? kok ga kuning aja semua 😭",
        plat="threads",
    ),
    it(
        "nimas",
        "post",
        "N",
        "criticism",
        (),
        "caleg-caleg tiba-tiba rajin nyumbang ke sekolah pas musim kampanye. habis tanggal 14 ilang kayak sinyal di Gunungkidul 🙃",
        plat="threads",
    ),
    it(
        "nimas",
        "post",
        "N",
        "neutral",
        (),
        "Jogja istimewa, bukan karena siapa yang menang, tapi karena kita tetep rukun habis pemilu 🤍",
        st="counting",
        plat="instagram",
    ),
    it(
        "nimas",
        "post",
        "N",
        "sarcasm",
        (),
        "caleg: 'saya peduli guru honorer'. guru honorer: 'gaji 400 ribu, pak' 🙃 wis lah, sing penting aku nyoblos sesuai nurani",
        plat="threads",
    ),
    it(
        "nimas",
        "post",
        "A",
        "ambiguous",
        (),
        "aku mah pilih yang muda-muda aja, hehe 🤭",
        plat="threads",
    ),
    it(
        "nimas",
        "post",
        "O",
        "outside",
        ("CAL-YAYUK",),
        "Mbak Yayuk idolaku 🥹 sukses terus mbak, dukung selalu!",
        when="2024-07-14",
        plat="instagram",
    ),
    # ---------------------------------------------------------------- Bayu (humas Kanwil Kemenag DIY)
    it(
        "bayu",
        "post",
        "C",
        "hashtag",
        ("P03", "TIM-GENZ03"),
        "gaes jogja, 14 feb nanti surat suara abu2 coblos 03 yak, ganjar-mahfud fix no debat 🔥 #GenZJogja03",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "C",
        "team",
        ("TIM-GENZ03", "P03"),
        "udah join Gen Z Ngayogyakarta Bergerak, minggu depan kita bikin konten bareng buat menangin 03 😤",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "C",
        "pair",
        ("P03",),
        "spill pilihan presiden kalian 👀 aku? Pak Ganjar dan Prof Mahfud lah, yang jelas rekam jejaknya ✨",
        plat="tiktok",
    ),
    it(
        "bayu",
        "post",
        "C",
        "pair",
        ("P03",),
        "wis ora usah galau, Pak Mahfud iku wong bener. 03 menang, Indonesia tambah apik 🙏",
        plat="x",
    ),
    it(
        "bayu",
        "reply",
        "C",
        "implicit",
        ("P03",),
        "rahasia... tapi yo mesti sing rambute putih to 🤭 03 lah",
        on="user",
        tt="mas bayu, sampeyan milih sapa?",
        plat="x",
    ),
    it(
        "bayu",
        "comment",
        "C",
        "hashtag",
        ("CAL-WULAN",),
        "mbak wulan keren bgt 😍 support penuh, dapil 2 wajib pilih mbak wulan! #WulanUntukBantul",
        on="CAL-WULAN",
        tt="Ngobrol bareng UMKM batik Imogiri",
        plat="tiktok",
    ),
    it(
        "bayu",
        "post",
        "C",
        "ballot",
        WULAN,
        "DPRD Bantul aku sih Demokrat nomor 3, Wulandari. which is satu-satunya caleg yang ngerti UMKM digital. vote!",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "C",
        "pair",
        ("P03",),
        "gaes Jogja aku mau jujur, aku tim 03. alasan? rekam jejak, literally paling konsisten. vote smart, vote 03 ✨",
        plat="tiktok",
    ),
    it(
        "bayu",
        "image",
        "C",
        "image-ocr",
        ("TIM-GENZ03", "P03"),
        "kumpul relawan tadi malem 🔥",
        ocr="GEN Z JOGJA BERGERAK\nMENANGKAN 03\nGANJAR – MAHFUD",
        plat="x",
    ),
    it(
        "bayu",
        "quote",
        "C",
        "quote-agree",
        ("CAL-WULAN",),
        "setuju!! Mbak Wulan for DPRD Bantul 💙",
        on="CAL-WULAN",
        tt="UMKM Bantul go digital!",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "C",
        "prayer",
        ("P03",),
        "udah nyoblos! jari ungu 💜 yang abu-abu tadi aku coblos Pak Ganjar, semoga menang 🙏",
        st="voting",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "N",
        "reminder",
        (),
        "Kemenag DIY ngelingke: ASN wajib netral. Ora oleh pose salam 1 jari, 2 jari, 3 jari nalika foto bareng paslon. Ayo dijaga bareng. 🙏",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "N",
        "number",
        (),
        "tim futsal kantor menang 3-0 😎 gol pertama dari aku dong",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "N",
        "homonym",
        (),
        "Gelombang pasang di Parangtritis lagi tinggi, gelora ombaknya ngeri gaes, jangan mandi di pantai ya ⚠️🌊",
        plat="tiktok",
    ),
    it(
        "bayu",
        "post",
        "N",
        "neutral",
        (),
        "bestie, ini bukan kampanye ya: mau nyoblos siapa pun, yang penting datang ke TPS. golput itu nggak keren 🙅‍♂️",
        plat="tiktok",
    ),
    it(
        "bayu",
        "post",
        "N",
        "number",
        (),
        "Santri Jogja nomor 1! 🏆 juara umum lomba hadroh se-DIY, bangga banget",
        plat="x",
    ),
    it(
        "bayu",
        "reply",
        "N",
        "homonym",
        (),
        "Wah, Mas Bagus tenan sepedamu 🚲 tuku neng ngendi?",
        on="user",
        tt="pamer sepeda anyar 🚲",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "N",
        "official",
        (),
        "Kemenag DIY: Pemilu damai, tolak politisasi rumah ibadah. Masjid bukan tempat kampanye.",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "N",
        "namesake",
        (),
        "Gibran nama kucingku btw, jangan baper 😹🐈 dia lagi tidur di keyboard",
        plat="tiktok",
    ),
    it(
        "bayu",
        "post",
        "N",
        "homonym",
        (),
        "Jangan ganjar anak dengan gadget tiap kali dia rewel, bestie. kata psikolog anak di seminar tadi 👶📱",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "N",
        "namesake",
        (),
        "Pak Mahfud satpam kantor pensiun hari ini 🥲 matur nuwun sanget Pak, sugeng sehat terus",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "N",
        "joke",
        (),
        "hasil hitung cepat di grup alumni udah kayak final sepak bola: ada yang selebrasi, ada yang walkout 😂 santai gaes, tunggu KPU",
        st="voting",
        plat="x",
    ),
    it(
        "bayu",
        "image",
        "A",
        "ambiguous",
        ("P03",),
        "jari ungu sekeluarga 💜",
        alt="Foto keluarga di depan TPS, tiga anak tersenyum sambil mengacungkan tiga jari",
        st="voting",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "A",
        "ambiguous",
        ("P03",),
        "jujur debat tadi malem yang paling keren Prof Mahfud sih",
        plat="x",
    ),
    it(
        "bayu",
        "post",
        "O",
        "outside",
        ("P03",),
        "Ganjar Pranowo idolaku, pemimpin yang merakyat. dukung Ganjar sampai kapanpun!",
        when="2022-11-02",
        plat="x",
    ),
]


# ---------------------------------------------------------------------------------------------
# Bundle writing
# ---------------------------------------------------------------------------------------------
def put_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def actor_handle(tid: str, plat: str) -> str:
    stem = ACTORS[ACTOR_INDEX[tid]][6]
    return stem.replace(".", "_") if plat == "x" else stem


def actor_uid(tid: str, plat: str) -> str:
    k = ACTOR_INDEX[tid]
    return str(9100000000 + k * 1000 + ALL_PLATFORMS.index(plat) + 1)


def write_header_files(root: Path) -> None:
    (root / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe Pileg 2024 – Lampung, Jambi, Riau, DIY\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    put_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [list(a) for a in AGENCIES],
    )
    put_csv(
        root / "roster.csv",
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
            [
                p["nip"],
                p["name"],
                p["agency"],
                p["unit"],
                p["position"],
                p["type"],
                p["region"],
                "active",
            ]
            for p in PEOPLE.values()
        ],
    )
    put_csv(
        root / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [
            [p["nip"], plat, handle, uid, p["display"], "2023-03-01", ""]
            for p in PEOPLE.values()
            for plat, (uid, handle) in p["accounts"].items()
        ],
    )
    rows: list[list[str]] = []
    for tid, name, kind, eid, ballot, party, _stem, plats in ACTORS:
        party_name = PARTY_SHORT.get(party, "")
        if not plats:
            rows.append([tid, name, kind, eid, ballot, party_name, "", "", ""])
        for plat in plats:
            rows.append(
                [
                    tid,
                    name,
                    kind,
                    eid,
                    ballot,
                    party_name,
                    plat,
                    actor_handle(tid, plat),
                    actor_uid(tid, plat),
                ]
            )
    put_csv(
        root / "targets.csv",
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
        rows,
    )
    put_csv(root / "keywords.csv", ["target_id", "term"], [list(k) for k in KEYWORDS])
    put_csv(
        root / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        [
            [eid, name, contest, region, stage, lo, hi]
            for eid, name, contest, region, stages in ELECTIONS
            for stage, lo, hi in stages
        ],
    )


def choose_platform(item: dict, turn: Counter) -> str:
    person = PEOPLE[item["who"]]
    plats = list(person["accounts"])
    if item["on"] in ACTOR_INDEX:
        plats = [p for p in plats if p in ACTORS[ACTOR_INDEX[item["on"]]][7]]
    if item["plat"]:
        assert item["plat"] in plats, (item["who"], item["plat"], item["text"][:40])
        return item["plat"]
    assert plats, (item["who"], item["on"])
    plat = plats[turn[item["who"]] % len(plats)]
    turn[item["who"]] += 1
    return plat


def group_of(d: date) -> str:
    if d < OUTSIDE_BEFORE or d > OUTSIDE_AFTER:
        return "outside"
    for stage in ("cand_early", "candidacy", "campaign", "quiet", "voting", "counting", "result"):
        lo, hi = STAGE_DAYS[stage]
        if date.fromisoformat(lo) <= d <= date.fromisoformat(hi):
            return stage
    return "other"


def day_of(i: int, item: dict) -> tuple[date, str]:
    if item["when"]:
        d = date.fromisoformat(item["when"])
    else:
        lo, hi = (date.fromisoformat(x) for x in STAGE_DAYS[item["st"]])
        d = lo + timedelta(days=(i * 37) % ((hi - lo).days + 1))
    return d, group_of(d)


def stamp(i: int, item: dict) -> str:
    d, _ = day_of(i, item)
    hour, minute = 7 + (i * 5) % 15, (i * 13) % 60
    if i % 11 == 5:  # some sources export UTC
        return f"{d.isoformat()}T{hour - 7:02d}:{minute:02d}:00Z"
    if i % 9 == 4:  # some give no offset: read in the bundle's timezone
        return f"{d.isoformat()}T{hour:02d}:{minute:02d}:00"
    return f"{d.isoformat()}T{hour:02d}:{minute:02d}:00+07:00"


def check_texts() -> None:
    pilpres = {"P01", "P02", "P03", "TIM-RMLK", "TIM-GENZ03"}
    for i, item in enumerate(TEXTS):
        d, group = day_of(i, item)
        assert item["who"] in PEOPLE, i
        assert item["form"] in {"post", "comment", "reply", "quote", "image"}, i
        assert item["label"] in {"C", "N", "A", "O"}, i
        assert all(t in ACTOR_INDEX for t in item["tg"]), (i, item["tg"])
        assert (item["form"] == "post" or item["form"] == "image") == (
            item["on"] == "" or item["form"] == "image"
        ), i
        if item["label"] == "O":
            assert group == "outside", (i, d)
        else:
            assert group != "outside", (i, d)
        if item["label"] == "C":
            assert item["tg"], i
            if pilpres & set(item["tg"]) and not set(item["tg"]) - pilpres:
                assert d >= date(2023, 10, 19), (i, d)


def build(root: Path) -> dict[str, int]:
    """Write the bundle; return event_id -> index into TEXTS."""
    check_texts()
    root.mkdir(parents=True, exist_ok=True)
    write_header_files(root)
    turn: Counter = Counter()
    index: dict[str, int] = {}
    lines: list[str] = []
    for i, item in enumerate(TEXTS):
        person = PEOPLE[item["who"]]
        plat = choose_platform(item, turn)
        uid, handle = person["accounts"][plat]
        action = "post" if item["form"] == "image" else item["form"]
        pid = str(8816000000000000000 + i * 6700417)
        event: dict = {
            "event_id": f"{plat}:{pid}:{action}:{uid}",
            "platform": plat,
            "action": action,
            "occurred_at": stamp(i, item),
            "actor": {
                "user_id": uid,
                "handle": handle,
                "display_name": person["display"],
                "bio": person["bio"],
                "location": person["location"],
            },
            "text": item["text"] or None,
            "url": f"https://probe.invalid/{plat}/{handle}/{pid}",
            "media": [],
            "source": "probe-pileg",
        }
        if action != "post":
            tpid = str(4428000000000000000 + i * 524287)
            if item["on"] == "news":
                a_uid, a_handle = NEWS[person["prov"]]
            elif item["on"] == "user":
                a_uid, a_handle = str(3301990000 + i), f"kawan_{person['prov'].lower()}_{i:03d}"
            else:
                a_uid, a_handle = actor_uid(item["on"], plat), actor_handle(item["on"], plat)
            event["target"] = {
                "post_id": tpid,
                "author_user_id": a_uid,
                "author_handle": a_handle,
                "text": item["tt"],
                "url": f"https://probe.invalid/{plat}/{a_handle}/{tpid}",
            }
        if item["form"] == "image":
            media = {
                "kind": "image",
                "url": f"https://probe.invalid/media/{pid}.jpg",
                "sha256": f"{i + 70001:064x}",
            }
            if item["alt"]:
                media["alt_text"] = item["alt"]
            if item["ocr"]:
                media["ocr_text"] = item["ocr"]
            event["media"] = [media]
        item["_plat"] = plat
        item["_el"] = day_of(i, item)[1]
        item["_at"] = event["occurred_at"]
        index[event["event_id"]] = i
        lines.append(json.dumps(event, ensure_ascii=False))
    (root / "events.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------
def short(s: str | None, n: int = 260) -> str:
    s = (s or "").replace("\n", " / ")
    return s if len(s) <= n else s[: n - 1] + "…"


def line_for(i: int, hits: dict[int, list[dict]]) -> str:
    item = TEXTS[i]
    tids = sorted({f.get("target_id") or "-" for f in hits.get(i, [])})
    body = item["text"]
    if item["alt"]:
        body += f"  [alt: {item['alt']}]"
    if item["ocr"]:
        body += f"  [ocr: {item['ocr']}]"
    if item["tt"]:
        body += f"  [on post: {item['tt']}]"
    on = f" on {item['on']}" if item["on"] else ""
    return f"  #{i:03d} {item['label']}/{item['kind']}/{item['form']}{on} {item['_plat']} {item['_at'][:10]} flagged={','.join(tids) or '-'}: {short(body)}"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "--show", action="store_true", help="print every miss and false alarm with its text"
    )
    ap.add_argument("--keep", metavar="DIR", help="build bundle, workspace and findings in DIR")
    args = ap.parse_args()

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="campaign_probe_pileg_"))
    bundle, work, found = base / "bundle", base / "ws", base / "findings.jsonl"
    index = build(bundle)
    cmd = [NETRA, "scan", str(bundle), "--out", str(found), "-w", str(work), "-q"]
    print("$", " ".join(cmd))
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.stdout.strip():
        print(run.stdout.strip())
    if run.returncode != 0:
        print(run.stderr, file=sys.stderr)
        print(f"netra exited with {run.returncode}")
        return 1

    n_rejected = 0
    for path in sorted(work.rglob("rejected*")) if work.exists() else []:
        if path.is_file():
            for row in path.read_text(encoding="utf-8").splitlines():
                if row.strip():
                    n_rejected += 1
                    print("REJECTED:", short(row, 300))
    print(f"rejected rows: {n_rejected}")

    hits: dict[int, list[dict]] = defaultdict(list)
    categories: Counter = Counter()
    for row in found.read_text(encoding="utf-8").splitlines():
        if not row.strip():
            continue
        finding = json.loads(row)
        categories[finding["category"]] += 1
        if finding["category"] == "political.campaign":
            for eid in finding.get("event_ids") or []:
                if eid in index:
                    hits[index[eid]].append(finding)
    print("findings by category:", dict(sorted(categories.items())))

    by_label: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(TEXTS):
        by_label[item["label"]].append(i)
    print("labels:", {k: len(v) for k, v in sorted(by_label.items())})

    tp = [i for i in by_label["C"] if i in hits]
    fn = [i for i in by_label["C"] if i not in hits]
    fp = [i for i in by_label["N"] if i in hits]
    precision = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
    recall = len(tp) / len(by_label["C"]) if by_label["C"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"\nC found: {len(tp)}/{len(by_label['C'])}")
    print(f"false alarms (N flagged): {len(fp)}/{len(by_label['N'])}")
    print(f"O flagged: {sum(i in hits for i in by_label['O'])}/{len(by_label['O'])} (should be 0)")
    print(f"A flagged: {sum(i in hits for i in by_label['A'])}/{len(by_label['A'])} (not scored)")
    print(f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}")
    print(f"political.campaign  TP={len(tp)} FP={len(fp)} FN={len(fn)}")
    on_target = [i for i in tp if any(f.get("target_id") in TEXTS[i]["tg"] for f in hits[i])]
    print(f"C hits naming an intended target: {len(on_target)}/{len(tp)}")

    def table(title: str, label: str, key: str) -> None:
        print(title)
        for value in sorted({TEXTS[i][key] for i in by_label[label]}):
            ids = [i for i in by_label[label] if TEXTS[i][key] == value]
            print(f"  {value:14s} {sum(i in hits for i in ids):3d}/{len(ids)}")

    table("recall by form:", "C", "form")
    table("recall by group:", "C", "_el")
    table("recall by kind:", "C", "kind")
    table("false alarms by kind of N:", "N", "kind")
    table("false alarms by group:", "N", "_el")

    if args.show:
        print("\nMISSES (C not flagged):")
        for i in fn:
            print(line_for(i, hits))
        print("\nFALSE ALARMS (N flagged):")
        for i in fp:
            print(line_for(i, hits))
        print("\nC hits not naming an intended target:")
        for i in tp:
            if i not in on_target:
                print(line_for(i, hits))
        print("\nA (ambiguous, not scored):")
        for i in by_label["A"]:
            print(("  FLAG " if i in hits else "  ---- ") + line_for(i, hits).strip())
        print("\nO (outside the window; should not be flagged):")
        for i in by_label["O"]:
            print(("  FLAG " if i in hits else "  ---- ") + line_for(i, hits).strip())
    print(f"\nbundle, workspace and findings: {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
