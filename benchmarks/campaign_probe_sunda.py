# ruff: noqa: E501
"""Out-of-sample probe of the political.campaign detector: a West Java / Banten (Sundanese) world.

Every person, candidate, slogan, volunteer group and account here is invented; only the
national parties and their 2024 ballot numbers are public facts. The world has an invented
Pilgub Jawa Barat 2024 (four pairs), an invented Pilbup Kabupaten Serang 2024 (two pairs) and
two invented DPRD candidates (Pileg 2024), plus the national parties.

Seven invented civil servants write in Sundanese-flavoured Indonesian, Sundanese (loma and
lemes), Banten Jawa-Serang, Betawi-ish Indonesian and formal Indonesian.

Labels:
  C  the employee's own words campaign for / show support of a target, dated inside that
     target's neutrality window (parties: any date);
  N  close to campaigning but not (neutral election talk, neutrality reminders that list
     slogans, news, criticism, sarcasm, namesakes, numbers in other contexts, other contests,
     questions, conditionals, quoting a campaign to reject it, prayers for a smooth vote);
  A  ambiguous: reported, not scored;
  O  campaign-like, but dated outside the window of every actor it names (candidates only,
     no party, no ballot number): should not be flagged.

All texts, labels and dates were written BEFORE the first run of this probe and were not
edited after seeing any result.

Usage: python benchmarks/campaign_probe_sunda.py [--show] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

NETRA = "/work/main/.venv/bin/netra"
WIB = dt.timezone(dt.timedelta(hours=7))

# ---------------------------------------------------------------------------------------------
# World: elections, political actors, employees
# ---------------------------------------------------------------------------------------------
PILKADA_2024 = {
    "candidacy": ("2024-08-27", "2024-09-24"),
    "campaign": ("2024-09-25", "2024-11-23"),
    "quiet": ("2024-11-24", "2024-11-26"),
    "voting": ("2024-11-27", "2024-11-27"),
    "counting": ("2024-11-28", "2024-12-16"),
    "result": ("2024-12-17", "2025-01-10"),
}
PILEG_2024 = {
    "candidacy": ("2023-05-01", "2023-11-27"),
    "campaign": ("2023-11-28", "2024-02-10"),
    "quiet": ("2024-02-11", "2024-02-13"),
    "voting": ("2024-02-14", "2024-02-14"),
    "counting": ("2024-02-15", "2024-03-20"),
    "result": ("2024-03-21", "2024-04-30"),
}
# key -> (election_id, name, contest, region_code, calendar)
ELECTIONS = {
    "pilgub": (
        "PILGUB-JABAR-2024",
        "Pemilihan Gubernur dan Wakil Gubernur Jawa Barat 2024",
        "regional_head",
        "32",
        PILKADA_2024,
    ),
    "serang": (
        "PILBUP-SERANG-2024",
        "Pemilihan Bupati dan Wakil Bupati Serang 2024",
        "regional_head",
        "36.04",
        PILKADA_2024,
    ),
    "pileg": (
        "PILEG-DPRD-JABAR-2024",
        "Pemilihan Anggota DPRD Provinsi Jawa Barat 2024",
        "legislative",
        "32",
        PILEG_2024,
    ),
    "pilegsrg": (
        "PILEG-DPRD-SERANG-2024",
        "Pemilihan Anggota DPRD Kabupaten Serang 2024",
        "legislative",
        "36.04",
        PILEG_2024,
    ),
}
# A date for texts that are not tied to an election's calendar (party texts).
PARTY_SPAN = ("2023-01-02", "2025-12-20")

# target_id, name, kind, election key ("" for parties), ballot, party, platforms
# fmt: off
ACTORS = [
    ("C-DADAN", "H. Dadan Suherman, S.T., M.M.", "candidate", "pilgub", "1", "Gerindra", ("x", "instagram", "facebook", "tiktok")),
    ("C-RIKA", "Rika Rahmawati, S.H.", "candidate", "pilgub", "1", "PAN", ()),
    ("TM-DARIKA", "Relawan Balad DARIKA", "campaign_team", "pilgub", "1", "", ("facebook", "instagram")),
    ("C-CECEP", "Cecep Hidayat, S.Ag., M.Pd.", "candidate", "pilgub", "2", "PDI-P", ("x", "instagram", "facebook", "tiktok")),
    ("C-RIA", "Ria Andriani, S.Psi.", "candidate", "pilgub", "2", "PKB", ("instagram",)),
    ("TM-CERIA", "Sadulur CERIA", "campaign_team", "pilgub", "2", "", ("facebook", "tiktok")),
    ("C-UJANG", "Prof. Dr. Ujang Saepuloh, M.Kes.", "candidate", "pilgub", "3", "PKS", ("x", "instagram", "facebook", "youtube", "tiktok")),
    ("C-YAYAN", "Yayan Sopyan, S.E.", "candidate", "pilgub", "3", "NasDem", ()),
    ("TM-JAYA", "Laskar JAYA", "campaign_team", "pilgub", "3", "", ("facebook", "instagram")),
    ("C-WULAN", "Wulan Sari Kusumah, S.Sos.", "candidate", "pilgub", "4", "", ("x", "instagram", "facebook", "tiktok", "threads")),
    ("C-ENDANG", "Endang Komarudin", "candidate", "pilgub", "4", "", ()),
    ("TM-WE", "Wargi Sauyunan", "campaign_team", "pilgub", "4", "", ("facebook", "instagram")),
    ("C-HAERUL", "Tb. Haerul Anam, S.IP.", "candidate", "serang", "1", "Golkar", ("facebook", "instagram", "x")),
    ("C-MUMUN", "Hj. Siti Maemunah", "candidate", "serang", "1", "PPP", ("instagram",)),
    ("TM-HAMUN", "Tim Pemenangan HAMUN", "campaign_team", "serang", "1", "", ("facebook",)),
    ("C-JAENUDIN", "Jaenudin Arsyad, S.H.", "candidate", "serang", "2", "Gerindra", ("facebook", "tiktok", "x")),
    ("C-LILIS", "Lilis Suryani, S.Pd.", "candidate", "serang", "2", "PKS", ()),
    ("TM-JALI", "Barisan JALI", "campaign_team", "serang", "2", "", ("facebook", "tiktok")),
    ("C-EUIS", "Euis Komalasari, S.E.", "candidate", "pileg", "3", "NasDem", ("instagram", "facebook")),
    ("C-MUHIDIN", "H. Muhidin Saprudin", "candidate", "pilegsrg", "1", "Golkar", ("facebook", "instagram")),
]
# fmt: on
PARTIES = [
    ("P-PKB", "Partai Kebangkitan Bangsa (PKB)", "1"),
    ("P-GERINDRA", "Partai Gerakan Indonesia Raya (Gerindra)", "2"),
    ("P-PDIP", "Partai Demokrasi Indonesia Perjuangan (PDI-P)", "3"),
    ("P-GOLKAR", "Partai Golongan Karya (Golkar)", "4"),
    ("P-NASDEM", "Partai NasDem", "5"),
    ("P-BURUH", "Partai Buruh", "6"),
    ("P-GELORA", "Partai Gelombang Rakyat Indonesia (Gelora)", "7"),
    ("P-PKS", "Partai Keadilan Sejahtera (PKS)", "8"),
    ("P-PKN", "Partai Kebangkitan Nusantara (PKN)", "9"),
    ("P-HANURA", "Partai Hati Nurani Rakyat (Hanura)", "10"),
    ("P-GARUDA", "Partai Garda Republik Indonesia (Garuda)", "11"),
    ("P-PAN", "Partai Amanat Nasional (PAN)", "12"),
    ("P-PBB", "Partai Bulan Bintang (PBB)", "13"),
    ("P-DEMOKRAT", "Partai Demokrat", "14"),
    ("P-PSI", "Partai Solidaritas Indonesia (PSI)", "15"),
    ("P-PERINDO", "Partai Persatuan Indonesia (Perindo)", "16"),
    ("P-PPP", "Partai Persatuan Pembangunan (PPP)", "17"),
    ("P-UMMAT", "Partai Ummat", "24"),
]
PARTY_PLATFORMS = ("x", "instagram", "facebook")

KEYWORDS = [
    ("C-DADAN", "#JabarNanjung"),
    ("C-DADAN", "Jabar Nanjung"),
    ("C-DADAN", "DARIKA"),
    ("C-DADAN", "Kang Dadan"),
    ("C-CECEP", "#JabarCeria"),
    ("C-CECEP", "Jabar Ceria"),
    ("C-CECEP", "CERIA"),
    ("C-CECEP", "Aa Cecep"),
    ("C-UJANG", "#JabarJaya"),
    ("C-UJANG", "Jabar Jaya Babarengan"),
    ("C-UJANG", "JAYA"),
    ("C-UJANG", "Abah Ujang"),
    ("C-WULAN", "#JabarSauyunan"),
    ("C-WULAN", "Jabar Sauyunan"),
    ("C-WULAN", "Teh Wulan"),
    ("C-HAERUL", "#SerangBangkitManing"),
    ("C-HAERUL", "Serang Bangkit Maning"),
    ("C-HAERUL", "HAMUN"),
    ("C-HAERUL", "Aang Haerul"),
    ("C-JAENUDIN", "#SerangBeres"),
    ("C-JAENUDIN", "Serang Beres"),
    ("C-JAENUDIN", "JALI"),
    ("C-JAENUDIN", "Bang Jae"),
    ("C-EUIS", "Teh Euis"),
    ("C-MUHIDIN", "Haji Udin"),
]

# intended target groups (for the "names an intended target" line)
GROUPS = {
    "DARIKA": {"C-DADAN", "C-RIKA", "TM-DARIKA", "P-GERINDRA", "P-PAN"},
    "CERIA": {"C-CECEP", "C-RIA", "TM-CERIA", "P-PDIP", "P-PKB"},
    "JAYA": {"C-UJANG", "C-YAYAN", "TM-JAYA", "P-PKS", "P-NASDEM"},
    "WE": {"C-WULAN", "C-ENDANG", "TM-WE"},
    "HAMUN": {"C-HAERUL", "C-MUMUN", "TM-HAMUN", "P-GOLKAR", "P-PPP"},
    "JALI": {"C-JAENUDIN", "C-LILIS", "TM-JALI", "P-GERINDRA", "P-PKS"},
    "EUIS": {"C-EUIS", "P-NASDEM"},
    "MUHIDIN": {"C-MUHIDIN", "P-GOLKAR"},
}
for _tid, _name, _n in PARTIES:
    GROUPS[_tid] = {_tid}

NEWS = {
    "jabar": ("5500120001", "WartaPriangan"),
    "banten": ("5500120002", "KabarBantenID"),
}

PEOPLE = {
    "agus": {
        "nip": "198507122010011003",
        "name": "Agus Setiawan, S.Kom.",
        "agency": "DISKOMINFO-BDG",
        "unit": "Bidang Pengelolaan Informasi Publik",
        "position": "Pranata Komputer Ahli Muda",
        "region": "32.73",
        "display": "Agus Setiawan",
        "bio": "Urang Bandung. Kopi, motor, jeung Persib.",
        "location": "Bandung",
        "accounts": {
            "x": ("1702200101", "agus_stwn"),
            "instagram": ("51170023101", "agussetiawan.bdg"),
            "facebook": ("100072200101", "agus.setiawan.bdg"),
        },
    },
    "neneng": {
        "nip": "197603152000032004",
        "name": "Hj. Neneng Sumiati, S.Pd.",
        "agency": "DISDIK-GARUT",
        "unit": "SMP Negeri 2 Garut",
        "position": "Guru Ahli Madya",
        "region": "32.05",
        "display": "Neneng Sumiati",
        "bio": "Guru Basa Sunda. Garut pangirutan.",
        "location": "Garut, Jawa Barat",
        "accounts": {
            "facebook": ("100072200201", "neneng.sumiati.garut"),
            "tiktok": ("6902200201", "bu_neneng_grt"),
            "instagram": ("51170023201", "nenengsumiati76"),
        },
    },
    "dede": {
        "nip": "198811042014031001",
        "name": "Dede Rohmat, S.T.",
        "agency": "DPUPR-SERANG",
        "unit": "Bidang Bina Marga",
        "position": "Teknik Jalan dan Jembatan Ahli Pertama",
        "region": "36.04",
        "display": "Dede Rohmat",
        "bio": "Wong Kragilan asli. Dalan, jembatan, lan kopi.",
        "location": "Kragilan, Serang",
        "accounts": {
            "facebook": ("100072200301", "dede.rohmat.krg"),
            "tiktok": ("6902200301", "dederohmat88"),
            "x": ("1702200301", "dede_rhmt"),
        },
    },
    "ratna": {
        "nip": "199002202015032002",
        "name": "Ratna Juwita, S.E., M.Ak.",
        "agency": "BPKAD-BANTEN",
        "unit": "Bidang Akuntansi",
        "position": "Analis Keuangan Pusat dan Daerah Ahli Muda",
        "region": "36",
        "display": "Ratna Juwita",
        "bio": "Anak Tangerang, kerja di Serang. Excel & kopi susu.",
        "location": "Kota Serang",
        "accounts": {
            "instagram": ("51170023401", "ratnajuwita.ak"),
            "x": ("1702200401", "ratna_jwt"),
            "threads": ("51170023402", "ratnajuwita.ak"),
        },
    },
    "cucu": {
        "nip": "196911081995031002",
        "name": "Drs. H. Cucu Sumarna, M.Si.",
        "agency": "BAPPEDA-JABAR",
        "unit": "Bidang Perencanaan Makro dan Evaluasi",
        "position": "Perencana Ahli Madya",
        "region": "32",
        "display": "Cucu Sumarna",
        "bio": "Perencana pembangunan. Pemerhati tata ruang Jawa Barat.",
        "location": "Bandung",
        "accounts": {
            "facebook": ("100072200501", "cucu.sumarna"),
            "youtube": ("UCcucuSumarna69", "cucusumarna"),
            "x": ("1702200501", "cucu_sumarna"),
        },
    },
    "yuyun": {
        "nip": "199406172019032011",
        "name": "Yuyun Yuliani, A.Md.Kep.",
        "agency": "RSUD-SUMEDANG",
        "unit": "Instalasi Gawat Darurat",
        "position": "Perawat Terampil",
        "region": "32.11",
        "display": "Yuyun Yuliani",
        "bio": "Perawat IGD. Sumedang tandang!",
        "location": "Sumedang",
        "accounts": {
            "tiktok": ("6902200601", "yuyun_ners"),
            "instagram": ("51170023601", "yuyunyuliani94"),
            "facebook": ("100072200601", "yuyun.yuliani.smd"),
        },
    },
    "iwan": {
        "nip": "198203252009011004",
        "name": "Iwan Kurniawan, S.Sos.",
        "agency": "KEC-CIPOCOK",
        "unit": "Seksi Pemerintahan",
        "position": "Analis Kebijakan Ahli Muda",
        "region": "36.73",
        "display": "Iwan Kurniawan",
        "bio": "Pelayan warga Cipocok Jaya.",
        "location": "Serang, Banten",
        "accounts": {
            "x": ("1702200701", "iwan_krnwn"),
            "facebook": ("100072200701", "iwan.kurniawan.srg"),
            "bluesky": ("did:plc:iwankrnwn7q2", "iwankrnwn.bsky.social"),
        },
    },
}

# ---------------------------------------------------------------------------------------------
# Labelled texts (written before the first run; not edited after it)
# ---------------------------------------------------------------------------------------------
TEXTS: list[dict] = []


def T(
    label,
    who,
    form,
    el,
    plat,
    text,
    *,
    on=None,
    tt=None,
    date=None,
    stage=None,
    ocr=None,
    alt=None,
    kind="",
    group="",
):
    """One labelled event. form: post, comment, reply, quote, image (a post with a picture).
    on: a target_id, "user" or "news" (what a comment/reply/quote is on); tt: that post's text."""
    TEXTS.append(
        {
            "label": label,
            "who": who,
            "form": form,
            "el": el,
            "plat": plat,
            "text": text,
            "on": on,
            "tt": tt,
            "date": date,
            "stage": stage,
            "ocr": ocr,
            "alt": alt,
            "kind": kind,
            "group": group,
        }
    )


