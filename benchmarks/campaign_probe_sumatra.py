# ruff: noqa: E501
"""Independent out-of-sample probe of `political.campaign` (Sumatra / Palembang edition).

Written only from the public contract (shared/spec/bundle-v1.md, shared/spec/categories.md)
and shared/research/domain.md. The harness shape (arguments, bundle files, `netra scan`,
scoring) follows the earlier probes; every person, candidate, nickname, slogan, election and
text below is new, invented for this file, and written in a different voice.

The invented world (every person is fictional; national parties and their 2024 ballot numbers
are public facts):
  * Pilwalkot Palembang 2024 (Sumatera Selatan, region 16.71), three pairs:
      1 RIMBA  - Kemas Ridwan Fadhillah ("Kak Iwan") & Meri Anggraini ("Yuk Meri"),
                 slogan "Palembang Bangkit Nian", volunteers "Sahabat Rimba", colour green
      2 HEBAT  - dr. Hendra Saputra Tanjung ("Dokter Hendra") & Hj. Siti Zubaidah ("Cek Ida"),
                 slogan "Palembang Sehat, Palembang Hebat", volunteers "Laskar Hebat"
      3 MUDA   - Ir. Ahmad Mukti Bastari ("Wak Mukti") & Yulianti Dewi Anggraini ("Mbak Yuli"),
                 slogan "Palembang Mudo Bergerak", volunteers "Relawan Sedulur Mukti"
  * DPRD Kota Palembang 2024, Dapil 2: five invented caleg (party + list number).
  * DPD RI Sumatera Selatan 2024: two invented candidates (ballot 27 and 19).
  * Eight real national parties (PKB 1, Gerindra 2, PDI-P 3, Golkar 4, NasDem 5, PKS 8,
    PAN 12, Demokrat 14).
  * Six invented civil servants: two Palembang Malay voices, a Minang perantau, a
    Javanese-transmigrant son of Belitang, a Lampung (Way Kanan) midwife and a Riau-Malay
    man from Pekanbaru, with declared accounts on facebook, instagram, tiktok, x, threads,
    bluesky, youtube and `other` (WhatsApp status / forwards).

Labels:
  C  clearly campaigns for / shows support of a target, dated inside that target's
     neutrality window (parties: any time)
  N  close but not campaigning (neutral election talk, news, neutrality reminders that list
     slogans, criticism, sarcasm, namesakes, the same numbers/words elsewhere, other contests,
     questions, quoting a campaign to reject it, conditionals)
  A  ambiguous: reported, not scored
  O  campaign-like but dated outside the window of the election of every actor it names;
     O texts name candidates only (no party, no ballot number), so nothing should be flagged

All texts, labels and dates were written BEFORE the first run of this probe and must not be
edited after seeing results. Only political.campaign findings are scored.

Usage:
  python benchmarks/campaign_probe_sumatra.py [--show] [--keep DIR]
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
WIB = dt.timezone(dt.timedelta(hours=7))

# ---------------------------------------------------------------------------------------------
# Elections.  Each election has six stages; its window = first start .. last end.
# ---------------------------------------------------------------------------------------------
E_PW = "PILWALKOT-PLG-2024"
E_DP = "DPRD-KOTA-PLG-DAPIL2-2024"
E_DD = "DPD-SUMSEL-2024"

PEMILU_STAGES = {
    "candidacy": ("2023-05-01", "2023-11-27"),
    "campaign": ("2023-11-28", "2024-02-10"),
    "quiet": ("2024-02-11", "2024-02-13"),
    "voting": ("2024-02-14", "2024-02-14"),
    "counting": ("2024-02-15", "2024-03-20"),
    "result": ("2024-03-21", "2024-06-30"),
}
CALENDAR = {
    "pw": {
        "candidacy": ("2024-08-27", "2024-09-24"),
        "campaign": ("2024-09-25", "2024-11-23"),
        "quiet": ("2024-11-24", "2024-11-26"),
        "voting": ("2024-11-27", "2024-11-27"),
        "counting": ("2024-11-28", "2024-12-16"),
        "result": ("2024-12-17", "2025-01-09"),
    },
    "dp": PEMILU_STAGES,
    "dd": PEMILU_STAGES,
    "pt": PEMILU_STAGES,  # party texts are dated in the Pemilu 2024 calendar (parties: always)
}
ELECTIONS = [
    (
        E_PW,
        "Pemilihan Wali Kota dan Wakil Wali Kota Palembang 2024",
        "regional_head",
        "16.71",
        "pw",
    ),
    (
        E_DP,
        "Pemilu Anggota DPRD Kota Palembang 2024 Daerah Pemilihan Palembang 2",
        "legislative",
        "16.71",
        "dp",
    ),
    (E_DD, "Pemilu Anggota DPD RI Provinsi Sumatera Selatan 2024", "legislative", "16", "dd"),
]

# ---------------------------------------------------------------------------------------------
# Political actors: (target_id, name, kind, election_id, ballot, party, handle stem)
# ---------------------------------------------------------------------------------------------
ACTORS = [
    ("W1", "Kemas Ridwan Fadhillah, S.E., M.M.", "candidate", E_PW, "1", "", "kakiwan.rimba"),
    ("V1", "Meri Anggraini, S.Psi.", "candidate", E_PW, "1", "", "yukmeri.plg"),
    ("T1", "Relawan Sahabat Rimba", "campaign_team", E_PW, "1", "", "sahabatrimba.plg"),
    ("W2", "dr. Hendra Saputra Tanjung, Sp.B.", "candidate", E_PW, "2", "", "dokterhendra.plg"),
    ("V2", "Hj. Siti Zubaidah, S.Ag.", "candidate", E_PW, "2", "", "cekida.official"),
    ("T2", "Laskar Hebat Palembang", "campaign_team", E_PW, "2", "", "laskarhebat02"),
    ("W3", "Ir. Ahmad Mukti Bastari", "candidate", E_PW, "3", "", "wakmukti"),
    ("V3", "Yulianti Dewi Anggraini, S.H.", "candidate", E_PW, "3", "", "mbakyuli.muda"),
    ("T3", "Relawan Sedulur Mukti", "campaign_team", E_PW, "3", "", "sedulurmukti"),
    ("D1", "Nyimas Aulia Rahmah, S.H.", "candidate", E_DP, "2", "PKB", "yukaulia.dprd"),
    ("D2", "Muhammad Rizal Effendi", "candidate", E_DP, "5", "GERINDRA", "bangijal.plg"),
    ("D3", "Fransiska Dwi Hartati, S.E.", "candidate", E_DP, "3", "PDIP", "mbaksiska.banteng"),
    ("D4", "Hasan Basri Syafei, Lc.", "candidate", E_DP, "1", "PKS", "ustadzhasan.dapil2"),
    ("D5", "Kgs. Agus Salim Rahman", "candidate", E_DP, "7", "GOLKAR", "kgsagus.golkar"),
    (
        "S1",
        "Prof. Dr. Ir. Zainal Arifin Rasyid, M.Sc.",
        "candidate",
        E_DD,
        "27",
        "",
        "profzainal.dpd",
    ),
    ("S2", "Hj. Rosmala Dewi Kartika", "candidate", E_DD, "19", "", "bundarosma19"),
    ("PKB", "Partai Kebangkitan Bangsa", "party", "", "1", "", "pkb.sumsel.probe"),
    ("GERINDRA", "Partai Gerakan Indonesia Raya", "party", "", "2", "", "gerindra.sumsel.probe"),
    ("PDIP", "Partai Demokrasi Indonesia Perjuangan", "party", "", "3", "", "pdip.sumsel.probe"),
    ("GOLKAR", "Partai Golongan Karya", "party", "", "4", "", "golkar.sumsel.probe"),
    ("NASDEM", "Partai NasDem", "party", "", "5", "", "nasdem.sumsel.probe"),
    ("PKS", "Partai Keadilan Sejahtera", "party", "", "8", "", "pks.sumsel.probe"),
    ("PAN", "Partai Amanat Nasional", "party", "", "12", "", "pan.sumsel.probe"),
    ("DEMOKRAT", "Partai Demokrat", "party", "", "14", "", "demokrat.sumsel.probe"),
]
ACTOR_POS = {a[0]: k for k, a in enumerate(ACTORS)}
TARGET_PLATFORMS = ("facebook", "instagram", "tiktok", "x", "youtube", "threads")


def actor_uid(tid: str, platform: str) -> str:
    if platform == "youtube":
        return f"UCsumselprobe{ACTOR_POS[tid]:04d}actor"
    return str(1671000000 + ACTOR_POS[tid] * 37 + TARGET_PLATFORMS.index(platform))


def actor_handle(tid: str, platform: str) -> str:
    stem = ACTORS[ACTOR_POS[tid]][6]
    return stem.replace(".", "_") if platform == "x" else stem


KEYWORDS = [
    ("W1", "RIMBA"),
    ("W1", "#RIMBA01"),
    ("W1", "Kak Iwan"),
    ("W1", "Palembang Bangkit Nian"),
    ("W1", "coblos nomor 1"),
    ("V1", "Yuk Meri"),
    ("T1", "Sahabat Rimba"),
    ("W2", "HEBAT"),
    ("W2", "#HEBAT02"),
    ("W2", "Dokter Hendra"),
    ("W2", "dr. Hendra"),
    ("W2", "Palembang Sehat Palembang Hebat"),
    ("W2", "coblos nomor 2"),
    ("V2", "Cek Ida"),
    ("T2", "Laskar Hebat"),
    ("W3", "MUDA"),
    ("W3", "#MUDABergerak"),
    ("W3", "#03MUDA"),
    ("W3", "Wak Mukti"),
    ("W3", "Palembang Mudo Bergerak"),
    ("W3", "coblos nomor 3"),
    ("V3", "Mbak Yuli"),
    ("T3", "Sedulur Mukti"),
    ("D1", "Yuk Aulia"),
    ("D2", "Bang Ijal"),
    ("D3", "Mbak Siska"),
    ("D4", "Ustadz Hasan"),
    ("D5", "Kgs Agus"),
    ("D5", "Mang Agus"),
    ("S1", "Prof Zainal"),
    ("S1", "Sumsel Berdaulat Pangan"),
    ("S2", "Bunda Rosma"),
    ("S2", "#BundaRosma19"),
    ("PKB", "#PKBMenang"),
    ("GERINDRA", "#GerindraMenang"),
    ("PDIP", "#BantengSumsel"),
    ("GOLKAR", "#GolkarSumselMenang"),
    ("NASDEM", "#NasDemMenang"),
    ("PKS", "#PKSMenang"),
    ("PAN", "#PANSumsel"),
    ("DEMOKRAT", "#DemokratSumsel"),
]

# which target_ids count as "the intended target" of a text's group
GROUPS = {
    "P1": ("W1", "V1", "T1"),
    "P2": ("W2", "V2", "T2"),
    "P3": ("W3", "V3", "T3"),
    "D1": ("D1", "PKB"),
    "D2": ("D2", "GERINDRA"),
    "D3": ("D3", "PDIP"),
    "D4": ("D4", "PKS"),
    "D5": ("D5", "GOLKAR"),
    "S1": ("S1",),
    "S2": ("S2",),
    **{p: (p,) for p in ("PKB", "GERINDRA", "PDIP", "GOLKAR", "NASDEM", "PKS", "PAN", "DEMOKRAT")},
    "-": (),
}

# ---------------------------------------------------------------------------------------------
# Invented civil servants and their declared accounts: platform -> (user_id, handle)
# ---------------------------------------------------------------------------------------------
PEOPLE = {
    "pl1": dict(
        nip="198903142014031002",
        name="R. Muhammad Arief Syahputra, S.Kom.",
        agency="DISKOMINFO-PLG",
        unit="Bidang Aplikasi Informatika",
        position="Pranata Komputer Ahli Pertama",
        region="16.71",
        display="Arief Wong Plembang",
        bio="wong kito asli 3 Ulu | pempek, bola, kopi",
        location="Palembang",
        accounts={
            "facebook": ("100090016710001", "arief.wongplembang"),
            "x": ("1790000000016710001", "ariefsyah_plg"),
            "tiktok": ("7300000016710001", "arief.3ulu"),
            "instagram": ("6167100001", "arief.3ulu"),
        },
    ),
    "pl2": dict(
        nip="197806232003122004",
        name="Hj. Nyayu Sri Wahyuni, S.Pd.",
        agency="DISDIK-PLG",
        unit="UPTD SD Negeri 117 Palembang",
        position="Guru Ahli Madya",
        region="16.71",
        display="Bunda Yuyun",
        bio="Guru SD | emak tigo budak | Seberang Ulu",
        location="Seberang Ulu I, Palembang",
        accounts={
            "facebook": ("100090016710002", "bunda.yuyun.78"),
            "other": ("wa-status-6281200000002", "yuyun_wa"),
            "tiktok": ("7300000016710002", "bundayuyun_"),
            "youtube": ("UCsumselprobeYuyun0000002", "bundayuyunchannel"),
        },
    ),
    "mn": dict(
        nip="198511052010011003",
        name="Rahmat Hidayat, S.E., M.M.",
        agency="BPKAD-SUMSEL",
        unit="Bidang Akuntansi",
        position="Analis Keuangan Pusat dan Daerah Ahli Muda",
        region="16",
        display="Uda Rahmat",
        bio="Urang awak marantau di Palembang | Payakumbuh - Palembang",
        location="Palembang",
        accounts={
            "facebook": ("100090016710003", "uda.rahmat.hidayat"),
            "instagram": ("6167100003", "udarahmat_"),
            "threads": ("6167100003", "udarahmat_"),
            "youtube": ("UCsumselprobeRahmat000003", "udarahmat"),
        },
    ),
    "jw": dict(
        nip="199204182019031005",
        name="Sugeng Riyadi, S.P.",
        agency="DISBUN-SUMSEL",
        unit="Bidang Perlindungan Perkebunan",
        position="Penyuluh Pertanian Ahli Pertama",
        region="16",
        display="Mas Sugeng Belitang",
        bio="Anak transmigran Belitang 🌾 | penyuluh | ngopi sik",
        location="Belitang, OKU Timur / Palembang",
        accounts={
            "tiktok": ("7300000016710004", "sugeng.belitang"),
            "facebook": ("100090016710004", "sugeng.riyadi.blt"),
            "x": ("1790000000016710004", "sugengblt"),
            "instagram": ("6167100004", "sugeng.belitang"),
        },
    ),
    "lp": dict(
        nip="199508262020122011",
        name="Intan Permata Sari, A.Md.Keb.",
        agency="DINKES-PLG",
        unit="UPTD Puskesmas Talang Jambe",
        position="Bidan Terampil",
        region="16.71",
        display="Intan Sikam",
        bio="Bidan | asli Way Kanan, tinggal di Palembang | Tabik pun 🙏",
        location="Sukarami, Palembang",
        accounts={
            "instagram": ("6167100005", "intan.sikam"),
            "tiktok": ("7300000016710005", "intansikam"),
            "facebook": ("100090016710005", "intan.permata.wk"),
            "bluesky": ("did:plc:sumselprobeintan05", "intansikam.bsky.social"),
        },
    ),
    "rk": dict(
        nip="198701302012121001",
        name="Tengku Said Hamdani, S.H.",
        agency="BKD-SUMSEL",
        unit="Bidang Pengembangan Kompetensi",
        position="Analis SDM Aparatur Ahli Muda",
        region="16",
        display="Said Hamdani",
        bio="Anak Melayu Pekanbaru, merantau ke Palembang. Opini pribadi.",
        location="Palembang (asal Pekanbaru)",
        accounts={
            "x": ("1790000000016710006", "saidhamdani_"),
            "threads": ("6167100006", "said.hamdani"),
            "bluesky": ("did:plc:sumselprobesaid06", "saidhamdani.bsky.social"),
            "facebook": ("100090016710006", "tengku.said.hamdani"),
            "youtube": ("UCsumselprobeSaid00000006", "saidhamdani"),
        },
    ),
}
# platforms on which each form of own expression occurs
FORM_PLATFORMS = {
    "post": ("facebook", "tiktok", "instagram", "x", "threads", "bluesky", "other"),
    "comment": ("facebook", "instagram", "tiktok", "youtube"),
    "reply": ("x", "threads", "bluesky", "facebook"),
    "quote": ("x", "threads", "bluesky"),
    "image": ("instagram", "facebook", "x", "threads"),
}

# ---------------------------------------------------------------------------------------------
# Labelled texts.
#   add(label, kind, form, el, group, who, text, on=, tt=, alt=, ocr=, stage=, date=, plat=)
#   form  post | comment | reply | quote | image (a post carrying a picture with alt/ocr text)
#   el    pw (pilwalkot) | dp (DPRD kota) | dd (DPD) | pt (party; Pemilu calendar)
#   on    for comment/reply/quote: a target_id, "user" (a friend) or "news" (a news account)
#   tt    the text of the post commented on / replied to / quoted
#   stage the stage of `el` the event is dated in (default campaign); date= fixes the day
# ---------------------------------------------------------------------------------------------
TEXTS: list[dict] = []


def add(label, kind, form, el, group, who, text, **kw):
    item = dict(label=label, kind=kind, form=form, el=el, group=group, who=who, text=text)
    for key in ("on", "tt", "alt", "ocr", "stage", "date", "plat"):
        item[key] = kw.pop(key, None)
    if kw:
        raise TypeError(f"unknown fields {sorted(kw)}")
    if form != "post" and form != "image" and not (item["on"] and item["tt"]):
        raise ValueError(f"{form} needs on= and tt=: {text[:40]}")
    TEXTS.append(item)


# ============================ C: pilwalkot pair 1, RIMBA (green, 1) ============================
add(
    "C",
    "ballot-word",
    "post",
    "pw",
    "P1",
    "pl1",
    "Dak usah galo pening, 27 November kagek kito coblos nomor satu bae. Kak Iwan samo Yuk Meri, wong kito asli, pacak dipercayo 👍",
)
add(
    "C",
    "pantun",
    "post",
    "pw",
    "P1",
    "pl2",
    "Pegi ke Ampera beli kemplang,\nsinggah sebentar di Pasar Cinde;\nkalau nak Palembang makin gemilang,\nRIMBA pilihan kito nian 🙏",
)
add(
    "C",
    "minang",
    "comment",
    "pw",
    "P1",
    "mn",
    "Lanjuik Kak Iwan! Urang awak di Palembang lah siap bantu menangkan, jan ragu lai 💪",
    on="W1",
    tt="Silaturahmi dengan pedagang Pasar 26 Ilir pagi ini. Terima kasih atas doanya.",
)
add(
    "C",
    "hashtag",
    "post",
    "pw",
    "P1",
    "jw",
    "Sedulur Plaju, pokoke tanggal 27 ojo lali mampir TPS, coblos sing nomer siji yo. #RIMBA01 #PalembangBangkitNian",
)
add(
    "C",
    "lampung",
    "reply",
    "pw",
    "P1",
    "lp",
    "Sikam ghadu mantap pilih Yuk Meri jama Kak Iwan, mak ragu lagi. Tabik pun 🙏",
    on="user",
    tt="Intan, kamu pilih siapo nian di pilwako?",
)
add(
    "C",
    "hand-sign-alt",
    "image",
    "pw",
    "P1",
    "rk",
    "Pagi ni ikut senam sehat di Kambang Iwak 😁",
    alt="Foto selfie berlima memakai kaus hijau bertuliskan RIMBA 01, semua mengacungkan satu jari telunjuk ke kamera",
)
add(
    "C",
    "flyer-ocr",
    "image",
    "pw",
    "P1",
    "pl1",
    "Sebar yo dulur 🙏",
    ocr="PILIH NOMOR 1\nKEMAS RIDWAN - MERI ANGGRAINI\nPALEMBANG BANGKIT NIAN\n27.11.2024",
)
add(
    "C",
    "prayer",
    "post",
    "pw",
    "P1",
    "pl2",
    "Ya Allah, mudahkanlah langkah Kak Iwan dan Yuk Meri memimpin Palembang. Aamiin. Ibu-ibu pengajian, jangan lupo doakan jugo yo, sekalian ajak keluarga coblos yang pertamo 🤲",
    stage="candidacy",
)
add(
    "C",
    "testimonial",
    "post",
    "pw",
    "P1",
    "mn",
    "Carito saketek: wakatu ambo sakik tahun lalu, Kak Iwan nan datang ka rumah sakik manjanguak, padahal indak kenal. Urang baiak bana. Pilkada kini ambo dukuang baliau, titik.",
)
add(
    "C",
    "team",
    "comment",
    "pw",
    "P1",
    "jw",
    "Siap mas, malam minggu aku melu jaga posko. Menang RIMBA!",
    on="T1",
    tt="Posko Sahabat Rimba Kecamatan Sako buka tiap malam, dulur!",
)
add(
    "C",
    "riau-quote",
    "quote",
    "pw",
    "P1",
    "rk",
    "Ini baru program betol. Tak ade yang lain macam ni. Kak Iwan memang the best, saye ikut nomor 1 👆",
    on="W1",
    tt="Program kito: sekolah gratis sampai SMA swasta.",
)
add(
    "C",
    "buried",
    "post",
    "pw",
    "P1",
    "pl1",
    "Tadi pagi motor mogok di Jembatan Ampera, untung ado tukang tambal ban yang baik hati. Terus siangnyo makan tekwan di 9 Ilir, kuahnyo mantap nian. Sore hujan deres, jemuran basah galo. Malam ini istirahat dulu lah. Oh iyo, jangan lupo tanggal 27 pilih Kak Iwan, dio yang paling paham wong kecik. Selamat malam dulur.",
)
add(
    "C",
    "elongated",
    "post",
    "pw",
    "P1",
    "pl2",
    "cobloss nmr 1 yaa buibuuu, RIIMBAAA menaaang 💚💚",
    stage="voting",
)
add(
    "C",
    "colour-emoji",
    "post",
    "pw",
    "P1",
    "lp",
    "Hari ini hijau, besok hijau, 27 November jugo hijau ☝️💚 Sahabat Rimba dak kemano-mano",
)
add(
    "C",
    "defend",
    "reply",
    "pw",
    "P1",
    "mn",
    "Indak bana do, program Kak Iwan jaleh. Ambo tetap pilih baliau, nan lain tu cuma omong.",
    on="user",
    tt="RIMBA tu cuma pencitraan bae",
)

# ============================ C: pilwalkot pair 2, HEBAT (2) ===================================
add(
    "C",
    "nickname-slogan",
    "post",
    "pw",
    "P2",
    "pl1",
    "Dokter Hendra tu dokter yang dak pernah nolak pasien miskin. Aku milih dio. Palembang Sehat, Palembang Hebat! ✌️",
)
add(
    "C",
    "ballot-word",
    "comment",
    "pw",
    "P2",
    "pl2",
    "Semangat terus dokter Hen dan Cek Ida, kami warga Kertapati siap menangkan nomor duo 💙",
    on="W2",
    tt="Blusukan di Kertapati, menyerap aspirasi warga.",
)
add(
    "C",
    "javanese",
    "post",
    "pw",
    "P2",
    "jw",
    "Wis mantep lur, pilihanku dokter Hendra karo Cek Ida. Wong cilik butuh pemimpin sing ngerti kesehatan. Nomer loro, ojo keliru! #HEBAT02",
)
add(
    "C",
    "hand-sign-alt",
    "image",
    "pw",
    "P2",
    "rk",
    "Kumpul kawan lame 😄",
    alt="Tiga pria berfoto di depan baliho bergambar dr. Hendra dan Siti Zubaidah, masing-masing mengacungkan dua jari membentuk huruf V",
)
add(
    "C",
    "pantun",
    "post",
    "pw",
    "P2",
    "mn",
    "Rumah gadang bagonjong ampek,\npadi masak di tapi banda;\nkok Palembang nio maju capek,\npilih Hebat nomor duo sajo.",
)
add(
    "C",
    "lampung",
    "post",
    "pw",
    "P2",
    "lp",
    "Ram sai keluarga ghadu sepakat, dokter Hendra pilihan ram. Kuti juga pilih nomor 2 ya, mak rugi 🙏",
)
add(
    "C",
    "flyer-ocr",
    "image",
    "pw",
    "P2",
    "pl1",
    "Titip pesan buat kawan-kawan 🙏",
    ocr="27 NOVEMBER\nCOBLOS NO. 2\ndr. HENDRA - CEK IDA\nPALEMBANG SEHAT PALEMBANG HEBAT",
)
add(
    "C",
    "wa-forward",
    "post",
    "pw",
    "P2",
    "pl2",
    "*Pesan berantai, mohon diteruskan* 🙏\nAssalamualaikum ibu-ibu PKK. Tanggal 27 kito kompak pilih dr. Hendra Saputra Tanjung & Hj. Siti Zubaidah, nomor urut DUA. Insya Allah amanah. Teruskan ke 10 grup yo 🙏🙏",
    plat="other",
)
add(
    "C",
    "testimonial",
    "reply",
    "pw",
    "P2",
    "jw",
    "Bojoku operasi gratis pas beliau dadi direktur RS. Kuwi alasanku, mas. 2️⃣ pokoke.",
    on="user",
    tt="Mas Sugeng, kok dukung dokter Hendra?",
)
add(
    "C",
    "team",
    "comment",
    "pw",
    "P2",
    "mn",
    "Ambo ikuik datang yo uda, Laskar Hebat satu komando!",
    on="T2",
    tt="Laskar Hebat Kecamatan Ilir Barat I konsolidasi malam ko",
)
add(
    "C",
    "riau-number-word",
    "post",
    "pw",
    "P2",
    "rk",
    "Saye ni orang Pekanbaru tapi dah 10 tahun KTP Palembang. Kali ni saye pilih yang nombor due, dokter Hendra. Betol-betol orang baik.",
)
add(
    "C",
    "quote-news",
    "quote",
    "pw",
    "P2",
    "pl1",
    "Mantap! Tinggal dikit lagi dulur, kito dorong terus sampai menang 💪 #HEBAT02",
    on="news",
    tt="Survei: dr. Hendra-Siti Zubaidah unggul tipis di Palembang",
)
add(
    "C",
    "prayer",
    "post",
    "pw",
    "P2",
    "lp",
    "Bismillah, semoga Allah menangkan dokter Hendra dan Cek Ida. Sikam doakan dari Bukit Kecil. Aamiin ya rabbal alamin 🤲",
)
add(
    "C",
    "meme-alt",
    "image",
    "pw",
    "P2",
    "pl2",
    "😂😂😂",
    alt="Meme: kucing memakai stetoskop dengan tulisan 'Kalau sakit ke dokter, kalau pilkada juga ke dokter: coblos dr. Hendra no 2'",
)
add(
    "C",
    "buried",
    "post",
    "pw",
    "P2",
    "jw",
    "Panen cabe kali iki lumayan, rego neng Pasar Induk Jakabaring lagi apik. Pupuk subsidi telat maneh, tapi yo wis. Anak mbarep wis mulai kuliah neng Unsri. Matur nuwun sedulur sing wis mbantu. Siji maneh: Cek Ida iku wong apik, saiki aku dukung pasangan beliau full. Sampun.",
)

# ============================ C: pilwalkot pair 3, MUDA (3) ====================================
add(
    "C",
    "javanese",
    "post",
    "pw",
    "P3",
    "jw",
    "Sedulur Jawa neng Palembang, ayo bareng-bareng nyoblos Wak Mukti - Mbak Yuli, nomer telu. MUDA bergerak, wong cilik munggah! 🤟",
)
add(
    "C",
    "hashtag",
    "post",
    "pw",
    "P3",
    "pl1",
    "Kito butuh pemimpin yang dak omong bae. #MUDABergerak #03MUDA",
)
add(
    "C",
    "ballot-word",
    "comment",
    "pw",
    "P3",
    "pl2",
    "Samo-samo Wak Mukti, emak-emak Sukarami siap coblos nomor tigo! 🙋‍♀️",
    on="W3",
    tt="Terima kasih emak-emak Sukarami atas sambutannya",
)
add(
    "C",
    "minang",
    "post",
    "pw",
    "P3",
    "mn",
    "Ambo lah bulek ati: Wak Mukti jo Mbak Yuli. Nomor tigo, nan lain indak usah dibahas lai. Dunsanak sadonyo, awak pilih MUDA!",
    stage="candidacy",
)
add(
    "C",
    "hand-sign-alt",
    "image",
    "pw",
    "P3",
    "lp",
    "Malam minggu di posko 😁",
    alt="Foto bersama di depan posko bertuliskan 'Sedulur Mukti - Posko Kemuning', semua berpose tiga jari",
)
add(
    "C",
    "riau-reply",
    "reply",
    "pw",
    "P3",
    "rk",
    "Wak Mukti lah, nomor tige. Tak payah fikir panjang 👌",
    on="user",
    tt="Nak pilih siape awak?",
)
add(
    "C",
    "flyer-ocr",
    "image",
    "pw",
    "P3",
    "pl1",
    "Kalo masih bingung jingok ini dulu",
    ocr="MUDA NO. 3\nMUKTI - DEWI\nPALEMBANG MUDO BERGERAK\nRelawan Sedulur Mukti",
)
add(
    "C",
    "pantun",
    "post",
    "pw",
    "P3",
    "pl2",
    "Burung merpati terbang ke Musi,\nhinggap sebentar di pohon jambu;\nWak Mukti pemimpin berisi,\nnomor tigo kito tunggu-tunggu 😍",
)
add(
    "C",
    "emoji-number",
    "post",
    "pw",
    "P3",
    "jw",
    "3️⃣3️⃣3️⃣ Wis ora usah bingung. Wak Mukti sing paling ngerti petani. 🌾",
)
add(
    "C",
    "team",
    "comment",
    "pw",
    "P3",
    "mn",
    "Alah ambo daftar, ajak dunsanak lainnyo juo 👍 MUDA menang!",
    on="T3",
    tt="Gabung relawan Sedulur Mukti, klik link di bio",
)
add(
    "C",
    "buried",
    "post",
    "pw",
    "P3",
    "lp",
    "Api kabar muari? Sikam baru mulang dari Way Kanan, begawi adat nyak muari. Jalan ke Baturaja rusak parah, hampir 9 jam. Sampai Palembang capek nian. Oh nyow, pilkada kagek ram pilih Wak Mukti, orangnya merakyat. Tabik.",
)
add(
    "C",
    "quote-debate",
    "quote",
    "pw",
    "P3",
    "pl1",
    "Jawaban paling masuk akal di debat tadi. Sudah mantap nian pilihan aku ke nomor 3 🔥",
    on="W3",
    tt="Debat kedua: Mukti paparkan program banjir Palembang",
)
add(
    "C",
    "testimonial",
    "post",
    "pw",
    "P3",
    "rk",
    "Wak Mukti ni dulu kawan saye di organisasi. Orangnye jujur, tak pernah makan duit orang. Saye doakan die menang, dan saye ajak kawan-kawan pilih die.",
)
add(
    "C",
    "abbreviated",
    "post",
    "pw",
    "P3",
    "pl2",
    "bsk jgn lp dtg ke TPS y bu ibu, pilih no 3 Wak Mukti & Mbak Yuli 🙏 smg amanah",
    stage="quiet",
)
add(
    "C",
    "tiktok-caption",
    "post",
    "pw",
    "P3",
    "jw",
    "POV: kowe wong Jowo neng Palembang lan wis yakin karo MUDA 😎🤟 #03MUDA #fyp #pilkadapalembang",
    plat="tiktok",
)

# ============================ C: DPRD Kota Palembang, Dapil 2 ==================================
add(
    "C",
    "caleg-party-number",
    "post",
    "dp",
    "D1",
    "pl2",
    "Untuk DPRD Kota, aku pilih Yuk Aulia, PKB nomor 2. Perempuan, pinter, peduli guru honor. Coblos yo ibu-ibu 🙏",
)
add(
    "C",
    "lampung",
    "comment",
    "dp",
    "D1",
    "lp",
    "Sikam dukung Yuk Aulia sampai jadi! Ulun PAUD galo siap coblos 💚",
    on="D1",
    tt="Reses bersama guru PAUD se-Dapil 2",
)
add(
    "C",
    "props-alt",
    "image",
    "dp",
    "D1",
    "mn",
    "Mampir sabanta ka rumah dunsanak",
    alt="Kalender dinding bergambar Nyimas Aulia Rahmah dengan logo PKB dan tulisan 'Coblos No. 2 DPRD Kota Palembang Dapil 2'; tangan pemilik akun menunjuk ke kalender sambil jempol",
)
add(
    "C",
    "caleg-party-number",
    "post",
    "dp",
    "D2",
    "pl1",
    "Bang Ijal ni budak Lorong Basah, dari kecik kenal. DPRD Kota Gerindra nomor 5, wong kito harus ado di dewan! 🦅",
)
add(
    "C",
    "javanese",
    "reply",
    "dp",
    "D2",
    "jw",
    "Bang Ijal, Gerindra nomer 5. Aku wis kenal, sregep turun lapangan. Monggo dicoblos.",
    on="user",
    tt="Caleg sing apik neng Dapil 2 sopo mas?",
)
add(
    "C",
    "flyer-ocr",
    "image",
    "dp",
    "D2",
    "rk",
    "Mantap kawan 👍",
    ocr="MUHAMMAD RIZAL EFFENDI\nCALEG DPRD KOTA PALEMBANG\nGERINDRA NO. 5\nBERSAMA BANG IJAL",
)
add(
    "C",
    "pantun",
    "post",
    "dp",
    "D2",
    "pl2",
    "Kain songket benang emas,\ndipakai gadis di hari raya;\nBang Ijal cekatan dan tegas,\nnomor limo jangan lupa 🙏",
)
add(
    "C",
    "party-symbol",
    "post",
    "dp",
    "D3",
    "jw",
    "Mbak Siska Fransiska, PDI Perjuangan nomer 3 kanggo DPRD Kota. Wonge merakyat tenan. Ayo sedulur! 🐂❤️",
)
add(
    "C",
    "lampung",
    "post",
    "dp",
    "D3",
    "lp",
    "Wat caleg perempuan sai mantap, Mbak Siska, banteng nomor 3. Ram dukung, kuti juga ya!",
)
add(
    "C",
    "minang",
    "comment",
    "dp",
    "D3",
    "mn",
    "Sukses Mbak Siska, ambo sakaluarga pilih nomor 3 banteng 🙏",
    on="D3",
    tt="Terima kasih warga Bukit Lama",
)
add(
    "C",
    "prayer",
    "post",
    "dp",
    "D4",
    "pl2",
    "Ya Allah jadikanlah Ustadz Hasan wakil kami di dewan. Beliau yang ngajar ngaji budak-budak kito. PKS nomor 1, bismillah 🤲",
)
add(
    "C",
    "riau",
    "post",
    "dp",
    "D4",
    "rk",
    "Pilih Ustadz Hasan Basri untuk DPRD Kota Palembang. Orang alim, tak sombong. Nomor satu di surat suara PKS.",
)
add(
    "C",
    "photo-alt",
    "image",
    "dp",
    "D4",
    "pl1",
    "Kajian malam Jumat",
    alt="Pemilik akun berfoto bersama Ustadz Hasan Basri di depan spanduk caleg PKS nomor urut 1, keduanya mengacungkan telunjuk",
)
add(
    "C",
    "palembang",
    "post",
    "dp",
    "D5",
    "pl1",
    "Kgs. Agus tu wong 3 Ulu asli, Golkar nomor 7. Amen kamu warga 3-4 Ulu, dak katek alasan dak milih dio!",
)
add(
    "C",
    "javanese",
    "comment",
    "dp",
    "D5",
    "jw",
    "Mantap Mang Agus, nomer pitu tetep neng ati 💛",
    on="D5",
    tt="Mang Agus bagi sembako di Plaju",
)
add(
    "C",
    "buried",
    "post",
    "dp",
    "D5",
    "mn",
    "Ari ko rancak bana. Pagi ka pasa, siang masak randang untuak acara arisan, sore ado rapek RT. Di rapek RT tadi banyak nan batanyo soal caleg. Ambo sampaikan se: Kgs Agus, Golkar nomor tujuah, urangnyo amanah. Pilihlah baliau.",
)
add(
    "C",
    "lampung",
    "comment",
    "dp",
    "D4",
    "lp",
    "Inilah sai ram perlu! Coblos Ustadz Hasan, PKS 1 ☝️",
    on="D4",
    tt="Ustadz Hasan: DPRD harus bersih dari korupsi",
)
add(
    "C",
    "elongated",
    "post",
    "dp",
    "D1",
    "pl2",
    "Yuk Auliaaa pkb no 2 dprd kotaaa, ayo ibu2 dukung perempuan 💪💚",
)
add(
    "C",
    "tiktok-caption",
    "post",
    "dp",
    "D2",
    "jw",
    "Sing Dapil 2 ojo lali: Bang Ijal, nomer 5 Gerindra! #CalegMuda #Palembang",
    plat="tiktok",
)
add(
    "C",
    "riau-reply",
    "reply",
    "dp",
    "D3",
    "rk",
    "Kenal, die baik. Saye dah janji pilih die hari Rabu ni. Banteng no 3 👍",
    on="user",
    tt="Ade yang kenal Mbak Siska?",
    stage="quiet",
)

# ============================ C: DPD RI Sumatera Selatan =======================================
add(
    "C",
    "dpd-number",
    "post",
    "dd",
    "S1",
    "pl1",
    "Untuk DPD Sumsel, aku pilih Prof Zainal nomor 27. Ahli pertanian, cocok untuk Sumsel. Sumsel Berdaulat Pangan!",
)
add(
    "C",
    "javanese",
    "post",
    "dd",
    "S1",
    "jw",
    "Petani Belitang, DPD kudu Prof Zainal, nomer 27. Beliau sing mbela petani pari. 🌾",
)
add(
    "C",
    "minang",
    "comment",
    "dd",
    "S2",
    "mn",
    "Bunda Rosma pilihan ambo, nomor 19! Sumsel butuh bundo nan paduli.",
    on="S2",
    tt="Bunda Rosma sapa warga Lubuklinggau",
)
add(
    "C",
    "flyer-ocr",
    "image",
    "dd",
    "S2",
    "lp",
    "Dukung terus 🙏",
    ocr="DPD RI DAPIL SUMSEL\nNo. 19\nHj. ROSMALA DEWI KARTIKA\n#BundaRosma19",
)
add(
    "C",
    "pantun",
    "post",
    "dd",
    "S2",
    "pl2",
    "Jalan-jalan ke Pulau Kemaro,\nlihat pagoda di tepi sungai;\nDPD kito Bunda Rosma,\nnomor sembilan belas pasti sampai 🙏",
)
add(
    "C",
    "riau-quote",
    "quote",
    "dd",
    "S1",
    "rk",
    "Betol. Saye ajak semua kawan pilih Prof Zainal, 27 untuk DPD.",
    on="S1",
    tt="Prof Zainal: swasembada beras Sumsel bisa 3 tahun",
)
add(
    "C",
    "palembang",
    "reply",
    "dd",
    "S2",
    "pl1",
    "Bunda Rosma lah, 19. Dio yang bantu panti asuhan di Sekip. Coblos bae.",
    on="user",
    tt="DPD siapo yang bagus?",
)
add(
    "C",
    "photo-alt",
    "image",
    "dd",
    "S1",
    "jw",
    "Acara panen raya 🌾",
    alt="Pemilik akun bersalaman dengan Prof. Zainal Arifin Rasyid; di belakang banner 'Coblos No. 27 DPD RI Sumsel'",
)

# ============================ C: parties (political at any time) ===============================
add(
    "C",
    "party-number",
    "post",
    "pt",
    "GERINDRA",
    "pl1",
    "Pemilu 14 Februari, aku coblos Gerindra. Garuda di dado, nomor 2 di kertas suaro 🦅",
)
add(
    "C",
    "party-colour",
    "post",
    "pt",
    "PDIP",
    "jw",
    "Abang ati, abang kaos, abang pilihan. Banteng nomer 3, pokoke! 🐂",
)
add(
    "C",
    "party-number",
    "post",
    "pt",
    "PKS",
    "pl2",
    "Ibu-ibu majelis taklim, untuk DPR RI kito kompak pilih PKS yo, nomor 8. Insya Allah berkah 🤲",
)
add(
    "C",
    "party-symbol",
    "post",
    "pt",
    "PAN",
    "mn",
    "Ambo dari dulu PAN, kini pun tetap PAN, nomor 12. Matahari tetap basinar ☀️",
)
add("C", "party-number", "post", "pt", "NASDEM", "lp", "Sikam pilih NasDem, nomor 5. Restorasi! 💙")
add(
    "C",
    "party-colour",
    "post",
    "pt",
    "GOLKAR",
    "rk",
    "Kuning tu warna kemenangan. Golkar no 4, saye coblos tak ragu.",
)
add(
    "C",
    "party-comment",
    "comment",
    "pt",
    "PKB",
    "pl1",
    "PKB nomor satu di hati kito galo 💚 Menang!",
    on="PKB",
    tt="Ayo bersama PKB untuk Indonesia",
)
add(
    "C",
    "party-reply",
    "reply",
    "pt",
    "DEMOKRAT",
    "jw",
    "Demokrat, nomer 14. Wis tradisi keluarga, bapak biyen yo Demokrat. Ayo melu!",
    on="user",
    tt="Mas, partai opo sing mbok coblos?",
)
add(
    "C",
    "hand-sign-alt",
    "image",
    "pt",
    "PKS",
    "pl2",
    "Kompak ibu-ibu 😍",
    alt="Sekelompok ibu berkaus putih berlogo PKS, mengacungkan delapan jari dengan dua tangan di depan masjid",
)
add(
    "C",
    "party-colour",
    "post",
    "pt",
    "DEMOKRAT",
    "mn",
    "Kok ditanyo warna favorit: biru langik. Kok ditanyo partai: nan biru jo bintang mercy, nomor 14. Pilih Demokrat, dunsanak!",
)
add(
    "C",
    "flyer-ocr",
    "image",
    "pt",
    "PDIP",
    "lp",
    "Bagi-bagi info",
    ocr="PILIH PDI PERJUANGAN\nNO. 3\nMENANGKAN RAKYAT",
)
add(
    "C",
    "party-quote",
    "quote",
    "pt",
    "GOLKAR",
    "rk",
    "Setuju. Kite semue kene pilih Golkar tahun ni. Kuning menang!",
    on="GOLKAR",
    tt="Golkar: Suara Golkar Suara Rakyat",
)
add(
    "C",
    "party-after-pemilu",
    "post",
    "pt",
    "GERINDRA",
    "pl1",
    "Setahun lewat pemilu, aku tetap bangga jadi simpatisan Gerindra. Ayo dulur, kito besarkan partai ini sampai 2029! 🦅",
    date="2025-02-10",
)
add(
    "C",
    "party-after-pemilu",
    "post",
    "pt",
    "PDIP",
    "jw",
    "Sedulur, 2029 PDI Perjuangan kudu menang maneh. Wiwit saiki rapatkan barisan! 🐂",
    date="2025-06-01",
)
add(
    "C",
    "wa-forward",
    "post",
    "pt",
    "PKS",
    "pl2",
    "Pesan dari ketua majelis: 14 Feb mari kito pilih partai yang membela umat, PKS nomor 8. Mohon diteruskan ke grup keluarga. Jazakumullah 🙏",
    plat="other",
)
add(
    "C",
    "party-hashtag",
    "post",
    "pt",
    "NASDEM",
    "lp",
    "Sai Bumi Ruwa Jurai merantau ke Sumsel, tetap kompak: NasDem nomor 5 #NasDemMenang",
)
add(
    "C",
    "riau-number-word",
    "post",
    "pt",
    "PKB",
    "rk",
    "Partai nombor satu, PKB. Saye ajak kawan-kawan pilih PKB, jangan salah coblos.",
)

# ============================ N: neutral election talk =========================================
add(
    "N",
    "neutral-tps",
    "post",
    "pw",
    "-",
    "pl1",
    "TPS 021 Kelurahan 16 Ulu besok buka jam 7 pagi. Jangan lupo bawa KTP dan undangan C6 yo dulur. Pilih sesuai hati masing-masing.",
    stage="quiet",
)
add(
    "N",
    "neutral-kpps",
    "post",
    "pw",
    "-",
    "pl2",
    "Alhamdulillah KPPS di TPS kami dilantik hari ini. Mohon doa lancar sampai penghitungan.",
)
add(
    "N",
    "neutral-debate",
    "post",
    "pw",
    "-",
    "mn",
    "Jadwal debat kaduo calon walikota Palembang malam ko jam 19.00 di TV lokal. Siapo nan nonton?",
)
add(
    "N",
    "neutral-quickcount",
    "post",
    "pw",
    "-",
    "jw",
    "Quick count pilwako Palembang: nganti jam 3 sore data mlebu 60%. Sabar ngenteni hasil resmi KPU yo lur.",
    stage="voting",
)
add(
    "N",
    "neutral-secret",
    "post",
    "pw",
    "-",
    "lp",
    "Undangan memilih ghadu datang. Sikam akan datang ke TPS, pilihan rahasia lah 🤫",
    stage="quiet",
)
add(
    "N",
    "neutral-logistics",
    "post",
    "pw",
    "-",
    "rk",
    "Kotak suara sampai ke kelurahan kami pagi tadi dikawal polisi. Semoga pilkada aman dan damai.",
    stage="quiet",
)
add(
    "N",
    "neutral-schedule-ocr",
    "image",
    "pw",
    "-",
    "pl1",
    "Info penting dulur",
    ocr="KPU KOTA PALEMBANG\nJADWAL KAMPANYE 25 SEPTEMBER - 23 NOVEMBER 2024\nMASA TENANG 24-26 NOVEMBER\nPEMUNGUTAN SUARA 27 NOVEMBER 2024",
)
add(
    "N",
    "neutral-dpt",
    "post",
    "pw",
    "-",
    "pl2",
    "Cek DPT online di cekdptonline.kpu.go.id. Pastikan nama kito terdaftar galo yo.",
)

# ============================ N: news reposted without endorsement =============================
add(
    "N",
    "news-quote",
    "quote",
    "pw",
    "-",
    "mn",
    "Alah ditetapkan. Samoga pilkada bajalan jujur jo adil.",
    on="news",
    tt="KPU tetapkan tiga pasangan calon Wali Kota Palembang: nomor urut 1 RIMBA, 2 HEBAT, 3 MUDA",
    stage="candidacy",
)
add(
    "N",
    "news-comment",
    "comment",
    "pw",
    "-",
    "jw",
    "Lha iyo, wit kok dipaku. Kabeh paslon yo podo wae.",
    on="news",
    tt="Bawaslu temukan 12 APK paslon dipasang di pohon",
)
add(
    "N",
    "news-quote",
    "quote",
    "pw",
    "-",
    "rk",
    "Survei tinggal survei. Yang tentukan tetap rakyat pada 27 November.",
    on="news",
    tt="Hasil survei: HEBAT 34%, RIMBA 31%, MUDA 28%",
)
add(
    "N",
    "news-copy",
    "post",
    "pw",
    "-",
    "pl1",
    "[BERITA] Paslon nomor 2 dr. Hendra Saputra Tanjung menyampaikan visi di bidang kesehatan pada debat publik, sementara paslon nomor 3 menekankan penanganan banjir. Debat berikutnya dijadwalkan 15 November.",
)

# ============================ N: ASN neutrality reminders listing slogans ======================
add(
    "N",
    "reminder-slogans",
    "post",
    "pw",
    "-",
    "pl2",
    "Pengingat untuk bapak ibu guru ASN: dilarang like, komen, atau share postingan paslon, termasuk tagar #RIMBA01, #HEBAT02, #03MUDA. Jangan foto pakai pose jari. Kito netral yo 🙏",
)
add(
    "N",
    "reminder-ocr",
    "image",
    "pw",
    "-",
    "pl1",
    "Sosialisasi netralitas ASN hari ini di aula Pemkot",
    ocr="ASN DILARANG:\n- FOTO BERSAMA PASLON\n- POSE JARI 1, 2, 3\n- MEMAKAI ATRIBUT 'RIMBA', 'HEBAT', 'MUDA'\n- MENGUNGGAH SLOGAN 'PALEMBANG BANGKIT NIAN', 'PALEMBANG SEHAT PALEMBANG HEBAT'",
)
add(
    "N",
    "reminder-ballot-phrase",
    "post",
    "pw",
    "-",
    "rk",
    "Kawan-kawan ASN, hati-hati. Tulisan macam 'coblos nomor 2' pun boleh kene sanksi berat. Netral tu harga mati.",
)
add(
    "N",
    "reminder-team",
    "post",
    "pw",
    "-",
    "jw",
    "Surat edaran wis teko: ASN ora oleh melu kampanye, ora oleh nempel stiker paslon neng motor. Sing arep nempel stiker Sedulur Mukti, simpen sik.",
)

# ============================ N: criticism and sarcasm =========================================
add(
    "N",
    "criticism",
    "post",
    "pw",
    "-",
    "mn",
    "Janji sekolah gratis Kak Iwan tu dari ma pitihnyo? APBD kito indak cukuik. Jan asal janji.",
)
add(
    "N",
    "sarcasm-acronym",
    "post",
    "pw",
    "-",
    "pl1",
    "Wah hebat nian, HEBAT pasang baliho sampai nutup rambu lalu lintas. Hebat apo ruwet? 🙄",
)
add(
    "N",
    "sarcasm-slogan",
    "post",
    "pw",
    "-",
    "lp",
    "MUDA katanya bergerak, tapi jalan di Sukarami tetap berlubang dari Wak Mukti masih jadi anggota dewan. Bergerak ke mana nyow?",
)
add(
    "N",
    "criticism-comment",
    "comment",
    "pw",
    "-",
    "jw",
    "Pak, limang taun dadi wakil wingi banjir tetep. Janjine ojo muluk-muluk.",
    on="W1",
    tt="Kak Iwan: Palembang bebas banjir 2026",
)
add(
    "N",
    "criticism-all",
    "post",
    "pw",
    "-",
    "rk",
    "Ketiga paslon same je. Kampanye bagi-bagi kaos, lepas menang lupe rakyat.",
)
add(
    "N",
    "complaint-props",
    "post",
    "pw",
    "-",
    "pl2",
    "Baliho Cek Ida di simpang rumah aku roboh kena angin, hampir nimpo motor. Tolong timsesnyo pasang yang aman dong.",
)

# ============================ N: namesakes =====================================================
add(
    "N",
    "namesake",
    "post",
    "pw",
    "-",
    "pl1",
    "Pempek Wak Mukti di 7 Ulu memang juara, cukonyo kental nian. Dari aku SD sampai kini rasonyo dak berubah 😋",
)
add(
    "N",
    "namesake",
    "post",
    "pw",
    "-",
    "pl2",
    "Terima kasih Kak Iwan tukang ojek langganan yang sudah antar budak aku tiap hari ke sekolah, hujan panas dak pernah telat 🙏",
)
add(
    "N",
    "namesake",
    "post",
    "pw",
    "-",
    "jw",
    "Cek Ida tanggaku sing dodol songket wis buka maneh tokone. Monggo mampir, regane miring.",
)
add(
    "N",
    "namesake",
    "post",
    "pw",
    "-",
    "mn",
    "Kapatang ambo ka puskesmas, ditangani dokter Hendra, dokter gigi nan ramah bana. Gigi ambo indak sakik lai.",
)
add(
    "N",
    "namesake",
    "post",
    "pw",
    "-",
    "lp",
    "Yuk Meri, kakak ipar sikam, ulang tahun hari ini. Tabik pun, panjang umur ya Yuk 🎂",
)
add(
    "N",
    "namesake",
    "post",
    "dp",
    "-",
    "rk",
    "Bang Ijal kawan futsal saye cedera lutut semalam. Cepat sembuh bro!",
)
add(
    "N",
    "namesake",
    "post",
    "dp",
    "-",
    "pl1",
    "Ustadz Hasan di masjid komplek kami ceramahnyo tentang sabar. Adem nian dengernyo.",
)
add(
    "N",
    "namesake",
    "post",
    "pw",
    "-",
    "jw",
    "Mbak Yuli sing dodol gorengan neng ngarep kantor saiki ora dodolan, jare mudik. Kangen tahu isine 😭",
)

# ============================ N: same numbers / words elsewhere ================================
add(
    "N",
    "number-football",
    "post",
    "pt",
    "-",
    "pl1",
    "Sriwijaya FC menang 2-1 tadi malam! Gol dari nomor punggung 3 mantap nian ⚽",
)
add(
    "N",
    "number-school",
    "post",
    "pw",
    "-",
    "pl2",
    "Budak aku masuk kelas 3, nomor absen 2. Besok pengambilan rapor jam 8.",
)
add(
    "N",
    "number-bus",
    "post",
    "pw",
    "-",
    "jw",
    "Trans Musi koridor 2 saiki lewat Jakabaring, tapi koridor 3 ditutup sementara. Sing arep kerjo, siap-siap telat.",
)
add(
    "N",
    "number-house",
    "post",
    "pw",
    "-",
    "mn",
    "Paket ambo nyasar ka rumah nomor 3, padahal rumah ambo nomor 1. Kurirnyo baru agaknyo 😅",
)
add(
    "N",
    "number-arisan",
    "post",
    "pt",
    "-",
    "lp",
    "Arisan ibu-ibu kompleks: yang keluar nomor 2 dan nomor 8. Selamat Bu Ratna sama Bu Sari! 🎉",
)
add(
    "N",
    "word-rimba",
    "post",
    "pw",
    "-",
    "rk",
    "Cuti seminggu masuk hutan rimba di Kerinci. Sinyal tak ade, hati tenang.",
)
add(
    "N",
    "word-muda",
    "post",
    "pw",
    "-",
    "pl1",
    "Anak MUDA Palembang kini galak nian bikin usaha kopi. Bangga aku jingoknyo ☕",
)
add(
    "N",
    "word-hebat",
    "post",
    "pw",
    "-",
    "pl2",
    "Murid aku juara lomba pidato tingkat kota. Hebat nian kamu nak! Bu guru bangga 😭💙",
)
add(
    "N",
    "fingers-birthday",
    "image",
    "pw",
    "-",
    "jw",
    "Anakku ulang taun sing nomer 3 🥰",
    alt="Balita memakai topi ulang tahun mengacungkan tiga jari di depan kue bertuliskan angka 3",
)
add(
    "N",
    "fingers-sport",
    "image",
    "pw",
    "-",
    "mn",
    "Juara!",
    alt="Tim voli kantor berfoto dengan piala, semua mengacungkan satu jari tanda juara satu",
)
add(
    "N",
    "number-coupon",
    "post",
    "pw",
    "-",
    "lp",
    "Nomor kupon undian jalan sehat HUT kantor sikam 0127. Mak dapat hadiah, ghadu biasa 😂",
)
add(
    "N",
    "number-seat",
    "post",
    "pt",
    "-",
    "rk",
    "Kursi pesawat saye nomor 14, sebelah jendela. Tak sabar balik kampung ke Pekanbaru.",
)
add(
    "N",
    "word-bangkit",
    "post",
    "pw",
    "-",
    "pl1",
    "Palembang bangkit dari banjir semalam. Salut samo petugas damkar dan relawan yang kerjo sampai subuh.",
)
add(
    "N",
    "colour-kuning",
    "post",
    "pt",
    "-",
    "pl2",
    "Hari ini Dharma Wanita pakai baju kuning galo, acara HUT. Cantik-cantik nian 💛",
)
add(
    "N",
    "word-banteng",
    "post",
    "pt",
    "-",
    "jw",
    "Banteng e pakde ucul saka kandang, sak kampung melu nguber 😂🐂",
)
add(
    "N",
    "word-matahari",
    "post",
    "pt",
    "-",
    "mn",
    "Matahari paneh bana ari ko, jemuran capek kariang. Alhamdulillah.",
)
add(
    "N",
    "word-restorasi",
    "post",
    "pt",
    "-",
    "mn",
    "Restorasi rumah gadang di kampuang ambo alah salasai. Rancak bana hasilnyo.",
)
add(
    "N",
    "number-address",
    "post",
    "pt",
    "-",
    "rk",
    "Rumah saye di Blok 8, nomor 12. Kalau nak datang silaturahmi, tanye satpam je.",
)
add(
    "N",
    "number-date",
    "post",
    "pw",
    "-",
    "mn",
    "Tanggal 27 ulang tahun anak ambo nan kaduo. Alah gadang inyo kini 🎂",
)
add(
    "N",
    "number-bus",
    "post",
    "dd",
    "-",
    "jw",
    "Bus nomer 19 jurusan Palembang - Belitang saiki mangkat jam 5 esuk.",
)
add(
    "N",
    "word-garuda",
    "post",
    "pt",
    "-",
    "jw",
    "Garuda di dadaku, Garuda kebanggaanku! Timnas menang, sedulur! 🇮🇩⚽",
)

# ============================ N: other contests ================================================
add(
    "N",
    "contest-rt",
    "post",
    "pw",
    "-",
    "pl1",
    "Pemilihan ketua RT 05 kemaren, Mang Udin menang telak. Selamat Mang, semoga amanah! Nomor 2 memang beruntung 😄",
)
add(
    "N",
    "contest-osis",
    "post",
    "pw",
    "-",
    "pl2",
    "Ayo anak-anak, coblos nomor 1 untuk ketua OSIS, Rafi dan Nabila! Program literasinyo keren 📚",
)
add(
    "N",
    "contest-kades",
    "post",
    "dp",
    "-",
    "jw",
    "Pilkades Sumber Rejo Belitang rampung, pakdhe Karno nomer 3 menang. Selamat pakdhe!",
)
add(
    "N",
    "contest-singing",
    "post",
    "pw",
    "-",
    "lp",
    "Ayo vote Dinda nomor 3 di lomba nyanyi Bintang Sriwijaya! Ketik DINDA kirim ke nomor di layar 🎤",
)
add(
    "N",
    "contest-mosque",
    "post",
    "pt",
    "-",
    "rk",
    "Pemilihan ketua pengurus masjid: saye dukung Pak Amir nomor 1. Orangnye rajin subuh.",
)
add(
    "N",
    "contest-jersey",
    "post",
    "pw",
    "-",
    "mn",
    "Voting jersey baru Sriwijaya FC: ambo pilih desain nomor 2, nan kuniang-ijau.",
)
add(
    "N",
    "contest-class",
    "post",
    "pt",
    "-",
    "pl2",
    "Hari ini belajar demokrasi di kelas 5: pemilihan ketua kelas pakai kotak suara kardus. Yang nomor 2 menang, Aisyah. Seru nian!",
)

# ============================ N: questions =====================================================
add(
    "N",
    "question",
    "post",
    "pw",
    "-",
    "pl1",
    "Siapo yang paling bagus menurut kamu galo untuk walikota? Aku masih bingung nian, programnyo mirip-mirip galo.",
)
add(
    "N",
    "question",
    "post",
    "pw",
    "-",
    "lp",
    "Nyow bedanya program HEBAT sama MUDA? Sikam belum paham, ada yang pacak jelaskan?",
)
add(
    "N",
    "question-refuse",
    "reply",
    "pw",
    "-",
    "jw",
    "Rahasia lur, ASN kudu netral 🤐",
    on="user",
    tt="Kowe milih sopo mas?",
)
add(
    "N",
    "question-rerun",
    "comment",
    "pw",
    "-",
    "rk",
    "Ade yang tahu debat ni tayang ulang jam berape?",
    on="news",
    tt="Debat ketiga paslon Wali Kota Palembang malam ini",
)
add(
    "N",
    "question-dpd",
    "post",
    "dd",
    "-",
    "lp",
    "Calon DPD Sumsel ada 20-an orang, sikam belum kenal semua. Ada link profil lengkapnya?",
)
add(
    "N",
    "question-info",
    "reply",
    "dd",
    "-",
    "rk",
    "Dosen pertanian di Unsri dulu. Saye tak tau pun program DPD-nye.",
    on="user",
    tt="Prof Zainal tu siape?",
)

# ============================ N: quoting a campaign to reject it ===============================
add(
    "N",
    "reject-quoted",
    "comment",
    "pw",
    "-",
    "pl2",
    "Bapak, ini grup wali murid, tolong jangan kampanye di sini yo. Kito guru dan ASN harus netral.",
    on="user",
    tt="Coblos nomor 2! dr Hendra pasti menang! #HEBAT02",
)
add(
    "N",
    "reject-money",
    "post",
    "pw",
    "-",
    "mn",
    "Ado nan kirim pesan 'pilih RIMBA nomor 1, dapek amplop 100 ribu'. Ambo tolak. Itu politik uang, laporkan ka Bawaslu!",
)
add(
    "N",
    "reject-sticker",
    "reply",
    "pw",
    "-",
    "pl1",
    "Dak pacak, itu melanggar. Aku ASN, dak galak kena sanksi.",
    on="user",
    tt="Bro, tempel stiker MUDA di mobil dinas yo",
)
add(
    "N",
    "reject-broadcast",
    "post",
    "pw",
    "-",
    "jw",
    "Ono sing ngirim broadcast 'Sedulur Jawa wajib pilih nomer telu'. Lho, aku iki sedulur Jawa tapi ora wajib opo-opo. Pilihan iku hak pribadi.",
)
add(
    "N",
    "reject-order",
    "quote",
    "pw",
    "-",
    "rk",
    "Ini pelanggaran netralitas. Saye dah lapor ke Bawaslu. Tak boleh ASN diarahkan.",
    on="user",
    tt="Seluruh ASN kantor kite diminta dukung nomor 1, Kak Iwan",
)
add(
    "N",
    "reject-party",
    "quote",
    "pt",
    "-",
    "pl1",
    "Ancaman cak ini dak boleh. Pilihan itu bebas, dulur. Jangan takut.",
    on="user",
    tt="Wajib pilih Gerindra nomor 2, kalau dak jangan harap bantuan",
)
add(
    "N",
    "reject-tag",
    "comment",
    "pt",
    "-",
    "lp",
    "Maaf, sikam ASN, mak boleh ikut kampanye. Tolong jangan tag sikam ya.",
    on="user",
    tt="Ayo coblos PDI Perjuangan nomor 3! @intan.sikam @kawan2",
)

# ============================ N: conditionals ==================================================
add(
    "N",
    "conditional",
    "post",
    "pw",
    "-",
    "pl2",
    "Kalau Kak Iwan menang nanti, semoga janji sekolah gratis bener ditepati. Kalau dak, kito tagih bareng.",
)
add(
    "N",
    "conditional",
    "post",
    "pw",
    "-",
    "lp",
    "Amen Cek Ida jadi wakil wali kota, semoga ibu-ibu PKK lebih diperhatikan. Siapa pun yang menang, sikam dukung programnya yang baik.",
)
add(
    "N",
    "conditional",
    "post",
    "pw",
    "-",
    "mn",
    "Kok MUDA manang, mudah-mudahan urusan banjir bana-bana salasai. Kok indak, samo se jo nan dulu.",
)

# ============================ N: analysis, complaints to candidates ============================
add(
    "N",
    "analysis",
    "post",
    "pw",
    "-",
    "jw",
    "Debat wingi bengi: dokter Hendra kuat neng kesehatan, Wak Mukti neng infrastruktur, Kak Iwan neng pendidikan. Kabeh duwe kelebihan.",
)
add(
    "N",
    "analysis",
    "post",
    "pw",
    "-",
    "pl1",
    "Analisis aku: pemilih muda bakal nentuke pilwako tahun ini. Siapo yang pacak ngambil hati Gen Z, dio menang.",
)
add(
    "N",
    "complaint-comment",
    "comment",
    "pw",
    "-",
    "pl2",
    "Dokter, puskesmas di Kertapati kekurangan obat. Tolong dicatat yo, siapo pun nanti yang jadi.",
    on="W2",
    tt="Blusukan di Kertapati, menyerap aspirasi warga.",
)
add(
    "N",
    "complaint-comment",
    "comment",
    "dp",
    "-",
    "lp",
    "Mbak, saluran air di lorong sikam mampet dari bulan lalu. Tolong disampaikan ke dinas ya.",
    on="D3",
    tt="Reses di Bukit Lama",
)
add(
    "N",
    "neutral-pilpres",
    "post",
    "pt",
    "-",
    "rk",
    "Pilpres ni kite hormati semue calon. Siape pun terpilih, kite tetap satu.",
)

# ============================ N: parties without support =======================================
add(
    "N",
    "party-news",
    "post",
    "pt",
    "-",
    "pl1",
    "KPU umumkan nomor urut parpol Pemilu 2024: PKB 1, Gerindra 2, PDI-P 3, Golkar 4, NasDem 5, dan seterusnyo. Lengkapnyo di website KPU.",
    stage="candidacy",
)
add(
    "N",
    "party-neutral",
    "post",
    "pt",
    "-",
    "jw",
    "Bapakku biyen aktif neng partai, aku saiki ASN dadi ora oleh melu-melu. Netral wae.",
)
add(
    "N",
    "party-criticism",
    "post",
    "pt",
    "-",
    "mn",
    "Partai-partai tu samo sajo, pas pemilu datang ka kampuang, lapeh tu hilang. Indak ado nan bana-bana paduli.",
)
add(
    "N",
    "party-news",
    "post",
    "pt",
    "-",
    "rk",
    "Berita: Golkar Sumsel gelar rapat kerja di Palembang, bahas target kursi DPRD. Kite tengok aje.",
)
add(
    "N",
    "party-criticism",
    "post",
    "pt",
    "-",
    "pl2",
    "Katonyo partai bersih, tapi caleg PKS di kampung sebelah bagi-bagi sembako. Samo bae galo.",
)
add(
    "N",
    "party-lesson",
    "post",
    "pt",
    "-",
    "pl1",
    "Belajar PKn samo budak aku: di Pemilu 2024 ado 18 partai nasional. Dio hafal galo lambangnyo, dari PKB sampai PSI 😄",
)

# ============================ N: DPRD / DPD, no support ========================================
add(
    "N",
    "namesake",
    "post",
    "dp",
    "-",
    "jw",
    "Fransiska kancaku SMA nikahan dino iki, selamat yo Sis & Doni 💍",
)
add(
    "N",
    "criticism",
    "post",
    "dd",
    "-",
    "pl1",
    "Bunda Rosma katonyo peduli panti, tapi yayasan dio belum bayar gaji pengasuh 3 bulan. Jingok dulu sebelum percayo.",
)
add(
    "N",
    "namesake",
    "post",
    "dp",
    "-",
    "lp",
    "Hasan anak sikam khatam Qur'an hari ini. Ustadz Hasan gurunya bangga, sikam lebih bangga 🥹",
)
add(
    "N",
    "namesake",
    "post",
    "dp",
    "-",
    "pl2",
    "Pak Agus satpam sekolah kami pensiun bulan ini. Terima kasih atas pengabdiannyo 🙏",
)
add(
    "N",
    "news-comment",
    "comment",
    "dp",
    "-",
    "rk",
    "Kalau betol, mesti diproses. Siape pun calonnye.",
    on="news",
    tt="Caleg Golkar Kgs Agus Salim dilaporkan ke Bawaslu soal politik uang",
)
add(
    "N",
    "neutral-count",
    "post",
    "dp",
    "-",
    "mn",
    "Panghitungan suaro DPRD di TPS ambo baru salasai jam 2 malam. Salut jo KPPS nan indak tidua.",
    stage="voting",
)

# ============================ A: ambiguous (reported, not scored) ==============================
add(
    "A",
    "implicit",
    "post",
    "pw",
    "P1",
    "pl2",
    "Yang penting pilih yang pernah datang pas kito kebanjiran. Yang itu lho 😉",
)
add(
    "A",
    "photo-no-props",
    "image",
    "pw",
    "P2",
    "jw",
    "Kondangan ponakan 💐",
    alt="Pemilik akun berfoto dengan dr. Hendra Saputra Tanjung di pelaminan; tidak ada atribut kampanye",
)
add(
    "A",
    "congratulation",
    "post",
    "pw",
    "P1",
    "mn",
    "Salamaik Kak Iwan jo Yuk Meri ateh kamanangannyo. Samoga amanah mamimpin Palembang.",
    stage="result",
)
add("A", "colour-only", "post", "pw", "P1", "lp", "Hijau itu menenangkan 💚 #27November")
add(
    "A",
    "undecided-leaning",
    "post",
    "pw",
    "P3",
    "rk",
    "Saye suke program banjir nomor 3. Tapi nomor 2 punye program kesehatan bagus jugak. Tengok nanti lah.",
)
add(
    "A",
    "short-praise",
    "comment",
    "pw",
    "P3",
    "pl1",
    "Mantap Wak 👍",
    on="W3",
    tt="Terima kasih relawan yang sudah turun ke lorong-lorong",
)
add(
    "A",
    "wish",
    "post",
    "pw",
    "P1",
    "pl2",
    "Kalau aku bukan ASN, sudah aku tempel stiker nomor 1 di motor 😅",
)
add(
    "A",
    "hint",
    "post",
    "dd",
    "S1",
    "jw",
    "Aku ora kampanye lho yo, mung ngelingke: sing wis mbantu petani Belitang kuwi sopo? Pikiren dewe 🤔",
)
add(
    "A",
    "symbol-hint",
    "post",
    "pt",
    "PKS",
    "mn",
    "Partai nan paliang jujur manuruik ambo cuma ciek, nan lambangnyo bulan sabik kambar. Tapi ambo ASN, jadi diam sajo.",
)
add(
    "A",
    "hint",
    "post",
    "pw",
    "P2",
    "lp",
    "Ram cuma mau bilang: Palembang butuh dokter. Itu saja. 🩺",
)
add(
    "A",
    "colour-reply",
    "reply",
    "pw",
    "P1",
    "rk",
    "Yang pakai kemeja hijau tu lah 😁",
    on="user",
    tt="Jadi awak pilih siape?",
)
add(
    "A",
    "pride",
    "post",
    "dp",
    "D2",
    "pl1",
    "Ijal, kawan aku dari SD, kini jadi caleg. Bangga nian aku samo kau, Jal!",
)

# ============================ O: campaign-like, outside the window =============================
add(
    "O",
    "before-window",
    "post",
    "pw",
    "P1",
    "pl1",
    "Amen Kak Iwan maju jadi walikota, aku yang pertamo dukung. Wong kito asli, pasti pacak!",
    date="2024-06-15",
)
add(
    "O",
    "before-window",
    "post",
    "pw",
    "P3",
    "jw",
    "Wak Mukti kuwi cocok dadi walikota. Sedulur Jawa Palembang kudu ndukung beliau!",
    date="2024-07-20",
)
add(
    "O",
    "after-window",
    "post",
    "pw",
    "P2",
    "pl2",
    "Dokter Hendra tetap pemimpin terbaik di hati kami walau belum menang. Semangat terus dokter!",
    date="2025-03-10",
)
add(
    "O",
    "after-window",
    "post",
    "pw",
    "P1",
    "mn",
    "Alah duo bulan Kak Iwan jo Yuk Meri mamimpin, ambo makin yakin pilihan ambo dulu alah bana. Lanjuikkan!",
    date="2025-03-02",
)
add(
    "O",
    "before-window",
    "post",
    "pw",
    "P1",
    "lp",
    "Yuk Meri pantes nian mendampingi Kak Iwan. Sikam dukung kalau mereka berpasangan!",
    date="2024-05-05",
)
add(
    "O",
    "after-window",
    "post",
    "pw",
    "P2",
    "rk",
    "Cek Ida tetap idola saye. Lime tahun lagi cube lagi, saye dukung!",
    date="2025-01-25",
)
add(
    "O",
    "before-window",
    "post",
    "dp",
    "D2",
    "pl1",
    "Bang Ijal kabarnyo nak nyaleg. Amen jadi, aku dukung penuh!",
    date="2023-03-12",
)
add(
    "O",
    "after-window",
    "post",
    "dp",
    "D1",
    "pl2",
    "Yuk Aulia memang pantas jadi wakil kito, aku dukung terus perjuangannyo di dewan!",
    date="2024-07-22",
)
add(
    "O",
    "before-window",
    "post",
    "dd",
    "S1",
    "jw",
    "Prof Zainal monggo maju DPD, petani Belitang siap ndukung!",
    date="2023-02-01",
)
add(
    "O",
    "after-window",
    "post",
    "dp",
    "D4",
    "mn",
    "Ustadz Hasan alah jadi anggota dewan, ambo bangga dulu mamiliah baliau. Taruih bajuang ustadz!",
    date="2024-08-05",
)
add(
    "O",
    "after-window",
    "post",
    "dd",
    "S2",
    "lp",
    "Bunda Rosma idola sikam, semoga terus berjuang untuk Sumsel.",
    date="2024-07-30",
)
add(
    "O",
    "before-window",
    "post",
    "dp",
    "D3",
    "rk",
    "Mbak Siska ni patut jadi wakil rakyat. Kalau die nyaleg, saye dukung.",
    date="2022-11-11",
)


# ---------------------------------------------------------------------------------------------
# Building the bundle
# ---------------------------------------------------------------------------------------------
NEWS = ("5550001671", "kabarsumsel_news")


def put_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        out.writerows(rows)


def stamp(i: int, item: dict) -> str:
    """When text i happened: a day inside its stage, or its fixed date (O texts, late party)."""
    if item["date"]:
        day = dt.date.fromisoformat(item["date"])
    else:
        first, last = CALENDAR[item["el"]][item["stage"] or "campaign"]
        lo, hi = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        day = lo + dt.timedelta(days=(i * 37) % ((hi - lo).days + 1))
    moment = dt.datetime(day.year, day.month, day.day, 6 + (i * 5) % 16, (i * 23) % 60)
    if i % 7 == 3:  # no offset: to be read in the bundle's timezone (Asia/Jakarta)
        return moment.isoformat()
    return moment.replace(tzinfo=WIB).isoformat()


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
        "name: Probe Pilwalkot Palembang, DPRD Kota Palembang Dapil 2 & DPD Sumsel 2024\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    put_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            ["PEMPROV-SUMSEL", "Pemerintah Provinsi Sumatera Selatan", "", "16"],
            [
                "BPKAD-SUMSEL",
                "Badan Pengelola Keuangan dan Aset Daerah Provinsi Sumatera Selatan",
                "PEMPROV-SUMSEL",
                "16",
            ],
            ["DISBUN-SUMSEL", "Dinas Perkebunan Provinsi Sumatera Selatan", "PEMPROV-SUMSEL", "16"],
            [
                "BKD-SUMSEL",
                "Badan Kepegawaian Daerah Provinsi Sumatera Selatan",
                "PEMPROV-SUMSEL",
                "16",
            ],
            ["PEMKOT-PLG", "Pemerintah Kota Palembang", "", "16.71"],
            [
                "DISKOMINFO-PLG",
                "Dinas Komunikasi dan Informatika Kota Palembang",
                "PEMKOT-PLG",
                "16.71",
            ],
            ["DISDIK-PLG", "Dinas Pendidikan Kota Palembang", "PEMKOT-PLG", "16.71"],
            ["DINKES-PLG", "Dinas Kesehatan Kota Palembang", "PEMKOT-PLG", "16.71"],
        ],
    )
    roster = [
        [p["nip"], p["name"], p["agency"], p["unit"], p["position"], "PNS", p["region"], "active"]
        for p in PEOPLE.values()
    ]
    roster.append(
        [
            "199611032023212014",
            "Desi Ratnasari, S.Pd.",
            "DISDIK-PLG",
            "UPTD SD Negeri 117 Palembang",
            "Guru Ahli Pertama",
            "PPPK",
            "16.71",
            "active",
        ]
    )
    roster.append(
        [
            "196802141990031002",
            "Drs. Kgs. M. Yusuf Effendi",
            "PEMKOT-PLG",
            "Sekretariat Daerah",
            "Analis Kebijakan Ahli Madya",
            "PNS",
            "16.71",
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
            [p["nip"], plat, handle, uid, p["display"], "2023-01-16", ""]
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
        pid = str(7716000000000000000 + i * 7919813)
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
            "source": "probe-sumatra",
        }
        if action != "post":
            tpid = str(3316000000000000000 + i * 611953)
            if item["on"] == "news":
                a_uid, a_handle = NEWS
            elif item["on"] == "user":
                a_uid, a_handle = str(4401671000 + i), f"dulur_plg_{i:03d}"
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
                "sha256": f"{i + 4097:064x}",
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
        Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="campaign_probe_sumatra_"))
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
    print(
        f"\npolitical.campaign  TP={len(tp)} FP={len(fp)} FN={len(fn)}  "
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
