# ruff: noqa: E501  (the texts are data: one post per line reads better than split strings)
"""Independent out-of-sample probe of `political.campaign` (Jakarta edition).

Built only from the public spec (bundle-v1.md, categories.md, domain.md). Everything here is
invented: a DKI Jakarta governor election with three pairs, a DPR RI election in dapil DKI
Jakarta II with five candidates, plus six real 2024 national parties (public facts: names and
national ballot numbers). ~200 hand-written texts labelled

  C  clearly campaigns for / shows support of a target (inside the neutrality window)
  N  close but not campaigning (sarcasm, news, namesakes, numbers, other contests, ...)
  A  ambiguous (reported, not scored)
  O  C-like but OUTSIDE the election window, naming candidates only (should not be flagged)

Usage:
  python benchmarks/campaign_probe_jakarta.py [--show] [--keep DIR]

Only the `political.campaign` category is scored. The texts were written before the first
run and are never to be edited after seeing results.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import orjson

NETRA = "/work/main/.venv/bin/netra"
TZ = dt.timezone(dt.timedelta(hours=7))

# --------------------------------------------------------------------------------------------
# Elections (invented; dates modelled on the public 2024 calendars)
# --------------------------------------------------------------------------------------------
PG = "PILGUB-DKI-2024"
DPR = "DPR-DKI2-2024"

ELECTIONS = [
    # election_id, name, contest, region_code, stage, starts_on, ends_on
    (
        PG,
        "Pemilihan Gubernur dan Wakil Gubernur DKI Jakarta 2024",
        "regional_head",
        "31",
        "candidacy",
        "2024-08-27",
        "2024-09-24",
    ),
    (
        PG,
        "Pemilihan Gubernur dan Wakil Gubernur DKI Jakarta 2024",
        "regional_head",
        "31",
        "campaign",
        "2024-09-25",
        "2024-11-23",
    ),
    (
        PG,
        "Pemilihan Gubernur dan Wakil Gubernur DKI Jakarta 2024",
        "regional_head",
        "31",
        "quiet",
        "2024-11-24",
        "2024-11-26",
    ),
    (
        PG,
        "Pemilihan Gubernur dan Wakil Gubernur DKI Jakarta 2024",
        "regional_head",
        "31",
        "voting",
        "2024-11-27",
        "2024-11-27",
    ),
    (
        PG,
        "Pemilihan Gubernur dan Wakil Gubernur DKI Jakarta 2024",
        "regional_head",
        "31",
        "counting",
        "2024-11-28",
        "2024-12-08",
    ),
    (
        PG,
        "Pemilihan Gubernur dan Wakil Gubernur DKI Jakarta 2024",
        "regional_head",
        "31",
        "result",
        "2024-12-09",
        "2024-12-15",
    ),
    (
        DPR,
        "Pemilu DPR RI 2024 Dapil DKI Jakarta II",
        "legislative",
        "31",
        "candidacy",
        "2023-05-01",
        "2023-11-27",
    ),
    (
        DPR,
        "Pemilu DPR RI 2024 Dapil DKI Jakarta II",
        "legislative",
        "31",
        "campaign",
        "2023-11-28",
        "2024-02-10",
    ),
    (
        DPR,
        "Pemilu DPR RI 2024 Dapil DKI Jakarta II",
        "legislative",
        "31",
        "quiet",
        "2024-02-11",
        "2024-02-13",
    ),
    (
        DPR,
        "Pemilu DPR RI 2024 Dapil DKI Jakarta II",
        "legislative",
        "31",
        "voting",
        "2024-02-14",
        "2024-02-14",
    ),
    (
        DPR,
        "Pemilu DPR RI 2024 Dapil DKI Jakarta II",
        "legislative",
        "31",
        "counting",
        "2024-02-15",
        "2024-03-19",
    ),
    (
        DPR,
        "Pemilu DPR RI 2024 Dapil DKI Jakarta II",
        "legislative",
        "31",
        "result",
        "2024-03-20",
        "2024-03-20",
    ),
]
CAMPAIGN_RANGE = {
    "pg": (dt.date(2024, 9, 25), dt.date(2024, 11, 23)),
    "dpr": (dt.date(2023, 11, 28), dt.date(2024, 2, 10)),
    "party": (dt.date(2023, 11, 28), dt.date(2024, 2, 10)),
}

# --------------------------------------------------------------------------------------------
# Targets (invented people; real parties)
# --------------------------------------------------------------------------------------------
# target_id, name, kind, election_id, ballot_number, party, handle stem
ACTORS = [
    ("P1G", "H. Fauzan Rahmatullah Sjarif, S.E.", "candidate", PG, "1", "", "bangojan.jkt"),
    ("P1W", "Liana Wijaya Kusuma, M.B.A.", "candidate", PG, "1", "", "cilian.wijaya"),
    ("P2G", "Ir. Hotma Parulian Situmorang, M.T.", "candidate", PG, "2", "", "hotma.situmorang"),
    ("P2W", "Dr. Sri Wahyuningsih Pranoto", "candidate", PG, "2", "", "mbakayu.sri"),
    ("P3G", "Dt. Rizal Effendi Chaniago, S.H.", "candidate", PG, "3", "", "udarizal.official"),
    ("P3W", "Benny Kurniawan Tanuwidjaja", "candidate", PG, "3", "", "kohbenny.tw"),
    ("T1", "Relawan Sobat Ojan", "campaign_team", PG, "1", "", "sobatojan"),
    ("T2", "Barisan Hotmayu", "campaign_team", PG, "2", "", "barisan.hotmayu"),
    ("T3", "Relawan RIBEN Gas Terus", "campaign_team", PG, "3", "", "relawanriben"),
    ("D1", "Hj. Nurul Fadhilah Azzahra, S.Pd.I.", "candidate", DPR, "1", "PKS", "ustadzahnurul"),
    ("D2", "Yohanes Parlindungan Hutapea, S.H., M.H.", "candidate", DPR, "2", "GOLKAR", "bangyopa"),
    ("D3", "Dimas Prasetyo Adinegoro", "candidate", DPR, "3", "GERINDRA", "masdimas.pa"),
    ("D4", "Kevin Santoso Halim, B.Com.", "candidate", DPR, "4", "PDIP", "kohkevinhalim"),
    ("D5", "Rara Anindita Syahputri", "candidate", DPR, "1", "NASDEM", "rara.anindita"),
    ("PKB", "Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "", "pkb_official"),
    (
        "GERINDRA",
        "Partai Gerakan Indonesia Raya (Gerindra)",
        "party",
        "",
        "2",
        "",
        "gerindra_official",
    ),
    (
        "PDIP",
        "Partai Demokrasi Indonesia Perjuangan (PDI-P)",
        "party",
        "",
        "3",
        "",
        "pdiperjuangan_official",
    ),
    ("GOLKAR", "Partai Golongan Karya (Golkar)", "party", "", "4", "", "golkar_official"),
    ("NASDEM", "Partai NasDem", "party", "", "5", "", "nasdem_official"),
    ("PKS", "Partai Keadilan Sejahtera (PKS)", "party", "", "8", "", "pks_official"),
]
PLATFORMS_T = ["x", "instagram", "facebook", "tiktok"]


def target_uid(tid: str, platform: str) -> str:
    idx = [a[0] for a in ACTORS].index(tid)
    return str(880000000 + idx * 10 + PLATFORMS_T.index(platform))


def target_handle(tid: str) -> str:
    return next(a[6] for a in ACTORS if a[0] == tid)


KEYWORDS = [
    ("P1G", "#OjanLiana"),
    ("P1G", "Bang Ojan"),
    ("P1G", "OJAN-LIANA"),
    ("P1G", "Jakarta Gak Ribet"),
    ("P1G", "#JakarteKite"),
    ("P1G", "coblos nomor 1"),
    ("P1G", "paslon 01"),
    ("P1W", "Ci Lian"),
    ("P2G", "HOTMAYU"),
    ("P2G", "#HotmaAyu02"),
    ("P2G", "bang hotma"),
    ("P2G", "jakarta naik kelas"),
    ("P2W", "Mbak Ayu"),
    ("P3G", "RIBEN"),
    ("P3G", "Uda Rizal"),
    ("P3G", "#GasTerus03"),
    ("P3G", "Gas Terus Jakarta"),
    ("P3W", "Koh Benny"),
    ("T1", "Sobat Ojan"),
    ("T2", "Barisan Hotmayu"),
    ("T3", "#RelawanRiben"),
    ("D1", "#NurulKeSenayan"),
    ("D1", "Ustadzah Nurul"),
    ("D2", "Bang Yopa"),
    ("D2", "#YopaKerjaNyata"),
    ("D3", "#DimasMudaBergerak"),
    ("D3", "Mas Dimas"),
    ("D4", "Koh Kevin"),
    ("D4", "#KevinHalim4"),
    ("D5", "#RaraWakilKita"),
    ("PKB", "#PKBMenang"),
    ("GERINDRA", "Gerindra Menang"),
    ("PDIP", "#BantengMenang"),
    ("GOLKAR", "Suara Golkar Suara Rakyat"),
    ("NASDEM", "Restorasi Indonesia"),
    ("PKS", "#PilihPKS"),
    ("PKS", "coblos PKS"),
]

G1, G2, G3 = ("P1G", "P1W", "T1"), ("P2G", "P2W", "T2"), ("P3G", "P3W", "T3")
GROUPS = {
    "G1": G1,
    "G2": G2,
    "G3": G3,
    "D1": ("D1", "PKS"),
    "D2": ("D2", "GOLKAR"),
    "D3": ("D3", "GERINDRA"),
    "D4": ("D4", "PDIP"),
    "D5": ("D5", "NASDEM"),
    "PKB": ("PKB",),
    "GERINDRA": ("GERINDRA",),
    "PDIP": ("PDIP",),
    "GOLKAR": ("GOLKAR",),
    "NASDEM": ("NASDEM",),
    "PKS": ("PKS",),
    "-": (),
}

# --------------------------------------------------------------------------------------------
# Texts. T(label, kind, form, el, group, text, on=..., ttext=..., ocr=..., date=...)
#   form: post | comment | reply | quote | image   (image = post with media ocr_text)
#   el:   pg | dpr | party  (which campaign period the event is dated in) ; O gives date=
#   on:   for comment/reply/quote: a target_id (the actor's own post) or "user" / "news"
# --------------------------------------------------------------------------------------------
TEXTS: list[dict] = []


def T(label, kind, form, el, group, text, on=None, ttext=None, ocr=None, date=None, alt=None):
    TEXTS.append(
        dict(
            label=label,
            kind=kind,
            form=form,
            el=el,
            group=group,
            text=text,
            on=on,
            ttext=ttext,
            ocr=ocr,
            date=date,
            alt=alt,
        )
    )


# ---------------------------------- C: pilgub ------------------------------------------------
T(
    "C",
    "ballot",
    "post",
    "pg",
    "G1",
    "Udeh fix ye, 27 November gue coblos nomor 1. Bang Ojan sama Ci Lian orangnye kagak neko2, Jakarte Kite! 🙌 #OjanLiana",
)
T(
    "C",
    "nickname",
    "post",
    "pg",
    "G1",
    "Bener dah, cuma Bang Ojan yg paham gang sempit kayak di Kampung Melayu. Gas 27 Nov! #OjanLiana",
)
T(
    "C",
    "name",
    "post",
    "pg",
    "G1",
    "which is honestly paslon 01 tuh the only one yang programnya make sense. Ojan–Liana for Jakarta fr 🗳️✨",
)
T(
    "C",
    "slogan",
    "post",
    "pg",
    "G1",
    "Jakarta Gak Ribet!! Udah waktunye Betawi asli mimpin kampungnye sendiri. Coblos 1 ye sodare2 ☝️",
)
T(
    "C",
    "team",
    "post",
    "pg",
    "G1",
    "Nyak gue aja udah ikut grup Sobat Ojan, gue ya pasti ikut lah. Satu hati satu pilihan: Ojan-Liana 💚",
)
T(
    "C",
    "nickname",
    "post",
    "pg",
    "G1",
    "Ci Lian tuh literally role model buat cewek2 Jakarta. Nov 27 jangan lupa ya guys, paslon 1 ☝️ #JakarteKite",
)
T(
    "C",
    "slogan",
    "post",
    "pg",
    "G2",
    "Gue pilih HOTMAYU. Titik. Jakarta harus naik kelas, bukan cuma ganti spanduk. #HotmaAyu02",
)
T(
    "C",
    "nickname",
    "post",
    "pg",
    "G2",
    "Horas! Bang Hotma dan Mbak Ayu pasangan paling lengkap, Batak-Jawa, tegas dan lembut. Nomor 2 pilihan keluarga kami ✌️",
)
T(
    "C",
    "slogan",
    "post",
    "pg",
    "G2",
    "vibes nya paslon 02 tuh kayak bos yang beneran kerja, not just omon2. Jakarta Naik Kelas 🚀 #HotmaAyu02",
)
T(
    "C",
    "implicit",
    "post",
    "pg",
    "G2",
    "Yg masih bingung, udah deh pilih dua jari aja ✌️ HOTMAYU. Nanti lu bakal terima kasih sama gue.",
)
T(
    "C",
    "slogan",
    "post",
    "pg",
    "G3",
    "Gas Terus Jakarta! 🔥 Uda Rizal & Koh Benny, RIBEN nomor 3 sampai menang!! #GasTerus03",
)
T(
    "C",
    "nickname",
    "post",
    "pg",
    "G3",
    "Waktu debat kemaren Uda Rizal paling tenang, paling nyambung. Gue yakin 03. #RelawanRiben",
)
T(
    "C",
    "nickname",
    "post",
    "pg",
    "G3",
    "Koh Benny dulu bantuin toko2 di Glodok pas banjir, gue saksinya. Makanya 27 Nov gue coblos 3, gak pake mikir 🙏",
)
T(
    "C",
    "nickname",
    "post",
    "pg",
    "G3",
    "Anak Minang di Jakarta, bersatu! Dukung Uda Rizal jadi gubernur, RIBEN menang satu putaran 💪",
)
T(
    "C",
    "ballot",
    "post",
    "pg",
    "G3",
    "Pokoknya 27 November, tiga jari 🤟 wkwk maksudnya nomor 3, RIBEN!! gas terus",
)
T(
    "C",
    "nickname",
    "comment",
    "pg",
    "G1",
    "Semangat Bang Ojan!! Kampung kite siap menangin 01 💚",
    on="P1G",
    ttext="Blusukan pagi ini di Condet. Terima kasih warga yang sudah menyambut 🙏",
)
T(
    "C",
    "nickname",
    "comment",
    "pg",
    "G1",
    "Ci Lian semangat ya, suara kita di Pluit buat paslon 1 semua 🙏",
    on="P1W",
    ttext="Hari ini dialog dengan nelayan Muara Angke soal rob.",
)
T(
    "C",
    "nickname",
    "comment",
    "pg",
    "G2",
    "Maju terus Bang Hotma! Warga Cililitan siap coblos nomor 2 ✌️",
    on="P2G",
    ttext="Kampanye dialogis di Kramat Jati. Jakarta harus naik kelas!",
)
T(
    "C",
    "nickname",
    "comment",
    "pg",
    "G2",
    "Mbak Ayu panutanku 😍 02 menang!!",
    on="P2W",
    ttext="Senam pagi bareng ibu-ibu PKK Duren Sawit 💃",
)
T(
    "C",
    "nickname",
    "comment",
    "pg",
    "G3",
    "Uda Rizal mantap! Lanjutkan, kami di Tanah Abang dukung penuh RIBEN",
    on="P3G",
    ttext="Silaturahmi dengan pedagang Pasar Tanah Abang.",
)
T(
    "C",
    "ballot",
    "comment",
    "pg",
    "G3",
    "Koh, kita sekeluarga udah sepakat nomor 3. Gas terus koh! 🔥",
    on="P3W",
    ttext="Ngopi bareng warga Pecinan Glodok pagi ini ☕",
)
T(
    "C",
    "nickname",
    "comment",
    "pg",
    "G1",
    "Daftar jadi relawan di mana min? Pengen ikut menangin Bang Ojan",
    on="T1",
    ttext="Sobat Ojan buka posko baru di Jatinegara! Yuk gabung!",
)
T(
    "C",
    "hashtag",
    "comment",
    "pg",
    "G3",
    "Siap min, besok kita bagiin stiker RIBEN di Kemang 💪 #RelawanRiben",
    on="T3",
    ttext="Butuh relawan buat bagi stiker akhir pekan ini!",
)
T(
    "C",
    "ballot",
    "comment",
    "pg",
    "G1",
    "Udah lah Ojan-Liana aja, yg lain cuma janji doang. Coblos nomor 1 bro",
    on="user",
    ttext="Bingung nih pilgub ntar milih siapa 😩",
)
T(
    "C",
    "slogan",
    "comment",
    "pg",
    "G2",
    "02 lah, Bang Hotma udah kebukti pas jadi walkot. Jakarta Naik Kelas!",
    on="user",
    ttext="Menurut kalian siapa yang paling layak jadi gubernur?",
)
T(
    "C",
    "slogan",
    "comment",
    "pg",
    "G3",
    "Dateng dong, mau nyoblos Uda Rizal. Gas Terus Jakarta 🔥",
    on="user",
    ttext="Pilgub ntar lu ke TPS gak?",
)
T(
    "C",
    "nickname",
    "comment",
    "pg",
    "G1",
    "Setuju bro, Ci Lian tadi juara. Makin yakin sama 01",
    on="user",
    ttext="Debat tadi siapa yg paling oke menurut lu?",
)
T(
    "C",
    "slogan",
    "reply",
    "pg",
    "G2",
    "gue mah HOTMAYU dari awal, gak pindah2 ✌️",
    on="user",
    ttext="Emang lo pilih siapa?",
)
T(
    "C",
    "name",
    "reply",
    "pg",
    "G3",
    "03 lah, RIBEN. Uda Rizal tuh yang paling waras program transportasinya",
    on="user",
    ttext="01 apa 03 nih?",
)
T(
    "C",
    "nickname",
    "reply",
    "pg",
    "G1",
    "yakin banget, Bang Ojan orang kampung kite, ngerti susahnye warga. 01 harga mati 😤",
    on="user",
    ttext="Yakin lo pilih Ojan?",
)
T(
    "C",
    "slogan",
    "reply",
    "pg",
    "G2",
    "Setuju Mbak Ayu, Jakarta memang harus naik kelas. Kami dukung 02 sampai menang",
    on="P2W",
    ttext="Jakarta harus naik kelas, dimulai dari sekolah dan puskesmas.",
)
T(
    "C",
    "ballot",
    "reply",
    "pg",
    "G3",
    "Siap Koh Benny, TPS 14 Kelapa Gading aman buat nomor 3 🙏",
    on="P3W",
    ttext="Terima kasih warga Kelapa Gading atas sambutannya!",
)
T(
    "C",
    "nickname",
    "quote",
    "pg",
    "G1",
    "Ini baru program yang masuk akal. Makin mantep pilih Bang Ojan 💚 #OjanLiana",
    on="P1G",
    ttext="Program KJP Plus untuk semua anak Jakarta, tanpa ribet.",
)
T(
    "C",
    "slogan",
    "quote",
    "pg",
    "G2",
    "Nah ini dia. Jakarta Naik Kelas bukan cuma slogan. ✌️ #HotmaAyu02",
    on="P2G",
    ttext="Rencana 100 hari: normalisasi 5 sungai.",
)
T(
    "C",
    "hashtag",
    "quote",
    "pg",
    "G3",
    "Ayo join guys, relawan RIBEN butuh banyak anak muda! #GasTerus03",
    on="T3",
    ttext="Open recruitment relawan RIBEN Jaksel!",
)
T(
    "C",
    "slogan",
    "quote",
    "pg",
    "G3",
    "Bismillah, makin dekat. Gas terus Jakarta, RIBEN menang! 🤟",
    on="news",
    ttext="Survei: Rizal-Benny unggul tipis di Jakarta Pusat",
)
T(
    "C",
    "hashtag",
    "quote",
    "pg",
    "G1",
    "Ci Lian speaks facts. Nov 27, you know what to do ☝️ #JakarteKite",
    on="P1W",
    ttext="Perempuan Jakarta berhak atas transportasi yang aman.",
)
T(
    "C",
    "slogan",
    "image",
    "pg",
    "G1",
    "Keluarga besar udah sepakat 🥰",
    ocr="KELUARGA BESAR H. MUHIDIN DUKUNG OJAN-LIANA NOMOR 1 JAKARTA GAK RIBET",
)
T(
    "C",
    "slogan",
    "image",
    "pg",
    "G2",
    "Stiker baru nempel di motor 😎",
    ocr="HOTMAYU 02 JAKARTA NAIK KELAS",
)
T(
    "C",
    "slogan",
    "image",
    "pg",
    "G3",
    None,
    ocr="GAS TERUS JAKARTA! RIZAL-BENNY 3 COBLOS NO 3 27 NOVEMBER",
)
T(
    "C",
    "hashtag",
    "image",
    "pg",
    "G2",
    "foto bareng idola ✌️",
    ocr="#HotmaAyu02 Relawan Barisan Hotmayu Jakarta Timur",
)
T(
    "C",
    "team",
    "image",
    "pg",
    "G1",
    "kaos baru dari Sobat Ojan 💚",
    ocr="SOBAT OJAN - OJAN LIANA 01 - JAKARTE KITE",
)
T(
    "C",
    "hashtag",
    "image",
    "pg",
    "G3",
    "Mantap",
    ocr="RIBEN UNTUK JAKARTA #GasTerus03 Uda Rizal Koh Benny",
)
T("C", "nickname", "post", "pg", "G1", "bang ojannn gue padamu 😭💚 01 pokoknya")
T("C", "slogan", "post", "pg", "G2", "HOTMAYUUU!! ✌️✌️ jkt naek kelas cuy")
T("C", "hashtag", "post", "pg", "G3", "gasss teruss jakartaaa 🔥🔥 #gasterus03")
T(
    "C",
    "nickname",
    "post",
    "pg",
    "G2",
    "Tadi ikut kampanye akbar di JIS, rame parah. Fix Bang Hotma menang, 02 satu putaran!",
)
T(
    "C",
    "nickname",
    "post",
    "pg",
    "G3",
    "Wo ai Koh Benny 😂 eh serius, 03 tuh paket komplit, Uda Rizal tegas, Koh Benny ngerti ekonomi. Coblos 3!",
)
T(
    "C",
    "ballot",
    "post",
    "pg",
    "G1",
    "Guys, reminder: 27 Nov coblos nomor 1 ya. Jakarte kite kudu dipimpin ame yang ngerti. #OjanLiana",
)
T(
    "C",
    "nickname",
    "post",
    "pg",
    "G1",
    "Aiyaa masih bingung? Ikut Ci Lian aja lah, cincai, pasti beres. 01 cuan buat Jakarta 😆",
)
T(
    "C",
    "nickname",
    "post",
    "pg",
    "G3",
    "Senin lagi, macet lagi. Makanya 27 Nov pilih Uda Rizal biar MRT nyampe Bekasi beneran. 03!",
)
T(
    "C",
    "slogan",
    "post",
    "pg",
    "G2",
    "ngl paslon 02 the only ones yang punya plan buat banjir. HOTMAYU all the way 💯",
)
T(
    "C",
    "implicit",
    "post",
    "pg",
    "G1",
    "pov: lu anak Jaksel yang akhirnya peduli politik karena Ci Lian 😭💅 01 gak sih",
)
T(
    "C",
    "name",
    "post",
    "pg",
    "G2",
    "Gue orang Batak, bini gue Jawa, pas banget lah pilih Hotma-Ayu 😂✌️ nomor 2 ya lae",
)
T(
    "C",
    "nickname",
    "comment",
    "pg",
    "G3",
    "udah dong, nomor 3 RIBEN, koh benny my man 🔥",
    on="user",
    ttext="Udah nentuin pilihan gubernur belom?",
)
T(
    "C",
    "team",
    "reply",
    "pg",
    "G1",
    "Betul bang, kite menangin satu putaran. Sobat Ojan Jaktim siap!",
    on="P1G",
    ttext="Target kita: menang satu putaran, Jakarta Gak Ribet!",
)
T(
    "C",
    "name",
    "post",
    "pg",
    "G1",
    "Dari Condet sampe Kalideres, Betawi dukung Ojan! 27 Nov coblos nomor 1 👊",
)
T(
    "C",
    "nickname",
    "post",
    "pg",
    "G3",
    "Uda Rizal itu bukan cuma buat urang awak, tapi buat seluruh warga Jakarta. Pilih 03!",
)
T(
    "C",
    "nickname",
    "quote",
    "pg",
    "G2",
    "Bang Hotma jelas. Tegas, datanya lengkap. Makin mantap 02 ✌️",
    on="user",
    ttext="Debat semalam siapa yang menang?",
)
T(
    "C",
    "slogan",
    "image",
    "pg",
    "G1",
    "dapet kalender 2025 dari tim 😆",
    ocr="OJAN - LIANA No. 1 Jakarta Gak Ribet Pilih Gubernur 27 November 2024",
)
T(
    "C",
    "name",
    "post",
    "pg",
    "G3",
    "tolong ya bestie, yang KTP Jakarta: 27/11 coblos no.3 🤟 Rizal-Benny. Thank me later",
)
T(
    "C",
    "nickname",
    "comment",
    "pg",
    "G2",
    "Bang Hotma, kami warga Rusun Marunda siap menangkan 02!",
    on="P2G",
    ttext="Terima kasih Marunda! Jakarta harus naik kelas.",
)

# ---------------------------------- C: DPR ---------------------------------------------------
T(
    "C",
    "party",
    "post",
    "dpr",
    "D1",
    "Alhamdulillah, Ustadzah Nurul udah turun ke Tebet. Tanggal 14 coblos PKS nomor 1, Nurul Fadhilah untuk DPR RI! #NurulKeSenayan",
)
T(
    "C",
    "hashtag",
    "post",
    "dpr",
    "D2",
    "Bang Yopa kerja nyata, bukan janji. Golkar nomor urut 2 dapil Jakarta II. #YopaKerjaNyata",
)
T(
    "C",
    "hashtag",
    "post",
    "dpr",
    "D3",
    "Anak muda Jaksel, mari dukung Mas Dimas ke Senayan! Gerindra no 3. #DimasMudaBergerak 🔥",
)
T(
    "C",
    "hashtag",
    "post",
    "dpr",
    "D4",
    "Koh Kevin tuh caleg yang beneran ngerti UMKM. 14 Feb jangan lupa, PDI Perjuangan nomor 4 Kevin Halim 🐂 #KevinHalim4",
)
T(
    "C",
    "hashtag",
    "post",
    "dpr",
    "D5",
    "Perempuan harus ada di parlemen. Rara Anindita, NasDem nomor 1 dapil DKI II. #RaraWakilKita 💙",
)
T(
    "C",
    "implicit",
    "comment",
    "dpr",
    "D1",
    "Barakallah ustadzah, insyaAllah sekeluarga coblos njenengan 🤲",
    on="D1",
    ttext="Alhamdulillah, pengajian akbar bersama warga Menteng Dalam.",
)
T(
    "C",
    "nickname",
    "comment",
    "dpr",
    "D2",
    "Mantap Bang Yopa, Golkar menang di Jakpus!",
    on="D2",
    ttext="Kerja bakti bareng warga Johar Baru.",
)
T(
    "C",
    "nickname",
    "comment",
    "dpr",
    "D3",
    "gas mas dimas, anak2 futsal udah siap semua coblos lu 💪",
    on="D3",
    ttext="Turnamen futsal pemuda Setiabudi resmi dibuka!",
)
T(
    "C",
    "nickname",
    "comment",
    "dpr",
    "D4",
    "Koh Kevin jiayou! 加油 🔥 sekeluarga pilih nomor 4",
    on="D4",
    ttext="Kunjungan ke sentra UMKM Mangga Dua.",
)
T(
    "C",
    "name",
    "reply",
    "dpr",
    "D5",
    "Rara lah, NasDem no 1. Anaknya pinter, udah ketemu langsung",
    on="user",
    ttext="Caleg DPR lu siapa?",
)
T(
    "C",
    "hashtag",
    "reply",
    "dpr",
    "D2",
    "Gue sih #YopaKerjaNyata, udah kebukti bantuin RW gue",
    on="user",
    ttext="Dapil Jakarta II mending pilih siapa ya?",
)
T(
    "C",
    "hashtag",
    "quote",
    "dpr",
    "D5",
    "Ini baru wakil rakyat yang nyambung sama anak muda. #RaraWakilKita",
    on="D5",
    ttext="Ngobrol soal lapangan kerja bareng Gen Z di Blok M.",
)
T(
    "C",
    "party",
    "quote",
    "dpr",
    "D3",
    "Setuju mas, yuk 14 Feb coblos Dimas, Gerindra nomor 3 dapil Jakarta II",
    on="D3",
    ttext="Anak muda bukan penonton, anak muda penggerak!",
)
T(
    "C",
    "hashtag",
    "image",
    "dpr",
    "D1",
    "Alhamdulillah dapet kalender 🤲",
    ocr="HJ. NURUL FADHILAH AZZAHRA CALEG DPR RI DAPIL DKI JAKARTA II PKS NO. 1 #NurulKeSenayan",
)
T(
    "C",
    "nickname",
    "image",
    "dpr",
    "D4",
    "stiker udah nempel di warung",
    ocr="KOH KEVIN HALIM CALEG DPR RI NO 4 COBLOS!",
)
T(
    "C",
    "nickname",
    "image",
    "dpr",
    "D2",
    None,
    ocr="YOHANES 'BANG YOPA' HUTAPEA - GOLKAR 2 - KERJA NYATA UNTUK JAKARTA",
)
T(
    "C",
    "nickname",
    "post",
    "dpr",
    "D3",
    "Mas Dimas kemaren dateng ke posyandu RW 05, orangnya humble bgt. Fix suara gue buat dia 🗳️",
)
T(
    "C",
    "hashtag",
    "post",
    "dpr",
    "D1",
    "Ustadzah Nurul satu2nya caleg yang peduli guru honorer. InsyaAllah pilihan saya. #NurulKeSenayan",
)

# ---------------------------------- C: parties ------------------------------------------------
T(
    "C",
    "party",
    "post",
    "party",
    "PDIP",
    "Partai yang paling konsisten bela wong cilik ya cuma PDI Perjuangan. Merdeka!! #BantengMenang 🐂",
)
T("C", "party", "post", "party", "GOLKAR", "Suara Golkar Suara Rakyat! Beringin makin rindang 🌳")
T(
    "C",
    "party",
    "post",
    "party",
    "NASDEM",
    "Restorasi Indonesia! NasDem pasti masuk tiga besar, coblos nomor 5 💙",
)
T(
    "C",
    "party",
    "post",
    "party",
    "PKS",
    "Yuk 14 Februari #PilihPKS nomor 8. Bersih, peduli, profesional",
)
T("C", "party", "post", "party", "GERINDRA", "Gerindra Menang! Coblos kepala garuda nomor 2 🦅")
T(
    "C",
    "party",
    "comment",
    "party",
    "PKB",
    "PKB lah bro, nomor 1, partainya santri. #PKBMenang",
    on="user",
    ttext="Pemilu besok partai apa nih gaes?",
)
T(
    "C",
    "party",
    "reply",
    "party",
    "PDIP",
    "Gue dari dulu banteng sejati, PDIP nomor 3 sampai mati 🐂✊",
    on="user",
    ttext="Lu partai apa bro?",
)
T(
    "C",
    "party",
    "image",
    "party",
    "GERINDRA",
    "Akhirnya dapet bendera 🦅",
    ocr="GERINDRA NOMOR 2 COBLOS!",
)
T(
    "C",
    "party",
    "quote",
    "party",
    "GOLKAR",
    "Bangga jadi bagian keluarga besar beringin. Golkar menang! 🌳",
    on="GOLKAR",
    ttext="Golkar siap menangkan Pemilu 2024!",
)
T(
    "C",
    "party",
    "comment",
    "party",
    "PKS",
    "Semangat! InsyaAllah PKS menang di Jakarta 🤲 #PilihPKS",
    on="PKS",
    ttext="Konsolidasi kader PKS DKI Jakarta.",
)

# ---------------------------------- N ---------------------------------------------------------
# sarcasm / irony
T(
    "N",
    "sarcasm",
    "post",
    "pg",
    "G2",
    "wah hebat banget janji nomor 2, gratis semua, duitnya dari langit 🙃",
)
T(
    "N",
    "sarcasm",
    "post",
    "pg",
    "G1",
    "Jakarta Gak Ribet katanya. Ngurus KTP aja 3 minggu 🙂 ribet bener dah",
)
T("N", "sarcasm", "post", "pg", "G2", "Jakarta Naik Kelas 😂 kelasnya kelas berapa dulu nih, TK?")
T(
    "N",
    "sarcasm",
    "post",
    "pg",
    "G3",
    "Gas terus Jakarta, gas terus macetnya, gas terus polusinya 🙃",
)
T(
    "N",
    "sarcasm",
    "comment",
    "pg",
    "G1",
    "Bang, janji 'gak ribet' tapi jalan depan rumah gue udah 2 taun bolong. Lucu ya 🙂",
    on="P1G",
    ttext="Jakarta Gak Ribet: perbaikan jalan 30 hari!",
)
T(
    "N",
    "sarcasm",
    "comment",
    "pg",
    "G3",
    "Uda, programnya bagus di atas kertas. Duitnya dari mana? dari sedekah? 🙃",
    on="P3G",
    ttext="Program transportasi gratis untuk pelajar dan lansia.",
)
T(
    "N",
    "sarcasm",
    "reply",
    "pg",
    "G1",
    "Iya deh, Bang Ojan paling ngerti rakyat, sampe2 ke pasar pake Alphard 🤡",
    on="user",
    ttext="Bang Ojan tuh merakyat banget tau",
)
T("N", "sarcasm", "post", "pg", "G2", "HOTMAYU: Harga Ongkos Tinggi, Makan Ya Utang 😂 maap maap")
T(
    "N",
    "sarcasm",
    "quote",
    "pg",
    "G2",
    "Mbak Ayu bilang transportasi gratis. Gratis dari mana mbak, dari kantong siapa? 🙃",
    on="P2W",
    ttext="Transportasi umum gratis untuk semua warga ber-KTP DKI!",
)
T(
    "N",
    "sarcasm",
    "post",
    "pg",
    "-",
    "Literally semua paslon janji banjir beres. Yang nagih nanti siapa? Kita juga wkwk",
)
T("N", "sarcasm", "post", "pg", "G3", "RIBEN menang, kaca film mobil gratis ya? 🤣 ok ok bercanda")
T(
    "N",
    "sarcasm",
    "comment",
    "pg",
    "G3",
    "Koh Benny katanya mau bikin Glodok jaya lagi. Yg bikin Glodok sepi siapa coba 😂",
    on="user",
    ttext="Glodok sekarang sepi banget ya",
)
T(
    "N",
    "sarcasm",
    "reply",
    "pg",
    "G1",
    "Lu yakin sama 01? Coblos nomor 1 terus nyesel 5 taun, mau?",
    on="user",
    ttext="Gue kayaknya 01 deh",
)
T(
    "N",
    "sarcasm",
    "post",
    "pg",
    "-",
    "Ketiga paslon sama aja, baliho gede, jalan tetep bolong. Golput gak boleh, tapi ya gitu deh 🙃",
)
T(
    "N",
    "sarcasm",
    "post",
    "dpr",
    "D1",
    "#NurulKeSenayan katanya. Ke Senayan mah gampang, naik MRT turun di Istora 😂",
)
T(
    "N",
    "sarcasm",
    "post",
    "pg",
    "G2",
    "Anak gue nanya kenapa foto Bang Hotma ada di mana2. Gue jawab: 'itu om yang jualan janji' 😂",
)
# quoting others' campaign to mock it
T(
    "N",
    "mock-quote",
    "post",
    "pg",
    "G1",
    "Tetangga gue teriak 'coblos nomor 1!' jam 6 pagi pake toa. Bang, gue belom ngopi 😩",
)
T(
    "N",
    "mock-quote",
    "post",
    "pg",
    "G2",
    "Grup WA keluarga isinya 'HOTMAYU HARGA MATI' tiap jam. Om, aku cuma mau nanya resep rendang 😭",
)
T(
    "N",
    "mock-quote",
    "quote",
    "pg",
    "G3",
    "Bro ini udah postingan ke-40 lu hari ini. Istirahat dulu 😂",
    on="user",
    ttext="#GasTerus03 RIBEN MENANG!!! 🔥🔥🔥",
)
T(
    "N",
    "mock-quote",
    "post",
    "pg",
    "G1",
    "Satpam kantor nanya 'pak, pilih Ojan-Liana kan?' Saya cuma senyum. ASN netral pak 🙏",
)
T(
    "N",
    "mock-quote",
    "post",
    "pg",
    "G2",
    "Driver ojol tadi promosi Bang Hotma sepanjang Sudirman. Gue cuma bilang 'iya bang, fokus nyetir aja' 😅",
)
T(
    "N",
    "mock-quote",
    "reply",
    "dpr",
    "D2",
    "Lu tiap hari posting #YopaKerjaNyata, dibayar berapa? 😂",
    on="user",
    ttext="#YopaKerjaNyata hari ke-30 turun ke warga!",
)
# news and surveys
T(
    "N",
    "news",
    "post",
    "pg",
    "-",
    "Survei LSI terbaru: Ojan-Liana 34%, Hotma-Ayu 31%, Rizal-Benny 28%, sisanya belum menentukan. Ketat banget.",
)
T(
    "N",
    "news",
    "post",
    "pg",
    "-",
    "KPU DKI tetapkan nomor urut: 1 Fauzan-Liana, 2 Hotma-Sri, 3 Rizal-Benny. Kampanye mulai 25 September.",
)
T(
    "N",
    "news",
    "quote",
    "pg",
    "-",
    "Info: debat kedua Pilgub DKI Minggu malem di JIExpo, temanya transportasi & banjir.",
    on="news",
    ttext="KPU DKI umumkan jadwal debat kedua pilgub.",
)
T(
    "N",
    "news",
    "image",
    "pg",
    "-",
    "info buat warga",
    ocr="JADWAL DEBAT PUBLIK PILGUB DKI 2024 - PASLON 1 OJAN-LIANA, PASLON 2 HOTMAYU, PASLON 3 RIBEN - KPU PROVINSI DKI JAKARTA",
)
T(
    "N",
    "news",
    "post",
    "pg",
    "-",
    "Quick count jam 15.00: 01 35,2%, 02 33,8%, 03 31,0%. Kayaknya dua putaran nih",
)
T(
    "N",
    "news",
    "post",
    "dpr",
    "-",
    "Daftar caleg DPR RI dapil DKI II udah keluar, ada Nurul Fadhilah (PKS), Yohanes Hutapea (Golkar), Dimas Prasetyo (Gerindra), Kevin Halim (PDIP), Rara Anindita (NasDem). Cek di infopemilu.",
)
T(
    "N",
    "news",
    "post",
    "pg",
    "G2",
    "Bawaslu DKI temukan 120 APK paslon melanggar di Jaktim, termasuk baliho 'Jakarta Naik Kelas' yang dipaku di pohon.",
)
T(
    "N",
    "news",
    "comment",
    "pg",
    "G3",
    "Berarti 'Gas Terus Jakarta' itu mirip tagline iklan oli taun lalu ya? 🤔",
    on="news",
    ttext="Tim RIBEN luncurkan jingle kampanye 'Gas Terus Jakarta'",
)
T(
    "N",
    "news",
    "post",
    "party",
    "-",
    "Hasil resmi KPU: PDI Perjuangan, Golkar, Gerindra tiga besar nasional. PKS kuat di Jakarta.",
)
T(
    "N",
    "news",
    "post",
    "pg",
    "G3",
    "Litbang Kompas: elektabilitas Uda Rizal naik 5 poin setelah debat.",
)
# debate commentary
T(
    "N",
    "debate",
    "post",
    "pg",
    "-",
    "Debat semalem: Bang Ojan kuat di kampung, Ci Lian kuat data, Bang Hotma tegas, Uda Rizal tenang. Gue masih belom tau mau pilih siapa jujur.",
)
T(
    "N",
    "debate",
    "post",
    "pg",
    "-",
    "Pertanyaan panelis soal banjir rob gak ada yg jawab tuntas. Semua muter2. #DebatPilgubDKI",
)
T(
    "N",
    "debate",
    "reply",
    "pg",
    "G3",
    "Menurut gue Koh Benny salah data soal inflasi, harusnya 2,8 bukan 3,8. Tapi ya sudahlah",
    on="user",
    ttext="Koh Benny tadi keren pas bahas ekonomi",
)
T(
    "N",
    "debate",
    "post",
    "pg",
    "-",
    "Moderator debat tadi keren sih, tegas motong waktu. MVP malam ini 😂",
)
T(
    "N",
    "debate",
    "comment",
    "pg",
    "G2",
    "Mbak Ayu tadi nge-blank pas ditanya anggaran, kasian juga sih",
    on="user",
    ttext="Nonton debat gak tadi?",
)
T(
    "N",
    "debate",
    "post",
    "pg",
    "-",
    "Kalo boleh jujur, closing statement 01 paling emosional, 02 paling teknis, 03 paling santai. Nilai sendiri ya.",
)
# everyday uses of slogan words
T(
    "N",
    "everyday",
    "post",
    "pg",
    "G2",
    "Kantor kita naik kelas guys, pantry baru ada mesin kopi ☕ Sudin naik kelas 😂",
)
T(
    "N",
    "everyday",
    "post",
    "pg",
    "G3",
    "Gas terus! Deadline laporan triwulan jam 4 sore, tinggal 2 jam lagi 😤☕",
)
T(
    "N",
    "everyday",
    "post",
    "pg",
    "G1",
    "Urus SIM di Samsat sekarang gak ribet, 40 menit kelar. Salut sama petugasnya 👍",
)
T(
    "N",
    "everyday",
    "post",
    "pg",
    "G3",
    "Touring Jakarta–Puncak minggu ini, gas terus! Macet biarin 😂🏍️",
)
T(
    "N",
    "everyday",
    "post",
    "pg",
    "G1",
    "Jakarte kite emang rame, tapi kalo malem di Kota Tua tuh adem bener dah 🌙",
)
T(
    "N",
    "everyday",
    "post",
    "pg",
    "G3",
    "Riben mobil gue udah ngelupas, ada yang tau tempat pasang kaca film murah di Jakbar?",
)
T(
    "N",
    "everyday",
    "comment",
    "pg",
    "G3",
    "Ganti riben 3M aja bro, jangan yg 80% gelap ntar ditilang 😂",
    on="user",
    ttext="Kaca film mobil bagusnya merk apa ya?",
)
T(
    "N",
    "everyday",
    "post",
    "dpr",
    "D1",
    "Senayan macet total, ada konser. Jangan lewat Gatsu ya guys",
)
T(
    "N",
    "everyday",
    "post",
    "dpr",
    "D2",
    "Kerja nyata bukan kerja kata-kata. Quote bos gue tiap rapat Senin 🙄",
)
T(
    "N",
    "everyday",
    "post",
    "party",
    "NASDEM",
    "Restorasi sepeda onthel bapak udah kelar, tinggal dicat 🚲",
)
T(
    "N",
    "everyday",
    "post",
    "dpr",
    "D3",
    "Muda bergerak! Karang taruna RW 03 bersih2 kali Ciliwung hari Minggu, yuk join 💪",
)
# namesakes
T(
    "N",
    "namesake",
    "post",
    "pg",
    "G1",
    "Barista langganan gue namanya Ojan, latte art nya lucu banget ☕ Bang Ojan jago!",
)
T(
    "N",
    "namesake",
    "post",
    "pg",
    "G3",
    "Koh Benny tukang jahit di Pasar Baru udah 30 taun, jas gue rapi bener. Recommended! 👔",
)
T(
    "N",
    "namesake",
    "post",
    "pg",
    "G3",
    "Makan siang di RM Padang Uda Rizal deket kantor, rendangnya juara 🤤",
)
T(
    "N",
    "namesake",
    "post",
    "pg",
    "G2",
    "Mbak Ayu OB kantor ulang taun hari ini, kita patungan beli kue 🎂",
)
T(
    "N",
    "namesake",
    "post",
    "pg",
    "G1",
    "Ci Lian temen kantor gue resign 😭 bakal kangen dibawain kue keranjang tiap imlek",
)
T(
    "N",
    "namesake",
    "post",
    "dpr",
    "D3",
    "Mas Dimas kurir JNE udah kayak keluarga, tiap hari nganter paket bini gue 😂",
)
T(
    "N",
    "namesake",
    "post",
    "dpr",
    "D4",
    "Koh Kevin yang punya toko hp di Roxy ngasih diskon gede, mantap koh 👍",
)
T(
    "N",
    "namesake",
    "post",
    "pg",
    "G2",
    "Si Hotma anak magang baru, Batak asli, suaranya kenceng bener dah pas rapat 😂",
)
T("N", "namesake", "post", "dpr", "D2", "Bang Yopa montir langganan gue, motor langsung enteng 🛵")
# numbers in other senses
T(
    "N",
    "numbers",
    "post",
    "pg",
    "-",
    "Busway koridor 1 Blok M–Kota pagi ini padet parah, nunggu 3 bus 😩",
)
T(
    "N",
    "numbers",
    "post",
    "pg",
    "-",
    "KRL Bogor line gangguan lagi, gerbong nomor 2 dari depan penuh banget",
)
T("N", "numbers", "post", "pg", "-", "Yang mau ke GBK lewat gate 2 ya, gate 1 ditutup")
T(
    "N",
    "numbers",
    "post",
    "pg",
    "-",
    "Transjakarta 13 Ciledug–Tendean tuh underrated, flyover nya cakep pas sunset 🌇",
)
T(
    "N",
    "numbers",
    "post",
    "pg",
    "-",
    "Ngantri di loket nomor 3 Dukcapil udah sejam, nomor antrian gue 127 🙃",
)
T("N", "numbers", "post", "pg", "-", "Timnas menang 2-1! Gol nomor 2 keren banget 🔥🇮🇩")
T(
    "N",
    "numbers",
    "image",
    "pg",
    "-",
    "bantu pilih dong guys, nomor berapa?",
    ocr="NO. 1 SAGE GREEN / NO. 2 TERRACOTTA / NO. 3 CREAM",
)
T(
    "N",
    "numbers",
    "post",
    "pg",
    "-",
    "Anak gue ranking 3 di kelas, bangga bener dah 🥹 nomor 3 tapi di hati nomor 1",
)
T(
    "N",
    "numbers",
    "post",
    "pg",
    "-",
    "MRT fase 2 kapan kelar sih, Bundaran HI–Kota doang lama bener",
)
T("N", "numbers", "post", "pg", "-", "Lantai 2 kantor AC mati lagi. Yang di lantai 3 aman? 🥵")
T(
    "N",
    "numbers",
    "comment",
    "pg",
    "-",
    "Paket nomor 1 aja bro, nasi+ayam+es teh, paling worth it",
    on="user",
    ttext="Makan siang pesen paket yang mana ya?",
)
# other contests
T(
    "N",
    "other-contest",
    "post",
    "pg",
    "-",
    "Pemilihan ketua RT 07 minggu depan. Pak Haji Mamat nomor 1, Bang Udin nomor 2. Dua2nya baek, bingung gue 😂",
)
T(
    "N",
    "other-contest",
    "post",
    "pg",
    "-",
    "Vote nomor 3 ya guys di Indonesian Idol! Suaranya merinding 😭🎤",
)
T(
    "N",
    "other-contest",
    "post",
    "pg",
    "G1",
    "Coblos nomor 1 di pemilihan ketua OSIS SMA 70, adek gue calonnya 😆",
)
T(
    "N",
    "other-contest",
    "post",
    "pg",
    "-",
    "Pilkades di kampung nenek di Garut rame bener, nomor 2 menang tipis",
)
T(
    "N",
    "other-contest",
    "post",
    "pg",
    "-",
    "Voting Employee of the Month, pilih nomor 2 si Rina dari keuangan ya gaes 🏆",
)
T(
    "N",
    "other-contest",
    "post",
    "pg",
    "G1",
    "Ketua karang taruna baru: Bang Ojan dari RW 04. Selamat bro, gaskeun!",
)
T(
    "N",
    "other-contest",
    "comment",
    "pg",
    "-",
    "Pemilihan ketua paguyuban Batak di gereja, gue dukung Lae Togar nomor 2 😂",
    on="user",
    ttext="Minggu depan pemilihan ketua punguan ya",
)
# neutrality reminders
T(
    "N",
    "neutrality",
    "post",
    "pg",
    "-",
    "Pengingat buat rekan2 ASN Pemprov: jangan like, comment, share postingan paslon 1, 2, maupun 3. Netral itu wajib. #ASNNetral",
)
T(
    "N",
    "neutrality",
    "post",
    "pg",
    "-",
    "Sosialisasi SKB netralitas ASN di Balai Kota tadi pagi. Intinya: gak boleh foto pose jari, gak boleh ikut kampanye Ojan-Liana, Hotmayu, maupun Riben.",
)
T(
    "N",
    "neutrality",
    "image",
    "pg",
    "-",
    "Ingat ya rekan2",
    ocr="ASN NETRAL! DILARANG: MEMBERIKAN DUKUNGAN KEPADA PASLON 01, 02, 03 DI MEDIA SOSIAL - BKN / BAWASLU DKI",
)
T(
    "N",
    "neutrality",
    "reply",
    "pg",
    "G1",
    "Sori bro, gue ASN, gak bisa ikut grup relawan Sobat Ojan. Netral ya 🙏",
    on="user",
    ttext="Join grup Sobat Ojan yuk bro",
)
T(
    "N",
    "neutrality",
    "post",
    "dpr",
    "-",
    "Buat temen2 ASN: caleg sodara sendiri pun jangan dikampanyekan ya. Coblos di bilik aja, diem2 🤫",
)
T(
    "N",
    "neutrality",
    "comment",
    "pg",
    "G2",
    "Gak bisa bro, gue PNS. Nanti kena sanksi berat 😅",
    on="user",
    ttext="Ikut kampanye Bang Hotma yuk besok",
)
T(
    "N",
    "neutrality",
    "post",
    "pg",
    "-",
    "Sebagai ASN saya netral. Siapapun gubernurnya nanti, Rizal, Hotma, atau Fauzan, kami tetap melayani warga.",
)
# other: non-supportive comments on candidates' own posts, memes, complaints, family
T(
    "N",
    "candidate-post",
    "comment",
    "pg",
    "G1",
    "Pak, tolong perhatiin saluran air di Jl. Raya Bogor km 20, tiap ujan banjir sepinggang",
    on="P1G",
    ttext="Apa masalah utama di lingkungan kalian? Tulis di komentar.",
)
T(
    "N",
    "candidate-post",
    "comment",
    "pg",
    "G2",
    "Mbak, lokasi kampanye besok di mana ya? Jalan ditutup gak? Saya mau lewat buat kerja",
    on="P2W",
    ttext="Sampai jumpa besok di kampanye akbar!",
)
T(
    "N",
    "candidate-post",
    "reply",
    "dpr",
    "D4",
    "Koh, pajak UMKM tuh gimana sih sebenernya? Serius nanya",
    on="D4",
    ttext="Tanya jawab soal pajak UMKM, silakan tulis pertanyaan.",
)
T(
    "N",
    "meme",
    "image",
    "dpr",
    "-",
    "🤣🤣",
    ocr="WHEN BALIHO CALEG LEBIH BANYAK DARI POHON DI JAKARTA",
)
T(
    "N",
    "complaint",
    "post",
    "pg",
    "G3",
    "Baliho Uda Rizal segede gaban nutupin rambu di Pancoran. Bahaya bro, lapor Bawaslu.",
)
T(
    "N",
    "history",
    "post",
    "party",
    "GOLKAR",
    "Sejarah Golkar tuh panjang ya, dari Sekber 1964. Baru baca bukunya, menarik dari sisi akademis.",
)
T(
    "N",
    "commentary",
    "post",
    "party",
    "-",
    "PKS dan PDIP koalisi di pilkada? Politik emang cair banget 😂",
)
T(
    "N",
    "family",
    "post",
    "pg",
    "G3",
    "Nyokap gue fans berat Koh Benny, tiap ketemu baliho disapa. Gue mah diem aja, netral 🤐",
)

# ---------------------------------- A ---------------------------------------------------------
T("A", "wink", "post", "pg", "G1", "Yang jelas 27 November gue pilih yang gak ribet 😉")
T("A", "hand-sign", "post", "pg", "G2", "✌️✌️ udah tau kan maksudnya wkwk")
T("A", "slogan-bare", "post", "pg", "G3", "Gas terus jakarta 🔥")
T(
    "A",
    "namesake?",
    "post",
    "dpr",
    "D1",
    "Ustadzah Nurul di pengajian komplek tadi bahas sabar. Adem banget 🤲",
)
T(
    "A",
    "hand-sign",
    "image",
    "pg",
    "G2",
    "Peace ✌️",
    ocr="",
    alt="selfie di depan kantor dengan dua jari",
)
T(
    "A",
    "praise",
    "comment",
    "pg",
    "G3",
    "Mantap uda 👍",
    on="P3G",
    ttext="Meninjau waduk Pluit pagi ini.",
)
T(
    "A",
    "wink",
    "reply",
    "pg",
    "G1",
    "Udah jelas lah pilihan gue, yg dari Condet 😏",
    on="user",
    ttext="Lu pilih siapa sih?",
)
T("A", "vague", "post", "pg", "-", "Jakarta butuh pemimpin perempuan. Udah, itu aja.")
T(
    "A",
    "praise",
    "post",
    "pg",
    "G3",
    "Koh Benny tadi mampir ke kantor kelurahan, ramah banget orangnya 🙏",
)
T("A", "bet", "post", "pg", "G1", "Kalo Bang Ojan menang, gue traktir satu kantor nasi uduk 😂")
T(
    "A",
    "wish",
    "comment",
    "pg",
    "G2",
    "Sehat selalu Bang Hotma 🙏",
    on="P2G",
    ttext="Mohon doanya, hari ini jadwal padat di Jakarta Utara.",
)
T(
    "A",
    "slogan-conditional",
    "post",
    "pg",
    "G2",
    "Jakarta naik kelas? Amin. Siapapun yang bisa bikin begitu, gue dukung.",
)
T("A", "wink", "post", "pg", "G3", "Nomor tiga emang gak pernah salah 🤟 (you know what I mean)")
T(
    "A",
    "praise",
    "post",
    "dpr",
    "D5",
    "Caleg muda kayak Rara Anindita tuh bikin optimis sama politik Indonesia",
)
T(
    "A",
    "praise",
    "quote",
    "dpr",
    "D3",
    "Keren mas 🔥",
    on="D3",
    ttext="Alhamdulillah, 1000 paket sembako tersalurkan di Setiabudi.",
)

# ---------------------------------- O (outside windows, candidates only) ----------------------
T(
    "O",
    "before",
    "post",
    None,
    "G1",
    "Bang Ojan maju gubernur? Gue dukung 100%! Jakarte Kite! #OjanLiana",
    date="2024-06-10T20:15:00",
)
T(
    "O",
    "after",
    "post",
    None,
    "G2",
    "Selamat Bang Hotma & Mbak Ayu! Jakarta Naik Kelas dimulai ✌️ #HotmaAyu02",
    date="2025-01-15T09:30:00",
)
T(
    "O",
    "before",
    "post",
    None,
    "G3",
    "Uda Rizal cocok banget jadi gubernur, semoga maju! Gas Terus Jakarta 🔥",
    date="2024-07-20T19:00:00",
)
T(
    "O",
    "after",
    "post",
    None,
    "G3",
    "Koh Benny tetep idola gue walau kalah kemaren. RIBEN forever 🤟",
    date="2025-03-01T21:10:00",
)
T(
    "O",
    "before",
    "post",
    None,
    "G1",
    "Ci Lian tuh paling pantes mimpin Jakarta, which is semoga dia maju ya 🙏",
    date="2024-05-05T12:00:00",
)
T(
    "O",
    "before",
    "post",
    None,
    "D3",
    "Mas Dimas maju caleg? Wah gue dukung penuh bro, #DimasMudaBergerak 🔥",
    date="2023-02-10T18:45:00",
)
T(
    "O",
    "after",
    "post",
    None,
    "D4",
    "Selamat Koh Kevin udah dilantik jadi anggota DPR! Bangga, #KevinHalim4",
    date="2024-10-02T10:00:00+07:00",
)
T(
    "O",
    "before",
    "post",
    None,
    "D1",
    "Ustadzah Nurul kalo nyaleg pasti gue pilih. #NurulKeSenayan",
    date="2023-03-15T16:20:00",
)
T(
    "O",
    "after",
    "post",
    None,
    "G1",
    "Bang Ojan walaupun gak jadi gubernur, tetep pahlawan kampung kite 💚 coblos nomor 1 dari hati",
    date="2025-02-10T08:00:00",
)
T(
    "O",
    "after",
    "post",
    None,
    "D2",
    "Bang Yopa kerja nyata beneran, abis jadi dewan langsung benerin jalan di RW gue. #YopaKerjaNyata",
    date="2024-07-10T07:40:00",
)

# --------------------------------------------------------------------------------------------
# Bundle
# --------------------------------------------------------------------------------------------
EMP_NIP = "199001222015031002"
EMP_ACCOUNTS = {  # platform -> (user_id, handle)
    "x": ("1600000000000000101", "rizky_rmdhn"),
    "instagram": ("4512000101", "rizky.rmdhn"),
    "facebook": ("100009000000101", "rizky.ramadhan.90"),
    "tiktok": ("6900000000000101", "rizkyrmdhn90"),
    "threads": ("4512000101", "rizky.rmdhn"),
}
PLATFORM_BY_FORM = {
    "post": ["x", "facebook", "instagram", "tiktok", "threads"],
    "comment": ["instagram", "facebook", "tiktok", "x"],
    "reply": ["x", "threads", "x"],
    "quote": ["x"],
    "image": ["instagram", "facebook", "x"],
}


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def when(i: int, t: dict) -> str:
    if t["date"]:
        return t["date"] if "+" in t["date"] else t["date"] + "+07:00"
    lo, hi = CAMPAIGN_RANGE[t["el"]]
    span = (hi - lo).days
    day = lo + dt.timedelta(days=(i * 37) % (span + 1))
    hour = 7 + (i * 5) % 15
    minute = (i * 13) % 60
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ).isoformat()


def build_bundle(root: Path) -> dict[str, int]:
    root.mkdir(parents=True, exist_ok=True)
    (root / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe Pilgub DKI & DPR Dapil DKI II – Pemprov DKI Jakarta\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    write_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            ["PEMPROV-DKI", "Pemerintah Provinsi DKI Jakarta", "", "31"],
            ["DISHUB-DKI", "Dinas Perhubungan Provinsi DKI Jakarta", "PEMPROV-DKI", "31"],
            [
                "SUDINDIK-JS",
                "Suku Dinas Pendidikan Wilayah I Kota Administrasi Jakarta Selatan",
                "PEMPROV-DKI",
                "31.74",
            ],
        ],
    )
    write_csv(
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
                EMP_NIP,
                "Muhammad Rizky Ramadhan, S.Kom.",
                "DISHUB-DKI",
                "Bidang Angkutan Jalan",
                "Analis Transportasi",
                "PNS",
                "31",
                "active",
            ],
            [
                "197105172000032001",
                "Dra. Hj. Siti Aminah, M.Si.",
                "SUDINDIK-JS",
                "Seksi Kurikulum",
                "Kepala Seksi",
                "PNS",
                "31.74",
                "active",
            ],
            [
                "198511082010011003",
                "Andreas Sitorus, S.T.",
                "DISHUB-DKI",
                "UP Perparkiran",
                "Pengelola Parkir",
                "PNS",
                "31",
                "active",
            ],
            [
                "199407302020122004",
                "Lim Mei Hua, S.E.",
                "PEMPROV-DKI",
                "Biro Umum",
                "Analis Keuangan",
                "PNS",
                "31",
                "active",
            ],
            [
                "196803041993031001",
                "Drs. H. Bambang Sutrisno",
                "PEMPROV-DKI",
                "Inspektorat",
                "Auditor Madya",
                "PNS",
                "31",
                "inactive",
            ],
        ],
    )
    write_csv(
        root / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [
            [EMP_NIP, p, h, u, "Rizky Ramadhan", "2023-04-03", ""]
            for p, (u, h) in EMP_ACCOUNTS.items()
        ],
    )
    trows = []
    for tid, name, kind, eid, ballot, party, stem in ACTORS:
        for p in PLATFORMS_T:
            trows.append(
                [
                    tid,
                    name,
                    kind,
                    eid,
                    ballot,
                    party,
                    p,
                    stem if p != "x" else stem.replace(".", "_"),
                    target_uid(tid, p),
                ]
            )
    write_csv(
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
        trows,
    )
    write_csv(root / "keywords.csv", ["target_id", "term"], [list(k) for k in KEYWORDS])
    write_csv(
        root / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        [list(e) for e in ELECTIONS],
    )

    eid_to_idx: dict[str, int] = {}
    form_counter: Counter = Counter()
    lines = []
    for i, t in enumerate(TEXTS):
        plats = PLATFORM_BY_FORM[t["form"]]
        platform = plats[form_counter[t["form"]] % len(plats)]
        form_counter[t["form"]] += 1
        on = t["on"]
        if on and on not in ("user", "news") and platform not in PLATFORMS_T:
            platform = "x"
        uid, handle = EMP_ACCOUNTS[platform]
        action = {"image": "post"}.get(t["form"], t["form"])
        post_id = str(7300000000000000000 + i * 7919)
        ev = {
            "event_id": f"{platform}:{post_id}:{action}:{uid}",
            "platform": platform,
            "action": action,
            "occurred_at": when(i, t),
            "actor": {
                "user_id": uid,
                "handle": handle,
                "display_name": "Rizky Ramadhan",
                "bio": "Anak Jaktim | kopi, busway & futsal | opini pribadi",
                "location": "Jakarta",
            },
            "text": t["text"],
            "url": f"https://example.invalid/{platform}/{handle}/{post_id}",
            "media": [],
            "source": f"{platform}-probe",
        }
        if action != "post":
            tpid = str(5100000000000000000 + i * 104729)
            if on == "user":
                author_uid, author_handle = str(7700000 + i), f"temen_{i:03d}"
            elif on == "news":
                author_uid, author_handle = "7600001", "beritajakarta_id"
            else:
                author_uid, author_handle = target_uid(on, platform), target_handle(on)
            ev["target"] = {
                "post_id": tpid,
                "author_user_id": author_uid,
                "author_handle": author_handle,
                "text": t["ttext"],
                "url": f"https://example.invalid/{platform}/{author_handle}/{tpid}",
            }
        if t["form"] == "image":
            m = {
                "kind": "image",
                "url": f"https://example.invalid/img/{post_id}.jpg",
                "sha256": f"{i:064x}",
            }
            if t["ocr"]:
                m["ocr_text"] = t["ocr"]
            if t["alt"]:
                m["alt_text"] = t["alt"]
            ev["media"] = [m]
        eid_to_idx[ev["event_id"]] = i
        lines.append(orjson.dumps(ev))
    (root / "events.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    return eid_to_idx


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------
def short(s: str | None, n: int = 150) -> str:
    s = (s or "").replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="print every miss and false alarm")
    ap.add_argument(
        "--keep", help="build the bundle/workspace in this folder instead of a temp one"
    )
    args = ap.parse_args()

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="campaign_probe_jkt_"))
    bundle, ws, out = base / "bundle", base / "ws", base / "findings.jsonl"
    eid_to_idx = build_bundle(bundle)
    cmd = [NETRA, "scan", str(bundle), "--out", str(out), "-w", str(ws), "-q"]
    print("$", " ".join(cmd))
    r = subprocess.run(cmd, capture_output=True, text=True)
    print(r.stdout.strip())
    if r.returncode != 0:
        print(r.stderr, file=sys.stderr)
        print(f"netra exited {r.returncode}")
        return 1

    rej = list(ws.rglob("rejected*.jsonl"))
    nrej = 0
    for p in rej:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                nrej += 1
                print("REJECTED:", short(line, 300))
    print(f"rejected rows: {nrej}" + (f" ({', '.join(map(str, rej))})" if rej else ""))

    hits: dict[int, list[dict]] = defaultdict(list)
    cats: Counter = Counter()
    for line in out.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        f = orjson.loads(line)
        cats[f["category"]] += 1
        if f["category"] != "political.campaign":
            continue
        for e in f["event_ids"]:
            if e in eid_to_idx:
                hits[eid_to_idx[e]].append(f)
    print("findings by category:", dict(cats))

    by = defaultdict(list)
    for i, t in enumerate(TEXTS):
        by[t["label"]].append(i)
    print("\nlabels:", {k: len(v) for k, v in by.items()})

    tp = [i for i in by["C"] if i in hits]
    fn = [i for i in by["C"] if i not in hits]
    fp = [i for i in by["N"] if i in hits]
    P = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
    R = len(tp) / len(by["C"]) if by["C"] else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    print(
        f"\npolitical.campaign  C found {len(tp)}/{len(by['C'])}, missed {len(fn)}; "
        f"N false alarms {len(fp)}/{len(by['N'])}"
    )
    print(f"precision {P:.3f}  recall {R:.3f}  F1 {F:.3f}")
    print(
        f"A flagged {sum(i in hits for i in by['A'])}/{len(by['A'])};  "
        f"O flagged (outside window, should be 0) {sum(i in hits for i in by['O'])}/{len(by['O'])}"
    )

    right = sum(any(f.get("target_id") in GROUPS[TEXTS[i]["group"]] for f in hits[i]) for i in tp)
    print(f"C hits naming an intended target: {right}/{len(tp)}")

    print("\nrecall by form:")
    for form in ["post", "comment", "reply", "quote", "image"]:
        cs = [i for i in by["C"] if TEXTS[i]["form"] == form]
        if cs:
            print(f"  {form:8s} {sum(i in hits for i in cs):3d}/{len(cs)}")
    print("recall by election:")
    for el in ["pg", "dpr", "party"]:
        cs = [i for i in by["C"] if TEXTS[i]["el"] == el]
        print(f"  {el:8s} {sum(i in hits for i in cs):3d}/{len(cs)}")
    print("recall by C kind:")
    for k in sorted({TEXTS[i]["kind"] for i in by["C"]}):
        cs = [i for i in by["C"] if TEXTS[i]["kind"] == k]
        print(f"  {k:10s} {sum(i in hits for i in cs):3d}/{len(cs)}")
    print("false alarms by kind of N:")
    for k in sorted({TEXTS[i]["kind"] for i in by["N"]}):
        ns = [i for i in by["N"] if TEXTS[i]["kind"] == k]
        print(f"  {k:15s} {sum(i in hits for i in ns):3d}/{len(ns)}")

    def line(i: int) -> str:
        t = TEXTS[i]
        tids = sorted({f.get("target_id") or "-" for f in hits.get(i, [])})
        body = t["text"] if t["text"] else ""
        if t["ocr"]:
            body += f"  [ocr: {t['ocr']}]"
        if t["alt"]:
            body += f"  [alt: {t['alt']}]"
        where = f" on {t['on']}" if t["on"] else ""
        return f"  #{i:03d} {t['label']}/{t['kind']}/{t['form']}{where} tgt={','.join(tids) or '-'}: {short(body, 220)}"

    wrong = [
        i for i in tp if not any(f.get("target_id") in GROUPS[TEXTS[i]["group"]] for f in hits[i])
    ]
    if args.show:
        print("\nMISSES (C not flagged):")
        for i in fn:
            print(line(i))
        print("\nFALSE ALARMS (N flagged):")
        for i in fp:
            print(line(i))
        print("\nC hits with no intended target:")
        for i in wrong:
            print(line(i))
        print("\nA (ambiguous):")
        for i in by["A"]:
            print(("  FLAG " if i in hits else "  ---- ") + line(i).strip())
        print("\nO (outside window):")
        for i in by["O"]:
            print(("  FLAG " if i in hits else "  ---- ") + line(i).strip())
    print(f"\nbundle and workspace: {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