# fmt: off
# ---- C: Pilgub Jawa Barat ------------------------------------------------------------------
T("C", "agus", "post", "pilgub", "x", "Geus mantep, tanggal 27 urang nyoblos nomer hiji. Kang Dadan – Teh Rika pikeun Jabar nu leuwih nanjung! #JabarNanjung", kind="sunda-ballot", group="DARIKA")
T("C", "agus", "post", "pilgub", "instagram", "Hayu baraya, dukung Kang Dadan jeung Teh Rika. DARIKA pasti meunang!", kind="sunda", group="DARIKA")
T("C", "agus", "comment", "pilgub", "facebook", "Abdi mah ngadukung DARIKA, geus jelas programna.", on="user", tt="Saha nu rek dipilih pilgub engke? Bingung euy.", kind="sunda", group="DARIKA")
T("C", "agus", "reply", "pilgub", "x", "Sing meunang Kang Dadan lah, aamiin 🤲", on="user", tt="Pilgub Jabar bulan hareup, saha jagoan maneh?", kind="sunda-wish", group="DARIKA")
T("C", "agus", "quote", "pilgub", "x", "Mangga sadayana, coblos no 1! Jabar Nanjung!", on="C-DADAN", tt="Kang Dadan ngaresmikeun posko relawan di Cimahi. Hatur nuhun ka sadaya balad!", kind="ballot", group="DARIKA")
T("C", "neneng", "post", "pilgub", "facebook", "Bismillah, abdi sakulawarga ngiringan milih Aa Cecep sareng Teh Ria. Mugia Jabar langkung sejahtera. #JabarCeria", kind="sunda-lemes", group="CERIA")
T("C", "neneng", "comment", "pilgub", "facebook", "Hatur nuhun Aa Cecep, guru-guru Garut siap menangkeun CERIA! 💪", on="C-CECEP", tt="Aa Cecep silaturahmi sareng para guru honorer di Garut.", kind="sunda", group="CERIA")
T("C", "neneng", "post", "pilgub", "tiktok", "Ibu-ibu pengajian, hayu urang coblos nomer dua, Aa Cecep - Teh Ria, nu merhatoskeun guru ngaji 🙏", kind="sunda-ballot", group="CERIA")
T("C", "neneng", "image", "pilgub", "instagram", "Sumanget! ✌️", ocr="JABAR CERIA 02 CECEP - RIA", alt="Foto bersama spanduk pasangan nomor dua", kind="props", group="CERIA")
T("C", "dede", "post", "pilgub", "facebook", "Pilgub Jabar? Isun sih wong Serang, tapi dulur-dulur sing ning Bogor, pilih Abah Ujang bae, nomer telu!", kind="jaseng-ballot", group="JAYA")
T("C", "yuyun", "post", "pilgub", "tiktok", "POV: perawat Sumedang milih Abah Ujang - Kang Yayan 🥰 nomer tilu pokona mah! #JabarJaya", kind="sunda-ballot", group="JAYA")
T("C", "yuyun", "comment", "pilgub", "instagram", "Abah Ujang juara! Sumedang milik JAYA 🔥🔥", on="C-UJANG", tt="Abah Ujang kampanye di alun-alun Sumedang, rebuan warga hadir.", kind="sunda", group="JAYA")
T("C", "yuyun", "post", "pilgub", "facebook", "Saha deui atuh lamun lain Abah, nu ngartos kasehatan. Tos yakin pisan milih Abah Ujang. Sing tiasa mingpin Jabar.", kind="sunda", group="JAYA")
T("C", "cucu", "post", "pilgub", "facebook", "Setelah mencermati visi-misi keempat pasangan, saya berkeyakinan pasangan Prof. Ujang Saepuloh – Yayan Sopyan paling layak memimpin Jawa Barat. Mari kita menangkan bersama.", kind="formal", group="JAYA")
T("C", "cucu", "post", "pilgub", "x", "Program Jabar Jaya Babarengan adalah jawaban atas ketimpangan wilayah selatan. Insya Allah nomor 3 menang satu putaran.", kind="formal-ballot", group="JAYA")
T("C", "cucu", "comment", "pilgub", "youtube", "Paparan beliau sangat runtut. Sudah saatnya Jawa Barat dipimpin Abah Ujang. Lanjutkan, Prof!", on="C-UJANG", tt="Debat publik kedua: paparan Abah Ujang soal kesehatan dan tata ruang", kind="formal", group="JAYA")
T("C", "ratna", "post", "pilgub", "instagram", "Gue emang kagak nyoblos di Jabar, tapi buat sodara-sodara gue di Depok & Bekasi: pilih Teh Wulan aje, calon independen nyang bener-bener bersih! #JabarSauyunan", kind="betawi", group="WE")
T("C", "ratna", "post", "pilgub", "threads", "Teh Wulan – Mang Endang nomer 4, inget ye! Jangan salah coblos 😘", kind="betawi-ballot", group="WE")
T("C", "iwan", "post", "pilgub", "x", "Nu di Jabar, tong hilap: opat, opat, opat! Teh Wulan sareng Mang Endang. Sauyunan!", kind="sunda-ballot", group="WE")
T("C", "iwan", "post", "pilgub", "bluesky", "Calon perseorangan tanpa utang budi ke partai. Makanya dukungan saya buat Wulan–Endang. Semoga jadi gubernur.", kind="formal", group="WE")
T("C", "agus", "post", "pilgub", "x", "Asa ku bangga, Kang Dadan ngabahas startup Bandung dina debat. Ieu pamimpin nu urang butuhkeun, 27 Nopember ulah hilap ka nomer 1 😉", kind="sunda-ballot", group="DARIKA")
T("C", "agus", "comment", "pilgub", "instagram", "wkwk enya, pokona mah DARIKA salawasna", on="user", tt="Kang Agus mah pasti tim DARIKA nya? 😂", kind="sunda", group="DARIKA")
T("C", "neneng", "reply", "pilgub", "facebook", "Tangtos Aa Cecep atuh, da parantos kabuktosan ngurus Garut.", on="user", tt="Bu Neneng, dina pilgub milih saha?", kind="sunda-lemes", group="CERIA")
T("C", "yuyun", "comment", "pilgub", "tiktok", "urang mah tim JAYA, teu bisa diganggu gugat 😂", on="user", tt="Barudak nakes, pilgub ieu tim saha?", kind="sunda", group="JAYA")
T("C", "cucu", "comment", "pilgub", "facebook", "Saran saya untuk keluarga besar kita di Tasik: pilih yang sudah teruji, Abah Ujang nomor tiga.", on="user", tt="Keluarga besar Bani Sumarna, ayo diskusi pilgub di sini.", kind="formal-ballot", group="JAYA")
T("C", "ratna", "reply", "pilgub", "x", "Nah kan! Gas terus Teh Wulan, kite menangin bareng 🔥", on="news", tt="Survei: elektabilitas Wulan-Endang naik 6 persen dalam sebulan", kind="betawi", group="WE")
T("C", "iwan", "post", "pilgub", "facebook", "Rek ka Bandung, mampir ka posko Wargi Sauyunan, ngiring ngabantos ngabagikeun stiker Teh Wulan. Bismillah, opat!", kind="sunda-props", group="WE")
T("C", "agus", "post", "pilgub", "facebook", "Ngiring ngawangun Jabar nanjung sareng Kang Dadan - Teh Rika. Ulah dugi ka kaliru nyoblos, nomer hiji di luhur kénca 👆", kind="sunda-ballot", group="DARIKA")
T("C", "neneng", "post", "pilgub", "instagram", "✌️✌️ Dua jari kanggo Jabar nu langkung ceria. Aa Cecep – Teh Ria!", kind="handsign", group="CERIA")
T("C", "yuyun", "image", "pilgub", "instagram", "Tos nampi kaos ti Laskar JAYA, dipaké pas senam isuk 😍", ocr="ABAH UJANG - KANG YAYAN / JABAR JAYA BABARENGAN / 03", alt="Perempuan berkaos putih bergambar pasangan calon", kind="props", group="JAYA")
T("C", "agus", "post", "pilgub", "x", "#JabarNanjung #DARIKA01 #KangDadanGubernurJabar", kind="hashtag", group="DARIKA")
T("C", "neneng", "post", "pilgub", "facebook", "Saur Pa Ustadz, pilih nu nyaah ka guru ngaji. Nu nyaah ka guru ngaji mah nya Aa Cecep. Tos, nomer 2.", kind="sunda-ballot", group="CERIA")
T("C", "cucu", "quote", "pilgub", "x", "Inilah calon gubernur yang paham substansi. #JabarJaya", on="news", tt="Debat: Ujang Saepuloh paparkan konsep irigasi untuk Jabar selatan", kind="hashtag", group="JAYA")
T("C", "ratna", "comment", "pilgub", "instagram", "Teh Wulaaan semangat! Gue dukung 1000% 💚", on="C-WULAN", tt="Teh Wulan blusukan ke Pasar Kosambi pagi ini.", kind="betawi", group="WE")
T("C", "iwan", "reply", "pilgub", "x", "Aya atuh, Teh Wulan. Coba tingali track record-na. Pilih nomer opat mah moal kaduhung.", on="user", tt="pilgub jabar mah teu aya nu alus, golput wae lah", kind="sunda-ballot", group="WE")
T("C", "agus", "post", "pilgub", "x", "Nomer hiji, nomer nu pangsaena. Kang Dadan! ☝️", kind="sunda-ballot", group="DARIKA")
T("C", "yuyun", "reply", "pilgub", "facebook", "Abah atuh, Abah Ujang. Da Abah mah nu paling ngartos ka perawat honorer.", on="user", tt="Teh Yuyun bade milih saha?", kind="sunda", group="JAYA")
T("C", "neneng", "comment", "pilgub", "tiktok", "Aa Cecep the best! Garut 100% CERIA 💯", on="C-CECEP", tt="Aa Cecep ngaliwet bareng warga Cibatu", kind="sunda", group="CERIA")
T("C", "ratna", "reply", "pilgub", "threads", "Jagoan gue mah Teh Wulan lah, nyang laen mah lewat 😎", on="user", tt="siapa jagoan lu di pilgub jabar?", kind="betawi", group="WE")
T("C", "cucu", "post", "pilgub", "facebook", "Hari tenang, tetapi hati sudah mantap: nomor tiga untuk Jawa Barat yang lebih adil.", date="2024-11-25", kind="formal-ballot", group="JAYA")
T("C", "agus", "post", "pilgub", "x", "Udah nyoblos! ☝️ Bismillah Kang Dadan jadi gubernur.", date="2024-11-27", kind="sunda-handsign", group="DARIKA")
T("C", "agus", "post", "pilgub", "x", "nmr 1 aja lah gaes, kang dadan the best 👍", kind="colloquial", group="DARIKA")
T("C", "neneng", "comment", "pilgub", "tiktok", "cblos no.2 bu ibu, a cecep 👍", on="user", tt="Ibu-ibu PKK Garut, saha nu bade dipilih?", kind="colloquial", group="CERIA")
T("C", "yuyun", "post", "pilgub", "tiktok", "3️⃣ Abah Ujang 3️⃣ #JabarJaya", kind="colloquial", group="JAYA")
T("C", "ratna", "post", "pilgub", "threads", "no empat, teh wulan. udeh itu aja 💚", kind="colloquial", group="WE")
T("C", "iwan", "post", "pilgub", "facebook", "Sing ngaku wargi Jabar, tong poho nomer opat. Calon tanpa partai, Teh Wulan. Hidup Sauyunan!", kind="sunda-ballot", group="WE")
T("C", "cucu", "comment", "pilgub", "youtube", "Dari empat paslon, hanya nomor 3 yang menyampaikan solusi konkret. Pilihan saya sudah bulat: Ujang–Yayan.", on="news", tt="LIVE Debat Publik Ketiga Pilgub Jawa Barat 2024", kind="formal", group="JAYA")
T("C", "agus", "image", "pilgub", "facebook", "Kumpul bareng balad, sumanget! ☝️", ocr="RELAWAN BALAD DARIKA / KOTA BANDUNG", alt="Sekelompok orang berkaos putih mengacungkan satu jari", kind="props", group="DARIKA")
T("C", "neneng", "post", "pilgub", "facebook", "Mugia Gusti Allah maparin kameunangan ka Aa Cecep sareng Teh Ria. Aamiin.", kind="prayer-win", group="CERIA")
T("C", "yuyun", "post", "pilgub", "facebook", "Ngiring ngajak: Abah Ujang pikeun Jabar nu sehat. Tanggal 27 ka TPS, coblos nu nomer tilu.", kind="sunda-ballot", group="JAYA")

