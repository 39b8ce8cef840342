# ruff: noqa: E501
"""Independent out-of-sample probe of `political.campaign` (Bali / Nusa Tenggara Barat edition).

Written by an independent tester from shared/spec/bundle-v1.md, shared/spec/categories.md and
shared/research/domain.md only. The harness shape (arguments, bundle files, `netra scan`,
scoring) follows campaign_probe_sumatra.py; every person, candidate, nickname, slogan, volunteer
group and text below is new and invented for this file. ALL TEXTS, LABELS AND DATES WERE WRITTEN
BEFORE THE FIRST RUN of this probe and were not edited after seeing results.

World (every person invented; only national parties and their 2024 ballot numbers are real):
  * Pilgub Bali 2024 (region 51), two pairs:
      1 DARSA-WIRA - I Made Sudarsana Putra ("Bli Darsa") & Anak Agung Ngurah Wirawan
                     ("Gung Wira"), slogan "Bali Shanti Jagadhita", volunteers
                     "Relawan Semeton Darsa-Wira"
      2 MAHESA     - Ida Bagus Ketut Mahendra ("Gus Mahen") & Ni Luh Putu Ayu Sriani
                     ("Mbok Ayu Sri"), slogan "Bali Metu Galang", volunteers "Laskar MAHESA Bali"
  * Pilbup Lombok Timur 2024 (region 52.03), three pairs:
      1 FIKRI-NURUL - H. Lalu Muhammad Zainul Fikri ("Mamiq Fikri") & Baiq Nurul Hidayati,
                      slogan "Lotim SAKTI"
      2 SIAM        - TGH. Muhammad Sibawaih Ramli ("Tuan Guru Sibawaih", "TGH Siba") &
                      H. Amrullah Zohri ("Pak Amrul"), slogan "Lotim Berkah",
                      volunteers "Barisan Santri SIAM"
      3 SUFA        - Lalu Ahmad Suryadi ("Pak Lalu Surya", "Mamiq Surya") & Muhammad Fauzan
                      Hakim ("Ustadz Fauzan"), slogan "Lotim Maju Bareng",
                      volunteers "Relawan Sahabat Surya"
  * Pemilu 2024: caleg DPRD Provinsi Bali Ni Komang Tri Astuti (PSI, list no. 2) and caleg
    DPRD Kota Mataram Lalu Satria Wiranata (Gelora, list no. 4).
  * Real parties with their 2024 ballot numbers; two invented officials (Pj heads).
  * Seven invented civil servants (Balinese, Sasak, formal Indonesian voices).

Labels:
  C  clearly campaigns for / shows support of a target, dated inside that target's
     neutrality window (parties: any time)
  N  close but not campaigning
  A  ambiguous: reported, not scored
  O  campaign-like but dated outside the window of every actor it names (names candidates
     only: no party, no ballot number); nothing should be flagged

Only political.campaign findings are scored.

Usage: python benchmarks/campaign_probe_balinusra.py [--show] [--keep DIR]
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

# ---------------------------------------------------------------------------------------------
# Elections
# ---------------------------------------------------------------------------------------------
PILKADA = {
    "candidacy": ("2024-08-27", "2024-09-24"),
    "campaign": ("2024-09-25", "2024-11-23"),
    "quiet": ("2024-11-24", "2024-11-26"),
    "voting": ("2024-11-27", "2024-11-27"),
    "counting": ("2024-11-27", "2024-12-08"),
    "result": ("2024-12-09", "2024-12-20"),
}
PILEG = {
    "candidacy": ("2023-11-04", "2023-11-27"),
    "campaign": ("2023-11-28", "2024-02-10"),
    "quiet": ("2024-02-11", "2024-02-13"),
    "voting": ("2024-02-14", "2024-02-14"),
    "counting": ("2024-02-14", "2024-03-20"),
    "result": ("2024-03-21", "2024-04-30"),
}
CALENDAR = {
    "bali": PILKADA,
    "lotim": PILKADA,
    "dprd_bali": PILEG,
    "dprd_mtr": PILEG,
    # no election: parties (political at any time) and texts with a fixed date
    "free": {"campaign": ("2025-01-06", "2025-06-28")},
}
ELECTIONS = [
    (
        "PILGUB-BALI-2024",
        "Pemilihan Gubernur dan Wakil Gubernur Bali 2024",
        "regional_head",
        "51",
        "bali",
    ),
    (
        "PILBUP-LOTIM-2024",
        "Pemilihan Bupati dan Wakil Bupati Lombok Timur 2024",
        "regional_head",
        "52.03",
        "lotim",
    ),
    ("PILEG-2024-DPRD-BALI", "Pemilu 2024 DPRD Provinsi Bali", "legislative", "51", "dprd_bali"),
    (
        "PILEG-2024-DPRD-MATARAM",
        "Pemilu 2024 DPRD Kota Mataram",
        "legislative",
        "52.71",
        "dprd_mtr",
    ),
]

# ---------------------------------------------------------------------------------------------
# Political actors: (target_id, name, kind, election_id, ballot, party, handle stem)
# ---------------------------------------------------------------------------------------------
GB, BL, DB, DM = (
    "PILGUB-BALI-2024",
    "PILBUP-LOTIM-2024",
    "PILEG-2024-DPRD-BALI",
    "PILEG-2024-DPRD-MATARAM",
)
ACTORS = [
    ("B1", "I Made Sudarsana Putra", "candidate", GB, "1", "PDI-P", "bli.darsa"),
    ("B1W", "Anak Agung Ngurah Wirawan", "candidate", GB, "1", "PDI-P", "gungwira.official"),
    ("TB1", "Relawan Semeton Darsa-Wira", "campaign_team", GB, "1", "", "semeton.darsawira"),
    ("B2", "Ida Bagus Ketut Mahendra", "candidate", GB, "2", "Gerindra", "gusmahen.bali"),
    ("B2W", "Ni Luh Putu Ayu Sriani", "candidate", GB, "2", "Gerindra", "mbokayusri"),
    ("TB2", "Laskar MAHESA Bali", "campaign_team", GB, "2", "", "laskar.mahesa"),
    ("L1", "H. Lalu Muhammad Zainul Fikri", "candidate", BL, "1", "Golkar", "mamiqfikri"),
    ("L1W", "Baiq Nurul Hidayati", "candidate", BL, "1", "Golkar", "baiqnurul.hidayati"),
    ("L2", "TGH. Muhammad Sibawaih Ramli", "candidate", BL, "2", "PKB", "tghsibawaih"),
    ("L2W", "H. Amrullah Zohri", "candidate", BL, "2", "PKB", "amrullah.zohri"),
    ("TL2", "Barisan Santri SIAM", "campaign_team", BL, "2", "", "barisan.santri.siam"),
    ("L3", "Lalu Ahmad Suryadi", "candidate", BL, "3", "NasDem", "lalu.surya"),
    ("L3W", "Muhammad Fauzan Hakim", "candidate", BL, "3", "NasDem", "ustadzfauzan.hakim"),
    ("TL3", "Relawan Sahabat Surya", "campaign_team", BL, "3", "", "sahabat.surya"),
    ("D1", "Ni Komang Tri Astuti, S.E.", "candidate", DB, "2", "PSI", "komangtri.psi"),
    ("D2", "Lalu Satria Wiranata", "candidate", DM, "4", "Gelora", "lalusatria.gelora"),
    ("P-PKB", "Partai Kebangkitan Bangsa", "party", "", "1", "PKB", "pkb.probe"),
    ("P-GER", "Partai Gerindra", "party", "", "2", "Gerindra", "gerindra.probe"),
    ("P-PDIP", "PDI Perjuangan", "party", "", "3", "PDI-P", "pdiperjuangan.probe"),
    ("P-GOL", "Partai Golkar", "party", "", "4", "Golkar", "golkar.probe"),
    ("P-NAS", "Partai NasDem", "party", "", "5", "NasDem", "nasdem.probe"),
    ("P-GEL", "Partai Gelora Indonesia", "party", "", "7", "Gelora", "gelora.probe"),
    ("P-PKS", "Partai Keadilan Sejahtera", "party", "", "8", "PKS", "pks.probe"),
    ("P-PBB", "Partai Bulan Bintang", "party", "", "13", "PBB", "pbb.probe"),
    ("P-PSI", "Partai Solidaritas Indonesia", "party", "", "15", "PSI", "psi.probe"),
    ("P-PPP", "Partai Persatuan Pembangunan", "party", "", "17", "PPP", "ppp.probe"),
    ("OF1", "I Nyoman Sukadana (Pj. Gubernur Bali)", "official", "", "", "", "pjgubernur.bali"),
    (
        "OF2",
        "H. Lalu Muhamad Juaini (Pj. Bupati Lombok Timur)",
        "official",
        "",
        "",
        "",
        "pjbupati.lotim",
    ),
]
ACTOR_POS = {a[0]: k for k, a in enumerate(ACTORS)}
TARGET_PLATFORMS = ("facebook", "instagram", "tiktok", "x", "youtube")
GROUPS = {
    "B1": {"B1", "B1W", "TB1"},
    "B2": {"B2", "B2W", "TB2"},
    "L1": {"L1", "L1W"},
    "L2": {"L2", "L2W", "TL2"},
    "L3": {"L3", "L3W", "TL3"},
    "D1": {"D1", "P-PSI"},
    "D2": {"D2", "P-GEL"},
    "-": set(),
}
for _a in ACTORS:
    if _a[2] == "party":
        GROUPS[_a[0]] = {_a[0]}


def actor_uid(tid: str, platform: str) -> str:
    if platform == "youtube":
        return f"UCbalinusra{ACTOR_POS[tid]:04d}probe"
    return str(5251000000 + ACTOR_POS[tid] * 41 + TARGET_PLATFORMS.index(platform))


def actor_handle(tid: str, platform: str) -> str:
    stem = ACTORS[ACTOR_POS[tid]][6]
    return stem.replace(".", "_") if platform == "x" else stem


KEYWORDS = [
    ("B1", "Bli Darsa"),
    ("B1", "Darsa-Wira"),
    ("B1", "#DarsaWira"),
    ("B1", "Bali Shanti Jagadhita"),
    ("B1", "coblos nomor 1"),
    ("B1W", "Gung Wira"),
    ("TB1", "Semeton Darsa"),
    ("B2", "Gus Mahen"),
    ("B2", "MAHESA"),
    ("B2", "#MAHESA2"),
    ("B2", "Bali Metu Galang"),
    ("B2", "coblos nomor 2"),
    ("B2W", "Mbok Ayu Sri"),
    ("TB2", "Laskar MAHESA"),
    ("L1", "Mamiq Fikri"),
    ("L1", "Fikri-Nurul"),
    ("L1", "Lotim SAKTI"),
    ("L1", "#LotimSakti"),
    ("L1", "coblos nomor 1"),
    ("L1W", "Baiq Nurul"),
    ("L2", "Tuan Guru Sibawaih"),
    ("L2", "TGH Siba"),
    ("L2", "SIAM"),
    ("L2", "Lotim Berkah"),
    ("L2", "#LotimBerkah"),
    ("L2", "coblos nomor 2"),
    ("L2W", "Pak Amrul"),
    ("TL2", "Barisan Santri SIAM"),
    ("L3", "Mamiq Surya"),
    ("L3", "Pak Lalu Surya"),
    ("L3", "SUFA"),
    ("L3", "#SUFA3"),
    ("L3", "Lotim Maju Bareng"),
    ("L3", "coblos nomor 3"),
    ("L3W", "Ustadz Fauzan"),
    ("TL3", "Sahabat Surya"),
    ("D1", "Komang Tri"),
    ("D1", "#KomangTriDPRD"),
    ("D2", "Lalu Satria"),
    ("D2", "#SatriaGelora"),
]

# ---------------------------------------------------------------------------------------------
# Civil servants
# ---------------------------------------------------------------------------------------------
PEOPLE = {
    "wayan": dict(
        nip="198703152010011004",
        name="I Wayan Gede Artawan, S.Kom.",
        agency="DISKOMINFOS-BALI",
        unit="Bidang Pengelolaan Informasi Publik",
        position="Pranata Komputer Ahli Muda",
        region="51",
        display="Wayan Arta",
        bio="Tukang IT di Renon | Bangli - Denpasar",
        location="Denpasar, Bali",
        accounts={
            "x": ("1520001001", "wayanarta_"),
            "facebook": ("100052000100101", "wayan.arta.bangli"),
            "instagram": ("52000100102", "wayan.arta"),
        },
    ),
    "made": dict(
        nip="199005212015032002",
        name="Ni Made Suciani, S.Pd.",
        agency="DISDIKPORA-BALI",
        unit="SMA Negeri 2 Gianyar",
        position="Guru Ahli Pertama",
        region="51.04",
        display="Made Suci",
        bio="Guru Biologi | Gianyar 🌾",
        location="Gianyar",
        accounts={
            "facebook": ("100052000200201", "made.suciani"),
            "instagram": ("52000200202", "madesuci.gianyar"),
            "tiktok": ("7352000200203", "bu.madesuci"),
        },
    ),
    "dayu": dict(
        nip="198112092006042001",
        name="Ida Ayu Putu Kartika Dewi, S.E., M.M.",
        agency="BPKAD-BADUNG",
        unit="Bidang Akuntansi",
        position="Kepala Subbidang Akuntansi",
        region="51.03",
        display="Dayu Kartika",
        bio="Ibu dua anak, Kuta - Mangupura",
        location="Badung, Bali",
        accounts={
            "instagram": ("52000300301", "dayukartika"),
            "facebook": ("100052000300302", "dayu.kartika.dewi"),
            "threads": ("52000300303", "dayukartika"),
            "x": ("1520003003", "dayu_kartika"),
        },
    ),
    "komang": dict(
        nip="199402172019031003",
        name="Komang Adi Saputra, A.Md.",
        agency="DISBUD-DPS",
        unit="Bidang Kesenian",
        position="Pengelola Kegiatan Kesenian",
        region="51.71",
        display="Komang Adi",
        bio="Penabuh baleganjur | Denpasar",
        location="Denpasar",
        accounts={
            "instagram": ("52000400401", "komangadi.sp"),
            "tiktok": ("7352000400402", "komangadi_gamelan"),
            "x": ("1520004004", "komangadi_sp"),
            "youtube": ("UCkomangadiprobe0404", "KomangAdiGamelan"),
        },
    ),
    "lalu": dict(
        nip="198506112009011002",
        name="Lalu Muhammad Hairul Anam, S.Sos.",
        agency="KEC-SELONG",
        unit="Seksi Pemerintahan",
        position="Analis Pemerintahan",
        region="52.03",
        display="Lalu Hairul",
        bio="Selong, Lombok Timur | Sasak jati",
        location="Selong, Lombok Timur",
        accounts={
            "facebook": ("100052000500501", "lalu.hairul.anam"),
            "tiktok": ("7352000500502", "lalu_hairul"),
            "x": ("1520005005", "lalu_hairul"),
        },
    ),
    "baiq": dict(
        nip="199108042017042003",
        name="Baiq Rina Marlina, S.Kep., Ns.",
        agency="DINKES-LOTIM",
        unit="Puskesmas Masbagik",
        position="Perawat Ahli Pertama",
        region="52.03",
        display="Baiq Rina",
        bio="Nakes Masbagik 💉",
        location="Masbagik, Lombok Timur",
        accounts={
            "facebook": ("100052000600601", "baiq.rina.marlina"),
            "instagram": ("52000600602", "baiqrina.ns"),
            "tiktok": ("7352000600603", "baiqrina_nakes"),
        },
    ),
    "zul": dict(
        nip="197604142005011005",
        name="H. Muhammad Zulkarnain, S.Ag., M.Pd.",
        agency="KANKEMENAG-LOTIM",
        unit="Seksi Pendidikan Madrasah",
        position="Pengawas Madrasah Ahli Madya",
        region="52.03",
        display="Ustadz Zul Pancor",
        bio="Pengawas madrasah, Pancor",
        location="Pancor, Lombok Timur",
        accounts={
            "facebook": ("100052000700701", "zulkarnain.pancor"),
            "youtube": ("UCzulpancorprobe0707", "UstadzZulPancor"),
            "x": ("1520007007", "zul_pancor"),
        },
    ),
}

FORM_PLATFORMS = {
    "post": ("x", "facebook", "instagram", "tiktok", "youtube", "threads"),
    "image": ("instagram", "facebook", "x"),
    "comment": ("facebook", "instagram", "tiktok", "youtube"),
    "reply": ("x", "threads"),
    "quote": ("x", "threads"),
}

TEXTS: list[dict] = []


def add(label, kind, form, el, group, who, text, **kw):
    item = dict(label=label, kind=kind, form=form, el=el, group=group, who=who, text=text)
    for key in ("on", "tt", "alt", "ocr", "stage", "date", "plat"):
        item[key] = kw.pop(key, None)
    if kw:
        raise TypeError(f"unknown fields {sorted(kw)}")
    if form not in ("post", "image") and not (item["on"] and item["tt"]):
        raise ValueError(f"{form} needs on= and tt=: {text[:40]}")
    TEXTS.append(item)


# ================================ C: Pilgub Bali, pair 1 (DARSA-WIRA) ================================
add(
    "C",
    "ballot-local",
    "post",
    "bali",
    "B1",
    "wayan",
    "Rahajeng semeng semeton! 27 November ampunang engsap, coblos nomer siki nggih. Bli Darsa lan Gung Wira sane pinih cocok ngayomin Bali 🙏 #DarsaWira",
)
add(
    "C",
    "prayer-win",
    "post",
    "bali",
    "B1",
    "made",
    "Astungkara Bli Darsa menang, Bali Shanti Jagadhita terwujud 🙏🙏",
)
add(
    "C",
    "comment-support",
    "comment",
    "bali",
    "B1",
    "wayan",
    "Mantap Bli! Tabanan siap menangkan nomor 1 🔥",
    on="B1",
    tt="Terima kasih krama Tabanan atas sambutannya hari ini. Bali Shanti Jagadhita!",
    plat="facebook",
)
add(
    "C",
    "image-sign",
    "image",
    "bali",
    "B1",
    "wayan",
    "Bareng semeton di Lapangan Puputan 😁",
    alt="lima pemuda berpose mengacungkan satu jari di depan baliho Darsa-Wira",
    ocr="DARSA - WIRA · BALI SHANTI JAGADHITA · No. 1",
)
add(
    "C",
    "reply-support",
    "reply",
    "bali",
    "B1",
    "wayan",
    "Sampun pasti, Bli Darsa. Nomer siki sing ada lawan 😎",
    on="user",
    tt="Bli Wayan, nanti pilih siapa di Pilgub?",
)
add(
    "C",
    "formal-call",
    "post",
    "bali",
    "B1",
    "made",
    "Mari kita dukung pasangan Darsa-Wira demi Bali yang lebih sejahtera. Pilih nomor urut 1 pada 27 November 2024.",
)
add(
    "C",
    "comment-volunteer",
    "comment",
    "bali",
    "B1",
    "wayan",
    "Siap bergerak di Singaraja! Semeton Darsa pasti menang 💪",
    on="TB1",
    tt="Relawan Semeton Darsa-Wira Buleleng siap door to door!",
    plat="facebook",
)
add(
    "C",
    "comment-news",
    "comment",
    "bali",
    "B1",
    "made",
    "Tetap nomer siki di hati krama Gianyar 🙏 Bli Darsa pasti menang",
    on="news",
    tt="Survei: elektabilitas Darsa-Wira dan MAHESA bersaing ketat",
    plat="facebook",
)
add(
    "C",
    "colloquial",
    "post",
    "bali",
    "B1",
    "wayan",
    "coblos no 1 aja ya gaes, jgn ragu, DarsaWira pst menang 💯",
    plat="x",
)
add(
    "C",
    "conditional-call",
    "post",
    "bali",
    "B1",
    "made",
    "Yening nyak Bali becik, pilih Bli Darsa. Ampunang bimbang. Astungkara!",
)
add(
    "C",
    "english",
    "post",
    "bali",
    "B1",
    "wayan",
    "Vote for Bli Darsa - Gung Wira, No. 1! Bali deserves the best 🌴",
    plat="instagram",
)
add(
    "C",
    "nickname",
    "post",
    "bali",
    "B1",
    "made",
    "Pokoknya yang penting Gung Wira jadi wagub, Darsa-Wira menang, tiang bahagia 🥰",
    plat="tiktok",
)
add(
    "C",
    "ballot-local",
    "post",
    "bali",
    "B1",
    "wayan",
    "1️⃣ Bali Shanti! Semeton Bangli ampunang kelangan, 27-11 ring TPS coblos sane kapertama 🙏",
    plat="facebook",
)
add(
    "C",
    "balinese-call",
    "post",
    "bali",
    "B1",
    "made",
    "Ngiring sareng-sareng ngamenangang Darsa-Wira, astungkara!",
    plat="instagram",
)
add(
    "C",
    "ballot-local",
    "post",
    "bali",
    "B1",
    "wayan",
    "Semeton Karangasem, ten wenten sane lian: Darsa-Wira nomer siki. Pilih sane sampun pasti!",
    plat="facebook",
)
add(
    "C",
    "hashtag",
    "post",
    "bali",
    "B1",
    "made",
    "Tiang guru, tapi tiang juga rakyat. Tiang dukung Bli Darsa karena pendidikan gratis 🙏 #DarsaWira01",
    plat="tiktok",
)
add(
    "C",
    "quote-support",
    "quote",
    "bali",
    "B1",
    "wayan",
    "Ini dia gubernur yang Bali butuhkan. Coblos Bli Darsa!",
    on="B1",
    tt="Darsa-Wira: Bali Shanti Jagadhita untuk semua",
)
add(
    "C",
    "props",
    "comment",
    "bali",
    "B1",
    "made",
    "Tiang nunas stikerne nggih, jagi tempel ring motor 🙏 Darsa-Wira menang!",
    on="TB1",
    tt="Relawan Semeton Darsa-Wira Gianyar bagi-bagi stiker",
    plat="facebook",
)
add(
    "C",
    "ballot-pun",
    "post",
    "bali",
    "B1",
    "made",
    "27 November, siki manten pilihan tiang untuk Bali. Sing ada kalih 😊☝️",
    plat="facebook",
)

# ================================ C: Pilgub Bali, pair 2 (MAHESA) ================================
add(
    "C",
    "nickname",
    "post",
    "bali",
    "B2",
    "dayu",
    "Tiang sampun mantep milih Gus Mahen - Mbok Ayu Sri. Bali Metu Galang! ✌️",
    plat="instagram",
)
add(
    "C",
    "ballot-local",
    "post",
    "bali",
    "B2",
    "komang",
    "gas pol nomer kalih! MAHESA menang, Bali metu galang 🔥🔥 #MAHESA2",
    plat="tiktok",
)
add(
    "C",
    "comment-support",
    "comment",
    "bali",
    "B2",
    "dayu",
    "Mbok Ayu Sri idola tiang! Semoga terpilih nggih mbok, astungkara 🙏",
    on="B2W",
    tt="Mbok Ayu Sri hadir di Pasar Kuta, mendengar aspirasi pedagang",
    plat="instagram",
)
add(
    "C",
    "quote-volunteer",
    "quote",
    "bali",
    "B2",
    "dayu",
    "Badung solid untuk MAHESA 💪 ayo semeton, jangan sampai salah coblos, nomor 2!",
    on="TB2",
    tt="Laskar MAHESA Badung konsolidasi akbar Minggu ini!",
    plat="x",
)
add(
    "C",
    "support",
    "post",
    "bali",
    "B2",
    "dayu",
    "Gus Mahen sudah terbukti merakyat. Tiang dan keluarga besar di Kuta siap memenangkan beliau. Sing nyak ngelah gubernur ane lenan 😁",
    plat="facebook",
)
add(
    "C",
    "comment-debate",
    "comment",
    "bali",
    "B2",
    "komang",
    "Gus Mahen jawabane paling cerdas! Fix nomor dua 🔥🔥",
    on="B2",
    tt="Debat kandidat kedua: visi ekonomi Gus Mahen",
    plat="youtube",
)
add(
    "C",
    "hashtag",
    "post",
    "bali",
    "B2",
    "dayu",
    "#MAHESA2 #BaliMetuGalang semeton Badung jangan lupa 27 Nov ya",
    plat="threads",
)
add(
    "C",
    "prayer-win",
    "post",
    "bali",
    "B2",
    "komang",
    "Dumogi Ida Sang Hyang Widhi maicain kemenangan majeng Gus Mahen lan Mbok Ayu. Astungkara nomor kalih!",
    plat="instagram",
)
add(
    "C",
    "props",
    "comment",
    "bali",
    "B2",
    "dayu",
    "Baliho MAHESA-ne luung gati! Tiang masih nyak masang di jumah 😁",
    on="user",
    tt="Baliho baru di depan rumah, gimana semeton?",
    plat="facebook",
)
add(
    "C",
    "image-sign",
    "image",
    "bali",
    "B2",
    "komang",
    "Kaos baru dari Laskar, siap tempur!",
    alt="selfie memakai kaos bertuliskan MAHESA nomor 2 sambil mengacungkan dua jari",
    plat="instagram",
)
add(
    "C",
    "reply-support",
    "reply",
    "bali",
    "B2",
    "komang",
    "Sami-sami Gus! Anak muda Denpasar siap kawal sampai menang 🔥 #MAHESA2",
    on="B2",
    tt="Terima kasih anak muda Denpasar!",
)
add(
    "C",
    "comment-support",
    "comment",
    "bali",
    "B2",
    "dayu",
    "Kuta siaaap! MAHESA sampai menang Gus 💪",
    on="B2",
    tt="Gus Mahen kampanye dialogis di Kuta",
    plat="instagram",
)
add(
    "C",
    "list",
    "post",
    "bali",
    "B2",
    "komang",
    "Gubernur: Gus Mahen. Wagub: Mbok Ayu Sri. Itu saja. #MAHESA2",
    plat="x",
)
add(
    "C",
    "props",
    "post",
    "bali",
    "B2",
    "dayu",
    "Sampun rauh baju MAHESA, mangkin tiang sareng keluarga siap ngiring ke TPS pilih nomer kalih 👕",
    plat="facebook",
)
add(
    "C",
    "reply-volunteer",
    "reply",
    "bali",
    "B2",
    "komang",
    "Siap hadir! Laskar Denpasar tetap solid 💪",
    on="TB2",
    tt="Laskar MAHESA Denpasar rapat akbar besok malam di Lumintang!",
)
add(
    "C",
    "quiet-wink",
    "post",
    "bali",
    "B2",
    "dayu",
    "Besok sudah nyoblos. Ingat ya semeton, pilih yang kanan di kertas suara 😉 MAHESA!",
    stage="quiet",
    plat="instagram",
)
add(
    "C",
    "image-props",
    "image",
    "bali",
    "B2",
    "komang",
    "Malam ini nonton debat bareng Laskar 🔥",
    alt="nobar debat, peserta memegang poster MAHESA nomor 2",
    plat="instagram",
)
add(
    "C",
    "emoji-hashtag",
    "post",
    "bali",
    "B2",
    "dayu",
    "✌️✌️✌️ 27.11 #BaliMetuGalang",
    plat="instagram",
)

# ================================ C: Pilbup Lombok Timur ================================
add(
    "C",
    "ballot-local",
    "post",
    "lotim",
    "L1",
    "lalu",
    "Ayok semeton Lotim, pade coblos nomer sekek! Mamiq Fikri - Baiq Nurul, Lotim SAKTI 💪",
    plat="facebook",
)
add(
    "C",
    "sasak-support",
    "post",
    "lotim",
    "L1",
    "baiq",
    "Tiang mele Baiq Nurul jari wakil bupati, nine pertama lek Lotim. Pade dukung ye semeton!",
    plat="facebook",
)
add(
    "C",
    "comment-support",
    "comment",
    "lotim",
    "L1",
    "baiq",
    "Baiq Nurul dong! Nine bareng nine, pasti ngerti ite 😍 Paket Fikri-Nurul nomor 1",
    on="user",
    tt="Siapa calon bupati pilihan inaq-inaq Masbagik?",
    plat="facebook",
)
add(
    "C",
    "comment-support",
    "comment",
    "lotim",
    "L1",
    "baiq",
    "Sehat selalu Baiq, tiang kader posyandu siap menangkan Lotim SAKTI 🤗",
    on="L1W",
    tt="Baiq Nurul menyapa kader posyandu Masbagik",
    plat="instagram",
)
add(
    "C",
    "support",
    "post",
    "lotim",
    "L1",
    "baiq",
    "Mamiq Fikri sudah terbukti perhatian sama tenaga kesehatan. Insya Allah 27 Nov kita menangkan nomor 1 🤲",
    plat="facebook",
)
add(
    "C",
    "hashtag",
    "post",
    "lotim",
    "L1",
    "baiq",
    "POV: kamu nakes yang udah fix pilih Fikri-Nurul 😎 #LotimSakti",
    plat="tiktok",
)
add(
    "C",
    "quote-support",
    "quote",
    "lotim",
    "L1",
    "lalu",
    "Selong beleq, dukungan beleq 💪 Mamiq Fikri bupati 2025!",
    on="L1",
    tt="Alhamdulillah, deklarasi FIKRI-NURUL dihadiri ribuan warga Selong",
    stage="candidacy",
)
add(
    "C",
    "ballot-local",
    "post",
    "lotim",
    "L1",
    "baiq",
    "Ayo kanak nine Lotim, pilih pemimpin nine! Baiq Nurul nomer sekek ❤️",
    plat="facebook",
)
add(
    "C",
    "image-ocr",
    "image",
    "lotim",
    "L1",
    "baiq",
    "Emak-emak Masbagik all in 💚💛",
    ocr="KAMI EMAK-EMAK MASBAGIK DUKUNG FIKRI-NURUL NO. 1 LOTIM SAKTI",
    plat="instagram",
)
add(
    "C",
    "formal-call",
    "post",
    "lotim",
    "L1",
    "baiq",
    "Tiang pilih nomor satu, Fikri-Nurul. Semeton nakes Lotim, mari bersama!",
    plat="facebook",
)
add(
    "C",
    "slogan-colloquial",
    "post",
    "lotim",
    "L1",
    "baiq",
    "Lotim SAKTI bukan cuma slogan, tiang yakin Mamiq Fikri bisa 💛 coblos no.1",
    plat="tiktok",
)

add(
    "C",
    "formal-call",
    "post",
    "lotim",
    "L2",
    "zul",
    "Sebagai umat, mari kita dukung Tuan Guru Sibawaih memimpin Lombok Timur. Insya Allah Lotim Berkah bersama SIAM.",
    plat="facebook",
)
add(
    "C",
    "colloquial",
    "post",
    "lotim",
    "L2",
    "baiq",
    "jangan lupa tgl 27 coblos no 2 yaaa, TGH Siba & Pak Amrul 🤲 #LotimBerkah",
    plat="tiktok",
)
add(
    "C",
    "comment-religious",
    "comment",
    "lotim",
    "L2",
    "zul",
    "Semoga Allah mudahkan jalan Tuan Guru menuju kursi bupati. Kami jamaah siap memenangkan. Aamiin.",
    on="L2",
    tt="Pengajian akbar bersama TGH. Muhammad Sibawaih Ramli di Pancor",
    plat="youtube",
)
add(
    "C",
    "formal-call",
    "post",
    "lotim",
    "L2",
    "zul",
    "Pemimpin yang lahir dari pesantren akan membawa keberkahan. Tanggal 27 November, jangan ragu pilih pasangan nomor dua, TGH Sibawaih - H. Amrullah.",
    plat="facebook",
)
add(
    "C",
    "slogan",
    "post",
    "lotim",
    "L2",
    "zul",
    "Bismillah, SIAM menang, Lotim Berkah. Ayo jamaah, jangan golput dan pilih yang nomor 2 ya.",
    plat="facebook",
)
add(
    "C",
    "reply-volunteer",
    "reply",
    "lotim",
    "L2",
    "zul",
    "Alhamdulillah, santri Sakra siap all out untuk Tuan Guru 💚",
    on="TL2",
    tt="Barisan Santri SIAM Kecamatan Sakra siap bergerak!",
)
add(
    "C",
    "video-title",
    "post",
    "lotim",
    "L2",
    "zul",
    "Tausiyah: Memilih pemimpin yang alim — dukung TGH Sibawaih Ramli untuk Lombok Timur",
    plat="youtube",
)
add(
    "C",
    "comment-volunteer",
    "comment",
    "lotim",
    "L2",
    "zul",
    "Aamiin ya Rabb, semoga SIAM menang satu putaran.",
    on="TL2",
    tt="Doa bersama relawan SIAM menjelang hari pencoblosan",
    plat="facebook",
)
add(
    "C",
    "comment-support",
    "comment",
    "lotim",
    "L2",
    "zul",
    "Insya Allah ke Tuan Guru Sibawaih. Beliau ulama yang amanah, kita menangkan bersama.",
    on="user",
    tt="Ustadz, pilihan jamaah Pancor ke mana?",
    plat="facebook",
)
add(
    "C",
    "hashtag",
    "post",
    "lotim",
    "L2",
    "zul",
    "Ulama memimpin, umat makmur. #SIAM #LotimBerkah",
    plat="x",
)

add(
    "C",
    "comment-support",
    "comment",
    "lotim",
    "L3",
    "lalu",
    "Maju terus Mamiq Surya! Pringgabaya pacu dukung nomer telu 🔥",
    on="L3",
    tt="Pak Lalu Surya blusukan ke Pringgabaya",
    plat="facebook",
)
add(
    "C",
    "hashtag",
    "post",
    "lotim",
    "L3",
    "lalu",
    "#SUFA3 #LotimMajuBareng side pade ndek uah ragu, nomer telu paling solah",
    plat="x",
)
add(
    "C",
    "image-sign",
    "image",
    "lotim",
    "L3",
    "lalu",
    "Lamun Mamiq Surya menang, Lotim maju bareng 👊",
    alt="berfoto bersama Lalu Ahmad Suryadi, mengacungkan tiga jari",
    plat="facebook",
)
add(
    "C",
    "sasak-support",
    "post",
    "lotim",
    "L3",
    "lalu",
    "Pak Lalu Surya ni tokoh muda, ndek arak lawan. Pokokne nomer telu!",
    plat="facebook",
)
add(
    "C",
    "comment-news",
    "comment",
    "lotim",
    "L3",
    "lalu",
    "Mamiq Surya juara debat, jawabane paling masuk akal. Nomer 3 menang!",
    on="news",
    tt="Debat publik ketiga Pilbup Lotim berlangsung panas",
    plat="facebook",
)
add(
    "C",
    "hand-sign-text",
    "post",
    "lotim",
    "L3",
    "lalu",
    "Tiga jari tiang angkat, SUFA tiang dukung! 🔥",
    plat="tiktok",
)
add(
    "C",
    "comment-volunteer",
    "comment",
    "lotim",
    "L3",
    "lalu",
    "Mantap relawan! Sahabat Surya solah-solah. Lanjutkan sampai menang 💪",
    on="TL3",
    tt="Relawan Sahabat Surya bagi-bagi sembako di Labuhan Haji",
    plat="facebook",
)
add(
    "C",
    "sasak-support",
    "post",
    "lotim",
    "L3",
    "lalu",
    "Sasak jati pilih Mamiq Surya! Nomer telu, ndek arak tawar-tawar 💪",
    plat="facebook",
)
add(
    "C",
    "chant",
    "post",
    "lotim",
    "L3",
    "lalu",
    "Nomer telu nomer telu nomer telu! 🔥 Lalu Surya - Ustadz Fauzan, Lotim Maju Bareng",
    plat="tiktok",
)
add(
    "C",
    "reply-support",
    "reply",
    "lotim",
    "L3",
    "lalu",
    "Sama-sama Mamiq, Suralaga siap menangkan nomer telu",
    on="L3",
    tt="Terima kasih warga Suralaga!",
)
add(
    "C",
    "hashtag",
    "post",
    "lotim",
    "L3",
    "lalu",
    "yg milih 3 angkat tangan 🙋‍♂️ #LotimMajuBareng",
    plat="tiktok",
)

# ================================ C: Pemilu 2024 DPRD ================================
add(
    "C",
    "party-ballot",
    "post",
    "dprd_bali",
    "D1",
    "dayu",
    "Semeton Badung, 14 Februari coblos PSI nomor 15, caleg nomor 2 Komang Tri Astuti ya 🌹",
    plat="instagram",
)
add(
    "C",
    "comment-support",
    "comment",
    "dprd_bali",
    "D1",
    "komang",
    "Semangat Mbok Komang! Anak muda Mengwi dukung Mbok ke DPRD 💪",
    on="D1",
    tt="Komang Tri menyapa petani subak Mengwi",
    plat="instagram",
)
add(
    "C",
    "hashtag",
    "post",
    "dprd_bali",
    "D1",
    "wayan",
    "Komang Tri pantes duduk di DPRD Bali. Muda, cerdas, peduli. #KomangTriDPRD",
    plat="x",
)
add(
    "C",
    "balinese-support",
    "post",
    "dprd_bali",
    "D1",
    "made",
    "Tiang ngiring Mbok Komang Tri, caleg PSI Badung. Astungkara lolos!",
    plat="facebook",
)
add(
    "C",
    "party-ballot",
    "post",
    "dprd_bali",
    "D1",
    "komang",
    "Besok lusa nyoblos, jangan lupa Komang Tri, PSI nomor 15 Badung 🌹",
    date="2024-02-10",
    plat="x",
)
add(
    "C",
    "sasak-support",
    "post",
    "dprd_mtr",
    "D2",
    "lalu",
    "Lalu Satria caleg Gelora nomer 4 dapil Ampenan, side pade pilih ye, ndek rugi",
    plat="facebook",
)
add(
    "C",
    "comment-support",
    "comment",
    "dprd_mtr",
    "D2",
    "zul",
    "Insya Allah amanah. Kami dukung Lalu Satria ke DPRD Mataram.",
    on="D2",
    tt="Lalu Satria Wiranata silaturahmi dengan tokoh agama Cakranegara",
    plat="facebook",
)
add(
    "C",
    "party-ballot",
    "post",
    "dprd_mtr",
    "D2",
    "baiq",
    "Coblos partainya, coblos orangnya: Gelora no 7, Lalu Satria no 4 👍",
    plat="instagram",
)

# ================================ C: parties (any time) ================================
add(
    "C",
    "party",
    "post",
    "free",
    "P-PDIP",
    "wayan",
    "Bangga jadi bagian keluarga besar PDI Perjuangan. Merdeka! 🐂",
    date="2025-03-02",
    plat="x",
)
add(
    "C",
    "party",
    "post",
    "free",
    "P-GER",
    "komang",
    "Gerindra paling konsisten bela rakyat kecil. Ayo semeton gabung Gerindra!",
    date="2025-02-14",
    plat="instagram",
)
add(
    "C",
    "party",
    "post",
    "free",
    "P-PKB",
    "zul",
    "PKB rumah besar warga NU. Terus dukung PKB, insya Allah barokah.",
    date="2024-06-10",
    plat="facebook",
)
add(
    "C",
    "party",
    "post",
    "free",
    "P-GOL",
    "baiq",
    "Golkar suara rakyat! Ayo dukung Golkar di Lotim 💛",
    date="2025-01-20",
    plat="facebook",
)
add(
    "C",
    "party",
    "post",
    "free",
    "P-PSI",
    "dayu",
    "PSI partai anak muda, tiang dukung terus. #PSI",
    date="2025-04-11",
    plat="instagram",
)
add(
    "C",
    "party-ballot",
    "post",
    "dprd_bali",
    "P-PDIP",
    "made",
    "Tanggal 14 coblos nomer 3, PDI Perjuangan 🔴",
    date="2024-02-08",
    plat="facebook",
)
add(
    "C",
    "party-comment",
    "comment",
    "free",
    "P-PKS",
    "lalu",
    "Siap daftar! Maju terus PKS 🧡",
    on="P-PKS",
    tt="PKS buka pendaftaran anggota baru",
    date="2025-05-06",
    plat="facebook",
)
add(
    "C",
    "party-ballot",
    "post",
    "dprd_mtr",
    "P-PPP",
    "zul",
    "Pilih partai Islam, pilih PPP nomor 17. Ka'bah di hati.",
    date="2024-01-20",
    plat="facebook",
)
add(
    "C",
    "party",
    "post",
    "free",
    "P-NAS",
    "komang",
    "NasDem restorasi Indonesia! Dukung NasDem terus 🔵",
    date="2024-07-22",
    plat="tiktok",
)
add(
    "C",
    "party",
    "post",
    "free",
    "P-GEL",
    "baiq",
    "Gelora nomer 7! Arah baru Indonesia 🌊",
    date="2025-03-18",
    plat="instagram",
)
add(
    "C",
    "party-image",
    "image",
    "free",
    "P-PSI",
    "dayu",
    "Dari acara kopdar kemarin 🌹",
    ocr="PSI MENANG! WAKTUNYA ANAK MUDA",
    date="2025-05-24",
    plat="instagram",
)
add(
    "C",
    "party",
    "post",
    "lotim",
    "P-NAS",
    "lalu",
    "NasDem Lotim mantap! Restorasi sampai desa 🔵",
    plat="facebook",
)
add(
    "C",
    "party",
    "post",
    "free",
    "P-PDIP",
    "made",
    "Banteng Bali tetap merah! PDI Perjuangan di hati krama Bali ❤️",
    date="2025-01-10",
    plat="instagram",
)

# ================================ N: neutral election talk ================================
add(
    "N",
    "turnout",
    "post",
    "bali",
    "-",
    "wayan",
    "Rahajeng semeng! Ampunang golput nggih semeton, 27 November rauh ke TPS. Suara semeton nentuang Bali limang warsa ke ngajeng.",
    stage="quiet",
    plat="facebook",
)
add(
    "N",
    "neutrality",
    "post",
    "bali",
    "-",
    "made",
    "Guru wajib netral. Tiang ngiring ngingetin: ASN tidak boleh like, komen, share postingan paslon mana pun nggih.",
    plat="facebook",
)
add(
    "N",
    "turnout",
    "post",
    "lotim",
    "-",
    "zul",
    "Pemilih cerdas memilih berdasarkan program, bukan uang. Jangan golput, datang ke TPS 27 November.",
    plat="facebook",
)
add(
    "N",
    "service",
    "post",
    "lotim",
    "-",
    "baiq",
    "Bagi pasien rawat inap yang ingin mencoblos, petugas KPPS akan datang ke Puskesmas Masbagik pukul 10.00. Silakan siapkan KTP.",
    stage="voting",
    plat="facebook",
)
add(
    "N",
    "logistics",
    "post",
    "lotim",
    "-",
    "lalu",
    "Info dari Kantor Camat Selong: pendistribusian logistik Pilkada ke 12 kelurahan dimulai besok pagi.",
    stage="quiet",
    plat="facebook",
)
add(
    "N",
    "reminder-slogans",
    "post",
    "bali",
    "-",
    "wayan",
    "Pengingat untuk ASN Diskominfos: dilarang memakai tagar #DarsaWira, #MAHESA2, atau slogan 'Bali Metu Galang' dan 'Bali Shanti Jagadhita' di akun pribadi selama masa kampanye.",
    plat="x",
)
add(
    "N",
    "reminder-slogans",
    "post",
    "lotim",
    "-",
    "zul",
    "Edaran Kankemenag: ASN dilarang berfoto dengan pose satu, dua, atau tiga jari serta dilarang menyebarkan tagar #LotimSakti, #LotimBerkah, #SUFA3.",
    plat="facebook",
)
add(
    "N",
    "reminder-slogans",
    "post",
    "lotim",
    "-",
    "lalu",
    "Sosialisasi netralitas ASN di aula kecamatan. Contoh pelanggaran: menulis 'coblos nomor 2' atau 'Mamiq Fikri pasti menang' di medsos. Jangan ditiru!",
    plat="facebook",
)
add(
    "N",
    "result-news",
    "comment",
    "bali",
    "-",
    "dayu",
    "Semoga semua pihak menerima hasilnya dengan lapang dada. Bali tetap damai 🙏",
    on="news",
    tt="Hasil rekapitulasi KPU Bali sudah diumumkan",
    stage="result",
    plat="facebook",
)
add(
    "N",
    "debate-news",
    "post",
    "bali",
    "-",
    "komang",
    "Debat kedua Pilgub Bali malam ini di Denpasar, tema pariwisata berkelanjutan. Tonton di TV lokal ya.",
    plat="x",
)
add(
    "N",
    "result-news",
    "post",
    "lotim",
    "-",
    "baiq",
    "Hasil quick count Pilbup Lotim keluar, selisihnya tipis. Mari tunggu hasil resmi KPU dan tetap jaga persaudaraan.",
    stage="voting",
    plat="facebook",
)
add(
    "N",
    "criticism",
    "post",
    "bali",
    "-",
    "dayu",
    "Janji Gus Mahen gratiskan pajak kendaraan itu gimana hitungannya? APBD dari mana? Jangan asal janji.",
    plat="threads",
)
add(
    "N",
    "criticism",
    "post",
    "lotim",
    "-",
    "lalu",
    "Mamiq Surya janji jalan mulus 100%, tapi waktu jadi anggota dewan jalan ke Suela tetap rusak. Hmm.",
    plat="x",
)
add(
    "N",
    "criticism",
    "post",
    "bali",
    "-",
    "komang",
    "Baliho Darsa-Wira nutupin rambu lalu lintas di Jalan Gatsu. Tolong Bawaslu ditertibkan!",
    plat="x",
)
add(
    "N",
    "sarcasm",
    "post",
    "bali",
    "-",
    "wayan",
    "Wah hebat, baru masa kampanye jalan di desa langsung diaspal. Kebetulan sekali ya 🙃",
    plat="x",
)
add(
    "N",
    "sarcasm",
    "post",
    "lotim",
    "-",
    "baiq",
    "Tiba-tiba semua calon jadi rajin ke posyandu. Semoga habis 27 November masih inget jalan ke sini 😅",
    plat="facebook",
)

# ================================ N: namesakes ================================
add(
    "N",
    "namesake",
    "post",
    "bali",
    "-",
    "made",
    "Selamat ulang tahun Bli Made Sudarsana, rekan guru Matematika yang paling sabar. Dumogi rahayu 🎂",
    plat="facebook",
)
add(
    "N",
    "namesake",
    "post",
    "bali",
    "-",
    "dayu",
    "Matur suksma Gus Mahendra (Bidang Aset BPKAD) sudah bantu rekonsiliasi aset akhir tahun. Mantap Gus!",
    stage="result",
    plat="instagram",
)
add(
    "N",
    "namesake",
    "post",
    "dprd_bali",
    "-",
    "komang",
    "Selamat jalan Komang Tri, sahabat seperjuangan di sanggar tari, sukses di tempat tugas baru di Singaraja 🙏",
    plat="instagram",
)
add(
    "N",
    "namesake",
    "post",
    "bali",
    "-",
    "wayan",
    "Ketut Wira juara lomba layangan se-Denpasar! Bangga sama adik tiang 🪁",
    plat="instagram",
)
add(
    "N",
    "namesake",
    "post",
    "lotim",
    "-",
    "lalu",
    "Selamat menempuh hidup baru Mamiq Surya (staf Kasi Pemerintahan) dan Baiq Yuni. Semoga sakinah mawaddah warahmah 🤲",
    plat="facebook",
)
add(
    "N",
    "namesake",
    "post",
    "lotim",
    "-",
    "baiq",
    "Baiq Nurul, teman sejawat di IGD, dapat penghargaan perawat teladan. Selamat ya!",
    plat="instagram",
)
add(
    "N",
    "namesake",
    "post",
    "lotim",
    "-",
    "zul",
    "Terima kasih Ustadz Fauzan (guru MTs Negeri 2 Lotim) yang sudah mengisi kultum Jumat pagi di kantor.",
    plat="facebook",
)
add(
    "N",
    "namesake",
    "post",
    "bali",
    "-",
    "made",
    "Ni Luh Putu Ayu, murid kelas XI IPA 2, juara olimpiade biologi tingkat provinsi. Selamat nak!",
    plat="instagram",
)
add(
    "N",
    "namesake",
    "post",
    "bali",
    "-",
    "wayan",
    "I Made Sudarsana, penyuluh pertanian di subak Abian Semal, hari ini purnatugas. Suksma Pak Made 🙏",
    plat="facebook",
)
add(
    "N",
    "namesake",
    "post",
    "bali",
    "-",
    "komang",
    "Selamat Gung Wirawan atas kelulusannya di ISI Denpasar! Gung Wira memang bakat seni dari kecil 🎨",
    plat="instagram",
)
add(
    "N",
    "namesake",
    "post",
    "bali",
    "-",
    "dayu",
    "Anak tiang, Gus Mahendra, juara 1 lomba mesatua Bali tingkat SD 🥹 Bangga!",
    plat="facebook",
)
add(
    "N",
    "namesake",
    "post",
    "lotim",
    "-",
    "baiq",
    "Tuan Guru kami di Ponpes Masbagik, TGH. Sibawaih (bukan yang calon ya 😅), ngisi pengajian Ahad ini.",
    plat="facebook",
)
add(
    "N",
    "namesake",
    "post",
    "lotim",
    "-",
    "lalu",
    "Amrul, teman SMA tiang, buka bengkel baru di Pancor. Mampir ye, Pak Amrul pacu ramah 😁",
    plat="facebook",
)
add(
    "N",
    "namesake-festival",
    "post",
    "free",
    "-",
    "komang",
    "Dek Ayu Sri, penari Legong dari Sanggar Wirasa, tampil memukau di PKB tadi malam 💃",
    date="2024-06-28",
    plat="instagram",
)

# ================================ N: same numbers / words elsewhere ================================
add(
    "N",
    "numbers-contest",
    "post",
    "dprd_bali",
    "-",
    "wayan",
    "Banjar kami juara 2 lomba ogoh-ogoh Kota Denpasar! Nomor urut 2 bawa hoki 😁",
    date="2024-03-09",
    plat="facebook",
)
add(
    "N",
    "numbers-tax",
    "post",
    "bali",
    "-",
    "dayu",
    "Info antrean: pelayanan PBB-P2 di loket nomor 2, mohon ambil nomor antrian dulu nggih.",
    plat="facebook",
)
add(
    "N",
    "numbers",
    "post",
    "bali",
    "-",
    "komang",
    "Rapat pemuda di Banjar Tegal nomor 1, jam 7 malem. Sing dadi telat!",
    plat="instagram",
)
add(
    "N",
    "numbers",
    "post",
    "lotim",
    "-",
    "lalu",
    "Gang 3 Jalan Pejanggik ditutup sementara karena ada begawe. Cari jalan lain ye semeton.",
    plat="facebook",
)
add(
    "N",
    "numbers",
    "post",
    "lotim",
    "-",
    "baiq",
    "Yang nomor antrian 1 sampai 20 silakan ke poli umum, nomor 21 ke atas ke poli KIA ya.",
    plat="facebook",
)
add(
    "N",
    "numbers",
    "post",
    "bali",
    "-",
    "komang",
    "Dulu dapat nomor urut 2 pas tes SKD CPNS, deg-degan banget. Semangat adik-adik yang tes tahun ini!",
    plat="x",
)
add(
    "N",
    "numbers",
    "post",
    "lotim",
    "-",
    "lalu",
    "Tim sepak bola Kecamatan Selong juara 1 turnamen antarkecamatan! Nomer sekek, memang pacu latihan 💪",
    plat="facebook",
)
add(
    "N",
    "word-siam",
    "post",
    "bali",
    "-",
    "dayu",
    "Ada yang jual jeruk siam? Tiang lagi cari buat banten 🍊",
    plat="facebook",
)
add(
    "N",
    "word-siam",
    "post",
    "lotim",
    "-",
    "baiq",
    "Panen jeruk siam di Sembalun melimpah, harga turun jadi 8 ribu sekilo. Ayo borong!",
    plat="facebook",
)
add(
    "N",
    "word-sakti",
    "post",
    "lotim",
    "-",
    "zul",
    "Ayat kursi dibaca sebagai doa penjagaan, bukan ajian sakti. Jangan percaya jimat.",
    plat="facebook",
)
add(
    "N",
    "word-surya",
    "post",
    "lotim",
    "-",
    "lalu",
    "PLTS tenaga surya di kantor camat sudah beroperasi, hemat listrik 40%.",
    plat="facebook",
)
add(
    "N",
    "word-galang",
    "post",
    "dprd_bali",
    "-",
    "made",
    "Galang apadang! Rahajeng Siwaratri semeton 🙏",
    date="2024-01-09",
    plat="instagram",
)
add(
    "N",
    "word-shanti",
    "post",
    "dprd_bali",
    "-",
    "dayu",
    "Melasti Desa Adat Kuta berjalan khidmat. Terima kasih krama, pecalang, dan semua yang ngayah 🙏 Om Shanti Shanti Shanti Om",
    date="2024-03-07",
    plat="instagram",
)
add(
    "N",
    "word-shanti",
    "post",
    "bali",
    "-",
    "made",
    "Rahajeng nyanggra rahina Galungan lan Kuningan. Dumogi jagadhita, rahayu sareng sami. Om Shanti Shanti Shanti Om 🙏",
    date="2024-09-25",
    plat="facebook",
)
add(
    "N",
    "word-jagadhita",
    "post",
    "bali",
    "-",
    "wayan",
    "Moksartham jagadhita ya ca iti dharma. Tujuan hidup: kebahagiaan lahir batin. Rahajeng Purnama 🙏",
    plat="facebook",
)
add(
    "N",
    "word-siki",
    "post",
    "bali",
    "-",
    "made",
    "Nomer siki ring manah tiang: Ida Sang Hyang Widhi Wasa. Rahajeng rahina Purnama Kapat 🙏",
    date="2024-10-17",
    plat="facebook",
)
add(
    "N",
    "word-telu",
    "post",
    "lotim",
    "-",
    "baiq",
    "Posyandu balita hari ini di Dusun Telu 😊 jangan lupa bawa buku KIA.",
    plat="facebook",
)
add(
    "N",
    "teacher-day",
    "post",
    "bali",
    "-",
    "made",
    "Selamat Hari Guru! Guru nomor satu di hati murid-murid 🥰",
    date="2024-11-25",
    plat="instagram",
)
add(
    "N",
    "slogan-other",
    "post",
    "bali",
    "-",
    "dayu",
    "Kerja, kerja, kerja. Tutup buku akhir tahun BPKAD Badung lancar 💪",
    stage="result",
    plat="instagram",
)

# ================================ N: other contests ================================
add(
    "N",
    "other-contest",
    "post",
    "bali",
    "-",
    "made",
    "Pemilihan ketua OSIS SMAN 2 Gianyar: kandidat nomor 1 dan 2 debat besok. Anak-anak, gunakan hak pilih kalian di bilik suara sekolah ya!",
    plat="facebook",
)
add(
    "N",
    "other-contest",
    "post",
    "bali",
    "-",
    "wayan",
    "Pemilihan kelian banjar adat Banjar Kaja tanggal 3 November. Tiang dukung Bli Nyoman Sutama, jujur dan suba teruji ngayah!",
    plat="facebook",
)
add(
    "N",
    "other-contest",
    "post",
    "lotim",
    "-",
    "lalu",
    "Pilkades antarwaktu Desa Lenek: ayo coblos nomor 2, Amaq Rizal! Kepala desa jujur dan merakyat.",
    stage="candidacy",
    plat="facebook",
)
add(
    "N",
    "other-contest",
    "post",
    "dprd_bali",
    "-",
    "komang",
    "Lomba ogoh-ogoh ST Yowana Dharma: dukung ogoh-ogoh nomor urut 3 'Kala Rau' ya semeton, vote di IG panitia!",
    date="2024-03-05",
    plat="instagram",
)
add(
    "N",
    "other-contest",
    "post",
    "bali",
    "-",
    "made",
    "Dukung Kadek Sinta, finalis Jegeg Bagus Gianyar nomor 7, vote lewat IG panitia nggih 🌺",
    plat="instagram",
)
add(
    "N",
    "other-contest-image",
    "image",
    "dprd_bali",
    "-",
    "komang",
    "Lomba ogoh-ogoh!",
    ocr="ST. YOWANA DHARMA · NO. UNDIAN 2",
    date="2024-03-10",
    plat="instagram",
)

# ================================ N: ceremonies, officials ================================
add(
    "N",
    "ceremony",
    "post",
    "bali",
    "-",
    "komang",
    "Upacara ngaben massal Desa Adat Kesiman berjalan lancar. Turut hadir Bapak I Made Sudarsana Putra selaku Ketua DPRD Provinsi Bali.",
    stage="candidacy",
    plat="instagram",
)
add(
    "N",
    "ceremony",
    "post",
    "lotim",
    "-",
    "lalu",
    "Ziarah makam Selaparang bersama Forkopimda, turut hadir TGH. Muhammad Sibawaih Ramli sebagai Ketua MUI Lotim.",
    stage="candidacy",
    plat="facebook",
)
add(
    "N",
    "ceremony",
    "post",
    "bali",
    "-",
    "made",
    "Tiang sareng murid ngayah ring odalan Pura Desa, rauh taler Gung Wira sane dados tamu undangan. Rahajeng 🙏",
    plat="facebook",
)
add(
    "N",
    "official",
    "post",
    "lotim",
    "-",
    "baiq",
    "Terima kasih Pj Bupati Lalu Juaini sudah meresmikan Pustu Desa Danger. Semoga sehat selalu Pak.",
    plat="facebook",
)
add(
    "N",
    "official",
    "comment",
    "bali",
    "-",
    "wayan",
    "Siap Pak! ASN Diskominfos netral.",
    on="OF1",
    tt="Pj Gubernur Bali: ASN wajib netral selama Pilkada",
    plat="facebook",
)
add(
    "N",
    "official-duty",
    "post",
    "bali",
    "-",
    "komang",
    "Rapat koordinasi pengamanan Pilkada di Kantor Wali Kota Denpasar. Disbud siap mendukung kelancaran Pilgub Bali.",
    plat="instagram",
)
add(
    "N",
    "official-duty",
    "post",
    "bali",
    "-",
    "wayan",
    "Diskominfos Bali siap mendukung KPU dalam penyebaran informasi Pilgub 2024. Cek DPT di cekdptonline.kpu.go.id",
    stage="candidacy",
    plat="x",
)

# ================================ N: questions, conditionals, rejection, prayers ================================
add(
    "N",
    "question",
    "post",
    "bali",
    "-",
    "made",
    "Ada yang tahu visi misi pasangan nomor 1 dan nomor 2 soal pendidikan? Tiang masih bingung milih.",
    plat="facebook",
)
add(
    "N",
    "conditional-question",
    "post",
    "lotim",
    "-",
    "baiq",
    "Kalau Mamiq Fikri menang, apakah honorer nakes bakal diangkat? Ada yang tau programnya?",
    plat="facebook",
)
add(
    "N",
    "question",
    "post",
    "lotim",
    "-",
    "zul",
    "Apakah boleh ASN hadir di pengajian yang diisi calon bupati? Mohon pencerahan dari Bawaslu.",
    plat="x",
)
add(
    "N",
    "conditional",
    "post",
    "lotim",
    "-",
    "lalu",
    "Lamun paslon mana pun menang, tiang cuma berharap jalan ke Sembalun diperbaiki.",
    plat="facebook",
)
add(
    "N",
    "reject-quote",
    "post",
    "bali",
    "-",
    "dayu",
    "Ada yang kirim ke WA grup kantor 'coblos nomor 2 MAHESA pasti menang'. Mohon maaf, grup dinas bukan tempat kampanye. Tiang hapus nggih.",
    plat="facebook",
)
add(
    "N",
    "reject-quote",
    "post",
    "lotim",
    "-",
    "zul",
    "Tadi ada jamaah bagi selebaran 'Pilih SIAM, Lotim Berkah'. Saya tegur, masjid bukan tempat kampanye.",
    plat="facebook",
)
add(
    "N",
    "reject-quote",
    "quote",
    "bali",
    "-",
    "komang",
    "Ajakan seperti ini melanggar netralitas. ASN wajib netral, jangan terpancing.",
    on="TB1",
    tt="Semeton ASN, dukung Darsa-Wira diam-diam saja, tidak ada yang tahu 😉",
)
add(
    "N",
    "reject-quote",
    "post",
    "bali",
    "-",
    "made",
    "Ada yang nyebar 'ASN wajib pilih PDI-P' di grup guru. Itu hoaks dan melanggar netralitas!",
    plat="facebook",
)
add(
    "N",
    "prayer-peace",
    "post",
    "bali",
    "-",
    "made",
    "Dumogi Pilkada Bali mamargi becik, aman, damai. Sira ugi sane menang, Bali tetep asih. Astungkara 🙏",
    stage="quiet",
    plat="facebook",
)
add(
    "N",
    "prayer-peace",
    "post",
    "lotim",
    "-",
    "zul",
    "Ya Allah, jadikan Pilkada Lombok Timur aman dan damai, dan berikanlah kami pemimpin yang amanah. Aamiin.",
    stage="quiet",
    plat="facebook",
)
add(
    "N",
    "prayer-peace",
    "post",
    "lotim",
    "-",
    "baiq",
    "Semoga Lotim tetap berkah siapa pun bupatinya nanti 🤲",
    plat="facebook",
)
add(
    "N",
    "question-on-candidate",
    "comment",
    "lotim",
    "-",
    "baiq",
    "Mohon maaf Pak, untuk pasien BPJS nonaktif bagaimana prosedurnya? Di puskesmas kami banyak yang bingung.",
    on="L1",
    tt="Mamiq Fikri: program berobat gratis pakai KTP",
    plat="facebook",
)
add(
    "N",
    "request-on-candidate",
    "comment",
    "lotim",
    "-",
    "lalu",
    "Pak, jalan Sembalun - Sajang rusak parah, mohon diperhatikan siapa pun yang nanti jadi bupati.",
    on="L3",
    tt="Pak Lalu Surya menyapa petani Sembalun",
    plat="facebook",
)
add(
    "N",
    "criticism-on-candidate",
    "comment",
    "bali",
    "-",
    "dayu",
    "Sumber dananya dari mana Gus? Mohon dijelaskan dengan data.",
    on="B2",
    tt="Gus Mahen: pajak kendaraan gratis!",
    plat="instagram",
)
add(
    "N",
    "news-reply",
    "reply",
    "bali",
    "-",
    "wayan",
    "Sudah ditetapkan. Semoga kampanye berjalan sejuk, tanpa hoaks.",
    on="news",
    tt="KPU Bali tetapkan nomor urut: Darsa-Wira nomor 1, MAHESA nomor 2",
    stage="candidacy",
)
add(
    "N",
    "secret-ballot",
    "post",
    "bali",
    "-",
    "made",
    "Murid-murid tiang nanya: 'Bu, Ibu pilih nomor berapa?' Tiang jawab: rahasia, itu asas LUBER JURDIL 😄",
    plat="facebook",
)
add(
    "N",
    "both-named",
    "post",
    "bali",
    "-",
    "komang",
    "Bli Darsa sama Gus Mahen sama-sama datang ke pameran tenun. Tiang cuma foto kainnya aja, netral nggih 😁",
    plat="instagram",
)
add(
    "N",
    "sermon",
    "post",
    "lotim",
    "-",
    "zul",
    "Khutbah Jumat hari ini: memilih pemimpin itu amanah. Pilih yang jujur dan adil. Jangan terima politik uang.",
    plat="facebook",
)
add(
    "N",
    "balanced",
    "post",
    "lotim",
    "-",
    "lalu",
    "Seru juga nonton debat, Mamiq Fikri kuat di ekonomi, TGH Siba kuat di agama, Pak Lalu Surya kuat di infrastruktur. Sisanya terserah side pade.",
    plat="x",
)
add(
    "N",
    "neutrality",
    "post",
    "bali",
    "-",
    "dayu",
    "Tiang ten nyak komentar politik di medsos. ASN netral nggih. Rahayu 🙏",
    plat="instagram",
)
add(
    "N",
    "result",
    "post",
    "lotim",
    "-",
    "zul",
    "Hasil pleno KPU Lotim sudah diumumkan. Selamat kepada pasangan terpilih, mari bersatu kembali membangun Lombok Timur.",
    stage="result",
    plat="facebook",
)
add(
    "N",
    "quick-count",
    "post",
    "bali",
    "-",
    "dayu",
    "Quick count lembaga A: nomor 1 49,2%, nomor 2 50,8%, selisih tipis. Tunggu rekap resmi KPU ya semeton.",
    stage="voting",
    plat="threads",
)
add(
    "N",
    "news-quote",
    "quote",
    "bali",
    "-",
    "komang",
    "Semoga proses di MK berjalan adil untuk semua pihak.",
    on="news",
    tt="Gus Mahen: kami hormati proses di MK",
    stage="result",
)
add(
    "N",
    "peace-pact",
    "post",
    "lotim",
    "-",
    "lalu",
    "Pasangan nomor 1, 2, dan 3 sama-sama tanda tangan deklarasi kampanye damai di Selong. Mantap, semoga dijalankan.",
    date="2024-09-24",
    plat="facebook",
)
add(
    "N",
    "hand-sign-reminder",
    "post",
    "lotim",
    "-",
    "baiq",
    "Satu jari buat tanda sehat, dua jari buat V sign, tiga jari buat... eh ASN jangan pose jari-jarian di masa kampanye ya 😆",
    plat="tiktok",
)
add(
    "N",
    "culture",
    "post",
    "bali",
    "-",
    "komang",
    "Pilih pemimpin yang peduli seni budaya. Siapa pun dia, tiang tetap ngayah di sanggar.",
    plat="tiktok",
)
add(
    "N",
    "secret-ballot",
    "post",
    "bali",
    "-",
    "komang",
    "Coblos? Nggih, sampun nyoblos. Pilih siapa? Rahasia dong 🤫",
    stage="voting",
    plat="x",
)
add(
    "N",
    "parties-listed",
    "post",
    "lotim",
    "-",
    "baiq",
    "Gerindra? Golkar? PKB? NasDem? Tiang ndek ngerti politik, tiang ngerti suntik 😂",
    plat="tiktok",
)
add(
    "N",
    "civics",
    "post",
    "dprd_mtr",
    "-",
    "zul",
    "Bahan ajar PKn kelas 9: sistem multipartai di Indonesia, contoh partai peserta Pemilu 2024 seperti PKB, Gerindra, PDI-P, Golkar.",
    plat="facebook",
)
add(
    "N",
    "party-criticism",
    "comment",
    "free",
    "-",
    "lalu",
    "Jalan di depan sekretariat macet gara-gara antrean takjil, mohon diatur ya.",
    on="P-PKS",
    tt="PKS Lotim bagikan takjil gratis",
    date="2025-03-12",
    plat="facebook",
)
add(
    "N",
    "kpps",
    "post",
    "bali",
    "-",
    "made",
    "Tiang ngiring ngayah di TPS 2 Banjar Kelod sebagai KPPS. Dumogi lancar nggih 🙏",
    stage="quiet",
    plat="facebook",
)
add(
    "N",
    "voted",
    "image",
    "bali",
    "-",
    "wayan",
    "Jari ungu tanda sudah nyoblos 🙂",
    alt="kelingking bertinta ungu",
    stage="voting",
    plat="instagram",
)
add(
    "N",
    "ppk-photo",
    "image",
    "lotim",
    "-",
    "lalu",
    "Foto bareng teman-teman PPK Selong setelah pleno rekapitulasi. Alhamdulillah selesai 👏",
    alt="petugas PPK berfoto, mengacungkan jempol",
    stage="counting",
    plat="facebook",
)
add(
    "N",
    "infographic",
    "image",
    "bali",
    "-",
    "wayan",
    "Infografis Diskominfos",
    ocr="PILGUB BALI 2024 · PASLON 1 DARSA-WIRA · PASLON 2 MAHESA · HARI PENCOBLOSAN 27 NOVEMBER",
    plat="facebook",
)
add(
    "N",
    "reminder-image",
    "image",
    "lotim",
    "-",
    "baiq",
    "Sosialisasi Pilkada sehat di Puskesmas",
    ocr="ASN NETRAL! DILARANG: FOTO POSE JARI, LIKE/SHARE KONTEN PASLON",
    plat="instagram",
)
add(
    "N",
    "news-quote",
    "quote",
    "bali",
    "-",
    "dayu",
    "Nah kan. Hati-hati jempolnya semeton ASN 😅",
    on="news",
    tt="Bawaslu Badung temukan 3 ASN like postingan paslon",
    plat="threads",
)
add(
    "N",
    "golput-reply",
    "reply",
    "lotim",
    "-",
    "zul",
    "Golput bukan solusi. Datanglah ke TPS dan pilih sesuai hati nurani.",
    on="user",
    tt="Ustadz, boleh tidak kita golput?",
)
add(
    "N",
    "reject-quote",
    "post",
    "lotim",
    "-",
    "baiq",
    "Ada yang minta tiang share poster 'Fikri-Nurul nomor 1' ke grup kader posyandu. Maaf ndek bisa, tiang ASN.",
    plat="facebook",
)

# ================================ A: ambiguous (not scored) ================================
add(
    "A",
    "slogan-exact-neutral",
    "post",
    "lotim",
    "-",
    "lalu",
    "Mugi-mugi Lotim maju bareng, bersatu siapa pun yang terpilih nanti.",
    plat="facebook",
)
add(
    "A",
    "agree-neutral-on-candidate",
    "comment",
    "lotim",
    "L2",
    "zul",
    "Setuju Tuan Guru, ASN harus netral.",
    on="L2",
    tt="TGH Sibawaih: ASN harus netral, jangan diseret politik",
    plat="facebook",
)
add(
    "A",
    "slogan-in-greeting",
    "post",
    "bali",
    "B2",
    "komang",
    "Rahajeng Rahina Saraswati. Dumogi ilmu pengetahuan ngawinang Bali metu galang ring kahuripan.",
    plat="instagram",
)
add(
    "A",
    "thanks-donation",
    "post",
    "bali",
    "B2",
    "komang",
    "Matur suksma majeng Gus Mahen sane sampun ngaturang dana punia ring ngaben massal Banjar Tegal 🙏",
    plat="instagram",
)
add(
    "A",
    "thanks-donation",
    "post",
    "lotim",
    "L1",
    "baiq",
    "Terima kasih Baiq Nurul Hidayati yang sudah menyumbang ambulans desa, semoga berkah.",
    plat="facebook",
)
add(
    "A",
    "fond-visit",
    "post",
    "bali",
    "B1",
    "made",
    "Tiang seneng pisan tiap Bli Darsa rauh ke sekolah. Kapan-kapan rauh malih nggih Bli.",
    plat="facebook",
)
add(
    "A",
    "insinuation",
    "post",
    "lotim",
    "L2",
    "zul",
    "Pemimpin dari kalangan ulama lebih bisa dipercaya. Kalian paham maksud saya 😊",
    plat="x",
)
add(
    "A",
    "numbers-wink",
    "post",
    "bali",
    "B1",
    "komang",
    "Siki, kalih, tiga... sing kenal angka lenan 😁",
    plat="tiktok",
)
add(
    "A",
    "alumni-fact",
    "post",
    "bali",
    "B2",
    "dayu",
    "Tiang baru tahu Mbok Ayu Sri dan tiang satu almamater di Unud. Dunia sempit 😄",
    plat="instagram",
)

# ================================ O: outside every named actor's window ================================
add(
    "O",
    "pre-candidacy",
    "post",
    "bali",
    "B1",
    "wayan",
    "Bli Darsa cocok sekali jadi Gubernur Bali, semoga beliau maju! Astungkara",
    date="2024-05-12",
    plat="facebook",
)
add(
    "O",
    "pre-candidacy",
    "post",
    "bali",
    "B2",
    "dayu",
    "Gus Mahen dan Mbok Ayu Sri kalau berpasangan pasti kuat. Tiang dukung!",
    date="2024-07-20",
    plat="instagram",
)
add(
    "O",
    "pre-candidacy",
    "post",
    "lotim",
    "L1",
    "lalu",
    "Mamiq Fikri pantas jadi bupati Lotim berikutnya. Side pade setuju?",
    date="2024-06-02",
    plat="facebook",
)
add(
    "O",
    "after-result",
    "post",
    "lotim",
    "L2",
    "zul",
    "Selamat bertugas Tuan Guru Sibawaih, semoga amanah memimpin Lotim.",
    date="2025-02-20",
    plat="facebook",
)
add(
    "O",
    "pre-candidacy",
    "post",
    "lotim",
    "L1",
    "baiq",
    "Baiq Nurul inspirasi perempuan Lotim, semoga beliau maju Pilkada!",
    date="2024-05-30",
    plat="instagram",
)
add(
    "O",
    "pre-candidacy",
    "post",
    "dprd_bali",
    "D1",
    "komang",
    "Mbok Komang Tri layak jadi wakil rakyat, semangat Mbok!",
    date="2023-08-15",
    plat="instagram",
)
add(
    "O",
    "after-result",
    "post",
    "bali",
    "B1",
    "made",
    "Selamat Bli Darsa dan Gung Wira sudah dilantik, astungkara Bali makin shanti 🙏",
    date="2025-01-15",
    plat="facebook",
)
add(
    "O",
    "pre-candidacy",
    "post",
    "lotim",
    "L3",
    "lalu",
    "Pak Lalu Surya sama Ustadz Fauzan cocok jadi paket. Ayo maju!",
    date="2024-07-10",
    plat="facebook",
)

NEWS = ("5251999001", "wartanusra_news")


# ---------------------------------------------------------------------------------------------
# Bundle
# ---------------------------------------------------------------------------------------------
def put_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        out.writerows(rows)


def stamp(i: int, item: dict) -> str:
    """When text i happened: a day inside its stage, or its fixed date."""
    if item["date"]:
        day = dt.date.fromisoformat(item["date"])
    else:
        first, last = CALENDAR[item["el"]][item["stage"] or "campaign"]
        lo, hi = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        day = lo + dt.timedelta(days=(i * 37) % ((hi - lo).days + 1))
    moment = dt.datetime(day.year, day.month, day.day, 6 + (i * 5) % 16, (i * 23) % 60)
    if i % 7 == 3:  # no offset: read in the bundle's timezone (Asia/Makassar)
        return moment.isoformat()
    return moment.replace(tzinfo=WITA).isoformat()


def choose_platform(item: dict, turn: Counter) -> str:
    allowed = FORM_PLATFORMS[item["form"]]
    if item["on"] in ACTOR_POS:
        allowed = tuple(p for p in allowed if p in TARGET_PLATFORMS)
    mine = [p for p in PEOPLE[item["who"]]["accounts"] if p in allowed]
    if not mine:
        raise ValueError(f"{item['who']} has no account for a {item['form']}: {item['text'][:50]}")
    if item["plat"]:
        if item["plat"] not in mine:
            raise ValueError(f"{item['who']} cannot {item['form']} on {item['plat']}")
        return item["plat"]
    k = turn[(item["who"], item["form"])]
    turn[(item["who"], item["form"])] += 1
    return mine[k % len(mine)]


def write_header_files(root: Path) -> None:
    (root / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe Pilgub Bali, Pilbup Lombok Timur & DPRD 2024\n"
        "policy: id\n"
        "timezone: Asia/Makassar\n",
        encoding="utf-8",
    )
    put_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            ["PEMPROV-BALI", "Pemerintah Provinsi Bali", "", "51"],
            [
                "DISKOMINFOS-BALI",
                "Dinas Komunikasi, Informatika dan Statistik Provinsi Bali",
                "PEMPROV-BALI",
                "51",
            ],
            [
                "DISDIKPORA-BALI",
                "Dinas Pendidikan, Kepemudaan dan Olahraga Provinsi Bali",
                "PEMPROV-BALI",
                "51",
            ],
            ["PEMKAB-BADUNG", "Pemerintah Kabupaten Badung", "", "51.03"],
            [
                "BPKAD-BADUNG",
                "Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Badung",
                "PEMKAB-BADUNG",
                "51.03",
            ],
            ["PEMKOT-DPS", "Pemerintah Kota Denpasar", "", "51.71"],
            ["DISBUD-DPS", "Dinas Kebudayaan Kota Denpasar", "PEMKOT-DPS", "51.71"],
            ["PEMKAB-LOTIM", "Pemerintah Kabupaten Lombok Timur", "", "52.03"],
            ["KEC-SELONG", "Kecamatan Selong", "PEMKAB-LOTIM", "52.03"],
            ["DINKES-LOTIM", "Dinas Kesehatan Kabupaten Lombok Timur", "PEMKAB-LOTIM", "52.03"],
            ["KEMENAG", "Kementerian Agama", "", ""],
            [
                "KANKEMENAG-LOTIM",
                "Kantor Kementerian Agama Kabupaten Lombok Timur",
                "KEMENAG",
                "52.03",
            ],
        ],
    )
    roster = [
        [p["nip"], p["name"], p["agency"], p["unit"], p["position"], "PNS", p["region"], "active"]
        for p in PEOPLE.values()
    ]
    roster.append(
        [
            "196905101994032004",
            "Ni Ketut Sri Wahyuni, S.H.",
            "PEMPROV-BALI",
            "Biro Hukum",
            "Analis Hukum Ahli Madya",
            "PNS",
            "51",
            "inactive",
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
            [p["nip"], plat, handle, uid, p["display"], "2023-06-12", ""]
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
            for eid, name, contest, region, key in ELECTIONS
            for stage, (lo, hi) in CALENDAR[key].items()
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
        pid = str(7852000000000000000 + i * 7919813)
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
            "source": "probe-balinusra",
        }
        if action != "post":
            tpid = str(3352000000000000000 + i * 611953)
            if item["on"] == "news":
                a_uid, a_handle = NEWS
            elif item["on"] == "user":
                a_uid, a_handle = str(4405200000 + i), f"semeton_{i:03d}"
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
                "sha256": f"{i + 8191:064x}",
            }
            if item["alt"]:
                media["alt_text"] = item["alt"]
            if item["ocr"]:
                media["ocr_text"] = item["ocr"]
            event["media"] = [media]
        item["_plat"] = plat
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
    return (
        f"  #{i:03d} {item['label']}/{item['kind']}/{item['form']}{on} {item['_plat']} {item['el']}"
        f" flagged={','.join(tids) or '-'}: {short(body)}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "--show", action="store_true", help="print every miss and false alarm with its text"
    )
    ap.add_argument("--keep", metavar="DIR", help="build bundle, workspace and findings in DIR")
    args = ap.parse_args()

    base = (
        Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="campaign_probe_balinusra_"))
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
    print(
        f"political.campaign  TP={len(tp)} FP={len(fp)} FN={len(fn)}  "
        f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}"
    )
    flagged_a = sum(i in hits for i in by_label["A"])
    flagged_o = sum(i in hits for i in by_label["O"])
    print(
        f"A flagged {flagged_a}/{len(by_label['A'])} (not scored); O flagged {flagged_o}/{len(by_label['O'])} (should be 0)"
    )
    on_target = [
        i for i in tp if any(f.get("target_id") in GROUPS[TEXTS[i]["group"]] for f in hits[i])
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
