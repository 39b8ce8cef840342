# ruff: noqa: E501
"""Independent out-of-sample probe of `political.campaign` (Kalimantan edition).

Built only from the public contract (shared/spec/bundle-v1.md, shared/spec/categories.md) and
shared/research/domain.md; the harness layout follows the Jakarta probe, but every election,
person, nickname, slogan and text here is new and written for this file.

The world (all people invented; parties and their 2024 national ballot numbers are public):
  * Pilbup Kabupaten Banjar 2024 (Kalimantan Selatan, region 63.03), three pairs:
      1 RUFI   - H. Ahmad Rusdiansyah ("Julak Rusdi") & Hj. Noor Fitriani ("Acil Fitri"),
                 slogan "Banjar Barakat", team "Sahabat Julak"
      2 MADANI - Gusti Mahyudin Anwar ("Gusti Mahyu") & Danang Kristianto Lambung ("Bang Danang"),
                 team "Barisan Madani Banua"
      3 RASA   - Hj. Siti Raudah Hamidah ("Bunda Raudah") & Arbain Syahrani ("Ading Arbain"),
                 slogan "Banjar Satu Rasa", team "Bubuhan Raudah"
  * DPRD Provinsi Kalimantan Selatan 2024, dapil Kalsel II, five invented caleg.
  * Seven real national parties (PKB 1, Gerindra 2, PDI-P 3, Golkar 4, PKS 8, PAN 12,
    Demokrat 14).
  * Five invented civil servants (Banjar, Dayak, Javanese-transmigrant and Samarinda/Kutai
    voices) with declared accounts on facebook, instagram, tiktok, x, threads, bluesky,
    youtube and `other` (WhatsApp status captured in a complaint).

Labels:
  C  clearly campaigns for / shows support of a target, dated inside the neutrality window
  N  close but not campaigning (neutral election talk, news, reminders, criticism, namesakes,
     the same numbers/acronyms elsewhere, other contests, questions, quoted-to-reject)
  A  ambiguous: reported, not scored
  O  campaign-like but dated outside every window, naming candidates only (no party, no
     ballot number), so nothing should be flagged

All texts, labels and dates were written BEFORE the first run of this probe and are not to be
edited after seeing results. Only the political.campaign category is scored.

Usage:
  python benchmarks/campaign_probe_kalimantan.py [--show] [--keep DIR]
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
WITA = dt.timezone(dt.timedelta(hours=8))

# =============================================================================================
# Elections: stages per election; the window runs from the first start to the last end.
# =============================================================================================
PB = "PILBUP-BANJAR-2024"
DP = "DPRD-KALSEL-II-2024"
PB_NAME = "Pemilihan Bupati dan Wakil Bupati Banjar 2024"
DP_NAME = "Pemilu Anggota DPRD Provinsi Kalimantan Selatan 2024 Dapil Kalsel II"

STAGES = {
    "pb": {
        "candidacy": ("2024-08-27", "2024-09-24"),
        "campaign": ("2024-09-25", "2024-11-23"),
        "quiet": ("2024-11-24", "2024-11-26"),
        "voting": ("2024-11-27", "2024-11-27"),
        "counting": ("2024-11-28", "2024-12-09"),
        "result": ("2024-12-10", "2024-12-31"),
    },
    "dp": {
        "candidacy": ("2023-05-01", "2023-11-27"),
        "campaign": ("2023-11-28", "2024-02-10"),
        "quiet": ("2024-02-11", "2024-02-13"),
        "voting": ("2024-02-14", "2024-02-14"),
        "counting": ("2024-02-15", "2024-03-20"),
        "result": ("2024-03-21", "2024-05-15"),
    },
}
STAGES["pt"] = STAGES["dp"]  # party texts are dated in the Pemilu 2024 calendar

ELECTION_ROWS = [
    [PB, PB_NAME, "regional_head", "63.03", st, a, b] for st, (a, b) in STAGES["pb"].items()
] + [[DP, DP_NAME, "legislative", "63", st, a, b] for st, (a, b) in STAGES["dp"].items()]

# =============================================================================================
# Targets
# =============================================================================================
# target_id, name, kind, election_id, ballot_number, party, handle stem
ACTORS = [
    ("P1B", "H. Ahmad Rusdiansyah, S.Sos., M.AP.", "candidate", PB, "1", "", "julakrusdi.official"),
    ("P1W", "Hj. Noor Fitriani, S.ST.", "candidate", PB, "1", "", "acilfitri.bjr"),
    ("TM1", "Relawan Sahabat Julak", "campaign_team", PB, "1", "", "sahabatjulak"),
    ("P2B", "Gusti Mahyudin Anwar, S.H., M.H.", "candidate", PB, "2", "", "gustimahyu"),
    ("P2W", "Ir. Danang Kristianto Lambung", "candidate", PB, "2", "", "bangdanang.lambung"),
    ("TM2", "Barisan Madani Banua", "campaign_team", PB, "2", "", "barisanmadanibanua"),
    ("P3B", "Hj. Siti Raudah Hamidah, M.Pd.", "candidate", PB, "3", "", "bundaraudah"),
    ("P3W", "Arbain Syahrani, S.IP.", "candidate", PB, "3", "", "ading.arbain"),
    ("TM3", "Komunitas Bubuhan Raudah", "campaign_team", PB, "3", "", "bubuhanraudah"),
    ("D1", "H. Muhammad Saberan, S.Ag.", "candidate", DP, "3", "PKB", "guru.saberan"),
    ("D2", "Yuliana Intan Sari, S.Kep., Ners", "candidate", DP, "1", "GOLKAR", "nersyuli.kalsel"),
    ("D3", "Rahmadi Hasan", "candidate", DP, "2", "GERINDRA", "amangmadi.bagawi"),
    (
        "D4",
        "Theresia Dewi Anggraini Tingang, S.H.",
        "candidate",
        DP,
        "1",
        "PDIP",
        "kaktere.tingang",
    ),
    ("D5", "Fahriannor, Lc.", "candidate", DP, "4", "PKS", "ustadzfahri.membumi"),
    ("PKB", "Partai Kebangkitan Bangsa", "party", "", "1", "", "pkb.kalsel.probe"),
    ("GERINDRA", "Partai Gerakan Indonesia Raya", "party", "", "2", "", "gerindra.kalsel.probe"),
    ("PDIP", "PDI Perjuangan", "party", "", "3", "", "pdip.kalsel.probe"),
    ("GOLKAR", "Partai Golongan Karya", "party", "", "4", "", "golkar.kalsel.probe"),
    ("PKS", "Partai Keadilan Sejahtera", "party", "", "8", "", "pks.kalsel.probe"),
    ("PAN", "Partai Amanat Nasional", "party", "", "12", "", "pan.kalsel.probe"),
    ("DEMOKRAT", "Partai Demokrat", "party", "", "14", "", "demokrat.kalsel.probe"),
]
TARGET_PLATFORMS = ["facebook", "instagram", "tiktok", "x", "youtube", "threads"]
ACTOR_IDX = {a[0]: k for k, a in enumerate(ACTORS)}


def target_uid(tid: str, platform: str) -> str:
    return str(630300000 + ACTOR_IDX[tid] * 100 + TARGET_PLATFORMS.index(platform))


def target_handle(tid: str, platform: str) -> str:
    stem = ACTORS[ACTOR_IDX[tid]][6]
    return stem.replace(".", "_") if platform == "x" else stem


KEYWORDS = [
    ("P1B", "RUFI"),
    ("P1B", "#RUFIBarakat"),
    ("P1B", "Banjar Barakat"),
    ("P1B", "Julak Rusdi"),
    ("P1B", "coblos nomor 1"),
    ("P1W", "Acil Fitri"),
    ("TM1", "Sahabat Julak"),
    ("P2B", "MADANI"),
    ("P2B", "#MADANI02"),
    ("P2B", "Gusti Mahyu"),
    ("P2B", "coblos nomor 2"),
    ("P2W", "Bang Danang"),
    ("TM2", "Barisan Madani Banua"),
    ("P3B", "RASA"),
    ("P3B", "#RASA03"),
    ("P3B", "#BanjarSatuRasa"),
    ("P3B", "Bunda Raudah"),
    ("P3B", "coblos nomor 3"),
    ("P3W", "Ading Arbain"),
    ("TM3", "Bubuhan Raudah"),
    ("D1", "Guru Saberan"),
    ("D1", "#SaberanPeduli"),
    ("D2", "Ners Yuli"),
    ("D2", "#YulianaUntukBanua"),
    ("D3", "Amang Madi"),
    ("D3", "Madi Bagawi"),
    ("D4", "Kak Tere"),
    ("D4", "#TereBanua"),
    ("D5", "Ustadz Fahri"),
    ("D5", "#FahriMembumi"),
    ("PKB", "#PKBKalsel"),
    ("GERINDRA", "#GerindraKalsel"),
    ("PDIP", "#PDIPKalsel"),
    ("GOLKAR", "#GolkarKalsel"),
    ("PKS", "#PKSBanua"),
    ("PAN", "#PANKalsel"),
    ("DEMOKRAT", "#DemokratKalsel"),
]

GROUPS = {
    "G1": ("P1B", "P1W", "TM1"),
    "G2": ("P2B", "P2W", "TM2"),
    "G3": ("P3B", "P3W", "TM3"),
    "D1": ("D1", "PKB"),
    "D2": ("D2", "GOLKAR"),
    "D3": ("D3", "GERINDRA"),
    "D4": ("D4", "PDIP"),
    "D5": ("D5", "PKS"),
    "PKB": ("PKB",),
    "GERINDRA": ("GERINDRA",),
    "PDIP": ("PDIP",),
    "GOLKAR": ("GOLKAR",),
    "PKS": ("PKS",),
    "PAN": ("PAN",),
    "DEMOKRAT": ("DEMOKRAT",),
    "-": (),
}

# =============================================================================================
# Employees (invented) and their declared accounts
# =============================================================================================
EMPLOYEES = {
    "bj1": dict(
        nip="198804172011031004",
        name="Muhammad Noor Hidayat, S.Kom.",
        agency="DISKOMINFO-BJR",
        unit="Bidang Informasi dan Komunikasi Publik",
        position="Pranata Komputer Ahli Muda",
        region="63.03",
        display="Dayat Martapura",
        bio="urang Martapura asli | kopi, iwak haruan & futsal",
        location="Martapura, Kalimantan Selatan",
        accounts={
            "facebook": ("100081000000011", "dayat.martapura"),
            "tiktok": ("7100000000000011", "dayat_mtp"),
            "instagram": ("5630000011", "dayat.mtp"),
            "x": ("1700000000000000011", "dayat_mtp"),
        },
    ),
    "bj2": dict(
        nip="197911022005012003",
        name="Hj. Rabiatul Adawiyah, S.Pd.",
        agency="DISDIK-BJR",
        unit="UPT SD Negeri Tambak Anyar 2",
        position="Guru Ahli Madya",
        region="63.03",
        display="Rabiah Adawiyah",
        bio="Guru SD | ibu ampat anak | Astambul",
        location="Astambul, Banjar",
        accounts={
            "facebook": ("100081000000022", "rabiah.adawiyah.79"),
            "tiktok": ("7100000000000022", "acilrabiah"),
            "youtube": ("UCprobeRabiah00000000022", "rabiahadawiyah"),
            "other": ("wa-status-0022", "rabiah_wa"),
        },
    ),
    "dy": dict(
        nip="199007252015031001",
        name="Yosua Hendrawan Uvang, S.Hut.",
        agency="DISHUT-KALSEL",
        unit="Seksi Perhutanan Sosial",
        position="Penyuluh Kehutanan Ahli Pertama",
        region="63",
        display="Yosua Uvang",
        bio="Penyuluh hutan | Meratus | Tabe!",
        location="Loksado / Banjarbaru",
        accounts={
            "facebook": ("100081000000033", "yosua.uvang"),
            "instagram": ("5630000033", "yosua.uvang"),
            "x": ("1700000000000000033", "yosuauvang"),
            "threads": ("5630000033", "yosua.uvang"),
        },
    ),
    "jw": dict(
        nip="199201302019022002",
        name="Sri Lestari Wahyuningtyas, A.Md.Kep.",
        agency="RSUD-BJR",
        unit="Instalasi Gawat Darurat",
        position="Perawat Terampil",
        region="63.03",
        display="Tari Lestari",
        bio="perawat IGD 🩺 | wong Gambut asli Jawa | ig & tiktok: tari.lestari",
        location="Gambut, Banjar",
        accounts={
            "tiktok": ("7100000000000044", "tari.lestari"),
            "facebook": ("100081000000044", "tari.lestari.92"),
            "instagram": ("5630000044", "tari.lestari"),
        },
    ),
    "kt": dict(
        nip="198509092010121002",
        name="Aji Rahmad Kurniawan, S.E., M.Ak.",
        agency="BAKEUDA-KALSEL",
        unit="Bidang Anggaran",
        position="Analis Anggaran Ahli Muda",
        region="63",
        display="Aji Rahmad",
        bio="Samarinda born, Banjarbaru based. Opini pribadi.",
        location="Banjarbaru",
        accounts={
            "x": ("1700000000000000055", "ajirahmad_"),
            "threads": ("5630000055", "aji.rahmad"),
            "instagram": ("5630000055", "aji.rahmad"),
            "bluesky": ("did:plc:probeajirahmad55", "ajirahmad.bsky.social"),
            "youtube": ("UCprobeAjiRahmad000000055", "ajirahmad"),
        },
    ),
}
FORM_PLATFORMS = {
    "post": ["facebook", "tiktok", "instagram", "x", "threads", "bluesky", "other"],
    "comment": ["facebook", "instagram", "tiktok", "youtube"],
    "reply": ["x", "threads", "bluesky", "facebook"],
    "quote": ["x", "threads", "bluesky"],
    "image": ["instagram", "facebook", "x", "threads"],
}

# =============================================================================================
# Texts.  case(label, kind, form, el, group, who, text, on=, ttext=, ocr=, alt=, stage=, date=, plat=)
#   form:  post | comment | reply | quote | image (a post with a picture: alt_text / ocr_text)
#   el:    pb (pilbup) | dp (DPRD) | pt (party, Pemilu 2024 calendar)
#   on:    what a comment/reply/quote is on: a target_id, "user" (a friend) or "news"
#   stage: stage of `el` to date the event in (default campaign); date= overrides (O texts)
# =============================================================================================
TEXTS: list[dict] = []


def case(label, kind, form, el, group, who, text, **kw):
    t = dict(label=label, kind=kind, form=form, el=el, group=group, who=who, text=text)
    for k in ("on", "ttext", "ocr", "alt", "stage", "date", "plat"):
        t[k] = kw.pop(k, None)
    assert not kw, kw
    TEXTS.append(t)


# ------------------------------- C: pilbup, pair 1 (RUFI) ------------------------------------
case(
    "C",
    "ballot",
    "post",
    "pb",
    "G1",
    "bj1",
    "Ulun sudah bulat hati, 27 Nopember isuk cucuk nomor asa. Julak Rusdi wan Acil Fitri, mudahan Banjar makin barakat 🤲 #RUFIBarakat",
)
case(
    "C",
    "nickname",
    "post",
    "pb",
    "G1",
    "bj2",
    "Bubuhan guru honor di Astambul, ingat lah siapa nang suah datang ka sakulah kita waktu banjir. Julak Rusdi haja pang, kada usah bingung lagi 😊",
)
case(
    "C",
    "elongated",
    "post",
    "pb",
    "G1",
    "bj1",
    "RUFIIIII 🔥🔥🔥 gasss poll lah bubuhan Martapura!!! nomor 1 pokoknyaaa ☝️☝️ #RUFIBarakat #PilbupBanjar2024",
    plat="tiktok",
)
case(
    "C",
    "prayer",
    "comment",
    "pb",
    "G1",
    "bj2",
    "Aamiin ya Allah, mudahan Julak wan Acil manang, ulun sakaluarga sudah pasti milih pian 🤲❤️",
    on="P1B",
    ttext="Terima kasih warga Sungai Tabuk atas sambutan hangatnya malam tadi. Banjar Barakat!",
)
case(
    "C",
    "javanese",
    "comment",
    "pb",
    "G1",
    "jw",
    "Wis to mbak, ra usah galau. Aku karo bojoku wis sepakat nyoblos Julak Rusdi, wonge jujur, ngerti petani. 👍",
    on="user",
    ttext="Bingung euy mau pilih siapa buat bupati 😅",
)
case(
    "C",
    "kutai",
    "reply",
    "pb",
    "G1",
    "kt",
    "iya ai, kita dengar ja pidato Acil Fitri kemarin, beneh bagus. Aku pilih RUFI, kada pakai ragu.",
    on="user",
    ttext="Ada yg nonton kampanye di Gambut tadi?",
)
case(
    "C",
    "pantun",
    "post",
    "pb",
    "G1",
    "bj2",
    "Pisang mahuli di dalam piring,\nDimakan baduaan lawan kuih cincin;\nBanjar barakat jangan kada diiring,\nCucuk Julak Rusdi, mudahan jadi pamimpin. 🤲",
)
case(
    "C",
    "testimonial",
    "post",
    "pb",
    "G1",
    "dy",
    "Saya kenal beliau sejak 2010 waktu beliau masih camat di Aranio. Orangnya turun sendiri ke balai adat, duduk bersila sama tetua. Beliau sudah terbukti. Tanggal 27 saya dan keluarga besar Meratus bulat ke Julak Rusdi. Tabe 🙏",
)
case(
    "C",
    "hidden",
    "post",
    "pb",
    "G1",
    "jw",
    "Pagi ini dinas pagi di IGD, pasien banyak bgt krn musim diare 😷 jangan lupa rebus air minum ya lur. Oiya, sbg warga Gambut aku udh mantep, tgl 27 nomer siji, Julak Rusdi - Acil Fitri. Sekian.",
)
case(
    "C",
    "photo",
    "image",
    "pb",
    "G1",
    "bj1",
    "Bapadah ka pahumaan 🌾🤍",
    alt="Foto penulis di sawah mengenakan kaos putih bertuliskan RUFI Banjar Barakat sambil mengacungkan satu jari telunjuk",
)
case(
    "C",
    "forward",
    "post",
    "pb",
    "G1",
    "bj2",
    "*Diteruskan*\nAssalamualaikum bubuhan sabarataan 🙏 Ayo kita sukseskan pasangan nomor 1 RUFI, Julak Rusdi & Acil Fitri, gasan Banjar nang labih barakat. Sebarkan ka keluarga wan kakawanan! ☝️☝️☝️",
    plat="other",
)
case(
    "C",
    "implicit",
    "quote",
    "pb",
    "G1",
    "kt",
    "Nah ini baru calon bupati nang paham karet wan sawit. Kita urang Banjar mun handak harga gatah naik, tau ja pilih siapa ☝️ #RUFIBarakat",
    on="P1B",
    ttext="Program RUFI: pabrik pengolahan karet rakyat di tiap kecamatan.",
)
case(
    "C",
    "team",
    "post",
    "pb",
    "G1",
    "bj1",
    "Alhamdulillah resmi bagabung wan Sahabat Julak kecamatan Karang Intan. Sapanjang jalan kita pasang spanduk, sapanjang hati kita pilih nomor 1 😁",
)
case(
    "C",
    "nickname",
    "post",
    "pb",
    "G1",
    "jw",
    "Acil Fitri tuh bidan desa dulu, pernah bantuin ibuku lahiran adekku 🥹 skrg beliau maju jd wabup, ya jelas aku dukung lah. Nomor 1 yaa guys ☝️ #RUFIBarakat",
    plat="tiktok",
)

# ------------------------------- C: pilbup, pair 2 (MADANI) ----------------------------------
case(
    "C",
    "acronym",
    "post",
    "pb",
    "G2",
    "bj1",
    "Gusti Mahyu wan Bang Danang, paket lengkap: urang Banjar wan urang Dayak baimbai mambangun banua. Nomor dua, dua jari ✌️ #MADANI02",
)
case(
    "C",
    "dayak",
    "post",
    "pb",
    "G2",
    "dy",
    "Tabe pakat! Huma Betang mengajarkan kita hidup rukun. Pasangan MADANI ini contohnya, Banjar-Dayak bersatu. Isen mulang, 27 November kita coblos nomor 2! ✌️🔥",
)
case(
    "C",
    "javanese",
    "comment",
    "pb",
    "G2",
    "jw",
    "Mantul pak Gusti 👍👍 wis pokoke MADANI, ojo lali sedulur kabeh nomer loro ✌️",
    on="P2B",
    ttext="Silaturahmi bersama paguyuban warga Jawa di Gambut.",
)
case(
    "C",
    "nickname",
    "comment",
    "pb",
    "G2",
    "bj2",
    "Ulun kada paduli survei-survei ngini, hati ulun tetap lawan Gusti Mahyu. Bismillah MADANI manang!",
    on="news",
    ttext="Survei: elektabilitas paslon Pilbup Banjar masih ketat",
)
case(
    "C",
    "kutai",
    "reply",
    "pb",
    "G2",
    "kt",
    "kalau aku pang, kaitu ja: nomor 2 paling masuk akal. Bang Danang tuh anak muda yang ngerti digital, cocok ai.",
    on="user",
    ttext="Menurut kalian paslon mana yg visinya paling realistis?",
)
case(
    "C",
    "pantun",
    "post",
    "pb",
    "G2",
    "bj1",
    "Burung pipit hinggap di dahan,\nDahan patah ditiup angin;\nMADANI datang membawa harapan,\nNomor dua jadikan pemimpin. ✌️",
)
case(
    "C",
    "kutai",
    "post",
    "pb",
    "G2",
    "kt",
    "Aku ni urang Samarinda tapi sudah 8 tahun bagawi di Martapura, KTP sudah Banjar. Jadi tahun ini aku nyoblos, dan pilihanku Gusti Mahyu. Beneh, kita liat ja programnya, paling nyata. ✌️",
)
case(
    "C",
    "prayer",
    "post",
    "pb",
    "G2",
    "bj2",
    "Ya Allah, mudahkanlah urusan Gusti Mahyudin wan Bang Danang, jadikan sidin bupati nang amanah. Aamiin. ✌️🤲",
)
case(
    "C",
    "photo",
    "image",
    "pb",
    "G2",
    "dy",
    "Hari ini kumpul bersama kawan-kawan Barisan Madani Banua di Sungai Tabuk 🙌",
    ocr="BARISAN MADANI BANUA - MENANGKAN NOMOR 2 - GUSTI MAHYU & DANANG",
)
case(
    "C",
    "nickname",
    "quote",
    "pb",
    "G2",
    "bj1",
    "Nah kan, debat tadi malam Gusti Mahyu paling tenang manjawab. Makin yakin ulun ✌️✌️",
    on="news",
    ttext="Debat kedua Pilbup Banjar: paslon adu gagasan soal banjir",
)
case(
    "C",
    "hidden",
    "post",
    "pb",
    "G2",
    "jw",
    "Sabtu kemarin ikut senam pagi di lapangan Murjani, rame banget, ada doorprize kipas angin wkwk. Yg bikin seneng, ketemu langsung Bang Danang, ramah pol. Pilihanku wis jelas: dua jari ✌️",
)
case(
    "C",
    "number",
    "post",
    "pb",
    "G2",
    "bj1",
    "yg dua jari mana suaranyaaa ✌️✌️✌️ 27/11 kita tunjukkan!! nomor 2 harga mati 😤",
    plat="tiktok",
)
case(
    "C",
    "abbrev",
    "post",
    "pb",
    "G2",
    "jw",
    "sy dgn kluarga udh sepakat pilih paslon no 2 utk bupati, gk ada yg lain. Gusti Mahyu bgt pokoknya 💪",
    plat="facebook",
)

# ------------------------------- C: pilbup, pair 3 (RASA) ------------------------------------
case(
    "C",
    "nickname",
    "post",
    "pb",
    "G3",
    "bj2",
    "Sabagai guru, ulun himung banar ada calon bupati bibinian nang asalnya guru jua. Bunda Raudah, pian pasti manang! Nomor talu 3️⃣",
)
case(
    "C",
    "ballot",
    "post",
    "pb",
    "G3",
    "bj1",
    "Cucuk nomor talu, kada usah ragu! RASA gasan Banjar 💚 #RASA03 #BanjarSatuRasa",
)
case(
    "C",
    "elongated",
    "comment",
    "pb",
    "G3",
    "jw",
    "Bundaaa semangat yaa 😍😍 aku dukung Bunda Raudah sampe menang, nomer telu joss 🔥",
    on="P3B",
    ttext="Kampanye dialogis bersama ibu-ibu PKK Mataraman",
)
case(
    "C",
    "kutai",
    "reply",
    "pb",
    "G3",
    "kt",
    "bujur ai, ading Arbain tuh bekas aktivis, aku yakin dia kada korupsi. RASA menang bah!",
    on="user",
    ttext="Wakil bupati nomor 3 itu siapa sih sebenernya?",
)
case(
    "C",
    "pantun",
    "post",
    "pb",
    "G3",
    "bj2",
    "Ka Kandangan manukar katupat,\nSinggah sabantar di pasar Binuang;\nBunda Raudah calon nang tapat,\nNomor talu pasti manang. 💚",
)
case(
    "C",
    "testimonial",
    "post",
    "pb",
    "G3",
    "dy",
    "Waktu banjir 2021 yang turun bawa perahu karet ke desa kami itu Bu Raudah sendiri, bukan timnya. Orang seperti ini yang pantas pimpin Banjar. Saya pilih nomor 3.",
)
case(
    "C",
    "forward",
    "post",
    "pb",
    "G3",
    "bj2",
    "Pesan dari grup RT 🙏: Bapak ibu warga sekalian, jangan golput, ayo ramai-ramai ke TPS dan coblos nomor 3 RASA. Bunda Raudah sudah terbukti peduli. Terima kasih.",
    plat="other",
)
case(
    "C",
    "photo",
    "image",
    "pb",
    "G3",
    "jw",
    "Kaos baru dari Bubuhan Raudah, adem dipakai 😁",
    alt="Penulis berpose memakai kaos hijau bergambar Bunda Raudah dan Ading Arbain dengan tulisan #RASA03",
)
case(
    "C",
    "implicit",
    "quote",
    "pb",
    "G3",
    "dy",
    "Setuju 100%. Bunda Raudah dan Ading Arbain paling jelas soal tanah adat. Jangan sampai salah pilih, kawan. #RASA03",
    on="user",
    ttext="Dari tiga paslon, cuma satu yang menyebut hak ulayat di visi misinya.",
)
case(
    "C",
    "hidden",
    "post",
    "pb",
    "G3",
    "kt",
    "Tadi pagi macet parah di Jalan A. Yani km 34, ada truk batubara mogok. Kapan mau beres jalan ni? Makanya aku pilih yang berani ngurusin angkutan batubara: Bunda Raudah, nomor tiga. Aman ai sudah.",
)
case(
    "C",
    "elongated",
    "post",
    "pb",
    "G3",
    "jw",
    "RASAAAA 💚💚💚 sing penting Bunda menang lur, nomer 3 ojo nganti keliru nyoblos 🙏",
    plat="tiktok",
)
case(
    "C",
    "team",
    "comment",
    "pb",
    "G3",
    "bj1",
    "Siap bubuhan, TPS 5 Tanjung Rema aman, kami kawal suara nomor talu!",
    on="TM3",
    ttext="Relawan Bubuhan Raudah, pastikan saksi di tiap TPS!",
)

# ------------------------------- C: pilbup, other stages and styles ---------------------------
case(
    "C",
    "stage",
    "post",
    "pb",
    "G1",
    "bj1",
    "Masa tenang kah? Ulun tenang ai, karena sudah tahu isuk lusa cucuk nomor asa 😎 #RUFIBarakat",
    stage="quiet",
)
case(
    "C",
    "stage",
    "image",
    "pb",
    "G2",
    "jw",
    "Sudah nyoblos! ✅ semoga menang yaa Bang Danang & Gusti 🤲✌️",
    alt="Jari kelingking bertinta ungu diacungkan bersama dua jari membentuk huruf V",
    stage="voting",
)
case(
    "C",
    "stage",
    "post",
    "pb",
    "G1",
    "bj2",
    "Alhamdulillah Julak Rusdi wan Acil Fitri sudah mendaftar ka KPU. Ulun dukung sampai tuntas, bismillah nomor barapa haja kaina kita pilih sidin 🤲",
    stage="candidacy",
)
case(
    "C",
    "stage",
    "post",
    "pb",
    "G3",
    "dy",
    "Baru daftar ke KPU Banjar tadi pagi, pasangan Raudah–Arbain langsung saya dukung. Semoga lolos verifikasi dan menang. 🙏",
    stage="candidacy",
)
case(
    "C",
    "nickname",
    "comment",
    "pb",
    "G2",
    "kt",
    "Bang Danang kita semua di belakang pian! MADANI menang, Banjar maju ✌️",
    on="P2W",
    ttext="Live: kampanye dialogis di Kecamatan Mataraman",
)
case(
    "C",
    "nickname",
    "reply",
    "pb",
    "G3",
    "bj2",
    "Inggih acil, ulun jua sudah maajak bubuhan majelis taklim milih Bunda Raudah. Mudahan barakat 🤲",
    on="user",
    ttext="Rabiah, ikam milih siapa? acil ni condong ka nomor 3",
)
case(
    "C",
    "english",
    "post",
    "pb",
    "G2",
    "kt",
    "honestly, among the three, Gusti Mahyu's team is the only one with a real plan for the flooding in Martapura. my vote goes to 02, no cap ✌️",
    plat="threads",
)
case(
    "C",
    "hashtag",
    "post",
    "pb",
    "G2",
    "dy",
    "#MADANI02 trending di Kalsel hari ini 🔥 buktinya rakyat sudah menentukan. Ayo terus bergerak, pakat dayak sabarataan!",
    plat="x",
)
case(
    "C",
    "flyer",
    "image",
    "pb",
    "G1",
    "bj1",
    "Ayo ramaikan! 🎉",
    ocr="JALAN SEHAT BERSAMA SAHABAT JULAK - MINGGU 20 OKTOBER - LAPANGAN DHARMA PRAJA - MENANGKAN RUFI NOMOR 1",
)
case(
    "C",
    "hidden",
    "post",
    "pb",
    "G1",
    "bj1",
    "Kisah samalam: tulak ka Pasar Martapura manukar iwak haruan, tatamu kakawanan lawas. Bapandir lawas, bakisah pasal anak, pasal harga gatah. Ujung-ujungnya sepakat: nang paling mangarti urang pahumaan wan pakabunan tu Julak Rusdi. Jadi kami baduaan nomor asa ☝️",
    plat="facebook",
)
case(
    "C",
    "testimonial",
    "comment",
    "pb",
    "G3",
    "dy",
    "Jangan ragu bro, Ading Arbain itu teman SMA saya, jujur orangnya. Pilih 03 sudah 👍",
    on="user",
    ttext="Ada yg kenal calon wakil bupati 03? kayak masih muda banget",
)
case(
    "C",
    "terse",
    "reply",
    "pb",
    "G2",
    "kt",
    "Gusti Mahyu. Dua. Final. ✌️",
    on="user",
    ttext="siapa pilihanmu buat bupati Banjar?",
    plat="bluesky",
)
case(
    "C",
    "abbrev",
    "post",
    "pb",
    "G3",
    "jw",
    "pov: km ASN tp di bilik suara bebas 🤫 … yg pnting nomer 3 yaaa 💚 #RASA03",
    plat="tiktok",
)

# ------------------------------- C: DPRD caleg -----------------------------------------------
case(
    "C",
    "caleg",
    "post",
    "dp",
    "D1",
    "bj2",
    "Gasan DPRD provinsi, ulun milih Guru Saberan. Sidin rajin maisi pengajian di kampung kami kada minta upah. PKB, nomor urut 3 ☝️ #SaberanPeduli",
)
case(
    "C",
    "caleg",
    "post",
    "dp",
    "D2",
    "jw",
    "Sebagai perawat aku seneng ada Ners Yuli maju DPRD Kalsel, paham banget nasib nakes. Golkar nomor urut 1, coblos yaa temen2 🙏 #YulianaUntukBanua",
)
case(
    "C",
    "caleg",
    "comment",
    "dp",
    "D3",
    "bj1",
    "Amang Madi mantap! Madi Bagawi, kada banyak pandir. Gerindra nomor 2, caleg nomor 2, gampang ingatnya ✌️",
    on="D3",
    ttext="Reses warga: perbaikan titian di Sungai Tabuk sudah dimulai.",
)
case(
    "C",
    "caleg",
    "post",
    "dp",
    "D4",
    "dy",
    "Kak Tere anak Dayak asli, lulusan hukum, pernah mendampingi masyarakat adat di sengketa lahan. Untuk DPRD Provinsi saya coblos beliau, PDI Perjuangan nomor 1. #TereBanua",
)
case(
    "C",
    "caleg",
    "post",
    "dp",
    "D5",
    "kt",
    "Ustadz Fahri tuh kalau ceramah kada pernah menyindir orang, adem. Mun kita handak wakil yang santun di DPRD, pilih beliau, PKS urut 4. #FahriMembumi",
)
case(
    "C",
    "caleg",
    "reply",
    "dp",
    "D4",
    "kt",
    "DPRD Provinsi kah? Aku Kak Tere ai, kita coblos juga ya, PDIP nomor 1 😄",
    on="user",
    ttext="Kalian DPRD provinsi pilih siapa? aku masih kosong",
)
case(
    "C",
    "photo",
    "image",
    "dp",
    "D2",
    "jw",
    "Terima kasih kalendernya Ners 🙏😊",
    ocr="YULIANA INTAN SARI S.Kep., Ners - CALON ANGGOTA DPRD PROVINSI KALSEL - GOLKAR - NOMOR URUT 1 - COBLOS!",
)
case(
    "C",
    "prayer",
    "comment",
    "dp",
    "D1",
    "bj2",
    "Aamiin, mudahan Guru Saberan duduk di DPRD, sudah pantas banar. Kami sakampung milih pian 🤲",
    on="D1",
    ttext="Mohon doa restu, insyaallah berjuang untuk madrasah dan pesantren.",
)
case(
    "C",
    "pantun",
    "post",
    "dp",
    "D3",
    "bj1",
    "Kapal tunda di Sungai Martapura,\nMuatan batu bara ka Banjarmasin;\nAmang Madi urangnya bagawi nyata,\nCucuk sidin jangan kada yakin. 💪",
)
case(
    "C",
    "caleg",
    "quote",
    "dp",
    "D4",
    "dy",
    "Ini dia caleg yang benar-benar turun ke lapangan. Tanggal 14 Februari jangan lupa, Kak Tere untuk DPRD Kalsel! 💪",
    on="D4",
    ttext="Hari ini menyusuri Sungai Riam Kanan bersama warga.",
)
case(
    "C",
    "javanese",
    "post",
    "dp",
    "D5",
    "jw",
    "Bapakku wis tuwa tapi semangat, jarene arep nyoblos Ustadz Fahri soale sering bantu masjid. Aku yo podo, nderek bapak 😊 #FahriMembumi",
)
case(
    "C",
    "hidden",
    "post",
    "dp",
    "D3",
    "kt",
    "Foto-foto di Pantai Batakan kemarin 🌊 capek tapi happy. Btw jangan lupa 14 Feb, DPRD Provinsi: Amang Madi, Gerindra. Orangnya baik banget sama bubuhan nelayan.",
    plat="instagram",
)
case(
    "C",
    "stage",
    "comment",
    "dp",
    "D2",
    "bj2",
    "Alhamdulillah sudah mancucuk, DPRD provinsi ulun cucuk Ners Yuli, mudahan sidin duduk 🤲",
    on="user",
    ttext="Sudah ka TPS kah bubuhan?",
    stage="voting",
)
case(
    "C",
    "stage",
    "post",
    "dp",
    "D4",
    "dy",
    "Masa tenang, saya diam saja… tapi dalam hati sudah mantap Kak Tere 😌 #TereBanua",
    stage="quiet",
)
case(
    "C",
    "forward",
    "post",
    "dp",
    "D1",
    "bj2",
    "Diteruskan dari grup majelis: 'Mohon doa dan dukungan gasan Guru H. Muhammad Saberan, caleg DPRD Provinsi dapil Kalsel 2, PKB nomor urut 3. Jangan lupa 14 Februari.' Ulun mendukung 🤲",
    plat="other",
)
case(
    "C",
    "abbrev",
    "post",
    "dp",
    "D2",
    "jw",
    "bsk 14 feb pilih ners yuli yaa, nakes hrs ada wakilnya di dewan 💉💪",
    plat="tiktok",
)
case(
    "C",
    "caleg",
    "reply",
    "dp",
    "D3",
    "kt",
    "Madi Bagawi bukan cuma slogan, aku liat sendiri dia bantu ngaspal gang di Sungai Besar pakai duit pribadi. Pilih dia.",
    on="user",
    ttext="slogan caleg itu semua sama aja 😒",
    plat="bluesky",
)
case(
    "C",
    "stage",
    "post",
    "dp",
    "D4",
    "dy",
    "Dengar kabar Kak Tere didaftarkan sebagai bakal caleg DPRD Provinsi. Kami warga Loksado siap mendukung penuh! 🙌",
    stage="candidacy",
)
case(
    "C",
    "photo",
    "image",
    "dp",
    "D5",
    "dy",
    "Bersama calon wakil rakyat kita 🙏",
    alt="Penulis berfoto bersama Ustadz Fahriannor di depan spanduk PKS, keduanya mengacungkan empat jari",
)
case(
    "C",
    "javanese",
    "comment",
    "dp",
    "D5",
    "jw",
    "Ustadz semangat! Kami sekeluarga insyaallah nyoblos panjenengan 🤲",
    on="D5",
    ttext="Ngaji bareng warga Gambut, Ahad pagi.",
)

# ------------------------------- C: parties --------------------------------------------------
case(
    "C",
    "party",
    "post",
    "pt",
    "PKB",
    "bj1",
    "Pemilu 14 Pebruari, ulun sakaluarga PKB. Nomor asa, dari dulu sampai wayah ini ☝️",
)
case(
    "C",
    "party",
    "post",
    "pt",
    "GERINDRA",
    "jw",
    "Ayo lur, 14 Februari coblos Gerindra nomor 2, ojo sampe salah ✊",
)
case(
    "C",
    "party",
    "post",
    "pt",
    "PDIP",
    "dy",
    "Banteng moncong putih di dada, sampai kapan pun tetap merah. Coblos PDI Perjuangan nomor 3! 🐂🔴",
)
case(
    "C",
    "party",
    "post",
    "pt",
    "GOLKAR",
    "kt",
    "Pohon beringin tempat berteduh. Golkar nomor 4, karena pengalaman tidak bisa dibohongi 💛",
)
case(
    "C",
    "party",
    "comment",
    "pt",
    "PKS",
    "bj2",
    "Insyaallah PKS manang di Kalsel, kami siap mancucuk nomor 8 🤲",
    on="PKS",
    ttext="Konsolidasi kader se-Kabupaten Banjar.",
)
case(
    "C",
    "party",
    "reply",
    "pt",
    "PAN",
    "kt",
    "PAN ai, nomor 12. Kada usah banyak tanya 😁",
    on="user",
    ttext="kamu partai apa tahun ini?",
)
case(
    "C",
    "party",
    "quote",
    "pt",
    "DEMOKRAT",
    "dy",
    "Demokrat nomor 14 🔵 konsisten dari dulu. Ayo kawan-kawan!",
    on="DEMOKRAT",
    ttext="Kampanye akbar Demokrat Kalsel di Banjarbaru.",
)
case(
    "C",
    "photo",
    "image",
    "pt",
    "PDIP",
    "jw",
    "Bendera udah dipasang depan rumah 🇮🇩 + 🔴",
    alt="Bendera merah putih dan bendera partai PDI Perjuangan berkibar di pagar rumah penulis",
)
case(
    "C",
    "pantun",
    "post",
    "pt",
    "PKB",
    "bj2",
    "Batang pisang di tapi sungai,\nDitabang urang gasan maulah rakit;\nPKB nomor asa jangan dilalai,\nMudahan banua kita bangkit. 🤲",
)
case(
    "C",
    "party",
    "post",
    "pt",
    "GERINDRA",
    "jw",
    "garuda di dadaku, GERINDRA pilihanku 🦅🔥 #Gerindra2 #Pemilu2024",
    plat="tiktok",
)
case(
    "C",
    "hidden",
    "post",
    "pt",
    "PKS",
    "kt",
    "Ngopi di Samarinda Seberang sama kawan lama, ngobrol pasal kerjaan, pasal anak sekolah, pasal harga sawit. Ujungnya aku bilang: tahun ini aku PKS ai, nomor 8, sudah kupikir masak-masak.",
)
case(
    "C",
    "party",
    "comment",
    "pt",
    "GOLKAR",
    "dy",
    "Hasil survei boleh apa saja, yang jelas kami di Hulu Sungai tetap Golkar, nomor 4 😎",
    on="news",
    ttext="Survei: partai-partai besar bersaing ketat di Kalsel",
)
case(
    "C",
    "forward",
    "post",
    "pt",
    "PAN",
    "bj2",
    "🇮🇩 PESAN DARI KAMI 🇮🇩 Demi masa depan anak cucu, mari 14 Februari coblos PAN nomor 12. Sebarkan ke 10 orang! 🙏",
    plat="other",
)
case(
    "C",
    "abbrev",
    "post",
    "pt",
    "GERINDRA",
    "bj1",
    "utk DPRD kab, prov, RI, sy coblos partai yg sama: Gerindra. Biar solid dr bawah smp atas 💪",
)
case(
    "C",
    "party",
    "reply",
    "pt",
    "PDIP",
    "dy",
    "Jelas merah lah bro, PDIP 3 🔴🔴",
    on="user",
    ttext="partai mana yg paling peduli masyarakat adat menurutmu?",
)
case(
    "C",
    "stage",
    "post",
    "pt",
    "PKB",
    "jw",
    "Minggu tenang, tapi hatiku tetep ijo. PKB! ☝️💚",
    stage="quiet",
)
case(
    "C",
    "party",
    "comment",
    "pt",
    "PKB",
    "bj1",
    "Hidup PKB! Nomor satu di hati urang Banjar ☝️💚",
    on="PKB",
    ttext="Harlah dan konsolidasi pemenangan PKB Kalsel.",
)
case(
    "C",
    "stage",
    "image",
    "pt",
    "GOLKAR",
    "kt",
    "Done ✅ Golkar dari atas sampai bawah 💛",
    alt="Surat suara di dalam bilik dan jari bertinta ungu",
    stage="voting",
)

# ------------------------------- N: pilbup-adjacent ------------------------------------------
case(
    "N",
    "schedule",
    "post",
    "pb",
    "-",
    "bj1",
    "Info KPU Kab. Banjar: debat publik kedua calon bupati wan wakil bupati Banjar disiarkan langsung malam Jumat jam 19.30 WITA. Tonton, dangarakan, nilai saurang-saurang.",
)
case(
    "N",
    "tps",
    "post",
    "pb",
    "-",
    "bj2",
    "Pengumuman gasan warga RT 03: TPS 07 dipindah ka halaman Langgar Al-Ikhlas. Bawa KTP wan undangan C6 lah. Jam 7 sudah buka.",
)
case(
    "N",
    "reminder",
    "post",
    "pb",
    "-",
    "dy",
    "Pengingat untuk rekan-rekan ASN Dinas Kehutanan: selama tahapan Pilkada jangan foto dengan gaya jari satu, dua atau tiga, jangan like, komen atau share akun paslon. Tetap netral ya. 🙏",
)
case(
    "N",
    "criticism",
    "post",
    "pb",
    "G1",
    "kt",
    "Janji paslon nomor 1 bikin pabrik karet di tiap kecamatan tuh kira-kira duitnya dari mana? APBD Banjar segitu-segitu ja. Jangan kita dibual.",
)
case(
    "N",
    "mockery",
    "comment",
    "pb",
    "G2",
    "bj2",
    "Baliho Gusti Mahyu sudah kaya kulat musim hujan, sampai di batang jingah gin dipaku. Kasian pohonnya, pak 😔",
    on="news",
    ttext="Bawaslu tertibkan ratusan APK yang melanggar di Martapura",
)
case(
    "N",
    "namesake",
    "post",
    "pb",
    "-",
    "jw",
    "Acil Fitri yg jualan nasi kuning di depan RSUD td pagi tutup, ternyata lagi sakit. Semoga cepet sembuh ya cil, kangen nasi kuning iwak haruan buatanmu 🥺",
)
case(
    "N",
    "namesake",
    "post",
    "pb",
    "-",
    "bj1",
    "Minta doanya bubuhan, Julak Rusdi (julak ulun saurang, kakak abah) masuk rumah sakit tadi malam. Mudahan lakas baik. 🤲",
)
case(
    "N",
    "numbers",
    "post",
    "pb",
    "-",
    "jw",
    "Barito Putera menang 2-1 tadi malam!! Gol kedua menit 90+2 bikin jantungan 😭⚽ Bulan depan lawan Borneo FC, gas!",
)
case(
    "N",
    "acronym-other",
    "post",
    "pb",
    "-",
    "bj2",
    "Khutbah Jumat tadi di Masjid Agung Al-Karomah tentang membangun masyarakat madani: masyarakat nang beradab, tolong menolong, wan bajujur. Barakat banar isinya.",
)
case(
    "N",
    "acronym-other",
    "post",
    "pb",
    "-",
    "kt",
    "Soto Banjar di warung Bang Amat rasanya kada pernah berubah dari aku SMA. Satu rasa, satu kenangan 🍜",
)
case(
    "N",
    "slogan-word",
    "post",
    "pb",
    "-",
    "bj1",
    "Alhamdulillah hujan turun jua, barakat gasan bubuhan patani di Banjar nang sudah lawas manunggu 🌧️🌾",
)
case(
    "N",
    "other-contest",
    "post",
    "pb",
    "-",
    "bj2",
    "Anak ulun kelas 11 manang jadi ketua OSIS, paslon nomor 2! Bangga ulun, anak-anak balajar demokrasi dengan jujur. 👏",
)
case(
    "N",
    "other-contest",
    "post",
    "pb",
    "-",
    "bj1",
    "Ayo warga Desa Tambak Anyar, Ahad isuk pemilihan pambakal. Cucuk nomor 1 Pak Ijai, urangnya jujur wan rajin ka langgar!",
)
case(
    "N",
    "other-contest",
    "post",
    "pb",
    "-",
    "jw",
    "Dukung adikku di Pemilihan Nanang Galuh Kabupaten Banjar ya, vote Galuh nomor 3 lewat link di bio 🙏💃 makasih semuanya!",
    plat="tiktok",
)
case(
    "N",
    "question",
    "reply",
    "pb",
    "-",
    "kt",
    "Jujur aku masih bingung, tiga-tiganya punya kelebihan. Ada yg bisa kasih perbandingan program pendidikan mereka?",
    on="user",
    ttext="Pilbup Banjar tinggal 2 minggu lagi, sudah tentukan pilihan?",
)
case(
    "N",
    "quote-reject",
    "post",
    "pb",
    "G2",
    "bj2",
    "Ada nang mangirim ka grup WA guru: 'Ayo coblos nomor 2 MADANI, Banjar maju!' Tolong lah bubuhan, grup kantor jangan dipakai gasan kampanye, kita ini ASN wajib netral. 🙏",
)
case(
    "N",
    "news",
    "quote",
    "pb",
    "-",
    "dy",
    "Info saja.",
    on="news",
    ttext="KPU Banjar tetapkan nomor urut: RUFI nomor 1, MADANI nomor 2, RASA nomor 3",
)
case(
    "N",
    "criticism",
    "comment",
    "pb",
    "G3",
    "kt",
    "Bu, janji sekolah gratis waktu di DPRD kabupaten dulu kok belum ada kabarnya? Jawab dulu yang lama sebelum janji yang baru.",
    on="P3B",
    ttext="Bunda Raudah: pendidikan gratis sampai SMA untuk anak Banjar!",
)
case(
    "N",
    "numbers",
    "post",
    "pb",
    "-",
    "jw",
    "Info lalin: jalan A. Yani km 3 sampai km 5 macet total ada perbaikan pipa PDAM. Lewat jalur 2 aja lur, atau muter lewat jalan Sekumpul.",
)
case(
    "N",
    "hand-sign",
    "post",
    "pb",
    "-",
    "bj1",
    "Anak ulun umur 2 tahun tadi ditakuni 'umur barapa?' langsung maangkat dua jari ✌️ lucu banar 😂",
)
case(
    "N",
    "neutral",
    "post",
    "pb",
    "-",
    "dy",
    "Pilkada itu pesta demokrasi, bukan perang. Siapa pun yang menang nanti, besoknya kita tetap bertetangga. Jaga kerukunan, jangan termakan hoaks.",
)
case(
    "N",
    "numbers",
    "post",
    "pb",
    "-",
    "kt",
    "Arisan RT bulan ini yang keluar nomor 3 lagi, Bu Inah dapat dua kali berturut-turut 😂 rezeki jangan ditolak.",
)
case(
    "N",
    "neutral",
    "comment",
    "pb",
    "-",
    "bj2",
    "Kami sakaluarga pasti datang ka TPS, hak pilih jangan dibuang. Pilihan rahasia lah 😊",
    on="user",
    ttext="Jangan golput bubuhan!",
)
case(
    "N",
    "mockery",
    "post",
    "pb",
    "G1",
    "jw",
    "Tadi ada mobil kampanye nomer 1 muter2 di komplek pake sound horeg jam 10 malem 😤 bayi-bayi pada bangun. Paslon apa tukang sound?",
)
case(
    "N",
    "news",
    "post",
    "pb",
    "-",
    "bj1",
    "Bawaslu Banjar menemukan pelanggaran APK dari katiga paslon: RUFI, MADANI, wan RASA. Samunyaan kena tegur. Ngini nah mun kada tertib.",
)
case(
    "N",
    "question",
    "reply",
    "pb",
    "-",
    "dy",
    "Ada yang tahu visi misi paslon nomor 3 soal masyarakat adat? Saya cari di website KPU belum ketemu.",
    on="user",
    ttext="Debat malam ini bahas lingkungan hidup",
)
case(
    "N",
    "namesake",
    "post",
    "pb",
    "-",
    "kt",
    "Selamat ulang tahun Bang Danang, abang iparku yang paling sabar ngadepin adikku 😂🎂 panjang umur ya bang!",
)
case(
    "N",
    "namesake",
    "post",
    "pb",
    "-",
    "jw",
    "Ponakanku si Raudah hari ini wisuda TK, pinter banget udah lancar baca Iqro 🥰",
)
case(
    "N",
    "reminder",
    "post",
    "pb",
    "-",
    "bj2",
    "Edaran dari dinas: ASN dilarang memasang foto profil atau status bertuliskan #RUFIBarakat, #MADANI02, #RASA03 atau slogan paslon lainnya. Mari saling mengingatkan. 🙏",
)
case(
    "N",
    "neutral",
    "comment",
    "pb",
    "-",
    "kt",
    "Debat tadi malam menurut aku dua paslon bagus di ekonomi, satu paslon bagus di pendidikan. Belum ada yang lengkap.",
    on="news",
    ttext="Live: Debat Pilbup Banjar 2024",
)
case(
    "N",
    "neutral",
    "post",
    "pb",
    "-",
    "dy",
    "Hari ini bimtek KPPS untuk TPS di desa kami. Jadi petugas harus netral, tidak boleh pakai atribut paslon mana pun. Semangat teman-teman KPPS!",
)
case(
    "N",
    "criticism",
    "post",
    "pb",
    "G2",
    "bj1",
    "Gusti Mahyu baucap handak manggratiskan PBB, padahal PAD kabupaten gin kurang. Kaya apa caranya, pak? Jangan janji manis haja.",
)
case(
    "N",
    "numbers",
    "post",
    "pb",
    "-",
    "jw",
    "Alhamdulillah anakku ranking 2 di kelas, nomor 1 nya sahabatnya sendiri 🥰 bangga sama kalian nak",
)
case(
    "N",
    "quote-reject",
    "quote",
    "pb",
    "G2",
    "kt",
    "Akun-akun buzzer kaya gini nih yang bikin Pilkada jadi panas. Kada usah dilayani.",
    on="TM2",
    ttext="Yang tidak pilih MADANI berarti tidak cinta Banjar!",
)
case(
    "N",
    "pantun",
    "post",
    "pb",
    "-",
    "bj2",
    "Ka pasar Martapura manukar intan,\nIntan digosok urang Cempaka;\nPilkada datang kita tenang-tenang,\nJaga banua rukun sabarataan. 🤝",
)
case(
    "N",
    "namesake",
    "post",
    "pb",
    "-",
    "bj2",
    "Hadis Arbain Nawawi nomor 3 tentang rukun Islam kami hafalkan tadi di pengajian. Alhamdulillah.",
)
case(
    "N",
    "acronym-other",
    "post",
    "pb",
    "-",
    "kt",
    "Diskon 30% di Toserba Madani Martapura sampai Minggu, lumayan buat stok popok 👶",
)
case(
    "N",
    "neutral",
    "comment",
    "pb",
    "-",
    "jw",
    "wkwk iyaa bener, tiap hari di grup keluarga debat paslon terus, aku mah diem aja, ntar dikira ikutan 😂",
    on="user",
    ttext="grup wa keluarga lagi panas bahas pilkada 🔥",
)
case(
    "N",
    "satire",
    "post",
    "pb",
    "-",
    "bj1",
    "Musim kampanye: jalan rusak tiba-tiba dihampar batu, langgar tiba-tiba dapat karpet hanyar. Lepas tanggal 27 kita lihat haja, masih kah ada nang datang. 😏",
)
case(
    "N",
    "reminder",
    "reply",
    "pb",
    "-",
    "dy",
    "Setahu saya ASN tidak boleh datang ke kampanye, apalagi pakai atribut. Lebih aman di rumah saja, nonton debat di TV.",
    on="user",
    ttext="Boleh kah ASN nonton kampanye?",
)
case(
    "N",
    "news",
    "post",
    "pb",
    "-",
    "jw",
    "Hasil hitung cepat Pilbup Banjar sudah keluar, tunggu hasil resmi KPU ya lur, jangan saling ejek.",
    stage="counting",
)
case(
    "N",
    "photo",
    "image",
    "pb",
    "-",
    "bj2",
    "Sosialisasi pemilih pemula di sakulah kami bersama KPU Kab. Banjar 🗳️",
    ocr="KPU KABUPATEN BANJAR - AYO MEMILIH 27 NOVEMBER 2024 - SUARAMU MENENTUKAN",
)
case(
    "N",
    "photo",
    "image",
    "pb",
    "-",
    "jw",
    "Cuci mata di pasar intan Martapura 💎",
    alt="Etalase toko perhiasan berisi batu intan dan cincin",
)
case(
    "N",
    "other-contest",
    "post",
    "pb",
    "-",
    "kt",
    "Final Bintang Radio Kalsel malam ini, jagoanku peserta nomor 2, suaranya merdu poll. Semoga juara!",
)
case(
    "N",
    "question",
    "comment",
    "pb",
    "G1",
    "dy",
    "Pak, bagaimana rencana Bapak terkait izin tambang di kawasan hutan Meratus? Mohon penjelasannya.",
    on="P1B",
    ttext="Dialog bersama warga Kecamatan Aranio",
)
case(
    "N",
    "hoax-warning",
    "post",
    "pb",
    "-",
    "bj1",
    "Ada kabar paslon nomor 3 mundur? Itu hoaks, bubuhan. Sudah dibantah KPU. Jangan asal share.",
)
case(
    "N",
    "mockery",
    "post",
    "pb",
    "G3",
    "jw",
    "Katanya 'Satu Rasa Satu Banua' tapi tim suksesnya aja rebutan nasi kotak sampe ribut 🤣 rasa apa itu?",
)
case(
    "N",
    "news",
    "post",
    "pb",
    "-",
    "dy",
    "Rekap di TPS 04 selesai jam 8 malam. Terima kasih saksi dari ketiga paslon yang tertib. Demokrasi berjalan baik.",
    stage="counting",
)

# ------------------------------- N: DPRD / party-adjacent ------------------------------------
case(
    "N",
    "namesake",
    "post",
    "dp",
    "-",
    "bj2",
    "Pak Saberan tukang las di simpang tiga Sungai Sipai tu murah wan rapi gawiannya, pagar rumah ulun sidin nang maulah. Rekomendasi lah 👍",
)
case(
    "N",
    "namesake",
    "post",
    "dp",
    "-",
    "jw",
    "Ners Yuli temen seangkatanku di ICU dapet beasiswa S2 ke Jogja! Bangga bgt 🥹🎓",
)
case(
    "N",
    "numbers",
    "post",
    "dp",
    "-",
    "kt",
    "Antri di Samsat Banjarbaru dapat nomor urut 4, padahal datang jam 7. Mantap pelayanannya 👍",
)
case(
    "N",
    "criticism",
    "post",
    "pt",
    "-",
    "dy",
    "Partai-partai sibuk pasang baliho, tapi waktu desa kami banjir tidak ada satu pun yang datang. Merah, kuning, biru, hijau sama saja.",
)
case(
    "N",
    "news",
    "quote",
    "dp",
    "-",
    "kt",
    "Catat tanggalnya.",
    on="news",
    ttext="KPU: pemungutan suara Pemilu 2024 digelar 14 Februari, masa tenang 11-13 Februari",
)
case(
    "N",
    "symbol-other",
    "post",
    "pt",
    "-",
    "bj1",
    "Ada banteng lapas di jalan Gambut, hampir manabrak motor ulun 😱 sapa ampunnya nih?",
)
case(
    "N",
    "symbol-other",
    "post",
    "pt",
    "-",
    "jw",
    "Nonton timnas tadi malam, Garuda di dadaku! 🇮🇩⚽ menang 2-0 mantaaap",
)
case(
    "N",
    "symbol-other",
    "post",
    "pt",
    "-",
    "bj2",
    "Pohon beringin di halaman sakulah ditabang karena akarnya marusak pondasi. Sedih jua, tampat anak-anak bahiyup 😢",
)
case(
    "N",
    "news",
    "post",
    "dp",
    "-",
    "dy",
    "Berita: KPU Kalsel menetapkan DCT DPRD Provinsi, ada 18 partai. Silakan cek nama caleg di dapil masing-masing di website KPU.",
)
case(
    "N",
    "question",
    "comment",
    "dp",
    "D2",
    "jw",
    "Bu, kalau terpilih nanti gimana nasib perawat honorer yang gajinya di bawah UMR?",
    on="D2",
    ttext="Ners Yuli: saya berjuang untuk kesejahteraan tenaga kesehatan.",
)
case(
    "N",
    "reminder",
    "post",
    "pt",
    "-",
    "kt",
    "Buat teman-teman ASN: foto dengan kaos partai, walaupun cuma dikasih tetangga, bisa kena sanksi. Simpan aja di lemari dulu 😅",
)
case(
    "N",
    "quote-reject",
    "post",
    "pt",
    "-",
    "bj1",
    "Tadi ada urang datang ka rumah mambawa sembako wan baucap 'Ingat nomor 2 lah'. Ulun bulikakan sembakonya. Ulun ASN, kada kawa manarima, wan kada handak dibeli suara.",
)
case(
    "N",
    "criticism",
    "reply",
    "dp",
    "D4",
    "dy",
    "Kak Tere itu katanya pembela masyarakat adat, tapi kenapa diam waktu kasus lahan di desa kami? Jangan cuma pencitraan.",
    on="user",
    ttext="Caleg muda makin banyak di Kalsel",
)
case(
    "N",
    "namesake",
    "post",
    "dp",
    "-",
    "jw",
    "Kajian subuh bareng Ustadz Fahri (guru ngaji anakku, bukan yang di baliho ya 😅) bahas adab menuntut ilmu. Adem banget.",
)
case(
    "N",
    "numbers",
    "post",
    "dp",
    "-",
    "bj2",
    "Anak ulun naik ka kelas 8, dapat nomor absen 8 jua 😄 wali kelasnya baik banar. Samangat balajar nak!",
)
case(
    "N",
    "news",
    "quote",
    "dp",
    "-",
    "kt",
    "Semoga prosesnya jujur.",
    on="news",
    ttext="Rekapitulasi suara DPRD Provinsi Kalsel tingkat kecamatan dimulai hari ini",
    stage="counting",
)
case(
    "N",
    "other-contest",
    "post",
    "dp",
    "-",
    "dy",
    "Paduan suara gereja kami dapat nomor tampil 1 di lomba Pesparawi tingkat provinsi. Doakan ya, kami latihan sampai malam 🙏🎶",
)
case(
    "N",
    "numbers",
    "post",
    "dp",
    "-",
    "jw",
    "Ibu adalah nomor satu di hidupku ❤️ selamat hari ibu, Bu.",
    date="2023-12-22",
)
case(
    "N",
    "criticism",
    "comment",
    "pt",
    "-",
    "bj1",
    "PKB, Gerindra, PDIP, Golkar, sama haja. Waktu kampanye haja datang ka kampung. Ulun kada parcaya lagi.",
    on="news",
    ttext="Partai-partai mulai kampanye terbuka di Kabupaten Banjar",
)
case(
    "N",
    "neutral",
    "post",
    "pt",
    "-",
    "kt",
    "14 Februari nanti pakai hak pilihmu, pilih sesuai hati nurani. Jangan mau dibayar. #PemiluDamai2024",
)
case(
    "N",
    "namesake",
    "post",
    "dp",
    "-",
    "bj2",
    "Amang Madi tukang pentol langganan anak-anak sakulah ulun, wayah ini sudah kada bajualan lagi karena sakit pinggang. Mudahan lakas waras, mang 🤲",
)
case(
    "N",
    "namesake",
    "post",
    "dp",
    "-",
    "jw",
    "Baru selesai baca novel Tere Liye yang baru, nangis bombay 😭📖 recommended!",
)
case(
    "N",
    "photo",
    "image",
    "dp",
    "-",
    "dy",
    "Rapat koordinasi pengawasan netralitas ASN bersama Bawaslu Provinsi.",
    ocr="NETRALITAS ASN: DILARANG FOTO BERSAMA CALON, DILARANG MENGGUNAKAN ATRIBUT PARTAI, DILARANG MEMBERIKAN DUKUNGAN DI MEDIA SOSIAL",
)
case(
    "N",
    "question",
    "reply",
    "pt",
    "-",
    "kt",
    "Coba cek data KPU aja, aku gak hafal partai mana dapat kursi terbanyak di Kalsel pemilu lalu.",
    on="user",
    ttext="partai mana paling kuat di Kalsel?",
)
case(
    "N",
    "satire",
    "post",
    "dp",
    "-",
    "bj1",
    "Stiker caleg ditempel di tiang listrik depan rumah, di pintu WC umum pasar gin ada. Kada ingat lagi mana nang nomor barapa, sudah kaya iklan sedot WC 😂",
)
case(
    "N",
    "numbers",
    "post",
    "dp",
    "-",
    "jw",
    "Soal nomor 4 ujian kompetensi tadi susah banget, aku jawab asal 😭 semoga lulus aamiin",
)
case(
    "N",
    "refusal",
    "comment",
    "dp",
    "D4",
    "dy",
    "Maaf kawan, saya ASN, tidak bisa ikut jadi relawan caleg mana pun. Semoga sukses acaranya.",
    on="user",
    ttext="Bro, gabung relawan Kak Tere yuk, butuh banyak orang di Loksado",
)
case(
    "N",
    "neutral",
    "post",
    "pt",
    "-",
    "kt",
    "Surat suara DPRD provinsi ternyata panjang banget, ada 18 partai. Bawa kacamata buat yang minus 😂",
)
case(
    "N",
    "neutral",
    "post",
    "pt",
    "-",
    "bj2",
    "Masa tenang, APK sudah ditertibkan. Jalan-jalan barasih lagi. Alhamdulillah.",
    stage="quiet",
)

# ------------------------------- N: more pilbup-adjacent -------------------------------------
case(
    "N",
    "namesake",
    "post",
    "pb",
    "-",
    "jw",
    "Ading Arbain, adik sepupuku, besok nikahan! Semoga sakinah mawaddah warahmah ya ding 💍",
)
case(
    "N",
    "numbers",
    "post",
    "pb",
    "-",
    "bj1",
    "Gol nomor 3 Martapura FC malam tadi luar biasa, tendangan salto dari luar kotak! ⚽🔥",
)
case(
    "N",
    "other-contest",
    "post",
    "pb",
    "-",
    "kt",
    "Di Samarinda juga rame pilwali, tapi aku sudah KTP Banjar, jadi cuma nonton ja dari jauh 😄",
)
case(
    "N",
    "question",
    "reply",
    "pb",
    "-",
    "kt",
    "Nomor 1, 2, 3 semua janji jalan mulus. Siapa yg paling realistis? Serius nanya.",
    on="user",
    ttext="Infrastruktur jadi isu utama Pilbup Banjar",
    plat="bluesky",
)
case(
    "N",
    "criticism",
    "post",
    "pb",
    "-",
    "dy",
    "Tidak ada satu paslon pun yang bicara soal konflik tapal batas hutan adat. Kecewa.",
)
case(
    "N",
    "criticism",
    "comment",
    "pb",
    "G2",
    "jw",
    "Pak, jalan ke desaku masih kayak kubangan kerbau. Jangan cuma joget2 di tiktok 🙏",
    on="P2B",
    ttext="MADANI goyang bareng warga Mataraman 🕺",
)
case(
    "N",
    "acronym-other",
    "post",
    "pb",
    "-",
    "bj2",
    "Rasa syukur ulun kada kawa diucapakan, anak ulun lulus masuk pesantren. Alhamdulillah 🤲",
)
case(
    "N",
    "numbers",
    "post",
    "pb",
    "-",
    "jw",
    "Adikku juara 3 lomba tari daerah se-Kalsel, bangga 🥉💃",
)
case(
    "N",
    "photo",
    "image",
    "pb",
    "-",
    "kt",
    "Nostalgia pemilu 2019, tinta ungu 😄",
    alt="Jari kelingking bertinta ungu",
)
case(
    "N",
    "quote-reject",
    "quote",
    "pb",
    "G1",
    "bj1",
    "Janji nang sama dari lima tahun lalu, cuma ganti baju haja 🙄",
    on="P1B",
    ttext="RUFI: jalan mulus sampai ke pelosok!",
)
case(
    "N",
    "schedule",
    "post",
    "pb",
    "-",
    "dy",
    "Jadwal kampanye hari ini: paslon 1 di Karang Intan, paslon 2 di Gambut, paslon 3 di Sungai Tabuk. Pengguna jalan harap hati-hati, ada pengalihan arus.",
)
case(
    "N",
    "hand-sign",
    "post",
    "pb",
    "-",
    "jw",
    "Foto rombongan perawat ruang Bougenville, semua gaya jari saranghae 🫰 biar aman, no angka-angka 😂",
)
case(
    "N",
    "reminder",
    "comment",
    "pb",
    "-",
    "bj2",
    "Ading, ikam kan PPPK jua, jangan pasang foto profil paslon mana-mana lah. Kena tegur kaina.",
    on="user",
    ttext="Ganti foto profil dulu 😎",
)

# ------------------------------- A: ambiguous (not scored) -----------------------------------
case(
    "A",
    "congrats",
    "post",
    "pb",
    "G1",
    "bj1",
    "Salamat gasan Julak Rusdi wan Acil Fitri, bupati wan wakil bupati Banjar terpilih. Mudahan amanah 🤲",
    stage="result",
)
case(
    "A",
    "compare",
    "post",
    "pb",
    "-",
    "jw",
    "Program sekolah gratis nomor 3 bagus sih, tp program kesehatan nomor 1 juga masuk akal. Bingung 🤔",
)
case(
    "A",
    "testimonial",
    "post",
    "pb",
    "G2",
    "dy",
    "Waktu beliau jadi camat dulu, Gusti Mahyu memang rajin turun ke desa. Itu fakta.",
)
case(
    "A",
    "implicit",
    "post",
    "pb",
    "-",
    "kt",
    "Yang jelas aku pilih yang pro guru honor. Kalian tau lah siapa 😉",
)
case(
    "A",
    "hand-sign",
    "image",
    "pb",
    "G3",
    "bj2",
    "Foto baimbai acil-acil majelis taklim 🥰",
    alt="Sekelompok ibu berfoto, beberapa mengacungkan tiga jari",
)
case(
    "A",
    "wellwish",
    "comment",
    "pb",
    "G3",
    "bj2",
    "Sehat selalu Bunda 🤲",
    on="P3B",
    ttext="Terima kasih warga Astambul",
)
case(
    "A",
    "lean",
    "post",
    "pb",
    "G2",
    "bj1",
    "Mun kada salah, nang paling lawas bagawi di birokrasi tu nomor 2. Pengalaman penting jua pang.",
)
case(
    "A",
    "family",
    "post",
    "pt",
    "PKB",
    "jw",
    "Dari kecil bapak ibuku PKB, aku ya ikut tradisi keluarga aja lah 😅",
)
case(
    "A",
    "policy",
    "quote",
    "pt",
    "PDIP",
    "dy",
    "Menarik juga program ini untuk hutan adat. Perlu dikawal.",
    on="PDIP",
    ttext="PDI Perjuangan Kalsel: RUU Masyarakat Adat harus segera disahkan",
)
case(
    "A",
    "lean",
    "reply",
    "dp",
    "D2",
    "kt",
    "Kalau soal kesehatan, Ners Yuli paling paham. Tapi terserah kalian.",
    on="user",
    ttext="caleg DPRD provinsi yang ngerti kesehatan siapa ya?",
)
case(
    "A",
    "secret",
    "post",
    "pb",
    "-",
    "bj2",
    "Mudahan nang manang kaina urang nang bujur-bujur mambela guru. Ulun sudah tahu pilihan ulun, rahasia ai 🤭",
)
case("A", "song", "post", "pb", "G2", "jw", "Lagu kampanye nomor 2 enak bgt, kebawa mimpi 🎶😂")

# ------------------------------- O: outside every window (candidates only) -------------------
case(
    "O",
    "early",
    "post",
    "pb",
    "G1",
    "bj1",
    "Mun Julak Rusdi wan Acil Fitri jadi bapasangan maju pilbup, ulun dukung saratus persen! Sidin urang baik.",
    date="2024-06-12",
)
case(
    "O",
    "early",
    "post",
    "pb",
    "G3",
    "dy",
    "Kalau Bu Raudah maju Pilbup Banjar tahun ini, masyarakat adat Meratus pasti mendukung. Kami tunggu, Bu!",
    date="2024-07-20",
)
case(
    "O",
    "early",
    "post",
    "pb",
    "G2",
    "jw",
    "Denger2 Gusti Mahyu mau nyalon bupati bareng Bang Danang? Mantap, aku dukung duluan lah 💪",
    date="2024-08-10",
)
case(
    "O",
    "late",
    "post",
    "pb",
    "G1",
    "bj1",
    "Julak Rusdi wan Acil Fitri resmi dilantik hari ini. Ulun dari awal sudah yakin RUFI, bujur haja kan! 🤲",
    date="2025-02-20",
)
case(
    "O",
    "late",
    "post",
    "pb",
    "G3",
    "bj2",
    "Bunda Raudah walaupun kalah tetap di hati kami, pian tetap pemimpin bubuhan guru 🥰",
    date="2025-03-05",
)
case(
    "O",
    "early",
    "post",
    "dp",
    "D2",
    "jw",
    "Ners Yuli katanya mau nyaleg DPRD provinsi, wah aku dukung bgt! nakes harus punya wakil 💉",
    date="2023-03-14",
)
case(
    "O",
    "early",
    "post",
    "dp",
    "D4",
    "dy",
    "Kak Tere kalau jadi nyaleg, saya orang pertama yang pasang spanduknya! 💪",
    date="2023-02-01",
)
case(
    "O",
    "late",
    "post",
    "dp",
    "D3",
    "kt",
    "Selamat Amang Madi sudah duduk di DPRD Kalsel. Dari awal aku yakin beliau, Madi Bagawi!",
    date="2024-06-20",
)
case(
    "O",
    "late",
    "post",
    "dp",
    "D1",
    "bj1",
    "Guru Saberan, walaupun kada duduk di dewan, tetap guru kami. Ulun pendukung pian salawasan 🤲",
    date="2024-07-02",
)
case(
    "O",
    "late",
    "post",
    "pb",
    "G1",
    "jw",
    "Acil Fitri wakil bupati kita sekarang 🥰 dari awal aku udah dukung beliau, bangga!",
    date="2025-01-10",
)
case(
    "O",
    "early",
    "post",
    "dp",
    "D5",
    "bj2",
    "Ustadz Fahri mudahan jadi maju ka DPRD, ulun siap mendukung 🤲",
    date="2023-04-02",
)
case(
    "O",
    "early",
    "post",
    "pb",
    "G3",
    "dy",
    "Ading Arbain calon wakil bupati termuda? Kalau jadi, saya dukung penuh anak muda ini!",
    date="2024-08-20",
)


# =============================================================================================
# Bundle
# =============================================================================================
def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def when(i: int, t: dict) -> str:
    """An ISO timestamp for text i: inside its stage, or on its fixed date (O texts)."""
    if t["date"]:
        day = dt.date.fromisoformat(t["date"])
    else:
        lo, hi = (dt.date.fromisoformat(s) for s in STAGES[t["el"]][t["stage"] or "campaign"])
        day = lo + dt.timedelta(days=(i * 29) % ((hi - lo).days + 1))
    hour, minute = 7 + (i * 7) % 14, (i * 17) % 60
    stamp = dt.datetime(day.year, day.month, day.day, hour, minute)
    if i % 6 == 5:  # no offset: read in the bundle's timezone (Asia/Makassar)
        return stamp.isoformat()
    return stamp.replace(tzinfo=WITA).isoformat()


def pick_platform(t: dict, counters: Counter) -> tuple[str, str]:
    """(persona, platform) for a text: the persona's accounts that fit the form."""
    allowed = FORM_PLATFORMS[t["form"]]
    if t["on"] in ACTOR_IDX:
        allowed = [p for p in allowed if p in TARGET_PLATFORMS]
    order = [t["who"]] + [k for k in EMPLOYEES if k != t["who"]]
    for who in order:
        accts = EMPLOYEES[who]["accounts"]
        if t["plat"] and t["plat"] in accts and t["plat"] in allowed:
            return who, t["plat"]
        fits = [p for p in accts if p in allowed]
        if fits:
            k = counters[(who, t["form"])]
            counters[(who, t["form"])] += 1
            return who, fits[k % len(fits)]
    raise ValueError(f"no account fits {t}")