# ---- C: Pilbup Serang -------------------------------------------------------------------------
T("C", "dede", "post", "serang", "facebook", "Ayo dulur-dulur Kabupaten Serang, pada nyoblos nomer loro! Bang Jae - Teh Lilis, Serang beres kabeh!", kind="jaseng-ballot", group="JALI")
T("C", "dede", "post", "serang", "tiktok", "Isun wis mantep milih JALI. Sire kepriben? #SerangBeres", kind="jaseng", group="JALI")
T("C", "dede", "comment", "serang", "facebook", "Siap Bang Jae! Kragilan kuh kabeh JALI, ore bakal pindah!", on="C-JAENUDIN", tt="Bang Jae silaturahmi ning Kragilan, matur suwun warga!", kind="jaseng", group="JALI")
T("C", "dede", "post", "serang", "x", "Nomer loro, loro, loro! Serang Beres ✌️", kind="jaseng-ballot", group="JALI")
T("C", "iwan", "post", "serang", "facebook", "Kanggo baraya di Kabupaten Serang, ulah kabalikan: pilih Aang Haerul - Teh Mumun, nomer hiji. Serang Bangkit Maning!", kind="sunda-ballot", group="HAMUN")
T("C", "iwan", "post", "serang", "x", "#SerangBangkitManing #HAMUN01 — bareng Aang Haerul kite bangkit.", kind="hashtag", group="HAMUN")
T("C", "ratna", "post", "serang", "instagram", "Gue dukung Teh Mumun, perempuan Banten harus maju! Coblos HAMUN ye, nomor 1 💪", kind="betawi-ballot", group="HAMUN")
T("C", "ratna", "comment", "serang", "x", "Mantul Aang! Menang dah pokoknya 🔥", on="C-HAERUL", tt="Aang Haerul kampanye dialogis di Ciruas bersama ribuan warga.", kind="betawi", group="HAMUN")
T("C", "dede", "reply", "serang", "facebook", "Ya JALI lah, Ki Jaenudin kuh wong apik, wis kebukti ning desa.", on="user", tt="Kang Dede, engko milih sape ning Pilbup?", kind="jaseng", group="JALI")
T("C", "dede", "comment", "serang", "tiktok", "Aja kesuwen mikir, coblos Bang Jae bae 😂", on="user", tt="Pilbup Serang bingung milih sing endi", kind="jaseng", group="JALI")
T("C", "iwan", "post", "serang", "bluesky", "Program 1000 beasiswa santri dari pasangan Haerul–Maemunah itu masuk akal. Saya mantap mendukung mereka.", kind="formal", group="HAMUN")
T("C", "dede", "image", "serang", "facebook", "Rapat konsolidasi tadi wengi, mantep!", ocr="BARISAN JALI / KECAMATAN KRAGILAN / SIAP MENANGKAN NO 2", alt="Belasan orang duduk lesehan di depan spanduk", kind="props", group="JALI")
T("C", "ratna", "post", "serang", "threads", "Buat warga Kab. Serang: 27 November, HAMUN. Udeh, gitu aje.", kind="betawi", group="HAMUN")
T("C", "iwan", "comment", "serang", "facebook", "Hatur nuhun Aang Haerul parantos sumping ka Pontang. Warga Pontang siap menangkeun!", on="C-HAERUL", tt="Aang Haerul menyapa warga Pontang.", kind="sunda", group="HAMUN")
T("C", "dede", "reply", "serang", "x", "Nomer loro nomer sing paling cocog, JALI menang!", on="news", tt="KPU Kabupaten Serang tetapkan nomor urut paslon Pilbup 2024", kind="jaseng-ballot", group="JALI")
T("C", "ratna", "post", "serang", "instagram", "Hari tenang, tapi doa gue tetep buat Aang Haerul - Teh Mumun 🤲 semoga menang", date="2024-11-25", kind="prayer-win", group="HAMUN")

