# ruff: noqa: E501  (the texts are data: one post per line reads better than split strings)
"""Independent out-of-sample probe of `political.campaign` on the real Pilpres 2024.

Built only from the public spec (spec/bundle-v1.md, spec/categories.md), research/domain.md
and data/pemilu2024_reference.json. The texts below were written by hand, once, before the
first run, and are not to be tuned against results.

Labels: C = campaigns for / shows support of a pair, party or team (must be flagged);
N = close but not campaigning (must not be flagged); A = ambiguous (reported only);
O = C-like but posted outside the neutrality window, naming only candidates (should not be
flagged: no party, window closed).

Usage:
    .venv/bin/python benchmarks/campaign_probe_pilpres.py [--show] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import orjson

NETRA = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "netra"
ELECTION = "PILPRES2024"

# --------------------------------------------------------------------------------------
# Public facts: pairs, teams, parties (numbers from pemilu2024_reference.json)
# --------------------------------------------------------------------------------------
# (target_id, name, kind, election_id, ballot_number, party, [(platform, handle, user_id)])
TARGETS = [
    (
        "CAP01",
        "Anies Rasyid Baswedan",
        "candidate",
        ELECTION,
        "1",
        "",
        [
            ("x", "aniesbaswedan", "91000001"),
            ("instagram", "aniesbaswedan", "92000001"),
            ("tiktok", "aniesbaswedan", "93000001"),
        ],
    ),
    (
        "CAW01",
        "Abdul Muhaimin Iskandar",
        "candidate",
        ELECTION,
        "1",
        "PKB",
        [("x", "cakimiNOW", "91000002"), ("instagram", "cakiminnow", "92000002")],
    ),
    (
        "CAP02",
        "Prabowo Subianto",
        "candidate",
        ELECTION,
        "2",
        "GERINDRA",
        [
            ("x", "prabowo", "91000003"),
            ("instagram", "prabowo", "92000003"),
            ("facebook", "PrabowoSubianto", "94000003"),
        ],
    ),
    (
        "CAW02",
        "Gibran Rakabuming Raka",
        "candidate",
        ELECTION,
        "2",
        "",
        [("x", "gibran_tweet", "91000004"), ("instagram", "gibran_rakabuming", "92000004")],
    ),
    (
        "CAP03",
        "Ganjar Pranowo",
        "candidate",
        ELECTION,
        "3",
        "PDIP",
        [
            ("x", "ganjarpranowo", "91000005"),
            ("instagram", "ganjar_pranowo", "92000005"),
            ("facebook", "GanjarPranowo", "94000005"),
        ],
    ),
    (
        "CAW03",
        "Mohammad Mahfud MD",
        "candidate",
        ELECTION,
        "3",
        "",
        [("x", "mohmahfudmd", "91000006"), ("instagram", "mohmahfudmd", "92000006")],
    ),
    (
        "TIM01",
        "Tim Nasional Pemenangan Anies-Muhaimin (Timnas AMIN)",
        "campaign_team",
        ELECTION,
        "1",
        "",
        [("x", "TimnasAMIN", "91000007"), ("instagram", "timnas.amin", "92000007")],
    ),
    (
        "TIM02",
        "Tim Kampanye Nasional Prabowo-Gibran (TKN)",
        "campaign_team",
        ELECTION,
        "2",
        "",
        [("x", "TKNPrabowoGibran", "91000008"), ("tiktok", "tkn.prabowogibran", "93000008")],
    ),
    (
        "TIM03",
        "Tim Pemenangan Nasional Ganjar-Mahfud (TPN)",
        "campaign_team",
        ELECTION,
        "3",
        "",
        [("x", "TPNGanjarMahfud", "91000009"), ("instagram", "tpn.ganjarmahfud", "92000009")],
    ),
]
PARTIES = [  # (target_id, number, name, x handle)
    ("PKB", "1", "Partai Kebangkitan Bangsa (PKB)", "PKBinfo"),
    ("GERINDRA", "2", "Partai Gerakan Indonesia Raya (Gerindra)", "Gerindra"),
    ("PDIP", "3", "Partai Demokrasi Indonesia Perjuangan (PDI-P)", "PDI_Perjuangan"),
    ("GOLKAR", "4", "Partai Golongan Karya (Golkar)", "Golkar_Indonesia"),
    ("NASDEM", "5", "Partai NasDem", "NasDem"),
    ("BURUH", "6", "Partai Buruh", "PartaiBuruh"),
    ("GELORA", "7", "Partai Gelombang Rakyat Indonesia (Gelora)", "PartaiGelora"),
    ("PKS", "8", "Partai Keadilan Sejahtera (PKS)", "PKSejahtera"),
    ("PKN", "9", "Partai Kebangkitan Nusantara (PKN)", "PartaiPKN"),
    ("HANURA", "10", "Partai Hati Nurani Rakyat (Hanura)", "Hanura_Official"),
    ("GARUDA", "11", "Partai Garda Republik Indonesia (Garuda)", "PartaiGaruda"),
    ("PAN", "12", "Partai Amanat Nasional (PAN)", "Official_PAN"),
    ("PBB", "13", "Partai Bulan Bintang (PBB)", "PartaiBulanBintang"),
    ("DEMOKRAT", "14", "Partai Demokrat", "PDemokrat"),
    ("PSI", "15", "Partai Solidaritas Indonesia (PSI)", "psi_id"),
    ("PERINDO", "16", "Partai Perindo", "PartaiPerindo"),
    ("PPP", "17", "Partai Persatuan Pembangunan (PPP)", "DPP_PPP"),
    ("UMMAT", "24", "Partai Ummat", "PartaiUmmat"),
]
for _i, (_tid, _num, _name, _h) in enumerate(PARTIES):
    TARGETS.append(
        (
            _tid,
            _name,
            "party",
            "",
            _num,
            "",
            [("x", _h, str(95000000 + _i)), ("instagram", _h.lower(), str(96000000 + _i))],
        )
    )

# Keywords as a monitoring agency would write them (hashtags, slogans, nicknames, ballot
# phrases). "Tahu Beres" is listed for 03 as the team brief suggested; its attribution is
# not verified (only used in N texts below, in its everyday sense).
KEYWORDS = {
    "CAP01": ["#AniesPresiden2024", "Anies Presiden", "Abah Anies", "Desak Anies"],
    "CAW01": ["Gus Imin", "Slepet", "Slepetnomics"],
    "TIM01": [
        "AMIN",
        "#AMIN",
        "Anies-Muhaimin",
        "#AniesMuhaimin",
        "#AniesMuhaimin2024",
        "Perubahan",
        "Koalisi Perubahan",
        "Indonesia Adil Makmur untuk Semua",
        "coblos nomor 1",
        "coblos 01",
        "salam satu jari",
        "Timnas AMIN",
    ],
    "CAP02": ["Gemoy", "Prabowo Presiden", "#Prabowo2024"],
    "CAW02": ["Samsul", "Mas Gibran"],
    "TIM02": [
        "Prabowo-Gibran",
        "#PrabowoGibran",
        "#PrabowoGibran2024",
        "Indonesia Maju",
        "Bersama Indonesia Maju",
        "#02Melanjutkan",
        "Oke Gas",
        "sekali putaran",
        "coblos nomor 2",
        "coblos 02",
        "salam dua jari",
        "TKN Prabowo-Gibran",
    ],
    "CAP03": ["Tuanku ya Rakyat", "#GanjarPresiden"],
    "CAW03": ["Tabrak Prof"],
    "TIM03": [
        "Ganjar-Mahfud",
        "#GanjarMahfud",
        "#GanjarMahfud2024",
        "Sat Set",
        "Sat Set Tas Tes",
        "Tahu Beres",
        "Menuju Indonesia Unggul",
        "salam metal",
        "salam tiga jari",
        "coblos nomor 3",
        "coblos 03",
        "TPN Ganjar-Mahfud",
    ],
    "PKB": ["coblos PKB", "#PKBMenang"],
    "GERINDRA": ["coblos Gerindra", "Gerindra Menang"],
    "PDIP": ["coblos PDI Perjuangan", "coblos banteng", "#PDIPMenang"],
    "GOLKAR": ["Suara Golkar Suara Rakyat", "coblos Golkar"],
    "NASDEM": ["Restorasi Indonesia", "coblos NasDem"],
    "BURUH": ["coblos Partai Buruh"],
    "PKS": ["#PKSMenang", "coblos PKS"],
    "PSI": ["Partai Jokowi", "coblos PSI"],
    "DEMOKRAT": ["coblos Demokrat", "#DemokratMenang"],
    "UMMAT": ["coblos Partai Ummat"],
    "PERINDO": ["coblos Perindo"],
}

STAGES = [  # per domain.md calendar; candidacy from KPU registration, result to KPU decision
    ("candidacy", "2023-10-19", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-15", "2024-03-20"),
    ("result", "2024-03-21", "2024-04-24"),
]

GROUPS = {
    "01": {"CAP01", "CAW01", "TIM01"},
    "02": {"CAP02", "CAW02", "TIM02"},
    "03": {"CAP03", "CAW03", "TIM03"},
}

# Non-target authors whose posts the employee comments on / replies to / quotes.
OTHERS = {
    "rina_wulandari": "71000001",
    "bang_jali": "71000002",
    "dimas.prakoso": "71000003",
    "kompascom": "71000004",
    "detikcom": "71000005",
    "KPU_ID": "71000006",
    "CNNIndonesia": "71000007",
    "BMKG": "71000008",
    "tante.lisa": "71000009",
    "mas_anto_relawan": "71000010",
    "grup_alumni_smansa": "71000011",
    "ucok_medan": "71000012",
    "daeng_rahman": "71000013",
    "ulun_banjar": "71000014",
    "batik_bu_sri": "71000015",
    "bawaslu_ri": "71000016",
    "kirana.ayu": "71000017",
}

# --------------------------------------------------------------------------------------
# The texts. Forms: post, comment, reply, quote, image (support only in OCR), alt (alt_text)
# Each: dict(label, groups, form, platform, text, on, on_text, media, date)
# --------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def _add(label, groups, form, text, platform, on=None, on_text=None, media=None, date=None):
    ITEMS.append(
        dict(
            label=label,
            groups=groups.split() if groups else [],
            form=form,
            text=text,
            platform=platform,
            on=on,
            on_text=on_text,
            media=media or [],
            date=date,
        )
    )


def P(label, groups, text, platform="x", date=None):
    _add(label, groups, "post", text, platform, date=date)


def CM(label, groups, on, on_text, text, platform="instagram", date=None):
    _add(label, groups, "comment", text, platform, on, on_text, date=date)


def RP(label, groups, on, on_text, text, platform="x", date=None):
    _add(label, groups, "reply", text, platform, on, on_text, date=date)


def QT(label, groups, on, on_text, text, platform="x", date=None):
    _add(label, groups, "quote", text, platform, on, on_text, date=date)


def IM(label, groups, caption, ocr, platform="instagram", date=None):
    _add(
        label,
        groups,
        "image",
        caption,
        platform,
        media=[{"kind": "image", "ocr_text": ocr}],
        date=date,
    )


def AL(label, groups, caption, alt, platform="instagram", date=None):
    _add(
        label,
        groups,
        "alt",
        caption,
        platform,
        media=[{"kind": "image", "alt_text": alt}],
        date=date,
    )


# ---------------------------------- C: posts -----------------------------------------
P(
    "C",
    "01",
    "Udah mantep pilihan gw: 01 AMIN! Indonesia butuh perubahan beneran, bukan janji doang 🔥 #AMIN",
)
P(
    "C",
    "02",
    "Bismillah, tanggal 14 nanti coblos nomor 2 ya lur. Prabowo-Gibran sekali putaran! 💪🇮🇩",
    "facebook",
)
P("C", "03", "Sat set tas tes, Ganjar-Mahfud pilihan rakyat kecil. Ayo menangkan 03!")
P(
    "C",
    "03",
    "Lur, ojo lali tanggal 14 nyoblos Pak Ganjar karo Pak Mahfud yo. Wong cilik kudu milih sing ngerti rakyat. 3️⃣",
    "facebook",
)
P(
    "C",
    "02",
    "Nyuwun pangestu, mugi Bapak Prabowo saha Mas Gibran saged nglajengaken pembangunan. Kula sekeluarga sampun mantep milih nomer kalih.",
    "facebook",
)
P(
    "C",
    "01",
    "Ayo dunsanak, pilih Abah Anies jo Gus Imin. Urang awak pasti pilih perubahan! Nomor ciek!",
    "facebook",
)
P("C", "02", "Ayomi sodara, pilihki 02 nah, Prabowo-Gibran ji yang kuat. Ewako 02!", "facebook")
P(
    "C",
    "01",
    "Ayu pang dangsanak, coblos Anies-Muhaimin haja, kada usah bingung lagi. Nomor satu!",
    "facebook",
)
P("C", "01", "Jak tapileh Anies ngon Muhaimin, nomor 1! Aceh meunang, Indonesia meuubah 🙏")
P(
    "C",
    "03",
    "Honestly gak ada yang lebih capable dari Pak Ganjar & Prof Mahfud. Vote 03, no debate 🙌 #GanjarMahfud2024",
)
P("C", "02", "C0bl0s n0m0r 2 ya gaes, 0K3 G4S 0K3 G4S 🕺", "tiktok")
P("C", "02", "P r a b o w o - G i b r a n   sekali putaran!!! 🇮🇩")
P("C", "01", "pilih anies muhaimin ajh,, amin amin amin paling serius ngurus rakyt", "facebook")
P("C", "02", "Gemoy is my president 🐯💃 02 all the way", "tiktok")
P(
    "C",
    "03",
    "Yang masih bingung: Prof Mahfud itu satu-satunya yang berani bongkar mafia. 14 Feb coblos 3, jangan ragu.",
)
P(
    "C",
    "01",
    "Hari ini ikut kampanye akbar AMIN di JIS, merinding liat lautan manusia. Insya Allah menang! 🇮🇩",
    "instagram",
)
P(
    "C",
    "01 PKB",
    "PKB menang, Gus Imin wapres! Coblos PKB dan AMIN, sama-sama nomor 1 🙏💚",
    "facebook",
)
P(
    "C",
    "PDIP",
    "Caleg PDI Perjuangan dapil kita orangnya kerja nyata, tanggal 14 coblos banteng moncong putih! 🐂",
    "facebook",
)
P("C", "PSI", "PSI partainya anak muda, aku pilih PSI. Partai Jokowi! 🌹", "instagram")
P("C", "DEMOKRAT", "Demokrat tetap di hati. 14 Februari coblos nomor 14 ya guys 💙", "instagram")
P(
    "C",
    "PKS",
    "Pilihan keluarga kami sudah bulat: PKS nomor 8, insya Allah berkah. #PKSMenang",
    "facebook",
)
P("C", "GOLKAR", "Kuningkan Indonesia! Golkar nomor 4, suara Golkar suara rakyat 💛", "facebook")
P("C", "BURUH", "Buruh pilih Partai Buruh! Nomor 6, jangan golput kawan-kawan ✊")
P("C", "02 GERINDRA", "Gerindra menang, Prabowo presiden. Udah itu aja.")
P("C", "UMMAT", "Partai Ummat pilihan umat, nomor 24! ☝️ Ayo kita menangkan", "facebook")
P("C", "NASDEM 01", "Restorasi belum selesai. NasDem nomor 5, Anies presiden!", "facebook")
P(
    "C",
    "02",
    "Siapa yang nggak mau makan siang gratis buat anak sekolah? Makanya 02, Prabowo-Gibran!",
    "facebook",
)
P("C", "01", "Desak Anies tadi malam keren bgt, ini baru pemimpin yg mau didebat rakyat. Fix 01.")
P("C", "03", "Tuanku ya rakyat, jabatan hanya mandat. Ganjar presidenku 🤟", "instagram")
P(
    "C",
    "02",
    "Gibran anak muda, paham digital, paham gen Z. Aku dukung 02 sampe menang 🔥",
    "tiktok",
)
P("C", "02", "Lanjutkan! Jangan sampai pembangunan berhenti di tengah jalan. #02Melanjutkan")
P(
    "C",
    "03",
    "Capres yang paling ngerti guru honorer cuma Pak Ganjar. Pilih 3 untuk guru sejahtera.",
    "facebook",
)
P(
    "C",
    "01",
    "Emak-emak Bekasi pilih AMIN!!! Harga sembako harus turun, perubahan harus terjadi!!",
    "facebook",
)
P("C", "02", "Ane mah dari awal udah 02, kagak bakal pindah ke lain hati. Gas pol Pak Bowo!")
P(
    "C",
    "02",
    "Gampang wae, nek pengen nerusne yo 02, nek pengen ganti kabeh yo 01. Aku milih nerusne. Prabowo-Gibran!",
    "facebook",
)
P(
    "C",
    "03",
    "Kami sekeluarga relawan Ganjar-Mahfud, door to door tiap sore 💪 sat set!",
    "instagram",
)
P("C", "03", "🔴⚫ 3️⃣ Ganjar Mahfud menang satu putaran 🔴⚫", "tiktok")
P("C", "01", "AMIN paling amanah. Titik.")
P(
    "C",
    "02",
    "Yakin sama Prabowo, sudah waktunya beliau memimpin. Tiga kali maju, kali ini pasti jadi presiden 🇮🇩🐯",
)
P(
    "C",
    "02",
    "Mas Gibran nang Solo wis kebukti kerjane. Saiki wayahe mimpin Indonesia bareng Pak Prabowo. Nomer loro!",
    "facebook",
)
P("C", "01", "Sebagai warga nahdliyin saya ikut Gus Imin. 01 menang, slepet!", "facebook")
P("C", "01", "Yuk gais coblos 01 biar ada perubahan, capek liat harga beras naik mulu 😩", "tiktok")
P("C", "03", "ganjar mahfud 4 president!!1!")
P("C", "01", "#AniesMuhaimin2024 #AMIN #IndonesiaAdilMakmur", "instagram")
P(
    "C",
    "03",
    "Pilih yang rekam jejaknya jelas: Ganjar-Mahfud. Jangan pilih yang cuma bisa joget.",
    "facebook",
)

# ---------------------------------- C: comments --------------------------------------
CM(
    "C",
    "02",
    "prabowo",
    "Terima kasih para relawan di seluruh Indonesia.",
    "Siap menangkan Bapak! Sekali putaran 🇮🇩🔥",
)
CM(
    "C",
    "01",
    "aniesbaswedan",
    "Kampanye di Medan hari ini, terima kasih warga Sumut.",
    "Horas Abah! Sumut pasti AMIN 💚",
)
CM(
    "C",
    "03",
    "ganjar_pranowo",
    "Ngobrol bareng petani di Boyolali.",
    "Semangat pak, kami di Jateng solid 03 👊",
)
CM(
    "C",
    "03",
    "mohmahfudmd",
    "Hukum harus tegak tanpa pandang bulu.",
    "Prof, njenengan harapan kami. Insya Allah kami coblos.",
)
CM(
    "C",
    "02",
    "gibran_rakabuming",
    "Terima kasih untuk semua yang nonton debat semalam.",
    "Mas Gibran keren pas debat, fix 02!",
)
CM(
    "C",
    "01",
    "cakiminnow",
    "Sowan ke pesantren di Jombang.",
    "Gus, warga Jombang siap all in AMIN!",
)
CM(
    "C",
    "02",
    "rina_wulandari",
    "Kalian udah nentuin pilihan belum?",
    "Udah dong, 02 lah, Prabowo-Gibran 💯",
    "facebook",
)
CM(
    "C",
    "01",
    "tante.lisa",
    "Harga beras di pasar sekarang 16 ribu sekilo 😭",
    "Makanya tanggal 14 pilih perubahan, pilih Anies 🙏",
    "facebook",
)
CM(
    "C",
    "03",
    "detikcom",
    "Survei terbaru: elektabilitas Ganjar-Mahfud turun 3 persen.",
    "Survei boleh turun, semangat kami naik! Ganjar-Mahfud menang!",
    "facebook",
)
CM(
    "C",
    "02",
    "tkn.prabowogibran",
    "Joget bareng relawan muda di Surabaya!",
    "Oke gas oke gas, lanjutkan! 💃🕺",
    "tiktok",
)
CM("C", "01", "timnas.amin", "Mari doakan dan menangkan AMIN.", "Aamiin... eh AMIN! 😂 01 menang!")
CM(
    "C",
    "PDIP",
    "pdi_perjuangan",
    "Rapat akbar kader di Semarang.",
    "Merdeka!!! Banteng menang lagi di Jateng, PDI Perjuangan jaya! 🐂",
)
CM("C", "GERINDRA", "gerindra", "Gerindra untuk Indonesia Raya.", "Gerindra nomor 2 pilihanku 🦅")
CM(
    "C",
    "02",
    "mas_anto_relawan",
    "joget gemoy challenge 🕺",
    "Joget gemoy bareng pak prabowo 🤣 02 menang bosku",
    "tiktok",
)
CM(
    "C",
    "03",
    "kirana.ayu",
    "Makan siang di warung baru 😋",
    "Enak nih. btw jgn lupa coblos 3 ya say 🤭",
)
CM(
    "C",
    "PKS",
    "pksejahtera",
    "Bersama melayani rakyat.",
    "Insya Allah sekeluarga coblos PKS nomor 8 🤲",
)
CM(
    "C",
    "PSI",
    "psi_id",
    "Kaesang turun ke Bekasi hari ini.",
    "Gas PSI! Kaesang keren, pasti lolos Senayan 🌹",
)
CM(
    "C",
    "03",
    "tpn.ganjarmahfud",
    "Relawan Sulsel bergerak!",
    "Iye' puang, siap menangkan 03 di Bone! Ewako!",
)
CM(
    "C",
    "01",
    "aniesbaswedan",
    "Kita lanjutkan perjuangan ini bersama rakyat.",
    "Setuju pak, kami siap menangkan!",
)

# ---------------------------------- C: replies ---------------------------------------
RP(
    "C",
    "01",
    "bang_jali",
    "Siapa capres pilihan kalian? jawab jujur",
    "01 bro, Anies jelas paling pinter pas debat",
)
RP(
    "C",
    "03",
    "ganjarpranowo",
    "Terima kasih Papua atas sambutannya.",
    "Maju terus Pak Ganjar, kami bersamamu! #GanjarMahfud2024",
)
RP(
    "C",
    "02",
    "dimas.prakoso",
    "Prabowo tuh pelanggar HAM, gak bakal gw pilih",
    "Lu boleh benci, tapi tgl 14 Prabowo menang. 02 sekali putaran, cope harder 😎",
)
RP(
    "C",
    "03",
    "bang_jali",
    "Cawapres mana yang paling oke menurut kalian?",
    "Mending 03 lah, Mahfud MD paling bersih dari semua cawapres",
)
RP("C", "01", "TimnasAMIN", "Bekasi, kita bertemu Sabtu ini!", "Bekasi siap! #AMIN")
RP("C", "02", "gibran_tweet", "Samsul.", "Samsul mas, semakin sulit disusul 😂🔥")
RP(
    "C",
    "02",
    "dimas.prakoso",
    "Bingung aku milih sopo",
    "Wes talah, nyoblos 2 ae, Prabowo wis sepuh tapi sik semangat ngono kok",
)
RP(
    "C",
    "03",
    "ulun_banjar",
    "Ikam pilih siapa pang?",
    "Ulun pilih nomor 3 haja, Ganjar-Mahfud urangnya bubuhan rakyat",
    "threads",
)
RP(
    "C",
    "01",
    "aniesbaswedan",
    "Sampai jumpa di Makassar!",
    "Abah, Makassar siap menangkan AMIN! Ewako!",
)
RP(
    "C",
    "PKB",
    "PKBinfo",
    "PKB siap menang pemilu 2024.",
    "PKB nomor 1, siap! Kami di Kendal all out 💚",
)
RP(
    "C",
    "NASDEM",
    "bang_jali",
    "Pileg lu pilih partai apa?",
    "Gue sih NasDem, titik. Caleg NasDem dapil gue orangnya turun ke bawah beneran.",
)
RP(
    "C",
    "02",
    "rina_wulandari",
    "Aku masih galau nih 14 Feb",
    "Yaudah gini aja, yang mau Indonesia Maju ikut gue coblos 02 😁",
)

# ---------------------------------- C: quotes ----------------------------------------
QT(
    "C",
    "02",
    "prabowo",
    "Makan siang gratis untuk anak sekolah akan kita wujudkan.",
    "Ini yang kita tunggu! Pak Prabowo presiden 2024 🇮🇩",
)
QT(
    "C",
    "01",
    "aniesbaswedan",
    "Data menunjukkan ketimpangan makin lebar.",
    "Pemimpin yang bicara data. Anies-Muhaimin, 01! 💚",
)
QT(
    "C",
    "03",
    "ganjarpranowo",
    "Langsung cek jalan rusak yang dilaporkan warga.",
    "Sat set! Pak Ganjar langsung turun. 03 menang.",
)
QT(
    "C",
    "03",
    "detikcom",
    "Debat cawapres: Mahfud singgung penegakan hukum.",
    "Debat tadi makin yakin sama Prof Mahfud. Coblos 3!",
)
QT(
    "C",
    "02",
    "dimas.prakoso",
    "Gibran masih bocil, belum pantes jadi cawapres",
    "Kalian ribut soal umur, kami lihat kerja. Gibran cawapres terbaik, 02!",
)
QT(
    "C",
    "01",
    "TimnasAMIN",
    "Kampanye akbar di JIS, Sabtu 10 Februari.",
    "Ayo ramaikan! #AMIN #AniesMuhaimin",
)
QT(
    "C",
    "03",
    "TPNGanjarMahfud",
    "Relawan bergerak dari pintu ke pintu.",
    "Gercep relawan! Menangkan Ganjar-Mahfud 🤟",
)
QT(
    "C",
    "GERINDRA",
    "Gerindra",
    "Konsolidasi kader jelang 14 Februari.",
    "Gerindra menang! Kader di daerah siap 🦅",
)
QT(
    "C",
    "02",
    "KPU_ID",
    "Hasil pengundian nomor urut pasangan calon presiden dan wakil presiden Pemilu 2024.",
    "Nomor 2 nomor keberuntungan, Prabowo-Gibran pasti menang! 🙌",
)
QT(
    "C",
    "01",
    "kompascom",
    "Anies janji angkat guru honorer jadi PPPK.",
    "AMIN paling realistis buat honorer kyk saya. 01!",
)

# ---------------------------------- C: image (OCR) / alt ---------------------------
IM("C", "02", "Pagi ini 😊", "COBLOS NO. 2\nPRABOWO - GIBRAN\nBERSAMA INDONESIA MAJU")
IM("C", "01", "Kaos baru dari temen", "ANIES MUHAIMIN 2024\nAMIN\nPERUBAHAN")
IM("C", "03", "🤟", "GANJAR MAHFUD 03\nSAT SET TAS TES")
IM("C", "PKB", "", "PILIH PKB\nNOMOR 1\nCOBLOS LOGONYA", "facebook")
IM("C", "02", "Stiker mobil udah nempel", "02 LANJUTKAN!\nPRABOWO-GIBRAN 2024")
IM(
    "C",
    "03",
    "Siap tempur 14 Feb",
    "Coblos Nomor 3\nGanjar Pranowo - Mahfud MD\nMenuju Indonesia Unggul",
    "facebook",
)
IM("C", "01", "Hehe", "SALAM PERUBAHAN\n01 AMIN\nANIES - MUHAIMIN")
IM("C", "GOLKAR", "Keluarga besar", "GOLKAR NO 4\nSUARA GOLKAR SUARA RAKYAT", "facebook")
AL(
    "C",
    "02",
    "Bareng temen2 kantor 😁",
    "Foto bersama rekan kantor mengacungkan dua jari, memakai kaos biru muda bergambar Prabowo-Gibran",
)
AL(
    "C",
    "01",
    "Kenangan hari ini",
    "Saya berfoto dengan Anies Baswedan di kampanye AMIN, memegang bendera nomor 1",
)
AL("C", "03", "❤️", "Poster Ganjar-Mahfud nomor 3 bertuliskan Sat Set")
AL(
    "C",
    "02",
    "Mampir posko",
    "Saya memakai rompi relawan di posko pemenangan TKN Prabowo-Gibran",
    "facebook",
)
AL(
    "C",
    "PSI",
    "Malam mingguan",
    "Spanduk PSI Partai Jokowi nomor 15 terpasang di pagar rumah saya",
    "facebook",
)

# ---------------------------------- N: posts -----------------------------------------
P("N", "", "Debat capres malam ini jam 19.00, nonton di mana kalian?")
P(
    "N",
    "",
    "Semoga pemilu 14 Februari berjalan damai, siapapun presidennya kita tetap saudara 🤲 Aamiin.",
    "facebook",
)
P("N", "", "Amin ya Allah, semoga ibu cepat sembuh 🤲 mohon doanya teman-teman", "facebook")
P("N", "", "AMIN ya rabbal alamin, adikku akhirnya lulus CPNS juga 😭🙏", "facebook")
P("N", "", "Perubahan jadwal apel pagi: mulai Senin masuk jam 07.30 ya rekan-rekan.", "facebook")
P(
    "N",
    "",
    "Alhamdulillah ada perubahan tarif PBB tahun ini, silakan cek di website Bapenda.",
    "facebook",
)
P("N", "", "Anakku wes iso mlaku, gemoy banget pipine 😍", "instagram")
P("N", "", "Kucing oren gue makin gemoy aja, makan mulu 🐱", "instagram")
P("N", "", "Kerja sat set, pulang tepat waktu. Jumat berkah 😎")
P("N", "", "Tim IT kantor sat set banget benerin printer, mantul 👍", "facebook")
P(
    "N",
    "",
    "Indonesia maju kalau generasi mudanya rajin membaca. Yuk mampir ke perpustakaan daerah!",
    "instagram",
)
P(
    "N",
    "",
    "Selamat Hari Ibu! Perempuan berdaya, Indonesia maju 💐",
    "instagram",
    date="2023-12-22T08:10:00+07:00",
)
P("N", "", "Dapet nomor 2 antrean di puskesmas, alhamdulillah cepet.")
P("N", "", "Juara 1 lomba kebersihan kantor tingkat kabupaten! Terima kasih tim 🏆", "facebook")
P(
    "N",
    "",
    "Oke gas, berangkat liburan akhir tahun! Doain lancar ya 🚗",
    "instagram",
    date="2023-12-23T05:30:00+07:00",
)
P(
    "N",
    "",
    "Harga cabe naik lagi, emak-emak menjerit. Siapapun yang menang nanti tolong urus harga pangan.",
    "facebook",
)
P(
    "N",
    "",
    "Sebagai ASN kita wajib netral. Jangan like, komen, share konten paslon ya rekan-rekan. #ASNNetral",
    "facebook",
)
P(
    "N",
    "",
    "Bingung milih? Baca visi misi ketiga paslon di website KPU, jangan cuma ikut-ikutan grup WA.",
)
P(
    "N",
    "",
    "Quick count jangan dijadikan patokan final, tunggu hasil resmi KPU ya.",
    date="2024-02-15T09:00:00+07:00",
)
P(
    "N",
    "",
    "Survei LSI terbaru: 02 unggul, 01 dan 03 bersaing di posisi dua. Kita lihat aja nanti 14 Feb.",
)
P("N", "", "Capek liat timeline isinya berantem soal capres mulu. Mute dulu deh sampai Februari.")
P(
    "N",
    "",
    "Debat cawapres tadi malam lucu juga, ada yang nyebut samsul ada yang nyari jawaban di awan 😂",
)
P(
    "N",
    "",
    "Pak Prabowo ketua RT 05 minta warga kerja bakti Minggu pagi, bawa cangkul masing-masing ya.",
    "facebook",
)
P(
    "N",
    "",
    "Pak Anies guru olahraga SD anakku pensiun hari ini, terima kasih pak atas dedikasinya 🙏",
    "facebook",
)
P(
    "N",
    "",
    "Mas Ganjar (bukan capres ya 😅) tukang servis AC langganan, sat set kerjanya, recommended!",
    "facebook",
)
P(
    "N",
    "",
    "Rapat koordinasi pengamanan TPS bersama Bawaslu dan KPU kabupaten hari ini.",
    "facebook",
)
P(
    "N",
    "",
    "Masa tenang 11-13 Februari, APK wajib diturunkan. Satpol PP siap membantu penertiban.",
    "facebook",
)
P("N", "", "Wkwk debat tadi kayak cerdas cermat, semua paslon ngeles pas ditanya soal utang.")
P(
    "N",
    "",
    "Ngopi dulu biar nggak tegang liat hasil hitung cepat ☕",
    date="2024-02-14T15:30:00+07:00",
)
P(
    "N",
    "",
    "Jangan lupa bawa KTP dan undangan C6 ke TPS tanggal 14. Gunakan hak pilih kalian!",
    "facebook",
)
P("N", "", "Slepet dulu nyamuknya, berisik banget jam 2 pagi 😤")
P("N", "", "Ya Allah, lindungilah negeri ini dari perpecahan. Amin.", "facebook")
P("N", "", "Kata anak saya Gibran itu nama temen sekelasnya, bukan cuma cawapres 😂")
P("N", "", "Bapak saya fans Prabowo, ibu saya fans Ganjar, saya cuma fans nasi padang 🤣")
P(
    "N",
    "",
    "Perubahan iklim itu nyata, banjir di kampung makin sering. Yuk tanam pohon.",
    "instagram",
)
P(
    "N",
    "",
    "Materi sosialisasi: ASN yang terbukti tidak netral bisa dijatuhi hukuman disiplin berat sesuai PP 94/2021.",
    "facebook",
)
P(
    "N",
    "",
    "Alah makan lah dulu, isuak baru bahas politik. Nan paliang pantiang pemilu aman, badunsanak tatap rancak.",
    "facebook",
)
P("N", "", "Kada usah bakalahi gara-gara capres, kita tatap badingsanak haja.", "facebook")
P("N", "", "Ewako Timnas Indonesia! Menangki di Piala Asia 🇮🇩⚽", date="2024-01-24T23:00:00+07:00")
P(
    "N",
    "",
    "Mugi-mugi pemilu benjing Rebo lumampah kanthi aman lan tentrem, sedaya warga tetep rukun.",
    "facebook",
)
P("N", "", "Beu aman pemilu nyoe, bek meuklo-klo. Aceh damai 🤲", "facebook")
P(
    "N",
    "",
    "Watched all three debates. Honestly none of them answered the question on civil service reform. Disappointed tbh.",
)
P("N", "", "Nomor 3 dari kiri itu saya ya waktu diklat PIM 😁", "facebook")
P(
    "N",
    "",
    "Maju tak gentar membela yang benar! Selamat Hari Bela Negara.",
    "instagram",
    date="2023-12-19T07:00:00+07:00",
)
P("N", "", "Ditunjuk jadi anggota KPPS, mohon doanya semoga lancar dan jujur 🙏", "facebook")
P("N", "", "Nyoblos yang bener biar suaramu gak rusak: cek panduan KPU ya.", "facebook")
P(
    "N",
    "",
    "Anies, Prabowo, Ganjar, siapapun yang terpilih semoga amanah. Yang penting kita tetap kerja.",
    "facebook",
)
P(
    "N",
    "",
    "Prabowo udah berapa kali nyalon ya sebenernya? 2009 cawapres, 2014, 2019, sekarang. Kuat juga.",
)
P("N", "", "Nostalgia 2019 timeline panas banget, semoga 2024 lebih adem.")

# ---------------------------------- N: comments --------------------------------------
CM(
    "N",
    "",
    "prabowo",
    "Terima kasih relawan Jawa Tengah.",
    "Pak, tolong perhatikan nasib honorer di daerah.",
)
CM(
    "N",
    "",
    "aniesbaswedan",
    "Blusukan di Kalimantan Barat.",
    "Pak, jalan di kampung kami rusak parah, kapan ada perhatian?",
)
CM(
    "N",
    "",
    "ganjar_pranowo",
    "Bertemu petani di Kendal.",
    "Pak, kok dulu Wadas gitu sih? Belum dijawab tuntas.",
)
CM("N", "", "kirana.ayu", "Aku gemoy ga sih pake baju ini?", "Gemoy bgt kak 😍")
CM(
    "N",
    "",
    "rina_wulandari",
    "Besok hari pertama kerja di kantor baru, doain ya!",
    "Amin, semoga lancar ya Rin!",
    "facebook",
)
CM("N", "", "dimas.prakoso", "Doain sidang skripsi besok gaes", "Aamiin, semangat dek!", "facebook")
CM(
    "N",
    "",
    "detikcom",
    "Debat capres ketiga: saling serang soal pertahanan.",
    "Debatnya kurang greget, moderatornya kaku.",
    "facebook",
)
CM(
    "N",
    "",
    "KPU_ID",
    "Cek DPT online di cekdptonline.kpu.go.id",
    "Min, kalau NIK belum terdaftar harus lapor ke mana ya?",
)
CM(
    "N",
    "",
    "grup_alumni_smansa",
    "Ayo coblos 01!! Perubahan!!",
    "Wkwk udah udah, jangan kampanye di grup alumni 😂",
    "facebook",
)
CM(
    "N",
    "",
    "mas_anto_relawan",
    "Tutorial joget biar viral",
    "Sat set amat joget e mas 🤣",
    "tiktok",
)
CM("N", "", "bang_jali", "Kalian pilih siapa?", "Rahasia dong, LUBER JURDIL 🤫", "facebook")
CM(
    "N",
    "",
    "pdi_perjuangan",
    "Kader turun ke desa-desa.",
    "Baliho caleg di jalan desa kami menutupi rambu lalu lintas. Mohon ditertibkan.",
)
CM("N", "", "tante.lisa", "Cucu pertama 👶", "Gemoyyy pipinya kayak bakpao 😍", "facebook")
CM("N", "", "kirana.ayu", "otw kondangan ke Klaten", "Oke gas, hati-hati di jalan")
CM(
    "N",
    "",
    "kompascom",
    "Mahfud MD mundur dari jabatan Menko Polhukam.",
    "Jarang ada menteri mundur sebelum pemilu, menarik buat dicatat.",
    "facebook",
)
CM(
    "N",
    "",
    "gibran_rakabuming",
    "Car free day Solo pagi ini.",
    "Mas, Purwosari macet parah tiap sore, mohon dicek.",
)
CM(
    "N",
    "",
    "batik_bu_sri",
    "Batik tulis motif parang, ready 3 warna",
    "Warna nomor 2 masih ada kak?",
)
CM(
    "N",
    "",
    "daeng_rahman",
    "Macet total di Perintis",
    "Ededeh, sabar ki daeng, jalan alternatif lewat Tamalanrea",
    "facebook",
)

# ---------------------------------- N: replies ---------------------------------------
RP("N", "", "bang_jali", "Siapa yang menang debat semalam?", "Menurutku seri, semua ada kurangnya.")
RP(
    "N",
    "",
    "dimas.prakoso",
    "Ayo ikut gerakan 01 bro!",
    "Bro gw ASN, gak bisa ikut-ikutan ya, maaf 🙏",
)
RP("N", "", "bang_jali", "Doain dapet kerjaan bulan ini", "Amin, semoga cepet dapet kerjaan bro")
RP(
    "N",
    "",
    "KPU_ID",
    "Lokasi TPS dapat dicek di aplikasi.",
    "Min, TPS kami pindah lokasi, info resminya di mana ya?",
)
RP(
    "N",
    "",
    "rina_wulandari",
    "Nomor kamu berapa sih sekarang?",
    "Nomor WA aku ganti, nanti aku DM ya",
)
RP(
    "N",
    "",
    "dimas.prakoso",
    "KRL telat lagi hari ini",
    "Iya, perubahan jadwal KRL bikin telat terus",
)
RP(
    "N",
    "",
    "bang_jali",
    "Survei A bilang 02 menang, survei B bilang putaran dua",
    "Survei mah beda-beda, tunggu real count aja",
)
RP(
    "N",
    "",
    "rina_wulandari",
    "Mending golput ga sih?",
    "Jangan lah, pilih sesuai hati nurani aja, rahasia masing-masing",
)
RP(
    "N",
    "",
    "dimas.prakoso",
    "Pokoke 01 paling apik!",
    "Wis ora usah eyel-eyelan soal capres, mengko tanggal 15 yo tetep ngopi bareng",
)
RP(
    "N",
    "",
    "bang_jali",
    "Indonesia maju tergantung presidennya",
    "Indonesia maju itu tugas kita semua, bukan cuma presiden.",
)
RP(
    "N",
    "",
    "dimas.prakoso",
    "Prabowo gemoy kan?",
    "Ya Allah bahasnya itu mulu, bahas kerjaan deh 🙄",
)
RP(
    "N",
    "",
    "bang_jali",
    "debate memes thread 🧵",
    "Lol the debate memes are better than the debate itself",
)

# ---------------------------------- N: quotes ----------------------------------------
QT(
    "N",
    "",
    "KPU_ID",
    "Penetapan nomor urut pasangan calon presiden dan wakil presiden.",
    "Sudah resmi ya: 01 Anies-Muhaimin, 02 Prabowo-Gibran, 03 Ganjar-Mahfud. Pelajari visi misinya dulu.",
)
QT(
    "N",
    "",
    "detikcom",
    "Bawaslu temukan ASN tidak netral di media sosial.",
    "Nah kan. Rekan-rekan hati-hati di medsos.",
)
QT("N", "", "bang_jali", "meme tiga paslon lagi main ludo", "Ngakak, tiga-tiganya kena roasting 🤣")
QT(
    "N",
    "",
    "kompascom",
    "Hasil hitung cepat sejumlah lembaga survei.",
    "Apapun hasilnya, mari hormati proses di KPU.",
    date="2024-02-15T10:00:00+07:00",
)
QT(
    "N",
    "",
    "BMKG",
    "Prakiraan cuaca 14 Februari: hujan ringan di sebagian Jawa.",
    "Tanggal 14 diprediksi hujan, bawa payung ke TPS ya",
)
QT("N", "", "kirana.ayu", "Ponakan baru 3 bulan", "Ponakan paling gemoy sedunia 😍")
QT(
    "N",
    "",
    "CNNIndonesia",
    "Gibran dilaporkan ke Bawaslu soal bagi-bagi susu.",
    "Semua paslon pernah dilaporkan, biar Bawaslu yang menilai.",
)
QT(
    "N",
    "",
    "kompascom",
    "Program makan siang gratis butuh Rp400 triliun.",
    "Anggarannya dari mana? Mohon dijelaskan ke publik.",
)

# ---------------------------------- N: image / alt -----------------------------------
IM(
    "N",
    "",
    "Info penting!",
    "PEMUNGUTAN SUARA\nRABU, 14 FEBRUARI 2024\nPUKUL 07.00-13.00\nDATANG KE TPS",
    "facebook",
)
IM(
    "N",
    "",
    "Sosialisasi netralitas ASN",
    "ASN NETRAL!\nDILARANG LIKE, KOMEN, SHARE POSTINGAN PASLON",
    "facebook",
)
IM("N", "", "Kucingku makin gendut", "si gemoy 8 kg")
IM(
    "N",
    "",
    "Menu kantin hari ini",
    "NASI PADANG\nPAKET 01 RP 20.000\nPAKET 02 RP 25.000\nPAKET 03 RP 30.000",
)
IM(
    "N",
    "",
    "Spanduk kantor baru",
    "BERSAMA KITA MAJU\nMELAYANI MASYARAKAT\nDINAS KOMINFO",
    "facebook",
)
IM(
    "N",
    "",
    "Simulasi pencoblosan di kelurahan",
    "SPESIMEN SURAT SUARA PILPRES 2024\n01 ANIES-MUHAIMIN 02 PRABOWO-GIBRAN 03 GANJAR-MAHFUD\nTIDAK UNTUK DICOBLOS",
    "facebook",
)
AL("N", "", "Apel pagi", "Peserta apel berbaris di halaman kantor bupati")
AL(
    "N",
    "",
    "TPS 12 siap",
    "Kotak suara dan bilik suara di TPS 12, petugas KPPS berseragam",
    "facebook",
)
AL("N", "", "Nobar debat", "Layar televisi menampilkan tiga pasangan calon di panggung debat KPU")
AL("N", "", "Gemes", "Bayi laki-laki gemoy tertawa memakai topi kuning")

# ---------------------------------- A ------------------------------------------------
P("A", "", "Yang penting 14 Feb nanti pilih yang pro wong cilik ya 😉", "facebook")
P("A", "", "2️⃣ 🐯", "tiktok")
P("A", "", "Kemeja kotak-kotak merah hitam baru dateng, pas banget buat Februari 😏", "instagram")
P("A", "", "Gemoy gemoy apaan, kerjaan numpuk nih 😩")
P("A", "", "Aku sih pengen perubahan... tapi ya gitu deh 🤐")
P("A", "", "Satu putaran biar hemat anggaran, setuju?")
P("A", "", "Pokoknya yang joget-joget itu lucu sih, gemes 😂", "tiktok")
P("A", "", "Abah emang beda kelasnya kalau debat 👌")
P("A", "", "Ngeri juga ya Prof Mahfud kalau ngomong soal hukum, tegas.")
P("A", "", "Salam 3 jari 🤟 buat kalian yang lagi di konser metal malam ini", "instagram")
CM("A", "", "prabowo", "Selamat pagi Indonesia.", "❤️❤️❤️")
CM("A", "", "aniesbaswedan", "Perjalanan ke Kupang.", "Sehat selalu Abah 🤲")
RP("A", "", "bang_jali", "Mau pilih siapa lu?", "Yang gak ngajak ribut dan pernah jadi gubernur 😅")
QT(
    "A",
    "",
    "kompascom",
    "Gibran resmi jadi cawapres Prabowo.",
    "Anak muda jadi cawapres, zaman sudah berubah.",
)
IM("A", "", "Peace ✌️", "2 JARI\nDAMAI ITU INDAH")

# ---------------------------------- O: outside the window ----------------------------
P("O", "01", "Anies presiden 2024! Sudah waktunya ganti arah 🔥", date="2023-05-10T20:15:00+07:00")
P("O", "03", "Ganjar for president 2024, udah paling pas lah 👍", date="2023-06-20T12:00:00+07:00")
P(
    "O",
    "02",
    "Prabowo 2024! Ketiga kalinya harus jadi 🇮🇩",
    "facebook",
    date="2023-08-17T09:00:00+07:00",
)
P(
    "O",
    "01",
    "Anies-Cak Imin duet mantap, semoga langgeng sampai pendaftaran",
    date="2023-09-02T21:00:00+07:00",
)
P(
    "O",
    "03",
    "Pak Ganjar rambut putihnya makin karismatik, cocok jadi presiden 😍",
    "instagram",
    date="2023-07-01T19:00:00+07:00",
)
P(
    "O",
    "02",
    "Selamat Pak Prabowo dan Mas Gibran, presiden dan wapres terpilih, semoga amanah 🇮🇩",
    "facebook",
    date="2024-06-15T10:00:00+07:00",
)
P("O", "01", "Abah Anies tetap presiden di hati kami 💚", date="2024-07-20T20:00:00+07:00")
P(
    "O",
    "03",
    "Prof Mahfud idolaku, semoga tetap lantang bersuara untuk hukum",
    date="2024-08-10T08:00:00+07:00",
)
P("O", "02", "Mas Gibran wapres termuda, bangga! 🔥", "tiktok", date="2024-09-01T16:00:00+07:00")
CM(
    "O",
    "03",
    "ganjar_pranowo",
    "Terima kasih atas dukungannya.",
    "Pak Ganjar capres kami! Maju terus!",
    date="2023-04-25T11:00:00+07:00",
)


# --------------------------------------------------------------------------------------
# Bundle
# --------------------------------------------------------------------------------------
EMP_NIP = "198503122010011002"
EMP_ACCOUNTS = {  # platform -> (handle, user_id)
    "x": ("budis_kom", "1600000001"),
    "facebook": ("budi.santoso.kom", "100081234567890"),
    "instagram": ("budis.kom", "5123456789"),
    "tiktok": ("budisantoso_", "6912345678901234567"),
    "threads": ("budis.kom", "7123456789"),
}


def _write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def _target_accounts() -> dict[tuple[str, str], tuple[str, str]]:
    """(platform, lower handle) -> (user_id, target_id); plus any-platform fallback by handle."""
    out = {}
    for tid, _n, _k, _e, _b, _p, accts in TARGETS:
        for plat, handle, uid in accts:
            out[(plat, handle.lower())] = (uid, tid)
    return out


def build_bundle(root: Path) -> dict[str, dict]:
    root.mkdir(parents=True, exist_ok=True)
    (root / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe Pilpres 2024 - Pemkab Semarang\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    _write_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            ["PEMKAB-3322", "Pemerintah Kabupaten Semarang", "", "33.22"],
            [
                "DISKOMINFO-3322",
                "Dinas Komunikasi dan Informatika Kabupaten Semarang",
                "PEMKAB-3322",
                "33.22",
            ],
            ["DISDIK-3322", "Dinas Pendidikan Kabupaten Semarang", "PEMKAB-3322", "33.22"],
        ],
    )
    _write_csv(
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
                "Budi Santoso, S.Kom.",
                "DISKOMINFO-3322",
                "Bidang Aplikasi Informatika",
                "Pranata Komputer Ahli Muda",
                "PNS",
                "33.22",
                "active",
            ],
            [
                "199007252015032001",
                "Dra. Hj. Siti Rahmawati, M.Pd.",
                "DISDIK-3322",
                "Bidang SD",
                "Kepala Seksi Kurikulum",
                "PNS",
                "33.22",
                "active",
            ],
            [
                "197811042003121003",
                "Ir. R. Bambang Hadi Prasetyo",
                "PEMKAB-3322",
                "Sekretariat Daerah",
                "Kepala Bagian Umum",
                "PNS",
                "33.22",
                "active",
            ],
            [
                "199402172019031004",
                "Muhammad Rizky Ananda, S.H.",
                "DISKOMINFO-3322",
                "Sekretariat",
                "Analis Hukum",
                "PNS",
                "33.22",
                "inactive",
            ],
        ],
    )
    _write_csv(
        root / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [
            [EMP_NIP, plat, h, uid, "Budi Santoso", "2023-09-01", ""]
            for plat, (h, uid) in EMP_ACCOUNTS.items()
        ],
    )
    rows = []
    for tid, name, kind, eid, ballot, party, accts in TARGETS:
        for plat, handle, uid in accts:
            rows.append([tid, name, kind, eid, ballot, party, plat, handle, uid])
    _write_csv(
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
    _write_csv(
        root / "keywords.csv",
        ["target_id", "term"],
        [[tid, term] for tid, terms in KEYWORDS.items() for term in terms],
    )
    _write_csv(
        root / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        [
            [ELECTION, "Pemilihan Presiden dan Wakil Presiden 2024", "presidential", "", st, a, b]
            for st, a, b in STAGES
        ],
    )

    rng = random.Random(20240214)
    start = dt.datetime(2023, 10, 20, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    span_days = (dt.date(2024, 2, 13) - dt.date(2023, 10, 20)).days
    tacc = _target_accounts()
    events, index = [], {}
    for i, it in enumerate(ITEMS):
        plat = it["platform"]
        handle, uid = EMP_ACCOUNTS[plat]
        if it["date"]:
            occurred = it["date"]
        else:
            t = start + dt.timedelta(
                days=rng.randrange(span_days + 1),
                hours=rng.randrange(6, 23),
                minutes=rng.randrange(60),
            )
            occurred = t.isoformat()
        post_id = str(1730000000000000000 + i * 7919)
        action = {"image": "post", "alt": "post"}.get(it["form"], it["form"])
        ev = {
            "event_id": f"{plat}:{post_id}:{action}:{uid}",
            "platform": plat,
            "action": action,
            "occurred_at": occurred,
            "actor": {
                "user_id": uid,
                "handle": handle,
                "display_name": "Budi Santoso",
                "bio": "ASN | Kab. Semarang | kopi & sepeda",
                "location": "Ungaran",
            },
            "target": None,
            "text": it["text"],
            "url": f"https://example.invalid/{plat}/{handle}/{post_id}",
            "media": [],
            "source": "probe-pilpres",
        }
        if it["on"]:
            key = (plat, it["on"].lower())
            if key in tacc:
                a_uid = tacc[key][0]
            elif it["on"] in OTHERS:
                a_uid = OTHERS[it["on"]]
            else:
                raise SystemExit(f"unknown author {it['on']} on {plat} (item {i})")
            tp = str(1720000000000000000 + i * 104729)
            ev["target"] = {
                "post_id": tp,
                "author_user_id": a_uid,
                "author_handle": it["on"],
                "text": it["on_text"],
                "url": f"https://example.invalid/{plat}/{it['on']}/{tp}",
            }
        for j, m in enumerate(it["media"]):
            mm = dict(m)
            mm["url"] = f"https://example.invalid/media/{post_id}_{j}.jpg"
            mm["sha256"] = hashlib.sha256(f"{post_id}:{j}".encode()).hexdigest()
            ev["media"].append(mm)
        events.append(ev)
        index[ev["event_id"]] = it
    with (root / "events.jsonl").open("wb") as f:
        for ev in events:
            f.write(orjson.dumps(ev) + b"\n")
    return index


def acceptable_targets(groups: list[str]) -> set[str]:
    out: set[str] = set()
    for g in groups:
        out |= GROUPS.get(g, {g})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every miss and false alarm")
    ap.add_argument("--keep", type=Path, help="write bundle/workspace/findings here and keep them")
    args = ap.parse_args()

    counts = Counter(it["label"] for it in ITEMS)
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="probe_pilpres_"))
    if args.keep and tmp.exists():
        shutil.rmtree(tmp)
    bundle, ws, out = tmp / "bundle", tmp / "ws", tmp / "findings.jsonl"
    index = build_bundle(bundle)
    cmd = [str(NETRA), "scan", str(bundle), "--out", str(out), "-w", str(ws), "-q"]
    print("$", " ".join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True)
    print(proc.stdout.strip())
    if proc.stderr.strip():
        print("[stderr]", proc.stderr.strip()[-2000:])
    print(f"exit code: {proc.returncode}")
    if proc.returncode != 0:
        return 1

    rejected = []
    for p in ws.rglob("rejected*.jsonl"):
        rejected += [x for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    print(f"\nrejected rows: {len(rejected)}")
    for x in rejected[:20]:
        print("   ", x[:300])

    findings = [orjson.loads(x) for x in out.read_bytes().splitlines() if x.strip()]
    by_cat = Counter(f["category"] for f in findings)
    print("findings by category:", dict(by_cat))
    hits: dict[str, list[dict]] = defaultdict(list)
    stray = 0
    for f in findings:
        if f["category"] != "political.campaign":
            continue
        for eid in f.get("event_ids", []):
            if eid in index:
                hits[eid].append(f)
            else:
                stray += 1
    eid_of = {id(it): eid for eid, it in index.items()}

    def flagged(it):
        return bool(hits.get(eid_of[id(it)]))

    C = [it for it in ITEMS if it["label"] == "C"]
    N = [it for it in ITEMS if it["label"] == "N"]
    A = [it for it in ITEMS if it["label"] == "A"]
    O = [it for it in ITEMS if it["label"] == "O"]  # noqa: E741 (the label's name)
    tp = sum(flagged(it) for it in C)
    fp = sum(flagged(it) for it in N)
    fn = len(C) - tp
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / len(C) if C else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"\n=== political.campaign — Pilpres 2024 probe ({dict(counts)}) ===")
    print(f"C found {tp}/{len(C)}  missed {fn}")
    print(f"N false alarms {fp}/{len(N)}")
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    print(f"A flagged {sum(flagged(it) for it in A)}/{len(A)}")
    print(f"O flagged {sum(flagged(it) for it in O)}/{len(O)}  (should be 0: outside the window)")
    if stray:
        print(f"campaign findings on unknown events: {stray}")

    # target naming
    right = wrong = none = 0
    wrong_list = []
    for it in C:
        fs = hits.get(eid_of[id(it)], [])
        if not fs:
            continue
        tids = {f.get("target_id") for f in fs}
        ok = acceptable_targets(it["groups"])
        if tids & ok:
            right += 1
        elif tids == {None}:
            none += 1
            wrong_list.append((it, tids))
        else:
            wrong += 1
            wrong_list.append((it, tids))
    print(
        f"C hits naming an intended target: {right}/{tp}  (wrong target {wrong}, no target {none})"
    )

    print("\nrecall by event form (C)            | false alarms by form (N)")
    forms = ["post", "comment", "reply", "quote", "image", "alt"]
    for fm in forms:
        cs = [it for it in C if it["form"] == fm]
        ns = [it for it in N if it["form"] == fm]
        r = sum(flagged(it) for it in cs)
        q = sum(flagged(it) for it in ns)
        print(
            f"  {fm:8s} {r:3d}/{len(cs):<3d} ({(r / len(cs) if cs else 0):.2f})"
            f"            | {q:3d}/{len(ns)}"
        )
    img = [it for it in C if it["form"] in ("image", "alt")]
    ri = sum(flagged(it) for it in img)
    print(f"  image-only (ocr+alt) {ri}/{len(img)}")

    if args.show:
        print("\n--- MISSES (C not flagged) ---")
        for it in C:
            if not flagged(it):
                print(
                    f"  [{it['form']}/{it['platform']} {'+'.join(it['groups'])}] {it['text']!r}"
                    + (f"  media={it['media'][0]}" if it["media"] else "")
                    + (f"  on=@{it['on']}" if it["on"] else "")
                )
        print("\n--- FALSE ALARMS (N flagged) ---")
        for it in N:
            if flagged(it):
                fs = hits[eid_of[id(it)]]
                print(
                    f"  [{it['form']}/{it['platform']}] {it['text']!r}"
                    + (f"  media={it['media'][0]}" if it["media"] else "")
                    + f"  -> target {[f.get('target_id') for f in fs]}"
                )
        print("\n--- A flagged ---")
        for it in A:
            if flagged(it):
                print(
                    f"  [{it['form']}] {it['text']!r} -> {[f.get('target_id') for f in hits[eid_of[id(it)]]]}"
                )
        print("\n--- O flagged ---")
        for it in O:
            if flagged(it):
                print(f"  [{it['form']} {it['date']}] {it['text']!r}")
        print("\n--- C hits with wrong/no target ---")
        for it, tids in wrong_list:
            print(f"  [{'+'.join(it['groups'])}] {it['text']!r} -> {sorted(map(str, tids))}")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