def build_bundle(root: Path) -> dict[str, int]:
    root.mkdir(parents=True, exist_ok=True)
    (root / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe Pilbup Banjar & DPRD Kalsel II 2024 - Pemkab Banjar / Pemprov Kalsel\n"
        "policy: id\n"
        "timezone: Asia/Makassar\n",
        encoding="utf-8",
    )
    write_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            ["PEMPROV-KALSEL", "Pemerintah Provinsi Kalimantan Selatan", "", "63"],
            [
                "DISHUT-KALSEL",
                "Dinas Kehutanan Provinsi Kalimantan Selatan",
                "PEMPROV-KALSEL",
                "63",
            ],
            [
                "BAKEUDA-KALSEL",
                "Badan Keuangan Daerah Provinsi Kalimantan Selatan",
                "PEMPROV-KALSEL",
                "63",
            ],
            ["PEMKAB-BJR", "Pemerintah Kabupaten Banjar", "", "63.03"],
            [
                "DISKOMINFO-BJR",
                "Dinas Komunikasi, Informatika dan Statistik Kabupaten Banjar",
                "PEMKAB-BJR",
                "63.03",
            ],
            ["DISDIK-BJR", "Dinas Pendidikan Kabupaten Banjar", "PEMKAB-BJR", "63.03"],
            ["RSUD-BJR", "Rumah Sakit Umum Daerah Kabupaten Banjar", "PEMKAB-BJR", "63.03"],
        ],
    )
    roster = [
        [e["nip"], e["name"], e["agency"], e["unit"], e["position"], "PNS", e["region"], "active"]
        for e in EMPLOYEES.values()
    ]
    roster += [
        [
            "199103152022212005",
            "Nurhalimah, S.Pd.",
            "DISDIK-BJR",
            "UPT SD Negeri Tambak Anyar 2",
            "Guru Ahli Pertama",
            "PPPK",
            "63.03",
            "active",
        ],
        [
            "196606121992031003",
            "Drs. H. Masrani Ideham",
            "PEMKAB-BJR",
            "Sekretariat Daerah",
            "Analis Kebijakan",
            "PNS",
            "63.03",
            "inactive",
        ],
    ]
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
        roster,
    )
    write_csv(
        root / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [
            [e["nip"], p, h, u, e["display"], "2023-03-01", ""]
            for e in EMPLOYEES.values()
            for p, (u, h) in e["accounts"].items()
        ],
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
        [
            [tid, name, kind, eid, ballot, party, p, target_handle(tid, p), target_uid(tid, p)]
            for tid, name, kind, eid, ballot, party, _stem in ACTORS
            for p in TARGET_PLATFORMS
        ],
    )
    write_csv(root / "keywords.csv", ["target_id", "term"], [list(k) for k in KEYWORDS])
    write_csv(
        root / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        ELECTION_ROWS,
    )

    counters: Counter = Counter()
    eid_to_idx: dict[str, int] = {}
    lines = []
    for i, t in enumerate(TEXTS):
        who, platform = pick_platform(t, counters)
        emp = EMPLOYEES[who]
        uid, handle = emp["accounts"][platform]
        action = "post" if t["form"] == "image" else t["form"]
        post_id = str(8630000000000000000 + i * 15485863)
        ev: dict = {
            "event_id": f"{platform}:{post_id}:{action}:{uid}",
            "platform": platform,
            "action": action,
            "occurred_at": when(i, t),
            "actor": {
                "user_id": uid,
                "handle": handle,
                "display_name": emp["display"],
                "bio": emp["bio"],
                "location": emp["location"],
            },
            "text": t["text"],
            "url": f"https://example.invalid/{platform}/{handle}/{post_id}",
            "media": [],
            "source": "probe-kalimantan",
        }
        if action != "post":
            tpid = str(4630000000000000000 + i * 104723)
            if t["on"] == "user":
                a_uid, a_handle = str(8800100 + i), f"kawan_bjm_{i:03d}"
            elif t["on"] == "news":
                a_uid, a_handle = "8800001", "kabarbanua_news"
            else:
                a_uid, a_handle = target_uid(t["on"], platform), target_handle(t["on"], platform)
            ev["target"] = {
                "post_id": tpid,
                "author_user_id": a_uid,
                "author_handle": a_handle,
                "text": t["ttext"],
                "url": f"https://example.invalid/{platform}/{a_handle}/{tpid}",
            }
        if t["form"] == "image":
            m = {
                "kind": "image",
                "url": f"https://example.invalid/img/{post_id}.jpg",
                "sha256": f"{i + 1:064x}",
            }
            if t["ocr"]:
                m["ocr_text"] = t["ocr"]
            if t["alt"]:
                m["alt_text"] = t["alt"]
            ev["media"] = [m]
        t["_platform"], t["_who"] = platform, who
        eid_to_idx[ev["event_id"]] = i
        lines.append(json.dumps(ev, ensure_ascii=False))
    (root / "events.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return eid_to_idx


# =============================================================================================
# Scoring
# =============================================================================================
def clip(s: str | None, n: int = 230) -> str:
    s = (s or "").replace("\n", " / ")
    return s if len(s) <= n else s[: n - 1] + "…"


def describe(i: int, hits: dict[int, list[dict]]) -> str:
    t = TEXTS[i]
    tids = sorted({f.get("target_id") or "-" for f in hits.get(i, [])})
    body = t["text"]
    if t["ocr"]:
        body += f"  [ocr: {t['ocr']}]"
    if t["alt"]:
        body += f"  [alt: {t['alt']}]"
    on = f" on {t['on']}" if t["on"] else ""
    return (
        f"  #{i:03d} {t['label']}/{t['kind']}/{t['form']}{on} {t['_platform']} {t['el']}"
        f" tgt={','.join(tids) or '-'}: {clip(body)}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every miss and false alarm")
    ap.add_argument(
        "--keep", help="build bundle and workspace in this folder (default: a temp one)"
    )
    args = ap.parse_args()

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="campaign_probe_kal_"))
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

    rejected = sorted(ws.rglob("rejected*"))
    n_rej = 0
    for p in rejected:
        if p.is_file():
            for row in p.read_text(encoding="utf-8").splitlines():
                if row.strip():
                    n_rej += 1
                    print("REJECTED:", clip(row, 300))
    print(f"rejected rows: {n_rej}")

    hits: dict[int, list[dict]] = defaultdict(list)
    cats: Counter = Counter()
    for row in out.read_text(encoding="utf-8").splitlines():
        if not row.strip():
            continue
        f = json.loads(row)
        cats[f["category"]] += 1
        if f["category"] == "political.campaign":
            for e in f.get("event_ids", []):
                if e in eid_to_idx:
                    hits[eid_to_idx[e]].append(f)
    print("findings by category:", dict(sorted(cats.items())))

    by: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(TEXTS):
        by[t["label"]].append(i)
    print("labels:", {k: len(v) for k, v in sorted(by.items())})

    tp = [i for i in by["C"] if i in hits]
    fn = [i for i in by["C"] if i not in hits]
    fp = [i for i in by["N"] if i in hits]
    prec = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
    rec = len(tp) / len(by["C"]) if by["C"] else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(
        f"\npolitical.campaign  TP={len(tp)} FP={len(fp)} FN={len(fn)}  "
        f"precision={prec:.3f} recall={rec:.3f} F1={f1:.3f}"
    )
    print(
        f"A flagged {sum(i in hits for i in by['A'])}/{len(by['A'])}; "
        f"O flagged (outside window, should be 0) {sum(i in hits for i in by['O'])}/{len(by['O'])}"
    )
    right = [i for i in tp if any(f.get("target_id") in GROUPS[TEXTS[i]["group"]] for f in hits[i])]
    print(f"C hits naming an intended target: {len(right)}/{len(tp)}")

    def breakdown(title: str, label: str, key: str) -> None:
        print(title)
        for v in sorted({TEXTS[i][key] for i in by[label]}):
            ids = [i for i in by[label] if TEXTS[i][key] == v]
            print(f"  {v:14s} {sum(i in hits for i in ids):3d}/{len(ids)}")

    breakdown("recall by form:", "C", "form")
    breakdown("recall by election:", "C", "el")
    breakdown("recall by kind:", "C", "kind")
    breakdown("false alarms by kind of N:", "N", "kind")

    if args.show:
        print("\nMISSES (C not flagged):")
        for i in fn:
            print(describe(i, hits))
        print("\nFALSE ALARMS (N flagged):")
        for i in fp:
            print(describe(i, hits))
        print("\nC hits with no intended target:")
        for i in tp:
            if i not in right:
                print(describe(i, hits))
        print("\nA (ambiguous, not scored):")
        for i in by["A"]:
            print(("  FLAG " if i in hits else "  ---- ") + describe(i, hits).strip())
        print("\nO (outside window; should not be flagged):")
        for i in by["O"]:
            print(("  FLAG " if i in hits else "  ---- ") + describe(i, hits).strip())
    print(f"\nbundle and workspace: {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