# ---- C: DPRD candidates (Pileg 2024) ---------------------------------------------------------
T("C", "agus", "post", "pileg", "facebook", "Dapil Bandung–Cimahi, mangga coblos NasDem nomer 3, Teh Euis Komalasari. Jalmina bageur, tos kabuktosan.", kind="caleg-ballot", group="EUIS")
T("C", "agus", "post", "pileg", "instagram", "Teh Euis pikeun DPRD Jabar! Hayu dukung caleg ti urang Bandung 💙", kind="caleg", group="EUIS")
T("C", "yuyun", "comment", "pileg", "facebook", "Sing jadi Teh Euis, mugia amanah 🤲", on="C-EUIS", tt="Teh Euis reses di Cicadas, ngadangu aspirasi warga.", kind="caleg", group="EUIS")
T("C", "cucu", "post", "pileg", "facebook", "Saya mengajak rekan-rekan di Dapil Jabar 1 untuk memilih Euis Komalasari, S.E. (NasDem, nomor urut 3). Beliau memahami perencanaan anggaran.", kind="caleg-formal", group="EUIS")
T("C", "dede", "post", "pilegsrg", "facebook", "Dapil loro Kabupaten Serang, coblos Golkar nomer siji: Haji Udin! Wong apik, dermawan.", kind="caleg-ballot", group="MUHIDIN")
T("C", "dede", "post", "pilegsrg", "tiktok", "Abah Udin kanggo DPRD! Ayo pada nyoblos Beringin, nomer 1 😁", kind="caleg-ballot", group="MUHIDIN")
T("C", "iwan", "reply", "pilegsrg", "x", "H. Muhidin atuh, Golkar no 1. Geus lila ngabantu warga.", on="user", tt="caleg nu alus di dapil 2 Kabupaten Serang saha?", kind="caleg-ballot", group="MUHIDIN")
T("C", "ratna", "comment", "pilegsrg", "instagram", "Sukses terus Pak Haji Udin, semoga kepilih ye 🙏", on="C-MUHIDIN", tt="Haji Udin: siap memperjuangkan jalan desa di Dapil 2.", kind="caleg", group="MUHIDIN")
T("C", "agus", "post", "pileg", "x", "Kertas suara DPRD Prov: cari NasDem, terus nomer 3. Teh Euis. Gampang kan? 😄", kind="caleg-ballot", group="EUIS")
T("C", "neneng", "post", "pileg", "facebook", "Nitip sora kanggo Teh Euis nya, baraya nu di Bandung.", kind="caleg", group="EUIS")
T("C", "dede", "comment", "pilegsrg", "facebook", "Ciruas siap milih Haji Udin maning!", on="C-MUHIDIN", tt="Haji Udin bagi sembako di Ciruas.", kind="caleg", group="MUHIDIN")

