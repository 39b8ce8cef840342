# ruff: noqa: E501
"""Out-of-sample probe of political.campaign: Pilwalkot Makassar 2024 and Pilbup Klaten 2024.

Two invented worlds in one netra-bundle/1 bundle (spec: /work/shared/spec/bundle-v1.md):

* South Sulawesi: an invented Pilwalkot Makassar 2024 with four pairs (Bugis-Makassar names
  and nicknames, acronym slogans), one invented DPRD Kota Makassar caleg, and four invented
  civil servants writing in Makassar dialect (ji, mi, ki, ta', iye, tabe, sallang, kodong, ces,
  anu) with Bugis phrases;
* Central Java: an invented Pilbup Klaten 2024 with three pairs (Mas, Pakdhe, Gus, Bu Nyai),
  one invented DPRD Kabupaten Klaten caleg, a volunteer group, and three invented civil
  servants writing in Javanese ngoko and krama.

Every person is invented; only national parties and their 2024 ballot numbers are real public
facts. Labels:

  C  the employee's own words campaign for / show support of a target, dated inside its
     neutrality window (parties: any time) -- should be flagged;
  N  close but not campaigning (neutral election talk, news, reminders and circulars that list
     slogans, criticism, sarcasm, namesakes, the same numbers or slogan words in other
     contexts, other contests, questions, conditionals, quoting a campaign to reject it,
     prayers, official events) -- should not be flagged;
  A  ambiguous: reported, not scored;
  O  campaign-like but dated outside the window of every actor it names (candidates only, no
     party, no ballot number) -- should not be flagged.

All texts, labels and dates were written before the first run of this probe and were not
edited after seeing the detector's output. Only harness / format bugs may be fixed.

Usage: python benchmarks/campaign_probe_sulsel_jateng.py [--show] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

NETRA = "/work/main/.venv/bin/netra"

# ---------------------------------------------------------------------------------------------
# Elections
# ---------------------------------------------------------------------------------------------
E_MKS = "PILWALKOT-MKS-2024"
E_KLT = "PILBUP-KLATEN-2024"
E_DMK = "DPRD-KOTA-MKS-DAPIL3-2024"
E_DKL = "DPRD-KAB-KLATEN-DAPIL2-2024"

PILKADA_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-27", "2024-12-06"),
    ("result", "2024-12-07", "2024-12-16"),
]
PEMILU_STAGES = [
    ("candidacy", "2023-05-01", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-14", "2024-03-20"),
    ("result", "2024-03-21", "2024-03-31"),
]
ELECTIONS = [
    (
        E_MKS,
        "Pemilihan Wali Kota dan Wakil Wali Kota Makassar 2024",
        "regional_head",
        "73.71",
        PILKADA_STAGES,
    ),
    (
        E_KLT,
        "Pemilihan Bupati dan Wakil Bupati Klaten 2024",
        "regional_head",
        "33.10",
        PILKADA_STAGES,
    ),
    (E_DMK, "Pemilu DPRD Kota Makassar Dapil 3 2024", "legislative", "73.71", PEMILU_STAGES),
    (E_DKL, "Pemilu DPRD Kabupaten Klaten Dapil 2 2024", "legislative", "33.10", PEMILU_STAGES),
]

# Date ranges a text's `when` may name (a day inside is picked deterministically).
PERIODS = {
    "MKn": ("2024-08-28", "2024-09-22", "MKS"),  # pilkada candidacy, before the ballot draw
    "MKc": ("2024-09-26", "2024-11-22", "MKS"),  # pilkada campaign
    "MKq": ("2024-11-24", "2024-11-26", "MKS"),  # quiet days
    "MKv": ("2024-11-27", "2024-11-27", "MKS"),  # voting day
    "MKr": ("2024-11-28", "2024-12-15", "MKS"),  # counting / result
    "KLn": ("2024-08-28", "2024-09-22", "KLT"),
    "KLc": ("2024-09-26", "2024-11-22", "KLT"),
    "KLq": ("2024-11-24", "2024-11-26", "KLT"),
    "KLv": ("2024-11-27", "2024-11-27", "KLT"),
    "KLr": ("2024-11-28", "2024-12-15", "KLT"),
    "DPn": ("2023-08-01", "2023-11-20", "DPRD"),  # legislative candidacy
    "DPc": ("2023-11-29", "2024-02-09", "DPRD"),  # legislative campaign
}

# ---------------------------------------------------------------------------------------------
# Political actors (targets.csv); every one has accounts on TARGET_PLATFORMS
# ---------------------------------------------------------------------------------------------
TARGET_PLATFORMS = ("facebook", "instagram", "tiktok", "x", "youtube", "threads")
# target_id, name, kind, election_id, ballot_number, party, handle stem
ACTORS = [
    (
        "MKS-P1",
        "Andi Mappasessu Tenri & dr. Hj. Nurul Aisyah Djafar",
        "candidate",
        E_MKS,
        "1",
        "Golkar",
        "sessunurul_mks",
    ),
    (
        "MKS-P2",
        "H. Syamsuddin Daeng Rate & Irfan Karaeng Lompo",
        "candidate",
        E_MKS,
        "2",
        "NasDem",
        "rate_irfan_ramah",
    ),
    (
        "MKS-P3",
        "Ir. Andi Baso Pallawa & Risma Tenriola",
        "candidate",
        E_MKS,
        "3",
        "PKS",
        "baris_makassar",
    ),
    (
        "MKS-P4",
        "dr. Hasnah Lamba & Arief Daeng Sikki",
        "candidate",
        E_MKS,
        "4",
        "PDI-P",
        "makassar_harum",
    ),
    ("MKS-TIM2", "Relawan Sahabat Daeng Rate", "campaign_team", E_MKS, "", "", "sahabat_daengrate"),
    ("MKS-CAL", "Andi Tenri Ajeng, S.E.", "candidate", E_DMK, "3", "NasDem", "puang_ajeng"),
    (
        "KLT-P1",
        "H. Bambang Wijanarko, S.T. & Gus Muhammad Faiz Ridwan",
        "candidate",
        E_KLT,
        "1",
        "PKB",
        "klatenbagus",
    ),
    (
        "KLT-P2",
        "Hj. Sri Rahayu Kusumaningtyas & Sutrisno",
        "candidate",
        E_KLT,
        "2",
        "PDI-P",
        "ayutris_klaten",
    ),
    (
        "KLT-P3",
        "Drs. Joko Purnomo & Nyai Hj. Umi Kultsum",
        "candidate",
        E_KLT,
        "3",
        "Gerindra",
        "jokoumi_joss",
    ),
    ("KLT-TIM1", "Sedulur Mas Bambang", "campaign_team", E_KLT, "", "", "sedulur_masbambang"),
    ("KLT-CAL", "Gus Hanif Mustofa", "candidate", E_DKL, "1", "PKB", "gushanif_dprd"),
    ("PKB", "Partai Kebangkitan Bangsa", "party", "", "1", "PKB", "pkb_probe"),
    ("GERINDRA", "Partai Gerakan Indonesia Raya", "party", "", "2", "Gerindra", "gerindra_probe"),
    ("PDIP", "Partai Demokrasi Indonesia Perjuangan", "party", "", "3", "PDI-P", "pdip_probe"),
    ("GOLKAR", "Partai Golongan Karya", "party", "", "4", "Golkar", "golkar_probe"),
    ("NASDEM", "Partai NasDem", "party", "", "5", "NasDem", "nasdem_probe"),
    ("GELORA", "Partai Gelombang Rakyat Indonesia", "party", "", "7", "Gelora", "gelora_probe"),
    ("PKS", "Partai Keadilan Sejahtera", "party", "", "8", "PKS", "pks_probe"),
    ("PAN", "Partai Amanat Nasional", "party", "", "12", "PAN", "pan_probe"),
    ("DEMOKRAT", "Partai Demokrat", "party", "", "14", "Demokrat", "demokrat_probe"),
    ("PSI", "Partai Solidaritas Indonesia", "party", "", "15", "PSI", "psi_probe"),
    ("PERINDO", "Partai Persatuan Indonesia", "party", "", "16", "Perindo", "perindo_probe"),
    ("PPP", "Partai Persatuan Pembangunan", "party", "", "17", "PPP", "ppp_probe"),
]
ACTOR_POS = {a[0]: k for k, a in enumerate(ACTORS)}


def actor_uid(tid: str, platform: str) -> str:
    return str(6620000000 + 100 * ACTOR_POS[tid] + TARGET_PLATFORMS.index(platform))


def actor_handle(tid: str, platform: str) -> str:
    stem = ACTORS[ACTOR_POS[tid]][6]
    return stem if platform != "youtube" else f"{stem}_official"


KEYWORDS = [
    ("MKS-P1", "Puang Sessu"),
    ("MKS-P1", "dokter Nurul"),
    ("MKS-P1", "#SessuNurul"),
    ("MKS-P1", "Makassar SENADA"),
    ("MKS-P1", "SENADA"),
    ("MKS-P2", "Daeng Rate"),
    ("MKS-P2", "Karaeng Irfan"),
    ("MKS-P2", "RAMAH"),
    ("MKS-P2", "#RamahMakassar"),
    ("MKS-P3", "Andi Baso"),
    ("MKS-P3", "Bunda Risma"),
    ("MKS-P3", "BARIS Bersama"),
    ("MKS-P3", "#BARISMakassar"),
    ("MKS-P4", "Puang Hasnah"),
    ("MKS-P4", "Daeng Sikki"),
    ("MKS-P4", "Makassar HARUM"),
    ("MKS-P4", "#MakassarHarum"),
    ("MKS-TIM2", "Sahabat Daeng Rate"),
    ("MKS-CAL", "Puang Ajeng"),
    ("MKS-CAL", "#AjengUntukRakyat"),
    ("KLT-P1", "Mas Bambang"),
    ("KLT-P1", "Mas Bams"),
    ("KLT-P1", "Gus Faiz"),
    ("KLT-P1", "Klaten BAGUS"),
    ("KLT-P1", "#KlatenBagus"),
    ("KLT-P2", "Mbak Ayu"),
    ("KLT-P2", "Pakdhe Tris"),
    ("KLT-P2", "Klaten SAE"),
    ("KLT-P2", "#KlatenSae"),
    ("KLT-P2", "#AyuTris"),
    ("KLT-P3", "Pakdhe Joko"),
    ("KLT-P3", "Bu Nyai Umi"),
    ("KLT-P3", "Klaten JOSS"),
    ("KLT-P3", "#JokoUmiJoss"),
    ("KLT-TIM1", "Sedulur Mas Bambang"),
    ("KLT-CAL", "Gus Hanif"),
    ("KLT-CAL", "#GusHanifDPRD"),
]

# ---------------------------------------------------------------------------------------------
# Civil servants (roster.csv / accounts.csv)
# ---------------------------------------------------------------------------------------------
PEOPLE = {
    "arfah": {
        "nip": "198804122012121001",
        "name": "Andi Muhammad Arfah, S.STP., M.Si.",
        "display": "Andi Arfah",
        "agency": "DISKOMINFO-MKS",
        "unit": "Bidang Informasi dan Komunikasi Publik",
        "position": "Pranata Humas Ahli Muda",
        "region": "73.71",
        "bio": "Anak Makassar | Humas | Ewako!",
        "location": "Makassar",
        "offset": "+08:00",
        "accounts": {
            "facebook": ("100041188201", "andi.arfah.mks"),
            "instagram": ("5521019931", "andiarfah_"),
            "x": ("1410022881", "arfah_daeng"),
            "threads": ("5521019932", "andiarfah_"),
        },
    },
    "nurbaya": {
        "nip": "197909232005012003",
        "name": "Hj. St. Nurbaya Daeng Kanang, S.Pd.",
        "display": "Nurbaya Dg Kanang",
        "agency": "DISDIK-MKS",
        "unit": "UPT SPF SD Inpres Mangasa",
        "position": "Guru Ahli Madya",
        "region": "73.71",
        "bio": "Guru SD | Ibu 3 anak | Tamalate",
        "location": "Makassar, Sulawesi Selatan",
        "offset": "+08:00",
        "accounts": {
            "facebook": ("100022309477", "nurbaya.dgkanang"),
            "tiktok": ("6801122334455", "bunur_tamalate"),
            "instagram": ("4410092231", "nurbaya_dgkanang"),
        },
    },
    "ilham": {
        "nip": "199102172019031005",
        "name": "Muh. Ilham Karaeng Sija, S.Kep., Ns.",
        "display": "Ilham Kr. Sija",
        "agency": "DINKES-MKS",
        "unit": "RSUD Daya",
        "position": "Perawat Ahli Pertama",
        "region": "73.71",
        "bio": "Nakes | RSUD | coto lover",
        "location": "Makassar",
        "offset": "+08:00",
        "accounts": {
            "instagram": ("7730019921", "ilham.krsija"),
            "x": ("1530091172", "ilhamkrsija"),
            "tiktok": ("6900881122001", "ners_ilham"),
            "threads": ("7730019922", "ilham.krsija"),
        },
    },
    "rahman": {
        "nip": "197306081998031004",
        "name": "Ir. Abdul Rahman Puang Lolo, M.T.",
        "display": "Abd Rahman Pg Lolo",
        "agency": "DPUTR-SULSEL",
        "unit": "Bidang Bina Marga",
        "position": "Teknik Jalan dan Jembatan Ahli Madya",
        "region": "73",
        "bio": "Orang Bone di Makassar",
        "location": "Sulawesi Selatan",
        "offset": "+08:00",
        "accounts": {
            "facebook": ("100009918273", "rahman.puanglolo"),
            "youtube": ("UCr4hm4nPgL0l0xx", "rahmanpuanglolo"),
            "x": ("991882771", "rahman_pglolo"),
        },
    },
    "wahyu": {
        "nip": "198512302009042002",
        "name": "Sri Wahyuningsih, S.E.",
        "display": "Sri Wahyu",
        "agency": "BPKAD-KLATEN",
        "unit": "Bidang Pendapatan",
        "position": "Analis Keuangan Pusat dan Daerah Ahli Muda",
        "region": "33.10",
        "bio": "Klaten bersinar 🌾 | ibu-ibu biasa",
        "location": "Klaten, Jawa Tengah",
        "offset": "+07:00",
        "accounts": {
            "facebook": ("100033871245", "sri.wahyu.klaten"),
            "instagram": ("3320018821", "sriwahyu_kltn"),
            "tiktok": ("6711009988771", "bu_wahyu85"),
        },
    },
    "bagus": {
        "nip": "199407212020121003",
        "name": "Bagus Setyo Nugroho, S.Kom.",
        "display": "Bagus S. Nugroho",
        "agency": "DISKOMINFO-KLATEN",
        "unit": "Bidang Aplikasi Informatika",
        "position": "Pranata Komputer Ahli Pertama",
        "region": "33.10",
        "bio": "wong Klaten | ngoding lan ngopi",
        "location": "Klaten",
        "offset": "+07:00",
        "accounts": {
            "x": ("1280077341", "bagus_sn"),
            "instagram": ("8830055120", "bagus.setyo"),
            "threads": ("8830055121", "bagus.setyo"),
            "bluesky": ("did:plc:bagussn7klaten", "bagussn.bsky.social"),
        },
    },
    "muhtarom": {
        "nip": "198006142006041007",
        "name": "H. Ahmad Muhtarom, S.Ag.",
        "display": "Ust. Ahmad Muhtarom",
        "agency": "KANKEMENAG-KLATEN",
        "unit": "MTs Negeri 3 Klaten",
        "position": "Guru Ahli Muda",
        "region": "33.10",
        "bio": "Guru madrasah | santri kalong | Wedi",
        "location": "Wedi, Klaten",
        "offset": "+07:00",
        "accounts": {
            "facebook": ("100018829911", "ahmad.muhtarom.wedi"),
            "youtube": ("UCmuhtaromWedi01", "ngajibarengustadz"),
            "tiktok": ("6609988112233", "ustadz_muhtarom"),
        },
    },
}

# Which platforms can carry which form of event.
FORM_PLATFORMS = {
    "post": ("facebook", "instagram", "x", "threads", "tiktok", "youtube", "bluesky"),
    "image": ("facebook", "instagram", "x", "threads", "bluesky"),
    "comment": ("facebook", "instagram", "tiktok", "youtube"),
    "reply": ("x", "threads", "bluesky", "facebook", "instagram"),
    "quote": ("x", "threads", "bluesky"),
    "share": ("facebook",),
}

NEWS = {"MKS": ("5550073711", "kabar_anging_mammiri"), "KLT": ("5550033100", "klaten_terkini")}

# ---------------------------------------------------------------------------------------------
# Labelled texts (written before the first run)
# ---------------------------------------------------------------------------------------------
TEXTS: list[dict] = []


def t(
    label, kind, form, who, when, text, *, on=None, tt=None, plat=None, alt=None, ocr=None, tg=()
):
    TEXTS.append(
        {
            "label": label,
            "kind": kind,
            "form": form,
            "who": who,
            "when": when,
            "text": text,
            "on": on,
            "tt": tt,
            "plat": plat,
            "alt": alt,
            "ocr": ocr,
            "tg": tuple(tg),
        }
    )


# ======================= SOUTH SULAWESI: Pilwalkot Makassar 2024 ============================
# ---- C: campaigning for a Makassar pair / the DPRD caleg / a party ----
t(
    "C",
    "slogan",
    "post",
    "arfah",
    "MKc",
    "Tabe' semua, tanggal 27 November jangan lupa ki' ke TPS. Pilih mi yang RAMAH, Daeng Rate–Karaeng Irfan, nomor 2! #RamahMakassar",
    tg=["MKS-P2"],
)
t(
    "C",
    "dialect",
    "comment",
    "nurbaya",
    "MKc",
    "Iye, hadir ka tadi sama ibu-ibu majelis taklim. Ewako Daeng Rate! ✌️",
    on="MKS-P2",
    tt="Kampanye akbar Daeng Rate–Karaeng Irfan di Lapangan Karebosi hari ini!",
    plat="facebook",
    tg=["MKS-P2"],
)
t(
    "C",
    "ballot",
    "post",
    "ilham",
    "MKc",
    "Kodong, sudah mi lima tahun jalan di Antang begitu-begitu ji. Makanya 27 November coblos ki' nomor 3, Andi Baso–Bunda Risma. BARIS bersama! 🙏",
    tg=["MKS-P3"],
)
t(
    "C",
    "slogan",
    "post",
    "rahman",
    "MKc",
    "Sebagai anak Makassar, saya yakin Puang Hasnah–Daeng Sikki yang bisa bikin kota ini harum lagi. Mari ki' dukung nomor 4! #MakassarHarum",
    plat="facebook",
    tg=["MKS-P4"],
)
t(
    "C",
    "image",
    "image",
    "nurbaya",
    "MKc",
    "Alhamdulillah solid ki' semua 💪",
    plat="facebook",
    alt="Foto guru-guru berbaju batik mengacungkan dua jari di depan posko relawan",
    ocr="SAHABAT DAENG RATE\nKECAMATAN TAMALATE\nSIAP MENANGKAN NOMOR 2",
    tg=["MKS-P2", "MKS-TIM2"],
)
t(
    "C",
    "image",
    "image",
    "arfah",
    "MKc",
    "Malam minggu ces 😎",
    plat="instagram",
    alt="Pemuda berpose mengacungkan satu jari sambil memegang kaos bergambar pasangan Andi Mappasessu–Nurul Aisyah",
    ocr="MAKASSAR SENADA #SessuNurul",
    tg=["MKS-P1"],
)
t(
    "C",
    "nickname",
    "post",
    "ilham",
    "MKn",
    "Baru pulang dari pendaftaran Puang Hasnah di KPU, ramai sekali. Insya Allah Makassar HARUM! Semoga lolos verifikasi, Puang 🤲",
    plat="instagram",
    tg=["MKS-P4"],
)
t(
    "C",
    "ballot",
    "reply",
    "ilham",
    "MKc",
    "Jelas mi nomor 1 bosku, Puang Sessu sudah terbukti kerjanya di Bappeda dulu. SENADA!",
    on="user",
    tt="Menurutmu siapa paling bagus di antara 4 paslon wali kota?",
    plat="x",
    tg=["MKS-P1"],
)
t(
    "C",
    "hashtag",
    "comment",
    "nurbaya",
    "MKc",
    "Masya Allah Bunda Risma, semoga ki' terpilih nah, doakan ki' semua guru honorer 🤲 #BARISMakassar",
    on="MKS-P3",
    tt="Bunda Risma menyapa pedagang Pasar Terong",
    plat="tiktok",
    tg=["MKS-P3"],
)
t(
    "C",
    "implicit",
    "quote",
    "arfah",
    "MKc",
    "Nonton ka tadi. Daeng Rate paling masuk akal jawabannya soal kanal. Sudah mi, RAMAH ji pilihanku.",
    on="news",
    tt="Debat perdana Pilwalkot Makassar: paslon adu gagasan soal banjir",
    plat="x",
    tg=["MKS-P2"],
)
t(
    "C",
    "ballot",
    "post",
    "rahman",
    "MKc",
    "Sallang kalau bukan Andi Baso yang jadi wali kota, proyek kanal Jongaya tidak akan selesai. Pilih BARIS, nomor 3! Ewako!",
    plat="x",
    tg=["MKS-P3"],
)
t(
    "C",
    "share",
    "share",
    "nurbaya",
    "MKc",
    "Ini mi yang kita' tunggu-tunggu. Coblos nomor 4 nah, sahabat guru! 💜",
    on="MKS-P4",
    tt="Puang Hasnah: pendidikan gratis sampai SMA untuk warga Makassar",
    tg=["MKS-P4"],
)
t(
    "C",
    "bugis",
    "post",
    "arfah",
    "MKc",
    "Resopa temmangingngi namalomo naletei pammase Dewata. Puang Sessu dan dokter Nurul sudah buktikan itu. 27 November, tusuk nomor satu, Makassar SENADA! 🇮🇩",
    plat="facebook",
    tg=["MKS-P1"],
)
t(
    "C",
    "dialect",
    "comment",
    "ilham",
    "MKc",
    "Iye, saya tim Karaeng Irfan ji 😁 nomor 2 pokoknya",
    on="user",
    tt="Siapa mi yang kalian pilih di pilwali? jujur ki",
    plat="instagram",
    tg=["MKS-P2"],
)
t(
    "C",
    "image",
    "image",
    "rahman",
    "MKc",
    "Kampanye akbar tadi sore, tumpah ruah! Kita' menang ji ini 🔥",
    plat="facebook",
    alt="Rombongan pegawai berbaju kotak-kotak berfoto di atas panggung kampanye di depan baliho besar",
    ocr="ANDI BASO – RISMA\nBARIS BERSAMA\nNo. 3",
    tg=["MKS-P3"],
)
t(
    "C",
    "implicit",
    "reply",
    "nurbaya",
    "MKc",
    "Rahasia ji 🤭 tapi yang pasti calon wali kota perempuan satu-satunya, yang suka blusukan ke puskesmas 😉",
    on="user",
    tt="Bu Nur, siapa jagoanta' di pilwali?",
    plat="facebook",
    tg=["MKS-P4"],
)
t(
    "C",
    "hashtag",
    "post",
    "ilham",
    "MKv",
    "Sudah ma nyoblos, jari ungu ✌️ #RamahMakassar",
    plat="instagram",
    tg=["MKS-P2"],
)
t(
    "C",
    "slogan",
    "post",
    "arfah",
    "MKq",
    "Masa tenang tapi hati tidak tenang 😅 Pokoknya besok, SENADA! ☝️",
    plat="x",
    tg=["MKS-P1"],
)
t(
    "C",
    "nickname",
    "post",
    "rahman",
    "MKr",
    "Alhamdulillah, hitung cepat sementara Daeng Rate–Karaeng Irfan unggul! Kawal terus suaranya sampai KPU, Sahabat Daeng Rate! #RamahMakassar",
    plat="facebook",
    tg=["MKS-P2", "MKS-TIM2"],
)
t(
    "C",
    "ballot",
    "comment",
    "nurbaya",
    "MKc",
    "Siap! Ajak mi keluarga ta' semua, nomor dua harga mati 💪",
    on="MKS-TIM2",
    tt="Sahabat Daeng Rate Tamalate siap door to door hari Minggu!",
    plat="facebook",
    tg=["MKS-P2", "MKS-TIM2"],
)
t(
    "C",
    "hashtag",
    "post",
    "ilham",
    "MKc",
    "anu... saya tidak mau banyak bicara, cuma mau bilang #BARISMakassar 🤫",
    plat="threads",
    tg=["MKS-P3"],
)
t(
    "C",
    "nickname",
    "post",
    "arfah",
    "MKc",
    "Puang Hasnah itu dosenku waktu di FK Unhas, orangnya baik sekali. Makanya saya dukung ki' Puang, semoga jadi wali kota 🤲",
    plat="instagram",
    tg=["MKS-P4"],
)
t(
    "C",
    "ballot",
    "comment",
    "rahman",
    "MKc",
    "Mantap Puang, lanjutkan! Warga Biringkanaya siap menangkan nomor 1",
    on="MKS-P1",
    tt="Live: Dialog Puang Sessu dengan petani Biringkanaya",
    plat="youtube",
    tg=["MKS-P1"],
)
t(
    "C",
    "hashtag",
    "post",
    "nurbaya",
    "MKc",
    "POV: guru SD yang sudah bulat pilihannya 😌 Andi Baso–Bunda Risma, BARIS! #BARISMakassar #fyp",
    plat="tiktok",
    tg=["MKS-P3"],
)
t(
    "C",
    "image",
    "image",
    "ilham",
    "MKc",
    "Helm baru 😎",
    plat="instagram",
    alt="Stiker kampanye ditempel di helm",
    ocr="HASNAH – ARIEF\nMAKASSAR HARUM\nCOBLOS NO. 4",
    tg=["MKS-P4"],
)
t(
    "C",
    "nickname",
    "post",
    "rahman",
    "MKn",
    "Karaeng Irfan mendampingi Daeng Rate, pasangan paling cocok! Semoga cepat ditetapkan KPU. Sahabat Daeng Rate siap bergerak!",
    plat="x",
    tg=["MKS-P2", "MKS-TIM2"],
)
t(
    "C",
    "implicit",
    "quote",
    "ilham",
    "MKc",
    "Sepakat, Daeng! Ini yang saya pilih 27 November ✌️",
    on="MKS-P2",
    tt="Daeng Rate: Makassar harus ramah untuk semua",
    plat="x",
    tg=["MKS-P2"],
)
t(
    "C",
    "ballot",
    "reply",
    "arfah",
    "MKc",
    "Bagus sekali mi. Coba ki' baca visi misinya Puang Hasnah, paling lengkap. Saya sudah yakin mi sama nomor 4.",
    on="user",
    tt="Nomor 4 itu katanya programnya bagus?",
    plat="threads",
    tg=["MKS-P4"],
)
t(
    "C",
    "caleg",
    "post",
    "arfah",
    "DPc",
    "Tabe, mohon doa dan dukungannya untuk sepupuku Puang Ajeng, caleg DPRD Kota Makassar Dapil 3 dari NasDem nomor urut 3. Orangnya amanah ji! #AjengUntukRakyat",
    plat="facebook",
    tg=["MKS-CAL", "NASDEM"],
)
t(
    "C",
    "caleg",
    "comment",
    "nurbaya",
    "DPc",
    "Semoga sukses ki' Puang, kami warga Tamamaung siap coblos ki'!",
    on="MKS-CAL",
    tt="Puang Ajeng silaturahmi dengan warga Tamamaung",
    plat="facebook",
    tg=["MKS-CAL"],
)
t(
    "C",
    "caleg",
    "image",
    "ilham",
    "DPc",
    "Dapat kalender gratis, dipajang mi di ruang tamu 😁 Mantap Puang Ajeng!",
    plat="instagram",
    alt="Kalender bergambar caleg perempuan berjilbab dengan logo partai",
    ocr="ANDI TENRI AJENG, S.E.\nCALEG DPRD KOTA MAKASSAR DAPIL 3\nNASDEM NO. 3\nCOBLOS!",
    tg=["MKS-CAL", "NASDEM"],
)
t(
    "C",
    "party",
    "post",
    "rahman",
    "2025-05-18",
    "Golkar ji dari dulu, bapakku Golkar, saya juga Golkar sampai mati 💛",
    plat="facebook",
    tg=["GOLKAR"],
)
t(
    "C",
    "party",
    "post",
    "arfah",
    "2024-06-03",
    "Selamat atas kemenangan NasDem di Sulsel! Terus bergerak, restorasi Indonesia 💙",
    plat="facebook",
    tg=["NASDEM"],
)
t(
    "C",
    "party",
    "comment",
    "nurbaya",
    "2024-07-11",
    "Alhamdulillah, PKS memang selalu hadir untuk rakyat. Saya bangga jadi simpatisan 🧡",
    on="PKS",
    tt="PKS Makassar gelar bakti sosial di Tallo",
    plat="facebook",
    tg=["PKS"],
)
t(
    "C",
    "party",
    "post",
    "ilham",
    "DPc",
    "Yang penting 14 Februari nanti coblos PSI nomor 15 😎 anak muda harus berani",
    plat="x",
    tg=["PSI"],
)
t(
    "C",
    "party",
    "image",
    "rahman",
    "2024-10-20",
    "Hadir di HUT Golkar, bersama keluarga besar 💛",
    plat="facebook",
    alt="Pegawai memakai kaos kuning berlogo pohon beringin di acara ulang tahun partai",
    ocr="HUT KE-60 PARTAI GOLKAR\nSUARA GOLKAR SUARA RAKYAT",
    tg=["GOLKAR"],
)
t(
    "C",
    "slogan",
    "post",
    "nurbaya",
    "MKc",
    "Ibu-ibu arisan RT 04, jangan lupa ki' nah: Puang Sessu–dokter Nurul. Sudah mi kita' sepakat tadi. Makassar SENADA!",
    plat="facebook",
    tg=["MKS-P1"],
)
t(
    "C",
    "ballot",
    "comment",
    "ilham",
    "MKc",
    "Sama ki' bro, 3 ji 😂 BARIS",
    on="user",
    tt="Tebak aku pilih nomor berapa di pilwali Makassar",
    plat="tiktok",
    tg=["MKS-P3"],
)
t(
    "C",
    "nickname",
    "post",
    "arfah",
    "MKc",
    "Daeng Rate itu orangnya merakyat, suka makan pallubasa di pinggir jalan sama warga. Pemimpin begini yang kita butuh. #RamahMakassar",
    plat="x",
    tg=["MKS-P2"],
)
t(
    "C",
    "implicit",
    "reply",
    "rahman",
    "MKc",
    "Netral ji di kantor. Tapi di hati tetap nomor 4, Puang Hasnah 😁",
    on="user",
    tt="Pak Rahman, ASN kan harus netral?",
    plat="facebook",
    tg=["MKS-P4"],
)
t(
    "C",
    "nickname",
    "post",
    "ilham",
    "MKc",
    "Terima kasih Bunda Risma sudah mampir di RSUD tadi, semoga menang nah Bunda 🤲",
    plat="instagram",
    tg=["MKS-P3"],
)
t(
    "C",
    "share",
    "share",
    "arfah",
    "MKc",
    "Bagikan mi ini. Yang begini yang nyata, bukan janji. Nomor satu!",
    on="MKS-P1",
    tt="Program Puang Sessu: 1000 beasiswa anak lorong",
    tg=["MKS-P1"],
)
t(
    "C",
    "slogan",
    "post",
    "nurbaya",
    "MKc",
    "Lagu kampanye Daeng Rate enak sekali, tiap hari saya putar 🎶 'RAMAH, RAMAH, Makassar RAMAH' ✌️ ayo mi!",
    plat="tiktok",
    tg=["MKS-P2"],
)
t(
    "C",
    "nickname",
    "comment",
    "rahman",
    "MKc",
    "Alhamdulillah, terus mi naik Andi Baso! Kita' kawal sampai menang.",
    on="news",
    tt="Survei: elektabilitas paslon 3 naik tajam",
    plat="facebook",
    tg=["MKS-P3"],
)
t(
    "C",
    "implicit",
    "post",
    "ilham",
    "MKc",
    "Buat teman-teman nakes: Puang Hasnah itu dokter, paham mi beliau soal puskesmas. Jangan ragu ki' pilih HARUM",
    plat="x",
    tg=["MKS-P4"],
)
t(
    "C",
    "slogan",
    "post",
    "arfah",
    "MKr",
    "Terima kasih warga Makassar sudah memilih Puang Sessu–dokter Nurul. Kita tunggu hasil resmi KPU, SENADA tetap di hati ☝️",
    plat="facebook",
    tg=["MKS-P1"],
)

# ---- N: close but not campaigning (Makassar) ----
t(
    "N",
    "reminder",
    "post",
    "arfah",
    "MKc",
    "Mengingatkan rekan ASN Pemkot: dilarang like, komen, share postingan paslon, termasuk memakai tagar #SessuNurul, #RamahMakassar, #BARISMakassar dan #MakassarHarum. Sanksinya berat! Netral ki' nah 🙏",
    plat="facebook",
)
t(
    "N",
    "news",
    "share",
    "rahman",
    "MKc",
    "Informasi untuk warga. Siapapun pilihanta', datang mi ke TPS tanggal 27 November.",
    on="news",
    tt="KPU Makassar tetapkan nomor urut: 1 Sessu–Nurul, 2 Rate–Irfan, 3 Baso–Risma, 4 Hasnah–Arief",
)
t(
    "N",
    "news",
    "post",
    "ilham",
    "MKc",
    "Debat kedua Pilwalkot malam ini jam 19.00, tayang di TVRI Sulsel. Temanya kesehatan, penting buat kita' nakes untuk nonton.",
    plat="x",
)
t(
    "N",
    "namesake",
    "post",
    "nurbaya",
    "MKc",
    "Selamat ulang tahun ke-7 Andi Baso, keponakanku yang paling bandel 🎂 Semoga jadi anak saleh nah, Nak",
    plat="facebook",
)
t(
    "N",
    "namesake",
    "post",
    "arfah",
    "MKc",
    "Daeng Rate, tukang becak langganan depan kantor, hari ini sakit kodong. Teman-teman yang mau bantu, bisa titip di pos satpam 🙏",
    plat="instagram",
)
t(
    "N",
    "namesake",
    "comment",
    "ilham",
    "MKc",
    "Mana Andi Baso? Dia ketua kelas ta' dulu, kenapa tidak datang 😂",
    on="user",
    tt="Reuni SMA angkatan 2008 🎉",
    plat="instagram",
)
t(
    "N",
    "number",
    "post",
    "nurbaya",
    "MKc",
    "Alhamdulillah anak-anak kelas 4 juara 2 lomba paduan suara tingkat kecamatan 🏆 Terima kasih orang tua murid atas dukungannya!",
    plat="tiktok",
)
t(
    "N",
    "number",
    "post",
    "rahman",
    "MKc",
    "Paket pekerjaan nomor 3 rehabilitasi jalan Maros–Bone sudah 80%. Tabe, pengguna jalan harap hati-hati.",
    plat="facebook",
)
t(
    "N",
    "othercontest",
    "post",
    "arfah",
    "MKc",
    "Pemilihan Ketua KORPRI Diskominfo hari ini: selamat kepada Pak Andi Ridwan yang terpilih! Nomor urut 2 menang tipis 😄",
    plat="facebook",
)
t(
    "N",
    "othercontest",
    "image",
    "nurbaya",
    "MKc",
    "Vote foto anak kami di lomba Duta Literasi ya, nomor 4 😍 caranya like postingan Dinas Perpustakaan",
    plat="facebook",
    alt="Foto siswi SD memegang buku",
    ocr="LOMBA DUTA LITERASI 2024\nPESERTA NO. 4\nNURHALIZA",
)
t(
    "N",
    "criticism",
    "post",
    "ilham",
    "MKc",
    "Baliho paslon di Jalan Perintis sudah tutupi lampu lalu lintas. Tolong mi Bawaslu ditertibkan, bahaya untuk pengendara.",
    plat="x",
)
t(
    "N",
    "sarcasm",
    "post",
    "rahman",
    "MKc",
    "Hebat mi, semua paslon janji Makassar bebas banjir. Tahun depan pasti kering semua mi kota, Daeng 🙄",
    plat="x",
)
t(
    "N",
    "sarcasm",
    "comment",
    "arfah",
    "MKc",
    "Gratis parkir, terus jukir mau makan apa? 😂 Janji kampanye memang manis kodong.",
    on="news",
    tt="Paslon 2 janji gratis parkir se-Makassar",
    plat="facebook",
)
t(
    "N",
    "question",
    "post",
    "nurbaya",
    "MKc",
    "Tabe, ada yang tahu kah kalau guru PNS boleh jadi saksi di TPS? Saya ditawari, tapi takut melanggar netralitas.",
    plat="facebook",
)
t(
    "N",
    "question",
    "comment",
    "ilham",
    "MKc",
    "Tabe Puang, kalau nakes PPPK bagaimana mi nasibnya? Minta penjelasan ji.",
    on="MKS-P4",
    tt="Puang Hasnah: kesejahteraan tenaga kesehatan jadi prioritas",
    plat="instagram",
)
t(
    "N",
    "conditional",
    "post",
    "arfah",
    "MKc",
    "Siapapun nanti yang menang, tolong mi perbaiki drainase di Antang. Itu ji permintaan warga.",
    plat="threads",
)
t(
    "N",
    "rejectquote",
    "post",
    "rahman",
    "MKc",
    "Ada yang kirim di grup WA kantor: 'Coblos nomor 2, Daeng Rate–Karaeng Irfan, RAMAH!' Tabe, ini grup dinas, jangan mi kirim begitu. Kita' ASN harus netral.",
    plat="facebook",
)
t(
    "N",
    "rejectquote",
    "post",
    "ilham",
    "MKc",
    "Ditawari jadi admin akun 'Sahabat Daeng Rate' sama teman. Saya tolak ji, ASN ka'. Maaf nah bro.",
    plat="x",
)
t(
    "N",
    "prayer",
    "post",
    "nurbaya",
    "MKq",
    "Semoga Pilwalkot Makassar besok aman, damai. Sipakatau, sipakainge, sipakalebbi. Beda pilihan tetap bersaudara 🤲",
    plat="facebook",
)
t(
    "N",
    "official",
    "post",
    "rahman",
    "MKn",
    "Peresmian Jembatan Barombong oleh Pj. Gubernur Sulsel, turut hadir Wakil Wali Kota Makassar dr. Hasnah Lamba dan Forkopimda.",
    plat="facebook",
)
t(
    "N",
    "official",
    "post",
    "arfah",
    "MKn",
    "Rapat koordinasi persiapan HUT Kota Makassar bersama Wakil Wali Kota dr. Hasnah Lamba di Balai Kota.",
    plat="instagram",
)
t(
    "N",
    "news",
    "post",
    "ilham",
    "MKr",
    "KPU Makassar: rekapitulasi selesai, partisipasi pemilih 61%. Terima kasih petugas KPPS yang begadang 🙏",
    plat="x",
)
t(
    "N",
    "news",
    "share",
    "rahman",
    "MKc",
    "Survei ji ini, belum tentu. Yang penting jangan golput.",
    on="news",
    tt="Survei Celebes Research: paslon 2 38%, paslon 3 29%, paslon 1 18%, paslon 4 15%",
)
t(
    "N",
    "neutral",
    "post",
    "nurbaya",
    "MKv",
    "Tugas jadi KPPS di TPS 12 Tamalate, dari subuh sampai subuh lagi 😵 Semangat teman-teman penyelenggara!",
    plat="tiktok",
)
t(
    "N",
    "namesake",
    "post",
    "rahman",
    "MKc",
    "Puang Hasnah, nenekku di Bone, hari ini genap 90 tahun. Panjang umur ki' Puang 🤲",
    plat="facebook",
)
t(
    "N",
    "sloganword",
    "post",
    "arfah",
    "MKc",
    "Alhamdulillah, Mal Pelayanan Publik Makassar dapat penilaian pelayanan paling ramah se-Sulsel dari Ombudsman. Terima kasih teman-teman petugas!",
    plat="facebook",
)
t(
    "N",
    "sloganword",
    "post",
    "nurbaya",
    "MKc",
    "Latihan baris-berbaris anak pramuka untuk upacara Hari Pahlawan, lucu sekali kodong 😂",
    plat="tiktok",
)
t(
    "N",
    "sloganword",
    "post",
    "ilham",
    "MKc",
    "Nasi kuning Daeng Kebo di Maccini, harum mi dari ujung lorong 😋",
    plat="instagram",
)
t(
    "N",
    "sloganword",
    "post",
    "rahman",
    "MKc",
    "Pernyataan senada disampaikan Kepala Dinas PU: perbaikan jalan provinsi selesai Desember.",
    plat="x",
)
t(
    "N",
    "neutral",
    "post",
    "arfah",
    "MKq",
    "Besok 27 November, libur nasional. Jangan golput ki' nah, datang mi ke TPS, pilih sesuai hati nurani.",
    plat="facebook",
)
t(
    "N",
    "criticism",
    "post",
    "ilham",
    "MKc",
    "Capek ma lihat timeline penuh buzzer empat paslon saling serang. Mending bahas coto.",
    plat="threads",
)
t(
    "N",
    "question",
    "post",
    "nurbaya",
    "MKc",
    "Anakku tanya, kenapa nomor urut paslon diundi? Ada yang bisa jelaskan dengan bahasa anak SD? 😅",
    plat="facebook",
)
t(
    "N",
    "news",
    "post",
    "rahman",
    "DPc",
    "Daftar Calon Tetap DPRD Kota Makassar sudah diumumkan KPU, bisa dicek di papan pengumuman kelurahan.",
    plat="facebook",
)
t(
    "N",
    "namesake",
    "post",
    "nurbaya",
    "DPc",
    "Selamat kepada Andi Ajeng, murid kelas 6, juara 1 lomba pidato bahasa Makassar! 🏆",
    plat="facebook",
)
t(
    "N",
    "partynews",
    "post",
    "arfah",
    "2025-04-05",
    "Rapat kerja Golkar digelar di Makassar, jalan di sekitar hotel di Jl. AP Pettarani ditutup sementara. Cari jalan alternatif nah.",
    plat="x",
)
t(
    "N",
    "criticism",
    "post",
    "rahman",
    "MKc",
    "Partai mana pun sama ji, kalau sudah menang lupa mi janji. Makanya saya malas bahas politik.",
    plat="x",
)
t(
    "N",
    "number",
    "post",
    "ilham",
    "MKc",
    "Antrian poli jantung hari ini sampai nomor 134, sabar ki' kodong pasien 🙏",
    plat="x",
)
t(
    "N",
    "namesake",
    "post",
    "arfah",
    "MKc",
    "Ke Galesong jenguk Karaeng Tompo, kakekku, sudah mulai sembuh Alhamdulillah.",
    plat="facebook",
)
t(
    "N",
    "namesake",
    "post",
    "nurbaya",
    "MKc",
    "Daeng Sikki, tukang jahit depan sekolah, sudah selesai jahit seragam anak-anak. Rapi sekali, ces! Recommended 👍",
    plat="facebook",
)
t(
    "N",
    "neutral",
    "post",
    "ilham",
    "MKc",
    "Info: yang pindah memilih harus urus form A5 paling lambat 7 hari sebelum pemungutan. Jangan sampai tidak bisa coblos.",
    plat="x",
)
t(
    "N",
    "rejectquote",
    "reply",
    "nurbaya",
    "MKc",
    "Tabe, tidak bisa ka' ikut, ASN ka'. Terima kasih ajakannya nah 🙏",
    on="user",
    tt="Bu Nur, ikut ki' kampanye Puang Sessu besok, ada baju gratis",
    plat="facebook",
)
t(
    "N",
    "sarcasm",
    "share",
    "rahman",
    "MKc",
    "100 hari? Lampu merah Urip saja 10 tahun tidak beres 🤣",
    on="MKS-P3",
    tt="Andi Baso: Makassar bebas macet dalam 100 hari!",
)
t(
    "N",
    "question",
    "post",
    "arfah",
    "MKc",
    "Debat tadi malam, menurut ki' siapa yang paling jelas soal banjir? Serius nanya, belum ada pilihan ka.",
    plat="threads",
)
t(
    "N",
    "news",
    "post",
    "nurbaya",
    "MKr",
    "KPU sudah tetapkan hasil. Selamat bekerja untuk wali kota dan wakil wali kota terpilih. Yang kalah, sabar ki'. Kita' tetap satu Makassar 🙏",
    plat="facebook",
)
t(
    "N",
    "prayer",
    "post",
    "rahman",
    "MKc",
    "Mabbulo sibatang ki' semua, jangan sampai karena pilwali keluarga bermusuhan. Pilihan boleh beda, silaturahmi tetap.",
    plat="facebook",
)
t(
    "N",
    "reminder",
    "image",
    "ilham",
    "MKc",
    "Pengingat buat kita' semua 🙏",
    plat="instagram",
    alt="Poster imbauan netralitas ASN dari BKN",
    ocr="ASN NETRAL\nDILARANG: FOTO BERSAMA PASLON, POSE JARI, LIKE & SHARE POSTINGAN KAMPANYE\n#ASNNetral",
)
t(
    "N",
    "official",
    "post",
    "arfah",
    "MKn",
    "Liputan: Wakil Wali Kota dr. Hasnah Lamba menyerahkan bantuan alat tulis ke 50 sekolah di Kecamatan Tallo. #DiskominfoMakassar",
    plat="facebook",
)

# ---- A: ambiguous (Makassar) ----
t(
    "A",
    "ambiguous",
    "post",
    "arfah",
    "MKc",
    "Baru ma pulang dari Pasar Terong, ketemu Bunda Risma. Orangnya ramah sekali ji ternyata 😊",
    plat="instagram",
    tg=["MKS-P3"],
)
t(
    "A",
    "ambiguous",
    "post",
    "nurbaya",
    "MKc",
    "Yang penting pemimpinnya perempuan, itu ji saya mau 😌",
    plat="facebook",
    tg=["MKS-P4"],
)
t(
    "A",
    "ambiguous",
    "image",
    "ilham",
    "MKc",
    "☝️",
    plat="x",
    alt="Selfie dengan jari telunjuk terangkat di depan Balai Kota",
    tg=["MKS-P1"],
)
t(
    "A",
    "ambiguous",
    "post",
    "rahman",
    "MKr",
    "Selamat Daeng Rate–Karaeng Irfan atas kemenangan di Pilwalkot Makassar. Semoga amanah.",
    plat="facebook",
    tg=["MKS-P2"],
)
t(
    "A",
    "ambiguous",
    "post",
    "arfah",
    "MKc",
    "Kalau saya bukan ASN, sudah mi saya pakai kaos BARIS tiap hari 😅",
    plat="x",
    tg=["MKS-P3"],
)

# ---- O: campaign-like, outside every named actor's window (Makassar) ----
t(
    "O",
    "outside",
    "post",
    "ilham",
    "2024-06-14",
    "Puang Hasnah maju wali kota? Setuju sekali ka'! Dukung ki' Puang 🤲",
    plat="x",
    tg=["MKS-P4"],
)
t(
    "O",
    "outside",
    "post",
    "nurbaya",
    "2024-07-20",
    "Daeng Rate cocok mi jadi wali kota Makassar, orangnya merakyat ji. Ewako Daeng!",
    plat="facebook",
    tg=["MKS-P2"],
)
t(
    "O",
    "outside",
    "post",
    "arfah",
    "2025-03-10",
    "Masih ingat kampanye Andi Baso–Bunda Risma kemarin, tetap di hati ki' walaupun kalah 💚",
    plat="instagram",
    tg=["MKS-P3"],
)
t(
    "O",
    "outside",
    "post",
    "rahman",
    "2024-05-02",
    "Dengar-dengar Puang Sessu mau maju wali kota. Kalau jadi maju, saya siap dukung penuh!",
    plat="facebook",
    tg=["MKS-P1"],
)
t(
    "O",
    "outside",
    "post",
    "ilham",
    "2025-02-20",
    "Wali kota baru sudah dilantik. Bangga ka' pernah pilih Daeng Rate–Karaeng Irfan. Ewako terus!",
    plat="threads",
    tg=["MKS-P2"],
)

# ======================= CENTRAL JAVA: Pilbup Klaten 2024 ==================================
# ---- C ----
t(
    "C",
    "ballot",
    "post",
    "wahyu",
    "KLc",
    "Monggo sedoyo warga Klaten, tanggal 27 November coblos nomer kalih: Mbak Ayu lan Pakdhe Tris. Klaten SAE! 🙏",
    plat="facebook",
    tg=["KLT-P2"],
)
t(
    "C",
    "slogan",
    "post",
    "muhtarom",
    "KLc",
    "Pilihan kula sampun mantep: Pakdhe Joko kaliyan Bu Nyai Umi. Klaten JOSS! #JokoUmiJoss",
    plat="facebook",
    tg=["KLT-P3"],
)
t(
    "C",
    "ballot",
    "post",
    "bagus",
    "KLc",
    "Aja lali, 27 November nomer siji! Mas Bambang–Gus Faiz, #KlatenBagus 👆",
    plat="x",
    tg=["KLT-P1"],
)
t(
    "C",
    "krama",
    "comment",
    "wahyu",
    "KLc",
    "Mugi-mugi kepilih nggih Mbak Ayu, kula sekeluarga nderek nomer kalih 🙏",
    on="KLT-P2",
    tt="Mbak Ayu blusukan Pasar Gedhe Klaten",
    plat="instagram",
    tg=["KLT-P2"],
)
t(
    "C",
    "krama",
    "comment",
    "muhtarom",
    "KLc",
    "Amiin, mugi Gusti Allah paring kemenangan kagem Pakdhe Joko lan Bu Nyai Umi. Santri siap nyengkuyung!",
    on="KLT-P3",
    tt="Live: Pakdhe Joko & Bu Nyai Umi sowan Ponpes Al-Muttaqin",
    plat="youtube",
    tg=["KLT-P3"],
)
t(
    "C",
    "image",
    "image",
    "bagus",
    "KLc",
    "Bocah-bocah wis siap 🔥",
    plat="instagram",
    alt="Beberapa pemuda berpose mengacungkan satu jari di depan baliho pasangan calon",
    ocr="KLATEN BAGUS\nBAMBANG – FAIZ\nNO. 1",
    tg=["KLT-P1"],
)
t(
    "C",
    "hashtag",
    "post",
    "wahyu",
    "KLc",
    "Ibu-ibu PKK RT 03 sampun sepakat, pilihane Mbak Ayu. Wong wadon kudu milih wong wadon 💪 #AyuTris",
    plat="tiktok",
    tg=["KLT-P2"],
)
t(
    "C",
    "nickname",
    "reply",
    "bagus",
    "KLc",
    "Ya jelas Mas Bams lah, wong jenengku wae wis Bagus 😂 nomer siji!",
    on="user",
    tt="Mas Bagus pilbup milih sapa?",
    plat="threads",
    tg=["KLT-P1"],
)
t(
    "C",
    "share",
    "share",
    "muhtarom",
    "KLc",
    "Puniko program ingkang dipun tenggo para ustadz. Monggo dipun dukung, nomer tiga!",
    on="KLT-P3",
    tt="Visi misi Pakdhe Joko–Bu Nyai Umi: madrasah diniyah gratis",
    tg=["KLT-P3"],
)
t(
    "C",
    "implicit",
    "quote",
    "bagus",
    "KLc",
    "Iki lho calon sing paham digital. Wis, Mas Bambang wae 👆 #KlatenBagus",
    on="news",
    tt="Debat Pilbup Klaten: Bambang paparkan program internet desa",
    plat="x",
    tg=["KLT-P1"],
)
t(
    "C",
    "implicit",
    "post",
    "wahyu",
    "KLq",
    "Sesuk nyoblos, aja lali nggih sedulur, sing wadon dhewe, nomer loro 😉",
    plat="facebook",
    tg=["KLT-P2"],
)
t(
    "C",
    "nickname",
    "post",
    "muhtarom",
    "KLv",
    "Alhamdulillah sampun nyoblos, mugi Pakdhe Joko menang. Bismillah JOSS!",
    plat="tiktok",
    tg=["KLT-P3"],
)
t(
    "C",
    "team",
    "comment",
    "bagus",
    "KLc",
    "Wedi siap, Lur! Ayo gas pol 👆",
    on="KLT-TIM1",
    tt="Sedulur Mas Bambang Kecamatan Wedi siap menangkan nomor 1",
    plat="instagram",
    tg=["KLT-P1", "KLT-TIM1"],
)
t(
    "C",
    "krama",
    "post",
    "wahyu",
    "KLc",
    "Nyuwun donga pangestunipun, mugi Mbak Ayu lan Pakdhe Tris saged mimpin Klaten. Klaten SAE!",
    plat="facebook",
    tg=["KLT-P2"],
)
t(
    "C",
    "image",
    "image",
    "muhtarom",
    "KLc",
    "Kenang-kenangan sowan Bu Nyai Umi, mugi lancar nggih Bu 🤲",
    plat="facebook",
    alt="Guru madrasah berseragam batik berfoto bersama Bu Nyai Umi sambil mengacungkan tiga jari",
    tg=["KLT-P3"],
)
t(
    "C",
    "ballot",
    "post",
    "bagus",
    "KLc",
    "Klaten butuh wong enom. Mas Bambang–Gus Faiz wis mbuktekke. Coblos nomer siji, aja ragu! #KlatenBagus",
    plat="bluesky",
    tg=["KLT-P1"],
)
t(
    "C",
    "ballot",
    "reply",
    "wahyu",
    "KLc",
    "Kalih, Bu 😊 ampun kesupen nggih",
    on="user",
    tt="Bu Wahyu, pilbup mangke nomer pinten?",
    plat="facebook",
    tg=["KLT-P2"],
)
t(
    "C",
    "ballot",
    "comment",
    "muhtarom",
    "KLc",
    "Alhamdulillah, terus berjuang Pakdhe! Santri Klaten siap menangkan nomor 3",
    on="news",
    tt="Survei: Joko–Umi unggul tipis di Klaten Selatan",
    plat="facebook",
    tg=["KLT-P3"],
)
t(
    "C",
    "slogan",
    "post",
    "bagus",
    "KLn",
    "Mas Bambang resmi daftar ke KPU Klaten bareng Gus Faiz! Pasangan paling komplit: nasionalis-religius. Klaten BAGUS 🔥",
    plat="x",
    tg=["KLT-P1"],
)
t(
    "C",
    "nickname",
    "post",
    "wahyu",
    "KLc",
    "Pakdhe Tris iku tanggaku, wonge jujur, sregep, ora tau neko-neko. Pantes dadi wakil bupati. Nomer loro, monggo!",
    plat="instagram",
    tg=["KLT-P2"],
)
t(
    "C",
    "krama",
    "post",
    "muhtarom",
    "KLc",
    "Pengajian Ahad Pon: Bu Nyai Umi paring tausiyah. Sampun wayahipun Klaten dipimpin tiyang ingkang ngertos agami. Monggo coblos nomer tigo.",
    plat="youtube",
    tg=["KLT-P3"],
)
t(
    "C",
    "nickname",
    "comment",
    "bagus",
    "KLc",
    "Gaskeun! Mas Bams 👆👆 aja nganti kalah",
    on="user",
    tt="Video joget kampanye nomer 1 neng Alun-alun",
    plat="instagram",
    tg=["KLT-P1"],
)
t(
    "C",
    "ballot",
    "post",
    "wahyu",
    "KLc",
    "Tutorial lipat surat suara sing bener 😁 ... coblos sing nomer 2 ya, Lur! #AyuTris",
    plat="tiktok",
    tg=["KLT-P2"],
)
t(
    "C",
    "slogan",
    "post",
    "muhtarom",
    "KLr",
    "Alhamdulillah versi C1 sementara Pakdhe Joko–Bu Nyai Umi unggul wonten Kecamatan Wedi. Tetep kawal, santri JOSS!",
    plat="facebook",
    tg=["KLT-P3"],
)
t(
    "C",
    "image",
    "image",
    "bagus",
    "KLc",
    "Sebarke, Lur!",
    plat="x",
    alt="Flyer kampanye",
    ocr="AJA LALI\n27.11.2024\nCOBLOS NO. 1\nMAS BAMBANG – GUS FAIZ",
    tg=["KLT-P1"],
)
t(
    "C",
    "hashtag",
    "post",
    "wahyu",
    "KLc",
    "Mbak Ayu niku inspirasi kagem ibu-ibu Klaten. Mboten wonten alesan mboten milih Mbak Ayu 💐 #KlatenSae",
    plat="facebook",
    tg=["KLT-P2"],
)
t(
    "C",
    "ballot",
    "comment",
    "muhtarom",
    "KLc",
    "Sae sanget Pakdhe! Bayat nomer 3 kabeh 🔥",
    on="KLT-P3",
    tt="Pakdhe Joko nyanyi campursari bareng warga Bayat",
    plat="tiktok",
    tg=["KLT-P3"],
)
t(
    "C",
    "nickname",
    "post",
    "bagus",
    "KLq",
    "Masa tenang, tapi atiku wis mantep karo Mas Bambang. Ora usah akeh omong, sesuk coblos wae 👆",
    plat="threads",
    tg=["KLT-P1"],
)
t(
    "C",
    "caleg",
    "post",
    "muhtarom",
    "DPc",
    "Nyuwun donga lan dukunganipun kagem Gus Hanif Mustofa, caleg DPRD Klaten Dapil 2 saking PKB nomer urut 1. Gus ingkang tawadhu, mugi dados wakil rakyat ingkang amanah. #GusHanifDPRD",
    plat="facebook",
    tg=["KLT-CAL", "PKB"],
)
t(
    "C",
    "caleg",
    "comment",
    "wahyu",
    "DPc",
    "Sukses Gus, Ceper siap nyoblos panjenengan! 🤲",
    on="KLT-CAL",
    tt="Gus Hanif silaturahmi kaliyan petani Ceper",
    plat="facebook",
    tg=["KLT-CAL"],
)
t(
    "C",
    "caleg",
    "image",
    "bagus",
    "DPc",
    "Kaos anyar soko Gus Hanif 😎 Siap!",
    plat="instagram",
    alt="Kaos kampanye digantung di lemari",
    ocr="COBLOS PKB NO. 1\nGUS HANIF MUSTOFA\nDPRD KLATEN DAPIL 2",
    tg=["KLT-CAL", "PKB"],
)
t(
    "C",
    "party",
    "post",
    "wahyu",
    "2025-06-01",
    "Sak lawase aku tetep banteng! Merah iku getihku 🐂❤️ PDI Perjuangan ing ati",
    plat="facebook",
    tg=["PDIP"],
)
t(
    "C",
    "party",
    "post",
    "muhtarom",
    "2024-04-20",
    "Alhamdulillah PKB juara ing Klaten. Matur nuwun warga NU, PKB tetep rumah besar kita 💚",
    plat="facebook",
    tg=["PKB"],
)
t(
    "C",
    "party",
    "post",
    "bagus",
    "DPc",
    "Pokoke 14 Februari coblos Gerindra nomer 2, Indonesia maju! 🦅",
    plat="x",
    tg=["GERINDRA"],
)
t(
    "C",
    "party",
    "comment",
    "wahyu",
    "2025-01-10",
    "Merdeka!!! Salam satu jalur, banteng Klaten ora bakal kalah 🐂",
    on="PDIP",
    tt="Rakercab PDI Perjuangan Klaten",
    plat="instagram",
    tg=["PDIP"],
)
t(
    "C",
    "party",
    "post",
    "muhtarom",
    "DPc",
    "PPP nomer 17, partai Ka'bah, partai para ulama. Ayo dukung!",
    plat="tiktok",
    tg=["PPP"],
)
t(
    "C",
    "party",
    "post",
    "bagus",
    "2025-08-15",
    "Jujur, PSI saiki paling ngerti anak muda. Aku wis daftar dadi simpatisan 🌹",
    plat="bluesky",
    tg=["PSI"],
)
t(
    "C",
    "nickname",
    "post",
    "wahyu",
    "KLc",
    "Wis wayahe Klaten dipimpin wanita. Mbak Ayu, panjenengan mesti menang! 💪",
    plat="instagram",
    tg=["KLT-P2"],
)
t(
    "C",
    "krama",
    "post",
    "muhtarom",
    "KLn",
    "Alhamdulillah Pakdhe Joko lan Bu Nyai Umi sampun dipun tetepaken KPU dados paslon. Mugi lancar ngantos dados Bupati lan Wakil Bupati Klaten. Amin.",
    plat="facebook",
    tg=["KLT-P3"],
)
t(
    "C",
    "nickname",
    "reply",
    "bagus",
    "KLc",
    "Programe mantep, internet gratis neng saben desa. Aku yakin karo Mas Bambang, ora bakal kecewa 👆",
    on="user",
    tt="Calon nomer siji kuwi piye to programe?",
    plat="x",
    tg=["KLT-P1"],
)
t(
    "C",
    "slogan",
    "post",
    "wahyu",
    "KLc",
    "Jogetan 'Ayu Tris Klaten SAE' versi kantor 😂💃",
    plat="tiktok",
    tg=["KLT-P2"],
)
t(
    "C",
    "ballot",
    "comment",
    "muhtarom",
    "KLc",
    "Bu Nyai Umi paling mantep jawabane. Nomer 3 JOSS!",
    on="news",
    tt="Debat kedua Pilbup Klaten",
    plat="youtube",
    tg=["KLT-P3"],
)

# ---- N (Klaten) ----
t(
    "N",
    "reminder",
    "post",
    "bagus",
    "KLc",
    "Kanca-kanca ASN Pemkab Klaten, eling: ora oleh like, komen, share postingan paslon. Termasuk nganggo tagar #KlatenBagus, #AyuTris, #JokoUmiJoss. Netral iku kewajiban 🙏",
    plat="x",
)
t(
    "N",
    "reminder",
    "image",
    "wahyu",
    "KLc",
    "Mohon dipun waos lan dipun tindakaken nggih, kanca-kanca BPKAD 🙏",
    plat="facebook",
    alt="Foto surat edaran Bupati",
    ocr="SURAT EDARAN NOMOR 800/1234/2024 TENTANG NETRALITAS ASN DALAM PILKADA 2024\nASN DILARANG MENGGUNAKAN ATRIBUT PASLON, MEMBERIKAN DUKUNGAN MELALUI MEDIA SOSIAL, MEMASANG SIMBOL JARI",
)
t(
    "N",
    "namesake",
    "post",
    "wahyu",
    "KLc",
    "Mas Bambang, bakul bakso langganan kantor, wis bukak maneh sakwise operasi. Monggo dipun larisi, kuahe tetep mantep 🍜",
    plat="facebook",
)
t(
    "N",
    "namesake",
    "post",
    "muhtarom",
    "KLc",
    "Ngaturaken sugeng tanggap warsa kagem Gus Faiz, putra kula ingkang kaping kalih, yuswa 5 taun. Mugi dados lare sholih 🤲",
    plat="facebook",
)
t(
    "N",
    "sloganword",
    "post",
    "bagus",
    "KLc",
    "Bagus banget sunset neng Rowo Jombor sore iki 🌅",
    plat="instagram",
)
t(
    "N",
    "sloganword",
    "post",
    "muhtarom",
    "KLc",
    "Resep wedang uwuh, rasane joss tenan kanggo musim udan ☕",
    plat="tiktok",
)
t(
    "N",
    "sloganword",
    "post",
    "wahyu",
    "KLc",
    "Pelayanan samsat keliling dinten niki sae sanget, antrian cepet. Matur nuwun 🙏",
    plat="instagram",
)
t(
    "N",
    "news",
    "post",
    "bagus",
    "KLc",
    "Debat perdana Pilbup Klaten sesuk bengi jam 19.00, live neng TV lokal. Monggo ditonton ben ngerti visi misi kabeh paslon.",
    plat="threads",
)
t(
    "N",
    "news",
    "share",
    "wahyu",
    "KLc",
    "Survei namung survei. Sing penting sesuk tanggal 27 teka neng TPS nggih.",
    on="news",
    tt="Survei: Ayu–Tris 41%, Bambang–Faiz 35%, Joko–Umi 24%",
)
t(
    "N",
    "news",
    "post",
    "muhtarom",
    "KLr",
    "KPU Klaten sampun netepaken asil rekapitulasi. Sugeng makarya kagem Bupati lan Wakil Bupati terpilih. Sing kalah legawa, sing menang ngayomi. Klaten tetep guyub.",
    plat="facebook",
)
t(
    "N",
    "prayer",
    "post",
    "wahyu",
    "KLq",
    "Nyuwun donga pangestunipun sedaya, mugi Pilkada Klaten lancar, aman, guyub rukun. Beda pilihan ampun ngantos pecah paseduluran 🙏",
    plat="facebook",
)
t(
    "N",
    "neutral",
    "post",
    "muhtarom",
    "KLq",
    "Dipun aturi sedaya warga rawuh wonten TPS tanggal 27 November. Milih miturut ati nurani, ampun golput.",
    plat="facebook",
)
t(
    "N",
    "official",
    "post",
    "bagus",
    "KLn",
    "Wakil Bupati Klaten Bambang Wijanarko mbukak Klaten Expo 2024 neng Alun-alun, 120 UMKM melu pameran. #DiskominfoKlaten",
    plat="x",
)
t(
    "N",
    "othercontest",
    "post",
    "wahyu",
    "2023-10-15",
    "Pilkades Jomboran: coblos nomer 2 Pak Harjono, wonge jujur lan sregep!",
    plat="facebook",
)
t(
    "N",
    "othercontest",
    "post",
    "bagus",
    "KLc",
    "Ayo vote video Desa Wisata Ponggok nomer 3 neng lomba desa wisata! Caranya like postingan panitia 🙏",
    plat="instagram",
)
t(
    "N",
    "othercontest",
    "post",
    "muhtarom",
    "KLc",
    "Pemilihan ketua KKG PAI Kecamatan Wedi: selamat dhumateng Ustadz Joko Susilo ingkang kapilih kanthi 23 swanten.",
    plat="facebook",
)
t(
    "N",
    "criticism",
    "post",
    "wahyu",
    "KLc",
    "APK paslon dipasang neng wit-witan pinggir dalan, iku ngrusak wit lho. Bawaslu monggo ditertibke.",
    plat="tiktok",
)
t(
    "N",
    "sarcasm",
    "post",
    "bagus",
    "KLc",
    "Kabeh paslon janji lapangan kerja 10 ewu. Nek ditotal 30 ewu, Klaten dadi Silicon Valley 🙃",
    plat="x",
)
t(
    "N",
    "sarcasm",
    "post",
    "bagus",
    "KLc",
    "Klaten SAE jarene, tapi dalan Cawas isih bolong kabeh. Sae saka ngendi? 🙄",
    plat="threads",
)
t(
    "N",
    "question",
    "post",
    "wahyu",
    "KLc",
    "Nyuwun pirsa, ASN angsal dados saksi TPS mboten nggih? Wonten ingkang ngertos aturanipun?",
    plat="facebook",
)
t(
    "N",
    "question",
    "comment",
    "muhtarom",
    "KLc",
    "Nyuwun pirsa, guru ngaji ingkang dereng gadhah SK punapa ugi angsal?",
    on="KLT-P1",
    tt="Mas Bambang: insentif guru ngaji naik 2x lipat",
    plat="facebook",
)
t(
    "N",
    "conditional",
    "post",
    "bagus",
    "KLc",
    "Sapa wae sing dadi bupati, tulung dalan Klaten–Cawas didandani. Wis kesuwen rusak.",
    plat="x",
)
t(
    "N",
    "rejectquote",
    "post",
    "wahyu",
    "KLc",
    "Wonten ingkang ngintun broadcast 'Aja lali coblos nomer kalih, Mbak Ayu–Pakdhe Tris' wonten grup PKK. Nyuwun sewu, kula ASN, mboten saged tumut-tumut. Mangga grup PKK kangge kegiatan PKK mawon 🙏",
    plat="facebook",
)
t(
    "N",
    "rejectquote",
    "post",
    "muhtarom",
    "KLc",
    "Ditawani dadi tim sukses Sedulur Mas Bambang, kula tolak kanthi alus. ASN kudu netral, Lur.",
    plat="tiktok",
)
t(
    "N",
    "news",
    "post",
    "bagus",
    "DPn",
    "DCT DPRD Klaten wis diumumke KPU, ratusan caleg rebutan 50 kursi. Cek jenenge caleg dapilmu neng web KPU.",
    plat="x",
)
t(
    "N",
    "namesake",
    "post",
    "wahyu",
    "DPc",
    "Selamat wisuda tahfidz 30 juz, Gus Hanif, putranipun Pak Lurah Tegalyoso, yuswa 12 taun. Masya Allah 🤲",
    plat="instagram",
)
t(
    "N",
    "official",
    "post",
    "muhtarom",
    "DPn",
    "Anggota DPRD Klaten Gus Hanif Mustofa nyerahaken bantuan sarpras dhateng MI Ma'arif Ceper saking program aspirasi dewan.",
    plat="facebook",
)
t(
    "N",
    "number",
    "post",
    "wahyu",
    "KLc",
    "Loket 2 BPKAD ditutup sementara, pelayanan PBB pindah neng loket 1 nggih.",
    plat="facebook",
)
t(
    "N",
    "number",
    "post",
    "muhtarom",
    "KLc",
    "Alhamdulillah MTs kami juara 1 lomba MTQ tingkat kabupaten, juara 3 pidato bahasa Jawa 🏆",
    plat="tiktok",
)
t(
    "N",
    "number",
    "post",
    "bagus",
    "KLc",
    "Sesuk final tarkam: Persiwedi nomer siji neng klasemen! Aja lali nonton, Lur ⚽",
    plat="x",
)
t(
    "N",
    "criticism",
    "post",
    "wahyu",
    "KLc",
    "Sedih ndelok grup WA keluarga padu mergo beda pilihan bupati. Wis to, sing rukun wae.",
    plat="tiktok",
)
t(
    "N",
    "neutral",
    "post",
    "muhtarom",
    "KLc",
    "Tata cara nyoblos ingkang leres: surat suara dipun coblos wonten gambar paslon, mboten kenging dipun coblos kalih. Video niki kangge edukasi pemilih pemula.",
    plat="youtube",
)
t(
    "N",
    "namesake",
    "post",
    "bagus",
    "KLc",
    "Pakdhe Joko, pakdhe-ku dhewe sing neng Boyolali, ulang tahun kaping 70. Sehat terus Pakdhe! 🎂",
    plat="instagram",
)
t(
    "N",
    "namesake",
    "post",
    "muhtarom",
    "KLc",
    "Innalillahi wa inna ilaihi raji'un. Bu Nyai Rohmah, pengasuh pondok putri Al-Hikmah, kapundhut dhateng Gusti Allah.",
    plat="facebook",
)
t(
    "N",
    "partynews",
    "post",
    "wahyu",
    "2025-01-12",
    "Dalan Pemuda ditutup sesuk esuk merga ana jalan sehat HUT PDI Perjuangan, golek dalan alternatif nggih.",
    plat="facebook",
)
t(
    "N",
    "criticism",
    "post",
    "bagus",
    "KLc",
    "Partai iku kabeh podo wae, nek wis lungguh lali karo rakyat.",
    plat="x",
)
t(
    "N",
    "official",
    "post",
    "bagus",
    "KLn",
    "Rakor persiapan Pilkada bareng Forkopimda, dipimpin Pj Bupati. KPU lan Bawaslu Klaten ugi rawuh.",
    plat="threads",
)
t(
    "N",
    "news",
    "post",
    "bagus",
    "KLr",
    "Partisipasi pemilih Pilbup Klaten 78%, paling dhuwur se-Soloraya. Matur nuwun KPPS 🙏",
    plat="x",
)
t(
    "N",
    "neutral",
    "post",
    "wahyu",
    "KLc",
    "Monggo mampir stand UMKM binaan neng Klaten Expo, ana batik Bayat lan lurik Pedan 😍",
    plat="instagram",
)
t(
    "N",
    "sloganword",
    "post",
    "muhtarom",
    "KLc",
    "Pilihan kula kagem menu syukuran: sego liwet lan garang asem. Sae to? 😄",
    plat="facebook",
)

# ---- A (Klaten) ----
t(
    "A",
    "ambiguous",
    "post",
    "bagus",
    "KLc",
    "Capaian SAKIP Klaten BAGUS tahun iki, predikat A! Matur nuwun kanca-kanca Diskominfo 💪",
    plat="x",
    tg=["KLT-P1"],
)
t(
    "A",
    "ambiguous",
    "image",
    "wahyu",
    "KLc",
    "Arisan RT sore iki, seneng-seneng 😄",
    plat="instagram",
    alt="Foto ibu-ibu berjilbab merah mengacungkan dua jari sambil tersenyum",
    tg=["KLT-P2"],
)
t(
    "A",
    "ambiguous",
    "post",
    "muhtarom",
    "KLc",
    "Pemimpin ingkang sae inggih punika ingkang ngertos agami lan caket kaliyan ulama.",
    plat="facebook",
    tg=["KLT-P3"],
)
t(
    "A",
    "ambiguous",
    "post",
    "bagus",
    "KLr",
    "Sugeng Mas Bambang, selamat atas kemenangane. Klaten BAGUS kudu kebukti!",
    plat="threads",
    tg=["KLT-P1"],
)

# ---- O (Klaten) ----
t(
    "O",
    "outside",
    "post",
    "wahyu",
    "2024-06-10",
    "Krungu-krungu Mbak Ayu arep maju Pilbup. Aku dukung pol, Mbak! 💪",
    plat="facebook",
    tg=["KLT-P2"],
)
t(
    "O",
    "outside",
    "post",
    "muhtarom",
    "2025-04-12",
    "Sanajan kalah, Pakdhe Joko lan Bu Nyai Umi tetep wonten ing manah santri. Matur nuwun perjuanganipun.",
    plat="facebook",
    tg=["KLT-P3"],
)
t(
    "O",
    "outside",
    "post",
    "bagus",
    "2024-07-22",
    "Mas Bambang cocok dadi bupati, wis kebukti dadi wabup. Gas, Mas! 🔥",
    plat="x",
    tg=["KLT-P1"],
)
t(
    "O",
    "outside",
    "post",
    "wahyu",
    "2025-01-20",
    "Kangen kampanye Mbak Ayu, seru tenan. Pokoke Mbak Ayu tetep ing atiku 💖",
    plat="tiktok",
    tg=["KLT-P2"],
)
t(
    "O",
    "outside",
    "post",
    "muhtarom",
    "2024-07-05",
    "Gus Hanif pancen pantes dadi wakil rakyat, mugi amanah lan istiqomah.",
    plat="facebook",
    tg=["KLT-CAL"],
)


# ---------------------------------------------------------------------------------------------
# Bundle writing
# ---------------------------------------------------------------------------------------------
def put_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        out.writerows(rows)


def day_of(i: int, item: dict) -> tuple[dt.date, str]:
    """The day text i happened and the group it belongs to (for the tables)."""
    when = item["when"]
    if when in PERIODS:
        lo_s, hi_s, group = PERIODS[when]
        lo, hi = dt.date.fromisoformat(lo_s), dt.date.fromisoformat(hi_s)
        return lo + dt.timedelta(days=(i * 37) % ((hi - lo).days + 1)), group
    group = (
        "party"
        if any(x in ACTOR_POS and ACTORS[ACTOR_POS[x]][2] == "party" for x in item["tg"])
        else "other"
    )
    return dt.date.fromisoformat(when), group


def stamp(i: int, item: dict) -> str:
    day, _ = day_of(i, item)
    moment = dt.datetime(day.year, day.month, day.day, 7 + (i * 5) % 14, (i * 23) % 60)
    if i % 6 == 4:  # no offset: to be read in the bundle's timezone (Asia/Jakarta)
        return moment.isoformat()
    return moment.isoformat() + PEOPLE[item["who"]]["offset"]


def choose_platform(item: dict, turn: Counter) -> str:
    allowed = FORM_PLATFORMS[item["form"]]
    if item["on"] in ACTOR_POS:
        allowed = tuple(p for p in allowed if p in TARGET_PLATFORMS)
    mine = [p for p in PEOPLE[item["who"]]["accounts"] if p in allowed]
    if not mine:
        raise ValueError(f"{item['who']} has no account for a {item['form']}: {item['text'][:60]}")
    if item["plat"]:
        if item["plat"] not in mine:
            raise ValueError(
                f"{item['who']} cannot {item['form']} on {item['plat']}: {item['text'][:60]}"
            )
        return item["plat"]
    k = turn[(item["who"], item["form"])]
    turn[(item["who"], item["form"])] += 1
    return mine[k % len(mine)]


def write_header_files(root: Path) -> None:
    (root / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe Pilwalkot Makassar & Pilbup Klaten 2024, DPRD Makassar Dapil 3 & Klaten Dapil 2\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    put_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            ["PEMKOT-MKS", "Pemerintah Kota Makassar", "", "73.71"],
            [
                "DISKOMINFO-MKS",
                "Dinas Komunikasi dan Informatika Kota Makassar",
                "PEMKOT-MKS",
                "73.71",
            ],
            ["DISDIK-MKS", "Dinas Pendidikan Kota Makassar", "PEMKOT-MKS", "73.71"],
            ["DINKES-MKS", "Dinas Kesehatan Kota Makassar", "PEMKOT-MKS", "73.71"],
            ["PEMPROV-SULSEL", "Pemerintah Provinsi Sulawesi Selatan", "", "73"],
            [
                "DPUTR-SULSEL",
                "Dinas Pekerjaan Umum dan Tata Ruang Provinsi Sulawesi Selatan",
                "PEMPROV-SULSEL",
                "73",
            ],
            ["PEMKAB-KLATEN", "Pemerintah Kabupaten Klaten", "", "33.10"],
            [
                "BPKAD-KLATEN",
                "Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Klaten",
                "PEMKAB-KLATEN",
                "33.10",
            ],
            [
                "DISKOMINFO-KLATEN",
                "Dinas Komunikasi dan Informatika Kabupaten Klaten",
                "PEMKAB-KLATEN",
                "33.10",
            ],
            ["KEMENAG", "Kementerian Agama", "", ""],
            ["KANKEMENAG-KLATEN", "Kantor Kementerian Agama Kabupaten Klaten", "KEMENAG", "33.10"],
        ],
    )
    roster = [
        [p["nip"], p["name"], p["agency"], p["unit"], p["position"], "PNS", p["region"], "active"]
        for p in PEOPLE.values()
    ]
    roster.append(
        [
            "196905151994032006",
            "Dra. Hj. Andi Nurhayati Puang Tiro",
            "DISDIK-MKS",
            "Bidang Pembinaan SD",
            "Pengawas Sekolah Ahli Madya",
            "PNS",
            "73.71",
            "active",
        ]
    )
    roster.append(
        [
            "198201012008011012",
            "Joko Santoso, S.Sos.",
            "DISKOMINFO-KLATEN",
            "Sekretariat",
            "Analis SDM Aparatur Ahli Muda",
            "PNS",
            "33.10",
            "active",
        ]
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
        roster,
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
        [
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
            for tid, name, kind, eid, ballot, party, _stem in ACTORS
            for plat in TARGET_PLATFORMS
        ],
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


def build(root: Path) -> dict[str, int]:
    """Write the bundle; return event_id -> index into TEXTS."""
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
        pid = str(8815000000000000000 + i * 6700417)
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
            "source": "probe-sulsel-jateng",
        }
        if action != "post":
            tpid = str(4427000000000000000 + i * 524287)
            world = "MKS" if person["offset"] == "+08:00" else "KLT"
            if item["on"] == "news":
                a_uid, a_handle = NEWS[world]
            elif item["on"] == "user":
                a_uid, a_handle = (
                    str(3301880000 + i),
                    f"{'daeng' if world == 'MKS' else 'lur'}_{i:03d}",
                )
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
                "sha256": f"{i + 90001:064x}",
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

    base = (
        Path(args.keep)
        if args.keep
        else Path(tempfile.mkdtemp(prefix="campaign_probe_sulsel_jateng_"))
    )
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