# ---- C: parties (any date) --------------------------------------------------------------------
T("C", "agus", "post", "party", "x", "Partai nu pangsaéna mah Gerindra, tos teu kedah diragukeun. Hayu gabung!", date="2025-03-10", kind="party", group="P-GERINDRA")
T("C", "neneng", "post", "party", "facebook", "Alhamdulillah, PDI Perjuangan tetep di haté. Salam metal! 🤘 Coblos moncong putih!", date="2024-01-20", kind="party", group="P-PDIP")
T("C", "cucu", "post", "party", "x", "PKS konsisten membela rakyat kecil. Saya dukung penuh. #PKSMenang", date="2023-12-15", kind="party", group="P-PKS")
T("C", "yuyun", "post", "party", "tiktok", "PKB nomer hiji di haté warga NU Sumedang 💚 hayu coblos PKB!", kind="party-ballot", group="P-PKB")
T("C", "ratna", "post", "party", "instagram", "PSI anak muda banget, gue pilih PSI, nomor 15 🌹", date="2024-02-05", kind="party-ballot", group="P-PSI")
T("C", "iwan", "post", "party", "x", "Pemilu mah kanggo abdi mung hiji: Partai Buruh, nomer 6. Hirup buruh!", kind="party-ballot", group="P-BURUH")
T("C", "dede", "post", "party", "facebook", "Golkar Kabupaten Serang juara! Beringin tetep kuat, ayo kabeh pada dukung.", date="2025-04-01", kind="party", group="P-GOLKAR")
T("C", "agus", "comment", "party", "facebook", "Gerindra terus! Siap ngadukung dugi ka 2029 💪", on="P-GERINDRA", tt="Konsolidasi kader Gerindra se-Bandung Raya.", kind="party", group="P-GERINDRA")
T("C", "neneng", "post", "party", "instagram", "Salam tiga jari, banteng moncong putih 🐂 nomer 3 pokona!", date="2024-02-01", kind="party-handsign", group="P-PDIP")
T("C", "cucu", "post", "party", "facebook", "Partai Keadilan Sejahtera nomor 8. Bersih, peduli, profesional. Mari dukung.", kind="party-ballot", group="P-PKS")
T("C", "yuyun", "comment", "party", "instagram", "PKB salawasna di haté 💚 nomer hiji!", on="P-PKB", tt="Harlah PKB ke-26: terus berkhidmat untuk umat.", kind="party-ballot", group="P-PKB")
T("C", "ratna", "post", "party", "x", "Coblos Perindo nomor 16 ye, biar UMKM kite maju 💪", date="2024-01-10", kind="party-ballot", group="P-PERINDO")
T("C", "iwan", "post", "party", "bluesky", "Sekali-kali dukung partai baru: Partai Gelora nomer 7. Arah baru!", kind="party-ballot", group="P-GELORA")
T("C", "dede", "post", "party", "tiktok", "PPP nomer 17, partai Ka'bah, partaie wong Banten! Ayo pada dukung", kind="party-ballot", group="P-PPP")

# ---- N: neutral election talk -------------------------------------------------------------------
T("N", "agus", "post", "pilgub", "x", "Hayu ka TPS tanggal 27 Nopember! Ulah golput, hiji sora nangtukeun Jabar lima taun ka hareup.", kind="neutral")
T("N", "neneng", "post", "pilgub", "facebook", "Mugia Pilgub Jabar lancar, aman, tur damai. Saha wae nu meunang, urang tetep dulur.", kind="neutral")
T("N", "yuyun", "post", "pilgub", "tiktok", "Tips ka TPS: bawa KTP, undangan C6, tong hilap cek DPT online heula nya 😊", kind="neutral")
T("N", "dede", "post", "serang", "facebook", "Ayo dulur-dulur Kabupaten Serang, 27 November pada teka ning TPS. Aja golput!", kind="neutral")
T("N", "cucu", "post", "pilgub", "facebook", "Mengingatkan seluruh ASN Bappeda: dilarang memberi like, komentar, maupun membagikan konten pasangan calon. Netralitas adalah harga mati.", kind="reminder")
T("N", "ratna", "post", "serang", "instagram", "Gue ASN, jadi gue netral ye. Jangan tanya gue milih siape 🤐", kind="neutral")
T("N", "iwan", "post", "serang", "x", "Petugas KPPS di RW 05 masih kurang dua urang, nu minat hubungi Pa RW nya.", kind="neutral")

# ---- N: neutrality reminders that list slogans -------------------------------------------------
T("N", "cucu", "post", "pilgub", "facebook", "Sosialisasi netralitas: ASN dilarang mengunggah tagar seperti #JabarNanjung, #JabarCeria, #JabarJaya, #JabarSauyunan atau berpose dengan simbol jari. Mohon dipatuhi.", kind="reminder")
T("N", "iwan", "post", "serang", "facebook", "Kanggo rencang-rencang ASN Kecamatan: ulah ngadamel status 'Serang Beres' atanapi 'Serang Bangkit Maning' dugi ka réngsé Pilkada. Urang netral.", kind="reminder")
T("N", "agus", "post", "pilgub", "x", "Reminder ti Diskominfo: akun dinas teu kenging nge-share poster DARIKA, CERIA, JAYA, atawa WE. Kitu deui akun pribadi ASN.", kind="reminder")

# ---- N: news about debates / results ------------------------------------------------------------
T("N", "cucu", "post", "pilgub", "x", "Debat kedua Pilgub Jabar malam ini membahas tata ruang dan banjir Bandung Raya. Keempat paslon hadir.", kind="news")
T("N", "agus", "quote", "pilgub", "x", "Hasil rekap resmi geus kaluar. Hatur nuhun ka para petugas KPPS nu geus cape.", on="news", tt="KPU Jabar tetapkan hasil rekapitulasi Pilgub Jawa Barat 2024", date="2024-12-10", kind="news")
T("N", "ratna", "post", "serang", "threads", "Quick count Pilbup Serang: selisih tipis antara nomor 1 dan 2. Tunggu hasil resmi KPU ye guys.", date="2024-11-28", kind="news")
T("N", "neneng", "post", "pilgub", "facebook", "Tadi wengi nonton debat. Opat-opatna gaduh program pendidikan, mugia saha wae nu kapilih ngalaksanakeun.", kind="news")
T("N", "yuyun", "post", "pilgub", "instagram", "Nonton debat bareng barudak IGD, seru oge, aya nu ngantuk aya nu rame 😆", kind="news")
T("N", "iwan", "post", "serang", "bluesky", "Data: partisipasi pemilih Kota Serang pada Pemilu 2024 sekitar 78 persen. Semoga Pilkada lebih tinggi.", kind="news")

# ---- N: criticism / sarcasm --------------------------------------------------------------------
T("N", "agus", "post", "pilgub", "x", "Kang Dadan janji macet Bandung beres dina sataun? Hese dipercaya euy 😒", kind="critic")
T("N", "neneng", "comment", "pilgub", "facebook", "Aa Cecep mah ngan ukur ngumbar janji, guru honorer mah tetep kieu-kieu keneh.", on="user", tt="Aa Cecep janji ngangkat guru honorer.", kind="critic")
T("N", "ratna", "post", "pilgub", "x", "Wkwk slogan 'Jabar Jaya Babarengan' tapi baliho nutupin rambu lalu lintas. Jaya apanya 🙄", kind="sarcasm")
T("N", "dede", "post", "serang", "facebook", "JALI janji dalan mulus, tapi dalan ning kampung isun masih bolong kabeh. Ore percaya.", kind="critic")
T("N", "iwan", "reply", "pilgub", "x", "Teh Wulan calon independen tapi spandukna pinuh di unggal tihang listrik. Sami wae atuh.", on="user", tt="Calon independen mah beda, leuwih bersih.", kind="critic")
T("N", "cucu", "post", "pilgub", "x", "Klaim 'satu putaran' tim pasangan nomor 3 tidak didukung data survei mana pun.", kind="critic")
T("N", "yuyun", "post", "pilgub", "tiktok", "Ceunah 'Jabar Ceria', tapi gaji perawat honorer mah teu ceria-ceria 🙃", kind="sarcasm")
T("N", "agus", "post", "pilgub", "facebook", "Baliho DARIKA di Jl. Soekarno-Hatta ambruk kana motor warga. Tim sukses kudu tanggung jawab!", kind="critic")

# ---- N: namesakes ------------------------------------------------------------------------------
T("N", "agus", "post", "pilgub", "instagram", "Kang Dadan tukang bakso gigireun kantor téh juara pisan kuahna 🍜 hayu ka dieu!", kind="namesake")
T("N", "neneng", "post", "pilgub", "facebook", "Wilujeng tepang taun Teh Ria, rerencangan sakantor. Mugia panjang yuswa 🎂", kind="namesake")
T("N", "yuyun", "post", "pilgub", "facebook", "Abah Ujang nu jualan kupat tahu di payun RSUD tos dugi deui, raos pisan 😋 mangga diborong!", kind="namesake")
T("N", "dede", "post", "serang", "facebook", "Selamat ya Lilis, adi isun sing wis lulus wisuda! Sukses terus 🎓", kind="namesake")
T("N", "iwan", "post", "pilegsrg", "facebook", "Haji Udin, DKM masjid Al-Ikhlas, ngondang warga pengajian malem Jumaah.", kind="namesake")
T("N", "ratna", "post", "pilgub", "instagram", "Happy wedding Wulan & Endang! Sahabat gue dari SMA akhirnya sah 💍", kind="namesake")
T("N", "agus", "post", "pilgub", "x", "Kang Yayan, montir langganan, ngomong motor urang kudu ganti kampas rem. Mantep lah servisna.", kind="namesake")
T("N", "cucu", "post", "pilgub", "facebook", "Turut berduka cita atas wafatnya Bapak Ujang, staf kebersihan kantor kami. Semoga husnul khatimah.", kind="namesake")
T("N", "neneng", "post", "pilgub", "tiktok", "Aa Cecep, murid kelas 8 abdi, juara hiji lomba pidato Basa Sunda! Reueus pisan 🏆", kind="namesake")
T("N", "dede", "post", "serang", "tiktok", "Bang Jae tukang cukur ning pasar Kragilan, potongane apik. Mampir bae!", kind="namesake")

# ---- N: the same numbers in other contexts -----------------------------------------------------
T("N", "agus", "post", "pilgub", "x", "Angkot nomer 2 jurusan Caheum–Ledeng ayeuna ngetem lila pisan. Hayu atuh pamarentah beresan.", kind="number")
T("N", "yuyun", "post", "pilgub", "instagram", "Nomer antrian abdi 3, tos dua jam teu disaur-saur 😩", kind="number")
T("N", "dede", "post", "serang", "facebook", "Rapat RT 03 RW 02 malem iki, kabeh warga dimohon teka.", kind="number")
T("N", "neneng", "post", "pilgub", "facebook", "Murid kelas 4 SD juara 1 lomba mewarnai. Hebat pisan barudak!", kind="number")
T("N", "iwan", "post", "serang", "x", "Gerbang tol Serang Timur lajur 4 ditutup, pake lajur 1 jeung 2 nya.", kind="number")
T("N", "ratna", "post", "serang", "threads", "Ranking 1 di kantor buat penyerapan anggaran kuartal 3, alhamdulillah 🎉", kind="number")
T("N", "cucu", "post", "pilgub", "facebook", "Rapat koordinasi RPJMD sesi 2 dimulai pukul 13.00 di ruang rapat lantai 3.", kind="number")
T("N", "agus", "comment", "pilgub", "facebook", "2-1 kang, menang Persib! 💙", on="user", tt="Persib vs Persija tadi skor sabaraha?", kind="number")
T("N", "yuyun", "post", "pilgub", "tiktok", "Tips jaga kesehatan pas musim hujan: 1. minum cai haneut, 2. istirahat, 3. vitamin C 💊", kind="number")
T("N", "dede", "post", "serang", "x", "Coblos-coblos kertas nggo prakarya bocah TK, lucu pisan hasile", kind="number")

# ---- N: other contests -------------------------------------------------------------------------
T("N", "neneng", "post", "pilgub", "facebook", "Pemilihan ketua OSIS SMPN 2 Garut: hayu barudak, pilih nu amanah, ulah ngan ukur kasep! 😄", kind="contest")
T("N", "agus", "post", "pilgub", "instagram", "Pemilihan Mojang Jajaka Kota Bandung 2024 tos dibuka, mangga dukung wakil ti kecamatan urang!", kind="contest")
T("N", "dede", "post", "serang", "facebook", "Pilkades Desa Sukamaju nomer 2 menang, selamat Pak Kades anyar!", kind="contest")
T("N", "iwan", "post", "serang", "facebook", "Pemilihan ketua RT 04: Pa Endang kapilih deui. Wilujeng Pa!", kind="contest")
T("N", "yuyun", "post", "pilgub", "instagram", "Vote abdi di lomba foto Hari Kesehatan Nasional nya, nomer 3! Link di bio 🙏", kind="contest")
T("N", "ratna", "post", "serang", "x", "Pemilihan Duta Pajak Banten 2024, coblos nomer 4 ye, temen kantor gue 😆", kind="contest")
T("N", "cucu", "post", "pilgub", "x", "Selamat kepada Sdr. Yayan terpilih sebagai Ketua Korpri Bappeda periode 2024–2029.", kind="contest")
T("N", "agus", "post", "pilgub", "facebook", "Pemilihan ketua karang taruna RW 07 minggu payun. Calon nomer 1 Dadan, nomer 2 Rizky. Sok pilih nu sae.", kind="contest")

# ---- N: questions / conditionals / analysis ----------------------------------------------------
T("N", "neneng", "post", "pilgub", "facebook", "Baraya, saha nu bade dipilih dina Pilgub? Abdi mah teu acan terang. Aya saran?", kind="question")
T("N", "yuyun", "post", "pilgub", "tiktok", "Upami Abah Ujang meunang, naha RSUD Sumedang bakal dirénovasi? Aya nu terang programna?", kind="question")
T("N", "ratna", "post", "pilgub", "x", "Kalo Teh Wulan menang, kira-kira ASN Banten kena imbasnya kagak ya? Nanya doang.", kind="question")
T("N", "dede", "post", "serang", "tiktok", "Sire pada arep milih sape ning Pilbup? Isun masih bingung kuh.", kind="question")
T("N", "iwan", "reply", "serang", "x", "Rahasia atuh, kuring ASN 😅 LUBER JURDIL.", on="user", tt="Nomer 1 atau 2, Kang?", kind="question")
T("N", "agus", "post", "pilgub", "x", "Naha nya nomer urut 1 sok dianggap untung? Aya risetna teu?", kind="question")
T("N", "cucu", "post", "pilgub", "x", "Seandainya nomor 2 dan 4 berkoalisi di putaran kedua, peta politik Jabar akan berubah drastis.", kind="question")

# ---- N: quoting a campaign to reject it --------------------------------------------------------
T("N", "agus", "quote", "pilgub", "x", "Punten, ASN teu kenging ngiringan kampanye. Kuring teu bakal nge-share ieu.", on="C-DADAN", tt="Hayu coblos nomer 1, DARIKA pikeun Jabar Nanjung!", kind="reject")
T("N", "neneng", "comment", "pilgub", "facebook", "Hapunten, abdi ASN, teu tiasa ngiring. Mangga ka nu sanés wé.", on="user", tt="Bu guru, ayo dukung Aa Cecep, coblos 2!", kind="reject")
T("N", "ratna", "reply", "pilgub", "instagram", "Sori ye, gue ASN, kagak boleh pasang twibbon paslon.", on="user", tt="Ayo Kak, pake twibbon Jabar Sauyunan dong!", kind="reject")
T("N", "dede", "reply", "serang", "facebook", "Ore bisa, isun PNS. Ana aturan netralitas.", on="user", tt="Kang, pasang stiker JALI ning motor ya", kind="reject")
T("N", "iwan", "quote", "serang", "x", "Ieu mah ancaman, lain kampanye nu sehat. Dilaporkeun ka Bawaslu.", on="user", tt="Pilih HAMUN nomer 1 atau rugi!", kind="reject")
T("N", "cucu", "post", "pilgub", "facebook", "Beredar pesan berantai 'ASN wajib memilih nomor 3'. Pesan itu palsu dan bukan dari Pemprov. Abaikan.", kind="reject")
T("N", "yuyun", "comment", "pilgub", "instagram", "Moal ah, abdi mah ASN, bisi kena sanksi 😅", on="user", tt="Teh, ikut senam bareng Abah Ujang yuk, dapet kaos!", kind="reject")

# ---- N: prayers for a smooth election ----------------------------------------------------------
T("N", "neneng", "post", "pilgub", "facebook", "Ya Allah, mugia Pilkada serentak 27 Nopember berjalan lancar, aman, sareng jujur. Aamiin.", kind="prayer")
T("N", "dede", "post", "serang", "facebook", "Muga-muga Pilbup Serang aman, ore ana ribut-ribut. Sing menang amanah, sing kalah legowo.", kind="prayer")
T("N", "cucu", "comment", "pilgub", "youtube", "Semoga siapa pun gubernur terpilih dapat melanjutkan pembangunan Jawa Barat. Aamiin.", on="news", tt="Menjelang pencoblosan Pilgub Jabar 2024: apa kata warga?", kind="prayer")

# ---- N: slogan words and party symbols in ordinary use -----------------------------------------
T("N", "agus", "post", "pilgub", "x", "Bandung mah kota kreatif, kudu nanjung teras ekonomina. UMKM Bandung juara!", kind="word")
T("N", "yuyun", "post", "pilgub", "instagram", "Alhamdulillah, pasien anak di bangsal tos ceria deui. Sehat terus, dek! 🧸", kind="word")
T("N", "iwan", "post", "serang", "facebook", "Rapat koordinasi di Kantor Kecamatan Cipocok Jaya, bahas kesiapan logistik Pilkada.", kind="word")
T("N", "ratna", "post", "pilgub", "instagram", "Kantor gue sauyunan banget, kompak pol pas audit BPK 💪", kind="word")
T("N", "neneng", "post", "pilgub", "tiktok", "Barudak kelas 6 ceria pisan pas study tour ka Lembang 🚌", kind="word")
T("N", "dede", "post", "serang", "x", "Serang kudu beres urusan sampah. Pemda kudu gerak cepet!", kind="word")
T("N", "agus", "post", "pilgub", "facebook", "Garuda di dadaku! Timnas menang 2-0 📣", kind="symbol")
T("N", "neneng", "post", "pilgub", "instagram", "Tangkal beringin di alun-alun Garut tos ratusan taun yuswana, rindang pisan 🌳", kind="symbol")
T("N", "yuyun", "post", "pilgub", "facebook", "Ka Taman Safari sareng barudak, ningal banteng jeung gajah 🐘", kind="symbol")

# ---- N: more election-adjacent talk ------------------------------------------------------------
T("N", "cucu", "post", "pilgub", "facebook", "Bappeda Jabar menyusun rancangan awal RPJMD 2025–2029 yang akan diselaraskan dengan visi-misi gubernur terpilih.", date="2024-12-20", kind="neutral")
T("N", "agus", "post", "pilgub", "facebook", "Ngaliput kampanye opat paslon minggu ieu kanggo arsip Diskominfo. Teu aya nu dipihak, sadayana sami.", kind="neutral")
T("N", "yuyun", "post", "pilgub", "facebook", "Jaga kasehatan petugas KPPS! Taun kamari seueur nu gering. Ulah maksakeun.", kind="neutral")
T("N", "ratna", "post", "serang", "threads", "Jangan percaya hoaks 'paslon nomor 2 mundur'. Udah dibantah KPU.", kind="neutral")
T("N", "iwan", "post", "pileg", "bluesky", "Baliho caleg di Jl. Raya Pandeglang kudu diturunkeun sabab geus lewat masa kampanye. Bawaslu kamana?", date="2024-02-12", kind="critic")
T("N", "neneng", "post", "pileg", "facebook", "Pileg 2024: abdi janten KPPS di TPS 07, hayu wargi ka TPS enjing-enjing.", date="2024-02-13", kind="neutral")
T("N", "dede", "post", "pilegsrg", "facebook", "Caleg saka endi bae, sing penting jujur. Aja milih sing bagi-bagi duit.", kind="neutral")
T("N", "agus", "post", "pileg", "x", "Surat suara DPRD Provinsi lebar pisan, asa ngalipet peta 😂", date="2024-02-14", kind="neutral")
T("N", "cucu", "post", "party", "x", "Evaluasi: keterwakilan perempuan di DPRD Jabar hasil Pemilu 2024 naik menjadi 22 persen.", kind="news")
T("N", "ratna", "post", "party", "x", "PSI, Perindo, Hanura, Gelora... banyak banget partai, gue bingung bedain logonya 😵", kind="party-neutral")
T("N", "yuyun", "post", "party", "tiktok", "Aya nu nyebutkeun PKB téh singkatan 'Pasien Kudu Bobo' 😂 candaan perawat IGD", kind="party-neutral")
T("N", "iwan", "post", "party", "x", "Partai Buruh demo di hareupeun kantor gubernur, lalu lintas macet. Hindari Jl. Syekh Nawawi.", kind="party-neutral")
T("N", "dede", "post", "party", "facebook", "Gedung DPD Golkar Kabupaten Serang dienggo posyandu sementara, apik pisan gunane nggo warga.", kind="party-neutral")
T("N", "ratna", "post", "pilgub", "instagram", "Demokrasi itu indah, beda pilihan tetep temenan ye 🤝", kind="neutral")
T("N", "iwan", "comment", "pilgub", "facebook", "Teh, jalan di Cibeber masih ruksak, kumaha solusina?", on="C-WULAN", tt="Teh Wulan: infrastruktur desa jadi prioritas.", kind="question")
T("N", "agus", "reply", "pilgub", "x", "Kumaha carana, Kang? Ulah ngan slogan.", on="C-DADAN", tt="Kang Dadan: Bandung bebas macet 2029!", kind="critic")
T("N", "dede", "comment", "serang", "facebook", "Bang Jae, jembatan ning Tirtayasa kapan dibenahi? Aja janji bae.", on="C-JAENUDIN", tt="Bang Jae: infrastruktur desa prioritas utama.", kind="critic")
T("N", "yuyun", "comment", "pilgub", "tiktok", "Saha wae gubernurna, perawat honorer kudu diangkat PPPK!", on="news", tt="Empat paslon Pilgub Jabar janjikan nasib tenaga honorer", kind="neutral")
T("N", "neneng", "post", "pilgub", "facebook", "Dinten ieu ngajar PKn bab Pemilu: barudak latihan nyoblos di kelas, calonna ucing jeung hayam 😂", kind="contest")
T("N", "cucu", "quote", "pilgub", "x", "Sebagai ASN, saya tidak berkomentar soal pilihan. Silakan masyarakat menilai program para paslon.", on="C-UJANG", tt="Abah Ujang: satu putaran!", kind="reject")

# ---- A: ambiguous (reported, not scored) -------------------------------------------------------
T("A", "iwan", "post", "pilgub", "bluesky", "Hasil hitung cepat: Teh Wulan kalah tipis. Teu nanaon, kami tetep Wargi Sauyunan, 2029 maju deui Teh!", date="2024-11-29", kind="after-vote", group="WE")
T("A", "agus", "post", "party", "instagram", "17an di kantor DPC Gerindra, urang mah kader sajati! 🇮🇩", date="2025-08-17", kind="affiliation", group="P-GERINDRA")
T("A", "cucu", "post", "pilgub", "x", "Debat semalam: paparan Prof. Ujang paling berbobot menurut saya.", kind="praise", group="JAYA")
T("A", "yuyun", "post", "pilgub", "instagram", "Foto bareng Teh Wulan pas anjeunna kunjungan ka RSUD, ramah pisan 😊", kind="photo", group="WE")
T("A", "neneng", "post", "pilgub", "facebook", "Aa Cecep téh urang Garut asli, reueus atuh aya urang Garut nu nyalonkeun.", kind="pride", group="CERIA")
T("A", "dede", "post", "serang", "tiktok", "Kang Haerul kuh dulur isun, dongakena bae ya 🤲", kind="family", group="HAMUN")
T("A", "ratna", "post", "serang", "x", "Jujur visi misi Teh Mumun soal perempuan paling masuk akal sih.", kind="praise", group="HAMUN")

# ---- O: campaign-like, dated outside every named actor's window --------------------------------
T("O", "agus", "post", "pilgub", "x", "Kang Dadan pantes pisan jadi Gubernur Jabar, urang ngadukung pinuh!", date="2024-06-12", kind="before", group="DARIKA")
T("O", "neneng", "post", "pilgub", "facebook", "Aa Cecep kedah nyalonkeun gubernur, abdi sareng guru-guru Garut siap ngadukung.", date="2024-05-20", kind="before", group="CERIA")
T("O", "yuyun", "post", "pilgub", "tiktok", "Abah Ujang jadi gubernur, aamiin! Pasti urang dukung 💚", date="2024-07-01", kind="before", group="JAYA")
T("O", "iwan", "post", "pilgub", "x", "Teh Wulan, tetep semangat, urang dukung terus pikeun 2029!", date="2025-03-05", kind="after", group="WE")
T("O", "dede", "post", "serang", "facebook", "Bang Jae kudu maju Pilbup! Isun dukung pisan.", date="2024-07-15", kind="before", group="JALI")
T("O", "ratna", "post", "serang", "instagram", "Teh Mumun tetep idola gue, dukung terus!", date="2025-02-14", kind="after", group="HAMUN")
T("O", "agus", "post", "pileg", "instagram", "Teh Euis pantes jadi anggota dewan, hayu dukung!", date="2023-03-10", kind="before", group="EUIS")
T("O", "dede", "post", "pilegsrg", "facebook", "Haji Udin hebat, dukung terus Abah Udin!", date="2024-08-05", kind="after", group="MUHIDIN")
T("O", "cucu", "post", "pilgub", "x", "Prof. Ujang Saepuloh adalah figur terbaik untuk Jawa Barat. Saya mendukung beliau.", date="2024-06-30", kind="before", group="JAYA")
# fmt: on


# ---------------------------------------------------------------------------------------------
# Bundle writing
# ---------------------------------------------------------------------------------------------
def actor_uid(tid: str, platform: str) -> str:
    n = sum(ord(c) * (k + 1) for k, c in enumerate(tid)) % 90000
    return f"{88000000 + n * 10 + sorted(('x', 'instagram', 'facebook', 'tiktok', 'youtube', 'threads')).index(platform)}"


def actor_handle(tid: str, platform: str) -> str:
    stem = tid.split("-", 1)[1].lower()
    return f"{stem}_{'official' if tid.startswith(('C-', 'P-')) else 'relawan'}"


def actor_platforms(tid: str) -> tuple[str, ...]:
    for a in ACTORS:
        if a[0] == tid:
            return a[6]
    if tid.startswith("P-"):
        return PARTY_PLATFORMS
    raise KeyError(tid)


def put_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        out.writerows(rows)


def stamp(i: int, item: dict) -> str:
    """When text i happened: its fixed date, or a day inside its election's stage."""
    if item["date"]:
        day = dt.date.fromisoformat(item["date"])
    else:
        if item["el"] == "party":
            first, last = PARTY_SPAN
        else:
            first, last = ELECTIONS[item["el"]][4][item["stage"] or "campaign"]
        lo, hi = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        day = lo + dt.timedelta(days=(i * 37) % ((hi - lo).days + 1))
    moment = dt.datetime(day.year, day.month, day.day, 6 + (i * 5) % 16, (i * 23) % 60)
    if i % 7 == 3:  # no offset: read in the bundle's timezone (Asia/Jakarta)
        return moment.isoformat()
    return moment.replace(tzinfo=WIB).isoformat()


def write_header_files(root: Path) -> None:
    (root / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe Pilgub Jabar, Pilbup Serang & Pileg DPRD 2024 – Jawa Barat / Banten\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    put_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            ["PEMPROV-JABAR", "Pemerintah Daerah Provinsi Jawa Barat", "", "32"],
            [
                "BAPPEDA-JABAR",
                "Badan Perencanaan Pembangunan Daerah Provinsi Jawa Barat",
                "PEMPROV-JABAR",
                "32",
            ],
            ["PEMKOT-BDG", "Pemerintah Kota Bandung", "", "32.73"],
            [
                "DISKOMINFO-BDG",
                "Dinas Komunikasi dan Informatika Kota Bandung",
                "PEMKOT-BDG",
                "32.73",
            ],
            ["PEMKAB-GARUT", "Pemerintah Kabupaten Garut", "", "32.05"],
            ["DISDIK-GARUT", "Dinas Pendidikan Kabupaten Garut", "PEMKAB-GARUT", "32.05"],
            ["PEMKAB-SUMEDANG", "Pemerintah Kabupaten Sumedang", "", "32.11"],
            ["RSUD-SUMEDANG", "RSUD Kabupaten Sumedang", "PEMKAB-SUMEDANG", "32.11"],
            ["PEMPROV-BANTEN", "Pemerintah Provinsi Banten", "", "36"],
            [
                "BPKAD-BANTEN",
                "Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Banten",
                "PEMPROV-BANTEN",
                "36",
            ],
            ["PEMKAB-SERANG", "Pemerintah Kabupaten Serang", "", "36.04"],
            [
                "DPUPR-SERANG",
                "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Serang",
                "PEMKAB-SERANG",
                "36.04",
            ],
            ["PEMKOT-SERANG", "Pemerintah Kota Serang", "", "36.73"],
            ["KEC-CIPOCOK", "Kecamatan Cipocok Jaya", "PEMKOT-SERANG", "36.73"],
        ],
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
                "PNS",
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
            [p["nip"], plat, handle, uid, p["display"], "2023-02-01", ""]
            for p in PEOPLE.values()
            for plat, (uid, handle) in p["accounts"].items()
        ],
    )
    rows = []
    for tid, name, kind, el, ballot, party, plats in ACTORS:
        eid = ELECTIONS[el][0]
        if not plats:
            rows.append([tid, name, kind, eid, ballot, party, "", "", ""])
        for plat in plats:
            rows.append(
                [
                    tid,
                    name,
                    kind,
                    eid,
                    ballot,
                    party,
                    plat,
                    actor_handle(tid, plat),
                    actor_uid(tid, plat),
                ]
            )
    for tid, name, ballot in PARTIES:
        for plat in PARTY_PLATFORMS:
            rows.append(
                [
                    tid,
                    name,
                    "party",
                    "",
                    ballot,
                    name,
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
            for eid, name, contest, region, cal in ELECTIONS.values()
            for stage, (lo, hi) in cal.items()
        ],
    )


def build(root: Path) -> dict[str, int]:
    """Write the bundle; return event_id -> index into TEXTS."""
    root.mkdir(parents=True, exist_ok=True)
    write_header_files(root)
    index: dict[str, int] = {}
    lines: list[str] = []
    for i, item in enumerate(TEXTS):
        person = PEOPLE[item["who"]]
        plat = item["plat"]
        if plat not in person["accounts"]:
            raise ValueError(f"{item['who']} has no {plat} account: {item['text'][:50]}")
        uid, handle = person["accounts"][plat]
        action = "post" if item["form"] == "image" else item["form"]
        pid = str(8124000000000000000 + i * 7919813)
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
            "text": item["text"],
            "url": f"https://probe.invalid/{plat}/{handle}/{pid}",
            "media": [],
            "source": "probe-sunda",
        }
        if action != "post":
            if not item["on"] or item["tt"] is None:
                raise ValueError(f"#{i} {action} needs on= and tt=")
            tpid = str(4520000000000000000 + i * 611953)
            if item["on"] == "news":
                a_uid, a_handle = NEWS[
                    "banten" if item["el"] in ("serang", "pilegsrg") else "jabar"
                ]
            elif item["on"] == "user":
                a_uid, a_handle = str(6612840000 + i), f"wargi_{i:03d}"
            else:
                if plat not in actor_platforms(item["on"]):
                    raise ValueError(f"#{i} {item['on']} has no {plat} account")
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
                "sha256": f"{i + 8191:064x}",
            }
            if item["alt"]:
                media["alt_text"] = item["alt"]
            if item["ocr"]:
                media["ocr_text"] = item["ocr"]
            event["media"] = [media]
        item["_plat"] = plat
        item["_when"] = event["occurred_at"]
        index[event["event_id"]] = i
        lines.append(json.dumps(event, ensure_ascii=False))
    (root / "events.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------
def short(s: str | None, n: int = 240) -> str:
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
    on = f" on {item['on']}" if item["on"] else ""
    return f"  #{i:03d} {item['label']}/{item['kind']}/{item['form']}{on} {item['_plat']} {item['el']} {item['_when'][:10]} flagged={','.join(tids) or '-'}: {short(body)}"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "--show", action="store_true", help="print every miss and false alarm with its text"
    )
    ap.add_argument("--keep", metavar="DIR", help="build bundle, workspace and findings in DIR")
    args = ap.parse_args()

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="campaign_probe_sunda_"))
    bundle, work, found = base / "bundle", base / "ws", base / "findings.jsonl"
    for old in (bundle, work):
        if old.exists():
            shutil.rmtree(old)
    if found.exists():
        found.unlink()
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
    print("labels:", {k: len(v) for k, v in sorted(by_label.items())}, "total", len(TEXTS))

    tp = [i for i in by_label["C"] if i in hits]
    fn = [i for i in by_label["C"] if i not in hits]
    fp = [i for i in by_label["N"] if i in hits]
    precision = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
    recall = len(tp) / len(by_label["C"]) if by_label["C"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"\nC found {len(tp)}/{len(by_label['C'])}; false alarms (N flagged) {len(fp)}/{len(by_label['N'])}"
    )
    print(
        f"political.campaign  TP={len(tp)} FP={len(fp)} FN={len(fn)}  precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}"
    )
    flagged_a = sum(i in hits for i in by_label["A"])
    flagged_o = sum(i in hits for i in by_label["O"])
    print(
        f"A flagged {flagged_a}/{len(by_label['A'])} (not scored); O flagged {flagged_o}/{len(by_label['O'])} (should be 0)"
    )
    on_target = [
        i
        for i in tp
        if any(f.get("target_id") in GROUPS.get(TEXTS[i]["group"], set()) for f in hits[i])
    ]
    print(f"C hits naming an intended target: {len(on_target)}/{len(tp)}")

    def table(title: str, label: str, key: str) -> None:
        print(title)
        for value in sorted({TEXTS[i][key] for i in by_label[label]}):
            ids = [i for i in by_label[label] if TEXTS[i][key] == value]
            print(f"  {value:22s} {sum(i in hits for i in ids):3d}/{len(ids)}")

    table("recall by form:", "C", "form")
    table("recall by election:", "C", "el")
    table("recall by kind:", "C", "kind")
    table("false alarms by kind of N:", "N", "kind")

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
